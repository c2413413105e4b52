"""The HTML report (issue 6): self-contained, the expected rows, and, where
Debian's chromium is installed, rendered headless without console errors."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

from progress_nlp import load_report, score_report, track
from progress_nlp.htmlreport import render_html

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "baoshan-2022-08.txt"
sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_tracking import month_report  # noqa: E402  (the three-month series)


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
            if key in a:
                self.external.append(a[key])


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    one = render_html([score_report(load_report(EXAMPLE))])
    reports = [load_report(io.StringIO(month_report(m))) for m in (6, 7, 8)]
    timeline = track(reports)
    several = render_html(list(timeline.scored), timeline)
    return one, several


def test_one_month_page_has_every_row_and_no_external_resource(pages):
    one, _ = pages
    p = _Rows()
    p.feed(one)
    assert len(p.rows) == 41 and set(p.rows) <= {"ahead", "on_track", "behind", "blocked"}
    assert p.external == [] and "<script" not in one
    assert p.svgs == 1  # the lead-unit chart
    assert "2022年区政府实事项目8月份进展情况" in one and "共 41 项" in one


def test_several_months_add_trajectories_and_risks(pages):
    _, several = pages
    p = _Rows()
    p.feed(several)
    assert len(p.rows) == 41
    assert p.svgs == 1 + 41  # the chart and one trajectory per project
    assert "年底完成风险" in several and "新增700个公共(含专用)充电桩" in several


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
    assert out.read_text(encoding="utf-8").count('data-status="') == 41


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed (apt-get install chromium); the page is still checked above")
def test_page_renders_in_headless_chromium(pages, tmp_path):
    _, several = pages
    page = tmp_path / "report.html"
    page.write_text(several, encoding="utf-8")
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             f"--user-data-dir={tmp_path / 'profile'}", "--enable-logging=stderr", "--v=0"]
    shot = tmp_path / "report.png"
    subprocess.run([CHROMIUM, *flags, f"--screenshot={shot}", "--window-size=1400,2000", page.as_uri()],
                   capture_output=True, text=True, timeout=120)
    assert shot.exists() and shot.stat().st_size > 10_000
    dom = subprocess.run([CHROMIUM, *flags, "--dump-dom", page.as_uri()], capture_output=True, text=True, timeout=120)
    assert dom.stdout.count('data-status="') == 41
    console_errors = [ln for ln in dom.stderr.splitlines() if re.search(r"CONSOLE\(\d+\)|Uncaught", ln)]
    assert console_errors == []
