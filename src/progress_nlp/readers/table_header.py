"""Finding a table's header: over several grid rows (rows layout), or as a
run of header words in a stream of cells, broken over lines and cells."""

from __future__ import annotations

import re

from .align import row_number
from .grid import is_heading
from .header import PERIOD_IN_HEADER, Column, HeaderWords


_MAX_HEADER_ROWS = 4
# A header of 30 columns broken into words is under 80 cells. A longer run of
# label-like cells is not one header, and segmenting the rest of it from each
# of its cells was quadratic (4,000 lines of 项目: 500 s).
MAX_HEADER_CELLS = 80
# How far into a run of labels a stream's next header may start.
HEADER_STARTS = 3
# A period broken after its number (8 / 月份目标, 1-8 / 月目标, 1 / -8月实际完成情况).
_PERIOD_HEAD = re.compile(r"\s*\d{1,2}\s*(?:[-~至—–]\s*\d{0,2}\s*)?")
_MONTH_ON = re.compile(r"\s*(?:[-~至—–]?\s*\d{1,2}\s*)?月")


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
    cells = trim(cells)
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


def trim(cells: list[str]) -> list[str]:
    end = len(cells)
    while end and not cells[end - 1].strip():
        end -= 1
    return cells[:end]


def header_at(rows: list[list[str]], r: int, hw: HeaderWords, *, words: bool) -> tuple[list[Column], int] | None:
    """The header starting at row ``r`` and the row after it, or None.

    A following row that holds only header words or fragments continues the
    header: cell by cell when it has as many cells (a two-level header), as
    more of the same line otherwise (the header line broke)."""
    top: list[str] | None
    top = trim(rows[r])
    # A header names several columns: one cell on its own line (一、实事项目
    # 进度完成情况) is a heading of the text, not a table's header.
    if sum(1 for c in top if c.strip()) < 2:
        return None
    end = r + 1
    cols = _columns_of(top, hw, words=words)
    if cols is None and end < len(rows):
        # The line may end inside a header word (序号 | 项 / 目内容… | 牵头单位 …).
        top = _broken_line(top, trim(rows[end]), hw)
        cols = _columns_of(top, hw, words=words) if top else None
        end += 1
    if cols is None:
        return None
    assert top is not None  # cols is None where top is
    names = [hw.squash(c) for c in top]
    joined = list(top)
    while end < len(rows) and end - r < _MAX_HEADER_ROWS:
        nxt = trim(rows[end])
        if not nxt or row_number(nxt[0]) is not None:
            break  # 1 | … and 一 | …: a row of the table, not more header
        fragments = all(_is_fragment(c, hw) for c in nxt) and any(hw.squash(c) for c in nxt)
        if not words and _under_columns(nxt, names) and (fragments or _completes(names, nxt, hw)):
            below = [hw.squash(c) for c in nxt] + [""] * (len(names) - len(nxt))
            names = [a + (b if b != a else "") for a, b in zip(names, below)]
            cols = [hw.column(n) for n in names]
        elif not fragments:
            break
        elif (spliced := _split_group(names, nxt, rows[end + 1 : end + 1 + _GROUP_LOOK], hw)
                         or _last_group(names, nxt, rows[end + 1 : end + 1 + _GROUP_LOOK], hw)) is not None:
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
    if not len(names) <= max((len(trim(r)) for r in below), default=0) <= width:
        return None
    k = groups[0]
    # Only the group's period goes down: 进展情况 over 完成率 would make the
    # longer word win and the share a progress column.
    period = "".join(m.group() for m in PERIOD_IN_HEADER.finditer(names[k]))
    return names[:k] + [f"{period}{c}" for c in subs] + names[k + 1 :]


def _last_group(names: list[str], sub: list[str], below: list[list[str]], hw: HeaderWords) -> list[str] | None:
    """A first header row whose cells but the last stand over both rows
    (项目名称, merged down) and whose last cell heads the second row's
    cells (项目类别 over 工作任务 | 实际已完成工作量 | 完成工作进度(%)): the
    columns are the first cells and then the second row's. Taken only when
    every second-row cell names a column, the last first-row cell names
    none a row could fill (a category, or no word), and the rows below are
    wider than the first row and no wider than the leaf columns; None
    otherwise."""
    subs = [hw.squash(c) for c in sub if hw.squash(c)]
    if len(subs) < 2 or len(subs) != len(sub) or len(names) < 2 or any(hw.role(c) is None for c in subs):
        return None
    # The last cell must name a kind (项目类别): a cell that names nothing
    # may be a header word broken across the lines (8月 / 份目标), which
    # rows as wide as the leaf columns would pass as well.
    if hw.role(names[-1]) != "category" or any(hw.role(n) is None for n in names[:-1]):
        return None
    width = len(names) - 1 + len(subs)
    widths = [len(trim(r)) for r in below if any(c.strip() for c in r)]
    if not widths or not all(len(names) < w <= width for w in widths):
        return None
    return names[:-1] + subs


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


def _word_across(hw: HeaderWords, a: str, b: str) -> bool:
    """Does a header word run across the break between ``a`` and ``b``?"""
    joined = hw.squash(a + b)
    cut = len(hw.squash(a))
    return hw.pattern is not None and any(m.start() < cut < m.end() for m in hw.pattern.finditer(joined))


def stream_header(cells: list[str], hw: HeaderWords) -> tuple[int, int, list[Column]] | None:
    """(start, end, columns) of the first header run in a stream of cells."""
    for i, cell in enumerate(cells):
        if hw.role(cell) is None:
            continue
        found = stream_header_at(cells, i, hw)
        if found is not None:
            return found
    return None


def stream_header_at(cells: list[str], i: int, hw: HeaderWords) -> tuple[int, int, list[Column]] | None:
    """(i, end, columns) of a header run starting at cell ``i``, or None."""
    if is_heading(cells[i]):
        return None  # 二、区级实事项目 names the table; it is no column
    j, stop = i, min(len(cells), i + MAX_HEADER_CELLS)
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
