"""Inputs built to exhaust memory or time, and the command's promise under them.

Each loader is held to: any input under ``max_bytes`` loads or is refused
in time and memory linear in its size (docs/testing.md, "Under attack").
Memory is measured in a fresh interpreter (peak RSS while loading, minus
the peak before), under an address-space cap so a regression fails the
test instead of the machine. Bounds are generous: each attack took at
least twice its bound before its fix and takes a few MB now.
"""

from __future__ import annotations

import csv
import io
import os
import pathlib
import subprocess
import sys
import threading
import zipfile

import pytest
from hypothesis import given, strategies as st

from progress_nlp import load_report
from progress_nlp import cli
from progress_nlp.errors import ReportFormatError, ReportTooLargeError, UnsafeFileError
from progress_nlp.readers.grid import MAX_SURROUNDING
from progress_nlp.readers.header import HeaderWords
from progress_nlp.readers.html import read_html
from progress_nlp.readers.text import _csv_records, csv_rows

ROOT = pathlib.Path(__file__).resolve().parent.parent
EXAMPLE = "examples/baoshan-2022-08.txt"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
S_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="peak RSS in KB and /dev files: Linux")

# Loads a file in a fresh interpreter; prints the outcome and how many MB
# the peak RSS grew while loading (imports and the lexicon come first).
_CHILD = r"""
import resource, sys
cap = 3 * 2**30
resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
from progress_nlp import load_report, default_lexicon
import progress_nlp.readers.html, progress_nlp.readers.office
for extra in ("openpyxl", "docx"):
    try:
        __import__(extra)
    except ImportError:
        pass
default_lexicon()
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
try:
    load_report(sys.argv[1])
    outcome = "loaded"
except BaseException as exc:
    outcome = type(exc).__name__
print(outcome, (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - base) / 1024)
"""


def load_in_child(path: pathlib.Path) -> tuple[str, float]:
    """(outcome, MB of peak memory) of load_report(path) in a fresh interpreter."""
    proc = subprocess.run([sys.executable, "-c", _CHILD, str(path)], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    outcome, grown = proc.stdout.split()
    return outcome, float(grown)


def make_zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return buffer.getvalue()


# ------------------------------------------------------------ page text around tables


def tiny_tables_page(n: int) -> str:
    return "".join(f"<p>第{i}段</p><table><td>x</table>" for i in range(n))


@linux_only
def test_html_of_thousands_of_tiny_tables_is_refused_in_little_memory(tmp_path):
    # 6,000 tables x 6,000 lines: every grid copied the page text, 300+ MB
    # (16,000 took 2.2 GB, 40,000 ran out of memory).
    path = tmp_path / "tables.html"
    path.write_text(tiny_tables_page(6000), encoding="utf-8")
    outcome, grown = load_in_child(path)
    assert outcome == "ReportTooLargeError"
    assert grown < 100, f"{grown:.0f} MB"


def test_html_under_the_cap_keeps_the_page_text_around_every_table():
    n = 1000  # 1,000 x 1,000 lines: a quarter of the cap
    assert n * n < MAX_SURROUNDING
    grids = read_html(tiny_tables_page(n))
    assert len(grids) == n
    assert [len(g.before) for g in grids[:3]] == [1, 2, 3]
    assert grids[-1].before[0] == "第0段" and grids[-1].after == []
    assert grids[0].after[-1] == f"第{n - 1}段"


@linux_only
def test_docx_of_thousands_of_tiny_tables_is_refused_in_little_memory(tmp_path):
    docx = pytest.importorskip("docx")
    buffer = io.BytesIO()
    docx.Document().save(buffer)
    body = '<w:p><w:r><w:t>段</w:t></w:r></w:p><w:tbl><w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl>' * 6000
    xml = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{W_NS}"><w:body>{body}</w:body></w:document>'
    with zipfile.ZipFile(buffer) as archive:
        members = {info.filename: archive.read(info) for info in archive.infolist()}
    members["word/document.xml"] = xml.encode()
    path = tmp_path / "tables.docx"
    path.write_bytes(make_zip(members))
    outcome, grown = load_in_child(path)
    assert outcome == "ReportTooLargeError"
    assert grown < 150, f"{grown:.0f} MB"


# ------------------------------------------------------------------------ xlsx


def empty_cells_workbook(openpyxl, sheets: int, filler: int = 0) -> bytes:
    """Sheets of 1 MiB of ``<c/>`` each, and ``filler`` random bytes to keep the archive's ratio low."""
    book = openpyxl.Workbook()
    for k in range(sheets - 1):
        book.create_sheet(f"s{k}")
    buffer = io.BytesIO()
    book.save(buffer)
    head = f'<worksheet xmlns="{S_NS}"><sheetData><row r="1">'.encode()
    sheet = head + b"<c/>" * (2**18 - 40) + b"</row></sheetData></worksheet>"
    with zipfile.ZipFile(buffer) as archive:
        members = {info.filename: archive.read(info) for info in archive.infolist()}
    for name in members:
        if name.startswith("xl/worksheets/sheet"):
            members[name] = sheet
    if filler:
        members["xl/media/image1.png"] = os.urandom(filler)
    return make_zip(members)


def test_xlsx_of_small_bomb_members_is_refused_by_the_archive_ratio():
    openpyxl = pytest.importorskip("openpyxl")
    data = empty_cells_workbook(openpyxl, sheets=20)  # 20 MiB from about 30 KB; each member is 1 MiB
    with pytest.raises(UnsafeFileError, match="the archive expands"):
        load_report(io.BytesIO(data))


@linux_only
def test_xlsx_of_a_million_empty_cells_is_refused_before_openpyxl_builds_them(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    # 4 sheets of 262,000 <c/>, 50 KB with random filler: openpyxl built a
    # Cell for each (490 MB, 19 s) before any cap of ours applied.
    path = tmp_path / "cells.xlsx"
    path.write_bytes(empty_cells_workbook(openpyxl, sheets=4, filler=40_000))
    outcome, grown = load_in_child(path)
    assert outcome == "UnsafeFileError"
    assert grown < 60, f"{grown:.0f} MB"


# ----------------------------------------------------------------------- header


# n lines of 项目 segmented the rest of the run from each cell: n*n/2 cells
# (4,000 lines took 500 s); the run is now bounded by readers.table_header.MAX_HEADER_CELLS.
def test_header_search_work_is_linear(monkeypatch):
    segmented = []
    segment = HeaderWords.segment

    def counted(self, fragments):
        segmented.append(len(fragments))
        return segment(self, fragments)

    monkeypatch.setattr(HeaderWords, "segment", counted)
    n = 800
    with pytest.raises(ReportFormatError):
        load_report(io.StringIO("项目\n" * n))
    assert sum(segmented) <= 200 * n


# -------------------------------------------------------------------------- CSV


def test_csv_cell_over_the_csv_field_limit_is_read():
    remark = "说明" * 70_000  # 140,000 characters, over csv.field_size_limit()
    text = "序号,项目内容,牵头单位,8月份目标,进展情况\n1,新增400台,区房管局,新增30台,新增81台\n2,长备注," + remark + ",新增1个,完成1个\n"
    limit = csv.field_size_limit()
    report = load_report(io.BytesIO(text.encode()))
    assert csv.field_size_limit() == limit  # the process-wide limit is left alone
    assert report.format == "csv"
    assert [(row.no, row.actual) for row in report.rows] == [("1", "新增81台"), ("2", "完成1个")]
    assert remark in report.rows[1].project + report.rows[1].lead


@given(st.text(alphabet='ab 项,\t"\r\n\x0b\u2028', max_size=40), st.sampled_from([",", "\t"]))
def test_csv_fallback_reads_as_csv_reader(text, delimiter):
    try:
        expected = list(csv.reader(io.StringIO(text), delimiter=delimiter))
    except csv.Error:
        with pytest.raises(csv.Error):
            _csv_records(text, delimiter)
        return
    assert _csv_records(text, delimiter) == expected
    assert csv_rows(text, delimiter) == expected


# ------------------------------------------------------------------- max_bytes


def test_max_bytes_counts_the_bytes_of_a_text_stream():
    text = "序号 | 项目内容 | 进展情况\n1 | 新增400台 | 新增81台\n"
    with pytest.raises(ReportTooLargeError):
        load_report(io.StringIO(text), max_bytes=len(text.encode("utf-8")) - 1)


# ------------------------------------------------ the command: one line on stderr, exit 2


def run(*args: str, **kwargs) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    kwargs.setdefault("stdout", subprocess.PIPE)
    return subprocess.run(
        [sys.executable, "-m", "progress_nlp", *args],
        cwd=ROOT, env=env, stderr=subprocess.PIPE, text=True, encoding="utf-8", timeout=120, **kwargs
    )


def assert_one_line(proc: subprocess.CompletedProcess, *fragments: str) -> None:
    """Exit 2, exactly one line on stderr starting with 'progress-nlp:', no traceback."""
    assert proc.returncode == 2, (proc.returncode, proc.stderr)
    lines = proc.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("progress-nlp:"), proc.stderr
    for fragment in fragments:
        assert fragment in lines[0]


@pytest.mark.parametrize(
    "args",
    [("score", EXAMPLE), ("report", EXAMPLE, "--html", os.devnull), ("extract", "--file", EXAMPLE)],
    ids=["score", "report", "extract"],
)
def test_max_bytes_zero_is_a_usage_error(args):
    assert_one_line(run(*args, "--max-bytes", "0"), "--max-bytes")


@linux_only
@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
@pytest.mark.parametrize("args", [("score", EXAMPLE), ("score", EXAMPLE, "--format", "json"), ("extract", "新增81台")])
def test_full_disk_on_stdout(args):
    with open("/dev/full", "w") as full:
        assert_one_line(run(*args, stdout=full), "standard output", "No space left")


@linux_only
@pytest.mark.parametrize("args", [("score", EXAMPLE), ("extract", "新增81台")])
def test_closed_stdout(args):
    assert_one_line(run(*args, stdout=None, preexec_fn=lambda: os.close(1)), "standard output is closed")


@linux_only
def test_closed_stdout_still_writes_the_html_page(tmp_path):
    page = tmp_path / "page.html"
    proc = run("report", EXAMPLE, "--html", str(page), stdout=None, preexec_fn=lambda: os.close(1))
    assert proc.returncode == 0 and proc.stderr == ""
    assert page.stat().st_size > 1000


@linux_only
def test_extract_refuses_a_device():
    assert_one_line(run("extract", "--file", "/dev/zero"), "/dev/zero", "not a text file")


@linux_only
def test_extract_reads_a_pipe_up_to_max_bytes(tmp_path):
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)

    def write(data: bytes) -> None:
        try:
            with open(fifo, "wb") as fh:
                fh.write(data)
        except BrokenPipeError:  # the reader stopped at its limit
            pass

    writer = threading.Thread(target=write, args=("新增81台\n".encode() * 10_000,), daemon=True)
    writer.start()
    assert_one_line(run("extract", "--file", str(fifo), "--max-bytes", "1000"), "over the limit of 1000 bytes")
    writer.join(10)
    writer = threading.Thread(target=write, args=("新增81台\n".encode(),), daemon=True)
    writer.start()
    proc = run("extract", "--file", str(fifo))
    assert proc.returncode == 0 and "81 台" in proc.stdout
    writer.join(10)


def test_memory_error_from_a_loader_is_one_line(monkeypatch, capsys):
    def exhausted(*args, **kwargs):
        raise MemoryError

    monkeypatch.setattr(cli, "load_report", exhausted)
    assert cli.main(["score", EXAMPLE]) == 2
    err = capsys.readouterr().err.splitlines()
    assert err == [f"progress-nlp: {EXAMPLE}: out of memory while reading it"]


def test_memory_error_anywhere_is_one_line(monkeypatch, capsys):
    def exhausted(*args, **kwargs):
        raise MemoryError

    monkeypatch.setattr(cli, "extract_quantities", exhausted)
    assert cli.main(["extract", "新增81台"]) == 2
    assert capsys.readouterr().err.splitlines() == ["progress-nlp: out of memory (try a smaller --max-bytes)"]
