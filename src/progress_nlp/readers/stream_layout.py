"""The stream layout: one cell per line or per paragraph, rows cut where
the row number counts on (1, 2, 3 …)."""

from __future__ import annotations

import re

from ..lexicon import Lexicon
from .align import align, cell_kind, row_number, serial_of
from .grid import Grid, is_page_footer
from .header import Column, HeaderWords
from .table import Table
from .table_header import HEADER_STARTS, MAX_HEADER_CELLS, stream_header, stream_header_at
from .row_layout import build_row, is_heading_cell


def stream_tables(grid: Grid, hw: HeaderWords, lex: Lexicon) -> list[Table]:
    """Every table of a stream of cells: a header, then the rows cut at their
    numbers, up to the next header whose rows count from 1 again. A header
    a new page repeats (its rows count on) is left out."""
    cells = [row[0] if row else "" for row in grid.rows]
    found = stream_header(cells, hw)
    tables: list[Table] = []
    before = list(grid.before)
    start = 0
    while found is not None:
        at, end, columns = found
        before += [c for c in cells[start:at] if c.strip()]
        body, found = _stream_body(cells, end, columns, hw)
        start = found[0] if found is not None else len(cells)
        tables.append(_stream_table(body, columns, before, grid.format, lex))
        before = []
    if tables:
        tables[-1].after += list(grid.after)
    return tables


def _stream_body(cells: list[str], end: int, columns: list[Column],
                 hw: HeaderWords) -> tuple[list[str], tuple[int, int, list[Column]] | None]:
    """The cells of one table's rows from ``end`` on, and the next table's
    header as (start, end, columns), or None."""
    names = [c.name for c in columns]
    body: list[str] = []
    i = end
    run = 0  # header words just before cell i
    while i < len(cells):
        # A header starts a run of header words, or a cell or two into it (a
        # heading before 序号); deeper into a long run it does not, and
        # trying every cell of one made the search quadratic.
        role = hw.role(cells[i])
        found = stream_header_at(cells, i, hw) if run < HEADER_STARTS and role is not None else None
        run = run + 1 if role is not None else 0
        if found is not None:
            cols = found[2]
            if len(cols) >= 3 and _first_serial(cells, found[1]) == "1":
                return body, found
            if [c.name for c in cols] == names:
                i = found[1]  # the header again, on a new page, its rows counting on
                continue
        body.append(cells[i])
        i += 1
    return body, None


def _first_serial(cells: list[str], start: int) -> str | None:
    return next((s for s in map(serial_of, cells[start : start + MAX_HEADER_CELLS]) if s is not None), None)


def _stream_table(body: list[str], columns: list[Column], before: list[str], fmt: str, lex: Lexicon) -> Table:
    """One table of a stream: ``body`` holds the cells after its header."""
    before = list(before)
    if fmt in ("blocks", "lines"):
        body = _points_joined(body)
    no_at = next((k for k, c in enumerate(columns) if c.role == "no"), None)
    no_first = no_at == 0
    # A category column before 序号, merged over its rows: its heading
    # (二、巩固拓展脱贫攻坚成果) comes just before the number of the first row
    # it heads and belongs to that row, not to the end of the row above.
    heads_first = any(c.role == "category" for c in columns[: no_at or 0])
    groups: list[list[str]] = []
    lead_in: list[str] = []
    expected: int | None = None
    # With no 序号 column, a bare figure (8, 15) is a row number only when
    # the rows open with one, from 1.
    first = next((c for c in body if c.strip() and not is_page_footer(c)), "")
    numbered = no_at is not None or serial_of(first) == "1"
    # Rows numbered 一, 二 … under 序号 (no row numbered in digits first).
    number = row_number if no_at is not None and serial_of(first) is None and row_number(first) == "1" else serial_of
    for cell in body:
        if is_page_footer(cell) or (not cell.strip() and (fmt != "cells" or not groups)):
            continue  # cells ending in | keep their empty cells (|, ||): a column each
        s = number(cell) if numbered else None
        n = int(s) if s is not None else None
        current = groups[-1] if groups else None
        # The next number starts a row; a larger one too once the current
        # row has cells enough (a gap in the numbering, reported later).
        if n is not None and (expected is None or n == expected
                              or (current is not None and len(current) >= 4 and expected < n <= expected + 3)):
            if heads_first and current is not None and len(current) > 2 and is_heading_cell(current[-1]):
                lead_in.insert(0, current.pop())
            groups.append(lead_in + [cell])
            lead_in = []
            expected = n + 1
        elif current is None:
            lead_in.append(cell)  # before row 1: a column before 序号, or page text
        else:
            current.append(cell)
    if not groups and no_at is None and len(columns) >= 3:
        # No 序号 column (a summary by area): a row is as many cells as
        # there are columns, each opening with its name, not a figure.
        groups, lead_in = _fixed_rows(lead_in, len(columns))
    # A number alone (a cut cell, 8 of 8月份目标) is not a row.
    groups = [g for g in groups if sum(1 for c in g if c.strip()) > 1]
    for g in groups:
        # Empty cells past the last column (| / |||| closing a row the way the
        # header's second line did) hold nothing: no sub-item starts there.
        while len(g) > len(columns) and not g[-1].strip():
            g.pop()
    if not groups:
        return Table(columns, [], before=before + lead_in, format=fmt)
    if lead_in:
        before += lead_in
    # Cells before row 1's number belong to it only when columns come before 序号.
    if no_first and groups and len(groups[0]) > 1 and number(groups[0][0]) is None:
        k = next(i for i, c in enumerate(groups[0]) if number(c) is not None)
        before += groups[0][:k]
        groups[0] = groups[0][k:]
    after: list[str] = []
    # The last row is as long as the longest other row (a stream adds no
    # cells to a row; it may lose empty ones).
    widest = max((len(g) for g in groups[:-1]), default=len(columns))
    limit = max(widest, len(columns) if len(groups) == 1 else 0)
    parts = [_subrows(g, columns, lex, gain=_split_gain(fmt)) for g in groups[:-1]]
    if len(groups[-1]) > limit:
        # The page goes on after the last row (publisher, date, a new section),
        # unless sub-items of the last row come first.
        last = _last_row_parts(groups[-1], columns, lex)
        head, rest = groups[-1][:limit], groups[-1][limit:]
        while rest and not rest[0].strip():
            rest = rest[1:]  # a sub-item's blank 序号 cell (|)
        if sum(map(len, last)) > limit:
            parts.append(last)
            after = groups[-1][sum(map(len, last)):]
        elif _is_subitem(rest, columns, lex):
            # The cells past the row's width read as a sub-item of it (其中…
            # with its own target and progress) where one long row fitted
            # better: a sub-row, not page text to be dropped.
            parts.append(_subrows(head, columns, lex, gain=_split_gain(fmt)) + [rest])
        else:
            parts.append(_subrows(head, columns, lex, gain=_split_gain(fmt)))
            after = rest
    else:
        parts.append(_subrows(groups[-1], columns, lex, gain=_split_gain(fmt)))
    # Cells ending in | keep their empty cells: one per column when the
    # counts agree. Blocks and lines lose empty cells: always aligned. A
    # group may hold sub-items with no number of their own: split them off.
    # A sub-item after the first part of a group is shorter than the row: it
    # lost its empty cells wherever it stands, the last group too.
    rows = []
    for k, group_parts in enumerate(parts):
        for j, part in enumerate(group_parts):
            rows.append(build_row(part, columns, lex, exact=fmt == "cells", paragraphs=True,
                             lost_empty=k < len(groups) - 1 or j > 0, subitem=j > 0))
    last_row = rows[-1]
    if last_row.overflow:
        after = list(last_row.overflow) + after
    return Table(columns, rows, before=before, after=after, format=fmt)


_POINT_MARK = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"


def _points_joined(cells: list[str]) -> list[str]:
    """A cell whose points (①…, ②…) a page set as paragraphs of their own:
    each point after ① that follows the point before it goes on with that
    cell, one point per line."""
    out: list[str] = []
    for cell in cells:
        c = cell.strip()
        k = _POINT_MARK.find(c[:1]) if c else -1
        if k > 0 and out and _last_point(out[-1]) == k - 1:
            out[-1] = f"{out[-1]}\n{cell}"
        else:
            out.append(cell)
    return out


def _last_point(cell: str) -> int:
    """The number (0 for ①) of the point the cell's last line opens with, or -1."""
    last = cell.rstrip().rsplit("\n", 1)[-1].strip()
    return _POINT_MARK.find(last[:1]) if last else -1


def _fixed_rows(cells: list[str], width: int) -> tuple[list[list[str]], list[str]]:
    """Rows of ``width`` cells while each opens with a name and holds a
    figure; the cells after the last such row are left over."""
    rows: list[list[str]] = []
    k = 0
    while k + width <= len(cells):
        row = cells[k : k + width]
        if _NUMERIC.fullmatch(row[0].strip()) or not any(_NUMERIC.fullmatch(c.strip()) for c in row[1:]):
            break
        rows.append(row)
        k += width
    # One row is a table when all its cells after the name are figures
    # (开工建设城镇老旧小区 | 15 | 15 | 100%); text could be anything.
    alone = len(rows) == 1 and all(_NUMERIC.fullmatch(c.strip()) for c in rows[0][1:])
    return (rows, cells[k:]) if len(rows) >= 2 or alone else ([], cells)


_NUMERIC = re.compile(r"[-+]?\d+(?:\.\d+)?%?")


def _last_row_parts(group: list[str], columns: list[Column], lex: Lexicon) -> list[list[str]]:
    """The last numbered row and the sub-items after it, out of a group that
    runs on into the page text after the table: each part :func:`_subrows`
    cuts (any better fit will do: the choice is between sub-items and page
    text, not one long row) that reads as a sub-item (:func:`_is_subitem`)."""
    found = _subrows(group, columns, lex, gain=0.0)
    if len(found[0]) > len(columns):
        return []
    parts = found[:1]
    for part in found[1:]:
        if not _is_subitem(part, columns, lex):
            break
        parts.append(part)
    return parts


def _is_subitem(cells: list[str], columns: list[Column], lex: Lexicon) -> bool:
    if not 2 <= len(cells) < len(columns) or serial_of(cells[0]) is not None:
        return False
    if any(c.rstrip().endswith((":", "：")) for c in cells):
        return False  # 信息来源: / 发布时间: the page's labels
    a = align(cells, columns, lex)
    took = {columns[k].role for k, idx in enumerate(a.cells) if idx}
    return not a.misfits and not a.overflow and "project" in took and bool(took & {"actual", "target", "task"})


_SPLIT_GAIN = 2.0
_MAX_SPLIT = 60


def _split_gain(fmt: str) -> float:
    """How much better sub-items must fit than one long row. Cells ending
    in | are never broken in two, so a row of more cells than columns holds
    sub-items whenever they fit at all; paragraphs may be."""
    return 0.0 if fmt == "cells" else _SPLIT_GAIN


def _subrows(group: list[str], columns: list[Column], lex: Lexicon, *, gain: float = _SPLIT_GAIN) -> list[list[str]]:
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
    if score <= align(group, columns, lex).fit + gain:
        return [group]
    parts, i = [], 0
    for j in cuts:
        parts.append(group[i:j])
        i = j
    return parts
