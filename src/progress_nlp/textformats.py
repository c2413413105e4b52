"""Reading progress tables published as plain text.

Five layouts are recognised (:func:`sniff` says which one a text uses):

``cells``
    One cell per line, each ending in `` |`` (text copied from a web page);
    a cell may span lines and close with a line holding only ``|``.
``pipes``
    One row per line, cells separated by ``|`` (Markdown tables too).
``blocks``
    One cell per paragraph, cells separated by blank lines.
``csv`` / ``tsv``
    Comma- or tab-separated values.
``columns``
    One row per line, columns separated by runs of two or more spaces.

``cells`` and ``blocks`` are streams of cells with no row breaks: the rows
are cut where the 序号 column counts on (see :func:`stream_to_grid`).
"""

from __future__ import annotations

import csv
import io
import re

from .errors import ReportFormatError
from .grid import Grid

__all__ = ["decode", "sniff", "read_text", "text_readings", "stream_to_grid", "is_serial", "strip_pinyin"]

_SERIAL = re.compile(r"^\s*(\d{1,4})\s*[.、．]?\s*$")
_MD_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
_SPACE_COLS = re.compile(r"\t+| {2,}|\u3000+")


def decode(data: bytes) -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM, else GB18030 (GBK).

    >>> decode("序号".encode("gbk"))
    '序号'
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:  # found by the atheris harness
            raise ReportFormatError(f"cannot decode the text: a UTF-16 byte-order mark, then {exc.reason} at byte {exc.start}") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = exc
    decoded = {}
    for codec in ("gb18030", "big5"):
        try:
            decoded[codec] = data.decode(codec)
        except UnicodeDecodeError:
            pass
    if not decoded:
        raise ReportFormatError(
            f"cannot decode the text: not UTF-8 ({utf8_error.reason} at byte {utf8_error.start}) nor GB18030/GBK nor Big5"
        )
    # Big5 bytes often decode as GB18030 too, into rare characters: keep the
    # reading that holds more of the characters progress reports are made of.
    return max(decoded.values(), key=_common_share)


# Frequent characters of progress reports, simplified and traditional.
_COMMON = frozenset("项目進进展完成建设設情况況工作推进實实施年月日个個的和已新增等区區县縣市局单位單位计划計劃序号號全任务務")


def _common_share(text: str) -> int:
    return sum(1 for ch in text[:20000] if ch in _COMMON)


# 项(xiàng)目(mù): pinyin a mirror site put after each character.
_PINYIN = re.compile(r"(?<=[\u4e00-\u9fff])\(([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹ]{1,7})\)")


def strip_pinyin(text: str) -> str:
    """Drop pinyin in brackets after characters, as some mirror pages add it.

    >>> strip_pinyin("项(xiàng)目(mù)进展(zhǎn)情况,完成(80)个")
    '项目进展情况,完成(80)个'
    """
    if "(" not in text:
        return text
    hits = _PINYIN.findall(text[:20000])
    # A page that annotates characters does so throughout; one bracketed word
    # in a text (备注(PPP)) is not that.
    return _PINYIN.sub("", text) if len(hits) >= 3 else text


def is_serial(cell: str) -> int | None:
    """The row number a 序号 cell holds (``"12"``, ``"3."``, ``"4、"``), or None."""
    m = _SERIAL.match(cell)
    return int(m.group(1)) if m else None


def sniff(text: str) -> str:
    """Name the layout of a text table: cells, pipes, csv, tsv, columns or blocks."""
    lines = [ln for ln in text.splitlines() if ln.strip()]
    if not lines:
        return "blocks"
    ends = sum(1 for ln in lines if ln.rstrip().endswith("|"))
    inner = sum(1 for ln in lines if ln.strip().strip("|").count("|") >= 1)
    if inner >= 2 and inner >= ends / 2:
        return "pipes"
    if ends >= 3:
        return "cells"
    for layout, delimiter in (("tsv", "\t"), ("csv", ",")):
        if _consistent_rows(text, delimiter):
            return layout
    if sum(1 for ln in lines if len(_SPACE_COLS.split(ln.strip())) >= 3) >= 2:
        return "columns"
    return "blocks"


def _consistent_rows(text: str, delimiter: str) -> bool:
    """CSV/TSV: most records have the same number (3 or more) of fields.

    Sentences in a text report hold commas too (新增81台,完工52台), but
    their field counts vary from line to line; a real table's do not.
    """
    try:
        rows = [r for r in csv.reader(io.StringIO(text), delimiter=delimiter) if any(c.strip() for c in r)]
    except csv.Error:
        return False
    if len(rows) < 2:
        return False
    counts: dict[int, int] = {}
    for r in rows:
        counts[len(r)] = counts.get(len(r), 0) + 1
    width, n = max(counts.items(), key=lambda kv: kv[1])
    return width >= 3 and n >= 0.6 * len(rows)


def _cells_from_pipes(text: str) -> tuple[list[str], list[str], list[str]]:
    """Cell-per-line text: (before, cells, after)."""
    before: list[str] = []
    cells: list[str] = []
    pending: list[str] = []
    for raw in text.splitlines():
        line = raw.strip()
        if line.endswith("|"):
            content = line[:-1].strip()
            if content or pending:
                parts = pending + ([content] if content else [])
                if not cells and len(parts) > 1:
                    # Lines before the first cell are page text (the title).
                    before.extend(parts[:-1])
                    parts = parts[-1:]
                cells.append("\n".join(parts))
            else:
                cells.append("")
            pending = []
        elif line:
            pending.append(line)
    return before, cells, pending


def text_readings(text: str) -> list[list[tuple[Grid, bool]]]:
    """Ways to read a text as tables, the sniffed layout first.

    Each reading is a list of ``(grid, stream)``: ``stream`` marks a grid of
    one cell per row (cells, blocks, lines) whose rows are cut by their
    numbers. After the sniffed layout come the others a page copied in a
    hurry is often in: words (cells split by single spaces), one cell per
    line with no separator, blocks.
    """
    text = strip_pinyin(text)
    layout = sniff(text)
    order = [layout] + [alt for alt in ("words", "lines", "blocks") if alt != layout]
    readings = []
    for name in order:
        reading = _reading(text, name)
        if reading:
            readings.append(reading)
    return readings


def _reading(text: str, layout: str) -> list[tuple[Grid, bool]]:
    if layout == "cells":
        before, cells, after = _cells_from_pipes(text)
        return [(Grid(rows=[[c] for c in cells], before=before, after=after, format="cells"), True)]
    if layout == "blocks":
        return [(Grid(rows=[[c] for c in _cells_from_blocks(text)], format="blocks"), True)]
    if layout == "lines":
        return [(Grid(rows=[[ln.strip()] for ln in text.splitlines() if ln.strip()], format="lines"), True)]
    if layout == "pipes":
        return [(_rows_grid(text, layout, _pipe_splitter(text)), False)]
    if layout in ("csv", "tsv"):
        delimiter = "," if layout == "csv" else "\t"
        rows = [[c.strip() for c in r] for r in csv.reader(io.StringIO(text), delimiter=delimiter)]
        return [(Grid(rows=[r for r in rows if any(r)], format=layout), False)]
    if layout == "words":
        return [(_rows_grid(text, "words", lambda ln: ln.split()), False)]
    return [(_rows_grid(text, layout, lambda ln: [c.strip() for c in _SPACE_COLS.split(ln.strip())]), False)]


def _cells_from_blocks(text: str) -> list[str]:
    blocks = re.split(r"\n\s*\n", text.strip())
    return ["\n".join(ln.strip() for ln in b.splitlines() if ln.strip()) for b in blocks if b.strip()]


def stream_to_grid(cells: list[str], header_width: int, header_at: int) -> tuple[list[list[str]], list[str], list[str]]:
    """Cut a stream of cells into rows where the row number counts on.

    ``cells[header_at : header_at + header_width]`` is the header. A row
    starts at a cell holding the next row number; the cells of a row beyond
    the header's width belong to sub-rows (a project split in several lines)
    and are kept as rows of their own that carry no number. Returns
    ``(rows, before, after)``: the header row first, then the data rows; the
    cells before the header and those after the last row that cannot belong
    to it (page text) as ``before`` and ``after``.
    """
    before = cells[:header_at]
    rows: list[list[str]] = [cells[header_at : header_at + header_width]]
    body = cells[header_at + header_width :]
    current: list[str] | None = None
    expected = None
    for cell in body:
        n = is_serial(cell)
        # The next number starts a row; a larger one too once the current
        # row is complete (a gap in the numbering, reported by the caller).
        starts = n is not None and (
            expected is None or n == expected or (current is not None and len(current) >= header_width and n > expected)
        )
        if starts:
            if current is not None:
                rows.append(current)
            current = [cell]
            expected = n + 1
        elif current is None:
            before.append(cell)  # text between the header and row 1
        else:
            current.append(cell)
    after: list[str] = []
    if current is not None:
        if len(current) > header_width:
            # Cells past the last row's width are page text (publisher,
            # date) unless they look like table cells of a sub-row.
            after = current[header_width:]
            current = current[:header_width]
        rows.append(current)
    return rows, before, after


def _split_subrows(rows: list[list[str]], width: int) -> tuple[list[list[str]], set[tuple[int, int]]]:
    """Rows longer than the header: the extra cells become sub-rows.

    A sub-row repeats nothing of its parent: its first cell is the project
    text and the rest fill the right-most columns (the 序号 and 牵头单位 of a
    merged layout are what is missing). Returned sub-rows start with an
    empty 序号 cell marked as merged.
    """
    out: list[list[str]] = []
    merged: set[tuple[int, int]] = set()
    for row in rows:
        if len(row) <= width or not out:
            out.append(row)
            continue
        out.append(row[:width])
        extra = row[width:]
        while extra:
            chunk, extra = extra[: width - 1], extra[width - 1 :]
            sub = [""] * width
            sub[1] = chunk[0]
            for k, cell in enumerate(reversed(chunk[1:])):
                sub[width - 1 - k] = cell
            merged.add((len(out), 0))
            out.append(sub)
    return out, merged


def read_text(text: str, header_finder) -> list[Grid]:
    """Grids of a text table. ``header_finder(cells) -> (index, width)`` locates
    the header in a cell stream (it knows the header words)."""
    layout = sniff(text)
    if layout in ("cells", "blocks"):
        if layout == "cells":
            before, cells, after = _cells_from_pipes(text)
        else:
            before, cells, after = [], _cells_from_blocks(text), []
        found = header_finder(cells)
        if found is None:
            return [Grid(rows=[[c] for c in cells], before=before, after=after, format=layout)]
        at, width = found
        rows, pre, post = stream_to_grid(cells, width, at)
        rows, merged = _split_subrows(rows, width)
        return [Grid(rows=rows, merged=merged, before=before + pre, after=post + after, format=layout)]
    if layout == "pipes":
        return [_rows_grid(text, layout, _pipe_splitter(text))]
    if layout in ("csv", "tsv"):
        delimiter = "," if layout == "csv" else "\t"
        rows = [[c.strip() for c in r] for r in csv.reader(io.StringIO(text), delimiter=delimiter)]
        return [Grid(rows=[r for r in rows if any(r)], format=layout)]
    return [_rows_grid(text, layout, lambda ln: [c.strip() for c in _SPACE_COLS.split(ln.strip())])]


def _pipe_splitter(text: str):
    """Split rows on |, dropping outer pipes only where the table uses them.

    ``| a | b |`` (Markdown) has outer pipes on every row; ``a | b`` has
    none, and there a line `` | 新增800张… | | 400`` starts with an empty
    cell (a sub-row under a merged 序号) that must be kept.
    """
    lines = [ln.strip() for ln in text.splitlines() if "|" in ln]
    lead = sum(ln.startswith("|") for ln in lines) > len(lines) / 2
    trail = sum(ln.endswith("|") for ln in lines) > len(lines) / 2

    def split(line: str) -> list[str] | None:
        if "|" not in line:
            return None
        ln = line.strip()
        if lead and ln.startswith("|"):
            ln = ln[1:]
        if trail and ln.endswith("|"):
            ln = ln[:-1]
        return [c.strip() for c in ln.split("|")]

    return split


def _rows_grid(text: str, layout: str, split) -> Grid:
    rows: list[list[str]] = []
    before: list[str] = []
    after: list[str] = []
    for raw in text.splitlines():
        if not raw.strip() or _MD_RULE.match(raw):
            continue
        cells = split(raw)
        # Lines split on spaces keep their one-cell lines: a header broken
        # over lines, a cell broken over lines (the reader decides which).
        if cells is None or len(cells) < (1 if layout in ("words", "columns") else 2):
            (after if rows else before).append(raw.strip())
            continue
        if after:  # a table row after page text: keep the text, go on
            before.extend(after)
            after = []
        rows.append(cells)
    return Grid(rows=rows, before=before, after=after, format=layout)
