"""Names given as examples (``如A(受疫情影响交车)、B(未完成环评)``) of a
sentence that counts projects with a verdict: each name's reason is its
progress."""

from __future__ import annotations

import re

from ...lexicon import Lexicon
from .patterns import _N, _PER_ITEM
from .common import NamedItem, _count, _sentence, _verdict_marks

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
