"""Projects named in a list with one verdict for all of them.

Circulars sum up by naming: ``推进缓慢的有3(A、B、C)``, ``其中“A”、“B”等17项
超额完成``, ``A、B、C等项目已提前完成``, ``一是已达到时序进度的项目25个。分别为:
A、B、C``. Each name becomes an item whose progress is the rest of the
list's clause: the list's count and kind when they follow the names
(``等26个项目滞后``), the verdict words, and a rate of the list after them
(``加快建设,投资完成率达90%以上``); the verdict words alone are its official
verdict. The scorer reads the publisher's words (guide rule 5): the count is
of the list's items, and the share that follows a verdict (``、占比56.67%``)
counts the list, not the project, so it is left out.

Shapes read, each anchored on something running prose does not have by
accident:

* **bracketed**: a count with its names in brackets, ``3项(A、B、C)``,
  ``有3(A、B、C)推进缓慢``; the names must number what the count says, so
  ``20个(含3个在建)`` is no list, and a bracket followed by more name
  (``3个(A、B、C)住宅小区…``) is part of a name;
* **quoted**: ``“A”、“B”等17项`` (each name with its marks); a name may carry its lead unit in brackets
  (``“A”(市水利局)``). Fewer names than the count is usual (等: and others);
* **plain**: names joined by 、 then ``等(N个)(项目|子项)`` or ``N个子项`` (or
  ``N项`` alone when it numbers the names: ``A、B 2项正在进行前期工作``)
  (or uncounted: ``等多个项目``, ``等一批重点项目``), then the verdict at once
  (``A、B、C等项目已提前完成``, ``A、B等均未达序时``, ``A、B等多个项目本月开工建设``,
  the kind naming its field: ``A、B等重大交通项目稳步推进``; not under a verb
  that urges work, ``推动A、B等57个未开工项目按时序开工``: a plan);
  one name needs 等 and a count (``A等22个子项实现了时间过半、进度过半``);
  a sentence of names alone closed by 等 takes the verdict of the clause
  before it that counts them (``2项已完成年度目标任务。A、B等。``);
  a stage may come first instead when the list is counted or named by its
  kind (``新开工建设A、B等164个项目``, ``今年建成投用A、B等一批项目``; 完成 or
  启动 only before a list counted in projects, the verb to the end of its clause the
  verdict: ``完成A、B等4个项目主体施工``); 等 may close with the kind of
  site the names are (``A、B等学校均已开学投用``), and a stage said of them in
  an attribute before the names is no part of the first (``已完工的A、B等学校``);
* **units**: places or offices named by 、 with no 等, each ending like one
  (镇, 街道, 开发区, 局, 公司), then at once a word of pace, not of work done
  (``七都镇、桃源镇推进速度较快,超过或符合序时进度``);
* **comma kinds**: three projects or more named by commas with no 等, each
  ending with its kind (工程, 项目, 行动, 建设), the verdict right after the
  last (``A改造工程,B攻坚行动,C建设项目预计11月份完成年度任务``);
* **examples**: a sentence with a count and a verdict, then ``如`` and names
  each with its own reason in brackets (``仍有4项计划…年累计进度落后,如A(受疫情
  影响交车)、B(未完成环评)及C(…)``), no more names than the count: the reason
  is each one's progress, the verdict words alone its official verdict (the
  criteria around them, 未达90%, are thresholds, not figures reached);
* **introduced**: a sentence with a count and a verdict, then ``分别为:`` /
  ``分别是`` / ``包括`` (or ``项目是`` / ``任务为`` right before a quoted name:
  ``因某种原因调整的项目是“A”,“B”``, or ``2项为:``) and names to the end of
  the sentence (a name with its own reason in brackets, ``A(投资滞后)``,
  takes the reason as its progress)
  (``一是已完成的项目25个,占比62.5%。分别为:A、B;C、D。``), or names
  counted off after such a heading (``进度较慢的项目,一是A,二是B``).

The verdict is cue words (``lexicons/cues.txt``: verdict kinds, or ongoing
work such as 稳步推进) or a stage (已通过验收). For bracketed and quoted
lists it is the clause before the list (``推进缓慢的有``) or, failing that,
the rest of the sentence up to the clause of its last verdict word; for plain
lists the words right after, up to a clause that opens with another name
(``…等36项完工,亲海公园改扩建完成70%``: the rest is read as prose) or with
the others (``其余13项…``); for introduced lists the heading up to its count
(``已完成或达到时序进度以上``): the count whose clause holds the verdict
(``项目23项,未达序时进度2项为:``, the 2). Names never hold progress of their own
(已, 正在, a percentage): such a list is read by the prose reader as items.
A name given twice (the city list, then each county's) is one item, from
its first mention.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..lexicon import Lexicon
from ..signals import find_cues, find_stages
from .align import VERDICT_KINDS as _VERDICT_KINDS

__all__ = ["NamedItem", "read_named_lists"]

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
_ETC = re.compile(rf"等\s*(?:(?:其余|其他|其它|另外|近|约|共)?(?P<count>{_N})\s*(?:个|[大小]?项|件|宗|类)(?:工作)?|(?:多|若干)\s*(?:个|项|件|宗|类)|一大批|一批|大批|[大小]项)?\s*"
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
_INTRO = re.compile(r"(?:分别为|分别是|分别有|具体为|具体是|主要有|主要是|包括有|包括|(?<=[目事程])(?:是|为|有)(?=\s*:)"
                    r"|(?<=[项个件])(?:是|为)(?=\s*:)"  # 未达序时进度2项为:A、B
                    r"|(?<=[目事程务])(?:是|为)(?=\s*“)"
                    r"|(?<=[项个件%])\s*,\s*(?:为|是)(?![\s,:])"  # 提前竣工4项,为A,B; …11项、占比20.0%,为A、B
                    r"|(?<=的项目|的实事|的工程|的事项)有(?![\s:]*\d))\s*:?\s*")  # 已经建成投入使用的项目有A;B
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


@dataclass(frozen=True)
class NamedItem:
    """One named project: the name's span, its progress and that span (the
    list's count and kind with the verdict: 等26个项目滞后), the verdict
    words alone (滞后, the official verdict), and the span of the list's
    sentence (what it supersedes)."""

    project: str
    actual: str
    lead: str
    span: tuple[int, int]
    verdict_span: tuple[int, int]
    list_span: tuple[int, int]
    official: str
    official_span: tuple[int, int]


@dataclass(frozen=True)
class _List:
    start: int
    end: int
    names: list[_Name]
    verdict: tuple[int, int]
    sentence: tuple[int, int]
    # The verdict is the next list's, read after it: this list takes its names only.
    shared: bool = False


def _count(s: str) -> int:
    return int(s) if s.isdigit() else _CN_COUNT[s]


def _back(pattern: re.Pattern[str], t: str, pos: int, reach: int) -> int:
    """Where the stretch before ``pos`` starts: after the last match of
    ``pattern`` within ``reach`` characters, else ``reach`` back."""
    lo = max(0, pos - reach)
    return max((m.end() for m in pattern.finditer(t, lo, pos)), default=lo)


def _names_end(t: str, pos: int) -> int:
    """The end of the names after ``pos``: the sentence end, names grouped
    by ; running on, at most _MAX_LIST characters on."""
    limit = min(len(t), pos + _MAX_LIST)
    stop = _NAMES_STOP.search(t, pos, limit)
    return stop.start() if stop else limit


def _body_end(t: str, sentence: tuple[int, int]) -> int:
    """A sentence's end without its closing mark."""
    return sentence[1] - 1 if t[sentence[1] - 1 : sentence[1]] in "。;!?\n" else sentence[1]


def _verdict_before(t: str, hs: int, count: int | None, lex: Lexicon) -> tuple[int, int] | None:
    """The verdict words of the clause of the sentence before ``hs`` that
    gives ``count``, from its first verdict word to the clause end."""
    if count is None:
        return None
    end = hs
    while end > 0 and t[end - 1] in " \t\u3000\n。;!?":
        end -= 1  # over the sentence end and the blank lines after it
    if end == 0:
        return None
    ps = _back(_SENTENCE_END, t, end, 300)
    pos = ps
    clause_ends = [c.start() for c in _CLAUSE_END.finditer(t, ps, end)] + [end]
    for stop in clause_ends:
        if _count_in(t, pos, stop) == count:
            marks = _verdict_marks(t, pos, stop, lex)
            if marks:
                return marks[0][0], stop
        pos = stop + 1
    return None


def _count_in(t: str, s: int, e: int) -> int | None:
    """The count a heading gives (有效项目25个, 8个提前…的项目), if one."""
    m = re.search(rf"({_N})\s*{_PER_ITEM}", t[s:e])
    return _count(m.group(1)) if m else None


def _sentence(t: str, start: int, end: int) -> tuple[int, int]:
    a = _back(_SENTENCE_END, t, start, 200)
    limit = min(len(t), end + _MAX_LIST)
    stop = _SENTENCE_END.search(t, end, limit)
    return a, min(len(t), (stop.start() if stop else limit) + 1)


def _verdict_marks(t: str, s: int, e: int, lex: Lexicon, ongoing: bool = False) -> list[tuple[int, int]]:
    """Spans of the verdict words (and stages, and ongoing-work words when
    asked) in t[s:e], in order."""
    kinds = _VERDICT_KINDS | {"ongoing"} if ongoing else _VERDICT_KINDS
    piece = t[s:e]
    # 已完成的有…: a done word before an object is inactive as progress but
    # still names the group; only a stop must be live (not 已复工).
    marks = [c.span for c in find_cues(piece, lex) if c.kind in kinds and (c.active or c.kind != "stop")]
    if ongoing:
        marks += [m.span for m in find_stages(piece, lex)]
    return sorted((s + a, s + b) for a, b in marks)


_ASPECT_WORD = re.compile(r"已|正在|均已|正")


def _heading_marks(t: str, s: int, e: int, lex: Lexicon) -> list[tuple[int, int]]:
    """The verdict words of a heading that introduces names; with a word of
    aspect, a stage reached or work going on is one too (已经建成投入使用的
    项目有…, 正在推进的项目有…), which a plain verb of building (今年新建的
    项目包括…) is not."""
    marks = _verdict_marks(t, s, e, lex)
    if not marks and _ASPECT_WORD.search(t, s, e):
        marks = _verdict_marks(t, s, e, lex, ongoing=True)
    return marks


def _quoted_run(t: str, s: int, e: int) -> list[_Name] | None:
    """主要是“A,B”,“C”,“D”等: names in quotes, commas inside them kept,
    up to the first thing between quotes that is not a separator; None
    unless two names or more."""
    names: list[_Name] = []
    pos = s
    while pos < e:
        gap = _QUOTE_GAP.match(t, pos, e)  # separators (none before the first name)
        q = _ONE_QUOTE.match(t, gap.end() if gap else pos, e)
        if q is None:
            break
        name = q.group(1).strip()
        if len(_CJK.findall(name)) >= 2:
            # A quoted name keeps its marks, as the prose reader's do.
            names.append((q.group(), "", q.span()))
        pos = q.end()
    return names if len(names) >= 2 else None


def _split_names(t: str, s: int, e: int, seps: str = "、", progress: re.Pattern[str] = _PROGRESS_IN_NAME) -> list[_Name] | None:
    """The names of t[s:e] split at ``seps``; None unless every part reads
    as a name. 市区第二、三自来水厂 is one name: a part ending in a numeral
    joins a part opening with one."""
    if ";" in seps and ";" in t[s:e] and _SERIAL.match(t, s):
        seps = ";"  # 1.A、B设施;2.C: numbered names are cut at ; only
    parts: list[list[int]] = []
    pos = s
    for m in re.finditer(f"[{seps}]", t[s:e]):
        parts.append([pos, s + m.start()])
        pos = s + m.end()
    parts.append([pos, e])
    merged: list[list[int]] = []
    for a, b in parts:
        if merged and t[merged[-1][1] - 1 : merged[-1][1]] in _CN_COUNT and t[a : a + 1] in _CN_COUNT:
            merged[-1][1] = b
        else:
            merged.append([a, b])
    names: list[_Name] = []
    for a, b in merged:
        serial = _SERIAL.match(t, a, b)
        if serial is not None:
            a = serial.end()
        while a < b and t[a] in " \t\u3000":
            a += 1
        while b > a and t[b - 1] in " \t\u3000":
            b -= 1
        if b - a > 2 and t[a] == "“" and t[b - 1] == "”" and "“" not in t[a + 1 : b - 1]:
            a, b = a + 1, b - 1  # “A” is A; “青年驿站”暖心行动 keeps its quotes
        name = t[a:b]
        if not 2 <= len(name) <= 60 or len(_CJK.findall(name)) < 2 or progress.search(name):
            return None
        if name.count("“") != name.count("”") or name.count("(") != name.count(")"):
            return None  # a part of a quoted or bracketed phrase cut at its 、
        names.append((name, "", (a, b)))
    return names


def _before_next_list(t: str, s: int, e: int) -> int:
    """Where the verdict words after a list may end: before the next list
    of the sentence, which has its own verdict (…等11件已提前完成,A、B等9件
    正有序推进; …6项已全部完成,“A”“B”3项已完成50%以上)."""
    nxt = _NEXT_LIST.search(t, s, e)
    e = e if nxt is None else nxt.start()
    # …等4项超过计划进度,其余13项正在推进: the rest are not the list's.
    other = _OTHERS_CLAUSE.search(t, s, e)
    return e if other is None else other.start()


def _around(t: str, m: re.Match[str], names: list[_Name], lex: Lexicon) -> _List | None:
    """A bracketed or quoted list: its verdict before it, else after it."""
    start, end = m.start(), m.end()
    before = _back(_CLAUSE_START, t, start, 40)
    sentence = _sentence(t, start, end)
    rest_end = _body_end(t, sentence)
    marks = _verdict_marks(t, before, start, lex)
    if marks:
        a, b = before, start
        while b > a and t[b - 1] in "的有为是:,、 ":
            b -= 1
        while a < b and t[a] in " ,、":
            a += 1
        if a >= b:
            return None
        # 缓慢1项(A),经督办后已完工: the sentence goes on with A's own
        # progress, so this is an item with a name in brackets, not a list.
        if len(names) == 1 and _CJK.search(t, end, rest_end):
            return None
        return _List(start, end, names, (a, b), sentence)
    rest_end = _before_next_list(t, end, rest_end)
    marks = _verdict_marks(t, end, rest_end, lex)
    if not marks:
        return None
    if m.re is _BRACKETED and marks[0][0] > end + 1:
        return None  # 3个(A、B、C)住宅小区…需加快: the bracket lists parts of a name
    # The progress opens where the names end: the list's count and kind
    # (6项…行动已全部完成) are the sentence's subject, read as one with it.
    a = m.end("names") if m.re is _QUOTED else end
    while a < rest_end and t[a] in " ,、":
        a += 1
    return _List(start, end, names, (a, _verdict_end(t, marks[-1][1], rest_end)), sentence)


def _last_own_mark(t: str, marks: list[tuple[int, int]], rest_end: int) -> int:
    """The end of the list's last verdict word: in the first mark's clause,
    or in a clause after it that opens with one (…已完工,正在验收) or with
    the list's rate (…推进有力,投资完成率均高于100%,提前超额完成); a clause
    that opens with a name (亲海公园改扩建完成70%) is that name's."""
    stop = _CLAUSE_END.search(t, marks[0][1], rest_end)
    d = stop.start() if stop else rest_end
    b = max(y for x, y in marks if x < d)
    while stop is not None and t[stop.start()] == ",":
        c = stop.end()
        stop = _CLAUSE_END.search(t, c, rest_end)
        d = stop.start() if stop else rest_end
        here = [(x, y) for x, y in marks if c <= x < d]
        filler = _FILLER.match(t, c)
        if here and filler is not None and here[0][0] <= filler.end() + 2:  # 提前|超额完成: a word before it
            b = here[-1][1]
        elif _FORECAST_CLAUSE.match(t, c, d):
            b = d  # …正在抓紧扫尾,本月底可全面完工: when the list will be done is its news too
        elif not _RATE_CLAUSE.match(t, c, d):
            break
    return b


# A clause saying when the listed work will be done: 本月底可全面完工, 预计年底前全部建成.
_FORECAST_CLAUSE = re.compile(
    r"\s*(?:预计|计划|力争|争取)?\s*(?:于)?(?:本月|今年|年|本季度|(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*月(?:份)?)"
    r"(?:底|末|中旬|下旬|上旬)?(?:前|以前)?(?:可|将|能|可以|即可|均可)?(?:全面|全部|基本|均)?"
    r"(?:完工|完成|竣工|建成|投用|投入使用|通车|交付)[^,;。]{0,8}$"
)


def _verdict_end(t: str, b: int, rest_end: int) -> int:
    """The end of the clause holding the last verdict word at ``b``: its
    object and share go with it (已完成|指标任务的50%以上 is never 已完成
    alone), but a share of the list's count (、占比45%) does not."""
    stop = _CLAUSE_END.search(t, b, rest_end)
    c = stop.start() if stop else rest_end
    if _LIST_SHARE.match(t, b, c):
        return b
    opened = t.rfind("(", b, c)
    if opened >= 0 and t.find(")", opened, c) < 0:
        # 未达到序时进度(进展情况占比低于91.7%或增幅低于目标任务,下同): a
        # bracket the clause opened is closed before the clause ends.
        close = t.find(")", c, rest_end)
        if close >= 0:
            stop = _CLAUSE_END.search(t, close, rest_end)
            c = stop.start() if stop else rest_end
    # …加快建设,投资完成率达90%以上: a clause that opens with a rate or its
    # verb (完成率, 占, 达) is the list's own; one that opens with a name
    # (亲海公园改扩建完成70%) or someone else (其余…) is not.
    while c < rest_end and t[c] == ",":
        stop = _CLAUSE_END.search(t, c + 1, rest_end)
        d = stop.start() if stop else rest_end
        if "%" not in t[c:d] or not _RATE_CLAUSE.match(t, c + 1, d):
            break
        c = d
    return c


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


def _quoted(t: str, lex: Lexicon) -> list[_List]:
    out = []
    for m in _QUOTED.finditer(t):
        names: list[_Name] = []
        for q in _ONE_QUOTED.finditer(t, m.start("names"), m.end("names")):
            lead = q.group("lead") or ""
            name = q.group("name").strip()
            if len(_CJK.findall(name)) < 2:
                break
            b = q.end("name") + 1  # the name with its marks, without the lead after it
            names.append((t[q.start() : b], lead if _LEAD.search(lead) else "", (q.start(), b)))
        else:
            if names and len(names) <= _count(m.group("count")):
                found = _around(t, m, names, lex)
                if found is not None:
                    out.append(found)
    return out


# A verb that urges work opening the list (推动, 加快, 确保, 力争, 督促): what
# follows is the plan for those projects, not where they stand.
_URGED = re.compile(r"\s*(?:推动|加快|确保|力争|督促|争取|抓紧|全力推进|加快推进|推进)")


# A share of the work said of a counted list (等8项完成进度80%以上, 等3项完成进度低于80%).
_SHARE_VERDICT = re.compile(r"\s*(?:均|都)?\s*(?:完成进度|完成率|工程进度|形象进度|总体进度|进度)\s*(?:均)?\s*(?:达到|达|为|已达|在)?\s*"
                            r"(?:低于|高于|超过|不足|达到)?\s*\d+(?:\.\d+)?\s*%\s*(?:以上|以下|左右)?")


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
        if _URGED.match(t, start, end):
            continue  # 推动A、B等57个未开工项目按时序开工: work urged, a plan, not a verdict
        names = _split_names(t, start, end)
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


# Places or offices named by 、 with no 等 (七都镇、桃源镇、平望镇; 教育局、
# 吴江供电公司), a bracketed other name allowed (东太湖度假区(太湖新城)).
_UNIT_NAME = re.compile(r"(?:省|市|区|县|镇|乡|街道|社区|开发区|度假区|园区|新区|新城|局|委|办|中心|公司|集团|管委会)"
                        r"(?:\([^()]{1,12}\))?$")
_UNIT_RUN = re.compile(r"[^、,;。:!?\n]{2,24}(?:、[^、,;。:!?\n]{2,24})+")
_MANNER = "均也都仍"
# The pace words that make such a run a list: a place is never finished.
_PACE_KINDS = frozenset({"ahead", "on_pace", "delay"})


def _units(t: str, lex: Lexicon) -> list[_List]:
    """东太湖度假区(太湖新城)、吴江开发区、七都镇推进速度较快,超过或符合序时进度:
    a clause that opens with places or offices named by 、 (no 等 needed:
    each name ends like one) and goes on at once with a word of pace."""
    out = []
    for m in _UNIT_RUN.finditer(t):
        start, end = m.span()
        last = t.rfind("、", start, end) + 1
        sentence = _sentence(t, start, end)
        rest_end = _before_next_list(t, last, _body_end(t, sentence))
        marks = _verdict_marks(t, last, rest_end, lex)
        if not marks or marks[0][0] >= end or not any(c.kind in _PACE_KINDS for c in find_cues(t[marks[0][0] : marks[0][1]], lex)):
            continue
        # The last name ends where the pace word begins, or a word of
        # manner before it (均, 也, 都).
        cut = marks[0][0]
        while cut > last and t[cut - 1] in _MANNER:
            cut -= 1
        names = _split_names(t, start, cut)
        if names is None or len(names) < 2 or not all(_UNIT_NAME.search(n) for n, _, _ in names):
            continue
        a = marks[0][0]
        out.append(_List(start, cut, names, (a, _verdict_end(t, _last_own_mark(t, marks, rest_end), rest_end)), sentence))
    return out


# A project's name ends with its kind (老旧小区改造工程, 攻坚专项行动,
# 住宅加装电梯项目, 声屏障建设) when listed with commas and no 等.
_KIND_END = re.compile(rf"(?:{_KIND}|建设|改造|提升)\s*(?:\([^()]{{1,20}}\))?$")
# …建设 after a word of work going on is that name's own stage (城南污水处理
# 厂加快建设, B开工建设): a report, not a name waiting for the list's verdict.
_OWN_STAGE_END = re.compile(r"(?:加快|开工|复工|全面|正在|积极|有序|稳步|持续|抓紧|加紧)(?:推进)?(?:建设|改造|提升)$")
# Commas are weaker than 、: a list by commas names three projects or more.
_COMMA_NAMES = 3


def _comma_kinds(t: str, lex: Lexicon) -> list[_List]:
    """老旧小区改造工程,“打通断头路”攻坚专项行动,…,“孺子书房”建设项目预计11月份完成年度任务:
    projects named by commas with no 等, each ending with its kind, the
    verdict at once after the last (words of time or manner between). The
    names are read back from the verdict, clause by clause, while each names
    a project and nothing more."""
    out = []
    taken_to = -1
    for a, _b in _verdict_marks(t, 0, len(t), lex):
        if a <= taken_to:
            continue
        end = _before_filler(t, max(0, a - 60), a)
        if t[end - 2 : end] in _PROGRESS_NOUNS:
            end -= 2  # …工程进度|滞后: the verdict's own noun
        names: list[_Name] = []
        while True:
            lo = max(0, end - 60)
            stops = [m.end() for m in _NAME_STOP.finditer(t, lo, end)]
            if not stops and lo > 0:
                break
            start = stops[-1] if stops else 0
            part = _split_names(t, start, end, "\x00")  # one name: no separator splits it
            if part is None or not _KIND_END.search(part[0][0]) or _PLACE.search(part[0][0]) \
                    or _OWN_STAGE_END.search(part[0][0]):
                break
            names.insert(0, part[0])
            if start == 0 or t[start - 1] != ",":
                break
            end = start - 1
        if len(names) < _COMMA_NAMES:
            continue
        sentence = _sentence(t, names[0][2][0], a)
        rest_end = _before_next_list(t, a, _body_end(t, sentence))
        marks = _verdict_marks(t, a, rest_end, lex)
        # The words between the last name and the verdict (预计11月份) say
        # what the verdict is: expected, not done.
        v = names[-1][2][1]
        out.append(_List(names[0][2][0], v, names, (v, _verdict_end(t, _last_own_mark(t, marks, rest_end), rest_end)), sentence))
        taken_to = rest_end
    return out


_NAME_STOP = re.compile(r"[,;。:!?\n]")
_PROGRESS_NOUNS = ("进度", "进展")


def _before_filler(t: str, lo: int, end: int) -> int:
    """Where the words of time or manner before ``end`` begin (…建设项目|预计
    11月份|完成…): the end of the name before them."""
    for x in range(lo, end + 1):
        if _FILLER.fullmatch(t, x, end):
            return x
    return end


def _heading_before(t: str, start: int, end: int, names: int, lex: Lexicon) -> tuple[int, int] | None:
    """2项已完成年度目标任务。|A、B等。: a sentence of names alone, closed by
    等, under the sentence before that counts them (as many or more) and
    says where they stand: that sentence's verdict words, or None."""
    if _CJK.search(t, end, _body_end(t, _sentence(t, start, end)) + 1) is not None:
        return None  # words after 等: not a sentence of names alone
    k = start
    while k > 0 and t[k - 1] in " \t\u3000\n":
        k -= 1
    if k == 0 or t[k - 1] not in "。!?\n":
        return None
    # The clause nearest the names counts them (其中:|2项已完成…。).
    hs = _back(_CLAUSE_START, t, k - 1, 200)
    count = _count_in(t, hs, k - 1)
    if count is None or count < names:
        return None
    marks = _verdict_marks(t, hs, k - 1, lex)
    return (marks[0][0], k - 1) if marks else None


_FIRST_NUMBER = re.compile(r"\s*1\s*[.、](?!\d)")


def _numbered_run(t: str, pos: int) -> tuple[list[_Name], int] | None:
    """Tasks numbered 1., 2., … in one run after ``pos`` (分别为:1.A增长3.5%2.B
    增长6%…7.C。), each number glued to the task before it: the tasks, cut at
    each next number in turn, and where the last ends (its sentence's end,
    within the line). Targets stay in the task (增长3.5%): these are tasks."""
    if not _FIRST_NUMBER.match(t, pos):
        return None
    line_end = t.find("\n", pos)
    line_end = len(t) if line_end < 0 else line_end
    cuts: list[tuple[int, int]] = []
    at, k = pos, 1
    while k < 100:
        mk = re.compile(rf"(?<!\d){k}\s*[.、](?!\d)").search(t, at, line_end)
        if mk is None:
            break
        cuts.append(mk.span())
        at, k = mk.end(), k + 1
    if len(cuts) < 2:
        return None
    names: list[_Name] = []
    for i, (_, b) in enumerate(cuts):
        e = cuts[i + 1][0] if i + 1 < len(cuts) else (t.find("。", b, line_end) + 1 or line_end)
        x, y = b, e
        while y > x and t[y - 1] in " ,;。、":
            y -= 1
        if y - x < 2 or len(_CJK.findall(t, x, y)) < 2:
            return None
        names.append((t[x:y], "", (x, y)))
    return names, names[-1][2][1]


def _introduced(t: str, lex: Lexicon) -> list[_List]:
    out = []
    for m in _INTRO.finditer(t):
        end = _names_end(t, m.end())
        other = _OTHERS_CLAUSE.search(t, m.end(), end)
        if other is not None:
            end = other.start()  # 包括A、B、C,其余项目正在推进: the rest are no name of the list
        progress = _PROGRESS_UNDER_HEADING
        if t[m.start()] == ",":
            # 提前竣工4项,为A,B;未按期竣工2项,为C: names by commas, to the ;.
            # The names are the tasks counted, targets and all (覆盖率达80%).
            semi = t.find(";", m.end(), end)
            end = semi if semi >= 0 else end
            progress = _PROGRESS_IN_TASK
        quoted = _quoted_run(t, m.end(), end)
        names = quoted or _split_names(t, m.end(), end, "、;,", progress)
        if names is None and (run := _numbered_run(t, m.end())) is not None:
            names, end = run  # 分别为:1.A增长3.5%2.B增长6%…: numbered in one run
        coarse = None if quoted else (
            _split_names(t, m.end(), end, ";", _PROGRESS_UNDER_HEADING) if ";" in t[m.end() : end] else None)
        if names is None or len(names) < 2:
            continue
        # The heading: this sentence up to the intro, else the one before
        # (…占比62.5%。分别为:).
        hs = _back(_SENTENCE_END, t, m.start(), 200)
        if not _CJK.search(t, hs, m.start()):
            hs = _back(_SENTENCE_END, t, max(0, hs - 1), 199)
        head = _ENUMERATOR.match(t, hs)
        a = head.end() if head else hs
        head_end = m.start()
        while head_end > a and t[head_end - 1] in ", ":
            head_end -= 1  # 19项超序时进度的民生实事项目,包括: the heading ends before the comma
        clause = max((c.end() for c in _CLAUSE_END.finditer(t, a, head_end)), default=a)
        place = _OWN_PLACE.match(t, clause, head_end)  # 全市|有3个项目进度滞后: the place is no verdict
        counted = _LEAD_COUNT.match(t, place.end() if place else clause)
        if counted is not None:
            # 据介绍,8个提前完成的项目是: the verdict follows the count.
            a = counted.end()
            tail = re.search(r"的?\s*" + _KIND + r"?\s*$", t[a:head_end])
            if t.endswith(_TASK_OBJECTS, a, head_end):
                tail = None  # 9件如期完成年度目标任务,包括: the task is what was done, no kind
            b = a + tail.start() if tail else head_end
        else:
            # The count whose clause holds the verdict before it counts the
            # names (项目23项,未达序时进度2项为:A、B: the 2, not the group's 23).
            cut = next((c for c in _HEAD_COUNT.finditer(t, a, m.start())
                        if _verdict_marks(t, max((x.end() for x in _CLAUSE_END.finditer(t, a, c.start())), default=a),
                                          c.start(), lex)), None) or _HEAD_COUNT.search(t, a, m.start())
            if cut is None:
                continue
            b = cut.start()
            # 据统计,截至1月止,|已结案之计划|有2案: the clause that counts holds
            # the verdict; the scene before it and the kind after it do not.
            own = max((c.end() for c in _CLAUSE_END.finditer(t, a, b)), default=a)
            if own > a and _verdict_marks(t, own, b, lex):
                a = own
                tail = re.search(r"[的之]?\s*" + _KIND + r"?\s*$", t[a:b])
                b = a + tail.start() if tail and tail.start() > 0 else b
        if not _heading_marks(t, a, b, lex):
            # 这10项民心工程分别为: the verdict is in the sentence before,
            # in the clause that gives the same count (有10项…超过序时进度).
            back = _verdict_before(t, hs, _count_in(t, hs, m.start()), lex)
            if back is None:
                continue
            a, b = back
        if len(_CJK.findall(t, a, b)) < 2 or not _heading_marks(t, a, b, lex):
            continue
        # ; between items and 、 inside one (A;B、C), or ; between groups of
        # names (A、B;C、D): the split whose size is nearer the count.
        count = _count_in(t, hs, m.start())
        if coarse is not None and count and abs(len(coarse) - count) < abs(len(names) - count):
            names = coarse
        elif coarse is not None and not count and "," in t[m.end() : end] and not quoted:
            # …的项目有A;持续推广利用清洁能源,提高天然气普及率工作;B: names
            # set apart by ; keep their commas (、 still parts names).
            names = _split_names(t, m.end(), end, "、;", progress) or names
        if count and len(names) < count and not quoted:
            # …分别是A、B和C: the last two joined by 和/及/与 when the count says so.
            joined = _split_names(t, m.end(), end, "、;,和及与", progress)
            if joined is not None and len(joined) == count:
                names = joined
        last_name, lead, (x, y) = names[-1]
        close = _LIST_CLOSE.search(last_name)
        if close is not None and close.start() > 2:
            # 包括A、B、C等, …有:A、B、C等项目: 等 and the kind close the list.
            names[-1] = (last_name[: close.start()], lead, (x, x + close.start()))
        out.append(_List(a, end, names, (a, b), (hs, min(len(t), end + 1))))
    # A verdict heading with a colon, its names numbered after it:
    # (已完成项目:1.A;2.B;…) — the heading is the verdict.
    for m in _HEADED.finditer(t):
        head_a, head_b = m.span("head")
        if not _verdict_marks(t, head_a, head_b, lex):
            continue
        stop = _NAMES_END.search(t, m.end(), m.end() + _MAX_LIST)
        end = stop.start() if stop else min(len(t), m.end() + _MAX_LIST)
        names = _split_names(t, m.end(), end, "、;,")
        if names is None or len(names) < 2 or not _SERIAL.match(t, m.end()):
            continue
        b = head_b
        tail = _HEAD_TAIL.search(t, head_a, head_b)
        if tail is not None and tail.start() > head_a:
            b = tail.start()
        out.append(_List(head_a, end, names, (head_a, b), _sentence(t, head_a, end)))
    return out


# The scene before a verdict heading, no part of the verdict: 目前我县|进度较慢.
_HAVE = re.compile(r"已经有|已有|共有|还有|尚有|仍有|另有")
_ALONG = re.compile(r"\s*(?:随着|随著|伴随着|伴随著)\s*")  # 隨著 keeps 著 in simplified form
_SCENE = re.compile(rf"\s*(?:目前|当前|截至目前|其中)?\s*,?\s*(?:{_OWN_PLACE_WORD})?")
_ENUM_MARK = re.compile(r"(?<![\u4e00-\u9fff])([一二三四五六七八九十])是")


def _enumerated(t: str, lex: Lexicon) -> list[_List]:
    """进度较慢的项目,一是A,二是B,三是C: a verdict heading, then names
    counted off with 一是, 二是 … in one sentence."""
    out = []
    for first in _ENUM_MARK.finditer(t):
        if first.group(1) != "一":
            continue
        end = _names_end(t, first.end())
        marks = [first]
        after = end
        for m in _ENUM_MARK.finditer(t, first.end(), end):
            if _CN_COUNT.get(m.group(1)) != len(marks) + 1:
                after = m.start()  # the run ends where the counting does: each 一是 is read once
                break
            marks.append(m)
        end = min(end, after)
        if len(marks) < 2:
            continue
        names: list[_Name] = []
        for k, m in enumerate(marks):
            b = marks[k + 1].start() if k + 1 < len(marks) else end
            while b > m.end() and t[b - 1] in " ,;、":
                b -= 1
            part = _split_names(t, m.end(), b, ",;")
            if part is None or len(part) != 1:
                names = []
                break
            names += part
        if not names:
            continue
        # The heading: the clauses before 一是 in its sentence, the last
        # that holds words (…较慢的项目,一是).
        hs = _back(_SENTENCE_END, t, first.start(), 120)
        b = first.start()
        while b > hs and t[b - 1] in " ,:、":
            b -= 1
        a = max((c.end() for c in _CLAUSE_END.finditer(t, hs, b)), default=hs)
        tail = re.search(r"的?\s*" + _KIND + r"?\s*(?:有|是|为)?\s*$", t[a:b])
        if tail is not None and tail.start() > 0:
            b = a + tail.start()
        scene = _SCENE.match(t, a, b)
        a = scene.end() if scene else a
        if len(_CJK.findall(t, a, b)) < 2 or not _verdict_marks(t, a, b, lex):
            continue
        out.append(_List(a, end, names, (a, b), (hs, min(len(t), end + 1))))
    return out


_QUOTE_PAIRS = str.maketrans("「」『』‘’", "“”“”“”")


def _curly_quotes(t: str) -> str:
    """「A」, ‘A’ and "A" as “A”, position for position, so one pattern
    reads every way pages quote a name."""
    t = t.translate(_QUOTE_PAIRS)
    if '"' not in t:
        return t
    out, opening = [], True
    for ch in t:
        if ch == '"':
            out.append("“" if opening else "”")
            opening = not opening
        else:
            out.append(ch)
    return "".join(out)


# A reason in brackets closing a name (京台高速东桥互通连接线(投资滞后)).
_REASON_AFTER = re.compile(r"\(([^()]{2,20})\)\s*$")
# 如A(受疫情影响交车)、B(未完成环评)及C(…): examples of a counted verdict,
# each name with its own reason in brackets.
_EXAMPLE_INTRO = re.compile(r"[,,]\s*(?:如|例如|比如|像)\s*")
_EXAMPLE = re.compile(r"(?P<name>(?:“[^“”]{1,60}”|[^、,;。()“”]){2,80}?)\s*\((?P<note>[^()]{2,80})\)\s*(?P<sep>、|及|和|与|以及)?")


def _exampled(t: str, lex: Lexicon) -> list[NamedItem]:
    """Names given as examples (如…) of a sentence that counts projects with
    a verdict (仍有4项计划…年累计进度落后,如A(…)、B(…)…), each with its own
    reason in brackets: the reason is its progress, the counted verdict its
    official one. The examples must be as many as the count, or fewer."""
    out: list[NamedItem] = []
    for m in _EXAMPLE_INTRO.finditer(t):
        a, b = _sentence(t, m.start(), m.start())
        head = t[a : m.start()]
        count = re.search(rf"(?P<n>{_N})\s*{_PER_ITEM}", head)
        marks = _verdict_marks(t, a, m.start(), lex)
        if count is None or not marks:
            continue
        names: list[re.Match[str]] = []
        x = m.end()
        while x < b:
            e = _EXAMPLE.match(t, x, b)
            if e is None:
                break
            names.append(e)
            x = e.end()
            if not e.group("sep"):
                break
        n = _count(count.group("n"))
        if len(names) < 2 or (n and len(names) > n) or names[-1].group("sep") or not re.match(r"\s*[。;,\n]", t[x : x + 2] or "。"):
            continue
        # The verdict words alone: the criteria around them (未达90%) are
        # thresholds, not figures reached.
        verdict = marks[-1]
        for e in names:
            out.append(NamedItem(e.group("name").strip(), t[e.start("note") - 1 : e.end("note") + 1], "", e.span("name"),
                                 (e.start("note") - 1, e.end("note") + 1), (a, b), t[verdict[0] : verdict[1]], verdict))
    return out


# A label opening the line: 项目内容:, 建设内容:, 目标任务:.
_LINE_LABEL = re.compile(r"[^\S\n]*([^\s:,。;]{2,8})[^\S\n]*:")
_TASK_ROLES = frozenset({"project", "task", "target", "category"})


def _under_task_label(t: str, pos: int, lex: Lexicon) -> bool:
    """Is ``pos`` in a line that a task label opens (项目内容:对米河、市南…等
    进行整体改造)? The names there are what the task covers, and the
    work words after them the plan, not the progress."""
    line = t.rfind("\n", 0, pos) + 1
    m = _LINE_LABEL.match(t, line, pos)
    return m is not None and lex.headers.get(m.group(1)) in _TASK_ROLES


def read_named_lists(t: str, lex: Lexicon) -> list[NamedItem]:
    """The named lists of a (normalized, half-width) text, one item per name
    in page order, each name once.

    >>> from progress_nlp import default_lexicon
    >>> text = "推进缓慢的有3(城区公办幼儿园建设、乡镇污水处理站建设、乡镇加油站建设)。"
    >>> [(i.project, i.actual) for i in read_named_lists(text, default_lexicon())]  # doctest: +NORMALIZE_WHITESPACE
    [('城区公办幼儿园建设', '推进缓慢'), ('乡镇污水处理站建设', '推进缓慢'), ('乡镇加油站建设', '推进缓慢')]
    >>> [(i.project, i.lead, i.actual) for i in read_named_lists("“老旧小区改造”(市住建局)等5个项目曾因滞后被通报,但均能如期完成。", default_lexicon())]
    [('“老旧小区改造”', '市住建局', '等5个项目曾因滞后被通报,但均能如期完成')]
    >>> [(i.project, i.actual) for i in read_named_lists("骏达环保、智慧园区等项目已提前完成;", default_lexicon())]
    [('骏达环保', '等项目已提前完成'), ('智慧园区', '等项目已提前完成')]
    """
    t = _curly_quotes(t)
    lists = sorted([*_bracketed(t, lex), *_verdict_bracketed(t, lex), *_quoted(t, lex), *_introduced(t, lex), *_enumerated(t, lex), *_plain(t, lex),
                    *_units(t, lex), *_comma_kinds(t, lex)],
                   key=lambda x: (x.start, -x.end))
    found: list[NamedItem] = []
    seen: set[str] = set()
    taken: list[tuple[int, int]] = []
    for lst in lists:
        lo, hi = (lst.start, lst.end) if lst.shared else (min(lst.start, lst.verdict[0]), max(lst.end, lst.verdict[1]))
        if any(a < hi and lo < b for a, b in taken) or _under_task_label(t, lst.start, lex):
            continue
        taken.append((lo, hi))
        a, b = lst.verdict
        subject = _LIST_SUBJECT.match(t, a, b)
        official = (subject.end() if subject and subject.end() < b else a, b)
        if t[a : official[0]].strip() == "等":
            a = official[0]  # A、B等均未达序时: a bare 等 says nothing of the list
        for name, lead, span in lst.names:
            why = _REASON_AFTER.search(name)
            if why is not None and why.start() >= 2 and _verdict_marks(t, span[0] + why.start(), span[0] + why.end(), lex):
                # A(投资滞后)、B(开工滞后): each name with its own reason in
                # brackets, its progress; the list's verdict stays the official one.
                name, span, own = name[: why.start()].rstrip(), (span[0], span[0] + why.start()), \
                    (span[0] + why.start(), span[0] + why.end())
            else:
                own = (a, b)
            if name in seen:
                continue
            seen.add(name)
            found.append(NamedItem(name, t[own[0] : own[1]], lead, span, own, lst.sentence, t[official[0] : official[1]], official))
    for item in _exampled(t, lex):
        lo, hi = item.span[0], item.verdict_span[1]
        if item.project not in seen and not any(a < hi and lo < b for a, b in taken):
            seen.add(item.project)
            found.append(item)
    return sorted(found, key=lambda i: i.span[0])
