"""Reading whole progress reports: :func:`load_report`.

A source (path or file-like) is read with a size limit and its format
detected from the content (zip → .xlsx/.docx, ``%PDF`` → PDF, ``<table`` or
``<html`` → HTML, else text, decoded as UTF-8, GB18030 or Big5). It is read
as tables first (:mod:`.readers.tables`: headers by role, cells aligned to
columns by what they hold, merged cells carried down, every table of the
file in order), and when it holds no table, as prose (:mod:`.readers.prose`:
numbered items, enumerations, lists under a verdict heading), and when it
names no project at all, as what it says of the whole programme
(:mod:`.readers.summary`, format ``summary``, with a warning). Rows are
kept in source order, every numbered row exactly once; a problem that does
not stop the reading (a row whose cells could not be aligned, a gap in the
numbering) becomes a line in :attr:`Report.warnings` naming the row.
"""

from __future__ import annotations

import io
import os
import re
import stat
from dataclasses import dataclass, field, replace
from os import PathLike
from typing import TYPE_CHECKING, BinaryIO, Callable, Mapping, TextIO, Union

from .errors import ReportFormatError, ReportTooLargeError
from .lexicon import Lexicon, default_lexicon
from .normalize import normalize, to_halfwidth
from .period import month_of, published_date, year_of
from .readers.align import VERDICT_KINDS
from .readers.grid import Grid
from .readers.header import Column, header_words
from .readers.item_marks import is_furniture
from .readers.named_lists import read_named_lists
from .readers.tables import Table, is_heading_cell, read_tables
from .readers.text import BOMS, PAGE_RECORD, decode, strip_pinyin, text_readings
from .signals import find_cues

if TYPE_CHECKING:
    from .readers.prose import ProseItem

__all__ = ["Report", "ReportRow", "load_report", "DEFAULT_MAX_BYTES"]

DEFAULT_MAX_BYTES = 50 * 2**20

Source = Union[str, "PathLike[str]", BinaryIO, TextIO]


@dataclass(frozen=True)
class ReportRow:
    """One project row of a report.

    ``no`` is the row number as text (``"7"``; sub-rows under a numbered
    project are ``"7.2"``, ``"7.3"`` …). The text fields hold the cells of
    the columns of that role (``headers.txt``): ``project`` its name or
    content, ``task`` the whole-year task when a column of its own holds it
    (目标任务 | 8950人), ``unit`` a unit cell (人次), ``target`` the period
    target, ``actual`` the progress columns of the latest period (one, or
    several read in page order: 形象进度 | 1-9月完成投资), ``share`` a share-of-year
    column (``%`` added when only the header says it), ``remark`` a 备注 that
    is not a verdict, ``official`` the publisher's verdict (a verdict column,
    a verdict remark, a bracketed verdict in the progress: ``80%(进度滞后)``,
    a named list in prose), ``assigned`` the row's own part of progress it
    shares with other rows (prose that hands names their figures with 分别:
    ``A、B完成率分别达38%、64%`` is ``actual`` of both, ``完成率达38%`` the
    first one's ``assigned``). Earlier progress columns are in ``history`` as
    ``(header, text)``; ``cells`` keeps every cell of the source row as
    ``(header, text)`` pairs, whatever its role. ``warnings`` are the
    report's warnings about this row (cells that could not be aligned to
    the columns), for a person to check. ``unaligned`` is true when the
    loader could not tell which cell belongs to which column: a row of at
    least twice as many cells as columns, several cells joined under one
    column. Any field of such a row may hold another column's text, so its
    verdict is for a person to check (:func:`~progress_nlp.score_report`
    says so).
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
    task: str = ""
    share: str = ""
    remark: str = ""
    category: str = ""
    person: str = ""
    deadline: str = ""
    history: tuple[tuple[str, str], ...] = ()
    warnings: tuple[str, ...] = ()
    unaligned: bool = False
    assigned: str = ""

    @property
    def is_subrow(self) -> bool:
        return "." in self.no

    @property
    def annual_text(self) -> str:
        """The whole-year commitment as the comparator reads it (``annual``):
        project, unit cell and task, joined by spaces (孕产妇免费产前筛查 人次 2800).
        A unit only the header gives (投资目标(亿元) | 1027.0) follows the
        figure it measures: 贵阳市 1027.0 亿元."""
        if self.unit and not any(text == self.unit for _, text in self.cells):
            return " ".join(t for t in (self.project, self.task, self.unit) if t)
        return " ".join(t for t in (self.project, self.unit, self.task) if t)

    @property
    def progress_text(self) -> str:
        """The progress as the comparator reads it (``actual``, or the row's
        ``assigned`` part of it): progress, share and remark (4385 110% …);
        for an item named only in a list under the publisher's verdict
        (推进缓慢的项目: A、B), that verdict."""
        own = self.assigned or self.actual
        if own == self.actual and self.share and self.cells:
            own = _in_page_order(self.cells, self.actual, self.share)
            if own:
                return " ".join(t for t in (own, self.remark) if t)
            own = self.actual
        return " ".join(t for t in (own, self.share, self.remark) if t) or self.official


def _in_page_order(cells: tuple[tuple[str, str], ...], actual: str, share: str) -> str:
    """``actual`` and ``share`` merged in the order their cells stand in the
    row (开工数 | 开工率 | 投资 | 投资完成率 reads 143 95.33% 36836.13 42.75%,
    not both counts then both rates), so a count stands beside its own rate
    as the page put it; "" when the cells do not spell both out, and the
    caller keeps progress then share."""
    rest = {"a": actual.strip(), "s": share.strip()}
    out: list[str] = []
    # From the row's end: the progress columns follow the number, the
    # project and the task, whose cells may read the same (序号 1, 完成 1).
    for _, text in reversed(cells):
        v = text.strip()
        if not v:
            continue
        for key in ("a", "s"):
            r = rest[key]
            for piece in (v, v + "%"):
                # A piece is a whole cell: the joining space or the start
                # of the field comes before it.
                if r.endswith(piece) and (len(r) == len(piece) or r[-len(piece) - 1] == " "):
                    out.append(piece)
                    rest[key] = r[:-len(piece)].rstrip(" ")
                    break
            else:
                continue
            break
    return " ".join(reversed(out)) if not rest["a"] and not rest["s"] else ""


@dataclass(frozen=True)
class Report:
    """A progress report as published.

    ``month`` is how far into the year the report goes (from the progress or
    target header, else the title, else the text: ``截至5月15日`` is 4.5);
    ``meta`` holds the page text that is not the table (title, publisher,
    dates), never rows. ``format`` names the layout read (``pipes``,
    ``blocks``, ``words``, ``html``, ``prose``, ``summary`` …).
    """

    title: str
    year: int | None
    month: float | None
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
    data: bytes | str
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
    # A text stream gives characters: up to max_bytes + 1 of them were read,
    # and their UTF-8 size is what max_bytes limits.
    size = len(data) if isinstance(data, bytes) else len(data.encode("utf-8", "surrogatepass"))
    if size > max_bytes:
        raise ReportTooLargeError(f"{name}: over the limit of {max_bytes} bytes (max_bytes)")
    return data, str(name)


def _readings(data: bytes | str, name: str, max_bytes: int) -> tuple[list[list[tuple[Grid, bool]]], str]:
    """Ways to read the source as tables, best first, and its text for prose.

    Each reading is a list of ``(grid, stream)``; ``stream`` marks a grid of
    one cell per row to be cut into rows by their numbers."""
    if isinstance(data, bytes) and data[:4] == b"PK\x03\x04":
        from .readers import office

        import zipfile

        try:
            names = set(zipfile.ZipFile(io.BytesIO(data)).namelist())
        except (zipfile.BadZipFile, NotImplementedError, ValueError, EOFError, OSError):  # "zip file version 6.4" …
            raise ReportFormatError(f"{name}: a damaged zip file (expected .xlsx or .docx)") from None
        if "word/document.xml" in names:
            grids = office.read_docx(data, max_unpacked=max(4 * max_bytes, 200 * 2**20))
        elif any(n.startswith("xl/") for n in names):
            grids = office.read_xlsx(data, max_unpacked=max(4 * max_bytes, 200 * 2**20))
        else:
            raise ReportFormatError(f"{name}: a zip file that is neither .xlsx nor .docx")
        return [[(g, False) for g in grids]], _grid_text(grids)
    if isinstance(data, bytes) and data[:5] == b"%PDF-":
        from .readers.pdf import read_pdf

        grids, text = read_pdf(data)
        return [[(g, False) for g in grids]] + text_readings(text), text
    if isinstance(data, bytes):
        wide = data.startswith(tuple(bom for bom, codec in BOMS if codec != "utf-8-sig"))
        if b"\x00" in data[:4096] and not wide:
            raise ReportFormatError(f"{name}: binary data, not a text, HTML, PDF, .xlsx or .docx report")
        head = data[:65536].lower()
        if b"<table" in head or b"<html" in head:
            from .readers.html import read_html

            grids = read_html(data)
            return [[(g, False) for g in grids]], _grid_text(grids)
        # A UTF-16/32 page spells its tags with NULs between the letters:
        # it is known for HTML once decoded.
        text = decode(data)
    else:
        text = data.lstrip("\ufeff")
    if "<table" in text[:65536].lower() or "<html" in text[:65536].lower():
        from .readers.html import read_html

        grids = read_html(text)
        return [[(g, False) for g in grids]], _grid_text(grids)
    return text_readings(text), text


def _grid_text(grids: list[Grid]) -> str:
    """The page text around a reader's grids (for prose)."""
    # Every grid's before/after is cut from the same page text at its table.
    return "\n".join(grids[-1].before + grids[-1].after) if grids else ""


# -- metadata --------------------------------------------------------------------

_META_KEYS = ("信息来源", "发布时间", "发布日期", "发文字号", "发文日期", "机构名称", "所属类目", "主题分类", "体裁", "体 裁", "公开类别", "来源", "作者", "索引号")
_TITLE = re.compile(r"(\d{4})\s*年.{0,30}?(实事|进展|情况|项目)")


def _meta(lines: list[str]) -> tuple[str, int | None, dict[str, str]]:
    meta: dict[str, str] = {}
    title = ""
    year = None
    # A block of page text may arrive as one cell with several lines; a
    # saved page may carry its title as a comment (# title: …).
    clean = [ln.strip().lstrip("-#•·").strip() for block in lines for ln in block.splitlines() if ln.strip()]
    for ln in clean:
        key, sep, value = ln.partition(":")
        if sep and key.strip().lower() in ("title", "标题") and value.strip():
            title = value.strip()
            year = year_of(title)
            break
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
        elif not title and (found := _TITLE.search(ln)) and len(ln) <= 80:
            title = ln
            year = int(found.group(1))
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
        :mod:`progress_nlp.readers.text` (cell per line with or without
        `` |``, ``|`` between cells, blank lines between cells, runs of
        spaces, single spaces, CSV/TSV), HTML, ``.xlsx``, ``.docx`` and PDF
        (extras ``xlsx``, ``docx``, ``pdf``), and prose (articles and
        circulars, when no table is found). Text is UTF-8 (BOM or not),
        GB18030/GBK or Big5; traditional characters read like simplified.
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
        No progress table and no progress items (the message lists the
        header words looked for), a table with a header and no rows, an
        undecodable text, a damaged file.
    MissingExtraError
        .xlsx/.docx/PDF without their optional dependency.

    Examples
    --------
    >>> import io
    >>> r = load_report(io.StringIO("序号 | 项目内容 | 牵头单位 | 8月份目标 | 进展情况\\n1 | 新增400台 | 区房管局 | 新增30台 | 新增81台"))
    >>> r.month, [(row.no, row.target, row.actual) for row in r.rows]
    (8, [('1', '新增30台', '新增81台')])
    >>> r = load_report(io.StringIO("序号 项目名称 责任单位 目标任务 1-7月实际完成情况 完成率\\n1 新增城镇就业 区人社局 8950人 6453人 72%\\n新增养老床位 民政局 71个 55 77%"))
    >>> [(row.no, row.project, row.lead, row.task, row.progress_text) for row in r.rows]
    [('1', '新增城镇就业', '区人社局', '8950人', '6453人 72%'), ('1.2', '新增养老床位', '民政局', '71个', '55 77%')]
    """
    if not isinstance(max_bytes, int) or max_bytes <= 0:
        raise ValueError("max_bytes must be a positive integer")
    lex = lexicon or default_lexicon()
    hw = header_words(lex)
    data, name = _read(source, max_bytes)
    readings, text = _readings(data, name, max_bytes)
    empty_header: Table | None = None
    report: Report | None
    for reading in readings:
        tables: list[Table] = []
        seen_empty = empty_header
        for grid, stream in reading:
            found = read_tables(grid, hw, lex, stream=stream, previous=tables[-1] if tables else None)
            _add_tables(tables, found)
            if empty_header is None:
                empty_header = next((t for t in found if not t.rows), None)
        if seen_empty is not None and not (tables and _same_header(tables[0], seen_empty)):
            continue  # after an empty table, only its own header read with rows is that table
        if tables:
            report = _from_tables(tables, name, lex)
            if report.rows:
                # Cards of labelled fields read as a one-cell-per-line table
                # give a row or two of labels: the cards win when they hold more.
                cards = _from_fields(text, name, lex) if report.format in _WEAK_LAYOUTS else None
                if cards is not None and len(cards.rows) > len(report.rows):
                    return cards
                if _is_stub(report):
                    # A page's record or an appendix cut after its first row,
                    # under an article that names many more items: the
                    # article is the report.
                    prose = _from_prose(text, name, lex)
                    own = len(_own_rows(report))
                    if prose is not None and len(prose.rows) > 2 * own + 1:
                        return replace(prose, warnings=prose.warnings + (
                            f"a table of {own} row(s) was found too and left out: the text names more items",))
                return report
        # A header with no rows under it: the rows may be in another layout
        # (a space-aligned table double-spaced reads as blocks first); a
        # reading that finds the same header with rows is the table, any
        # other guess is not, and with none the table is empty: say so.
    report = (_from_fields(text, name, lex) or _from_paired(text, name, lex) or _from_prose(text, name, lex)
              or _from_summary(text, name, lex))
    if report is not None:
        return report
    if empty_header is not None:
        header = " | ".join(c.name for c in empty_header.columns)
        raise ReportFormatError(f"{name or 'the source'}: a progress table with a header ({header}) and no rows")
    looked = "、".join(hw.looked_for[:12])
    raise ReportFormatError(
        f"{name or 'the source'}: no progress table found: looked for a header row naming a project and its "
        f"progress or target ({looked} …), and for numbered items of progress in the text"
    )


def _add_tables(tables: list[Table], found: list[Table]) -> None:
    """Add a grid's tables with rows; rows that go on from the last table
    (a table a page cut into two grids, with or without its header again)
    join it."""
    for t in found:
        if tables and (t.continued or _carries_on(tables[-1], t)):
            tables[-1].rows += t.rows
            tables[-1].after = t.after
        elif t.rows:
            tables.append(t)


def _carries_on(last: Table, table: Table) -> bool:
    """The same columns, and the numbering carries on from the last table's."""
    if [c.name for c in last.columns] != [c.name for c in table.columns] or last.format != table.format:
        return False
    before = next((r.serial for r in reversed(last.rows) if r.serial is not None), None)
    first = next((r.serial for r in table.rows if r.serial is not None), None)
    return before is not None and first is not None and int(first) == int(before) + 1


# A lead written at the end of a task's cell, labelled and in brackets.
_LEAD_IN_CELL = re.compile(
    r"[(\[【]\s*(?:牵头责任单位|牵头单位|责任单位|牵头部门|责任部门|主责单位)\s*[:：]\s*"
    r"(?P<lead>[^()\[\]【】]{2,40}(?:\([^()]{1,20}\)[^()\[\]【】]{0,20})?)\s*[)\]】]\s*[。;]?\s*$")
_CARRIED = ("lead", "category", "person", "deadline")
# The row that sums a table up: 合计, 总计, 小计, or the whole area (全省, 全市…).
_TOTAL_ROW = re.compile(r"(?:合计|总计|小计|共计|全(?:省|市|县|区|州|盟|旗|镇|乡|街道|国)(?:合计|总计)?)[:：]?")
_FEW_ROWS = 2
_CJK2 = re.compile(r"[\u4e00-\u9fff].*[\u4e00-\u9fff]", re.S)


def _same_header(a: Table, b: Table) -> bool:
    return [c.name for c in a.columns] == [c.name for c in b.columns]


def _is_stub(report: Report) -> bool:
    """A table of a row or two that name nothing or give no words of progress
    (rows read from the text around it, 文N, are not the table's)."""
    own = _own_rows(report)
    return len(own) <= _FEW_ROWS and not any(r.annual_text.strip() and _CJK2.search(r.progress_text) for r in own)


def _own_rows(report: Report) -> list[ReportRow]:
    """The rows the tables themselves gave."""
    return [r for r in report.rows if not _from_text(r)]


def _from_text(row: ReportRow) -> bool:
    """A row read from the text around the tables (numbered 文1, 文2 …)."""
    return row.no.startswith("文")
# Layouts read without cell separators, where labelled fields can pass for a table.
_WEAK_LAYOUTS = frozenset({"lines", "words", "blocks", "columns"})


def _from_tables(tables: list[Table], name: str, lex: Lexicon) -> Report:
    first = tables[0]
    before = list(first.before)
    after = list(tables[-1].after)
    title, year, meta = _meta(before + after)
    warnings: list[str] = []
    rows: list[ReportRow] = []
    month = None
    for table in tables:
        for role in ("actual", "share", "target"):
            idx = [k for k in table.index(role) if table.columns[k].month]
            if idx and month is None:
                month = table.columns[_latest(table, idx)].month
        if table.inferred:
            warnings.append("no header row: the columns were inferred from what their cells hold ("
                            + " | ".join(c.name for c in table.columns) + "): check them")
        rows += _table_rows(table, lex, warnings, prefix=f"表{tables.index(table) + 1} " if len(tables) > 1 else "")
    rows += _named_around(tables, rows, lex)
    rows += _prose_around(tables, rows, lex)
    month = month or (month_of(title, year=year, lexicon=lex) if title else None) or _month_in(before, year, lex)
    year = year or _year_in(before)
    if not month:
        month, year = _month_published(before + after, year, warnings)
    columns: dict[str, str] = {}
    for col in first.columns:
        if col.role and col.role not in columns:
            columns[col.role] = col.name
    actual_cols = first.index("actual")
    if actual_cols:
        columns["actual"] = first.columns[_latest(first, actual_cols)].name
    fmt = first.format if len(tables) == 1 else f"{first.format} ×{len(tables)}"
    return Report(title=title, year=year, month=month, rows=tuple(rows), meta=meta, warnings=tuple(warnings),
                  format=fmt, columns=columns, source=name)


def _latest(table: Table, idx: list[int]) -> int:
    """The latest progress column: by the month its header names, else the last."""
    return max(idx, key=lambda k: (table.columns[k].month or 0, k))


# A header naming the period before the report's own (上月进展 | 本月进展).
_BEFORE = re.compile(r"上月|上期|上季度|上次|上年|去年")


def _is_earlier(col: Column, latest: Column) -> bool:
    """A progress column that reports an earlier period than the latest
    (1-10月 beside 1-11月, 上月进展 beside 本月进展): its history. One that
    names no period beside the dated one (形象进度 | 1-9月完成投资) is not."""
    if _BEFORE.search(col.name) and not _BEFORE.search(latest.name):
        return True
    return col.month is not None and latest.month is not None and col.month < latest.month


def _table_rows(table: Table, lex: Lexicon, warnings: list[str], prefix: str = "") -> list[ReportRow]:
    cols = table.columns
    actual_idx = table.index("actual")
    latest = _latest(table, actual_idx) if actual_idx else None
    earlier = [k for k in sorted(actual_idx, key=lambda k: (cols[k].month or 0, k))
               if latest is not None and k != latest and _is_earlier(cols[k], cols[latest])]
    # Progress columns of the latest period (形象进度 | 1-9月完成投资, 完成投资
    # | 实施情况 under one 进展情况) are one progress, read in page order.
    now = [k for k in actual_idx if k not in earlier]
    names = [c.name or f"列{k + 1}" for k, c in enumerate(cols)]
    out: list[ReportRow] = []
    carried: dict[str, str] = {}
    merged_run = _MergedRun(warnings, prefix)
    parent: str | None = None
    sub = 0
    expected = 1
    section = ""
    # 项目名称 | 项目内容 | …: a name merged over the rows of its contents
    # heads them as a section does; its empty cell is no loss.
    projects = table.index("project")
    merged_name = projects[0] if len(projects) >= 2 else None
    group_name = ""  # the name cell of the last numbered row
    for row in table.rows:
        texts = row.texts
        filled = [t for t in texts if t.strip()]
        if row.serial is None and len(filled) == 1 and len(row.cells) == 1 and is_heading_cell(filled[0]):
            section = filled[0]  # 一、民生保障类: a heading row
            continue

        def get(role: str) -> str:
            return " ".join(texts[k] for k in table.index(role) if texts[k].strip())

        total = row.serial is None and bool(_TOTAL_ROW.fullmatch(re.sub(r"\s+", "", get("project"))))
        if total:
            no = ""  # 合计 / 全省: the sum of the rows above, no item of the last one
        elif row.serial is not None:
            n = int(row.serial)
            if n != expected:
                warnings.append(f"{prefix}row {n}: numbering jumps from {expected - 1} to {n}")
            expected = n + 1
            written = next((texts[k].strip().rstrip("、.") for k in table.index("no") if texts[k].strip()), "")
            # 一 | …: the page's own numbering is kept; 1 | …, 3. | … are their digits.
            parent, sub = (written if written and not written[0].isdigit() else row.serial), 1
            no = parent
        elif parent is not None:
            sub += 1
            no = f"{parent}.{sub}"
        elif not table.index("no"):
            sub += 1
            no = str(sub)  # a table with no 序号 column: its rows in order
        else:
            sub += 1
            no = f"0.{sub}"
            warnings.append(f"{prefix}a row before row 1 has no number; kept as {no}")
        # A merged cell (牵头单位 over several rows) is written once: a row
        # that left the column out carries the one above.
        values = {}
        guessed = []
        for role in _CARRIED:
            idx = table.index(role)
            # Two lead columns (牵头单位 | 业主单位): both units, a space between, once each.
            here = " ".join(dict.fromkeys(texts[k] for k in idx if texts[k].strip())) if role == "lead" else get(role)
            if idx and not total and (not any(row.taken[k] for k in idx) or (not here and row.serial is None)):
                here = carried.get(role, "")
                # A numbered row with no cell for it: merged with the row
                # above, or an empty cell the layout lost. Say which was taken.
                if here and row.serial is not None and not any(row.taken[k] for k in idx):
                    guessed.append(f"{names[idx[0]]} ({here})")
            elif here:
                carried[role] = here
            values[role] = here
        parts = [texts[k] for k in now if texts[k].strip()]
        # Beside the progress, a column of the same period may only say where
        # it stands (进展情况 | 完成情况: 已完成二季度任务): the publisher's word.
        said = [t for t in parts if _is_verdict(t, lex)] if len(parts) > 1 else []
        actual = " ".join(t for t in parts if t not in said)
        share = _share_text(table, texts)
        remark = get("remark")
        official_parts = [get("official")] + said
        if remark and _is_verdict(remark, lex):
            official_parts.append(remark)  # and it stays with the progress
        official_parts += _bracket_verdicts(actual, lex)
        unit = get("unit") or _header_unit(table, texts)
        # What a person should check in this row; the report's warnings too.
        unsure: list[str] = []
        if row.misfits:
            unsure.append(f"{prefix}row {no}: cells that do not fit their column ({', '.join(dict.fromkeys(row.misfits))}): check the alignment")
        if row.serial is not None:
            merged_run.add(no, ", ".join(guessed))
        if row.joined:
            unsure.append(f"{prefix}row {no}: {len(row.cells)} cells for {len(cols)} columns; "
                            f"{', '.join(row.joined)} took two or more of them: check the alignment")
        for note in row.damaged:
            unsure.append(f"{prefix}row {no}: {note}")
        if row.tail:
            unsure.append(f"{prefix}row {no}: the line after the table's last row taken as the rest of its last cell: "
                            f"{' '.join(row.tail)[:40]}")
        if row.overflow:
            unsure.append(f"{prefix}row {no}: {len(row.overflow)} cell(s) past the last column kept in cells: {' | '.join(row.overflow)[:60]}")
        carried_name = ""  # this sub-row's name, merged from the row above
        if merged_name is not None:
            if row.serial is not None:
                group_name = texts[merged_name].strip()
            elif parent is not None and not texts[merged_name].strip():
                carried_name = group_name
        missing = [names[k] for k, col in enumerate(cols)
                   if col.role in ("project", "target", "actual") and not row.taken[k] and (col.role != "actual" or k == latest)
                   and not (k == merged_name and carried_name)]
        if missing and len(row.cells) < len(cols):
            unsure.append(f"{prefix}row {no}: {len(row.cells)} of {len(cols)} cells; {', '.join(missing)} left empty")
        warnings += unsure
        cells = tuple(zip(names, texts)) + tuple((f"列{len(names) + i + 1}", c) for i, c in enumerate(row.overflow))
        out_before = len(out)
        project, lead = get("project"), values["lead"]
        named = _LEAD_IN_CELL.search(project) if not lead else None
        if named is not None and named.start() > 0:
            # …打造海上画廊。(牵头单位:市住建局): the lead written in the task's cell.
            project, lead = project[: named.start()].rstrip(), named.group("lead").strip()
        out.append(ReportRow(
            no=no,
            project=project,
            lead=lead,
            target=texts[table.index("target")[0]] if table.index("target") else "",
            actual=actual,
            official=" ".join(p for p in official_parts if p),
            unit=unit,
            previous_actual=texts[earlier[-1]] if earlier else "",
            section=" ".join(s for s in (section, carried_name) if s),
            cells=cells,
            task=get("task"),
            share=share,
            remark=remark,
            category=values["category"],
            person=values["person"],
            deadline=values["deadline"],
            history=tuple((names[k], texts[k]) for k in earlier if texts[k].strip()),
            warnings=tuple(unsure),
            unaligned=bool(row.joined) and len(row.cells) >= 2 * len(cols),
        ))
        out[out_before:] = _parallel_rows(out[out_before])
    merged_run.flush()
    return out


# ①…②… (or (1)…(2)…) numbering the tasks of a cell.
_PART_MARK = re.compile(r"[\u2460-\u2473]|[(（]\s*\d{1,2}\s*[)）]")


def _parts(text: str) -> list[str] | None:
    """The parts of a cell numbered ①②… (or (1)(2)…) in order from 1, the
    text before the first marker dropped; None unless there are two or more."""
    marks = list(_PART_MARK.finditer(text))
    if len(marks) < 2:
        return None
    values = [(ord(m.group()) - 0x2460 + 1) if len(m.group()) == 1 else int(re.sub(r"\D", "", m.group())) for m in marks]
    if values != list(range(1, len(values) + 1)):
        return None
    ends = [m.start() for m in marks[1:]] + [len(text)]
    return [text[m.end() : e].strip(" ;;,,") for m, e in zip(marks, ends)]


def _parallel_rows(row: ReportRow) -> list[ReportRow]:
    """A row whose task (or project) cell and progress cell number the same
    tasks (①…②…) is a sub-row per task, N.1, N.2 …: each task with its own
    progress, so each is judged on its own."""
    progress = _parts(row.actual)
    if progress is None:
        return [row]
    field = "task" if row.task else "project"
    tasks = _parts(getattr(row, field))
    if tasks is None or len(tasks) != len(progress):
        return [row]
    # 中心城区完整社区建设项目 ①A…②B…: the name over the parts stays with each.
    mark = _PART_MARK.search(row.project)
    over = row.project[: mark.start()].strip(" ;;,,::") if field == "project" and mark else ""
    out = []
    for k, (t, a) in enumerate(zip(tasks, progress), 1):
        part = replace(row, no=f"{row.no}.{k}", actual=a)
        out.append(replace(part, task=t) if field == "task" else replace(part, project=f"{over} {t}" if over else t))
    return out


class _MergedRun:
    """Numbered rows that took a cell from the row above (a merged 牵头单位
    over rows 2 to 7), said in one warning that names each of them."""

    nos: list[str]

    def __init__(self, warnings: list[str], prefix: str) -> None:
        self.warnings, self.prefix = warnings, prefix
        self.what, self.nos = "", []

    def add(self, no: str, what: str) -> None:
        if what != self.what:
            self.flush()
            self.what = what
        if what:
            self.nos.append(no)

    def flush(self) -> None:
        if self.nos:
            rows = f"row {self.nos[0]}" if len(self.nos) == 1 else f"rows {', '.join(self.nos)}"
            self.warnings.append(f"{self.prefix}{rows}: no cell for {self.what}: taken from the row above, as a merged cell")
        self.what, self.nos = "", []


def _share_text(table: Table, texts: list[str]) -> str:
    parts = []
    for k in table.index("share"):
        t = texts[k].strip()
        if t and table.columns[k].percent and re.fullmatch(r"[\d.]+", t):
            t += "%"  # 完成目标(%) | 74.8: the header says what the cell leaves out
        if t:
            parts.append(t)
    return " ".join(parts)


def _header_unit(table: Table, texts: list[str]) -> str:
    for role in ("task", "actual"):
        for k in table.index(role):
            if table.columns[k].unit:
                return table.columns[k].unit
    return ""


_BRACKETS = re.compile(r"[(（]([^()（）]{2,40})(?:[)）]|$)")


def _is_verdict(text: str, lex: Lexicon) -> bool:
    """A remark that is the publisher's verdict (达到时间进度, 已超额完成) rather than progress."""
    t = text.strip()
    return len(t) <= 12 and any(c.active and c.kind in VERDICT_KINDS for c in find_cues(t, lex))


def _bracket_verdicts(actual: str, lex: Lexicon) -> list[str]:
    """80%(新区实验幼儿园进度滞后): the publisher's verdict in brackets."""
    return [m.group(1) for m in _BRACKETS.finditer(actual or "")
            if any(c.active and c.kind in VERDICT_KINDS - {"done"} for c in find_cues(m.group(1), lex))]


def _month_in(lines: list[str], year: int | None, lex: Lexicon | None = None) -> float | None:
    """A period stated in the page text near the top (截至9月底, 1-10月).
    Blank lines and page furniture are not counted: a page copied with its
    record (索引号:…, 发布机构:…) or blank lines between paragraphs has its
    lead paragraph as near the top as one without."""
    for ln in [ln for ln in lines if ln.strip() and not is_furniture(ln)][:12]:
        m = month_of(ln, year=year, strict=True, lexicon=lex)
        if m is not None and not re.search(r"发布|来源|日期|时间", ln):
            return m
    return None


def _month_published(lines: list[str], year: int | None, warnings: list[str]) -> tuple[float | None, int | None]:
    """No period stated: reports come out after their period, so take the end
    of the month before the publication date, and say so; a page out in a
    month's last week (a year-end briefing on 12月27日) is nearer that
    month's end, and takes it. Returns (month, year of the period)."""
    found = next((p for p in (published_date(ln) for ln in lines[:20]) if p), None)
    if found is None:
        warnings.append("the period is not stated (no 截至…, 1-N月 or 季度 in the title, headers or text): "
                        "rows are scored without 序时进度")
        return None, year
    y, m, d = found
    if year is not None and y > year:
        month = 12  # out in a year after the one the title names: that year, at its end
        said = "the year the title names, at its end"
    elif d is not None and d >= _LAST_WEEK:
        month, year = m, year or y
        said = "the month of the publication date, out in its last week"
    elif m == 1:
        month, year = 12, y - 1  # out in January (2011年1月5日): the year before, at its end
        said = "the month before the publication date"
    else:
        month, year = m - 1, year or y
        said = "the month before the publication date"
    day = f"-{d:02d}" if d is not None else ""
    warnings.append(f"the period is not stated: taken as the end of month {month} of {year}, {said} ({y}-{m:02d}{day})")
    return month, year


# A page out from this day of its month on reports that month nearly whole.
_LAST_WEEK = 25


def _year_in(lines: list[str]) -> int | None:
    for ln in lines[:12]:
        y = year_of(ln)
        if y is not None:
            return y
    return None


_PAGE_RECORD = re.compile(r"\s*" + PAGE_RECORD, re.I)
# A page on a programme of practical projects (39件民生实事…) that reports
# one task named in quotes (其中“A”任务已圆满完成): a report of one row.
_ONE_OF_A_PROGRAMME = re.compile(r"民生实事|为民办实事|实事项目|民生工程|重点项目")
_NAMED_TASK = re.compile(r"\s*“[^“”]{2,40}”")
# …or a page that reports on one public work alone (a reply to a deputy's
# proposal: …路段,项目目前正在推进建设中): a report of one row.
_PUBLIC_WORK = re.compile(r"建设|施工|工程|改造|竣工|开工|通车|完工")
_PLAN_SHARE = re.compile(r"(?:完成|占)[^,;。]{0,8}?(?:年度|全年|年)[^,;。]{0,6}?(?:计划|任务)[^,;。]{0,4}?\d+(?:\.\d+)?%")


def _reports_progress(text: str, lex: Lexicon) -> bool:
    from .extract import extract_quantities
    from .signals import find_stages

    if not text or not text.strip():
        return False
    return bool(find_stages(text, lex) or extract_quantities(text, lexicon=lex)
                or any(c.active and c.kind != "intent" for c in find_cues(text, lex)))


def _named_around(tables: list[Table], rows: list[ReportRow], lex: Lexicon) -> list[ReportRow]:
    """Projects the text around the tables names in a verdict list
    (其中“A”、“B”等17项超额完成) and no table row holds: a circular sums up
    the lists it does not attach. Named rows are numbered 文1, 文2 … so they
    never pass for the table's own rows."""
    text = "\n".join([*tables[0].before, *(line for t in tables for line in t.after)])
    if not text.strip():
        return []
    held = [re.sub(r"\s+", "", normalize(r.project)) for r in rows]
    h = to_halfwidth(text)
    out: list[ReportRow] = []
    for item in read_named_lists(normalize(text), lex):
        name = re.sub(r"[\s“”「」\"]+", "", normalize(item.project))  # a quoted name keeps its marks
        if any(name in p or (p and p in name) for p in held):
            continue
        out.append(ReportRow(no=f"文{len(out) + 1}", project=h[item.span[0] : item.span[1]], lead=item.lead,
                             actual=h[item.verdict_span[0] : item.verdict_span[1]],
                             official=h[item.official_span[0] : item.official_span[1]]))
    return out


_ARTICLE_MIN = 60


def _prose_around(tables: list[Table], rows: list[ReportRow], lex: Lexicon) -> list[ReportRow]:
    """Items the article above or below the tables reports on its own
    (按项目类别统计:产业发展项目172个,完成投资295.9亿元,为年投资计划的80%;…
    over a table by county): two at least that report progress, none that a
    table row or a named row already holds. Numbered on from the named rows
    (文N), never passing for the table's own."""
    parts = ["\n".join(tables[0].before), "\n".join(line for t in tables for line in t.after)]
    # Titles and page records alone hold no article: the prose reader (and
    # its import) is spared on most table pages.
    parts = [part for part in parts if len(part) >= _ARTICLE_MIN and re.search(r"[。;;]", part)]
    if not parts:
        return []
    from .readers.prose import read_prose

    held = [re.sub(r"\s+", "", normalize(r.project)) for r in rows]
    items = [it for part in parts for it in read_prose(strip_pinyin(part), lexicon=lex)]
    items = [it for it in items if _reports_progress(it.actual or it.official, lex)]
    if len(items) < 2:
        return []
    named = sum(1 for r in rows if _from_text(r))
    out: list[ReportRow] = []
    for it in items:
        name = re.sub(r"\s+", "", normalize(it.project))
        # A table row of a short name (州直, a county) inside a group's name
        # (州直项目58个) is not that group.
        if name and any(name in p or (len(p) >= 4 and p in name) for p in held):
            continue
        out.append(ReportRow(no=f"文{named + len(out) + 1}", project=it.project, lead=it.lead, actual=it.actual,
                             official=it.official, section=it.section, assigned=it.assigned))
    return out


def _text_meta(text: str, warnings: list[str], lex: Lexicon | None = None) -> tuple[str, int | None, float | None, dict[str, str]]:
    """Title, year, month and meta of a report read from running text."""
    lines = [ln for ln in text.splitlines() if ln.strip()]
    title, year, meta = _meta(lines[:8])
    month = (month_of(title, year=year, lexicon=lex) if title else None) or _month_in(lines, year, lex)
    year = year or _year_in(lines)
    if not month:
        month, year = _month_published(lines, year, warnings)
    return title, year, month, meta


def _from_fields(text: str, name: str, lex: Lexicon) -> Report | None:
    """A report written as one card of labelled fields per project
    (项目名称: / 责任单位: / 进展情况:), two cards at least."""
    if not text or not text.strip():
        return None
    from .readers.fields import read_fields

    blocks = read_fields(strip_pinyin(text), header_words(lex))
    if len(blocks) < 2:
        return None
    rows = [ReportRow(
        no=b.no or str(k), project=b.get("project"), lead=b.get("lead"), target=b.get("target"),
        actual=b.get("actual"), official=b.get("official"), task=b.get("task"), share=b.get("share"),
        remark=b.get("remark"), deadline=b.get("deadline"),
    ) for k, b in enumerate(blocks, 1)]
    return _text_report(text, name, lex, "fields", lambda title: rows)


def _from_paired(text: str, name: str, lex: Lexicon) -> Report | None:
    """A report that lists each group's tasks, then its progress, numbered
    alike (年度任务 / 1、… / 工作进展情况 / 1、…)."""
    if not text or not text.strip():
        return None
    from .readers.paired import read_paired

    items = read_paired(strip_pinyin(text), header_words(lex))
    if not items:
        return None
    # Each group numbers its lists from 1: the section's place makes the
    # row number unique (2.1 is the first task of the second group).
    sections = {s: k for k, s in enumerate(dict.fromkeys(it.section for it in items), 1)}
    rows = [ReportRow(no=f"{sections[it.section]}.{it.no}" if len(sections) > 1 else it.no,
                      project=it.project, actual=it.actual, section=it.section) for it in items]
    return _text_report(text, name, lex, "paired", lambda title: rows)


def _labelled_line(text: str, labels: tuple[str, ...], value: str) -> bool:
    """Is the value set after one of the labels and a colon? A line opens
    with it, or, on a page run into one line, any stretch does."""
    value = re.sub(r"\s+", "", normalize(value))[:20]
    heads = tuple(f"{w}:{value}" for w in labels)
    squashed = re.sub(r"\s+", "", normalize(text))
    return bool(value) and any(h in squashed for h in heads)


def _from_prose(text: str, name: str, lex: Lexicon) -> Report | None:
    if not text or not text.strip():
        return None
    try:
        from .readers.prose import PROGRESS_LABELS, read_prose
    except ImportError:  # pragma: no cover - the prose reader ships with the package
        return None
    # As for tables: a mirror's pinyin (項(xiàng)目) is read out of the fields.
    items = _year_end_list(read_prose(strip_pinyin(text), lexicon=lex), text, lex)
    # A text with one numbered line (a README, a notice) is not a report:
    # two items at least must report progress (a figure, a stage, a cue),
    # or one its share of a yearly plan (完成年度投资计划的69%): a news item
    # on one programme, or one under a line labelled as its progress
    # (完成情况:…): a form filled in for one project. Items listed under
    # the publisher's word on them (8项进展偏慢的…为:) report through it.
    reporting = [item for item in items if _reports_progress(item.actual or item.official, lex)]
    if len(reporting) < 2 and not (reporting and (
            _PLAN_SHARE.search(normalize(reporting[0].actual)) or _labelled_line(text, PROGRESS_LABELS, reporting[0].actual)
            or _ONE_OF_A_PROGRAMME.search(normalize(text)) and _NAMED_TASK.match(normalize(reporting[0].project))
            or len(items) == 1 and _PUBLIC_WORK.search(normalize(reporting[0].project + reporting[0].actual)))):
        return None

    def rows(title: str) -> list[ReportRow]:
        # A news page's headline (大荔县十大民生工程完成投资15.8亿元) over its
        # first paragraph reads like an item; it is the page's, not a project.
        # Without a title found, the first line is the headline when it reports
        # progress itself (a project's name alone, over its progress, does not).
        first = next((ln.strip() for ln in text.splitlines() if ln.strip() and not _PAGE_RECORD.match(ln)), "")
        # A first line of several sentences is the article itself, no headline.
        headline_like = len(first) <= 60 and "。" not in first.rstrip("。")
        heads = {re.sub(r"\s+", "", h) for h in (title, first if headline_like and _reports_progress(first, lex) else "") if h}

        def headline(project: str) -> bool:
            # the title as the page gives it may run on (a source, a date in brackets)
            p = re.sub(r"\s+", "", project)
            return p in heads or (len(p) >= 8 and any(h.startswith(p) for h in heads))

        kept = items
        if heads and len(items) > 2:
            # The headline goes; a paragraph under it (not a figure or two
            # cut from the headline's line) is read as news of its own.
            kept = [x for it in items
                    for x in (_news_under(it.actual, lex) if headline(it.project) else [it])]
        return [ReportRow(no=item.no or str(k), project=item.project, lead=item.lead, actual=item.actual,
                          official=item.official, section=item.section, assigned=item.assigned)
                for k, item in enumerate(kept, 1)]

    return _text_report(text, name, lex, "prose", rows)


# A title saying the page lists what was done (…实事项目完成情况, 成绩单).
_DONE_TITLE = re.compile(r"完成情况|成绩单|完成了|答卷")
# Where an item's first clause ends.
_CLAUSE_END = re.compile(r"[,;。,;]")
_DIGIT = re.compile(r"\d")


def _year_end_list(items: list[ProseItem], text: str, lex: Lexicon) -> list[ProseItem]:
    """A year-end list of what was done (2017年度区政府实事项目完成情况 /
    1.帮助247名长期失业青年实现就业,为29936人开展职业技能培训。): an item
    with figures and nothing split off as its progress is all progress, and
    its first clause names it. Elsewhere such an item is a task with no
    progress reported."""
    def bare(it: ProseItem) -> bool:
        return not it.actual.strip() and not it.official and _DIGIT.search(it.project) is not None

    if not any(map(bare, items)):
        return items
    title, _, month, _ = _text_meta(text, [], lex)
    if month != 12 or not _DONE_TITLE.search(normalize(title)):
        return items
    out = []
    for it in items:
        if bare(it):
            cut = _CLAUSE_END.search(it.project)
            name = it.project[: cut.start()] if cut is not None and cut.start() >= 4 else it.project
            it = replace(it, project=name.strip(), actual=it.project)
        out.append(it)
    return out


def _from_summary(text: str, name: str, lex: Lexicon) -> Report | None:
    """A page that reports on its programme as a whole and on no project
    (2024年区十件民生实事共25项内容,已全部完成年度任务。): the programme is its
    row, with a warning that it sums up projects the page does not list."""
    if not text or not text.strip():
        return None
    from .readers.summary import read_summary

    items = [it for it in read_summary(strip_pinyin(text)) if _reports_progress(it.actual, lex)]
    if not items:
        return None
    report = _text_report(text, name, lex, "summary", lambda title: [
        ReportRow(no=it.no, project=it.project, actual=it.actual) for it in items])
    return replace(report, warnings=report.warnings + (
        "no project is reported one by one: the rows are what the text says of the whole programme",))


# A clause of policy (某县坚持将新增财力的80%用于民生工程建设) says how the
# office works, never what it builds.
_POLICY = re.compile(r"坚持|围绕|按照|紧扣|聚焦|着力|始终")


def _news_under(paragraph: str, lex: Lexicon) -> list[ProseItem]:
    """The items of the paragraph a news headline stood over: none when it is
    a figure or two cut from the headline's own line, nor a clause of policy."""
    from .readers.prose import read_prose

    if len(paragraph) < 30:
        return []
    return [it for it in read_prose(paragraph, lexicon=lex) if not _POLICY.search(normalize(it.project))]


def _text_report(text: str, name: str, lex: Lexicon, fmt: str, rows: Callable[[str], list[ReportRow]]) -> Report:
    """A report read from running text (cards, paired lists, prose): the
    title, period and page record from the text, the rows from ``rows``
    given the title."""
    warnings: list[str] = []
    title, year, month, meta = _text_meta(text, warnings, lex)
    return Report(title=title, year=year, month=month, rows=tuple(rows(title)), meta=meta, warnings=tuple(warnings),
                  format=fmt, columns={}, source=name)
