"""Plans stated apart from the progress that reports on them.

Prose often states a project's or a programme's plan in one sentence and
reports on it in the next, or names the progress only by the money done or
a count of the programme's items. The reader (:mod:`.prose`) finds the items;
:func:`with_plans` then gives each such item the plan as its project:

- a plan sentence, then the next item on the same project by name
  (``2025年老旧小区改造项目,计划…。据了解,2025年老旧小区改造项目,于3月开工…``);
- a programme statement, then progress named only by the money done or a
  count of its items, with only scene between
  (``…组织实施13件为民办实事项目,年度计划投资4.846亿元。截止10月份,累计投资…``);
- the year's plan, then a sentence whose subject restates the programme
  (``今年,省政府计划新开工城镇老旧小区1504个。截至7月底,全省共有1576个小区…``);
- the year's plan in parts, then a sentence reporting on each: each item
  takes the part of the same measure that shares a word with it
  (``计划全年新实施A5万公里和危桥改造5000座。截至7月底,已实施A4.7万公里,
  改造农村公路危桥4033座``).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ..normalize import normalize
from .clauses import DIGIT, LEADING, strip_span
from .figures import CLOSING_FIGURE, FIGURE, NOT_THINGS

if TYPE_CHECKING:
    from .prose import ProseItem

__all__ = ["with_plans"]


def with_plans(items: list[ProseItem], h: str) -> list[ProseItem]:
    """``items`` (in page order, spans in ``h``) with the plans stated
    apart given to the items that report on them."""
    items = [_description_first(it, h) for it in _programme_before(_plan_then_progress(items, h), h)]
    return _plan_parts(items, h)


# A paragraph under a task's heading that opens by describing the task
# (包括完成滨江小学整体提升改造…。该项目总投资约260万元,资金由街道负责。)…
_DESCRIBES = re.compile(r"\s*(?:包括|主要(?:包括|建设|内容)|(?:工程|项目)?建设内容|项目内容|(?:该|本)?(?:项目|工程)(?:总)?投资|总投资|资金由)")
# …and then reports on it in a sentence of its own (该项目已于10月底完成。).
_REPORTS = re.compile(r"\s*(?:该项目|本项目|该工程|项目|工程|目前|现已|截至|截止|已)[^。]{0,30}?"
                      r"(?:已|完成|完工|建成|竣工|开工|投入使用|投用|开业|交付)")


def _description_first(it: ProseItem, h: str) -> ProseItem:
    """The item with the sentences that describe its task moved from the
    progress to the project, when its progress opens with them and a later
    sentence reports on the task; else the item as it is."""
    t = normalize(it.actual)
    if not _DESCRIBES.match(t):
        return it
    sentences = [m.end() for m in re.finditer("。", t)]
    cut = next((k for k in sentences if k < len(t) and _REPORTS.match(t, k) and not _DESCRIBES.match(t, k)), None)
    if cut is None:
        return it
    s, e = it.span
    named, at = h.find(it.project, s, e), h.find(it.actual, s, e)
    if named < 0 or at < named:
        return it
    return replace(it, project=h[named : at + cut].strip(), actual=it.actual[cut:].strip())


# A progress that only plans or forecasts (项目预计2026年6月建成投用).
_PLAN_ONLY = re.compile(r"\s*(?:该项目|项目|工程)?\s*(?:预计|计划|拟|将于|将|力争|争取|确保)")
_SQUASH = re.compile(r"[\s,,。;;:“”\"]+")


def _plan_then_progress(items: list[ProseItem], h: str) -> list[ProseItem]:
    """A sentence that states a project's plan (2025年老旧小区改造项目,计划…
    完成总工程量的50%,项目预计2026年6月建成投用。) and the next item, on the
    same project by name, its progress (据了解,2025年老旧小区改造项目,于3月
    开工建设…): one item, the plan its project, the progress its actual."""
    out: list[ProseItem] = []
    k = 0
    while k < len(items):
        it = items[k]
        nxt = items[k + 1] if k + 1 < len(items) else None
        name = _SQUASH.sub("", normalize(nxt.project)) if nxt is not None else ""
        if nxt is not None and len(name) >= 4 and it.no == nxt.no and _PLAN_ONLY.match(normalize(it.actual)) \
                and name in _SQUASH.sub("", normalize(it.project)) and it.span[1] <= nxt.span[0]:
            plan = h[it.span[0] : it.span[1]].strip()
            out.append(replace(nxt, project=plan, span=(it.span[0], nxt.span[1])))
            k += 2
            continue
        out.append(it)
        k += 1
    return out


# The year's plan in a sentence of its own, then its parts (计划全年新实施A5万公里
# 和危桥改造5000座): a verb of plan, then parts joined by 和/、/及/,.
_PLAN_LEAD = re.compile(r"(?:计划|预计|拟|年度目标|全年目标|目标任务|任务是|任务为)(?:全年|今年|年内)?")
_PART_SEP = re.compile(r"[、,;]|和|及|以及")
_COMMON = frozenset({"建设", "工程", "项目", "完成", "实施", "新增", "新建", "改造", "全年", "计划"})


def _pairs(s: str) -> set[str]:
    cjk = [ch for ch in s if "\u4e00" <= ch <= "\u9fff"]
    return {a + b for a, b in zip(cjk, cjk[1:])} - _COMMON


def _plan_parts(items: list[ProseItem], h: str) -> list[ProseItem]:
    """Items whose project names no figure, right after a sentence that
    states the year's plan in parts (计划全年新实施A5万公里和危桥改造5000座。
    截至7月底,全国已实施A4.7万公里,改造B4033座): each takes the part of the
    same measure that shares a word with it as its project, each part once."""
    out = list(items)
    k = 0
    while k < len(out):
        it = out[k]
        s = it.span[0]
        stop = max(h.rfind("。", 0, s), h.rfind("\n", 0, s))
        if stop < 0 or DIGIT.search(normalize(it.project)):
            k += 1
            continue
        start = max(h.rfind("。", 0, stop), h.rfind("\n", 0, stop)) + 1
        plan = normalize(h[start:stop])
        lead = _PLAN_LEAD.search(plan)
        if lead is None or any(x.span[1] > start and x.span[0] < stop for x in out):
            k += 1
            continue
        parts = [(start + a, start + b) for a, b in _split_parts(plan, lead.end())]
        # The items of the sentence after the plan.
        group = [j for j in range(k, len(out)) if h.find("。", out[k].span[0], out[j].span[0]) < 0]
        used: set[int] = set()
        for j in group:
            proj = normalize(out[j].project)
            if DIGIT.search(proj):
                continue  # a project that names its own figure keeps it
            unit = _unit(normalize(out[j].actual))
            best = next((n for n, (a, b) in enumerate(parts) if n not in used and _unit(normalize(h[a:b])) == unit
                         and _pairs(h[a:b]) & _pairs(proj)), None)
            if best is not None:
                used.add(best)
                a, b = parts[best]
                out[j] = replace(out[j], project=h[a:b].strip())
        k = max(group) + 1 if group else k + 1
    return out


def _split_parts(plan: str, at: int) -> list[tuple[int, int]]:
    """The parts of plan[at:], each closing on its figure of things (not a
    count of the programme's items, 3项, nor a date)."""
    out = []
    x = at
    for m in _PART_SEP.finditer(plan, at):
        if _closes_on_part(plan, x, m.start()):
            out.append((x, m.start()))
            x = m.end()
    if _closes_on_part(plan, x, len(plan)):
        out.append((x, len(plan)))
    return [(a, b) for a, b in out if b - a >= 4 and "(" not in plan[a:b]]



def _closes_on_part(plan: str, start: int, end: int) -> bool:
    m = CLOSING_FIGURE.search(plan, start, end)
    return m is not None and m.group("unit") not in NOT_THINGS


def _unit(t: str) -> str:
    m = next((m for m in FIGURE.finditer(t) if m.group("unit") not in NOT_THINGS), None)
    return m.group("unit") if m else ""


# A project that is only the money done (累计投资, 完成投资, 到位资金) or a
# count of the programme's items (24个事项).
_PROGRAMME_PART = re.compile(r"(?:累计|共|共计|已|全年)?(?:完成|到位|拨付|实际)?(?:投资|资金|投入)额?"
                             r"|(?:其中)?\d+\s*[个项件]\s*(?:事项|项目|实事|民生实事)")
# A statement of the programme and its plan, with no progress of its own
# (2019年,长泰县组织实施13件为民办实事项目,年度计划投资4.846亿元。
# 2025年,市政府民生实事10大类50个事项,).
_PROGRAMME_PLAN = re.compile(r"\d+\s*[件项个类]\s*[^。,]{0,12}?(?:实事|工程|项目|事项)")
_DONE_WORDS = re.compile(r"已|完成|建成|开工|竣工|达到|累计")
# How far back a sentence's start is looked for: a page of many items and
# few sentence ends stays linear.
_SENTENCE_REACH = 400


def _last_of(h: str, marks: str, lo: int, hi: int) -> int:
    """The position of the last of ``marks`` in h[lo:hi], or -1."""
    return max(h.rfind(m, lo, hi) for m in marks)


def _scene_only(text: str) -> bool:
    """Is ``text`` made of clauses that set the scene only (截至三季度末,
    根据季度序时进度安排, 其中), or empty?"""
    pos, t = 0, normalize(text)
    while pos < len(t):
        m = LEADING.match(t, pos)
        if m is None or m.end() == pos:
            return t[pos:].strip(" ,") in ("", "其中")
        pos = m.end()
    return True


def _programme_before(items: list[ProseItem], h: str) -> list[ProseItem]:
    """An item named only by the money done or by a count of the programme's
    items (累计投资|4.870亿元…, 其中24个事项|已提前完成…), after the statement of
    the programme and its plan in the same or the sentence before, with only
    scene between (截止10月份, 根据季度序时进度安排,): the programme's row,
    the statement its project, the words after it its progress."""
    out: list[ProseItem] = []
    taken_until = 0
    for it in items:
        s, e = it.span
        named = h.find(it.project, s, e) if it.project else -1
        keep = (it, e)
        if named >= 0 and _PROGRAMME_PART.fullmatch(_SQUASH.sub("", normalize(it.project))):
            lo = max(0, named - _SENTENCE_REACH)
            sentence = max(_last_of(h, "。\n", lo, named), lo - 1) + 1
            # The statement ends where the scene before the item begins.
            cut = named
            while True:
                comma = _last_of(h, ",", sentence, cut - 1)  # h is half-width: one comma
                if comma < sentence or not _scene_only(h[comma + 1 : named]):
                    break
                cut = comma + 1
            if _scene_only(h[sentence:named]):
                cut = sentence  # the whole sentence so far is scene
            if not _scene_only(h[cut:named]):
                cut = -1
            elif not h[sentence:cut].strip(" ,"):
                # Nothing before the scene in this sentence: the statement is
                # the sentence before.
                prev = h.rfind("。", max(0, sentence - _SENTENCE_REACH), sentence)
                lo = max(0, prev - _SENTENCE_REACH)
                before = max(_last_of(h, "。\n", lo, prev), lo - 1) + 1 if prev >= 0 and h.rfind("\n", prev, sentence) < 0 else -1
                statement = (before, prev + 1) if before >= 0 else None
            else:
                statement = (sentence, cut)
            if cut >= 0 and statement is not None:
                a, b = statement
                plan = normalize(h[a:b])
                if a >= taken_until and _PROGRAMME_PLAN.search(plan) and not _DONE_WORDS.search(plan):
                    begin = strip_span(h, b if b > cut else cut, e)[0]
                    lead = strip_span(h, a, b)
                    keep = (replace(it, project=h[lead[0] : lead[1]].rstrip(" ,"), actual=h[begin:e].strip(), span=(lead[0], e)), e)
        elif named >= 0 and (restated := _restated_plan(it, h, named, taken_until)) is not None:
            keep = (restated, e)
        out.append(keep[0])
        taken_until = keep[1]
    return out


# The subject of a progress sentence that restates the programme planned in
# the sentence before: the publisher's place (全省共有1576个小区) or a count
# (15个市级重点项目).
_RESTATES = re.compile(r"^(?:全省|全市|全县|全区|全州|我省|我市|我县|我区)|\d+\s*[个项件座所处户套宗]")
# A sentence of the year's plan (今年,省政府计划新开工城镇老旧小区1504个。
# 2012年我县市级重点项目15个,年度计划投资21.3亿元。), with nothing done in it.
_PLAN_SENTENCE = re.compile(r"计划|安排")
_DONE_IN_PLAN = re.compile(r"已|累计|%|实际")


def _restated_plan(it: ProseItem, h: str, named: int, taken_until: int) -> ProseItem | None:
    """The item with the plan sentence before it as its project and its own
    whole sentence as its progress, when its subject restates that plan's
    programme (a place word or a count) after nothing but scene; else None."""
    subject = normalize(it.project)
    if not _RESTATES.search(subject) or _PLAN_SENTENCE.search(subject):
        return None  # 57个新续建重点项目全年计划完成投资98.5亿元: a plan of its own
    lo = max(0, named - _SENTENCE_REACH)
    sentence = _last_of(h, "。\n", lo, named) + 1
    if sentence == 0 or h[sentence - 1] != "。" or not _scene_only(h[sentence:named]):
        return None
    prev = sentence - 1
    lo = max(0, prev - _SENTENCE_REACH)
    before = _last_of(h, "。\n::", lo, prev) + 1
    if before == 0 and lo > 0:
        return None
    a, b = strip_span(h, before, prev + 1)
    plan = normalize(h[a:b])
    if a < taken_until or not _PLAN_SENTENCE.search(plan) or not DIGIT.search(plan) or _DONE_IN_PLAN.search(plan):
        return None
    begin = strip_span(h, sentence, it.span[1])[0]
    return replace(it, project=h[a:b], actual=h[begin : it.span[1]].strip(), span=(a, it.span[1]))
