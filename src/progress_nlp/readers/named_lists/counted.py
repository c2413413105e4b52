"""Lists anchored on a count or on 等: bracketed (``3项(A、B、C)``), a
verdict before the bracket, quoted (``“A”、“B”等17项超额完成``) and plain
(``A、B、C等项目已提前完成``)."""

from __future__ import annotations

import re

from ...lexicon import Lexicon
from ...signals import find_stages
from .patterns import (_ALONG, _BRACKETED, _CJK, _CLAUSE_END, _COUNT, _COUNTED_NAME, _DONE_ATTRIBUTE, _ETC, _FILLER,
    _HAVE, _KIND_END_RE, _LEAD, _Name, _ONE_QUOTED, _PLACE, _PLAIN_START, _PROGRESS_IN_NAME, _PROGRESS_UNDER_HEADING, _QUOTED,
    _QUOTED_NAME, _STAGE_FIRST, _WORK_VERBS)
from .common import (_List, _around, _before_next_list, _body_end, _count, _heading_before, _last_own_mark, _sentence,
    _split_names, _verdict_end, _verdict_marks)


def _bracketed(t: str, lex: Lexicon) -> list[_List]:
    out = []
    for m in _BRACKETED.finditer(t):
        names = _split_names(t, m.start("names"), m.end("names"), "、,;")
        if names is None or len(names) != _count(m.group("count")):
            continue  # 20个(含3个在建): a bracket, not the list of a count
        found = _around(t, m, names, lex)
        if found is not None:
            out.append(found)
    return out


# A count, its verdict, then its names in brackets (3项已完成(A、B、C),
# 7项未达预期(A、B…)): the verdict said between the count and the names.
_VERDICT_BRACKETED = re.compile(_COUNT + r"\s*(?:项|个|件)\s*(?P<verdict>[^,;:。()\d]{2,10}?)\s*\((?P<names>[^()]{2,400})\)")


def _verdict_bracketed(t: str, lex: Lexicon) -> list[_List]:
    out = []
    for m in _VERDICT_BRACKETED.finditer(t):
        # The names are tasks, as under a heading that counts them (完成A任务).
        names = _split_names(t, m.start("names"), m.end("names"), "、,;", _PROGRESS_UNDER_HEADING)
        if names is None or len(names) != _count(m.group("count")):
            continue  # the names number what the count says
        if not _verdict_marks(t, *m.span("verdict"), lex):
            continue  # 3个(…)住宅小区: no verdict, a bracket of a name
        out.append(_List(m.start(), m.end(), names, m.span("verdict"), _sentence(t, m.start(), m.end())))
    return out


def _quoted_names(t: str, m: re.Match[str]) -> list[_Name] | None:
    """The quoted names of a run matched as ``names``, each with its marks
    and the lead unit in brackets after it; None when one of them is no
    name (fewer than two Chinese characters)."""
    names: list[_Name] = []
    for q in _ONE_QUOTED.finditer(t, m.start("names"), m.end("names")):
        name = q.group("name").strip()
        if len(_CJK.findall(name)) < 2:
            return None
        lead = q.group("lead") or ""
        b = q.end("name") + 1  # the name with its marks, without the lead after it
        names.append((t[q.start() : b], lead if _LEAD.search(lead) else "", (q.start(), b)))
    return names


def _quoted(t: str, lex: Lexicon) -> list[_List]:
    out = []
    for m in _QUOTED.finditer(t):
        names = _quoted_names(t, m)
        if names and len(names) <= _count(m.group("count")):
            found = _around(t, m, names, lex)
            if found is not None:
                out.append(found)
    return out


# “A”、“B”及“C”陆续开工: two quoted names or more, no count, then at once a
# word of manner and the stage or verdict said of all of them.
_QUOTED_RUN = re.compile(rf"(?<![、和及与”])(?P<names>{_QUOTED_NAME}(?:\s*[、,和及与]\s*{_QUOTED_NAME})+)"
                         r"(?P<rest>\s*(?:均已|均|都已|都|也已|已全部|已经|已|全部|陆续|相继|先后)[^,;。]{1,16})")


def _quoted_uncounted(t: str, lex: Lexicon) -> list[_List]:
    """Quoted names with no count whose clause goes on, after a word of
    manner, to a verdict or a stage reached or under way (“A”、“B”及“C”陆续
    开工, “A”和“B”均已建成投用): each name takes that clause."""
    out = []
    for m in _QUOTED_RUN.finditer(t):
        names = _quoted_names(t, m)
        if names is None:
            continue
        a, b = m.span("rest")
        while a < b and t[a] in " ,、":
            a += 1
        if len(names) >= 2 and (_verdict_marks(t, a, b, lex) or find_stages(t[a:b], lex)):
            out.append(_List(m.start(), b, names, (a, b), _sentence(t, m.start(), b)))
    return out


# A verb that urges work opening the list (推动, 加快, 确保, 力争, 督促): what
# follows is the plan for those projects, not where they stand.
_URGED = re.compile(r"\s*(?:推动|加快|确保|力争|督促|争取|抓紧|全力推进|加快推进|推进)")
# A share of the work said of a counted list (等8项完成进度80%以上, 等3项完成进度低于80%).
_SHARE_VERDICT = re.compile(r"\s*(?:均|都)?\s*(?:完成进度|完成率|工程进度|形象进度|总体进度|进度)\s*(?:均)?\s*(?:达到|达|为|已达|在)?\s*"
                            r"(?:低于|高于|超过|不足|达到)?\s*\d+(?:\.\d+)?\s*%\s*(?:以上|以下|左右)?")


_CLAUSE_MARK = re.compile(r"[。;!?:,\n]")
_INCLUDING = re.compile(r"\s*(?:包括|包含)\s*")
_PROGRESS_IN_KINDED = re.compile(r"已|正在|尚未|%|完成")


def _plain(t: str, lex: Lexicon) -> list[_List]:
    out = []
    # Lists closed by their count and a comma with no verdict of their own
    # (A、B、C 12大项,D、E等小项已提前完成): the list after shares its verdict.
    waiting: list[tuple[int, int, list[_Name], tuple[int, int]]] = []
    for m in _ETC.finditer(t):
        end = m.start()
        # The list opens a clause; a text that opens with it starts at 0.
        start = max((c.end() for c in _PLAIN_START.finditer(t, max(0, end - 400), end)), default=0 if end <= 400 else -1)
        if start < 0 or start >= end:
            continue
        # 已有A、B、C 3个项目全面完成, 26项重点项目已经有A等3项已完工: the
        # names follow 已有, wherever it stands in the clause.
        if t.endswith(("包括", "包含"), 0, start):
            # 完成了包括A、B等31个项目: the stage before the word that opens the list is its verdict.
            back = max((c.end() for c in _CLAUSE_MARK.finditer(t, max(0, start - 16), start - 2)), default=max(0, start - 16))
            if _STAGE_FIRST.fullmatch(t, back, start - 2):
                start = back
        have = [h.end() for h in _HAVE.finditer(t, start, end)]
        start = have[-1] if have else start
        along = _ALONG.match(t, start, end)
        start = along.end() if along else start  # 随着A、B等一大批民生工程相继完工: 随着 is no part of a name
        # 已完工的A、B等学校均已开学投用: the stage in the attribute is said
        # again by the verdict; the names follow it.
        done_attr = _DONE_ATTRIBUTE.match(t, start, end)
        start = done_attr.end() if done_attr else start
        # 新开工建设A、B等164个项目: the stage the list reached may come first,
        # when the list is counted or named by its kind.
        # (A count with no kind, 南苑、东湖、西岭3个|社区长者食堂, counts things.)
        kindless = bool(m.group("bare")) and not m.group("kind")
        first = _STAGE_FIRST.match(t, start, end) if m.group().strip() != "等" and not kindless else None
        if first and first.group().strip().rstrip("了").endswith(_WORK_VERBS) \
                and not (m.group("count") and _KIND_END_RE.search(m.group())):
            # 完成景墙、步道、绿化等民生服务项目建设, 完成了“走近陶行知”等8个
            # (视频课程): the parts of one project's work, not projects.
            first = None
        verb = (start, first.end()) if first else None
        start = first.end() if first else start
        if first is not None and (inc := _INCLUDING.match(t, start, end)) is not None:
            start = inc.end()  # 完成了|包含|A、B等共31案工程: the word that opens the list is no name's
        if _URGED.match(t, start, end):
            continue  # 推动A、B等57个未开工项目按时序开工: work urged, a plan, not a verdict
        # Closed by 等 and their kind (…等民生实事项目), the names are tasks:
        # 实现, 达到 in one (城镇失业人员实现再就业) are its task's words; 完成
        # still says work done or the list's work (完成景墙、步道等…项目建设).
        kinded = m.group().strip() != "等" and _KIND_END_RE.search(m.group()) is not None
        names = _split_names(t, start, end, "、", _PROGRESS_IN_KINDED if kinded else _PROGRESS_IN_NAME)
        count = m.group("count") or m.group("bare")
        if count is not None and names is not None and len(names) < _count(count):
            # A及B 2个项目: names joined by 及/和/与 when the count says so.
            joined = _split_names(t, start, end, "、及和与")
            if joined is not None and len(joined) == _count(count):
                names = joined
        if names is None or len(names) < (1 if m.group("count") else 2) or all(_PLACE.search(n) for n, _, _ in names):
            continue
        if count is not None and len(names) > _count(count):
            continue
        if m.group("bare") and len(names) != _count(count):
            # A、B 2项正在…, A及B 2个项目: a count with no 等 numbers the names
            # (今年县委、县政府确定的15件为民办实事项目: no list of 15).
            continue
        if m.group("bare") and any(_COUNTED_NAME.search(n) for n, _, _ in names):
            continue  # 惠安3个项目、泉港2个项目、南安4个项目: each name has its count
        sentence = _sentence(t, start, m.end())
        among = t.endswith("其中", 0, start) or t.endswith("其中,", 0, start)
        if m.group().strip() == "等" and not among \
                and (_verdict_marks(t, sentence[0], start, lex) or find_stages(t[sentence[0] : start], lex)):
            # A主体验收完成,内外墙粉刷、消防等施工结束: after a clause that
            # reports a project's own stage, names listed with a bare 等 are
            # its parts, not projects (unless 其中 makes them members of a
            # group: 工程类项目全部开工,其中A、B等全部完工).
            continue
        rest_end = _body_end(t, sentence)
        rest_end = _before_next_list(t, m.end(), rest_end)
        marks = _verdict_marks(t, m.end(), rest_end, lex, ongoing=True)
        if not marks and m.group("count") and (share := _SHARE_VERDICT.match(t, m.end(), rest_end)) is not None:
            marks = [share.span()]  # A、B等8项完成进度80%以上: a share of the work, said of each
        # The verdict follows at once (等项目已提前完成), else 等 ends a
        # list of parts (音响、灯光等设备已完成招标) or places (等地).
        filler = _FILLER.match(t, m.end())
        assert filler is not None  # (…)* matches everywhere
        if not marks or marks[0][0] > filler.end():
            if (m.group("bare") or m.group("count")) and t[m.end() : m.end() + 1] in ",,":
                # A、B、C 12大项,|D等小项已提前完成; A等8个大项目,|B等12个子项目已完成:
                # a counted list closed by a comma shares the verdict of the next.
                waiting.append((start, m.end(), names, sentence))
            if kindless:
                continue  # its verdict must follow at once
            if verb is not None:  # 新开工建设A、B等164个项目: the stage before is the verdict
                # 完成A、B等4个项目主体施工: the part of the work reached follows the
                # count, and the verdict is the verb to the end of that clause.
                tail = _CLAUSE_END.search(t, m.end(), rest_end)
                clause_end = tail.start() if tail else rest_end
                out.append(_List(start, m.end(), names, (verb[0], clause_end) if clause_end > m.end() else verb, sentence))
            elif (heading := _heading_before(t, start, m.end(), len(names), lex)) is not None:
                out.append(_List(start, m.end(), names, heading, (heading[0], sentence[1])))
            continue
        # 等26个项目滞后: the count and kind open the progress; a verb before
        # the names (完成A、B等4个项目主体施工) opens it, names and all.
        a = verb[0] if verb is not None else m.start()
        out.append(_List(start, m.end(), names, (a, _verdict_end(t, _last_own_mark(t, marks, rest_end), rest_end)), sentence))
    for start, end, names, sentence in waiting:
        after = next((x for x in out if x.start == end + 1 and x.sentence == sentence), None)
        if after is not None:
            out.append(_List(start, end, names, after.verdict, sentence, shared=True))
    return out  # read_named_lists orders every kind of list by its start
