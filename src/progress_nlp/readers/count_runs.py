"""Runs of count clauses: one sentence of news reporting several things done.

Year-end and press-conference news lists the year's results as a run of
clauses, each with its own verb, thing and count, under a topic and the
place that did them::

    养老服务方面,金华开发区新增持证护理员71人,培训养老护理服务人员1126人次,
    并为近3.3万名老年人购买了意外伤害保险。

Each such clause is an item of its own (the things differ; the place is the
publisher, not a project), so :func:`count_run` returns one span per item.
The rule, stated so that it can be tested:

* the sentence opens, after scene-setting (a time, ``X方面,``, ``聚焦X,``,
  a connective) and an optional place subject (``全市``, ``金华开发区还``),
  either with a clause that reports (a verb of work, then a count or ``了``)
  or with clauses that report nothing and count nothing (the scene:
  ``金华开发区持续加大就业创业支持力度``), which are left out;
* an item starts at each clause that reports a thing of its own; a clause
  that reports nothing (``实现乡镇公办中心园全覆盖``, ``营造良好就业环境``),
  counts only money or a rate (``完成投资8.1亿元``, ``完成率达120%``), names
  no thing besides its verb (``完成改造300户``) or a further stage of the
  thing before (same measure, no more of it, a word in common:
  ``开工建设综合管廊8.18公里,完成廊体2.36公里``) goes on with the item
  before (a closing clause of rates, one for each item, is handed back to
  them by the prose reader); the first item keeps the place (``全市开工新建改造城市道路8条``);
* the thing (the item's project) is what the verb counts, before the figure
  or after it (``新增|持证护理员|71人``, ``建立75.72万份|屈光发育档案``),
  with the verb when it stands right before the thing (``新增持证护理员``:
  the work names the task, as a year's list writes it); names
  before the figure that close with 等 are examples of the thing after it
  (``建成燕沟口、南河滨路等14个|“口袋公园”``);
* one verb said of an enumeration (``完成A120公里、新建B15个、C改造8公里``,
  ``先后完成A71.74万亩、S231昌五路建成通车``) makes an item of each part
  when every part names its thing (not only verbs: ``新开工11万套、基本
  建成13.21万套`` are stages of one) and closes on its count or its stage,
  no part but the first opens with a place (``其中A区完成…、B区完成…``),
  and a place did the work or other clauses report too; a count that
  opens a part (``对2735家加油站、26408把加油枪的计量检定``) names one
  thing said after the last, and keeps the clause whole;
* two items at least, or it is no run (one clause of progress is read as
  news of one project, :mod:`.prose`); with ``one=True`` also a single
  item whose clauses are stages of one thing (``开工建设综合管廊8.18公里,
  完成廊体2.36公里``), which the news reader would cut at the comma.
  A topic said as the pace of a kind of work (``城建重点项目加快实施,``)
  is scene, like a time or ``X方面,``.

No run either, and the sentence is left to the news reader, when a clause
states a plan (``计划建成200公里…``), a task with its progress
(``项目80个均已开工``, ``…危险点已搬迁103户``), the programme's own tally
(``竣工项目48个``), or when the sentence opens with a subject of its own
(``老旧小区改造工程新增改造小区10个``).
"""

from __future__ import annotations

import re

from ..lexicon import Lexicon
from ..numerals import parse_number
from .clause_objects import names_examples
from .clauses import PLACE_WORDS, alt, scan, strip_span
from .figures import CLOSING_FIGURE, FIGURE

__all__ = ["count_run"]

# Scene before the subject: a time, a topic, a connective.
_SCENE = re.compile(
    r"""\s*(?:
        (?:在)?[^,;。:]{1,16}?方面\s*,                 # 养老服务方面,
      | (?:聚焦|围绕|针对|着眼于?)[^,;。:]{1,16}?,       # 聚焦儿童关爱,
      | (?:同时|此外|另外|其次|再次|最后|一年来|今年以来|目前|截至目前|当前)\s*,?
      | (?:今年|去年|本年|全年|(?:19|20)\d{2}\s*年)(?:以来)?\s*,?
      | 其中\s*[,:]                                  # (…全部完成。)其中, : the results it sums up
      | (?:截至|截止|截止到|到)\s*(?:\d{4}\s*年)?\s*\d{1,2}\s*月(?:份)?(?:底|末|尾)?\s*,   # 截至6月底, : the period
      | [^,;。:]{0,12}?(?:称|指出|表示|显示|介绍)\s*,               # 《报告》称, : a source
    )""",
    re.X,
)
# The place that did the work: the publisher, never a project.
_PLACE = re.compile(r"\s*(?:" + alt(PLACE_WORDS) + r"|[\u4e00-\u9fff]{1,10}?(?:开发区|新区|园区|街道|区|县|市|镇|乡|州))")
_ADVERB = re.compile(r"\s*(?:还|也|已经|已|共|均|先后|累计|持续|基本|全部|全面)*")
# A breakdown of the result before (其中…, 包括…, 含…).
_BREAKDOWN = re.compile(r"\s*(?:其中|包括|含)")
# What a result did for people, not a result (进一步提升了…, 有效缓解了…, 切实满足…).
_EFFECT = re.compile(r"\s*(?:进一步|有效|切实|极大|大大|不断|更好|逐步)(?:地)?[\u4e00-\u9fff]{1,4}?(?:了)?")
_CONNECTIVE = re.compile(r"\s*(?:并且|并|还|同时|以及|另外|此外|也)\s*")
# Verbs a clause of results opens with, besides the metric verbs of the
# lexicon (metric_verbs.txt): what year-end news says was done.
_MORE_VERBS = ("接种", "购买", "引进", "培育", "铺设", "投放", "帮扶", "建立", "提升", "改造提升", "开通", "招聘",
               "新增设置", "新增加", "开工建设", "新开工", "建成投用", "分配", "诊疗", "完成", "启动", "改扩建", "新(改、扩)建", "新改扩建",
               # what was done to the thing (整治城区外墙瓷砖4.5万平方米); not metric verbs,
               # being nouns as often (生活污水治理村庄61个)
               "整治", "治理", "修缮", "维修", "硬化", "拓宽改造", "拓宽", "新修")
# Metric words that are no verb of work at the head of a clause.
_NOT_OPENING = frozenset({"累计", "共计", "总计", "合计", "达", "达到", "受益", "就业", "通过", "实现"})
# A count: its number, magnitude and measure word, read whole (66.6万平方米).
_DATE = re.compile(r"\d+\s*(?:年|月|日|号|时|季度|周岁)")
# Where a thing named after its figure ends (建立75.72万份|屈光发育档案|,).
_THING_END = re.compile(r"[、,;。]|并|和|及")
# Words of approximation the figure keeps (培训…近|6900人次).
_ABOUT = "近约逾超过达余"
_EDGES = " \t\r\n\u3000,;:、。!?"
_MONEY_OR_RATE = re.compile(r"\s*(?:已|累计|共)?(?:完成|实现|落实|到位|拨付|下达)?(?:投资|资金|投入|产值)|[^,;。]{0,6}率")
# A topic said as the pace of a kind of work, before its results: 城建重点项目加快实施,
_TOPIC = re.compile(r"\s*[^,;。:\d]{2,16}?(?:加快实施|稳步推进|有序推进|扎实推进|加快推进|全面推进|进展顺利)\s*,")
# A plan, an aim or a forecast before the verb: no result.
_PLAN = re.compile(r"计划|拟|将|力争|预计|目标|任务|要")
# A count followed by its progress: the count names the task (项目80个均已开工).
_SUBJECT = re.compile(r"\d\s*[万亿千百]?[\u4e00-\u9fff]{1,2}\s*(?:均已|已经|已|正在|全部|均)")
# An aspect between the verb and the count: the "verb" was a subject's
# (搬迁安置地质灾害危险点|已搬迁103户).
_ASPECT = re.compile(r"已|正在|尚未|均")
# Things that are the programme's own items.
_TALLY = re.compile(r"项目$|^项目|^(?:个|项|件)|实事")


def _verb_words(lx: Lexicon) -> set[str]:
    return {w for w in lx.metric_verbs if w not in _NOT_OPENING} | set(_MORE_VERBS)


def _verbs(lex: Lexicon) -> re.Pattern[str]:
    return lex.cached("count_run_verbs", lambda lx: re.compile(alt(_verb_words(lx))))


def _opening(lex: Lexicon) -> re.Pattern[str]:
    def build(lx: Lexicon) -> re.Pattern[str]:
        verbs = alt(_verb_words(lx))
        # 为近3.3万名老年人|购买了…: whom it was done for; 整合资源|改造提升…: how.
        # The count may stand in the 为 phrase (为超过1万名重点人群|提供就业帮扶).
        return re.compile(
            r"\s*(?:已经|已|累计|共|先后|均)?(?:"
            r"(?:为[^,;。]{1,30}?|[\u4e00-\u9fff]{2,4}?)??(?:免费)?(?:" + verbs + r")(?:(?P<le>了)|(?=[^,;。]*?\d))"
            r"|为[^,;。]{0,12}?\d[^,;。]{0,20}?(?:免费)?(?:" + verbs + r")(?P<for>了?))"
        )

    return lex.cached("count_run_opening", build)


def _counts(t: str, s: int, e: int) -> bool:
    """Does t[s:e] count a thing (71人, 3.3万名, 24台), not a date or an age?"""
    return any(_DATE.match(t, m.start()) is None for m in FIGURE.finditer(t, s, e))


def _first_figure(t: str, s: int, e: int) -> int:
    m = FIGURE.search(t, s, e)
    return m.start() if m else e


def _reports(t: str, s: int, e: int, opening: re.Pattern[str]) -> int | None:
    """Where the thing starts when t[s:e] reports a result (a verb of work,
    then a count or 了), else None."""
    m = opening.match(t, s, e)
    if m is not None and (m.group("le") is not None or m.group("for") is not None and _counts(t, s, m.end())
                          or _counts(t, m.end(), e)):
        return m.end()
    return None


# Where the work was done, before its figure (完成|城区|19座公交站台雨棚): no thing.
_WHERE_ONLY = re.compile(r"\s*(?:" + alt(PLACE_WORDS) + r"|城区|市区|县城|城乡|乡镇|农村|中心城区|主城区)\s*")


def _thing(t: str, v: int, e: int, lex: Lexicon) -> tuple[int, int] | None:
    """What the clause after its verb (at v) counts: the words before the
    figure (新增|持证护理员|71人), else after it (建立75.72万份|屈光发育档案),
    else the rest (购买了|意外伤害保险)."""
    f = next((m for m in FIGURE.finditer(t, v, e) if _DATE.match(t, m.start()) is None), None)
    if f is None:
        x, y = v, e
    elif sum(1 for ch in t[v : f.start()] if "\u4e00" <= ch <= "\u9fff") >= 2 and not names_examples(t, v, f.start()) \
            and not _WHERE_ONLY.fullmatch(t, v, f.start()):
        x, y = v, f.start()
    else:
        x = f.end()  # the figure's measure word closes it
        stop = _THING_END.search(t, x, e)
        y = stop.start() if stop else e
    x, y = strip_span(t, x, y)
    while y > x and t[y - 1] in _ABOUT:
        y -= 1  # 培训…近|6900人次: the approximation is the figure's
    if y - x < 2 or _verbs(lex).fullmatch(t, x, y) or _MONEY_OR_RATE.fullmatch(t, x, y):
        return None  # 完成|改造|300户, …建设|完成投资|73亿元: no thing of its own
    return x, y


def _with_verb(t: str, body: int, v: int, thing: tuple[int, int] | None, lex: Lexicon) -> tuple[int, int] | None:
    """The thing with the verb right before it (新增|城镇失业人员再就业 is
    新增城镇失业人员再就业): the work names the task, as a year's list writes
    it. A thing after its figure (建立75.72万份|屈光发育档案) stands alone."""
    if thing is None or thing[0] != v:
        return thing
    verb = next((m for m in _verbs(lex).finditer(t, body, v) if m.end() == v), None)
    return (verb.start(), thing[1]) if verb is not None else thing


def _lead_in(t: str, a: int, b: int, lex: Lexicon) -> tuple[int, int]:
    """Past the scene, then past the place: (where the place starts, where
    the clauses start); the two are equal when no place is named."""
    for _ in range(3):
        m = _SCENE.match(t, a, b) or _TOPIC.match(t, a, b)
        if m is None or m.end() == a:
            break
        a = m.end()
    a = strip_span(t, a, b, _EDGES)[0]
    p = _place(t, a, b, lex)
    if p is None:
        return a, a
    return a, _ADVERB.match(t, p, b).end()  # type: ignore[union-attr]  # matches the empty string


def _place(t: str, a: int, b: int, lex: Lexicon) -> int | None:
    """The end of the place at t[a:], when one stands there: 金华开发区, 全市;
    not 新增海绵城市 (a verb and its thing)."""
    p = _PLACE.match(t, a, b)
    if p is None or _PLAN.search(t, a, p.end()):
        return None
    if _verbs(lex).search(t, a, p.end()) is not None:
        return None  # 新增社区|食堂…: the "place" holds the clause's verb
    return p.end()


def _count(t: str, s: int, e: int) -> tuple[float, str] | None:
    """The first count of t[s:e] as (value, measure word): 1274公里 → (1274, 公里)."""
    for m in FIGURE.finditer(t, s, e):
        if _DATE.match(t, m.start()) is None:
            return float(parse_number(m.group(1) + m.group(2))), m.group(3)
    return None


def _same_thing(t: str, prev: tuple[int, int] | None, prev_count: tuple[float, str] | None,
                thing: tuple[int, int] | None, count: tuple[float, str] | None, lex: Lexicon) -> bool:
    """Is the clause a further stage of the thing before (开工建设综合管廊8.18公里,|
    完成廊体2.36公里): the same measure, no more of it, and a word in common
    besides the verbs that describe both (新(改、扩)建幼儿园, 新(改、扩)建中小学校)?"""
    if prev is None or thing is None or prev_count is None or count is None:
        return False
    if count[1] != prev_count[1] or count[0] > prev_count[0]:
        return False
    verbs = _verbs(lex)
    a, b = ({ch for ch in verbs.sub("", t[x:y]) if "\u4e00" <= ch <= "\u9fff"} for x, y in (prev, thing))
    # Most of the later thing is in the earlier (廊体 in 综合管廊, 面积 in 在建面积);
    # one character in common (房 of 安置房 and 住房) is not enough.
    return bool(b) and len(a & b) * 2 >= len(b)


# A thing named, then its stage reached (S231昌五路|建成通车): an item of an
# enumeration with no count of its own.
_STAGED = re.compile(r"(?:建成|竣工|完工|开工|投用|投入使用|通车|开放|运营|启用)+$")


_PLACE_FIRST = re.compile(r"[\u4e00-\u9fff]{1,6}?(?:区|县|市|镇|乡|街道)(?:已|共|累计)?(?:完成|建成|新增|开工)")


_BEYOND = re.compile(r"(?:超额|超出|超过|多出|比[^、,;。]{0,6}?(?:增加|多))")


_SHARE_THEN_NAME = re.compile(r"(?<=%)、(?=[\u4e00-\u9fff“])")


def _after_shares(t: str, cs: int, ce: int, d: str) -> list[tuple[int, int, str]]:
    """The clause t[cs:ce] cut after each share followed by 、 and a name."""
    out: list[tuple[int, int, str]] = []
    x = cs
    for m in _SHARE_THEN_NAME.finditer(t, cs, ce):
        out.append((x, m.start(), ","))
        x = m.end()
    out.append((x, ce, d))
    return out


def _parts(t: str, cs: int, ce: int, lex: Lexicon) -> list[tuple[int, int]]:
    """The clause t[cs:ce] cut at 、 when it enumerates things done, each
    with its own count or its own stage (完成A71.74万亩、S231昌五路建成通车、
    新建B92.8公里): the opening verb is said of each. A part with neither
    (建成燕沟口、南河滨路等14个口袋公园: names of examples) keeps the clause whole."""
    if "、" not in t[cs:ce] or t.startswith(("其中", "包括", "含"), cs):
        return [(cs, ce)]  # 其中A区完成…、B区完成…, 包括食堂供餐8所、…: the shares of one total
    parts, _ = scan(t, cs, ce, "、")
    spans = [strip_span(t, x, y, _EDGES) for x, y, _d in parts]
    if len(spans) < 2 or any(x >= y for x, y in spans):
        return [(cs, ce)]
    for k, (x, y) in enumerate(spans):
        staged = _STAGED.search(t, x, y)
        # Each part closes on its count (…推广71.74万亩), or on its stage: a
        # count that opens a part names a thing said after the last
        # (对2735家加油站、26408把加油枪的计量检定: one thing, two counts).
        if not (CLOSING_FIGURE.search(t, x, y) or staged is not None and staged.start() - x >= 2):
            return [(cs, ce)]
        # …and names its thing: 新开工11万套、基本建成13.21万套 are stages of one.
        named = _ADVERB.sub("", _verbs(lex).sub("", t[x : staged.start() if staged is not None else _first_figure(t, x, y)]))
        if sum(1 for ch in named if "\u4e00" <= ch <= "\u9fff") < 2:
            return [(cs, ce)]
        if k and (_PLACE_FIRST.match(t, x, y) or _BEYOND.match(t, x, y)):
            # …、河口区完成168.5千米: a place's share; 4.41万人、超额1.41万人:
            # by how much the thing before beat its task. Not things.
            return [(cs, ce)]
    return spans


def count_run(t: str, a: int, b: int, lex: Lexicon,
              one: bool = False) -> list[tuple[tuple[int, int] | None, tuple[int, int]]] | None:
    """The items of a run of count clauses in t[a:b] (one sentence), as
    (the thing's span or None, the item's span); None when t[a:b] is no run.

    >>> from progress_nlp.lexicon import default_lexicon
    >>> t = "养老服务方面,全区新增持证护理员71人,培训护理人员1126人次,营造良好环境"
    >>> [(t[slice(*o)], t[s:e]) for o, (s, e) in count_run(t, 0, len(t), default_lexicon())]
    [('新增持证护理员', '全区新增持证护理员71人'), ('培训护理人员', '培训护理人员1126人次,营造良好环境')]
    """
    opening = _opening(lex)
    subject, start = _lead_in(t, a, b, lex)
    placed = start > subject
    # …127公里,完成88.5%、|农村公路养护提升工程400公里,…: a 、 after a share
    # ends the item it closes (a list of shares, 12.6%、14%, goes on with a
    # figure, not a name).
    scanned = [piece for cs, ce, d in scan(t, start, b, ",;")[0] for piece in _after_shares(t, cs, ce, d)]
    # Each part of an enumeration is a clause of its own, its verb the first's,
    # in a sentence of results: a place did them (昌吉州先后完成A、B、C), or
    # other clauses report too. One clause of parts alone (启动新建学校4所、
    # 高中1所) is the progress of whatever the page names before it.
    enumerates = placed or len(scanned) > 1
    clauses = [(x, y, d if y == ce else "、", k > 0) for cs, ce, d in scanned
               for k, (x, y) in enumerate(_parts(t, cs, ce, lex) if enumerates else [(cs, ce)])]
    items: list[list[int]] = []
    things: list[tuple[int, int] | None] = []
    counts: list[tuple[float, str] | None] = []
    staged = False
    for cs, ce, _d, shared_verb in clauses:
        cs, ce = strip_span(t, cs, ce, _EDGES)
        if cs >= ce:
            continue
        c = _CONNECTIVE.match(t, cs, ce)
        body = c.end() if c is not None else cs
        opens = body  # the item keeps its time (2025年已开展…), its thing does not
        w = _SCENE.match(t, body, ce)
        if w is not None and w.end() < ce:
            body = w.end()
        placed_here = False
        if not items:
            # The place may stand again at the head of a later clause (…,全市新增…).
            p = _place(t, body, ce, lex)
            if p is not None:
                body = _ADVERB.match(t, p, ce).end()  # type: ignore[union-attr]
                placed_here = True
        if items and t.startswith(("分别", "分別"), body):
            # …,分别完成年度目标任务的43.4%和60.84%: the rates of the items
            # before, one each (prose hands them back), not a plan.
            items[-1][1] = ce
            continue
        if items and (_BREAKDOWN.match(t, cs, ce) or _EFFECT.match(t, body, ce)):
            # 建成30所幼儿园,|其中新改扩建10所…: the parts of the thing before;
            # …工程,|进一步提升了道路通行能力: what it did for people. Neither
            # is a result of its own.
            items[-1][1] = ce
            continue
        v = _reports(t, body, ce, opening)
        # A part under the enumeration's verb opens with its thing, unless a
        # verb of its own stands first (…、新建B15个); words that would read
        # as how it was done (家政服务|人员) are the thing's.
        own_verb = _verbs(lex).match(t, body, ce) is not None
        stage = _STAGED.search(t, body, ce) if shared_verb and not own_verb and items else None
        if shared_verb and not own_verb and items and (_counts(t, body, ce) or stage is not None):
            # …、城区污水管网改造8公里, …、S231昌五路建成通车: a thing of its own
            # under the verb the enumeration opened with.
            items.append([body, ce])
            things.append(strip_span(t, body, stage.start() if stage is not None else _first_figure(t, body, ce)))
            counts.append(_count(t, body, ce))
            continue
        if _PLAN.search(t, body, v if v is not None else ce) or _SUBJECT.search(t, body, ce) \
                or v is not None and _ASPECT.search(t, v, _first_figure(t, v, ce)):
            # 计划建成200公里…: a plan; 项目80个均已开工: a task and its
            # progress. Either is news of one project, not a run of results.
            return None
        if not items and not placed and body == cs and v is None:
            return None  # a subject of its own before the first result: a project's news
        count = _count(t, v if v is not None else body, ce)
        # 完成投资8.1亿元, 发放抚恤定补资金2.65亿元, 完成率达120%: money and
        # rates go with the item before them.
        money = _MONEY_OR_RATE.match(t, body, ce) is not None or count is not None and count[1] == "元"
        if v is not None and not (money and items):
            thing = _with_verb(t, body, v, _thing(t, v, ce, lex), lex)
            if thing is not None and _TALLY.search(t[thing[0] : thing[1]]):
                return None  # 竣工项目48个, 实施民生项目19个: the programme's tally
            if items and thing is None:
                items[-1][1] = ce  # 完成改造300户: no thing of its own
                continue
            if items and _same_thing(t, things[-1], counts[-1], thing, count, lex):
                items[-1][1] = ce  # 完成廊体2.36公里: a further stage of the thing before
                staged = True
                continue
            if not items and placed and cs == start:
                opens = subject  # 全市|开工新建…8条: the first result keeps the place that did it
            items.append([opens if opens < body and not placed_here else body, ce])
            things.append(thing)
            counts.append(count)
        elif items:
            items[-1][1] = ce
        elif _counts(t, cs, ce):
            return None  # a count before the run that is not a result: a plan, a tally
    if len(items) < 2 and not (one and len(items) == 1 and staged):
        return None
    return [(thing, (s, e)) for thing, (s, e) in zip(things, items)]
