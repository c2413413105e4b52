"""Reading progress tables published as plain text.

:func:`text_readings` gives the ways to read a text as grids, the layout
:func:`sniff` names first:

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
``words``
    One row per line, cells separated by single spaces.
``lines``
    One cell per line with no separator at all.

``cells``, ``blocks`` and ``lines`` are streams of cells with no row
breaks: :mod:`progress_nlp.readers.stream_layout` cuts the rows where the 序号
column counts on.
"""

from __future__ import annotations

import codecs

import csv
import io
import re
from collections import Counter
from typing import Callable

from ..errors import ReportFormatError
from .align import serial_of
from .grid import Grid, is_heading, is_page_footer

__all__ = ["decode", "sniff", "text_readings", "strip_pinyin", "csv_rows", "PINYIN", "PINYIN_MIN"]

_MD_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
_SPACE_COLS = re.compile(r"\t+| {2,}|\u3000+")


BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: it starts with the same bytes
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode(data: bytes) -> str:
    """The one decoder of text and pages with no declared encoding: the
    byte-order mark's (UTF-8, UTF-16, UTF-32), else UTF-8, else GB18030
    (GBK) or Big5, whichever reads as Chinese progress text.

    >>> decode("序号".encode("gbk")), decode("進展".encode("big5")), decode("序号".encode("utf-32"))
    ('序号', '進展', '序号')
    """
    for bom, codec in BOMS:
        if not data.startswith(bom):
            continue
        if codec == "utf-8-sig":
            return data[3:].decode("utf-8", errors="replace")
        try:
            return data.decode(codec)
        except UnicodeDecodeError as exc:  # found by the atheris harness
            raise ReportFormatError(f"cannot decode the text: a {codec.upper()} byte-order mark, then {exc.reason} at byte {exc.start}") from None
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


# 项(xiàng)目(mù): pinyin a mirror site put after each character (lower
# case, unlike an acronym such as 疫苗(HPV)); a page that annotates does so
# PINYIN_MIN times at least. the prose reader (readers/prose/) reads the same annotations.
PINYIN = re.compile(r"(?<=[\u4e00-\u9fff])\(([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹ]{1,7})\)")
PINYIN_MIN = 3
# A photo's caption or credit on a line of its own (图片来源:…, 记者 张三 摄),
# which a copied news page or post puts between a project's lines.
CAPTION = r"(?:图为|图片来源|图片|摄影|供图|\(?图\)?\s*:).{0,60}|\(?[^()]{0,20}摄\)?|\((?:相关|资料|配)[^()]{0,4}图(?:片)?\)"
# A stored page's record of itself (# source: …, # title: …), never its text.
PAGE_RECORD = r"\#\s*(?:source|title)\s*:"


# An annotation with a tone mark is pinyin whatever else the text holds.
_TONED = re.compile(r"(?<=[\u4e00-\u9fff])\((?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹ]{1,7}\)")


def strip_pinyin(text: str) -> str:
    """Drop pinyin in brackets after characters, as some mirror pages add it.

    Toned syllables (``(yù)``) always go, so a cell or a sentence cut from
    such a page reads too; untoned ones (``(shi)``) only when the text has
    PINYIN_MIN of them, so 完成(80)个 and 面积(m) stay.

    >>> strip_pinyin("项(xiàng)目(mù)进展(zhǎn)情况,接种疫苗(HPV)完成(80)个")
    '项目进展情况,接种疫苗(HPV)完成(80)个'
    >>> strip_pinyin("预(yù)计在12月下旬完成,长度(km)")
    '预计在12月下旬完成,长度(km)'
    """
    if "(" not in text:
        return text
    hits = PINYIN.findall(text[:20000])
    # A page that annotates characters does so throughout; one bracketed word
    # in a text is not that.
    return PINYIN.sub("", text) if len(hits) >= PINYIN_MIN else _TONED.sub("", text)


def sniff(text: str) -> str:
    """Name the layout of a text table: cells, pipes, csv, tsv, columns or blocks."""
    lines = [ln for ln in text.splitlines() if ln.strip()]
    if not lines:
        return "blocks"
    ends = sum(1 for ln in lines if ln.rstrip().endswith("|"))
    inner = sum(1 for ln in lines if ln.strip().strip("|").count("|") >= 1)
    # A | inside a few cells of a CSV or space-aligned table is text.
    spaced = sum(1 for ln in lines if len(_SPACE_COLS.split(ln.strip())) >= 3)
    if inner >= 2 and inner >= ends / 2 and not (inner < len(lines) / 2 and (spaced >= 2 * inner or _separated(text))):
        return "pipes"
    if ends >= 3:
        return "cells"
    for layout, delimiter in (("tsv", "\t"), ("csv", ",")):
        if _consistent_rows(text, delimiter):
            return layout
    if sum(1 for ln in lines if len(_SPACE_COLS.split(ln.strip())) >= 3) >= 2:
        return "columns"
    return "blocks"


def _separated(text: str) -> bool:
    """CSV or TSV whose records have the same number of fields (a | inside a few cells is text)."""
    return _consistent_rows(text, "\t") or _consistent_rows(text, ",")


def _consistent_rows(text: str, delimiter: str) -> bool:
    """CSV/TSV: most records have the same number (3 or more) of fields.

    Sentences in a text report hold commas too (新增81台,完工52台), but
    their field counts vary from line to line; a real table's do not.
    """
    try:
        rows = [r for r in csv_rows(text, delimiter) if any(c.strip() for c in r)]
    except csv.Error:
        return False
    if len(rows) < 2:
        return False
    counts: dict[int, int] = {}
    for r in rows:
        counts[len(r)] = counts.get(len(r), 0) + 1
    width, n = max(counts.items(), key=lambda kv: kv[1])
    return width >= 3 and n >= 0.6 * len(rows)


def csv_rows(text: str, delimiter: str = ",") -> list[list[str]]:
    """The records of CSV text as :func:`csv.reader` reads them, with no limit on a field's length.

    csv.reader refuses a field over ``csv.field_size_limit()`` (128 KB), so
    a report with one long remark read as no table at all. The limit is a
    process-wide setting that belongs to the application, not to us: on
    that error the text is read again by :func:`_csv_records`, which follows
    the same rules without the limit. Any other :class:`csv.Error` is raised.

    >>> rows = csv_rows('序号,备注\\n1,"' + "长" * 200_000 + '"')
    >>> rows[0], len(rows[1][1])
    (['序号', '备注'], 200000)
    """
    try:
        return list(csv.reader(io.StringIO(text), delimiter=delimiter))
    except csv.Error:
        return _csv_records(text, delimiter)


# The states of csv.reader's parser (Modules/_csv.c) that the default
# dialect reaches. Keep _csv_records in step with that parser.
_START_RECORD, _START_FIELD, _IN_FIELD, _IN_QUOTED, _QUOTE_IN_QUOTED, _EAT_CRNL = range(6)
_QUOTED_RUN = re.compile(r'[^"]*')


def _csv_records(text: str, delimiter: str) -> list[list[str]]:
    """Read CSV text as csv.reader does with the default dialect, without its field limit.

    Lines end at ``\\n`` only (as io.StringIO gives them); ``\\r`` ends a
    record outside quotes, and anything but a line break after it is the
    error csv.reader raises.

    >>> _csv_records('a,"b ""c"" \\nd"x,\\n\\n"e', ",")
    [['a', 'b "c" \\ndx', ''], [], ['e']]
    """
    plain_run = re.compile(f"[^{re.escape(delimiter)}\r\n]*")
    records: list[list[str]] = []
    fields: list[str] = []
    field: list[str] = []
    state = _START_RECORD
    for line in _lines(text):
        i = 0
        while i < len(line):
            c = line[i]
            i += 1
            if state == _IN_QUOTED:
                if c == '"':
                    state = _QUOTE_IN_QUOTED
                else:  # the quoted text up to the next quote, line breaks included
                    run = _QUOTED_RUN.match(line, i)
                    assert run is not None  # [^"]* matches everywhere
                    field += (c, run.group())
                    i = run.end()
                continue
            if state == _EAT_CRNL:
                if c not in "\r\n":
                    raise csv.Error("new-line character seen in unquoted field")
                continue
            if state == _QUOTE_IN_QUOTED and c == '"':  # "" inside quotes
                field.append(c)
                state = _IN_QUOTED
            elif c in "\r\n":
                if state != _START_RECORD:
                    fields.append("".join(field))
                    field.clear()
                state = _EAT_CRNL
            elif c == delimiter:
                fields.append("".join(field))
                field.clear()
                state = _START_FIELD
            elif c == '"' and state in (_START_RECORD, _START_FIELD):
                state = _IN_QUOTED
            else:  # plain text up to the next delimiter or line break
                run = plain_run.match(line, i)
                assert run is not None  # [^…]* matches everywhere
                field += (c, run.group())
                i = run.end()
                state = _IN_FIELD
        # The end of the line, as csv.reader marks it after each line.
        if state in (_START_FIELD, _IN_FIELD, _QUOTE_IN_QUOTED):
            fields.append("".join(field))
            field.clear()
        if state != _IN_QUOTED:
            records.append(fields)
            fields = []
            state = _START_RECORD
    if state == _IN_QUOTED:  # the text ends inside quotes: the field ends there
        fields.append("".join(field))
        records.append(fields)
    return records


def _lines(text: str) -> list[str]:
    """Lines as io.StringIO iterates them: each ends at ``\\n``, kept."""
    lines = [line + "\n" for line in text.split("\n")]
    last = lines.pop()[:-1]
    return lines + [last] if last else lines


def _cells_from_pipes(text: str) -> tuple[list[str], list[str], list[str]]:
    """Cell-per-line text: (before, cells, after)."""
    before: list[str] = []
    cells: list[str] = []
    pending: list[str] = []
    for raw in text.splitlines():
        line = raw.strip()
        if line and not line.strip("|") and not pending:
            cells.extend([""] * len(line))  # || or |||||: a run of empty cells, each closed by its |
            continue
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
        elif line and is_heading(line) and not pending and cells:
            cells.append(line)  # 二、区级实事项目 before a table's header: no part of its first cell
        elif line and not is_page_footer(line):
            # A page number between the lines would open the next cell (第1页 共2页 / 6).
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
        rows = [[c.strip() for c in r] for r in csv_rows(text, delimiter)]
        return [(Grid(rows=[r for r in rows if any(r)], format=layout), False)]
    if layout == "words":
        return [(_rows_grid(text, "words", lambda ln: ln.split()), False)]
    return [(_rows_grid(text, layout, lambda ln: [c.strip() for c in _SPACE_COLS.split(ln.strip())]), False)]


def _cells_from_blocks(text: str) -> list[str]:
    blocks = re.split(r"\n\s*\n", text.strip())
    return ["\n".join(ln.strip() for ln in b.splitlines() if ln.strip()) for b in blocks if b.strip()]


def _pipe_splitter(text: str) -> Callable[[str], list[str] | None]:
    """Split rows on |, dropping outer pipes only where the table uses them.

    ``| a | b |`` (Markdown) has outer pipes on every row; ``a | b`` has
    none, and there a line `` | 新增800张… | | 400`` starts with an empty
    cell (a sub-row under a merged 序号) that must be kept. Markdown's ``\\|``
    is a | inside a cell; so is a | between two letters (对接|协商) on a line
    that has one cell more than the table's rows when it is read as a
    separator.
    """
    lines = [ln.strip() for ln in text.splitlines() if "|" in ln and not _MD_RULE.match(ln)]
    lead = sum(ln.startswith("|") for ln in lines) > len(lines) / 2
    trail = sum(ln.endswith("|") for ln in lines) > len(lines) / 2

    def cut(line: str, tight_text: bool) -> list[str]:
        ln = line.strip()
        if lead and ln.startswith("|"):
            ln = ln[1:]
        if trail and ln.endswith("|"):
            ln = ln[:-1]
        ln = ln.replace("\\|", _TEXT_PIPE)
        if tight_text:
            ln = _TIGHT_PIPE.sub(_TEXT_PIPE, ln)
        return [c.strip().replace(_TEXT_PIPE, "|") for c in ln.split("|")]

    widths = Counter(len(cut(ln, False)) for ln in lines)
    width = max(widths, key=lambda w: (widths[w], w)) if widths else 0

    def split(line: str) -> list[str] | None:
        if "|" not in line:
            return None
        cells = cut(line, False)
        if len(cells) > width and _TIGHT_PIPE.search(line):
            kept = cut(line, True)
            if len(kept) == width:
                return kept
        return cells

    split.closes_rows = trail  # type: ignore[attr-defined]
    # The table's full width: the widest line written twice or more (a
    # header and a row), though an excerpt cut short may hold more short lines.
    split.width = max((w for w, n in widths.items() if n >= 2), default=width)  # type: ignore[attr-defined]
    return split


# A | with text on both sides (对接|协商), and what stands for a | that is text.
_TIGHT_PIPE = re.compile(r"(?<=[^\s|\\])\|(?=[^\s|])")
_TEXT_PIPE = "\x00"


def _rows_grid(text: str, layout: str, split: Callable[[str], list[str] | None]) -> Grid:
    rows: list[list[str]] = []
    before: list[str] = []
    after: list[str] = []
    between: list[str] = []  # after's lines as cells (确定项目事宜。 | ends a broken cell)
    # In a table whose rows end in |, a row line that does not goes on below.
    open_row = False
    closes_rows = getattr(split, "closes_rows", False)
    for raw in text.splitlines():
        if not raw.strip():
            open_row = False  # a blank line: what follows is not in the row above
            continue
        if _MD_RULE.match(raw):
            continue
        cells = split(raw)
        if open_row and cells is not None and len(cells) < 2 and raw.rstrip().endswith("|"):
            _append_to_last(rows[-1], "".join(between) + "".join(cells))
            after, between, open_row = [], [], False
            continue
        # Lines split on spaces keep their one-cell lines: a header broken
        # over lines, a cell broken over lines (the reader decides which).
        if cells is None or len(cells) < (1 if layout in ("words", "columns") else 2):
            (after if rows else before).append(raw.strip())
            if rows:
                between.append(" ".join(c for c in cells if c) if cells else raw.strip())
            continue
        if after:
            # Lines between two rows: the rest of a cell broken over lines,
            # a heading, page text; one-cell rows, for the table reader.
            rows.extend([line] for line in between if line)
            after, between = [], []
        elif rows and _broken_between_cells(rows[-1], cells, getattr(split, "width", 0)):
            rows[-1] = rows[-1] + cells
            continue
        rows.append(cells)
        open_row = closes_rows and not raw.rstrip().endswith("|")
    return Grid(rows=rows, before=before, after=after, format=layout)


def _broken_between_cells(row: list[str], cells: list[str], width: int) -> bool:
    """A row broken over two lines between its cells (``2 | 儿童口腔… | …工作。 |``
    then ``130 | 105.96 | 95.00% | 民卫局 |``): two short lines that make the
    table's width together, the second not opening the next row (3), so its
    first figure is a cell of the row, not a row number."""
    # Both lines hold a cell at least, so each is short of the width.
    if not width or len(row) + len(cells) != width:
        return False
    first, here = serial_of(row[0]), serial_of(cells[0])
    return first is not None and here != str(int(first) + 1)


def _append_to_last(row: list[str], text: str) -> None:
    """The rest of a row's last cell, from the lines below it."""
    k = max((i for i, c in enumerate(row) if c), default=len(row) - 1)
    row[k] = f"{row[k]}{text}"
