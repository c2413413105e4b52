"""The HTML report (issue 6 and the supervision office's review of it):
self-contained, scoped, changes first, readable trajectories, an at-risk list
to act on, highlighted evidence, sort and filter, phones and paper; and,
where Debian's chromium is installed, rendered headless without console
errors, at 420 px without overflow, and printed to A4."""

from __future__ import annotations

import html
import io
import json
import re
import shutil
import subprocess
import sys
from datetime import datetime
from html.parser import HTMLParser
from pathlib import Path

import pytest

from progress_nlp import load_report, score_report, track
from progress_nlp.render_html import render_html
from progress_nlp.scoring import QuantityPair, StagePair

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "baoshan-2022-08.txt"
sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_tracking import month_report  # noqa: E402  (the three-month series)

MADE = datetime(2022, 9, 6, 10, 30)
CHARGERS = "新增700个公共(含专用)充电桩"  # row 33: ahead → on track → behind
LEARNERS = "支持培养800名企业新型学徒"  # row 25: behind → behind → ahead
GUIDES = "为50名困难视力残疾人提供智能助盲辅具"  # row 20: blocked in August in the variant series


class _Rows(HTMLParser):
    def __init__(self):
        super().__init__()
        self.rows, self.svgs, self.external = [], 0, []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "tr" and "data-status" in a:
            self.rows.append(a["data-status"])
        if tag == "svg":
            self.svgs += 1
        for key in ("src", "href"):
            # An in-page anchor (#row-33) fetches nothing.
            if key in a and not a[key].startswith("#"):
                self.external.append(a[key])


def _series(blocked_in_august: bool = False):
    texts = [month_report(m) for m in (6, 7, 8)]
    if blocked_in_august:  # row 20 stops in August
        texts[2] = texts[2].replace("已完成开展智能助盲辅具培训。", "因疫情暂停培训活动。")
    return track([load_report(io.StringIO(t)) for t in texts])


@pytest.fixture(scope="module")
def timeline():
    return _series()


@pytest.fixture(scope="module")
def pages(timeline):
    one = render_html([score_report(load_report(EXAMPLE))], generated=MADE)
    several = render_html(list(timeline.scored), timeline, generated=MADE)
    return one, several


def section(page: str, ident: str) -> str:
    m = re.search(rf'<section id="{ident}">(.*?)</section>', page, re.S)
    assert m, f"no section {ident}"
    return m.group(1)


def row_html(page: str, no: str) -> str:
    m = re.search(rf'<tr id="row-{re.escape(no)}".*?</tr>', page, re.S)
    assert m, f"no row {no}"
    return m.group(0)


def text(fragment: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", fragment))


# -- the page as a whole --------------------------------------------------------------


def test_one_month_page_has_every_row_and_no_external_resource(pages):
    one, _ = pages
    p = _Rows()
    p.feed(one)
    assert len(p.rows) == 41 and set(p.rows) <= {"ahead", "on_track", "behind", "blocked"}
    assert p.external == []
    assert "<script src" not in one and "http" not in one.replace('xmlns="http://www.w3.org/2000/svg"', "")
    assert p.svgs == 1  # the lead-unit chart
    assert "2022年区政府实事项目8月份进展情况" in one and "共 41 项" in one


def test_several_months_add_trajectories_and_risks(pages):
    _, several = pages
    p = _Rows()
    p.feed(several)
    assert len(p.rows) == 41 and p.external == []
    assert p.svgs == 1 + 41  # the chart and one trajectory per project
    assert "年底完成风险" in several and CHARGERS in several


# -- title and scope ------------------------------------------------------------------


def test_header_names_programme_months_files_and_time(pages):
    one, several = pages
    header = text(re.search(r"<header>(.*?)</header>", several, re.S).group(1))
    assert header.startswith("2022年区政府实事项目")  # the programme, not the last month's title
    assert "2022年6月—8月" in header and "读取 3 份报告" in header and "生成于 2022-09-06 10:30" in header
    for m in (6, 7, 8):
        assert f"2022年区政府实事项目{m}月份进展情况" in header
    assert "<title>2022年区政府实事项目 2022年6月—8月</title>" in several
    assert "2022年8月" in text(re.search(r"<header>(.*?)</header>", one, re.S).group(1))
    assert "baoshan-2022-08.txt" in one  # the file read


def test_sections_come_in_the_order_an_analyst_reads_them(pages):
    _, several = pages
    at = [several.index(f'<section id="{s}">') for s in ("changes", "risk", "leads", "rows")]
    assert at == sorted(at)


# -- what changed ---------------------------------------------------------------------


def test_changes_list_the_worsening_then_the_improving_project(pages):
    _, several = pages
    changes = section(several, "changes")
    assert "本月变化(7月 → 8月)" in text(changes)
    worse, better = changes.index("状态变差"), changes.index("状态好转")
    assert worse < changes.index(CHARGERS) < better < changes.index(LEARNERS)
    chargers = text(re.search(rf"<li[^>]*>(?:(?!</li>).)*{re.escape(CHARGERS)}.*?</li>", changes, re.S).group(0))
    assert "7月 按序时 → 8月 滞后" in chargers and "区交通委" in chargers
    assert "6月 超序时 · 7月 按序时 · 8月 滞后" in chargers
    assert 'href="#row-33"' in changes


def test_newly_blocked_projects_have_their_own_group():
    t = _series(blocked_in_august=True)
    page = render_html(list(t.scored), t, generated=MADE)
    changes = section(page, "changes")
    assert changes.index("状态变差") < changes.index("新增受阻") < changes.index(GUIDES) < changes.index("状态好转")
    assert "8月 受阻" in text(changes)


def test_one_month_page_has_no_changes_section(pages):
    one, _ = pages
    assert '<section id="changes">' not in one


# -- trajectories ---------------------------------------------------------------------


def test_trajectories_show_months_and_values(pages):
    _, several = pages
    svg = re.search(r'<svg class="trajectory".*?</svg>', row_html(several, "33"), re.S).group(0)
    labels = re.findall(r"<text[^>]*>([^<]*)</text>", svg)
    assert labels == ["400", "6月", "410", "7月", "430", "8月"]  # value over, month under each point
    stages = re.findall(r"<text[^>]*>([^<]*)</text>", row_html(several, "5"))
    assert stages == ["前期", "6月", "前期", "7月", "前期", "8月"]  # no figure: the stage named


# -- at risk --------------------------------------------------------------------------


def risk_item(page: str, words: str) -> str:
    risk = section(page, "risk")
    m = re.search(rf"<li[^>]*>(?:(?!</li>).)*{re.escape(words)}.*?</li>", risk, re.S)
    assert m, f"{words} not in the at-risk list"
    return m.group(0)


def test_at_risk_item_has_lead_status_projection_method_and_link(pages):
    _, several = pages
    item = risk_item(several, CHARGERS)
    words = text(item)
    assert "区交通委" in words and "滞后" in words
    assert "预计年底 510 / 全年目标 700(73%)" in words
    assert "方法:按7月至8月的增量(每月 +20)推算至12月" in words
    assert 'href="#row-33"' in item and 'id="row-33"' in several


def test_projects_judged_by_stages_are_at_risk_when_far_short_of_the_month(pages):
    _, several = pages
    words = text(risk_item(several, "为10个老旧小区实施消防设施改造"))
    assert "阶段「前期」进行中,约占全程 10% / 8月序时 67%" in words and "区消防救援支队" in words
    words = text(risk_item(several, "实施友谊西路潘泾路路口排堵保畅工程"))  # 超序时 against 前期手续
    assert "超序时" in words and "本身只到全程约 10%,低于序时 67%" in words
    risk = section(several, "risk")
    assert "新增1个共享充电桩示范小区" not in risk  # 施工 (40%) is not far short in August


def test_a_low_monthly_target_is_called_out(pages):
    _, several = pages
    words = text(risk_item(several, "既有多层住宅加装电梯新增400台"))
    assert "超序时" in words and "8月目标 30台 低于全年 400台 的序时进度 267台" in words
    assert "8月目标 30台 低于全年 400台" in text(row_html(several, "2"))
    assert "低于全年" not in text(row_html(several, "24"))  # 600名 in August is above 750 × 8/12


def test_blocked_projects_lead_the_at_risk_list(pages):
    _, several = pages
    risk = section(several, "risk")
    first = re.search(r"<li.*?</li>", risk, re.S).group(0)
    assert "为460个居村综合文化活动室" in first and "受阻" in text(first)


# -- the evidence ---------------------------------------------------------------------


def test_evidence_spans_are_highlighted_in_their_row(pages, timeline):
    _, several = pages
    checked = 0
    for sr in timeline.scored[-1].rows:
        tr = row_html(several, sr.row.no)
        marked = re.findall(r'<mark class="[qsc]"[^>]*>([^<]*)</mark>', tr)
        for e in sr.score.evidence:
            if isinstance(e, QuantityPair):
                want = [q.text for q in (e.actual, e.target) if q is not None]
            elif isinstance(e, StagePair):
                want = [m.text for m in (e.target, e.actual) if m is not None]
            else:
                continue
            for w in want:
                assert html.escape(w) in marked, (sr.row.no, w, marked)
                checked += 1
    assert checked > 60
    tr = row_html(several, "33")
    assert re.search(r'<mark class="q"[^>]*>430个</mark>', tr) and re.search(r'<mark class="q"[^>]*>450个</mark>', tr)
    assert re.search(r'<mark class="c"[^>]*>暂停</mark>', row_html(several, "19"))  # a cue word
    assert "置信度 0.90" in text(tr)


def test_a_verdict_on_no_evidence_never_looks_confident():
    report = load_report(io.StringIO("序号|项目内容|牵头单位|8月份目标|进展情况\n"
                                     "1|新增400台|区房管局|新增30台|新增81台\n"
                                     "2|完善机制|区委办|研究|另行报告"))
    scored = score_report(report)
    assert [r.score.basis for r in scored.rows] == ["quantity", "no_evidence"]
    page = render_html([scored], generated=MADE)
    sure, unsure = row_html(page, "1"), row_html(page, "2")
    assert 'class="review"' in unsure and "待核实" in unsure and "无证据" in unsure and "<mark" not in unsure
    assert 'class="review"' not in sure and "待核实" not in sure and "<mark" in sure
    assert 'data-review="1"' in unsure


def test_weak_evidence_is_marked_for_review_too(pages):
    _, several = pages
    tr = row_html(several, "13")  # confidence 0.45
    assert 'class="review"' in tr and "待核实" in tr and "置信度 0.45" in text(tr)


# -- sort, filter and the lead units --------------------------------------------------


def test_filter_and_sort_controls_and_row_data(pages):
    _, several = pages
    for ident in ("f-status", "f-lead", "f-change", "f-sort", "f-count"):
        assert f'id="{ident}"' in several
    assert '<option value="区交通委">区交通委</option>' in several
    assert '<option value="worse">变差</option>' in several and '<option value="review">待核实</option>' in several
    assert 'data-change="worse"' in row_html(several, "33") and 'data-change="better"' in row_html(several, "25")
    assert 'data-lead="|团区委|区教育局|"' in row_html(several, "13")  # a row led by two units
    assert "<script>" in several and "fetch(" not in several and "XMLHttpRequest" not in several


def test_lead_unit_table_counts_statuses_per_month(pages):
    _, several = pages
    leads = section(several, "leads")
    assert "每格依次为 6月 → 7月 → 8月 的项目数" in text(leads)
    row = re.search(r"<tr><th scope=\"row\">区交通委</th>(.*?)</tr>", leads).group(1)
    cells = re.findall(r"<td[^>]*>([^<]*)</td>", row)
    assert cells == ["6 → 5 → 5", "3 → 4 → 3", "0 → 0 → 1", "0 → 0 → 0"]  # 超序时, 按序时, 滞后, 受阻
    assert 'class="num up">0 → 0 → 1' in row  # one more behind than last month


# -- phones and paper -----------------------------------------------------------------


def test_page_declares_a_viewport_a_narrow_layout_and_a4_print(pages):
    _, several = pages
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in several
    assert "@media (max-width:700px)" in several
    assert "@page{size:A4" in several and "@media print" in several
    assert "break-after:avoid" in several  # no heading stranded at the foot of a page


# -- the CLI --------------------------------------------------------------------------


def test_cli_report_writes_the_page(tmp_path):
    paths = []
    for m in (6, 7, 8):
        f = tmp_path / f"2022-{m:02d}.txt"
        f.write_text(month_report(m), encoding="utf-8")
        paths.append(str(f))
    out = tmp_path / "report.html"
    run = subprocess.run([sys.executable, "-m", "progress_nlp", "report", *paths, "--html", str(out)],
                         capture_output=True, text=True, encoding="utf-8", cwd=ROOT)
    assert run.returncode == 0, run.stderr
    page = out.read_text(encoding="utf-8")
    assert page.count('data-status="') == 41
    assert all(f"2022-{m:02d}.txt" in page for m in (6, 7, 8)) and "2022年6月—8月" in page


# -- headless chromium ----------------------------------------------------------------

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
needs_chromium = pytest.mark.skipif(
    CHROMIUM is None, reason="Debian's chromium is not installed (apt-get install chromium); the page is still checked above")

# Headless chromium lays a page out no narrower than 500 px whatever
# --window-size says, so a narrow screen is an iframe of that width; the
# probe writes what it measured into the outer page for --dump-dom.
_PROBE = """<script>
var f = document.getElementById("f");
f.addEventListener("load", function () {
  var d = f.contentDocument, w = f.contentWindow.innerWidth, over = [];
  d.querySelectorAll("body *").forEach(function (e) {
    if (e.closest(".scroll")) return;  /* a table may scroll inside its box */
    var r = e.getBoundingClientRect();
    if (r.width && r.right > w + 0.5) over.push(e.tagName + "#" + e.id + "." + e.getAttribute("class"));
  });
  var s = d.getElementById("f-status");
  s.value = "behind"; s.dispatchEvent(new Event("change"));
  var behind = d.querySelectorAll("table.rows tbody tr:not([hidden])").length;
  s.value = ""; s.dispatchEvent(new Event("change"));
  var c = d.getElementById("f-change");
  c.value = "worse"; c.dispatchEvent(new Event("change"));
  var worse = Array.prototype.map.call(d.querySelectorAll("table.rows tbody tr:not([hidden])"), function (r) { return r.id; });
  document.body.setAttribute("data-probe", JSON.stringify({
    width: w, scroll: d.documentElement.scrollWidth, body: d.body.scrollWidth, over: over.slice(0, 10),
    controls: !d.getElementById("controls").hidden, behind: behind, worse: worse}));
});
</script>"""


def _framed(page: str, width: int, height: int, probe: bool) -> str:
    frame = (f'<iframe id="f" style="border:0;width:{width}px;height:{height}px" '
             f'srcdoc="{html.escape(page, quote=True)}"></iframe>')
    return f'<!DOCTYPE html><html><body style="margin:0">{frame}{_PROBE if probe else ""}</body></html>'


def _chromium(tmp_path: Path, *args: str, timeout: int = 90) -> subprocess.CompletedProcess:
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             "--hide-scrollbars", f"--user-data-dir={tmp_path / 'profile'}", "--enable-logging=stderr", "--v=0"]
    return subprocess.run([CHROMIUM, *flags, *args], capture_output=True, text=True, timeout=timeout)


def _console_errors(stderr: str) -> list[str]:
    return [ln for ln in stderr.splitlines() if re.search(r"CONSOLE[:(]\d+|Uncaught", ln)]


def _screenshot(tmp_path, name: str, page_html: str, size: str):
    """Write the page, take its screenshot, check it is a real picture; the page's path."""
    page = tmp_path / f"{name}.html"
    page.write_text(page_html, encoding="utf-8")
    shot = tmp_path / f"{name}.png"
    _chromium(tmp_path, f"--screenshot={shot}", f"--window-size={size}", page.as_uri())
    assert shot.exists() and shot.stat().st_size > 10_000
    return page


@needs_chromium
def test_page_renders_in_headless_chromium(pages, tmp_path):
    _, several = pages
    page = _screenshot(tmp_path, "report", several, "1400,2000")
    dom = _chromium(tmp_path, "--dump-dom", page.as_uri())
    assert dom.stdout.count('data-status="') == 41
    assert '<div class="controls" id="controls">' in dom.stdout  # the script ran and showed them
    assert "显示 41 / 41 项" in dom.stdout
    assert _console_errors(dom.stderr) == []


@needs_chromium
def test_narrow_screen_filters_and_has_no_overflow(pages, timeline, tmp_path):
    _, several = pages
    wrapper = tmp_path / "narrow.html"
    wrapper.write_text(_framed(several, 420, 900, probe=True), encoding="utf-8")
    dom = _chromium(tmp_path, "--dump-dom", wrapper.as_uri())
    assert _console_errors(dom.stderr) == []
    m = re.search(r'data-probe="([^"]*)"', dom.stdout)
    assert m, dom.stderr[-2000:]
    probe = json.loads(html.unescape(m.group(1)))
    assert probe["width"] == 420
    assert probe["scroll"] <= 420 and probe["body"] <= 420, probe
    assert probe["over"] == []  # nothing clipped: not the legend, not a chart, not a card
    assert probe["controls"]
    assert probe["behind"] == sum(1 for r in timeline.scored[-1].rows if r.status.value == "behind")
    assert probe["worse"] == ["row-33"]


@needs_chromium
def test_narrow_screenshot(pages, tmp_path):
    _, several = pages
    _screenshot(tmp_path, "narrow", _framed(several, 420, 3000, probe=False), "500,3000")


@needs_chromium
def test_prints_to_a4_pages_with_no_stranded_heading(pages, tmp_path):
    _, several = pages
    page = tmp_path / "report.html"
    page.write_text(several, encoding="utf-8")
    pdf = tmp_path / "report.pdf"
    _chromium(tmp_path, "--no-pdf-header-footer", f"--print-to-pdf={pdf}", page.as_uri())
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF")
    pages_ = len(re.findall(rb"/Type\s*/Page(?![s\w])", data))
    assert 3 <= pages_ <= 15
    assert re.search(rb"/MediaBox\s*\[0 0 59[45](?:\.\d+)? 84[12](?:\.\d+)?\]", data)  # A4 portrait
    if shutil.which("pdftotext"):
        headings = ("本月变化", "状态变差", "状态好转", "年底完成风险", "各牵头单位", "各月状态数", "项目明细")
        for n in range(1, pages_ + 1):
            out = subprocess.run(["pdftotext", "-f", str(n), "-l", str(n), "-layout", str(pdf), "-"],
                                 capture_output=True, text=True, timeout=30).stdout
            lines = [ln.strip() for ln in out.splitlines() if ln.strip()]
            assert lines and not lines[-1].startswith(headings), (n, lines[-1])
