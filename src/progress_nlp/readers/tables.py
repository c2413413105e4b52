"""Tables found in grids: their header, and each row's cells under its columns.

A :class:`~progress_nlp.readers.grid.Grid` comes from a reader in one of two shapes:

* **rows** (``|`` tables, CSV, HTML, Word, Excel, PDF, space-aligned
  text): each grid row is a table row. A header may run over several rows
  (:func:`~progress_nlp.readers.table_header.header_at`); rows after it are data until the next header, so a
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
from dataclasses import replace

from ..lexicon import Lexicon
from .align import cell_kind, serial_of
from .grid import Grid
from .header import HeaderWords
from .table import Table, TableRow
from .row_layout import is_heading_cell, row_tables
from .stream_layout import stream_tables

__all__ = ["Table", "TableRow", "read_tables", "serial_of", "is_heading_cell"]

def read_tables(grid: Grid, hw: HeaderWords, lex: Lexicon, *, stream: bool = False,
                previous: Table | None = None) -> list[Table]:
    """Every progress table in ``grid``, in order (none when no header is found).

    ``previous`` is the last table of the grid before, from the same reader:
    numbered rows at the top of ``grid`` with no header of their own go on
    with it (``Table.continued``), as a table broken by a page does."""
    if stream:
        tables = stream_tables(grid, hw, lex)
    else:
        tables = row_tables(grid, hw, lex, previous)
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
