"""Where sentences end in a stretch of prose, and whether one opens with work
done and its figure. Plain functions on the text, no reader state.
"""

from __future__ import annotations

import re

from ..clauses import DIGIT, OPENER_RE, strip_span
from .patterns import _CLAUSE_MARK


_STOP_OR_BRACKET = re.compile(r"[。()\n]")


def _opens_with_figure(t: str, s: int, e: int) -> bool:
    """Does t[s:e] open with work done and its figure, in its first clause
    (完成投资0.65亿元,…)?"""
    clause = _CLAUSE_MARK.search(t, s, e)
    return OPENER_RE.match(t, s, e) is not None and DIGIT.search(t, s, clause.start() if clause else e) is not None


def _sentence_spans(t: str, s: int, e: int) -> list[tuple[int, int]]:
    """The sentences of t[s:e], each with its 。, blanks around left out."""
    out, a = [], s
    for k in _sentence_stops(t, s, e) + [e]:
        x, y = strip_span(t, a, min(k + 1, e))
        if x < y:
            out.append((x, y))
        a = k + 1
    return out


def _sentence_stops(t: str, s: int, e: int) -> list[int]:
    """The 。 of t[s:e] that end sentences: not one inside brackets that
    close on the same line within 200 characters (…工程(已为618名儿童发放…
    提前超额完成目标任务。已完成…发放补助金117.95万元);…), a note of the
    item's own. One pass; an unclosed bracket never hides a stop."""
    stops: list[int] = []
    opened = -1
    held: list[int] = []
    for m in _STOP_OR_BRACKET.finditer(t, s, e):
        ch, p = m.group(), m.start()
        if ch == "(":
            stops += held
            opened, held = p, []
        elif ch == ")":
            if opened >= 0 and p - opened > 200:
                stops += held  # too long for a note: its stops are sentences
            opened, held = -1, []  # the stops inside were a note's
        elif ch == "\n" or (opened >= 0 and p - opened > 200):
            stops += held
            opened, held = -1, []
            if ch == "。":
                stops.append(p)
        elif opened >= 0:
            held.append(p)
        else:
            stops.append(p)
    return sorted(stops + held)
