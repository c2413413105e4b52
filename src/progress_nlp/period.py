"""How far into the year a report goes, from its title, headers or text.

``1-8月`` and ``1—8月份`` end at month 8, ``截至9月底`` at 9, ``截至5月15日``
at 4.5 (mid-month), ``上半年`` at 6, ``前三季度`` at 9, ``一季度`` at 3,
``年底``/``全年`` at 12. A period's month is what 序时进度 (month/12) is
computed from; a publication date (``发布日期:2022-12-14``) is never one.
"""

from __future__ import annotations

import calendar
import re
from .lexicon import Lexicon, default_lexicon
from .normalize import normalize

__all__ = ["month_of", "year_of", "published_month", "published_date", "month_number", "stated_month", "opens_with_period", "period_before", "period_end"]

_CN = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10, "十一": 11, "十二": 12}
_M = r"(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])"

# Day-precise ends first: 截至5月15日 (the period ends mid-month).
_DAY_END = re.compile(
    rf"(?:(?:截至|截止|截止到|截至到|至|到)\s*|[(]\s*)(?:\d{{4}}\s*年\s*|今年\s*|本年\s*)?({_M})\s*月\s*(\d{{1,2}})\s*日"  # 截至5月15日, 进度(10月15日)
)
_MONTH_END = re.compile(
    rf"""(?:(?:截至|截止|截止到|至|到)\s*(?:\d{{4}}\s*年\s*|今年\s*|本年\s*)?({_M})\s*月(?:份)?(?:底|末|止)?)   # 截至(今年)9月底
      |(?:{_M}\s*[-—–~～至到]\s*({_M})\s*月(?:份)?)                                   # 1-8月, 1至8月份
      |(?:({_M})\s*月(?:份)?(?:底|末)\b)                                                # 9月底
    """,
    re.VERBOSE,
)
# A lone month; after a year only as 月份 (2023年3月份进展情况表), since
# 2023年3月 alone is as often a date as a period.
_MONTH_ONLY = re.compile(rf"(?:(?<![\d年])({_M})\s*月份?|(?<=年)({_M})\s*月份)(?!\s*\d{{1,2}}\s*日)")
# In a column header the year before a month is the period's
# (2018年7月进展情况); in a title or text it is often a date's.
_HEADER_MONTH = re.compile(rf"(?<!\d)({_M})\s*月份?(?!\s*\d{{1,2}}\s*日)")
_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")
_SPAN_BEFORE = re.compile(r"(?:从|自)\s*$")
_SPAN_AFTER = re.compile(r"\s*(?:开始|以来|起)")


def month_number(s: str) -> int:
    """The number of a month as pages write it (7, 07, 十一).

    >>> month_number("07"), month_number("十一")
    (7, 11)
    """
    return int(s) if s.isdigit() else _CN[s]


def month_of(text: str, *, year: int | None = None, strict: bool = False, header: bool = False,
             lexicon: Lexicon | None = None) -> float | None:
    """The month a title, header or sentence says the period ends with.

    Fractions mark periods ending mid-month: the 15th of May is 4.5 (April's
    end plus the share of May gone, to a tenth).

    >>> month_of("2022年度市县民生实事未完成项目进度表(截至10月31日)")
    10
    >>> month_of("岳阳楼区2019年1-7月省市重点民生实事项目完成情况"), month_of("截至9月底"), month_of("截至5月15日")
    (7, 9, 4.5)
    >>> month_of("2025年普陀区为民办实事项目一季度进展情况"), month_of("前三季度我市民生实事加快推进")
    (3, 9)
    >>> month_of("发布日期:2022-12-14") is None
    True
    >>> month_of("乐清市2022年度省市县三级民生实事项目完成情况通报"), month_of("2022年度民生实事项目完成情况(1-6月)")
    (12, 6)

    ``strict`` reads running text rather than a title or header: only
    phrases that state a period end (截至…, 1-8月, 9月底, 上半年) count, not a
    lone month (确保12月完成) nor 全年/年底 (完成全年目标任务, 年底前建成).
    ``header`` reads a column header: a lone month counts (8月份目标,
    2018年7月进展情况), 全年 does not (占全年计划 is a share of the year's plan). The period words
    (上半年, 三季度, 全年 …) are those of ``lexicon``'s periods.txt.
    """
    t = normalize(text or "")
    m = _DAY_END.search(t)
    if m:
        month, day = month_number(m.group(1)), int(m.group(2))
        days = calendar.monthrange(year or 2001, month)[1]
        if 1 <= day <= days:
            # The last day or two of a month close it; otherwise the days
            # gone count, to a tenth of a month (截至5月15日 → 4.5).
            return month if day >= days - 1 else round(month - 1 + day / days, 1)
    found = [next(g for g in mm.groups() if g) for mm in _MONTH_END.finditer(t)]
    if found:
        return month_number(found[-1])
    # 提前超额完成全年任务: the year's task done, said even in a title, names
    # no period; the period is looked for in what is left.
    untasked = _YEAR_TASK.sub("", t)
    for word, month, plan in (lexicon or default_lexicon()).periods:  # lexicons/periods.txt
        if word in (untasked if plan else t) and not ((strict or header) and plan) \
                and not (strict and all(_is_due(t, k, word) for k in _find_all(t, word))):
            return month
    if strict:
        return None
    months = [month_number(mm.group(1) or mm.group(2)) for mm in (_HEADER_MONTH if header else _MONTH_ONLY).finditer(t)]
    if months:
        return months[-1]
    if not header and _YEAR_DONE.search(t):
        return 12  # 2022年度…完成情况通报: the year's account, made at its end
    return None


# A period word that says when work is due, not how far a report goes
# (计划在今年的第四季度完成, 预计三季度完工).
_DUE_BEFORE = re.compile(r"(?:计划|预计|力争|确保|将于|将在|争取|拟|要求|定于)[^,。;:]{0,8}$")
_DUE_AFTER = re.compile(r"(?:底|末)?(?:前|以前|之前|内)?(?:完成|完工|建成|竣工|投用|开工|投入使用|交付)")


def _find_all(t: str, word: str) -> list[int]:
    return [m.start() for m in re.finditer(re.escape(word), t)]


def _is_due(t: str, k: int, word: str) -> bool:
    return _DUE_BEFORE.search(t, max(0, k - 12), k) is not None and _DUE_AFTER.match(t, k + len(word)) is not None


# The year's task said done (完成全年任务, 超额完成全年目标任务): no period.
_YEAR_TASK = re.compile(r"(?:完成|实现|达到)[^,。;]{0,4}?全年(?:目标)?(?:任务|目标|计划)")
# A title of the year's account: 2022年度民生实事项目完成情况通报, …年度工作总结.
# A year's account (2022年度…完成情况), or a year's programme said all done
# (2025年十大民生实事全部完成), or a year's programme looked back on
# (2024年十件民生实事盘点): written at the year's end.
_YEAR_DONE = re.compile(r"\d{4}\s*年度[^,。;]{0,40}?(?:完成情况|总结|完成结果)"
                        r"|(?<!确保)(?<!力争)(?<!争取)(?<!计划)(?<!要)(?<!将)\d{4}\s*年度?[^,。;()]{0,20}?(?:实事|民生工程|惠民工程|民心工程)(?:项目)?[^,。;()]{0,6}?(?:全部完成|圆满完成|全面完成|全部办结)"
                        # 2024年汕尾市十件民生实事盘点, …实事成绩单: the year looked back on
                        r"|\d{4}\s*年度?[^,。;()]{0,20}?(?:实事|民生工程|惠民工程|民心工程)(?:项目)?[^,。;()]{0,6}?(?:盘点|回顾|成绩单|年终)")


# A date written after 发布日期 (or 时间: alone opening a line or a cell,
# 来源:…办 时间:2023-04-12; not 完成时间:), or a dated segment of a web address
# (/20230705/, /2023-07/05/, /202307/); in an address the month has two
# digits and no digit follows the date, so an article number (/207964.html)
# is no date.
_PUBLISHED = re.compile(
    r"(?:(?:发布|发文|印发|成文)(?:日期|时间)\s*[::]?|(?<![^\s|])(?:时间|日期)\s*[::])\s*((?:19|20)\d{2})[-/.年]?(1[0-2]|0?[1-9])[-/.月]?(0[1-9]|[12]\d|3[01])?"
    r"|/((?:19|20)\d{2})[-/]?(0[1-9]|1[0-2])(?:[-/]?(0[1-9]|[12]\d|3[01]))?(?![\d])"
    # a news stamp: 齐鲁晚报 2016-08-09 00:00, 2024年01月24日09:17, 2021/10/14 05:30
    r"|(?<![\d/.-])((?:19|20)\d{2})(?:-|年|/)(0[1-9]|1[0-2])(?:-|月|/)(0[1-9]|[12]\d|3[01])日?\s*\d{1,2}:\d{2}(?!\d)"
    # …and with the month and day in one digit when written in words: 2011年1月5日 16:01
    r"|(?<![\d/.-])((?:19|20)\d{2})年([1-9])月([12]\d|3[01]|[1-9])日\s*\d{1,2}:\d{2}(?!\d)"
)


# A time phrase that opens a clause of progress (1-12月份共发放…, 截至8月底,已…):
# the period the figures after it are counted to.
_OPENING = re.compile(r"(?:^|(?<=[,;。:\n]))\s*(?:(?:19|20)\d{2}\s*年\s*|今年\s*|全年\s*|目前\s*,?\s*)?$")
_NOT_AS_OF = re.compile(r"\s*(?:前|以前|之前)")


def stated_month(text: str) -> float | None:
    """The latest period a progress text opens a clause with (``1-12月份共
    发放补贴资金12.3万元``, ``截至5月15日,已完成…``), or None: the figures of
    such a row are counted to that month, whatever the report's title says.
    A deadline (``截至9月底前完成``) or a period in mid-clause is none.

    >>> stated_month("1-12月份共发放补贴资金12.3万元"), stated_month("目前已完成80%。截至5月15日,累计完成120户")
    (12, 4.5)
    >>> stated_month("计划1-9月完成") is None, stated_month("截至9月底前完成招标") is None
    (True, True)
    """
    t = normalize(text or "")
    found: list[float] = []
    days: list[tuple[int, int]] = []
    for pattern in (_DAY_END, _MONTH_END):
        for m in pattern.finditer(t):
            if pattern is _DAY_END:
                days.append(m.span())
            elif m.group(3) or any(a <= m.start() < b for a, b in days):
                continue  # 9月底 alone: a deadline as often as a period end; 截至10月|15日: read whole
            if _OPENING.search(t, 0, m.start()) is None or _NOT_AS_OF.match(t, m.end()):
                continue
            month = month_of(m.group(), strict=True)
            if month is not None:
                found.append(month)
    return max(found) if found else None


_YEAR_BEFORE = re.compile(r"\s*(?:(?:19|20)\d{2}\s*年\s*)?")
_CLAUSE_OF_ITS_OWN = re.compile(r"\s*,")
_SINCE = re.compile(r"今年以来|年初以来")


def opens_with_period(text: str, start: int = 0, end: int | None = None, *, lexicon: Lexicon | None = None) -> bool:
    """Does ``text[start:end]`` open with the period it reports: a span of
    months or an end (``1-11月``, ``截至9月底``, ``截至5月15日``), a part of the
    year from periods.txt that is no deadline (``上半年``, ``前三季度``), or
    ``今年以来``; a year may come first. ``text`` is normalized text (as
    :func:`progress_nlp.normalize.normalize` gives), so positions are the
    caller's.

    >>> opens_with_period("1-11月固定资产投资同比增长6.3%"), opens_with_period("截至9月底,已完工22个")
    (True, True)
    >>> opens_with_period("2023年上半年新增床位120张"), opens_with_period("年底前完成")
    (True, False)
    """
    return period_end(text, start, end, lexicon=lexicon) is not None


def period_end(text: str, start: int = 0, end: int | None = None, *, lexicon: Lexicon | None = None) -> int | None:
    """Where the period that ``text[start:end]`` opens with ends
    (:func:`opens_with_period`), or None.

    >>> t = "基础设施工程项目1-2月累计完成投资9.5亿元"
    >>> t[8:period_end(t, 8)]
    '1-2月'
    """
    end = len(text) if end is None else end
    y = _YEAR_BEFORE.match(text, start, end)
    pos = y.end() if y else start
    m = _DAY_END.match(text, pos, end) or _MONTH_END.match(text, pos, end)
    # 9月底 alone, 至9月: a deadline as often as a period end; not as a
    # clause of its own (至9月底,开工建设160个).
    if m is not None and (not m.group().startswith(("至", "到")) and not (m.re is _MONTH_END and m.group(3))
                          or _CLAUSE_OF_ITS_OWN.match(text, m.end(), end)):
        return m.end()
    since = _SINCE.match(text, pos, end)
    if since is not None:
        return since.end()
    return next((pos + len(word) for word, _, plan in (lexicon or default_lexicon()).periods
                 if text.startswith(word, pos, end) and not plan), None)


def period_before(text: str, start: int, end: int, *, within: int, lexicon: Lexicon | None = None) -> int | None:
    """Where a period that ends ``text[start:end]`` starts, looked for in its
    last ``within`` characters (the first start found, so the longest period),
    or None. ``text`` is normalized text, as for :func:`period_end`.

    >>> t = "基础设施工程项目1-2月"
    >>> t[period_before(t, 0, len(t), within=12):]
    '1-2月'
    """
    return next((x for x in range(max(start, end - within), end) if period_end(text, x, end, lexicon=lexicon) == end), None)


def published_month(text: str) -> tuple[int, int] | None:
    """(year, month) of a publication date (发布日期:2022-12-14, or a
    dated address /20230705/), or None.

    >>> published_month("发布日期:2022-12-14"), published_month("# source: https://news.example.cn/fzxw/20230705/x.shtml")
    ((2022, 12), (2023, 7))
    >>> published_month("http://news.example.cn/akzh/207964.html") is None   # an article number
    True
    >>> published_month("齐鲁晚报 2016-08-09 00:00 大字"), published_month("2024年01月24日09:17 | 来源:金华日报")
    ((2016, 8), (2024, 1))
    >>> published_month("2011年1月5日 16:01"), published_month("2021/10/14 05:30")
    ((2011, 1), (2021, 10))
    """
    found = published_date(text)
    return None if found is None else found[:2]


def published_date(text: str) -> tuple[int, int, int | None] | None:
    """(year, month, day) of a publication date, the day None when the
    date gives none (an address /202307/), or None.

    >>> published_date("2024-12-27 09:58:23 来源:甘肃农民网"), published_date("/202307/t1.html")
    ((2024, 12, 27), (2023, 7, None))
    """
    m = _PUBLISHED.search(normalize(text or ""))
    if m is None:
        return None
    year, month, day = next((m.group(k), m.group(k + 1), m.group(k + 2)) for k in (1, 4, 7, 10) if m.group(k))
    return int(year), int(month), int(day) if day else None


def year_of(text: str) -> int | None:
    """The first year a title names (``2022年``), or None.

    >>> year_of("1-10月岳阳楼区重点民生实事项目进度表(2022年)")
    2022
    """
    t = normalize(text or "")
    for m in _YEAR.finditer(t):
        # 从2009年开始, 自2019年以来, 2009年起: where a span starts, not the report's year.
        if _SPAN_BEFORE.search(t, max(0, m.start() - 2), m.start()) or _SPAN_AFTER.match(t, m.end()):
            continue
        return int(m.group(1))
    return None
