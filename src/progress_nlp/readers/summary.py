"""What a page says of the whole programme, for a page that says nothing else.

A short news item or circular may report only on the programme as a whole:
``2024年区十件民生实事共25项内容,已全部完成年度任务。``, or a plan sentence
and its progress in the next (``…等十件实事153个项目,计划投资2.39亿元。截至目前,
已完成投资19042万元,在建项目116个,竣工项目37个。``). The prose reader leaves
such sentences out, because beside the projects they only sum them up; on a
page with no project they are all it reports, and an error would lose them.

:func:`read_summary` returns one item per sentence that names the programme
(a count of its projects or items, or a word of the programme: 实事, 民生工程)
and then reports progress (an aspect word or a time opens it: 已, 目前, 截至目前);
a sentence that opens with progress goes with the programme's plan sentence
just before it. Plans and what is still to come (下一步, 将, 确保) are not
progress. :func:`progress_nlp.load_report` uses it only when no other reading
finds a row, so it never adds rows to a page that has projects.
"""

from __future__ import annotations

import re

from ..normalize import normalize, to_halfwidth
from .clauses import ASPECT_START, OPENER_RE, TIME_ONLY, scan, strip_span
from .prose import ProseItem

__all__ = ["read_summary"]

_SENTENCE = re.compile(r"[^。!?;\n]+[。!?;]?")
# What is still to come is no progress.
_FUTURE = re.compile(r"下一步|将要|确保|力争|争取|拟于|计划于|预计")
# A count of the programme's items, or its name.
_PROGRAMME = re.compile(r"\d+\s*(?:个|项|件)(?:[\u4e00-\u9fff]{0,4}项目|内容|实事|任务)?|实事|民生工程|民生项目|重点项目")
# A time set before the progress: 截至目前, / 目前,
_TIME_LEAD = re.compile(r"\s*(?:截至|截止|到)?\s*(?:目前|当前|现在)\s*,?")


def read_summary(text: str) -> list[ProseItem]:
    """Items of the programme as a whole, in page order.

    >>> [(i.project, i.actual) for i in read_summary("2024年区十件民生实事共25项内容,已全部完成年度任务。")]
    [('2024年区十件民生实事共25项内容', '已全部完成年度任务。')]
    """
    h = to_halfwidth(text)
    t = normalize(text)
    if len(t) != len(h):  # normalize keeps each character's place; if not, read nothing rather than misplace
        return []
    out: list[ProseItem] = []
    plan: tuple[int, int] | None = None
    for m in _SENTENCE.finditer(t):
        s, e = strip_span(t, m.start(), m.end())
        if s >= e or _FUTURE.search(t, s, e):
            plan = None
            continue
        p = _progress_start(t, s, e)
        if p is None:
            # A plan of the programme, to be reported on in the next sentence.
            plan = (s, e) if _PROGRAMME.search(t, s, e) and re.search(r"\d", t[s:e]) else None
            continue
        if p == s or _time_only(t, *strip_span(t, s, p)):
            if plan is not None:
                out.append(_item(t, h, plan, (p, e), len(out)))
            plan = None
            continue
        project = strip_span(t, s, p)
        lead = _TIME_LEAD.match(t, project[0], project[1])
        if lead is not None and lead.end() < project[1]:
            project = strip_span(t, lead.end(), project[1])
        if _PROGRAMME.search(t, *project):
            out.append(_item(t, h, project, (p, e), len(out)))
        plan = None
    return out


def _progress_start(t: str, s: int, e: int) -> int | None:
    """Where the progress of the sentence t[s:e] starts: the first clause that
    opens with an aspect word or a progress opener (已全部完成, 目前竣工5个)."""
    clauses, _ = scan(t, s, e, ",;:")
    for cs, ce, _d in clauses:
        cs, ce = strip_span(t, cs, ce)
        if cs >= ce or _time_only(t, cs, ce):
            continue  # 截至目前, alone: the time of what follows
        if ASPECT_START.match(t, cs, ce) or OPENER_RE.match(t, cs, ce):
            return cs
    return None


def _time_only(t: str, s: int, e: int) -> bool:
    """Is t[s:e] a time and nothing more (截至目前, 1-9月)?"""
    return TIME_ONLY.fullmatch(t, s, e) is not None or _TIME_LEAD.fullmatch(t, s, e) is not None


def _item(t: str, h: str, project: tuple[int, int], actual: tuple[int, int], k: int) -> ProseItem:
    """The item as written (h), its name read on the simplified text (t)."""
    x, y = strip_span(t, *project, " ,")
    if t.endswith(("项目中", "实事中"), x, y):
        y -= 1  # …的实事项目中,|已有14个子项基本完成: among them
    return ProseItem(no=str(k + 1), project=h[x:y], actual=h[actual[0] : actual[1]].strip(), span=(project[0], actual[1]))
