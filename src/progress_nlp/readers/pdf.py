"""Read the ruled tables and the page text of PDF reports.

:func:`read_pdf` returns one :class:`~progress_nlp.readers.grid.Grid` per ruled
table (a table drawn with lines around its cells), a table that runs on over
a page break being one grid, and the text of the pages outside those tables.
That text keeps the columns of a table drawn without rules apart with two or
more spaces, so :mod:`progress_nlp.readers.text` reads it as its ``columns``
layout, and it has no lines that are only a page number.

Refused with :class:`~progress_nlp.errors.ReportFormatError` (a one-line
message, never a pdfminer traceback): bytes that are not a PDF, a damaged or
truncated PDF, a PDF that needs a password to open (one protected only
against copying or printing is read), more than ``max_pages`` pages
(:class:`~progress_nlp.errors.ReportTooLargeError`), and a PDF without a
text layer (scanned pages) or whose fonts do not say which characters they
draw. The reader, pdfplumber, is an optional extra imported only when a PDF
is read.

>>> _is_page_number("- 3 -"), _is_page_number("第1页 共2页"), _is_page_number("3/10")
(True, True, True)
"""

from __future__ import annotations

import io
import itertools
import re
import warnings
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from ..errors import MissingExtraError, ProgressNLPError, ReportFormatError, ReportTooLargeError
from .grid import MAX_SURROUNDING, Grid

__all__ = ["read_pdf"]

Char = dict[str, Any]  # one pdfplumber char: text, x0, x1, top, bottom, size ...

# Gaps between two glyphs on a line, in ems of the larger glyph. A word
# space in justified Latin text shrinks to about 0.2 em and kerning is a few
# hundredths. Chinese has no spaces between words; Word puts about a quarter
# em between CJK and Latin text ("完成 150 张" on the page is 完成150张) and
# spreads justified lines by a fraction of an em. The columns of a table
# without rules are an em or more apart: two cell paddings (Word's borderless
# tables: 2 x 0.19 cm, an em of 五号 text) or tabs and runs of spaces. One
# full-width space (1 em) separates words in Chinese, so a gap holding one
# space glyph needs more to be a column.
_WORD_GAP = 0.15
_CJK_WORD_GAP = 0.5
_COLUMN_GAP = 1.0
_COLUMN_GAP_WITH_SPACE = 1.5
_MAX_SPACES = 40

# A table laid out on more row x column positions than this is hostile (real
# report tables have a few thousand cells on a page at most).
_MAX_SLOTS = 200_000
# Row-edge and column-edge positions closer than this (points) are one edge.
_EDGE_EPS = 0.5

# Page headers and footers that are only a page number.
_PAGE_NUMBER = re.compile(
    r"""^(?:
        [-—–－_~·•\s]*\d{1,4}[-—–－_~·•\s]*                                   # 3, - 3 -, —3—
      | 第\s*\d{1,4}\s*页(?:\s*[,，/／]?\s*共\s*\d{1,4}\s*页)?                  # 第1页 共2页
      | 共\s*\d{1,4}\s*页\s*[,，/／]?\s*第\s*\d{1,4}\s*页                       # 共2页 第1页
      | [-—–－\s]*\d{1,4}\s*[/／]\s*\d{1,4}[-—–－\s]*                         # 3/10
      | (?:page|p\.)\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?                      # Page 3 of 10
    )$""",
    re.VERBOSE | re.IGNORECASE,
)
# How many lines at the top and at the bottom of a page may be a header or footer.
_MARGIN_LINES = 2

_UNMAPPED = re.compile(r"^\(cid:\d+\)$")  # pdfminer's text for a glyph with no Unicode mapping
_UNKNOWN = "\ufffd"

# A table runs on over a page break when it fills its page to the bottom:
# its part ends below this fraction of the page height, and the next part
# starts above 1 minus it (a page's margins and running header or footer).
_RUNS_ON = 0.6

# Header cells (序号, 项目名称, 牵头单位, 进展情况 ...), to tell a table that
# starts on a new page with its own header from one running on. Endings such
# as 项目 or 计划 are left out: data cells end so too (老旧小区改造项目, 按计划).
_SERIAL_HEADERS = frozenset({"序号", "编号", "序"})
_HEADER_ENDINGS = ("序号", "编号", "名称", "单位", "部门", "情况", "内容", "目标", "进度", "进展", "时间", "时限", "备注", "指标")
_MAX_LABEL = 12


@dataclass
class _Line:
    """One line of page text and where it is on its page."""

    top: float
    bottom: float
    text: str


@dataclass
class _Part:
    """One ruled table as found on one page."""

    rows: list[list[str]]
    merged: set[tuple[int, int]]
    top: float
    bottom: float


@dataclass
class _Page:
    """What is kept of a page once it is closed."""

    lines: list[_Line]
    parts: list[_Part]
    height: float = 0.0
    glyphs: int = 0  # non-blank chars
    unmapped: int = 0  # of those, the ones pdfminer could not map to Unicode


@dataclass
class _Open:
    """A grid being built, and the line indices (into the whole text) where it starts and ends."""

    grid: Grid
    start: int
    end: int
    page: int
    part: _Part
    header: list[list[str]] = field(default_factory=list)


def read_pdf(data: bytes, *, max_pages: int = 200) -> tuple[list[Grid], str]:
    """Return the ruled tables of a PDF as grids, and the text of its pages.

    Grids come in page order, with ``format="pdf"``. A cell's lines are
    joined without a space between CJK characters (``进展`` / ``情况`` →
    ``进展情况``) and with one between ASCII words; other whitespace is one
    space. A merged cell's text is copied into every row and column it
    covers and those positions are listed in ``Grid.merged``.

    A table that runs on over a page break is one grid: the part on the
    next page is appended when it has the same number of columns, no header
    row of its own (a repeat of the first part's header is dropped), and
    only page numbers or a running header stand between the two parts, the
    first ending low on its page and the second starting high on the next.
    Rows and columns without any text are dropped. ``before`` and ``after``
    are the lines of page text above the table and below its end, over the
    whole document.

    The text is every page's lines outside the ruled tables, top to bottom,
    joined by newlines (no mark at page breaks). Words on a line are set
    apart by one space; a gap of an em or more (1.5 em when it holds a
    space glyph), or two or more spaces, becomes a run of two or more
    spaces, so a table without rules keeps its columns. Lines that are only
    a page number (``- 3 -``, ``第1页 共2页``, ``3/10``) among the first or
    last two of a page are dropped. A glyph that pdfminer cannot map to a
    character reads U+FFFD.

    Raises :class:`ReportFormatError` for anything that is not a readable
    PDF with a text layer (see the module docstring),
    :class:`ReportTooLargeError` for more than ``max_pages`` pages or a
    hostile table layout, :class:`MissingExtraError` without pdfplumber.
    """
    pdfplumber = _import_pdfplumber()
    if b"%PDF-" not in data[:1024]:
        raise ReportFormatError("not a PDF file: no %PDF- header in the first 1024 bytes")
    pages: list[_Page] = []
    with _reading(), warnings.catch_warnings():
        # pdfminer warns about fonts and objects it repairs; they do not matter here.
        warnings.simplefilter("ignore")
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            _check_page_count(pdf, max_pages)
            for page in pdf.pages:
                pages.append(_read_page(page))
    _check_text_layer(pages)
    grids, lines = _assemble(pages)
    if not grids and not lines:
        raise ReportFormatError("cannot read the PDF file: the PDF has no text layer (a scanned image?); OCR it first")
    return grids, "\n".join(lines)


# -------------------------------------------------------------- extras, errors


def _import_pdfplumber() -> Any:
    """Import pdfplumber, or say which extra to install."""
    try:
        import pdfplumber
    except ImportError as exc:
        raise MissingExtraError('PDF reports need pdfplumber: pip install "progress-nlp[pdf]"') from exc
    return pdfplumber


@contextmanager
def _reading() -> Iterator[None]:
    """Turn whatever pdfplumber or pdfminer raises on a bad file into ReportFormatError."""
    try:
        yield
    except (ProgressNLPError, MemoryError):
        raise
    except Exception as exc:
        inner = _unwrap(exc)
        names = {k.__name__ for k in type(inner).__mro__}
        if "PDFPasswordIncorrect" in names:
            message = "the PDF is encrypted with a password; save a copy without the password first"
        elif "PDFEncryptionError" in names:
            message = f"the PDF is encrypted in a way that cannot be read ({_one_line(inner)})"
        else:
            message = f"a damaged or truncated PDF ({_one_line(inner)})"
        raise ReportFormatError(f"cannot read the PDF file: {message}") from exc


def _unwrap(exc: BaseException) -> BaseException:
    """The pdfminer exception that pdfplumber wraps in its ``PdfminerException``.

    >>> class PdfminerException(Exception): pass
    >>> _unwrap(PdfminerException(KeyError("Root")))
    KeyError('Root')
    """
    if type(exc).__name__ == "PdfminerException" and exc.args and isinstance(exc.args[0], BaseException):
        return exc.args[0]
    return exc


def _one_line(exc: BaseException) -> str:
    """``Type: first line of the message``, at most 200 characters.

    >>> _one_line(ValueError("Unexpected EOF\\nmore detail"))
    'ValueError: Unexpected EOF'
    """
    lines = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {lines[0] if lines else ''}".rstrip(": ")[:200]


def _check_page_count(pdf: Any, max_pages: int) -> None:
    """Refuse more than ``max_pages`` pages, counting no further than one past the limit.

    ``pdf.pages`` would make a page object for every page of the page tree
    first, however many it claims.
    """
    from pdfminer.pdfpage import PDFPage

    count = sum(1 for _ in itertools.islice(PDFPage.create_pages(pdf.doc), max_pages + 1))
    if count > max_pages:
        raise ReportTooLargeError(f"the PDF has more than {max_pages} pages (max_pages)")


def _check_text_layer(pages: list[_Page]) -> None:
    """Refuse a PDF whose glyphs mostly have no Unicode mapping: its text would be ``(cid:123)`` codes."""
    glyphs = sum(page.glyphs for page in pages)
    unmapped = sum(page.unmapped for page in pages)
    if glyphs and unmapped * 2 > glyphs:
        raise ReportFormatError(
            "cannot read the PDF file: its fonts do not say which characters they draw (no ToUnicode map); OCR it first"
        )


# ---------------------------------------------------------------------- pages


def _read_page(page: Any) -> _Page:
    """Tables and text lines of one page; the page's parsed objects are released after."""
    try:
        chars = [_mapped(char) for char in _dedupe(page.chars)]
        tables = [table for table in page.find_tables() if len({round(c[0], 1) for c in table.cells}) >= 2]
        tables.sort(key=lambda table: (table.bbox[1], table.bbox[0]))
        boxes = [table.bbox for table in tables]
        inside: list[list[Char]] = [[] for _ in tables]
        outside: list[Char] = []
        for char in chars:
            index = _table_of(char, boxes)
            (outside if index is None else inside[index]).append(char)
        parts = [_table_part(table.cells, table_chars, page.page_number) for table, table_chars in zip(tables, inside, strict=True)]
        lines = _strip_page_numbers(_lines(outside))
        blank = [c for c in chars if not c["text"].strip()]
        unmapped = sum(1 for c in chars if c["text"] == _UNKNOWN)
        return _Page(lines=lines, parts=parts, height=float(page.height), glyphs=len(chars) - len(blank), unmapped=unmapped)
    finally:
        # Page.close() (pdfplumber 0.10.3+) also drops the text-map cache.
        getattr(page, "close", page.flush_cache)()


def _dedupe(chars: list[Char]) -> list[Char]:
    """Drop a glyph drawn again within 1 pt of the same glyph (fake bold, shadowed text).

    pdfplumber's ``dedupe_chars`` does the same in several times the time.

    >>> def glyph(text, x0, top): return {"text": text, "x0": x0, "top": top}
    >>> [c["text"] + str(c["x0"]) for c in _dedupe([glyph("进", 10, 5), glyph("进", 10.4, 5.2), glyph("展", 10.4, 5), glyph("进", 12, 5)])]
    ['进10', '展10.4', '进12']
    """
    seen: dict[tuple[str, int, int], list[Char]] = {}
    kept = []
    for char in chars:
        text, x0, top = char["text"], char["x0"], char["top"]
        x, y = int(x0 // 1), int(top // 1)
        if not _seen_near(seen, text, x0, top, x, y):
            seen.setdefault((text, x, y), []).append(char)
            kept.append(char)
    return kept


def _seen_near(seen: dict[tuple[str, int, int], list[Char]], text: str, x0: float, top: float, x: int, y: int) -> bool:
    """Whether ``seen`` (glyphs by text and 1-pt square) has this glyph within 1 pt of (x0, top)."""
    for dx in (-1, 0, 1):
        for dy in (-1, 0, 1):
            for other in seen.get((text, x + dx, y + dy), ()):
                if abs(other["x0"] - x0) <= 1 and abs(other["top"] - top) <= 1:
                    return True
    return False


def _mapped(char: Char) -> Char:
    """The char, with pdfminer's ``(cid:123)`` for a glyph without Unicode mapping made U+FFFD.

    One character in the text says a glyph is there and unknown, where
    ``(cid:123)`` next to a figure (``150(cid:3)``) would read as more figures.

    >>> _mapped({"text": "(cid:13)"})["text"], _mapped({"text": "张"})["text"]
    ('\ufffd', '张')
    """
    if len(char["text"]) > 1 and _UNMAPPED.match(char["text"]):
        return {**char, "text": _UNKNOWN}
    return char


def _table_of(char: Char, boxes: Sequence[tuple[float, float, float, float]]) -> int | None:
    """The index of the first box holding the char's midpoint, None if none does."""
    x, y = (char["x0"] + char["x1"]) / 2, (char["top"] + char["bottom"]) / 2
    for index, (x0, top, x1, bottom) in enumerate(boxes):
        if x0 <= x < x1 and top <= y < bottom:
            return index
    return None


def _table_part(cells: list[tuple[float, float, float, float]], chars: list[Char], page_number: int) -> _Part:
    """Lay a table's cells out on the grid of their edges.

    pdfplumber's ``Table.extract()`` gives None for a position covered by a
    merged cell without saying whether the cell came from above or from the
    left; placing each cell on the grid of all cell edges says which. Every
    cell edge is on a ruling, so a cell covers the columns whose left edge
    lies in ``[x0, x1)`` and the rows whose top lies in ``[top, bottom)``.
    """
    xs = _edges(c[0] for c in cells)
    ys = _edges(c[1] for c in cells)
    if len(xs) * len(ys) > _MAX_SLOTS:
        raise ReportTooLargeError(f"a table on page {page_number} lays out to more than {_MAX_SLOTS} cells")
    slots: list[list[int | None]] = [[None] * len(xs) for _ in ys]
    origins: list[tuple[int, int]] = []
    for index, (x0, top, x1, bottom) in enumerate(cells):
        c0, c1 = bisect_left(xs, x0 - _EDGE_EPS), bisect_left(xs, x1 - _EDGE_EPS)
        r0, r1 = bisect_left(ys, top - _EDGE_EPS), bisect_left(ys, bottom - _EDGE_EPS)
        origins.append((r0, c0))
        for r in range(r0, r1):
            for c in range(c0, c1):
                if slots[r][c] is None:
                    slots[r][c] = index
    texts = _cell_texts(cells, chars, xs, ys, slots)
    rows = [["" if index is None else texts[index] for index in row] for row in slots]
    merged = {
        (r, c) for r, row in enumerate(slots) for c, index in enumerate(row) if index is not None and origins[index] != (r, c)
    }
    return _Part(rows=rows, merged=merged, top=min(c[1] for c in cells), bottom=max(c[3] for c in cells))


def _edges(values: Iterator[float] | Sequence[float]) -> list[float]:
    """Sorted positions, those within ``_EDGE_EPS`` of the previous one dropped.

    >>> _edges([10.0, 50.2, 10.1, 90.0, 50.0])
    [10.0, 50.0, 90.0]
    """
    edges: list[float] = []
    for value in sorted(values):
        if not edges or value - edges[-1] > _EDGE_EPS:
            edges.append(value)
    return edges


def _cell_texts(
    cells: list[tuple[float, float, float, float]],
    chars: list[Char],
    xs: list[float],
    ys: list[float],
    slots: list[list[int | None]],
) -> list[str]:
    """The text of each cell, from the chars whose midpoint falls in it."""
    owned: list[list[Char]] = [[] for _ in cells]
    for char in chars:
        x, y = (char["x0"] + char["x1"]) / 2, (char["top"] + char["bottom"]) / 2
        r, c = bisect_right(ys, y + _EDGE_EPS) - 1, bisect_right(xs, x + _EDGE_EPS) - 1
        index = slots[r][c] if r >= 0 and c >= 0 else None
        if index is not None and x < cells[index][2] and y < cells[index][3]:
            owned[index].append(char)
    return [_join_lines([" ".join(_line_text(line).split()) for line in _group_lines(own)]) for own in owned]


# ---------------------------------------------------------------------- lines


def _group_lines(chars: list[Char]) -> list[list[Char]]:
    """Chars grouped into lines, top to bottom, each line left to right.

    A char is on the current line when its vertical middle is inside the
    line's band, so a smaller or raised glyph (digits in a Latin font next
    to CJK ones, ``m²``) stays on its line.
    """
    lines: list[list[Char]] = []
    band = (0.0, -1.0)
    for char in sorted(chars, key=lambda c: (c["top"], c["x0"])):
        middle = (char["top"] + char["bottom"]) / 2
        if band[0] <= middle <= band[1]:
            lines[-1].append(char)
            band = (min(band[0], char["top"]), max(band[1], char["bottom"]))
        else:
            lines.append([char])
            band = (char["top"], char["bottom"])
    return [sorted(line, key=lambda c: c["x0"]) for line in lines]


def _lines(chars: list[Char]) -> list[_Line]:
    """The text lines of a page's chars, blank lines left out."""
    lines = []
    for line in _group_lines(chars):
        text = _line_text(line).strip()
        if text:
            lines.append(_Line(top=min(c["top"] for c in line), bottom=max(c["bottom"] for c in line), text=text))
    return lines


def _line_text(chars: list[Char]) -> str:
    """One line's text: glyphs, and spaces for the gaps between them (see :func:`_gap`).

    >>> def glyph(text, x0, x1): return {"text": text, "x0": x0, "x1": x1, "size": 10}
    >>> _line_text([glyph("序", 0, 10), glyph("号", 10, 20), glyph("项", 50, 60), glyph("目", 60, 70)])
    '序号      项目'
    >>> _line_text([glyph("A", 0, 6), glyph(" ", 6, 8.5), glyph("b", 8.5, 14)])
    'A b'
    """
    parts: list[str] = []
    previous: Char | None = None
    blanks = 0
    for char in chars:
        if not char["text"].strip():
            blanks += 1
            continue
        if previous is not None:
            parts.append(_gap(previous, char, blanks))
        parts.append(char["text"])
        previous, blanks = char, 0
    return "".join(parts)


def _gap(left: Char, right: Char, blanks: int) -> str:
    """The spaces that stand for the room between two glyphs with ``blanks`` space glyphs between.

    A column gap (1 em without a space glyph, 1.5 em with one, or two or
    more space glyphs) becomes two or more spaces, about two per em so that
    a text table's columns stay roughly aligned; a space glyph or a word gap
    one space (a word gap next to a CJK glyph is wider, see
    ``_CJK_WORD_GAP``); glyphs set close together none.

    >>> def glyph(text, x0, x1): return {"text": text, "x0": x0, "x1": x1, "size": 10}
    >>> _gap(glyph("d", 0, 5), glyph("t", 7, 10), 0), _gap(glyph("成", 0, 10), glyph("1", 12.5, 17), 0)
    (' ', '')
    """
    em: float = max(left["size"], right["size"], 1.0)
    room: float = right["x0"] - left["x1"]
    if blanks >= 2 or room >= (_COLUMN_GAP_WITH_SPACE if blanks else _COLUMN_GAP) * em:
        return " " * min(max(2, round(2 * room / em)), _MAX_SPACES)
    cjk = not (left["text"][-1].isascii() and right["text"][0].isascii())
    if blanks or room >= (_CJK_WORD_GAP if cjk else _WORD_GAP) * em:
        return " "
    return ""


def _join_lines(lines: list[str]) -> str:
    """Join the lines of a cell: no space between CJK (or mixed) text, one between ASCII words.

    Two digits meeting at a break are one number cut by a narrow column.

    >>> _join_lines(["进展", "情况"]), _join_lines(["Phase one", "project"]), _join_lines(["已完成", "150张"])
    ('进展情况', 'Phase one project', '已完成150张')
    >>> _join_lines(["12", "345万元", ""])
    '12345万元'
    """
    text = ""
    for line in filter(None, lines):
        if text and _ascii_word(text[-1]) and _ascii_word(line[0]) and not (text[-1].isdigit() and line[0].isdigit()):
            text += " "
        text += line
    return text


def _ascii_word(char: str) -> bool:
    """An ASCII letter, digit or closing punctuation that a space would follow in English."""
    return char.isascii() and (char.isalnum() or char in ",.;:!?)%")


def _is_page_number(text: str) -> bool:
    """Whether a line is only a page number.

    >>> [_is_page_number(t) for t in ("3", "— 12 —", "共2页 第1页", "Page 3 of 10", "3个", "2022年")]
    [True, True, True, True, False, False]
    """
    return bool(_PAGE_NUMBER.match(text.strip()))


def _strip_page_numbers(lines: list[_Line]) -> list[_Line]:
    """Drop the page-number lines among the first and last ``_MARGIN_LINES`` lines of a page.

    Only there: a lone number in the body may be a cell of a text table.

    >>> page = ["第1页 共2页", "标题", "3", "表格", "- 1 -"]
    >>> [line.text for line in _strip_page_numbers([_Line(i, i + 1, text) for i, text in enumerate(page)])]
    ['标题', '3', '表格']
    """
    edge = set(range(min(_MARGIN_LINES, len(lines)))) | set(range(max(0, len(lines) - _MARGIN_LINES), len(lines)))
    return [line for i, line in enumerate(lines) if not (i in edge and _is_page_number(line.text))]


# ------------------------------------------------------------------- assembly


def _assemble(pages: list[_Page]) -> tuple[list[Grid], list[str]]:
    """Join table parts running over page breaks into grids, and give each grid its page text."""
    text: list[str] = []
    built: list[_Open] = []
    for number, page in enumerate(pages):
        base = len(text)
        for k, part in enumerate(page.parts):
            start = base + sum(1 for line in page.lines if line.top < part.top)
            end = base + sum(1 for line in page.lines if line.top < part.bottom)
            last = built[-1] if built else None
            if k == 0 and last is not None and last.page == number - 1 and _continues(last, pages[number - 1], page, part):
                _append(last, part)
                last.end, last.page, last.part = end, number, part
            else:
                grid = Grid(rows=[list(row) for row in part.rows], merged=set(part.merged), format="pdf")
                built.append(_Open(grid=grid, start=start, end=end, page=number, part=part, header=part.rows[:4]))
        text.extend(line.text for line in page.lines)
    if len(built) * len(text) > MAX_SURROUNDING:
        # Each table keeps the page text around it: bounded as for HTML and
        # .docx, so thousands of tiny tables cannot multiply the text.
        raise ReportTooLargeError(
            f"{len(built)} tables among {len(text)} lines of page text: more than"
            f" {MAX_SURROUNDING} lines to copy around the tables"
        )
    grids = []
    for item in built:
        rows, merged = _drop_empty(item.grid.rows, item.grid.merged)
        if rows:
            grids.append(Grid(rows=rows, merged=merged, before=text[: item.start], after=text[item.end :], format="pdf"))
    return grids, text


def _continues(last: _Open, previous: _Page, page: _Page, part: _Part) -> bool:
    """Whether ``part``, the first table of ``page``, runs on the grid ending on the page before."""
    if last.part is not previous.parts[-1] or len(part.rows[0] if part.rows else []) != len(last.part.rows[0]):
        return False
    if last.part.bottom < _RUNS_ON * previous.height or part.top > (1 - _RUNS_ON) * page.height:
        return False
    below = [line for line in previous.lines if line.top >= last.part.bottom]
    above = [line for line in page.lines if line.top < part.top]
    if any(not _repeated(line, page.lines) for line in below) or any(not _repeated(line, previous.lines) for line in above):
        return False
    first = part.rows[0]
    return first in last.header or not _looks_like_header(first)


def _repeated(line: _Line, other: list[_Line]) -> bool:
    """Whether the same text stands at about the same height on the other page (a running header or footer)."""
    return any(o.text == line.text and abs(o.top - line.top) < 3 for o in other)


def _append(item: _Open, part: _Part) -> None:
    """Append a part's rows to a grid, leaving out the header rows it repeats."""
    skip = 0
    while skip < min(3, len(part.rows)) and part.rows[skip] in item.header:
        skip += 1
    offset = len(item.grid.rows) - skip
    item.grid.rows.extend(list(row) for row in part.rows[skip:])
    item.grid.merged |= {(r + offset, c) for r, c in part.merged if r >= skip}


def _looks_like_header(row: list[str]) -> bool:
    """Whether a table row reads as a header: a 序号 cell, or label cells (项目名称, 牵头单位 ...) for half the row.

    >>> _looks_like_header(["序 号", "项目", "单位", "1-8月"]), _looks_like_header(["", "项目名称", "牵头单位", "进展情况"])
    (True, True)
    >>> _looks_like_header(["", "老旧小区改造项目", "区住建委", "按计划推进"])
    False
    >>> _looks_like_header(["", "目前进展情况良好，预计年底完成", "", ""])
    False
    """
    cells = [cell for cell in (re.sub(r"\s+", "", c) for c in row) if cell]
    if any(cell in _SERIAL_HEADERS for cell in cells):
        return True
    labels = sum(1 for cell in cells if len(cell) <= _MAX_LABEL and cell.endswith(_HEADER_ENDINGS))
    return labels >= 2 and 2 * labels >= len(cells)


def _drop_empty(rows: list[list[str]], merged: set[tuple[int, int]]) -> tuple[list[list[str]], set[tuple[int, int]]]:
    """Drop the rows and columns without any text (double rulings make empty slivers).

    >>> _drop_empty([["a", "", "a"], ["", "", ""], ["b", "", "c"]], {(0, 2)})
    ([['a', 'a'], ['b', 'c']], {(0, 1)})
    """
    keep_rows = [r for r, row in enumerate(rows) if any(row)]
    width = max((len(row) for row in rows), default=0)
    keep_cols = [c for c in range(width) if any(c < len(rows[r]) and rows[r][c] for r in keep_rows)]
    row_index = {r: i for i, r in enumerate(keep_rows)}
    col_index = {c: i for i, c in enumerate(keep_cols)}
    new_rows = [[rows[r][c] if c < len(rows[r]) else "" for c in keep_cols] for r in keep_rows]
    new_merged = {(row_index[r], col_index[c]) for r, c in merged if r in row_index and c in col_index}
    return new_rows, new_merged
