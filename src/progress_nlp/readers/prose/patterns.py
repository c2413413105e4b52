"""Word lists and shapes the prose reader's layers share.

Each is kept beside its only user where it has one; these are used by
more than one layer (:mod:`.state`, :mod:`.news`, :mod:`.lists`,
:mod:`.lines`, :mod:`.reader`).
"""

from __future__ import annotations

import re

from ..clauses import PROJECT_NOUNS, TASK_VERBS, alt


# Under a heading that says where its items stand, only these make a line
# of one clause progress (已完成, 正在, 尚未, a percentage): 实现/完成 + a
# figure is the task (实现“小升规”60家).
_PROGRESS_UNDER_HEADING = re.compile(r"已|正在|尚未|%|%|目前|(?<![实出发体表])现")


# --------------------------------------------------------------------------
# Word lists. Kept here as constants so the lead can move them to lexicons/.
# --------------------------------------------------------------------------

# Field labels of a numbered item. The lead is a unit, never a person.
_LEAD_LABELS = ("牵头单位", "责任单位", "牵头部门", "责任部门", "主责单位", "主办单位", "实施单位")
# Labels whose value is the progress.
PROGRESS_LABELS = (
    "实际完成情况", "目前完成情况", "完成情况", "进展情况", "目前进展", "工作进展",
    "项目进展", "进度情况", "推进情况", "实施情况", "完成进度", "具体情况", "进展",
)
# Labels whose value is the project itself.
_PROJECT_LABELS = ("项目名称", "项目内容", "建设内容", "主要内容", "目标任务", "年度目标", "任务目标", "工作目标", "年度任务", "目标")
# Words that introduce a list of items.
_LIST_INTROS = ("分别是", "分别为", "包括", "具体是", "具体为", "主要有", "如下")

# A task as the topic (在实施A改造方面,), then at most the place that did it.
_TASK_TOPIC = re.compile(r"\s*(?:此外|另外|同时)?\s*,?\s*在?(?P<task>(?:" + alt(TASK_VERBS) + r")[^,;。]{2,30}?)方面"
                         r"\s*,?\s*(?P<place>[\u4e00-\u9fff]{1,6}?(?:省|市|县|区|镇|乡|街道))?\s*")
# After a list, the rest of the work in a clause of its own (包括A、B、C,
# 其余项目正在推进): the list ends before it.
_REST_CLAUSE = re.compile(r"[,;]\s*(?:其余|其他|其它)")
_ENUM = re.compile(r"(?P<n>[一二三四五六七八九十]{1,3})是")                # 一是 二是
# 完成率分别为12.6%、14%: figures handed out, not names introduced.
_INTRO = re.compile(r"(?:" + alt(_LIST_INTROS) + r")\s*:?(?!\s*\d)")
# A clause that opens with what was achieved and its figure (完成危桥改造12座)
# reports progress: the thing is what the verb takes.
_DONE_VERB = re.compile(r"\s*(?:累计|已)?(?:完成|建成)(?=[\u4e00-\u9fff])")
# No part of a name: a verb of progress (主桥完成桩基|施工), a modal (各单位
# 要狠抓|落实), a date (从6月20日管控|开始), a count of a list (巴州区有3(A、B)).
_VERB_IN_NAME = re.compile(r"完成|已|正在|开展|进行|启动|推动|全力|请|加快|加大|抓紧|确保|力争|争取|督促|[要应须需将]|\d+\s*[月日]|有\s*\d|[(\[][^)\]]*、")
# A heading that names a group of projects, not one: (一)提升城市文明宜居水平方面。
_CATEGORY_HEAD = re.compile(r"(?:方面|领域|板块|类项目|类)[。:]?\s*$")
# A heading over a paragraph with no numbering of its own names the project
# when it ends like a project or a piece of work (…配套建设, 市级教育补短板).
_HEAD_NAMES = PROJECT_NOUNS + ("建设", "改造", "活动", "补短板", "提升", "整治")
# A heading's words on how its project went (…建设项目完成情况).
_HOW_IT_WENT = re.compile(r"的?(?:完成情况|进展情况|推进情况|实施情况|建设情况|进展)$")
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
# A task's period in brackets: (2013—2017年).
_PERIOD = re.compile(r"\(\s*\d{4}\s*年?\s*[-—–~至到]+\s*\d{4}\s*年?\s*\)")
_YEAR = re.compile(r"\d{4}\s*年|\d{1,2}月\d{1,2}日")


# A date or a clock time as a page's byline prints it.
_STAMP = re.compile(r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\b\d{1,2}:\d{2}\b|\d+\s*(?:个月|天|小时|分钟)前")
