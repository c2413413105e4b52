"""Lists with no 等: places or offices named by 、 then a word of pace
(``七都镇、桃源镇推进速度较快``), and three projects or more named by
commas, each ending with its kind (``A改造工程,B攻坚行动,C建设项目…``)."""

from __future__ import annotations

import re

from ...lexicon import Lexicon
from ...signals import find_cues
from .patterns import _KIND, _NAME_STOP, _Name, _PLACE, _PROGRESS_NOUNS
from .common import (_List, _before_filler, _before_next_list, _body_end, _last_own_mark, _sentence, _split_names,
    _verdict_end, _verdict_marks)

# Places or offices named by 、 with no 等 (七都镇、桃源镇、平望镇; 教育局、
# 吴江供电公司), a bracketed other name allowed (东太湖度假区(太湖新城)).
_UNIT_NAME = re.compile(r"(?:省|市|区|县|镇|乡|街道|社区|开发区|度假区|园区|新区|新城|局|委|办|中心|公司|集团|管委会)"
                        r"(?:\([^()]{1,12}\))?$")
_UNIT_RUN = re.compile(r"[^、,;。:!?\n]{2,24}(?:、[^、,;。:!?\n]{2,24})+")
_MANNER = "均也都仍"
# The pace words that make such a run a list: a place is never finished.
_PACE_KINDS = frozenset({"ahead", "on_pace", "delay"})


def _units(t: str, lex: Lexicon) -> list[_List]:
    """东太湖度假区(太湖新城)、吴江开发区、七都镇推进速度较快,超过或符合序时进度:
    a clause that opens with places or offices named by 、 (no 等 needed:
    each name ends like one) and goes on at once with a word of pace."""
    out = []
    for m in _UNIT_RUN.finditer(t):
        start, end = m.span()
        last = t.rfind("、", start, end) + 1
        sentence = _sentence(t, start, end)
        rest_end = _before_next_list(t, last, _body_end(t, sentence))
        marks = _verdict_marks(t, last, rest_end, lex)
        if not marks or marks[0][0] >= end or not any(c.kind in _PACE_KINDS for c in find_cues(t[marks[0][0] : marks[0][1]], lex)):
            continue
        # The last name ends where the pace word begins, or a word of
        # manner before it (均, 也, 都).
        cut = marks[0][0]
        while cut > last and t[cut - 1] in _MANNER:
            cut -= 1
        names = _split_names(t, start, cut)
        if names is None or len(names) < 2 or not all(_UNIT_NAME.search(n) for n, _, _ in names):
            continue
        a = marks[0][0]
        out.append(_List(start, cut, names, (a, _verdict_end(t, _last_own_mark(t, marks, rest_end), rest_end)), sentence))
    return out


# A project's name ends with its kind (老旧小区改造工程, 攻坚专项行动,
# 住宅加装电梯项目, 声屏障建设) when listed with commas and no 等.
_KIND_END = re.compile(rf"(?:{_KIND}|建设|改造|提升)\s*(?:\([^()]{{1,20}}\))?$")
# …建设 after a word of work going on is that name's own stage (城南污水处理
# 厂加快建设, B开工建设): a report, not a name waiting for the list's verdict.
_OWN_STAGE_END = re.compile(r"(?:加快|开工|复工|全面|正在|积极|有序|稳步|持续|抓紧|加紧)(?:推进)?(?:建设|改造|提升)$")
# Commas are weaker than 、: a list by commas names three projects or more.
_COMMA_NAMES = 3


def _comma_kinds(t: str, lex: Lexicon) -> list[_List]:
    """老旧小区改造工程,“打通断头路”攻坚专项行动,…,“孺子书房”建设项目预计11月份完成年度任务:
    projects named by commas with no 等, each ending with its kind, the
    verdict at once after the last (words of time or manner between). The
    names are read back from the verdict, clause by clause, while each names
    a project and nothing more."""
    out = []
    taken_to = -1
    for a, _b in _verdict_marks(t, 0, len(t), lex):
        if a <= taken_to:
            continue
        end = _before_filler(t, max(0, a - 60), a)
        if t[end - 2 : end] in _PROGRESS_NOUNS:
            end -= 2  # …工程进度|滞后: the verdict's own noun
        names: list[_Name] = []
        while True:
            lo = max(0, end - 60)
            stops = [m.end() for m in _NAME_STOP.finditer(t, lo, end)]
            if not stops and lo > 0:
                break
            start = stops[-1] if stops else 0
            part = _split_names(t, start, end, "\x00")  # one name: no separator splits it
            if part is None or not _KIND_END.search(part[0][0]) or _PLACE.search(part[0][0]) \
                    or _OWN_STAGE_END.search(part[0][0]):
                break
            names.insert(0, part[0])
            if start == 0 or t[start - 1] != ",":
                break
            end = start - 1
        if len(names) < _COMMA_NAMES:
            continue
        sentence = _sentence(t, names[0][2][0], a)
        rest_end = _before_next_list(t, a, _body_end(t, sentence))
        marks = _verdict_marks(t, a, rest_end, lex)
        # The words between the last name and the verdict (预计11月份) say
        # what the verdict is: expected, not done.
        v = names[-1][2][1]
        out.append(_List(names[0][2][0], v, names, (v, _verdict_end(t, _last_own_mark(t, marks, rest_end), rest_end)), sentence))
        taken_to = rest_end
    return out
