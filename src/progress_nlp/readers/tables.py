"""Tables found in grids: their header, and each row's cells under its columns.

A :class:`~progress_nlp.readers.grid.Grid` comes from a reader in one of two shapes:

* **rows** (``|`` tables, CSV, HTML, Word, Excel, PDF, space-aligned
  text): each grid row is a table row. A header may run over several rows
  (:func:`_header_at`); rows after it are data until the next header, so a
  file holding several tables gives them all, in order.
* **stream** (one cell per line or per paragraph): the cells come one after
  another and rows are cut where the row number counts on (1, 2, 3 …,
  ``9*`` too).

Where a row's cells do not match the columns one for one (merged cells,
lost empty cells, a cell broken in two, a header read as words) they are
aligned by what they hold (:func:`progress_nlp.readers.align.align`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from ..lexicon import Lexicon
from ..signals import find_cues, find_stages
from .align import Alignment, align, cell_kind, direct_fit, row_number, serial_of
from .grid import Grid, is_heading, is_page_footer
from .header import PERIOD_IN_HEADER, Column, HeaderWords

__all__ = ["Table", "TableRow", "read_tables", "serial_of", "is_heading_cell"]

# Reliable layouts give one cell per column; others are aligned by content.
_CELL_EXACT = frozenset({"pipes", "csv", "tsv", "html", "xlsx", "docx", "pdf"})
_MAX_HEADER_ROWS = 4
# A header of 30 columns broken into words is under 80 cells. A longer run of
# label-like cells is not one header, and segmenting the rest of it from each
# of its cells was quadratic (4,000 lines of 项目: 500 s).
_MAX_HEADER_CELLS = 80
# How far into a run of labels a stream's next header may start.
_HEADER_STARTS = 3
# A period broken after its number (8 / 月份目标, 1-8 / 月目标, 1 / -8月实际完成情况).
_PERIOD_HEAD = re.compile(r"\s*\d{1,2}\s*(?:[-~至—–]\s*\d{0,2}\s*)?")
_MONTH_ON = re.compile(r"\s*(?:[-~至—–]?\s*\d{1,2}\s*)?月")


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
    # Columns that took two cells or more where the layout gives cells whole
    # (a | inside a cell, a sub-row taken in): what was guessed, for the warning.
    joined: tuple[str, ...] = ()
    # What the reader could not read in this row's cells (Grid.damaged).
    damaged: tuple[str, ...] = ()
    # Lines after the table's last row taken as the rest of its last cell.
    tail: tuple[str, ...] = ()


@dataclass
class Table:
    columns: list[Column]
    rows: list[TableRow]
    before: list[str] = field(default_factory=list)
    after: list[str] = field(default_factory=list)
    format: str = ""
    # The rows go on from the previous grid's table (a table broken by a
    # page into two grids, the second without its header).
    continued: bool = False
    # No header row: the columns were inferred from what the cells hold.
    inferred: bool = False

    def index(self, role: str) -> list[int]:
        return [k for k, c in enumerate(self.columns) if c.role == role]


def read_tables(grid: Grid, hw: HeaderWords, lex: Lexicon, *, stream: bool = False,
                previous: Table | None = None) -> list[Table]:
    """Every progress table in ``grid``, in order (none when no header is found).

    ``previous`` is the last table of the grid before, from the same reader:
    numbered rows at the top of ``grid`` with no header of their own go on
    with it (``Table.continued``), as a table broken by a page does."""
    if stream:
        tables = _stream_tables(grid, hw, lex)
    else:
        tables = _row_tables(grid, hw, lex, previous)
    for t in tables:
        _retype_columns(t, lex)
    return tables


def _retype_columns(table: Table, lex: Lexicon) -> None:
    _undated_target(table)
    _task_names_rows(table, lex)
    _retype_progress(table, lex)


# What a period's target names: its month or quarter, or the pace it sets.
_PERIOD_WORDS = re.compile(r"[月季旬周]|序时|时序|阶段|节点|进度|本期|当期|上半年|下半年")
_YEAR_WORDS = re.compile(r"年内|年度|全年|本年|当年")
_MONEY = re.compile(r"投资|资金|万元|亿元")


def _undated_target(table: Table) -> None:
    """A target column that names the year (年内计划投资) is the task, and so
    is one that names no period (计划, 百日会战投资目标) in a table with no
    task column: the target of a period says which (8月份目标, 一季度目标,
    序时目标), and most reports give only the task of the year or campaign."""
    target = table.index("target")
    if len(target) != 1:
        return
    c = table.columns[target[0]]
    if c.month is not None or _PERIOD_WORDS.search(c.name):
        return
    # 计划完成数 | 计划投资额(万元): a plan of money beside a plan of things is
    # the year's too, not a period's.
    money = [bool(_MONEY.search(table.columns[k].name)) for k in table.index("task")]
    if _YEAR_WORDS.search(c.name) or not money or (_MONEY.search(c.name) and not any(money)):
        table.columns[target[0]] = replace(c, role="task")


def _task_names_rows(table: Table, lex: Lexicon) -> None:
    """A table with no project column names its rows by the task
    (工作任务 | 提高困难群众救助保障水平): that column is the project, unless
    its cells are figures (全年目标 | 8950人), which name nothing."""
    task = table.index("task")
    if table.index("project") or not task:
        return
    k = task[0]
    kinds = [cell_kind(row.texts[k], lex) for row in table.rows if row.texts[k].strip()]
    if kinds and sum(kind in ("text", "short") for kind in kinds) * 2 > len(kinds):
        table.columns[k] = replace(table.columns[k], role="project")


def _retype_progress(table: Table, lex: Lexicon) -> None:
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
            table.columns[k] = replace(c, role=role, percent=c.percent or role == "share")


# -- headers ----------------------------------------------------------------------


def _is_fragment(cell: str, hw: HeaderWords) -> bool:
    """A piece of a broken header cell: a label word, or a short bit with no
    figure in it (名称, 领导, (%), 1-8月)."""
    c = hw.squash(cell)
    if not c:
        return True
    if hw.role(c) is not None:
        return True
    if row_number(c) is not None or len(c) > 8:  # 一 of row 一 is no piece of a header
        return False
    # 1-8月 and the 1- of a period broken over words are labels too.
    return not re.search(r"\d", re.sub(r"\d{1,2}\s*[-~至—–]\s*\d{1,2}\s*月份?|\d{1,2}月份?|\(%\)|%|^\d{1,2}\s*[-~至—–]$", "", c))


def _coverage(c: str, hw: HeaderWords) -> float:
    """The share of ``c`` (a squashed cell) that header words and periods cover."""
    bare = re.sub(r"\d{1,2}\s*[-~至—–]\s*\d{1,2}\s*月份?|\d{1,2}月份?(?:\d{1,2}日)?|\d{4}年|[()%:]", "", c)
    if not bare or hw.pattern is None:
        return 1.0
    covered = sum(m.end() - m.start() for m in hw.pattern.finditer(bare))
    return covered / len(bare)


def _columns_of(cells: list[str], hw: HeaderWords, *, words: bool) -> list[Column] | None:
    """The columns a header row names, or None when it is not a header."""
    cells = _trim(cells)
    if not words and hw.is_header(cells):
        return [hw.column(c) for c in cells]
    if words and len(cells) >= 2 and all(hw.squash(c) in hw.role_of for c in cells) and hw.is_header(cells):
        # 项目 进度情况: each word a header word of its own is its column, not
        # cut again across the space (项目进度 | 情况).
        return [hw.column(c) for c in cells]
    if all(_is_fragment(c, hw) for c in cells):
        # A headline holds header words too (为民办实事六项目提前完成): a row
        # of fragments is a header when one cell is a header word itself
        # (序号) or the words make most of the row.
        squashed = [hw.squash(c) for c in cells if c.strip()]
        if not any(c in hw.role_of for c in squashed) and _coverage("".join(squashed), hw) < 0.6:
            return None
        # Two words alone are a headline as often as a header (泰山区基本完成
        # 2019年为民办实事项目): each must be mostly header words itself.
        if len(squashed) == 2 and any(c not in hw.role_of and _coverage(c, hw) < 0.6 for c in squashed):
            return None
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
    top: list[str] | None
    top = _trim(rows[r])
    # A header names several columns: one cell on its own line (一、实事项目
    # 进度完成情况) is a heading of the text, not a table's header.
    if sum(1 for c in top if c.strip()) < 2:
        return None
    end = r + 1
    cols = _columns_of(top, hw, words=words)
    if cols is None and end < len(rows):
        # The line may end inside a header word (序号 | 项 / 目内容… | 牵头单位 …).
        top = _broken_line(top, _trim(rows[end]), hw)
        cols = _columns_of(top, hw, words=words) if top else None
        end += 1
    if cols is None:
        return None
    assert top is not None  # cols is None where top is
    names = [hw.squash(c) for c in top]
    joined = list(top)
    while end < len(rows) and end - r < _MAX_HEADER_ROWS:
        nxt = _trim(rows[end])
        if not nxt or row_number(nxt[0]) is not None:
            break  # 1 | … and 一 | …: a row of the table, not more header
        fragments = all(_is_fragment(c, hw) for c in nxt) and any(hw.squash(c) for c in nxt)
        if not words and _under_columns(nxt, names) and (fragments or _completes(names, nxt, hw)):
            below = [hw.squash(c) for c in nxt] + [""] * (len(names) - len(nxt))
            names = [a + (b if b != a else "") for a, b in zip(names, below)]
            cols = [hw.column(n) for n in names]
        elif not fragments:
            break
        elif (spliced := _split_group(names, nxt, rows[end + 1 : end + 1 + _GROUP_LOOK], hw)) is not None:
            names = spliced
            cols = [hw.column(n) for n in names]
            joined = list(names)
        else:
            filled = _fill_periods(joined, nxt, hw)
            joined = filled if filled is not None else joined + nxt
            again = _columns_of(joined, hw, words=True)
            if again is None:
                break
            cols = again
            names = [c.name for c in cols]
        end += 1
    return cols, end


# Data rows looked at to tell a header's second row of sub-columns.
_GROUP_LOOK = 6
# Progress words a group header over sub-columns is made of (2018年7月进展情况
# over 完成投资 | 完成率 | 实施情况).
_GROUP_ROLES = {"actual"}
_SUB_ROLES = {"actual", "share"}


def _split_group(names: list[str], sub: list[str], below: list[list[str]], hw: HeaderWords) -> list[str] | None:
    """A second header row that holds only the sub-columns of one group
    cell of the first (完成投资 | 完成率 | 实施情况 under 2018年7月进展情况):
    the group's cell replaced by them, each under the group's period
    (2018年7月完成投资). The page keeps no spans, so it is taken only when it
    is sure: one progress cell in the first row, every sub-cell a word of
    progress (完成投资, 完成率), and rows below wider than the first row and
    no wider than the leaf columns then are (a row may leave out a merged
    cell; a header line that broke would have rows as wide as both lines).
    None otherwise."""
    subs = [hw.squash(c) for c in sub if hw.squash(c)]
    if len(subs) < 2 or any(hw.role(c) not in _SUB_ROLES for c in subs):
        return None
    groups = [k for k, n in enumerate(names) if hw.role(n) in _GROUP_ROLES]
    if len(groups) != 1:
        return None
    # Rows may leave out merged cells (类别), so they are at most as wide.
    width = len(names) - 1 + len(subs)
    if not len(names) <= max((len(_trim(r)) for r in below), default=0) <= width:
        return None
    k = groups[0]
    # Only the group's period goes down: 进展情况 over 完成率 would make the
    # longer word win and the share a progress column.
    period = "".join(m.group() for m in PERIOD_IN_HEADER.finditer(names[k]))
    return names[:k] + [f"{period}{c}" for c in subs] + names[k + 1 :]


def _broken_line(top: list[str], nxt: list[str], hw: HeaderWords) -> list[str] | None:
    """A header line of fragments and the next line, joined where a word was
    broken (项 / 目内容及居民受益面, 1 / -8月目标), or None when they do not
    join so."""
    if not nxt or not all(_is_fragment(c, hw) for c in top[:-1]):
        return None
    word = f"{top[-1].strip()}{nxt[0].strip()}"
    period = _PERIOD_HEAD.fullmatch(top[-1]) and _MONTH_ON.match(nxt[0]) and hw.role(word) is not None
    if not period and not (_is_fragment(top[-1], hw) and _finishes(top[-1], nxt[0], hw)):
        return None
    return top[:-1] + [word] + nxt[1:]


def _under_columns(nxt: list[str], names: list[str]) -> bool:
    """A second header row whose words stand under their columns: as many
    cells as the header, or fewer with gaps (8月份 over 目标, the other
    cells empty). A shorter row with no gap is the header line going on."""
    if len(nxt) == len(names):
        return True
    return len(nxt) < len(names) and any(not c.strip() for c in nxt)


def _completes(names: list[str], nxt: list[str], hw: HeaderWords) -> bool:
    """Whether every word of a second header row names a column, alone or
    with the header cell above it (项 over 目内容及居民受益面): a data row
    under the header does not."""
    for name, cell in zip(names, nxt):
        c = hw.squash(cell)
        if c and hw.role(c) is None and (hw.role(name) is not None or hw.role(name + c) is None):
            return False
    return any(hw.squash(c) for c in nxt)


def _fill_periods(cells: list[str], more: list[str], hw: HeaderWords) -> list[str] | None:
    """Header cells that name only a period (8月份) and the words of the next
    line (目标), one each, in order: the header word broken over two lines
    where the layout kept no positions. None unless the counts agree and
    every joined cell names a column."""
    words = [c for c in more if hw.squash(c)]
    gaps = [k for k, c in enumerate(cells) if hw.is_period(c)]
    if not gaps or len(words) != len(gaps):
        return None
    out = list(cells)
    for k, word in zip(gaps, words):
        out[k] = f"{hw.squash(cells[k])}{hw.squash(word)}"
        if hw.role(out[k]) is None:
            return None
    return out


# -- rows layout ------------------------------------------------------------------------


def _row_tables(grid: Grid, hw: HeaderWords, lex: Lexicon, previous: Table | None = None) -> list[Table]:
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
        found = _header_at(rows, r, hw, words=words)
        if found is None:
            before.append(" ".join(c for c in rows[r] if c.strip()))
            r += 1
            continue
        columns, end = found
        # Each row of the header, to know it when a new page repeats it.
        heads = {tuple(hw.squash(c) for c in _trim(rows[k])) for k in range(r, end)}
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
    numbered = [k for k, row in enumerate(rows) if row and serial_of(row[0]) is not None and len(_trim(row)) >= 3]
    if len(numbered) < 3:
        return None
    widths = [len(_trim(rows[k])) for k in numbered]
    width = max(set(widths), key=widths.count)
    sample = [_trim(rows[k]) for k in numbered if len(_trim(rows[k])) == width]
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
    if serial is None or first is None or len(_trim(first)) > len(previous.columns):
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
        if not filled or is_page_footer(" ".join(filled)):
            r += 1
            continue
        if tuple(hw.squash(c) for c in _trim(cells)) in heads:
            r += 1  # the header repeated on a new page
            continue
        # A row opening with its number is data; others may start a new table.
        if row_number(cells[0]) is None and _header_at(rows, r, hw, words=words) is not None:
            break
        if not words and data and len(cells) >= 3 and len(_trim(cells)) == 1 and serial_of(cells[0]) is None \
                and not is_heading_cell(cells[0]) and (k := _first_text(data[-1], columns)) is not None:
            # 新增学位810个 | | | |: the first cell of a row whose other cells
            # are merged with the row above (rowspan) is the rest of that
            # row's task, written under it in the same cell of the grid.
            data[-1].texts[k] = f"{data[-1].texts[k]} {cells[0]}"
            data[-1].cells.append(cells[0])
            r += 1
            continue
        if len(_trim(cells)) == 1 and serial_of(cells[0]) is None:
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
            row = _row(part, columns, lex, exact=not words, merged_no=merged_no, joiner=joiner, lost_empty=words)
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
    while len(_trim(rest)) >= 2 * width - 1:
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
        data.append(_row([text], columns, lex, exact=False))
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
        cells = _trim([c.strip() for c in rows[r]])
        out[r] = r if len(cells) > 1 or (cells and serial_of(cells[0]) is not None) else out[r + 1]
    return out


def _ahead(rows: list[list[str]], r: int, hw: HeaderWords, words: bool) -> str | None:
    """What row ``r`` (see :func:`_following_rows`) is: "header", "data" (a
    row of the table) or None (the end of the grid)."""
    if r >= len(rows):
        return None
    if row_number(rows[r][0].strip()) is None and _header_at(rows, r, hw, words=words) is not None:
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


def _row(cells: list[str], columns: list[Column], lex: Lexicon, *, exact: bool, merged_no: bool = False,
         joiner: str = " ", paragraphs: bool = False, lost_empty: bool = False, subitem: bool = False) -> TableRow:
    """The row of ``cells``. ``exact``: the layout gives each cell whole, so
    cells joined under one column are a guess the row carries (``joined``);
    ``paragraphs``: a cell may be broken over paragraphs, mid-sentence, so
    only a column that took whole sentences is such a guess;
    ``lost_empty``: see :func:`~progress_nlp.readers.align.align`;
    ``subitem``: a sub-item after a numbered row, its merged cells left out."""
    trimmed = _trim(cells)
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


def _word_across(hw: HeaderWords, a: str, b: str) -> bool:
    """Does a header word run across the break between ``a`` and ``b``?"""
    joined = hw.squash(a + b)
    cut = len(hw.squash(a))
    return hw.pattern is not None and any(m.start() < cut < m.end() for m in hw.pattern.finditer(joined))


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


# -- stream layout ----------------------------------------------------------------------


def _stream_tables(grid: Grid, hw: HeaderWords, lex: Lexicon) -> list[Table]:
    """Every table of a stream of cells: a header, then the rows cut at their
    numbers, up to the next header whose rows count from 1 again. A header
    a new page repeats (its rows count on) is left out."""
    cells = [row[0] if row else "" for row in grid.rows]
    found = _stream_header(cells, hw)
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
        found = _stream_header_at(cells, i, hw) if run < _HEADER_STARTS and role is not None else None
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
    return next((s for s in map(serial_of, cells[start : start + _MAX_HEADER_CELLS]) if s is not None), None)


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
            rows.append(_row(part, columns, lex, exact=fmt == "cells", paragraphs=True,
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


def _stream_header(cells: list[str], hw: HeaderWords) -> tuple[int, int, list[Column]] | None:
    """(start, end, columns) of the first header run in a stream of cells."""
    for i, cell in enumerate(cells):
        if hw.role(cell) is None:
            continue
        found = _stream_header_at(cells, i, hw)
        if found is not None:
            return found
    return None


def _stream_header_at(cells: list[str], i: int, hw: HeaderWords) -> tuple[int, int, list[Column]] | None:
    """(i, end, columns) of a header run starting at cell ``i``, or None."""
    if is_heading(cells[i]):
        return None  # 二、区级实事项目 names the table; it is no column
    j, stop = i, min(len(cells), i + _MAX_HEADER_CELLS)
    while j < stop and _in_header(cells, j, hw):
        j += 1
    run: list[str] = []
    ends: list[int] = []  # where each word of the run ends
    for k in range(i, j):
        # 8 / 月份目标 and 项 / 目内容及居民受益面 are one word of the header again.
        starts = _PERIOD_HEAD.fullmatch(cells[k]) is not None or _is_fragment(cells[k], hw)
        if starts and k > i and _BRACKET_ONLY.fullmatch(hw.squash(cells[k])):
            starts = False  # 总投资 / (万元): a unit or period in brackets finishes the word above
        if run and (_PERIOD_HEAD.fullmatch(run[-1]) is not None or not starts):
            run[-1] = f"{run[-1].strip()}{cells[k].strip()}"
            ends[-1] = k + 1
        else:
            run.append(cells[k])
            ends.append(k + 1)
    # 进 / 展情况: a word broken between two cells neither of which names a
    # column (or one that does not) is one cell again when together they do.
    k = 0
    while k + 1 < len(run):
        a, b = run[k].strip(), run[k + 1].strip()
        if (hw.role(a) is None or hw.role(b) is None) and len(a) + len(b) <= _HEADER_CELL_MAX \
                and not _PERIOD_HEAD.fullmatch(a) and _word_across(hw, a, b):
            run[k : k + 2] = [a + b]
            ends[k : k + 2] = [ends[k + 1]]
        else:
            k += 1
    # The run may end with data cells that look like labels (就业促进工程
    # before row 1): keep only what holds a header word or a short bit.
    while len(run) > 1 and hw.role(run[-1]) is None and len(hw.squash(run[-1])) > 3:
        run.pop()
        ends.pop()
    # A header names the project before the progress: a name after the
    # progress columns (进展情况 / (12月) / 养老服务项目) is row 1's.
    while len(run) > 1 and hw.role(run[-1]) in _NAMING and any(hw.role(c) in _PROGRESS_ROLES for c in run[:-1]):
        run.pop()
        ends.pop()
    run, ends = _under_groups(run, ends, hw)
    # A run whose cells each name a column (地区 / 投资目标(亿元) / 完成比例%)
    # is the header cell for cell; the first row's name (贵阳市) after it is not.
    named = len(run)
    while named > 1 and hw.role(run[named - 1]) is None:
        named -= 1
    # A title just above (…9月份推进情况) holds a header word too; header
    # cells are short.
    lead = 0
    while lead < named and len(hw.squash(run[lead])) > _HEADER_CELL_MAX:
        lead += 1
    if named - lead >= 3 and all(hw.role(c) is not None and len(hw.squash(c)) <= _HEADER_CELL_MAX for c in run[lead:named]):
        cols = _columns_of(run[lead:named], hw, words=False)
        if cols is not None:
            return (ends[lead - 1] if lead else i), ends[named - 1], cols
    cols = _columns_of(run, hw, words=True) if run else None
    return (i, ends[-1], cols) if cols is not None else None


def _under_groups(run: list[str], ends: list[int], hw: HeaderWords) -> tuple[list[str], list[int]]:
    """A header of two lines in a stream: 本月进展情况 / || / 前期手续 /
    在建形象进度 / ||||. The empty cells close a header line (the cells its
    merged ones leave blank); the cells right after them, up to the next
    empty ones, that name no column of their own or one of the group's
    kind, are the columns under the progress cell before the gap, each
    named with the group's words (本月进展情况前期手续). Other empty cells
    are dropped."""
    if all(c.strip() for c in run):
        return run, ends
    out: list[str] = []
    out_ends: list[int] = []
    group: str | None = None  # the progress cell the next cells sit under
    subs = False  # reading the cells under it
    for k, cell in enumerate(run):
        c = cell.strip()
        if not c:
            if subs:
                group, subs = None, False
            elif out and hw.role(out[-1]) in _PROGRESS_ROLES:
                group = out[-1]
            continue
        under = group is not None and (subs or not run[k - 1].strip()) and row_number(c) is None \
            and len(hw.squash(c)) >= 2 and hw.role(c) in (None, hw.role(group))
        if under and group is not None:
            if not subs and out and out[-1] == group:
                out.pop()
                out_ends.pop()
            out.append(group + c)
            subs = True
        else:
            group, subs = None, False
            out.append(c)
        out_ends.append(ends[k])
    return out, out_ends


_HEADER_CELL_MAX = 14
_BRACKET_ONLY = re.compile(r"\([^()]{1,8}\)")
_NAMING = frozenset({"project", "category"})
_PROGRESS_ROLES = frozenset({"actual", "target", "share"})
# Columns a page merges over a row and its sub-items: the sub-items leave them out.
_MERGED_ROLES = frozenset({"no", "lead", "category", "person"})


def _in_header(cells: list[str], j: int, hw: HeaderWords) -> bool:
    """Whether cell ``j`` goes on with a header (called in order from the
    run's first cell): a fragment of it, or a number whose period the next
    cell finishes (8 / 月份目标), which is not a row number, and that rest."""
    if _PERIOD_HEAD.fullmatch(cells[j]):
        after = cells[j + 1] if j + 1 < len(cells) else ""
        return bool(_MONTH_ON.match(after)) and hw.role(f"{cells[j].strip()}{after.strip()}") is not None
    if j > 0 and _PERIOD_HEAD.fullmatch(cells[j - 1]):
        return True  # the rest of the period above, taken with it
    return _is_fragment(cells[j], hw) or (j > 0 and _finishes(cells[j - 1], cells[j], hw))


def _finishes(head: str, cell: str, hw: HeaderWords) -> bool:
    """A longer cell that ends a header word broken off before it (项 /
    目内容及居民受益面): no figure in it, and together they name a column
    that the first part alone does not."""
    c = hw.squash(cell)
    return bool(c) and not any(ch.isdigit() for ch in c) and hw.role(head) is None and hw.role(hw.squash(head) + c) is not None
