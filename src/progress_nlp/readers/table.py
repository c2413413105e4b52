"""A table as read: its columns, and each data row's cells under them."""

from __future__ import annotations

from dataclasses import dataclass, field

from .header import Column


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
