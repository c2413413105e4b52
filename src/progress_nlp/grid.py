"""Tables as grids of cell texts: the common form every reader produces.

A reader turns one published format into :class:`Grid` objects (one per
table found) and the page text around them; :mod:`progress_nlp.report` then
finds the header, the columns and the rows. Keeping that split means a new
format is one function returning grids.
"""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["Grid"]


@dataclass
class Grid:
    """One table.

    ``rows`` holds the cell texts row by row (ragged rows allowed).
    ``merged`` holds the (row, column) positions whose text was copied from a
    merged cell above or to the left (rowspan/colspan, Excel merges), so a
    sub-row under a merged 序号 can be told from a numbered row.
    ``before`` and ``after`` are the lines of page text around the table
    (title, publisher, dates), ``format`` names the reader.
    """

    rows: list[list[str]]
    merged: set[tuple[int, int]] = field(default_factory=set)
    before: list[str] = field(default_factory=list)
    after: list[str] = field(default_factory=list)
    format: str = ""
