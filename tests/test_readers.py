"""Table readers: HTML (standard library), .xlsx (openpyxl), .docx (python-docx).

Every input is built here, in memory or in tmp_path: HTML strings, workbooks
and documents written with the optional libraries, and hand-made hostile zips.
Tests that need an optional library skip cleanly without it.
"""

from __future__ import annotations

import builtins
import datetime
import io
import random
import re
import sys
import time
import zipfile

import pytest

from progress_nlp.errors import MissingExtraError, ReportFormatError, ReportTooLargeError, UnsafeFileError
from progress_nlp.readers.grid import Grid
from progress_nlp.readers.html import read_html
from progress_nlp.readers.office import read_docx, read_xlsx

TITLE = "2022年区政府实事项目8月份进展情况"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
S_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
QUICK = 5.0  # seconds: a hostile file must be refused long before it could do harm

BILLION_LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE lolz [\n<!ENTITY lol "lol">\n'
    + "".join(f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10 if i > 1 else "&lol;" * 10}">\n' for i in range(1, 10))
    + f']>\n<worksheet xmlns="{S_NS}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c>'
    "</row></sheetData></worksheet>"
)


@pytest.fixture
def openpyxl():
    return pytest.importorskip("openpyxl")


@pytest.fixture
def docx():
    return pytest.importorskip("docx")


# ------------------------------------------------------------------ helpers


def make_zip(members: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def replace_member(data: bytes, name: str, content: bytes) -> bytes:
    """A copy of a zip with one member's bytes replaced (or added)."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        members = {info.filename: archive.read(info) for info in archive.infolist()}
    members[name] = content
    return make_zip(members)


def refused_quickly(error: type[Exception], reader, data: bytes, **kwargs) -> pytest.ExceptionInfo:
    start = time.perf_counter()
    with pytest.raises(error) as info:
        reader(data, **kwargs)
    assert time.perf_counter() - start < QUICK
    return info


@pytest.fixture
def simple_xlsx(openpyxl, tmp_path) -> bytes:
    book = openpyxl.Workbook()
    book.active.append(["序号", "项目"])
    book.active.append([1, "加装电梯"])
    book.save(tmp_path / "simple.xlsx")
    return (tmp_path / "simple.xlsx").read_bytes()


@pytest.fixture
def simple_docx(docx, tmp_path) -> bytes:
    document = docx.Document()
    document.add_paragraph(TITLE)
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "序号", "项目"
    document.save(tmp_path / "simple.docx")
    return (tmp_path / "simple.docx").read_bytes()


def docx_with_body(simple_docx: bytes, body: str) -> bytes:
    xml = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{W_NS}"><w:body>{body}</w:body></w:document>'
    return replace_member(simple_docx, "word/document.xml", xml.encode())


def w_cell(text: str, props: str = "") -> str:
    return f"<w:tc><w:tcPr>{props}</w:tcPr><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:tc>"


# --------------------------------------------------------------------- HTML

REPORT_PAGE = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>实事项目进展</title>
<style>td {{ color: red }}</style><script>var x = "<table><tr><td>no</td></tr></table>";</script></head>
<body><div class="nav">首页 &gt; 政务公开</div>
<h1>{TITLE}</h1>
<div>发布机构：<span>宝山区发展改革委</span></div>
<table border="1">
  <tr><th rowspan="2">序号</th><th rowspan="2">项目</th><th colspan="2">进展</th></tr>
  <tr><th>目标</th><th>实际</th></tr>
  <tr><td rowspan="2">1</td><td>加装电梯</td><td>新增30台、<br>完工20台。</td><td>新增81台,&nbsp;完工52台。</td></tr>
  <tr><td>充电桩</td><td><p>计划</p><p>3个</p></td><td>正在   建设</td></tr>
</table>
<p>发布日期：2022-09-05</p><p>  </p><p>来源：区政府办公室</p>
</body></html>"""


def test_html_spans_copy_text_and_mark_merged():
    [grid] = read_html(REPORT_PAGE)
    assert grid.rows == [
        ["序号", "项目", "进展", "进展"],
        ["序号", "项目", "目标", "实际"],
        ["1", "加装电梯", "新增30台、 完工20台。", "新增81台, 完工52台。"],
        ["1", "充电桩", "计划 3个", "正在 建设"],
    ]
    assert grid.merged == {(0, 3), (1, 0), (1, 1), (3, 0)}
    assert grid.format == "html"


def test_html_page_text_before_and_after():
    [grid] = read_html(REPORT_PAGE)
    assert grid.before == ["实事项目进展", "首页 > 政务公开", TITLE, "发布机构：宝山区发展改革委"]
    assert grid.after == ["发布日期：2022-09-05", "来源：区政府办公室"]


def test_html_script_and_style_are_ignored():
    [grid] = read_html("<table><tr><td>a<script>b()</script><style>.c{}</style>d</td></tr></table>")
    assert grid.rows == [["ad"]]


def test_html_entities_are_decoded():
    [grid] = read_html("<table><tr><td>&lt;100&gt; &amp; &#x4E00;&#20108; &quot;x&quot; &copy</td></tr></table>")
    assert grid.rows == [['<100> & 一二 "x" ©']]


def test_html_nested_table_is_its_own_grid():
    page = """<p>标题</p><table><tr><td>外1</td><td>前
        <table><tr><td>内1</td><td>内2</td></tr><tr><td colspan="2">内3</td></tr></table>
        后</td></tr><tr><td>外2</td><td>外3</td></tr></table><p>结尾</p>"""
    outer, inner = read_html(page)
    assert outer.rows == [["外1", "前 后"], ["外2", "外3"]]
    assert outer.merged == set()
    assert inner.rows == [["内1", "内2"], ["内3", "内3"]]
    assert inner.merged == {(1, 1)}
    for grid in (outer, inner):
        assert grid.before == ["标题"] and grid.after == ["结尾"]


def test_html_text_between_tables():
    first, second = read_html("<p>题</p><table><tr><td>1</td></tr></table><p>中间</p><table><tr><td>2</td></tr></table><p>尾</p>")
    assert first.before == ["题"] and first.after == ["中间", "尾"]
    assert second.before == ["题", "中间"] and second.after == ["尾"]


def test_html_caption_ends_before():
    [grid] = read_html("<p>页</p><table><caption>表一 进展</caption><tr><td>1</td></tr></table>")
    assert grid.before == ["页", "表一 进展"]
    assert grid.rows == [["1"]]


def test_html_gbk_page_with_meta_charset():
    page = f'<html><head><meta charset="gbk"></head><body><h1>{TITLE}</h1><table><tr><td>新增81台</td></tr></table></body></html>'
    [grid] = read_html(page.encode("gbk"))
    assert grid.before == [TITLE]
    assert grid.rows == [["新增81台"]]


def test_html_http_equiv_gb2312_reads_gbk_characters():
    text = "陈喆"  # 喆 is in GBK but not in GB2312: pages labelled gb2312 use it anyway
    with pytest.raises(UnicodeEncodeError):
        text.encode("gb2312")
    page = f'<meta http-equiv="Content-Type" content="text/html; charset=gb2312"><table><tr><td>{text}</td></tr></table>'
    [grid] = read_html(page.encode("gbk"))
    assert grid.rows == [[text]]


@pytest.mark.parametrize("codec", ["utf-8-sig", "utf-16", "utf-16-be", "utf-32"])
def test_html_bom_decides_the_encoding(codec):
    page = f'<meta charset="gbk"><p>{TITLE}</p><table><tr><td>完工52台</td></tr></table>'
    data = page.encode(codec)
    if codec == "utf-16-be":
        data = b"\xfe\xff" + data
    [grid] = read_html(data)
    assert grid.before == [TITLE] and grid.rows == [["完工52台"]]


def test_html_str_input_with_bom():
    [grid] = read_html("\ufeff<table><tr><td>1</td></tr></table>")
    assert grid.rows == [["1"]]


def test_html_without_declaration_tries_utf8_then_gb18030():
    page = "<p>进展</p><table><tr><td>已完成</td></tr></table>"
    assert read_html(page.encode("utf-8"))[0].rows == [["已完成"]]
    assert read_html(page.encode("gb18030"))[0].rows == [["已完成"]]


def test_html_wrong_declaration_falls_back():
    page = '<meta charset="utf-8"><table><tr><td>已完成</td></tr></table>'
    assert read_html(page.encode("gbk"))[0].rows == [["已完成"]]


def test_html_undecodable_bytes_raise():
    with pytest.raises(ReportFormatError, match="cannot decode"):
        read_html(b"<table><tr><td>\x80\xff\xfe\x80</td></tr></table>")


def test_html_explicit_encoding():
    data = "<table><tr><td>進展</td></tr></table>".encode("big5")
    assert read_html(data, encoding="big5")[0].rows == [["進展"]]
    with pytest.raises(ReportFormatError, match="utf-8"):
        read_html("进展".encode("gbk"), encoding="utf-8")
    with pytest.raises(ReportFormatError, match="unknown encoding"):
        read_html(b"<p>x</p>", encoding="no-such-codec")


@pytest.mark.parametrize(
    "page, rows",
    [
        ("<table><tr><td>1<td>2<tr><td>3", [["1", "2"], ["3"]]),  # nothing closed
        ("<table><tr><td>1</td></td></tr></tr><td>2</table>", [["1"], ["2"]]),  # stray end tags
        ("</td></tr></table><table><td>1</table></table>", [["1"]]),  # end tags with nothing open
        ("<table><tr><td>a<p>b<div>c</table>", [["a b c"]]),
        ("<table><tr><td colspan=x rowspan=-1>1</td><td colspan=0>2</td></tr></table>", [["1", "2"]]),
        ("<table><tr><td>1</td></tr><![ if !supportLists]>x<![endif]></table>", [["1"]]),
        ('<table><tr><td class="a>1</td></tr></table>', None),
        ("<table><tr><td><script>unclosed", [[""]]),
    ],
)
def test_html_malformed_markup_does_not_raise(page, rows):
    grids = read_html(page)
    if rows is not None:
        assert grids[-1].rows == rows


def test_html_unterminated_construct_at_the_end_is_dropped():
    # A browser shows nothing of a comment or tag that runs to the end of the file.
    for tail in ("<!-- <p>x", '<a href="x', "</di"):
        [grid] = read_html(f"<table><tr><td>1</td></tr></table><p>A &amp B</p>{tail}")
        assert grid.after == ["A & B"]


@pytest.mark.parametrize("unit", ["<a ", "<!--", "</", "<![CDATA[x>", "<td>x"])
def test_html_unterminated_constructs_are_linear(unit):
    # The standard parser's close() is quadratic on these: 30 KB of "<a " took 20 s.
    start = time.perf_counter()
    read_html("<table><tr><td>" + unit * 50_000)
    assert time.perf_counter() - start < QUICK


def test_html_random_tag_soup_never_raises():
    tokens = [
        "<table>", "</table>", "<tr>", "</tr>", "<td>", "</td>", "<th colspan=3>", "<td rowspan=2>", "<td rowspan=0>",
        "<p>", "</p>", "<br>", "</br>", "<script>", "</script>", "<style>", "<![", "<!--", "-->", "&amp;", "&#", "&#x",
        "<", ">", "text", "中文", "<caption>", "</caption>", "<tbody>", "</thead>", '"', "'", "<meta charset=gbk>", "<!DOCTYPE",
        "<td colspan=999999999>", "\x00", "\u3000",
    ]
    rng = random.Random(20220905)
    for _ in range(500):
        page = "".join(rng.choice(tokens) for _ in range(rng.randrange(60)))
        for grid in read_html(page):
            assert isinstance(grid, Grid)
            assert all(isinstance(cell, str) for row in grid.rows for cell in row)


def test_html_spans_are_clamped():
    [grid] = read_html('<table><tr><td colspan="99999" rowspan="99999">x</td></tr><tr></tr></table>')
    assert len(grid.rows) == 2  # rowspan stops at the last row
    assert len(grid.rows[0]) == 1000  # HTML caps colspan at 1000
    assert grid.rows[1] == ["x"] * 1000


def test_html_span_bomb_is_refused():
    page = "<table>" + '<tr><td rowspan="65534" colspan="1000">x</td></tr>' * 3000 + "</table>"
    refused_quickly(ReportTooLargeError, read_html, page)


# --------------------------------------------------------------------- xlsx


def report_workbook(openpyxl):
    """A report sheet with a blank margin row and column, as offices publish them."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "8月"
    sheet["B2"] = TITLE
    sheet.merge_cells("B2:H2")
    sheet["B3"] = "填报单位：区发展改革委"
    sheet.append([])
    for r, row in enumerate(
        [
            ["序号", "项目", "牵头单位", "目标", "实际", "完成率", "更新日期"],
            [1, "加装电梯", "区房管局", 800, 810.0, 1.01, datetime.datetime(2022, 8, 31)],
            [None, "充电桩", None, 50, 14.5, 0.29, None],
        ],
        start=4,
    ):
        for c, value in enumerate(row, start=2):
            sheet.cell(row=r, column=c, value=value)
    sheet["G5"].number_format = sheet["G6"].number_format = "0%"
    sheet["H5"].number_format = "yyyy-mm-dd"
    sheet.merge_cells("B5:B6")
    sheet.merge_cells("D5:D6")
    return book


def test_xlsx_report_sheet(openpyxl, tmp_path):
    report_workbook(openpyxl).save(tmp_path / "report.xlsx")
    [grid] = read_xlsx((tmp_path / "report.xlsx").read_bytes())
    assert grid.format == "xlsx"
    assert grid.before == [TITLE, "填报单位：区发展改革委"]
    assert grid.after == []
    assert grid.rows == [
        ["序号", "项目", "牵头单位", "目标", "实际", "完成率", "更新日期"],
        ["1", "加装电梯", "区房管局", "800", "810", "101%", "2022-08-31"],
        ["1", "充电桩", "区房管局", "50", "14.5", "29%"],
    ]
    assert grid.merged == {(2, 0), (2, 2)}


def test_xlsx_one_grid_per_sheet_with_cells(openpyxl, tmp_path):
    book = openpyxl.Workbook()
    book.active.title = "空"
    for title, value in (("一", "甲"), ("二", "乙")):
        sheet = book.create_sheet(title)
        sheet.append(["项目", value])
    book.save(tmp_path / "sheets.xlsx")
    grids = read_xlsx((tmp_path / "sheets.xlsx").read_bytes())
    assert [grid.rows for grid in grids] == [[["项目", "甲"]], [["项目", "乙"]]]


def test_xlsx_far_away_cell_is_not_a_huge_grid(openpyxl, tmp_path):
    book = openpyxl.Workbook()
    book.active.append(["序号", "项目"])
    book.active.cell(row=1048576, column=16384, value="远")
    book.save(tmp_path / "far.xlsx")
    start = time.perf_counter()
    [grid] = read_xlsx((tmp_path / "far.xlsx").read_bytes())
    assert time.perf_counter() - start < QUICK
    assert grid.rows == [["序号", "项目"], ["", "", "远"]]


@pytest.mark.parametrize("ref", ["A1:XFD1048576", "A1:XFD&#49;048576", "A:XFD"])
def test_xlsx_merged_range_bomb_is_refused(simple_xlsx, ref):
    sheet = (
        f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{S_NS}"><sheetData>'
        '<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row></sheetData>'
        f'<mergeCells count="1"><mergeCell ref="{ref}"/></mergeCells></worksheet>'
    )
    data = replace_member(simple_xlsx, "xl/worksheets/sheet1.xml", sheet.encode())
    info = refused_quickly(UnsafeFileError, read_xlsx, data)
    assert "merged" in str(info.value)


@pytest.mark.parametrize("declared, codec", [("UTF-16", "utf-16"), ("UTF-16", "utf-8"), ("GBK", "gbk"), ("ISO-8859-1", "latin-1")])
def test_xlsx_merge_bomb_is_found_in_any_encoding_and_root(simple_xlsx, declared, codec):
    # openpyxl acts on <mergeCell> whatever the root element is called. Where
    # its parser (expat) cannot read the encoding, loading fails instead.
    sheet = (
        f'<?xml version="1.0" encoding="{declared}"?><其他 xmlns="{S_NS}"><sheetData/>'
        '<mergeCells><mergeCell ref="A1:XFD1048576"/></mergeCells></其他>'
    )
    if codec == "latin-1":
        sheet = sheet.replace("其他", "Þ")
    data = replace_member(simple_xlsx, "xl/worksheets/sheet1.xml", sheet.encode(codec))
    refused_quickly(ReportFormatError, read_xlsx, data)  # UnsafeFileError is a ReportFormatError


def test_xlsx_hyperlink_range_bomb_is_refused(simple_xlsx):
    # openpyxl gives every cell of a hyperlink's range its own copy of the link.
    sheet = (
        f'<?xml version="1.0"?><worksheet xmlns="{S_NS}"><sheetData/>'
        '<hyperlinks><hyperlink ref="A1:XFD1048576" location="Sheet!A1"/></hyperlinks></worksheet>'
    )
    data = replace_member(simple_xlsx, "xl/worksheets/sheet1.xml", sheet.encode())
    refused_quickly(UnsafeFileError, read_xlsx, data)


def test_xlsx_links_times_merges_is_capped(simple_xlsx):
    # openpyxl matches each hyperlink on a merged cell against every merged range: quadratic.
    merges = "".join(f'<mergeCell ref="A{2 * i + 1}:A{2 * i + 2}"/>' for i in range(3000))
    links = "".join(f'<hyperlink ref="A{2 * i + 2}" location="Sheet!A1"/>' for i in range(3000))
    sheet = f'<?xml version="1.0"?><worksheet xmlns="{S_NS}"><sheetData/><mergeCells>{merges}</mergeCells><hyperlinks>{links}</hyperlinks></worksheet>'
    data = replace_member(simple_xlsx, "xl/worksheets/sheet1.xml", sheet.encode())
    refused_quickly(UnsafeFileError, read_xlsx, data)


@pytest.mark.parametrize("codec", ["utf-8", "utf-16"])
def test_xlsx_billion_laughs_is_refused(simple_xlsx, codec):
    xml = BILLION_LAUGHS if codec == "utf-8" else BILLION_LAUGHS.replace('version="1.0"', 'version="1.0" encoding="UTF-16"')
    data = replace_member(simple_xlsx, "xl/worksheets/sheet1.xml", xml.encode(codec))
    info = refused_quickly(UnsafeFileError, read_xlsx, data)
    assert "DTD" in str(info.value)


@pytest.mark.parametrize("member", ["[Content_Types].xml", "_rels/.rels", "xl/renamed-part.bin"])
def test_xlsx_dtd_in_any_xml_member_is_refused(simple_xlsx, member):
    xml = '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>'
    refused_quickly(UnsafeFileError, read_xlsx, replace_member(simple_xlsx, member, xml.encode()))


def test_xlsx_dtd_hidden_after_a_long_prolog_is_refused(simple_xlsx):
    xml = '<?xml version="1.0"?><!--' + "padding " * 10_000 + "-->" + BILLION_LAUGHS.split("?>", 1)[1]
    data = replace_member(simple_xlsx, "xl/worksheets/sheet1.xml", xml.encode())
    info = refused_quickly(UnsafeFileError, read_xlsx, data)
    assert "root element" in str(info.value)


def test_xlsx_corrupt_sheet_xml_is_a_format_error(simple_xlsx):
    data = replace_member(simple_xlsx, "xl/worksheets/sheet1.xml", b"<worksheet><sheetData><row>")
    with pytest.raises(ReportFormatError) as info:
        read_xlsx(data)
    assert type(info.value) is ReportFormatError and "\n" not in str(info.value)


def test_xlsx_reader_refuses_a_docx(simple_docx, openpyxl):
    with pytest.raises(ReportFormatError, match=r"\.xlsx") as info:
        read_xlsx(simple_docx)
    assert type(info.value) is ReportFormatError


def test_xlsx_max_unpacked(simple_xlsx):
    with pytest.raises(UnsafeFileError, match="unpacks to more than 1000 bytes"):
        read_xlsx(simple_xlsx, max_unpacked=1000)


# --------------------------------------------------------------------- docx


def test_docx_tables_merges_and_page_text(docx, tmp_path):
    document = docx.Document()
    document.add_heading(TITLE, level=1)
    document.add_paragraph("宝山区发展改革委")
    table = document.add_table(rows=4, cols=4)
    texts = [["序号", "项目", "进展", ""], ["", "", "目标", "实际"], ["1", "加装电梯", "新增30台", "新增81台"], ["", "充电桩", "计划3个", "正在建设"]]
    for r, row in enumerate(texts):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    table.cell(0, 0).merge(table.cell(1, 0)).text = "序号"
    table.cell(0, 1).merge(table.cell(1, 1)).text = "项目"
    table.cell(0, 2).merge(table.cell(0, 3)).text = "进展"
    table.cell(2, 0).merge(table.cell(3, 0)).text = "1"
    inner = table.cell(3, 3).add_table(rows=1, cols=2)
    inner.cell(0, 0).text, inner.cell(0, 1).text = "子项", "完成"
    document.add_paragraph("2022年9月5日")
    document.save(tmp_path / "report.docx")

    outer, nested = read_docx((tmp_path / "report.docx").read_bytes())
    assert outer.rows == [
        ["序号", "项目", "进展", "进展"],
        ["序号", "项目", "目标", "实际"],
        ["1", "加装电梯", "新增30台", "新增81台"],
        ["1", "充电桩", "计划3个", "正在建设"],
    ]
    assert outer.merged == {(0, 3), (1, 0), (1, 1), (3, 0)}
    assert nested.rows == [["子项", "完成"]] and nested.merged == set()
    for grid in (outer, nested):
        assert grid.before == [TITLE, "宝山区发展改革委"]
        assert grid.after == ["2022年9月5日"]
        assert grid.format == "docx"


def test_docx_text_between_tables(docx, tmp_path):
    document = docx.Document()
    document.add_paragraph("题")
    document.add_table(rows=1, cols=1).cell(0, 0).text = "1"
    document.add_paragraph("")
    document.add_paragraph("中间")
    document.add_table(rows=1, cols=1).cell(0, 0).text = "2"
    document.save(tmp_path / "two.docx")
    first, second = read_docx((tmp_path / "two.docx").read_bytes())
    assert (first.before, first.after) == (["题"], ["中间"])
    assert (second.before, second.after) == (["题", "中间"], [])


def test_docx_cell_paragraphs_tabs_and_hyperlinks(simple_docx):
    cell = (
        "<w:tc><w:p><w:r><w:t>新增</w:t></w:r><w:r><w:tab/><w:t>81台</w:t></w:r></w:p>"
        '<w:p><w:hyperlink><w:r><w:t>完工</w:t></w:r></w:hyperlink><w:ins><w:r><w:t>52台</w:t></w:r></w:ins>'
        "<w:del><w:r><w:delText>删去</w:delText></w:r></w:del></w:p></w:tc>"
    )
    [grid] = read_docx(docx_with_body(simple_docx, f"<w:tbl><w:tr>{cell}</w:tr></w:tbl>"))
    assert grid.rows == [["新增 81台 完工52台"]]


def test_docx_long_vertical_merge(simple_docx):
    restart = w_cell("1", '<w:vMerge w:val="restart"/>')
    rows = [f"<w:tr>{restart}{w_cell('行0')}</w:tr>"]
    rows += [f"<w:tr>{w_cell('', '<w:vMerge/>')}{w_cell(f'行{i}')}</w:tr>" for i in range(1, 1500)]
    [grid] = read_docx(docx_with_body(simple_docx, f"<w:tbl>{''.join(rows)}</w:tbl>"))
    assert grid.rows[1499] == ["1", "行1499"]
    assert grid.merged == {(r, 0) for r in range(1, 1500)}


def test_docx_grid_span_is_clamped(simple_docx):
    wide = w_cell("x", '<w:gridSpan w:val="999999999"/>')
    row = f"<w:tr>{wide}</w:tr>"
    [grid] = read_docx(docx_with_body(simple_docx, f"<w:tbl>{row}</w:tbl>"))
    assert grid.rows == [["x"] * 1000]
    refused_quickly(ReportTooLargeError, read_docx, docx_with_body(simple_docx, f"<w:tbl>{row * 3000}</w:tbl>"))


def test_docx_dtd_is_refused(simple_docx):
    xml = BILLION_LAUGHS.replace("<worksheet", f'<w:document xmlns:w="{W_NS}"><w:body/></w:document><x').replace("</worksheet>", "</x>")
    info = refused_quickly(UnsafeFileError, read_docx, replace_member(simple_docx, "word/document.xml", xml.encode()))
    assert "DTD" in str(info.value)


def test_docx_corrupt_document_xml_is_a_format_error(simple_docx):
    with pytest.raises(ReportFormatError) as info:
        read_docx(replace_member(simple_docx, "word/document.xml", b"<w:document><w:body>"))
    assert type(info.value) is ReportFormatError and "\n" not in str(info.value)


def test_docx_reader_refuses_an_xlsx(simple_xlsx, docx):
    with pytest.raises(ReportFormatError, match=r"\.docx"):
        read_docx(simple_xlsx)


# ------------------------------------------------------- archive safety (both)


@pytest.fixture(params=["xlsx", "docx"])
def reader(request):
    pytest.importorskip("openpyxl" if request.param == "xlsx" else "docx")
    return {"xlsx": read_xlsx, "docx": read_docx}[request.param]


@pytest.fixture(scope="module")
def zip_bomb() -> bytes:
    """50 MB of zeros in one member: about 50 KB compressed."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("xl/media/zeros.bin", "w") as member:
            block = bytes(2**20)
            for _ in range(50):
                member.write(block)
    return buffer.getvalue()


def test_zip_bomb_is_refused(reader, zip_bomb):
    assert len(zip_bomb) < 2**20
    info = refused_quickly(UnsafeFileError, reader, zip_bomb)
    assert "zip bomb" in str(info.value)


@pytest.mark.parametrize("name", ["../evil", "word/../../evil.xml", "/etc/passwd", "C:/evil", "\\evil"])
def test_path_tricks_are_refused(reader, name):
    data = make_zip({"[Content_Types].xml": b"<Types/>", name: b"x"})
    with pytest.raises(UnsafeFileError, match="unsafe member name"):
        reader(data)


@pytest.mark.parametrize("data", [b"", b"not a zip at all", "序号,项目\n1,加装电梯".encode(), b"<html><table></table></html>"])
def test_not_a_zip_is_a_format_error(reader, data):
    kind = ".xlsx" if reader is read_xlsx else ".docx"
    with pytest.raises(ReportFormatError, match=f"not a valid \\{kind} file") as info:
        reader(data)
    assert not isinstance(info.value, UnsafeFileError)


def test_legacy_office_file_is_named(reader):
    with pytest.raises(ReportFormatError, match="legacy"):
        reader(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512))


def test_truncated_zip_is_a_format_error(reader, simple_xlsx):
    with pytest.raises(ReportFormatError, match="not a valid"):
        reader(simple_xlsx[: len(simple_xlsx) // 2])


def test_corrupt_member_data_is_a_format_error(reader, simple_xlsx):
    data = bytearray(simple_xlsx)
    with zipfile.ZipFile(io.BytesIO(simple_xlsx)) as archive:
        info = archive.getinfo("xl/worksheets/sheet1.xml")
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    data[start : start + info.compress_size] = bytes(b ^ 0x5A for b in data[start : start + info.compress_size])
    with pytest.raises(ReportFormatError) as excinfo:
        reader(bytes(data))
    assert type(excinfo.value) is ReportFormatError


def test_too_many_members_are_refused(reader):
    data = make_zip({f"m{i}.txt": b"" for i in range(10_001)}, zipfile.ZIP_STORED)
    with pytest.raises(UnsafeFileError, match="10001 members"):
        reader(data)


# ----------------------------------------------------------- missing extras


@pytest.mark.parametrize("reader_fn, module, extra", [(read_xlsx, "openpyxl", "xlsx"), (read_docx, "docx", "docx")])
@pytest.mark.parametrize("how", ["sys.modules", "__import__"])
def test_missing_extra_names_the_extra(monkeypatch, reader_fn, module, extra, how):
    if how == "sys.modules":
        monkeypatch.setitem(sys.modules, module, None)  # makes `import module` raise ImportError
    else:
        real_import = builtins.__import__

        def fake_import(name, *args, **kwargs):
            if name.split(".")[0] == module:
                raise ImportError(f"No module named {name!r}")
            return real_import(name, *args, **kwargs)

        monkeypatch.setattr(builtins, "__import__", fake_import)
    with pytest.raises(MissingExtraError, match=re.escape(f'pip install "progress-nlp[{extra}]"')) as info:
        reader_fn(b"PK\x05\x06" + bytes(18))
    assert isinstance(info.value, ImportError)



# What a table cell holds decides the column it may go to: a lead unit with
# a bracket inside (各县(市、区)政府), a due date as schedules write it.
@pytest.mark.parametrize("cell, kind", [
    ("市人社局 市财政局 各县(市、区)政府", "org"),
    ("各县(市、区)政府", "org"),
    ("县教育局、县财政局", "org"),
    # co-operatives and township stations lead too; building one is a task
    ("区供销联社", "org"),
    ("镇农机站、镇司法所", "org"),
    ("新建农村公交站", "text"),
    ("建设(改造)中心项目推进", "text"),
    ("计划5月底完成", "date"),
    ("计划9月初完成。", "date"),
    ("12月底前", "date"),
    ("预计5月底完成主体工程", "report"),
    # a phone number is as long as prose but never progress
    ("监督电话0535-8246306", "phone"),
    ("0571-87654321", "phone"),
    ("联系电话:13812345678", "phone"),
    ("电话回访满意率98%", "text"),
])
def test_cell_kinds(cell, kind):
    from progress_nlp import default_lexicon
    from progress_nlp.readers.align import cell_kind
    assert cell_kind(cell, default_lexicon()) == kind
