"""Lines of a prose page and the item marks that open them.

A page is cut into lines; each line may open with an item mark (``1.``,
``(三)``, ``实事五:``, ``①``, a bullet) and some lines are never text of an
item (image names, bylines, navigation, table rows left in the text).
:func:`page_lines` gives the lines with the marks kept: those whose numbers
run in sequence, so that dates and amounts (``3.5万``) are not taken for
item numbers.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from typing import AbstractSet

from ..errors import NumberFormatError
from ..normalize import normalize
from ..numerals import numeral_value
from .clauses import BULLETS, CJK, alt
from .text import CAPTION, PAGE_RECORD

__all__ = ["BARE_NUM", "Line", "is_furniture", "is_record_label", "item_value", "page_lines"]

# Navigation phrases: a short line holding one is page furniture.
_NAV_PHRASES = (
    "首页", "上一版", "下一版", "上一篇", "下一篇", "上一条", "下一条", "标题导航", "当前位置",
    "您的位置", "所在位置", "返回顶部", "关闭窗口", "分享到", "切换浏览", "扫一扫", "责任编辑",
    "打印本页", "【打印】", "[打印]", "【关闭】", "[关闭]", "浏览次数", "字号",
    "当前的位置", "【字体", "字体:", "欢迎进入", "欢迎访问", "欢迎光临",
    "回应已关闭", "评论已关闭", "留言已关闭", "发表评论", "我要评论",
    "相关新闻", "相关阅读", "相关链接", "推荐阅读", "延伸阅读", "相关文章",
    # a site's footer: 网站简介 网站团队 友情链接 版权声明 我要投稿, Copyright©…
    "网站简介", "友情链接", "版权声明", "我要投稿", "版权所有", "Copyright", "All rights reserved",
)
# Single words that are navigation only when the line holds nothing else.
_NAV_WORDS = frozenset({"打印", "关闭", "字号", "大", "中", "小", "放大", "缩小", "默认", "分享", "收藏", "返回", "顶部", "纠错",
                        "搜索", "来源", "本站"})


_JUNK_LINE = re.compile(
    r"""
    \s*(?:
        [\w\-.()]{1,60}\.(?:png|jpe?g|gif|bmp|webp|svg)      # an image file name
      | {record}.*                                              # metadata of a stored page
      | (?:来源|作者|编辑|责任编辑|记者|通讯员|发布时间|发布日期|发表时间|信息来源|时间|日期|浏览次数|点击数|阅读|关键词|标签)
        \s*:.{0,40}                                           # a byline
      | (?:原标题|原题|副标题|引题)\s*:.{0,60}                    # the headline as first printed
      | .{0,40}?(?:Copyright|版权所有|©).*                        # a site's copyright line
      | \((?:责编|责任编辑|编辑)\s*:.{0,40}\)                     # (责编:潘惠文、蒋成柳)
      | [□■◇○]?\s*(?:本报|特约|见习)?(?:记者|通讯员)\s*[\u4e00-\u9fff]{2,4}
        (?:[、\s]\s*(?:记者|通讯员)?\s*[\u4e00-\u9fff]{2,4}){0,3}        # □特约记者陈赟平
      | \d{4}\s*[-/年.]\s*\d{1,2}\s*[-/月.]\s*\d{1,2}\s*日?    # a date line ...
        (?:\s*\d{1,2}:\d{2}(?::\d{2})?)?(?:\s*星期.)?          # ... with a time or weekday
        (?:\s*(?:来源|作者|编辑|责任编辑|信息来源)\s*:.{0,40})?     # ... and a byline (2015-06-02 来源:大众网)
      | {caption}                                               # a photo caption, (记者 张三 摄)
      | [^\u4e00-\u9fff]*                                     # no Chinese at all (dlrb, ----)
      | (?:>>>|\.\.\.|\$|```).*                             # code: a doctest, a shell prompt, a fence
      | .{0,20}?(?:本站|本网)(?:转载|所载|发布|刊登).*               # a site's notice (本站转载内容均已标明出处…)
      | .{0,40}?(?:版权归原作者|如有侵权|请联系删除|转载请注明|未经授权[^。]{0,10}转载).*
      | .{0,20}?(?:凡本网注明|凡本站注明|转载自其它媒体|转载自其他媒体|需要同本网联系|需要与本网联系).*   # a reprint notice
      | .{0,40}?(?:ICP备|公网安备|网站标识码).*                      # a site's registration line
      | [^,。;\d]{0,20}?(?:\d{1,2}\s*月\s*)?\d{1,2}\s*日\s*电                # 香港新闻组/香港13日电: a dateline alone
      | (?:主办|承办|协办|主管|技术支持|运行维护|运维)(?:单位)?\s*:.{0,80}   # 主办:新郑市人民政府办公室
      | .{0,40}?(?:内容分级处理办法|网站分级推广基金会|限制级).*       # a Taiwan site's rating notice
      | [-·•]\s*(?:19|20)\d{2}-\d{1,2}-\d{1,2}\S.{0,60}                   # - 2011-09-16几句口角…: a dated link
      | (?:总)?第\s*[\d一二三四五六七八九十百]{1,4}\s*期(?:\s*\(总第\s*\d+\s*期\))?     # 第11期: a bulletin's issue
      | [\u4e00-\u9fff]{2,16}(?:局|委|办|政府|中心|室|处)\s+(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日   # 市委市政府督查局 2016年5月24日
    )\s*
    """.replace("{caption}", CAPTION).replace("{record}", PAGE_RECORD),
    re.X | re.I,
)

_ITEM_MARK = re.compile(
    r"""
    (?P<bullet>[""" + BULLETS + r"""]\s*)?                            # an optional bullet
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
_PCN_SITE = re.compile(r"(?<=[\u4e00-\u9fff])\([一二三四五六七八九十]{1,3}\)(?=[\u4e00-\u9fff])")
# Style → level: lower is a larger division (一、 > (一) > 第三项 > 1. > (1) > ①).
_LEVEL = {"cn": 0, "bare": 0, "pcn": 1, "ord": 2, "named": 2, "num": 3, "barenum": 3, "bullet": 3, "pnum": 4, "circ": 5}
# A Chinese numeral opening a line with no mark after it, then a word (一开展…),
# not one that is a word's own (一是, 一批, 十大, 二〇二四).
_BARE_CN = re.compile(r"([一二三四五六七八九十]{1,2})(?=[\u4e00-\u9fff“「])(?![是批个项件些直定年月季道大〇零]|方面|系列)")
_BARE_RUN = 3
# A number glued to a heading that fills its line (1优化就业创业服务): the
# page lost the 、 after it. Not a figure's number (3个项目, 5月, 20万元):
# a measure word, a time or a unit after the digits makes it a quantity.
BARE_NUM = re.compile(r"(\d{1,2})(?=[\u4e00-\u9fff“「])"
                       r"(?![年月日时分秒个项件座所处条家名户万亿千百十元人次岁期批号天周度米吨亩台辆套间张只位栋类大])")
_HEADING_LINE = re.compile(r"[^,。;:!?,.;:!?()()]{3,30}")
# A number alone on its line (01, 2): the mark of the heading on the next
# line that is not blank. Kept, as 一开展… is, only in a run of three from 1.
_NUMBER_ALONE = re.compile(r"[ \t\u3000]*(0?\d{1,2})[ \t\u3000]*")
_ALONE_MARK = re.compile(r"\s*(0?\d{1,2})[ \t\u3000]*\n\s*")
# A bullet alone opening a line, without a number after it: not ○ (also the
# zero of 二○二四), ◎ or •, which open too many lines that are no item.
_BULLET_ONLY = re.compile("[" + "".join(c for c in BULLETS if c not in "○◎•") + r"]\s*(?=\S)")
_META_LABEL = re.compile(
    r"(?:来源|作者|编辑|发布时间|发布日期|发表时间|信息来源|浏览次数|点击数|阅读人次|访问次数|初审|复审|终审|字体|索引号|发布机构|生成日期"
    # a government page's record of the document (政府信息公开)
    r"|文号|信息名称|信息分类|主题分类|体裁分类|成文日期|公开日期|发文日期|发文机关|文件编号|文件下载|内容概览|内容概述|重点领域"
    r"|效力状况|有效性|公开方式|公开范围|所属机构|附件下载)\s*:"
)
_NAV_RE = re.compile(alt(_NAV_PHRASES + (">>", " > ")))


# --------------------------------------------------------------------------
# Small helpers.
# --------------------------------------------------------------------------


@lru_cache(maxsize=4096)
def item_value(s: str) -> int | None:
    """The value of an item number, or None when it is not one.

    >>> item_value("十二"), item_value("3"), item_value("①"), item_value("x")
    (12, 3, 1, None)
    """
    if len(s) == 1 and "\u2460" <= s <= "\u2473":
        return ord(s) - 0x2460 + 1
    try:
        v = numeral_value(s)
    except (NumberFormatError, ValueError, ArithmeticError):
        return None  # a malformed numeral is simply no item number
    return int(v) if v == int(v) else None


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


@dataclass(frozen=True)
class Line:
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
    if len(seg) <= 40 and "。" not in seg.rstrip("。"):  # 回应已关闭。 is furniture too
        if _NAV_RE.search(seg):
            return True
        words = seg.split()
        if words and all(w in _NAV_WORDS or not CJK.search(w) for w in words) and any(w in _NAV_WORDS for w in words):
            return True
    return False


def is_furniture(line: str) -> bool:
    """Is the line page furniture, never text of the report: navigation,
    a byline, an image name, the page's record (索引号:… 发布机构:…)?

    >>> is_furniture("发布机构: 市政府办公室 成文日期: 2017-07-06"), is_furniture("截至5月底,45件实事达到序时进度")
    (True, False)
    """
    t = normalize(line)
    return _is_junk(t, 0, len(t))


def is_record_label(cell: str) -> bool:
    """Is the cell a label of the page's record of the document, alone
    (``索引号:``, ``成文日期:``)? A table copied with the page around it
    ends in such rows: ``索引号: | 1137…/2022-04772 | 成文日期: | 2022-10-08``.

    >>> is_record_label("索引号:"), is_record_label(" 发布机构: "), is_record_label("完成情况:")
    (True, True, False)
    """
    return bool(_META_LABEL.fullmatch(normalize(cell).strip()))


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
    # A page run into one line (its breaks lost) leaves (二) glued to the
    # heading before it (一、基本情况(一)…): a bracketed numeral is never a
    # figure, and _accept keeps it only in a run from (一).
    sites += [m.start() for m in _PCN_SITE.finditer(t, lead, e)]
    sites = sorted(set(sites))
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
        v = item_value(raw)
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
        bare = _BARE_CN.match(t, lead, e)
        v = item_value(bare.group(1)) if bare else None
        if bare is not None and v:
            # 一开展…行动 / 二开展…行动: a numeral that lost its 、 (kept only
            # in a run of three or more from 一, each opening its line).
            out.insert(0, _Mark("bare", _LEVEL["bare"], bare.group(1), v, lead, bare.end(), True, False))
    if not out or out[0].start != lead:
        alone = _ALONE_MARK.match(t, lead, e)
        if alone is not None and alone.end() < e:
            v = item_value(str(int(alone.group(1))))
            if v:
                out.insert(0, _Mark("barenum", _LEVEL["num"], str(v), v, lead, alone.end(), True, False))
    if not out or out[0].start != lead:
        bare = BARE_NUM.match(t, lead, e)
        v = item_value(bare.group(1)) if bare else None
        if bare is not None and v and _HEADING_LINE.fullmatch(t[lead:e].rstrip()):
            # 1优化就业创业服务 / 2加快市场主体培育: kept, as 一开展… is, only
            # in a run of three or more from 1.
            out.insert(0, _Mark("barenum", _LEVEL["num"], bare.group(1), v, lead, bare.end(), True, False))
    if not out or out[0].start != lead:
        b = _BULLET_ONLY.match(t, lead, e)
        if b:
            out.insert(0, _Mark("bullet", _LEVEL["bullet"], "", 0, lead, b.end(), True, False))
    return out


def _accept(cands: list[_Mark]) -> list[_Mark]:
    """Keep the candidates whose numbers run in sequence.

    A marker at a line start is kept unless it is a number a digit follows
    (3.5万) and it does not continue its sequence (3.3座 after 2. does). Inside a line
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
        if c.digit_follows and c.style == "num" and not (cont and c.value >= 2):
            continue  # 3.5万 is a figure; (一)1个项目… and 一、1-4月… are marks
        if not c.line_start and not (cont or c.value == 1):
            continue
        if not c.line_start and cont and c.style in run_of and _opens_lines(kept, runs[run_of[c.style]]):
            # 1.… / 2.… each opening its line, then 项目进展:…。3.建国片区:…
            # inside line 2: a list of the item's own whose number happens to
            # come next, not item 3.
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
        if kept[idx[0]].style in ("bare", "barenum") and (len(idx) < _BARE_RUN or kept[idx[0]].value != 1):
            drop.update(idx)
    return [c for i, c in enumerate(kept) if i not in drop]


def _opens_lines(kept: list[_Mark], run: list[int]) -> bool:
    """Do two members or more of the run, and all of them, open their lines?"""
    return len(run) >= 2 and all(kept[i].line_start for i in run)


_FIELD_OR_SENTENCE = re.compile(r"^[\u4e00-\u9fff]{2,8}:|[。;]$")


def _title_echoes(t: str) -> frozenset[str]:
    """Lines of the page's head (its first five) that come back three times
    or more further down: the title repeated under each part, never text of
    an item."""
    lines = [ln.strip() for ln in t.splitlines() if ln.strip()]
    if len(lines) < 8:
        return frozenset()
    # A field (完成情况:已全部完成。) or a sentence may well come back in
    # every item: a title neither opens with a label nor ends a sentence.
    head = {ln for ln in lines[:5] if not _FIELD_OR_SENTENCE.search(ln)}
    return frozenset(ln for ln in head if len(ln) <= 40 and lines.count(ln) >= 3)


def page_lines(t: str) -> tuple[list[Line], int | None]:
    """Content lines of t (junk left out) split at accepted markers, and the
    item level: the level of the markers that number projects."""
    raw: list[tuple[int, int]] = []
    pos, n = 0, len(t)
    alone = -1  # the start of a number alone on its line, waiting for its heading
    echoes = _title_echoes(t)
    while pos <= n:
        k = t.find("\n", pos)
        k = n if k < 0 else k
        cap = _LEAD_CAPTION.match(t, pos, k)
        if cap is not None and t[cap.end() : k].strip():
            pos = cap.end()  # 图为贵州公厕。 瞿宏伦 摄|截至目前,…: the caption glued to the line
        if echoes and t[pos:k].strip() in echoes:
            pass  # the page's title set again under each heading (an image's caption)
        elif _NUMBER_ALONE.fullmatch(t, pos, k):
            alone = pos  # 01 / 加大教育惠民力度: a number set over its heading
        elif alone >= 0 and t[pos:k].strip() and _HEADING_LINE.fullmatch(t[pos:k].strip()) and not _is_junk(t, pos, k):
            raw.append((alone, k))
            alone = -1
        elif t[pos:k].strip() and not _is_junk(t, pos, k):
            alone = -1
            if raw and (t[raw[-1][0] : raw[-1][1]].rstrip().endswith("、") or _enumeration_goes_on(t, raw[-1], pos, k)
                        or _heading_goes_on(t, raw[-1], pos, k) or _points_go_on(t, raw[-1], pos, k)):
                # 开展“两癌”筛查、 / 产前筛查: a name broken after its 、;
                # …指出,一是A。 / 二是B。: one enumeration over several lines.
                raw[-1] = (raw[-1][0], k)
            else:
                raw.append((pos, k))
        pos = k + 1
    cands: list[_Mark] = []
    for s, e in raw:
        cands.extend(_candidates(t, s, e))
    marks = _accept(cands)
    level = _item_level(marks, _counted_levels(t, raw, marks))
    return _split_lines(t, raw, [m for m in marks if level is not None and m.level <= level]), level


# A photo's caption glued to the line it stood above (图为贵州公厕。 瞿宏伦 摄截至目前,…).
_LEAD_CAPTION = re.compile(r"\s*图为[^。\n]{1,40}。\s*(?:[\u4e00-\u9fff]{2,4}\s*)?摄\s*")
# A heading broken before its second half: 城镇老旧小区改造 / 和社区服务提升.
# (和平路, 及时, 与去年相比 open lines of their own.)
_AND_LINE = re.compile(r"\s*(?:和|及|与|以及)(?![平谐时去上])[\u4e00-\u9fff“]")
_UNPUNCTUATED = re.compile(r"[^,。;:!?,.;:!?]{2,30}")


def _heading_goes_on(t: str, prev: tuple[int, int], s: int, e: int) -> bool:
    """Does the line t[s:e] finish the heading above it: both short and
    unpunctuated, this one opening with 和/及/与?"""
    ps, pe = prev
    return (_AND_LINE.match(t, s, e) is not None and _UNPUNCTUATED.fullmatch(t[s:e].strip()) is not None
            and _UNPUNCTUATED.fullmatch(t[ps:pe].strip()) is not None)


_ORDINALS = "一二三四五六七八九十"
_ENUM_LINE = re.compile(r"\s*([二三四五六七八九十])是")


def _enumeration_goes_on(t: str, prev: tuple[int, int], s: int, e: int) -> bool:
    r"""Does the line t[s:e] open with the next member of an enumeration that
    began inside a sentence of the lines before it (…指出,一是A。 / 二是B。)?
    Members that each open their own line from 一是 on are paragraphs of
    their own and stay apart.

    >>> t = "据报告,一是新建幼儿园4所。\n二是改造市场10个。"
    >>> _enumeration_goes_on(t, (0, 14), 15, len(t))
    True
    >>> t = "一是新建幼儿园4所。\n二是改造市场10个。"
    >>> _enumeration_goes_on(t, (0, 10), 11, len(t))
    False
    """
    m = _ENUM_LINE.match(t, s, e)
    if m is None:
        return False
    ps, pe = prev
    if t.rfind(_ORDINALS[_ORDINALS.index(m.group(1)) - 1] + "是", ps, pe) < 0:
        return False
    first = t.find("一是", ps, pe)
    # the first member stands at a clause start (…指出,一是), never inside
    # a word (唯一是) nor at the start of its line
    return first > ps and t[first - 1] in ":;,。!?、"


# A progress field whose points are numbered from 1 right after its label
# (推进情况:1.…), and the next point opening a line of its own.
_POINTS_LABEL = re.compile(r"[\u4e00-\u9fff]{0,4}(?:情况|进展|进度)\s*[::]\s*1\s*[.、.](?!\d)")
_POINT_LINE = re.compile(r"\s*(\d{1,2})\s*[.、.](?!\d)")
_ITEM_ONE_LINE = re.compile(r"(?m)^[ \t\u3000]*1\s*[.、.](?!\d)")


def _points_go_on(t: str, prev: tuple[int, int], s: int, e: int) -> bool:
    r"""Does the line t[s:e] open with the next point of a progress field
    numbered from 1 right after its label, on the lines before it
    (推进情况:1.… / 2.… / 3.…)? Not where numbers from 1 open lines of
    their own before the field: they number the items.

    >>> t = "一、开展技能培训2万人次。\n推进情况:1.培训5585人次。\n2.安置3425人。"
    >>> _points_go_on(t, (14, 30), 31, len(t))
    True
    >>> t = "1.新建幼儿园\n进展情况:1.已开工。\n2.改造市场"
    >>> _points_go_on(t, (7, 18), 19, len(t))
    False
    """
    m = _POINT_LINE.match(t, s, e)
    if m is None or int(m.group(1)) < 2:
        return False
    ps, pe = prev
    label = _POINTS_LABEL.search(t, ps, pe)
    if label is None or _ITEM_ONE_LINE.search(t, max(0, ps - 3000), ps) is not None:
        return False
    before = re.compile(rf"(?<!\d){int(m.group(1)) - 1}\s*[.、.](?!\d)")
    return before.search(t, label.end() - 2, pe) is not None


# A division that only counts the items under it (一、已完成2项, 二、正在推进17项(见附件)).
_COUNTED_HEADING = re.compile(r"[^,。;:,;:]{0,16}?\d+\s*[项个件](?:[^,。;:,;:\d]{0,6})?(?:\([^()]{0,10}\))?\s*")


def _counted_levels(t: str, raw: list[tuple[int, int]], marks: list[_Mark]) -> set[int]:
    """Levels whose every heading only counts the items under it: they
    group items, they do not number them."""
    ends = {s: e for s, e in raw}
    line_end = sorted(ends)
    counted: dict[int, bool] = {}
    for m in marks:
        if m.style == "bullet" or not m.line_start:
            continue
        k = bisect_right(line_end, m.start) - 1
        e = ends[line_end[k]] if k >= 0 else m.end
        counted[m.level] = counted.get(m.level, True) and _COUNTED_HEADING.fullmatch(t, m.end, e) is not None
    return {lv for lv, c in counted.items() if c}


def _item_level(marks: list[_Mark], counted: AbstractSet[int] = frozenset()) -> int | None:
    """The level that numbers projects: the smallest division among 一、,
    (一), 第N项 and 1. that the page uses (the larger ones head sections),
    else the largest of (1) and ①, else bullets. A level needs two markers
    unless it is the only one. A level whose headings only count the items
    under them (``counted``) heads sections whenever a level below it has
    two markers or more."""
    count: dict[int, int] = {}
    numbered = [m for m in marks if m.style != "bullet"]
    # Bullets are decoration beside numbers; they number items only alone.
    for m in numbered or marks:
        count[m.level] = count.get(m.level, 0) + 1
    present = [lv for lv, c in count.items() if c >= 2] or list(count)
    if not present:
        return None
    below = [lv for lv in present if lv not in counted and any(lv > c for c in counted)]
    if below:
        present = below
    big = [lv for lv in present if lv <= 3]
    return max(big) if big else min(present)


def _split_lines(t: str, raw: list[tuple[int, int]], useful: list[_Mark]) -> list[Line]:
    """Lines cut where a marker starts an item inside them (…。 2.新增…)."""
    out: list[Line] = []
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
                out.append(Line(cur, cur, m.start))
            end = here[k + 1].start if k + 1 < len(here) else e
            out.append(Line(m.start, m.end, end, m))
            cur = end
        if cur < e and not here:
            out.append(Line(s, s, e))
    return out
