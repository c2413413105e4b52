"""Entry point: :func:`read_prose` picks the item level of the page, runs
the reader, and merges in named lists, 分别 lists and plans stated apart.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ...lexicon import Lexicon, default_lexicon
from ...normalize import normalize, to_halfwidth
from ...signals import find_cues
from ..clauses import DIGIT, alt, strip_span
from ..figures import CLOSING_FIGURE
from ..item_marks import page_lines
from ..named_lists import NamedItem, read_named_lists
from ..pinyin import Mapped, pinyin_cut
from ..programmes import with_plans
from ..respectively import distributed
from .roster import read_roster, with_programme_verdict
from .item import ProseItem
from .patterns import PROGRESS_LABELS, _CLAUSE_MARK, _LEAD_LABELS, _PROJECT_LABELS
from .reader import _Reader
from .sentences import _opens_with_figure


_SPEECH = re.compile(r"(?<![”」][,、])[“「]([^“”「」\n]{6,}?[,;。!?][^“”「」\n]*?)[”」](?![,、]\s*[“「])")
_FENCE = re.compile(r"^[ \t]*```.*?^[ \t]*```[^\n]*$", re.S | re.M)
_NOT_NEWLINE = re.compile(r"[^\n]")
_BRACKET_LABEL = re.compile(r"【(" + alt(_LEAD_LABELS + PROGRESS_LABELS + _PROJECT_LABELS) + r")】")


_SOURCE_COLON = re.compile(r"(?:获悉|了解到|得知|介绍|表示|指出|显示|透露|(?<![名简职昵统])称)\s*:(?!\s*[\n“「\"])")
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
    # 记者从市住建局获悉:|1-9月份,…: the source of the news, a scene before
    # a comma, not a label before a colon (position for position); not
    # before a quote (表示:“…”), which is speech.
    t = _SOURCE_COLON.sub(lambda m: m.group()[:-1] + ",", t)
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
    if not out and cut is None:
        # Nothing reported item by item: the programme may be named once and
        # judged once (10件实事:A、B…; 10件实事如期全面完成).
        out = read_roster(t, h, lex)
    elif cut is None:
        out = with_programme_verdict(out, t, h, lex)
    out = [_figure_done(it, lex) for it in out]
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


def _figure_done(it: ProseItem, lex: Lexicon) -> ProseItem:
    """An item listed under a verdict of work done, with no words of its own
    (已完成…的实事包括:实施危桥改造1179座;…), whose name closes on a figure:
    that figure is what was done, its progress; the name before it is the
    project. Under a verdict of slowness (3项进展偏慢的…为:实现“小升规”60家)
    the figure is the task's, and stays in the name."""
    if it.actual.strip() or not it.official:
        return it
    if not any(c.active and c.kind in ("completion", "done", "ahead") for c in find_cues(it.official, lex)):
        return it
    f = CLOSING_FIGURE.search(normalize(it.project))
    if f is None or f.start() < 4 or it.project[f.start() - 1].isdigit():
        return it
    cut = f.start()
    level = _LEVEL_VERB.search(it.project, 0, cut)
    if level is not None and level.start() >= 4:
        cut = level.start()  # 供养标准|达2640元以上: the verb of a level goes with its figure
    return replace(it, project=it.project[:cut], actual=it.project[cut:])


_LEVEL_VERB = re.compile(r"(?:达到|达|为|提高到|提高至|增至|突破|超过)\s*$")


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
