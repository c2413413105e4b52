"""What every list shape needs: the item and the list found, and the
helpers that find names, counts and verdict words around them."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...lexicon import Lexicon
from ...signals import find_cues, find_stages
from ..align import VERDICT_KINDS as _VERDICT_KINDS
from .patterns import (_ASPECT_WORD, _BRACKETED, _CJK, _CLAUSE_END, _CLAUSE_START, _CN_COUNT, _FILLER,
    _FORECAST_CLAUSE, _LIST_SHARE, _MAX_LIST, _N, _NAMES_STOP, _NEXT_LIST, _Name, _ONE_QUOTE, _OTHERS_CLAUSE,
    _PER_ITEM, _PROGRESS_IN_NAME, _QUOTED, _QUOTE_GAP, _RATE_CLAUSE, _SENTENCE_END, _SERIAL)


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
