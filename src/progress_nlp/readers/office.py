"""Read the tables of .xlsx and .docx files into :class:`~progress_nlp.readers.grid.Grid` objects.

Both formats are zip archives of XML, and both libraries that read them
(openpyxl, python-docx) trust what they are given. So every file passes
:func:`_check_zip` first: a size budget, a zip-bomb ratio, a member count,
safe member names and no DTDs in any XML part (the "billion laughs"
entity expansion). The libraries are optional extras, imported only when a
file of their kind is read.

>>> _check_zip(b"PK? not really", 1000, kind=".xlsx")
Traceback (most recent call last):
...
progress_nlp.errors.ReportFormatError: not a valid .xlsx file: not a zip archive
"""

from __future__ import annotations

import codecs
import datetime as dt
import io
import math
import re
import warnings
import xml.parsers.expat
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, SupportsIndex

from ..errors import MissingExtraError, ProgressNLPError, ReportFormatError, ReportTooLargeError, UnsafeFileError
from .grid import Grid, surround

__all__ = ["read_xlsx", "read_docx"]

_DEFAULT_MAX_UNPACKED = 200 * 2**20

# Zip limits. A real report unpacks to a few MB in well under 100 members;
# text XML compresses about 10:1, so 100:1 on a member over 1 MB is a bomb,
# and so is 100:1 over the whole archive (twenty 1 MB members of 700:1
# each passed the member check).
_MAX_MEMBERS = 10_000
_MAX_RATIO = 100
_RATIO_MIN_SIZE = 2**20

# How much of each XML member is inspected for a DTD, read in chunks.
_XML_HEAD = 64 * 1024
_CHUNK = 16 * 1024
_SCAN_CHUNK = 2**20

# openpyxl creates one object per cell of every merged range while loading
# (worksheet._clean_merge_range; hyperlink ranges likewise), so a 40-byte
# <mergeCell ref="A1:XFD1048576"/> would make 17 billion. Real sheets merge
# a few hundred cells.
_MAX_MERGED_CELLS = 200_000
_MAX_LINK_MERGE_PAIRS = 5_000_000
# openpyxl also builds an object per <c> (a Cell of ~400 bytes, empty or
# not), per <row> with attributes, per style record ..., all before any cap
# of ours applies. So the XML elements of a workbook are counted first: real
# workbooks hold 0.2 to 1 element per byte of the file, and at most
# 4 per byte (or 200,000 in a small file) keep openpyxl's memory linear in
# the file's size (about 1.6 KB per byte). <c> elements are held to the
# layout cap as well.
_ELEMENTS_PER_BYTE = 4
_MIN_ELEMENTS = 200_000
# What any one file may make us lay out (spans, sparse cells far apart).
_MAX_CELLS = 2_000_000
_MAX_SPAN = 1000  # Word tables have at most 63 columns; a bigger gridSpan is hostile

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .xls/.doc and encrypted Office files
_EBCDIC_XML = b"\x4c\x6f\xa7\x94"  # "<?xm" in EBCDIC
_XML_SUFFIXES = (".xml", ".rels", ".vml")
_DTD_BYTES = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)
_DTD_TEXT = re.compile(r"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)
# Comments and processing instructions, also when cut off by the end of the head.
_COMMENT_OR_PI = re.compile(r"<!--.*?(?:-->|\Z)|<\?.*?(?:\?>|\Z)", re.DOTALL)
# After comments and PIs are gone, the first "<" not followed by ! or ? opens the root.
_ROOT_START = re.compile(r"<(?![!?])")
_XML_DECL_ENCODING = re.compile(r"""^<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)""")

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_W_P, _W_TBL, _W_TR, _W_TC = (_W + t for t in ("p", "tbl", "tr", "tc"))
_W_T, _W_TAB, _W_BR, _W_CR = (_W + t for t in ("t", "tab", "br", "cr"))
# Elements that wrap rows, cells or paragraphs without being content themselves.
_W_WRAPPERS = frozenset(_W + t for t in ("sdt", "sdtContent", "customXml", "smartTag"))


def read_xlsx(data: bytes, *, max_unpacked: int = _DEFAULT_MAX_UNPACKED) -> list[Grid]:
    """Return one :class:`Grid` per worksheet that has any text, in workbook order.

    Values are the cached results Excel saved (formulas are not computed).
    Whole floats lose their ``.0`` (``810.0`` → ``"810"``), cells with a
    percent number format read ``"101%"``, dates read as ISO text
    (``"2022-08-31"``). A merged range's text is copied into every cell it
    covers and those positions are listed in ``Grid.merged``. Rows and
    columns with no text at all are dropped, so blank margins and spacer rows
    do not shift the table. Leading rows with at most one text (the title,
    the publisher, a date line) before the first row with two or more texts
    move to ``Grid.before``; ``Grid.after`` is empty.

    Raises :class:`UnsafeFileError` for a hostile archive (see
    :func:`_check_zip`; also merged or hyperlink ranges covering more than
    200,000 cells, more XML elements than :func:`_element_budget` allows),
    :class:`ReportTooLargeError` when the sheets hold or lay out to more than
    two million cells, :class:`ReportFormatError` for anything that
    is not a readable workbook, :class:`MissingExtraError` without openpyxl.
    """
    openpyxl = _import_extra("openpyxl", "openpyxl", "xlsx")
    xml_members = _check_zip(data, max_unpacked, kind=".xlsx")
    from openpyxl.utils.cell import range_boundaries

    _check_workbook_xml(data, xml_members, range_boundaries)
    with _reading(".xlsx"):
        with warnings.catch_warnings():
            # openpyxl warns about styles and extensions it drops; they do not matter here.
            warnings.simplefilter("ignore")
            book = _load_workbook(openpyxl, data)
        try:
            grids = [_sheet_grid(sheet) for sheet in book.worksheets]
        finally:
            book.close()
    return [grid for grid in grids if grid.rows or grid.before]


def read_docx(data: bytes, *, max_unpacked: int = _DEFAULT_MAX_UNPACKED) -> list[Grid]:
    """Return one :class:`Grid` per table of a Word document, in document order.

    Nested tables are grids of their own, and their text is not part of the
    outer cell. Cell text is the cell's paragraphs joined by one space, with
    whitespace collapsed. Horizontally (``gridSpan``) and vertically
    (``vMerge``) merged cells have the text copied into every position they
    cover, and those positions are listed in ``Grid.merged``.

    ``before`` holds the document's paragraphs (outside every table) that
    come before the table, ``after`` those after it; so the first grid's
    ``before`` is the title, publisher and date above the first table.

    Raises :class:`UnsafeFileError` for a hostile archive (see
    :func:`_check_zip`), :class:`ReportTooLargeError` when the tables lay out
    to more than two million cells or its tables times its paragraphs exceed
    :data:`~progress_nlp.readers.grid.MAX_SURROUNDING`, :class:`ReportFormatError`
    for anything that is not a readable Word document,
    :class:`MissingExtraError` without python-docx.
    """
    docx = _import_extra("docx", "python-docx", "docx")
    _check_zip(data, max_unpacked, kind=".docx")
    with _reading(".docx"):
        document = docx.Document(io.BytesIO(data))
        return _document_grids(document.element.body)


# -------------------------------------------------------------------- extras


def _import_extra(module: str, package: str, extra: str) -> Any:
    """Import an optional dependency, or say which extra to install.

    >>> _import_extra("no_such_module_xyz", "xyz", "xyz")
    Traceback (most recent call last):
    ...
    progress_nlp.errors.MissingExtraError: reading .xyz needs xyz: pip install "progress-nlp[xyz]"
    """
    try:
        return __import__(module)
    except ImportError as exc:
        raise MissingExtraError(f'reading .{extra} needs {package}: pip install "progress-nlp[{extra}]"') from exc


@contextmanager
def _reading(kind: str) -> Iterator[None]:
    """Turn whatever a third-party reader raises on a corrupt file into ReportFormatError."""
    try:
        yield
    except (ProgressNLPError, MemoryError):
        raise
    except Exception as exc:
        raise ReportFormatError(f"cannot read the {kind} file: {_one_line(exc)}") from exc


def _one_line(exc: BaseException) -> str:
    """``Type: first line of the message``, at most 200 characters.

    >>> _one_line(ValueError("File is not a zip file\\nmore detail"))
    'ValueError: File is not a zip file'
    """
    lines = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {lines[0] if lines else ''}".rstrip(": ")[:200]


# ---------------------------------------------------------------- zip safety


def _check_zip(data: bytes, max_unpacked: int, *, kind: str = ".xlsx/.docx") -> list[str]:
    """Refuse archives that could exhaust memory or trick an XML parser.

    Checked from the central directory, before anything is decompressed: at
    most 10,000 members, declared sizes summing to at most ``max_unpacked``,
    no member and not the whole archive over 1 MB compressed more than
    100:1, no absolute names or names with ``..``. (openpyxl and
    python-docx read through :mod:`zipfile`, which never returns more than a
    member's declared size, so the declared sizes bound what they can
    unpack.) Then the first 64 KB of every XML
    member, read in chunks, must hold no ``<!DOCTYPE``/``<!ENTITY`` and must
    reach the root element: a DTD cannot hide after a long prolog.

    Returns the names of the XML members.
    Raises :class:`UnsafeFileError` for the hostile cases and
    :class:`ReportFormatError` when the bytes are not a readable zip.
    """
    if data[:8] == _OLE_MAGIC:
        raise ReportFormatError(
            f"not a valid {kind} file: this is a legacy (.xls/.doc) or password-protected Office file;"
            f" save it as {kind} without a password"
        )
    count = _declared_member_count(data)
    if count is None:
        raise ReportFormatError(f"not a valid {kind} file: not a zip archive")
    if count > _MAX_MEMBERS:  # before zipfile builds an object per member
        raise UnsafeFileError(f"the archive has {count} members (limit {_MAX_MEMBERS})")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
            _check_members(infos, max_unpacked)
            return [info.filename for info in infos if _check_xml_member(archive, info)]
    except (ProgressNLPError, MemoryError):
        raise
    except Exception as exc:  # BadZipFile, zlib.error, NotImplementedError (compression), EOFError ...
        raise ReportFormatError(f"not a valid {kind} file: {_one_line(exc)}") from exc


def _declared_member_count(data: bytes) -> int | None:
    """The member count in the end-of-central-directory record, None if there is none.

    A ZIP64 archive stores 0xFFFF there; that gives 0, and
    :func:`_check_members` counts again after parsing.

    >>> import io, zipfile
    >>> buffer = io.BytesIO()
    >>> with zipfile.ZipFile(buffer, "w") as z:
    ...     z.writestr("a.xml", "<a/>")
    >>> _declared_member_count(buffer.getvalue()), _declared_member_count(b"plain text")
    (1, None)
    """
    # The record is 22 bytes plus a comment of at most 65535 bytes at the end.
    pos = data.rfind(b"PK\x05\x06", max(0, len(data) - 22 - 65535))
    if pos < 0 or len(data) - pos < 22:
        return None
    count = int.from_bytes(data[pos + 10 : pos + 12], "little")
    return 0 if count == 0xFFFF else count  # ZIP64: counted from the parsed directory


def _check_members(infos: list[zipfile.ZipInfo], max_unpacked: int) -> None:
    """Apply the central-directory limits of :func:`_check_zip`."""
    if len(infos) > _MAX_MEMBERS:
        raise UnsafeFileError(f"the archive has {len(infos)} members (limit {_MAX_MEMBERS})")
    total = packed = 0
    for info in infos:
        _check_member_name(info.filename)
        _check_ratio(f"member {info.filename!r}", info.compress_size, info.file_size)
        total += info.file_size
        packed += info.compress_size
        if total > max_unpacked:
            raise UnsafeFileError(f"the archive unpacks to more than {max_unpacked} bytes")
    _check_ratio("the archive", packed, total)


def _check_ratio(what: str, packed: int, size: int) -> None:
    """Refuse more than 1 MB unpacked from more than 100 times fewer bytes.

    >>> _check_ratio("the archive", 30_000, 20 * 2**20)
    Traceback (most recent call last):
    ...
    progress_nlp.errors.UnsafeFileError: the archive expands 30000 bytes to 20971520 (more than 100:1): a zip bomb
    """
    if size > _RATIO_MIN_SIZE and size > _MAX_RATIO * max(packed, 1):
        raise UnsafeFileError(f"{what} expands {packed} bytes to {size} (more than {_MAX_RATIO}:1): a zip bomb")


def _check_member_name(name: str) -> None:
    """Refuse names a careless extractor would write outside its folder.

    >>> _check_member_name("xl/worksheets/sheet1.xml")
    >>> _check_member_name("../evil")
    Traceback (most recent call last):
    ...
    progress_nlp.errors.UnsafeFileError: unsafe member name '../evil' in the archive
    """
    if name.startswith(("/", "\\")) or re.match(r"[A-Za-z]:", name) or ".." in name:
        raise UnsafeFileError(f"unsafe member name {name!r} in the archive")


def _check_xml_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bool:
    """Check the head of a member if it is XML; say whether it is.

    A member counts as XML by its name or by how it starts (a part can be
    renamed and still be parsed, if the package's relationships point to it).
    Non-XML members (images) are let go after one small read.
    """
    if info.is_dir():
        return False
    named_xml = info.filename.lower().endswith(_XML_SUFFIXES)
    with archive.open(info) as stream:
        head = stream.read(_CHUNK)
        if not (named_xml or _looks_like_xml(head)):
            return False
        while len(head) < _XML_HEAD:  # bounded: never more than 64 KB per member
            chunk = stream.read(min(_CHUNK, _XML_HEAD - len(head)))
            if not chunk:
                break
            head += chunk
    _check_xml_head(head, info.filename, complete=len(head) < _XML_HEAD)
    return True


def _looks_like_xml(head: bytes) -> bool:
    """Whether bytes start like an XML document in any encoding libxml2 detects.

    >>> _looks_like_xml(b"\\xef\\xbb\\xbf<?xml version='1.0'?>"), _looks_like_xml("<a/>".encode("utf-16-le"))
    (True, True)
    >>> _looks_like_xml(b"\\x89PNG\\r\\n")
    False
    """
    for bom in (codecs.BOM_UTF8, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        if head.startswith(bom):
            return True
    return head.lstrip(b" \t\r\n").startswith(b"<") or head[:2] == b"\x00<" or head[:4] == _EBCDIC_XML


def _check_xml_head(head: bytes, name: str, *, complete: bool) -> None:
    """Refuse a DTD in the first 64 KB of an XML member, or a prolog longer than that.

    ``complete`` says whether ``head`` is the whole member.

    >>> _check_xml_head(b'<?xml version="1.0"?><!-- note --><x:worksheet xmlns:x="u"/>', "s.xml", complete=True)
    >>> _check_xml_head(b'<?xml version="1.0"?><!DOCTYPE a [<!ENTITY b "c">]><a/>', "s.xml", complete=True)
    Traceback (most recent call last):
    ...
    progress_nlp.errors.UnsafeFileError: XML member 's.xml' declares a DTD (<!DOCTYPE/<!ENTITY): entity expansion is refused
    """
    text = head.decode(_xml_codec(head, name), errors="replace")
    if _DTD_BYTES.search(head) or _DTD_TEXT.search(text):
        raise UnsafeFileError(f"XML member {name!r} declares a DTD (<!DOCTYPE/<!ENTITY): entity expansion is refused")
    if not complete and not _ROOT_START.search(_COMMENT_OR_PI.sub("", text)):
        # A DTD may only come before the root element; a prolog longer than
        # 64 KB could hide one past what we read.
        raise UnsafeFileError(f"XML member {name!r} has no root element in its first {_XML_HEAD} bytes")


def _xml_codec(head: bytes, name: str) -> str:
    """The codec that shows an XML member's markup as the parser will see it.

    UTF-16 and UTF-32 are told by their BOM or by the zero bytes around the
    first ``<``, EBCDIC by its own ``<?xm``. Every other encoding (UTF-8, GBK,
    Latin-1 ...) writes markup in plain ASCII, so the member is read as
    Latin-1: that cannot fail, and it cannot be fooled by a declaration that
    does not match the bytes (libxml2 then trusts the bytes).

    >>> _xml_codec("<a/>".encode("utf-16-be"), "x"), _xml_codec(b'<?xml version="1.0" encoding="UTF-16"?>', "x")
    ('utf-16-be', 'latin-1')
    """
    for bom, codec in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if head.startswith(bom):
            return codec
    for pattern, codec in ((b"<\x00\x00\x00", "utf-32-le"), (b"\x00\x00\x00<", "utf-32-be"), (b"<\x00", "utf-16-le"), (b"\x00<", "utf-16-be")):
        if head.startswith(pattern):
            return codec
    if head[:4] != _EBCDIC_XML:
        return "latin-1"
    declared = _XML_DECL_ENCODING.match(head[:200].decode("cp037"))
    try:
        return codecs.lookup(declared.group(1)).name if declared else "cp037"
    except LookupError:
        assert declared is not None  # only a declared encoding is looked up
        raise ReportFormatError(f"XML member {name!r} declares an unknown encoding {declared.group(1)!r}") from None


def _check_workbook_xml(data: bytes, members: list[str], range_boundaries: Callable[[str], tuple[int | None, int | None, int | None, int | None]]) -> None:
    """Refuse workbooks that openpyxl would expand into too many objects.

    While loading, openpyxl makes an object per element of note (every
    ``<c>``, empty or not), one per cell of every merged range and of every
    hyperlink range, and matches each hyperlink against every merged range
    of its sheet. So the XML elements are capped (:func:`_element_budget`),
    the ``<c>`` elements too (two million), the covered cells (200,000 in
    all) and hyperlinks x merged ranges per sheet, all counted in one
    streaming pass before openpyxl builds anything.

    Every XML member is scanned, not only those named like worksheets:
    openpyxl reads whatever part the workbook's relationships name, and it
    acts on these elements whatever the root element is. ``range_boundaries``
    is openpyxl's own parser, so a range is measured exactly as openpyxl
    will read it.
    """
    covered = 0
    tally = _Tally(budget=_element_budget(len(data)))
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for name in members:
            counts = {"mergeCell": 0, "hyperlink": 0}
            for tag, ref in _range_refs(archive, name, tally):
                counts[tag] += 1
                if tag == "mergeCell" or ":" in ref:
                    covered += _range_area(ref, range_boundaries)
                if covered > _MAX_MERGED_CELLS:
                    raise UnsafeFileError(
                        f"merged cells and hyperlink ranges cover more than {_MAX_MERGED_CELLS} cells"
                        f" (in {name!r}): an expansion bomb"
                    )
                if counts["mergeCell"] * counts["hyperlink"] > _MAX_LINK_MERGE_PAIRS:
                    raise UnsafeFileError(f"too many hyperlinks times merged ranges in {name!r}")


def _element_budget(size: int) -> int:
    """How many XML elements a workbook of ``size`` bytes may hold.

    >>> _element_budget(42_000), _element_budget(10 * 2**20)
    (200000, 41943040)
    """
    return max(_MIN_ELEMENTS, _ELEMENTS_PER_BYTE * size)


@dataclass
class _Tally:
    """The elements and ``<c>`` elements of a workbook seen so far (see :func:`_check_workbook_xml`)."""

    budget: int
    elements: int = 0
    cells: int = 0

    def check(self, name: str) -> None:
        if self.elements > self.budget:
            raise UnsafeFileError(
                f"the workbook's XML holds more than {self.budget} elements (at {name!r}), more than"
                f" {_ELEMENTS_PER_BYTE} per byte of the file: an expansion bomb"
            )
        if self.cells > _MAX_CELLS:
            raise ReportTooLargeError(f"the workbook holds more than {_MAX_CELLS} cells (at {name!r})")


def _range_refs(archive: zipfile.ZipFile, name: str, tally: _Tally) -> Iterator[tuple[str, str]]:
    """Stream one XML member through expat; yield ``(tag, ref)`` of each mergeCell and hyperlink.

    Elements are counted into ``tally``, which is checked after each chunk,
    so a member of a million empty cells is refused after its first megabyte.
    openpyxl reads worksheets with ``xml.etree.ElementTree.iterparse``, that
    is with expat, so the raw bytes go to expat too: encodings, character
    references in the attribute and where a malformed member stops are then
    exactly what openpyxl will see. Streaming keeps memory flat.
    :func:`_check_zip` has already refused DTDs; the handler refuses one again.
    """
    refs: list[tuple[str, str]] = []
    parser = xml.parsers.expat.ParserCreate(namespace_separator=" ")
    parser.SetParamEntityParsing(xml.parsers.expat.XML_PARAM_ENTITY_PARSING_NEVER)

    def start(tag: str, attrs: dict[str, str]) -> None:
        local = tag.rpartition(" ")[2]
        tally.elements += 1
        if local == "c":
            tally.cells += 1
        elif local in ("mergeCell", "hyperlink") and "ref" in attrs:
            refs.append((local, attrs["ref"]))

    def doctype(*_: object) -> None:
        raise UnsafeFileError(f"XML member {name!r} declares a DTD: entity expansion is refused")

    parser.StartElementHandler = start
    parser.StartDoctypeDeclHandler = doctype
    parser.EntityDeclHandler = doctype
    with archive.open(name) as stream:
        try:
            while chunk := stream.read(_SCAN_CHUNK):
                parser.Parse(chunk, False)
                tally.check(name)
                yield from refs
                refs.clear()
            parser.Parse(b"", True)
        except ProgressNLPError:
            raise  # our own refusals are ValueErrors too: not a malformed member
        except (xml.parsers.expat.ExpatError, ValueError, LookupError):
            # Not well-formed, or an encoding expat cannot read ("multi-byte
            # encodings are not supported"): openpyxl's parser fails at the
            # same place, after the same elements.
            pass
    tally.check(name)
    yield from refs


def _range_area(ref: str, range_boundaries: Callable[[str], tuple[int | None, int | None, int | None, int | None]]) -> int:
    """Cells in an Excel range; whole rows or columns count to the sheet edge.

    >>> from progress_nlp.readers.office import _range_area
    >>> _range_area("A1:C2", lambda ref: (1, 1, 3, 2)), _range_area("A:A", lambda ref: (1, None, 1, None))
    (6, 1048576)
    """
    try:
        min_col, min_row, max_col, max_row = range_boundaries(ref)
    except (ValueError, TypeError):
        return 0  # openpyxl will refuse it while loading
    min_col, max_col = min_col or 1, max_col or 16384
    min_row, max_row = min_row or 1, max_row or 1048576
    return (abs(max_row - min_row) + 1) * (abs(max_col - min_col) + 1)


# --------------------------------------------------------------------- xlsx


class _MissingString(str):
    """The value of a cell whose shared-string index the workbook does not have."""

    index_: int

    def __new__(cls, index: int) -> "_MissingString":
        text = super().__new__(cls, "")
        text.index_ = index
        return text


class _SharedStrings(list[str]):
    """The workbook's shared strings. openpyxl indexes them with the cell's
    number as it stands, so -1 read the last string (a progress text became
    a project) and a number past the end stopped the whole file."""

    def __getitem__(self, i: SupportsIndex | slice) -> str | list[str]:  # type: ignore[override]  # one signature for list's two overloads
        if isinstance(i, int) and not 0 <= i < len(self):
            return _MissingString(i)
        return super().__getitem__(i)


def _load_workbook(openpyxl: Any, data: bytes) -> Any:
    """``openpyxl.load_workbook`` with the shared strings of :class:`_SharedStrings`."""
    try:
        from openpyxl.reader.excel import ExcelReader
    except ImportError:  # pragma: no cover - an openpyxl without its reader class
        return openpyxl.load_workbook(io.BytesIO(data), read_only=False, data_only=True, keep_links=False)

    class Reader(ExcelReader):  # type: ignore[misc]  # openpyxl ships no type information
        def read_strings(self) -> None:
            super().read_strings()
            self.shared_strings: list[str] = _SharedStrings(self.shared_strings)

    reader = Reader(io.BytesIO(data), read_only=False, data_only=True, keep_links=False)
    reader.read()
    return reader.wb


def _sheet_grid(sheet: Any) -> Grid:
    """Turn one openpyxl worksheet into a Grid (see :func:`read_xlsx`)."""
    texts, damaged = _sheet_texts(sheet)
    merged = _spread_merges(sheet, texts)
    rows, merged, origins, damaged = _compact(texts, merged, damaged)
    return _split_title(rows, merged, origins, damaged)


def _sheet_texts(sheet: Any) -> tuple[dict[tuple[int, int], str], dict[tuple[int, int], str]]:
    """The non-empty cell texts by (row, column), 1-based, and the cells
    whose text the file has lost (with why).

    Reads the worksheet's sparse cell store: iter_rows() would visit the whole
    bounding box, billions of cells for one stray value at XFD1048576.
    """
    cells = getattr(sheet, "_cells", None)
    if cells is None:  # a future openpyxl without the private store
        cells = {(c.row, c.column): c for row in sheet.iter_rows() for c in row}
    texts = {}
    damaged = {}
    for position, cell in cells.items():
        if isinstance(cell.value, _MissingString):
            damaged[position] = (f"cell {cell.coordinate} points at shared string {cell.value.index_}, which the"
                                 " workbook does not have: left empty")
            continue
        if cell.value is None:  # also every MergedCell
            continue
        text = _cell_text(cell.value, cell.number_format or "")
        if text:
            texts[position] = text
    return texts, damaged


def _spread_merges(sheet: Any, texts: dict[tuple[int, int], str]) -> set[tuple[int, int]]:
    """Copy each merged range's top-left text over the range; return the copies' positions."""
    merged = set()
    for cells in sheet.merged_cells.ranges:  # area bounded by _check_workbook_xml
        text = texts.get((cells.min_row, cells.min_col))
        if not text:
            continue
        for row in range(cells.min_row, cells.max_row + 1):
            for col in range(cells.min_col, cells.max_col + 1):
                if (row, col) != (cells.min_row, cells.min_col):
                    texts[row, col] = text
                    merged.add((row, col))
    return merged


def _compact(
    texts: dict[tuple[int, int], str], merged: set[tuple[int, int]], damaged: dict[tuple[int, int], str] | None = None
) -> tuple[list[list[str]], set[tuple[int, int]], list[list[str]], dict[tuple[int, int], str]]:
    """Lay sparse texts out as rows, dropping rows and columns with no text
    (a damaged cell, empty, keeps its row and column).

    Also returns, per row, the texts that are not merged copies (to find the
    title rows), and the damaged cells at their new positions.

    >>> _compact({(2, 2): "a", (2, 5): "b", (4, 5): "b"}, {(4, 5)})
    ([['a', 'b'], ['', 'b']], {(1, 1)}, [['a', 'b'], []], {})
    """
    damaged = damaged or {}
    row_index = {r: i for i, r in enumerate(sorted({r for r, _ in texts} | {r for r, _ in damaged}))}
    col_index = {c: i for i, c in enumerate(sorted({c for _, c in texts} | {c for _, c in damaged}))}
    widths = [0] * len(row_index)
    for r, c in texts:
        widths[row_index[r]] = max(widths[row_index[r]], col_index[c] + 1)
    if sum(widths) > _MAX_CELLS:  # e.g. a few thousand cells on a diagonal
        raise ReportTooLargeError(f"the sheet lays out to more than {_MAX_CELLS} cells")
    rows = [[""] * width for width in widths]
    origins: list[list[str]] = [[] for _ in widths]
    for (r, c), text in sorted(texts.items()):
        rows[row_index[r]][col_index[c]] = text
        if (r, c) not in merged:
            origins[row_index[r]].append(text)
    lost = {(row_index[r], col_index[c]): why for (r, c), why in damaged.items()}
    for r, c in lost:
        rows[r] += [""] * (c + 1 - len(rows[r]))
    return rows, {(row_index[r], col_index[c]) for r, c in merged}, origins, lost


def _split_title(rows: list[list[str]], merged: set[tuple[int, int]], origins: list[list[str]],
                 damaged: dict[tuple[int, int], str] | None = None) -> Grid:
    """Move the lines above the first row with 2+ texts into ``before``.

    >>> g = _split_title([["标题", "标题"], ["序号", "项目"]], {(0, 1)}, [["标题"], ["序号", "项目"]])
    >>> g.before, g.rows, g.merged
    (['标题'], [['序号', '项目']], set())
    """
    first = next((i for i, texts in enumerate(origins) if len(texts) >= 2), 0)
    before = [text for texts in origins[:first] for text in texts]
    moved = {(r - first, c) for r, c in merged if r >= first}
    lost = {(r - first, c): why for (r, c), why in (damaged or {}).items() if r >= first}
    return Grid(rows=rows[first:], merged=moved, before=before, format="xlsx", damaged=lost)


def _cell_text(value: object, number_format: str) -> str:
    """The text a report reader sees in a cell.

    >>> _cell_text(810.0, "General"), _cell_text(1.01, "0%"), _cell_text(0.955, "0.0%")
    ('810', '101%', '95.5%')
    >>> import datetime
    >>> _cell_text(datetime.datetime(2022, 8, 31), "yyyy-mm-dd"), _cell_text(" 新增\\n81台 ", "@")
    ('2022-08-31', '新增 81台')
    """
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, (int, float)):
        if "%" in number_format:
            return _number_text(value * 100) + "%"
        return _number_text(value)
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(timespec="seconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dt.time):
        return value.isoformat(timespec="seconds")
    return " ".join(str(value).split())


def _number_text(value: int | float) -> str:
    """A number without float noise or a trailing ``.0``.

    >>> _number_text(810.0), _number_text(101.00000000000001), _number_text(0.1 + 0.2), _number_text(7)
    ('810', '101', '0.3', '7')
    """
    if isinstance(value, int):
        return str(value)
    if math.isfinite(value) and value.is_integer() and abs(value) < 1e16:
        return str(int(value))
    # 15 significant digits is what Excel shows; it drops binary noise such
    # as 1.01 * 100 == 101.00000000000001 (and "g" drops the trailing ".0").
    return f"{value:.15g}"


# --------------------------------------------------------------------- docx


def _document_grids(body: Any) -> list[Grid]:
    """Walk a Word body in document order: tables become grids, other paragraphs page text."""
    blocks: list[str] = []
    grids: list[Grid] = []
    starts: list[int] = []
    budget = _MAX_CELLS
    for element in body.iter(_W_P, _W_TBL):
        if _has_ancestor(element, body, {_MC_FALLBACK}):
            continue  # the legacy copy of a text box already read from mc:Choice
        if element.tag == _W_TBL:
            rows, merged = _table_rows(element, budget)
            budget -= sum(len(row) for row in rows)
            grids.append(Grid(rows=rows, merged=merged, format="docx"))
            starts.append(len(blocks))
        elif not _has_ancestor(element, body, {_W_TBL}):
            line = " ".join(_paragraph_text(element).split())
            if line:
                blocks.append(line)
    surround(grids, blocks, starts)
    if not grids and blocks:
        # A document of paragraphs only (a circular): its text, for prose reading.
        grids.append(Grid(rows=[], before=blocks, format="docx"))
    return grids


def _table_rows(tbl: Any, budget: int) -> tuple[list[list[str]], set[tuple[int, int]]]:
    """Lay out one ``w:tbl``: gridSpan repeats a cell across, vMerge="continue" copies the cell above.

    Done on the XML rather than with python-docx's ``row.cells``, which
    follows vertical merges by recursion (a merge over ~1000 rows overflows
    the stack) and repeats a cell ``gridSpan`` times however large it is.
    A position is merged when its underlying ``w:tc`` was already placed at
    an earlier position, as comparing ``cell._tc`` identity would say.
    """
    shape = [
        (min(_int_attr(tr, "w:trPr/w:gridBefore", 0), _MAX_SPAN), [(tc, _span(tc)) for tc in _children(tr, _W_TC)])
        for tr in _children(tbl, _W_TR)
    ]
    if sum(skip + sum(span for _, span in cells) for skip, cells in shape) > budget:  # before laying anything out
        raise ReportTooLargeError(f"the document's tables lay out to more than {_MAX_CELLS} cells")
    rows: list[list[str]] = []
    merged: set[tuple[int, int]] = set()
    above: dict[int, tuple[Any, str]] = {}  # column -> (w:tc, text) of the row above
    for r, (col, cells) in enumerate(shape):
        row = [""] * col
        current: dict[int, tuple[Any, str]] = {}
        for tc, span in cells:
            origin = above.get(col) if _continues_merge(tc) else None
            if origin is None:
                origin = (tc, _tc_text(tc))
            for k in range(span):
                row.append(origin[1])
                current[col + k] = origin
                if k or origin[0] is not tc:
                    merged.add((r, col + k))
            col += span
        rows.append(row)
        above = current
    return rows, merged


def _span(tc: Any) -> int:
    """A cell's ``gridSpan``, clamped to 1.._MAX_SPAN."""
    return max(1, min(_int_attr(tc, "w:tcPr/w:gridSpan", 1), _MAX_SPAN))


def _children(parent: Any, tag: str) -> Iterator[Any]:
    """Children with ``tag``, looking through content controls and custom XML wrappers."""
    for child in parent:
        if child.tag == tag:
            yield child
        elif child.tag in _W_WRAPPERS:
            yield from _children(child, tag)


def _int_attr(element: Any, path: str, default: int) -> int:
    """The integer ``w:val`` of a descendant, or ``default`` when absent or not a number."""
    found = element.find(path, {"w": _W[1:-1]})
    match = re.match(r"\s*(\d{1,9})", found.get(_W + "val", "") if found is not None else "")
    return int(match.group(1)) if match else default


def _continues_merge(tc: Any) -> bool:
    """A ``w:vMerge`` without ``w:val="restart"`` continues the cell above."""
    vmerge = tc.find("w:tcPr/w:vMerge", {"w": _W[1:-1]})
    return vmerge is not None and vmerge.get(_W + "val", "continue") != "restart"


def _tc_text(tc: Any) -> str:
    """A cell's own paragraphs, joined by one space (nested tables excluded)."""
    return " ".join(" ".join(_paragraph_text(p) for p in _children(tc, _W_P)).split())


def _paragraph_text(p: Any) -> str:
    """The visible text of a ``w:p``: runs, also inside hyperlinks, fields and insertions.

    Tabs and breaks become spaces. Text of a text box anchored in the
    paragraph belongs to the box's own paragraphs and deleted text
    (``w:delText``) and field codes (``w:instrText``) are not text at all.
    """
    parts = []
    for node in p.iter(_W_T, _W_TAB, _W_BR, _W_CR):
        if _has_ancestor(node, p, {_W_P, _MC_FALLBACK}):
            continue
        parts.append(node.text or "" if node.tag == _W_T else " ")
    return "".join(parts)


def _has_ancestor(element: Any, stop: Any, tags: set[str]) -> bool:
    """Whether an element between ``element`` and ``stop`` (exclusive) has one of ``tags``."""
    for ancestor in element.iterancestors():
        if ancestor is stop:
            return False
        if ancestor.tag in tags:
            return True
    return False
