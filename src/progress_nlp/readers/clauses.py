"""Where a project ends and its progress begins, inside running text.

The prose reader cuts a page into items; these functions cut an item's text
into clauses (:func:`scan`), find the point where the project (a name or a
whole-year task) gives way to the progress (:func:`split_point`), and find
the subjects of a clause group that reports several projects at once
(:func:`subject_ranges`). Every function works on spans of one text ``t``,
so what it returns points into the page.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from typing import Iterable

from ..period import opens_with_period, period_before
from ..signals import EXCEPT_WORD
from .figures import FIGURE as _MEASURED

__all__ = [
    "ORDINAL", "AMONG_GROUP", "ASPECT", "ASPECT_RE", "ASPECT_START", "BULLETS", "CJK", "CLAUSE_END", "CLAUSE_OPENERS", "CLOSE", "CONTENT",
    "COUNTED_LIST", "DIGIT", "DONE_FIRST", "FACILITY_NOUN", "FACILITY_THEN_WORK", "FIGURE", "FIG_VERBS", "GENERIC_OBJECTS",
    "GENERIC_VERB", "GROUP_NAME", "INTENT_START", "LEADING", "LIST_ASPECT_RE", "NAMED_THEN_WORK", "OPEN", "OPENER_RE",
    "PACE_TAIL", "PERIOD_PROGRESS", "PLACE_WORDS", "PLAN_WORD", "PROJECT_NOUN", "PROJECT_NOUNS", "REF", "REPORT_COUNT",
    "REPORT_STARTS", "SHARE", "STAGE_SAID", "TASK_VERBS", "TIME_ONLY", "TRIM", "VERB_FIGURE", "VERB_FIRST", "WORK_END",
    "WORK_FIRST", "after_plan", "alt", "cjk_count", "clean_project", "description_end", "done_task", "done_works", "group_row",
    "group_then_work", "has_name", "names_project", "plan_end", "report_level", "scan", "split_point", "strip_span",
    "work_stage_said", "work_under_way",
]


# Brackets and quotes that enclose a name or a note: a clause mark inside
# them cuts nothing.
OPEN, CLOSE = "([【“《「『", ")]】”》」』"
# Marks that bullet an item (● 实事五, ☑ 已完工项目 …).
BULLETS = "●◆■▲★☆◇□○◎•▪▶►☑✓✔☐"

# Words that mark progress while standing inside a clause, after the
# project's name: 20公里步行道已完成7.42公里, A正在拆迁, B尚未开工.
# 正 alone before a verb of work says as much as 正在 (正进行整地, 正办理开发许可).
ASPECT = ("已", "正在", "尚未", "仍未", "暂未",
          "正进行", "正办理", "正推进", "正实施", "正开展", "正加紧", "正抓紧", "正加快", "正全力", "正积极", "正有序",
          "正冲刺", "正加速", "正紧张",
          # …首开B区|待启用: built and waiting for the next step (never 待遇)
          "待启用", "待验收", "待交付", "待投用", "待开放", "待运营", "待移交", "待进驻", "待审批", "待批复")
# A verb of work denied after a project's name (B工程|没有开工, C项目|未能按期
# 完工): the progress, never a name's attribute (未开工项目, 尚未完成的工程)
# nor the second half of 尚未/仍未 (which ASPECT has whole). Never 没有 alone,
# which may be a name's (没有物业的小区).
_DENIED = ("还未", "还没有", "未能按期", "未能如期", "未能按时", "未能完成", "未能实现", "未能达到", "未能开工", "未能启动",
           "没有开工", "没有动工", "没有启动", "没有开展", "没有完成", "没有实现", "没有达到", "没有建成", "没有完工", "没有竣工",
           "没有按期", "没有如期", "没有按时", "未开工", "未动工", "未启动", "未开展", "未完成", "未实现", "未达到", "未建成", "未完工",
           "未竣工", "未按期", "未如期", "未按时")
# In a list under a verdict heading a forecast also starts the progress:
# B预计9月份开始接种.
_LIST_ASPECT = ASPECT + ("预计", "计划于", "拟于")
# Words that start the progress when they open a clause: …,现已完成216公里.
CLAUSE_OPENERS = (
    "现已", "现正", "现在", "目前", "截至", "截止", "至今", "累计", "均已", "全部",
    "尚未", "仍未", "暂未", "已", "正在", "完成", "建成",
    # …,到今年9月底实际完成110%; …,日前全部完成; …,实际新增17条
    "到目前", "至目前", "到今年", "到本月", "日前", "近日", "实际",
    # …23个,|达到和基本达到18个: how many reached the plan
    "达到和基本达到", "基本达到",
)
# Aspects of the work that name what is progressing rather than the
# project: 光明港自行车道|用地正在拆迁.
_PROGRESS_SUBJECTS = ("主体工程", "前期工作", "用地", "征地", "征迁", "拆迁", "主体", "土建", "资金",
                      # the steps of the early work and the fit-out (A工程|初步设计已获批复)
                      "初步设计", "可行性研究报告", "可研报告", "可研", "施工图设计", "施工图", "方案设计", "硬装", "软装")
# A project clause holding one of these speaks of the whole programme, not
# of one project (今年68件为民办实事项目有8件已提前完成).
# 项目中 after a quoted name (在“促进就业”项目中) is the scope of one project.
_REPORT_WORDS = ("实事", "小项", "所有项目", "全部项目", "各项目", "各项任务", "各项指标", "既定任务")
# …and so does one that starts with these (其余60件正按序时推进).
REPORT_STARTS = ("其余", "其他", "其它", "剩余", "另有", "以上", "上述", "部分", "大部分", "多数", "少数", "个别", "所有", "各项",
                 "一大批", "一批", "大批", "众多")  # 一大批惠民工程|建成见效: no one project
# The publisher's place: never a project on its own (全市|已有7个…).
PLACE_WORDS = ("全国", "全市", "全县", "全区", "全省", "全镇", "全州", "我市", "我县", "我区", "我省", "我镇", "本市", "本县", "本区")
# Progress verbs that may stand right before the figure they report
# (城市低保月人均补助|新增18元, 防洪工程|完成投入1亿元).
FIG_VERBS = ("完成", "建成", "新增", "增加", "实现", "提高到", "提高至", "提高", "增至", "增长", "突破", "超过",
             "开工", "新开工", "开复工", "复工", "竣工", "完工", "投产", "到位资金", "共到位资金", "发放",
              # rates that report the progress (技能脱贫培训|完成率125.95%)
             "完成率", "完工率", "竣工率", "开工率", "开复工率", "复工率", "投产率", "建成率", "参培率", "到位率", "拨付率", "执行率", "兑现率")
# Clause starts that carry on the progress of the item before them
# (…项目,共铺开梯田3.9万亩; …,实际完成22.12公里; …,经督办后于11月底全部完工).
_LATER_OPENERS = ("共", "仅", "提前", "超额", "基本", "均", "于")

# --------------------------------------------------------------------------
# Patterns (all run on normalize(text): half-width, simplified).
# --------------------------------------------------------------------------


def alt(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

REF = re.compile(r"\(第(?P<n>[一二三四五六七八九十百\d]{1,5})(?:项|件)\)")  # (第三项)

# A stage dated in the past, with no aspect word (A项目于1月顺利完工, B工程11公里
# 5月份开工): the date starts the progress; after a plan word it is a plan
# (计划于5月完工, 力争9月底建成).
_NOT_PLANNED = r"(?<!计划)(?<!预计)(?<!拟)(?<!将)(?<!预定)(?<!力争)(?<!争取)(?<!确保)"
_STAGE_AFTER = r"(?=\s*(?:顺利|全面|基本|正式|如期)?(?:完工|完成|建成|竣工|开工|动工|进场|投入使用|投用|通车|开放|交付))"
DATED_DONE = (_NOT_PLANNED + r"(?:于(?=[^,;。]{0,12}?[年月日号])\s*"
              r"(?:(?:\d{2,4}|[一二三四五六七八九十○〇]{2,4})\s*年|今年|去年|同年|上月|本月)?\s*"
              r"(?:(?:\d{1,2}|十[一二]?|[一二三四五六七八九])\s*月(?:份)?)?\s*(?:(?:\d{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])\s*[日号])?"
              r"|(?<![\d年.于\-—–~～至到])(?:\d{1,2}|十[一二]?)\s*月(?:份)?(?:\d{1,2}\s*日)?"  # (not 1-8月份完成: a span)
              r"|(?:今年|去年|本年)\s*(?<![\-—–~～至到])(?:\d{1,2}|十[一二]?)\s*月(?:份)?(?:\d{1,2}\s*日)?(?!\s*[-—–~～至到]))"  # 今年4月开工建设
              r"(?:底|末|初|中旬|上旬|下旬)?" + _STAGE_AFTER)
# 已建成的食堂 describes a thing, it does not report progress.
# A phase entered (4所学校|进入收尾阶段, 正处于设备调试阶段): where the work
# stands, as 已 says it; never a name's word (阶段 ends the phrase).
PHASE_ENTERED = r"(?:进入|转入|处于)[\u4e00-\u9fff]{0,6}?阶段"
# All of them, then a stage or a verb of work (20个急救安全屋|全部启动内部装饰,
# 各点位|均完成安装): the predicate of a counted subject, as 已 opens one.
ALL_DID = (r"(?:全部|(?<![人平])均)(?=(?:已|已经)?(?:启动|开工|动工|完工|建成|竣工|投入使用|投用|完成|开展|实施|进场|开放|运营|到位|交付))")
_DENIED_RE = r"(?<![尚仍暂还并])(?:" + alt(_DENIED) + r")(?![\u4e00-\u9fff]{0,3}(?:的|项目|工程|单位))"
ASPECT_RE = re.compile(r"(?:" + alt(ASPECT) + r")(?![\u4e00-\u9fff]{1,4}的)|" + _DENIED_RE + "|" + DATED_DONE + "|" + PHASE_ENTERED
                       + "|" + ALL_DID)
LIST_ASPECT_RE = re.compile(r"(?:" + alt(_LIST_ASPECT) + r")(?![\u4e00-\u9fff]{1,3}的)|" + _DENIED_RE + "|" + DATED_DONE)
OPENER_RE = re.compile(r"\s*(?:" + alt(CLAUSE_OPENERS) + ")")
_SUBJECT_RE = re.compile(r"(?:目前|现在)?(?:" + alt(_PROGRESS_SUBJECTS) + r")$")
# Now, right before the aspect, is the progress's (A改造|目前已完成…).
_NOW_BEFORE = re.compile(r"(?:截至目前|到目前为止|目前|现在|当前|至今|今年以来|年初以来|本年度|今年|本年|年内)\s*$"
                         # …改建案|跳票未动工, …工程|迟迟未开工: how late it is, said before the denial
                         r"|(?:(?:跳票|延宕|迟迟|一直|始终|仍然|依然)\s*)+$")
# A reason before the progress belongs to it: B公园建设|因用地问题尚未开工.
_REASON_RE = re.compile(r"(?:因|受|由于)[^,;:。的]{1,14}$")  # not 因资金问题停工的|上高中学项目: an attribute
# Verbs that make a topic (在实施A方面,) a task, the project, not a scene.
TASK_VERBS = ("实施", "建设", "新建", "改造", "推进", "开展", "提升")
# A topic or a field the work is counted under, not a task (在实施A方面, is one):
# (在)…方面, / 基础设施领域,
TOPIC = (r"(?:(?!在?(?:" + alt(TASK_VERBS) + r"))在?[^,;。]{1,30}?方面\s*,"
         r"|[^,;。:]{1,10}?(?:领域|板块)\s*,)")
# Leading clauses that set the scene rather than name the project.
LEADING = re.compile(
    r"""
    \s*(?:
        [""" + BULLETS + r"""]                                                 # a bullet
      | (?:另外|此外|同时|其中|另|并且|还有|总之|下一步|下阶段|接下来)\s*,?   # a connective
      | """ + TOPIC + r"""                                              # (在)…方面, 基础设施领域, : a topic or field
      | 在(?!“[^“”]{2,60}”\s*(?:这一项|一项|项目)中)[^,;。]{1,30}?中\s*,   # 在“百项工程”中, : a scope
      | 在[^,;。]{1,40}?(?:努力|支持|推动|带动|指导|领导|关心|帮助|协调)下\s*,   # 在各部门的共同努力下, : a cause
      | (?:通过|经过)[^,;。]{0,12}?努力\s*,                          # 通过共同努力, : a cause
      | [^,;。:]{0,30}?(?:情况|进展|进度)\s*(?:是|为|如下)\s*:            # 大项目进展情况是: an intro
      | (?:截至|截止|截止到)[^,;。]{1,20}?,                          # 截至10月底, : a time
      | (?:目前|当前|现阶段|到目前为止|近日|日前|近期|最近)\s*,              # 目前, 近日, : now
      | (?:今年以来|年初以来|今年|去年|上半年|下半年|前三季度|一季度|二季度|三季度|四季度)\s*,
      | (?:19|20)\d{2}\s*年(?:度|以来|全年)?\s*,                          # 2021年, : the year
      | (?:今年|去年|本年)?(?:\d{1,2}\s*[-~—至]\s*)?\d{1,2}\s*月(?:份|底|末|初)?(?:以来)?\s*,   # 1~10月, 今年10月,
      | \d{1,2}\s*月(?:份)?(?=[\u4e00-\u9fff])(?!底|末|初|前|中|上|下|以)  # 4月城市低保… : a month
      | (?:(?:19|20)\d{2}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:上午|下午|晚上?)?\s*,    # 9月23日, : a news day
      | 据[^,;。]{0,20}?\s*(?:,|$)                                   # 据市政府通报,
      | (?:根据|按照|依据|对照)[^,;。]{1,20}?(?:安排|要求|计划|部署|标准|进度)\s*,   # 根据季度序时进度安排, : a measure
      | [^,;。]{2,30}?(?<!善)(?:后|之后|以后)\s*,                        # 交通运输局调整公路项目后, : a time
      | 与[^,;。]{1,16}?相比\s*,                                     # 与一季度进度相比,
      | (?:分|从|按)[^,;。]{1,16}?(?:来看|看|统计|划分)\s*[,:]           # 分行业来看, 从项目类别看:
      | [【〔][^【】〔〕,;。]{0,30}?(?:报导|报道|讯|电)[】〕]\s*             # 【MyGoNews廖贤龙/台北报导】, 〔记者苏金凤/台中报导〕: a byline
      | [【\[]?[^,;。()【】\[\]]{0,20}?(?:网讯|本报讯|报讯|电讯|台讯|社讯|快讯|\d{1,2}\s*月\s*\d{1,2}\s*日[\u4e00-\u9fff]{1,6}讯)[】\]]?\s*
        (?:\([^()]{0,30}\))?\s*,?                                   # 西部新闻网讯(记者李华)
      | [^,;。]{0,30}?(?:称|表示|介绍|指出|获悉|了解到|显示|表明|说|透露|强调)\s*(?:,|$)     # 报告称, 记者…获悉, 县长说,
      | [^,;。\d]{2,16}?(?:日前|近日|今天|昨天|昨日)?(?:发布|通报|公布)\s*,      # 市住建委日前发布, : a source
      | [^,;。\s]{0,16}?(?:\d{1,2}\s*月\s*)?\d{1,2}\s*日\s*电\s*           # 东北网双鸭山10月23日电, 香港13日电: a dateline
    )
    """,
    re.X,
)
_REPORT_RE = re.compile(alt(_REPORT_WORDS) + r"|(?<!”)项目中")
# A count of projects in a clause speaks of the programme: 全市已有7个考核项目,
# 按进度推进7项, 20件民生大事中, 有3项属于…, 这5项.
REPORT_COUNT = re.compile(
    r"""
    ^(?:全市|全县|全区|全省|全镇|我市|我县|我区|我省)?(?:已有|共有|另有|有|其中)?\s*
      \d+\s*(?:个|项|件|宗)[^\d,;:。]{0,3}?(?:项目|实事|指标|小项|子项|分项|大事|任务)   # 全市已有7个考核项目, 1739个子项
  | ^(?:有|共有|另有|其中|这|此|上述|以上)?\s*\d+\s*(?:项|件|个)\s*(?:项目|实事|小项|指标)?\s*
      (?:属于|为|是|中|已|均|都|分别|将|$)                               # 有3项属于… / 1项 / 2件分别将在…
  | ^\d+\s*(?:项|件|个)[^,;:。]{0,12}中$                                  # 20件民生大事中
  | (?:已有|共有|另有|有)\s*\d+\s*(?:个|项|件)[^\d,;:。]{0,3}?(?:项目|实事|指标|任务)$  # …曾指有6个指标|未能完成
  | (?<![等\d])(?<!等\s)\d+\s*(?:项|件)$                                      # 按进度推进7项 (not A、B等3项)
  | ^(?:这|此|该|上述|以上)\s*\d*\s*(?:项|件|个)                          # 这5项预计…
  | ^(?:全市|全县|全区|全省|我市|我县|我区)?\d+\s*项(?!目)                   # 12项重点民生工程…
  | ^(?:全市|全县|全区|全省|我市|我县|我区|今年)?(?:[一二三四五六七八九十]+|\d+)大(?:民生|惠民|重点)?(?:工程|项目|实事)  # 十大民生工程
  | ^(?:近|约|超过|逾|超)?(?:[一二三四五六七八九]|\d)\s*成(?:以上)?的?(?:项目|实事|工程|指标|任务)  # 近4成项目: a share of them
    """,
    re.X,
)
# The share of the whole-year task, a clause of its own: 为任务的164.5%,
# 完成进度为88%, 完成率200%, 占年度计划99%, 超任务17元, 已完成年度投资计划.
SHARE = re.compile(
    r"""
    \s*(?:
        (?:完成率|完成进度|完成比例|进度)\s*(?:为|达|达到|是)?\s*\d
      | 占[^,;:。]{0,12}?(?:计划|任务|目标)[^,;:。\d]{0,4}\d+(?:\.\d+)?\s*%
      | (?:为|是|达)[^,;:。\d]{0,8}?(?:计划|任务|目标)的?\s*\d+(?:\.\d+)?\s*%
      | (?:超|超过|超出|超额完成)(?:年度|全年)?(?:计划|任务|目标)\s*\d
      | (?:已|均已|已经)?(?:超额)?完成(?:了)?(?:年度|全年)[^,;:。]{0,6}?(?:计划|任务|目标)
      | 完成(?:年度|全年)?(?:目标任务|计划|任务|目标)的?\s*\d+(?:\.\d+)?\s*%
    )
    """,
    re.X,
)
# A figure: a number and its unit (not a date: 5月份, 2013年).
FIGURE = re.compile(
    r"(?<![\d.\-—~])\d+(?:\.\d+)?\s*(?:%|个百分点|[万亿千百]?(?:人次|户次|平方米|平方公里|立方米|公里|千米|千瓦|万元|亿元)"
    r"|[万亿千百]?(?![年月日号时季])[\u4e00-\u9fff])"
)
# The figure that ends a clause (改造县乡公路|3290公里).
_FINAL_FIGURE = re.compile(r"\d+(?:\.\d+)?\s*(?:%|(?![年月日号时季])[\u4e00-\u9fff]{1,4})(?:以上|左右|多)?\s*$")
_FIG_VERB = re.compile(
    r"(?:已经|已|均|累计|共计|共|实际|现已|仅仅|仅|只|才|基本|全部)?(?:" + alt(FIG_VERBS) + r"|(?<![作成认因以称分列评定改])为|(?<![下送传表抵转])达(?:到)?)"
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
# A project's name, then how far its works are (改造工程|进度98%, 二期工程|土建
# 进度90%, 一期项目|形象进度达80%).
_NOUN_PROGRESS = re.compile(
    r"(?:(?<=工程)|(?<=项目))(?:形象|土建|总体|整体|建设|施工|主体|安装)?进度(?:为|达到|达)?\s*\d"
)
# The end of a work's name (…改造工程, …防洪墙项目, …一期工程(荷花片)).
WORK_END = re.compile(r"(?:工程|项目)(?:\([^()]{1,12}\))?\s*$")
# A verdict of pace ending a clause (…项目进展顺利, …推进缓慢).
# (加快推进, 稳步推进 end exhortations too: 请各单位加快推进.)
PACE_TAIL = re.compile(r"(?:(?:进展|推进|建设)(?:情况)?(?:顺利|良好|较快|较好|缓慢|较慢|滞后|不够理想|不理想|不够快|不快)"
                        r"|(?:按序|有序|稳步|按计划|按序时|按时序|扎实)推进)[。]?\s*$")  # …水生态修复|按序推进,
# A verdict in the clause (…处理率|达到年度工作目标, …标准|均超额完成年度目标).
_VERDICT_PHRASE = re.compile(
    r"(?:(?:\d{1,2}\s*月(?:份|底|中旬|上旬|下旬)?|年内|提前)\s*)?(?:均|已|已经|全面|全部|基本)?(?:提前|超额)?"
    r"(?:完成|达到)(?:了)?(?:年度|全年|既定|总|节点)?(?:工作)?(?:目标|任务|计划)"
)
# A list of names closed by its count: A、B、C等3项|需进一步加快…
# …等6个|计划安排…: the list's count (and its kind right after it, 项目,
# with a note in brackets: 等6个项目(其中二个分项)) ends the name.
_AND_SO_ON = re.compile(r"等\s*\d+\s*(?:项|个|件)(?:(?:项目|工程|子项|实事)(?![或和及与、]))?(?:\([^()]{1,12}\))?(?=[\u4e00-\u9fff])")
# Names in a list closed by their count (A、B、C等3项): each a project of the list.
COUNTED_LIST = re.compile(r"等\s*\d+\s*[项个件]")
# What the plan of a project says before its result (该项目计划投资480万元,…).
# A group's count may come first (新建项目共185个,|计划总投资624.4亿元).
_PLAN = re.compile(r"\s*(?:[^\d,;:。]{1,12}?共\s*\d+\s*[个项件][^\d,;:。]{0,6}?,\s*)?"
                   r"(?:该项目|本项目|该工程|项目|工程)?\s*(?:年度|全年|今年|年内|总|原)?(?:计划|拟|设计|规划)"
                   # 我市列入2020年省重点建设项目9项,总投资149.6亿元,年度投资计划18.2亿元: a group counted, then its plan
                   r"|\s*[^,;:。]{0,40}?\d+\s*(?:个|项|宗)\s*,\s*(?:总投资|年度投资计划|年度计划投资|计划投资|年度计划)")
# …and, after the name and its colon, its description (名称:工程总投资350.72万元,
# 主要对…改造,|已完成整治).
_DESCRIBED = re.compile(r"\s*(?:该项目|本项目|该工程|项目|工程)?\s*(?:总投资|(?:工程)?建设内容|主要建设|主要内容)")
# A time phrase that cannot name a project: 上半年, 截至9月底, 4月.
TIME_ONLY = re.compile(
    r"""\s*(?:
        (?:今年|本年|去年)?(?:上半年|下半年|前三季度|[一二三四1-4]季度|年初以来|今年以来|年内)
      | (?:截至|截止|截止到|到|至)\s*(?:目前|\d{4}\s*年|1\d{2}\s*年|今年|本年)?\s*(?:\d{1,2}\s*月(?:份)?)?\s*(?:\d{1,2}\s*日)?(?:底|末|止|前|中旬|下旬)?(?:为止)?   # 截至104年1月为止: Taiwan's years
      | (?:\d{4}\s*年|今年|本年)?\s*(?:\d{1,2}\s*[-~—至]\s*)?\d{1,2}\s*月(?:份|底|末|初|中旬|上旬|下旬)?(?:以来)?
    )\s*""",
    re.X,
)
_NO_FIGURE_SPLIT = re.compile(_RESULT_VERBS)
_LATER_RE = re.compile(
    r"\s*(?:" + alt(_LATER_OPENERS) + r"|经[^,;:。]{1,8}?后|实际(?:完成|建成|新增|开工|竣工|投入|开展|达到|发放|培训|帮扶))"
)
# A clause that opens with the months reported and a verb of progress
# (1-4月累计完成投资21.01亿元, 今年以来新增…) starts the progress even after
# a plan clause with its own verb (全年计划完成投资98.5亿元).
PERIOD_PROGRESS = re.compile(
    r"\s*(?:(?:\d{4}\s*年|今年|本年)?\d{1,2}\s*[-~—至]\s*\d{1,2}\s*月(?:份)?(?:以来)?|今年以来|年初以来"
    r"|(?:今年)?(?:[一二三四1-4]季度|上半年|前三季度))\s*,?\s*"
    r"(?:(?:累计|共|已|全[市县区省]|同比|已经|基本)\s*){0,3}(?:完成|实现|新增|开工|建成|竣工|到位|发放|增长|下降)"
    # The year itself, once a word of a total or of done follows (2022年共完成,
    # 全年累计建成): 2023年完成改造100个 alone may be the plan.
    r"|\s*(?:(?:19|20)\d{2}\s*年(?:度|全年)?|全年)\s*,?\s*(?:累计|共|已经|已|共计)\s*(?:完成|实现|新增|开工|建成|竣工|到位|发放)"
)
# A name ending in these is a plan, not a project: 计划|新增7条.
_PLAN_END = re.compile(r"(?:计划|拟|将|要|力争|确保|预计|目标|任务|年度|全年|今年|年内|每年|原)\s*$")
PLAN_WORD = re.compile(r"计划|拟")
# A clause of the year's plan (年度计划投资307.05亿元, 总投资4984亿元, 安排…项目)
# and a verb of work done.
_PLAN_CLAUSE = re.compile(r"计划|总投资|安排|目标任务|年度任务|全年任务|任务目标|全年目标|年度目标"
                          r"|应(?:开工|竣工|完工|完成|建成|开复工)")  # 年内应开工项目28个: what is due
_WORK_DONE = re.compile(r"完成|建成|竣工|开工|新增|实现|到位")
# How many of a group reached a stage (共有47个项目实现开工): the group's progress.
_SOME_OF_THEM = re.compile(r"(?:共有|已有|其中有)\s*\d+\s*(?:个|项|宗)(?:项目)?\s*(?:已)?(?:实现)?(?:完成|建成|竣工|开工|开复工|复工|投产|新开工)")
# A clause that opens with a count of projects and their work (81个项目开工建设).
_COUNT_DONE = re.compile(r"\s*(?:已有|其中)?\s*\d+\s*(?:个|项|宗)(?:项目)?\s*(?:已)?(?:完成|建成|竣工|开工|开复工|复工|新开工)")
_QUOTES = "\"'“”‘’`「」"
_TRIM_QUOTES = " \t\r\n\u3000,;:、" + _QUOTES
# Head nouns that end a project's name (…改造工程, …建设项目, …行动).
PROJECT_NOUNS = ("工程", "项目", "行动", "计划", "专项")
PROJECT_NOUN = "|".join(PROJECT_NOUNS)
# A clause of the work going on, the verb first (有序推进京杭大运河整治提升工程,):
# the object is the project, the verb its progress.
VERB_FIRST = re.compile(r"\s*(?:有序|稳步|加快|全力|积极|持续|扎实|全面)?推进\s*(?P<obj>[^,;:。、]{2,40}?(?:"
                        + PROJECT_NOUN + r"|建设|改造))\s*")
# A clause that says a named task was done, with the publisher's verdict
# (超额完成电动汽车充电桩建设任务, 提前完成老旧小区改造工程): the object is the
# project. Not the year's task at large (提前完成年度任务): see done_task.
# A clause that is nothing but 完成 and its task (完成县城区早夜市建设任务。)
# reports it done as well (with 了, 完成了二马路亮化工程, done_thing reads it whole).
_DONE_TASK = re.compile(r"\s*(?:已经|已|均已)?(?P<verb>(?:超额完成|提前完成|全面完成|圆满完成|如期完成|顺利完成|高质量完成)了?|完成(?!了))"
                        # (a task named as such may count its parts: 3处…绿地建设任务)
                        r"\s*(?P<obj>[^,;:。、\d]{4,40}?(?:任务|" + PROJECT_NOUN + r"|建设|改造)|[^,;:。]{4,60}?(?:建设|新建|改建|改造|扩建)任务)\s*")
# 完成A工程、B工程: works done, named one after another, each a work of its own.
_DONE_WORKS = re.compile(r"\s*(?:已经|已|均已|全面|顺利)?(?P<verb>完成|建成)(?!了)\s*(?P<names>(?:[^,;:。、\d]{3,40}?(?:" + PROJECT_NOUN
                         + r")\s*、\s*)+[^,;:。、\d]{3,40}?(?:" + PROJECT_NOUN + r"))\s*")
_WHOLE_TASK = re.compile(r"(?:年度|全年|今年|本年|各项|全部|既定|目标|年初|省定|市定|县定|区定|序时)")


def done_task(t: str, a: int, b: int) -> re.Match[str] | None:
    """The clause t[a:b] when it says a named task was done (超额完成|
    电动汽车充电桩建设任务); None for the year's task at large.

    >>> t = "超额完成电动汽车充电桩建设任务"
    >>> done_task(t, 0, len(t)).group("obj"), done_task("提前完成年度目标任务", 0, 10)
    ('电动汽车充电桩建设任务', None)
    """
    m = _DONE_TASK.fullmatch(t, a, b)
    if m is None or _WHOLE_TASK.match(m.group("obj")) or m.group("obj") in GENERIC_OBJECTS:
        return None
    return m


def done_works(t: str, a: int, b: int) -> tuple[tuple[int, int], list[tuple[int, int]]] | None:
    """The verb and the works of a clause t[a:b] that says works were done,
    naming them one after another (完成|A提升工程、B提升工程), each a work
    by its noun (工程, 项目 …); None otherwise.

    >>> t = "完成鸿泰苑环境提升工程、后华巷景观提升工程"
    >>> verb, works = done_works(t, 0, len(t))
    >>> t[slice(*verb)], [t[x:y] for x, y in works]
    ('完成', ['鸿泰苑环境提升工程', '后华巷景观提升工程'])
    """
    m = _DONE_WORKS.fullmatch(t, a, b)
    if m is None:
        return None
    works = []
    x = m.start("names")
    for sep in re.finditer("、", t[m.start("names") : m.end("names")]):
        works.append(strip_span(t, x, m.start("names") + sep.start()))
        x = m.start("names") + sep.end()
    works.append(strip_span(t, x, m.end("names")))
    return m.span("verb"), works


# 其中: opening a breakdown whose first group states its count and then its
# plan (…,其中:在建项目185项,总投资1330.5亿元,年度计划投资…,1-6月累计完成…).
AMONG_GROUP = re.compile(r"\s*其中\s*[::]\s*(?=[^,;:。\d]{1,16}?(?:项目|工程)\s*\d+\s*[个项]\s*[,,]\s*(?:总投资|年度计划|年计划|计划))")
# A project named by its noun, then its figure in brackets (新材料产业工程项目(20.0%)).
_NAME_BRACKET_FIGURE = re.compile(r"\s*([^,;:。()]{2,30}?(?:" + PROJECT_NOUN + r"))\s*\(\s*\d+(?:\.\d+)?\s*%?\s*\)\s*")
# Work under way right after a project's noun, with no aspect word: a verb
# of starting or carrying out (…行动计划|启动“银盾计划”, …行动|组织开展培训),
# or a piece of the work going on (…改造项目|入户排摸工作持续开展中,
# …控藻工程|河底护底施工中).
_WORK_UNDER_WAY = re.compile(r"\s*(?:启动|组织开展|组织实施|着手|进入|全面开展|持续开展|稳步推进|有序推进)"
                             r"|[^,;:。]{1,12}?工作(?:持续|正在|稳步|有序|全面)?(?:开展|推进|进行)"
                             r"|[^,;:。]{1,10}?(?:施工|建设|实施|调试|安装)中"  # …控藻工程|河底护底施工中
                             r"|[^,;:。\d]{2,8}?(?:基本|全部|已经|已)?(?:完成|完工|到位|结束)(?=[,;。]|$)")  # …改造项目|设计图纸基本完成
_PROJECT_NOUN_END = re.compile(PROJECT_NOUN)
# A facility named by its kind before its progress (…,蒲家二期经济适用房|已具备交付条件).
FACILITY_NOUN = (r"(?:住房|适用房|安置房|公寓|公园|体育馆|图书馆|文化馆|博物馆|学校|小学|中学|"
                  r"幼儿园|医院|卫生院|养老院|敬老院|服务中心|区域中心|医疗中心|菜市场|农贸市场|停车场|污水处理厂|水厂|大桥|隧道)")
# A facility, then a word of its work with no aspect (…妇女儿童医院|完成年度建设
# 任务, 市人民医院国家医疗区域中心|加快建设): a subject of its own once the
# item before reported, if only by a stage (…改扩建项目主体完工).
_WORK_SAID = r"(?=(?:完成|建成|开工|复工|竣工|完工|主体|加快|投入使用|投用|启用|开放|开业|封顶|顺利|全面))"
# (Its name may be short before the noun: 城南|污水处理厂.)
FACILITY_THEN_WORK = re.compile(r"\s*([^,;:。]{1,30}?" + FACILITY_NOUN + r")\s*(?:也|均|都|亦)?\s*" + _WORK_SAID)
NAMED_THEN_WORK = re.compile(r"\s*([^,;:。]{2,30}?(?:" + PROJECT_NOUN + r"))\s*" + _WORK_SAID)
STAGE_SAID = re.compile(r"完工|竣工|建成|投用|投入使用|开工|复工|封顶|完成|启用|开业|加快建设|加快推进")
# A clause that opens with an intent plans its work (准备主体工程竣工验收).
_INTENT_WORDS = ("计划", "预计", "将", "拟", "要", "争取", "力争", "确保")
INTENT_START = re.compile(r"\s*(?:" + alt(_INTENT_WORDS + ("准备", "有望")) + ")")
# A reason inside the name's clause, and the next clause says the work is held up.
BECAUSE = re.compile(r"(?:因|由于|受)(?=[\u4e00-\u9fff“])")
_HELD_UP = re.compile(r"停止|暂停|暂缓|搁置|中止|终止|停工|未能|无法|尚未|未开工|取消")
# After a quoted name these words go on naming it: “白改黑”工程.
_NAME_GOES_ON = ("工程", "项目", "行动", "建设", "活动", "改造", "工作", "专项", "示范", "计划", "系列", "品牌")
ASPECT_START = re.compile(r"\s*(?:现已|已经|已|正在|现正|目前|尚未|仍未|暂未)")
CLAUSE_END = re.compile(r"[,;:。!?]")
# A clause that opens with a verb of progress and its figure (建成5处示范性
# 社区养老机构, 开工建设744套保障性租赁住房) reports what it names after the
# figure: that is the item, the whole clause its progress.
VERB_FIGURE = re.compile(r"\s*(?:累计)?(?:建设完成|实施完成|建成|完成|开工建设|开工|新建|改造|新增|发放|开展|培训|帮扶|救助|接种|筛查|投用|建设)(?=\d)")
# A verb of building or opening that starts a clause and governs its thing
# and figure, the figure after the thing as often as before it (开工改造
# 城镇老旧小区46个, 启用4个居住小区闲置地下停车场): the thing is the item.
# Not a noun that opens with such a verb (新建区, 开通率, 安装量).
WORK_FIRST = re.compile(r"\s*(?:累计|共)?(?P<verb>开工改造|开工新建|开工建设|新建改建|新改建|新建|改建|扩建|启用|开通|安装|加装|铺设|"
                        r"建成开放|建成投用|建成启用|投用|"
                        # works said by what was done to the thing (整治|城区外墙瓷砖|4.5万平方米)
                        r"整治|治理|修缮|维修|硬化|拓宽改造|改造提升|提升改造|改造|新修|增设|更换|栽植|种植)(?![区率量后前时的中完])")
# A verb of finishing and opening for use that says it was done without
# 了 (建成开放|新梅江公园, 开通运营|地铁5号线): no noun opens so.
DONE_FIRST = re.compile(r"\s*(?:已经|已|均已|并|先后)?(?:建成开放|建成投用|建成启用|建成通车|建成运营|开通运营|竣工投用|投入使用)(?=[\u4e00-\u9fff“])")
# A clause that closes on its thing being finished and put to use
# (职工赋能中心建成并投入使用, A公园建成开放): a report of work done, the
# thing written first, unless a word of intent stands before it (确保年底
# 前建成并投入使用 is the task).
DONE_AT_END = re.compile(r"(?:建成|完工|竣工|改造完成|建设完成)并?(?:投入使用|投入运营|投入运行|交付使用|投用|启用|开放|通车)\s*$")
_INTENT = re.compile(alt(_INTENT_WORDS + ("年底前", "年内")))
GENERIC_VERB = re.compile(r"(?:完成|建成|新增|新建|实现|开展|累计|共)+")
GENERIC_OBJECTS = frozenset({"投资", "资金", "任务", "进度", "工程量", "计划", "目标", "投入", "工作", "建设", "年度任务",
                              "全年任务", "年度目标", "全年目标", "年度计划", "全年计划"})
_COUNT_ONLY = re.compile(r"\d+\s*(?:个|项|件|宗)(?:项目|子项目|任务)?")  # 29个项目
DIGIT = re.compile(r"\d")
# Words that cannot be a project on their own: 目前|已建成2个.
_NOT_A_NAME = re.compile(r"\s*(?:目前|现在|当前|截至目前|至今|全年|今年|年内|其中|同时|此外|另外|项目|工程|该项目|本项目|全部|累计)\s*")
CJK = re.compile(r"[\u4e00-\u9fff]")
_CJK3 = re.compile(r"[\u4e00-\u9fff][^\u4e00-\u9fff]*?[\u4e00-\u9fff][^\u4e00-\u9fff]*?[\u4e00-\u9fff]")
_CJK2 = re.compile(r"[\u4e00-\u9fff][^\u4e00-\u9fff]*?[\u4e00-\u9fff]")
_BRACKETS = re.compile("[" + re.escape(OPEN + CLOSE) + "]")
CONTENT = re.compile(r"[^ \t\r\n\u3000,;:、。]")
TRIM = " \t\r\n\u3000,;:、"


def cjk_count(s: str) -> int:
    return len(CJK.findall(s))


def has_name(t: str, s: int, e: int) -> bool:
    """Does t[s:e] hold at least two Chinese characters (enough to name
    something)?"""
    return _CJK2.search(t, s, e) is not None


@lru_cache(maxsize=64)
def _delim_re(delims: str) -> re.Pattern[str]:
    return re.compile("[" + re.escape(delims) + "]")


def strip_span(t: str, s: int, e: int, chars: str = TRIM) -> tuple[int, int]:
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
GROUP_NAME = re.compile(r"(?:[^,;:。]{0,12}?\d+\s*(?:个|项|件|宗)[^\d,;:。]{0,10}?(?:项目|工程)"
                         r"|[^\d,;:。]{1,10}?(?:项目|工程)\s*\d+\s*(?:个|项|件|宗))"  # 续建项目171项
                         r"(?:\([^()]{0,20}\))?")  # 39宗新开工项目(已开工8宗)
_PLANNED_GROUP = re.compile(r"\d+\s*(?:个|项|宗)[^,;:。]{0,8}?(?:项目|工程)?[^,;:。]{0,4}?(?:总投资|计划投资)[^,;:。]{0,6}?\d"
                            r"|(?:项目|工程)\d+\s*(?:个|项|宗)[^。]{0,30}?(?:年度计划投资|年度投资计划)[^,;:。]{0,4}?\d"
                            r"|计划[^,;:。]{0,8}?(?:项目|工程)\s*\d+\s*(?:个|项|宗)"  # 计划新开工项目41项
                            # 137个项目为结转续建项目,年度计划投资共计296亿元: the kind named, then its plan
                            r"|\d+\s*(?:个|项|宗)(?:项目|工程)?(?:为|是|属于)[^,;:。]{1,12}?(?:项目|工程)\s*,\s*"
                            r"(?:年度计划投资|年度投资计划|计划投资|总投资)[^,;:。]{0,6}?\d")
_GROUP_FIGURES = re.compile(r"完成投资|投资完成率|占[^,;。]{0,8}计划|(?:开工|竣工|完工|建成|投产)率|完成率"
                            r"|完成(?:年度|全年|年)[^,;。]{0,4}?计划的?\s*\d"  # 完成年度计划的72.3%
                            r"|(?:实际|实现)(?:开工|竣工|完工|完成|复工|开复工|投产|建成)\s*\d"
                            r"|已经?(?:开工|竣工|完工|复工|开复工)\s*\d|进度(?:为|达到|达)\s*\d")  # 已完成41项 is the programme's tally


def group_row(t: str, ps: int, pe: int, p: int, end: int) -> bool:
    # A programme of practical projects (20个为民办实事项目) stays the
    # programme: its projects are reported one by one. A group stated with
    # its own plan (18个项目总投资206亿元,年度计划投资80亿元) is a row as
    # one named by its kind is.
    # The months reported may end the name (37项民生工程|1-6月|累计完成…).
    when = period_before(t, ps, pe, within=10)
    when = pe if when is None else when
    named = GROUP_NAME.fullmatch(t, ps, when) is not None or _PLANNED_GROUP.search(t, ps, pe) is not None
    # 今年省重点工程建设项目中|计划新开工项目41项: a group among the
    # programme's projects is read after the 中 that places it.
    among = max((m.end() for m in _REPORT_RE.finditer(t, ps, pe) if m.group().endswith("中")), default=ps)
    return named and _REPORT_RE.search(t, among, pe) is None and _GROUP_FIGURES.search(t, p, end) is not None


# A counted group and then what it did (15项发放补助类项目|发放补助资金…).
_GROUP_THEN_WORK = re.compile(r"\s*(?P<group>[^\d,;:。]{0,6}?\d+\s*(?:个|项|件|宗)[^\d,;:。]{0,10}?(?:项目|工程))"
                              r"(?=(?:上半年|前三季度|今年以来|\d{1,2}\s*(?:-|至|—)\s*\d{1,2}\s*月份?)?\s*(?:共|累计|已)?"
                              r"(?:发放|完成|筹集|筹资|拨付|投入|新增|建成|培训|帮扶|救助|开工|竣工))")


def group_then_work(t: str, ps: int, pe: int, p: int, end: int) -> int | None:
    """Where a counted group that is a row ends, when the project t[ps:pe]
    goes on past it with what the group did (15项发放补助类项目|发放补助资金
    2.66亿元,完成年度计划的72.3%): that work is the progress. None otherwise."""
    m = _GROUP_THEN_WORK.match(t, ps, pe)
    if m is None or m.end() >= pe or not group_row(t, ps, m.end(), p, end):
        return None
    return m.end()


# A project said to be one of the programme (作为今年10件民生实事之一, 列入
# 省民生实事项目): the programme named to place the project, not reported on.
_ONE_OF = re.compile(r"(?:作为|是|列为|列入|纳入)[^,;。]{0,16}?(?:实事|民生工程)(?:项目)?(?:之一)?")


def report_level(p: str) -> bool:
    """Does a project clause speak of the whole programme?

    >>> report_level("今年68件为民办实事项目"), report_level("其余60件"), report_level("农村公路安保工程")
    (True, True, False)
    """
    p = _ONE_OF.sub("", p).strip(TRIM)
    if p.startswith(REPORT_STARTS) or _REPORT_RE.search(p) or REPORT_COUNT.search(p):
        return True
    return _COUNT_ONLY.fullmatch(p) is not None


def scan(t: str, s: int, e: int, delims: str = ",;:") -> tuple[list[tuple[int, int, str]], list[tuple[int, int]]]:
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
    for m in _delim_re(delims + "。!?\n" + OPEN + CLOSE).finditer(t, s, e):
        ch, p = m.group(), m.start()
        if ch in OPEN:
            if depth == 0:
                open_at = p
            depth += 1
        elif ch in CLOSE:
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


def work_under_way(t: str, cs: int, ce: int) -> int | None:
    """The end of a project's name (…项目, …行动计划) that work under way
    follows at once in t[cs:ce] (老年大学提升行动计划|启动“银盾计划”), or None.
    Each noun of projects is tried in turn: 提升行动 is not yet the name."""
    for m in _PROJECT_NOUN_END.finditer(t, cs + 2, ce):
        if m.end() - cs > 30:
            break
        if _WORK_UNDER_WAY.match(t, m.end(), ce):
            return m.end()
    return None


def work_stage_said(t: str, a: int, b: int) -> int | None:
    """Where the stage starts in a clause that names a facility or a work
    and then where it stands, with no aspect word (…妇女儿童医院|完成年度建设
    任务, …医疗区域中心|加快建设, …扩建工程|复工建设); None otherwise, and
    for a clause of intent (准备主体工程竣工验收).

    >>> t = "市人民医院国家医疗区域中心加快建设"
    >>> t[work_stage_said(t, 0, len(t)):]
    '加快建设'
    """
    if INTENT_START.match(t, a, b):
        return None
    fm = FACILITY_THEN_WORK.match(t, a, b) or NAMED_THEN_WORK.match(t, a, b)
    if fm is None or not STAGE_SAID.match(t, fm.end(), b) or report_level(t[a : fm.end()]):
        return None
    return fm.end()


_UNIT_FIGURE = re.compile(r"(?<![\d.])\d+(?:\.\d+)?\s*(?P<u>%|[万亿]?[\u4e00-\u9fff])")
_FIGURE_AGAIN = re.compile(r"\s*(?:目前|现在|当前|截至目前|至今)?\s*,?\s*(?:已经|已|现已)\s*"
                           r"(?:达到|达|完成|新增|建成|提高到|提高至|增至)?\s*" + _UNIT_FIGURE.pattern)


def split_point(t: str, s: int, e: int, mode: str) -> tuple[int, re.Match[str] | None] | None:
    """Where the progress starts in t[s:e], and the (第N项) reference if any.

    ``mode``: ``news`` (clause groups), ``list`` (items under a heading: a
    forecast counts), ``head`` (a heading line with the progress below: only
    openers), ``single`` (a whole item in one stretch: a sentence end or a
    colon also splits).

    >>> t = "我市计划新建80个社区便利店,现已超额完成93个"
    >>> t[split_point(t, 0, len(t), "news")[0]:]
    '现已超额完成93个'
    >>> t = "20公里休闲步行道已完成7.42公里"
    >>> t[split_point(t, 0, len(t), "news")[0]:]
    '已完成7.42公里'
    """
    ref = REF.search(t, s, e)
    if ref and has_name(t, s, ref.start()):
        return ref.end(), ref
    # In running text the scene (其中, 截至6月底, 与一季度相比,) is no part
    # of the first clause: the rules below read the clause that names.
    rich = mode in ("news", "list")
    s0 = clean_project(t, s, e)[0] if rich and LEADING.match(t, s, e) else s
    clauses, brackets = scan(t, s0, e, ",;:。!?" if mode == "single" else ",;:")
    aspect = LIST_ASPECT_RE if mode == "list" else ASPECT_RE
    p: int | None = after_plan(t, s, clauses) if rich else None
    if p is not None:
        return p, None
    if rich and len(clauses) > 1 and _ONE_PROJECT_SCOPE.fullmatch(t, clauses[0][0], clauses[0][1]) \
            and CONTENT.search(t, clauses[1][0], clauses[1][1]):
        return strip_span(t, clauses[1][0], e)[0], None
    if rich and clauses:
        # 地区生产总值增长6.5%以上,|三季度增长5.5%: a figure said as a bound
        # (以上, 左右) or closing a quoted task (增长6%”) is the task's; the
        # period reported opens the progress.
        bound = _BOUND_THEN_PERIOD.search(t, clauses[0][0], clauses[min(1, len(clauses) - 1)][1])
        if bound is not None and names_project(t, s, bound.end()) and not aspect.search(t, s, bound.start()):
            return bound.end(), None
    if rich and len(clauses) > 1 and aspect.search(t, clauses[0][0], clauses[0][1]) is None:
        # 公办幼儿园在园幼儿占比达到45%,|目前已达46.2%: the same measure
        # reported again with 已 after the first figure: the first is the task.
        again = _FIGURE_AGAIN.match(t, clauses[1][0], clauses[1][1])
        first = [f.group("u") for f in _UNIT_FIGURE.finditer(t, clauses[0][0], clauses[0][1])]
        if again is not None and first and first[-1] == again.group("u") and names_project(t, s, clauses[0][1]):
            return strip_span(t, clauses[1][0], e)[0], None
    for k, (cs, ce, d) in enumerate(clauses):
        if k == 0:
            for am in aspect.finditer(t, cs, ce):
                p = am.start()
                if p > cs and not _inside(p, brackets) and names_project(t, s, p):
                    sub = _SUBJECT_RE.search(t, max(s, p - 9), p) or _REASON_RE.search(t, max(cs, p - 16), p) \
                        or _NOW_BEFORE.search(t, max(cs, p - 5), p)
                    if sub and names_project(t, s, sub.start()):
                        p = sub.start()
                    return p, None
            if rich:
                # 新材料产业工程项目|(20.0%)完成投资进度较快: a project by its
                # noun, its figure in brackets, then its progress.
                nm = _NAME_BRACKET_FIGURE.match(t, cs, ce)
                if nm is not None and OPENER_RE.match(t, nm.end(), ce) and names_project(t, s, nm.end(1)):
                    return nm.end(1), None
                why = BECAUSE.search(t, cs, ce)
                if why is not None and len(clauses) > 1 and names_project(t, s, why.start()) \
                        and _HELD_UP.search(t, clauses[1][0], clauses[1][1]):
                    # A、B申报省级示范性高中|因省修订评估方案,申报工作暂时停止: the
                    # reason opens the progress that says the work stopped.
                    return why.start(), None
                at = work_under_way(t, cs, ce)
                if at is not None and names_project(t, s, at) and not report_level(t[cs:at]):
                    return at, None
                at = work_stage_said(t, cs, ce)
                if at is not None and names_project(t, s, at):
                    return at, None
            if mode != "head":
                p = _inner_split(t, s, clauses, brackets, mode)
                if p is not None:
                    return _as_of_before(t, cs, p), None
        else:
            c0 = cs
            while c0 < ce and t[c0].isspace():
                c0 += 1
            ps_, pe_, _ = clauses[k - 1]
            pa, pb = strip_span(t, ps_, pe_)
            if rich and pa < pb and (t.endswith(PROJECT_NOUNS, pa, pb) or t.endswith(_SERVICE_NOUNS, pa, pb) and k == 1) \
                    and DIGIT.search(t, pa, pb) is None \
                    and DIGIT.search(t, c0, ce) is not None and names_project(t, s, c0):
                # 老旧小区改造工程,改造3057个老旧小区,完成年度任务的100%: a
                # clause that is a project's name, then its figures.
                return c0, None
            if rich and _WORK_FIGURE.match(t, c0, ce) and names_project(t, s, c0) \
                    and any(SHARE.match(t, x, y) for x, y, _ in clauses[k + 1 : k + 3]):
                # 城市生活水源,|改造622公里公共供水管网,占年度任务的100%: a work
                # and its figure, then its share of the year's task, are progress.
                return c0, None
            if rich and k == 1 and _AMONG_SUBJECT.fullmatch(t, *clauses[0][:2]) and _STAGE_COUNT.match(t, c0, ce):
                # 贵州已建设的100所公办幼儿园中,|完工63所,交付使用6所: how many
                # of the things named reached a stage is their progress.
                return c0, None
            if rich and k == 1 and SHARE.match(t, c0, ce) and (done := _DONE_FIGURE.search(t, *clauses[0][:2])) is not None \
                    and done.group("unit") not in "月日年号" and names_project(t, s, done.start("fig")) \
                    and not _SAID_DONE.search(t, clauses[0][0], done.start("fig")):
                # 开展职业技能培训|24.4万人次,完成目标任务的244%: the figure before
                # a share of the year's task is what was done, the share's base.
                return done.start("fig"), None
            if names_project(t, s, c0) and (
                OPENER_RE.match(t, c0, ce) or (rich and _LATER_RE.match(t, c0, ce)) or (rich and _RATE_CLAUSE.match(t, c0, ce))
                or any(not _inside(m.start(), brackets) for m in aspect.finditer(t, c0, ce))
                or PERIOD_PROGRESS.match(t, c0, ce)
                or (DONE_AT_END.search(t, c0, ce) and not _INTENT.search(t, c0, ce))
            ):
                # …经济适用房,到10月底,实际完成104%: the time clause before
                # the progress is part of it, never of the project.
                if k >= 2:
                    ps, pe, _ = clauses[k - 1]
                    m = TIME_ONLY.fullmatch(t, ps, pe)
                    if m is not None and pe > ps and names_project(t, s, ps):
                        return ps + (len(t[ps:pe]) - len(t[ps:pe].lstrip())), None
                # 高雄环状轻轨捷运截至104年1月为止,|累计…: the date written after
                # the name, in its clause, is the progress's too.
                ps, pe, _ = clauses[k - 1]
                tail = _AS_OF_TAIL.search(t, max(ps, pe - 20), pe) or _EXCEPT_TAIL.search(t, ps, pe)
                if tail is not None and tail.start() > ps and names_project(t, s, tail.start()):
                    # …or the exceptions the progress is counted without
                    # (68个老旧小区改造项目|除暂缓实施的5个小区外,|其余63个…).
                    return tail.start(), None
                return c0, None
        if mode == "single" and d and d in "。!?:" and CONTENT.search(t, ce + 1, e) and has_name(t, s, ce):
            return ce + 1, None
    return None


# The date the progress is counted to, written between the name and its
# figure (故宫南院|截至104年1月为止累计进度达75.03%): the progress's.
_AS_OF_DATE = r"(?:截至|截止到|截止|到)\s*(?:\d{2,4}\s*年)?\s*\d{1,2}\s*月(?:份)?(?:\d{1,2}\s*日)?\s*(?:底|末)?\s*(?:为止|止)?\s*"
_AS_OF = re.compile(_AS_OF_DATE + r",?\s*(?:累计)?\s*(?:施工|形象|工程|建设|总体|整体)?\s*$")
# …or closing the name's own clause (高雄环状轻轨捷运截至104年1月为止,|累计…).
_AS_OF_TAIL = re.compile(_AS_OF_DATE + "$")


# Things counted, then 中: the set the clauses after report on (贵州已建设的
# 100所公办幼儿园中); and a stage reached by so many of them (完工63所).
_AMONG_SUBJECT = re.compile(r"\s*[^,;:。]{0,16}?\d+(?:\.\d+)?\s*[个所座家处条套户]\s*[\u4e00-\u9fff“”]{2,20}?中\s*")
_STAGE_COUNT = re.compile(r"\s*(?:已|均已|已经)?(?:完工|竣工|建成|开工|完成|投用|投入使用|交付使用|交付|开放|启用|开业)\s*\d")
# A verb of work, its object and the figure closing the clause (开展职业技能培训
# 24.4万人次, 办理法律援助案件2343件).
# Not 完成/建成, which say the work done itself (1-2月累计完成投资29.5亿元).
_DONE_FIGURE = re.compile(r"(?:开展|培训|新增|新建|改造|办理|解决|安置|发放|救助|资助|帮扶|接种|筛查|转移|提供|招募|创建)"
                          r"[\u4e00-\u9fff“”()]{2,24}?(?P<fig>" + _MEASURED.pattern + r")(?:以上|左右|余|多)?\s*$")
# Words that make a clause progress already (上半年, 累计, 已, 实际): the figure
# in it is no name's.
_SAID_DONE = re.compile(r"累计|已|实际|共|截至|截止|上半年|前三季度|季度|\d{1,2}\s*[-~—至]\s*\d{1,2}\s*月|今年以来")
# A verb of work and its figure opening a clause (改造622公里公共供水管网).
_WORK_FIGURE = re.compile(r"\s*(?:改造|新建|新改建|改扩建|建设|铺设|新增|完成|实施|安装|加装|建成|维修|整治|开工|培训|发放)"
                          r"[^\d,;。]{0,6}\d")
_EXCEPT_TAIL = re.compile(EXCEPT_WORD + r"[^,;。]{1,40}?(?:以外|之外|外)\s*$")


_BOUND_THEN_PERIOD = re.compile(r"\d+(?:\.\d+)?\s*%?\s*(?:(?:以上|左右|以内|以下)\s*”?|”)\s*[,,]?\s*"
                                r"(?=(?:今年)?(?:[一二三四1-4]季度|上半年|前三季度|\d{1,2}\s*[-~—至]\s*\d{1,2}\s*月|截至|截止))")


def _as_of_before(t: str, cs: int, p: int) -> int:
    """``p``, or where a date the progress is counted to starts right before it."""
    m = _AS_OF.search(t, max(cs, p - 20), p)
    return m.start() if m is not None and m.start() > cs and names_project(t, cs, m.start()) else p


_NOW_OPENS = re.compile(r"\s*(?:目前|当前|现在|截至目前|到目前为止)")


def after_plan(t: str, s: int, clauses: list[tuple[int, int, str]]) -> int | None:
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
        if k and planned and names_project(t, s, c0):
            if PERIOD_PROGRESS.match(t, c0, ce):
                return c0
            if TIME_ONLY.fullmatch(t, c0, ce) and k + 1 < len(clauses) and _WORK_DONE.search(t, *clauses[k + 1][:2]):
                return c0
        if k and planned and _NOW_OPENS.match(t, c0, ce) and ASPECT_RE.search(t, c0, ce) and t.find("除", s, c0) < 0:
            return c0  # …年度计划解决127万人饮水问题,|目前相关县区正在钻打水源井: now, and where it stands
        if "已" in t[c0:ce] or (_WORK_DONE.search(t, c0, ce) and not _PLAN_CLAUSE.search(t, c0, ce)):
            # 年度计划投资323亿元,|81个项目开工建设: after the plan, the first
            # clause of work done opens the progress.
            if not (k and planned and names_project(t, s, c0)):
                return None
            if _COUNT_DONE.match(t, c0, ce):
                return c0
            if (ASPECT_START.match(t, c0, ce) or _LATER_RE.match(t, c0, ce)) and t.find("除", s, c0) < 0:
                # …应竣工25个,|实际开工9个; 计划实施3座,总投入资金…,|已全部动工
                # (not inside an exception: 除A尚未开工外). A time clause
                # just before goes with the progress: …,|到10月底,已完成….
                ps, pe, _ = clauses[k - 1]
                return ps if k >= 2 and TIME_ONLY.fullmatch(t, *strip_span(t, ps, pe)) else c0
            return None
        planned = planned or _PLAN_CLAUSE.search(t, c0, ce) is not None
    return None


def _inner_split(t: str, s: int, clauses: list[tuple[int, int, str]], brackets: list[tuple[int, int]],
                 mode: str) -> int | None:
    """Where the progress starts inside the first clause of running text,
    when no aspect word marks it: after a project's head noun
    (实体零工驿站建设|完成2个), at the verb before a figure (…补助|新增18元),
    at how many of a group reached a stage (63个新开工重点项目|共有47个项目实现开工),
    at a verdict (…处理率|达到年度工作目标), after ``等N项``, after a quoted
    name in a list (“婚姻登记跨区通办”|5月份完成全年任务), or at the figure
    that ends the clause when a later clause gives its share of the task
    (改造县乡公路|3290公里,为任务的164.5%).

    >>> t = "改造县乡公路3290公里,为任务的164.5%"
    >>> t[_inner_split(t, 0, scan(t, 0, len(t), ",")[0], [], "list"):]
    '3290公里,为任务的164.5%'
    """
    cs, ce, _ = clauses[0]
    digit = DIGIT.search(t, cs, ce) is not None
    pace = PACE_TAIL.search(t, cs, ce)
    if not digit and _NO_FIGURE_SPLIT.search(t, cs, ce) is None and not (mode == "list" and t.startswith("“", cs)) \
            and pace is None:
        return None  # every rule below needs a figure, a verb of progress or a quoted name

    def ok(p: int) -> bool:
        return (cs < p < ce and _CJK3.search(t, cs, p) is not None and _PLAN_END.search(t, max(s, p - 4), p) is None
                and not _inside(p, brackets) and names_project(t, s, p))

    found: list[int] = []
    f: re.Match[str] | None
    for m in _HEAD_VERB.finditer(t, cs, ce):
        if ok(m.end()):
            found.append(m.end())
            break
    for f in FIGURE.finditer(t, cs, ce) if digit else ():
        if _inside(f.start(), brackets):
            continue
        if f.start() == cs or not CJK.match(t, f.start() - 1):
            continue
        v = _FIG_VERB.search(t, max(cs, f.start() - 8), f.start())
        if v is not None and ok(v.start()):
            x = v.start()
            # 45个续建项目|进度为77.8%: the progress the figure measures goes with it
            found.append(x - 2 if t.endswith("进度", cs, x) and ok(x - 2) else x)
            break
    for m in _VERDICT_PHRASE.finditer(t, cs, ce):
        if ok(m.start()):
            found.append(m.start())
            break
    for m in _NOUN_PROGRESS.finditer(t, cs, ce) if digit else ():
        if ok(m.start()):
            found.append(m.start())  # 大坝圩区改造工程|进度98%, 二期工程|土建进度90%
            break
    if pace is not None and ok(pace.start()) and not t.endswith(("总体", "整体", "工作", "均", "都"), cs, pace.start()):
        # …工作总体进展顺利, …均进展顺利: the programme summed up, not a name
        found.append(pace.start())  # A、B工程|进展较快,…: a verdict of pace ends the name
    for m in _SOME_OF_THEM.finditer(t, cs, ce) if digit else ():
        if ok(m.start()):
            found.append(m.start())  # 63个新开工重点项目|共有47个项目实现开工
            break
    for m in _AND_SO_ON.finditer(t, cs, ce) if digit else ():
        if ok(m.end()):
            found.append(m.end())
            break
    if mode == "list" and t.startswith("“", cs):
        q = t.find("”", cs, ce)
        if q > cs and q + 1 < ce and CJK.match(t, q + 1) and not t.startswith(_NAME_GOES_ON, q + 1) \
                and PLAN_WORD.search(t, q + 1, ce) is None and ok(q + 1):
            found.append(q + 1)
    if found:
        return min(found)
    f = _FINAL_FIGURE.search(t, cs, ce) if digit else None
    if f is None:
        return None
    for k in range(1, len(clauses)):
        c0, c1, _ = clauses[k]
        if SHARE.match(t, c0, c1):
            if ok(f.start()) and _FIG_VERB.search(t, max(cs, f.start() - 8), f.start()) is None:
                return f.start()
            break
        if OPENER_RE.match(t, c0, c1) or ASPECT_RE.search(t, c0, c1):
            break  # the clause's figure is the plan: the progress is later
    return None


def plan_end(t: str, a: int, e: int, described: bool = False) -> int | None:
    """Where the plan that opens t[a:e] ends, when it does (该项目计划投资
    480万元,…共建设充电桩5000个。|完成项目投资380万元): at the first clause
    or sentence that opens with progress. The plan belongs to the project.
    With ``described`` (the text follows the name's colon) a description
    opens it too (工程总投资350.72万元,主要对…改造,|已完成整治).

    >>> t = "该项目年度计划投入2.6亿元,目前仅完成投入2960万元。"
    >>> t[plan_end(t, 0, len(t)):]
    '目前仅完成投入2960万元。'
    """
    while a < e and t[a] in TRIM:
        a += 1
    if not _PLAN.match(t, a, e) and not (described and _DESCRIBED.match(t, a, e)):
        return None
    for m in CLAUSE_END.finditer(t, a, e):
        q = m.end()
        while q < e and t[q] in " \t\r\n\u3000":
            q += 1
        if q < e and (OPENER_RE.match(t, q, e) or _LATER_RE.match(t, q, e) or ASPECT_START.match(t, q, e)
                      or _WORK_ASPECT.match(t, q, e) or (m.group() == "。" and opens_with_period(t, q, e))):
            return q
    return None


def description_end(t: str, a: int, e: int) -> int | None:
    """Where a description of the task that opens t[a:e] ends: at the first
    clause that opens with a time of report or progress (截止目前, 目前已…,
    现已…), when nothing before it says work was done or is going on
    (我镇…建设涉及七个村,项目总投资800余万元…。|截止目前…已完成). None when
    no clause opens so, or when 已/正在 comes first.

    >>> t = "我镇高标准农田项目区涉及四个村6000余亩,项目建设包括生产路、井、电等配套项目,目前已顺利开工。"
    >>> t[description_end(t, 0, len(t)):]
    '目前已顺利开工。'
    """
    if OPENER_RE.match(t, a, e) or ASPECT_START.match(t, a, e) or opens_with_period(t, a, e):
        return None  # 截至6月底,已开工8所: the progress from its first word
    for m in CLAUSE_END.finditer(t, a, e):
        if ASPECT_RE.search(t, a, m.start()):
            return None
        q = m.end()
        while q < e and t[q] in " \t\r\n\u3000":
            q += 1
        if q < e and (OPENER_RE.match(t, q, e) or ASPECT_START.match(t, q, e) or _WORK_ASPECT.match(t, q, e)):
            # A description says something: a figure alone (总投资29万元,)
            # stays with the progress, as it always has.
            return q if cjk_count(t[a:q]) >= _DESCRIPTION_MIN else None
    return None


_DESCRIPTION_MIN = 12


# A clause of how many of the items reached a stage (…项目436项,|开工率达85.8%):
# progress, after the group it counts.
_RATE_CLAUSE = re.compile(r"\s*(?:开工|开复工|复工|完工|竣工|建成|投产|签约|完成)率\s*(?:达到|达|为|是)?\s*\d")
# The work itself as the subject of its progress: …,|工程已完工,已验收.
_WORK_ASPECT = re.compile(r"\s*(?:该项目|本项目|该工程|项目|工程|主体工程)\s*(?:现已|已经|已|正在|目前)")


def names_project(t: str, s: int, e: int) -> bool:
    """Can t[s:e] be a project, once scene-setting clauses are dropped?
    (目前, 截至10月底 cannot.)"""
    if not has_name(t, s, e):
        return False
    a, b = clean_project(t, s, e)
    a, b = strip_span(t, a, b, _TRIM_QUOTES)
    tm = TIME_ONLY.match(t, a, b)
    if tm is not None and tm.end() > a and (tm.end() >= b or _NOT_A_NAME.fullmatch(t, tm.end(), b)):
        return False  # 截至7月底 今年: a time and a word of scene, no name
    return (has_name(t, a, b) and _NOT_A_NAME.fullmatch(t, a, b) is None and TIME_ONLY.fullmatch(t, a, b) is None
            and t[a:b] not in PLACE_WORDS and ASPECT_START.match(t, a, b) is None)


# A name that ends in a service done for people (城乡适龄妇女“两癌”免费筛查,|
# 宫颈癌筛查18779人): its figures follow in the clauses after it.
_SERVICE_NOUNS = ("筛查", "培训", "救助", "体检", "接种", "帮扶", "义诊")
# An item's place in the publisher's list written before its name in digits
# (第1地区生产总值…, 第25服务业增加值…); 第一人民医院 is a name.
ORDINAL = re.compile(r"第\d{1,3}(?:项|件|条)?(?=[\u4e00-\u9fff])")
# A clause that sets the scope of one project named in quotes: the rest of
# the sentence is its progress (“为1万名患者实施复明手术”一项中,9月新增1203例).
# A scope with no word of one project (在“百项工程”中) is the programme's.
_ONE_PROJECT_SCOPE = re.compile(r"\s*(?:在\s*)?(?P<name>“[^“”]{2,60}”)\s*(?:这一项|一项|项目)\s*中\s*[,:]?\s*")


def clean_project(t: str, s: int, e: int) -> tuple[int, int]:
    """Drop scene-setting clauses (另外, 在…方面, 截至…) and edge punctuation."""
    s, e = strip_span(t, s, e)
    for _ in range(4):
        m = LEADING.match(t, s, e)
        if not m or m.end() >= e:
            break
        s, e = strip_span(t, m.end(), e)
    if e - s > 2 and t[e - 1] in "也亦":
        e -= 1  # B项目也|已经启动: 也 joins the clause to the one before
    ordinal = ORDINAL.match(t, s, e)
    if ordinal is not None and ordinal.end() < e:
        s = ordinal.end()  # 第1|地区生产总值增长6.5%以上: the task's place in a list
    if e - s > 2 and t[e - 1] in "”」" and t.find("“", s, e) < 0 and t.find("「", s, e) < 0:
        e -= 1  # …增长6%”: the quote closes a task whose opening mark the page lost
    one = _ONE_PROJECT_SCOPE.fullmatch(t, s, e)
    if one is not None:
        s, e = one.span("name")  # 在“促进就业”项目中: the project is the quoted name
    return s, e
