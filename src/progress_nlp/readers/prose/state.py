"""The prose reader's state and what every layer needs of it: turning spans
into items (:meth:`_State._emit`), the sections (headings) an item sits
under, and the verdict words of a heading.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field, replace
from typing import NamedTuple

from ...lexicon import Lexicon
from ...normalize import normalize
from ...period import period_before
from ...signals import cues_in, find_cues, stages_in
from ..clauses import (ASPECT_RE, ASPECT_START, COUNTED_LIST, FACILITY_NOUN, OPENER_RE, PROJECT_NOUN, REPORT_STARTS, TIME_ONLY, TRIM,
                       VERB_FIRST, cjk_count, clean_project, report_level, scan, split_point, strip_span)
from ..item_marks import Line
from .item import ProseItem
from .patterns import _DONE_VERB, _HOW_IT_WENT, _PERIOD, _STAMP, _TASK_TOPIC, _YEAR


# Works named right after a project (…三年行动项目|10家农贸市场改造提升,
# 人社公共服务提质项目|2公共就业服务驿站和1个标准化零工市场): a count, or a
# name that ends in a facility or a work.
# Not after a conjunction: 包括A项目和B项目 goes on naming what the plan covers.
_SUB_WORKS = re.compile(r"(?<=项目)(?![和及与、]|以及)(?:\d+\s*(?:个|家|座|处|所|条)?[\u4e00-\u9fff]{0,12}?|(?:(?!计划|完成|实际|已|正在)[^\s,;:。、()“”「」]){2,30}?)"
                        r"(?:工程|变电站|驿站|中心|市场|公园|游园|学校|医院|大桥|网点)")
# Progress that is the whole programme done (全部完成十件实事, 已圆满完成15项民生实事).
_PROGRAMME_DONE = re.compile(r"(?:已经?|均已|现已)?(?:全部|全面|圆满|提前|基本)*(?:完成|办结|落实|兑现)了?(?P<what>[^,;。]{2,16})")
# …目前已提前完成12大项,: so many of the programme's items done, none named.
_TALLY_DONE = re.compile(r"(?:目前|现在|截至目前)?\s*,?\s*(?:已经?|均已|现已)?(?:全部|全面|圆满|提前|基本)*(?:完成|办结)了?\s*"
                         r"(?:\d+|[一二三四五六七八九十]+)\s*(?:大项|小项|项|件)"
                         r"(?:[^,。;]{0,10}?(?:实事项目|实事|民生工程|民生项目|重点项目))?(?=[,。;]|$)")
# Sections of a circular: headings, never items (二、督查建议).
_SECTION_WORDS = (
    "基本情况", "总体情况", "总体进展", "主要做法", "存在问题", "主要问题", "存在的问题", "督查建议", "工作建议",
    "意见建议", "下步工作", "下一步工作", "下步打算", "下一步打算", "下步计划", "工作要求", "有关要求", "工作措施",
)
# Cue kinds that make a heading a verdict (signals.find_cues).
_VERDICT_KINDS = frozenset({"delay", "ahead", "completion", "on_pace", "done"})
# The publisher speaking of itself (本会, 我局), or an enumerator left alone
# (三是): no project.
# Words that point back at what was named before (这些项目, 上述3项工程): no
# project of their own.
_REFERENCE = re.compile(r"(?:这些|上述|以上|前述|这|此)\s*(?:\d+\s*[项个件])?\s*(?:项目|工程|实事|事项|任务)?")
_SELF = re.compile(r"(?:本|我)(?:会|局|委|院|部|办|厅|单位)|[一二三四五六七八九十]{1,2}是")
# A rate and its figure alone (完成率92%): the progress of what came before, no name.
_RATE_ONLY = re.compile(r"\s*[\u4e00-\u9fff]{0,6}率\s*(?:达到|达|为)?\s*\d+(?:\.\d+)?%\s*")
# A comparison opening the would-be name (超过省定6月底|拨付率70%): no project.
_COMPARING = re.compile(r"\s*(?:超过|高于|低于|快于|慢于|好于|优于|多于|少于)")
_COMPARED = re.compile(r"(?:较|比)(?:去年|上年|上月|上季度)(?:同期)?$|同比$"
                       r"|^(?:较|比)(?:原|既定|预定)?(?:计划|预期|工期|节点|时间|时限|目标)")  # 比原计划提前3个月|投运
_HOW_DONE_END = re.compile(r"(?:基本|全面|全部|提前|如期|顺利|(?<!人)均)$")  # (人均 is per head)
_SECTION_END = re.compile(r"(?:概况|主要问题|存在问题|工作建议|意见建议|下步打算|工作打算)$")
_BROKEN_AFTER_COMMA = re.compile(r"、[ \t\u3000]*\n\s*")
_BRACKET = re.compile(r"[(\[【]([^()\[\]【】]{1,12})[)\]】]")
_WORK_VERB = re.compile(r"(?:新增|新建|新改建|改建|扩建|改造|建设|修建|安装|加装|铺设|硬化|植树|种植|栽植|培训|发放|救助|帮扶|接种|筛查"
                        r"|提供|打造|创建|开展|实施|完成|建成|开工|新开工|实现)")
_TOTAL_WORDS = ("共计", "合计", "累计", "总计", "共")
# A group of projects named by what they are to do, then 中 and what of
# them is done: 加快建设的40个项目中,已开工建设38项. The group is the item
# (a bare count, 20件民生大事中, is the programme: REPORT_COUNT).
# A count and its verdict heading the names of a clause group (4项正在抓紧实施,).
_COUNT_VERDICT = re.compile(r"\s*(?:有|另有|还有)?\s*(?:\d{1,3}|[一两二三四五六七八九十])\s*[个项件](?:项目|实事|工程)?[^\d,;:。、]{2,12},")
# The unit in charge before a task's name: 市发改委牵头的第2项“…”.
_UNIT = r"[\u4e00-\u9fff]{1,14}?(?:局|委|部|办|院|中心|政府|公司|集团|街道|镇|乡|厅)"
# 由县民政局牵头,提高低保标准: the same with 由 before the unit.
_LED_BY = re.compile(
    r"\s*(?:由(?!于))?(?P<lead>[\u4e00-\u9fff]{1,14}?(?:局|委|办|院|中心|政府|公司|集团|街道|镇|乡))(?:牵头|负责|承办)的?"
    r"(?:第(?P<n>[\d一二三四五六七八九十百]{1,4})(?:项|(?<=\d)(?=[\u4e00-\u9fff])))?[\s,,]*(?P<rest>.+)", re.S)
# …and after it: 南区科技园由经济部负责 (the project, then who leads it).
_LED_AFTER = re.compile(
    r"(?P<rest>.+?)\s*,?\s*由(?!于)(?P<lead>[\u4e00-\u9fff]{1,14}?(?:局|委|部|办|院|中心|政府|公司|集团|街道|镇|乡))"
    r"(?:牵头|负责|承办|组织实施|负责实施)", re.S)
# …or in brackets after the task: 开工建设50处食堂。(市教育局负责), one unit
# or several parted by 、.
_LED_BRACKET = re.compile(
    r"(?P<rest>.+?)\s*\((?P<lead>" + _UNIT + r"(?:[、,]" + _UNIT + r")*)(?:牵头|负责|承办|牵头负责|负责实施)\)[。;]?", re.S)
# …or labelled in brackets: 维修改造中小学校13所(责任单位:市教育局).
_LED_LABEL = re.compile(
    r"(?P<rest>.+?)\s*\((?:责任单位|牵头单位|责任部门|牵头部门|主责单位|承办单位|实施单位)\s*[::]\s*"
    r"(?P<lead>" + _UNIT + r"(?:[、,]" + _UNIT + r")*)\)[。;]?", re.S)
# An ordinal that counts a member off (二是…) opening a project.
_COUNTED_OFF = re.compile(r"\s*([一二三四五六七八九十]{1,2})是(?=[\u4e00-\u9fff“])")


def _lead_in_brackets(plain: str) -> re.Match[str] | None:
    """The match of a text (normalized) that closes on its lead unit in
    brackets, labelled or not: groups ``rest`` and ``lead``."""
    return _LED_BRACKET.fullmatch(plain) or _LED_LABEL.fullmatch(plain)


def heading_lead(text: str) -> str:
    """The lead unit a heading names in brackets, labelled or not
    (医疗惠民工程(承办单位:县卫生局), 开工建设50处食堂(市教育局负责)), or "".

    >>> heading_lead("医疗惠民工程(承办单位:县卫生局)"), heading_lead("医疗惠民工程")
    ('县卫生局', '')
    """
    led = _lead_in_brackets(normalize(text.strip()))
    return text.strip()[slice(*led.span("lead"))] if led is not None else ""


# An attachment's label (附件1, 附件2:): a pointer to a table, no progress.
_ATTACHMENT = re.compile(r"\s*附件\s*[\d一二三四五六七八九十]{0,3}\s*:?\s*")
# A rate of a stage or of work done ending a would-be name (竣工率, 治理完成率).
_STAGE_RATE_END = re.compile(r"(?:竣工|开工|开复工|完工|建成|投产|治理|改造|整治)(?:完成)?率$|完成率$")
# A date in Chinese numerals ending a would-be name (七十七年, 一○七年九月底).
_CN_DATE_END = re.compile(r"(?:预订|预定|预计|原订|原定|于)?[一二三四五六七八九十○〇零]{2,4}年"
                          r"(?:[一二三四五六七八九十]{1,2}月(?:底|初|中旬|上旬|下旬)?)?$")
# A group named only by its count (29个项目, 水头镇4个重点项目), and the topic
# just before it that it was counted under (产业项目方面,).
_BARE_GROUP = re.compile(r"\s*[\u4e00-\u9fff]{0,6}?\d+\s*(?:个|项|宗)(?:重点|在建|新建|续建)?(?:项目|工程)\s*")
_TOPIC_TAIL = re.compile(r"\s*方面\s*[,:]?\s*$")
_TOPIC_BEFORE = re.compile(r"(?:^|[,。;:!?\n])\s*([^,。;:!?\n]{2,16}?方面\s*,)\s*$")
# A would-be name cut before its verb, ending on a word that needs one
# (计划是在|4月底完成, 人行道预埋管材正|陆续进场施工), or an attribute cut
# from its noun (对符合救助条件的|800名患病妇女…): no project.
# Things counted, then 中 (100所公办幼儿园中): the set the clauses after report on.
_AMONG_END = re.compile(r"\d+(?:\.\d+)?\s*[个所座家处条套户][\u4e00-\u9fff“”]{2,20}?中$")
# The programme named with the list of its items (十件民生实事包括A、B…).
_ROSTER_HEAD = re.compile(r"(?:实事|民生工程|惠民工程|民心工程|民生项目)(?:项目)?\s*(?:主要)?(?:包括|分别是|分别为|具体是)")
# …的有 closes a verdict that counts the programme's items (正常推进的有|4项).
_FUNCTION_END = ("是在", "在", "于", "正", "也", "将", "要", "把", "被", "并", "的", "联合", "会同", "的有")
# The formulas of a reply to a deputy's proposal: no progress.
_LETTER = re.compile(r"已收悉|答复如下|函复如下|回复如下")
_HEAD_NOUN = re.compile(  # 已完成项目(6项), 已投入使用9项
    r"(?:(?:项目|实事|事项|工程|任务|类)\s*(?:\([^()]{0,10}\))?|(?:项目|工程)?\s*\d+\s*(?:项|个|件)(?:项目|工程)?)$"
)
_TIME_WORD = re.compile(r"上月|本月|当月|上周|本周|目前|近期|日前|近日|(?:今年|去年|上年|本年)?(?:年初|年底|年末|底|初)|今年|去年"
                        r"|如今|眼下|当前|现在|此前|近年来|期间"
                        # a holiday as the time (在国庆节前, 截至春节前)
                        r"|(?:在|截至|截止|至|到)?(?:国庆|春节|元旦|五一|中秋|端午|国庆节|劳动节|春节假期)(?:节)?(?:前|后|期间|以来)?")
# A span of time as the clause before the progress (在已过去的第三季度里,
# 今年秋季学期): when it ends what was cut as the name, no project was named.
_TIME_SPAN_END = re.compile(r"(?:^|[,,])\s*(?:在|于)?[^,,]{0,10}?(?:季度|学期|假期|暑期|寒假|暑假|时期|阶段)(?:里|内|中|期间|以来)?$")
# A clause that opens with an adverb (也最能折射出…) goes on from another: no name.
_ADVERB_START = ("也", "最", "则")  # not 就 (就业), 更 (更新), 都 (都市), 还 (还建)
# The subject of the programme's tally (已竣工项目共|50个, …的项目有|188个).
_TALLY_SUBJECT = re.compile(r"项目(?:数)?(?:共|有|共有|总数为|数为)$")


def _last_char_before(t: str, pos: int) -> str:
    """The last character before ``pos`` that is not a space, or ""."""
    while pos > 0 and t[pos - 1].isspace():
        pos -= 1
    return t[pos - 1] if pos > 0 else ""


# A subject that names a work: its kind (…工程, …项目) or a facility (…污水处理厂).
_WORK_NAMED = re.compile(rf"(?:{PROJECT_NOUN}|{FACILITY_NOUN})")


@dataclass
class _Section:
    level: int
    text: str
    official: str
    used: bool = False
class _Checkpoint(NamedTuple):
    sections: list[_Section]
    items: int


@dataclass
class _State:
    """The text, its lines, the sections open and the items read so far."""

    t: str                    # normalised text, for matching
    h: str                    # half-width text, for output
    lexicon: Lexicon
    lines: list[Line] = field(default_factory=list)
    sections: list[_Section] = field(default_factory=list)
    items: list[ProseItem] = field(default_factory=list)
    _verdicts: dict[str, bool] = field(default_factory=dict)
    _was_section: dict[str, bool] = field(default_factory=dict)
    _stops: list[int] = field(default_factory=list)
    _last_actual: int = -1
    _memo: dict[tuple[int, int], tuple[int, re.Match[str] | None] | None] = field(default_factory=dict)
    # _news asks of a clause's stage tail, then _news_item and _news_one again.
    _tails: dict[tuple[int, int], int | None] = field(default_factory=dict)
    _alternating: bool | None = None
    _members_whole: bool = False
    # The last paragraph line that gave no item (a task described before its
    # 进展情况: line), as its index in lines.
    _pending: int = -1
    # The project a paragraph named without reporting on it, and how many
    # items there were then: the next paragraph may call it 该项目.
    _named_before: tuple[tuple[int, int], int] | None = None

    # -- output ----------------------------------------------------------

    def _text(self, pieces: list[tuple[int, int]]) -> str:
        """The half-width text of the pieces, one line each; a leading
        sentence end or closing bracket left by a split is dropped, a
        closing 。 kept."""
        parts = []
        for a, b in pieces:
            a, b = strip_span(self.t, a, b)
            while a < b and self.t[a] in "。)]】":
                a, b = strip_span(self.t, a + 1, b)
            if a < b:
                parts.append(_BROKEN_AFTER_COMMA.sub("、", self.h[a:b].strip()))
        return "\n".join(p for p in parts if p)

    def _verdict(self, heading: str) -> bool:
        """Do the heading's cue words give a verdict (滞后项目, 已完成的项目)?"""
        if not heading or len(heading) > 60:
            return False
        hit = self._verdicts.get(heading)
        if hit is None:
            hit = self._verdicts[heading] = any(c.kind in _VERDICT_KINDS for c in find_cues(heading, self.lexicon))
        return hit

    def _bracket_verdict(self, s: int, e: int) -> str:
        """The item's own verdict words in brackets (…(已完成)), if any."""
        for m in _BRACKET.finditer(self.t, s, e):
            inner = m.group(1)
            if not any(ch.isdigit() for ch in inner) and self._verdict(inner):
                return self.h[m.start(1) : m.end(1)].strip()
        return ""

    def _after_roster_head(self, pos: int) -> bool:
        """Does the sentence before ``pos`` name the programme with the list of
        its items (十件民生实事包括|A、B…), with no verdict said of them? An
        item cut from the next one at its 、 there is a name of the list."""
        start = max(self.t.rfind(ch, 0, pos) for ch in "。;!?\n") + 1
        head = _ROSTER_HEAD.search(self.t, start, pos)
        return head is not None and not any(c.kind in _VERDICT_KINDS for c in find_cues(self.t[start:pos], self.lexicon))

    def _context(self) -> tuple[str, str]:
        """(section, official) for an item emitted now: the nearest heading,
        and the nearest heading that is a verdict."""
        section = self.sections[-1].text if self.sections else ""
        official = next((s.official for s in reversed(self.sections) if s.official), "")
        if self.sections:
            self.sections[-1].used = True
        return section, official

    def _emit(self, no: str, project: list[tuple[int, int]], actual: list[tuple[int, int]], span: tuple[int, int],
              lead: str = "", official: str = "", unnamed: bool = False) -> None:
        """Add an item unless its project names nothing (``unnamed``: an item
        that is all progress, named by its number alone)."""
        if project and actual and project[-1][1] <= actual[0][0] and not self.t[project[-1][1] : actual[0][0]].strip():
            # 基础设施工程项目|1-2月|累计完成投资…: the period reported goes with
            # the progress, never with the project.
            (ps, pe), b = project[-1], actual[0][1]
            when = period_before(self.t, ps, pe, within=12, lexicon=self.lexicon)
            if when is not None and cjk_count(self.t[ps:when]) >= 2:
                project = project[:-1] + [(ps, when)]
                actual = [(when, b)] + actual[1:]
        if project and actual and project[-1][1] == actual[0][0]:
            # 棚户区|基本|建成1108套: how the work went is the progress's.
            (ps, pe), (_, qb) = project[-1], actual[0]
            how = _HOW_DONE_END.search(self.t, ps, pe)
            if how is not None and cjk_count(self.t[ps : how.start()]) >= 2:
                project, actual = project[:-1] + [(ps, how.start())], [(how.start(), qb)] + actual[1:]
        if project and _BARE_GROUP.fullmatch(self.t, *strip_span(self.t, *project[-1])):
            # 产业项目方面,|29个项目|共完成投资…: a group named only by its count
            # keeps the topic it was counted under.
            ps, pe = project[-1]
            topic_at = _TOPIC_BEFORE.search(self.t, max(0, ps - 24), ps)
            if topic_at is not None:
                project = project[:-1] + [(topic_at.start(1), pe)]
        proj = self._text(project)
        counted = _COUNTED_OFF.match(proj)
        if counted is not None and cjk_count(proj[counted.end() :]) >= 2:
            # 二是海河综合开发。(a paragraph of its own, the members on lines
            # of their own): the member's ordinal is its number, not its name.
            no, proj = no or counted.group(1), proj[counted.end() :]
        topic = _TASK_TOPIC.fullmatch(normalize(proj))
        if topic is not None:
            proj = proj[slice(*topic.span("task"))]  # 在实施A改造方面,|晋江市|已完成…: the task is the project
        elif (tail := _TOPIC_TAIL.search(proj)) is not None and cjk_count(proj[: tail.start()]) >= 4:
            proj = proj[: tail.start()]  # ●推动农村电网提档升级方面:…: 方面 marks the topic, no part of the name
        if _AMONG_END.search(normalize(proj.rstrip(TRIM))):
            proj = proj.rstrip(TRIM)[:-1]  # 已建设的100所公办幼儿园|中,完工63所: 中 marks the set, no part of its name
        said = _HOW_IT_WENT.search(proj.rstrip(TRIM + "。"))
        if said is not None and cjk_count(proj[: said.start()]) >= 4:
            proj = proj[: said.start()]  # A公园建设项目|完成情况: the heading's words on it are no part of its name
        led = _LED_BY.fullmatch(proj)
        if led is not None and cjk_count(led.group("rest")) >= 2:
            # 市发改委牵头的第2项“固定资产投资增长8%以上”: the unit and the
            # task's number in the list come before the task's name.
            lead, no, proj = lead or led.group("lead"), no or led.group("n") or "", led.group("rest")
        trimmed = proj.rstrip(" ,,")
        led = _LED_AFTER.fullmatch(normalize(trimmed))  # 由經濟部負責 too: normalize keeps every place
        if led is not None and cjk_count(led.group("rest")) >= 2:
            lead, proj = lead or trimmed[slice(*led.span("lead"))], trimmed[slice(*led.span("rest"))]
        led = _lead_in_brackets(normalize(proj))
        if led is not None and cjk_count(led.group("rest")) >= 2:
            lead, proj = lead or proj[slice(*led.span("lead"))], proj[slice(*led.span("rest"))]
        act = self._text(actual)
        sub = _SUB_WORKS.search(normalize(proj)) if act else None
        if sub is not None and cjk_count(proj[: sub.start()]) >= 4 and COUNTED_LIST.search(normalize(proj)) is None:
            # 新建输变电项目|群星220千伏输变电工程变电站|已投运: the works named
            # after the project are the part that reports, the progress's.
            proj, act = proj[: sub.start()], proj[sub.start() :] + act
        rate = _STAGE_RATE_END.search(normalize(proj)) if act else None
        if rate is not None and cjk_count(proj[: rate.start()]) >= 2:
            # 农村危房改造|竣工率|达到99.44%: how many reached the stage is the
            # progress's measure, not part of the name (失业率 stays: a level).
            proj, act = proj[: rate.start()], proj[rate.start() :] + act
        dated = _CN_DATE_END.search(normalize(proj))
        if dated is not None and act:
            # 原桥梁七十七年|建成, 预订一○七年九月底|完工: a date written in
            # Chinese numerals (Taiwan's years) goes with what happened then.
            proj, act = proj[: dated.start()], proj[dated.start() :] + act
        if cjk_count(proj) < 2 and not (unnamed and act):
            return
        bare = proj.strip(TRIM + "。")
        plain = normalize(bare)
        compared = bool(_COMPARED.search(plain) or _COMPARING.match(plain))
        if _TIME_WORD.fullmatch(bare) or TIME_ONLY.fullmatch(bare) or _TALLY_SUBJECT.search(bare) or _STAMP.search(bare) \
                or compared or _SELF.fullmatch(plain) or _REFERENCE.fullmatch(plain) or _RATE_ONLY.fullmatch(plain) or plain.endswith(_FUNCTION_END) \
                or plain.startswith(_ADVERB_START) or _TIME_SPAN_END.search(plain):
            # 上月|已启动…, 已竣工项目共|50个, 齐鲁晚报 2016-08-09 00:00: a time
            # (在已过去的第三季度里|…), an adverb going on (也最能折射出…),
            # the programme's tally or a news stamp is no project; nor is a
            # comparison with last year (完成投资较去年同期|增加50.6亿元), nor
            # the publisher speaking of itself (本会|已研定…).
            if compared:
                self._goes_on(span)
            return
        if project and actual and _last_char_before(self.t, actual[0][0]) == "、" and self._after_roster_head(project[0][0]):
            return  # 贵州十件民生实事包括A、|为80万…B: the programme's roster, no item's progress
        act_plain = normalize(act) if act else ""
        if _TALLY_DONE.match(act_plain.strip(TRIM)):
            return  # 凤台县…努力提升惠民实效,|目前已提前完成12大项: the programme's tally
        whole = _PROGRAMME_DONE.fullmatch(act_plain.strip(TRIM + "。")) if act else None
        if whole is not None and re.search(r"实事|民生工程|民生大事|惠民工程", whole.group("what")) \
                and report_level(whole.group("what")):
            return  # 省会|全部完成十件实事: a headline on the whole programme, no project's
        if act and (TIME_ONLY.fullmatch(act.strip(TRIM + "。")) or _ATTACHMENT.fullmatch(act.strip(TRIM + "。"))
                    or _LETTER.search(act)):
            # …建设,|截至目前: a time alone reports nothing; nor does 附件1 (a
            # table's label) or a letter's formula (您提出的…建议|已收悉,现答复如下)
            return
        section, sec_official = self._context()
        own = self._bracket_verdict(span[0], span[1])
        self.items.append(ProseItem(
            no=no, project=proj, actual=act, lead=lead,
            official=own or official or sec_official, section=section, span=span,
        ))

    # -- sections --------------------------------------------------------

    def _checkpoint(self) -> _Checkpoint:
        """The sections and the number of items now, to undo a reading that
        does not hold; the sections are copied, as reading marks them used."""
        return _Checkpoint([_Section(x.level, x.text, x.official, x.used) for x in self.sections], len(self.items))

    def _rollback(self, saved: _Checkpoint) -> None:
        del self.items[saved.items :]
        self.sections = saved.sections

    def _push_section(self, level: int, text: str, official: str) -> None:
        while self.sections and self.sections[-1].level >= level:
            self.sections.pop()
        self.sections.append(_Section(level, text, official))

    def _drop_unused_heading(self) -> None:
        if self.sections and self.sections[-1].level == 99 and not self.sections[-1].used:
            self.sections.pop()

    def _is_heading(self, ln: Line) -> bool:
        """A short unpunctuated line that heads a group (已完成的项目)."""
        t = self.t
        s, e = strip_span(t, ln.start, ln.end, " \t\r\n\u3000:")
        seg = t[s:e]
        if not 2 <= len(seg) <= 30 or cjk_count(seg) < 2 or ln.mark is not None:
            return False
        if any(ch in seg for ch in "。;!?,") or _YEAR.search(_PERIOD.sub("", seg)) or seg.startswith(REPORT_STARTS):
            return False
        # A line that introduces a list (4项尚未完成…的民生实事项目为:) heads
        # it, whatever it says of 实事; without the colon it is a statement.
        intro = self._colon_after(e) and re.search(r"(?:为|是|有|如下|包括)$", seg) is not None
        if "实事" in seg and (ASPECT_RE.search(seg) or "均" in seg) and not intro:
            return False
        # 已完成的项目 is a heading, 已完工 is progress: a heading that opens
        # like progress must end on a noun of projects (a count may follow).
        if OPENER_RE.match(seg) and not _HEAD_NOUN.search(seg):
            return False
        if seg.endswith("如下"):
            return False  # 现将进展情况公布如下: introduces, it does not head
        return True

    def _reports(self, first: int, end: int) -> bool:
        """Do the lines first..end-1 report progress (an aspect word, a stage, a cue)?"""
        a, b = self.lines[first].start, self.lines[end - 1].end
        text = self.h[a:b]
        return ASPECT_RE.search(self.t, a, b) is not None or bool(stages_in(self.t[a:b], text, self.lexicon)) \
            or any(c.active for c in cues_in(self.t[a:b], text, self.lexicon))

    def _section_word(self, ln: Line) -> bool:
        s, e = strip_span(self.t, ln.body, ln.end, TRIM + "。")
        # 工程项目概况, 存在主要问题, 下步工作建议: a part of the circular by its last word.
        return self.t[s:e] in _SECTION_WORDS or (e - s <= 10 and _SECTION_END.search(self.t, s, e) is not None)

    def _goes_on(self, span: tuple[int, int]) -> None:
        """A comparison in the clause after an item (A市场开业,|比原计划提前
        3个月|投运) says how that item went: its progress goes on to the end
        of the clause."""
        if not self.items:
            return
        last = self.items[-1]
        a, b = last.span[1], span[1]
        if not last.actual or not 0 <= span[0] - a <= 2 or self.t[a : span[0]].strip(" ,,") or b <= a:
            return
        self.items[-1] = replace(last, actual=last.actual + self.h[a:b].rstrip(), span=(last.span[0], b))

    def _emit_split(self, no: str, s: int, e: int, sp: tuple[int, re.Match[str] | None],
                    more: list[tuple[int, int]], span_start: int, official: str = "") -> None:
        p, ref = sp
        # 技能培训|共40580人: 共, 累计 … say how the figure counts.
        for w in _TOTAL_WORDS:
            if p - len(w) > s and self.t.startswith(w, p - len(w)) and self.t[p : p + 1].isdigit():
                p -= len(w)
                break
        ps, pe = clean_project(self.t, s, p)
        if ref is not None and not no:
            no = self.h[ref.start("n") : ref.end("n")]
        end = more[-1][1] if more else e
        a = self._counted_work(ps, pe, p) if ref is None else p
        self._emit(no, [(ps, pe)], [(a, e)] + more, (span_start, end), official=official)

    def _works_apart(self, no: str, span_start: int, s: int, e: int, official: str = "") -> bool:
        """A项目已…;B工程正在…;C污水处理厂已…: works set apart by ;, each
        named as a work (its kind or a facility) and said where it stands
        with 已 or 正在, are an item each, numbered 1.1, 1.2 … under the
        item's number. A task the item opens with (有序推进城镇污水管网建设,)
        stays with the first work's name."""
        t = self.t
        if ";" not in t[s:e]:
            return False
        ranges = [(a, b) for a, b, _ in scan(t, s, e, ";")[0]]
        first = scan(t, *ranges[0], ",")[0]
        topic = -1
        if len(first) > 1 and VERB_FIRST.fullmatch(t, *strip_span(t, *first[0][:2])):
            topic, ranges[0] = s, (first[1][0], ranges[0][1])
        if len(ranges) < 2:
            return False
        splits = [split_point(t, a, b, "news") for a, b in ranges]
        for (a, _), sp in zip(ranges, splits):
            if sp is None or sp[0] <= a or ASPECT_START.match(t, sp[0]) is None \
                    or _WORK_NAMED.search(t, *clean_project(t, a, sp[0])) is None:
                return False
        if topic >= 0:
            a, b = ranges[0]
            sp = splits[0]
            assert sp is not None
            self._emit(f"{no}.1" if no else "", [(topic, clean_project(t, a, sp[0])[1])], [(sp[0], b)], (span_start, b),
                       official=official)
        self._emit_parts(no, span_start, ranges, splits, official, skip=1 if topic >= 0 else 0)
        return True

    def _emit_parts(self, no: str, span_start: int, ranges: list[tuple[int, int]],
                    splits: list[tuple[int, re.Match[str] | None] | None], official: str = "", skip: int = 0) -> None:
        """Emit the parts of a numbered item, each split where its progress
        starts, numbered 1.1, 1.2 … under the item's number (the first
        ``skip`` already emitted)."""
        for k, ((a, b), sp) in enumerate(zip(ranges, splits), 1):
            if k <= skip:
                continue
            assert sp is not None
            self._emit_split(f"{no}.{k}" if no else "", a, b, sp, [], span_start if k == 1 else a, official=official)

    def _counted_work(self, ps: int, pe: int, p: int) -> int:
        """Where the progress text starts when it was cut at p: a bare figure
        (修建文化墙|25.5万平米,完成计划的40.8%) counts the work that the verb
        and object right before it name, so the progress keeps them
        (修建文化墙25.5万平米) and they name the project too."""
        # The figure follows its words directly (not a new sentence: 新增养老
        # 床位120张。|1-12月份共新增…).
        if pe == p and self.t[p : p + 1].isdigit() and self.t[p - 1] not in "。;!?\n" \
                and (_WORK_VERB.match(self.t, ps, pe) or _DONE_VERB.match(self.t, ps, pe)):
            return ps
        return p

    def _colon_after(self, e: int) -> bool:
        """Does a colon follow t[:e] (the line introduces what is below it)?"""
        return re.match(r"\s*[::]", self.t[e : e + 2]) is not None

    def _sentence_end(self, pos: int, e: int) -> int:
        """The position after the first 。 at or after pos, or e."""
        k = bisect_right(self._stops, pos - 1)
        return self._stops[k] + 1 if k < len(self._stops) and self._stops[k] < e else e

    def _past_count_verdict(self, a: int, b: int, otherwise: int = -1) -> int:
        """Where the names start after a count with its verdict that heads
        them (4项正在抓紧实施,|A、B、C、D完成率分别为…); ``otherwise`` (``a``
        by default) when t[a:b] opens with no such count."""
        head = _COUNT_VERDICT.match(self.t, a, b)
        if head is not None and find_cues(head.group(), self.lexicon) and "、" in self.t[head.end() : b]:
            return head.end()
        return a if otherwise < 0 else otherwise
