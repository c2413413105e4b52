"""Stages and cue words found in a progress text.

Two kinds of signal besides quantities decide a verdict:

* :class:`StageMention`: a rung of the lifecycle ladder (``stages.txt``)
  named in the text, with its state: ``done`` (已完成招标, 招标完成),
  ``under_way`` (正在招标, 开展招标, 招标手续办理中; the default) or
  ``not_started`` (尚未招标, 验收准备). Rungs from 完工 on are reached by
  themselves (建成 needs no 已).
* :class:`Cue`: a word of ``cues.txt``: a stop (暂停, 停工), a resumption
  (复工; not when only intended: 正在协调复工), a past marker (一度),
  completion of the whole year's task (not 完成年度任务的65%),
  ongoing activity, a self-declared delay, or a marker that the next
  percentage is a share of the year or of the work.

Both carry spans into the text they were found in.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from typing import Any, Callable, Iterable

from .lexicon import Lexicon
from .normalize import normalize

__all__ = ["StageMention", "Cue", "find_stages", "find_cues", "stage_level", "verb_alone"]

_CLAUSE = re.compile(r"[,;。!?\n:()\[\]【】]")
_DONE_END = frozenset(",;。!?\n:)]】 、.")
# How far a marker may stand from the word it qualifies; also what keeps a
# text without punctuation linear.
_WINDOW = 80


@dataclass(frozen=True)
class StageMention:
    """A rung of the ladder named in a text.

    ``rank`` is the rung's position on the ladder (0 = earliest).
    """

    rung: str
    rank: int
    state: str
    text: str
    span: tuple[int, int]
    #: Share of the whole job (percent) the rung stands for (stage_shares.txt).
    share: float = 0.0

    @property
    def level(self) -> int:
        """Order of progress: not started < under way < done, rung by rung."""
        return stage_level(self.rank, self.state)


def stage_level(rank: int, state: str) -> int:
    return 2 * rank + {"not_started": -1, "under_way": 0, "done": 1}[state]


@dataclass(frozen=True)
class Cue:
    """A cue word; ``active`` is False for a stop that is over or past."""

    word: str
    kind: str
    span: tuple[int, int]
    active: bool = True


def _alt(words: Iterable[str]) -> str:
    return "|".join(re.escape(normalize(w)) for w in sorted(words, key=len, reverse=True))


def _build(lex: Lexicon) -> dict[str, Any]:
    rung_of: dict[str, tuple[str, int]] = {}
    for rank, (rung, words) in enumerate(lex.stages):
        for w in words:
            rung_of[normalize(w)] = (rung, rank)
    before = {normalize(w): state for w, state, pos in lex.stage_states if pos == "before"}
    after = {normalize(w): state for w, state, pos in lex.stage_states if pos == "after"}
    # Rungs marked `reached` in stage_shares.txt (建成, 验收, 投入使用) are
    # reached when named; the first of them is where that starts.
    ranks = [rank for rank, (rung, _) in enumerate(lex.stages) if (s := lex.stage_shares.get(rung)) and s.reached]
    return {
        "stage": re.compile(_alt(rung_of)) if rung_of else None,
        "rung_of": rung_of,
        "before": re.compile(_alt(before)) if before else None,
        "before_state": before,
        "after": re.compile(_alt(after)) if after else None,
        "after_state": after,
        "reached_from": ranks[0] if ranks else len(lex.stages),
        "share": {rung: float(s.share) for rung, s in lex.stage_shares.items()},
        # A stage word that holds a done word (主体工程已完工) is done.
        "done_inside": re.compile(_alt(w for w, st, _ in lex.stage_states if st == "done") or "(?!)"),
        "cue": re.compile(_alt(lex.cues)) if lex.cues else None,
        "cue_kind": {normalize(w): k for w, k in lex.cues.items()},
    }


def _compiled(lex: Lexicon) -> dict[str, Any]:
    return lex.cached("signals", _build)


def find_stages(text: str, lexicon: Lexicon) -> list[StageMention]:
    """Stage mentions of ``text`` in order, each with its state.

    >>> from progress_nlp import default_lexicon
    >>> [(m.rung, m.state) for m in find_stages("已完成初设批复,前期招标手续办理中", default_lexicon())]
    [('设计', 'done'), ('前期', 'under_way'), ('招标', 'under_way')]
    """
    return stages_in(normalize(text), text, lexicon)


def stages_in(t: str, text: str, lexicon: Lexicon) -> list[StageMention]:
    """:func:`find_stages` on ``t = normalize(text)`` computed by the caller."""
    m = _compiled(lexicon)
    if m["stage"] is None or not text:
        return []
    delims = [d.start() for d in _CLAUSE.finditer(t)]
    out: list[StageMention] = []
    matches = list(m["stage"].finditer(t))
    for k, sm in enumerate(matches):
        start, end = sm.span()
        rung, rank = m["rung_of"][sm.group()]
        if k + 1 < len(matches) and matches[k + 1].start() == end:
            # 开始招标, 施工招标: a stage word right before one of an earlier
            # or equal rung acts as its verb; the second names the rung
            # (前期招标 keeps both).
            nxt = m["rung_of"][matches[k + 1].group()][0]
            if len(sm.group()) <= 2 and m["share"].get(nxt, 0.0) <= m["share"].get(rung, 0.0):
                continue
        i = bisect_left(delims, start)
        clause_start = max(delims[i - 1] + 1 if i else 0, start - _WINDOW)
        state = None
        if m["after"] is not None:
            am = m["after"].match(t, end)
            if am:
                state = m["after_state"][am.group()]
        if state == "none":
            continue  # 运营单位, 施工单位: an actor, not a stage reached
        if sm.group() == "开工" and t.startswith("作", end):
            continue  # 召开|工作会议, 展开|工作: 工作 after 开, no start of works
        if rung == "施工" and (t.startswith(("项目", "工程"), end) or _NAMES_WORK.match(t, end)):
            # 在建项目, 新建项目, 建设项目, 改造提升工程: the work names a kind of
            # project, no stage reached (开工项目, 竣工项目 keep theirs: a start, an end).
            continue
        if state is None and m["before"] is not None:
            last = None
            # A word of state says where the nearest stage after it stands:
            # in 已完成施工方案设计并已按照方案动工建设, 完成 is the design's,
            # not the building's, which 动工 opens.
            # (A word right after the stage before it, 施工图|设计, is one
            # compound with it and shares its state.)
            if out and out[-1].span[1] == start:
                state = out[-1].state
            reach = max(clause_start, out[-1].span[1]) if out else clause_start
            for bm in m["before"].finditer(t, reach, start) if state is None else ():
                # A one-character marker must touch the stage word: the 未
                # of 未保工作站基本建成 says nothing about 建成.
                if len(bm.group()) > 1 or start - bm.end() <= 1:
                    last = bm
            if last is not None:
                state = m["before_state"][last.group()]
        if state is None and m["done_inside"].search(sm.group()):
            state = "done"  # 主体工程已完工, 完成主体工程: the word says it
        if state is None:
            state = "done" if rank >= m["reached_from"] else "under_way"
        out.append(StageMention(rung, rank, state, text[start:end], (start, end), m["share"].get(rung, 0.0)))
    return out


# The rest of a work's name after its kind of work (改造|提升工程, 建设|升级项目).
_NAMES_WORK = re.compile(r"(?:提升|升级|提质|提标|整治|扩容|改建|扩建|修缮)(?:工程|项目)")
_EXCEPT_OPEN = re.compile(r"除[^。;,]{0,40}$")
_EXCEPT = re.compile(r"除[^。;]{1,60}?(?:外|以外)")
#: 除 that opens a clause of exceptions (除A县外), not 除 that removes
#: something (除险加固, 除尘, 除雪): readers and scoring share it.
EXCEPT_WORD = r"除(?![险尘雪草臭湿冰锈害涝])"
_EXCEPT_WIDE = re.compile(EXCEPT_WORD + r"[^。;外]{0,60}$")
_EXCEPT_CLOSE = re.compile(r"[^。;,]{0,12}?(?:以外|之外|外)\s*(?:[,;。]|$)")
# The whole still expected after parts were reported done (预计7月中旬整体竣工).
_WHOLE_LATER = re.compile(r"(?:预计|计划|将于|力争|争取|拟)[^,。;,]{0,12}?(?:整体|全面|全部|全线)(?:竣工|完工|完成|建成|交付|投用|投入使用|通车)")


# 完成了特困人员供养服务设施适老化改造任务: the task done, named by its work
# (完成年度任务 and its like are cues.txt words; this is the same said of
# any task).
_TASK_DONE = re.compile(r"(?:已经|均已|已|全面)?完成了?[^,;。:!?()\d%]{1,18}?任务(?=[,;。!?\s)]|$)")


_PERIOD_TASK = re.compile(r"季度|月|半年|阶段|序时|时序|节点|时间")

# 未完成年度任务, 没有实现年度目标, 未能完成全年目标: the year's target said
# not met. A negation before a completion is the publisher's word that the
# work is late, whatever the month (a report does not write it of work on
# schedule); the period's target denied (未完成序时任务) says the same.
_TASK_NOT_DONE = re.compile(r"(?:尚未|仍未|还未|还没有|未能|没能|没有|未|无法|难以|不能)(?:按期|如期|按时|全面|全部)?"
                            r"(?:完成|实现|达到|达成)了?(?:[^,;。:!?()\d%]{0,8}?(?:目标|任务|计划))(?=[,;。!?\s)]|$)")


def _with_tasks_done(t: str, found: list[tuple[str, str, tuple[int, int]]]) -> list[tuple[str, str, tuple[int, int]]]:
    """The cues found (in order of start), with a completion for each task
    said to be done in words of its own; as for the lexicon's words, the
    longer wins: cues inside it (已完成) give way, one that reaches past it
    keeps its place."""
    # A page may hold thousands of cues and tasks: only the cues near a task
    # can overlap it, so each task looks at those (bisect), not at all.
    starts = [s for _, _, (s, _) in found]
    longest = max((e - s for _, _, (s, e) in found), default=0)
    inside: set[int] = set()
    tasks: list[tuple[str, str, tuple[int, int]]] = []
    for tm in _TASK_DONE.finditer(t):
        if _PERIOD_TASK.search(tm.group()):
            continue  # 已完成二季度任务: the period's task, not the year's
        a, b = tm.span()
        near = range(bisect_left(starts, a - longest), bisect_left(starts, b))
        if any(found[i][2][1] > a and not (a <= found[i][2][0] and found[i][2][1] <= b) for i in near):
            continue
        inside.update(i for i in near if a <= found[i][2][0] and found[i][2][1] <= b)
        tasks.append((tm.group(), "completion", (a, b)))
    if not tasks:
        return found
    return sorted([f for i, f in enumerate(found) if i not in inside] + tasks, key=lambda f: f[2][0])


# 如期全面高质量完成, 全面高质量完成: the year's work done, said by a run of
# manner words that no cues.txt entry lists whole (each run is a new
# coinage of its publisher). Two at least, and never 基本 (基本完成 is
# not done).
_MANNER_DONE = re.compile(r"(?:(?:已经|已|均已|均|都已|全部|全面|如期|按期|按时|圆满|顺利|高质量|高标准|高效|保质保量|扎实)\s*){2,}"
                          r"(?:完成|完工|建成|竣工|落实|兑现)(?:到位)?(?=[,;。!?\s)]|$)")


def _with_manner_done(t: str, found: list[tuple[str, str, tuple[int, int]]]) -> list[tuple[str, str, tuple[int, int]]]:
    """The cues found, with a completion for each run of manner words
    ending in a verb of work done. The lexicon's own words keep their
    reading (已顺利完成, 均已完成), but for a word of ongoing work inside
    the run, which it finishes (圆满落实到位: not 落实 going on)."""
    return _with_phrases(found, _MANNER_DONE.finditer(t), "completion", lambda cue: cue[1] == "ongoing")


def _with_phrases(found: list[tuple[str, str, tuple[int, int]]], phrases: Iterable[re.Match[str]], kind: str,
                  gives_way: Callable[[tuple[str, str, tuple[int, int]]], bool]) -> list[tuple[str, str, tuple[int, int]]]:
    """The cues found, with a cue of ``kind`` for each phrase whose every
    touching cue lies inside it and ``gives_way``; those cues are dropped.
    A phrase that a cue crosses, or holds one that does not give way, adds
    nothing."""
    new: list[tuple[str, str, tuple[int, int]]] = []
    inside: set[int] = set()
    # The cues by where they start, so a phrase looks only at the cues near
    # it: scanning them all for every phrase made a long page quadratic.
    order = sorted(range(len(found)), key=lambda i: found[i][2][0])
    starts = [found[i][2][0] for i in order]
    longest = max((f[2][1] - f[2][0] for f in found), default=0)
    for m in phrases:
        near = order[bisect_left(starts, m.start() - longest) : bisect_left(starts, m.end())]
        touching = [i for i in near if found[i][2][0] < m.end() and m.start() < found[i][2][1]]
        if all(m.start() <= found[i][2][0] and found[i][2][1] <= m.end() and gives_way(found[i]) for i in touching):
            inside.update(touching)
            new.append((m.group(), kind, m.span()))
    if not new:
        return found
    return sorted([f for i, f in enumerate(found) if i not in inside] + new, key=lambda f: f[2][0])


# 实施完成了A体育馆、B体育场改造提升工程: a work named whole and said done
# (a figure in the object counts instead: 完成了3个小区改造工程 is no name).
_WORK_DONE = re.compile(r"(?:已经|已)?(?:实施|建设)?(?:完成|建成)了[^,;。:!?\d%]{2,40}?(?:工程|项目)(?=[,;。!?\s]|$)")


def _with_works_done(t: str, found: list[tuple[str, str, tuple[int, int]]]) -> list[tuple[str, str, tuple[int, int]]]:
    """The cues found, with a done word for each work named whole after
    完成了 or 建成了; cues inside the phrase give way, and one that reaches
    past it keeps its place."""
    return _with_phrases(found, _WORK_DONE.finditer(t), "done", lambda cue: True)


# The plan's node target for the period met (3个任务按照节点目标要求都已完成,
# 已完成节点目标): the period's work done, on schedule, not the year's task.
_NODE_DONE = re.compile(r"(?:按照|按|达到|完成|已完成)(?:时间)?节点(?:(?:目标|任务)(?:要求)?|要求)"
                        r"(?:[^,;。!?]{0,12}?(?:已|均已|都已|全部|如期)?(?:完成|实现))?"
                        r"|(?:按照|按)(?:时间)?节点(?:[^,;。!?]{0,4}?(?:完成|实现))")


def _with_tasks_not_done(t: str, found: list[tuple[str, str, tuple[int, int]]]) -> list[tuple[str, str, tuple[int, int]]]:
    """The cues found, with a delay for each target said not met; the cues
    inside the phrase (未完成 as intent, 实现年度目标 as completion) give way."""
    spans = [m.span() for m in _TASK_NOT_DONE.finditer(t)]
    if not spans:
        return found
    kept = [f for f in found if not any(a <= f[2][0] and f[2][1] <= b or f[2][0] < b and a < f[2][1] for a, b in spans)]
    return sorted(kept + [(t[a:b], "delay", (a, b)) for a, b in spans], key=lambda f: f[2][0])


#: Measure words that count the things of a task (1家, 7个, 3座): a count
#: before a done word is so many done, not the whole job.
COUNT_UNITS = "个家所座处条项户人栋台套件张"
# A count as the subject of a done word (其中1家已, 7个项目均已): so many done.
_PART_SUBJECT = re.compile(r"(?:基础|桩基|地基|基坑|土方|土建|主体|主体结构|钢结构|屋面|外墙|内墙|门窗|水电)(?:工程|部分|施工)?\s*(?:均|都|也)?\s*$")
_COUNT_SUBJECT = re.compile(rf"(?<![\d.])\d+(?:\.\d+)?\s*[{COUNT_UNITS}]\s*(?:项目|工程)?\s*(?:均|都|也|现)?\s*$")


def _sentence_start(ends: list[int], pos: int) -> int:
    i = bisect_left(ends, pos)
    return ends[i - 1] + 1 if i else 0


def _sentence_end(ends: list[int], pos: int, n: int) -> int:
    """Where the sentence holding ``pos`` ends (its mark), or ``n``."""
    i = bisect_left(ends, pos)
    return ends[i] if i < len(ends) else n


def find_cues(text: str, lexicon: Lexicon) -> list[Cue]:
    """Cue words of ``text`` in order. A stop is inactive when a ``past``
    word stands just before it (一度停工) or a ``resume`` word follows it in
    the same sentence (…停工,现已复工).

    >>> from progress_nlp import default_lexicon
    >>> [(c.word, c.kind, c.active) for c in find_cues("受疫情影响一度停工,现已复工", default_lexicon())]
    [('一度', 'past', True), ('停工', 'stop', False), ('复工', 'resume', True)]
    """
    return cues_in(normalize(text), text, lexicon)


# The progress is the verb alone (完成X建设任务。 read as X | 完成; 实现5G
# 覆盖 as 5G覆盖 | 实现): the thing it names is done. Only a row's whole
# progress says so: a heading's 完成了 before names is no verdict.
_VERB_ALONE = re.compile(r"(?:已经|已|均已|全部|全面)?(?:完成|实现|落实|完工|竣工|建成|办结|兑现)了?(?=\s*[。.!;,]?\s*$)")


_DONE_HEADING = re.compile(r"(?:新增|累计|已经|已|提前|全部|均已)?(?:完成|完工|建成|竣工)(?=的\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})?\s*(?:个|项|件)?"
                           r"\s*(?:具体)?(?:工作|项目|实事|任务|民生实事|工程)[^,;。!?\d]{0,8}\s*[。.!;,]?\s*$)")


def verb_alone(t: str, text: str) -> Cue | None:
    """A done cue when the progress ``text`` (``t`` its normal form) is a
    verb of finishing and nothing else, or the heading of a list of work
    done (已完成的16项具体工作) that the row is one of.

    >>> verb_alone("完成。", "完成。")
    Cue(word='完成', kind='done', span=(0, 2), active=True)
    >>> verb_alone("完成投资", "完成投资") is None
    True
    """
    start = len(t) - len(t.lstrip())
    m = _VERB_ALONE.match(t, start) if len(t) <= 8 else None
    if m is None and len(t) <= 30 and (h := _DONE_HEADING.match(t, start)) is not None:
        m = h  # 新增完成的16项具体工作: the heading of a list of work done, the row one of them
    return None if m is None else Cue(text[m.start() : m.end()], "done", m.span(), True)


# 未按序时完成, 未能按计划推进: the publisher's word that the work keeps to
# schedule, denied. Written once here rather than as a 未 twin of every
# on_pace word in cues.txt.
_NEGATION_BEFORE = re.compile(r"(?:尚未|未能|没有|没能|不能|无法|未)\s*$")


def _negated_pace(t: str, found: list[tuple[str, str, tuple[int, int]]]) -> list[tuple[str, str, tuple[int, int]]]:
    out = []
    for word, kind, (s, e) in found:
        neg = _NEGATION_BEFORE.search(t, max(0, s - 3), s) if kind == "on_pace" else None
        out.append((t[neg.start():e], "delay", (neg.start(), e)) if neg else (word, kind, (s, e)))
    return out


def cues_in(t: str, text: str, lexicon: Lexicon) -> list[Cue]:
    """:func:`find_cues` on ``t = normalize(text)`` computed by the caller."""
    m = _compiled(lexicon)
    if m["cue"] is None or not text:
        return []
    found = [(cm.group(), m["cue_kind"][cm.group()], cm.span()) for cm in m["cue"].finditer(t)]
    if any(k == "on_pace" for _, k, _ in found):
        found = _negated_pace(t, found)
    if "任务" in t:
        found = _with_tasks_done(t, found)
    if any(w in t for w in ("目标", "任务", "计划")):
        found = _with_tasks_not_done(t, found)
    if "完" in t or "建成" in t or "落实" in t or "兑现" in t:
        found = _with_manner_done(t, found)
    if "了" in t:
        found = _with_works_done(t, found)
    if "节点" in t:
        found = _with_phrases(found, _NODE_DONE.finditer(t), "on_pace", lambda cue: True)
    if not found:
        return []
    kinds = {k for _, k, _ in found}
    if not kinds & {"resume", "completion", "stop", "done", "delay"}:
        return [Cue(text[s:e], k, (s, e)) for _, k, (s, e) in found]
    delims = [d.start() for d in _CLAUSE.finditer(t)]
    sentence_ends = [i for i, ch in enumerate(t) if ch in "。;!?\n"]

    def clause_start(pos: int) -> int:
        i = bisect_left(delims, pos)
        return max(delims[i - 1] + 1 if i else 0, pos - _WINDOW)

    # Everything below uses sorted positions and bisection, so a text of
    # thousands of cues stays linear-logarithmic.
    wishes = [sp[0] for _, k, sp in found if k in ("intent", "ongoing")]
    intents = [sp[0] for _, k, sp in found if k == "intent"]
    # A resumption that is only wished for (正在协调复工, 待疫情平稳后恢复)
    # does not end a stop.
    resumed = []
    for _, k, (rs, _e) in found:
        if k == "resume":
            j = bisect_left(wishes, rs)
            if not (j and wishes[j - 1] >= clause_start(rs)):
                resumed.append(rs)
    resumed_set = set(resumed)
    out: list[Cue] = []
    for i, (word, kind, (start, end)) in enumerate(found):
        active = True
        if kind in ("stop", "delay"):
            # 一度停工, 曾因过程性滞后被通报: a stop or a delay that is past.
            k = i - 1
            reach = start - 4 if kind == "stop" else clause_start(start)
            while k >= 0 and found[k][2][0] >= reach:
                if found[k][1] == "past":
                    active = False
                k -= 1
            sentence_end = _sentence_end(sentence_ends, end, len(t))
            r = bisect_left(resumed, end)
            if r < len(resumed) and resumed[r] < sentence_end:
                active = False
            # 除A村自行采买和B区停止了采买,其余19个村…: a stop among the
            # exceptions is theirs, not the work's.
            if kind == "stop" and _EXCEPT_OPEN.search(t, max(_sentence_start(sentence_ends, start), start - 40), start):
                active = False
            # 除A目前办理审核中,尚未开工外,其余各案均已开工: a stop or a delay
            # inside 除…外 is the exceptions', whatever clauses it spans.
            if _EXCEPT_WIDE.search(t, max(_sentence_start(sentence_ends, start), start - 60), start) \
                    and _EXCEPT_CLOSE.match(t, end):
                active = False
        elif kind == "resume":
            active = start in resumed_set
        elif kind == "done":
            # …建设已完成。 finishes its subject; 已完成初设批复 names an object;
            # 其中1家已完成 finishes a count of them, not the whole.
            # 基础已验收, 主体已完成: a part of the building done, not the job.
            active = (end == len(t) or t[end] in _DONE_END) and _COUNT_SUBJECT.search(t, max(0, start - 12), start) is None \
                and _PART_SUBJECT.search(t, max(0, start - 10), start) is None
        elif kind == "completion":
            # 完成年度任务的65%: a share of the year, not the year done.
            j = bisect_left(delims, end)
            rest = t[end : min(delims[j] if j < len(delims) else len(t), end + _WINDOW)]
            active = "%" not in rest and "百分之" not in rest
            # 预计11月底全面完成: expected, not done.
            w = bisect_left(intents, start)
            if active and w and intents[w - 1] >= clause_start(start):
                active = False
            # 除A县、B县外,其余191个县均已完成: done but for the exceptions.
            if active and _EXCEPT.search(t, _sentence_start(sentence_ends, start), start):
                active = False
            # 内外墙工程均已完成,…预计7月中旬整体竣工: parts done, the whole not yet.
            if active and _WHOLE_LATER.search(t, end, _sentence_end(sentence_ends, end, len(t))):
                active = False
        out.append(Cue(text[start:end], kind, (start, end), active))
    return out
