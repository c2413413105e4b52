"""A programme's items named in one list, and one verdict said of them all.

Year-end news often names the year's programme once, as a roster after a
colon (``确定了10件为民实事:A、B、C……``), and says elsewhere on the page
how the whole programme went (``10件为民实事如期全面高质量完成``). Each
name of the roster is then a project whose progress is that verdict.

:func:`read_roster` reads that shape, and only it: the roster is a count
and a programme's noun, a colon, then three names or more joined by 、 (as
many as the count says, give or take the few a copy loses); the verdict is
a clause that opens with the same count and programme and gives a verdict
of completion or pace (a cue of the lexicon), not an intent or a negation.
The prose reader asks for it only when it found no item of its own, so a
page that also reports its items one by one keeps those readings.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ...lexicon import Lexicon
from ...normalize import normalize
from ...numerals import parse_number
from ...signals import cues_in
from ..clauses import strip_span
from .item import ProseItem

__all__ = ["read_roster", "with_programme_verdict"]

# The count of a programme: 10件, 十件, 十大.
_COUNT = r"(?P<n>[一二两三四五六七八九十\d]{1,3})\s*(?:件|项|个|大)"
# The programme's noun (为民实事, 民生实事项目, 民心工程), with its owner
# before it (省委省政府, 市) in up to ten characters.
_PROGRAMME = r"[^,;:。\n\d]{0,10}?(?:实事|民生工程|民心工程|惠民工程|民生项目)(?:项目)?"
_ROSTER = re.compile(_COUNT + _PROGRAMME + r"\s*(?:是|为|包括|分别是|主要是|具体是|即)?\s*:\s*(?P<names>[^。\n:;]{6,})")
# The verdict clause: the programme again, then at most 16 characters up to
# the clause's end.
_VERDICT = re.compile(_COUNT + _PROGRAMME + r"\s*(?P<v>[^,;:。!?\n(]{0,16}?)(?=[,;。!?\n(]|$)")
# The clause after the programme's, opening with the aspect of its verdict.
_NEXT_CLAUSE = re.compile(r"\s*,\s*(?P<v>(?:已|均已|均|都已|全部)[^,;:。!?\n]{2,14}?)(?=[,;。!?\n]|$)")
_VERDICT_KINDS = frozenset({"completion", "ahead", "on_pace", "done"})
_NEGATED = re.compile(r"未|没有|没能|无法|难以|不能")
# A deadline to come (年底前, 年内): what is pledged, not what was done.
_PLEDGE = re.compile(r"年底前|年内|之前|以前")


def _count(s: str) -> int | None:
    try:
        n = parse_number(s)
    except ValueError:
        return None
    return int(n) if n == int(n) else None


def read_roster(t: str, h: str, lexicon: Lexicon) -> list[ProseItem]:
    """The items of a programme named in a roster, each with the verdict
    said of the whole programme; [] when the page has no such pair.

    ``t`` is the normalized page and ``h`` the page as given (half-width),
    position for position.

    >>> from progress_nlp import default_lexicon
    >>> t = "今年确定了3件民生实事:新建公园2个、改造老旧小区10个、新增托位300个。截至12月底,3件民生实事全部完成。"
    >>> [(i.project, i.actual) for i in read_roster(t, t, default_lexicon())]
    [('新建公园2个', '全部完成'), ('改造老旧小区10个', '全部完成'), ('新增托位300个', '全部完成')]
    """
    for rm in _ROSTER.finditer(t):
        n = _count(rm.group("n"))
        if n is None:
            continue
        names: list[tuple[int, int]] = []
        at = rm.start("names")
        for part in re.finditer(r"[^、]+", t[rm.start("names") : rm.end("names")]):
            a, b = strip_span(t, at + part.start(), at + part.end())
            if t.endswith("等", a, b):
                b -= 1
            if b - a >= 2:
                names.append((a, b))
        # A roster names what it counts; a copy may lose or merge a few.
        if len(names) < 3 or not n - 3 <= len(names) <= n + 1:
            continue
        verdict = _verdict(t, h, n, lexicon, rm.span())
        if verdict is None:
            continue
        va, vb = verdict
        return [ProseItem(no=str(k), project=h[a:b], actual=h[va:vb], span=(a, b)) for k, (a, b) in enumerate(names, 1)]
    return []


_HEAD_COUNT = re.compile(_COUNT + _PROGRAMME)


def with_programme_verdict(items: list[ProseItem], t: str, h: str, lexicon: Lexicon) -> list[ProseItem]:
    """Items named under a heading that counts the programme (已完成的2020年
    十件民生实事分别为:A;B;…) and given no progress of their own take the
    verdict the page says of that programme elsewhere (十件民生实事,已全部
    顺利完成) as their progress; the heading stays their official verdict."""
    out = []
    # The page's verdicts of a programme of n items, found once per n: a
    # search of the whole page for each item would make a long page of
    # many headed items quadratic.
    said: dict[int, list[tuple[bool, int, int, int]]] = {}
    for it in items:
        hm = _HEAD_COUNT.search(normalize(it.official)) if not it.actual.strip() and it.official else None
        n = _count(hm.group("n")) if hm is not None else None
        if n is not None and n not in said:
            said[n] = _verdicts(t, h, n, lexicon, after_comma=True)
        found = _closest(said[n], it.span) if n is not None else None
        if found is not None and normalize(h[found[0] : found[1]]) in normalize(it.official):
            found = None  # the heading's own words (另有3件民生实事|超目标完成): already its verdict
        out.append(replace(it, actual=h[found[0] : found[1]]) if found is not None else it)
    return out


def _verdict(t: str, h: str, n: int, lexicon: Lexicon, roster: tuple[int, int],
             after_comma: bool = False) -> tuple[int, int] | None:
    """Where the verdict of the whole programme of ``n`` items is said,
    outside the roster itself; with ``after_comma`` also in the clause
    right after the programme's (…全力办好十件民生实事,|已全部顺利完成).
    A sentence of the body is preferred to a headline (a line with no 。)."""
    return _closest(_verdicts(t, h, n, lexicon, after_comma), roster)


def _closest(found: list[tuple[bool, int, int, int]], roster: tuple[int, int]) -> tuple[int, int] | None:
    """The verdict said outside ``roster``, a body sentence before a headline."""
    kept = [(headline, a, b) for headline, a, b, at in found if not roster[0] <= at < roster[1]]
    if not kept:
        return None
    _, a, b = min(kept)
    return a, b


def _verdicts(t: str, h: str, n: int, lexicon: Lexicon, after_comma: bool) -> list[tuple[bool, int, int, int]]:
    """Every verdict of a programme of ``n`` items on the page, as (is a
    headline, start, end, where the count stands)."""
    found: list[tuple[bool, int, int, int]] = []
    for vm in _VERDICT.finditer(t):
        if _count(vm.group("n")) != n:
            continue
        a, b = strip_span(t, *vm.span("v"))
        if a >= b and after_comma:
            nxt = _NEXT_CLAUSE.match(t, vm.end("v"))
            if nxt is not None:
                a, b = nxt.span("v")
        if a >= b or _NEGATED.search(t, a, b) or re.search(r"\d|^中", t[a:b]):
            continue  # 36项实事|中的18项已实现…: a part of the programme, not all of it
        # The whole clause is read for an intent: 确保10件实事年底前全部完成
        # is the pledge, not the result.
        c = max(t.rfind(ch, 0, vm.start()) for ch in ",;。!?\n") + 1
        if any(k.kind == "intent" for k in cues_in(t[c:b], h[c:b], lexicon)) or _PLEDGE.search(t, a, b):
            continue
        cues = cues_in(t[a:b], h[a:b], lexicon)
        if any(c.kind in _VERDICT_KINDS and c.active for c in cues):
            line_end = t.find("\n", b)
            headline = "。" not in t[t.rfind("\n", 0, a) + 1 : line_end if line_end >= 0 else len(t)]
            found.append((headline, a, b, vm.start()))
    return found
