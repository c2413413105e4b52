"""Putting a row's cells under the right columns by what they hold.

Published tables lose cells: a merged 序号 or 牵头单位 cell appears only in
its first row, an empty cell vanishes when a page is copied as words or
blocks, a long cell is broken in two. Shifting the cells left puts a
progress text under 项目 and a unit under 进展. Instead each cell is read
for what it holds (:func:`cell_kind`: a row number, a percentage, a bare
number, a number with its unit, a unit, an organisation, 是/否, a verdict,
a deadline, a short label, prose) and :func:`align` finds the order-keeping
assignment of cells to columns that fits best (dynamic programming over
cells × columns): a column may be left out (a merged cell, carried down by
the caller), a text column may take several cells (a cell broken in two),
an empty cell may be dropped (``||``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from ..lexicon import Lexicon
from ..normalize import normalize
from ..numerals import numeral_value
from ..signals import find_cues
from .header import Column

__all__ = ["cell_kind", "align", "direct_fit", "serial_of", "Alignment", "KINDS", "VERDICT_KINDS"]

KINDS = ("empty", "serial", "pct", "num", "qty", "unit", "org", "yesno", "verdict", "date", "phone", "goal", "report", "short",
         "text")

_NUM = r"\d[\d,]*(?:\.\d+)?"
# A row number: 12, 3., 4、, 9* (a starred row of some tables).
_SERIAL = re.compile(r"\s*(\d{1,4})\s*[.、]?\s*\*?\s*")
# In the 序号 column a row number may run long (row 10000 of a long table);
# as a cell kind, five digits or more are a figure (79650).
_ROW_NO = re.compile(r"\s*(\d{1,6})\s*[.、]?\s*\*?\s*")
_PCT = re.compile(rf"{_NUM}\s*%")
_BARE = re.compile(rf"{_NUM}\s*[万亿]?")
_QTY = re.compile(rf"({_NUM}\s*[万亿]?)\s*(\S{{1,5}})")
# A date or a due date as a schedule cell writes it (计划5月底完成).
_DATE = re.compile(r"(?:计划|预计|力争|确保)?(?:\d{4}年)?(?:\d{1,2}月(?:\d{1,2}日)?|年底|年内|年末|上半年|下半年|第?[一二三四]季度)"
                   r"(?:底|末|前|初|中旬|上旬|下旬|内)*(?:完成|完工|建成|竣工)?(?:前|底前|以前)?。?")
# A phone number, with the label a table may put before it (监督电话0535-8246306,
# 12345): it is as long as prose would be in its column, but never progress.
_PHONE_LABEL = r"(?:(?:监督|联系|咨询|举报|服务|值班|投诉)?电话|热线)"
_PHONE = re.compile(rf"{_PHONE_LABEL}?[:\s]*(?:\(?0\d{{2,3}}\)?[-—\s]?)?\d{{7,8}}(?:[-—]\d{{1,4}})?|{_PHONE_LABEL}[:\s]*1\d{{10}}")
_YESNO = frozenset({"是", "否", "已达序", "未达序", "达序", "√", "×"})
_PARTS = re.compile(r"[、,;/\s]+")
# 各有关乡镇(街道), 各县(市、区): a bracket after the name says which kind.
_BRACKET_TAIL = re.compile(r"\([^()]{1,8}\)$")
_BRACKET = re.compile(r"\([^()]{1,8}\)")
#: Cue kinds that make a short cell a verdict (达到时间进度, 进度滞后, 已完成).
VERDICT_KINDS = frozenset({"delay", "ahead", "on_pace", "completion", "done", "stop"})
# A text that states a bound (标准不低于3480元/年, 覆盖率达到95%以上) is a task.
_GOAL = re.compile(r"不低于|不少于|不高于|不超过|以上|以内|达到|提高到|提高至|控制在|确保|力争")
# A text that opens as progress does (已完成建设并投入使用, 正在施工, 目前…):
# a project's name or a category never does.
_REPORT_OPEN = re.compile(r"(?:已|正在|目前|截至|截止|现已|均已|尚未|暂未|仍未|预计)")
# …移交城投代建,已完成施工招投标; 27个项目开工建设中。
_REPORT_IN = re.compile(r"已(?:完成|建成|开工|竣工|启动|开展|实施|签订|招标|投入)|(?:建设|施工|推进|进行|实施|办理)中[。,;]?$")

# How well a kind of cell fits a column of each role. Roles missing from a
# row's table score nothing; None is a column the lexicon does not know.
_FIT: dict[str | None, dict[str, float]] = {
    "no":       {"serial": 6, "num": 1.0, "empty": 0},  # num: row 10000 on of a very long table
    "category": {"short": 1.5, "text": 1.0, "report": -1, "empty": 0},
    "project":  {"text": 2.5, "goal": 2.0, "short": 2.0, "report": -0.5, "qty": 0.3, "num": -1, "pct": -1, "org": -1, "serial": -2, "unit": -2, "empty": 0},
    "task":     {"qty": 3, "num": 2.5, "pct": 1.5, "goal": 3, "text": 1.0, "report": 0.3, "short": 0.3, "serial": 1.0, "empty": 0},
    "lead":     {"org": 5, "short": 1.0, "text": -0.5, "empty": 0},
    "person":   {"short": 2.0, "text": -1, "org": -1, "empty": 0},
    "unit":     {"unit": 5, "empty": 0},
    "target":   {"qty": 2.5, "num": 2.0, "pct": 2.0, "goal": 2.5, "verdict": 1.0, "text": 2.0, "report": 1.5, "short": 1.5, "date": 0.5, "serial": 1.0, "empty": 0},
    "actual":   {"qty": 3, "num": 2.5, "pct": 2.0, "goal": 0.5, "text": 2.0, "report": 3.0, "short": 1.5, "verdict": 1.0, "date": 0.5, "serial": 1.5, "empty": 0},
    "share":    {"pct": 4, "num": 1.0, "serial": 0.5, "empty": 0},
    "official": {"yesno": 5, "verdict": 4, "short": 0.5, "text": 0.3, "empty": 0},
    "remark":   {"verdict": 3, "goal": 0.5, "text": 1.5, "report": 1.5, "short": 1.0, "date": 1.0, "qty": 0.3, "pct": 0.3, "empty": 0},
    "deadline": {"date": 4, "short": 0.3, "empty": 0},
    "problem":  {"text": 1.5, "report": 1.0, "short": 0.5, "empty": 0},
    "next":     {"text": 1.5, "report": 0.5, "short": 0.5, "empty": 0},
    "ref":      {"serial": 3, "num": 3, "phone": 3, "short": 1.0, "empty": 0},
    "count":    {"num": 3, "serial": 3, "qty": 1.5, "empty": 0},
    "total":    {"num": 3, "qty": 3, "serial": 1.0, "empty": 0},
    "start":    {"date": 4, "num": 2.0, "short": 0.3, "empty": 0},  # 2022, 2022-2023: years
    "where":    {"short": 2.0, "org": 1.0, "text": 0.5, "empty": 0},  # 全市市民群众, 城南街道
    None:       {"phone": 1.0, "goal": 0.5, "text": 0.5, "report": 0.5, "short": 0.5, "qty": 0.3, "num": 0.3, "pct": 0.3, "empty": 0},
}
# A small whole number (3, 600) could be a row number; outside the 序号
# column it is a number like any other.
for _role, _fits in _FIT.items():
    if _role != "no" and "num" in _fits:
        _fits["serial"] = _fits["num"]
_MISFIT = -4.0
# What leaving a column out of a row costs: merged cells (序号, 牵头单位,
# 类别) are often missing, the project and its progress rarely.
_SKIP = {"no": 0.3, "category": 0.2, "project": 3.0, "task": 1.2, "lead": 0.4, "person": 0.4, "unit": 0.8,
         "target": 1.5, "actual": 1.5, "share": 0.8, "official": 0.5, "remark": 0.3, "deadline": 0.6,
         "problem": 0.5, "next": 0.5, "ref": 0.3, "count": 0.5, "total": 0.6, "start": 0.6, "where": 0.4, None: 0.6}
# Roles whose cell a page may break in two (a long text, 市人力资源 / 社会保障局).
_JOINS = {"project", "task", "lead", "actual", "remark", "problem", "next", "category", "target", None}
_JOIN_COST = 0.8
# More than the preference for earlier columns (0.01 a column), less than any kind's fit.
_PROGRESS_FIRST = 0.1
_OVERFLOW = -6.0
# One step of an alignment: skip a column, drop a cell, take cells into a column.
_Step = tuple[Literal["skip"]] | tuple[Literal["drop", "take"], int]


_CN_ROW_NO = re.compile(r"\s*([一二三四五六七八九十]{1,3})\s*[.、]?\s*")


def row_number(cell: str) -> str | None:
    """:func:`serial_of`, or the number a row's 序号 cell writes in Chinese
    numerals alone (``一``, ``十二``, ``三、``; 1 to 99), as digits. Only a
    table's rows, one per line, are numbered so: in a stream of cells a
    Chinese numeral heads a group.

    >>> row_number("一"), row_number("十二、"), row_number("二十"), row_number("12"), row_number("一项")
    ('1', '12', '20', '12', None)
    """
    found = serial_of(cell)
    return found if found is not None else _chinese_row_number(normalize(cell or ""))


def _chinese_row_number(t: str) -> str | None:
    m = _CN_ROW_NO.fullmatch(t)
    if m is None or ("十" not in m.group(1) and len(m.group(1)) > 1):
        return None  # 二二 is no row number
    try:
        value = numeral_value(m.group(1))
    except (ValueError, ArithmeticError):  # NumberFormatError is a ValueError
        return None  # 十一十: no numeral
    return str(int(value)) if value == int(value) and 0 < value < 100 else None


def serial_of(cell: str) -> str | None:
    """The row number a 序号 cell holds (``12``, ``3.``, ``4、``, ``9*``), or None.

    >>> serial_of("9*"), serial_of(" 4、"), serial_of("1.2"), serial_of("一")
    ('9', '4', None, None)
    """
    m = _ROW_NO.fullmatch(normalize(cell or ""))
    return str(int(m.group(1))) if m else None


def cell_kind(text: str, lex: Lexicon) -> str:
    """What a table cell holds: one of :data:`KINDS`.

    >>> from progress_nlp import default_lexicon
    >>> lex = default_lexicon()
    >>> [cell_kind(c, lex) for c in ["9*", "54%", "79650", "1300人", "元/月/人", "县教育局、县财政局", "是", "达到时间进度", "12月底前", "监督电话0535-8246306", "林静国", "新增400台电梯"]]
    ['serial', 'pct', 'num', 'qty', 'unit', 'org', 'yesno', 'verdict', 'date', 'phone', 'short', 'text']
    """
    t = normalize(text or "").strip()
    # Tables repeat their cells (units, lead units, 是/否): remember per lexicon.
    memo: dict[str, str] = lex.cached("cell_kinds", lambda _: {})
    kind = memo.get(t)
    if kind is None:
        if len(memo) > 50_000:
            memo.clear()
        kind = memo[t] = _kind(t, lex)
    return kind


def _kind(t: str, lex: Lexicon) -> str:
    if not t:
        return "empty"
    if _SERIAL.fullmatch(t) or _chinese_row_number(t) is not None:
        return "serial"  # 一 in the 序号 column numbers the row as 1 does
    if _PCT.fullmatch(t):
        return "pct"
    if _BARE.fullmatch(t):
        return "num"
    if _PHONE.fullmatch(t):
        return "phone"
    m = _QTY.fullmatch(t)
    if m and m.group(2).split("/")[0] in lex.units:
        return "qty"
    if t in _YESNO:
        return "yesno"
    if _is_unit(t, lex):
        return "unit"
    if _DATE.fullmatch(t):
        return "date"
    if not any(ch.isdigit() for ch in t) and len(t) <= 40 and _is_org(t, lex):
        return "org"
    if len(t) <= 14 and any(c.kind in VERDICT_KINDS and c.active for c in find_cues(t, lex)):
        return "verdict"
    if _GOAL.search(t) and any(ch.isdigit() for ch in t) and len(t) <= 60:
        return "goal"
    if len(t) <= 6 and not any(ch.isdigit() for ch in t):
        return "short"
    if _REPORT_OPEN.match(t) or _REPORT_IN.search(t):
        return "report"
    return "text"


def _is_unit(t: str, lex: Lexicon) -> bool:
    """人次, 万方, 元/月/人, (公里): a unit written as a cell of its own."""
    t = t.strip("()")
    head, _, per = t.partition("/")
    if head[:1] in "万亿" and len(head) > 1:
        head = head[1:]
    return (head in lex.units or head == "%") and len(t) <= 8


def _is_org(t: str, lex: Lexicon) -> bool:
    """区房管局, 县教育局、县财政局: every part ends like an organisation and
    none starts with a verb of work (改建农村用户厕所, 建成服务中心)."""
    # Brackets first: 各县(市、区)政府 holds a separator inside one.
    parts = [q for q in (_BRACKET_TAIL.sub("", p) for p in _PARTS.split(_BRACKET.sub("", t))) if q]
    verbs = lex.cached("verb_starts", lambda lx: tuple(sorted(set(lx.metric_verbs) | {w for _, ws in lx.stages for w in ws}, key=len, reverse=True)))
    return bool(parts) and all(
        2 <= len(p) <= 20 and any(p.endswith(e) for e in lex.organisations) and not p.startswith(verbs) for p in parts
    )


def direct_fit(cells: list[str], columns: list[Column], lex: Lexicon) -> tuple[float, bool]:
    """The score of putting cell k under column k, for comparison with
    :func:`align`, and whether every cell fits its column."""
    fits = [_FIT.get(c.role, _FIT[None]).get(cell_kind(t, lex), _MISFIT) for t, c in zip(cells, columns)]
    return sum(fits), all(f >= 0 for f in fits)


@dataclass(frozen=True)
class Alignment:
    """Which cells went to which column: ``cells[k]`` is the tuple of cell
    indexes column k took (empty when the row leaves the column out).
    ``fit`` is the total score; ``misfits`` names the columns that took a
    cell of a kind they do not hold."""

    cells: tuple[tuple[int, ...], ...]
    fit: float
    misfits: tuple[str, ...] = ()
    overflow: tuple[int, ...] = ()


def align(cells: list[str], columns: list[Column], lex: Lexicon, *, lost_empty: bool = False) -> Alignment:
    """The best order-keeping assignment of ``cells`` to ``columns``.

    ``lost_empty`` says the layout drops empty cells (blank lines, runs of
    spaces) and the row is not the last of the text (which may be cut
    short): a text that could be the target or the progress is then the
    progress, as a report may leave a period target empty but says where
    each project stands.

    >>> from progress_nlp import default_lexicon
    >>> from progress_nlp.readers.header import header_words
    >>> lex = default_lexicon()
    >>> cols = header_words(lex).segment("序号 项目名称 责任单位 目标任务 1-7月实际完成情况 任务完成率 备注".split())
    >>> a = align(["完成征缴基金10000万元", "区人社局", "10000万", "7965", "80%"], cols, lex)
    >>> [(c.role, i) for c, i in zip(cols, a.cells)]  # doctest: +NORMALIZE_WHITESPACE
    [('no', ()), ('project', (0,)), ('lead', (1,)), ('task', (2,)), ('actual', (3,)), ('share', (4,)), ('remark', ())]
    """
    kinds = [cell_kind(c, lex) for c in cells]
    n, m = len(cells), len(columns)
    roles = [c.role for c in columns]
    skip = dict(_SKIP)
    if "share" in roles:
        skip["actual"] = 0.8  # a share column can carry the progress alone
    elif lost_empty:
        skip["actual"] = skip["target"] + _PROGRESS_FIRST
    # 项目名称 | 项目内容 | 进展: the name is merged over the rows of its
    # contents, which leave it out as they leave out 序号.
    skips = [skip.get(r, 0.6) for r in roles]
    projects = [k for k, r in enumerate(roles) if r == "project"]
    if len(projects) >= 2:
        skips[projects[0]] = _SKIP["no"]
    neg = float("-inf")
    # best[i][j]: best score placing cells[i:] into columns[j:]; choice records how.
    best = [[neg] * (m + 1) for _ in range(n + 1)]
    choice: list[list[_Step | None]] = [[None] * (m + 1) for _ in range(n + 1)]
    best[n][m] = 0.0
    for i in range(n - 1, -1, -1):
        # Cells past the last column: empties vanish, others overflow.
        best[i][m] = best[i + 1][m] + (0.0 if kinds[i] == "empty" else _OVERFLOW)
        choice[i][m] = ("drop", 1)
    for j in range(m - 1, -1, -1):
        best[n][j] = best[n][j + 1] - skips[j]
        choice[n][j] = ("skip",)
        for i in range(n - 1, -1, -1):
            role = roles[j]
            fit = _FIT.get(role, _FIT[None])
            options: list[tuple[float, _Step]] = [(best[i][j + 1] - skips[j], ("skip",))]
            if kinds[i] == "empty":
                options.append((best[i + 1][j] - 0.05, ("drop", 1)))
            score = 0.0
            for t in range(1, n - i + 1):
                k = kinds[i + t - 1]
                score += fit.get(k, _MISFIT)
                if t > 1:
                    score -= _JOIN_COST
                    if k == "serial":
                        break  # a row number never continues a cell
                # A hair's preference for filling earlier columns: a row that
                # lacks a cell has most likely lost its last one.
                options.append((score + best[i + t][j + 1] + 0.01 * (m - j), ("take", t)))
                if role not in _JOINS:
                    break
            best[i][j], choice[i][j] = max(options, key=lambda o: o[0])
    taken: list[list[int]] = [[] for _ in range(m)]
    misfits: list[str] = []
    overflow: list[int] = []
    i = j = 0
    while i < n or j < m:
        how = choice[i][j]
        if how is None:
            break
        if how[0] == "skip":
            j += 1
        elif how[0] == "drop":
            if j >= m and kinds[i] != "empty":
                overflow.append(i)
            i += 1
        else:
            fit = _FIT.get(roles[j], _FIT[None])
            for c in range(i, i + how[1]):
                taken[j].append(c)
                if fit.get(kinds[c], _MISFIT) < 0:  # 85% under 项目名称, a unit name under 进展情况
                    misfits.append(columns[j].name or str(j))
            i += how[1]
            j += 1
    return Alignment(tuple(tuple(t) for t in taken), best[0][0], tuple(misfits), tuple(overflow))
