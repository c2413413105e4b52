"""The thing a clause names when it opens with its progress.

News and circulars often write the work done first and the thing after it
(建成|干鲜果基地|7.43万亩, 完成了|二马路亮化工程). :func:`clause_object`
and :func:`done_thing` find that thing, so that it can stand as the project
of a row whose progress is the whole clause.
"""

from __future__ import annotations

import re

from .clauses import (ASPECT_RE, ASPECT_START, CLAUSE_END, DIGIT, DONE_FIRST, FIGURE, GENERIC_OBJECTS, GENERIC_VERB, OPENER_RE,
                      PLACE_WORDS, TRIM, VERB_FIGURE, WORK_FIRST, cjk_count, report_level, strip_span)

__all__ = ["FOR_WHOM", "clause_object", "done_thing", "names_examples"]

# Money for works is not the works (新建改扩建幼儿园…资金分别为450万元).
_NOT_WORKS = re.compile(r"资金|投资|经费|补助|分别")
# A rate after the thing (744套保障性租赁住房、开工率100%).
_RATE_AFTER = re.compile(r"、[^、,;。]{0,6}率")
# A verb of work done, said as such (完成了, 已建成了): the clause reports
# what it names even without a figure.
_DONE_LE = re.compile(r"\s*(?:已经|已|均已|还|并|先后)?(?:实施|建设)?(?:完成|建成|竣工|完工|启动|开工建设|开工|实施|改造|新建|修建|硬化)了")
# A work named with counts in its name (10条城市“断头路”畅通工程): a name, not a count.
_NAMED_WORK = re.compile(r"(?:工程|项目|行动)$")
# Words of work with no thing (开工建设, 基本建设完成): what was done, not to what.
_VERBS_ONLY = re.compile(r"(?:开工|新开工|开复工|建设|施工|完工|竣工|改造|新建|建成|基本|完成)+")
_NEXT_PREDICATE = re.compile(r"\s*(?:并且|并|同时|且|还|以及)(?=[\u4e00-\u9fff])")
_DATE_NEXT = re.compile(r"\s*(?:\d{2,4}\s*年|\d{1,2}\s*月|今年|目前)")
# Work done for people counted first, the thing after the verb (为全市20062户
# 农户|建成|无害化厕所, 为1.2万名老人购买2020年度|意外伤害保险): the count
# is of whom it served; the thing closes the clause. A year before the
# thing (2020年度) dates it.
FOR_WHOM = re.compile(r"\s*(?:已|累计|共)?为[^,;:。]{0,30}?\d[^,;:。]{0,24}?(?:免费)?"
                      r"(?:购买|建成|发放|提供|开展|安装|办理|建立|新建|改造|配备|进行)了?\s*(?:\d{4}\s*年度?)?")
# A service counted by the people it reached, after the publisher's place
# (全市|学生眼疾病筛查|34812人): the service names the thing.
_SERVICE_COUNTED = re.compile(r"\s*(?P<thing>[\u4e00-\u9fff“”]{2,20}?(?:筛查|体检|接种|培训|检查|救助|资助|帮扶|免费检查))"
                              r"\s*\d+(?:\.\d+)?\s*万?\s*(?:人次|人|户|例|剂|名)")


def names_examples(t: str, a: int, b: int) -> bool:
    """Do the words t[a:b] before a figure close with 等, naming examples of
    the thing counted after it (建成燕沟口、南河滨路等|14个|“口袋公园”)?

    >>> t = "建成燕沟口、南河滨路等14个口袋公园"
    >>> names_examples(t, 2, t.index("14")), names_examples("新增持证护理员71人", 2, 7)
    (True, False)
    """
    return t[a:b].rstrip().endswith("等")


def clause_object(t: str, a: int, b: int) -> tuple[int, int] | None:
    """The thing a clause that opens with its progress names, when it
    reports a figure of its own: 建成|干鲜果基地|7.43万亩,
    已|帮扶困难退役军人和军属烈属|431人, 已建成11家|全国、省、市最美工会驿站.
    None for 已完成投资2000万元 (no object) and for clauses with a subject.

    >>> t = "已建成11家最美工会驿站,完成率110%"
    >>> t[slice(*clause_object(t, 0, len(t)))]
    '最美工会驿站'
    """
    # 全市|已完成通村公路136.9公里: the publisher's own place is where the
    # work was done, not a subject that names it.
    starts = (a, a + 2) if t.startswith(PLACE_WORDS, a) else (a,)
    served = next((fm for x in starts if (fm := FOR_WHOM.match(t, x, b))), None)
    if served is not None:
        ce = CLAUSE_END.search(t, served.end(), b)
        x, y = strip_span(t, served.end(), ce.start() if ce else b)
        return (x, y) if cjk_count(t[x:y]) >= 3 and DIGIT.search(t, x, y) is None and not report_level(t[x:y]) else None
    if len(starts) == 2 and (sm := _SERVICE_COUNTED.match(t, a + 2, b)) is not None:
        return sm.span("thing")
    m = next((m for x in starts
              if (m := OPENER_RE.match(t, x, b) or ASPECT_START.match(t, x, b) or VERB_FIGURE.match(t, x, b)
                  or WORK_FIRST.match(t, x, b))), None)
    if m is None:
        return None
    v = m.end()
    if _DATE_NEXT.match(t, v, b):
        return None  # 截至|104年1月为止累计进度达…: the date reported to, no thing
    ce = CLAUSE_END.search(t, v, b)
    ce_pos = ce.start() if ce else b
    if m.re is WORK_FIRST and (ASPECT_RE.search(t, v, b) or _NOT_WORKS.search(t, v, ce_pos)):
        # 新建输变电项目|群星…变电站已投运, 新建燃气管网60公里,|已新建62.7公里:
        # a later 已 makes the opening a task or a name;
        # 新建改扩建幼儿园…资金分别为450万元: money for the works, not works done.
        return None
    f = FIGURE.search(t, v, ce_pos)
    if f is None:
        return None
    if t[v : f.start()].rstrip().endswith("有"):
        return None  # 已完成的有2项(A、B): a count of what is named, no thing of its own
    gv = GENERIC_VERB.match(t, v, f.start())  # 已|完成|广州|35个…: the verb after 已 is no part of the thing
    if not names_examples(t, v, f.start()) and cjk_count(t[gv.end() if gv else v : f.start()]) >= 3 \
            or _NEXT_PREDICATE.match(t, f.end(), ce_pos):
        # 新建管网2.5公里|并创新服务机制: after 并 a new verb, not the thing.
        x, y = v, f.start()
    else:
        x, y = f.end(), ce_pos
    rate = _RATE_AFTER.search(t, x, y)
    if rate is not None:
        y = rate.start()  # 744套保障性租赁住房、开工率100%: the rate is no part of the thing
    for more in FIGURE.finditer(t, x, y):
        # 完成3个小区、179户城市供水设施改造: the thing follows the last
        # figure; a figure left in it would pass for the year's task.
        x = more.end()
    x, y = strip_span(t, x, y)
    if m.re is WORK_FIRST and x == v:
        x = m.start("verb")  # 新建|农村公路|206公里: the verb names the work, as 新增城镇就业 does
    if t.startswith("的", x) and y - x > 1:
        x += 1  # 完成了1万平方米|的|农垦大道改造工程: 的 joins the figure to its thing
    head = GENERIC_VERB.match(t, x, y)
    bare = t[head.end() if head else x : y].strip(TRIM)
    # A verb of building names its thing in two characters too (新建|管网).
    if cjk_count(bare) < (2 if m.re is WORK_FIRST else 3) or bare in GENERIC_OBJECTS or _VERBS_ONLY.fullmatch(bare):
        return None  # 已完成投资…, 已完成绿化…, 已开工建设121所: no thing of its own
    return x, y


def done_thing(t: str, a: int, b: int) -> tuple[int, int] | None:
    """The thing a clause that says it was done names, with no figure:
    完成了|二马路亮化工程, 已建成了|镇文化站. None for a task or the year's
    work (完成了年度任务) and for a clause with a subject before its verb.

    >>> t = "完成了农贸市场西门道路改造工程;"
    >>> t[slice(*done_thing(t, 0, len(t)))]
    '农贸市场西门道路改造工程'
    """
    m = _DONE_LE.match(t, a, b) or DONE_FIRST.match(t, a, b)
    if m is None:
        return None
    ce = CLAUSE_END.search(t, m.end(), b)
    x, y = strip_span(t, m.end(), ce.start() if ce else b)
    bare = t[x:y].strip(TRIM)
    # 地铁3号线 is a name; a figure (3处, 120公里) says the clause counts.
    if cjk_count(bare) < 3 or bare in GENERIC_OBJECTS or _VERBS_ONLY.fullmatch(bare) or report_level(bare) \
            or (FIGURE.search(bare) if m.re is DONE_FIRST else DIGIT.search(bare) and not _NAMED_WORK.search(bare)):
        return None
    return x, y
