"""Progress reports published as prose, read into one item per project.

News articles, circulars and announcements on the year's practical projects
(实事项目, 民生实事, 为民办实事) carry no table; each project is a stretch of
running text. :func:`read_prose` finds those stretches and splits each into
the project (its name or whole-year task) and the progress reported for it.

Forms read
----------
* **Numbered items**, one per paragraph or line: ``1.``, ``3、``, ``(三)``,
  ``三、``, ``(3)``, ``①``, ``第三项:``, ``实事五:``, ``● 实事五:``, bullets.
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
  whose first sentence heads a list on the line (``(二)超时间进度的项目有7项。
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
  the item before it.
* **Where the progress starts** inside a clause of running text: at an
  aspect word (``20公里步行道|已完成7.42公里``), after a project's head noun
  (``实体零工驿站建设|完成2个``, ``清社公路改造工程|基本完工``), at the verb
  before a figure (``城市低保月人均补助|新增18元``, ``…合作医疗|完成投入16.3亿元``),
  at a verdict (``…处理率|达到年度工作目标``), after ``A、B等3项``, after a
  quoted name in a list (``“婚姻登记跨区通办”|5月份完成全年任务``), or at the
  figure ending the clause when a later clause gives its share of the task
  (``改造县乡公路|3290公里,为任务的164.5%``). A clause that opens with its
  progress (``建成干鲜果基地7.43万亩``, ``已帮扶…431人,完成率147.6%``) is
  wholly the progress, its object the project. A plan sentence after the
  name (``该项目计划投资480万元,…``) goes with the project, the result
  (``完成项目投资380万元…``) is the progress.
* **Headed paragraphs**, two or more in a row: ``X工程。全年建成…``,
  ``2606个撤并村通公路(2013—2017年)。上半年已完成…`` (a bracketed period is
  no date), or the task sentence alone with the progress on the next line
  (``…(2024—2026年)。`` / ``截至6月底已完成84公里。``); and an unnumbered task
  line with its progress on the next line (``新增养老床位200张`` /
  ``全年新增236张,超额完成年度任务。``). A time phrase (上半年, 截至6月底)
  is part of the progress, never a project.
* **Headings** over groups: numbered ones (``一、省市两级为民办实事``) when
  projects sit below them, and short unpunctuated lines
  (``已完成的项目``, ``持续改善农村条件``, ``已投入使用9项:``) set ``section``,
  and ``official`` when they are a verdict. The parts of a circular
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
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_right
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Iterable

from ..errors import NumberFormatError
from ..lexicon import Lexicon, default_lexicon
from ..normalize import normalize, to_halfwidth
from ..numerals import numeral_value
from ..signals import cues_in, find_cues, stages_in
from .named_lists import NamedItem, read_named_lists
from .text import CAPTION, PINYIN, PINYIN_MIN

__all__ = ["ProseItem", "read_prose"]


@dataclass(frozen=True)
class ProseItem:
    """One project read from prose.

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
_PROGRESS_LABELS = (
    "实际完成情况", "目前完成情况", "完成情况", "进展情况", "目前进展", "工作进展",
    "项目进展", "进度情况", "推进情况", "实施情况", "完成进度",
)
# Labels whose value is the project itself.
_PROJECT_LABELS = ("项目名称", "项目内容", "建设内容", "主要内容", "目标任务", "年度目标")

# Words that mark progress while standing inside a clause, after the
# project's name: 20公里步行道已完成7.42公里, A正在拆迁, B尚未开工.
_ASPECT = ("已", "正在", "尚未", "仍未", "暂未")
# In a list under a verdict heading a forecast also starts the progress:
# B预计9月份开始接种.
_LIST_ASPECT = _ASPECT + ("预计", "计划于", "拟于")
# Words that start the progress when they open a clause: …,现已完成216公里.
_CLAUSE_OPENERS = (
    "现已", "现正", "现在", "目前", "截至", "截止", "至今", "累计", "均已", "全部",
    "尚未", "仍未", "暂未", "已", "正在", "完成", "建成",
    # …,到今年9月底实际完成110%; …,日前全部完成; …,实际新增17条
    "到目前", "至目前", "到今年", "到本月", "日前", "近日", "实际",
)
# Aspects of the work that name what is progressing rather than the
# project: 光明港自行车道|用地正在拆迁.
_PROGRESS_SUBJECTS = ("主体工程", "前期工作", "用地", "征地", "征迁", "拆迁", "主体", "土建", "资金")
# A project clause holding one of these speaks of the whole programme, not
# of one project (今年68件为民办实事项目有8件已提前完成).
_REPORT_WORDS = ("实事", "小项", "所有项目", "全部项目", "各项目", "项目中", "各项任务")
# …and so does one that starts with these (其余60件正按序时推进).
_REPORT_STARTS = ("其余", "其他", "其它", "剩余", "另有", "以上", "上述", "部分", "大部分", "多数", "少数", "个别", "所有")
# Words that introduce a list of items.
_LIST_INTROS = ("分别是", "分别为", "包括", "具体是", "具体为", "主要有", "如下")
# Sections of a circular: headings, never items (二、督查建议).
_SECTION_WORDS = (
    "基本情况", "总体情况", "总体进展", "主要做法", "存在问题", "主要问题", "存在的问题", "督查建议", "工作建议",
    "意见建议", "下步工作", "下一步工作", "下步打算", "下一步打算", "下步计划", "工作要求", "有关要求", "工作措施",
)
# The publisher's place: never a project on its own (全市|已有7个…).
_PLACE_WORDS = ("全市", "全县", "全区", "全省", "全镇", "全州", "我市", "我县", "我区", "我省", "我镇", "本市", "本县", "本区")
# Progress verbs that may stand right before the figure they report
# (城市低保月人均补助|新增18元, 防洪工程|完成投入1亿元).
_FIG_VERBS = ("完成", "建成", "新增", "增加", "实现", "提高到", "提高至", "提高", "增至", "增长", "突破", "超过",
              "开工", "新开工", "竣工", "完工",
              # rates that report the progress (技能脱贫培训|完成率125.95%)
              "完成率", "完工率", "竣工率", "开工率", "参培率", "到位率", "拨付率", "执行率", "兑现率")
# Clause starts that carry on the progress of the item before them
# (…项目,共铺开梯田3.9万亩; …,实际完成22.12公里; …,经督办后于11月底全部完工).
_LATER_OPENERS = ("共", "仅", "提前", "超额", "基本", "均", "于")
# Cue kinds that make a heading a verdict (signals.find_cues).
_VERDICT_KINDS = frozenset({"delay", "ahead", "completion", "on_pace", "done"})
# Navigation phrases: a short line holding one is page furniture.
_NAV_PHRASES = (
    "首页", "上一版", "下一版", "上一篇", "下一篇", "上一条", "下一条", "标题导航", "当前位置",
    "您的位置", "所在位置", "返回顶部", "关闭窗口", "分享到", "切换浏览", "扫一扫", "责任编辑",
    "打印本页", "【打印】", "[打印]", "【关闭】", "[关闭]", "浏览次数", "字号",
    "当前的位置", "【字体", "字体:", "欢迎进入", "欢迎访问", "欢迎光临",
)
# Single words that are navigation only when the line holds nothing else.
_NAV_WORDS = frozenset({"打印", "关闭", "字号", "大", "中", "小", "放大", "缩小", "默认", "分享", "收藏", "返回", "顶部", "纠错",
                        "搜索", "来源", "本站"})

# --------------------------------------------------------------------------
# Patterns (all run on normalize(text): half-width, simplified).
# --------------------------------------------------------------------------


def _alt(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_JUNK_LINE = re.compile(
    r"""
    \s*(?:
        [\w\-.()]{1,60}\.(?:png|jpe?g|gif|bmp|webp|svg)      # an image file name
      | \#\s*(?:source|title)\s*:.*                           # metadata of a stored page
      | (?:来源|作者|编辑|责任编辑|记者|通讯员|发布时间|发布日期|发表时间|信息来源|时间|日期|浏览次数|点击数|阅读)
        \s*:.{0,40}                                           # a byline
      | [□■◇○]?\s*(?:本报|特约|见习)?(?:记者|通讯员)\s*[\u4e00-\u9fff]{2,4}
        (?:[、\s]\s*(?:记者|通讯员)?\s*[\u4e00-\u9fff]{2,4}){0,3}        # □特约记者陈赟平
      | \d{4}\s*[-/年.]\s*\d{1,2}\s*[-/月.]\s*\d{1,2}\s*日?    # a date line ...
        (?:\s*\d{1,2}:\d{2}(?::\d{2})?)?(?:\s*星期.)?          # ... with a time or weekday
        (?:\s*(?:来源|作者|编辑|责任编辑|信息来源)\s*:.{0,40})?     # ... and a byline (2015-06-02 来源:大众网)
      | {caption}                                               # a photo caption, (记者 张三 摄)
      | [^\u4e00-\u9fff]*                                     # no Chinese at all (dlrb, ----)
      | (?:>>>|\.\.\.|\$|```).*                             # code: a doctest, a shell prompt, a fence
    )\s*
    """.replace("{caption}", CAPTION),
    re.X | re.I,
)

_BROKEN_AFTER_COMMA = re.compile(r"、[ \t\u3000]*\n\s*")
_FENCE = re.compile(r"^[ \t]*```.*?^[ \t]*```[^\n]*$", re.S | re.M)
_NOT_NEWLINE = re.compile(r"[^\n]")

_ITEM_MARK = re.compile(
    r"""
    (?P<bullet>[●◆■▲★☆◇□○◎•▪▶►]\s*)?                      # an optional bullet
    (?:
        第(?P<ord>[一二三四五六七八九十百\d]{1,4})(?:项|件)    # 第三项: / 第三件、 / 第3项 …
          (?:实事)?(?:\s*[:.、,]|\s+)
      | (?:民生实事|实事|事项|项目)(?P<named>[一二三四五六七八九十百\d]{1,4})\s*[:.、]   # 实事五:
      | [【\[](?:民生实事|实事|事项|项目)(?P<boxed>[一二三四五六七八九十百\d]{1,4})[】\]]\s*[:.、]?  # 【实事三】
      | \((?P<pcn>[一二三四五六七八九十]{1,3})\)\s*[、.]?    # (三)
      | (?P<cn>[一二三四五六七八九十]{1,3})\s*[、.](?![一二三四五六七八九十\d](?![个项件座所处条家名户万亿千百十]))   # 三、 (not 三、四; 二、六个村 is)
      | \((?P<pnum>\d{1,2})\)\s*[、.]?                      # (3)
      | (?P<num>\d{1,3})\s*(?P<np>[.、),])                    # 3. 3、 3) 3, (3.5 checked apart; 3, only opening a line)
      | (?P<circ>[\u2460-\u2473])                            # ①
    )
    """,
    re.X,
)
# Where a marker may stand inside a line: after a space, a sentence end, or
# the colon of 如下: (the line start is tried apart).
_MARK_SITE = re.compile(r"[\s。!?;:]+")
# Style → level: lower is a larger division (一、 > (一) > 第三项 > 1. > (1) > ①).
_LEVEL = {"cn": 0, "pcn": 1, "ord": 2, "named": 2, "num": 3, "bullet": 3, "pnum": 4, "circ": 5}
_BULLET_ONLY = re.compile(r"[●◆■▲★☆◇□▪▶►]\s*(?=\S)")

_REF = re.compile(r"\(第(?P<n>[一二三四五六七八九十百\d]{1,5})(?:项|件)\)")  # (第三项)
_ENUM = re.compile(r"(?P<n>[一二三四五六七八九十]{1,3})是")                # 一是 二是
_ENUM_BEFORE = frozenset(":;,。!? \t\n、")
_INTRO = re.compile(r"(?:" + _alt(_LIST_INTROS) + r")\s*:?")
_OPEN, _CLOSE = "([【“《", ")]】”》"
_STOP_OR_BRACKET = re.compile(r"[。()\n]")
# A name, then its own progress in the brackets that close it.
_NOTE_PROGRESS = re.compile(r"(?P<name>[^()]{4,60}?)\((?P<note>[^()]{4,400})\)")
_PROGRESS_NOTE = re.compile(r"已|完成|建成|竣工|完工|投用|开工|正在|%")

# 已建成的食堂 describes a thing, it does not report progress.
_ASPECT_RE = re.compile(r"(?:" + _alt(_ASPECT) + r")(?![\u4e00-\u9fff]{1,3}的)")
_LIST_ASPECT_RE = re.compile(r"(?:" + _alt(_LIST_ASPECT) + r")(?![\u4e00-\u9fff]{1,3}的)")
# Anything that can start the progress: a clause without one is no item.
_ANY_OPENER = re.compile(_alt(_CLAUSE_OPENERS + _ASPECT + ("(第",)))
_OPENER_RE = re.compile(r"\s*(?:" + _alt(_CLAUSE_OPENERS) + ")")
_SUBJECT_RE = re.compile(r"(?:" + _alt(_PROGRESS_SUBJECTS) + r")$")
# A reason before the progress belongs to it: B公园建设|因用地问题尚未开工.
_REASON_RE = re.compile(r"(?:因|受|由于)[^,;:。]{1,14}$")
_LABEL = re.compile(
    r"(?P<label>" + _alt(_LEAD_LABELS + _OTHER_LABELS + _PROGRESS_LABELS + _PROJECT_LABELS) + r")\s*:"
)
# A field's value: up to a space (unless after a comma), a sentence end or a
# closing bracket.
_FIELD_VALUE = re.compile(r"(?:[^\s。;)\]】]|(?<=[,、])\s)*")
_BRACKET = re.compile(r"[(\[【]([^()\[\]【】]{1,12})[)\]】]")
# A clause that ends with its stage (安置区开工建设, 蓝鳌路至鹤山路段完工
# 通车, 营流路片区改造推进顺利): words that may stand before the stage
# words, and the cue kinds that report progress.
_STAGE_MODIFIERS = ("全面", "基本", "已经", "已", "正式", "顺利", "正在", "开始", "陆续", "相继", "均", "全部",
                    "预计", "近期", "即将", "计划", "年内", "年底前", "力争")
_TAIL_CUES = frozenset({"on_pace", "done", "completion", "delay", "stop", "ahead", "resume"})  # not 加强, 推进: exhortations end so too
_TOTAL_WORDS = ("共计", "合计", "累计", "总计", "共")
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
# Leading clauses that set the scene rather than name the project.
_LEADING = re.compile(
    r"""
    \s*(?:
        [●◆■▲★☆◇□○◎•▪▶►]                                           # a bullet
      | (?:另外|此外|同时|其中|另|并且|还有|总之|下一步|下阶段|接下来)\s*,?   # a connective
      | 在[^,;。]{1,30}?方面\s*,                                      # 在…方面, : a topic
      | 在[^,;。]{1,30}?中\s*,                                        # 在“百项工程”中, : a scope
      | [^,;。:]{0,30}?(?:情况|进展|进度)\s*(?:是|为|如下)\s*:            # 大项目进展情况是: an intro
      | (?:截至|截止|截止到)[^,;。]{1,20}?,                          # 截至10月底, : a time
      | (?:今年以来|年初以来|今年|上半年|下半年|前三季度|一季度|二季度|三季度|四季度)\s*,
      | (?:今年|去年|本年)?(?:\d{1,2}\s*[-~—至]\s*)?\d{1,2}\s*月(?:份|底|末|初)?(?:以来)?\s*,   # 1~10月, 今年10月,
      | \d{1,2}\s*月(?:份)?(?=[\u4e00-\u9fff])(?!底|末|初|前|中|上|下|以)  # 4月城市低保… : a month
      | 据[^,;。]{0,20}?\s*(?:,|$)                                   # 据市政府通报,
      | 与[^,;。]{1,16}?相比\s*,                                     # 与一季度进度相比,
      | (?:分|从|按)[^,;。]{1,10}?(?:来看|看|统计|划分)\s*[,:]           # 分行业来看, 从项目类别看:
      | [【\[]?[^,;。()【】\[\]]{0,20}?(?:网讯|本报讯|报讯|电讯|台讯|社讯|快讯)[】\]]?\s*
        (?:\([^()]{0,30}\))?\s*,?                                   # 西部新闻网讯(记者李华)
      | [^,;。]{0,16}?(?:称|表示|介绍|指出|获悉|了解到|显示|表明)\s*(?:,|$)     # 报告称, 记者…获悉,
    )
    """,
    re.X,
)
_REPORT_RE = re.compile(_alt(_REPORT_WORDS))
_META_LABEL = re.compile(
    r"(?:来源|作者|编辑|发布时间|发布日期|发表时间|信息来源|浏览次数|点击数|阅读人次|访问次数|初审|复审|终审|字体|索引号|发布机构|生成日期)\s*:"
)
# A count of projects in a clause speaks of the programme: 全市已有7个考核项目,
# 按进度推进7项, 20件民生大事中, 有3项属于…, 这5项.
_REPORT_COUNT = re.compile(
    r"""
    ^(?:全市|全县|全区|全省|全镇|我市|我县|我区|我省)?(?:已有|共有|另有|有|其中)?\s*
      \d+\s*(?:个|项|件)[^\d,;:。]{0,3}?(?:项目|实事|指标|小项|大事|任务)   # 全市已有7个考核项目
  | ^(?:有|共有|另有|其中|这|此|上述|以上)?\s*\d+\s*(?:项|件|个)\s*(?:项目|实事|小项|指标)?\s*
      (?:属于|为|是|中|已|均|都|$)                                        # 有3项属于… / 1项
  | ^\d+\s*(?:项|件|个)[^,;:。]{0,12}中$                                  # 20件民生大事中
  | (?<![等\d])(?<!等\s)\d+\s*(?:项|件)$                                      # 按进度推进7项 (not A、B等3项)
  | ^(?:这|此|该|上述|以上)\s*\d*\s*(?:项|件|个)                          # 这5项预计…
  | ^(?:全市|全县|全区|全省|我市|我县|我区)?\d+\s*项(?!目)                   # 12项重点民生工程…
  | ^(?:全市|全县|全区|全省|我市|我县|我区|今年)?(?:[一二三四五六七八九十]+|\d+)大(?:民生|惠民|重点)?(?:工程|项目|实事)  # 十大民生工程
    """,
    re.X,
)
# A group of projects named by what they are to do, then 中 and what of
# them is done: 加快建设的40个项目中,已开工建设38项. The group is the item
# (a bare count, 20件民生大事中, is the programme: _REPORT_COUNT).
_GROUP_AMONG = re.compile(r"\s*([^,;:。]{2,24}?的\s*\d+\s*[个项件](?:重点)?(?:项目|工程|实事)?)\s*中\s*,")
# The share of the whole-year task, a clause of its own: 为任务的164.5%,
# 完成进度为88%, 完成率200%, 占年度计划99%, 超任务17元, 已完成年度投资计划.
_SHARE = re.compile(
    r"""
    \s*(?:
        (?:完成率|完成进度|完成比例|进度)\s*(?:为|达|达到|是)?\s*\d
      | 占[^,;:。]{0,12}?(?:计划|任务|目标)[^,;:。\d]{0,4}\d+(?:\.\d+)?\s*%
      | (?:为|是|达)[^,;:。\d]{0,8}?(?:计划|任务|目标)的?\s*\d+(?:\.\d+)?\s*%
      | (?:超|超过|超出|超额完成)(?:年度|全年)?(?:计划|任务|目标)\s*\d
      | (?:已|均已|已经)?(?:超额)?完成(?:了)?(?:年度|全年)[^,;:。]{0,6}?(?:计划|任务|目标)
      | 完成(?:年度|全年)?(?:计划|任务|目标)的?\s*\d+(?:\.\d+)?\s*%
    )
    """,
    re.X,
)
# A figure: a number and its unit (not a date: 5月份, 2013年).
_FIGURE = re.compile(
    r"(?<![\d.\-—~])\d+(?:\.\d+)?\s*(?:%|个百分点|[万亿千百]?(?:人次|户次|平方米|平方公里|立方米|公里|千米|千瓦|万元|亿元)"
    r"|[万亿千百]?(?![年月日号时季])[\u4e00-\u9fff])"
)
# The figure that ends a clause (改造县乡公路|3290公里).
_FINAL_FIGURE = re.compile(r"\d+(?:\.\d+)?\s*(?:%|(?![年月日号时季])[\u4e00-\u9fff]{1,4})(?:以上|左右|多)?\s*$")
# A progress verb right before a figure (…补助|新增18元, …医疗|完成投入16.3亿元).
# A group that plans a project's work (年度投资计划47.7亿元, 计划新建…, 总投资…).
_PLAN_GROUP = re.compile(r"计划|总投资|任务|目标")
# A group reports progress when a result verb or rate stands before a figure
# (农村危房改造竣工3493户, 退役士兵培训参培率99.24%).
_FIG_GATE = re.compile("(?:" + _alt(_FIG_VERBS) + r")\s*(?:为|达|达到)?\s*\d")
_FIG_VERB = re.compile(
    r"(?:已经|已|均|累计|共计|共|实际|现已)?(?:" + _alt(_FIG_VERBS) + r"|(?<![作成认因以称])为|(?<![下送传表抵转])达(?:到)?)"
    r"(?:了)?(?:投入|投资|资金|建设|改造)?(?:每人每年|每人每月|每人|每年|每月|人均|年均|月均)?\s*$"
)
# A noun that ends a project's name, and the progress right after it
# (实体零工驿站建设|完成2个, 清社公路改造工程|基本完工, 安心托幼行动|新增托位540个).
# Verbs that report a result (完成2个, 基本完工): a progress part starts at one.
_RESULT_VERBS = "完成|达到|建成|新增|开工|完工|竣工|实现|投入使用|通车|启用"
_HEAD_VERB = re.compile(
    r"(?<=行动|工程|项目|建设|服务|活动)”?(?=(?:已经|已|均|累计|共|实际|基本|全部|全面)?"
    rf"(?:{_RESULT_VERBS}))"
)
# A verdict in the clause (…处理率|达到年度工作目标, …标准|均超额完成年度目标).
_VERDICT_PHRASE = re.compile(
    r"(?:(?:\d{1,2}\s*月(?:份|底|中旬|上旬|下旬)?|年内|提前)\s*)?(?:均|已|已经|全面|全部|基本)?(?:提前|超额)?"
    r"(?:完成|达到)(?:了)?(?:年度|全年|既定|总|节点)?(?:工作)?(?:目标|任务|计划)"
)
# A list of names closed by its count: A、B、C等3项|需进一步加快…
_AND_SO_ON = re.compile(r"等\s*\d+\s*(?:项|个|件)(?=[\u4e00-\u9fff])")
# What the plan of a project says before its result (该项目计划投资480万元,…).
_PLAN = re.compile(r"\s*(?:该项目|本项目|该工程|项目|工程)?\s*(?:年度|全年|今年|总|原)?(?:计划|拟|设计|规划)")
# The item a count names in brackets: 进展较为缓慢工作1项(新增完成186条…).
_COUNT_BRACKET = re.compile(r"\d+\s*(?:项|个|件|处)\s*\(([^()]{4,})\)$")
# A time phrase that cannot name a project: 上半年, 截至9月底, 4月.
_TIME_ONLY = re.compile(
    r"""\s*(?:
        (?:今年|本年|去年)?(?:上半年|下半年|前三季度|[一二三四1-4]季度|年初以来|今年以来|年内)
      | (?:截至|截止|截止到|到|至)\s*(?:目前|\d{4}\s*年)?\s*(?:\d{1,2}\s*月(?:份)?)?\s*(?:\d{1,2}\s*日)?(?:底|末|止|前|中旬|下旬)?
      | (?:\d{4}\s*年)?\s*(?:\d{1,2}\s*[-~—至]\s*)?\d{1,2}\s*月(?:份|底|末|初|中旬|上旬|下旬)?(?:以来)?
    )\s*""",
    re.X,
)
_NO_FIGURE_SPLIT = re.compile(_RESULT_VERBS)
_LATER_RE = re.compile(
    r"\s*(?:" + _alt(_LATER_OPENERS) + r"|经[^,;:。]{1,8}?后|实际(?:完成|建成|新增|开工|竣工|投入|开展|达到|发放|培训|帮扶))"
)
# The unit in charge before a task's name: 市发改委牵头的第2项“…”.
_LED_BY = re.compile(
    r"\s*(?P<lead>[\u4e00-\u9fff]{1,14}?(?:局|委|办|院|中心|政府|公司|集团|街道|镇|乡))(?:牵头|负责|承办)的?"
    r"(?:第(?P<n>[\d一二三四五六七八九十百]{1,4})项)?\s*(?P<rest>.+)", re.S)
# A clause that opens with the months reported and a verb of progress
# (1-4月累计完成投资21.01亿元, 今年以来新增…) starts the progress even after
# a plan clause with its own verb (全年计划完成投资98.5亿元).
_PERIOD_PROGRESS = re.compile(
    r"\s*(?:(?:\d{4}\s*年)?\d{1,2}\s*[-~—至]\s*\d{1,2}\s*月(?:份)?(?:以来)?|今年以来|年初以来"
    r"|(?:今年)?(?:[一二三四1-4]季度|上半年|前三季度))\s*,?\s*"
    r"(?:累计|共|已|全[市县区]|同比)?\s*(?:完成|实现|新增|开工|建成|竣工|到位|发放|增长|下降)"
)
# A name ending in these is a plan, not a project: 计划|新增7条.
_PLAN_END = re.compile(r"(?:计划|拟|将|要|力争|确保|预计|目标|任务|年度|全年|今年|年内|每年|原)\s*$")
_PLAN_WORD = re.compile(r"计划|拟")
# A sub-item's number a level below the page's items: (1), ①, 1).
_SUB_MARK = re.compile(r"\s*(?:\(\d{1,2}\)|[①-⑳]|\d{1,2}\))\s*")
# A clause of the year's plan (年度计划投资307.05亿元, 总投资4984亿元, 安排…项目)
# and a verb of work done.
_PLAN_CLAUSE = re.compile(r"计划|总投资|安排|目标任务|年度任务|全年任务|任务目标|全年目标|年度目标")
_WORK_DONE = re.compile(r"完成|建成|竣工|开工|新增|实现|到位")
# A clause that opens with a count of projects and their work (81个项目开工建设).
_COUNT_DONE = re.compile(r"\s*(?:已有|其中)?\s*\d+\s*(?:个|项)(?:项目)?\s*(?:已)?(?:完成|建成|竣工|开工|开复工|复工|新开工)")
_QUOTES = "\"'“”‘’`「」"
_TRIM_QUOTES = " \t\r\n\u3000,;:、" + _QUOTES
# Head nouns that end a project's name (…改造工程, …建设项目, …行动).
_PROJECT_NOUNS = ("工程", "项目", "行动", "计划", "专项")
# A heading over a paragraph with no numbering of its own names the project
# when it ends like a project or a piece of work (…配套建设, 市级教育补短板).
_HEAD_NAMES = _PROJECT_NOUNS + ("建设", "改造", "活动", "补短板", "提升", "整治")
# After a quoted name these words go on naming it: “白改黑”工程.
_NAME_GOES_ON = ("工程", "项目", "行动", "建设", "活动", "改造", "工作", "专项", "示范", "计划", "系列", "品牌")
_SUBJECT_SEP = re.compile(r"[,;、]")
# Clause starts that never open a new subject: they carry on the item.
_NO_SUBJECT = re.compile(
    r"\s*(?:其中|其余|其他|其它|剩余|另有|此外|同时|这|该|此|上述|以上|并|且|及|以及|但|目前|现|已|正在|尚|仍|暂|未|"
    r"预计|计划|拟|将|完成|建成|累计|共|实际|仅|提前|超额|基本|均|于|经|占|比|较|同比|环比|总|合计|每|截至|截止)"
)
_ASPECT_START = re.compile(r"\s*(?:现已|已经|已|正在|现正|目前|尚未|仍未|暂未)")
_CLAUSE_END = re.compile(r"[,;:。!?]")
# A clause that opens with a verb of progress and its figure (建成5处示范性
# 社区养老机构, 开工建设744套保障性租赁住房) reports what it names after the
# figure: that is the item, the whole clause its progress.
_VERB_FIGURE = re.compile(r"\s*(?:累计)?(?:建成|完成|开工建设|开工|新建|改造|新增|发放|开展|培训|帮扶|救助|接种|筛查|投用|建设)(?=\d)")
_HOW_DONE = ("提前", "超额", "基本", "全部", "全面", "均", "按时", "如期", "顺利")
# A group that opens with a generic verb and its figure names nothing of
# its own (完成投资11.64亿元, 累计完成投资…, 实现产值…); 完成26处老旧小区
# 整治工程 names the work it did.
_NAMELESS_PROGRESS = re.compile(r"\s*(?:累计|共|已|并|共计)?\s*(?:完成|实现|到位|拨付)(?:投资|资金|产值)\s*\d")
# A subject that is only a place: 船山区, 全市, 东城街道.
_PLACE_ONLY = re.compile(r"\s*(?:全市|全县|全区|全省|[\u4e00-\u9fff]{1,8}?(?:区|县|市|镇|乡|街道|州))\s*")
_RATE_AFTER = re.compile(r"、[^、,;。]{0,6}率")
_GENERIC_VERB = re.compile(r"(?:完成|建成|新增|新建|实现|开展|累计|共)+")
_GENERIC_OBJECTS = frozenset({"投资", "资金", "任务", "进度", "工程量", "计划", "目标", "投入", "工作", "建设", "年度任务",
                              "全年任务", "年度目标", "全年目标", "年度计划", "全年计划"})
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
_NAV_RE = re.compile(_alt(_NAV_PHRASES + (">>", " > ")))
_COUNT_ONLY = re.compile(r"\d+\s*(?:个|项|件)(?:项目|子项目|任务)?")  # 29个项目
_CLAUSE_MARK = re.compile(r"[,;:!?]")
_DIGIT = re.compile(r"\d")
# Words that cannot be a project on their own: 目前|已建成2个.
_NOT_A_NAME = re.compile(r"\s*(?:目前|现在|当前|截至目前|至今|全年|今年|年内|其中|同时|此外|另外|项目|工程|该项目|本项目|全部|累计)\s*")
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
_CJK = re.compile(r"[\u4e00-\u9fff]")
_CJK3 = re.compile(r"[\u4e00-\u9fff][^\u4e00-\u9fff]*?[\u4e00-\u9fff][^\u4e00-\u9fff]*?[\u4e00-\u9fff]")
_CJK2 = re.compile(r"[\u4e00-\u9fff][^\u4e00-\u9fff]*?[\u4e00-\u9fff]")
_BRACKETS = re.compile(r"[()\[\]【】“”《》]")
_CONTENT = re.compile(r"[^ \t\r\n\u3000,;:、。]")
_TRIM = " \t\r\n\u3000,;:、"


# --------------------------------------------------------------------------
# Small helpers.
# --------------------------------------------------------------------------


@lru_cache(maxsize=4096)
def _value(s: str) -> int | None:
    """The value of an item number, or None when it is not one.

    >>> _value("十二"), _value("3"), _value("①"), _value("x")
    (12, 3, 1, None)
    """
    if len(s) == 1 and "\u2460" <= s <= "\u2473":
        return ord(s) - 0x2460 + 1
    try:
        v = numeral_value(s)
    except (NumberFormatError, ValueError, ArithmeticError):
        return None  # a malformed numeral is simply no item number
    return int(v) if v == int(v) else None


def _cjk(s: str) -> int:
    return len(_CJK.findall(s))


def _named(t: str, s: int, e: int) -> bool:
    """Does t[s:e] hold at least two Chinese characters (enough to name
    something)?"""
    return _CJK2.search(t, s, e) is not None


@lru_cache(maxsize=64)
def _delim_re(delims: str) -> re.Pattern[str]:
    return re.compile("[" + re.escape(delims) + "]")


def _strip(t: str, s: int, e: int, chars: str = _TRIM) -> tuple[int, int]:
    """Narrow [s, e) past the given characters at both ends."""
    while s < e and t[s] in chars:
        s += 1
    while e > s and t[e - 1] in chars:
        e -= 1
    return s, e


# A group of projects counted by its kind (133个续建项目, 全市283个省、市重点
# 项目) that reports figures of its own against its own plan (完成投资…,
# 占年度计划的75%, 开工率) is a row of an investment report, not the
# programme speaking of its items (29个项目已全部完成).
_GROUP_NAME = re.compile(r"[^,;:。]{0,12}?\d+\s*(?:个|项|件)[^\d,;:。]{0,10}?(?:项目|工程)"
                         r"|[^\d,;:。]{1,10}?(?:项目|工程)\s*\d+\s*(?:个|项|件)")  # 续建项目171项
_PLANNED_GROUP_HEAD = re.compile(r"[^,;:。]{1,16}?(?:项目|工程)[^,;:。]{0,4}?(?:计划|总投资)")
_PLANNED_GROUP = re.compile(r"\d+\s*(?:个|项)[^,;:。]{0,8}?(?:项目|工程)?[^,;:。]{0,4}?(?:总投资|计划投资)[^,;:。]{0,6}?\d"
                            r"|(?:项目|工程)\d+\s*(?:个|项)[^。]{0,30}?(?:年度计划投资|年度投资计划)[^,;:。]{0,4}?\d"
                            r"|计划[^,;:。]{0,8}?(?:项目|工程)\s*\d+\s*(?:个|项)")  # 计划新开工项目41项
_GROUP_FIGURES = re.compile(r"完成投资|投资完成率|占[^,;。]{0,8}计划|开工率|完成率|实际(?:开工|竣工|完工|完成|复工|开复工)\s*\d"
                            r"|已经?(?:开工|竣工|完工|复工|开复工)\s*\d")  # 已完成41项 is the programme's tally


def _group_row(t: str, ps: int, pe: int, p: int, end: int) -> bool:
    # A programme of practical projects (20个为民办实事项目) stays the
    # programme: its projects are reported one by one. A group stated with
    # its own plan (18个项目总投资206亿元,年度计划投资80亿元) is a row as
    # one named by its kind is.
    named = _GROUP_NAME.fullmatch(t, ps, pe) is not None or _PLANNED_GROUP.search(t, ps, pe) is not None
    # 今年省重点工程建设项目中|计划新开工项目41项: a group among the
    # programme's projects is read after the 中 that places it.
    among = max((m.end() for m in _REPORT_RE.finditer(t, ps, pe) if m.group().endswith("中")), default=ps)
    return named and _REPORT_RE.search(t, among, pe) is None and _GROUP_FIGURES.search(t, p, end) is not None


def _report_level(p: str) -> bool:
    """Does a project clause speak of the whole programme?

    >>> _report_level("今年68件为民办实事项目"), _report_level("其余60件"), _report_level("农村公路安保工程")
    (True, True, False)
    """
    p = p.strip(_TRIM)
    if p.startswith(_REPORT_STARTS) or _REPORT_RE.search(p) or _REPORT_COUNT.search(p):
        return True
    return _COUNT_ONLY.fullmatch(p) is not None


def _scan(t: str, s: int, e: int, delims: str = ",;:") -> tuple[list[tuple[int, int, str]], list[tuple[int, int]]]:
    """Clauses of t[s:e] split at ``delims`` outside brackets and quotes.

    Returns (clauses as (start, end, delimiter), bracketed ranges). Depth is
    reset at a sentence end so that an unclosed bracket cannot swallow the
    rest of a page.
    """
    clauses: list[tuple[int, int, str]] = []
    brackets: list[tuple[int, int]] = []
    if _BRACKETS.search(t, s, e) is None:
        # Most clauses hold no bracket: split without tracking depth.
        cs = s
        for m in _delim_re(delims).finditer(t, s, e):
            clauses.append((cs, m.start(), m.group()))
            cs = m.end()
        clauses.append((cs, e, ""))
        return clauses, brackets
    depth, cs, open_at = 0, s, s
    for m in _delim_re(delims + "。!?\n()[]【】“”《》").finditer(t, s, e):
        ch, p = m.group(), m.start()
        if ch in _OPEN:
            if depth == 0:
                open_at = p
            depth += 1
        elif ch in _CLOSE:
            if depth:
                depth -= 1
                if depth == 0:
                    brackets.append((open_at, p + 1))
        elif depth == 0 or ch in "。!?\n":
            if depth:
                brackets.append((open_at, p))
                depth = 0
            if ch in delims:
                clauses.append((cs, p, ch))
                cs = p + 1
    if depth:
        brackets.append((open_at, e))
    clauses.append((cs, e, ""))
    return clauses, brackets


def _inside(pos: int, ranges: list[tuple[int, int]]) -> bool:
    i = bisect_right(ranges, (pos, 1 << 62)) - 1
    return i >= 0 and ranges[i][0] <= pos < ranges[i][1]


# --------------------------------------------------------------------------
# Splitting a stretch into project and progress.
# --------------------------------------------------------------------------


def _split_point(t: str, s: int, e: int, mode: str) -> tuple[int, re.Match[str] | None] | None:
    """Where the progress starts in t[s:e], and the (第N项) reference if any.

    ``mode``: ``news`` (clause groups), ``list`` (items under a heading: a
    forecast counts), ``head`` (a heading line with the progress below: only
    openers), ``single`` (a whole item in one stretch: a sentence end or a
    colon also splits).

    >>> t = "我市计划新建80个社区便利店,现已超额完成93个"
    >>> t[_split_point(t, 0, len(t), "news")[0]:]
    '现已超额完成93个'
    >>> t = "20公里休闲步行道已完成7.42公里"
    >>> t[_split_point(t, 0, len(t), "news")[0]:]
    '已完成7.42公里'
    """
    ref = _REF.search(t, s, e)
    if ref and _named(t, s, ref.start()):
        return ref.end(), ref
    # In running text the scene (其中, 截至6月底, 与一季度相比,) is no part
    # of the first clause: the rules below read the clause that names.
    rich = mode in ("news", "list")
    s0 = _clean_project(t, s, e)[0] if rich and _LEADING.match(t, s, e) else s
    clauses, brackets = _scan(t, s0, e, ",;:。!?" if mode == "single" else ",;:")
    aspect = _LIST_ASPECT_RE if mode == "list" else _ASPECT_RE
    p: int | None = _after_plan(t, s, clauses) if rich else None
    if p is not None:
        return p, None
    for k, (cs, ce, d) in enumerate(clauses):
        if k == 0:
            for am in aspect.finditer(t, cs, ce):
                p = am.start()
                if p > cs and not _inside(p, brackets) and _names_project(t, s, p):
                    sub = _SUBJECT_RE.search(t, max(s, p - 4), p) or _REASON_RE.search(t, max(cs, p - 16), p)
                    if sub and _names_project(t, s, sub.start()):
                        p = sub.start()
                    return p, None
            if mode != "head":
                p = _inner_split(t, s, clauses, brackets, mode)
                if p is not None:
                    return p, None
        else:
            c0 = cs
            while c0 < ce and t[c0].isspace():
                c0 += 1
            ps_, pe_, _ = clauses[k - 1]
            pa, pb = _strip(t, ps_, pe_)
            if rich and pa < pb and t.endswith(_PROJECT_NOUNS, pa, pb) and _DIGIT.search(t, pa, pb) is None \
                    and _DIGIT.search(t, c0, ce) is not None and _names_project(t, s, c0):
                # 老旧小区改造工程,改造3057个老旧小区,完成年度任务的100%: a
                # clause that is a project's name, then its figures.
                return c0, None
            if _names_project(t, s, c0) and (
                _OPENER_RE.match(t, c0, ce) or (rich and _LATER_RE.match(t, c0, ce))
                or any(not _inside(m.start(), brackets) for m in aspect.finditer(t, c0, ce))
                or _PERIOD_PROGRESS.match(t, c0, ce)
            ):
                # …经济适用房,到10月底,实际完成104%: the time clause before
                # the progress is part of it, never of the project.
                if k >= 2:
                    ps, pe, _ = clauses[k - 1]
                    m = _TIME_ONLY.fullmatch(t, ps, pe)
                    if m is not None and pe > ps and _names_project(t, s, ps):
                        return ps + (len(t[ps:pe]) - len(t[ps:pe].lstrip())), None
                return c0, None
        if mode == "single" and d and d in "。!?:" and _CONTENT.search(t, ce + 1, e) and _named(t, s, ce):
            return ce + 1, None
    return None


def _after_plan(t: str, s: int, clauses: list[tuple[int, int, str]]) -> int | None:
    """Where the progress starts after the plan's clauses: 2020年我州重点项目
    250个,年度计划投资307.05亿元,|1-8月累计完成投资…. The clauses before
    one that opens with the months reported (or a time clause, then a
    verb of progress) are the task when one of them names the plan (计划,
    总投资, 安排) and none reports work (已, 完成 outside a plan)."""
    planned = False
    for k, (cs, ce, _) in enumerate(clauses[:6]):
        c0 = cs
        while c0 < ce and t[c0].isspace():
            c0 += 1
        if k and planned and _names_project(t, s, c0):
            if _PERIOD_PROGRESS.match(t, c0, ce):
                return c0
            if _TIME_ONLY.fullmatch(t, c0, ce) and k + 1 < len(clauses) and _WORK_DONE.search(t, *clauses[k + 1][:2]):
                return c0
        if "已" in t[c0:ce] or (_WORK_DONE.search(t, c0, ce) and not _PLAN_CLAUSE.search(t, c0, ce)):
            # 年度计划投资323亿元,|81个项目开工建设: after the plan, the first
            # clause of work done opens the progress.
            return c0 if k and planned and _COUNT_DONE.match(t, c0, ce) and _names_project(t, s, c0) else None
        planned = planned or _PLAN_CLAUSE.search(t, c0, ce) is not None
    return None


def _inner_split(t: str, s: int, clauses: list[tuple[int, int, str]], brackets: list[tuple[int, int]],
                 mode: str) -> int | None:
    """Where the progress starts inside the first clause of running text,
    when no aspect word marks it: after a project's head noun
    (实体零工驿站建设|完成2个), at the verb before a figure (…补助|新增18元),
    at a verdict (…处理率|达到年度工作目标), after ``等N项``, after a quoted
    name in a list (“婚姻登记跨区通办”|5月份完成全年任务), or at the figure
    that ends the clause when a later clause gives its share of the task
    (改造县乡公路|3290公里,为任务的164.5%).

    >>> t = "改造县乡公路3290公里,为任务的164.5%"
    >>> t[_inner_split(t, 0, _scan(t, 0, len(t), ",")[0], [], "list"):]
    '3290公里,为任务的164.5%'
    """
    cs, ce, _ = clauses[0]
    digit = _DIGIT.search(t, cs, ce) is not None
    if not digit and _NO_FIGURE_SPLIT.search(t, cs, ce) is None and not (mode == "list" and t.startswith("“", cs)):
        return None  # every rule below needs a figure, a verb of progress or a quoted name

    def ok(p: int) -> bool:
        return (cs < p < ce and _CJK3.search(t, cs, p) is not None and _PLAN_END.search(t, max(s, p - 4), p) is None
                and not _inside(p, brackets) and _names_project(t, s, p))

    found: list[int] = []
    f: re.Match[str] | None
    for m in _HEAD_VERB.finditer(t, cs, ce):
        if ok(m.end()):
            found.append(m.end())
            break
    for f in _FIGURE.finditer(t, cs, ce) if digit else ():
        if _inside(f.start(), brackets):
            continue
        if f.start() == cs or not _CJK.match(t, f.start() - 1):
            continue
        v = _FIG_VERB.search(t, max(cs, f.start() - 8), f.start())
        if v is not None and ok(v.start()):
            found.append(v.start())
            break
    for m in _VERDICT_PHRASE.finditer(t, cs, ce):
        if ok(m.start()):
            found.append(m.start())
            break
    for m in _AND_SO_ON.finditer(t, cs, ce) if digit else ():
        if ok(m.end()):
            found.append(m.end())
            break
    if mode == "list" and t.startswith("“", cs):
        q = t.find("”", cs, ce)
        if q > cs and q + 1 < ce and _CJK.match(t, q + 1) and not t.startswith(_NAME_GOES_ON, q + 1) \
                and _PLAN_WORD.search(t, q + 1, ce) is None and ok(q + 1):
            found.append(q + 1)
    if found:
        return min(found)
    f = _FINAL_FIGURE.search(t, cs, ce) if digit else None
    if f is None:
        return None
    for k in range(1, len(clauses)):
        c0, c1, _ = clauses[k]
        if _SHARE.match(t, c0, c1):
            if ok(f.start()) and _FIG_VERB.search(t, max(cs, f.start() - 8), f.start()) is None:
                return f.start()
            break
        if _OPENER_RE.match(t, c0, c1) or _ASPECT_RE.search(t, c0, c1):
            break  # the clause's figure is the plan: the progress is later
    return None


def _subject_ranges(t: str, a: int, b: int, mode: str) -> list[tuple[int, int]]:
    """t[a:b] cut where a new subject starts: a clause (after ``,``, ``;`` or
    ``、``) that names a project and reports a figure of its own
    (…已完成1个(50%)、15个农村幸福院建设已完成8个(53%), …;
    …完成率286%,屋面渗漏和外墙脱落维修1012平方米,完成率122%).

    >>> t = "2个养老机构建设已完成1个(50%)、15个幸福院建设已完成8个(53%),这2项预计10月完成"
    >>> [t[x:y] for x, y in _subject_ranges(t, 0, len(t), "news")]
    ['2个养老机构建设已完成1个(50%)、', '15个幸福院建设已完成8个(53%),这2项预计10月完成']
    """
    if _SUBJECT_SEP.search(t, a, b) is None or _DIGIT.search(t, a, b) is None:
        return [(a, b)]
    clauses, _ = _scan(t, a, b, ",;、")
    if len(clauses) < 2:
        return [(a, b)]
    aspect = _LIST_ASPECT_RE if mode == "list" else _ASPECT_RE
    starts = [a]
    # A subject whose progress is not marked by an aspect (B达到3.88个) starts
    # an item only once the item before has its share (…完成率286%, B…).
    # ...or while the item so far is only scene or a count of projects
    # (另外1项属于生态环境工程,4月新增…). Both are folded in when needed.
    shared, lead_only, folded = False, True, 0
    for k in range(1, len(clauses)):
        cs, ce, _ = clauses[k]
        while cs < ce and t[cs].isspace():
            cs += 1
        j = k
        while j + 1 < len(clauses) and j < k + 8 and clauses[j][2] == "、" and clauses[k - 1][2] != "、":
            j += 1  # 省、市重点项目…: a few names in a row are one subject
        ge = clauses[j][1]
        if clauses[k - 1][2] != "、" and _PLANNED_GROUP_HEAD.match(t, cs, ge) \
                and _after_plan(t, cs, [(cs, ge, ""), *clauses[j + 1 : j + 5]]) is not None and not _report_level(t[cs:ge]):
            # 省、市重点项目总投资86.1亿元,年度计划投资7.65亿元,1-5月完成…:
            # a group named with its plan, then its progress, starts a subject.
            starts.append(cs)
            shared, lead_only, folded = False, False, k
            continue
        if cs >= ce or _DIGIT.search(t, cs, ce) is None or _NO_SUBJECT.match(t, cs, ce) or _SHARE.match(t, cs, ce):
            continue
        end = clauses[min(k + 2, len(clauses) - 1)][1]
        sp = _split_point(t, cs, end, mode)
        if sp is None or sp[1] is not None or sp[0] >= ce:
            continue
        p = sp[0]
        if clauses[k - 1][2] == "、" and not aspect.match(t, p):
            continue  # A、B等: names in a row, unless each reports (…已完成1个、B已完成8个)
        if _DIGIT.search(t, p, ce) is None or _report_level(t[cs:p]):
            continue
        if not aspect.match(t, p):
            while folded < k and not shared:
                pc, pe_, _ = clauses[folded]
                shared = t.find("%", pc, pe_) >= 0 or _SHARE.match(t, pc, pe_) is not None
                if lead_only:
                    qa, qb = _clean_project(t, pc, pe_)
                    lead_only = qa >= qb or _report_level(t[qa:qb]) or _TIME_ONLY.fullmatch(t, qa, qb) is not None
                folded += 1
            if not shared and not lead_only:
                continue
        starts.append(cs)
        shared, lead_only, folded = False, False, k
    return [(x, starts[k + 1] if k + 1 < len(starts) else b) for k, x in enumerate(starts)]


def _object(t: str, a: int, b: int) -> tuple[int, int] | None:
    """The thing a clause that opens with its progress names, when it
    reports a figure of its own: 建成|干鲜果基地|7.43万亩,
    已|帮扶困难退役军人和军属烈属|431人, 已建成11家|全国、省、市最美工会驿站.
    None for 已完成投资2000万元 (no object) and for clauses with a subject.

    >>> t = "已建成11家最美工会驿站,完成率110%"
    >>> t[slice(*_object(t, 0, len(t)))]
    '最美工会驿站'
    """
    m = _OPENER_RE.match(t, a, b) or _ASPECT_START.match(t, a, b) or _VERB_FIGURE.match(t, a, b)
    if m is None:
        return None
    v = m.end()
    ce = _CLAUSE_END.search(t, v, b)
    ce_pos = ce.start() if ce else b
    f = _FIGURE.search(t, v, ce_pos)
    if f is None:
        return None
    if _cjk(t[v : f.start()]) >= 3:
        x, y = v, f.start()
    else:
        x, y = f.end(), ce_pos
    rate = _RATE_AFTER.search(t, x, y)
    if rate is not None:
        y = rate.start()  # 744套保障性租赁住房、开工率100%: the rate is no part of the thing
    for more in _FIGURE.finditer(t, x, y):
        # 完成3个小区、179户城市供水设施改造: the thing follows the last
        # figure; a figure left in it would pass for the year's task.
        x = more.end()
    x, y = _strip(t, x, y)
    head = _GENERIC_VERB.match(t, x, y)
    bare = t[head.end() if head else x : y].strip(_TRIM)
    if _cjk(bare) < 3 or bare in _GENERIC_OBJECTS:
        return None  # 已完成投资…, 已完成绿化…: no thing of its own
    return x, y


def _plan_end(t: str, a: int, e: int) -> int | None:
    """Where the plan that opens t[a:e] ends, when it does (该项目计划投资
    480万元,…共建设充电桩5000个。|完成项目投资380万元): at the first clause
    or sentence that opens with progress. The plan belongs to the project.

    >>> t = "该项目年度计划投入2.6亿元,目前仅完成投入2960万元。"
    >>> t[_plan_end(t, 0, len(t)):]
    '目前仅完成投入2960万元。'
    """
    while a < e and t[a] in _TRIM:
        a += 1
    if not _PLAN.match(t, a, e):
        return None
    for m in _CLAUSE_END.finditer(t, a, e):
        q = m.end()
        while q < e and t[q] in " \t\r\n\u3000":
            q += 1
        if q < e and (_OPENER_RE.match(t, q, e) or _LATER_RE.match(t, q, e) or _ASPECT_START.match(t, q, e)):
            return q
    return None


def _names_project(t: str, s: int, e: int) -> bool:
    """Can t[s:e] be a project, once scene-setting clauses are dropped?
    (目前, 截至10月底 cannot.)"""
    if not _named(t, s, e):
        return False
    a, b = _clean_project(t, s, e)
    a, b = _strip(t, a, b, _TRIM_QUOTES)
    return (_named(t, a, b) and _NOT_A_NAME.fullmatch(t, a, b) is None and _TIME_ONLY.fullmatch(t, a, b) is None
            and t[a:b] not in _PLACE_WORDS and _ASPECT_START.match(t, a, b) is None)


def _clean_project(t: str, s: int, e: int) -> tuple[int, int]:
    """Drop scene-setting clauses (另外, 在…方面, 截至…) and edge punctuation."""
    s, e = _strip(t, s, e)
    for _ in range(4):
        m = _LEADING.match(t, s, e)
        if not m or m.end() >= e:
            break
        s, e = _strip(t, m.end(), e)
    return s, e


# --------------------------------------------------------------------------
# Lines.
# --------------------------------------------------------------------------


@dataclass
class _Mark:
    style: str
    level: int
    no: str        # as written (normalised: half-width digits)
    value: int
    start: int     # first character of the marker
    end: int       # first character after it
    line_start: bool
    digit_follows: bool


@dataclass
class _Line:
    start: int
    body: int
    end: int
    mark: _Mark | None = None


def _is_junk(t: str, s: int, e: int) -> bool:
    """Image names, dates, bylines, navigation, table rows: never part of
    an item."""
    if _JUNK_LINE.fullmatch(t, s, e):
        return True
    if t.count("|", s, e) >= 2:
        return True  # a row of a table left in the text: tables are read elsewhere
    if t.find(":", s, e) >= 0 and len(_META_LABEL.findall(t, s, min(e, s + 300))) >= 2:
        return True  # 发表时间:… 信息来源:… 作者:…: the page's record, not its text
    seg = t[s:e].strip()
    if len(seg) <= 40 and "。" not in seg:
        if _NAV_RE.search(seg):
            return True
        words = seg.split()
        if words and all(w in _NAV_WORDS or not _CJK.search(w) for w in words) and any(w in _NAV_WORDS for w in words):
            return True
    return False


def _candidates(t: str, s: int, e: int) -> list[_Mark]:
    """Possible item markers of one line: at its start, or after a sentence
    end or a space inside it.

    >>> [(m.style, m.no) for m in _candidates("3.3座公园增设设施。 4.开办暑托班", 0, 17)]
    [('num', '3'), ('num', '4')]
    """
    out = []
    lead = s
    while lead < e and t[lead].isspace():
        lead += 1
    sites = [lead] + [m.end() for m in _MARK_SITE.finditer(t, lead, e)
                      if m.group()[-1] != ":" or t.endswith("如下:", 0, m.end())]
    for p in sites:
        m = _ITEM_MARK.match(t, p, e)
        if m is None:
            continue
        at_start = p == lead
        style = next(k for k in ("ord", "named", "boxed", "pcn", "cn", "pnum", "num", "circ") if m.group(k))
        if not at_start and style == "circ":
            continue  # 其中:①…②…: points inside a sentence, never items
        raw = m.group(style)
        if style == "boxed":
            style = "named"  # 【实事三】 and 实事三: are one numbering
        v = _value(raw)
        if v is None or v == 0:
            continue
        if style == "num" and m.group("np") == ")":
            style = "pnum"
        if style == "num" and m.group("np") == "," and not at_start:
            continue  # 增加3,比上年…: a comma numbers only lines (1,截至11月底…)
        nxt = t[m.end()] if m.end() < e else ""
        if m.end() >= e or nxt in "\n":
            # A bare number at the end of a line is a figure, not a marker.
            if style in ("num", "cn"):
                continue
        out.append(_Mark(style, _LEVEL[style], raw, v, p, m.end(), at_start, nxt.isdigit()))
    if not out or out[0].start != lead:
        b = _BULLET_ONLY.match(t, lead, e)
        if b:
            out.insert(0, _Mark("bullet", _LEVEL["bullet"], "", 0, lead, b.end(), True, False))
    return out


def _accept(cands: list[_Mark]) -> list[_Mark]:
    """Keep the candidates whose numbers run in sequence.

    A marker at a line start is kept unless a digit follows it (3.5万) and
    it does not continue its sequence (3.3座 after 2. does). Inside a line
    a marker must continue its sequence or start one at 1, and a sequence
    found only inside lines needs two members.
    """
    last: dict[str, int] = {}
    kept: list[_Mark] = []
    runs: dict[int, list[int]] = {}   # id of a run → indexes into kept
    run_of: dict[str, int] = {}
    next_run = 0
    for c in cands:
        if c.style == "bullet":
            kept.append(c)
            continue
        prev = last.get(c.style)
        cont = prev is not None and c.value == prev + 1
        if c.digit_follows and not (cont and c.value >= 2):
            continue
        if not c.line_start and not (cont or c.value == 1):
            continue
        if not cont:
            run_of[c.style] = next_run
            next_run += 1
        runs.setdefault(run_of[c.style], []).append(len(kept))
        last[c.style] = c.value
        kept.append(c)
    drop = set()
    for idx in runs.values():
        if len(idx) < 2 and not kept[idx[0]].line_start:
            drop.update(idx)
    return [c for i, c in enumerate(kept) if i not in drop]


# --------------------------------------------------------------------------
# The reader.
# --------------------------------------------------------------------------


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
    lines: list[_Line] = field(default_factory=list)
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

    # -- output ----------------------------------------------------------

    def _text(self, pieces: list[tuple[int, int]]) -> str:
        """The half-width text of the pieces, one line each; a leading
        sentence end or closing bracket left by a split is dropped, a
        closing 。 kept."""
        parts = []
        for a, b in pieces:
            a, b = _strip(self.t, a, b)
            while a < b and self.t[a] in "。)]】":
                a, b = _strip(self.t, a + 1, b)
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
              lead: str = "", official: str = "") -> None:
        """Add an item unless its project names nothing."""
        proj = self._text(project)
        led = _LED_BY.fullmatch(proj)
        if led is not None and _cjk(led.group("rest")) >= 2:
            # 市发改委牵头的第2项“固定资产投资增长8%以上”: the unit and the
            # task's number in the list come before the task's name.
            lead, no, proj = lead or led.group("lead"), no or led.group("n") or "", led.group("rest")
        if _cjk(proj) < 2:
            return
        act = self._text(actual)
        if act and _TIME_ONLY.fullmatch(act.strip(_TRIM + "。")):
            return  # …建设,|截至目前: a time alone reports nothing
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

    def _is_heading(self, ln: _Line) -> bool:
        """A short unpunctuated line that heads a group (已完成的项目)."""
        t = self.t
        s, e = _strip(t, ln.start, ln.end, " \t\r\n\u3000:")
        seg = t[s:e]
        if not 2 <= len(seg) <= 30 or _cjk(seg) < 2 or ln.mark is not None:
            return False
        if any(ch in seg for ch in "。;!?,") or _YEAR.search(_PERIOD.sub("", seg)) or seg.startswith(_REPORT_STARTS):
            return False
        if "实事" in seg and (_ASPECT_RE.search(seg) or "均" in seg):
            return False
        # 已完成的项目 is a heading, 已完工 is progress: a heading that opens
        # like progress must end on a noun of projects (a count may follow).
        if _OPENER_RE.match(seg) and not _HEAD_NOUN.search(seg):
            return False
        if seg.endswith("如下"):
            return False  # 现将进展情况公布如下: introduces, it does not head
        return True

    # -- the walk --------------------------------------------------------

    def read(self, item_level: int | None) -> list[ProseItem]:
        """Walk the lines: markers above the item level head sections,
        markers at it start items, other lines are headings or prose."""
        i, n = 0, len(self.lines)
        while i < n:
            ln = self.lines[i]
            if ln.mark is not None and item_level is not None and ln.mark.level < item_level:
                self._push_section(ln.mark.level, self._line_text(ln), self._heading_official(ln))
                before = len(self.items)
                i += 1
                while i < n and self.lines[i].mark is None:
                    i = self._plain(i, n)
                self._heading_is_item(ln, before)
                continue
            if ln.mark is not None:
                i = self._numbered(i, item_level)
                continue
            i = self._plain(i, n)
        return self.items

    def _heading_is_item(self, ln: _Line, before: int) -> None:
        """一、地区生产总值 / 据…,2017年全区地区生产总值实现5629.4亿元…: a
        heading over one paragraph that reports on what the heading names is
        that item, the whole paragraph its progress."""
        if len(self.items) - before != 1:
            return
        hs, he = _strip(self.t, ln.body, ln.end, _TRIM + "。")
        it = self.items[-1]
        if it.no or not self._names_item(hs, he, it):
            return
        k = bisect_right([x.start for x in self.lines], it.span[0]) - 1
        para = self.lines[k] if k >= 0 else None
        if para is None or para.mark is not None:
            return
        self.items[-1] = replace(it, project=self.h[hs:he].strip(), actual=self._text([(para.start, max(para.end, it.span[1]))]),
                                 span=(ln.start, max(para.end, it.span[1])))

    def _names_item(self, hs: int, he: int, it: ProseItem) -> bool:
        """Does the heading t[hs:he] name the item (地区生产总值 in
        2017年全区地区生产总值)?"""
        head = re.sub(r"\s+", "", self.h[hs:he])
        return len(head) >= 3 and head in re.sub(r"\s+", "", it.project)

    def _line_text(self, ln: _Line) -> str:
        s, e = _strip(self.t, ln.start, ln.end)
        return self.h[s:e].strip()

    def _heading_official(self, ln: _Line) -> str:
        s, e = _strip(self.t, ln.body, ln.end, _TRIM + "。")
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

    def _has_progress(self, ln: _Line) -> bool:
        """Does an item's own line hold its progress already?"""
        return _split_point(self.t, ln.body, ln.end, "single") is not None or _LABEL.search(self.t, ln.body, ln.end) is not None

    def _numbered(self, i: int, item_level: int | None) -> int:
        """Read the numbered block starting at line i: a section when a big
        division holds projects of its own, else one item. Returns the next
        line to read."""
        ln = self.lines[i]
        assert ln.mark is not None
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

    def _sub_items(self, ln: _Line, body: list[_Line]) -> bool:
        """1.重点项目开复工情况。 / (1)新建重点项目:81个…已开工52个 / (2)…: a
        numbered heading with no figure over lines numbered a level down,
        each a project with its progress, is their section; the lines are
        items 1.1, 1.2 …. Every line must give an item, or none is taken."""
        t = self.t
        assert ln.mark is not None  # a numbered line
        if len(body) < 2 or _DIGIT.search(t, ln.body, ln.end) is not None:
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

    def _section_word(self, ln: _Line) -> bool:
        s, e = _strip(self.t, ln.body, ln.end, _TRIM + "。")
        return self.t[s:e] in _SECTION_WORDS

    def _list_section(self, i: int, j: int) -> bool:
        """A numbered line whose first sentence heads a list that follows
        on the line (（二）考核指标完成情况。…有26个指标超额完成任务,分别是:A;B;…)
        is a section over the list's items."""
        t, ln = self.t, self.lines[i]
        s, e = _strip(t, ln.body, ln.end)
        k = t.find("。", s, min(e, s + 60))
        if k < 0 or not _named(t, s, k) or _CLAUSE_MARK.search(t, s, k) or _CONTENT.search(t, k + 1, e) is None:
            return False
        if _INTRO.search(t, k + 1, e) is None and _AMONG_COLON.search(t, k + 1, e) is None:
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
        del self.items[saved_items:]
        self.sections = saved_sections
        return False

    def _as_section(self, i: int, j: int) -> bool:
        """A big-division block (一、 / (一)) whose body holds projects of
        its own is a section: read its body as such and keep the result."""
        ln = self.lines[i]
        hs, he = _strip(self.t, ln.body, ln.end, _TRIM + "。")
        if self.t.endswith(_HEAD_NAMES, hs, he) and not any(b.mark is not None for b in self.lines[i + 1 : j]) \
                and _CATEGORY_HEAD.search(self.t, hs, he) is None:
            # 一、乡村“万盏灯光”工程 / its paragraph: a heading that names a
            # project, over prose with no numbering of its own, is that
            # project and the prose its progress (however many clauses).
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
        if not names_item and (found >= 2 or (found == 1 and not any(ch.isdigit() for ch in heading))):
            return True
        del self.items[saved_items:]
        self.sections = saved_sections
        return False

    def _numbered_item(self, ln: _Line, pieces: list[tuple[int, int]], last: bool) -> int:
        """Emit the item of a numbered block; returns how many lines it used."""
        t, mark = self.t, ln.mark
        assert mark is not None
        no = mark.no if mark.style != "bullet" else ""
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
        if len(pieces) == 1:
            sp = _split_point(t, head_s, head_e, "single")
            if sp is not None and sp[0] > head_s and t[sp[0] - 1] in "。!?:":
                # 1、供水工程。该项目年度计划投入2.6亿元,|目前仅完成…
                q = _plan_end(t, sp[0], head_e)
                if q is not None:
                    sp = (q, sp[1])
            if sp is None:
                sp = self._name_figure(head_s, head_e)
            if sp is not None:
                self._emit_split(no, head_s, head_e, sp, [], mark.start)
            elif self._under_heading(mark.level) and _cjk(t[head_s:head_e]) >= 8:
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
        sp = _split_point(t, head_s, head_e, "head")
        body = pieces[1:]
        if last:
            # The last item of a page has no next marker to stop it: take
            # one paragraph of progress, or none when the line holds it.
            body = [] if sp is not None else body[:1]
        q = _plan_end(t, body[0][0], body[0][1]) if sp is None and body else None
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

    def _numbered_parts(self, no: str, mark_start: int, s: int, e: int) -> bool:
        """1,全市城镇新增就业15.59万人,完成全年目标的103.9%;提供高校毕业生
        就业岗位17.27万个,完成全年目标的172%;…: a numbered line of several
        tasks, each with its own share of the year, is an item per task,
        numbered 1.1, 1.2 … under the line's number."""
        t = self.t
        colon = t.find(":", s, min(e, s + 40))
        if colon >= 0:
            return False  # X方面:A…;B…: the heading is the item
        ranges = _subject_ranges(t, s, e, "news")
        if len(ranges) > 2 and _TIME_ONLY.fullmatch(t[ranges[0][0] : ranges[0][1]].rstrip(",; ")):
            ranges = [(ranges[0][0], ranges[1][1])] + ranges[2:]  # 截至11月底, opens the first part
        if len(ranges) < 2 or not all(_SHARE.search(t, a, b) or "%" in t[a:b] for a, b in ranges):
            return False
        splits = [_split_point(t, a, b, "news") for a, b in ranges]
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
        a = _clean_project(t, s, e)[0]
        m = _NAME_FIGURE.match(t, a, e)
        if m is None or not _names_project(t, a, m.end(1)) or _VERB_IN_NAME.search(t, a, m.end(1)) \
                or _report_level(t[a : m.end(1)]):
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
        a, b = _strip(t, a, b, _TRIM + "。")
        if b - a < 5 or b - a > 48:
            return None
        seg = t[a:b]
        marks = [(m.span[0], m.span[1], m.rung == "施工" and m.state == "under_way")
                 for m in stages_in(seg, seg, self.lexicon)]
        marks += [(c.span[0], c.span[1], False) for c in cues_in(seg, seg, self.lexicon) if c.kind in _TAIL_CUES]
        marks.sort()
        run: list[tuple[int, bool]] = []
        end = len(seg)
        for x, y, work in reversed(marks):
            if y != end:
                if y > end:
                    continue  # inside a mark taken already
                break
            run.append((x, work))
            end = x
        # 营流路片区改造|推进顺利: a work word before the stage is the name's.
        while len(run) > 1 and run[-1][1]:
            run.pop()
        if not run:
            return None
        start, work_only = run[-1][0], all(w for _, w in run)
        marked = False
        for _ in range(3):  # 预计近期|开工建设, 已全面|完工
            w = next((w for w in _STAGE_MODIFIERS if seg.startswith(w, start - len(w)) and start - len(w) > 0), None)
            if w is None:
                break
            start -= len(w)
            marked = True
        if work_only and not marked:
            return None
        p = a + start
        if _cjk(t[a:p]) < 3 or not _names_project(t, a, p) or _report_level(t[a:p]) \
                or _VERB_IN_NAME.search(t, a, p) is not None:
            return None  # 主桥完成桩基|施工: a verb of progress is no part of a name
        return p

    def _stage_subjects(self, a: int, b: int) -> list[tuple[int, int]] | None:
        """t[a:b] cut into its clauses that each name a project and end with
        its stage (A推进顺利,B开工建设,C完工通车), a clause of another shape
        going with the one before; None unless at least two are of that
        shape and the first of them opens the group or follows only the
        scene (今年以来,X全力推动新建项目前期工作,A预计近期开工建设,B顺利推进)."""
        clauses, _ = _scan(self.t, a, b, ",;")
        if len(clauses) < 2:
            return None
        tails = [self._stage_tail(cs, ce) is not None for cs, ce, _ in clauses]
        if sum(tails) < 2:
            return None
        first = tails.index(True)
        if first > 2 or first > 0 and _DIGIT.search(self.t, a, clauses[first][0]) is not None:
            return None  # what opens the group reports a figure of its own: one item
        starts = [clauses[k][0] if k > first or first > 0 else a for k in range(first, len(clauses)) if tails[k]]
        return [(x, starts[k + 1] if k + 1 < len(starts) else b) for k, x in enumerate(starts)]

    def _category_item(self, ln: _Line, pieces: list[tuple[int, int]]) -> bool:
        """(一)提升城市文明宜居水平方面。A推进顺利,B开工建设。…: a heading that
        names a group of projects over sentences that name their own: the
        projects are the items, the heading their section."""
        t = self.t
        s, e = _strip(t, pieces[0][0], pieces[0][1])
        k = t.find("。", s, min(e, s + 40))
        head_end = k if k >= 0 else e
        if _CATEGORY_HEAD.search(t, s, head_end + 1 if k >= 0 else e) is None or _DIGIT.search(t, s, head_end):
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
            if name in _PROGRESS_LABELS or name in _PROJECT_LABELS:
                return None
            a, b = out[k]
            o = m.start()
            # 牵头责任单位: the label found may follow words of its own.
            while o > a and (t[o - 1].isspace() or _CJK.match(t, o - 1) and m.start() - o < 4):
                o -= 1
            if o <= a or t[o - 1] not in "([【":
                return None
            c = t.find(")]】"[("([【").index(t[o - 1])], m.end(), b)
            rest = _strip(t, c + 1, b) if c >= 0 else (0, 1)
            if rest[0] < rest[1]:
                return None  # the bracket does not close the piece
            if name in _LEAD_LABELS and not lead:
                x, y = _strip(t, m.end(), c)
                lead = self.h[x:y]
            out[k] = (a, o - 1)
        if _cjk(self._text(out[:1])) < 2:
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
        ps, pe = _clean_project(self.t, s, p)
        if ref is not None and not no:
            no = self.h[ref.start("n") : ref.end("n")]
        end = more[-1][1] if more else e
        self._emit(no, [(ps, pe)], [(p, e)] + more, (span_start, end), official=official)

    def _labelled(self, no: str, ln: _Line, pieces: list[tuple[int, int]], labels: list[tuple[re.Match[str], int]]) -> None:
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
            if name in _PROGRESS_LABELS:
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
                a, b = _strip(t, vs, ve)
                lead = self.h[a:b]
            if name in _PROJECT_LABELS and proj_label is None:
                proj_label = (vs, ve)
            tail_from = (k, after)
        if proj_label is not None and _cjk(self._text(project)) < 2:
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
        return i + 1

    def _heading_line(self, i: int) -> int:
        """A short unpunctuated line: the heading of the group below it, or,
        when it names a task (新增养老床位200张) and the next line reports
        progress that names no project of its own, an item of two lines."""
        t, ln = self.t, self.lines[i]
        s, e = _strip(t, ln.start, ln.end, _TRIM + "。")
        official = self.h[s:e] if self._verdict(t[s:e]) else ""
        self._push_section(99, self.h[s:e].strip(), official)
        nxt = self.lines[i + 1]
        # Only a task names a figure (新增养老床位200张); a count in brackets
        # (已完成项目(6项)) or a verdict makes a heading.
        task = _DIGIT.search(_COUNT_TAIL.sub("", t[s:e])) is not None and not official
        if nxt.mark is None and not official and not task and self._names_heading(ln) and self._headings_alternate() \
                and not self._is_heading(nxt) and self._progress_like(nxt):
            # A page of project names each over its progress lines: the
            # name is the project, the lines up to the next name (or a
            # numbered sub-item) its progress. A paragraph of several items
            # under it makes it a group's heading instead.
            before = len(self.items)
            self._paragraph(nxt.start, nxt.end)
            if len(self.items) - before >= 2:
                return i + 2
            del self.items[before:]
            self.sections.pop()
            j = i + 1
            while j < len(self.lines) and self.lines[j].mark is None and not self._is_heading(self.lines[j]):
                j += 1
            a, _ = _strip(t, nxt.start, nxt.end)
            _, b = _strip(t, self.lines[j - 1].start, self.lines[j - 1].end)
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
            a, b = _strip(t, nxt.start, nxt.end)
            self._emit("", [(s, e)], [(a, b)], (ln.start, b))
        return i + 2

    def _names_heading(self, ln: _Line) -> bool:
        """A heading line that can name a project: not a part of the
        circular (基本情况), a title, a date or the programme."""
        s, e = _strip(self.t, ln.start, ln.end, _TRIM + "。")
        return not self._section_word(ln) and self._names_task(s, e)

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
                    groups += len(scratch.items) - before >= 2
            # Most headings over one item's progress (a paragraph that
            # happens to read as two items does not turn the page).
            self._alternating = pairs >= 2 and 2 * pairs >= heads and 2 * groups < pairs
        return self._alternating

    def _progress_like(self, ln: _Line) -> bool:
        """Does a line read as progress (a figure or a verdict, not a title
        or a sentence on the whole programme)?"""
        t = self.t
        s, e = _strip(t, ln.start, ln.end)
        head = t[s : min(e, s + 40)]
        if _YEAR.match(head) or _report_level(_CLAUSE_MARK.split(head, 1)[0]):
            return False
        return _DIGIT.search(t, s, e) is not None or self._verdict(t[s : min(e, s + 200)])

    def _headed(self, ln: _Line) -> int | None:
        """End of the short first sentence of a headed paragraph
        (``食品安全抽样检验工程。全年开展…``), or None."""
        t = self.t
        s, e = _strip(t, ln.start, ln.end)
        k = t.find("。", s, min(e, s + 41))
        if k < 0 or k + 1 >= e:
            return None
        if not self._names_task(s, k):
            return None
        if _TOPIC_END.search(t, s, k) or any(c.kind in ("on_pace", "ongoing", "ahead", "delay") and c.active
                                              for c in cues_in(t[s:k], t[s:k], self.lexicon) if c.span[1] == k - s):
            return None  # 新农村建设项目继续按时序推进。 / 教育设施进一步改善。: a topic sentence over its items
        # The rest must report something: a figure, a verdict word, or an
        # opening of progress (一季度已全部开工).
        if _DIGIT.search(t, k + 1, e) is None and not self._verdict(t[k + 1 : min(e, k + 201)]) \
                and not self._opens_progress(k + 1, e):
            return None
        return k + 1

    def _headed_item(self, ln: _Line) -> None:
        """Emit a headed paragraph: its first sentence is the project, and a
        plan sentence after it (该项目计划投资…) goes with it."""
        k = self._headed(ln)
        assert k is not None
        s, e = _strip(self.t, ln.start, ln.end)
        ks = _strip(self.t, k, e)[0]
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
        q = _plan_end(self.t, k, e)
        if q is not None:
            self._emit("", [(s, q)], [(q, e)], (s, e))
        else:
            self._emit("", [(s, k)], [(k, e)], (s, e))

    def _task_line(self, ln: _Line) -> bool:
        """A line that is one short sentence naming a task
        (新建城乡公交站亭200个(2024—2026年)。)."""
        t = self.t
        s, e = _strip(t, ln.start, ln.end)
        if e - s > 50 or t[e - 1] != "。" or t.find("。", s, e - 1) >= 0:
            return False
        return self._names_task(s, e - 1)

    def _names_task(self, s: int, k: int) -> bool:
        """Can the sentence t[s:k] be a task heading its progress?"""
        t = self.t
        if not _named(t, s, k) or _CLAUSE_MARK.search(t, s, k):
            return False
        if _OPENER_RE.match(t, s, k) and not _TASK_OPEN.match(t, s, k):
            return False
        if _COUNT_HEAD.match(t, s, k) and len(_NUMBER.findall(t, s, k)) == 1 and self._verdict(t[s:k]):
            return False  # 2项提前超额完成全年任务。 heads a group
        first = _PERIOD.sub("", t[s:k])  # (2013—2017年) is the task's period, not a date
        return not (_report_level(first) or _YEAR.search(first) or first.endswith(_TITLE_ENDS))

    def _progress_line(self, ln: _Line) -> bool:
        """A line opening with its progress (上半年已完成…, 截至6月底,…)."""
        t = self.t
        s, e = _strip(t, ln.start, ln.end)
        if not self._opens_progress(s, e):
            return False
        return _DIGIT.search(t, s, e) is not None or self._verdict(t[s : min(e, s + 200)])

    def _opens_progress(self, s: int, e: int) -> bool:
        """Does t[s:e] open with progress, after a time phrase if any
        (上半年已…, 截至6月底,…, 一季度已全部开工)?"""
        t = self.t
        while s < e and t[s] in _TRIM:
            s += 1
        m = _TIME_ONLY.match(t, s, e)
        p = m.end() if m and m.end() > s else s
        while p < e and t[p] in _TRIM:
            p += 1
        return p < e and bool(_OPENER_RE.match(t, p, e) or _ASPECT_START.match(t, p, e) or p > s)

    def _pair_item(self, task: _Line, prog: _Line) -> None:
        t = self.t
        s, e = _strip(t, task.start, task.end)
        a, b = _strip(t, prog.start, prog.end)
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
            v = _value(m.group("n"))
            if v is not None and cur and v == _value(cur[-1].group("n")) + 1:  # type: ignore[operator]
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
        a = q
        depth = 0
        while a > s and q - a < 40:
            ch = t[a - 1]
            if ch in _CLOSE:
                depth += 1
            elif ch in _OPEN:
                depth = max(0, depth - 1)
            elif depth == 0 and ch in ",;:。!?\n":
                break
            a -= 1
        a, q = _strip(t, a, q)
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
            a, b = _strip(t, ms, me, _TRIM + "。")
            if a >= b:
                continue
            # A (第三项) reference is the page's own number for the project;
            # the 一是 ordinal only counts the sentence's points.
            ref = _REF.search(t, a, b)
            no = self.h[ref.start("n") : ref.end("n")] if ref else m.group("n")
            sp = _split_point(t, a, b, mode)
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
        """Let the last item of a list keep the sentence end (…工作。)."""
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
        clauses = _scan(t, s, e, ":")[0] if t.find(":", s, e) >= 0 else []
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
                if official and self._group_items(end, until, official):
                    mine.append((start, until))
                continue
            body_end = self._sentence_end(end, e)
            bs, be = _strip(t, end, body_end, _TRIM + "。")
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
            a, b = _clean_project(t, prev, k)
            prev = k + 1
            # 全市15个实事项目中,|有3个项目进展较快,…
            c = t.find(",", a, b)
            if 0 <= c - a <= 20 and _report_level(t[a:c]) and t[c - 1] == "中":
                a = c + 1
            if 0 < b - a <= 40 and _COUNT_HEAD.match(t, a, b) and len(_NUMBER.findall(t, a, b)) == 1 \
                    and _CONTENT.search(t, k + 1, e) and self._verdict(t[a:b]):
                out.append((a, k + 1))
        return out

    def _group_items(self, s: int, e: int, official: str) -> bool:
        """The items of a group under a count-and-verdict sentence: its
        sentences up to the next group, read as lists (其中:/分别是: dropped).
        Names alone count only in the first sentence and after a list word;
        other sentences count only where they report progress."""
        t = self.t
        made, x = False, s
        while x < e:
            y = self._sentence_end(x, e)
            bs, be = _strip(t, x, y, _TRIM + "。")
            intro = _INTRO.search(t, bs, be) or _AMONG_COLON.match(t, bs, be)
            if intro is not None:
                bs = intro.end()
                while bs < be and t[bs] in _TRIM:
                    bs += 1
            qa, qb = _clean_project(t, bs, be)
            if bs < be and not (qa < qb and _report_level(t[qa:qb])):
                made = self._list_items(bs, be, y, official, strict=made or intro is None) or made
            x = y
        return made

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
            bs, be = _strip(self.t, x, y, _TRIM + "。")
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
        clauses, brackets = _scan(t, s, e, ";")
        parts: list[tuple[int, int]]
        if len(clauses) >= 2:
            parts = [(a, b) for a, b, _ in clauses]
        else:
            commas, _ = _scan(t, s, e, ",")
            starts = [k for k, (a, b, _) in enumerate(commas) if self._list_split(a, b) is not None]
            if len(starts) >= 2:
                parts = self._comma_items(commas, starts)
            elif (self._list_split(s, e) or (0, 0))[1] is None or _object(t, s, e) is not None:
                parts = [(s, e)]
            else:
                names, _ = _scan(t, s, e, "、")
                parts = [(a, b) for a, b, _ in names]
        before = len(self.items)
        # Names alone are items under a verdict: the list's own heading, or
        # the section's (一、提前完成的项目 … 分别为:A;B).
        names_ok = not strict and bool(official or self._context_official())
        for k, (a, b) in enumerate(parts):
            for x, y in _subject_ranges(t, a, b, "list"):
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
        a, b = _strip(t, a, b, _TRIM + "。")
        if a >= b or _report_level(t[a:b]):
            return False
        note = _NOTE_PROGRESS.fullmatch(t, a, b)
        if note is not None and _PROGRESS_NOTE.search(t, *note.span("note")):
            # 新建10所中小学自办食堂(…自办食堂已完工并投用): a listed name with
            # its own progress in brackets; the list's verdict stays official.
            self._emit("", [note.span("name")], [note.span("note")], (a, b), official=official)
            return True
        sp = self._list_split(a, b)
        if sp is not None:
            if _REPORT_COUNT.search(t[a : sp[0]].strip(_TRIM)):
                return False  # 全市已有7个考核项目|已完成…
            self._emit_split("", a, b, sp, [], a, official=official)
            return True
        obj = _object(t, a, b)
        if obj is not None:
            self._emit("", [obj], [(a, b)], (a, b), official=official)
            return True
        if names_ok:
            ref = _REF.search(t, a, b)
            no = self.h[ref.start("n") : ref.end("n")] if ref else ""
            self._emit(no, [(a, b)], [], (a, b), official=official)
        return False

    def _list_split(self, a: int, b: int) -> tuple[int, re.Match[str] | None] | None:
        """_split_point in list mode, remembered for the list being read
        (its clauses are tried as item starts, then read as items)."""
        a, b = _strip(self.t, a, b, _TRIM + "。")
        key = (a, b)
        if key not in self._memo:
            self._memo[key] = _split_point(self.t, a, b, "list")
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
            if _report_level(self.t[a:b]):
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
        groups, _ = _scan(t, s, e, ";。!?")
        j = 0
        # (index of the item before, start of its progress, end of what carries it on)
        last: list[int] | None = None
        plan: tuple[int, int] | None = None  # a group before that names and plans, reports nothing
        for a, b, d in groups:
            while j < len(taken) and taken[j][1] <= a:
                j += 1
            if j < len(taken) and taken[j][0] < b:
                last = self._carry_on(last)
                plan = None
                continue
            a, b2 = _strip(t, a, b)
            if a >= b2:
                continue
            end = b + 1 if d == "。" else b2
            if _ANY_OPENER.search(t, a, b2) is None and _SHARE.search(t, a, b2) is None and _FIG_GATE.search(t, a, b2) is None \
                    and self._stage_tail(a, _scan(t, a, b2, ",;")[0][0][1]) is None:
                last = self._carry_on(last)
                plan = (a, b2) if _PLAN_GROUP.search(t, a, b2) and not _report_level(t[a:b2]) else None
                continue
            if plan is not None and self._opens_with_time(a, b2):
                # 开平市列入省重点项目18项,年度投资计划47.7亿元。1-8月累计完成投资
                # 38.3亿元…: the plan before is the project, this its progress.
                last = self._carry_on(last)
                before = len(self.items)
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
            plan_here = (a, b2) if _PLAN_GROUP.search(t, a, b2) and not _report_level(t[a:b2]) else None
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
            elif last is not None and _ASPECT_START.match(t, a, b2):
                last[2] = end
            else:
                last = self._carry_on(last)
        self._carry_on(last)

    def _opens_with_time(self, a: int, b: int) -> bool:
        """Does t[a:b] open with a time phrase and then report (1-8月累计完成…)?"""
        m = _TIME_ONLY.match(self.t, a, b)
        return m is not None and m.end() > a and _FIG_GATE.search(self.t, m.end(), min(b, m.end() + 20)) is not None \
            or (m is not None and _OPENER_RE.match(self.t, m.end(), b) is not None and m.end() > a)

    def _carry_on(self, last: list[int] | None) -> list[int] | None:  # always None: the run is over
        """Give the item before the groups that carry it on (once, at the
        end of the run, so that a long run stays linear)."""
        if last is not None and last[2] >= 0:
            k, p, end = last
            it = self.items[k]
            self.items[k] = replace(it, actual=self._text([(p, end)]), span=(it.span[0], max(it.span[1], end)))
        return None

    def _news_item(self, a: int, b: int, end: int) -> None:
        """One clause group of news prose: an item when a project stands
        before its progress, one per subject when several do (A已完成1个、
        B已完成8个,…)."""
        ranges = _subject_ranges(self.t, a, b, "news")
        if len(ranges) == 1:
            ranges = self._stage_subjects(a, b) or ranges
        for k, (x, y) in enumerate(ranges):
            x, y = _strip(self.t, x, y)
            if x < y:
                self._news_one(x, y, end if k == len(ranges) - 1 else y)

    def _news_one(self, a: int, b: int, end: int) -> None:
        t = self.t
        ca = _clean_project(t, a, b)[0]
        if _VERB_FIGURE.match(t, ca, b):
            obj = _object(t, ca, b)
            if obj is not None and not _report_level(t[obj[0] : obj[1]]):
                self._emit("", [obj], [(ca, end)], (a, end))
                self._last_actual = ca
                return
        g = _GROUP_AMONG.match(t, ca, b)
        if g is not None and (_ANY_OPENER.search(t, g.end(), b) or _FIG_GATE.search(t, g.end(), b)):
            self._emit("", [g.span(1)], [(g.end(), end)], (a, end))
            self._last_actual = g.end()
            return
        start = a
        for _ in range(4):
            sp = _split_point(t, start, b, "news")
            if sp is None:
                break
            p, ref = sp
            ps, pe = _clean_project(t, start, p)
            # 进展较为缓慢工作1项(新增完成186条…): the item is in the brackets.
            cb = _COUNT_BRACKET.search(t, ps, pe)
            if cb is not None:
                ps, pe = _strip(t, cb.start(1), cb.end(1))
            # The subject of the progress must be a project, not the
            # programme: …15件为民办实事项目进展顺利,部分项目已提前完成.
            q = _ASPECT_RE.search(t, p, b)
            group = ps < pe and _group_row(t, ps, pe, p, end)
            if ps < pe and not t.startswith("其中", ps) and (group or not _report_level(t[ps:pe])) \
                    and (cb is not None or group or not _report_level(t[start : q.start() if q else p])):
                no = self.h[ref.start("n") : ref.end("n")] if ref else ""
                named = [(ps, pe)]
                if _PLACE_ONLY.fullmatch(t, ps, pe):
                    # 船山区|已完成通村公路14.9公里: a place is where, not what;
                    # the thing the progress names goes with it.
                    obj = _object(t, p, b)
                    if obj is not None:
                        verb = _GENERIC_VERB.match(t, *obj)
                        x = verb.end() if verb else obj[0]
                        if not t.startswith(_HOW_DONE, x, obj[1]):  # 已提前完成16项: how, not what
                            named.append((x, obj[1]))
                self._emit(no, named, [(p, end)], (start, end))
                self._last_actual = p
                return
            # Clauses that set the scene (据了解,今年15件实事中,) may stand
            # before the project: read on from the clause of the progress.
            if p <= start or t[p - 1] not in ",:":
                break
            start = p
        # A name and the stage it reached, nothing more: 安置区开工建设.
        clauses, _ = _scan(t, a, b, ",;")
        tail = self._stage_tail(clauses[0][0], clauses[0][1]) if clauses else None
        if tail is not None:
            ps, pe = _clean_project(t, a, tail)
            if ps < pe:
                self._emit("", [(ps, pe)], [(tail, end)], (a, end))
                self._last_actual = tail
                return
        # A clause that opens with its progress and names its own object:
        # 已帮扶困难退役军人和军属烈属431人,完成率147.6%.
        obj = _object(t, a, b)
        if obj is not None and not _report_level(t[obj[0] : obj[1]]) and not _report_level(t[a:b]):
            self._emit("", [obj], [(a, end)], (a, end))
            self._last_actual = a


def _lines(t: str) -> tuple[list[_Line], int | None]:
    """Content lines of t (junk left out) split at accepted markers, and the
    item level: the level of the markers that number projects."""
    raw: list[tuple[int, int]] = []
    pos, n = 0, len(t)
    while pos <= n:
        k = t.find("\n", pos)
        k = n if k < 0 else k
        if t[pos:k].strip() and not _is_junk(t, pos, k):
            if raw and t[raw[-1][0] : raw[-1][1]].rstrip().endswith("、"):
                raw[-1] = (raw[-1][0], k)  # 开展“两癌”筛查、 / 产前筛查: a name broken after its 、
            else:
                raw.append((pos, k))
        pos = k + 1
    cands: list[_Mark] = []
    for s, e in raw:
        cands.extend(_candidates(t, s, e))
    marks = _accept(cands)
    level = _item_level(marks)
    return _split_lines(t, raw, [m for m in marks if level is not None and m.level <= level]), level


def _item_level(marks: list[_Mark]) -> int | None:
    """The level that numbers projects: the smallest division among 一、,
    (一), 第N项 and 1. that the page uses (the larger ones head sections),
    else the largest of (1) and ①, else bullets. A level needs two markers
    unless it is the only one."""
    count: dict[int, int] = {}
    numbered = [m for m in marks if m.style != "bullet"]
    # Bullets are decoration beside numbers; they number items only alone.
    for m in numbered or marks:
        count[m.level] = count.get(m.level, 0) + 1
    present = [lv for lv, c in count.items() if c >= 2] or list(count)
    if not present:
        return None
    big = [lv for lv in present if lv <= 3]
    return max(big) if big else min(present)


def _split_lines(t: str, raw: list[tuple[int, int]], useful: list[_Mark]) -> list[_Line]:
    """Lines cut where a marker starts an item inside them (…。 2.新增…)."""
    out: list[_Line] = []
    j = 0
    for s, e in raw:
        here = []
        while j < len(useful) and useful[j].start < e:
            if useful[j].start >= s:
                here.append(useful[j])
            j += 1
        cur = s
        for k, m in enumerate(here):
            if m.start > cur and t[cur : m.start].strip():
                out.append(_Line(cur, cur, m.start))
            end = here[k + 1].start if k + 1 < len(here) else e
            out.append(_Line(m.start, m.end, end, m))
            cur = end
        if cur < e and not here:
            out.append(_Line(s, s, e))
    return out


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
    # Code in a Markdown file (a README quoting a report) is no prose: its
    # lines are blanked, position for position.
    t = _FENCE.sub(lambda m: _NOT_NEWLINE.sub(" ", m.group()), normalize(text))
    h = to_halfwidth(text)
    cut = _pinyin_cut(h)
    if cut is None:
        lines, level = _lines(t)
        items = _with_named_lists(_Reader(t, h, lex, lines).read(level), t, h, lex)
    else:
        # A mirror that annotates characters (關(guān)于): read the text
        # without the annotations, give fields and spans in the text given.
        keep, pos = cut
        t = "".join(t[a:b] for a, b in keep)
        lines, level = _lines(t)
        mapped = _Mapped(h, pos)
        items = _with_named_lists(_Reader(t, mapped, lex, lines).read(level), t, mapped, lex)  # type: ignore[arg-type]
        items = [replace(it, span=(pos[it.span[0]], pos[it.span[1]])) for it in items]
    items.sort(key=lambda it: it.span[0])
    # Two readings of one stretch (an enumeration inside a list, say) keep
    # the first: items never overlap.
    out: list[ProseItem] = []
    for it in items:
        if not out or it.span[0] >= out[-1].span[1]:
            out.extend(_distributed(it))
    return out


# 分别 hands a list of figures to a list of names, one each, in order:
# A、B和C开工建设,分别完成总工程量的40%、20%、20%.
_RESPECTIVELY = re.compile(
    r"分别(?P<pre>[^\d,;。]{0,12}?)(?P<figs>\d+(?:\.\d+)?[^\d、,;。和及]{0,4}(?:[、和及]\d+(?:\.\d+)?[^\d、,;。和及]{0,4})+)"
)
_FIG_SEP = re.compile(r"[、和及](?=\d)")


def _distributed(it: ProseItem) -> list[ProseItem]:
    """One item per name when the progress gives each of them its own
    figure with 分别; the item as it is otherwise."""
    project, actual = it.project, it.actual
    if project.endswith("分别"):
        project, actual = project[:-2], "分别" + actual  # A、B分别|完成…: the word goes with the figures
    m = _RESPECTIVELY.search(actual)
    if m is None:
        return [it]
    clause = re.split(r"[,;。:]", actual[: m.start()])[-1]
    if re.search(r"[、\d]|和|及", clause):
        return [it]  # 一级、二级护理补贴从119元、99元分别提高到…: 分别 serves a list of its own
    figs = _FIG_SEP.split(m.group("figs"))
    names = [project[a:b] for a, b, _ in _scan(project, 0, len(project), "、和及与")[0]]
    if len(names) != len(figs) or any(_cjk(n) < 2 for n in names):
        return [it]
    head, tail = actual[: m.start()], actual[m.end():]
    return [
        replace(it, no=f"{it.no}.{k}" if it.no else "", project=name.strip(),
                actual=f"{head}{m.group('pre')}{fig}{tail}")
        for k, (name, fig) in enumerate(zip(names, figs), 1)
    ]




def _with_named_lists(items: list[ProseItem], t: str, h: str, lex: Lexicon) -> list[ProseItem]:
    """Items of the named lists (推进缓慢的有3(A、B、C)) replace what the
    reader made of the same stretch: a list of names has no progress of
    its own for the reader to split off."""
    named = read_named_lists(t, lex)
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
        if y - x < 6 or not _DIGIT.search(t, x, y) and not find_cues(t[x:y], lex):
            continue
        out += [replace(it, span=(it.span[0] + x, it.span[1] + x)) for it in read_prose(h[x:y], lexicon=lex)]
    return out


def _pinyin_cut(h: str) -> tuple[list[tuple[int, int]], array[int]] | None:
    """The stretches of h that are not pinyin annotations, and the map from
    a position in their concatenation to a position in h (one more entry
    for the end), when h annotates its characters (three at least)."""
    if "(" not in h:
        return None
    found = PINYIN.finditer(h)
    first = [m for _, m in zip(range(PINYIN_MIN), found)]
    if len(first) < PINYIN_MIN:
        return None
    keep: list[tuple[int, int]] = []
    pos = array("q")
    last = 0
    for m in PINYIN.finditer(h):
        keep.append((last, m.start()))
        pos.extend(range(last, m.start()))
        last = m.end()
    keep.append((last, len(h)))
    pos.extend(range(last, len(h)))
    pos.append(len(h))
    return keep, pos


class _Mapped:
    """The text given, sliced by positions in the text read (annotations
    cut): a slice keeps the annotations inside it and after its last
    character (鎮(zhèn)), as the page prints them."""

    def __init__(self, text: str, pos: array[int]) -> None:
        self.text, self.pos = text, pos

    def __getitem__(self, sl: slice) -> str:
        n = len(self.pos) - 1
        a = min(max(sl.start or 0, 0), n)
        b = n if sl.stop is None else min(max(sl.stop, a), n)
        return self.text[self.pos[a] : self.pos[b]]
