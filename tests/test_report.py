"""load_report / score_report on the development report in every layout.

The development report (examples/baoshan-2022-08.txt) is text copied from
the published page: one cell per line ending in " |", one irregular "4\\n|"
row, and page metadata after the table. tests/data/baoshan-2022-08.jsonl
holds its 41 rows. Every test below converts the gold rows (or the text
itself) into another published layout and checks that exactly the same rows
come back, in order.
"""

from __future__ import annotations

import csv
import html
import importlib
import io
import json
import os
import pathlib
import random
import re
import subprocess
import sys

import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from progress_nlp import (
    Report,
    ReportFormatError,
    ReportTooLargeError,
    Status,
    default_lexicon,
    load_report,
    score_frame,
    score_report,
)

ROOT = pathlib.Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "baoshan-2022-08.txt"
GOLD_FILE = ROOT / "tests" / "data" / "baoshan-2022-08.jsonl"

TITLE = "2022年区政府实事项目8月份进展情况"
HEADER = ["序号", "项目内容及居民受益面", "牵头单位", "8月份目标", "进展情况"]
FIELDS = ("no", "project", "lead", "target", "actual")
STATUSES = {s.value for s in Status}

TEXT = EXAMPLE.read_text(encoding="utf-8")
# The page text after the table, as published ("办", the title, publisher …).
PAGE_META = TEXT[TEXT.index("办\n" + TITLE):]


def _load_gold() -> list[dict]:
    with GOLD_FILE.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


GOLD = _load_gold()  # module-level copy for hypothesis tests (fixtures do not mix with @given)


@pytest.fixture(scope="module")
def gold() -> list[dict]:
    """The 41 gold rows of the development report, in order."""
    rows = _load_gold()
    assert len(rows) == 41
    assert [r["no"] for r in rows] == [str(i) for i in range(1, 42)]
    return rows


def gold_cells(gold: list[dict]) -> list[list[str]]:
    return [[g[f] for f in FIELDS] for g in gold]


def row_fields(report: Report) -> list[dict]:
    return [{f: getattr(r, f) for f in FIELDS} for r in report.rows]


def gold_fields(gold: list[dict]) -> list[dict]:
    return [{f: g[f] for f in FIELDS} for g in gold]


def assert_same_rows(report: Report, expected: list[dict]) -> None:
    got = row_fields(report)
    assert [r["no"] for r in got] == [r["no"] for r in expected]
    for g, e in zip(got, expected):
        assert g == e, f"row {e['no']} differs"


def assert_development_report(report: Report, gold: list[dict]) -> None:
    assert_same_rows(report, gold_fields(gold))
    assert report.month == 8
    assert report.year == 2022
    assert report.title == TITLE


def require_reader(module: str) -> None:
    """Skip cleanly while a reader module is still being written."""
    try:
        importlib.import_module(module)
    except ImportError as exc:
        pytest.skip(f"{module} cannot be imported yet: {exc}")


# -- conversions of the gold rows into other published layouts ----------------------


def to_pipes(gold: list[dict]) -> str:
    """One row per line, `|` between cells, the title on the first line."""
    rows = [HEADER] + gold_cells(gold)
    assert not any("|" in c or "\n" in c for r in rows for c in r)
    return TITLE + "\n" + "\n".join(" | ".join(r) for r in rows) + "\n"


def to_blocks(gold: list[dict]) -> str:
    """One cell per paragraph (cells separated by blank lines), then the page
    metadata lines as in the original."""
    cells = [c for r in [HEADER] + gold_cells(gold) for c in r]
    assert not any("\n\n" in c for c in cells)
    return "\n\n".join(cells) + "\n\n" + PAGE_META


def to_csv(gold: list[dict], delimiter: str = ",") -> str:
    """CSV via the csv module (cells contain commas: quoted), a title row first."""
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
    w.writerow([TITLE])
    w.writerow(HEADER)
    w.writerows(gold_cells(gold))
    return buf.getvalue()


def to_tsv(gold: list[dict]) -> str:
    return to_csv(gold, delimiter="\t")


_WIDE_SPACE = re.compile(r"\s{2,}|[\t\u3000]")


def columns_safe(cell: str) -> str:
    """A cell as it can appear in a space-aligned layout: no run of two or
    more spaces, no tab or ideographic space (those separate columns)."""
    return _WIDE_SPACE.sub(" ", cell)


def to_columns(gold: list[dict]) -> str:
    """Columns separated by runs of spaces; the title on its own line."""
    rows = [[columns_safe(c) for c in r] for r in [HEADER] + gold_cells(gold)]
    return TITLE + "\n" + "\n".join("   ".join(r) for r in rows) + "\n"


def to_html(gold: list[dict]) -> str:
    """A page: <h1> title, publisher/date paragraph, then a <table> with a <th>
    header. A title row inside the table spans all columns (colspan); the
    lead unit of rows 4-6 (all 区消防救援支队) is one cell with rowspan=3."""
    e = html.escape
    rows = gold_cells(gold)
    leads = {r[0]: r[2] for r in rows}
    assert leads["4"] == leads["5"] == leads["6"]
    out = [
        "<!DOCTYPE html>",
        '<html><head><meta charset="utf-8"><title>' + e(TITLE) + "</title></head><body>",
        "<h1>" + e(TITLE) + "</h1>",
        "<p>信息来源:区府督查室</p><p>发布时间:2022-09-05</p>",
        '<table border="1">',
        '<tr><td colspan="5">' + e(TITLE) + "</td></tr>",
        "<tr>" + "".join("<th>" + e(h) + "</th>" for h in HEADER) + "</tr>",
    ]
    for r in rows:
        tds = []
        for i, cell in enumerate(r):
            if i == 2 and r[0] in ("5", "6"):
                continue  # covered by the rowspan of row 4
            span = ' rowspan="3"' if i == 2 and r[0] == "4" else ""
            tds.append(f"<td{span}>{e(cell)}</td>")
        out.append("<tr>" + "".join(tds) + "</tr>")
    out.append("</table></body></html>")
    return "\n".join(out)


def to_xlsx(gold: list[dict]) -> bytes:
    """A sheet: the title in A1 merged across the five columns, the header in
    row 2, then one row per project (序号 as a number, as Excel users type it)."""
    openpyxl = pytest.importorskip("openpyxl")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "8月"
    ws.append([TITLE])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(HEADER))
    ws.append(HEADER)
    for r in gold_cells(gold):
        ws.append([int(r[0])] + r[1:])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def to_docx(gold: list[dict]) -> bytes:
    """A document: the title paragraph, then the table."""
    docx = pytest.importorskip("docx")
    doc = docx.Document()
    doc.add_paragraph(TITLE)
    rows = [HEADER] + gold_cells(gold)
    table = doc.add_table(rows=len(rows), cols=len(HEADER))
    for i, r in enumerate(rows):
        for j, cell in enumerate(r):
            table.cell(i, j).text = cell
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


# -- (a) the text as published ------------------------------------------------------------


class _PathLike:
    """An os.PathLike that is not a pathlib.Path."""

    def __init__(self, path: pathlib.Path) -> None:
        self._path = path

    def __fspath__(self) -> str:
        return str(self._path)


def _open_binary():
    return open(EXAMPLE, "rb")


def _open_text():
    return open(EXAMPLE, encoding="utf-8")


@pytest.mark.parametrize(
    "make_source",
    [
        pytest.param(lambda: str(EXAMPLE), id="str-path"),
        pytest.param(lambda: os.path.relpath(EXAMPLE), id="relative-str-path"),
        pytest.param(lambda: EXAMPLE, id="pathlib.Path"),
        pytest.param(lambda: _PathLike(EXAMPLE), id="os.PathLike"),
        pytest.param(_open_binary, id="binary-file"),
        pytest.param(_open_text, id="text-file"),
        pytest.param(lambda: io.BytesIO(TEXT.encode("utf-8")), id="BytesIO"),
        pytest.param(lambda: io.StringIO(TEXT), id="StringIO"),
    ],
)
def test_original_text_every_source_kind(make_source, gold):
    source = make_source()
    try:
        report = load_report(source)
    finally:
        if hasattr(source, "close"):
            source.close()
    assert_development_report(report, gold)
    assert report.format == "cells"
    assert report.warnings == ()


# -- (b) the text converted into the other layouts ------------------------------------------------


@pytest.mark.parametrize(
    "convert, layout",
    [
        pytest.param(to_pipes, "pipes", id="pipes"),
        pytest.param(to_blocks, "blocks", id="blocks"),
        pytest.param(to_csv, "csv", id="csv"),
        pytest.param(to_tsv, "tsv", id="tsv"),
        pytest.param(to_columns, "columns", id="columns"),
    ],
)
@pytest.mark.parametrize("as_file", [False, True], ids=["stream", "file"])
def test_text_layouts_give_the_gold_rows(convert, layout, as_file, gold, tmp_path):
    text = convert(gold)
    if as_file:
        path = tmp_path / f"report.{layout}.txt"
        path.write_text(text, encoding="utf-8")
        report = load_report(path)
    else:
        report = load_report(io.StringIO(text))
    assert report.format == layout
    assert_development_report(report, gold)
    assert report.warnings == ()


def test_columns_conversion_needs_no_replacement(gold):
    """The space-aligned layout is only exact when no cell holds a run of
    spaces; the development report has none, so to_columns changes nothing."""
    for g in gold:
        for f in FIELDS:
            assert columns_safe(g[f]) == g[f], (g["no"], f)


def test_csv_cells_with_commas_are_quoted(gold):
    text = to_csv(gold)
    assert any("," in g["actual"] for g in gold)
    assert '"新增81台,完工52台。"' in text


def test_blocks_without_comma_sentences():
    """Control for the blocks/CSV mix-up: the same minimal table without the
    comma sentences is read as blocks."""
    text = (
        "序号\n\n项目内容\n\n牵头单位\n\n8月份目标\n\n进展情况\n\n"
        "1\n\n新建12家助餐场所\n\n区民政局\n\n进场施工。\n\n进场施工,其中7家已竣工,剩余正在推进。\n\n"
        "2\n\n新增3家服务分中心\n\n区民政局\n\n进场施工。\n\n进场施工,其中1家已完成,2家正在推进。\n"
    )
    plain = text.replace(",其中7家已竣工,剩余正在推进", "").replace(",其中1家已完成,2家正在推进", "")
    assert [r.no for r in load_report(io.StringIO(plain)).rows] == ["1", "2"]


def test_blocks_with_comma_sentences_minimal():
    # Was sniffed as CSV (sentences with ASCII commas); kept as a regression test.
    text = (
        "序号\n\n项目内容\n\n牵头单位\n\n8月份目标\n\n进展情况\n\n"
        "1\n\n新建12家助餐场所\n\n区民政局\n\n进场施工。\n\n进场施工,其中7家已竣工,剩余正在推进。\n\n"
        "2\n\n新增3家服务分中心\n\n区民政局\n\n进场施工。\n\n进场施工,其中1家已完成,2家正在推进。\n"
    )
    report = load_report(io.StringIO(text))
    assert [r.actual for r in report.rows] == ["进场施工,其中7家已竣工,剩余正在推进。", "进场施工,其中1家已完成,2家正在推进。"]


@pytest.mark.parametrize("as_bytes", [False, True], ids=["str", "bytes"])
def test_html_page(gold, as_bytes, tmp_path):
    require_reader("progress_nlp.readers.html")
    page = to_html(gold)
    report = load_report(io.BytesIO(page.encode("utf-8")) if as_bytes else io.StringIO(page))
    assert report.format == "html"
    assert_development_report(report, gold)
    # the rowspan: rows 5 and 6 carry the lead unit of row 4
    assert [r.lead for r in report.rows[3:6]] == ["区消防救援支队"] * 3
    path = tmp_path / "report.html"
    path.write_text(page, encoding="utf-8")
    assert_development_report(load_report(path), gold)


def test_xlsx(gold, tmp_path):
    require_reader("progress_nlp.readers.office")
    data = to_xlsx(gold)
    path = tmp_path / "report.xlsx"
    path.write_bytes(data)
    for source in (path, io.BytesIO(data)):
        report = load_report(source)
        assert report.format == "xlsx"
        assert_development_report(report, gold)


def test_docx(gold, tmp_path):
    require_reader("progress_nlp.readers.office")
    data = to_docx(gold)
    path = tmp_path / "report.docx"
    path.write_bytes(data)
    for source in (path, io.BytesIO(data)):
        report = load_report(source)
        assert report.format == "docx"
        assert_development_report(report, gold)


# -- encodings -----------------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["utf-8-sig", "gb18030", "gbk"])
@pytest.mark.parametrize("layout", ["original", "pipes"])
def test_encodings(encoding, layout, gold, tmp_path):
    text = TEXT if layout == "original" else to_pipes(gold)
    data = text.encode(encoding)
    if encoding == "utf-8-sig":
        assert data.startswith(b"\xef\xbb\xbf")
    else:
        with pytest.raises(UnicodeDecodeError):
            data.decode("utf-8")  # really not UTF-8
    path = tmp_path / f"report-{encoding}.txt"
    path.write_bytes(data)
    for source in (path, io.BytesIO(data)):
        report = load_report(source)
        assert_development_report(report, gold)
        assert report.warnings == ()


def test_bom_in_a_text_stream(gold):
    assert_development_report(load_report(io.StringIO("\ufeff" + TEXT)), gold)


# -- metadata ----------------------------------------------------------------------------------


def test_page_metadata_of_the_original():
    report = load_report(EXAMPLE)
    assert report.meta["信息来源"] == "区府督查室"
    assert report.meta["发布时间"] == "2022-09-05"


# Lines of the page text that are unmistakably page furniture, not cells.
_META_LINES = [
    ln.strip().lstrip("-").strip()
    for ln in PAGE_META.splitlines()
    if len(ln.strip().lstrip("-").strip()) >= 4
]


@pytest.mark.parametrize(
    "make_text",
    [
        pytest.param(lambda g: TEXT, id="original"),
        pytest.param(to_blocks, id="blocks"),
    ],
)
def test_no_page_metadata_in_any_row(make_text, gold):
    report = load_report(io.StringIO(make_text(gold)))
    assert len(_META_LINES) >= 10
    for row in report.rows:
        for header, cell in row.cells:
            for line in _META_LINES:
                assert line not in cell, (row.no, header, line)
            assert cell not in ("办", "大", "中", "小"), (row.no, header)
    assert report.rows[-1].actual == gold[-1]["actual"]
    assert len(report.rows) == 41


# -- columns: progress columns, periods, the publisher's verdict ------------------------------------------


@pytest.mark.parametrize("latest_first", [False, True], ids=["10-then-11", "11-then-10"])
def test_two_progress_columns_latest_is_actual(latest_first):
    cols = ["1-10月推进情况", "1-11月推进情况"]
    vals = [("新增300台", "新增350台"), ("完成招标", "进场施工")]
    if latest_first:
        cols.reverse()
        vals = [tuple(reversed(v)) for v in vals]
    text = "\n".join(
        [
            f"序号 | 项目内容 | 牵头单位 | {cols[0]} | {cols[1]}",
            f"1 | 新增400台 | 区房管局 | {vals[0][0]} | {vals[0][1]}",
            f"2 | 建设10个 | 区商务委 | {vals[1][0]} | {vals[1][1]}",
        ]
    )
    report = load_report(io.StringIO(text))
    assert report.month == 11
    assert [(r.actual, r.previous_actual) for r in report.rows] == [("新增350台", "新增300台"), ("进场施工", "完成招标")]
    assert report.columns["actual"] == "1-11月推进情况"


@pytest.mark.parametrize(
    "header, cells, month",
    [
        ("序号 | 项目内容 | 牵头单位 | 一季度目标 | 进展情况", "1 | 新增400台 | 区房管局 | 新增100台 | 新增81台", 3),
        ("序号 | 项目内容 | 牵头单位 | 上半年推进情况", "1 | 新增400台 | 区房管局 | 新增181台", 6),
        ("序号 | 项目内容 | 牵头单位 | 8月份目标 | 进展情况", "1 | 新增400台 | 区房管局 | 新增30台 | 新增81台", 8),
    ],
)
def test_period_words_in_headers(header, cells, month):
    report = load_report(io.StringIO(header + "\n" + cells + "\n"))
    assert report.month == month
    assert len(report.rows) == 1


@pytest.mark.parametrize(
    "column, verdicts, expected",
    [
        ("是否达序", ["是", "否", "是"], {"compared": 3}),
        ("备注", ["", "进度滞后", ""], {"compared": 1}),
    ],
)
def test_publisher_verdict_is_kept_and_compared(column, verdicts, expected):
    rows = [
        ("1", "新增400台", "区房管局", "新增30台", "新增81台"),
        ("2", "建设10个", "区商务委", "开展招标", "尚未启动"),
        ("3", "新建12家", "区民政局", "进场施工", "进场施工"),
    ]
    lines = [f"序号 | 项目内容 | 牵头单位 | 8月份目标 | 进展情况 | {column}"]
    lines += [" | ".join(r + (v,)) for r, v in zip(rows, verdicts)]
    report = load_report(io.StringIO("\n".join(lines) + "\n"))
    # 是否达序 is a verdict column; 备注 a remark, whose verdicts are kept too.
    assert report.columns.get("official", report.columns.get("remark")) == column
    assert [r.official for r in report.rows] == verdicts
    assert [dict(r.cells)[column] for r in report.rows] == verdicts
    agreement = score_report(report).agreement()
    assert agreement.compared == expected["compared"]
    assert 0 <= agreement.agreed <= agreement.compared
    assert agreement.compared - agreement.agreed == len(agreement.disagreements)


def test_agreement_without_verdict_column_compares_nothing():
    agreement = score_report(load_report(EXAMPLE)).agreement()
    assert agreement.compared == 0 and agreement.rate is None


# -- sub-rows and missing cells -------------------------------------------------------------------


_SUBROW_HEADER = "序号 | 项目内容 | 牵头单位 | 8月份目标 | 进展情况"
_SUBROW_EXPECTED = [
    {"no": "1", "project": "新增1000张床位", "lead": "区民政局", "target": "500", "actual": "600"},
    {"no": "1.2", "project": "新增800张护理型床位", "lead": "区民政局", "target": "400", "actual": "410"},
    {"no": "2", "project": "新建12家老年助餐服务场所", "lead": "区民政局", "target": "进场施工", "actual": "进场施工"},
]


def test_subrow_in_pipe_layout():
    text = "\n".join(
        [
            _SUBROW_HEADER,
            "1 | 新增1000张床位 | 区民政局 | 500 | 600",
            " | 新增800张护理型床位 | | 400 | 410",
            "2 | 新建12家老年助餐服务场所 | 区民政局 | 进场施工 | 进场施工",
        ]
    )
    report = load_report(io.StringIO(text))
    assert row_fields(report) == _SUBROW_EXPECTED
    assert report.rows[1].is_subrow and not report.rows[0].is_subrow
    assert report.warnings == ()


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "\n".join(
                [
                    "| " + _SUBROW_HEADER + " |",
                    "|---|---|---|---|---|",
                    "| 1 | 新增1000张床位 | 区民政局 | 500 | 600 |",
                    "| | 新增800张护理型床位 | | 400 | 410 |",
                    "| 2 | 新建12家老年助餐服务场所 | 区民政局 | 进场施工 | 进场施工 |",
                ]
            ),
            id="markdown",
        ),
        pytest.param(
            "序号,项目内容,牵头单位,8月份目标,进展情况\n"
            "1,新增1000张床位,区民政局,500,600\n"
            ",新增800张护理型床位,,400,410\n"
            "2,新建12家老年助餐服务场所,区民政局,进场施工,进场施工\n",
            id="csv",
        ),
    ],
)
def test_subrow_in_other_layouts(text):
    report = load_report(io.StringIO(text))
    assert row_fields(report) == _SUBROW_EXPECTED
    assert [r.is_subrow for r in report.rows] == [False, True, False]
    assert report.warnings == ()


def test_row_with_a_missing_cell_is_kept_with_a_warning():
    text = "\n".join(
        [
            "序号 | 项目内容 | 牵头单位 | 8月份目标 | 进展情况",
            "1 | 新增400台 | 区房管局 | 新增30台 | 新增81台",
            "2 | 建设10个 | 区商务委 | 开展招标",
            "3 | 新建12家 | 区民政局 | 进场施工 | 进场施工",
        ]
    )
    report = load_report(io.StringIO(text))
    assert [r.no for r in report.rows] == ["1", "2", "3"]
    row = report.rows[1]
    assert (row.project, row.lead, row.target, row.actual) == ("建设10个", "区商务委", "开展招标", "")
    assert len(report.warnings) == 1
    assert "进展情况" in report.warnings[0]


def test_cell_layout_with_a_missing_last_cell_warns(gold):
    """The original text cut just before the last cell: row 41 kept, a warning."""
    cut = TEXT[: TEXT.rindex("完成招标,合同签订,前期手续办理 8月20日进场施工。 |")]
    report = load_report(io.StringIO(cut))
    assert [r.no for r in report.rows] == [str(i) for i in range(1, 42)]
    assert report.rows[-1].actual == ""
    assert report.warnings


# -- errors -----------------------------------------------------------------------------


def test_no_progress_table_says_what_it_looked_for():
    with pytest.raises(ReportFormatError) as info:
        load_report(ROOT / "README.md")
    message = str(info.value)
    assert "README.md" in message
    assert "header" in message
    assert "目标" in message and "进展" in message  # header words looked for


def test_no_progress_table_in_a_stream():
    with pytest.raises(ReportFormatError, match="no progress table"):
        load_report(io.StringIO("2022年区政府实事项目8月份进展情况\n信息来源:区府督查室\n"))


def test_one_item_of_news_reporting_its_share_of_the_plan_is_a_report():
    # A news item on one programme (its starts, investment and share of the
    # year's plan) is a report of one row; one line of progress with no
    # share (a notice) is still refused.
    news = ("国资委重点工程建设成效明显\n"
            "前三季度,各出资企业开、复工项目52项,完成投资90.5亿元,完成年度投资计划的69%,重大投资项目总体进展顺利。\n")
    r = load_report(io.StringIO(news))
    assert len(r) == 1 and "完成年度投资计划的69%" in r.rows[0].actual
    with pytest.raises(ReportFormatError, match="no progress table"):
        load_report(io.StringIO("关于开展督查的通知\n1.各单位已完成自查。\n"))


NEWS_UNDER_HEADLINE = """盘点上半年民生工程最新进展 保障房下月开始选房
2013年08月31日 20:27
来源:金陵晚报
今年年初,市政府推出113个民生工程。市长指出,113个民生工程今年计划投资333亿元,上半年已经完成投资过半,各项工程进展顺利。
关键词:交通
10号线上半年已全线洞通
市长指出,今年上半年以来,地铁建设六线并进,在建里程达到210公里;10号线上半年已经实现全线洞通。
关键词:文化
老城南记忆馆9月开放
江宁织造府、六朝博物馆工程进展较快,展览陈列设计方案已经过专家论证;堂子街壁画艺术馆已完成。
"""


def test_the_paragraph_under_a_news_headline_is_read_as_news():
    # The headline is the page's, not a project; the paragraph under it is
    # not lost with it.
    rows = [(r.project, r.actual) for r in load_report(io.StringIO(NEWS_UNDER_HEADLINE)).rows]
    assert ("113个民生工程今年计划投资333亿元", "上半年已经完成投资过半,各项工程进展顺利。") in rows
    assert not any(p.startswith("盘点") for p, _ in rows)


def test_a_first_line_of_several_sentences_is_the_article_not_its_headline():
    text = ("2022年我省安排省重点建设项目1570个,年度计划投资9000亿元。1-10月,省重点项目完成投资8857.4亿元,完成进度98.4%。"
            "广州至湛江铁路、黄茅海跨海通道等在建项目推进顺利。\n")
    rows = [(r.project, r.actual) for r in load_report(io.StringIO(text)).rows]
    assert rows[0] == ("2022年我省安排省重点建设项目1570个,年度计划投资9000亿元", "1-10月,省重点项目完成投资8857.4亿元,完成进度98.4%。")


# A headline of two words, one ending in a verdict and one naming the
# programme, is no two-column header over the article below it; two header
# words alone still are one.
@pytest.mark.parametrize("text, fmt, rows", [
    ("泰山区基本完成 2019年为民办实事项目\n\n泰安日报 2019-12-11 07:26 大字\n\n今年年初,区委、区政府确定了2019年度为民办好的10件实事。\n\n"
     "其中,棚户区改造项目,6个项目2118套均已全部开工。\n\n“四好农村路”建设项目已完成。\n",
     "prose", [("棚户区改造项目", "6个项目2118套均已全部开工。"), ("“四好农村路”建设项目", "已完成。")]),
    ("项目名称 进展情况\n新建口袋公园3个 已建成2个\n改造老旧小区15个 已完工11个\n",
     "words", [("新建口袋公园3个", "已建成2个"), ("改造老旧小区15个", "已完工11个")]),
    ("项目 完成情况\n新建口袋公园3个 已建成2个\n改造老旧小区15个 已完工11个\n",
     "words", [("新建口袋公园3个", "已建成2个"), ("改造老旧小区15个", "已完工11个")]),
])
def test_a_two_word_headline_is_no_header(text, fmt, rows):
    report = load_report(io.StringIO(text))
    assert report.format == fmt
    assert [(r.project, r.actual) for r in report.rows] == rows


_PROJECT_WORDS = sorted(w for w, r in default_lexicon().headers.items() if r == "project" and " " not in w)
_PROGRESS_WORDS = sorted(w for w, r in default_lexicon().headers.items() if r == "actual" and " " not in w)


@given(st.sampled_from(_PROJECT_WORDS), st.sampled_from(_PROGRESS_WORDS),
       st.sampled_from(["泰山区", "城厢镇", "开发区"]), st.integers(2000, 2030))
@example("项目", "进度情况", "泰山区", 2000)  # found by this property: 项目进度 | 情况 was cut across the space
def test_property_two_header_words_are_a_header_and_a_headline_is_not(project, progress, place, year):
    # 项目 进度 joined is the one word 项目进度: a header word broken by a space.
    assume(project + progress not in default_lexicon().headers)
    table = load_report(io.StringIO(f"{project} {progress}\n新建口袋公园3个 已建成2个\n改造老旧小区15个 已完工11个\n"))
    assert table.format == "words" and [r.actual for r in table.rows] == ["已建成2个", "已完工11个"]
    article = load_report(io.StringIO(f"{place}基本完成 {year}年为民办实事项目\n\n泰安日报 {year}-12-11 07:26\n\n今年年初,区委确定了10件实事。\n\n"
                                      "其中,棚户区改造项目,6个项目均已全部开工。\n\n“四好农村路”建设项目已完成。\n"))
    assert article.format == "prose"


def _no_table_message(seed: str) -> str:
    code = (
        "import progress_nlp\n"
        "try:\n"
        "    progress_nlp.load_report('README.md')\n"
        "except progress_nlp.ReportFormatError as e:\n"
        "    print(e)\n"
    )
    env = dict(os.environ, PYTHONHASHSEED=seed, PYTHONIOENCODING="utf-8")
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True,
                          encoding="utf-8", check=True).stdout


def test_no_table_message_is_reproducible():
    assert _no_table_message("1") == _no_table_message("2")


def test_over_max_bytes(tmp_path):
    with pytest.raises(ReportTooLargeError, match="max_bytes"):
        load_report(EXAMPLE, max_bytes=1000)
    with pytest.raises(ReportTooLargeError):
        load_report(io.BytesIO(TEXT.encode("utf-8")), max_bytes=1000)
    with pytest.raises(ReportTooLargeError):
        load_report(io.StringIO(TEXT), max_bytes=1000)
    # a ReportTooLargeError is a ReportFormatError (and a ValueError)
    assert issubclass(ReportTooLargeError, ReportFormatError)
    assert issubclass(ReportFormatError, ValueError)
    # exactly at the limit is fine
    size = EXAMPLE.stat().st_size
    assert len(load_report(EXAMPLE, max_bytes=size)) == 41


def test_directory(tmp_path):
    with pytest.raises(IsADirectoryError):
        load_report(tmp_path)
    with pytest.raises(IsADirectoryError):
        load_report(str(ROOT / "examples"))


def test_missing_file(tmp_path):
    with pytest.raises(FileNotFoundError):
        load_report(tmp_path / "no-such-report.txt")


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(bytes(random.Random(0).randrange(256) for _ in range(4096)), id="random-bytes"),
        pytest.param(b"\x00\x01\x02\x03" * 512, id="nul-bytes"),
        pytest.param(b"\x81\x30\xff" * 200, id="not-utf8-nor-gb18030"),
        pytest.param(b"PK\x03\x04" + b"\x00" * 200, id="damaged-zip"),
        pytest.param(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, id="png"),
    ],
)
def test_binary_garbage(data, tmp_path):
    path = tmp_path / "garbage.txt"
    path.write_bytes(data)
    for source in (path, io.BytesIO(data)):
        with pytest.raises(ReportFormatError):
            load_report(source)


# -- hypothesis properties ------------------------------------------------------------------------


_PAD = st.text(alphabet=" \t", max_size=3)


@st.composite
def _messy_pipes(draw):
    """The pipe layout with extra spaces/tabs around cells, blank lines
    between rows and LF or CRLF line endings."""
    nl = draw(st.sampled_from(["\n", "\r\n"]))
    lines = [draw(_PAD) + TITLE + draw(_PAD)]
    for row in [HEADER] + gold_cells(GOLD):
        lines.append("|".join(draw(_PAD) + cell + draw(_PAD) for cell in row))
        lines.extend([draw(st.sampled_from(["", " ", "\t"]))] * draw(st.integers(0, 2)))
    return nl.join(lines) + nl


@st.composite
def _messy_cells(draw):
    """The original cell-per-line text with spaces/tabs around every line and
    its ` |`, blank lines between cells, and LF or CRLF line endings."""
    nl = draw(st.sampled_from(["\n", "\r\n"]))
    out = []
    for line in TEXT.splitlines():
        if line.endswith(" |"):
            line = draw(_PAD) + line[:-2] + draw(_PAD) + "|" + draw(_PAD)
        else:
            line = draw(_PAD) + line + draw(_PAD)
        out.append(line)
        out.extend([""] * draw(st.integers(0, 1)))
    return nl.join(out) + nl


@settings(max_examples=50, deadline=None)
@given(_messy_pipes())
def test_whitespace_loses_no_row_pipes(text):
    report = load_report(io.StringIO(text))
    assert report.format == "pipes"
    assert_same_rows(report, gold_fields(GOLD))
    assert report.month == 8 and report.title == TITLE
    assert report.warnings == ()


@settings(max_examples=50, deadline=None)
@given(_messy_cells())
def test_whitespace_loses_no_row_cells(text):
    report = load_report(io.StringIO(text))
    assert_same_rows(report, gold_fields(GOLD))
    assert report.month == 8 and report.title == TITLE
    assert report.meta["信息来源"] == "区府督查室"


@settings(max_examples=50, deadline=None)
@given(st.integers(min_value=0, max_value=len(TEXT)))
@example(0)
@example(TEXT.index("4\n|") + 2)  # inside the irregular row
@example(TEXT.index("新增81台,完工52台。") + 5)  # inside a cell
@example(TEXT.index("办\n" + TITLE))  # right after the table
@example(len(TEXT))
def test_truncation_never_drops_a_middle_row(cut):
    text = TEXT[:cut]
    try:
        report = load_report(io.StringIO(text))
    except ReportFormatError:
        return
    expected = gold_fields(GOLD)
    got = row_fields(report)
    nos = [r["no"] for r in got]
    assert nos == [e["no"] for e in expected[: len(nos)]], "rows are not a prefix of the gold rows"
    if not got:
        assert report.warnings, "a header without rows and no warning"
        return
    assert got[:-1] == expected[: len(got) - 1], "a row before the last one changed"
    if got[-1] != expected[len(got) - 1]:
        assert report.warnings, f"row {nos[-1]} changed without a warning"


# -- scoring ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def scored():
    return score_report(load_report(EXAMPLE))


def test_score_report_counts(scored, gold):
    assert len(scored) == 41
    assert [r.row.no for r in scored] == [g["no"] for g in gold]
    summary = scored.summary()
    assert summary.total == 41
    assert sum(summary.counts.values()) == 41
    assert set(summary.counts) <= set(Status)
    line = str(summary)
    assert line.startswith("共 41 项")
    for label in ("超序时", "按序时", "滞后", "受阻"):
        assert label in line
    d = summary.to_dict()
    assert sum(d["counts"].values()) == 41


def test_summary_by_lead(scored, gold):
    by_lead = scored.summary().by_lead
    assert "区交通委" in by_lead
    n = sum(1 for g in gold if "区交通委" in g["lead"])
    assert sum(by_lead["区交通委"].values()) == n > 0
    # every row counts at least once; a row with two leads counts for each
    assert sum(sum(c.values()) for c in by_lead.values()) >= 41


def test_filter_by_lead(scored, gold):
    only = scored.filter("交通委")
    assert len(only) == sum(1 for g in gold if "交通委" in g["lead"]) > 0
    assert all("交通委" in r.row.lead for r in only)
    assert only.summary().total == len(only)
    assert len(scored.filter("no such unit")) == 0


def test_to_json_round_trip(scored):
    doc = json.loads(scored.to_json())
    assert doc["title"] == TITLE and doc["month"] == 8 and doc["year"] == 2022
    assert len(doc["rows"]) == 41
    assert {r["status"] for r in doc["rows"]} <= STATUSES
    assert doc["summary"]["total"] == 41


def test_to_frame(scored, gold):
    pytest.importorskip("pandas")
    df = scored.to_frame()
    assert len(df) == 41
    assert "status" in df.columns
    assert set(df["status"]) <= STATUSES
    assert list(df["no"]) == [g["no"] for g in gold]


def _small_frame():
    pd = pytest.importorskip("pandas")
    return pd.DataFrame(
        {
            "任务": ["既有多层住宅加装电梯新增400台", "新增700个公共充电桩", "完成初设批复", None],
            "目标": ["新增30台", "累计新增450个", "完成初设批复。", "开展招标"],
            "进展": ["新增81台", "已累计完成576个", "已完成初设批复,前期招标手续办理中。", float("nan")],
            "月": [8, 8, 8, 8],
        }
    )


_ADDED = ["status", "basis", "ratio", "confidence", "needs_review", "reason"]


def test_score_frame_month_as_int_and_as_column():
    pd = pytest.importorskip("pandas")
    df = _small_frame()
    by_int = score_frame(df, target="目标", actual="进展", annual="任务", month=8)
    by_col = score_frame(df, target="目标", actual="进展", annual="任务", month="月")
    assert list(by_int.columns) == list(df.columns) + _ADDED
    assert len(by_int) == len(df)
    assert set(by_int["status"]) <= STATUSES
    assert by_int["status"].iloc[1] == "ahead"
    pd.testing.assert_frame_equal(by_int, by_col)
    # the input is not modified
    assert list(df.columns) == ["任务", "目标", "进展", "月"]


def test_score_frame_missing_column():
    df = _small_frame()
    with pytest.raises(KeyError, match="没有这列"):
        score_frame(df, target="没有这列", actual="进展")
    with pytest.raises(KeyError):
        score_frame(df, target="目标", actual="进展", annual="全年")
    with pytest.raises(KeyError):
        score_frame(df, target="目标", actual="进展", month="月份")


def test_dask_map_partitions_equals_pandas(gold):
    pd = pytest.importorskip("pandas")
    dask = pytest.importorskip("dask")
    dd = pytest.importorskip("dask.dataframe")
    df = pd.DataFrame(gold_cells(gold), columns=list(FIELDS))
    kwargs = dict(target="target", actual="actual", annual="project", month=8)
    expected = score_frame(df, **kwargs)
    meta = expected.iloc[:0]
    # dask turns object columns into pyarrow strings by default; compare like with like
    with dask.config.set({"dataframe.convert-string": False}):
        ddf = dd.from_pandas(df, npartitions=2)
        assert ddf.npartitions == 2
        result = ddf.map_partitions(score_frame, meta=meta, **kwargs).compute(scheduler="synchronous")
    pd.testing.assert_frame_equal(result, expected)


def test_a_row_with_nothing_to_compare_takes_the_publishers_verdict_and_says_so():
    import io as _io
    from progress_nlp import load_report as _load, score_report as _score

    text = ("2022年度民生实事项目完成情况通报\n"
            "序号 | 项目内容 | 年度完成情况 | 完成成效 | 责任单位 |\n"
            "1 | 新增2个乡镇建有托育机构 | 完成新增智仁乡和岭底乡建有托育机构。 | 完成任务 | 市卫健局 |\n"
            "2 | 新增托位1140个 | 新增托位1155个。 | 超额完成 | 市卫健局 |\n")
    scored = _score(_load(_io.StringIO(text)))
    first, second = scored.rows
    assert first.status.value == "on_track" and first.score.reason.startswith("进展无可比内容,按发布方结论(完成任务)")
    assert not first.score.needs_review
    assert second.score.basis == "pace"  # figures decide when there are figures
    # the borrowed verdict is not counted as agreeing with the publisher
    assert scored.agreement().compared == 1


def test_a_table_page_with_no_article_does_not_load_the_prose_reader():
    # The prose reader (and its patterns) is for pages of running text and
    # articles around tables; a table with a title over it must not pay for it.
    import subprocess
    import sys

    code = ("import sys, io; from progress_nlp import load_report\n"
            "load_report(io.StringIO('2024年区实事项目8月进展情况\\n序号 | 项目内容 | 进展情况\\n1 | 新增养老床位200张 | 已完成170张'))\n"
            "sys.exit('progress_nlp.readers.prose' in sys.modules)")
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0


# A page that is one project's form (its name, 目标任务:…, 完成情况:…) is a
# report of one row; the same text without the labels is a notice.
FORM = "北部防洪改造\n目标任务:新建闸站15座。\n完成情况:已建成闸站12座。\n"


@pytest.mark.parametrize("label", ["完成情况", "进展情况", "目前进展"])
def test_one_project_under_a_progress_label_is_a_report_of_one_row(label):
    report = load_report(io.StringIO(FORM.replace("完成情况", label)))
    assert report.format == "prose"
    assert [(r.project, r.actual) for r in report.rows] == [("新建闸站15座。", "已建成闸站12座。")]


@pytest.mark.parametrize("form", [FORM.replace("目标任务:", "").replace("完成情况:", ""), FORM.replace("完成情况", "备注")])
def test_one_project_without_a_progress_label_is_no_report(form):
    with pytest.raises(ReportFormatError):
        load_report(io.StringIO(form))


@pytest.mark.parametrize("stamp, month, year", [
    ("发布日期:2011-01-05", 12, 2010),   # January: the year before, at its end
    ("2011年1月5日 16:01", 12, 2010),    # so too when the date line gave the year
    ("发布日期:2011-07-05", 6, 2011),
    ("2016-08-09 00:00 大字", 7, 2016),
    # out in a month's last week: that month, nearly whole
    ("2024-12-27 09:58:23", 12, 2024),
    ("发布日期:2023-06-25", 6, 2023),
    ("发布日期:2023-06-24", 5, 2023),
    ("2011年1月28日 16:01", 1, 2011),
])
def test_with_no_period_stated_the_report_ends_the_month_before_it_came_out(stamp, month, year):
    report = load_report(io.StringIO(f"{FORM}{stamp}\n"))
    assert (report.month, report.year) == (month, year)
    assert any(f"taken as the end of month {month} of {year}" in w for w in report.warnings)


def test_a_row_that_states_its_own_period_is_scored_to_it():
    # The page's first period is 1-11月; the second row's figures are counted to 1-12月.
    page = ("2020年重点工作落实情况\n"
            "1.固定资产投资增长8%。1-11月固定资产投资同比增长6.3%。\n"
            "2.新增养老床位120张。1-12月份共新增养老床位120张。\n"
            "3.改造老旧小区24个。已完工22个。\n")
    report = load_report(io.StringIO(page))
    assert report.month == 11
    scored = {s.row.no: s.score for s in score_report(report)}
    assert scored["2"].status is Status.ON_TRACK  # 120 of 120 by December; ahead only by November
    assert "全年120张×12/12" in scored["2"].reason or "序时进度120张" in scored["2"].reason
    assert scored["3"].status is Status.ON_TRACK and "11/12" in scored["3"].reason  # the page's period


def test_names_sharing_figures_keep_the_page_words_and_are_scored_on_their_own():
    # 分别 hands each name its figure: actual is the page's words (the same
    # for all), assigned the row's part, and that part is what is scored.
    text = ("城区民生实事进展情况(截至6月底)\n"
            "一、总体进展。今年以来,各项民生实事有序推进。\n"
            "二、分项进展。法律援助、送戏下乡、老有所学行动等3项完成率分别达20%、50%、90%。\n")
    report = load_report(io.StringIO(text))
    rows = [r for r in report.rows if r.assigned]
    assert [r.project for r in rows] == ["法律援助", "送戏下乡", "老有所学行动"]
    assert {r.actual for r in rows} == {"等3项完成率分别达20%、50%、90%。"}
    assert [r.progress_text for r in rows] == ["完成率达20%。", "完成率达50%。", "完成率达90%。"]
    scored = score_report(report)
    status = {s.row.project: s.score.status for s in scored.rows}
    assert [status[p] for p in ("法律援助", "送戏下乡", "老有所学行动")] == [Status.BEHIND, Status.ON_TRACK, Status.AHEAD]
    assert [s.to_dict()["assigned"] for s in scored.rows if s.row.assigned] == ["完成率达20%。", "完成率达50%。", "完成率达90%。"]


def test_a_news_page_of_work_under_way_loads_with_the_month_before_its_stamp():
    # 正進行 / 正辦理 say work is going on (ongoing cues): two such items make a
    # report; the stamp 2021/10/14 05:30 gives the month before it.
    text = ("縣長施政報告 園區開發正在實現\n2021/10/14 05:30\n"
            "縣長說,東區產業園區後期部分正進行整地、排水、道路工程。南區科技園區由經濟部負責,正辦理開發許可。\n")
    report = load_report(io.StringIO(text))
    assert [(r.project, r.lead, r.actual) for r in report.rows] == [
        ("東區產業園區後期部分", "", "正進行整地、排水、道路工程。"), ("南區科技園區", "經濟部", "正辦理開發許可。")]
    assert (report.year, report.month) == (2021, 9)
    assert {s.score.status for s in score_report(report).rows} == {Status.ON_TRACK}


def test_a_page_on_a_programme_that_reports_one_quoted_task_is_a_report_of_one_row():
    text = ("高淳区逐项明确分管领导和联络员,确保每项工作有人管。截至一季度,39件民生实事已有26件开始实施,"
            "其中“防汛防台应急抢险装备物资采购”任务已圆满完成,并已全部配发至各相关镇街及部门。\n")
    rows = load_report(io.StringIO(text)).rows
    assert [(r.project, r.actual) for r in rows] == [("“防汛防台应急抢险装备物资采购”任务", "已圆满完成,并已全部配发至各相关镇街及部门。")]
    # a notice with one such line and no programme of practical projects stays no report
    with pytest.raises(ReportFormatError):
        load_report(io.StringIO("关于系统升级的通知\n其中“用户手册”任务已圆满完成。\n"))


def test_a_reply_on_one_public_work_is_a_report_of_one_row():
    # A reply to a deputy's proposal: its formula (已收悉,现答复如下) is no
    # progress; the one work it reports is a row.
    text = ("王凤民代表:\n您提出的关于加快大洼城区双桥街西段道路建设的建议已收悉,现答复如下:\n"
            "大洼城区双桥街西段凤山路至中华路大约2000米长路段,项目目前正在推进建设中,现涉及部分征地原因停止施工。\n")
    rows = load_report(io.StringIO(text)).rows
    assert [(r.project, r.actual) for r in rows] == [
        ("大洼城区双桥街西段凤山路至中华路大约2000米长路段", "项目目前正在推进建设中,现涉及部分征地原因停止施工。")]
    # one numbered line of anything else is still no report
    with pytest.raises(ReportFormatError):
        load_report(io.StringIO("使用说明\n1. 安装软件包后运行命令,已完成配置。\n"))
