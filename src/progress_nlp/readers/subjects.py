"""Where a clause group changes subject.

A sentence of a news report or an item of a circular often reports several
projects in a row (A已完成1个(50%)、B已完成8个(53%), A项目主体完工,B医院
加快建设). :func:`subject_ranges` cuts such a run where a new subject starts,
so that each piece can be read as one project and its progress. The clause
vocabulary it relies on lives in :mod:`.clauses`.
"""

from __future__ import annotations

import re

from .clauses import (AMONG_GROUP, ASPECT_RE, CLOSE, COUNTED_LIST, ORDINAL, DIGIT, FACILITY_NOUN, FACILITY_THEN_WORK, GROUP_NAME, INTENT_START, LIST_ASPECT_RE,
                      NAMED_THEN_WORK, OPENER_RE, PACE_TAIL, PERIOD_PROGRESS, PLAN_WORD, PROJECT_NOUN, SHARE, STAGE_SAID, TIME_ONLY,
                      VERB_FIRST, WORK_END, after_plan, cjk_count, clean_project, names_project, report_level, scan, split_point,
                      strip_span)

__all__ = ["subject_ranges"]

# A clause that compares with or looks at the works is not a work of its own
# (超出全市重点项目…, 从项目开工情况看).
_NOT_A_WORK = re.compile(r"\s*(?:从|按|超出|超过|高于|低于|快于|慢于|比|较|对|在|与)")
# Parts of one project's works (主桥下部建设工程已基本过半): never a
# project of their own.
_PART_OF_WORK = re.compile(r"\s*(?:主桥|引桥|主体|主楼|裙楼|桩基|地基|基础|附属|下部|上部|室内|室外|一标段|二标段|标段)")
# A project named by its noun before its progress (…项目也已经|启动).
_NAMED_SUBJECT = re.compile(r"\s*([^,;:。]{2,30}?(?:" + PROJECT_NOUN + r"))\s*(?:也|均|都|亦)?\s*")
# The rest of the programme counted by its items (其余13项任务, 其他5个项目);
# 其余2个 alone may be the item's own units still to do.
_THE_REST = re.compile(r"\s*(?:其余|其他|其它|剩余|另外)\s*\d+\s*(?:项|个|件)\s*(?:民生实事|实事|任务|项目|工程|事项)")
# A facility named by its kind before its progress (…,蒲家二期经济适用房|已具备交付条件).
_FACILITY_SUBJECT = re.compile(r"\s*([^,;:。]{3,30}?" + FACILITY_NOUN + r")\s*(?:也|均|都|亦)?\s*")
# A task named in quotes (“…” or Taiwan's 「…」), after 其中 or alone (其中“A”任务|已圆满完成).
_QUOTED_SUBJECT = re.compile(r"\s*(?:其中\s*,?\s*)?((?:“[^“”]{2,40}”|「[^「」]{2,40}」)(?:任务|事项|工作|项目|工程)?)\s*(?:也|均|都|亦)?\s*")
# A level named by its indicator, then reached (全国农村自来水普及率达到87%,
# 农村低保最低标准提高到每人每月400元以上); not the item's own rates of work
# (完成率, 开工率), which _RATE_CLAUSE reads as its progress.
_LEVEL_SUBJECT = re.compile(r"\s*(?!除)(?:全国|全省|全市|全县|全区)?[\u4e00-\u9fff“”]{2,20}?"
                            r"(?:普及率|覆盖率|达标率|合格率|参保率|入园率|比例|最低标准|补助标准|保障标准)"
                            r"\s*(?:已)?(?:达到|提高到|提高至|提升至|提升到|增至|为|达)\s*(?:每人每[年月])?\s*\d")
_SUBJECT_SEP = re.compile(r"[,;、]")
# Clause starts that never open a new subject: they carry on the item.
_NO_SUBJECT = re.compile(
    r"\s*(?:其中|其余|其他|其它|剩余|另有|此外|同时|这|该|此|上述|以上|并|且|及|以及|但|目前|现|已|正在|尚|仍|暂|未|"
    r"预计|计划|拟|将|完成|建成|累计|共|实际|仅|提前|超额|基本|均|于|经|占|比|较|同比|环比|总|合计|每|截至|截止"
    r"|(?:按|按照|依照)[^,;。\d]{0,8}?(?:进度|计划|标准|要求|序时))"  # 按形象进度已完工19个: how it was counted
)
# A group of projects named with its plan (省、市重点项目总投资86.1亿元).
_PLANNED_GROUP_HEAD = re.compile(r"[^,;:。]{1,16}?(?:项目|工程)[^,;:。]{0,4}?(?:计划|总投资)")


def _reports_aspect(t: str, s: int, e: int, aspect: re.Pattern[str]) -> bool:
    """Does the clause t[s:e] end reporting its own progress by an aspect
    word after a name (A正在实施, B已完工), not a bare name?"""
    a, b = strip_span(t, s, e)
    m = aspect.search(t, a, b)
    return m is not None and m.start() > a and cjk_count(t[a : m.start()]) >= 2 and DIGIT.search(t, a, b) is None


def _reports_share(t: str, s: int, e: int) -> bool:
    """Does the clause t[s:e] report a share of its own, outside quotes
    (A完成率35%, not the criterion quoted in 「年累计支用比未达90%」)?"""
    a, b = strip_span(t, s, e)
    return a < b and t[b - 1] not in CLOSE and _gives_share(t, a, b)


def _gives_share(t: str, s: int, e: int) -> bool:
    """Does the clause t[s:e] give a share (…完成率286%, …占年计划的61.98%)?"""
    return t.find("%", s, e) >= 0 or SHARE.match(t, s, e) is not None


# A project named by its noun after 其中 (其中|太仓市街头绿化微更新项目…).
_AMONG_NAMED = re.compile(r"其中\s*[,:]?\s*([^,;:。、\d]{2,30}?(?:" + PROJECT_NOUN + r"))")
# Places alone as a clause's subject (普兰店区, 中山区、西岗区, 其他地区).
_PLACE = r"[\u4e00-\u9fff]{1,8}?(?:区|县|市|镇|乡|街道|州|旗)"
_PLACE_SUBJECT = re.compile(r"(?:(?:其他|其余)(?:地区|县区|区县|县市区|乡镇)|" + _PLACE + r")(?:、" + _PLACE + r")*")


def subject_ranges(t: str, a: int, b: int, mode: str) -> list[tuple[int, int]]:
    """t[a:b] cut where a new subject starts: a clause (after ``,``, ``;`` or
    ``、``) that names a project and reports a figure of its own
    (…已完成1个(50%)、15个农村幸福院建设已完成8个(53%), …;
    …完成率286%,屋面渗漏和外墙脱落维修1012平方米,完成率122%).

    >>> t = "2个养老机构建设已完成1个(50%)、15个幸福院建设已完成8个(53%),这2项预计10月完成"
    >>> [t[x:y] for x, y in subject_ranges(t, 0, len(t), "news")]
    ['2个养老机构建设已完成1个(50%)、', '15个幸福院建设已完成8个(53%),这2项预计10月完成']
    """
    aspect = LIST_ASPECT_RE if mode == "list" else ASPECT_RE
    if _SUBJECT_SEP.search(t, a, b) is None or (DIGIT.search(t, a, b) is None and aspect.search(t, a, b) is None
                                               and len(STAGE_SAID.findall(t, a, b)) < 2):
        return [(a, b)]
    clauses, _ = scan(t, a, b, ",;、")
    # 新、改、扩建幼儿园: one character before a 、 is a verb shortened in a
    # row of verbs sharing their object, no subject of its own.
    for k in range(len(clauses) - 2, -1, -1):
        if clauses[k][2] == "、" and cjk_count(t[clauses[k][0] : clauses[k][1]]) == 1 \
                and len(t[clauses[k][0] : clauses[k][1]].strip()) == 1:
            clauses[k : k + 2] = [(clauses[k][0], clauses[k + 1][1], clauses[k + 1][2])]
    if len(clauses) < 2:
        return [(a, b)]
    if clauses[0][2] == "," and _QUOTED_SUBJECT.fullmatch(t, *clauses[0][:2]) \
            and not any(t.startswith(("“", "「"), strip_span(t, cs, ce)[0]) for cs, ce, _ in clauses[1:]):
        # “提高城乡低保标准和救助水平”项目,|城乡低保标准已达463元/月、救助水平已达308元/月:
        # a project named alone in quotes is the subject of every clause after
        # it; the parts and levels they report are its progress.
        return [(a, b)]
    starts = [a]
    # A subject whose progress is not marked by an aspect (B达到3.88个) starts
    # an item only once the item before has its share (…完成率286%, B…).
    # ...or while the item so far is only scene or a count of projects
    # (另外1项属于生态环境工程,4月新增…). Both are folded in when needed.
    shared, lead_only, folded = False, True, 0
    named_at = -1  # where the last subject named by its noun or quotes starts
    breakdown = False  # a clause opened with 其中: what follows is the item's parts
    parts_from = -1  # the start of an item whose facilities are its parts

    def cut(at: int, k: int) -> None:
        # A new subject from t[at:]: what the folding rules learnt of the
        # item before (a share given, only scene so far) starts afresh.
        nonlocal shared, lead_only, folded
        starts.append(at)
        shared, lead_only, folded = False, False, k

    for k in range(1, len(clauses)):
        cs, ce, _ = clauses[k]
        while cs < ce and t[cs].isspace():
            cs += 1
        breakdown = breakdown or t.startswith("其中", cs)
        if clauses[k - 1][2] == "," and starts[-1] == clauses[k - 1][0] and VERB_FIRST.fullmatch(t, *clauses[k - 1][:2]) \
                and (aspect.search(t, cs, ce) or OPENER_RE.search(t, cs, ce)):
            # 有序推进A工程,|B待启用: the work going on was a subject of its own.
            cut(cs, k)
            continue
        if _LEVEL_SUBJECT.match(t, cs, ce) and not _NO_SUBJECT.match(t, cs, ce) and clauses[k - 1][2] != "、" and not breakdown \
                and (DIGIT.search(t, starts[-1], cs) or aspect.search(t, starts[-1], cs)):
            # …已完工16196处,|全国农村自来水普及率达到87%: a level named and
            # reached, after an item that reported, is a subject of its own.
            cut(cs, k)
            continue
        if ORDINAL.match(t, cs, ce) and clauses[k - 1][2] != "、" and names_project(t, cs, ce):
            # …,|第25服务业增加值增长6.5%以上: the next task of a numbered list.
            cut(cs, k)
            continue
        j = k
        while j + 1 < len(clauses) and j < k + 8 and clauses[j][2] == "、" and clauses[k - 1][2] != "、":
            j += 1  # 省、市重点项目…: a few names in a row are one subject
        ge = clauses[j][1]
        # …累计完成投资59.68亿元,其中|A项目人民路游园…全部完成: a project named
        # after 其中 and reported on starts a subject of its own.
        named_among = _AMONG_NAMED.match(t, cs, ge)
        if named_among is not None and aspect.search(t, named_among.end(), ge) is not None \
                and not report_level(t[named_among.start(1) : named_among.end()]) and COUNTED_LIST.search(t, cs, ge) is None:
            cut(named_among.start(1), k)
            continue
        # …占年计划投资的64.49%,其中:在建项目185项,总投资…: the breakdown's first group.
        among = AMONG_GROUP.match(t, cs)
        if among is not None and among.end() < ge \
                and after_plan(t, among.end(), [(among.end(), ge, ""), *clauses[j + 1 : j + 5]]) is not None:
            cut(among.end(), k)
            continue
        if clauses[k - 1][2] != "、" and _PLANNED_GROUP_HEAD.match(t, cs, ge) \
                and after_plan(t, cs, [(cs, ge, ""), *clauses[j + 1 : j + 5]]) is not None and not report_level(t[cs:ge]):
            # 省、市重点项目总投资86.1亿元,年度计划投资7.65亿元,1-5月完成…:
            # a group named with its plan, then its progress, starts a subject.
            cut(cs, k)
            continue
        if cs < ce and DIGIT.search(t, cs, ce) is None and clauses[k - 1][2] != "、":
            am = aspect.search(t, cs, ce)
            at = am.start() if am is not None else cs
            # A facility starts a subject only once the item before reports
            # something: after a bare name (“A”提升工程,|B中心已建成…) it is a part.
            # Once one facility was a part of the name before, those after it are too
            # (A提升工程,|B中心已建成投用,|C中心处于收尾阶段).
            reported = (aspect.search(t, starts[-1], cs) is not None or DIGIT.search(t, starts[-1], cs) is not None) \
                and parts_from != starts[-1]
            if am is not None and not reported and _FACILITY_SUBJECT.fullmatch(t, cs, at):
                parts_from = starts[-1]
            named = (_NAMED_SUBJECT.fullmatch(t, cs, at) or _QUOTED_SUBJECT.fullmatch(t, cs, at)
                     or (_FACILITY_SUBJECT.fullmatch(t, cs, at) if reported else None)) if am is not None else None
            if am is None and (nm := _NAMED_SUBJECT.match(t, cs, ce)) is not None and OPENER_RE.match(t, nm.end(), ce):
                named, at = nm, nm.end()  # …,蠡湖景区综合整治提升项目|完成初步方案设计
            elif am is None and not INTENT_START.match(t, cs, ce) \
                    and (fm := FACILITY_THEN_WORK.match(t, cs, ce) or NAMED_THEN_WORK.match(t, cs, ce)) is not None \
                    and (reported or STAGE_SAID.search(t, starts[-1], cs)) and STAGE_SAID.search(t, fm.end(), ce):
                named, at = fm, fm.end()  # …主体完工,|B医院|完成年度建设任务,|C中心|加快建设
            elif am is None and (qm := _QUOTED_SUBJECT.match(t, cs, ce)) is not None and 0 < cjk_count(t[qm.end() : ce]) <= 4:
                named, at = qm, qm.end()  # …已完成,“一区一老人安养中心”|跳票: a quoted name and its word
            if named is not None and names_project(t, cs, named.end(1)) and not report_level(t[cs:at]) \
                    and not _PART_OF_WORK.match(t, cs):
                # …复建,鸣羊街综合环境整治项目也已经启动: a clause that names a
                # project by its noun, then its progress, starts a subject.
                cut(cs, k)
                named_at = cs
            continue
        if cs < ce and _THE_REST.match(t, cs, ce) and named_at == starts[-1]:
            # …任务已圆满完成,|其余13项任务正有序筹备中: the rest of the
            # programme, no progress of the item named before it (the
            # programme's own statement goes on: 已有23个动工,其余12个…).
            cut(cs, k)
            continue
        if cs >= ce or _NO_SUBJECT.match(t, cs, ce) or SHARE.match(t, cs, ce):
            continue
        if PERIOD_PROGRESS.match(t, cs, ce) and not _reports_aspect(t, *clauses[k - 1][:2], aspect) \
                and not _reports_share(t, *clauses[k - 1][:2]):
            continue  # 年度棚改开工任务15130套,|前三季度全市已开工…: the task's progress, not a subject
        end = clauses[min(k + 2, len(clauses) - 1)][1]
        pace = PACE_TAIL.search(t, cs, ce)
        if pace is not None and _gives_share(t, *clauses[k - 1][:2]) \
                and GROUP_NAME.fullmatch(t, *strip_span(t, cs, pace.start())) and not report_level(t[cs : pace.start()]):
            # …占年计划的61.98%,24个重点前期项目进展顺利: after a group's
            # share, another group counted by its kind with a verdict of pace.
            cut(cs, k)
            continue
        sp = split_point(t, cs, end, mode)
        if sp is not None and sp[1] is None and sp[0] >= ce and clauses[k - 1][2] == "、" \
                and _reports_share(t, *clauses[k - 1][:2]) and (d := DIGIT.search(t, cs, ce)) is not None \
                and WORK_END.search(t, cs, d.start()) and not report_level(t[cs : d.start()]):
            # …127公里,完成88.5%、|农村公路养护提升工程400公里,完成96.2%: after a
            # share, a work named with its figure starts a subject, its own
            # share in the clause after.
            cut(cs, k)
            continue
        if sp is None or sp[1] is not None or sp[0] >= ce:
            continue
        p = sp[0]
        if t[cs:p].rstrip().endswith("率"):
            continue  # …实现开工38项,新开工率|达32%: the rate of the item before
        if clauses[k - 1][2] == "、" and not aspect.match(t, p) and not _reports_share(t, *clauses[k - 1][:2]) \
                and not _reports_aspect(t, *clauses[k - 1][:2], aspect):
            # A、B等: names in a row, unless each reports (…已完成1个、B已完成8个,
            # A完成率35%、B完成率50%, A正在实施、B…5月份开工)
            continue
        if DIGIT.search(t, p, ce) is None or report_level(t[cs:p]):
            continue
        if breakdown and _PLACE_SUBJECT.fullmatch(t, *strip_span(t, cs, p)):
            # …累计完成总工程量70.8%,其中长海县已全部完工,|普兰店区完成95%: the
            # places after 其中 are where the item's work stands, not items.
            continue
        # A subject named as a work of its own (新桥港工程|完成防洪墙920米, 一期
        # 工程|进度70%) starts one whatever the item before gave, once that
        # item reports something (a figure, an aspect) and is no plan waiting
        # for its progress (年度计划投资1012亿元,1至9月,全市重点建设项目完成投资…).
        named_work = WORK_END.search(t, cs, p) is not None and not _PART_OF_WORK.match(t, cs) \
            and not _NOT_A_WORK.match(t, cs) and PLAN_WORD.search(t, starts[-1], cs) is None \
            and (DIGIT.search(t, starts[-1], cs) is not None or aspect.search(t, starts[-1], cs) is not None)
        if not aspect.match(t, p) and not named_work:
            while folded < k and not shared:
                pc, pe_, _ = clauses[folded]
                shared = _gives_share(t, pc, pe_)
                if lead_only:
                    qa, qb = clean_project(t, pc, pe_)
                    lead_only = qa >= qb or report_level(t[qa:qb]) or TIME_ONLY.fullmatch(t, qa, qb) is not None
                folded += 1
            if not shared and not lead_only:
                continue
        cut(cs, k)
    return [(x, starts[k + 1] if k + 1 < len(starts) else b) for k, x in enumerate(starts)]
