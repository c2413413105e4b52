"""Reading whole progress reports: :func:`load_report`.

A source (path or file-like) is read with a size limit, its format detected
from the content (zip → .xlsx/.docx, ``<table`` → HTML, else one of the
text layouts of :mod:`.textformats`), turned into grids, and the first grid
whose header names progress columns (``headers.txt``) becomes the report.
Rows are kept in source order, every numbered row exactly once; a problem
that does not stop the reading (a missing cell, a gap in the numbering)
becomes a line in :attr:`Report.warnings`.
"""

from __future__ import annotations

import io
import os
import re
import stat
from dataclasses import dataclass, field
from os import PathLike
from typing import BinaryIO, Mapping, TextIO, Union

from .errors import ReportFormatError, ReportTooLargeError
from .grid import Grid
from .lexicon import Lexicon, default_lexicon
from .normalize import to_halfwidth
from .numerals import NumberFormatError, parse_number
from .textformats import decode, is_serial, read_text

__all__ = ["Report", "ReportRow", "load_report", "DEFAULT_MAX_BYTES"]

DEFAULT_MAX_BYTES = 50 * 2**20

Source = Union[str, "PathLike[str]", BinaryIO, TextIO]


@dataclass(frozen=True)
class ReportRow:
    """One project row of a report.

    ``no`` is the row number as text (``"7"``; sub-rows under a numbered
    project are ``"7.2"``, ``"7.3"`` …). ``cells`` keeps every cell of the
    source row as ``(header, text)`` pairs, whatever its role.
    """

    no: str
    project: str
    lead: str = ""
    target: str = ""
    actual: str = ""
    official: str = ""
    unit: str = ""
    previous_actual: str = ""
    section: str = ""
    cells: tuple[tuple[str, str], ...] = ()

    @property
    def is_subrow(self) -> bool:
        return "." in self.no

    @property
    def annual_text(self) -> str:
        """The whole-year commitment as the comparator reads it (``annual``)."""
        return self.project

    @property
    def progress_text(self) -> str:
        """The progress as the comparator reads it (``actual``)."""
        return self.actual


@dataclass(frozen=True)
class Report:
    """A progress report as published.

    ``month`` is the last month the report covers (from the progress or
    target header, else the title); ``meta`` holds the page text that is not
    the table (title, publisher, dates), never rows.
    """

    title: str
    year: int | None
    month: int | None
    rows: tuple[ReportRow, ...]
    meta: Mapping[str, str] = field(default_factory=dict)
    warnings: tuple[str, ...] = ()
    format: str = ""
    columns: Mapping[str, str] = field(default_factory=dict)
    source: str = ""

    def __len__(self) -> int:
        return len(self.rows)


# -- reading bytes ----------------------------------------------------------------


def _read(source: Source, max_bytes: int) -> tuple[bytes | str, str]:
    if isinstance(source, (str, PathLike)):
        path = os.fspath(source)
        st = os.stat(path)  # FileNotFoundError / PermissionError as they are
        if stat.S_ISDIR(st.st_mode):
            raise IsADirectoryError(f"{path}: is a directory, not a report file")
        if not stat.S_ISREG(st.st_mode):
            raise ReportFormatError(f"{path}: not a regular file (a FIFO, socket or device)")
        if st.st_size > max_bytes:
            raise ReportTooLargeError(f"{path}: {st.st_size} bytes, over the limit of {max_bytes} (max_bytes)")
        with open(path, "rb") as fh:
            data = fh.read(max_bytes + 1)
        name = path
    elif hasattr(source, "read"):
        data = source.read(max_bytes + 1)
        name = getattr(source, "name", "") or "<stream>"
        if not isinstance(data, (bytes, str)):
            raise TypeError(f"the file object returned {type(data).__name__}, expected bytes or str")
    else:
        raise TypeError(f"load_report() expects a path or a file object, got {type(source).__name__}")
    if len(data) > max_bytes:
        raise ReportTooLargeError(f"{name}: over the limit of {max_bytes} bytes (max_bytes)")
    return data, str(name)


def _grids(data: bytes | str, name: str, max_bytes: int, header_finder) -> list[Grid]:
    if isinstance(data, bytes) and data[:4] == b"PK\x03\x04":
        from . import office

        import zipfile

        try:
            names = set(zipfile.ZipFile(io.BytesIO(data)).namelist())
        except zipfile.BadZipFile:
            raise ReportFormatError(f"{name}: a damaged zip file (expected .xlsx or .docx)") from None
        if "word/document.xml" in names:
            return office.read_docx(data, max_unpacked=max(4 * max_bytes, 200 * 2**20))
        if any(n.startswith("xl/") for n in names):
            return office.read_xlsx(data, max_unpacked=max(4 * max_bytes, 200 * 2**20))
        raise ReportFormatError(f"{name}: a zip file that is neither .xlsx nor .docx")
    if isinstance(data, bytes):
        if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
            raise ReportFormatError(f"{name}: binary data, not a text, HTML, .xlsx or .docx report")
        head = data[:65536].lower()
        if b"<table" in head or b"<html" in head:
            from .html_table import read_html

            return read_html(data)
        text = decode(data)
    else:
        text = data.lstrip("\ufeff")
        if "<table" in text[:65536].lower():
            from .html_table import read_html

            return read_html(text)
    return read_text(text, header_finder)


# -- headers ------------------------------------------------------------------------

_PERIOD = re.compile(r"\d{4}年|\d{1,2}\s*[-~至—]\s*\d{1,2}\s*月份?|\d{1,2}\s*月份?")
_MONTH = re.compile(r"(?:(\d{1,2})|([一二三四五六七八九十]{1,3}))\s*月")
_QUARTERS = (("前三季度", 9), ("三季度", 9), ("四季度", 12), ("一季度", 3), ("二季度", 6), ("上半年", 6), ("下半年", 12), ("全年", 12), ("年底", 12), ("年末", 12))
_UNIT_IN_HEADER = re.compile(r"[(（]\s*([^()（）]{1,6})\s*[)）]\s*$")


def _month_of(text: str) -> int | None:
    """The last month a header or title names: 1-11月 → 11, 一季度 → 3."""
    t = to_halfwidth(text)
    months = []
    for m in _MONTH.finditer(t):
        try:
            n = int(m.group(1)) if m.group(1) else parse_number(m.group(2))
        except (ValueError, NumberFormatError):
            continue
        if isinstance(n, int) and 1 <= n <= 12:
            months.append(n)
    if months:
        return months[-1]
    for word, month in _QUARTERS:
        if word in t:
            return month
    return None


class _Header:
    def __init__(self, lex: Lexicon) -> None:
        self.words = sorted(((to_halfwidth(w), r) for w, r in lex.headers.items()), key=lambda x: -len(x[0]))

    def role(self, cell: str) -> str | None:
        c = re.sub(r"\s+", "", to_halfwidth(cell))
        # Header cells are labels; a long cell is data (计划完成3个小区…),
        # and so is one with figures other than a period (8月份, 1-11月).
        if not c or len(c) > 16 or c[-1] in "。;" or not ("\u4e00" <= c[0] <= "\u9fff" or c[0].isdigit()):
            return None
        if any(ch.isdigit() or ch == "%" for ch in _PERIOD.sub("", c)):
            return None
        for word, role in self.words:
            if word in c:
                return role
        return None

    def is_header(self, cells: list[str]) -> bool:
        roles = [self.role(c) for c in cells]
        found = {r for r in roles if r}
        filled = sum(1 for c in cells if c.strip())
        return len(found) >= 2 and bool(found & {"project", "actual", "target"}) and sum(1 for r in roles if r) >= max(2, 0.6 * filled)

    def find_in_stream(self, cells: list[str]) -> tuple[int, int] | None:
        """(index, width) of the longest run of header cells in a stream."""
        for i in range(len(cells)):
            if self.role(cells[i]) is None:
                continue
            j = i
            while j < len(cells) and self.role(cells[j]) is not None and is_serial(cells[j]) is None:
                j += 1
            if self.is_header(cells[i:j]):
                return i, j - i
        return None


def _columns(header: list[str], h: _Header) -> dict[str, list[int]]:
    cols: dict[str, list[int]] = {}
    for i, cell in enumerate(header):
        role = h.role(cell)
        if role:
            cols.setdefault(role, []).append(i)
    return cols


# -- metadata --------------------------------------------------------------------

_META_KEYS = ("信息来源", "发布时间", "发布日期", "发文字号", "发文日期", "机构名称", "所属类目", "主题分类", "体裁", "体 裁", "公开类别", "来源", "作者", "索引号")
_TITLE = re.compile(r"(\d{4})\s*年.{0,30}?(实事|进展|情况|项目)")


def _meta(lines: list[str]) -> tuple[str, int | None, dict[str, str]]:
    meta: dict[str, str] = {}
    title = ""
    year = None
    # A block of page text may arrive as one cell with several lines.
    clean = [ln.strip().lstrip("-").strip() for block in lines for ln in block.splitlines() if ln.strip()]
    i = 0
    while i < len(clean):
        ln = clean[i]
        key, sep, value = ln.partition(":") if ":" in ln else ln.partition("：")
        key = key.strip()
        if sep and key in _META_KEYS:
            value = value.strip()
            nxt = clean[i + 1] if i + 1 < len(clean) else ""
            if not value and nxt and not any(nxt.startswith(k) for k in _META_KEYS):
                value = nxt
                i += 1
            meta[key.replace(" ", "")] = value
        elif ln in _META_KEYS and i + 1 < len(clean) and not any(clean[i + 1].startswith(k) for k in _META_KEYS):
            meta[ln.replace(" ", "")] = clean[i + 1]
            i += 1
        elif not title and _TITLE.search(ln):
            title = ln
            year = int(_TITLE.search(ln).group(1))
        i += 1
    other = [ln for ln in clean if ln != title]
    if other:
        meta["page_text"] = "\n".join(other)
    return title, year, meta


# -- assembling the report -------------------------------------------------------------


def load_report(source: Source, *, max_bytes: int = DEFAULT_MAX_BYTES, lexicon: Lexicon | None = None) -> Report:
    """Read a published progress report.

    Parameters
    ----------
    source:
        A path (``str`` or ``os.PathLike``) or a binary/text file object.
        The format is detected from the content: the text layouts of
        :mod:`progress_nlp.textformats` (cell per line with `` |``, ``|``
        between cells, blank lines between cells, runs of spaces, CSV/TSV),
        HTML with a ``<table>``, ``.xlsx`` and ``.docx`` (extras ``xlsx`` and
        ``docx``). Text is UTF-8 (BOM or not) or GB18030/GBK.
    max_bytes:
        Refuse sources larger than this (default 50 MB).
    lexicon:
        Header words and the rest; default :func:`default_lexicon`.

    Raises
    ------
    FileNotFoundError, IsADirectoryError, PermissionError
        As ``open`` does.
    ReportTooLargeError
        Over ``max_bytes``.
    UnsafeFileError
        A zip bomb or an XML entity declaration in .xlsx/.docx.
    ReportFormatError
        No progress table (the message lists the header words looked for),
        an undecodable text, a damaged file.
    MissingExtraError
        .xlsx/.docx without their optional dependency.

    Examples
    --------
    >>> import io
    >>> r = load_report(io.StringIO("序号 | 项目内容 | 牵头单位 | 8月份目标 | 进展情况\\n1 | 新增400台 | 区房管局 | 新增30台 | 新增81台"))
    >>> r.month, [(row.no, row.target, row.actual) for row in r.rows]
    (8, [('1', '新增30台', '新增81台')])
    """
    if not isinstance(max_bytes, int) or max_bytes <= 0:
        raise ValueError("max_bytes must be a positive integer")
    lex = lexicon or default_lexicon()
    h = _Header(lex)
    data, name = _read(source, max_bytes)
    grids = _grids(data, name, max_bytes, h.find_in_stream)
    for grid in grids:
        for r, row in enumerate(grid.rows[:30]):
            if h.is_header(row):
                return _assemble(grid, r, h, name, grids)
    looked = "、".join(sorted({w for w, role in lex.headers.items() if role in ("project", "actual", "target")}, key=lambda w: (len(w), w))[:12])
    raise ReportFormatError(
        f"{name or 'the source'}: no progress table found: looked for a header row naming a project and its "
        f"progress or target ({looked} …)"
    )


def _assemble(grid: Grid, header_row: int, h: _Header, name: str, grids: list[Grid]) -> Report:
    header = [c.strip() for c in grid.rows[header_row]]
    cols = _columns(header, h)
    width = len(header)
    warnings: list[str] = []

    # The latest progress column is the actual; an earlier one is kept.
    actual_cols = cols.get("actual", [])
    if len(actual_cols) > 1:
        actual_cols = sorted(actual_cols, key=lambda i: (_month_of(header[i]) or 0, i))
    actual_col = actual_cols[-1] if actual_cols else None
    previous_col = actual_cols[-2] if len(actual_cols) > 1 else None
    target_col = cols.get("target", [None])[0]

    def col(role: str) -> int | None:
        return cols.get(role, [None])[0]

    before = list(grid.before) + [" ".join(c for c in row if c) for row in grid.rows[:header_row]]
    title, year, meta = _meta(before + list(grid.after))
    month = None
    for i in (actual_col, target_col):
        if i is not None:
            month = month or _month_of(header[i])
    month = month or (_month_of(title) if title else None)
    units_in_header = {i: m.group(1) for i, c in enumerate(header) if (m := _UNIT_IN_HEADER.search(c))}

    rows: list[ReportRow] = []
    parent: str | None = None
    sub = 0
    expected = 1
    section = ""
    no_col = col("no")
    for r in range(header_row + 1, len(grid.rows)):
        cells = [c.strip() for c in grid.rows[r]]
        if not any(cells):
            continue
        if cells[: len(header)] == header:
            continue  # the header repeated on a new page
        if len(cells) < width:
            missing = [header[i] for i in range(len(cells), width)]
            warnings.append(f"row after {parent or 'the header'}: {len(cells)} of {width} cells; {', '.join(missing)} left empty")
            cells = cells + [""] * (width - len(cells))
        serial = is_serial(cells[no_col]) if no_col is not None and (r, no_col) not in grid.merged else None
        filled = [c for c in cells if c]
        if serial is None and len(filled) == 1 and no_col is not None and cells[no_col] == filled[0]:
            section = filled[0]  # 一、民生保障类: a heading row
            continue
        if serial is not None:
            if serial != expected:
                warnings.append(f"row {serial}: numbering jumps from {expected - 1} to {serial}")
            expected = serial + 1
            parent, sub = str(serial), 1
            no = parent
        elif parent is not None:
            sub += 1
            no = f"{parent}.{sub}"
        else:
            sub += 1
            no = f"0.{sub}"
            warnings.append(f"a row before row 1 has no number; kept as {no}")

        def get(i: int | None) -> str:
            return cells[i] if i is not None and i < len(cells) else ""

        unit = get(col("unit"))
        if not unit and actual_col in units_in_header:
            unit = units_in_header[actual_col]
        rows.append(
            ReportRow(
                no=no,
                project=get(col("project")),
                lead=get(col("lead")) or (rows[-1].lead if rows and "." in no else ""),
                target=get(target_col),
                actual=get(actual_col),
                official=get(col("official")),
                unit=unit,
                previous_actual=get(previous_col),
                section=section,
                cells=tuple(zip(header + [f"列{i + 1}" for i in range(width, len(cells))], cells)),
            )
        )
    if not rows:
        warnings.append("the table has a header but no rows")
    if grid.format in ("cells", "blocks") and grid.after and any(is_serial(c) for c in grid.after[:1]):
        warnings.append("the file ends inside a row: it may be truncated")
    columns = {role: header[idxs[0]] for role, idxs in cols.items()}
    if actual_col is not None:
        columns["actual"] = header[actual_col]
    return Report(
        title=title,
        year=year,
        month=month,
        rows=tuple(rows),
        meta=meta,
        warnings=tuple(warnings),
        format=grid.format,
        columns=columns,
        source=name,
    )
