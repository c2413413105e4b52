"""The PDF reader (pdfplumber): ruled tables, text tables, prose, refusals.

Every PDF is made here with reportlab, in memory. Chinese text uses
reportlab's built-in CID font STSong-Light: the PDF names Adobe's standard
GB1 font and its UniGB-UCS2-H encoding instead of embedding a font file, and
pdfminer maps those codes back to Unicode with the CMaps it ships, so the
text round-trips with no font installed on the machine
(:func:`test_cid_font_round_trips` checks that first).
"""

from __future__ import annotations

import io
import os
import re
import sys

import pytest

pytest.importorskip("pdfplumber")
pytest.importorskip("reportlab")

from reportlab.lib import pdfencrypt  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.utils import ImageReader  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.cidfonts import UnicodeCIDFont  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle  # noqa: E402

from progress_nlp.errors import MissingExtraError, ReportFormatError, ReportTooLargeError  # noqa: E402
from progress_nlp.readers.pdf import read_pdf  # noqa: E402
from progress_nlp.readers.text import sniff  # noqa: E402

FONT = "STSong-Light"
# Debian's fonts-wqy-microhei (installed by .ci/run with chromium): a TrueType
# font that reportlab embeds as a subset with a ToUnicode map, as Word does.
WQY = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
pdfmetrics.registerFont(UnicodeCIDFont(FONT))
STYLE = ParagraphStyle("zh", fontName=FONT, fontSize=12, leading=16)
TITLE = "2022年区政府实事项目8月份进展情况"
NOTE = "注：进展情况截至8月31日。"
HEADER = ["序号", "项目名称", "牵头单位", "进展\n情况"]
# A small progress table, as cell texts.
ROWS = [
    ["序号", "项目名称", "牵头单位", "进展情况"],
    ["1", "新增养老床位200张", "区民政局", "已完成150张"],
    ["2", "改造老旧小区3个", "区住建委", "完成2个"],
]
RULED = [("FONT", (0, 0), (-1, -1), FONT, 10), ("GRID", (0, 0), (-1, -1), 0.5, "black")]


# ---------------------------------------------------------------- makers


def page_numbers(total: int):
    """An onPage callback drawing a 第N页 共M页 header and a - N - footer."""

    def draw(c: canvas.Canvas, doc) -> None:
        c.saveState()
        c.setFont(FONT, 9)
        c.drawCentredString(A4[0] / 2, A4[1] - 30, f"第{doc.page}页 共{total}页")
        c.drawCentredString(A4[0] / 2, 30, f"- {doc.page} -")
        c.restoreState()

    return draw


def document(flowables: list, *, total: int = 1) -> bytes:
    """A PDF laid out by platypus, with page numbers at the top and bottom of every page."""
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4)
    numbers = page_numbers(total)
    doc.build(flowables, onFirstPage=numbers, onLaterPages=numbers)
    return buffer.getvalue()


def ruled(rows: list[list[str]], *styles, repeat: int = 0) -> Table:
    table = Table(rows, repeatRows=repeat)
    table.setStyle(TableStyle(RULED + list(styles)))
    return table


def drawn(pages: list[list[tuple[float, float, str]]], **options) -> bytes:
    """A PDF of strings drawn at (x, y) points, one list per page."""
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=A4, **options)
    for page in pages:
        c.setFont(FONT, 12)
        for x, y, text in page:
            c.drawString(x, y, text)
        c.showPage()
    c.save()
    return buffer.getvalue()


def numbered_rows(first: int, last: int) -> list[list[str]]:
    return [[str(n), f"新建社区食堂{n}个", "区民政局", f"已完成{n}个"] for n in range(first, last + 1)]


def page_count(data: bytes) -> int:
    import pdfplumber

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return len(pdf.pages)


# ---------------------------------------------------------------- the font


def test_cid_font_round_trips():
    import pdfplumber

    data = drawn([[(72, 700, "1.新增养老床位200张。目前已完成150张。")]])
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        assert pdf.pages[0].extract_text() == "1.新增养老床位200张。目前已完成150张。"


@pytest.mark.parametrize("protected", [False, True], ids=["plain", "copy-protected"])
def test_embedded_truetype_font_round_trips(protected):
    if not os.path.exists(WQY):
        pytest.skip(f"{WQY} is not installed (apt-get install fonts-wqy-microhei)")
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont("WQY", WQY, subfontIndex=0))
    buffer = io.BytesIO()
    protection = pdfencrypt.StandardEncryption("", ownerPassword="owner", canCopy=0) if protected else None
    c = canvas.Canvas(buffer, pagesize=A4, encrypt=protection)
    c.setFont("WQY", 12)
    c.drawString(72, 700, "1.新增养老床位200张。目前已完成150张。")
    c.showPage()
    c.save()
    assert read_pdf(buffer.getvalue()) == ([], "1.新增养老床位200张。目前已完成150张。")


# ---------------------------------------------------------------- ruled tables


def test_ruled_table_with_merged_cells():
    rows = [
        HEADER,
        ["1", "新增养老床位200张", "区民政局", "已完成150张"],
        ["", "改造老旧小区3个", "", "完成2个"],
        ["2", "Phase one\nproject", "区住建委", "完成80%"],
    ]
    # 序号 and 牵头单位 of project 1 are merged over its two rows.
    table = ruled(rows, ("SPAN", (0, 1), (0, 2)), ("SPAN", (2, 1), (2, 2)))
    grids, text = read_pdf(document([Paragraph(TITLE, STYLE), table, Paragraph(NOTE, STYLE)]))

    assert len(grids) == 1
    grid = grids[0]
    assert grid.format == "pdf"
    assert grid.rows == [
        ["序号", "项目名称", "牵头单位", "进展情况"],
        ["1", "新增养老床位200张", "区民政局", "已完成150张"],
        ["1", "改造老旧小区3个", "区民政局", "完成2个"],
        ["2", "Phase one project", "区住建委", "完成80%"],
    ]
    assert grid.merged == {(2, 0), (2, 2)}
    assert grid.before == [TITLE]
    assert grid.after == [NOTE]
    assert text.splitlines() == [TITLE, NOTE]  # the table's words are not page text


def test_column_span_is_recorded():
    rows = [
        ["序号", "项目名称", "完成情况", ""],
        ["", "", "数量", "比例"],
        ["1", "新增养老床位", "150张", "75%"],
    ]
    table = ruled(rows, ("SPAN", (2, 0), (3, 0)), ("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (1, 1)))
    [grid], _ = read_pdf(document([table]))
    assert grid.rows == [
        ["序号", "项目名称", "完成情况", "完成情况"],
        ["序号", "项目名称", "数量", "比例"],
        ["1", "新增养老床位", "150张", "75%"],
    ]
    assert grid.merged == {(0, 3), (1, 0), (1, 1)}


def test_table_over_two_pages_is_one_grid():
    data = document([Paragraph(TITLE, STYLE), ruled([HEADER] + numbered_rows(1, 60))], total=2)
    assert page_count(data) == 2

    grids, text = read_pdf(data)

    assert len(grids) == 1
    rows = grids[0].rows
    assert rows[0] == ["序号", "项目名称", "牵头单位", "进展情况"]
    assert [row[0] for row in rows[1:]] == [str(n) for n in range(1, 61)]
    assert rows[-1] == ["60", "新建社区食堂60个", "区民政局", "已完成60个"]
    assert grids[0].before == [TITLE] and grids[0].after == []
    assert text == TITLE  # no 第1页 共2页, no - 1 -


def test_repeated_header_row_is_dropped():
    data = document([ruled([HEADER] + numbered_rows(1, 60), repeat=1)], total=2)
    assert page_count(data) == 2

    [grid], _ = read_pdf(data)

    assert [row[0] for row in grid.rows] == ["序号"] + [str(n) for n in range(1, 61)]


def test_tables_on_consecutive_pages_stay_apart():
    first = ruled([HEADER] + numbered_rows(1, 3))
    second = ruled([HEADER] + numbered_rows(1, 2))
    grids, _ = read_pdf(document([first, PageBreak(), second], total=2))
    assert [len(grid.rows) for grid in grids] == [4, 3]


def test_a_frame_is_not_a_table():
    """A box around text (one column) is not a table; its text stays page text."""
    boxed = Table([["本期无新增项目。"]])
    boxed.setStyle(TableStyle(RULED))
    grids, text = read_pdf(document([Paragraph(TITLE, STYLE), boxed]))
    assert grids == []
    assert text.splitlines() == [TITLE, "本期无新增项目。"]


# ---------------------------------------------------------------- page text


def test_text_table_keeps_its_columns():
    columns = (72, 120, 290, 400)
    items = [(72, 760, TITLE)]
    for i, row in enumerate(ROWS):
        items += [(x, 720 - 24 * i, cell) for x, cell in zip(columns, row, strict=True)]

    grids, text = read_pdf(drawn([items]))

    assert grids == []
    lines = text.splitlines()
    assert lines[0] == TITLE
    assert [re.split(r" {2,}", line) for line in lines[1:]] == ROWS
    assert sniff(text) == "columns"


def test_table_with_only_horizontal_rules_is_page_text():
    """A 三线表 (rules above and below, none between columns) has no cells: its
    text is page text, columns an em of cell padding apart kept apart."""
    table = Table(ROWS)
    rules = [
        ("LINEABOVE", (0, 0), (-1, 0), 1, "black"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.5, "black"),
        ("LINEBELOW", (0, -1), (-1, -1), 1, "black"),
    ]
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), FONT, 10)] + rules))
    grids, text = read_pdf(document([Paragraph(TITLE, STYLE), table]))
    assert grids == []
    assert [re.split(r" {2,}", line) for line in text.splitlines()] == [[TITLE]] + ROWS


def test_prose_report_lines_in_order():
    lines = [
        TITLE,
        "1.新增养老床位200张。目前已完成150张。",
        "2.改造老旧小区3个。目前已完成2个，第3个正在施工。",
        "3.新建 PM2.5 监测站2个。已全部建成。",
        "共3个项目，其中1个已完成。",
        "附件\u30002022年实事项目表",  # one full-width space between words: not a column gap
    ]
    grids, text = read_pdf(drawn([[(72, 760 - 20 * i, line) for i, line in enumerate(lines)]]))
    assert grids == []
    assert text.splitlines() == lines[:-1] + ["附件 2022年实事项目表"]


def test_page_number_lines_are_removed():
    body = ["1.新增养老床位200张。", "3", "2.改造老旧小区3个。"]
    pages = []
    for n, footer in enumerate(("- 1 -", "2/10", "第3页"), start=1):
        items = [(280, 800, f"第{n}页 共3页")] + [(72, 760 - 20 * i, line) for i, line in enumerate(body)]
        pages.append(items + [(290, 30, footer)])

    _, text = read_pdf(drawn(pages))

    # The lone 3 in the middle of a page is body text, not a page number.
    assert text.splitlines() == body * 3


# ---------------------------------------------------------------- refusals


def test_password_protected_pdf_is_refused():
    with pytest.raises(ReportFormatError, match="password") as caught:
        read_pdf(drawn([[(72, 700, TITLE)]], encrypt="secret"))
    assert "\n" not in str(caught.value)


def test_copy_protected_pdf_is_read():
    """Protected only against copying (empty user password): it opens like any other.

    Drawn in Helvetica: reportlab leaves the CIDSystemInfo strings of its CID
    fonts unencrypted in an encrypted file, and pdfminer, decrypting them as
    the PDF standard says, no longer finds the Adobe-GB1 character map.
    """
    buffer = io.BytesIO()
    protection = pdfencrypt.StandardEncryption("", ownerPassword="owner", canCopy=0, canModify=0)
    c = canvas.Canvas(buffer, pagesize=A4, encrypt=protection)
    c.setFont("Helvetica", 12)
    c.drawString(72, 700, "Progress of the 2022 projects")
    c.showPage()
    c.save()
    _, text = read_pdf(buffer.getvalue())
    assert text == "Progress of the 2022 projects"


def test_fonts_without_unicode_map_are_refused():
    """Glyph codes that no character map turns into text read as (cid:N); OCR is the way out."""
    data = drawn([[(72, 700, TITLE)]])
    # Same length, so the cross-reference offsets stay right; pdfminer has no map for Adobe-XB1.
    unknown = data.replace(b"/Ordering (GB1)", b"/Ordering (XB1)")
    assert unknown != data
    with pytest.raises(ReportFormatError, match="ToUnicode"):
        read_pdf(unknown)


def _good() -> bytes:
    return document([ruled([HEADER] + numbered_rows(1, 5))])


@pytest.mark.parametrize(
    "make",
    [
        pytest.param(lambda: _good()[: len(_good()) // 2], id="truncated"),
        pytest.param(lambda: _good()[:-60], id="tail-cut"),
        pytest.param(lambda: b"%PDF-1.4\n" + bytes(range(256)) * 20, id="garbage"),
        pytest.param(lambda: b"", id="empty"),
        pytest.param(lambda: "序号,项目名称\n1,养老床位".encode(), id="not-a-pdf"),
    ],
)
def test_damaged_bytes_are_refused(make):
    with pytest.raises(ReportFormatError) as caught:
        read_pdf(make())
    message = str(caught.value)
    assert "\n" not in message and len(message) < 300


def test_too_many_pages_are_refused():
    data = drawn([[(72, 700, f"第{n}页的正文")] for n in range(1, 4)])
    with pytest.raises(ReportTooLargeError, match="more than 2 pages"):
        read_pdf(data, max_pages=2)
    assert issubclass(ReportTooLargeError, ReportFormatError)
    _, text = read_pdf(data, max_pages=3)
    assert text.splitlines() == ["第1页的正文", "第2页的正文", "第3页的正文"]


def test_scanned_image_without_text_is_refused():
    from PIL import Image

    scan = Image.new("RGB", (200, 100), "white")
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=A4)
    c.drawImage(ImageReader(scan), 72, 500, width=400, height=200)
    c.showPage()
    c.save()
    with pytest.raises(ReportFormatError, match=r"no text layer \(a scanned image\?\); OCR it first$"):
        read_pdf(buffer.getvalue())


def test_missing_pdfplumber_names_the_extra(monkeypatch):
    monkeypatch.setitem(sys.modules, "pdfplumber", None)
    with pytest.raises(MissingExtraError, match=re.escape('pip install "progress-nlp[pdf]"')):
        read_pdf(_good())


# ---------------------------------------------------------------- load_report


def test_load_report_reads_a_ruled_pdf_table():
    """A PDF attachment with a ruled table loads and scores like its text."""
    from progress_nlp import load_report, score_report

    data = document([Paragraph(TITLE, STYLE), ruled(ROWS)])
    report = load_report(io.BytesIO(data))
    assert report.month == 8 and report.format == "pdf"
    assert [(r.no, r.project, r.lead, r.actual) for r in report.rows] == [
        ("1", "新增养老床位200张", "区民政局", "已完成150张"),
        ("2", "改造老旧小区3个", "区住建委", "完成2个"),
    ]
    assert [s.status.value for s in score_report(report)] == ["ahead", "on_track"]  # 150 vs 133.3; 2 vs 3 × 8/12 = 2


def test_load_report_reads_a_text_table_and_prose_in_a_pdf():
    """No rules: the text layout reader reads the columns; no table at all: prose."""
    from progress_nlp import load_report

    table = drawn([[(60, 800, TITLE), (60, 770, "序号"), (110, 770, "项目名称"), (300, 770, "牵头单位"), (420, 770, "进展情况"),
                    (60, 750, "1"), (110, 750, "新增养老床位200张"), (300, 750, "区民政局"), (420, 750, "已完成150张")]])
    report = load_report(io.BytesIO(table))
    assert [(r.project, r.lead, r.actual) for r in report.rows] == [("新增养老床位200张", "区民政局", "已完成150张")]
    prose = drawn([[(60, 800, TITLE), (60, 770, "1.新增养老床位200张。目前已完成150张。"), (60, 750, "2.改造老旧小区3个。目前已完工1个。")]])
    report = load_report(io.BytesIO(prose))
    assert report.format == "prose"
    assert [r.no for r in report.rows] == ["1", "2"]


def test_page_text_copied_around_tables_is_bounded(monkeypatch):
    # Each table keeps the page text around it; many tiny tables among many
    # lines would multiply the text (HTML and .docx are bounded the same way).
    import progress_nlp.readers.pdf as pdf_module

    data = document([Paragraph(TITLE, STYLE), ruled([HEADER] + numbered_rows(1, 3)),
                     Paragraph("说明一", STYLE), ruled([HEADER] + numbered_rows(4, 6)), Paragraph("说明二", STYLE)])
    grids, _ = read_pdf(data)
    assert len(grids) == 2
    monkeypatch.setattr(pdf_module, "MAX_SURROUNDING", 3)  # 2 tables × 3 lines of text is over it
    with pytest.raises(ReportTooLargeError, match="lines to copy around the tables"):
        read_pdf(data)
