"""Projects named in a list with one verdict for all of them.

Circulars sum up by naming: ``推进缓慢的有3(A、B、C)``, ``巴州区有2(A、B)推进
缓慢``, ``其中“A”、“B”、“C”等17项超额完成``, ``“A”(市水利局)、“B”(市红十字会)
等5个项目曾因过程性滞后…,但均能如期完成``. Each name becomes an item whose
progress is the verdict clause, so the scorer reads the publisher's words
(guide rule 5) and nothing else: the share that follows (``、占比56.67%``)
counts the list, not the project.

Two shapes are read, both anchored on something a sentence of prose does
not have by accident:

* **a count with its names in brackets**: ``3项(A、B、C)``, ``有3(A、B、C)``;
  the names must number what the count says, so ``20个(含3个在建)`` is no list;
* **quoted names, then 等N项**: ``“A”、“B”等17项``; a name may carry its lead
  unit in brackets (``“A”(市水利局)``). Fewer names than the count is usual
  (等 means "and others").

The verdict is the cue words (``lexicons/cues.txt``, verdict kinds) of the
clause before the list (``推进缓慢的有``) or, failing that, the rest of the
sentence after it, cut after its last verdict word. A name given twice (the
city list, then each county's) is one item, from its first mention.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import Lexicon
from .signals import find_cues

__all__ = ["NamedItem", "read_named_lists"]

# Cue kinds that make a clause the publisher's verdict on its projects.
_VERDICT_KINDS = frozenset({"delay", "ahead", "on_pace", "completion", "done", "stop"})
_CN_COUNT = {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_COUNT = r"(?P<count>\d{1,3}|[一两二三四五六七八九十])"
_BRACKETED = re.compile(_COUNT + r"\s*(?:项|个|件)?\s*(?:项目|实事|民生实事)?\s*\((?P<names>[^()]{2,400})\)")
_QUOTED_NAME = r"“[^“”]{2,60}”(?:\([^()]{1,20}\))?"
_QUOTED = re.compile(rf"(?P<names>{_QUOTED_NAME}(?:\s*[、,和及与]\s*{_QUOTED_NAME})*)\s*等\s*{_COUNT}\s*(?:项|个|件)(?:项目|实事)?")
_ONE_QUOTED = re.compile(r"“(?P<name>[^“”]{2,60})”(?:\((?P<lead>[^()]{1,20})\))?")
_CLAUSE_START = re.compile(r"[。;!?:,\n]|其中")
_SENTENCE_END = re.compile(r"[。;!?\n]")
_CJK = re.compile(r"[\u4e00-\u9fff]")
# Lead units in brackets after a quoted name end like an office does.
_LEAD = re.compile(r"(?:局|委|办|中心|院|会|部|厅|处|队|站|所|街道|镇|乡|公司|集团)$")


@dataclass(frozen=True)
class NamedItem:
    """One named project: the name's span, the verdict clause and its span,
    and the span of the list's clause to its sentence end."""

    project: str
    actual: str
    lead: str
    span: tuple[int, int]
    verdict_span: tuple[int, int]
    list_span: tuple[int, int]


def _count(s: str) -> int:
    return int(s) if s.isdigit() else _CN_COUNT[s]


def _verdict_cues(t: str, s: int, e: int, lex: Lexicon) -> list[tuple[int, int]]:
    """Spans of the verdict words in t[s:e], in order."""
    return sorted((s + c.span[0], s + c.span[1]) for c in find_cues(t[s:e], lex) if c.kind in _VERDICT_KINDS)


def _verdict(t: str, start: int, end: int, lex: Lexicon) -> tuple[int, int, int] | None:
    """The verdict for a list at t[start:end]: its clause before, else the
    rest of its sentence (to the last verdict word); with where its first
    verdict word starts."""
    before = max((m.end() for m in _CLAUSE_START.finditer(t, max(0, start - 40), start)), default=max(0, start - 40))
    cues = _verdict_cues(t, before, start, lex)
    if cues:
        a, b = before, start
        while b > a and t[b - 1] in "的有为是:,、 ":
            b -= 1
        while a < b and t[a] in " ,、":
            a += 1
        return (a, b, cues[0][0]) if a < b else None
    stop = _SENTENCE_END.search(t, end)
    e = stop.start() if stop else len(t)
    cues = _verdict_cues(t, end, e, lex)
    if not cues:
        return None
    a = end
    while a < e and t[a] in " ,、":
        a += 1
    return a, max(b for _, b in cues), cues[0][0]


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


def read_named_lists(t: str, lex: Lexicon) -> list[NamedItem]:
    """The named lists of a (normalized, half-width) text, one item per name
    in page order, each name once.

    >>> from progress_nlp import default_lexicon
    >>> text = "推进缓慢的有3(城区公办幼儿园建设、乡镇污水处理站建设、乡镇加油站建设)。"
    >>> [(i.project, i.actual) for i in read_named_lists(text, default_lexicon())]  # doctest: +NORMALIZE_WHITESPACE
    [('城区公办幼儿园建设', '推进缓慢'), ('乡镇污水处理站建设', '推进缓慢'), ('乡镇加油站建设', '推进缓慢')]
    >>> [(i.project, i.lead, i.actual) for i in read_named_lists("“老旧小区改造”(市住建局)等5个项目曾因滞后被通报,但均能如期完成。", default_lexicon())]
    [('老旧小区改造', '市住建局', '曾因滞后被通报,但均能如期完成')]
    """
    t = _curly_quotes(t)
    found: list[NamedItem] = []
    seen: set[str] = set()
    taken: list[tuple[int, int]] = []
    for m in sorted([*_QUOTED.finditer(t), *_BRACKETED.finditer(t)], key=lambda m: m.start()):
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        names: list[tuple[str, str, tuple[int, int]]] = []
        if m.re is _QUOTED:
            for q in _ONE_QUOTED.finditer(t, m.start("names"), m.end("names")):
                lead = q.group("lead") or ""
                names.append((q.group("name").strip(), lead if _LEAD.search(lead) else "", q.span("name")))
            if len(names) > _count(m.group("count")):
                continue
        else:
            pos = m.start("names")
            for part in re.split(r"([、,;])", m.group("names")):
                if part not in "、,;":
                    name = part.strip()
                    if name:
                        s = t.index(name, pos)
                        names.append((name, "", (s, s + len(name))))
                pos += len(part)
            if len(names) != _count(m.group("count")):
                continue  # 20个(含3个在建): a bracket, not the list of a count
        if not names or any(sum("\u4e00" <= ch <= "\u9fff" for ch in n) < 2 for n, _, _ in names):
            continue
        verdict = _verdict(t, m.start(), m.end(), lex)
        if verdict is None:
            continue
        stop = _SENTENCE_END.search(t, m.end())
        end = stop.start() if stop else len(t)
        if verdict[0] < m.start():
            # 缓慢1项(A),经督办后已完工: the sentence goes on with A's own
            # progress, so this is an item with a name in brackets, not a list.
            if len(names) == 1 and _CJK.search(t, m.end(), end):
                continue
        elif m.re is _BRACKETED and verdict[2] > m.end() + 1:
            continue  # 3个(A、B、C)住宅小区…需加快: the bracket lists parts of a name
        # The list's sentence: what a reader made of it is superseded.
        start = min(m.start(), verdict[0])
        sentence = max((c.end() for c in _SENTENCE_END.finditer(t, max(0, start - 200), start)), default=max(0, start - 200))
        taken.append((sentence, min(len(t), end + 1)))
        actual = t[verdict[0] : verdict[1]]
        for name, lead, span in names:
            if name in seen:
                continue
            seen.add(name)
            found.append(NamedItem(name, actual, lead, span, (verdict[0], verdict[1]), taken[-1]))
    return found
