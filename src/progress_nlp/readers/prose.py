"""Progress reports published as prose, read into one item per project.

News articles, circulars and announcements on the year's practical projects
(实事项目, 民生实事, 为民办实事) carry no table; each project is a stretch of
running text. :func:`read_prose` finds those stretches and splits each into
the project (its name or whole-year task) and the progress reported for it.

Forms read
----------
* **Numbered items**, one per paragraph or line: ``1.``, ``3、``, ``(三)``,
  ``三、``, ``(3)``, ``①``, ``第三项:``, ``实事五:``, ``● 实事五:``, bullets and check marks (``☑``).
  Either one paragraph (``1.新增养老床位200张。目前已完成150张。``: split at
  the first sentence end, progress opener or colon), or a heading line with
  the progress on the following line(s), or labelled fields
  (``责任单位:…`` gives the lead, ``实际完成情况:``/``进展情况:`` starts the
  progress; ``牵头领导:``, ``项目责任人:``, ``配合单位:`` are people or
  helpers and are dropped). Items flattened into one paragraph
  (``…。 1.A… 2.B…``) are read when the numbers run in sequence.
* **Enumerations** in running text: ``一是…;二是…``; a ``(第三项)``
  reference after the name ends the project and gives ``no``.
* **Lists after a heading**: ``滞后项目:一是…``, ``已完成子项目7个,分别是A已竣工,
  B已完成,…``, ``提前完成的8件实事包括:A;B;…``. Items get the heading as
  ``official`` when the heading is a verdict (its cue words, see
  ``lexicons/cues.txt``, are of a verdict kind).
* **Groups under a count and a verdict**: ``2项提前超额完成全年任务。A…;B…。``,
  ``有11个项目进展较快,超额完成序时进度。其中:A…;B…。``, and numbered lines
  whose first sentence heads a list on the line (``(一)1个项目提前完成年度目标任务。A项目于1月顺利完工…``,
  ``(二)超时间进度的项目有7项。
  …分别为:A,完成进度为88%;B…``, ``(二)考核指标完成情况。…分别是:A…;B…``):
  the sentence is ``official`` (when its cue words are a verdict) for every
  item up to the next such sentence. A heading that counts more items than
  its sentence lists (``超额完成任务的已有10项:A;…;G。H…。I…。``) reads on
  while the sentences report progress.
* **News clauses** with plan and progress together, one item per clause
  group (between ``;`` and ``。``): ``计划新建80个便利店,现已完成93个`` →
  project ``计划新建80个便利店``, actual ``现已完成93个``; one item per subject
  when a group holds several (``A已完成1个(50%)、B已完成8个(53%),…``,
  ``…完成率286%,B维修1012平方米,完成率122%``). A group opening with its
  progress and naming nothing of its own (``已完成投资2000万元``) carries on
  the item before it; so does one after ``;`` whose clauses each say a part
  of the works is done (``人防地库基础底板完成,顶板完成50%``), with no 已 and
  no work or site of its own.
* **Where the progress starts** inside a clause of running text: at an
  aspect word (``20公里步行道|已完成7.42公里``) or a stage dated in the past
  (``A项目|于1月顺利完工``; after 计划/预计 it is a plan), after a project's head noun
  (``实体零工驿站建设|完成2个``, ``清社公路改造工程|基本完工``), at the verb
  before a figure (``城市低保月人均补助|新增18元``, ``…合作医疗|完成投入16.3亿元``),
  at a verdict (``…处理率|达到年度工作目标``), after ``A、B等3项``, after a
  quoted name in a list (``“婚姻登记跨区通办”|5月份完成全年任务``), or at the
  figure ending the clause when a later clause gives its share of the task
  (``改造县乡公路|3290公里,为任务的164.5%``). A bare figure counts the work
  named before it, so when the project opens with a verb of work the
  progress keeps the verb and object too (project ``改造县乡公路``, progress
  ``改造县乡公路3290公里,为任务的164.5%``). A clause that opens with its
  progress (``建成干鲜果基地7.43万亩``, ``已帮扶…431人,完成率147.6%``) is
  wholly the progress, its object the project. A plan sentence after the
  name (``该项目计划投资480万元,…``) goes with the project, the result
  (``完成项目投资380万元…``) is the progress.
* **Works listed with how far each is**: ``东区改造工程进度98%,西村防洪墙项目
  已浇筑…,北港工程完成…`` (a subject ending in 工程/项目 starts a row once the
  row before reports something), also as the value of a progress label; a
  clause that says the work was done (``完成了二马路亮化工程``) names it;
  reported speech (``“A完成计划的111.4%,…”``) reads as the text it quotes.
* **Headed paragraphs**, two or more in a row: ``X工程。全年建成…``,
  ``2606个撤并村通公路(2013—2017年)。上半年已完成…`` (a bracketed period is
  no date), or the task sentence alone with the progress on the next line
  (``…(2024—2026年)。`` / ``截至6月底已完成84公里。``); and an unnumbered task
  line with its progress on the next line (``新增养老床位200张`` /
  ``全年新增236张,超额完成年度任务。``). A time phrase (上半年, 截至6月底)
  is part of the progress, never a project.
* **A progress label opening a line** (``进展情况:…``, ``完成情况:…``) under
  the paragraph that describes the task (``城南幼儿园建设项目,占地面积约10亩…。``)
  or under a heading that names it: the paragraph (or heading) is the
  project, the label's value the progress; points numbered ``①②`` in the
  progress pair with the paragraph's sentences when they count alike. A
  heading naming a project over the paragraph goes with it into the project
  when it heads this item alone.
* **Headings** over groups: numbered ones (``一、省市两级为民办实事``) when
  projects sit below them (a heading that states a task with its figure,
  ``二、新建公办幼儿园150所``, is the item of the paragraphs under it, and each
  of its comma-cut tasks the item of the numbered point under it in order
  when they count alike), and short unpunctuated lines
  (``已完成的项目``, ``持续改善农村条件``, ``已投入使用9项:``) set ``section``,
  and ``official`` when they are a verdict or when they count the list they
  introduce and say where it stands (``4项尚未完成年度目标任务的…项目为:``).
  Under such a heading a line of one clause with no word of work done
  (已, 正在, a percentage) is the task, figure and all
  (``③建设新玉环人安居工程20万平方米(责任单位:市住建局);``), and lines of
  that shape below a marked one, each with its lead in brackets, are tasks
  of the list whose marks were lost, not its progress. The parts of a circular
  (``基本情况``, ``存在问题``, ``督查建议``, ``下步工作`` …) are sections only.
* **Pinyin mirrors** (``關(guān)于``): read without the annotations; fields and
  spans keep the page's text.

Never an item
-------------
Image file names (``2.png``), date lines, ``来源:``/``编辑:`` bylines and
``□特约记者…``/``通讯员…`` lines, page records (``发表时间:… 作者:…``), photo
captions, navigation (``首页 >>``, ``上一版``, ``字号``, ``打印``), rows of a
table left in the text (``| 2 | … |``: tables are read elsewhere), titles
with a year, closing words after the last item (``下一步,…``), news lead-ins
(``…网讯(记者…)``, ``本报讯``, ``与一季度进度相比,``), sentences about the
whole programme (``其余60件正按序时推进``, ``29个项目已全部完成``,
``20件民生大事中,…``, ``有3项属于…``, ``按进度推进7项``, anything whose
subject holds 实事), time phrases and places alone (``上半年``, ``全市``), and numbers that
only look like item numbers: dates (``9月底``, ``1月20日``), amounts and
decimals (``1.2亿元``, ``3.5万``), markers inside a sentence (``其中:①…``).

Text fields are the caller's text with full-width forms made half-width, so
full- and half-width input give the same items; spans index the text given.

The page's lines and item marks come from :mod:`.item_marks`; where a
clause turns from project to progress is decided in :mod:`.clauses`. This
module walks the lines and builds the items.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field, replace

from ..lexicon import Lexicon, default_lexicon
from ..normalize import normalize, to_halfwidth
from ..period import opens_with_period, period_before
from ..signals import cues_in, find_cues, stages_in
from .clauses import (AMONG_GROUP, ASPECT, ASPECT_RE, ASPECT_START, CJK, CLAUSE_OPENERS, CLOSE, CONTENT, DATED_DONE, DIGIT, FIG_VERBS,
                      GENERIC_VERB, OPEN, OPENER_RE, PLACE_WORDS, PROJECT_NOUNS, REF, REPORT_COUNT, REPORT_STARTS, SHARE, TASK_VERBS, TIME_ONLY,
                      TRIM, VERB_FIGURE, VERB_FIRST, WORK_END, alt, cjk_count, clause_object, clean_project, done_thing, group_row, group_then_work, has_name,
                      names_project, plan_end, report_level, scan, split_point, strip_span, subject_ranges, work_under_way,
                      description_end)
from .count_runs import count_run
from .item_marks import Line, item_value, page_lines
from .named_lists import NamedItem, read_named_lists
from .pinyin import Mapped, pinyin_cut
from .programmes import with_plans
from .respectively import distributed

__all__ = ["ProseItem", "read_prose"]

# Under a heading that says where its items stand, only these make a line
# of one clause progress (已完成, 正在, 尚未, a percentage): 实现/完成 + a
# figure is the task (实现“小升规”60家).
_PROGRESS_UNDER_HEADING = re.compile(r"已|正在|尚未|%|%|目前|(?<![实出发体表])现")
_BRACKETED = re.compile(r"[((][^()()]{0,40}[))]")

# A count of what the line introduces, then 为/是/有/包括 before a colon.
_COUNTED_INTRO = re.compile(r"^\s*(?:\d{1,3}|[一两二三四五六七八九十]{1,3})\s*[项个件宗][^:,。;]*(?:为|是|有|包括)$")


@dataclass(frozen=True)
class ProseItem:
    """One project read from prose.

    ``actual`` is the page's words on its progress; where names share them
    and each is handed its own figure (A、B完成率分别达38%、64%),
    ``assigned`` is that name's part (完成率达38%).

    >>> ProseItem("1", "新增养老床位200张", "目前已完成150张").actual
    '目前已完成150张'
    """

    no: str
    project: str
    actual: str
    lead: str = ""
    official: str = ""
    section: str = ""
    span: tuple[int, int] = (0, 0)
    assigned: str = ""


# --------------------------------------------------------------------------
# Word lists. Kept here as constants so the lead can move them to lexicons/.
# --------------------------------------------------------------------------

# Field labels of a numbered item. The lead is a unit, never a person.
_LEAD_LABELS = ("牵头单位", "责任单位", "牵头部门", "责任部门", "主责单位", "主办单位", "实施单位")
# People and helpers: read so that their values stay out of the project and
# the progress, then dropped.
_OTHER_LABELS = (
    "牵头领导", "责任领导", "分管领导", "项目责任人", "责任人", "联系人",
    "配合单位", "协办单位", "参与单位", "配合部门", "存在问题", "下步打算", "下一步计划",
)
# Labels whose value is the progress.
PROGRESS_LABELS = (
    "实际完成情况", "目前完成情况", "完成情况", "进展情况", "目前进展", "工作进展",
    "项目进展", "进度情况", "推进情况", "实施情况", "完成进度", "进展",
)
# Labels whose value is the project itself.
_PROJECT_LABELS = ("项目名称", "项目内容", "建设内容", "主要内容", "目标任务", "年度目标", "任务目标", "工作目标", "年度任务", "目标")
# Words that introduce a list of items.
_LIST_INTROS = ("分别是", "分别为", "包括", "具体是", "具体为", "主要有", "如下")
# Sections of a circular: headings, never items (二、督查建议).
_SECTION_WORDS = (
    "基本情况", "总体情况", "总体进展", "主要做法", "存在问题", "主要问题", "存在的问题", "督查建议", "工作建议",
    "意见建议", "下步工作", "下一步工作", "下步打算", "下一步打算", "下步计划", "工作要求", "有关要求", "工作措施",
)
# Cue kinds that make a heading a verdict (signals.find_cues).
_VERDICT_KINDS = frozenset({"delay", "ahead", "completion", "on_pace", "done"})

# A task as the topic (在实施A改造方面,), then at most the place that did it.
_TASK_TOPIC = re.compile(r"\s*(?:此外|另外|同时)?\s*,?\s*在?(?P<task>(?:" + alt(TASK_VERBS) + r")[^,;。]{2,30}?)方面"
                         r"\s*,?\s*(?P<place>[\u4e00-\u9fff]{1,6}?(?:省|市|县|区|镇|乡|街道))?\s*")
# The publisher speaking of itself (本会, 我局), or an enumerator left alone
# (三是): no project.
_SELF = re.compile(r"(?:本|我)(?:会|局|委|院|部|办|厅|单位)|[一二三四五六七八九十]{1,2}是")
# A rate and its figure alone (完成率92%): the progress of what came before, no name.
_RATE_ONLY = re.compile(r"\s*[\u4e00-\u9fff]{0,6}率\s*(?:达到|达|为)?\s*\d+(?:\.\d+)?%\s*")
# A comparison opening the would-be name (超过省定6月底|拨付率70%): no project.
_COMPARING = re.compile(r"\s*(?:超过|高于|低于|快于|慢于|好于|优于|多于|少于)")
_COMPARED = re.compile(r"(?:较|比)(?:去年|上年|上月|上季度)(?:同期)?$|同比$")
_HOW_DONE_END = re.compile(r"(?:基本|全面|全部|提前|如期|顺利|(?<!人)均)$")  # (人均 is per head)
_SECTION_END = re.compile(r"(?:概况|主要问题|存在问题|工作建议|意见建议|下步打算|工作打算)$")
_BROKEN_AFTER_COMMA = re.compile(r"、[ \t\u3000]*\n\s*")
_SPEECH = re.compile(r"(?<![”」][,、])[“「]([^“”「」\n]{6,}?[,;。!?][^“”「」\n]*?)[”」](?![,、]\s*[“「])")
_FENCE = re.compile(r"^[ \t]*```.*?^[ \t]*```[^\n]*$", re.S | re.M)
_NOT_NEWLINE = re.compile(r"[^\n]")
_ENUM = re.compile(r"(?P<n>[一二三四五六七八九十]{1,3})是")                # 一是 二是
_ENUM_BEFORE = frozenset(":;,。!? \t\n、")
# 完成率分别为12.6%、14%: figures handed out, not names introduced.
_INTRO = re.compile(r"(?:" + alt(_LIST_INTROS) + r")\s*:?(?!\s*\d)")
_STOP_OR_BRACKET = re.compile(r"[。()\n]")
# A name, then its own progress in the brackets that close it.
_NOTE_PROGRESS = re.compile(r"(?P<name>[^()]{4,60}?)\((?P<note>[^()]{4,400})\)")
_PROGRESS_NOTE = re.compile(r"已|完成|建成|竣工|完工|投用|开工|正在|%")
# Anything that can start the progress: a clause without one is no item.
_ANY_OPENER = re.compile(alt(CLAUSE_OPENERS + ASPECT + ("(第",)) + "|" + DATED_DONE)
_LABEL = re.compile(
    r"(?P<label>" + alt(_LEAD_LABELS + _OTHER_LABELS + PROGRESS_LABELS + _PROJECT_LABELS) + r")\s*:"
)
_STOPS = re.compile(r"[。;!?]")
# Names in a row, then what they add up to (A、B、C,共投入资金约537万元).
_NAMES_THEN_TOTAL = re.compile(r"[^,;。、]{2,60}(?:、[^,;。、]{2,60})+\s*,\s*(?:共|合计|总计|共计)")
_BRACKET_LABEL = re.compile(r"【(" + alt(_LEAD_LABELS + PROGRESS_LABELS + _PROJECT_LABELS) + r")】")
_PROJECT_LABEL_LINE = re.compile(r"(?:" + alt(_PROJECT_LABELS) + r")\s*:\s*")
_INLINE_PROJECT_LABEL = re.compile(r"\s*(?:" + alt(_PROJECT_LABELS) + r")\s*:\s*")
_INLINE_PROGRESS_LABEL = re.compile(r"(?<=[。;\s])\s*(?:" + alt(PROGRESS_LABELS) + r")\s*:\s*")
# A field's value: up to a space (unless after a comma), a sentence end or a
# closing bracket.
_FIELD_VALUE = re.compile(r"(?:[^\s。;)\]】]|(?<=[,、])\s)*")
_BRACKET = re.compile(r"[(\[【]([^()\[\]【】]{1,12})[)\]】]")
# A clause that ends with its stage (安置区开工建设, 蓝鳌路至鹤山路段完工
# 通车, 营流路片区改造推进顺利): words that may stand before the stage
# words, and the cue kinds that report progress.
_STAGE_MODIFIERS = ("全面", "基本", "已经", "已", "正式", "顺利", "正在", "开始", "陆续", "相继", "均", "全部",
                    "预计", "近期", "即将", "计划", "年内", "年底前", "力争", "尚未", "仍未", "迟迟未", "还未", "未", "进入")
# How far a verdict goes, and what it is of (有所|推迟, 进度明显|滞后): the
# progress's words, never the name's.
_DEGREE = ("有所", "明显", "略有", "稍有", "略微", "较为", "相对", "严重", "进度", "进展")
_LINE_PROGRESS_LABEL = re.compile(r"(?:" + alt(PROGRESS_LABELS) + r")\s*:\s*")
_POINT = re.compile(r"[①-⑳]")
_HOW_ONGOING = re.compile(r"(?:加快|稳步|有序|全力|积极|持续|顺利)$")
_SUMMED_UP = re.compile(r"工作(?:总体|整体)?$")
_AS_A_WHOLE = re.compile(r"(?:推进|建设)?(?:总体|整体)$")
_STAGE_JOIN = re.compile(r"(?:并|且|和|及|、|" + "|".join(_STAGE_MODIFIERS) + r")+")
_TAIL_CUES = frozenset({"on_pace", "done", "completion", "delay", "stop", "ahead", "resume"})  # not 加强, 推进: exhortations end so too
# A clause that opens with what was achieved and its figure (完成危桥改造12座)
# reports progress: the thing is what the verb takes.
_DONE_VERB = re.compile(r"\s*(?:累计|已)?(?:完成|建成)(?=[\u4e00-\u9fff])")
_WORK_VERB = re.compile(r"(?:新增|新建|新改建|改建|扩建|改造|建设|修建|安装|加装|铺设|硬化|植树|种植|栽植|培训|发放|救助|帮扶|接种|筛查"
                        r"|提供|打造|创建|开展|实施|完成|建成|开工|新开工|实现)")
_TOTAL_WORDS = ("共计", "合计", "累计", "总计", "共")
# X是Y after a subject of two characters or more (not 其一是, 一是: those enumerate).
_COPULA = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?<![其一二三四五六七八九十])是(?!否)[\u4e00-\u9fff]")
# A sentence that sums up a field of work rather than naming a project.
_TOPIC_END = re.compile(r"(?:进一步|持续|不断|稳步|有序|加快|继续|逐步)(?:改善|提升|推进|加强|完善|提高|优化|加快)\s*$")
# A name and the figure it reached (一般公共预算收入508.17亿元).
_NAME_FIGURE = re.compile(r"([\u4e00-\u9fff“”]{3,20}?)(?=\d+(?:\.\d+)?\s*(?:[万亿]?[\u4e00-\u9fff]{1,3}|%))")
# A division's marker before its heading text.
_MARKER_TEXT = re.compile(r"^\s*(?:[一二三四五六七八九十]+\s*[、.]|[(][一二三四五六七八九十\d]+[)]|\d+\s*[.、])\s*")
# No part of a name: a verb of progress (主桥完成桩基|施工), a modal (各单位
# 要狠抓|落实), a date (从6月20日管控|开始), a count of a list (巴州区有3(A、B)).
_VERB_IN_NAME = re.compile(r"完成|已|正在|开展|进行|启动|推动|全力|请|加快|加大|抓紧|确保|力争|争取|督促|[要应须需将]|\d+\s*[月日]|有\s*\d|[(\[][^)\]]*、")
# A heading that names a group of projects, not one: (一)提升城市文明宜居水平方面。
_CATEGORY_HEAD = re.compile(r"(?:方面|领域|板块|类项目|类)[。:]?\s*$")
# A group of projects named by what they are to do, then 中 and what of
# them is done: 加快建设的40个项目中,已开工建设38项. The group is the item
# (a bare count, 20件民生大事中, is the programme: REPORT_COUNT).
# A count and its verdict heading the names of a clause group (4项正在抓紧实施,).
_COUNT_VERDICT = re.compile(r"\s*(?:有|另有|还有)?\s*(?:\d{1,3}|[一两二三四五六七八九十])\s*[个项件](?:项目|实事|工程)?[^\d,;:。、]{2,12},")
_GROUP_AMONG = re.compile(r"\s*([^,;:。]{2,24}?的\s*\d+\s*[个项件](?:重点)?(?:项目|工程|实事)?)\s*中\s*,")
# A progress verb right before a figure (…补助|新增18元, …医疗|完成投入16.3亿元).
# A group that plans a project's work (年度投资计划47.7亿元, 计划新建…, 总投资…).
_PLAN_GROUP = re.compile(r"计划|总投资|任务|目标")
# A verb of progress, its thing, then the figure (新增绿地2500平方米,
# 完成总工程量的80%): progress, like a verb right before its figure.
_VERB_THING_FIGURE = re.compile("(?:" + alt(FIG_VERBS) + r")[\u4e00-\u9fff]{1,6}?的?\s*\d")
# A closing clause of rates, one for each item before it (…,完成率分别达148%、
# 160%和314.4%).
_RATES_AT_END = re.compile(r"[,;]\s*(?P<pre>[^,;。\d]{0,10}?率[^,;。\d]{0,6}?|分别[^,;。\d]{0,12}?的)"
                           r"(?P<figs>\d+(?:\.\d+)?%(?:\s*[、和及]\s*\d+(?:\.\d+)?%)+)[^,;。\d]{0,6}?[。…]*\s*$")
_RATE_SEP = re.compile(r"\s*[、和及]\s*")
# A group reports progress when a result verb or rate stands before a figure
# (农村危房改造竣工3493户, 退役士兵培训参培率99.24%).
_FIG_GATE = re.compile("(?:" + alt(FIG_VERBS) + r")\s*(?:投资|资金|投入)?\s*(?:为|达|达到)?\s*\d")
# The item a count names in brackets: 进展较为缓慢工作1项(新增完成186条…).
_COUNT_BRACKET = re.compile(r"\d+\s*(?:项|个|件|处)\s*\(([^()]{4,})\)$")
# The unit in charge before a task's name: 市发改委牵头的第2项“…”.
_UNIT = r"[\u4e00-\u9fff]{1,14}?(?:局|委|部|办|院|中心|政府|公司|集团|街道|镇|乡|厅)"
_LED_BY = re.compile(
    r"\s*(?P<lead>[\u4e00-\u9fff]{1,14}?(?:局|委|办|院|中心|政府|公司|集团|街道|镇|乡))(?:牵头|负责|承办)的?"
    r"(?:第(?P<n>[\d一二三四五六七八九十百]{1,4})项)?\s*(?P<rest>.+)", re.S)
# …and after it: 南区科技园由经济部负责 (the project, then who leads it).
_LED_AFTER = re.compile(
    r"(?P<rest>.+?)\s*,?\s*由(?!于)(?P<lead>[\u4e00-\u9fff]{1,14}?(?:局|委|部|办|院|中心|政府|公司|集团|街道|镇|乡))"
    r"(?:牵头|负责|承办|组织实施|负责实施)", re.S)
# …or in brackets after the task: 开工建设50处食堂。(市教育局负责), one unit
# or several parted by 、.
_LED_BRACKET = re.compile(
    r"(?P<rest>.+?)\s*\((?P<lead>" + _UNIT + r"(?:[、,]" + _UNIT + r")*)(?:牵头|负责|承办|牵头负责|负责实施)\)[。;]?", re.S)
# A sub-item's number a level below the page's items: (1), ①, 1).
_SUB_MARK = re.compile(r"\s*(?:\(\d{1,2}\)|[①-⑳]|\d{1,2}\))\s*")
# A heading over a paragraph with no numbering of its own names the project
# when it ends like a project or a piece of work (…配套建设, 市级教育补短板).
_HEAD_NAMES = PROJECT_NOUNS + ("建设", "改造", "活动", "补短板", "提升", "整治")
# A heading's words on how its project went (…建设项目完成情况).
_HOW_IT_WENT = re.compile(r"的?(?:完成情况|进展情况|推进情况|实施情况|建设情况|进展)$")
# A heading that is a task: a verb of work, its object and figure, no
# sentence end inside (新建、改扩建公办幼儿园150所; 新增学位5万个,改造照明2万间;
# 人均基本公共卫生服务补助标准提高5.95%).
_TASK_HEAD = re.compile(r"\s*[^。;!?\d]{0,20}?(?:新增|新建|改造|改扩建|建成|建设|完成|实施|提高|开展|培训|发放)[^。;!?]{1,60}?\d[^。;!?]{0,30}")
_HOW_DONE = ("提前", "超额", "基本", "全部", "全面", "均", "按时", "如期", "顺利")
# A group that opens with a generic verb and its figure names nothing of
# its own (完成投资11.64亿元, 累计完成投资…, 实现产值…); 完成26处老旧小区
# 整治工程 names the work it did.
_AMONG_GROUP = re.compile(r"[,,]" + AMONG_GROUP.pattern)  # ,其中:在建项目185项,总投资…
_AMONG_TAIL = re.compile(r"[,,]\s*其中\s*[::]?\s*$")
# 已 in a noun's attribute (已签约的重大项目共5个, 已开工项目中有…): the
# subject of a sentence of its own, not progress going on from the one before.
_ATTRIBUTIVE = re.compile(r"\s*(?:现已|已经|已)[\u4e00-\u9fff]{1,3}(?:的|(?:项目|工程)(?:中|里|有|共))")
# An attachment's label (附件1, 附件2:): a pointer to a table, no progress.
_ATTACHMENT = re.compile(r"\s*附件\s*[\d一二三四五六七八九十]{0,3}\s*:?\s*")
# A rate of a stage or of work done ending a would-be name (竣工率, 治理完成率).
_STAGE_RATE_END = re.compile(r"(?:竣工|开工|开复工|完工|建成|投产|治理|改造|整治)(?:完成)?率$|完成率$")
# A date in Chinese numerals ending a would-be name (七十七年, 一○七年九月底).
_CN_DATE_END = re.compile(r"(?:预订|预定|预计|原订|原定|于)?[一二三四五六七八九十○〇零]{2,4}年"
                          r"(?:[一二三四五六七八九十]{1,2}月(?:底|初|中旬|上旬|下旬)?)?$")
# A headline that says a rate was reached (棚改开工率达百分百, 基本建成率超百分百).
_HEADLINE_RATE = re.compile(r"率\s*(?:达到|达|超过|超|为)\s*(?:百分之百|百分百|\d)")
# A group named only by its count (29个项目, 水头镇4个重点项目), and the topic
# just before it that it was counted under (产业项目方面,).
_BARE_GROUP = re.compile(r"\s*[\u4e00-\u9fff]{0,6}?\d+\s*(?:个|项|宗)(?:重点|在建|新建|续建)?(?:项目|工程)\s*")
_TOPIC_BEFORE = re.compile(r"(?:^|[,。;:!?\n])\s*([^,。;:!?\n]{2,16}?方面\s*,)\s*$")
# A phase of the stage before it (施工扫尾阶段, 收尾阶段): part of the stage.
_PHASE_END = re.compile(r"(?:扫尾|收尾|冲刺|攻坚|关键)?阶段$")
# A would-be name cut before its verb, ending on a word that needs one
# (计划是在|4月底完成, 人行道预埋管材正|陆续进场施工): no project.
_FUNCTION_END = ("是在", "在", "于", "正", "也", "将", "要", "把", "被", "并")
# The formulas of a reply to a deputy's proposal: no progress.
_LETTER = re.compile(r"已收悉|答复如下|函复如下|回复如下")
# What a name never ends on: a conjunction, a word of saying, an adverb.
_NO_NAME_END = ("而", "并", "且", "或", "刻意", "并非", "表示", "认为", "指出", "称", "说")
# Words that deny what follows, opening a clause.
_DENIED = ("未", "尚未", "仍未", "暂未", "没有", "没能", "未能")
# A heading that ends like a piece of work (…行动, …工程), then after a space
# a short unpunctuated phrase: the caption of a photo set beside it.
_CAPTION_AFTER = re.compile(r"\s*(?P<head>[^\n]{4,40}?(?:" + "|".join(_HEAD_NAMES) + r"))[ \t\u3000]+[^\s,。;:,;:]{2,24}\s*")
# A verb of work and its figure with no aspect word: a task (完成10个…改造).
_TASK_FIGURE = re.compile(r"\s*(?:完成|建成|新增|新建|实现)\s*\d")
# A word that names a piece of work or a site of its own (B工程完成,
# 沙溪镇长寿公园完成98%), not a part of the works before.
_WORK_WORD = re.compile(r"工程|项目|[镇乡村区县市]|街道|社区|公园|花园|广场|小区|学校|医院|中心|场馆")
_NAMELESS_PROGRESS = re.compile(r"\s*(?:累计|共|已|并|共计)?\s*(?:完成|实现|到位|拨付)(?:投资|资金|产值)\s*\d")
# A way of counting before a colon (按项目类别统计:, 分行业来看:, 从隶属关系看:).
_COUNTED_BY = re.compile(r"\s*(?:分|从|按)[^,;。:]{1,16}?(?:来看|看|统计|划分)\s*:")
# A word alone between a list's heading and its colon: …超额完成年度任务,即:
_POINTER = re.compile(r",\s*(?:即|也就是|分别是|分别为|具体是|具体为|主要是|主要有)\s*$")
# A subject that is only a place: 船山区, 全市, 东城街道.
_PLACE_ONLY = re.compile(r"\s*(?:全市|全县|全区|全省|[\u4e00-\u9fff]{1,8}?(?:区|县|市|镇|乡|街道|州))\s*")
# A count-and-verdict sentence that heads a group: 2项提前超额完成全年任务。
# / 有11个项目进展较快,超额完成序时进度。
_COUNT = re.compile(r"\d+\s*(?:项|个|件)")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_COUNT_HEAD = re.compile(
    r"""\s*(?:
        (?:全市|全县|全区|全省|我市|我县|我区)?(?:已有|共有|另有|有)?\s*\d+\s*(?:项|个|件)   # 2项… / 有11个项目…
      | [^\d,;。]{2,30}?(?:有|共)\s*\d+\s*(?:项|个|件)(?:项目|实事)?\s*$           # 提前完成的项目有5项
    )""",
    re.X,
)
_CLAUSE_MARK = re.compile(r"[,;:!?]")
_AMONG = re.compile(r"其中\s*,?")  # 其中5项已完成: the heading is 5项已完成
_AMONG_COLON = re.compile(r"其中\s*:")  # 其中:A…;B…: a list after its heading sentence
_COUNT_TAIL = re.compile(r"\([^()]{0,10}\)$")
# A task's period in brackets: (2013—2017年).
_PERIOD = re.compile(r"\(\s*\d{4}\s*年?\s*[-—–~至到]+\s*\d{4}\s*年?\s*\)")
# A task may open with 完成/建成 and its figure (完成7.4万口山坪塘整治).
_TASK_OPEN = re.compile(r"\s*(?:完成|建成)\s*\d")
# Titles and lead-ins, never a task: …进展情况, …如下.
_TITLE_ENDS = ("情况", "进展", "进度", "通报", "公示", "公告", "汇总", "一览", "盘点", "如下", "报告")
_HEAD_NOUN = re.compile(  # 已完成项目(6项), 已投入使用9项
    r"(?:(?:项目|实事|事项|工程|任务|类)\s*(?:\([^()]{0,10}\))?|(?:项目|工程)?\s*\d+\s*(?:项|个|件)(?:项目|工程)?)$"
)
_YEAR = re.compile(r"\d{4}\s*年|\d{1,2}月\d{1,2}日")


# --------------------------------------------------------------------------
# The reader.
# --------------------------------------------------------------------------


# A date or a clock time as a page's byline prints it.
_STAMP = re.compile(r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\b\d{1,2}:\d{2}\b|\d+\s*(?:个月|天|小时|分钟)前")
_TIME_WORD = re.compile(r"上月|本月|当月|上周|本周|目前|近期|日前|近日|今年|去年|年初|年底")
# The subject of the programme's tally (已竣工项目共|50个, …的项目有|188个).
_TALLY_SUBJECT = re.compile(r"项目(?:数)?(?:共|有|共有|总数为|数为)$")
# The aspect words that say work is done, not going on or not begun.
_DONE_ASPECT = frozenset({"已", "现已", "已经"})


@dataclass
class _Section:
    level: int
    text: str
    official: str
    used: bool = False


@dataclass
class _Reader:
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
        topic = _TASK_TOPIC.fullmatch(normalize(proj))
        if topic is not None:
            proj = proj[slice(*topic.span("task"))]  # 在实施A改造方面,|晋江市|已完成…: the task is the project
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
        led = _LED_BRACKET.fullmatch(normalize(proj))
        if led is not None and cjk_count(led.group("rest")) >= 2:
            lead, proj = lead or proj[slice(*led.span("lead"))], proj[slice(*led.span("rest"))]
        act = self._text(actual)
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
        if _TIME_WORD.fullmatch(bare) or TIME_ONLY.fullmatch(bare) or _TALLY_SUBJECT.search(bare) or _STAMP.search(bare) \
                or _COMPARED.search(plain) or _SELF.fullmatch(plain) or _COMPARING.match(plain) or _RATE_ONLY.fullmatch(plain) \
                or plain.endswith(_FUNCTION_END):
            # 上月|已启动…, 已竣工项目共|50个, 齐鲁晚报 2016-08-09 00:00: a time,
            # the programme's tally or a news stamp is no project; nor is a
            # comparison with last year (完成投资较去年同期|增加50.6亿元), nor
            # the publisher speaking of itself (本会|已研定…).
            return
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

    # -- the walk --------------------------------------------------------

    def read(self, item_level: int | None) -> list[ProseItem]:
        """Walk the lines: markers above the item level head sections,
        markers at it start items, other lines are headings or prose."""
        i, n = 0, len(self.lines)
        parts: list[tuple[int, int]] = []  # the tasks of the last task heading
        after = 0  # where the items under it start
        while i < n:
            ln = self.lines[i]
            if ln.mark is not None and item_level is not None and ln.mark.level < item_level:
                self._pair_tasks(parts, after)
                self._push_section(ln.mark.level, self._line_text(ln), self._heading_official(ln))
                before = len(self.items)
                i += 1
                first = i
                while i < n and self.lines[i].mark is None:
                    i = self._plain(i, n)
                if not self._task_heading_item(ln, before, first, i):
                    self._heading_is_item(ln, before)
                if len(self.items) == before and first < i and self._reports(first, i) and self._names_work(ln):
                    # 二、解决6万人农村饮水安全问题。(责任单位:…)该件实事已全面完成 /
                    # 此项工作已完成。…: a division with no items of its own
                    # over paragraphs that report is one item, as a numbered
                    # line over its progress is.
                    self.sections.pop()
                    pieces = [(ln.body, ln.end)] + [(x.start, x.end) for x in self.lines[first:i]]
                    self._numbered_item(ln, pieces, i == n)
                parts, after = self._task_parts(ln), len(self.items)
                continue
            if ln.mark is not None:
                i = self._numbered(i, item_level)
                continue
            i = self._plain(i, n)
        self._pair_tasks(parts, after)
        return self.items

    def _names_work(self, ln: Line) -> bool:
        """Does a division's heading name a piece of work (解决6万人农村饮水
        安全问题), not a part of a circular (已开工项目进展情况) or the programme?"""
        hs, he = self._first_line(ln)
        head = self.t[hs:he]
        cut = head.find("。")
        head = head[:cut] if cut > 0 else head
        return cjk_count(head) >= 4 and _HOW_IT_WENT.search(head) is None and not report_level(head) \
            and not head.rstrip(TRIM).endswith(("情况", "概况", "建议", "措施")) and not self._section_word(ln)

    def _reports(self, first: int, end: int) -> bool:
        """Do the lines first..end-1 report progress (an aspect word, a stage, a cue)?"""
        a, b = self.lines[first].start, self.lines[end - 1].end
        text = self.h[a:b]
        return ASPECT_RE.search(self.t, a, b) is not None or bool(stages_in(self.t[a:b], text, self.lexicon)) \
            or any(c.active for c in cues_in(self.t[a:b], text, self.lexicon))

    def _first_line(self, ln: Line) -> tuple[int, int]:
        """A numbered line's text up to its first line break (the heading
        of a block that runs on over the lines below it)."""
        hs, he = strip_span(self.t, ln.body, ln.end, TRIM + "。")
        nl = self.t.find("\n", hs, he)
        return hs, (nl if nl >= 0 else he)

    def _task_parts(self, ln: Line) -> list[tuple[int, int]]:
        """The tasks a task heading states, cut at its commas (一、新增学位5万个,
        改造照明2万间 → two); none for a heading that is no task."""
        hs, he = self._first_line(ln)
        if _TASK_HEAD.fullmatch(self.t, hs, he) is None:
            return []
        clauses, _ = scan(self.t, hs, he, ",;")
        return [strip_span(self.t, a, b) for a, b, _ in clauses]

    def _pair_tasks(self, parts: list[tuple[int, int]], after: int) -> None:
        """一、A任务,B任务 / (一)…A的进展 / (二)…B的进展: numbered items under a
        heading that states as many tasks as they are, one each, in order: the
        task is each item's project, the item as written its progress."""
        items = self.items[after:]
        if len(parts) < 2 or len(items) != len(parts) or not all(it.no for it in items):
            return
        for k, (it, (a, b)) in enumerate(zip(items, parts)):
            self.items[after + k] = replace(it, project=self.h[a:b].strip(), actual=self.h[it.span[0] : it.span[1]].strip())

    def _heading_is_item(self, ln: Line, before: int) -> None:
        """一、地区生产总值 / 据…,2017年全区地区生产总值实现5629.4亿元…: a
        heading over one paragraph that reports on what the heading names is
        that item, the whole paragraph its progress."""
        if len(self.items) - before != 1:
            return
        hs, he = strip_span(self.t, ln.body, ln.end, TRIM + "。")
        it = self.items[-1]
        if it.no or not self._names_item(hs, he, it):
            return
        k = bisect_right([x.start for x in self.lines], it.span[0]) - 1
        para = self.lines[k] if k >= 0 else None
        if para is None or para.mark is not None:
            return
        self.items[-1] = replace(it, project=self.h[hs:he].strip(), actual=self._text([(para.start, max(para.end, it.span[1]))]),
                                 span=(ln.start, max(para.end, it.span[1])))

    def _task_heading_item(self, ln: Line, before: int, first: int, end: int) -> bool:
        """二、新建、改扩建公办幼儿园150所 / 省级财政补助资金下达…。全省开工…195所…:
        a heading that states a task (a verb of work and its figure) over
        unnumbered paragraphs is that task, the paragraphs its progress,
        however many items they would make on their own."""
        if len(self.items) == before or first >= end:
            return False
        hs, he = self._first_line(ln)
        if _TASK_HEAD.fullmatch(self.t, hs, he) is None or report_level(self.t[hs:he]):
            return False
        a, b = strip_span(self.t, self.lines[first].start, self.lines[end - 1].end)
        b = max(b, self.items[-1].span[1])
        assert ln.mark is not None  # a numbered heading
        del self.items[before:]
        self._emit(ln.mark.no, [(hs, he)], [(a, b)], (ln.start, b))
        return len(self.items) > before

    def _names_item(self, hs: int, he: int, it: ProseItem) -> bool:
        """Does the heading t[hs:he] name the item (地区生产总值 in
        2017年全区地区生产总值)?"""
        head = re.sub(r"\s+", "", self.h[hs:he])
        return len(head) >= 3 and head in re.sub(r"\s+", "", it.project)

    def _line_text(self, ln: Line) -> str:
        s, e = strip_span(self.t, ln.start, ln.end)
        return self.h[s:e].strip()

    def _heading_official(self, ln: Line) -> str:
        s, e = strip_span(self.t, ln.body, ln.end, TRIM + "。")
        head = self.h[s:e].strip()
        return head if self._verdict(self.t[s:e]) else ""

    def _block_end(self, i: int) -> int:
        """The index after the last body line of the item starting at i."""
        j, n = i + 1, len(self.lines)
        while j < n:
            ln = self.lines[j]
            if ln.mark is not None:
                break
            if j + 1 < n and self.lines[j + 1].mark is not None and self._is_heading(ln):
                # A heading over the next items ends this one, but the line
                # right under an item's name is its progress unless the item
                # has progress already or the line is a verdict heading.
                if j > i + 1 or self._has_progress(self.lines[i]) or self._verdict(self.t[ln.start : ln.end].strip()):
                    break
            j += 1
        return j

    def _has_progress(self, ln: Line) -> bool:
        """Does an item's own line hold its progress already?"""
        return split_point(self.t, ln.body, ln.end, "single") is not None or _LABEL.search(self.t, ln.body, ln.end) is not None

    def _numbered(self, i: int, item_level: int | None) -> int:
        """Read the numbered block starting at line i: a section when a big
        division holds projects of its own, else one item. Returns the next
        line to read."""
        ln = self.lines[i]
        assert ln.mark is not None
        cap = _CAPTION_AFTER.fullmatch(self.t, ln.body, ln.end)
        if cap is not None and "\n" not in self.t[ln.body : ln.end]:
            # 二开展缓解“停车难”行动 市城区翰海停车场: the photo's caption set
            # after the heading is no part of it.
            ln.end = cap.end("head")
        if self._section_word(ln):
            # 二、督查建议: a part of a circular, never an item.
            self._push_section(ln.mark.level, self._line_text(ln), "")
            return i + 1
        j = self._block_end(i)
        body = self.lines[i + 1 : j]
        last = j == len(self.lines)
        if self._list_section(i, j):
            return j
        # The last block runs to the end of the page, closing words and all:
        # it is a section only if the blocks of its kind before it were.
        if ln.mark.level <= 1 and body and (not last or self._was_section.get(ln.mark.style, True)):
            found = self._as_section(i, j)
            self._was_section[ln.mark.style] = found
            if found:
                return j
        else:
            self._was_section[ln.mark.style] = False
        if self._sub_items(ln, body):
            return j
        pieces = [(ln.body, ln.end)] + [(b.start, b.end) for b in body]
        used = self._numbered_item(ln, pieces, last)
        return i + used

    def _sub_items(self, ln: Line, body: list[Line]) -> bool:
        """1.重点项目开复工情况。 / (1)新建重点项目:81个…已开工52个 / (2)…: a
        numbered heading with no figure over lines numbered a level down,
        each a project with its progress, is their section; the lines are
        items 1.1, 1.2 …. Every line must give an item, or none is taken."""
        t = self.t
        assert ln.mark is not None  # a numbered line
        if len(body) < 2 or DIGIT.search(t, ln.body, ln.end) is not None:
            return False
        subs = [_SUB_MARK.match(t, b.start, b.end) for b in body]
        if any(m is None for m in subs):
            return False
        saved_sections = [(_Section(x.level, x.text, x.official, x.used)) for x in self.sections]
        saved_items = len(self.items)
        self._push_section(ln.mark.level, self._line_text(ln), self._heading_official(ln))
        for k, (b, m) in enumerate(zip(body, subs), 1):
            assert m is not None
            before = len(self.items)
            self._paragraph(m.end(), b.end)
            if len(self.items) - before != 1:
                del self.items[saved_items:]
                self.sections = saved_sections
                return False
            self.items[-1] = replace(self.items[-1], no=f"{ln.mark.no}.{k}")
        return True

    def _section_word(self, ln: Line) -> bool:
        s, e = strip_span(self.t, ln.body, ln.end, TRIM + "。")
        # 工程项目概况, 存在主要问题, 下步工作建议: a part of the circular by its last word.
        return self.t[s:e] in _SECTION_WORDS or (e - s <= 10 and _SECTION_END.search(self.t, s, e) is not None)

    def _list_section(self, i: int, j: int) -> bool:
        """A numbered line whose first sentence heads a list that follows
        on the line (（二）考核指标完成情况。…有26个指标超额完成任务,分别是:A;B;…)
        is a section over the list's items."""
        t, ln = self.t, self.lines[i]
        s, e = strip_span(t, ln.body, ln.end)
        k = t.find("。", s, min(e, s + 60))
        if k < 0 or not has_name(t, s, k) or _CLAUSE_MARK.search(t, s, k) or CONTENT.search(t, k + 1, e) is None:
            return False
        # (一)1个项目提前完成年度目标任务。A项目于1月顺利完工…: a sentence
        # that counts projects and gives their verdict heads the sentences
        # after it, as much as 分别是 does.
        self._stops = _sentence_stops(t, s, e)
        heads = self._count_heads(s, e)
        counted = any(a <= s + 2 and b == k + 1 for a, b in heads)
        # 二、保障类项目快速推进。17项…中,10项进展较快。其中A、B等2项…: a
        # heading over sentences that a count and its verdict heads.
        if not counted and not any(a > k for a, _ in heads) \
                and _INTRO.search(t, k + 1, e) is None and _AMONG_COLON.search(t, k + 1, e) is None:
            return False
        saved_sections = [(_Section(x.level, x.text, x.official, x.used)) for x in self.sections]
        saved_items = len(self.items)
        official = self.h[s:k].strip() if self._verdict(t[s:k]) else ""
        assert ln.mark is not None  # a numbered line
        self._push_section(ln.mark.level, self.h[ln.start : k].strip(), official)
        self._paragraph(k + 1, e)
        listed = sum(1 for it in self.items[saved_items:] if it.official)
        m = i + 1
        while m < j:
            m = self._plain(m, j)
        if len(self.items) - saved_items >= 2 and (listed >= 2 or len(self.items) - saved_items >= 3):
            return True
        if counted and len(self.items) > saved_items:
            return True  # a count of one heads one item
        del self.items[saved_items:]
        self.sections = saved_sections
        return False

    def _as_section(self, i: int, j: int) -> bool:
        """A big-division block (一、 / (一)) whose body holds projects of
        its own is a section: read its body as such and keep the result."""
        ln = self.lines[i]
        hs, he = strip_span(self.t, ln.body, ln.end, TRIM + "。")
        if j == i + 2 and self._progress_label(i + 1) is not None:
            # (二)开展城乡环卫一体化提升行动。/ 完成情况:新组建环卫所70处,…:
            # the label says the line is how the heading's work went, however
            # many things it counts.
            return False
        if (self.t.endswith(_HEAD_NAMES, hs, he) or _TASK_HEAD.fullmatch(self.t, *self._first_line(ln))) \
                and not any(b.mark is not None for b in self.lines[i + 1 : j]) \
                and _CATEGORY_HEAD.search(self.t, hs, he) is None:
            # 一、乡村“万盏灯光”工程 / its paragraph: a heading that names a
            # project, or states a task with its figure (二、新建公办幼儿园150所),
            # over prose with no numbering of its own, is that project and the
            # prose its progress (however many clauses).
            return False
        saved_sections = [(_Section(s.level, s.text, s.official, s.used)) for s in self.sections]
        saved_items = len(self.items)
        assert ln.mark is not None  # a numbered line
        self._push_section(ln.mark.level, self._line_text(ln), self._heading_official(ln))
        k = i + 1
        while k < j:
            k = self._plain(k, j)
        found = len(self.items) - saved_items
        heading = self.t[ln.body : ln.end]
        # 一、地区生产总值 / 2017年全区地区生产总值实现…: the heading is the item.
        names_item = found == 1 and self._names_item(hs, he, self.items[-1])
        # 一、A公园建设项目完成情况 / one paragraph: the heading names the
        # project and says the paragraph is how it went.
        said = _HOW_IT_WENT.search(self.t, hs, he)
        told = found == 1 and said is not None and said.start() - hs >= 4 and self.t.endswith(_HEAD_NAMES, hs, said.start()) \
            and not any(b.mark is not None for b in self.lines[i + 1 : j]) and not report_level(self.t[hs : said.start()])
        if not names_item and not told and (found >= 2 or (found == 1 and not any(ch.isdigit() for ch in heading))):
            return True
        del self.items[saved_items:]
        self.sections = saved_sections
        return False

    def _numbered_item(self, ln: Line, pieces: list[tuple[int, int]], last: bool) -> int:
        """Emit the item of a numbered block; returns how many lines it used."""
        t, mark = self.t, ln.mark
        assert mark is not None
        no = mark.no if mark.style != "bullet" else ""
        if len(pieces) > 1 and all(self._task_under_verdict(a, b) for a, b in pieces):
            # ⑤A(责任单位:X); / B(责任单位:Y); / C(责任单位:Z)。 under 8项进展偏慢的…为:
            # lines of the list that lost their marks on the way: tasks of
            # their own, each with its lead, never the progress of the first.
            fields = [self._closing_fields([(a, b)], [(m, 0) for m in _LABEL.finditer(t, a, b)]) for a, b in pieces]
            if all(f is not None and f[1] for f in fields):
                for k, ((a, b), f) in enumerate(zip(pieces, fields)):
                    assert f is not None
                    (ta, tb), lead = f[0][0], f[1]
                    self._emit(no if k == 0 else "", [strip_span(t, ta, tb, TRIM + "。")], [],
                               (mark.start if k == 0 else a, b), lead=lead)
                return len(pieces)
        labels = [(m, k) for k, (a, b) in enumerate(pieces) for m in _LABEL.finditer(t, a, b)]
        closing = self._closing_fields(pieces, labels) if labels else None
        if closing is not None:
            # 1.关于“…”事项。/ 上半年…进度滞后。(牵头责任单位:市商务局): a
            # field in brackets that closes the block only names the lead;
            # the block reads as if it were not there.
            trimmed, lead = closing
            before = len(self.items)
            used = self._numbered_item(ln, trimmed, last)
            if lead and len(self.items) > before and not self.items[-1].lead:
                self.items[-1] = replace(self.items[-1], lead=lead)
            return used  # trimmed has one piece for each of pieces
        if labels:
            self._labelled(no, ln, pieces, labels)
            return len(pieces)
        if self._category_item(ln, pieces):
            return len(pieces)
        head_s, head_e = pieces[0]
        if len(pieces) == 1 and self._numbered_parts(no, mark.start, head_s, head_e):
            return 1
        if len(pieces) == 1 and self._task_under_verdict(head_s, head_e):
            self._emit(no, [(head_s, head_e)], [], (mark.start, head_e))
            return 1
        counted = _COUNTED_BY.match(t, head_s, head_e)
        if counted is not None:
            # ■按项目类别统计:A项目172个,完成投资…;B…: a way of counting
            # names no item; what follows it (and the lines under it) is
            # read as running text.
            before = len(self.items)
            for k, (a, b) in enumerate(pieces):
                self._paragraph(counted.end() if k == 0 else a, b)
            if len(self.items) > before:
                return len(pieces)
        if len(pieces) == 1:
            sp = split_point(t, head_s, head_e, "single")
            if sp is not None and sp[1] is None:
                # 1.固定资产投资增长8%。|1-11月固定资产投资同比增长6.3%: a
                # sentence that opens with the period reported starts the
                # progress; the task sentence before it is the project's whole.
                stop = t.find("。", head_s, head_e)
                if head_s < sp[0] < stop and self._opens_with_period(stop + 1, head_e) \
                        and ASPECT_RE.search(t, head_s, stop) is None:
                    sp = (stop + 1, None)
            if sp is not None and sp[0] > head_s and t[sp[0] - 1] in "。!?:":
                # 1、供水工程。该项目年度计划投入2.6亿元,|目前仅完成…; 1.X工程:
                # 工程总投资350万元,主要对…改造,|已完成整治 (a description
                # after the name's colon is the project's too).
                q = plan_end(t, sp[0], head_e, described=t[sp[0] - 1] == ":")
                if q is None and t[sp[0] - 1] == "。":
                    # 一、抓好…示范区建设。我镇…涉及七个村,项目总投资800余万元…。|截止目前…:
                    # the task described, then how far it got.
                    q = description_end(t, sp[0], head_e)
                if q is not None:
                    sp = (q, sp[1])
            if sp is None:
                sp = self._name_figure(head_s, head_e)
            if sp is None and no and self._all_progress(head_s, head_e):
                # (一)已新增老年助餐服务点235个、…,整体完成率111.5%。: the
                # item is its progress; the number alone names it.
                self._emit(no, [], [(head_s, head_e)], (mark.start, head_e), unnamed=True)
            elif sp is not None:
                self._emit_split(no, head_s, head_e, sp, [], mark.start)
            elif self._under_heading(mark.level) and cjk_count(t[head_s:head_e]) >= 8:
                # 六、城市管理指数 / 2. 每月做好市级台帐整治工作…: a line of
                # work done under the indicator it reports on.
                heading = _MARKER_TEXT.sub("", self.sections[-1].text).strip().rstrip("。")
                before = len(self.items)
                self._emit(no, [(head_s, head_e)], [(head_s, head_e)], (mark.start, head_e))
                if len(self.items) > before:
                    self.items[-1] = replace(self.items[-1], project=heading)
            else:
                self._emit(no, [(head_s, head_e)], [], (mark.start, head_e))
            return 1
        sp = split_point(t, head_s, head_e, "head")
        body = pieces[1:]
        if sp is not None and _TASK_FIGURE.match(t, sp[0], head_e) and ASPECT_RE.search(t, head_s, head_e) is None:
            # (1)增加1000张老年病床,完成10个薄弱养老机构的改造 / 超出目标任务。…:
            # a verb and its figure with no 已 on the heading line is a task
            # of the item, not its progress, which the lines below give.
            sp = None
        if last:
            # The last item of a page has no next marker to stop it: take
            # one paragraph of progress, or none when the line holds it.
            body = [] if sp is not None else body[:1]
        q = plan_end(t, body[0][0], body[0][1]) if sp is None and body else None
        if q is not None:
            # 1.城区充电桩建设项目。 / 该项目计划投资480万元,…。|完成项目投资380万元…
            self._emit(no, [(head_s, head_e), (body[0][0], q)], [(q, body[0][1])] + body[1:],
                       (mark.start, body[-1][1]))
        elif sp is None:
            end = body[-1][1] if body else head_e
            self._emit(no, [(head_s, head_e)], body, (mark.start, end))
        else:
            self._emit_split(no, head_s, head_e, sp, body, mark.start)
        return 1 + len(body)

    def _all_progress(self, s: int, e: int) -> bool:
        """An item that opens with work done (已新增…, 已完成…, 已建成…) and
        holds a figure: progress from its first word, no name before it."""
        m = ASPECT_START.match(self.t, s, e)
        return (m is not None and m.group().strip() in _DONE_ASPECT
                and DIGIT.search(self.t, s, e) is not None)

    def _task_under_verdict(self, s: int, e: int) -> bool:
        """③建设新玉环人安居工程20万平方米(责任单位:市住建局); under a heading
        that says where its items stand (8项进展偏慢的…为:): one clause with
        no word of work done or going on is the task, its figure the year's,
        and the heading its progress."""
        if not self.sections or not self.sections[-1].official:
            return False
        body = _BRACKETED.sub("", self.t[s:e]).strip(" ;;。.,")
        return bool(body) and not re.search(r"[,;,;。:]", body) and _PROGRESS_UNDER_HEADING.search(body) is None

    def _numbered_parts(self, no: str, mark_start: int, s: int, e: int) -> bool:
        """1,全市城镇新增就业15.59万人,完成全年目标的103.9%;提供高校毕业生
        就业岗位17.27万个,完成全年目标的172%;…: a numbered line of several
        tasks, each with its own share of the year, is an item per task,
        numbered 1.1, 1.2 … under the line's number."""
        t = self.t
        colon = t.find(":", s, min(e, s + 40))
        if colon >= 0:
            return False  # X方面:A…;B…: the heading is the item
        ranges = subject_ranges(t, s, e, "news")
        if len(ranges) > 2 and TIME_ONLY.fullmatch(t[ranges[0][0] : ranges[0][1]].rstrip(",; ")):
            ranges = [(ranges[0][0], ranges[1][1])] + ranges[2:]  # 截至11月底, opens the first part
        if len(ranges) < 2 or not all(SHARE.search(t, a, b) or "%" in t[a:b] for a, b in ranges):
            return False
        splits = [split_point(t, a, b, "news") for a, b in ranges]
        if any(sp is None or sp[0] <= a for sp, (a, _) in zip(splits, ranges)):
            return False
        for k, ((a, b), sp) in enumerate(zip(ranges, splits), 1):
            assert sp is not None
            self._emit_split(f"{no}.{k}" if no else "", a, b, sp, [], mark_start if k == 1 else a)
        return True

    def _name_figure(self, s: int, e: int) -> tuple[int, None] | None:
        """一般公共预算收入|508.17亿元,同比增长6.5%: a name, then at once the
        figure reached, in a numbered line nothing else splits."""
        t = self.t
        a = clean_project(t, s, e)[0]
        m = _NAME_FIGURE.match(t, a, e)
        if m is None or not names_project(t, a, m.end(1)) or _VERB_IN_NAME.search(t, a, m.end(1)) \
                or report_level(t[a : m.end(1)]):
            return None
        return m.end(1), None

    def _under_heading(self, level: int) -> bool:
        """Is the item numbered under a heading of a bigger division?"""
        return bool(self.sections) and self.sections[-1].level < level and self.sections[-1].level != 99 \
            and not self.sections[-1].official

    def _stage_tail(self, a: int, b: int) -> int | None:
        """Where the stage that ends the clause t[a:b] starts, when a
        project's name stands before it (安置区|开工建设, 潮海街道社区卫生
        中心|建成启用, 营流路片区改造|推进顺利), else None. A work word
        alone (改造, 建设) ends many names and is no stage here unless a
        modifier marks it (正在|施工)."""
        key = (a, b)
        if key not in self._tails:
            self._tails[key] = self._find_stage_tail(a, b)
        return self._tails[key]

    def _find_stage_tail(self, a: int, b: int) -> int | None:
        t = self.t
        a, b = strip_span(t, a, b, TRIM + "。")
        if b - a < 5 or b - a > 48:
            return None
        seg = t[a:b]
        marks = [(m.span[0], m.span[1], m.rung == "施工" and m.state == "under_way")
                 for m in stages_in(seg, seg, self.lexicon)]
        # Work going on (加快推进) is a tail only after a project's own noun
        # (…安置项目加快推进): after anyone else it is an exhortation.
        for c in cues_in(seg, seg, self.lexicon):
            if c.kind in _TAIL_CUES:
                marks.append((c.span[0], c.span[1], False))
            elif c.kind == "ongoing":
                how = _HOW_ONGOING.search(seg, 0, c.span[0])
                x = how.start() if how else c.span[0]
                if seg.endswith(PROJECT_NOUNS, 0, x):
                    marks.append((x, c.span[1], False))
        marks.sort()
        run: list[tuple[int, bool]] = []
        # 进入施工|扫尾阶段: the phase word after the stage is the stage's.
        phase = _PHASE_END.search(seg)
        end = phase.start() if phase is not None and phase.start() > 0 else len(seg)
        for x, y, work in reversed(marks):
            if y != end:
                if y > end:
                    continue  # inside a mark taken already
                if not run or not _STAGE_JOIN.fullmatch(seg, y, end):
                    break  # 完工并正式通车: stages joined by 并 are one run
            run.append((x, work))
            end = x
        # 营流路片区改造|推进顺利: a work word before the stage is the name's.
        while len(run) > 1 and run[-1][1]:
            run.pop()
        if not run:
            return None
        start, work_only = run[-1][0], all(w for _, w in run)
        marked = False
        for _ in range(3):  # 预计近期|开工建设, 已全面|完工, 工程|进度明显|滞后
            w = next((w for w in _STAGE_MODIFIERS + _DEGREE if seg.startswith(w, start - len(w)) and start - len(w) > 0), None)
            if w is None:
                break
            start -= len(w)
            marked = True
        if work_only and not marked:
            return None
        p = a + start
        if cjk_count(t[a:p]) < 3 or not names_project(t, a, p) or report_level(t[a:p]) \
                or _VERB_IN_NAME.search(t, a, p) is not None or t[a:p].rstrip().endswith(_NO_NAME_END):
            # 主桥完成桩基|施工: a verb of progress is no part of a name; nor
            # does 受到外力影响而|延宕 or 表示并非刻意|延宕 end on one.
            return None
        if _SUMMED_UP.search(t, a, p):
            return None  # 重点前期项目工作总体|进展顺利: the programme summed up
        whole = _AS_A_WHOLE.search(t, a, p)
        if whole is not None and cjk_count(t[a : whole.start()]) >= 3:
            p = whole.start()  # 17个重大前期项目|推进总体进展顺利: 总体 says how, not what
        return p

    def _stage_subjects(self, a: int, b: int) -> list[tuple[int, int]] | None:
        """t[a:b] cut into its clauses that each name a project and end with
        its stage (A推进顺利,B开工建设,C完工通车), a clause of another shape
        going with the one before; None unless at least two are of that
        shape and the first of them opens the group or follows only the
        scene (今年以来,X全力推动新建项目前期工作,A预计近期开工建设,B顺利推进)."""
        clauses, _ = scan(self.t, a, b, ",;")
        if len(clauses) < 2:
            return None
        # 未按计划实施或开工: a clause that opens denied names nothing; it
        # says more of the one before.
        tails = [self._stage_tail(cs, ce) is not None and not self.t[cs:ce].lstrip().startswith(_DENIED)
                 for cs, ce, _ in clauses]
        if sum(tails) < 2:
            return None
        first = tails.index(True)
        if first > 2 or first > 0 and DIGIT.search(self.t, a, clauses[first][0]) is not None:
            return None  # what opens the group reports a figure of its own: one item
        starts = [clauses[k][0] if k > first or first > 0 else a for k in range(first, len(clauses)) if tails[k]]
        return [(x, starts[k + 1] if k + 1 < len(starts) else b) for k, x in enumerate(starts)]

    def _category_item(self, ln: Line, pieces: list[tuple[int, int]]) -> bool:
        """(一)提升城市文明宜居水平方面。A推进顺利,B开工建设。…: a heading that
        names a group of projects over sentences that name their own: the
        projects are the items, the heading their section."""
        t = self.t
        s, e = strip_span(t, pieces[0][0], pieces[0][1])
        k = t.find("。", s, min(e, s + 40))
        head_end = k if k >= 0 else e
        if _CATEGORY_HEAD.search(t, s, head_end + 1 if k >= 0 else e) is None or DIGIT.search(t, s, head_end):
            return False
        body = ([(k + 1, e)] if k >= 0 and k + 1 < e else []) + list(pieces[1:])
        if not body:
            return False
        before = len(self.items)
        heading = self.h[s:head_end].strip()
        for x, y in body:
            self._paragraph(x, y)
        if len(self.items) - before >= 2:
            self.items[before:] = [replace(it, section=heading) for it in self.items[before:]]
            return True
        del self.items[before:]
        return False

    def _closing_fields(self, pieces: list[tuple[int, int]],
                        labels: list[tuple[re.Match[str], int]]) -> tuple[list[tuple[int, int]], str] | None:
        """When every field of a block is in brackets that close a piece
        (…完成年度计划31%。(牵头责任单位:市商务局)) and none is the
        progress: the pieces without those brackets, and the lead named.
        None otherwise."""
        t = self.t
        out = list(pieces)
        lead = ""
        for m, k in labels:
            name = m.group("label")
            if name in PROGRESS_LABELS or name in _PROJECT_LABELS:
                return None
            a, b = out[k]
            o = m.start()
            # 牵头责任单位: the label found may follow words of its own.
            while o > a and (t[o - 1].isspace() or CJK.match(t, o - 1) and m.start() - o < 4):
                o -= 1
            if o <= a or t[o - 1] not in "([【":
                return None
            c = t.find(")]】"[("([【").index(t[o - 1])], m.end(), b)
            rest = strip_span(t, c + 1, b, TRIM + "。.") if c >= 0 else (0, 1)
            if rest[0] < rest[1]:
                return None  # the bracket does not close the piece
            if name in _LEAD_LABELS and not lead:
                x, y = strip_span(t, m.end(), c)
                lead = self.h[x:y]
            out[k] = (a, o - 1)
        if cjk_count(self._text(out[:1])) < 2:
            return None
        return out, lead

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

    def _labelled(self, no: str, ln: Line, pieces: list[tuple[int, int]], labels: list[tuple[re.Match[str], int]]) -> None:
        """An item with fields: 责任单位:… 实际完成情况:…"""
        t = self.t
        assert ln.mark is not None
        first, k0 = labels[0]
        cut = first.start()
        # A field in brackets, 改造管网30公里(牵头单位:市水务局), leaves the
        # bracket out of the project.
        while cut > pieces[k0][0] and t[cut - 1].isspace():
            cut -= 1
        if cut > pieces[k0][0] and t[cut - 1] in "([【":
            cut -= 1
        project = list(pieces[:k0]) + [(pieces[k0][0], cut)]
        actual: list[tuple[int, int]]
        tail_from: tuple[int, int] | None
        proj_label: tuple[int, int] | None
        lead, actual, tail_from, proj_label = "", [], None, None
        for idx, (m, k) in enumerate(labels):
            name = m.group("label")
            nxt = labels[idx + 1] if idx + 1 < len(labels) else None
            stop = nxt[0].start() if nxt is not None and nxt[1] == k else pieces[k][1]
            if name in PROGRESS_LABELS:
                if not actual:
                    actual = [(m.end(), stop)]
                    if nxt is None or nxt[1] != k:
                        actual += pieces[k + 1 : nxt[1] if nxt is not None else len(pieces)]
                continue
            v = _FIELD_VALUE.match(t, m.end(), stop)
            while v is not None and v.end() == m.end() and m.end() < stop and t[m.end()].isspace():
                v = _FIELD_VALUE.match(t, m.end() + 1, stop)
            vs, ve = (v.start(), v.end()) if v else (m.end(), m.end())
            after = ve + 1 if ve < stop and t[ve] in ")]】" else ve
            if name in _LEAD_LABELS and not lead:
                a, b = strip_span(t, vs, ve)
                lead = self.h[a:b]
            if name in _PROJECT_LABELS and proj_label is None:
                proj_label = (vs, ve)
            tail_from = (k, after)
        if proj_label is not None and cjk_count(self._text(project)) < 2:
            project = [proj_label]
        if not actual and tail_from is not None:
            k, ve = tail_from
            actual = [(ve, pieces[k][1])] + pieces[k + 1 :]
        end = pieces[-1][1]
        self._emit(no, project, actual, (ln.mark.start, end), lead=lead)

    # -- unnumbered lines ------------------------------------------------

    def _plain(self, i: int, n: int) -> int:
        """Read the unnumbered line i (within lines[:n]); returns the next index."""
        ln = self.lines[i]
        if ln.mark is not None:
            return i + 1
        if self._labelled_progress(i) or self._labelled_pair(ln):
            return i + 1
        if self._is_heading(ln) and i + 1 < n:
            return self._heading_line(i)
        # A run of headed paragraphs (X工程。全年建成…) or of task lines with
        # their progress on the next line (X(2013—2017年)。 / 上半年已完成…).
        pairs: list[tuple[int, int | None]]
        run, pairs = i, []
        while run < n and self.lines[run].mark is None:
            if self._headed(self.lines[run]) is not None:
                pairs.append((run, None))
                run += 1
            elif run + 1 < n and self.lines[run + 1].mark is None and self._task_line(self.lines[run]) \
                    and self._progress_line(self.lines[run + 1]):
                pairs.append((run, run + 1))
                run += 2
            else:
                break
        if len(pairs) >= 2:
            for k, nxt in pairs:
                if nxt is None:
                    # 就业社保方面。A…;B…: a group's heading over clauses
                    # that each report a piece of work of their own.
                    line = self.lines[k]
                    if not self._category_item(line, [(line.start, line.end)]):
                        self._headed_item(line)
                else:
                    self._pair_item(self.lines[k], self.lines[nxt])
            return run
        before = len(self.items)
        self._paragraph(ln.start, ln.end)
        if len(self.items) == before:
            self._drop_unused_heading()
            self._pending = i
        return i + 1

    def _labelled_pair(self, ln: Line) -> bool:
        """任务目标:对100个老旧小区…改造。 进展情况:实际完成101个… (任务目标:… 进展情况:…):
        a line that opens with a task label and goes on to a progress label
        holds one item per task label, the values its project and progress."""
        t = self.t
        a, b = strip_span(t, ln.start, ln.end)
        if _PROJECT_LABEL_LINE.match(t, a, b) is None:
            # 改善交通条件 【目标】…: a short heading may come first.
            first = _INLINE_PROJECT_LABEL.search(t, a, min(b, a + 32))
            if first is None or first.start() == a or not t[first.start()].isspace() or _STOPS.search(t, a, first.start()):
                return False
            a = strip_span(t, first.start(), b)[0]
        heads = [m for m in _INLINE_PROJECT_LABEL.finditer(t, a, b)
                 if m.start() == a or t[m.start() - 1] in "。; \u3000" or t[m.start()].isspace()]
        pairs = []
        for k, head in enumerate(heads):
            stop = heads[k + 1].start() if k + 1 < len(heads) else b
            prog = _INLINE_PROGRESS_LABEL.search(t, head.end(), stop)
            if prog is None or not CONTENT.search(t, prog.end(), stop):
                return False
            pairs.append((strip_span(t, head.end(), prog.start(), TRIM), strip_span(t, prog.end(), stop), (head.start(), stop)))
        before = len(self.items)
        for project, actual, span in pairs:
            self._emit("", [project], [actual], span)
        return len(self.items) > before

    def _progress_label(self, i: int) -> tuple[re.Match[str], int] | None:
        """The progress label opening line i (进展情况:…) with the end of the
        line, when a value follows it."""
        ln = self.lines[i]
        a, b = strip_span(self.t, ln.start, ln.end)
        m = _LINE_PROGRESS_LABEL.match(self.t, a, b)
        return (m, b) if ln.mark is None and m is not None and m.end() < b else None

    def _labelled_progress(self, i: int) -> bool:
        """进展情况:… opening a line: the progress of the task described in
        the paragraph right before it (柴墟幼儿园建设项目,占地面积约10亩… /
        进展情况:主体验收完成), or of the heading right above it. Points
        numbered alike on both sides (the paragraph's sentences, the
        progress's ①②) pair up."""
        t = self.t
        label = self._progress_label(i)
        if label is None:
            return False
        m, b = label
        if i > 0 and self._pending == i - 1:  # _pending is -1 when no paragraph waits
            ta, tb = strip_span(t, self.lines[i - 1].start, self.lines[i - 1].end)
            named = _PROJECT_LABEL_LINE.match(t, ta, tb)
            if named is not None and named.end() < tb:
                ta = named.end()  # 目标任务:|计划投资4500万元…: the label names the field, not the work
        elif i > 0 and self._is_heading(self.lines[i - 1]):
            ta, tb = strip_span(t, self.lines[i - 1].start, self.lines[i - 1].end, TRIM + "。")
            if self.sections and self.sections[-1].level == 99:
                self.sections.pop()  # the heading is this item's name, not a group's
        else:
            return False
        self._pending = -1
        points = [x.start() for x in _POINT.finditer(t, m.end(), b)]
        tasks = _sentence_spans(t, ta, tb) if len(points) >= 2 else []
        split = len(points) >= 2 and t[m.end():points[0]].strip() == "" and len(tasks) == len(points)
        name = self._named_above(i) if not split and ta == self.lines[i - 1].start else None
        if name is not None:
            # 学校建设项目 / 白马中学…新建1幢综合实验楼… / 进展情况:…: the
            # line over the description is the project's name.
            if self.sections and self.sections[-1].level == 99 and self.sections[-1].text == self.h[slice(*name)].strip():
                self.sections.pop()
            self._emit("", [name, (ta, tb)], [(m.end(), b)], (name[0], b))
            return True
        if split:
            for k, (pa, pb) in enumerate(tasks):
                end = points[k + 1] if k + 1 < len(points) else b
                # items never overlap: the first spans the task paragraph,
                # the others their own point
                self._emit(t[points[k]], [(pa, pb)], [(points[k] + 1, end)], (ta if k == 0 else points[k], end))
        elif not self._works_in(ta, tb, m.end(), b):
            self._emit("", [(ta, tb)], [(m.end(), b)], (ta, b))
        return True

    def _named_above(self, i: int) -> tuple[int, int] | None:
        """The span of the heading over the description (line i - 1) of the
        progress label on line i, when it names a project (…项目, …工程)
        and heads this item alone: the next description with a progress
        label of its own has a heading of its own, or there is none."""
        if i < 2:
            return None
        hl = self.lines[i - 2]
        hs, he = strip_span(self.t, hl.start, hl.end, TRIM + "。")
        if not self._is_heading(hl) or self._verdict(self.t[hs:he]) or not self.t.endswith(_HEAD_NAMES, hs, he):
            return None
        n = len(self.lines)
        if i + 2 < n and self.lines[i + 1].mark is None and not self._is_heading(self.lines[i + 1]) \
                and self._progress_label(i + 2) is not None:
            return None  # 已完成的项目 / A… / 进展情况:… / B… / 进展情况:…: a group's heading
        return hs, he

    def _works_in(self, ta: int, tb: int, a: int, b: int) -> bool:
        """Emit the works a labelled progress lists one by one, each named
        as a project and with progress of its own (完成情况:累计完成投资…。A工程
        进度98%,B项目已浇筑…,C工程完成…): the task with what comes before the
        first work, then a row per work. False, and nothing emitted, when
        fewer than three works are named so."""
        t = self.t
        stop = t.find("。", a, b)
        first = stop + 1 if 0 <= stop < b - 1 else a
        sub = _Reader(t, self.h, self.lexicon, [])
        sub._news(first, b, [])
        works = sub.items
        if len(works) < 3 or not all(WORK_END.search(it.project) for it in works):
            return False
        if first > a:
            self._emit("", [(ta, tb)], [(a, first)], (ta, first))
        section, official = self._context()
        self.items += [replace(it, section=it.section or section, official=it.official or official) for it in works]
        return True

    def _heading_line(self, i: int) -> int:
        """A short unpunctuated line: the heading of the group below it, or,
        when it names a task (新增养老床位200张) and the next line reports
        progress that names no project of its own, an item of two lines."""
        t, ln = self.t, self.lines[i]
        s, e = strip_span(t, ln.start, ln.end, TRIM + "。")
        official = self.h[s:e] if self._verdict(t[s:e]) or self._status_intro(s, e) else ""
        self._push_section(99, self.h[s:e].strip(), official)
        nxt = self.lines[i + 1]
        if self._progress_label(i + 1) or (i + 2 < len(self.lines) and not self._is_heading(nxt)
                                           and self._progress_label(i + 2)):
            return i + 1  # 进展情况:… below: the lines pair up there
        # Only a task names a figure (新增养老床位200张); a count in brackets
        # (已完成项目(6项)) or a verdict makes a heading.
        task = DIGIT.search(_COUNT_TAIL.sub("", t[s:e])) is not None and not official and _STAMP.search(t, s, e) is None
        # On such a page a line that reports a stage or a cue with no figure
        # (江南水厂正式运行,…) is progress too.
        if nxt.mark is None and not official and not task and self._names_heading(ln) and self._headings_alternate() \
                and not self._is_heading(nxt) and (self._progress_like(nxt) or self._reports(i + 1, i + 2)):
            # A page of project names each over its progress lines: the
            # name is the project, the lines up to the next name (or a
            # numbered sub-item) its progress. A paragraph of several items
            # under it makes it a group's heading instead.
            before = len(self.items)
            self._paragraph(nxt.start, nxt.end)
            if len(self.items) - before >= 2 and not self._opens_with_own_figure(nxt):
                return i + 2
            del self.items[before:]
            self.sections.pop()
            j = i + 1
            while j < len(self.lines) and self.lines[j].mark is None and not self._is_heading(self.lines[j]):
                j += 1
            a, _ = strip_span(t, nxt.start, nxt.end)
            _, b = strip_span(t, self.lines[j - 1].start, self.lines[j - 1].end)
            self._emit("", [(s, e)], [(a, b)], (ln.start, b))
            return j
        if nxt.mark is not None or not task or self._is_heading(nxt):
            return i + 1
        if self._headed(nxt) is not None:
            return i + 1
        before = len(self.items)
        self._paragraph(nxt.start, nxt.end)
        if len(self.items) - before >= 2:
            return i + 2
        # One clause of progress under a task is that task's progress.
        del self.items[before:]
        self.sections.pop()
        if self._progress_like(nxt):
            a, b = strip_span(t, nxt.start, nxt.end)
            self._emit("", [(s, e)], [(a, b)], (ln.start, b))
        return i + 2

    def _status_intro(self, s: int, e: int) -> bool:
        """4项尚未完成年度目标任务的民生实事项目为: a line that counts the list
        it introduces and says where those items stand is the publisher's
        word on each of them, though not a verdict of pace."""
        head = self.t[s:e]
        return self._colon_after(e) and _COUNTED_INTRO.search(head) is not None and bool(find_cues(head, self.lexicon))

    def _colon_after(self, e: int) -> bool:
        """Does a colon follow t[:e] (the line introduces what is below it)?"""
        return re.match(r"\s*[::]", self.t[e : e + 2]) is not None

    def _names_heading(self, ln: Line) -> bool:
        """A heading line that can name a project: not a part of the
        circular (基本情况), a title, a date or the programme."""
        s, e = strip_span(self.t, ln.start, ln.end, TRIM + "。")
        # admin8个月前 (09-28)产业新闻19: a page's stamp over the article.
        return not self._section_word(ln) and self._names_task(s, e) and _STAMP.search(self.t, s, e) is None

    def _headings_alternate(self) -> bool:
        """Does the page write project names on lines of their own, each
        over its progress (two such pairs at least, and most headings)?"""
        if self._alternating is None:
            pairs = heads = 0
            # Headings over paragraphs of several items (a news page's
            # topic lines) make the page one of groups, not of names: read
            # each paragraph on a scratch reader to see.
            scratch = _Reader(self.t, self.h, self.lexicon, self.lines)
            groups = 0
            for k, ln in enumerate(self.lines[:-1]):
                if ln.mark is not None or not self._is_heading(ln) or not self._names_heading(ln):
                    continue
                heads += 1
                nxt = self.lines[k + 1]
                if nxt.mark is None and not self._is_heading(nxt) and self._progress_like(nxt):
                    pairs += 1
                    before = len(scratch.items)
                    scratch._paragraph(nxt.start, nxt.end)
                    # A paragraph that opens with the heading's own progress
                    # (完成投资0.65亿元,比年度计划高7.1个百分点。A全部开工;B完工。)
                    # goes on with its parts: one item's, not a group's.
                    groups += len(scratch.items) - before >= 2 and not self._opens_with_own_figure(nxt)
            # Most headings over one item's progress (a paragraph that
            # happens to read as two items does not turn the page).
            self._alternating = pairs >= 2 and 2 * pairs >= heads and 2 * groups < pairs
        return self._alternating

    def _progress_like(self, ln: Line) -> bool:
        """Does a line read as progress (a figure or a verdict, not a title
        or a sentence on the whole programme)?"""
        t = self.t
        s, e = strip_span(t, ln.start, ln.end)
        head = t[s : min(e, s + 40)]
        if _YEAR.match(head) or report_level(_CLAUSE_MARK.split(head, 1)[0]):
            return False
        return DIGIT.search(t, s, e) is not None or self._verdict(t[s : min(e, s + 200)])

    def _headed(self, ln: Line) -> int | None:
        """End of the short first sentence of a headed paragraph
        (``食品安全抽样检验工程。全年开展…``), or None."""
        t = self.t
        s, e = strip_span(t, ln.start, ln.end)
        k = t.find("。", s, min(e, s + 41))
        if k < 0 or k + 1 >= e:
            return None
        if not self._names_task(s, k):
            return None
        if _TOPIC_END.search(t, s, k) or _HEADLINE_RATE.search(t, s, k) \
                or any(c.kind in ("on_pace", "ongoing", "ahead", "delay") and c.active
                       for c in cues_in(t[s:k], t[s:k], self.lexicon) if c.span[1] == k - s):
            # 新农村建设项目继续按时序推进。 / 教育设施进一步改善。 / 棚改开工率达百分百。:
            # a topic or headline sentence over its items, no project's name
            return None
        # The rest must report something: a figure, a verdict word, or an
        # opening of progress (一季度已全部开工).
        if DIGIT.search(t, k + 1, e) is None and not self._verdict(t[k + 1 : min(e, k + 201)]) \
                and not self._opens_progress(k + 1, e):
            return None
        return k + 1

    def _headed_item(self, ln: Line) -> None:
        """Emit a headed paragraph: its first sentence is the project, and a
        plan sentence after it (该项目计划投资…) goes with it."""
        k = self._headed(ln)
        assert k is not None
        s, e = strip_span(self.t, ln.start, ln.end)
        ks = strip_span(self.t, k, e)[0]
        if _ENUM.match(self.t, ks):
            # 关于推进人才公寓建设。一是A。…二是B。…: the heading's parts are
            # the items, the heading their section.
            before = len(self.items)
            self._members_whole = True
            try:
                self._paragraph(ks, e)
            finally:
                self._members_whole = False
            if len(self.items) - before >= 2:
                heading = self.h[s:k].strip().rstrip("。")
                self.items[before:] = [replace(it, section=heading) for it in self.items[before:]]
                return
            del self.items[before:]
        q = plan_end(self.t, k, e)
        if q is not None:
            self._emit("", [(s, q)], [(q, e)], (s, e))
        else:
            self._emit("", [(s, k)], [(k, e)], (s, e))

    def _task_line(self, ln: Line) -> bool:
        """A line that is one short sentence naming a task
        (新建城乡公交站亭200个(2024—2026年)。)."""
        t = self.t
        s, e = strip_span(t, ln.start, ln.end)
        if e - s > 50 or t[e - 1] != "。" or t.find("。", s, e - 1) >= 0:
            return False
        return self._names_task(s, e - 1)

    def _names_task(self, s: int, k: int) -> bool:
        """Can the sentence t[s:k] be a task heading its progress?"""
        t = self.t
        if not has_name(t, s, k) or _CLAUSE_MARK.search(t, s, k):
            return False
        if OPENER_RE.match(t, s, k) and not _TASK_OPEN.match(t, s, k):
            return False
        if _COUNT_HEAD.match(t, s, k) and len(_NUMBER.findall(t, s, k)) == 1 and self._verdict(t[s:k]):
            return False  # 2项提前超额完成全年任务。 heads a group
        first = _PERIOD.sub("", t[s:k])  # (2013—2017年) is the task's period, not a date
        if _COPULA.search(first):
            return False  # 重大项目是观察地方经济的重要窗口。: a statement, not a task
        return not (report_level(first) or _YEAR.search(first) or first.endswith(_TITLE_ENDS))

    def _progress_line(self, ln: Line) -> bool:
        """A line opening with its progress (上半年已完成…, 截至6月底,…)."""
        t = self.t
        s, e = strip_span(t, ln.start, ln.end)
        if not self._opens_progress(s, e):
            return False
        return DIGIT.search(t, s, e) is not None or self._verdict(t[s : min(e, s + 200)])

    def _opens_progress(self, s: int, e: int) -> bool:
        """Does t[s:e] open with progress, after a time phrase if any
        (上半年已…, 截至6月底,…, 一季度已全部开工)?"""
        t = self.t
        while s < e and t[s] in TRIM:
            s += 1
        m = TIME_ONLY.match(t, s, e)
        p = m.end() if m and m.end() > s else s
        while p < e and t[p] in TRIM:
            p += 1
        return p < e and bool(OPENER_RE.match(t, p, e) or ASPECT_START.match(t, p, e) or p > s)

    def _opens_with_own_figure(self, ln: Line) -> bool:
        """Does the line open with work done and its figure (完成投资0.65亿元,…)?
        Then what follows are its parts."""
        return _opens_with_figure(self.t, *strip_span(self.t, ln.start, ln.end))

    def _pair_item(self, task: Line, prog: Line) -> None:
        t = self.t
        s, e = strip_span(t, task.start, task.end)
        a, b = strip_span(t, prog.start, prog.end)
        self._emit("", [(s, e)], [(a, b)], (s, b))

    def _paragraph(self, s: int, e: int) -> None:
        """Enumerations, lists after a heading, then news clauses."""
        # Sentence ends, looked up by bisection so that a paragraph of many
        # lists and no 。 stays linear.
        self._stops = _sentence_stops(self.t, s, e)
        taken: list[tuple[int, int]] = []
        runs = self._enumerations(s, e)
        for k, run in enumerate(runs):
            # A run ends at its sentence end, and at the latest where the
            # next run starts.
            self._enum_items(run, s, runs[k + 1][0].start() if k + 1 < len(runs) else e, taken)
        taken = self._lists(s, e, taken)
        self._news(s, e, taken)

    def _sentence_end(self, pos: int, e: int) -> int:
        """The position after the first 。 at or after pos, or e."""
        k = bisect_right(self._stops, pos - 1)
        return self._stops[k] + 1 if k < len(self._stops) and self._stops[k] < e else e

    # -- enumerations: 一是…;二是… ---------------------------------------

    def _enumerations(self, s: int, e: int) -> list[list[re.Match[str]]]:
        """Runs of 一是, 二是, … in sequence (two at least) in t[s:e]."""
        t = self.t
        runs: list[list[re.Match[str]]] = []
        cur: list[re.Match[str]] = []
        for m in _ENUM.finditer(t, s, e):
            p = m.start()
            if p > s and t[p - 1] not in _ENUM_BEFORE:
                continue
            v = item_value(m.group("n"))
            if v is not None and cur and v == item_value(cur[-1].group("n")) + 1:  # type: ignore[operator]
                cur.append(m)
            elif v == 1:
                if len(cur) >= 2:
                    runs.append(cur)
                cur = [m]
        if len(cur) >= 2:
            runs.append(cur)
        return runs

    def _heading_before(self, p: int, s: int) -> tuple[int, int] | None:
        """The clause just before position p (a colon or list word), at most
        40 characters back, as (start, end)."""
        t = self.t
        q = p
        while q > s and t[q - 1] in " :,":
            q -= 1
        pointer = _POINTER.search(t, max(s, q - 8), q)
        if pointer is not None:
            q = pointer.start()  # 有9个指标超额完成年度任务,|即|: the clause before the pointer heads
        a = q
        depth = 0
        while a > s and q - a < 40:
            ch = t[a - 1]
            if ch in CLOSE:
                depth += 1
            elif ch in OPEN:
                depth = max(0, depth - 1)
            elif depth == 0 and ch in ",;:。!?\n":
                break
            a -= 1
        a, q = strip_span(t, a, q)
        m = _AMONG.match(t, a, q)
        if m:
            a = m.end()
        return (a, q) if a < q else None

    def _enum_items(self, run: list[re.Match[str]], s: int, e: int, taken: list[tuple[int, int]]) -> bool:
        """Items of one 一是…二是… run; a member without progress counts only
        under a verdict heading (滞后项目:一是A;二是B)."""
        t = self.t
        first = run[0].start()
        head = self._heading_before(first, s) if first > s and t[first - 1] == ":" else None
        official = ""
        if head is not None:
            official = self.h[head[0] : head[1]] if self._verdict(t[head[0] : head[1]]) else ""
        # Under a heading (关于X。一是A。…二是B。…) each member runs to the
        # next, the last to the paragraph's end, and its first sentence
        # names it; in running text a run ends with its sentence.
        run_end = e if self._members_whole else self._sentence_end(run[-1].end(), e)
        mode = "single" if self._members_whole else "list"
        made = 0
        for k, m in enumerate(run):
            ms = m.end()
            me = run[k + 1].start() if k + 1 < len(run) else run_end
            a, b = strip_span(t, ms, me, TRIM + "。")
            if a >= b:
                continue
            # A (第三项) reference is the page's own number for the project;
            # the 一是 ordinal only counts the sentence's points.
            ref = REF.search(t, a, b)
            no = self.h[ref.start("n") : ref.end("n")] if ref else m.group("n")
            sp = split_point(t, a, b, mode)
            if sp is not None:
                before = len(self.items)
                self._emit_split(no, a, b, sp, [], m.start(), official=official)
                self._keep_end(before, me)
                made += 1
            elif official:
                self._emit(no, [(a, b)], [], (m.start(), b), official=official)
                made += 1
        if made:
            taken.append(((head[0] if head else first), run_end))
        return made > 0

    def _keep_end(self, before: int, me: int) -> None:
        """Let the last item of a list keep the sentence end (…工作。), also
        when a line break follows it."""
        while me > 0 and self.t[me - 1] in " \t\r\n\u3000":
            me -= 1
        if len(self.items) > before and me > 0 and self.t[me - 1] == "。":
            it = self.items[-1]
            if it.actual and not it.actual.endswith("。"):
                self.items[-1] = replace(it, actual=it.actual + "。", span=(it.span[0], max(it.span[1], me)))

    # -- lists after a heading: 分别是… / 包括: / 滞后项目: ----------------

    def _lists(self, s: int, e: int, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Read the lists of t[s:e] that no enumeration took; returns all
        stretches taken so far, in order."""
        t = self.t
        # (start, end of the intro, heading, end of the group or -1 for the
        # sentence end)
        intros: list[tuple[int, int, tuple[int, int] | None, int]] = []
        for m in _INTRO.finditer(t, s, e):
            intros.append((m.start(), m.end(), self._heading_before(m.start(), s), -1))
        clauses = scan(t, s, e, ":")[0] if t.find(":", s, e) >= 0 else []
        for cs, ce, d in clauses:
            if d == ":":
                head = self._heading_before(ce, s)
                if head and self._verdict(t[head[0] : head[1]]):
                    intros.append((ce, ce + 1, head, -1))
        heads = self._count_heads(s, e)
        for k, (a, b) in enumerate(heads):
            # 2项提前超额完成全年任务。A…;B…。 : the group runs to the next such sentence.
            intros.append((a, b, (a, b - 1), heads[k + 1][0] if k + 1 < len(heads) else e))
        intros.sort()
        mine: list[tuple[int, int]] = []
        j = 0
        for start, end, head, until in intros:
            while j < len(taken) and taken[j][1] <= start:
                j += 1
            if (j < len(taken) and taken[j][0] <= start) or (mine and start < mine[-1][1]):
                continue
            official = ""
            if head is not None and self._verdict(t[head[0] : head[1]]):
                official = self.h[head[0] : head[1]]
            if until >= 0:
                read = self._group_items(end, until, official) if official else []
                if read:
                    # The heading and the sentences read as its items; a
                    # sentence that is no list (A、B等5项完成率分别达…) is
                    # left to the prose reader.
                    mine.append((start, end))
                    mine.extend(read)
                continue
            body_end = self._sentence_end(end, e)
            bs, be = strip_span(t, end, body_end, TRIM + "。")
            if bs >= be or _ENUM.match(t, bs):
                continue
            before = len(self.items)
            if self._list_items(bs, be, body_end, official):
                body_end = self._read_on(before, head, body_end, e, official)
                mine.append((min(head[0], start) if head else start, body_end))
        return sorted(taken + mine)

    def _count_heads(self, s: int, e: int) -> list[tuple[int, int]]:
        """Sentences of t[s:e] that head a group by a count and a verdict
        (2项提前超额完成全年任务。, 有11个项目进展较快,超额完成序时进度。),
        as (start, end after the 。)."""
        t = self.t
        out: list[tuple[int, int]] = []
        prev = s
        for k in self._stops:
            if k < s or k >= e:
                continue
            if k - prev > 120 or _COUNT.search(t, prev, min(k, prev + 60)) is None:
                prev = k + 1
                continue
            a, b = clean_project(t, prev, k)
            prev = k + 1
            # 全市15个实事项目中,|有3个项目进展较快,…
            c = t.find(",", a, b)
            if 0 <= c - a <= 20 and report_level(t[a:c]) and t[c - 1] == "中":
                a = c + 1
            if 0 < b - a <= 40 and _COUNT_HEAD.match(t, a, b) and len(_NUMBER.findall(t, a, b)) == 1 \
                    and CONTENT.search(t, k + 1, e) and self._verdict(t[a:b]):
                out.append((a, k + 1))
        return out

    def _group_items(self, s: int, e: int, official: str) -> list[tuple[int, int]]:
        """The items of a group under a count-and-verdict sentence: its
        sentences up to the next group, read as lists (其中:/分别是: dropped).
        Names alone count only in the first sentence and after a list word;
        other sentences count only where they report progress. Returns the
        sentences read."""
        t = self.t
        read: list[tuple[int, int]] = []
        x = s
        while x < e:
            y = self._sentence_end(x, e)
            bs, be = strip_span(t, x, y, TRIM + "。")
            intro = _INTRO.search(t, bs, be) or _AMONG_COLON.match(t, bs, be)
            if intro is not None:
                bs = intro.end()
                while bs < be and t[bs] in TRIM:
                    bs += 1
            qa, qb = clean_project(t, bs, be)
            if bs < be and not (qa < qb and report_level(t[qa:qb])) \
                    and self._list_items(bs, be, y, official, strict=bool(read) or intro is None):
                read.append((x, y))
            x = y
        return read

    def _read_on(self, before: int, head: tuple[int, int] | None, end: int, e: int, official: str) -> int:
        """A list whose heading counts more items than its sentence holds
        (超额完成任务的已有10项:A;…;G。H…。I…。) reads on, sentence by sentence,
        while each reports progress. Returns the end of what was read."""
        if head is None:
            return end
        counts = _COUNT.findall(self.t, head[0], head[1])
        want = int(_NUMBER.search(counts[-1]).group()) if counts else 0  # type: ignore[union-attr]
        x = end
        while len(self.items) - before < want and x < e:
            y = self._sentence_end(x, e)
            bs, be = strip_span(self.t, x, y, TRIM + "。")
            if bs >= be or not self._list_items(bs, be, y, official, strict=True):
                break
            x = end = y
        return end

    def _list_items(self, s: int, e: int, end: int, official: str, strict: bool = False) -> bool:
        """Items of a list body t[s:e]: split at ;, else at the commas that
        open a <name>已… clause, else at 、 (names only, kept under a verdict).
        Each part is cut again where a new subject starts (…完成率286%,
        屋面…维修1012平方米,完成率122%). ``strict``: every item must report
        progress (a list read on past its sentence)."""
        t = self.t
        self._memo.clear()
        clauses, brackets = scan(t, s, e, ";")
        parts: list[tuple[int, int]]
        if len(clauses) >= 2:
            parts = [(a, b) for a, b, _ in clauses]
        else:
            commas, _ = scan(t, s, e, ",")
            starts = [k for k, (a, b, _) in enumerate(commas) if self._list_split(a, b) is not None]
            if len(starts) >= 2:
                parts = self._comma_items(commas, starts)
            elif (self._list_split(s, e) or (0, 0))[1] is None or clause_object(t, s, e) is not None:
                parts = [(s, e)]
            else:
                names, _ = scan(t, s, e, "、")
                parts = [(a, b) for a, b, _ in names]
        before = len(self.items)
        # Names alone are items under a verdict: the list's own heading, or
        # the section's (一、提前完成的项目 … 分别为:A;B).
        names_ok = not strict and bool(official or self._context_official())
        for k, (a, b) in enumerate(parts):
            for x, y in subject_ranges(t, a, b, "list"):
                if not self._list_part(x, y, official, names_ok) and strict:
                    if len(self.items) == before or k == 0:
                        return len(self.items) > before
                    # A list already read stays one: a part that is no
                    # "name, progress" of its own (…全年目标是…,目前…) is
                    # read as news, never dropped.
                    self._news(x, y, [])
        if len(self.items) > before:
            self._keep_end(before, end)
        return len(self.items) > before

    def _list_part(self, a: int, b: int, official: str, names_ok: bool) -> bool:
        """One item of a list: name and progress, a clause that opens with its
        progress (建成干鲜果基地7.43万亩), or a name under a verdict."""
        t = self.t
        a, b = strip_span(t, a, b, TRIM + "。")
        names = self._past_count_verdict(a, b)
        if names > a:
            # 2项正在抓紧实施,|A、B…: the count's own words say where these
            # names stand, not the group's heading.
            official = self.h[a : names - 1].strip() if self._verdict(t[a : names - 1]) else ""
            a = names
        if a >= b or report_level(t[a:b]):
            return False
        if not official and _NAMES_THEN_TOTAL.match(t, a, b):
            return False  # …有3个,分别为A、B、C,共投入资金约537万元: the programme's members and their total
        note = _NOTE_PROGRESS.fullmatch(t, a, b)
        if note is not None and _PROGRESS_NOTE.search(t, *note.span("note")):
            # 新建10所中小学自办食堂(…自办食堂已完工并投用): a listed name with
            # its own progress in brackets; the list's verdict stays official.
            self._emit("", [note.span("name")], [note.span("note")], (a, b), official=official)
            return True
        if official and names_ok and _PROGRESS_UNDER_HEADING.search(t, a, b) is None and DIGIT.search(t, a, b) is not None \
                and not re.search(r"[,;,;:。]", t[a:b]):
            # 率先完成年度任务的项目分别是…;建设30家村级中医阁: under the
            # verdict, a task with its figure and no word of progress is the
            # task the verdict is about, brackets and all.
            self._emit("", [(a, b)], [], (a, b), official=official)
            return True
        sp = self._list_split(a, b)
        if sp is not None:
            if REPORT_COUNT.search(t[a : sp[0]].strip(TRIM)):
                return False  # 全市已有7个考核项目|已完成…
            self._emit_split("", a, b, sp, [], a, official=official)
            return True
        obj = clause_object(t, a, b)
        if obj is not None:
            self._emit("", [obj], [(a, b)], (a, b), official=official)
            return True
        if names_ok:
            ref = REF.search(t, a, b)
            no = self.h[ref.start("n") : ref.end("n")] if ref else ""
            self._emit(no, [(a, b)], [], (a, b), official=official)
        return False

    def _list_split(self, a: int, b: int) -> tuple[int, re.Match[str] | None] | None:
        """split_point in list mode, remembered for the list being read
        (its clauses are tried as item starts, then read as items)."""
        a, b = strip_span(self.t, a, b, TRIM + "。")
        key = (a, b)
        if key not in self._memo:
            self._memo[key] = split_point(self.t, a, b, "list")
        return self._memo[key]

    def _context_official(self) -> str:
        return next((s.official for s in reversed(self.sections) if s.official), "")

    def _comma_items(self, commas: list[tuple[int, int, str]], starts: list[int]) -> list[tuple[int, int]]:
        """Comma clauses grouped so that each item starts at a clause of the
        form <name>已…; clauses after it continue its progress. A clause on
        the rest of the programme (其他项目正按序时推进) ends the list."""
        parts: list[tuple[int, int]] = []
        first, heads = starts[0], set(starts)
        for k in range(first, len(commas)):
            a, b, _ = commas[k]
            if report_level(self.t[a:b]):
                break
            if k in heads or not parts:
                parts.append((a, b))
            else:
                parts[-1] = (parts[-1][0], b)
        return parts

    # -- news clauses ------------------------------------------------------

    def _news(self, s: int, e: int, taken: list[tuple[int, int]]) -> None:
        """Clause groups (between ; and 。) that no list took. A group that
        opens with its progress and names nothing of its own (已完成投资…)
        carries on the item of the group before it."""
        t = self.t
        groups, _ = scan(t, s, e, ";。!?")
        j = 0
        # (index of the item before, start of its progress, end of what carries it on)
        last: list[int] | None = None
        plan: tuple[int, int] | None = None  # a group before that names and plans, reports nothing
        for a, b, d in groups:
            prev_d = t[a - 1] if a > s else ""  # what ended the group before: ; goes on with its sentence
            while j < len(taken) and taken[j][1] <= a:
                j += 1
            if j < len(taken) and taken[j][0] < b:
                last = self._carry_on(last)
                plan = None
                continue
            a, b2 = strip_span(t, a, b)
            if a >= b2:
                continue
            end = b + 1 if d == "。" else b2
            if last is not None and len(self.items) - 1 == last[0] and prev_d == ";" and self._parts_done(a, b2):
                # A项目,1#楼土方开挖完成;人防地库基础底板完成,顶板完成50%。:
                # parts of the same works, in the same sentence, naming no
                # project of their own (B工程完成, 北湖公园已完工 do).
                last[2] = end
                plan = None
                continue
            run = count_run(t, a, b2, self.lexicon, one=True)
            if run is not None:
                # 新增持证护理员71人,培训护理人员1126人次,…: things done, an item each.
                last = self._carry_on(last)
                plan = None
                before = len(self.items)
                for k, (thing, (x, y)) in enumerate(run):
                    self._emit("", [thing] if thing else [], [(x, end if k == len(run) - 1 else y)], (x, y), unnamed=True)
                self._rates_back(before, end)
                continue
            a0 = clean_project(t, a, b2)[0]  # 产业项目领域,|A开工建设: the scene is no clause of its own
            if _ANY_OPENER.search(t, a, b2) is None and SHARE.search(t, a, b2) is None and _FIG_GATE.search(t, a, b2) is None \
                    and not self._verb_thing_figure(a, b2) \
                    and self._stage_tail(a0, scan(t, a0, b2, ",;")[0][0][1]) is None and self._stage_subjects(a0, b2) is None \
                    and work_under_way(t, a0, scan(t, a0, b2, ",;")[0][0][1]) is None:
                last = self._carry_on(last)
                plan = (a, b2) if self._plans(a, b2) else None
                continue
            if plan is not None and self._opens_with_time(a, b2):
                # 开平市列入省重点项目18项,年度投资计划47.7亿元。1-8月累计完成投资
                # 38.3亿元…: the plan before is the project, this its progress.
                last = self._carry_on(last)
                before = len(self.items)
                among = _AMONG_GROUP.search(t, a, b2)
                if among is not None:
                    # …占年计划投资的64.49%,其中:在建项目185项,总投资…: the
                    # groups of the breakdown are rows of their own.
                    self._emit("", [plan], [(a, among.start())], (plan[0], among.start()))
                    self._news_item(among.end(), b2, end)
                    last = None
                else:
                    self._emit("", [plan], [(a, end)], (plan[0], end))
                    last = [len(self.items) - 1, a, -1] if len(self.items) > before else None
                plan = None
                continue
            if last is not None and len(self.items) - 1 == last[0] and _NAMELESS_PROGRESS.match(t, a, b2):
                # …开工率90.0%。完成投资11.64亿元,完成年度计划的173.4%。: the
                # investment of the item before, not an item of its own.
                last[2] = end
                plan = None
                continue
            plan_here = (a, b2) if self._plans(a, b2) else None
            plan = None
            before = len(self.items)
            self._last_actual = -1
            if last is not None:
                last = self._carry_on(last) if len(self.items) - 1 != last[0] else last
            self._news_item(a, b2, end)
            if len(self.items) == before:
                plan = plan_here  # 年度计划较上年度增加20.8%: a plan, not progress
            if len(self.items) > before:
                self._carry_on(last)
                last = [len(self.items) - 1, self._last_actual, -1] if self._last_actual >= 0 else None
            elif last is not None and (ASPECT_START.match(t, a0, b2) and not _ATTRIBUTIVE.match(t, a0, b2)
                                       or _AMONG.match(t, a, b2)):
                # …已完成开工12处的年度任务。其中,建成并营业6处…: its breakdown.
                last[2] = end
            else:
                last = self._carry_on(last)
        self._carry_on(last)

    def _parts_done(self, a: int, b: int) -> bool:
        """Does each clause of t[a:b] say a part of the works is done or
        how far it is (人防地库基础底板完成,顶板完成50%), naming no work
        of its own (工程, 项目) and with no 已 or 正在 of its own (北湖公园
        已完工 is an item)?"""
        t = self.t
        verbs = self.lexicon.cached("done_verb_ends", lambda lx: re.compile(
            r"(?:" + alt(sorted(lx.done_verbs)) + r")(?:\s*\d+(?:\.\d+)?%)?\s*$"))
        clauses, _ = scan(t, a, b, ",")
        return bool(clauses) and all(verbs.search(t, x, y) is not None and _WORK_WORD.search(t, x, y) is None
                                     and ASPECT_RE.search(t, x, y) is None for x, y, _ in clauses)

    def _rates_back(self, first: int, end: int) -> None:
        """Hand a closing clause of rates (…,完成率分别达148%、160%和314.4%)
        back to the items of the run before it, one each in order, the last
        ones when the rates are fewer than the items. As for names that share
        a figure list, each keeps the page's words of the run as ``actual``
        and its own part (新增养老床位500张,完成率达148%) as ``assigned``."""
        run = self.items[first:]
        if len(run) < 2:
            return
        last = run[-1]
        m = _RATES_AT_END.search(normalize(last.actual))
        if m is None:
            return
        figs = _RATE_SEP.split(last.actual[m.start("figs") : m.end("figs")])
        if not 2 <= len(figs) <= len(run):
            return
        words = last.actual[m.start("pre") : m.end("pre")].replace("分别", "").replace("分別", "")
        tail = last.actual[m.end("figs") : m.end()]
        head = last.actual[: m.start()]
        k0 = len(self.items) - len(figs)
        shared = self._text([(self.items[k0].span[0], end)])
        for k, fig in enumerate(figs):
            it = self.items[k0 + k]
            own = head if k0 + k == len(self.items) - 1 else it.actual.rstrip(",;,; ")
            self.items[k0 + k] = replace(it, actual=shared, assigned=f"{own},{words}{fig}{tail}")

    def _verb_thing_figure(self, a: int, b: int) -> bool:
        """Does t[a:b] report a thing done with its figure (新增绿地2500平方米),
        not a task (任务目标新增停车位1.4万个)?"""
        m = _VERB_THING_FIGURE.search(self.t, a, b)
        return m is not None and _PLAN_GROUP.search(self.t, a, m.start()) is None

    def _opens_with_period(self, a: int, b: int) -> bool:
        """Does t[a:b] open with the period it reports (1-11月, 截至9月底,
        上半年, 前三季度)?"""
        return opens_with_period(self.t, strip_span(self.t, a, b)[0], b, lexicon=self.lexicon)

    def _plans(self, a: int, b: int) -> bool:
        """Does the clause group t[a:b] state a plan with its figure (省重点项目
        1230个,年度计划投资7000亿元), not only the year's aims in words
        (各单位紧紧围绕全年目标…)?"""
        t = self.t
        return _PLAN_GROUP.search(t, a, b) is not None and DIGIT.search(t, a, b) is not None and not report_level(t[a:b])

    def _opens_with_time(self, a: int, b: int) -> bool:
        """Does t[a:b] open with a time phrase and then report (1-8月累计完成…)?"""
        m = TIME_ONLY.match(self.t, a, b)
        return m is not None and m.end() > a and _FIG_GATE.search(self.t, m.end(), min(b, m.end() + 20)) is not None \
            or (m is not None and OPENER_RE.match(self.t, m.end(), b) is not None and m.end() > a)

    def _carry_on(self, last: list[int] | None) -> list[int] | None:  # always None: the run is over
        """Give the item before the groups that carry it on (once, at the
        end of the run, so that a long run stays linear)."""
        if last is not None and last[2] >= 0:
            k, p, end = last
            it = self.items[k]
            # The item's own words stay as emitted (a period before them,
            # 1-2月累计完成…, is theirs); what carries it on follows.
            tail = self._text([(it.span[1], end)]) if p < it.span[1] < end else ""
            sep = self.t[it.span[1] : end].lstrip()[:1]
            if tail and sep in ";," and not it.actual.endswith(("。", ";", ",")):
                tail = sep + tail  # …开挖完成|;人防地库…: the page's mark between them stays
            actual = it.actual + tail if tail and "\n" not in it.actual else self._text([(p, end)])
            self.items[k] = replace(it, actual=actual, span=(it.span[0], max(it.span[1], end)))
        return None

    def _news_item(self, a: int, b: int, end: int) -> None:
        """One clause group of news prose: an item when a project stands
        before its progress, one per subject when several do (A已完成1个、
        B已完成8个,…)."""
        ranges = subject_ranges(self.t, a, b, "news")
        if len(ranges) == 1:
            ranges = self._stage_subjects(a, b) or ranges
        # 在实施A改造方面,|晋江市已完成…: the topic is the subject of what follows.
        for k in range(len(ranges) - 2, -1, -1):
            if _TASK_TOPIC.fullmatch(self.t, *ranges[k]):
                ranges[k : k + 2] = [(ranges[k][0], ranges[k + 1][1])]
        for k, (x, y) in enumerate(ranges):
            x, y = strip_span(self.t, x, y)
            if k < len(ranges) - 1 and (tail := _AMONG_TAIL.search(self.t, x, y)) is not None:
                y = tail.start()  # …占年计划投资的64.49%,|其中:在建项目185项…: the 其中 opens the next
            if x < y:
                self._news_one(x, y, end if k == len(ranges) - 1 else y)

    def _past_count_verdict(self, a: int, b: int, otherwise: int = -1) -> int:
        """Where the names start after a count with its verdict that heads
        them (4项正在抓紧实施,|A、B、C、D完成率分别为…); ``otherwise`` (``a``
        by default) when t[a:b] opens with no such count."""
        head = _COUNT_VERDICT.match(self.t, a, b)
        if head is not None and find_cues(head.group(), self.lexicon) and "、" in self.t[head.end() : b]:
            return head.end()
        return a if otherwise < 0 else otherwise

    def _news_one(self, a: int, b: int, end: int) -> None:
        t = self.t
        ca = clean_project(t, a, b)[0]
        first = VERB_FIRST.fullmatch(t, ca, b)
        if first is not None:
            self._emit("", [first.span("obj")], [(ca, first.start("obj"))], (a, end))
            self._last_actual = ca
            return
        if VERB_FIGURE.match(t, ca, b):
            obj = clause_object(t, ca, b)
            if obj is not None and not report_level(t[obj[0] : obj[1]]):
                self._emit("", [obj], [(ca, end)], (a, end))
                self._last_actual = ca
                return
        g = _GROUP_AMONG.match(t, ca, b)
        if g is not None and (_ANY_OPENER.search(t, g.end(), b) or _FIG_GATE.search(t, g.end(), b)):
            self._emit("", [g.span(1)], [(g.end(), end)], (a, end))
            self._last_actual = g.end()
            return
        topic = _TASK_TOPIC.match(t, ca, b)
        if topic is not None and topic.end() < b:
            # 在实施A改造方面,(晋江市)|已完成…: the task is the project; the
            # place that did it reports with the progress.
            x = topic.start("place") if topic.group("place") else topic.end()
            if OPENER_RE.match(t, topic.end(), b) or ASPECT_START.match(t, topic.end(), b):
                self._emit("", [topic.span("task")], [(x, end)], (a, end))
                self._last_actual = x
                return
        start = self._past_count_verdict(ca, b, a)
        for _ in range(4):
            sp = split_point(t, start, b, "news")
            if sp is None:
                break
            p, ref = sp
            ps, pe = clean_project(t, start, p)
            # 进展较为缓慢工作1项(新增完成186条…): the item is in the brackets.
            cb = _COUNT_BRACKET.search(t, ps, pe)
            if cb is not None:
                ps, pe = strip_span(t, cb.start(1), cb.end(1))
            g_end = group_then_work(t, ps, pe, p, end)
            if g_end is not None:
                self._emit("", [(ps, g_end)], [(g_end, end)], (start, end))
                self._last_actual = g_end
                return
            # The subject of the progress must be a project, not the
            # programme: …15件为民办实事项目进展顺利,部分项目已提前完成.
            q = ASPECT_RE.search(t, p, b)
            group = ps < pe and group_row(t, ps, pe, p, end)
            if ps < pe and not t.startswith("其中", ps) and (group or not report_level(t[ps:pe])) \
                    and (cb is not None or group or not report_level(t[start : q.start() if q else p])):
                no = self.h[ref.start("n") : ref.end("n")] if ref else ""
                named = [(ps, pe)]
                if _PLACE_ONLY.fullmatch(t, ps, pe):
                    # 船山区|已完成通村公路14.9公里: a place is where, not what;
                    # the thing the progress names goes with it.
                    obj = clause_object(t, p, b)
                    if obj is not None:
                        verb = GENERIC_VERB.match(t, *obj)
                        x = verb.end() if verb else obj[0]
                        if not t.startswith(_HOW_DONE, x, obj[1]):  # 已提前完成16项: how, not what
                            named.append((x, obj[1]))
                a_ = self._counted_work(ps, pe, p) if ref is None and len(named) == 1 else p
                done = _DONE_VERB.match(t, ps, pe) if a_ == ps else None
                if done is not None:
                    named = [(done.end(), pe)]  # 完成|危桥改造|12座: the verb is the progress's, not the name's
                self._emit(no, named, [(a_, end)], (start, end))
                self._last_actual = a_
                return
            # Clauses that set the scene (据了解,今年15件实事中,) may stand
            # before the project: read on from the clause of the progress.
            if p <= start or t[p - 1] not in ",:":
                break
            start = p
        # A name and the stage it reached, nothing more: 安置区开工建设.
        clauses, _ = scan(t, ca, b, ",;")
        tail = self._stage_tail(clauses[0][0], clauses[0][1]) if clauses else None
        if tail is not None:
            ps, pe = clean_project(t, ca, tail)
            if ps < pe:
                self._emit("", [(ps, pe)], [(tail, end)], (a, end))
                self._last_actual = tail
                return
        # A clause that opens with its progress and names its own object:
        # 已帮扶困难退役军人和军属烈属431人,完成率147.6%.
        # Scene clauses and the publisher's place may stand before it
        # (据悉,截至8月底,|全市|已完成通村公路136.9公里).
        obj = clause_object(t, a, b) or (clause_object(t, ca, b) if t.startswith(PLACE_WORDS, ca) else None) \
            or done_thing(t, ca, b)  # 完成了|二马路亮化工程: done, said without a figure
        if obj is not None and not report_level(t[obj[0] : obj[1]]) and not report_level(t[a:b]):
            verb = GENERIC_VERB.match(t, *obj)  # 完成|通村公路: the verb is the progress's
            self._emit("", [(verb.end() if verb else obj[0], obj[1])], [(a, end)], (a, end))
            self._last_actual = a


_LOST_BREAK = re.compile(r"[%\uff05](?=[0-9\uff10-\uff19]{1,5}\s*[个项件座所处宗個項])")


def read_prose(text: str, *, lexicon: Lexicon | None = None) -> list[ProseItem]:
    """The projects of a progress report written as prose, in page order.

    Returns an empty list when the text holds no item of progress.

    >>> items = read_prose("1.新增养老床位200张。目前已完成150张。\\n2.改造老旧小区30个,现已完工12个。")
    >>> [(i.no, i.project, i.actual) for i in items]
    [('1', '新增养老床位200张。', '目前已完成150张。'), ('2', '改造老旧小区30个', '现已完工12个。')]
    >>> [(i.project, i.actual, i.official) for i in read_prose("滞后项目:一是A路改造工程正在招标;二是B公园提升工程尚未开工。")]
    [('A路改造工程', '正在招标', '滞后项目'), ('B公园提升工程', '尚未开工。', '滞后项目')]
    """
    if not isinstance(text, str) or not text.strip():
        return []
    lex = lexicon if lexicon is not None else default_lexicon()
    # A page copied with its paragraph breaks lost runs one item into the
    # next (占年度计划的75%124个新建项目已开工…): a share is never followed by
    # a count of its own, so the break goes back there.
    text = _LOST_BREAK.sub(lambda m: m.group() + "\n", text)
    # Code in a Markdown file (a README quoting a report) is no prose: its
    # lines are blanked, position for position.
    t = _FENCE.sub(lambda m: _NOT_NEWLINE.sub(" ", m.group()), normalize(text))
    # Reported speech (“保障农村饮水安全完成计划的111.4%,…”) is read as the
    # text it quotes: its marks are blanked, position for position. A quoted
    # name (“放心肉示范店”) holds no clause and keeps them; so do quoted
    # tasks in a row (主要是“A,B”,“C,D”等), each its own.
    t = _SPEECH.sub(lambda m: " " + m.group(1) + " ", t)
    # 【目标】…【完成情况】…: a label in black brackets is a label with a
    # colon (目标:), position for position.
    t = _BRACKET_LABEL.sub(lambda m: f" {m.group(1)}:", t)
    h = to_halfwidth(text)
    cut = pinyin_cut(h)
    if cut is None:
        lines, level = page_lines(t)
        items = _with_named_lists(_Reader(t, h, lex, lines).read(level), t, h, lex)
    else:
        # A mirror that annotates characters (關(guān)于): read the text
        # without the annotations, give fields and spans in the text given.
        keep, pos = cut
        t = "".join(t[a:b] for a, b in keep)
        lines, level = page_lines(t)
        mapped = Mapped(h, pos)
        items = _with_named_lists(_Reader(t, mapped, lex, lines).read(level), t, mapped, lex)  # type: ignore[arg-type]
        items = [replace(it, span=(pos[it.span[0]], pos[it.span[1]])) for it in items]
    items.sort(key=lambda it: it.span[0])
    # Two readings of one stretch (an enumeration inside a list, say) keep
    # the first: items never overlap.
    out: list[ProseItem] = []
    for it in items:
        if not out or it.span[0] >= out[-1].span[1]:
            out.extend(distributed(it, read_prose))
    return with_plans(out, h)


def _with_named_lists(items: list[ProseItem], t: str, h: str, lex: Lexicon) -> list[ProseItem]:
    """Items of the named lists (推进缓慢的有3(A、B、C)) replace what the
    reader made of the same stretch: a list of names has no progress of
    its own for the reader to split off."""
    named = read_named_lists(t, lex)
    if not named:
        return items
    # A heading on its own line over a paragraph that opens with its own
    # progress (城市交通缓堵保畅 / 完成投资1.24亿元,比年度计划高76.6个百分点。
    # 北滨大道改造拓宽、青杠塝综合枢纽等竣工投用): a list after that first
    # sentence names the heading's parts, not projects of their own.
    parts = [r for it in items if (r := _parts_of_heading(it, t)) is not None]
    named = [n for n in named if not any(a <= n.list_span[0] and n.list_span[1] <= b for a, b in parts)]
    if not named:
        return items
    # What the reader made of a list sentence goes, and so does an item
    # that swallowed a list of two names or more (the names are the
    # projects); an item that starts before a one-name list (its project
    # sums up its part) stays, and wins over the named item inside it.
    sizes: dict[tuple[int, int], int] = {}
    first: dict[tuple[int, int], tuple[int, int]] = {}  # each list's first name
    for n in named:
        sizes[n.list_span] = sizes.get(n.list_span, 0) + 1
        first.setdefault(n.list_span, n.span)

    def superseded(it: ProseItem) -> bool:
        return any(a <= it.span[0] < b or (k > 1 and it.span[0] < b and a < it.span[1]) for (a, b), k in sizes.items())

    def before_list(it: ProseItem) -> ProseItem | None:
        # 续建项目完成投资1590亿元,为年计划的93.1%,A、B等43个项目建成投运:
        # an item whose own progress runs into a list keeps what comes
        # before the list's first name, when that is progress.
        for (a, b), k in sizes.items():
            if k > 1 and a < it.span[1] and it.span[0] < b:
                x, y = first[(a, b)]
                at = it.actual.find(h[x:y]) if it.span[0] < x else -1
                actual = re.sub(r"[,;]\s*其中$", "", it.actual[:at].rstrip(" ,;、:")) if at > 0 else ""
                # One sentence with the list: a longer stretch is a section's
                # lead-in (…实施进度。目前,进度较慢的项目,一是…), not progress.
                if actual and re.search(r"\d", actual) and "。" not in actual and find_cues(actual, lex):
                    return replace(it, actual=actual, span=(it.span[0], x))
                return None
        return None

    kept = [it for it in items if not superseded(it)]
    kept += [cut for it in items if superseded(it) and (cut := before_list(it)) is not None]
    if isinstance(h, str):
        # Not on a pinyin mirror: its text is mapped, and a slice of it
        # read again would not map back.
        kept += _after_lists(named, t, h, lex)
    kept += [ProseItem(no="", project=h[n.span[0] : n.span[1]], actual=h[n.verdict_span[0] : n.verdict_span[1]],
                       lead=n.lead, official=h[n.official_span[0] : n.official_span[1]], span=n.span) for n in named]
    return kept


def _opens_with_figure(t: str, s: int, e: int) -> bool:
    """Does t[s:e] open with work done and its figure, in its first clause
    (完成投资0.65亿元,…)?"""
    clause = _CLAUSE_MARK.search(t, s, e)
    return OPENER_RE.match(t, s, e) is not None and DIGIT.search(t, s, clause.start() if clause else e) is not None


def _parts_of_heading(it: ProseItem, t: str) -> tuple[int, int] | None:
    """Where the item holds its parts: after the first sentence of its
    progress, when its project is a heading on lines of its own and the
    progress opens with work done and its figure. Positions are in ``t``, the text
    the spans index (on a pinyin mirror, the text without the pinyin)."""
    s, e = it.span
    nl = t.find("\n", s, e)
    if nl < 0:
        return None
    # The heading's lines hold no punctuation; the progress starts at the
    # first line that does.
    at = nl + 1
    while at < e:
        end = t.find("\n", at, e)
        end = e if end < 0 else end
        if _CLAUSE_MARK.search(t, at, end) or t.find("。", at, end) >= 0:
            break
        at = end + 1
    at = strip_span(t, at, e)[0] if at < e else e
    if at >= e or not _opens_with_figure(t, at, e):
        return None
    stop = t.find("。", at, e)
    return (stop, e) if stop > 0 else None


def _sentence_spans(t: str, s: int, e: int) -> list[tuple[int, int]]:
    """The sentences of t[s:e], each with its 。, blanks around left out."""
    out, a = [], s
    for k in _sentence_stops(t, s, e) + [e]:
        x, y = strip_span(t, a, min(k + 1, e))
        if x < y:
            out.append((x, y))
        a = k + 1
    return out


def _sentence_stops(t: str, s: int, e: int) -> list[int]:
    """The 。 of t[s:e] that end sentences: not one inside brackets that
    close on the same line within 200 characters (…工程(已为618名儿童发放…
    提前超额完成目标任务。已完成…发放补助金117.95万元);…), a note of the
    item's own. One pass; an unclosed bracket never hides a stop."""
    stops: list[int] = []
    opened = -1
    held: list[int] = []
    for m in _STOP_OR_BRACKET.finditer(t, s, e):
        ch, p = m.group(), m.start()
        if ch == "(":
            stops += held
            opened, held = p, []
        elif ch == ")":
            if opened >= 0 and p - opened > 200:
                stops += held  # too long for a note: its stops are sentences
            opened, held = -1, []  # the stops inside were a note's
        elif ch == "\n" or (opened >= 0 and p - opened > 200):
            stops += held
            opened, held = -1, []
            if ch == "。":
                stops.append(p)
        elif opened >= 0:
            held.append(p)
        else:
            stops.append(p)
    return sorted(stops + held)


def _after_lists(named: list[NamedItem], t: str, h: str, lex: Lexicon) -> list[ProseItem]:
    """Items in the rest of a list's sentence, after its verdict: A、B等36项
    完工,|亲海公园改扩建完成70%,海景东路东扩完成60%. The list's sentence
    is superseded whole; what follows the verdict is read again as prose."""
    ends: dict[tuple[int, int], int] = {}
    names_end: dict[tuple[int, int], int] = {}
    for n in named:
        ends[n.list_span] = max(ends.get(n.list_span, 0), n.verdict_span[1])
        names_end[n.list_span] = max(names_end.get(n.list_span, 0), n.span[1])
    out: list[ProseItem] = []
    for (_, b), v in ends.items():
        if v < names_end[(_, b)]:
            continue  # the verdict heads the names (…的项目包括:A、B、C): they end the list
        x = v
        while x < b and t[x] in ",;、 ":
            x += 1
        y = b - 1 if b > x and t[b - 1] in "。;!?\n" else b
        if y - x < 6 or not DIGIT.search(t, x, y) and not find_cues(t[x:y], lex):
            continue
        out += [replace(it, span=(it.span[0] + x, it.span[1] + x)) for it in read_prose(h[x:y], lexicon=lex)]
    return out
