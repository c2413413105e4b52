"""The patterns the list shapes share: counts and kinds of items, the
words that open, close and stand around a list of names."""

from __future__ import annotations

import re

_CN_COUNT = {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_N = r"\d{1,3}|[一两二三四五六七八九十]"
_COUNT = rf"(?P<count>{_N})"
# What the count counts: 项目, 子项, 实事, 民生实事项目, 重点工程, 事项 …
_KIND = r"(?:(?:重点|民生|惠民|为民办|为民|民心){0,2}实事(?:项目|事项)?|(?:民生|惠民|重点|重大|在建|续建|新建|新开工|产业)?(?:建设)?(?:子项目|子项|大项目|小项目|项目|工程|任务|事项)|(?:量化)?指标(?:任务)?|[\u4e00-\u9fff]{0,4}?行动|(?:领域|行业|产业|方面)(?:重点|重大)?(?:项目|工程)?)"
_BRACKETED = re.compile(_COUNT + r"\s*(?:项|个|件)?\s*(?:项目|实事|民生实事)?\s*\((?P<names>[^()]{2,400})\)")
_QUOTED_NAME = r"“[^“”]{2,60}”(?:\([^()]{1,20}\))?"
# A run of names is matched from its first name only (not from each one
# after a 、), so a page of thousands of quoted names is read once.
# Quoted names may follow one another with no mark between (“A”“B”6项…).
# “A”一项中, / “A”项目中: the scope of one project, not a list counted.
_QUOTED = re.compile(rf"(?<![、和及与”])(?<!”,)(?P<names>{_QUOTED_NAME}(?:\s*[、,和及与]?\s*{_QUOTED_NAME})*)\s*等?\s*{_COUNT}\s*(?:项|个|件){_KIND}?(?![\u4e00-\u9fff]{{0,2}}中)")
_ONE_QUOTED = re.compile(r"“(?P<name>[^“”]{2,60})”(?:\((?P<lead>[^()]{1,20})\))?")
# A clause after a list's verdict that holds a list of its own.
_NEXT_LIST = re.compile(rf"[,;](?=[^,;。]*?(?:、[^,;。]*等|等\s*(?:{_N})\s*[个项件])|\s*“[^“”]{{2,60}}”\s*[、和及与]?\s*“)")
# The end of a plain list: 等, 等项目, 等22个子项, 4个子项.
# 类 counts kinds of projects: 农业、交通等4类重点建设项目.
# A stage reached, written before the list it is the progress of.
# 完成 and 启动 come first too, with the stage after the count (完成A、B等4个
# 项目主体施工): the verb is then part of the verdict.
_STAGE_FIRST = re.compile(r"\s*(?:今年|年内|本月|当月|上月|近日|日前|目前|已)?(?:新开工建设|开工建设|新开工|建成投用|建成投产|建成通车|建成|竣工投用|竣工|完工|投产"
                          r"|完成|启动)(?:了)?\s*")
# ...but only before a list counted in projects (等4个项目): 完成 or 启动
# before names lists the parts of one project's work as often.
_WORK_VERBS = ("完成", "启动")
_KIND_END_RE = re.compile(rf"(?:{_KIND})\s*$")
# Some lists do not count: 等多个项目, 等一批项目, 等若干项目.
# After 等 the kind may name its field (等重大交通项目, 等城建工程).
# So may the kind of site each name is (等学校, 等3所学校, 等公园): works too.
_SITE_KIND = r"(?:学校|中小学|幼儿园|医院|卫生院|公园|道路|公路|桥梁|场馆|体育馆|图书馆|文化馆|养老院|敬老院|水厂|污水处理厂)"
_FIELD_KIND = rf"(?:{_KIND}|(?:重大|重点)?[\u4e00-\u9fff]{{2,4}}?(?:项目|工程)|{_SITE_KIND})"
# 12大项, 等小项: a programme's big and small items (安徽's 民生工程).
# The count may say they are the rest (等其余10项…正有序推进中).
# Counted, the items may be called 工作 (等21项工作已完成); uncounted, 等工作
# closes a list of a project's steps (…、基础管道施工等工作整体进度…).
_ETC = re.compile(rf"等\s*(?:(?:其余|其他|其它|另外|近|约|共)?(?P<count>{_N})\s*(?:个|[大小]?项|件|宗|类|案)(?:工作)?|(?:多|若干)\s*(?:个|项|件|宗|类)|一大批|一批|大批|[大小]项)?\s*"
                  rf"{_FIELD_KIND}?"
                  rf"|(?P<bare>{_N})\s*(?:个|[大小]?项|件|宗)\s*(?P<kind>{_KIND})?")
# 已完成项目:1.A;2.B — a short heading with a colon, numbered names after it.
_DONE_ATTRIBUTE = re.compile(r"\s*(?:已经|已)?(?:完工|建成|竣工|开工|完成改造|改造完成)的")
# What a counted verdict completed, never the kind it counts (9件如期完成年度目标任务).
_TASK_OBJECTS = ("目标任务", "年度任务", "全年任务", "计划任务")
_HEADED = re.compile(r"(?:(?<=[(\n。;,])|^)\s*(?P<head>[^\n。;:,()]{2,16}?)\s*:\s*(?=\d{1,3}\s*[.、])")
_HEAD_TAIL = re.compile(r"的?(?:项目|实事|事项|子项)$")
_NAMES_END = re.compile(r"[)。\n]")
_SERIAL = re.compile(r"\s*\d{1,3}\s*[.、]\s*")
# 等 closing a list, with the count and kind it may give (等, 等项目, 等4个项目).
_LIST_CLOSE = re.compile(rf"等\s*(?:(?:{_N})\s*[个项件])?\s*{_KIND}?\s*$")
_INTRO = re.compile(r"(?:分别为|分别是|分别有|具体为|具体是|主要有|主要是|包括有|包括|包含|(?<=[目事程])(?:是|为|有)(?=\s*:)"
                    r"|(?<=[项个件])(?:是|为)(?=\s*:)"  # 未达序时进度2项为:A、B
                    r"|(?<=[目事程务])(?:是|为)(?=\s*“)"
                    r"|(?<=[项个件%])\s*,\s*(?:为|是)(?![\s,:])"  # 提前竣工4项,为A,B; …11项、占比20.0%,为A、B
                    r"|(?<=的项目|的实事|的工程|的事项)(?:有|为|是)(?![\s:]*\d))\s*:?\s*")  # 已经建成投入使用的项目有A;B
# The publisher's own place (全市, 我县): where, never a verdict or a name.
_OWN_PLACE_WORD = r"[我全本](?:省|市|县|区|镇|乡)"
_OWN_PLACE = re.compile(rf"\s*{_OWN_PLACE_WORD}")
# What counts the items of a heading: 个, 项, 件, 宗, and 案 as Taiwan counts
# projects (已結案之計劃有2案).
_PER_ITEM = r"(?:个|项|件|宗|案)"
# 8个提前完成的项目是, 有2件未达到…,分别是: the count before the verdict.
_LEAD_COUNT = re.compile(rf"\s*(?:有|共有|还有)?\s*(?:{_N})\s*{_PER_ITEM}")
_HEAD_COUNT = re.compile(rf"的?\s*(?:{_KIND}|有)?\s*(?:{_N})\s*{_PER_ITEM}|的\s*{_KIND}|的有")
_ENUMERATOR = re.compile(r"\s*(?:(?:其中|此外|另外|同时)\s*[,:]?\s*)?(?:[一二三四五六七八九十]+是|[(][一二三四五六七八九十\d]+[)]|\d+[.、]|[一二三四五六七八九十]+、)?\s*")
_CLAUSE_START = re.compile(r"[。;!?:,\n]|其中")
_PLAIN_START = re.compile(r"[。;!?:,\n]|其中|包括|如")
_SENTENCE_END = re.compile(r"[。;!?\n]")
_NAMES_STOP = re.compile(r"[。!?\n]")  # a sentence end that is not a ; between names
_CLAUSE_END = re.compile(r"[,。;!?\n]")
# 、占比45%: a share of the list's count, not of any one name's task.
_LIST_SHARE = re.compile(r"\s*[、,]?\s*(?:占|共)")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_COUNTED_NAME = re.compile(rf"(?:{_N})\s*(?:个|项|件|宗)\s*{_KIND}$")
_OTHERS_CLAUSE = re.compile(r"[,;]\s*(?:其余|其他|其它|另有|另外|此外)")
_RATE_CLAUSE = re.compile(r"\s*(?:投资|均|累计|总体)?(?:完成率|开工率|完工率|竣工率|完成年度|完成全年|完成投资|占|为年|达到?|高于|超过)")
# The list's own subject before its verdict (等26个项目, 6项暖民心行动,
# 等领域重大项目): the progress keeps it, the official verdict does not.
_LIST_SUBJECT = re.compile(rf"等?\s*(?:(?:{_N}|多|若干)\s*(?:个|[大小]?项|件|宗|类)|一批|[大小]项)?\s*(?:{_KIND}|(?<=等){_FIELD_KIND})?\s*")
# The longest stretch of names one list is read over: a page with no
# sentence end after its intro is not read to its end from every intro.
_MAX_LIST = 3000
# A name with its own progress is an item of prose, not a name in a list.
_PROGRESS_IN_NAME = re.compile(r"已|正在|尚未|%|完成|达到|实现|超过")
# Under a heading that counts them, the names are tasks (完成A改造, 实现B通车):
# only a word of work going on or done makes one an item of prose.
_PROGRESS_UNDER_HEADING = re.compile(r"已|正在|尚未|%")
_PROGRESS_IN_TASK = re.compile(r"已|正在|尚未")
_ONE_QUOTE = re.compile(r"“([^“”]{2,80})”")
_QUOTE_GAP = re.compile(r"[\s、,,和及与]*")
# A list of places (西岗区、沙河口区等) says where, not what.
_PLACE = re.compile(r"(?:省|市|区|县|镇|乡|街道|村|社区|地区)$")
# Words between a plain list and its verdict: A、B等4个子项也在稳步推进;
# what the verdict is of and how far it goes (等工程进展相对偏慢).
_FILLER = re.compile(r"(?:均|也|都|还|仍|现|目前|正|在|已经|已|实现了|实现|稳步|有序|全面|基本|顺利|如期|按期|总体上|总体|相继|陆续|先后"
                     r"|进展|进度|相对|较为|比较|明显|整体|动态|全部"
                     r"|预计|计划|将|拟|争取|力争|于|本月|当月|上月|本季度|近期|近日|日前|完成投资|投资进度|建设进度|(?:\d{1,2}|[一二三四五六七八九十]{1,2})月(?:份)?(?:底|末|中旬|上旬|下旬)?(?:前|以前)?)*")
# Lead units in brackets after a quoted name end like an office does.
_LEAD = re.compile(r"(?:局|委|办|中心|院|会|部|厅|处|队|站|所|街道|镇|乡|公司|集团)$")
_Name = tuple[str, str, tuple[int, int]]  # name, lead, span
_ASPECT_WORD = re.compile(r"已|正在|均已|正")
# A clause saying when the listed work will be done: 本月底可全面完工, 预计年底前全部建成.
_FORECAST_CLAUSE = re.compile(
    r"\s*(?:预计|计划|力争|争取)?\s*(?:于)?(?:本月|今年|年|本季度|(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*月(?:份)?)"
    r"(?:底|末|中旬|下旬|上旬)?(?:前|以前)?(?:可|将|能|可以|即可|均可)?(?:全面|全部|基本|均)?"
    r"(?:完工|完成|竣工|建成|投用|投入使用|通车|交付)[^,;。]{0,8}$"
)
_NAME_STOP = re.compile(r"[,;。:!?\n]")
_PROGRESS_NOUNS = ("进度", "进展")
# Words before a verdict heading that open its scene (已有, 随着), no part of it.
_HAVE = re.compile(r"已经有|已有|共有|还有|尚有|仍有|另有")
_ALONG = re.compile(r"\s*(?:随着|随著|伴随着|伴随著)\s*")  # 隨著 keeps 著 in simplified form
# A reason in brackets closing a name (京台高速东桥互通连接线(投资滞后)).
_REASON_AFTER = re.compile(r"\(([^()]{2,20})\)\s*$")
