"""Projects named in a list with one verdict for all of them.

Circulars sum up by naming: ``推进缓慢的有3(A、B、C)``, ``其中“A”、“B”等17项
超额完成``, ``A、B、C等项目已提前完成``, ``一是已达到时序进度的项目25个。分别为:
A、B、C``. Each name becomes an item whose progress is the rest of the
list's clause: the list's count and kind when they follow the names
(``等26个项目滞后``), the verdict words, and a rate of the list after them
(``加快建设,投资完成率达90%以上``); the verdict words alone are its official
verdict. The scorer reads the publisher's words (guide rule 5): the count is
of the list's items, and the share that follows a verdict (``、占比56.67%``)
counts the list, not the project, so it is left out.

Shapes read, each anchored on something running prose does not have by
accident:

* **bracketed**: a count with its names in brackets, ``3项(A、B、C)``,
  ``有3(A、B、C)推进缓慢``; the names must number what the count says, so
  ``20个(含3个在建)`` is no list, and a bracket followed by more name
  (``3个(A、B、C)住宅小区…``) is part of a name;
* **quoted**: ``“A”、“B”等17项`` (each name with its marks); a name may carry its lead unit in brackets
  (``“A”(市水利局)``). Fewer names than the count is usual (等: and others);
* **plain**: names joined by 、 then ``等(N个)(项目|子项)`` or ``N个子项`` (or
  ``N项`` alone when it numbers the names: ``A、B 2项正在进行前期工作``)
  (or uncounted: ``等多个项目``, ``等一批重点项目``), then the verdict at once
  (``A、B、C等项目已提前完成``, ``A、B等均未达序时``, ``A、B等多个项目本月开工建设``,
  the kind naming its field: ``A、B等重大交通项目稳步推进``; not under a verb
  that urges work, ``推动A、B等57个未开工项目按时序开工``: a plan);
  one name needs 等 and a count (``A等22个子项实现了时间过半、进度过半``);
  a sentence of names alone closed by 等 takes the verdict of the clause
  before it that counts them (``2项已完成年度目标任务。A、B等。``);
  a stage may come first instead when the list is counted or named by its
  kind (``新开工建设A、B等164个项目``, ``今年建成投用A、B等一批项目``; 完成 or
  启动 only before a list counted in projects, the verb to the end of its clause the
  verdict: ``完成A、B等4个项目主体施工``); 等 may close with the kind of
  site the names are (``A、B等学校均已开学投用``), and a stage said of them in
  an attribute before the names is no part of the first (``已完工的A、B等学校``);
* **units**: places or offices named by 、 with no 等, each ending like one
  (镇, 街道, 开发区, 局, 公司), then at once a word of pace, not of work done
  (``七都镇、桃源镇推进速度较快,超过或符合序时进度``);
* **comma kinds**: three projects or more named by commas with no 等, each
  ending with its kind (工程, 项目, 行动, 建设), the verdict right after the
  last (``A改造工程,B攻坚行动,C建设项目预计11月份完成年度任务``);
* **examples**: a sentence with a count and a verdict, then ``如`` and names
  each with its own reason in brackets (``仍有4项计划…年累计进度落后,如A(受疫情
  影响交车)、B(未完成环评)及C(…)``), no more names than the count: the reason
  is each one's progress, the verdict words alone its official verdict (the
  criteria around them, 未达90%, are thresholds, not figures reached);
* **introduced**: a sentence with a count and a verdict, then ``分别为:`` /
  ``分别是`` / ``包括`` (or ``项目是`` / ``任务为`` right before a quoted name:
  ``因某种原因调整的项目是“A”,“B”``, or ``2项为:``) and names to the end of
  the sentence (a name with its own reason in brackets, ``A(投资滞后)``,
  takes the reason as its progress)
  (``一是已完成的项目25个,占比62.5%。分别为:A、B;C、D。``), or names
  counted off after such a heading (``进度较慢的项目,一是A,二是B``).

The verdict is cue words (``lexicons/cues.txt``: verdict kinds, or ongoing
work such as 稳步推进) or a stage (已通过验收). For bracketed and quoted
lists it is the clause before the list (``推进缓慢的有``) or, failing that,
the rest of the sentence up to the clause of its last verdict word; for plain
lists the words right after, up to a clause that opens with another name
(``…等36项完工,亲海公园改扩建完成70%``: the rest is read as prose) or with
the others (``其余13项…``); for introduced lists the heading up to its count
(``已完成或达到时序进度以上``): the count whose clause holds the verdict
(``项目23项,未达序时进度2项为:``, the 2). Names never hold progress of their own
(已, 正在, a percentage): such a list is read by the prose reader as items.
A name given twice (the city list, then each county's) is one item, from
its first mention.
"""

from __future__ import annotations

import re

from ...lexicon import Lexicon
from .patterns import _LIST_SUBJECT, _REASON_AFTER
from .common import NamedItem, _verdict_marks
from .introduced import _enumerated, _introduced
from .counted import _bracketed, _plain, _quoted, _quoted_uncounted, _verdict_bracketed
from .runs import _comma_kinds, _units
from .examples import _exampled, _plain_examples

__all__ = ["NamedItem", "read_named_lists"]

_QUOTE_PAIRS = str.maketrans("「」『』‘’", "“”“”“”")


def _curly_quotes(t: str) -> str:
    """「A」, ‘A’ and "A" as “A”, position for position, so one pattern
    reads every way pages quote a name."""
    t = t.translate(_QUOTE_PAIRS)
    if '"' not in t:
        return t
    out, opening = [], True
    for ch in t:
        if ch == '"':
            out.append("“" if opening else "”")
            opening = not opening
        else:
            out.append(ch)
    return "".join(out)


# A label opening the line: 项目内容:, 建设内容:, 目标任务:.
_LINE_LABEL = re.compile(r"[^\S\n]*([^\s:,。;]{2,8})[^\S\n]*:")
_TASK_ROLES = frozenset({"project", "task", "target", "category"})


def _under_task_label(t: str, pos: int, lex: Lexicon) -> bool:
    """Is ``pos`` in a line that a task label opens (项目内容:对米河、市南…等
    进行整体改造)? The names there are what the task covers, and the
    work words after them the plan, not the progress."""
    line = t.rfind("\n", 0, pos) + 1
    m = _LINE_LABEL.match(t, line, pos)
    return m is not None and lex.headers.get(m.group(1)) in _TASK_ROLES


def read_named_lists(t: str, lex: Lexicon) -> list[NamedItem]:
    """The named lists of a (normalized, half-width) text, one item per name
    in page order, each name once.

    >>> from progress_nlp import default_lexicon
    >>> text = "推进缓慢的有3(城区公办幼儿园建设、乡镇污水处理站建设、乡镇加油站建设)。"
    >>> [(i.project, i.actual) for i in read_named_lists(text, default_lexicon())]  # doctest: +NORMALIZE_WHITESPACE
    [('城区公办幼儿园建设', '推进缓慢'), ('乡镇污水处理站建设', '推进缓慢'), ('乡镇加油站建设', '推进缓慢')]
    >>> [(i.project, i.lead, i.actual) for i in read_named_lists("“老旧小区改造”(市住建局)等5个项目曾因滞后被通报,但均能如期完成。", default_lexicon())]
    [('“老旧小区改造”', '市住建局', '等5个项目曾因滞后被通报,但均能如期完成')]
    >>> [(i.project, i.actual) for i in read_named_lists("骏达环保、智慧园区等项目已提前完成;", default_lexicon())]
    [('骏达环保', '等项目已提前完成'), ('智慧园区', '等项目已提前完成')]
    """
    t = _curly_quotes(t)
    lists = sorted([*_bracketed(t, lex), *_verdict_bracketed(t, lex), *_quoted(t, lex), *_quoted_uncounted(t, lex), *_introduced(t, lex), *_enumerated(t, lex), *_plain(t, lex),
                    *_units(t, lex), *_comma_kinds(t, lex)],
                   key=lambda x: (x.start, -x.end))
    found: list[NamedItem] = []
    seen: set[str] = set()
    taken: list[tuple[int, int]] = []
    for lst in lists:
        lo, hi = (lst.start, lst.end) if lst.shared else (min(lst.start, lst.verdict[0]), max(lst.end, lst.verdict[1]))
        if any(a < hi and lo < b for a, b in taken) or _under_task_label(t, lst.start, lex):
            continue
        taken.append((lo, hi))
        a, b = lst.verdict
        subject = _LIST_SUBJECT.match(t, a, b)
        official = (subject.end() if subject and subject.end() < b else a, b)
        if t[a : official[0]].strip() == "等":
            a = official[0]  # A、B等均未达序时: a bare 等 says nothing of the list
        for name, lead, span in lst.names:
            why = _REASON_AFTER.search(name)
            if why is not None and why.start() >= 2 and _verdict_marks(t, span[0] + why.start(), span[0] + why.end(), lex):
                # A(投资滞后)、B(开工滞后): each name with its own reason in
                # brackets, its progress; the list's verdict stays the official one.
                name, span, own = name[: why.start()].rstrip(), (span[0], span[0] + why.start()), \
                    (span[0] + why.start(), span[0] + why.end())
            else:
                own = (a, b)
            if name in seen:
                continue
            seen.add(name)
            found.append(NamedItem(name, t[own[0] : own[1]], lead, span, own, lst.sentence, t[official[0] : official[1]], official))
    for item in [*_exampled(t, lex), *_plain_examples(t, lex)]:
        lo, hi = item.span[0], item.verdict_span[1]
        if item.project not in seen and not any(a < hi and lo < b for a, b in taken):
            seen.add(item.project)
            found.append(item)
    return sorted(found, key=lambda i: i.span[0])
