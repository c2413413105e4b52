"""One self-contained HTML page for a supervision office: :func:`render_html`.

The page opens with what it covers (programme, months, files, when made),
then what changed since the previous month, the projects at risk of missing
the year, statuses per lead unit month by month, and the table of rows with
the words and figures that decided each verdict highlighted. Charts are
inline SVG drawn here; a small inline script sorts and filters the table.
Nothing is fetched (no fonts, images or scripts from elsewhere), so the page
opens offline, reads on a phone and prints on A4 as it shows.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from datetime import datetime
from html import escape
from pathlib import PurePath
from typing import Iterable, Sequence

from .extract import extract_quantities
from .lexicon import default_lexicon
from .quantity import Quantity
from .readers.text import strip_pinyin
from .report import Report, ReportRow
from .scored import ScoredReport, ScoredRow
from .scoring import ProgressScore, QuantityPair, SchedulePair, StagePair, Status
from .scoring.messages import NEEDS_REVIEW, STATE_NAMES
from .signals import Cue, StageMention
from .tracking import ProjectTrack, Timeline, TrackPoint

__all__ = ["render_html"]

_ORDER = (Status.AHEAD, Status.ON_TRACK, Status.BEHIND, Status.BLOCKED)
_COLOUR = {Status.AHEAD: "#2e7d32", Status.ON_TRACK: "#1565c0", Status.BEHIND: "#ef6c00", Status.BLOCKED: "#c62828"}
# A stage whose share of the job is under this part of the year gone is far
# short of the month (前期 = 10% of the job in August, when 67% is due).
_FAR_SHORT = 0.5

_CSS = """
*{box-sizing:border-box}
body{font-family:"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:0 auto;max-width:1400px;padding:1.5em 2em;color:#222;line-height:1.45}
h1{font-size:1.45em;margin:0 0 .2em}
h2{font-size:1.15em;margin:1.6em 0 .5em;padding-bottom:.2em;border-bottom:2px solid #e4e4e4}
h3{font-size:1em;margin:1em 0 .3em}
a{color:inherit}
.scope{margin:.1em 0;color:#444}
.files{margin:.2em 0;padding-left:1.2em;color:#666;font-size:.85em}
.counts{display:flex;flex-wrap:wrap;gap:.4em 1.4em;margin:.9em 0;font-size:1.05em}
.delta{color:#666;font-size:.8em}
.st{color:#fff;font-weight:bold;white-space:nowrap;border-radius:3px;padding:1px 6px}
.review{opacity:.6}
.review .st,.st.review{background-image:repeating-linear-gradient(45deg,transparent 0 4px,rgba(255,255,255,.4) 4px 8px)}
.tag{border:1px dashed #999;border-radius:3px;padding:0 4px;margin-left:4px;font-size:.85em;color:#555;white-space:nowrap}
.items{list-style:none;padding:0;margin:.3em 0;display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,34em),1fr));gap:.45em .8em}
.items li{padding:.4em .7em;border-left:4px solid #bbb;background:#fafafa;break-inside:avoid}
.items .what{font-weight:bold}
.items .lead,.method,.trail{color:#555;font-size:.9em}
.method,.note{display:block}
.note{color:#8a4b00;font-size:.9em}
.none{color:#555}
.legend{display:flex;flex-wrap:wrap;gap:.2em 1.1em;font-size:.85em;margin:.3em 0}
.legend i{display:inline-block;width:.8em;height:.8em;margin-right:.3em;vertical-align:-.05em;border-radius:2px}
svg.chart{max-width:100%;height:auto}
svg.trajectory{min-width:120px;max-width:100%;height:auto;vertical-align:top}
.scroll{overflow-x:auto;max-width:100%}
table{border-collapse:collapse;width:100%;font-size:.9em}
th,td{border:1px solid #ccc;padding:4px 6px;vertical-align:top;text-align:left;overflow-wrap:anywhere}
th{background:#f3f3f3}
td.num{text-align:right;white-space:nowrap}
table.leads{width:auto;min-width:min(100%,40em)}
td.lead{min-width:6.5em}
.up{color:#c62828;font-weight:bold}
.ev p{margin:0 0 .3em}
.ev b,.meta{color:#666;font-weight:normal;font-size:.85em}
.meta{display:block;white-space:nowrap}
.worse{color:#c62828}.better{color:#2e7d32}
mark{color:inherit;border-radius:2px;padding:0 1px}
mark.q{background:#ffe97a}mark.s{background:#cfe6ff}mark.c{background:#fdd3d3}
.controls{display:flex;flex-wrap:wrap;gap:.5em 1.2em;align-items:center;margin:.6em 0;font-size:.9em}
.controls select{font:inherit;max-width:14em}
[hidden]{display:none!important}
@media (max-width:700px){
body{padding:.8em}
table.rows,table.rows tbody,table.rows tr,table.rows td{display:block;width:auto}
table.rows thead{display:none}
table.rows tr{border:1px solid #ccc;border-radius:4px;margin:.6em 0;padding:.3em .6em}
table.rows td{border:none;padding:.15em 0}
table.rows td[data-label]::before{content:attr(data-label);color:#777;font-size:.85em;margin-right:.5em}
table.rows .meta{display:inline;margin-left:.6em}
}
@page{size:A4;margin:14mm 12mm}
@media print{
body{padding:0;max-width:none;font-size:9.5pt}
.controls{display:none!important}
h1,h2,h3,.legend{break-after:avoid;page-break-after:avoid}
.keep{break-inside:avoid;page-break-inside:avoid}
h2{margin-top:1.1em}
tr,li,.items li,svg{break-inside:avoid;page-break-inside:avoid}
thead{display:table-header-group}
a{text-decoration:none}
td.lead{min-width:0}
svg.trajectory{min-width:0;max-width:none;width:110px}
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}
"""

# Sorting and filtering of the row table; the page reads whole without it.
# Keep the element ids in sync with _controls().
_SCRIPT = """
(function () {
  var body = document.querySelector("table.rows tbody"), box = document.getElementById("controls");
  if (!body || !box) return;
  var rows = Array.prototype.slice.call(body.rows);
  var pick = {status: document.getElementById("f-status"), lead: document.getElementById("f-lead"),
              change: document.getElementById("f-change"), sort: document.getElementById("f-sort")};
  var count = document.getElementById("f-count");
  function keep(r) {
    var s = pick.status.value, l = pick.lead.value, c = pick.change ? pick.change.value : "";
    if (s === "review" ? r.dataset.review !== "1" : s && r.dataset.status !== s) return false;
    if (l && r.dataset.lead.indexOf("|" + l + "|") < 0) return false;
    return !c || r.dataset.change === c;
  }
  function order(a, b) {
    var by = pick.sort.value, d = 0;
    if (by === "status") d = a.dataset.rank - b.dataset.rank;
    else if (by === "lead") d = a.dataset.lead.localeCompare(b.dataset.lead, "zh-CN");
    else if (by === "ratio") d = (a.dataset.ratio === "" ? 1e9 : +a.dataset.ratio) - (b.dataset.ratio === "" ? 1e9 : +b.dataset.ratio);
    return d || a.dataset.order - b.dataset.order;
  }
  function apply() {
    var shown = 0;
    rows.slice().sort(order).forEach(function (r) {
      body.appendChild(r);
      r.hidden = !keep(r);
      if (!r.hidden) shown += 1;
    });
    count.textContent = "显示 " + shown + " / " + rows.length + " 项";
  }
  function reveal() {
    var id = location.hash.slice(1), r = id && document.getElementById(id);
    if (r && r.hidden) {
      ["status", "lead", "change"].forEach(function (k) { if (pick[k]) pick[k].value = ""; });
      apply();
      r.scrollIntoView();
    }
  }
  Object.keys(pick).forEach(function (k) { if (pick[k]) pick[k].addEventListener("change", apply); });
  window.addEventListener("hashchange", reveal);
  box.hidden = false;
  apply();
})();
"""

_REVIEW_CLASS = ' class="review"'
_MONTH_CLAUSE = re.compile(r"""
    (?:截至|截止)?\s*
    (?:\d{1,2}|[一二三四五六七八九十]{1,3})                    # the month (8, 八)
    (?:\s*[—\-~至到]\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3}))?  # a range (1—8)
    \s*月(?:份|底|末|上旬|中旬|下旬|\d{1,2}日)?              # 月份, 月底, 月15日
""", re.VERBOSE)
_TITLE_TAIL = re.compile(r"(?:的|工作)*(?:进展|进度|推进|完成)情况.*$|(?:的|工作)*进展.*$")
_LEAD_SEP = re.compile(r"[、,，;；/]")


@dataclass(frozen=True)
class _Risk:
    """One project of the at-risk list."""

    index: int  # the row in the latest report
    figure: str  # projected against the year, or stage against the month
    method: str  # how that was worked out, in one line
    gap: float  # share of what is due that is done: the list is worst first
    note: str = ""  # a monthly target below the year's pace


# -- small pieces ---------------------------------------------------------------------


def _num(v: float) -> str:
    if abs(v) >= 100_000:
        return f"{v / 10_000:.4g}万"
    return f"{v:.0f}" if float(v).is_integer() or abs(v) >= 100 else f"{v:.1f}"


def _month(m: float | None) -> str:
    if m is None:
        return "月份不详"
    if float(m).is_integer():
        return f"{int(m)}月"
    # 截至5月15日 is month 4.5: half of May gone.
    part = "上旬" if m % 1 < 1 / 3 else "中旬" if m % 1 < 2 / 3 else "下旬"
    return f"{int(m) + 1}月{part}"


def _period(rep: Report) -> str:
    return f"{rep.year}年{_month(rep.month)}" if rep.year else _month(rep.month)


def _scope(reports: Sequence[Report]) -> str:
    """The months covered: 2022年6月—8月, 2021年11月—2022年2月."""
    first, last = reports[0], reports[-1]
    if (first.year, first.month) == (last.year, last.month):
        return _period(last)
    if first.year == last.year:
        return f"{_period(first)}—{_month(last.month)}"
    return f"{_period(first)}—{_period(last)}"


def _programme(title: str) -> str:
    """The programme a monthly title reports on: 2022年区政府实事项目 of
    2022年区政府实事项目8月份进展情况; the title itself when nothing is left."""
    t = re.sub(r"^(?:关于|截至|截止)", "", (title or "").strip())
    cut = re.sub(r"[(（]\s*[)）]", "", _TITLE_TAIL.sub("", _MONTH_CLAUSE.sub("", t))).rstrip(" ,，:：(（")
    return cut if len(cut) >= 4 else t


def _leads(text: str) -> list[str]:
    # A row led by several units (团区委、区教育局) counts for each.
    return [p.strip() for p in _LEAD_SEP.split(text or "") if p.strip()] or ["(未注明)"]


def _badge(status: Status, review: bool = False) -> str:
    cls = "st review" if review else "st"
    return f'<span class="{cls}" style="background:{_COLOUR[status]}">{escape(status.label)}</span>'


def _verdict(score: ProgressScore) -> str:
    """The badge, marked 待核实 where the verdict rests on no or weak evidence:
    such a verdict must never look like a confident one."""
    if not score.needs_review:
        return _badge(score.status)
    why = "无证据" if score.basis == "no_evidence" else "证据不足"
    return f'{_badge(score.status, True)}<span class="tag" title="{why}">{NEEDS_REVIEW}</span>'


def _legend() -> str:
    return '<div class="legend">' + "".join(
        f'<span><i style="background:{_COLOUR[s]}"></i>{escape(s.label)}</span>' for s in _ORDER) + "</div>"


def _link(ids: dict[int, str], index: int, row: ReportRow) -> str:
    return f'<a href="#{ids[index]}">{escape(row.no)} {escape(row.project)}</a>'


# -- header and counts ---------------------------------------------------------------


def _files(reports: Sequence[Report]) -> str:
    items = []
    for rep in reports:
        name = PurePath(rep.source).name if rep.source and not rep.source.startswith("<") else "(未注明文件)"
        title = f"({escape(rep.title)})" if rep.title else ""
        items.append(f"<li>{escape(_period(rep))}:{escape(name)}{title}</li>")
    return f'<ul class="files">{"".join(items)}</ul>'


def _header(heading: str, reports: Sequence[Report], made: datetime) -> str:
    publisher = reports[-1].meta.get("信息来源") or reports[-1].meta.get("机构名称") or ""
    bits = [f"<strong>{escape(_scope(reports))}</strong>", f"读取 {len(reports)} 份报告"]
    if publisher:
        bits.append(f"发布:{escape(publisher)}")
    bits.append(f"生成于 {made:%Y-%m-%d %H:%M}")
    return (f'<header><h1>{escape(heading)}</h1><p class="scope">{" · ".join(bits)}</p>'
            f"{_files(reports)}</header>")


def _counts(latest: ScoredReport, previous: ScoredReport | None) -> str:
    now = Counter(r.status for r in latest.rows)
    before = Counter(r.status for r in previous.rows) if previous is not None else None
    parts = []
    for s in _ORDER:
        delta = ""
        if before is not None and now[s] != before[s]:
            delta = f' <span class="delta">较上月 {now[s] - before[s]:+d}</span>'
        parts.append(f"<span>{_badge(s)} {now[s]} 项{delta}</span>")
    parts.append(f"<span>共 {len(latest.rows)} 项</span>")
    review = sum(1 for r in latest.rows if r.score.needs_review)
    if review:
        parts.append(f'<span><span class="tag">{NEEDS_REVIEW}</span> {review} 项</span>')
    return f'<p class="counts">{"".join(parts)}</p>'


# -- what changed ---------------------------------------------------------------------


def _move(p: ProjectTrack) -> tuple[Status, Status] | None:
    """The status before and after the latest report, if it moved."""
    if len(p.points) < 2 or p.points[-2].status is p.points[-1].status:
        return None
    return p.points[-2].status, p.points[-1].status


def _change_kind(p: ProjectTrack | None) -> str:
    if p is None or len(p.points) < 2:
        return "new" if p is not None else ""
    move = _move(p)
    if move is None:
        return "same"
    return "worse" if move[1].rank < move[0].rank else "better"


def _trail(p: ProjectTrack) -> str:
    return " · ".join(f"{_month(pt.month)} {pt.status.label}" for pt in p.points)


def _change_item(index: int, sr: ScoredRow, p: ProjectTrack, ids: dict[int, str]) -> str:
    move = _move(p)
    assert move is not None  # called for projects that moved
    before, after = move
    a, b = p.points[-2], p.points[-1]
    return (f'<li style="border-color:{_COLOUR[after]}"><span class="what">{_link(ids, index, sr.row)}</span> '
            f'<span class="lead">{escape(sr.row.lead)}</span><br>'
            f"{_month(a.month)} {_badge(before)} → {_month(b.month)} {_verdict(sr.score)} "
            f"<span class=\"method\">{escape(sr.score.reason)}</span>"
            f'<span class="trail">轨迹:{escape(_trail(p))}</span></li>')


def _changes_section(latest: ScoredReport, tracks: dict[int, ProjectTrack], ids: dict[int, str],
                     previous: Report) -> str:
    groups: dict[str, list[str]] = {"blocked": [], "worse": [], "better": []}
    moved = sorted((i for i in tracks if _move(tracks[i])), key=lambda i: (latest.rows[i].status.rank, i))
    for i in moved:
        move = _move(tracks[i])
        assert move is not None  # moved holds those that did
        _, after = move
        kind = "blocked" if after is Status.BLOCKED else _change_kind(tracks[i])
        groups[kind].append(_change_item(i, latest.rows[i], tracks[i], ids))
    since = f"{_month(previous.month)} → {_month(latest.report.month)}"
    out = [f'<section id="changes"><h2>本月变化({escape(since)})</h2>']
    if not moved:
        out.append('<p class="none">与上月相比,没有项目的状态变化。</p>')
    titles = (("worse", "状态变差"), ("blocked", "新增受阻"), ("better", "状态好转"))
    for kind, heading in titles:
        if groups[kind]:
            out.append(f'<h3>{heading}({len(groups[kind])} 项)</h3><ul class="items">{"".join(groups[kind])}</ul>')
    out.append("</section>")
    return "".join(out)


# -- at risk --------------------------------------------------------------------------


def _known(p: ProjectTrack) -> list[tuple[float, float]]:
    # Same points as tracking._forecast reads: a month and a cumulative figure.
    return [(pt.month, pt.cumulative) for pt in p.points if pt.month and pt.cumulative is not None]


def _forecast_method(p: ProjectTrack) -> str:
    known = _known(p)
    assert p.forecast is not None  # called for projects with a forecast
    if p.forecast.method == "pace" or len(known) < 2:
        m, v = known[-1]
        return f"按截至{_month(m)}累计 {_num(v)} 的月均进度推算至12月"
    (m0, v0), (m1, v1) = known[-2], known[-1]
    pace = (v1 - v0) / (m1 - m0)
    if pace == 0:
        return f"{_month(m0)}至{_month(m1)}累计数没有增加(均为 {_num(v1)}),照此年底仍为 {_num(v1)}"
    step = f"{pace:+.0f}" if abs(pace) >= 10 else f"{pace:+.1f}"
    return f"按{_month(m0)}至{_month(m1)}的增量(每月 {step})推算至12月"


def _forecast_risk(index: int, p: ProjectTrack) -> _Risk:
    f = p.forecast
    assert f is not None  # called for projects with a forecast
    share = f.projected / f.annual if f.annual else 0.0
    figure = f"预计年底 {_num(f.projected)} / 全年目标 {_num(f.annual)}({share:.0%})"
    return _Risk(index, figure, _forecast_method(p), share)


def _stage_of(score: ProgressScore) -> tuple[StageMention | None, StageMention | None, float]:
    """(target stage, actual stage, share of the job done) where the verdict
    rests on stages; a schedule's share is the scorer's, relative to the
    task's goal."""
    for e in score.evidence:
        if isinstance(e, StagePair) and e.actual is not None:
            return e.target, e.actual, e.actual.share
        if isinstance(e, SchedulePair) and e.stage is not None:
            return None, e.stage, e.share
    return None, None, 0.0


def _stage_risk(index: int, sr: ScoredRow, month: float | None) -> _Risk | None:
    """A stage far short of the month: 前期 (10% of the job) in August."""
    target, actual, share = _stage_of(sr.score)
    if actual is None or not month or not share:
        return None
    due = month / 12 * 100
    if share >= due * _FAR_SHORT:
        return None
    figure = f"阶段「{actual.rung}」{STATE_NAMES.get(actual.state, '')},约占全程 {share:.0f}% / {_month(month)}序时 {due:.0f}%"
    method = "按进展所处阶段占全程的份额(stage_shares.txt)与全年时间进度比较"
    note = ""
    if target is not None and target.share < due and sr.status.rank >= Status.ON_TRACK.rank:
        note = (f"{_month(month)}目标「{target.text}」本身只到全程约 {target.share:.0f}%,低于序时 {due:.0f}%:"
                f"按目标{sr.status.label},按全年进度仍落后")
    return _Risk(index, figure, method, share / due, note)


def _blocked_risk(index: int, sr: ScoredRow) -> _Risk | None:
    if sr.status is not Status.BLOCKED:
        return None
    return _Risk(index, "", f"进展称停止或暂缓:{sr.score.reason}", -1.0)


def _canonical(q: Quantity) -> tuple[str, float]:
    entry = default_lexicon().units.get(q.unit)
    return (entry.canonical, float(entry.scale)) if entry else (q.unit, 1.0)


def _year_figure(row: ReportRow, q: Quantity) -> Quantity | None:
    """The whole-year figure a target figure is a part of: same unit, the
    same verb where one is written (新增400台 for 新增30台, 完工200台 for 完工20台)."""
    unit = _canonical(q)[0]
    same = [y for y in extract_quantities(strip_pinyin(row.annual_text))
            if y.unit and y.kind not in ("percent", "percentage_point", "time") and _canonical(y)[0] == unit]
    return next((y for y in same if q.metric and y.metric == q.metric), same[0] if same else None)


def _low_target(sr: ScoredRow, month: float | None) -> str:
    """Say so where the period's target figure is below the year's pace
    (目标30台 in August of a year of 400台): meeting it is not keeping pace."""
    if not month:
        return ""
    for e in sr.score.evidence:
        if not isinstance(e, QuantityPair) or e.target is None or e.note:
            continue
        year = _year_figure(sr.row, e.target)
        if year is None:
            continue
        scale, y_scale = _canonical(e.target)[1], _canonical(year)[1]
        due = float(year.value) * y_scale * month / 12
        if float(e.target.value) * scale < due:
            return (f"{_month(month)}目标 {e.target.text} 低于全年 {year.text} 的序时进度 {_num(due / scale)}"
                    f"{e.target.unit}:达到目标不等于跟上全年进度")
    return ""


def _risks(latest: ScoredReport, tracks: dict[int, ProjectTrack]) -> list[_Risk]:
    month = latest.report.month
    out = []
    risk: _Risk | None
    for i, sr in enumerate(latest.rows):
        p = tracks.get(i)
        if p is not None and p.forecast is not None and p.forecast.at_risk:
            risk = _forecast_risk(i, p)
        else:
            risk = _stage_risk(i, sr, month) or _blocked_risk(i, sr)
        if risk is None:
            continue
        out.append(replace(risk, note=risk.note or _low_target(sr, month)))
    # Blocked first, then the worst status, then the furthest from what is due.
    return sorted(out, key=lambda r: (latest.rows[r.index].status.rank, r.gap))


def _risk_item(r: _Risk, sr: ScoredRow, ids: dict[int, str]) -> str:
    note = f'<span class="note">{escape(r.note)}</span>' if r.note else ""
    return (f'<li style="border-color:{_COLOUR[sr.status]}"><span class="what">{_link(ids, r.index, sr.row)}</span> '
            f'<span class="lead">{escape(sr.row.lead)}</span><br>{_verdict(sr.score)} {escape(r.figure)}'
            f'<span class="method">方法:{escape(r.method)}</span>{note}</li>')


def _risk_section(latest: ScoredReport, tracks: dict[int, ProjectTrack], ids: dict[int, str], several: bool) -> str:
    risks = _risks(latest, tracks)
    out = ['<section id="risk"><h2>年底完成风险</h2>']
    if not several:
        out.append('<p class="none">只有一个月的报告,无法按进度推算年底;下列为所处阶段远落后于时间进度或受阻的项目。</p>')
    if risks:
        out.append('<ul class="items">' + "".join(_risk_item(r, latest.rows[r.index], ids) for r in risks) + "</ul>")
    elif several:
        out.append("<p>按目前进度,各项目均可完成全年目标。</p>")
    else:
        out.append('<p class="none">没有这样的项目。</p>')
    out.append("</section>")
    return "".join(out)


# -- lead units -----------------------------------------------------------------------


def _lead_counts(report: ScoredReport) -> dict[str, Counter[Status]]:
    counts: dict[str, Counter[Status]] = {}
    for r in report.rows:
        for lead in _leads(r.row.lead):
            counts.setdefault(lead, Counter())[r.status] += 1
    return counts


def _lead_chart(by_lead: dict[str, Counter[Status]], leads: list[str]) -> str:
    """Stacked horizontal bars: statuses per lead unit. The legend is HTML
    (_legend) so it wraps on a narrow screen instead of being clipped."""
    bar_h, gap, unit_w = 18, 6, 28
    label_w = min(260, 12 * max((len(k) for k in leads), default=4) + 16)  # 12 px a character
    widest = max((sum(by_lead[k].values()) for k in leads), default=1)
    height = len(leads) * (bar_h + gap)
    width = label_w + widest * unit_w + 10
    parts = [f'<svg class="chart" xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
             f'viewBox="0 0 {width} {height}" role="img" aria-label="各牵头单位状态">']
    for i, lead in enumerate(leads):
        y = i * (bar_h + gap)
        parts.append(f'<text x="{label_w - 6}" y="{y + bar_h - 4}" text-anchor="end" font-size="12">{escape(lead)}</text>')
        x = label_w
        for status in _ORDER:
            n = by_lead[lead].get(status, 0)
            if n:
                parts.append(f'<rect x="{x}" y="{y}" width="{n * unit_w}" height="{bar_h}" fill="{_COLOUR[status]}"><title>{escape(lead)} {escape(status.label)} {n}</title></rect>')
                parts.append(f'<text x="{x + n * unit_w / 2}" y="{y + bar_h - 4}" text-anchor="middle" font-size="11" fill="#fff">{n}</text>')
                x += n * unit_w
    parts.append("</svg>")
    return "".join(parts)


def _lead_cell(series: list[int], status: Status) -> str:
    text = " → ".join(str(n) for n in series)
    # More rows behind or blocked than last month is the thing to see.
    worse = len(series) > 1 and status.rank <= Status.BEHIND.rank and series[-1] > series[-2]
    return f'<td class="num{" up" if worse else ""}">{text}</td>'


def _lead_table(reports: Sequence[ScoredReport], leads: list[str]) -> str:
    per_month = [_lead_counts(r) for r in reports]
    months = " → ".join(_month(r.report.month) for r in reports)
    head = "".join(f"<th>{escape(s.label)}</th>" for s in _ORDER)
    body = []
    for lead in leads:
        cells = "".join(_lead_cell([m.get(lead, Counter())[s] for m in per_month], s) for s in _ORDER)
        body.append(f"<tr><th scope=\"row\">{escape(lead)}</th>{cells}</tr>")
    caption = f"<caption>每格依次为 {escape(months)} 的项目数</caption>" if len(reports) > 1 else ""
    return (f'<div class="scroll"><table class="leads">{caption}<thead><tr><th>牵头单位</th>{head}</tr></thead>'
            f'<tbody>{"".join(body)}</tbody></table></div>')


def _leads_section(reports: Sequence[ScoredReport]) -> str:
    latest = _lead_counts(reports[-1])
    leads = sorted(latest, key=lambda k: (-sum(latest[k].values()), k))
    # A unit with no project this month still has its earlier months to show.
    gone = sorted({k for r in reports[:-1] for k in _lead_counts(r)} - set(latest))
    # The heading, legend and chart go to paper together: none is stranded.
    return (f'<section id="leads"><div class="keep"><h2>各牵头单位({escape(_month(reports[-1].report.month))})</h2>'
            f"{_legend()}{_lead_chart(latest, leads)}</div>"
            f"<h3>各月状态数</h3>{_lead_table(reports, leads + gone)}</section>")


# -- the evidence ---------------------------------------------------------------------


_Mark = tuple[int, int, str, str]  # (start, end, class, title)


def _texts(row: ReportRow) -> dict[str, str]:
    """The three texts the scorer read, pinyin stripped as it did: its spans index them so."""
    return {"target": strip_pinyin(row.target), "actual": strip_pinyin(row.progress_text),
            "annual": strip_pinyin(row.annual_text)}


def _place(texts: dict[str, str], first: str, span: tuple[int, int], surface: str) -> str | None:
    """The text a span with this surface indexes: ``first`` if it is there,
    else another (a whole-year figure may be read from the progress text)."""
    start, end = span
    for field in (first, *texts):
        if texts[field][start:end] == surface:
            return field
    return None


def _evidence_marks(score: ProgressScore, texts: dict[str, str]) -> dict[str, list[_Mark]]:
    """The evidence spans of each text, ``"target"``, ``"actual"`` (the
    progress) and ``"annual"`` (the whole-year task). A quantity or stage
    goes where its surface is found at its span; a span found nowhere is
    left out rather than marking the wrong words."""
    out: dict[str, list[_Mark]] = {k: [] for k in texts}
    found_in = {c: f for f, c in score.cues}  # a cue found in both texts is the progress's

    def put(first: str, span: tuple[int, int], surface: str, cls: str, title: str) -> None:
        field = _place(texts, first, span, surface)
        if field is not None:
            out[field].append((*span, cls, title))

    for e in score.evidence:
        if isinstance(e, QuantityPair):
            due = f"实际 {e.actual.text},应达 {_num(e.expected)}"
            for first, q in (("actual", e.actual), ("target", e.target), ("annual", e.annual)):
                if q is not None:
                    put(first, q.span, q.text, "q", f"数量 {q.text}:{due}")
        elif isinstance(e, (StagePair, SchedulePair)):
            pairs = (("target", e.target), ("actual", e.actual)) if isinstance(e, StagePair) else (("actual", e.stage),)
            for first, m in pairs:
                if m is not None:
                    put(first, m.span, m.text, "s", f"阶段 {m.rung}({STATE_NAMES.get(m.state, m.state)})")
        elif isinstance(e, Cue):
            field = found_in.get(e, "actual")
            out[field].append((*e.span, "c", f"提示词 {e.word}"))
    return out


def _highlight(text: str, marks: list[_Mark]) -> str:
    """The text escaped, with each evidence span wrapped in <mark>; a span
    that overlaps an earlier one or falls outside the text is left out."""
    out, at = [], 0
    for start, end, cls, title in sorted(marks, key=lambda m: (m[0], -m[1])):
        if start < at or not 0 <= start < end <= len(text):
            continue
        out.append(escape(text[at:start]))
        out.append(f'<mark class="{cls}" title="{escape(title)}">{escape(text[start:end])}</mark>')
        at = end
    out.append(escape(text[at:]))
    return "".join(out)


def _evidence_cell(texts: dict[str, str], marks: dict[str, list[_Mark]]) -> str:
    parts = []
    if texts["target"]:
        parts.append(f"<p><b>目标</b>{_highlight(texts['target'], marks['target'])}</p>")
    parts.append(f"<p><b>进展</b>{_highlight(texts['actual'], marks['actual']) or '(无)'}</p>")
    return f'<td class="ev" data-label="目标与进展">{"".join(parts)}</td>'


def _status_cell(sr: ScoredRow, p: ProjectTrack | None) -> str:
    s = sr.score
    bits = [_verdict(s)]
    if s.ratio is not None:
        # In brackets when the ratio did not decide by itself (the reason says why).
        bits.append(f'<span class="meta">完成率 {s.ratio_text()}</span>')
    bits.append(f'<span class="meta">置信度 {s.confidence:.2f}{"(无证据)" if s.basis == "no_evidence" else ""}</span>')
    move = _move(p) if p is not None else None
    if move is not None:
        kind = "worse" if move[1].rank < move[0].rank else "better"
        arrow = "↓" if kind == "worse" else "↑"
        bits.append(f'<span class="meta {kind}">{arrow} 上月 {escape(move[0].label)}</span>')
    return f'<td data-label="状态">{"".join(bits)}</td>'


# -- trajectories ---------------------------------------------------------------------


def _point_value(pt: TrackPoint) -> str:
    """What to write over a month: the running total, else the completion
    rate, else the stage named, else the status."""
    if pt.cumulative is not None:
        return _num(pt.cumulative)
    if pt.ratio is not None:
        return f"{pt.ratio * 100:.0f}%"
    return pt.stage or pt.status.label


def _trajectory(p: ProjectTrack) -> str:
    """A step chart of the status by month (higher is better), with the
    value over each month and the month under it."""
    dx, pad, h = 54, 22, 72
    w = 2 * pad + dx * (len(p.points) - 1)
    ys = {Status.AHEAD: 22, Status.ON_TRACK: 32, Status.BEHIND: 42, Status.BLOCKED: 52}
    pts = [(pad + i * dx, ys[pt.status]) for i, pt in enumerate(p.points)]
    path = f"M{pts[0][0]},{pts[0][1]}" + "".join(f" H{x} V{y}" for x, y in pts[1:])
    marks = []
    for (x, y), pt in zip(pts, p.points):
        label = f"{_month(pt.month)} {pt.status.label} {_point_value(pt)}"
        marks.append(f'<circle cx="{x}" cy="{y}" r="3.5" fill="{_COLOUR[pt.status]}"><title>{escape(label)}</title></circle>'
                     f'<text x="{x}" y="11" text-anchor="middle" font-size="10">{escape(_point_value(pt))}</text>'
                     f'<text x="{x}" y="{h - 4}" text-anchor="middle" font-size="10" fill="#666">{escape(_month(pt.month))}</text>')
    summary = ",".join(f"{_month(pt.month)}{pt.status.label}{_point_value(pt)}" for pt in p.points)
    return (f'<svg class="trajectory" xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}" role="img" '
            f'aria-label="进度轨迹:{escape(summary)}"><path d="{path}" fill="none" stroke="#999"/>{"".join(marks)}</svg>')


# -- the row table --------------------------------------------------------------------


def _row_ids(latest: ScoredReport) -> dict[int, str]:
    """An anchor per row (row-33), unique even when numbers repeat."""
    ids, seen = {}, set()
    for i, r in enumerate(latest.rows):
        base = "row-" + (re.sub(r"[^0-9A-Za-z.\-]", "_", r.row.no) or str(i))
        ids[i] = base if base not in seen else f"{base}-{i}"
        seen.add(ids[i])
    return ids


def _row(i: int, sr: ScoredRow, p: ProjectTrack | None, row_id: str, month: float | None, trajectories: bool) -> str:
    s, r = sr.score, sr.row
    ratio = "" if s.ratio is None else f"{s.ratio:.4f}"
    leads = "|" + "|".join(_leads(r.lead)) + "|"
    low = _low_target(sr, month)
    note = f'<span class="note">{escape(low)}</span>' if low else ""
    attrs = (f'id="{row_id}" data-status="{s.status.value}" data-rank="{s.status.rank}" data-order="{i}" '
             f'data-lead="{escape(leads)}" data-change="{_change_kind(p)}" data-ratio="{ratio}" '
             f'data-review="{int(s.needs_review)}"')
    texts = _texts(r)
    marks = _evidence_marks(s, texts)
    cells = [
        f'<td data-label="序号">{escape(r.no)}</td>',
        f'<td data-label="项目">{_highlight(texts["annual"], marks["annual"]) or escape(r.project)}</td>',
        f'<td class="lead" data-label="牵头单位">{escape(r.lead)}</td>',
        _status_cell(sr, p),
        _evidence_cell(texts, marks),
        f'<td data-label="理由">{escape(s.reason)}{note}</td>',
    ]
    if trajectories:
        cells.append(f'<td data-label="轨迹">{_trajectory(p) if p is not None and len(p.points) > 1 else ""}</td>')
    return f"<tr {attrs}{_REVIEW_CLASS if s.needs_review else ''}>{''.join(cells)}</tr>"


def _options(values: Iterable[tuple[str, str]]) -> str:
    return "".join(f'<option value="{escape(v)}">{escape(label)}</option>' for v, label in values)


def _controls(latest: ScoredReport, changes: bool) -> str:
    """Sort and filter; hidden until the script runs, so a page read without
    scripts shows no control that does nothing. Keep the ids in sync with _SCRIPT."""
    statuses = [("", "全部"), *((s.value, s.label) for s in _ORDER), ("review", NEEDS_REVIEW)]
    leads = sorted({lead for r in latest.rows for lead in _leads(r.row.lead)})
    sorts = [("no", "序号"), ("status", "状态(最差在前)"), ("lead", "牵头单位"), ("ratio", "完成率(低在前)")]
    change = ""
    if changes:
        kinds = [("", "全部"), ("worse", "变差"), ("better", "好转"), ("same", "不变"), ("new", "本月新增")]
        change = f'<label>较上月 <select id="f-change">{_options(kinds)}</select></label>'
    return (f'<div class="controls" id="controls" hidden>'
            f'<label>状态 <select id="f-status">{_options(statuses)}</select></label>'
            f'<label>牵头单位 <select id="f-lead">{_options([("", "全部"), *((x, x) for x in leads)])}</select></label>'
            f'{change}<label>排序 <select id="f-sort">{_options(sorts)}</select></label>'
            f'<span id="f-count"></span></div>')


def _mark_legend() -> str:
    return ('<div class="legend"><span>高亮为判定依据:</span><span><mark class="q">数量</mark></span>'
            '<span><mark class="s">阶段</mark></span><span><mark class="c">提示词</mark></span>'
            '<span><span class="tag">待核实</span> 证据不足,须人工核对</span></div>')


def _rows_section(latest: ScoredReport, tracks: dict[int, ProjectTrack], ids: dict[int, str]) -> str:
    trajectories = any(len(p.points) > 1 for p in tracks.values())
    head = ["序号", "项目(全年任务)", "牵头单位", "状态", "目标与进展", "理由"] + (["轨迹"] if trajectories else [])
    month = latest.report.month
    rows = [_row(i, sr, tracks.get(i), ids[i], month, trajectories) for i, sr in enumerate(latest.rows)]
    return (f'<section id="rows"><h2>项目明细({escape(_month(month))})</h2>{_mark_legend()}'
            f"{_controls(latest, trajectories)}"
            f'<table class="rows"><thead><tr>{"".join(f"<th>{h}</th>" for h in head)}</tr></thead>'
            f'<tbody>{"".join(rows)}</tbody></table></section>')


def _tracks_by_row(latest: ScoredReport, timeline: Timeline | None) -> dict[int, ProjectTrack]:
    """The project of each row of the latest report, by the point the row
    made (its number and texts in that month), not by the project's first
    wording, which may have changed since."""
    if timeline is None:
        return {}
    rep = latest.report
    last = {(pt.no, pt.target, pt.actual): p for p in timeline.projects if p.points
            for pt in p.points[-1:] if (pt.year, pt.month) == (rep.year, rep.month)}
    keys = ((i, (r.row.no, r.row.target, r.row.actual)) for i, r in enumerate(latest.rows))
    return {i: last[k] for i, k in keys if k in last}


def render_html(reports: Sequence[ScoredReport], timeline: Timeline | None = None, *, title: str | None = None,
                generated: datetime | None = None) -> str:
    """The page for one or more scored reports (the last is the latest).

    ``timeline`` (from :func:`~progress_nlp.track` over the same reports)
    adds what changed since the previous month, each project's trajectory
    and the year-end projections; ``title`` replaces the programme named
    from the reports' titles; ``generated`` is the time the page says it was
    made (default now).

    >>> import io
    >>> from progress_nlp import load_report, score_report
    >>> r = score_report(load_report(io.StringIO("序号|项目内容|牵头单位|8月份目标|进展情况\\n1|新增400台|区房管局|新增30台|新增81台")))
    >>> page = render_html([r])
    >>> page.startswith("<!DOCTYPE html>") and "超序时" in page and "<svg" in page and "http" not in page.replace('xmlns="http://www.w3.org/2000/svg"', "")
    True
    >>> '<mark class="q"' in page and "低于全年 400台 的序时进度" in page
    True
    """
    if not reports:
        raise ValueError("render_html() needs at least one scored report")
    latest = reports[-1]
    rep = latest.report
    heading = title or _programme(rep.title) or rep.source or "实事项目进展"
    several = timeline is not None and len(timeline.reports) > 1
    tracks = _tracks_by_row(latest, timeline) if several else {}
    ids = _row_ids(latest)
    out = [
        "<!DOCTYPE html>",
        '<html lang="zh-CN"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(heading)} {escape(_scope([r.report for r in reports]))}</title><style>{_CSS}</style></head><body>",
        _header(heading, [r.report for r in reports], generated or datetime.now()),
        _counts(latest, reports[-2] if len(reports) > 1 else None),
    ]
    if several and len(reports) > 1:
        out.append(_changes_section(latest, tracks, ids, reports[-2].report))
    out += [_risk_section(latest, tracks, ids, several), _leads_section(reports), _rows_section(latest, tracks, ids)]
    if rep.warnings:
        out.append("<h2>读取提示</h2><ul>" + "".join(f"<li>{escape(w)}</li>" for w in rep.warnings) + "</ul>")
    out.append(f"<script>{_SCRIPT}</script></body></html>")
    return "\n".join(out)
