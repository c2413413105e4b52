"""Read the tables of an HTML page into :class:`~progress_nlp.readers.grid.Grid` objects.

Only the standard library's :mod:`html.parser` is used, so reading a web page
needs no extra dependency. The parser never raises on malformed markup: it
closes cells, rows and tables the way a browser would, and ignores end tags
that close nothing.

>>> page = '''<h1>2022年区政府实事项目8月份进展情况</h1>
... <table><tr><th>序号</th><th colspan="2">项目</th></tr>
... <tr><td rowspan="2">1</td><td>加装电梯</td><td>新增81台</td></tr>
... <tr><td>充电桩</td><td>正在建设</td></tr></table>
... <p>区发展改革委</p><p>2022-09-05</p>'''
>>> [grid] = read_html(page)
>>> grid.rows
[['序号', '项目', '项目'], ['1', '加装电梯', '新增81台'], ['1', '充电桩', '正在建设']]
>>> sorted(grid.merged)
[(0, 2), (2, 0)]
>>> grid.before, grid.after
(['2022年区政府实事项目8月份进展情况'], ['区发展改革委', '2022-09-05'])
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field
from html import unescape
from html.parser import HTMLParser
from typing import Literal, overload

from ..errors import ReportFormatError, ReportTooLargeError
from .grid import Grid, surround
from .text import BOMS, decode

__all__ = ["read_html"]

# Elements whose content is never page text.
_SKIPPED = frozenset({"script", "style", "template", "noscript"})

# Elements that start a new line of text: inside a cell they become one space,
# outside tables they end one entry of ``before``/``after``.
_BLOCKS = frozenset(
    """address article aside blockquote body br caption center dd details dialog
    dir div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 head
    header hgroup hr html li main menu nav ol option p pre section select summary
    table tbody td tfoot th thead title tr ul""".split()
)

# HTML caps colspan at 1000 and rowspan at 65534; rowspan is further cut at the
# last row, as browsers do. _MAX_CELLS bounds what a small hostile page (many
# huge spans) can make us allocate.
_MAX_COLSPAN = 1000
_MAX_ROWSPAN = 65534
_MAX_CELLS = 2_000_000
_LEADING_DIGITS = re.compile(r"\s*\+?(\d+)")

# Where to look for a <meta charset> or http-equiv declaration. Browsers look
# at the first 1024 bytes; CMS-generated government pages often put scripts
# and long keyword lists first, so we look further.
_PRESCAN_BYTES = 8192
_META_CHARSET = re.compile(rb"""<meta\b[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)

# Labels that mean a GBK-family page: GB18030 is a superset of all of them,
# and pages labelled gb2312 routinely contain characters only GBK has.
_GB_LABELS = frozenset({"gb2312", "gbk", "x-gbk", "gb_2312-80", "gb-2312", "cp936", "euc-cn", "csgb2312", "chinese", "gb18030"})



def read_html(data: bytes | str, *, encoding: str | None = None) -> list[Grid]:
    """Return one :class:`Grid` per ``<table>`` of an HTML page, in document order.

    ``data`` is the page as bytes (its encoding is detected: BOM, then a
    ``<meta charset>`` or ``http-equiv`` declaration, then UTF-8, then
    GB18030) or as already-decoded text. ``encoding`` forces a codec for bytes.

    Cell text has its whitespace collapsed; ``<br>`` and block elements inside
    a cell become one space; entities are decoded; script and style are
    dropped. A cell spanning rows or columns has its text copied into every
    position it covers, and the copies are listed in ``Grid.merged``. A table
    nested in a cell is a grid of its own, and its text is not part of the
    outer cell.

    A page with no table gives one grid with no rows whose ``before`` is the
    page's text (an article to read as prose).

    ``before`` holds the page's text blocks (outside every table) that come
    before the table, ``after`` those that come after it; a caption or stray
    text inside the table ends ``before``. So the first grid's ``before`` is the
    page text before the first table (title, publisher, date) and the last
    grid's ``after`` the text after the last table.

    >>> [g] = read_html(b'<p>&#x6807;&#39064;</p><table><tr><td>a<br>b</td></table>')
    >>> g.rows, g.before, g.format
    ([['a b']], ['标题'], 'html')

    Raises :class:`ReportFormatError` when bytes decode with none of the
    candidate encodings, :class:`ReportTooLargeError` when the spans of the
    page would fill more than two million cells or when its tables times its
    lines of text exceed :data:`~progress_nlp.readers.grid.MAX_SURROUNDING`.
    """
    text = _decode(data, encoding) if isinstance(data, bytes) else data.lstrip("\ufeff")
    parser = _TableParser()
    parser.feed(text)
    parser.close()
    return parser.grids


# ---------------------------------------------------------------- encodings


def _decode(data: bytes, encoding: str | None) -> str:
    """Decode page bytes with the first candidate encoding that fits.

    >>> _decode('<meta charset="gbk"><p>进展</p>'.encode("gbk"), None)[-9:]
    '<p>进展</p>'
    """
    if encoding is not None:
        name = _codec_name(encoding, explicit=True)
        try:
            return data.decode(name)
        except UnicodeDecodeError:
            raise ReportFormatError(f"cannot decode the HTML page: its bytes are not valid {name}") from None
    # A byte-order mark is unambiguous, then the page's own <meta charset>;
    # without either the page is decoded as text files are (UTF-8, then
    # GB18030 or Big5 by what reads as Chinese): one decoder for both.
    if not data.startswith(tuple(bom for bom, _ in BOMS)):
        match = _META_CHARSET.search(data, 0, _PRESCAN_BYTES)
        declared = match and _codec_name(match.group(1).decode("ascii"), explicit=False)
        if declared:
            try:
                return data.decode(declared)
            except UnicodeDecodeError:
                pass  # a wrong label: read the bytes as they are
    return decode(data)


@overload
def _codec_name(label: str, *, explicit: Literal[True]) -> str: ...
@overload
def _codec_name(label: str, *, explicit: bool) -> str | None: ...
def _codec_name(label: str, *, explicit: bool) -> str | None:
    """Map a charset label to a Python codec name.

    An unknown declared label is ignored (None) so the fallbacks still run; an
    unknown ``encoding=`` argument is the caller's mistake and raises.

    >>> _codec_name("GB2312", explicit=False), _codec_name("utf-16", explicit=False)
    ('gb18030', 'utf-8')
    """
    label = label.strip().lower()
    if label in _GB_LABELS:
        return "gb18030"
    if not explicit and label.startswith(("utf-16", "utf-32", "unicode")):
        # A page that reached us without a BOM cannot really be UTF-16; the
        # HTML standard reads such a declaration as UTF-8.
        return "utf-8"
    try:
        return codecs.lookup(label).name
    except LookupError:
        if explicit:
            raise ReportFormatError(f"unknown encoding {label!r}") from None
        return None


# ------------------------------------------------------------------ parsing


def _collapse(text: str) -> str:
    """Collapse runs of whitespace (also full-width spaces and NBSP) to one space.

    >>> _collapse("  新增\\u3000\\xa081台\\n ")
    '新增 81台'
    """
    return " ".join(text.split())


@dataclass
class _Cell:
    parts: list[str] = field(default_factory=list)
    rowspan: int = 1
    colspan: int = 1


@dataclass
class _Table:
    index: int  # position of the grid in document order
    rows: list[list[_Cell]] = field(default_factory=list)
    row_open: bool = False
    cell: _Cell | None = None
    loose: list[str] = field(default_factory=list)  # caption and stray text, in parts
    loose_lines: list[str] = field(default_factory=list)

    def close_cell(self) -> None:
        self.cell = None

    def close_row(self) -> None:
        self.cell = None
        self.row_open = False

    def open_cell(self, rowspan: int, colspan: int) -> None:
        if not self.row_open:  # <td> without <tr>: browsers open a row
            self.rows.append([])
            self.row_open = True
        self.cell = _Cell(rowspan=rowspan, colspan=colspan)
        self.rows[-1].append(self.cell)

    def break_loose(self) -> None:
        line = _collapse("".join(self.loose))
        self.loose.clear()
        if line:
            self.loose_lines.append(line)


class _TableParser(HTMLParser):
    """Collect tables and the page text around them; see :func:`read_html`."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.grids: list[Grid] = []
        self._starts: list[int] = []  # page text blocks before each grid; before/after are cut at the end
        self._open: list[_Table] = []  # innermost last
        self._blocks: list[str] = []  # page text outside tables
        self._block: list[str] = []
        self._skip = 0
        self._cells = 0

    # -- events

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self._skip += 1
            return
        if self._skip:
            return
        if tag == "table":
            self._start_table()
            return
        table = self._open[-1] if self._open else None
        if table is not None:
            if tag in ("td", "th"):
                table.open_cell(*_spans(attrs))
                return
            if tag in ("tr", "thead", "tbody", "tfoot"):
                table.close_row()
                if tag == "tr":
                    table.rows.append([])
                    table.row_open = True
                return
        if tag in _BLOCKS:
            self._line_break()

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self._skip = max(0, self._skip - 1)
            return
        if self._skip:
            return
        if tag == "table":
            if self._open:
                self._end_table()
            return
        table = self._open[-1] if self._open else None
        if table is not None and tag in ("td", "th"):
            table.close_cell()  # a stray </td> with no open cell closes nothing
        elif table is not None and tag in ("tr", "thead", "tbody", "tfoot"):
            table.close_row()
        elif tag in _BLOCKS:
            self._line_break()

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        if not self._open:
            self._block.append(data)
        elif self._open[-1].cell is not None:
            self._open[-1].cell.parts.append(data)
        else:
            self._open[-1].loose.append(data)

    def parse_marked_section(self, i: int, report: int = 1) -> int:
        # The standard parser raises AssertionError on ``<![`` not followed by
        # a name (e.g. ``<![ if``); skip such a section like a bogus comment.
        try:
            return super().parse_marked_section(i, bool(report))  # typeshed has said int, and now says bool
        except AssertionError:
            end = self.rawdata.find(">", i + 3)
            return -1 if end < 0 else end + 1

    def close(self) -> None:
        # feed() stops at the first construct left unterminated at the end of
        # the page (a tag, comment or declaration with no closing '>', an
        # unclosed script). The standard close() re-parses that tail once per
        # '<' in it, which is quadratic: 30 KB of "<a " takes 20 seconds. A
        # browser shows nothing of such a construct (it runs to the end of the
        # file), so drop it; plain text held back for a possible entity stays.
        rest, self.rawdata = self.rawdata, ""
        if rest and not rest.startswith("<") and not self.cdata_elem:
            self.handle_data(unescape(rest))
        super().close()
        while self._open:  # tables left open at the end of the page
            self._end_table()
        self._flush_block()
        surround(self.grids, self._blocks, self._starts)  # ahead of caption/stray lines
        if not self.grids and self._blocks:
            # A page with no table (an article): its text, for prose reading.
            self.grids.append(Grid(rows=[], before=list(self._blocks), format="html"))

    # -- helpers

    def _line_break(self) -> None:
        if not self._open:
            self._flush_block()
        elif self._open[-1].cell is not None:
            self._open[-1].cell.parts.append(" ")
        else:
            self._open[-1].break_loose()

    def _flush_block(self) -> None:
        line = _collapse("".join(self._block))
        self._block.clear()
        if line:
            self._blocks.append(line)

    def _start_table(self) -> None:
        self._line_break()  # a table is a block: it ends the text before it
        self._open.append(_Table(index=len(self.grids)))
        self.grids.append(Grid(rows=[], format="html"))
        self._starts.append(len(self._blocks))

    def _end_table(self) -> None:
        table = self._open.pop()
        table.break_loose()
        grid = self.grids[table.index]
        cells = [[(_collapse("".join(c.parts)), c.rowspan, c.colspan) for c in row] for row in table.rows]
        grid.rows, grid.merged, work = _place(cells, budget=_MAX_CELLS - self._cells)
        self._cells += work
        grid.before = table.loose_lines
        self._line_break()  # text after a nested table is a new line of the outer cell


def _spans(attrs: list[tuple[str, str | None]]) -> tuple[int, int]:
    """Read rowspan and colspan like a browser: leading digits, clamped.

    ``rowspan="0"`` means "to the end of the table".

    >>> _spans([("rowspan", "2"), ("colspan", "3px")]), _spans([("colspan", "0"), ("rowspan", "x")])
    ((2, 3), (1, 1))
    """
    if not attrs:  # the common case, and the hot path of a big table
        return 1, 1
    values = dict(attrs)
    return (
        _span_value(values.get("rowspan"), _MAX_ROWSPAN, zero=_MAX_ROWSPAN),
        _span_value(values.get("colspan"), _MAX_COLSPAN, zero=1),
    )


def _span_value(raw: str | None, limit: int, *, zero: int) -> int:
    match = _LEADING_DIGITS.match(raw) if raw else None
    if not match:
        return 1
    value = int(match.group(1)[:9])  # nine digits already exceed every limit
    return zero if value == 0 else min(value, limit)


def _place(
    rows: list[list[tuple[str, int, int]]], *, budget: int = _MAX_CELLS
) -> tuple[list[list[str]], set[tuple[int, int]], int]:
    """Lay out ``(text, rowspan, colspan)`` cells row by row, as HTML does.

    Each cell goes to the first column of its row not taken by a rowspan from
    above. Rowspans stop at the last row. Positions a span covers get the
    cell's text and are returned in the merged set; where spans collide the
    first one keeps the position. Gaps are filled with "". The third value is
    the number of positions visited; past ``budget`` the layout stops with
    :class:`ReportTooLargeError`.

    >>> rows, merged, work = _place([[("1", 2, 1), ("a", 1, 2)], [("b", 1, 1)]])
    >>> rows, sorted(merged), work
    ([['1', 'a', 'a'], ['1', 'b']], [(0, 2), (1, 0)], 5)
    """
    taken: list[dict[int, str]] = [{} for _ in rows]
    merged: set[tuple[int, int]] = set()
    work = 0
    for r, row in enumerate(rows):
        col = 0
        for text, rowspan, colspan in row:
            while col in taken[r]:
                col += 1
            height = min(rowspan, len(rows) - r)
            work += height * colspan
            if work > budget:  # checked before the loop: a span is paid for up front
                raise ReportTooLargeError(f"the HTML tables span more than {_MAX_CELLS} cells")
            for dr in range(height):
                for dc in range(colspan):
                    if col + dc not in taken[r + dr]:
                        taken[r + dr][col + dc] = text
                        if dr or dc:
                            merged.add((r + dr, col + dc))
            col += colspan
    placed = [[cells.get(c, "") for c in range(max(cells, default=-1) + 1)] for cells in taken]
    return placed, merged, work
