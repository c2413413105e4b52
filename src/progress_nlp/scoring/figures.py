"""Figures made comparable: each quantity of a text with its canonical unit,
what it counts, and what it is in the sentence.

A progress text holds more figures than progress: the year's task quoted
back (超额完成4.7万批次的年度目标任务), breakdowns (其中新店溪3.79公里),
work not done yet (另有8个正在改造), labels (新增100张养老床位:目前…).
:func:`read_figures` marks each with a ``role`` from ``figure_roles.txt`` so
the rules compare only what was done. A whole-year task's figures are also
marked as levels (失业率低于4.3%, 标准不低于600元/月), which are compared as
reached or not, never pro-rated.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from fractions import Fraction
from typing import Any, Iterable

from ..extract import extract_normalized
from ..lexicon import Lexicon
from ..quantity import Quantity
from ..signals import EXCEPT_WORD, Cue, find_stages
from ..prepared import Prepared

__all__ = ["Figure", "read_figures", "head_cells"]

# What a figure counts: the Chinese characters right after its unit.
_NOUN = re.compile(r"[\u4e00-\u9fff]{1,8}")
_NOT_A_NOUN = ("的", "已", "均", "都", "正在", "尚未", "仍未")
# A bare number's unit written before it as a cell or a bracket: 城镇新增就业(人) 26000,
# 人次 2800, 元/月/人 600, (%) 4.3.
_UNIT_BEFORE = re.compile(r"(?:\(([^()]{1,8})\)|(?<![^\s])([^\s()]{1,8}))\s+$")
_AFTER_WINDOW = 12
# A percentage needs words for its role that sit far from it (城镇登记失业率低于(%) 4.3).
_SINGLE_TOUCH_ROLES = frozenset({"plan", "part", "pending", "excess"})
# Roles of figure_roles.txt that the rules read apart (margin and items
# here, month, period and change in row.py); a change is a rate to the figure.
_APART = frozenset({"margin", "month", "items", "period"})


class Figure:
    """A quantity brought to a comparable (unit, value) form.

    ``unit`` is the canonical unit (``""`` for a bare number, ``"%"`` for
    percentages); ``value`` is exact, in that unit. ``role`` is
    ``progress``, ``plan``, ``part``, ``pending`` or ``label``. ``rate`` and
    ``bound`` (``"floor"``/``"ceiling"``) mark levels; ``share`` and
    ``workdone`` mark percentages of the year's task and of the work.
    """

    __slots__ = ("q", "unit", "value", "written", "metric_class", "cumulative", "noun", "nouns",
                 "share", "workdone", "role", "rate", "bound", "cell", "per", "scale", "kind", "noun_before", "items")

    def __init__(self, q: Quantity) -> None:
        self.q = q
        self.unit = ""
        self.value = Fraction(q.exact) if q.exact is not None else Fraction(q.value)
        self.written = q.unit
        self.metric_class: str | None = None
        self.cumulative = q.cumulative
        self.noun = ""
        self.noun_before = ""
        self.nouns: frozenset[str] = frozenset()
        self.share = self.workdone = False
        self.role = "progress"
        self.rate = False
        self.bound: str | None = None
        self.cell = False
        self.per = ""  # the period or head a rate is per: 月, 年, 人
        self.scale = Fraction(1)  # canonical units in one written unit (公里: 1000)
        self.kind = q.kind  # the unit's kind: count, money, time …
        self.items = ""  # the programme's items it counts (项目 in 3个项目已完工)

    @property
    def is_percent(self) -> bool:
        return self.unit == "%"

    def copy(self, **changes: Any) -> "Figure":
        f = object.__new__(Figure)
        for name in Figure.__slots__:
            setattr(f, name, getattr(self, name))
        for name, value in changes.items():
            setattr(f, name, value)
        return f

    def __repr__(self) -> str:
        return f"<Figure {self.q.text} {float(self.value):g}{self.unit} {self.role}{' level' if self.rate else ''}>"


def _compiled(lex: Lexicon) -> dict[str, Any]:
    return lex.cached("figure_roles", _build)


def _build(lex: Lexicon) -> dict[str, Any]:
    words: dict[str, dict[str, str]] = {"before": {}, "after": {}}
    for word, role, pos in lex.figure_roles:
        if role not in _APART:
            words[pos][word] = "rate" if role == "change" else role

    def alt(ws: Iterable[str]) -> re.Pattern[str]:
        return re.compile("|".join(re.escape(w) for w in sorted(ws, key=len, reverse=True)))

    count_nouns = [w for w, e in lex.units.items() if e.kind == "count" and len(w) > 1 and w != "个"]
    items = [w for w, role, _ in lex.figure_roles if role == "items"]
    return {
        # One pattern per side, longest word first: 不低于 is a floor although
        # it holds 低于.
        "before": alt(words["before"]) if words["before"] else None,
        "after": alt(words["after"]) if words["after"] else None,
        "role": words,
        # Words right before a percentage that make it the margin over the task.
        "margin": tuple(w for w, role, _ in lex.figure_roles if role == "margin"),
        # A count of a programme's items: the word closes the noun after it,
        # at most four characters in (4个子项, 6项暖民心行动, 2个重点项目).
        "items": re.compile(r"[\u4e00-\u9fff]{0,4}?(" + "|".join(re.escape(w) for w in sorted(items, key=len, reverse=True)) + ")")
        if items else None,
        "count_nouns": alt(count_nouns) if count_nouns else None,
        # The rung where building starts: a stage before it builds nothing yet.
        "start_rank": next((i for i, (rung, _) in enumerate(lex.stages) if rung == "开工"), None),
        # Words after a figure that are not what it counts (以上, 左右, 以内).
        "skip": alt([qe.word for qe in lex.qualifiers.values() if qe.position == "after"] + list(words["after"]))
        if lex.qualifiers or words["after"] else None,
    }


def read_figures(p: Prepared, lex: Lexicon, cues: list[Cue], *, annual: bool = False, planned: bool = False,
                 limit: int = 64) -> list[Figure]:
    """The figures of a prepared text, in order, with roles.

    ``annual`` reads a whole-year task: percentages there are levels
    (覆盖率达到95%) unless they name a share of the work, and nothing is a
    plan (the whole text is one). ``planned`` reads a task or a target: a
    rate of a stage there (开工率达到60%) is the level planned, where in
    the progress (开工率70%) it is a share of the items. Percentage points (提高5个百分点) are
    changes, never progress, and are left out; so are figures past
    ``limit`` (pairing is quadratic; a real cell holds a handful).
    """
    if not p.original:
        return []
    m = _compiled(lex)
    out = []
    for q in extract_normalized(p.norm, p.original, lex, durations=True):
        f = Figure(q)
        _unit(f, p, lex)
        _context(f, p, lex, m, cues, annual, planned or annual)
        if q.kind == "percentage_point" and f.role != "excess" or f.role == "gap":
            continue  # 提高5个百分点, 高于序时进度1.55%: a difference, not progress
        if not annual and _excepted(p.norm, q.start, q.end, *_phrase(p, q.start)):
            continue  # 除19家关闭或停业外,其余235家…: what the task leaves out, not progress
        if not annual and f.role == "progress" and _scope_before_start(p, q, lex, m["start_rank"]):
            continue  # 30所智慧校园…建设招投标文件已发布: the work's size, nothing built yet
        out.append(f)
        if len(out) >= limit:
            break
    if not annual and not any(f.role == "progress" and f.is_percent and f.share for f in out):
        # 我区有30个项目…,其中属我区主管的27个项目完成市年度计划的171.6%:
        # with no share of the year of its own, the text's progress is the
        # share its breakdown reports.
        for f in out:
            if f.role == "part" and f.is_percent and f.share:
                f.role = "progress"
    return out


def _unit(f: Figure, p: Prepared, lex: Lexicon) -> None:
    q = f.q
    entry = lex.units.get(q.unit)
    if q.kind == "fraction":
        f.unit, f.value = "%", f.value * 100
    elif q.unit == "%" or q.kind == "percent":
        f.unit = "%"
        if entry is not None and entry.scale != 1:
            f.value *= entry.scale
    elif entry is not None:
        f.unit = entry.canonical
        f.scale = entry.scale
        if entry.scale != 1:
            f.value *= entry.scale
    elif not q.unit:
        _unit_before(f, p, lex)
    t = p.norm
    # 3480元/年, 185元/月, 300元/人: a rate per period or per head.
    if f.unit and q.end < len(t) and t[q.end] == "/":
        per = _NOUN.match(t, q.end + 1)
        if per:
            f.per = per.group()[:1]
            f.rate = True


def _unit_before(f: Figure, p: Prepared, lex: Lexicon) -> None:
    """A bare number whose unit is a cell or a bracket before it."""
    t = p.norm
    m = _UNIT_BEFORE.search(t, max(0, f.q.start - 12), f.q.start)
    if m is None:
        return
    word = m.group(1) or m.group(2)
    head, _, per = word.partition("/")
    magnitude = Fraction(1)
    if head[:1] in "万亿" and len(head) > 1:
        magnitude = Fraction(10**4 if head[0] == "万" else 10**8)
        head = head[1:]
    if head == "%":
        f.unit = "%"
    else:
        entry = lex.units.get(head)
        if entry is None or entry.kind == "time":
            return
        f.unit = entry.canonical
        f.scale = entry.scale * magnitude
        f.value *= f.scale
        f.written = head
    if per:
        f.rate = True
        f.per = per[:1]


def _phrase(p: Prepared, pos: int) -> tuple[int, int]:
    """The clause around ``pos``; brackets do not end it here, so 失业率低于
    reaches a figure written 失业率低于(%) 4.3."""
    d = p.phrase_delims
    i = bisect_left(d, pos)
    return (d[i - 1] + 1 if i else 0), (d[i] if i < len(d) else len(p.norm))


def _sentence_start(p: Prepared, pos: int) -> int:
    d = p.sentence_ends
    i = bisect_right(d, pos - 1)
    return d[i - 1] + 1 if i else 0


_EXCEPT = re.compile(EXCEPT_WORD)
_EXCEPT_END = re.compile(r"(?:以外|之外|外)\s*(?:[,;,;]|$)")
# 除…外,还/也…: besides, not except; the figure is progress too.
_BESIDES = re.compile(r"\s*[,,]?\s*(?:还|也|另|并|同时|另外|此外)")


def _excepted(t: str, start: int, end: int, cs: int, ce: int) -> bool:
    """A figure in a clause of exceptions (除19家关闭或停业外, 除列入拆迁计划的
    5个小区外): the part of the task left out, not progress; a clause of
    what comes besides (除完成5个外,还新增3个) is not one."""
    if _EXCEPT.search(t, cs, start) is None:
        return False
    close = _EXCEPT_END.search(t, end, min(len(t), ce + 1))
    return close is not None and _BESIDES.match(t, close.end()) is None


# A verb of work done right before a figure of the rest (其余企业完成签约120家).
_DONE_BEFORE = re.compile(r"(?:已|均已|全部|已全部)?(?:完成|建成|完工|竣工|签约|实现)[\u4e00-\u9fff]{0,4}$")


def _rest_done(t: str, start: int, cues: list[Cue], cs: int, ce: int) -> bool:
    """The rest (其余, 剩余) said done in the figure's clause: 其余235家已全部
    完成签约, 其余企业完成签约120家. Not done while a plan word stands in it
    (其余3个预计11月完成)."""
    near = [c for c in cues if cs <= c.span[0] < ce]
    if any(c.kind in ("intent", "ongoing", "delay", "stop") for c in near):
        return False
    return any(c.kind in ("done", "completion") for c in near) or _DONE_BEFORE.search(t, cs, start) is not None


# Words before a figure in its clause that make it a count of work done or
# under way (已完成30所, 新建…, 累计…), not the size of the subject.
_WORK_BEFORE = re.compile(r"完成|建成|新增|新建|改造|开工|竣工|完工|实现|累计|已|共|达|发放|安装|培训|签约|招聘|帮扶|救助|接种|筛查")


_CJK_AFTER = re.compile(r"[\u4e00-\u9fff]")


def _scope_before_start(p: Prepared, q: Quantity, lex: Lexicon, start_rank: int | None) -> bool:
    """A figure that opens the subject of its clause, no verb of work
    before it, whose clause goes on to a stage before construction only
    (30所智慧校园…建设招投标文件已发布, 10个示范中心已完成设计方案): the size
    of the work planned, not work done, so no progress to compare."""
    t = p.norm
    cs, ce = _phrase(p, q.start)
    # The figure counts the subject named right after it (30所|智慧校园…); a
    # bare figure in a cell (350户 28% 因…影响签约进度) is the count done.
    if start_rank is None or _WORK_BEFORE.search(t, cs, q.start) or not _CJK_AFTER.match(t, q.end):
        return False
    # The clause's last stage is its predicate (…建设|招投标文件已发布); a
    # stage word before it names the work (系统建设).
    stages = find_stages(t[q.end : ce], lex)
    return bool(stages) and stages[-1].rank < start_rank


def _enclosed(t: str, start: int, end: int, clause_start: int) -> bool:
    """A figure inside brackets: 上海城怡养护院(80张)."""
    opened = t.rfind("(", clause_start, start)
    return opened >= 0 and t.rfind(")", opened, start) < 0 and 0 <= t.find(")", end, end + 24)


def _roles_around(f: Figure, p: Prepared, m: dict[str, Any], cs: int, ce: int) -> set[str]:
    """The roles the words around a figure give it (figure_roles.txt)."""
    t, q = p.norm, f.q
    found: set[str] = set()
    if m["before"] is not None:
        sentence = _sentence_start(p, q.start)
        for hit in m["before"].finditer(t, min(cs, sentence), q.start):
            role = m["role"]["before"][hit.group()]
            if hit.start() < cs and role != "part":
                continue  # only 其中 reaches back past a comma
            # A one-character word must touch the figure (正 of 正式 says nothing).
            if len(hit.group()) == 1 and role in _SINGLE_TOUCH_ROLES and hit.end() != q.start:
                continue
            found.add(role)
    if m["after"] is not None:
        for hit in m["after"].finditer(t, q.end, min(ce, q.end + _AFTER_WINDOW)):
            found.add(m["role"]["after"][hit.group()])
    return found


# The figure tells how much more than at an earlier month (比1-10月增加17.7%,
# 较上月提高5%): a difference, the word right before the figure.
_SINCE = re.compile(r"(?:比|较)\s*(?:\d{1,2}\s*[-—~至]\s*)?(?:\d{1,2}\s*月|上月|上季度)(?:份|底|末)?\s*(?:增加|提高|增长|上升|加快)了?\s*$")


def _context(f: Figure, p: Prepared, lex: Lexicon, m: dict[str, Any], cues: list[Cue], annual: bool,
             planned: bool = False) -> None:
    t = p.norm
    q = f.q
    cs, ce = _phrase(p, q.start)
    roles = _roles_around(f, p, m, cs, ce)
    if q.kind == "percentage_point":
        f.unit = "%"  # a difference of percentages, compared with percentages
    if "total" in roles and (annual or not f.is_percent):
        # 总投资325.9亿元 in a task is the project's total over its years; in
        # the progress (设备已完成招标,总投资54万元左右) it is a budget, never
        # progress made.
        f.role = "total"
        if not annual:
            return
    if not annual and ("gap" in roles or _SINCE.search(t, cs, q.start)):
        f.role = "gap"  # 高于时序进度1.55%, 比1-10月增加17.7%: how far from a pace or a month before
        return
    if not annual:
        if "excess" in roles or f.is_percent and t.endswith(m["margin"], 0, q.start):
            f.role = "excess"  # 超额完成49%: beyond the task by 49%
        elif "plan" in roles and (not f.is_percent or _plan_after(p, m, q.end, ce)):
            f.role = "plan"  # 投资计划的66% is progress; 完成55%的年度目标 quotes the plan
        elif "part" in roles or (_enclosed(t, q.start, q.end, cs) and not f.is_percent):
            # 上海城怡养护院(80张) is a part; 正在施工中(93%) is the work done.
            f.role = "part"
        elif "pending" in roles and not f.is_percent and not _rest_done(t, q.start, cues, cs, ce):
            f.role = "pending"  # 另有8个正在改造; 正在施工中(93%) is work done
        elif not f.is_percent and f.kind == "count" and any(
                c.active and c.kind in ("delay", "stop") and q.end <= c.span[0] < ce for c in cues):
            f.role = "pending"  # 当中有十个项目出现延误, 3个项目未开工: the items behind, not work done
        elif ce < len(t) and t[ce] == ":":
            f.role = "label"
    if "ceiling" in roles or q.qualifier == "at_most":
        f.bound = "ceiling"
    elif "floor" in roles or q.qualifier == "at_least":
        f.bound = "floor"
    f.metric_class = lex.metric_verbs.get(q.metric) if q.metric else None
    f.noun = _noun_after(t, q.end, m["skip"])
    f.noun_before = _noun_before(t, q, cs)
    if m["items"] is not None and f.kind == "count":
        hit = m["items"].match(f.noun)
        f.items = hit.group(1) if hit else ""
    # 个 is the general measure word: 泊位150个 counts 泊位.
    if q.unit == "个" and m["count_nouns"] is not None:
        f.nouns = frozenset(lex.units[w].canonical for w in m["count_nouns"].findall(t, cs, ce))
    rate_at = _last_rate_word(t, m, cs, q.start)
    if f.is_percent:
        # 完成年度任务的65%: a share of the year; 工程量80%: of the work; the
        # nearer word wins over a rate word (全年失业率为5.1% is a rate).
        for c in cues:
            # 完成率200%: the rate word inside a share word is that share.
            if cs <= c.span[0] < q.start and (c.span[0] > rate_at or c.span[0] <= rate_at < c.span[1]):
                if c.kind in ("share", "completion"):
                    f.share = True
                elif c.kind == "workdone" and not (planned and c.word.endswith("率")):
                    f.workdone = True
    # A level: a rate (率, 占比) or standard (标准, 人均) stated as a percentage
    # or an amount per head or period, or a bounded amount or duration
    # (不低于600元, 控制在12分钟以内).
    if f.is_percent:
        # A rate word after it counts too (100%全覆盖: how much is covered).
        f.rate = (rate_at >= 0 or annual or "rate" in roles) and not (f.share or f.workdone)
    else:
        f.rate = bool(f.per) or f.bound is not None and (f.kind == "time" or rate_at >= 0 and f.kind in ("money", "mass", ""))


def _plan_after(p: Prepared, m: dict[str, Any], end: int, ce: int) -> bool:
    pat = m["after"]
    return pat is not None and any(m["role"]["after"][h.group()] == "plan" for h in pat.finditer(p.norm, end, min(ce, end + _AFTER_WINDOW)))


def _last_rate_word(t: str, m: dict[str, Any], cs: int, end: int) -> int:
    """Where the last rate word (率, 标准, 人均 …) before ``end`` starts, or -1."""
    last = -1
    if m["before"] is not None:
        for hit in m["before"].finditer(t, cs, end):
            if m["role"]["before"][hit.group()] == "rate":
                last = hit.start()
    return last


def _noun_after(t: str, end: int, skip: re.Pattern[str] | None) -> str:
    """What a figure counts, written after it (新增378张养老床位 → 养老床位);
    not a qualifier (200场以上) nor 的 (22个的年度目标)."""
    if skip is not None:
        hit = skip.match(t, end)
        if hit:
            end = hit.end()
    noun = _NOUN.match(t, end)
    # 1家已完成, 7家均已竣工: what follows is the count's progress, not its noun.
    return noun.group() if noun and not noun.group().startswith(_NOT_A_NOUN) else ""


def _noun_before(t: str, q: Quantity, cs: int) -> str:
    """What a figure counts when the noun comes first: 体育驿站8个,
    已投用充电桩270个 (after the verb), 充电桩270个."""
    start = q.start
    i = start
    while i > cs and "\u4e00" <= t[i - 1] <= "\u9fff" and start - i < 8:
        i -= 1
    run = t[i:start]
    if q.metric and q.metric in run:
        run = run[run.rindex(q.metric) + len(q.metric):]
    return run if len(run) > 1 else ""


# A remark in brackets that ends the cell (80%(进度滞后)); a figure whose
# bracket is followed by more prose (41.58万人(按新口径),占年计划的138.6%)
# opens a sentence, not a row of cells.
_REMARK_AFTER = re.compile(r"\([^()]*\)[。,;.,;]?")


def head_cells(p: Prepared, figures: list[Figure]) -> list[Figure]:
    """The figures a progress text opens with as bare cells: ``4385 110%``,
    ``700 54% 已解决700人…``, ``80%(进度滞后)``, ``3个 5% 春季入学…``.

    Tables of counts and shares are copied into one text this way (完成数 |
    占全年计划 | 备注); the cells are the row's measure and the prose after
    them is a remark.
    """
    t = p.norm
    by_start = {f.q.start: f for f in figures}
    cells: list[Figure] = []
    for tok in re.finditer(r"\S+", t):
        f = by_start.get(tok.start())
        if f is None or not (f.q.end == tok.end() or _REMARK_AFTER.fullmatch(t, f.q.end, tok.end())):
            break
        cells.append(f)
        if f.q.end != tok.end():
            break  # 80%(…): the remark ends the cells
    for f in cells:
        f.cell = True
    return cells
