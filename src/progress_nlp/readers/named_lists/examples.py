"""Names given as examples of a verdict: with their reasons in brackets
(``仍有4项…进度落后,如A(受疫情影响交车)、B(未完成环评)``), each reason is its
progress; plain (``已有部分计划完成或进入验收阶段,例如A工程、B工程,以及C工程``),
the verdict clause is the progress of each."""

from __future__ import annotations

import re

from ...lexicon import Lexicon
from .patterns import _N, _PER_ITEM
from .common import NamedItem, _count, _heading_marks, _sentence, _verdict_marks

# 如A(受疫情影响交车)、B(未完成环评)及C(…): examples of a counted verdict,
# each name with its own reason in brackets.
_EXAMPLE_INTRO = re.compile(r"[,,]\s*(?:如|例如|比如|像)\s*")
_EXAMPLE = re.compile(r"(?P<name>(?:“[^“”]{1,60}”|[^、,;。()“”]){2,80}?)\s*\((?P<note>[^()]{2,80})\)\s*(?P<sep>、|及|和|与|以及)?")


def _exampled(t: str, lex: Lexicon) -> list[NamedItem]:
    """Names given as examples (如…) of a sentence that counts projects with
    a verdict (仍有4项计划…年累计进度落后,如A(…)、B(…)…), each with its own
    reason in brackets: the reason is its progress, the counted verdict its
    official one. The examples must be as many as the count, or fewer."""
    out: list[NamedItem] = []
    for m in _EXAMPLE_INTRO.finditer(t):
        a, b = _sentence(t, m.start(), m.start())
        head = t[a : m.start()]
        count = re.search(rf"(?P<n>{_N})\s*{_PER_ITEM}", head)
        marks = _verdict_marks(t, a, m.start(), lex)
        if count is None or not marks:
            continue
        names: list[re.Match[str]] = []
        x = m.end()
        while x < b:
            e = _EXAMPLE.match(t, x, b)
            if e is None:
                break
            names.append(e)
            x = e.end()
            if not e.group("sep"):
                break
        n = _count(count.group("n"))
        if len(names) < 2 or (n and len(names) > n) or names[-1].group("sep") or not re.match(r"\s*[。;,\n]", t[x : x + 2] or "。"):
            continue
        # The verdict words alone: the criteria around them (未达90%) are
        # thresholds, not figures reached.
        verdict = marks[-1]
        for e in names:
            out.append(NamedItem(e.group("name").strip(), t[e.start("note") - 1 : e.end("note") + 1], "", e.span("name"),
                                 (e.start("note") - 1, e.end("note") + 1), (a, b), t[verdict[0] : verdict[1]], verdict))
    return out


# A name given as a plain example ends like a work does (工程, 项目, 计划),
# a phase in brackets allowed (金门港游艇基地统包工程(第一期)).
_WORK_NAME = re.compile(r"[^、,;。:()“”]{2,40}?(?:工程|项目|计划|建设|改造|行动|中心|大楼|场馆|公园)"
                        r"(?:\((?:第?[一二三四五六七八九十\d]{1,3}期|[^()]{1,6}段)\))?"
                        r"(?=\s*(?:、|,|以及|及|和|与|等|。|;|$))")
# Scene before the verdict clause: 其中已有…, 目前…
_SCENE_WORDS = re.compile(r"\s*(?:其中|目前|当前|同时|另外)\s*,?\s*")
_NAME_SEP = re.compile(r"\s*(?:、|,\s*以及|以及|及|和|与)\s*")


def _plain_examples(t: str, lex: Lexicon) -> list[NamedItem]:
    """Works named as examples (例如, 如) right after the clause that gives
    their verdict (已有部分计划完成或进入验收阶段,例如A工程、B工程,以及C工程):
    the clause is each one's progress and official verdict. Every name must
    end like a work, two at least; a last name cut off by the end of the
    text is left out."""
    out: list[NamedItem] = []
    for m in _EXAMPLE_INTRO.finditer(t):
        a, b = _sentence(t, m.start(), m.start())
        clause = max(t.rfind(",", a, m.start()) + 1, a)  # the text is normalized: one comma
        while clause < m.start() and t[clause] in " \t":
            clause += 1
        scene = _SCENE_WORDS.match(t, clause, m.start())
        clause = scene.end() if scene else clause
        if clause >= m.start() or not _heading_marks(t, clause, m.start(), lex):
            continue
        names: list[tuple[int, int]] = []
        x = m.end()
        while x < b:
            w = _WORK_NAME.match(t, x, b)
            if w is None:
                break
            names.append(w.span())
            sep = _NAME_SEP.match(t, w.end(), b)
            if sep is None:
                x = w.end()
                break
            x = sep.end()
        rest = t[x:b].strip()
        cut_off = b >= len(t.rstrip()) and not t.rstrip().endswith(("。", ";", "!", "?"))
        if len(names) < 2 or not (rest == "" or rest[0] in "。;等" or cut_off):
            continue
        verdict = (clause, m.start())
        for x0, y0 in names:
            out.append(NamedItem(t[x0:y0].strip(), t[clause : m.start()], "", (x0, y0), verdict, (a, b),
                                 t[clause : m.start()], verdict))
    return out
