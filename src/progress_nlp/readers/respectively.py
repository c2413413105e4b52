"""分别: one figure to each of a list of names, in order.

A progress text hands a list of figures to a list of names with 分别
(``A路、B桥和C园开工建设,分别完成总工程量的40%、20%、20%``): the item is one
item per name, each with its own figure, the rest of the text the same.
Not when the words before 分别 hold a list of their own
(``一级、二级护理补贴从119元、99元分别提高到…``), when the names and figures
do not count alike, or when a name is under two characters. A unit written
once after the last figure (``9.8、6.2、2.0个百分点``) is every figure's; a
clause after the figures that opens with other names in a row or with the
rest (``高新区、牛塘镇…持平``, ``其余…低于``) is read again as items of its own.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING, Callable

from ..normalize import normalize
from .clauses import cjk_count, scan

if TYPE_CHECKING:
    from .prose import ProseItem

__all__ = ["distributed"]

# 分别 hands a list of figures to a list of names, one each, in order:
# A、B和C开工建设,分别完成总工程量的40%、20%、20%.
_RESPECTIVELY = re.compile(
    r"分别(?P<pre>(?:[^\d,;。]|(?:19|20)\d{2}年){0,16}?)(?P<figs>\d+(?:\.\d+)?[^\d、,;。和及]{0,4}(?:[、和及]\d+(?:\.\d+)?[^\d、,;。和及]{0,4})+)"
)
_FIG_SEP = re.compile(r"[、和及](?=\d)")
# After the figures, a clause that opens with other names in a row
# (高新区、牛塘镇…) or with the rest (部分镇…, 其余…).
_OTHERS_AFTER = re.compile(r"[,;]\s*(?=[^,;。、\d]{2,12}、[^,;。]{2,40}?(?:持平|低于|高于|达到|完成|进展|推进)|(?:部分|其余|其他)[^,;。]{0,12}(?:低于|高于|持平))")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
# The rate a list's figures give (A、B、C完成率|分别达…), and the list's count
# (A、B、C等3项|完成率分别…), at the end of the names.
_RATE_TAIL = re.compile(r"(?:完成率|完工率|开工率|执行率|覆盖率|达标率|进度)$")
_LIST_COUNT = re.compile(r"等?\s*(\d+)\s*(?:项|个|件)(?:项目|实事|工程)?$")


def _unit_of(fig: str) -> str:
    """What follows a figure's number (个百分点 in 2.0个百分点)."""
    m = _NUMBER.match(fig)
    return fig[m.end():] if m else fig


def _each_with_unit(figs: list[str]) -> list[str]:
    """9.8、6.2、2.0个百分点: the unit written once is every figure's."""
    unit = _unit_of(figs[-1])
    return [f if _unit_of(f) else f + unit for f in figs] if unit else figs


def _names(written: str, norm: str, count: int) -> list[str] | None:
    """The names listed in ``written`` (cut at 、和及与 in its simplified
    form ``norm``, one character for one), when there are ``count`` of them
    and each has two characters at least; else None."""
    names = [written[a:b].strip() for a, b, _ in scan(norm, 0, len(norm), "、和及与")[0]]
    return names if len(names) == count and all(cjk_count(n) >= 2 for n in names) else None


def distributed(it: ProseItem, read: Callable[[str], list[ProseItem]]) -> list[ProseItem]:
    """One item per name when the progress gives each of them its own
    figure with 分别; the item as it is otherwise. ``read`` reads the text
    after the figures (the prose reader).

    >>> from progress_nlp.readers.prose import ProseItem, read_prose
    >>> it = ProseItem(no="", project="东环路、西湖桥", actual="分别完成总工程量的40%、20%", span=(0, 22))
    >>> [(x.project, x.assigned) for x in distributed(it, read_prose)]
    [('东环路', '完成总工程量的40%'), ('西湖桥', '完成总工程量的20%')]
    >>> distributed(it, read_prose)[0].actual
    '分别完成总工程量的40%、20%'
    """
    project, actual = it.project, it.actual
    whole = it.project + it.actual  # project and actual are cut from it; ``actual`` stays a suffix
    # Matched on the simplified text (分別 is 分别), cut from the text as written:
    # normalize keeps every character's place.
    if normalize(project).endswith("分别"):
        project, actual = project[:-2], project[-2:] + actual  # A、B分别|完成…: the word goes with the figures
    na = normalize(actual)
    m = _RESPECTIVELY.search(na) if len(na) == len(actual) else None
    if m is None:
        return [it]
    clause = re.split(r"[,;。:]", na[: m.start()])[-1]
    figs = _FIG_SEP.split(actual[m.start("figs") : m.end("figs")])
    off = 0  # where ``project`` starts in ``whole``
    if len(clause) == m.start() and "、" in clause and not re.search(r"\d", _LIST_COUNT.sub("", _RATE_TAIL.sub("", clause))):
        # A|新增服务人员、B完成率分别为…: the progress was cut inside the
        # names (at 新增); the names run on to the rate. A heading before
        # them (分项进展。|A、B…) is none of them.
        off = max(normalize(project).rfind(c) for c in "。:;") + 1
        project, actual = project[off:] + actual[: m.start()], actual[m.start():]
        na = normalize(actual)
        m = _RESPECTIVELY.search(na)
        if m is None:
            return [it]
    elif re.search(r"[、\d]|和|及", clause):
        # …完成计划的128%,A、B、C分别完成任务的220%、414%和205%: names of their
        # own after the item's progress, one figure each, are items of their own.
        own = _own_list(it, actual, m, clause, figs)
        return own if own is not None else [it]  # 一级、二级护理补贴从119元、99元分别提高到…: a list of its own
    np_ = normalize(project)
    head = actual[: m.start()]
    # A、B、C完成率|分别达…: what the figures measure goes with each of them;
    # A、B、C等3项: the list's count closes the names and must number them.
    rate = _RATE_TAIL.search(np_)
    if rate is not None and rate.start() > 0:
        head = project[rate.start():] + head
        project, np_ = project[: rate.start()], np_[: rate.start()]
    count = _LIST_COUNT.search(np_)
    if count is not None:
        if int(count.group(1)) != len(figs):
            return [it]
        project, np_ = project[: count.start()], np_[: count.start()]
    names = _names(project, np_, len(figs)) if len(np_) == len(project) else None
    if names is None:
        return [it]
    figs = _each_with_unit(figs)
    tail = actual[m.end():]
    rest: list[ProseItem] = []
    cut = _OTHERS_AFTER.search(normalize(tail))
    if cut is not None:
        # …分别高于整体进度的11.8、6.3个百分点,高新区、牛塘镇投资完成率与整体进度
        # 基本持平: other names with their own progress are other items.
        rest = [replace(x, span=it.span) for x in read(tail[cut.end():])]
        tail = tail[: cut.start()]
    # Each item keeps the page's words, shared by the names (完成率分别达38%、
    # 64%), as its actual, and is assigned its own figure with what it measures.
    shared = whole[off + len(project) : len(whole) - len(actual) + m.end() + len(tail)].strip(_SHARED_TRIM)
    return [
        replace(it, no=f"{it.no}.{k}" if it.no else "", project=name[: len(name) - len(own)], actual=shared,
                assigned=f"{own}{head}{actual[m.start('pre') : m.end('pre')]}{fig}{tail}")
        for k, (name, fig) in enumerate(zip(names, figs), 1)
        for own in [_own_share(name)]
    ] + rest


# Around the words the names share: the marks that join them to the names.
_SHARED_TRIM = " \t\n,;:、"



# A name's own share in brackets after it (水利工程(6.3%)): its progress.
_OWN_SHARE = re.compile(r"\(\s*\d+(?:\.\d+)?\s*%\s*\)$")


def _own_share(name: str) -> str:
    m = _OWN_SHARE.search(normalize(name))
    return name[m.start():] if m is not None and m.start() > 0 else ""


def _own_list(it: ProseItem, actual: str, m: re.Match[str], clause: str, figs: list[str]) -> list[ProseItem] | None:
    """The item, cut before a clause of its progress that names a list of
    its own (推进A、培养B、创造C分别完成…的220%、414%和205%), then an item per
    name with its figure; None when the clause is no such list."""
    start = m.start() - len(clause)
    if start <= 0 or re.search(r"\d", clause) or re.search(r"\d", actual[m.end():]):
        return None  # a text that goes on with more figures reports on the names together
    names = _names(actual[start : m.start()], clause, len(figs))
    if names is None:
        return None
    figs = _each_with_unit(figs)
    pre, tail = actual[m.start("pre") : m.end("pre")], actual[m.end():]
    kept = replace(it, actual=actual[:start].rstrip(" ,;,;”」"))
    shared = actual[m.start():].strip(_SHARED_TRIM)
    return [kept] + [
        replace(it, no="", project=name, actual=shared, assigned=f"{pre}{fig}{tail}")
        for name, fig in zip(names, figs)
    ]
