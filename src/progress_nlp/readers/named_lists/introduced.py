"""Lists introduced after a heading that counts them with a verdict
(``一是已完成的项目25个。分别为:A、B``, ``…包括A、B``, ``2项为:``), numbered
runs of tasks (``分别为:1.A2.B``) and names counted off (``一是A,二是B``)."""

from __future__ import annotations

import re

from ...lexicon import Lexicon
from .patterns import (_CJK, _CLAUSE_END, _CN_COUNT, _ENUMERATOR, _HEADED, _HEAD_COUNT, _HEAD_TAIL, _INTRO, _KIND,
    _LEAD_COUNT, _LIST_CLOSE, _MAX_LIST, _NAMES_END, _Name, _OTHERS_CLAUSE, _OWN_PLACE, _OWN_PLACE_WORD,
    _PROGRESS_IN_TASK, _PROGRESS_UNDER_HEADING, _SENTENCE_END, _SERIAL, _TASK_OBJECTS)
from .common import (_List, _back, _count_in, _heading_marks, _names_end, _quoted_run, _sentence, _split_names,
    _verdict_before, _verdict_marks)

# 任务 as the object of a verb of finishing, not the kind counted.
_TASK_DONE_END = re.compile(r"(?:完成|落实|实现|达到)了?\s*任务\s*$")
_FIRST_NUMBER = re.compile(r"\s*1\s*[.、](?!\d)")


def _numbered_run(t: str, pos: int) -> tuple[list[_Name], int] | None:
    """Tasks numbered 1., 2., … in one run after ``pos`` (分别为:1.A增长3.5%2.B
    增长6%…7.C。), each number glued to the task before it: the tasks, cut at
    each next number in turn, and where the last ends (its sentence's end,
    within the line). Targets stay in the task (增长3.5%): these are tasks."""
    if not _FIRST_NUMBER.match(t, pos):
        return None
    line_end = t.find("\n", pos)
    line_end = len(t) if line_end < 0 else line_end
    cuts: list[tuple[int, int]] = []
    at, k = pos, 1
    while k < 100:
        mk = re.compile(rf"(?<!\d){k}\s*[.、](?!\d)").search(t, at, line_end)
        if mk is None:
            break
        cuts.append(mk.span())
        at, k = mk.end(), k + 1
    if len(cuts) < 2:
        return None
    names: list[_Name] = []
    for i, (_, b) in enumerate(cuts):
        e = cuts[i + 1][0] if i + 1 < len(cuts) else (t.find("。", b, line_end) + 1 or line_end)
        x, y = b, e
        while y > x and t[y - 1] in " ,;。、":
            y -= 1
        if y - x < 2 or len(_CJK.findall(t, x, y)) < 2:
            return None
        names.append((t[x:y], "", (x, y)))
    return names, names[-1][2][1]


def _introduced(t: str, lex: Lexicon) -> list[_List]:
    out = []
    for m in _INTRO.finditer(t):
        end = _names_end(t, m.end())
        other = _OTHERS_CLAUSE.search(t, m.end(), end)
        if other is not None:
            end = other.start()  # 包括A、B、C,其余项目正在推进: the rest are no name of the list
        progress = _PROGRESS_UNDER_HEADING
        if t[m.start()] == ",":
            # 提前竣工4项,为A,B;未按期竣工2项,为C: names by commas, to the ;.
            # The names are the tasks counted, targets and all (覆盖率达80%).
            semi = t.find(";", m.end(), end)
            end = semi if semi >= 0 else end
            progress = _PROGRESS_IN_TASK
        quoted = _quoted_run(t, m.end(), end)
        names = quoted or _split_names(t, m.end(), end, "、;,", progress)
        if names is None and (run := _numbered_run(t, m.end())) is not None:
            names, end = run  # 分别为:1.A增长3.5%2.B增长6%…: numbered in one run
        coarse = None if quoted else (
            _split_names(t, m.end(), end, ";", _PROGRESS_UNDER_HEADING) if ";" in t[m.end() : end] else None)
        # 已完成投资的项目为开展“A”活动。: after …的项目为 one name is a list too.
        alone = t.endswith(("的项目", "的实事", "的工程", "的事项"), 0, m.start())
        if names is None or len(names) < (1 if alone else 2):
            continue
        # The heading: this sentence up to the intro, else the one before
        # (…占比62.5%。分别为:).
        hs = _back(_SENTENCE_END, t, m.start(), 200)
        if not _CJK.search(t, hs, m.start()):
            hs = _back(_SENTENCE_END, t, max(0, hs - 1), 199)
        head = _ENUMERATOR.match(t, hs)
        a = head.end() if head else hs
        head_end = m.start()
        while head_end > a and t[head_end - 1] in ", ":
            head_end -= 1  # 19项超序时进度的民生实事项目,包括: the heading ends before the comma
        clause = max((c.end() for c in _CLAUSE_END.finditer(t, a, head_end)), default=a)
        place = _OWN_PLACE.match(t, clause, head_end)  # 全市|有3个项目进度滞后: the place is no verdict
        counted = _LEAD_COUNT.match(t, place.end() if place else clause)
        if counted is not None:
            # 据介绍,8个提前完成的项目是: the verdict follows the count.
            a = counted.end()
            tail = re.search(r"的?\s*" + _KIND + r"?\s*$", t[a:head_end])
            if t.endswith(_TASK_OBJECTS, a, head_end) or _TASK_DONE_END.search(t, a, head_end):
                # 9件如期完成年度目标任务,包括; 有15项民生工程完成任务,分别是: the
                # task is what was done, no kind
                tail = None
            b = a + tail.start() if tail else head_end
        else:
            # The count whose clause holds the verdict before it counts the
            # names (项目23项,未达序时进度2项为:A、B: the 2, not the group's 23).
            cut = next((c for c in _HEAD_COUNT.finditer(t, a, m.start())
                        if _verdict_marks(t, max((x.end() for x in _CLAUSE_END.finditer(t, a, c.start())), default=a),
                                          c.start(), lex)), None) or _HEAD_COUNT.search(t, a, m.start())
            if cut is None:
                continue
            b = cut.start()
            # 据统计,截至1月止,|已结案之计划|有2案: the clause that counts holds
            # the verdict; the scene before it and the kind after it do not.
            own = max((c.end() for c in _CLAUSE_END.finditer(t, a, b)), default=a)
            if own > a and _verdict_marks(t, own, b, lex):
                a = own
                tail = re.search(r"[的之]?\s*" + _KIND + r"?\s*$", t[a:b])
                b = a + tail.start() if tail and tail.start() > 0 else b
        if not _heading_marks(t, a, b, lex):
            # 这10项民心工程分别为: the verdict is in the sentence before,
            # in the clause that gives the same count (有10项…超过序时进度).
            back = _verdict_before(t, hs, _count_in(t, hs, m.start()), lex)
            if back is None:
                continue
            a, b = back
        if len(_CJK.findall(t, a, b)) < 2 or not _heading_marks(t, a, b, lex):
            continue
        # ; between items and 、 inside one (A;B、C), or ; between groups of
        # names (A、B;C、D): the split whose size is nearer the count.
        count = _count_in(t, hs, m.start())
        if coarse is not None and count and abs(len(coarse) - count) < abs(len(names) - count):
            names = coarse
        elif coarse is not None and "," in t[m.end() : end] and not quoted:
            # …的项目有A;持续推广利用清洁能源,提高天然气普及率工作;B: names
            # set apart by ; keep their commas (、 still parts names).
            names = _split_names(t, m.end(), end, "、;", progress) or names
        if count and len(names) < count and not quoted:
            # …分别是A、B和C: the last two joined by 和/及/与 when the count says so.
            joined = _split_names(t, m.end(), end, "、;,和及与", progress)
            if joined is not None and len(joined) == count:
                names = joined
        last_name, lead, (x, y) = names[-1]
        close = _LIST_CLOSE.search(last_name)
        if close is not None and close.start() > 2:
            # 包括A、B、C等, …有:A、B、C等项目: 等 and the kind close the list.
            names[-1] = (last_name[: close.start()], lead, (x, x + close.start()))
        out.append(_List(a, end, names, (a, b), (hs, min(len(t), end + 1))))
    # A verdict heading with a colon, its names numbered after it:
    # (已完成项目:1.A;2.B;…) — the heading is the verdict.
    for m in _HEADED.finditer(t):
        head_a, head_b = m.span("head")
        if not _verdict_marks(t, head_a, head_b, lex):
            continue
        stop = _NAMES_END.search(t, m.end(), m.end() + _MAX_LIST)
        end = stop.start() if stop else min(len(t), m.end() + _MAX_LIST)
        names = _split_names(t, m.end(), end, "、;,")
        if names is None or len(names) < 2 or not _SERIAL.match(t, m.end()):
            continue
        b = head_b
        tail = _HEAD_TAIL.search(t, head_a, head_b)
        if tail is not None and tail.start() > head_a:
            b = tail.start()
        out.append(_List(head_a, end, names, (head_a, b), _sentence(t, head_a, end)))
    return out


# The scene before a verdict heading, no part of the verdict: 目前我县|进度较慢.
_SCENE = re.compile(rf"\s*(?:目前|当前|截至目前|其中)?\s*,?\s*(?:{_OWN_PLACE_WORD})?")
_ENUM_MARK = re.compile(r"(?<![\u4e00-\u9fff])([一二三四五六七八九十])是")


def _enumerated(t: str, lex: Lexicon) -> list[_List]:
    """进度较慢的项目,一是A,二是B,三是C: a verdict heading, then names
    counted off with 一是, 二是 … in one sentence."""
    out = []
    for first in _ENUM_MARK.finditer(t):
        if first.group(1) != "一":
            continue
        end = _names_end(t, first.end())
        marks = [first]
        after = end
        for m in _ENUM_MARK.finditer(t, first.end(), end):
            if _CN_COUNT.get(m.group(1)) != len(marks) + 1:
                after = m.start()  # the run ends where the counting does: each 一是 is read once
                break
            marks.append(m)
        end = min(end, after)
        if len(marks) < 2:
            continue
        names: list[_Name] = []
        for k, m in enumerate(marks):
            b = marks[k + 1].start() if k + 1 < len(marks) else end
            while b > m.end() and t[b - 1] in " ,;、":
                b -= 1
            part = _split_names(t, m.end(), b, ",;")
            if part is None or len(part) != 1:
                names = []
                break
            names += part
        if not names:
            continue
        # The heading: the clauses before 一是 in its sentence, the last
        # that holds words (…较慢的项目,一是).
        hs = _back(_SENTENCE_END, t, first.start(), 120)
        b = first.start()
        while b > hs and t[b - 1] in " ,:、":
            b -= 1
        a = max((c.end() for c in _CLAUSE_END.finditer(t, hs, b)), default=hs)
        tail = re.search(r"的?\s*" + _KIND + r"?\s*(?:有|是|为)?\s*$", t[a:b])
        if tail is not None and tail.start() > 0:
            b = a + tail.start()
        scene = _SCENE.match(t, a, b)
        a = scene.end() if scene else a
        if len(_CJK.findall(t, a, b)) < 2 or not _verdict_marks(t, a, b, lex):
            continue
        out.append(_List(a, end, names, (a, b), (hs, min(len(t), end + 1))))
    return out
