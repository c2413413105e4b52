"""The rows layout: each grid row is a table row (``|`` tables, CSV, HTML,
Word, Excel, PDF, space-aligned text), and the building of one data row
from its cells, shared with the stream layout."""

from __future__ import annotations

import re
from dataclasses import replace

from ..lexicon import Lexicon
from ..signals import find_cues, find_stages
from .align import Alignment, align, cell_kind, direct_fit, row_number, serial_of
from .grid import Grid, is_heading, is_page_footer
from .item_marks import is_furniture, is_record_label
from .header import Column, HeaderWords
from .table import Table, TableRow
from .table_header import header_at, trim

_HAN = re.compile(r"[\u4e00-\u9fff]")

# Reliable layouts give one cell per column; others are aligned by content.
_CELL_EXACT = frozenset({"pipes", "csv", "tsv", "html", "xlsx", "docx", "pdf"})
# Columns a page merges over a row and its sub-items: the sub-items leave them out.
_MERGED_ROLES = frozenset({"no", "lead", "category", "person"})


def row_tables(grid: Grid, hw: HeaderWords, lex: Lexicon, previous: Table | None = None) -> list[Table]:
    rows = grid.rows
    words = grid.format not in _CELL_EXACT
    tables: list[Table] = []
    before: list[str] = list(grid.before)
    following = _following_rows(rows)
    r = 0
    if previous is not None and previous.format == grid.format and _goes_on(rows, previous):
        heads = {tuple(c.name for c in previous.columns)}
        data, late, r = _data_rows(grid, 0, previous.columns, heads, hw, lex, following)
        tables.append(Table(previous.columns, data, before=before, format=grid.format, continued=True))
        before = late
    while r < len(rows):
        found = header_at(rows, r, hw, words=words)
        if found is None:
            before.append(" ".join(c for c in rows[r] if c.strip()))
            r += 1
            continue
        columns, end = found
        # Each row of the header, to know it when a new page repeats it.
        heads = {tuple(hw.squash(c) for c in trim(rows[k])) for k in range(r, end)}
        data, late, r = _data_rows(grid, end, columns, heads, hw, lex, following)
        tables.append(Table(columns, data, before=before, format=grid.format))
        before = late
    if not tables:
        inferred = None
        if not grid.merged and not grid.damaged:
            # 1、潍坊市奎文区育华幼儿园 新建 已开工: the marker glued to the first cell.
            split = [_unglue_marker(row) for row in rows]
            if split != rows:
                inferred = _headerless(split, lex)
                if inferred is not None:
                    grid = replace(grid, rows=split)
                    following = _following_rows(split)
        if inferred is None:
            inferred = _headerless(rows, lex)
        if inferred is not None:
            columns, start = inferred
            data, late, _ = _data_rows(grid, start, columns, set(), hw, lex, following)
            before = [" ".join(c for c in row if c.strip()) for row in rows[:start]]
            tables.append(Table(columns, data, before=list(grid.before) + before, format=grid.format, inferred=True))
            before = late
    if tables:
        tables[-1].after = before + list(grid.after)
    return tables


_GLUED_MARKER = re.compile(r"\s*(\d{1,4})\s*[、.](?!\d)\s*(\S.*)$")


def _unglue_marker(row: list[str]) -> list[str]:
    """["1、育华幼儿园", "新建", …] → ["1", "育华幼儿园", "新建", …]."""
    if row and serial_of(row[0]) is None:
        m = _GLUED_MARKER.match(row[0])
        if m is not None:
            return [m.group(1), m.group(2)] + row[1:]
    elif len(row) > 1 and row[1][:1] in "、." and len(row[1]) > 1:
        return [row[0], row[1][1:]] + row[2:]  # 23 、潍城区…: the marker's mark came apart
    return row


# Roles a column with no header takes from the kind its cells hold most.
_KIND_ROLE = {"org": "lead", "yesno": "official", "verdict": "official", "pct": "share", "date": "deadline"}
_TEXTISH = {"text", "report", "goal", "qty", "short"}
# The names inferred columns are shown under (the warning lists them).
_INFERRED_NAMES = {"no": "序号", "project": "项目", "actual": "进展情况", "lead": "牵头单位", "official": "评价",
                   "share": "完成率", "deadline": "完成时限"}


def _headerless(rows: list[list[str]], lex: Lexicon) -> tuple[list[Column], int] | None:
    """Columns for a table copied without its header row: at least three
    rows that open with their number and share a count of three cells or
    more. A column is named by what its cells hold most (a unit →
    牵头单位, 是/否 or a verdict → the publisher's verdict, a percentage →
    a share); of the text columns the first is the project and the last
    the progress (a text that reports, 已完成…, counts for the progress).
    None when the rows do not read as such a table."""
    numbered = [k for k, row in enumerate(rows) if row and serial_of(row[0]) is not None and len(trim(row)) >= 3]
    if len(numbered) < 3:
        return None
    widths = [len(trim(rows[k])) for k in numbered]
    width = max(set(widths), key=widths.count)
    sample = [trim(rows[k]) for k in numbered if len(trim(rows[k])) == width]
    if len(sample) < 3 or width > 8:
        return None
    kinds = [[cell_kind(row[j], lex) for row in sample] for j in range(width)]
    roles: list[str | None] = []
    for j, col in enumerate(kinds):
        top = max(set(col), key=col.count)
        if j == 0 and top == "serial":
            roles.append("no")
        elif top in _KIND_ROLE and col.count(top) * 2 > len(col):
            roles.append(_KIND_ROLE[top])
        elif top in _TEXTISH or top == "empty":
            roles.append("text")
        else:
            roles.append(None)
    text_cols = [j for j, r in enumerate(roles) if r == "text"]
    if roles[0] != "no" or len(text_cols) < 2:
        return None
    # The progress: the text column that most often reports (已完成…), else the last.
    reports = {j: sum(k == "report" for k in kinds[j]) for j in text_cols}
    actual = max(text_cols[1:], key=lambda j: (reports[j], j))
    final: list[str | None] = []
    for j, r in enumerate(roles):
        if r != "text":
            final.append(r)
        elif j == text_cols[0]:
            final.append("project")
        elif j == actual:
            final.append("actual")
        else:
            final.append(None)
    columns = [Column(_INFERRED_NAMES.get(r, f"第{j + 1}列") if r else f"第{j + 1}列", r) for j, r in enumerate(final)]
    return columns, numbered[0]


def _goes_on(rows: list[list[str]], previous: Table) -> bool:
    """Whether a grid opens with the next numbered row of ``previous`` and
    no header: the rest of a table a page footer cut in two."""
    first = next((row for row in rows if any(c.strip() for c in row)), None)
    serial = serial_of(first[0]) if first else None
    if serial is None or first is None or len(trim(first)) > len(previous.columns):
        return False
    last = next((row.serial for row in reversed(previous.rows) if row.serial is not None), None)
    return last is not None and int(serial) == int(last) + 1


def _data_rows(grid: Grid, r: int, columns: list[Column], heads: set[tuple[str, ...]], hw: HeaderWords,
               lex: Lexicon, following: list[int]) -> tuple[list[TableRow], list[str], int]:
    """The data rows from row ``r`` up to the next header: the rows, the page
    text met among them, and the row where they stopped."""
    rows = grid.rows
    words = grid.format not in _CELL_EXACT
    # Cells a row has too many of were split at the layout's separator: put it back.
    joiner = "|" if grid.format == "pipes" else " "
    damaged = _damaged_by_row(grid)
    data: list[TableRow] = []
    late: list[str] = []
    while r < len(rows):
        cells = _one_text(rows[r], r, grid.merged)
        filled = [c for c in cells if c]
        line = " ".join(filled)
        if not filled or is_page_footer(line):
            r += 1
            continue
        if is_record_label(filled[0]) or (_HAN.search(line) and is_furniture(line)):
            # 索引号: | … | 成文日期: | …: the page's record of the document,
            # under the table. A line with no Chinese (。 or (2022) broken
            # off a cell) is furniture to the prose reader but may be the
            # end of the cell above, which the lines below put back.
            late.append(line)
            r += 1
            continue
        if tuple(hw.squash(c) for c in trim(cells)) in heads:
            r += 1  # the header repeated on a new page
            continue
        # A row opening with its number is data; others may start a new table.
        if row_number(cells[0]) is None and header_at(rows, r, hw, words=words) is not None:
            break
        if not words and data and len(cells) >= 3 and len(trim(cells)) == 1 and serial_of(cells[0]) is None \
                and not is_heading_cell(cells[0]) and (k := _first_text(data[-1], columns)) is not None:
            # 新增学位810个 | | | |: the first cell of a row whose other cells
            # are merged with the row above (rowspan) is the rest of that
            # row's task, written under it in the same cell of the grid.
            data[-1].texts[k] = f"{data[-1].texts[k]} {cells[0]}"
            data[-1].cells.append(cells[0])
            r += 1
            continue
        if len(trim(cells)) == 1 and serial_of(cells[0]) is None:
            _one_cell_line(cells[0], _ahead(rows, following[r + 1], hw, words), data, late, columns, lex)
            r += 1
            continue
        if words and data and serial_of(cells[0]) is None and not _reads_as_data(" ".join(filled), lex):
            # 友情链接 网站地图: a line of words after the rows with no figure
            # and no word of progress is the page's, not a sub-row.
            late.append(" ".join(filled))
            r += 1
            continue
        merged_no = any((r, k) in grid.merged for k, c in enumerate(columns) if c.role == "no")
        for part in _unfused(cells, columns):
            row = build_row(part, columns, lex, exact=not words, merged_no=merged_no, joiner=joiner, lost_empty=words)
            row.damaged = tuple(f"{_column_name(columns, k)}: {why}" for k, why in damaged.get(r, ()))
            data.append(row)
        r += 1
    return data, late, r


def _unfused(cells: list[str], columns: list[Column]) -> list[list[str]]:
    """A line that holds two rows or more, each opening with its number
    (``2|改造老旧小区|区房管局|已完成5个|3|新增停车位|…``), cut into its rows.

    Pages copied from a grid sometimes lose the line break between rows. A
    cell where the next row would start, one past the columns, that holds
    the next number is that row's number: aligning the whole line to one
    row would put the second row's progress in the first row's fields."""
    width = len(columns)
    if width < 3 or columns[0].role != "no":
        return [cells]
    out: list[list[str]] = []
    rest = list(cells)
    while len(trim(rest)) >= 2 * width - 1:
        here, nxt = serial_of(rest[0]), serial_of(rest[width]) if len(rest) > width else None
        if here is None or nxt is None or int(nxt) != int(here) + 1:
            break
        out.append(rest[:width])
        rest = rest[width:]
    return out + [rest]


def _one_cell_line(text: str, ahead: str | None, data: list[TableRow], late: list[str],
                   columns: list[Column], lex: Lexicon) -> None:
    """A line of one cell among the rows: a heading row (一、民生保障类), the
    rest of the row above's last cell (a line break inside it), or page text."""
    if data and _lead_unfinished(data[-1], columns, lex) and cell_kind(text, lex) == "org":
        _continue_last(data[-1], text, columns, lex)  # 城东街道 under 区商务委: one more unit, no place heading
    elif is_heading_cell(text) and ahead != "header":
        data.append(build_row([text], columns, lex, exact=False))
    elif data and not is_heading_cell(text) and _goes_on_cell(text, ahead, lex) \
            and not (ahead is None and _ends_in_figure(data[-1], lex)):
        _continue_last(data[-1], text, columns, lex)
        if ahead is None:  # after the last row: page text may read so too
            data[-1].tail += (text,)
    else:
        late.append(text)


def _first_text(row: TableRow, columns: list[Column]) -> int | None:
    """The row's project column, when it holds text (the column a line of
    one cell under the row continues)."""
    # Roles are settled after the rows are read (_retype_columns): a 工作任务
    # column may still be the task's here.
    k = next((k for k, c in enumerate(columns) if c.role in ("project", "task")), None)
    return k if k is not None and row.texts[k].strip() else None


def _one_text(row: list[str], r: int, merged: set[tuple[int, int]]) -> list[str]:
    """A row whose cells all hold one text (a page number or a heading
    spanning the table, copied into every column it covers) as one cell."""
    cells = [c.strip() for c in row]
    filled = [c for c in cells if c]
    if len(filled) >= 2 and len(set(filled)) == 1:
        if len(filled) >= 3 or any((r, k) in merged for k in range(len(cells))):
            return [filled[0]]
    return cells


def _following_rows(rows: list[list[str]]) -> list[int]:
    """For each row index, the first row from there on of more than one
    cell or opening with a number (len(rows) when none): what a line of one
    cell is followed by, found once for the grid."""
    out = [len(rows)] * (len(rows) + 1)
    for r in range(len(rows) - 1, -1, -1):
        cells = trim([c.strip() for c in rows[r]])
        out[r] = r if len(cells) > 1 or (cells and serial_of(cells[0]) is not None) else out[r + 1]
    return out


def _ahead(rows: list[list[str]], r: int, hw: HeaderWords, words: bool) -> str | None:
    """What row ``r`` (see :func:`_following_rows`) is: "header", "data" (a
    row of the table) or None (the end of the grid)."""
    if r >= len(rows):
        return None
    if row_number(rows[r][0].strip()) is None and header_at(rows, r, hw, words=words) is not None:
        return "header"
    return "data"


def _goes_on_cell(text: str, ahead: str | None, lex: Lexicon) -> bool:
    """Whether a line of one cell is the rest of the previous row's last cell
    (a line break inside it) rather than page text. Between two rows of the
    table it is; before a header it is not; after the last row only prose is
    (the page's publisher, dates and notes follow tables)."""
    if ahead == "data":
        return True
    return ahead is None and cell_kind(text, lex) in ("text", "verdict")


def _damaged_by_row(grid: Grid) -> dict[int, list[tuple[int, str]]]:
    out: dict[int, list[tuple[int, str]]] = {}
    for (r, k), why in sorted(grid.damaged.items()):
        out.setdefault(r, []).append((k, why))
    return out


def _column_name(columns: list[Column], k: int) -> str:
    return (columns[k].name or f"列{k + 1}") if k < len(columns) else f"列{k + 1}"


# A place alone on a line between rows heads the rows under it (奎文区 /
# 1、育华幼儿园… / 潍城区 / 23、北国之春幼儿园…).
# 潍城区, 七里镇: a place over its rows; 老旧小区, 示范社区 are the things done.
_PLACE_HEADING = re.compile(r"[\u4e00-\u9fff]{1,10}(?:(?<![小社景校])区|县|市|镇|乡|街道)")


def is_heading_cell(cell: str) -> bool:
    """一、民生保障类, (二)教育, 潍城区: a heading row between the rows of a table."""
    return is_heading(cell) or _PLACE_HEADING.fullmatch(cell.strip()) is not None


_DIGIT = re.compile(r"\d")


def _reads_as_data(text: str, lex: Lexicon) -> bool:
    """A figure, or a word of progress or of a stage (完成招标 | 正在施工)."""
    return _DIGIT.search(text) is not None or bool(find_cues(text, lex)) or bool(find_stages(text, lex))


def _last_filled(row: TableRow) -> int | None:
    """The column of the row's last cell that holds text, if any."""
    return next((k for k in range(len(row.texts) - 1, -1, -1) if row.taken[k] and row.texts[k].strip()), None)


def _ends_in_figure(row: TableRow, lex: Lexicon) -> bool:
    """Does the row's last cell hold a figure alone (80.4%, 42621)? A
    figure is whole: the page's text after the table is not its rest."""
    k = _last_filled(row)
    return cell_kind(row.texts[k] if k is not None else "", lex) in ("pct", "num", "qty")


def _lead_unfinished(row: TableRow, columns: list[Column], lex: Lexicon) -> bool:
    """Does the row end in a lead cell of units, its later columns empty?"""
    k = _last_filled(row)
    return k is not None and k + 1 < len(columns) and columns[k].role == "lead" \
        and cell_kind(row.texts[k].split("、")[-1], lex) == "org"


def _continue_last(row: TableRow, text: str, columns: list[Column], lex: Lexicon) -> None:
    """The line goes on the row's last cell, broken over lines. Under a
    lead cell that lists its units a line each (区农业农村委 / 区林业局), a
    unit is one more of them and any other line is the next column's, left
    empty (区林业局 / 第一产业增加值同比增长3.4%。: the progress)."""
    k = _last_filled(row)
    if k is None:
        return
    if _lead_unfinished(row, columns, lex):
        if cell_kind(text, lex) == "org":
            row.texts[k] = f"{row.texts[k]}、{text}"
            row.cells.append(text)
            return
        j = next((j for j in range(k + 1, len(columns)) if not row.texts[j].strip()), None)
        if j is not None:
            row.texts[j], row.taken[j] = text, True
            row.cells.append(text)
            return
    row.texts[k] = f"{row.texts[k]}{text}"
    row.cells.append(text)


def build_row(cells: list[str], columns: list[Column], lex: Lexicon, *, exact: bool, merged_no: bool = False,
         joiner: str = " ", paragraphs: bool = False, lost_empty: bool = False, subitem: bool = False) -> TableRow:
    """The row of ``cells``. ``exact``: the layout gives each cell whole, so
    cells joined under one column are a guess the row carries (``joined``);
    ``paragraphs``: a cell may be broken over paragraphs, mid-sentence, so
    only a column that took whole sentences is such a guess;
    ``lost_empty``: see :func:`~progress_nlp.readers.align.align`;
    ``subitem``: a sub-item after a numbered row, its merged cells left out."""
    trimmed = trim(cells)
    if subitem:
        # A sub-item leaves out the merged cells (序号, 牵头单位) and only
        # them: when its cells number the other columns and each fits its
        # place, that is the row, whatever a looser alignment would prefer.
        open_cols = [k for k, c in enumerate(columns) if c.role not in _MERGED_ROLES]
        if len(trimmed) == len(open_cols):
            if direct_fit(trimmed, [columns[k] for k in open_cols], lex)[1]:
                texts, taken = [""] * len(columns), [False] * len(columns)
                for k, cell in zip(open_cols, trimmed):
                    texts[k], taken[k] = cell, True
                return _finish(cells, texts, taken, columns, (), (), merged_no)
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
        return _from_alignment(trimmed, columns, a, merged_no, exact=True)
    a = align(trimmed, columns, lex, lost_empty=lost_empty)
    return _from_alignment(trimmed, columns, a, merged_no, joiner=joiner, exact=exact, paragraphs=paragraphs)


def _from_alignment(cells: list[str], columns: list[Column], a: Alignment, merged_no: bool, *,
                    joiner: str = " ", exact: bool = False, paragraphs: bool = False) -> TableRow:
    texts = [joiner.join(cells[i] for i in idx if cells[i].strip()) for idx in a.cells]
    taken = [bool(idx) for idx in a.cells]
    row = _finish(cells, texts, taken, columns, a.misfits, tuple(cells[i] for i in a.overflow), merged_no)
    if exact or paragraphs:
        row.joined = tuple(_column_name(columns, k) for k, idx in enumerate(a.cells)
                           if _guessed_join([cells[i] for i in idx if cells[i].strip()], whole=exact))
    return row


_SENTENCE_END = ("。", "；", ";", "！", "!", "？", "?")


_NOTE_AT_END = re.compile(r"\s*\([^()]{0,20}\)$")


def _guessed_join(pieces: list[str], *, whole: bool) -> bool:
    """Whether cells joined under one column are a guess: always where cells
    come whole; where a cell may break over paragraphs, when a piece before
    the last ends a sentence (开展招标。 / 正在招标。 are two cells)."""
    if len(pieces) < 2:
        return False
    # 完成全年总人数30%。(9000人): a note in brackets after the sentence end.
    return whole or any(_NOTE_AT_END.sub("", p.rstrip()).endswith(_SENTENCE_END) for p in pieces[:-1])


def _finish(cells: list[str], texts: list[str], taken: list[bool], columns: list[Column], misfits: tuple[str, ...],
            overflow: tuple[str, ...], merged_no: bool) -> TableRow:
    serial = None
    for k, col in enumerate(columns):
        if col.role == "no" and texts[k].strip():
            serial = row_number(texts[k])
            break
    if merged_no:
        serial = None  # a copy of the merged 序号 above: a sub-row
    return TableRow(list(cells), list(texts), list(taken), serial, tuple(misfits), tuple(overflow), merged_no)
