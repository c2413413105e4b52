"""One self-contained HTML page for a supervision office: :func:`render_html`.

The page has the summary counts, a chart of statuses per lead unit, the table
of rows with status colours and reasons, and, when several months are given,
each project's trajectory and the at-risk list. Charts are inline SVG drawn
here; there are no scripts, fonts or images to fetch, so the page opens
offline and prints as it shows.
"""

from __future__ import annotations

from html import escape
from typing import Sequence

from .scoring import Status
from .scored import ScoredReport
from .tracking import ProjectTrack, Timeline

__all__ = ["render_html"]

_ORDER = (Status.AHEAD, Status.ON_TRACK, Status.BEHIND, Status.BLOCKED)
_COLOUR = {Status.AHEAD: "#2e7d32", Status.ON_TRACK: "#1565c0", Status.BEHIND: "#ef6c00", Status.BLOCKED: "#c62828"}

_CSS = """
body{font-family:"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:2em;color:#222}
h1{font-size:1.4em}h2{font-size:1.15em;margin-top:1.6em}
table{border-collapse:collapse;width:100%;font-size:.9em}
th,td{border:1px solid #ccc;padding:4px 6px;vertical-align:top;text-align:left}
th{background:#f3f3f3}
.st{color:#fff;font-weight:bold;white-space:nowrap;border-radius:3px;padding:1px 6px}
.counts span{display:inline-block;margin-right:1.2em;font-size:1.1em}
.risk{color:#c62828}
.review{opacity:.55}
.review .st{background-image:repeating-linear-gradient(45deg,transparent 0 4px,rgba(255,255,255,.35) 4px 8px)}
.tag{border:1px dashed #999;border-radius:3px;padding:0 4px;margin-left:4px;font-size:.85em;color:#555;white-space:nowrap}
"""


_REVIEW_CLASS = ' class="review"'


def _badge(status: Status) -> str:
    return f'<span class="st" style="background:{_COLOUR[status]}">{escape(status.label)}</span>'


def _lead_chart(scored: ScoredReport) -> str:
    """Stacked horizontal bars: statuses per lead unit."""
    by_lead = scored.summary().by_lead
    leads = sorted(by_lead, key=lambda k: -sum(by_lead[k].values()))
    bar_h, gap, label_w, unit_w = 18, 6, 130, 28
    widest = max((sum(c.values()) for c in by_lead.values()), default=1)
    height = len(leads) * (bar_h + gap) + 30
    width = label_w + widest * unit_w + 40
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" role="img" aria-label="各牵头单位状态">']
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
    y = len(leads) * (bar_h + gap) + 12
    x = label_w
    for status in _ORDER:
        parts.append(f'<rect x="{x}" y="{y}" width="10" height="10" fill="{_COLOUR[status]}"/><text x="{x + 14}" y="{y + 9}" font-size="11">{escape(status.label)}</text>')
        x += 70
    parts.append("</svg>")
    return "".join(parts)


def _trajectory(p: ProjectTrack) -> str:
    """A small step chart of the status by month (higher is better)."""
    w, h, step = 160, 44, 150 / max(1, len(p.points) - 1)
    ys = {Status.AHEAD: 6, Status.ON_TRACK: 16, Status.BEHIND: 27, Status.BLOCKED: 38}
    pts = [(5 + i * step, ys[pt.status]) for i, pt in enumerate(p.points)]
    path = f"M{pts[0][0]:.1f},{pts[0][1]}" + "".join(f" H{x:.1f} V{y}" for x, y in pts[1:])
    dots = "".join(
        f'<circle cx="{x:.1f}" cy="{y}" r="3" fill="{_COLOUR[pt.status]}"><title>{pt.month}月 {escape(pt.status.label)}</title></circle>'
        for (x, y), pt in zip(pts, p.points)
    )
    return f'<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" role="img" aria-label="进度轨迹"><path d="{path}" fill="none" stroke="#888"/>{dots}</svg>'


def render_html(reports: Sequence[ScoredReport], timeline: Timeline | None = None, *, title: str | None = None) -> str:
    """The page for one or more scored reports (the last is the latest).

    >>> import io
    >>> from progress_nlp import load_report, score_report
    >>> r = score_report(load_report(io.StringIO("序号|项目内容|牵头单位|8月份目标|进展情况\\n1|新增400台|区房管局|新增30台|新增81台")))
    >>> page = render_html([r])
    >>> page.startswith("<!DOCTYPE html>") and "超序时" in page and "<svg" in page and "http" not in page.replace('xmlns="http://www.w3.org/2000/svg"', "")
    True
    """
    if not reports:
        raise ValueError("render_html() needs at least one scored report")
    latest = reports[-1]
    rep = latest.report
    heading = title or rep.title or rep.source or "实事项目进展"
    summary = latest.summary()
    out = [
        "<!DOCTYPE html>",
        '<html lang="zh-CN"><head><meta charset="utf-8">',
        f"<title>{escape(heading)}</title><style>{_CSS}</style></head><body>",
        f"<h1>{escape(heading)}</h1>",
        '<p class="counts">' + "".join(
            f'<span>{_badge(s)} {summary.counts.get(s, 0)} 项</span>' for s in _ORDER
        ) + f"<span>共 {summary.total} 项</span></p>",
        "<h2>各牵头单位</h2>",
        _lead_chart(latest),
    ]
    tracks = {}
    if timeline is not None and len(timeline.reports) > 1:
        for p in timeline.projects:
            if p.points:
                tracks[(p.points[-1].no, p.project)] = p
        risky = timeline.at_risk
        out.append("<h2>年底完成风险</h2>")
        if risky:
            out.append("<ul>" + "".join(
                f'<li class="risk">{escape(p.points[-1].no)} {escape(p.project)}:预计年底 {p.forecast.projected:.0f},全年目标 {p.forecast.annual:.0f}</li>'
                for p in risky
            ) + "</ul>")
        else:
            out.append("<p>按目前进度,各项目均可完成全年目标。</p>")
    out.append("<h2>项目明细</h2><table><thead><tr><th>序号</th><th>项目</th><th>牵头单位</th><th>状态</th><th>完成率</th><th>理由</th>")
    if tracks:
        out.append("<th>轨迹</th>")
    out.append("</tr></thead><tbody>")
    for r in latest.rows:
        ratio = "" if r.score.ratio is None else f"{r.score.ratio * 100:.0f}%"
        # A verdict resting on no evidence must not look like a confident one.
        review = r.score.needs_review
        tag = '<span class="tag">待核实</span>' if review else ""
        row = (
            f'<tr data-status="{r.status.value}"{_REVIEW_CLASS if review else ""}><td>{escape(r.row.no)}</td>'
            f"<td>{escape(r.row.project)}</td><td>{escape(r.row.lead)}</td><td>{_badge(r.status)}{tag}</td>"
            f"<td>{ratio}</td><td>{escape(str(r.score))}</td>"
        )
        if tracks:
            p = tracks.get((r.row.no, r.row.project))
            row += f"<td>{_trajectory(p) if p is not None and len(p.points) > 1 else ''}</td>"
        out.append(row + "</tr>")
    out.append("</tbody></table>")
    if rep.warnings:
        out.append("<h2>读取提示</h2><ul>" + "".join(f"<li>{escape(w)}</li>" for w in rep.warnings) + "</ul>")
    out.append("</body></html>")
    return "\n".join(out)
