"""Tables as grids of cell texts: the common form every reader produces.

A reader turns one published format into :class:`Grid` objects (one per
table found) and the page text around them; :mod:`progress_nlp.report` then
finds the header, the columns and the rows. Keeping that split means a new
format is one function returning grids.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..errors import ReportTooLargeError

__all__ = ["Grid", "surround", "is_page_footer", "is_heading", "MAX_SURROUNDING"]

# Every grid holds the page text around it, and the table reader copies it
# once per grid, so a page of T tables and L text lines costs T x L. Real
# pages stay under 100,000 (a few hundred lines, tens of tables); 16,000
# tiny tables between 16,000 lines made 256 million references, 2 GB. At
# this cap the copies take at most 32 MB and a fraction of a second.
MAX_SURROUNDING = 4_000_000


@dataclass
class Grid:
    """One table.

    ``rows`` holds the cell texts row by row (ragged rows allowed).
    ``merged`` holds the (row, column) positions whose text was copied from a
    merged cell above or to the left (rowspan/colspan, Excel merges), so a
    sub-row under a merged 序号 can be told from a numbered row.
    ``before`` and ``after`` are the lines of page text around the table
    (title, publisher, dates), ``format`` names the reader. ``damaged``
    maps a (row, column) position whose text the reader could not trust
    (an .xlsx cell pointing at a shared string that does not exist) to what
    went wrong; the cell is left empty and the row's warning says why.
    """

    rows: list[list[str]]
    merged: set[tuple[int, int]] = field(default_factory=set)
    before: list[str] = field(default_factory=list)
    after: list[str] = field(default_factory=list)
    format: str = ""
    damaged: dict[tuple[int, int], str] = field(default_factory=dict)


# Page furniture a copied table carries inside it: 第1页 共2页, - 3 -, 3/10.
_PAGE_FOOTER = re.compile(r"^\s*(?:第\s*\d+\s*页\s*(?:[,，/、]?\s*共\s*\d+\s*页)?|-\s*\d+\s*-|\d+\s*/\s*\d+|共\s*\d+\s*页)\s*\|?\s*$")


_HEADING = re.compile(r"^\s*(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十]+[)）])")


def is_heading(text: str) -> bool:
    """一、民生保障类, (二)教育: a heading of the page or between a table's rows.

    >>> is_heading("二、区级实事项目"), is_heading("(三)教育"), is_heading("2、新建")
    (True, True, False)
    """
    return bool(_HEADING.match(text or ""))


def is_page_footer(text: str) -> bool:
    """A page number left in a copied table (with the ``|`` of its line, if any).

    >>> [is_page_footer(t) for t in ("第1页 共2页", "第 1 页，共 3 页 |", "- 2 -", "3/10", "第1页完成招标")]
    [True, True, True, True, False]
    """
    return bool(_PAGE_FOOTER.match(text or ""))


def surround(grids: list[Grid], lines: list[str], starts: list[int]) -> None:
    """Give each grid the page's text lines before and after it.

    ``starts[k]`` is the number of ``lines`` that come before ``grids[k]``.
    The lines go ahead of what ``before`` already holds (a caption).

    >>> grids = [Grid(rows=[]), Grid(rows=[], before=["表二"])]
    >>> surround(grids, ["题", "中间", "尾"], [1, 2])
    >>> [(g.before, g.after) for g in grids]
    [(['题'], ['中间', '尾']), (['题', '中间', '表二'], ['尾'])]

    Raises :class:`ReportTooLargeError` when the copies would exceed
    :data:`MAX_SURROUNDING` references (tables times lines).
    """
    if len(grids) * len(lines) > MAX_SURROUNDING:
        raise ReportTooLargeError(
            f"{len(grids)} tables among {len(lines)} lines of page text: more than"
            f" {MAX_SURROUNDING} lines to copy around the tables"
        )
    for grid, start in zip(grids, starts):
        grid.before[:0] = lines[:start]
        grid.after = lines[start:]
