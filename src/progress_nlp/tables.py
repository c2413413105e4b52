"""Tables found in grids: their header, and each row's cells under its columns.

A :class:`~progress_nlp.grid.Grid` comes from a reader in one of two shapes:

* **rows** (``|`` tables, CSV, HTML, Word, Excel, PDF, space-aligned
  text): each grid row is a table row. A header may run over several rows
  (:func:`_header_at`); rows after it are data until the next header, so a
  file holding several tables gives them all, in order.
* **stream** (one cell per line or per paragraph): the cells come one after
  another and rows are cut where the row number counts on (1, 2, 3 …,
  ``9*`` too).

Where a row's cells do not match the columns one for one (merged cells,
lost empty cells, a cell broken in two, a header read as words) they are
aligned by what they hold (:func:`progress_nlp.align.align`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .align import Alignment, align, cell_kind, direct_fit, serial_of
from .grid import Grid
from .header import Column, HeaderWords
from .lexicon import Lexicon

__all__ = ["Table", "TableRow", "read_tables", "serial_of", "is_heading_cell"]

# Page furniture that a copied table carries inside it.
_FOOTER = re.compile(r"^\s*(?:第\s*\d+\s*页\s*(?:[,，/]?\s*共\s*\d+\s*页)?|-\s*\d+\s*-|\d+\s*/\s*\d+|共\s*\d+\s*页)\s*$")
# Reliable layouts give one cell per column; others are aligned by content.
_CELL_EXACT = frozenset({"pipes", "csv", "tsv", "html", "xlsx", "docx", "pdf"})
_MAX_HEADER_ROWS = 4
# A header of 30 columns broken into words is under 80 cells. A longer run of
# label-like cells is not one header, and segmenting the rest of it from each
# of its cells was quadratic (4,000 lines of 项目: 500 s).
_MAX_HEADER_CELLS = 80


@dataclass
class TableRow:
    """One data row: the source cells, and the text each column took."""

    cells: list[str]
    texts: list[str]
    taken: list[bool]  # whether the row had a cell for the column (not left out)
    serial: str | None = None
    misfits: tuple[str, ...] = ()
    overflow: tuple[str, ...] = ()
    merged_no: bool = False


@dataclass
class Table:
    columns: list[Column]
    rows: list[TableRow]
    before: list[str] = field(default_factory=list)
    after: list[str] = field(default_factory=list)
    format: str = ""

    def index(self, role: str) -> list[int]:
        return [k for k, c in enumerate(self.columns) if c.role == role]


def read_tables(grid: Grid, hw: HeaderWords, lex: Lexicon, *, stream: bool = False) -> list[Table]:
    """Every progress table in ``grid``, in order (none when no header is found)."""
    if stream:
        table = _stream_table(grid, hw, lex)
        tables = [table] if table is not None else []
    else:
        tables = _row_tables(grid, hw, lex)
    for t in tables:
        _retype_columns(t, lex)
    return tables


def _retype_columns(table: Table, lex: Lexicon) -> None:
    """Among several progress-like columns, one whose cells are all verdicts
    (完成成效 | 超额完成, 完成任务) is the publisher's verdict, and one whose
    cells are all percentages (形象进度 | 100.0%) is a share: headers name
    such columns in too many ways for a word list, and what they hold is
    unmistakable. The progress text is what is left."""
    actual = table.index("actual")
    if len(actual) < 2:
        return
    kinds = {}
    for k in actual:
        cells = [row.texts[k] for row in table.rows if row.texts[k].strip()]
        found = {cell_kind(c, lex) for c in cells}
        if cells and found <= {"verdict", "yesno"}:
            kinds[k] = "official"
        elif cells and found <= {"pct"}:
            kinds[k] = "share"
    if kinds and len(kinds) < len(actual):
        for k, role in kinds.items():
            c = table.columns[k]
            table.columns[k] = Column(name=c.name, role=role, percent=c.percent or role == "share", unit=c.unit, month=c.month)


# -- headers ----------------------------------------------------------------------


def _is_fragment(cell: str, hw: HeaderWords) -> bool:
    """A piece of a broken header cell: a label word, or a short bit with no
    figure in it (名称, 领导, (%), 1-8月)."""
    c = hw.squash(cell)
    if not c:
        return True
    if hw.role(c) is not None:
        return True
    if serial_of(c) is not None or len(c) > 8:
        return False
    # 1-8月 and the 1- of a period broken over words are labels too.
    return not re.search(r"\d", re.sub(r"\d{1,2}\s*[-~至—–]\s*\d{1,2}\s*月份?|\d{1,2}月份?|\(%\)|%|^\d{1,2}\s*[-~至—–]$", "", c))


def _columns_of(cells: list[str], hw: HeaderWords, *, words: bool) -> list[Column] | None:
    """The columns a header row names, or None when it is not a header."""
    cells = _trim(cells)
    if not words and hw.is_header(cells):
        return [hw.column(c) for c in cells]
    if all(_is_fragment(c, hw) for c in cells):
        cols = hw.segment(cells)
        roles = {c.role for c in cols if c.role}
        if len(roles) >= 2 and roles & {"project", "actual", "target", "task"}:
            return cols
    return None


def _trim(cells: list[str]) -> list[str]:
    end = len(cells)
    while end and not cells[end - 1].strip():
        end -= 1
    return cells[:end]


def _header_at(rows: list[list[str]], r: int, hw: HeaderWords, *, words: bool) -> tuple[list[Column], int] | None:
    """The header starting at row ``r`` and the row after it, or None.

    A following row that holds only header words or fragments continues the
    header: cell by cell when it has as many cells (a two-level header), as
    more of the same line otherwise (the header line broke)."""
    top = _trim(rows[r])
    # A header names several columns: one cell on its own line (一、实事项目
    # 进度完成情况) is a heading of the text, not a table's header.
    if sum(1 for c in top if c.strip()) < 2:
        return None
    cols = _columns_of(top, hw, words=words)
    if cols is None:
        return None
    names = [hw.squash(c) for c in top]
    joined = list(top)
    end = r + 1
    while end < len(rows) and end - r < _MAX_HEADER_ROWS:
        nxt = _trim(rows[end])
        if not nxt or not all(_is_fragment(c, hw) for c in nxt) or serial_of(nxt[0]) is not None:
            break
        if not any(hw.role(c) for c in nxt) and not any(hw.squash(c) for c in nxt):
            break
        if not words and len(nxt) == len(names):
            names = [a + (b if b != a else "") for a, b in zip(names, (hw.squash(c) for c in nxt))]
            cols = [hw.column(n) for n in names]
        else:
            joined += nxt
            again = _columns_of(joined, hw, words=True)
            if again is None:
                break
            cols = again
        end += 1
    return cols, end


# -- rows layout ------------------------------------------------------------------------


def _row_tables(grid: Grid, hw: HeaderWords, lex: Lexicon) -> list[Table]:
    rows = grid.rows
    words = grid.format not in _CELL_EXACT
    tables: list[Table] = []
    before: list[str] = list(grid.before)
    r = 0
    while r < len(rows):
        found = _header_at(rows, r, hw, words=words) if r < len(rows) else None
        if found is None:
            before.append(" ".join(c for c in rows[r] if c.strip()))
            r += 1
            continue
        columns, r = found
        header_cells = [hw.squash(c) for c in _trim(rows[r - 1])]
        data: list[TableRow] = []
        late: list[str] = []
        while r < len(rows):
            cells = [c.strip() for c in rows[r]]
            if not any(cells) or (len(cells) == 1 and _FOOTER.match(cells[0])):
                r += 1
                continue
            if [hw.squash(c) for c in _trim(cells)] == header_cells:
                r += 1  # the header repeated on a new page
                continue
            # A row opening with its number is data; others may start a new table.
            if serial_of(cells[0]) is None and _header_at(rows, r, hw, words=words) is not None:
                break
            if len(_trim(cells)) == 1 and serial_of(cells[0]) is None and not is_heading_cell(cells[0]):
                # One cell on its own line: the rest of the previous row's
                # last cell (a line break inside it), else page text.
                if data and cell_kind(cells[0], lex) in ("text", "verdict"):
                    _continue_last(data[-1], cells[0])
                else:
                    late.append(cells[0])
                r += 1
                continue
            merged_no = any((r, k) in grid.merged for k, c in enumerate(columns) if c.role == "no")
            data.append(_row(cells, columns, lex, exact=not words, merged_no=merged_no))
            r += 1
        tables.append(Table(columns, data, before=before, format=grid.format))
        before = late
    if tables:
        tables[-1].after = before + list(grid.after)
    return tables


_HEADING = re.compile(r"^\s*(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十]+[)）])")


def is_heading_cell(cell: str) -> bool:
    """一、民生保障类, (二)教育: a heading row between the rows of a table."""
    return bool(_HEADING.match(cell))


def _continue_last(row: TableRow, text: str) -> None:
    for k in range(len(row.texts) - 1, -1, -1):
        if row.taken[k] and row.texts[k].strip():
            row.texts[k] = f"{row.texts[k]}{text}"
            row.cells.append(text)
            return


def _row(cells: list[str], columns: list[Column], lex: Lexicon, *, exact: bool, merged_no: bool = False) -> TableRow:
    trimmed = _trim(cells)
    if exact and len(cells) >= len(columns) and not any(c.strip() for c in cells[len(columns):]):
        # One cell per column: trust the source's own cell boundaries unless
        # a cell does not fit its column and an alignment fits far better (a
        # sub-row whose merged 序号 cell is missing and whose empty cells
        # were added at the end).
        texts = cells[: len(columns)]
        direct, clean = direct_fit(texts, columns, lex)
        if clean:
            return _finish(cells, texts, [True] * len(columns), columns, (), (), merged_no)
        a = align(trimmed, columns, lex)
        if direct + 1.0 >= a.fit:
            return _finish(cells, texts, [True] * len(columns), columns, (), (), merged_no)
        return _from_alignment(trimmed, columns, a, merged_no)
    return _from_alignment(trimmed, columns, align(trimmed, columns, lex), merged_no)


def _from_alignment(cells: list[str], columns: list[Column], a: Alignment, merged_no: bool) -> TableRow:
    texts = [" ".join(cells[i] for i in idx if cells[i].strip()) for idx in a.cells]
    taken = [bool(idx) for idx in a.cells]
    return _finish(cells, texts, taken, columns, a.misfits, tuple(cells[i] for i in a.overflow), merged_no)


def _finish(cells, texts, taken, columns, misfits, overflow, merged_no) -> TableRow:
    serial = None
    for k, col in enumerate(columns):
        if col.role == "no" and texts[k].strip():
            serial = serial_of(texts[k])
            break
    if merged_no:
        serial = None  # a copy of the merged 序号 above: a sub-row
    return TableRow(list(cells), list(texts), list(taken), serial, tuple(misfits), tuple(overflow), merged_no)


# -- stream layout ----------------------------------------------------------------------


def _stream_table(grid: Grid, hw: HeaderWords, lex: Lexicon) -> Table | None:
    cells = [row[0] if row else "" for row in grid.rows]
    found = _stream_header(cells, hw)
    if found is None:
        return None
    at, end, columns = found
    before = list(grid.before) + [c for c in cells[:at] if c.strip()]
    body = cells[end:]
    no_first = bool(columns) and columns[0].role == "no"
    groups: list[list[str]] = []
    lead_in: list[str] = []
    expected: int | None = None
    for cell in body:
        if not cell.strip() or _FOOTER.match(cell):
            continue
        s = serial_of(cell)
        n = int(s) if s is not None else None
        current = groups[-1] if groups else None
        # The next number starts a row; a larger one too once the current
        # row has cells enough (a gap in the numbering, reported later).
        if n is not None and (expected is None or n == expected
                              or (current is not None and len(current) >= 4 and expected < n <= expected + 3)):
            groups.append(lead_in + [cell])
            lead_in = []
            expected = n + 1
        elif current is None:
            lead_in.append(cell)  # before row 1: a column before 序号, or page text
        else:
            current.append(cell)
    # A number alone (a cut cell, 8 of 8月份目标) is not a row.
    groups = [g for g in groups if sum(1 for c in g if c.strip()) > 1]
    if not groups:
        return Table(columns, [], before=before + lead_in, format=grid.format)
    if lead_in:
        before += lead_in
    # Cells before row 1's number belong to it only when columns come before 序号.
    if no_first and groups and len(groups[0]) > 1 and serial_of(groups[0][0]) is None:
        k = next(i for i, c in enumerate(groups[0]) if serial_of(c) is not None)
        before += groups[0][:k]
        groups[0] = groups[0][k:]
    after: list[str] = []
    # The last row is as long as the longest other row (a stream adds no
    # cells to a row; it may lose empty ones).
    widest = max((len(g) for g in groups[:-1]), default=len(columns))
    limit = max(widest, len(columns) if len(groups) == 1 else 0)
    if len(groups[-1]) > limit:
        # The page goes on after the last row (publisher, date, a new section).
        after = groups[-1][limit:]
        groups[-1] = groups[-1][:limit]
    # Cells ending in | keep their empty cells: one per column when the
    # counts agree. Blocks and lines lose empty cells: always aligned. A
    # group may hold sub-items with no number of their own: split them off.
    rows = []
    for g in groups:
        for part in _subrows(g, columns, lex):
            rows.append(_row(part, columns, lex, exact=grid.format == "cells"))
    last = rows[-1]
    if last.overflow:
        after = list(last.overflow) + after
    return Table(columns, rows, before=before, after=after + list(grid.after), format=grid.format)


_SPLIT_GAIN = 2.0
_MAX_SPLIT = 60


def _subrows(group: list[str], columns: list[Column], lex: Lexicon) -> list[list[str]]:
    """A numbered row and the sub-items after it (one item per line, their
    序号 and 牵头单位 merged): cut where a text cell starts an item, when that
    fits better than one long row. Dynamic programming over the cut points
    (a group longer than _MAX_SPLIT cells is not cut: it is page text)."""
    n = len(group)
    if n <= len(columns) or n > _MAX_SPLIT:
        return [group]
    starts = [k for k in range(3, n - 1) if cell_kind(group[k], lex) in ("text", "short", "goal")]
    if not starts:
        return [group]
    ends = sorted(set(starts) | {n})
    # best[i]: (score, cuts) for the sub-items group[i:], i a start or 0.
    best: dict[int, tuple[float, list[int]]] = {n: (0.0, [])}
    for i in sorted([0] + starts, reverse=True):
        options = []
        for j in ends:
            if j > i and j in best:
                options.append((align(group[i:j], columns, lex).fit + best[j][0], [j] + best[j][1]))
        if options:
            best[i] = max(options, key=lambda o: o[0])
    score, cuts = best.get(0, (float("-inf"), []))
    if score <= align(group, columns, lex).fit + _SPLIT_GAIN:
        return [group]
    parts, i = [], 0
    for j in cuts:
        parts.append(group[i:j])
        i = j
    return parts


def _stream_header(cells: list[str], hw: HeaderWords) -> tuple[int, int, list[Column]] | None:
    """(start, end, columns) of the first header run in a stream of cells."""
    for i, cell in enumerate(cells):
        if hw.role(cell) is None:
            continue
        j, stop = i, min(len(cells), i + _MAX_HEADER_CELLS)
        while j < stop and serial_of(cells[j]) is None and _is_fragment(cells[j], hw):
            j += 1
        # The run may end with data cells that look like labels (就业促进工程
        # before row 1): keep only what holds a header word or a short bit.
        while j > i + 1 and hw.role(cells[j - 1]) is None and len(hw.squash(cells[j - 1])) > 3:
            j -= 1
        cols = _columns_of(cells[i:j], hw, words=True)
        if cols is not None:
            return i, j, cols
    return None
