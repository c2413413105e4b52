"""Finding quantities in Chinese progress text.

The rules, in the order they apply (docs/extraction.md has examples):

1. The text is width-normalised one character for one (:mod:`.normalize`),
   so every span points into the caller's string.
2. One pattern finds numerals left to right, and skips full dates, clock
   times and phone numbers. A numeral inside a set phrase
   (``set_phrases.txt``: 统一, 一站式, 十四五) or a book title 《…》 is
   skipped.
3. A numeral is a run of Arabic and Chinese numeral characters
   (:mod:`.numerals`), possibly a range (``3-5``, ``三到五``), an adjacent
   pair (``两三``, ``三四十``), a fuzzy suffix (``二十余``, ``500多万``,
   ``十几``) or prefix (``数百``, ``几十``), a percentage or a fraction.
4. What follows decides what it is: the longest unit of ``units.txt`` or
   word of ``non_quantity_words.txt``; a non-quantity word or a duration
   unit (kind ``time``) drops the number (``8月``, ``3个月内``, ``0-3岁``).
   ``第`` and the other *before* words drop it too, with every number
   chained to it by 、 or a comma (``第3、5、7条``).
5. A number without a unit is kept only when it is unambiguous: Arabic
   digits not adjacent to Latin letters and not a list marker (``1、``,
   ``(1)``), or a Chinese numeral of at least 万 (``十万职工``). Inside quotes
   only numbers with a unit are kept; inside 《》 none.
6. Units flagged ``ambiguous`` need Arabic digits (``3期`` but not
   ``一期工程``), unless the numeral's last 千 begins a unit with them
   (``三千米`` is 3000 米); counting units need whole values (``2.3本`` is a section
   number). A lone 百/千/万/亿 needs an approximator (``上百``, ``近千``).
7. Metric: the nearest metric verb before the number in its clause, else the
   first after it in the clause (、 does not end a clause; commas do); a
   total word (累计, 共计) is the metric only when the clause has no other.
   A count after a list (``新建成A、B安置小区幼儿园、C等7所``) takes the verb
   before the list, not one inside a listed name.
   Cumulative: a cumulative word earlier in the clause. Qualifiers from ``qualifiers.txt`` right
   before the number or right after it (and its unit).
"""

from __future__ import annotations

import re
from decimal import Decimal
from fractions import Fraction
from typing import Iterable

import regex

from .errors import NumberFormatError
from .lexicon import Lexicon, UnitEntry, default_lexicon
from .normalize import normalize
from .numerals import DIGITS, MULTIPLIERS, numeral_value, to_output
from .quantity import Quantity

__all__ = ["extract_quantities"]

_CN = "〇零一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟萬億兩"
_CN_DIGIT = "〇零一二两三四五六七八九壹贰叁肆伍陆柒捌玖兩"
# One numeral: Arabic groups and Chinese numeral characters in any mix; the
# parser decides if the mix is well formed. 点 joins Chinese decimals only.
# An Arabic group inside the run may only start after a Chinese character
# ((?<![\d.,])): otherwise "1111" splits into groups in exponentially many
# ways and a failed 分之 made the search take seconds on 24 digits.
_N = (
    rf"(?:\d{{1,3}}(?:,\d{{3}})+(?!\d)(?:\.\d+)?|\d+(?:\.\d+)?|[{_CN}])"
    rf"(?:(?<![\d.,])\d+(?:\.\d+)?|[{_CN}]|点(?=[{_CN_DIGIT}]))*"
)
# Longer numeral runs are digit strings, IDs or garbage, never quantities;
# the bound also keeps parsing cheap (Python refuses int("1" * 4301)).
_MAX_NUMERAL = 40
_CONTEXT_WINDOW = 80
_MAX_VALUE = 10**18  # beyond any budget or headcount; floats would overflow
_RANGE_SEP = r"(?:-|~|至|到|—|－|～)"

# After a bare number these show it is a marker or a code, not a quantity.
_BARE_STOP = frozenset("、.)]〕】”\"'+/-:·#")
_LATIN = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
# Words before a lone 百/千/万/亿 that make it a number (上百户, 近千户).
_LONE_OK_BEFORE = ("上", "近", "数", "几", "逾", "超", "过", "约", "成", "好几")


_MAY_START: re.Pattern[str] | None = None


def _may_start() -> re.Pattern[str]:
    """The characters a numeral run can start with (the scanner's lookahead),
    and every character that normalises to one (full-width digits, 萬, 兩,
    幾 …): a text with none of them holds no quantity, and a third of the
    texts of a report (正在招标。) need no further work."""
    global _MAY_START
    if _MAY_START is None:
        from ._t2s_table import SIMPLIFIED, TRADITIONAL

        starts = set("0123456789" + _CN + "几数好")
        chars = starts | {chr(c) for c in range(0xFF10, 0xFF1A)}
        chars |= {t for t, s in zip(TRADITIONAL, SIMPLIFIED) if s in starts}
        _MAY_START = re.compile("[" + "".join(sorted(regex.escape(c) for c in chars)) + "]")
    return _MAY_START


def _alt(words: Iterable[str]) -> str:
    """An alternation matching the longest of ``words`` at a position.

    The words are grouped by their first character (新(?:增|建)|完(?:成|工)),
    longest first within a group: the engine then tries only the group of
    the character at hand instead of every word in turn. Only words of one
    group can match at a position and two words of one length cannot both
    match, so the first match is the longest, as in a flat alternation
    sorted longest first.
    """
    groups: dict[str, list[str]] = {}
    for w in sorted(words, key=len, reverse=True):
        groups.setdefault(w[0], []).append(regex.escape(w[1:]))
    return "|".join(
        regex.escape(first) + ("(?:" + "|".join(rests) + ")" if rests != [""] else "")
        for first, rests in groups.items()
    )


def _by_last(pairs: Iterable[tuple[str, str]]) -> dict[str, list[tuple[str, str]]]:
    index: dict[str, list[tuple[str, str]]] = {}
    for word, payload in sorted(pairs, key=lambda x: len(x[0]), reverse=True):
        index.setdefault(normalize(word)[-1], []).append((normalize(word), payload))
    return index


def _phrase_index(set_phrases: Iterable[str]) -> dict[str, list[tuple[int, int, frozenset[str]]]]:
    """Set phrases by the numeral characters they hold, for a check where a
    numeral run starts: character → (offset of the character in the phrase,
    phrase length, the phrases of that offset and length), longest first.
    One slice and one set look-up test all phrases of a group (一 is in 60)."""
    numeral_chars = set(_CN) | set("0123456789")
    groups: dict[str, dict[tuple[int, int], set[str]]] = {}
    for phrase in set_phrases:
        p = normalize(phrase)
        for j, ch in enumerate(p):
            if ch in numeral_chars:
                groups.setdefault(ch, {}).setdefault((j, len(p)), set()).add(p)
    return {
        ch: [(j, length, frozenset(ps)) for (j, length), ps in sorted(by.items(), key=lambda x: (-x[0][1], x[0][0]))]
        for ch, by in groups.items()
    }


# Clause ends for the metric search. Brackets do not end a clause here: the
# verb 新(改)建 holds some.
_DELIMS = r"[,;。!?\n:\[\]【】]"
_DELIM = re.compile(_DELIMS)
# Matched from a window's start, this ends just after the window's last
# clause end (the greedy .* backs off from the right).
_AFTER_LAST_DELIM = re.compile(r".*" + _DELIMS, re.DOTALL)


def _numeral_pattern(fractions: bool) -> re.Pattern[str]:
    """The numeral pattern; ``fractions`` adds 百分之八十 and 三分之一. Only a
    text holding 分之 needs those: without them every numeral run is read
    once instead of twice (once as the denominator of a fraction that then
    fails), which halves the time the scan takes."""
    # The lookahead lets the engine skip non-numeral characters quickly: it
    # makes scanning three times faster than the bare alternation.
    return re.compile(
        rf"(?=[0-9{_CN}几数好])(?:"
        r"(?P<skip>(?<!\d)(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}"  # 2022-09-05
        r"|\d{1,2}:\d{2}(?::\d{2})?"  # 14:30
        r"|\d{3,4}-\d{7,8}"  # 021-12345678
        r"|1[3-9]\d{9})(?!\d))"  # mobile numbers
        + (rf"|(?P<pct>百分之(?P<pctn>{_N}))"
           rf"|(?P<frac>(?P<fd>{_N})分之(?P<fn>{_N}))" if fractions else "")
        + rf"|(?P<pfx>(?:好几|几|数)(?P<pfxm>[十百千万亿]+))"
        rf"|(?P<num>(?P<n1>{_N})(?:(?P<rsep>\s?{_RANGE_SEP}\s?)(?P<n2>{_N})|(?P<fuzzy>[余多来几])(?P<fuzzym>[万亿]*))?))",
        re.ASCII,
    )


class _Tables:
    """What the scanner needs from one lexicon, compiled once (cached per
    lexicon by :func:`_matcher`)."""

    def __init__(self, lex: Lexicon) -> None:
        # Set phrases are checked only where a numeral run starts.
        self.phrases_at = _phrase_index(lex.set_phrases)
        self.numeral = _numeral_pattern(fractions=True)
        self.numeral_plain = _numeral_pattern(fractions=False)
        context = set(lex.metric_verbs) | set(lex.cumulative)
        self.context = re.compile(_alt(context)) if context else None
        self.verbs: dict[str, str] = dict(lex.metric_verbs)  # a dict: faster than the read-only view
        self.cumulative = lex.cumulative
        # 共完成, 全年累计: the verb written inside a cumulative word.
        self.verb_in = {
            c: max((v for v in lex.metric_verbs if v in c), key=len)
            for c in lex.cumulative
            if c not in lex.metric_verbs and any(v in c for v in lex.metric_verbs)
        }
        # Words after a number: a unit (its entry) or a sign that it is no
        # quantity (None). One pattern finds the longest at a position: two
        # words of one length cannot both start there, so trying them
        # longest first in one alternation is the longest match.
        self.after_words: dict[str, UnitEntry | None] = {w: None for w in lex.non_quantity_after}
        self.after_words.update(lex.units)
        self.after_word = re.compile(_alt(self.after_words)) if self.after_words else None
        after_quals: dict[str, list[tuple[str, str]]] = {}
        before_quals: list[tuple[str, str]] = []
        for q in lex.qualifiers.values():
            if q.position == "after":
                after_quals.setdefault(q.word[0], []).append((q.word, q.qualifier))
            else:
                before_quals.append((q.word, q.qualifier))
        for quals in after_quals.values():
            quals.sort(key=lambda x: len(x[0]), reverse=True)
        before_quals.sort(key=lambda x: len(x[0]), reverse=True)
        self.after_quals = after_quals
        # Indexed by their last character: only words ending in the character
        # just before a number can apply to it. Each carries the context words
        # that end in it (签约 for 约), which take it back.
        self.before_quals = {
            last: [(w, q, [v for v in context if len(v) > len(w) and v.endswith(w)]) for w, q in pairs]
            for last, pairs in _by_last(before_quals).items()
        }
        self.before_words = _by_last([(w, w) for w in lex.non_quantity_before])


def _matcher(lex: Lexicon) -> _Tables:
    return lex.cached("extract", _Tables)


def _lowest_place(numeral: str, value: Fraction | int) -> Fraction:
    """The step a fuzzy suffix adds: 二十余 → 10, 500多 → 100, 一万多 → 10000."""
    last = numeral[-1]
    if last in MULTIPLIERS:
        return Fraction(MULTIPLIERS[last])
    if last.isdigit() and "." not in numeral:
        digits = numeral.replace(",", "")
        trailing_zeros = len(digits) - len(digits.rstrip("0"))
        return Fraction(10**trailing_zeros)
    return Fraction(1)


def _adjacent_pair(s: str) -> tuple[Fraction | int, Fraction | int] | None:
    """两三 → (2, 3); 三四十 → (30, 40); 十五六 → (15, 16)."""
    for i in range(len(s) - 1):
        a, b = s[i], s[i + 1]
        if a in DIGITS and b in DIGITS and a not in "〇零" and DIGITS[b] == DIGITS[a] + 1:
            pre, post = s[:i], s[i + 2 :]
            try:
                return numeral_value(pre + a + post), numeral_value(pre + b + post)
            except NumberFormatError:
                return None
    return None


def _parses(s: str) -> bool:
    try:
        numeral_value(s)
    except NumberFormatError:
        return False
    return True


_LONE = "百千万亿佰仟萬億"


def _is_lone_multiplier(s: str) -> bool:
    return not s.strip(_LONE)  # every character one of them ("" too)


# The numeral runs of the pattern hold no digit but ASCII ones, so this
# answers any(c.isdigit() for c in span) in one C call.
_ASCII_DIGITS = frozenset("0123456789")


def _has_digit(s: str) -> bool:
    return not _ASCII_DIGITS.isdisjoint(s)


def extract_quantities(text: str, *, lexicon: Lexicon | None = None) -> list[Quantity]:
    """Find the quantities of a Chinese progress text.

    Parameters
    ----------
    text:
        Any string; it is never modified and never makes this raise.
    lexicon:
        The word lists to use; default :func:`~progress_nlp.default_lexicon`.

    Returns
    -------
    The quantities in text order, with non-overlapping spans into ``text``.

    Raises
    ------
    TypeError
        ``text`` is not a ``str``.

    Examples
    --------
    >>> [(q.metric, q.value, q.unit) for q in extract_quantities("新增81台,完工52台。")]
    [('新增', 81, '台'), ('完工', 52, '台')]
    >>> [(q.value, q.upper, q.qualifier) for q in extract_quantities("两三个")]
    [(2, 3, 'about')]
    >>> extract_quantities("8月24日,一是统一思想")
    []
    """
    if not isinstance(text, str):
        raise TypeError(f"extract_quantities() expects str, got {type(text).__name__}")
    if not text or _may_start().search(text) is None:
        return []  # no character a numeral can start with, in any script or width
    return extract_normalized(normalize(text), text, lexicon or default_lexicon())


def extract_normalized(norm: str, original: str, lex: Lexicon, *, durations: bool = False) -> list[Quantity]:
    """:func:`extract_quantities` on a text normalised already (``norm`` =
    ``normalize(original)``, same length), so callers that read a text with
    several rules normalise it once. ``durations`` keeps numbers of a
    ``time`` unit (平均候诊时间28分钟), which progress never counts but a
    level (反应时间控制在12分钟以内) may be stated in."""
    if not original:
        return []
    return _Scanner(norm, original, lex, _matcher(lex), durations).run()


_YEAR = re.compile(r"(?:19|20)\d\d")
# Measure words that follow a year to name a cohort (2014级毕业生, 2019届).
_COHORT = frozenset({"级", "届"})

# A value read from a numeral: (value, upper bound, qualifier).
_Read = tuple[Fraction | int | None, Fraction | int | None, str | None]


class _Scanner:
    """One pass over one text, in three steps: find the numerals and read
    them (:meth:`run`, :meth:`_number` with :meth:`_single`, :meth:`_plain`
    and :meth:`_other`), attach what follows them (:meth:`_unit`), then,
    once all are known, give each kept quantity its metric (:meth:`_metrics`)."""

    def __init__(self, t: str, original: str, lex: Lexicon, m: _Tables, durations: bool = False) -> None:
        self.t = t
        self.durations = durations
        self.original = original
        self.lex = lex
        self.m = m
        self.out: list[Quantity] = []
        self.chain_end = -1  # end of the last dropped ordinal, for 第3、5、7条
        self.has_title = "《" in t
        self.has_quote = "“" in t

    def run(self) -> list[Quantity]:
        t = self.t
        numeral = self.m.numeral if "分之" in t else self.m.numeral_plain
        phrases_at = self.m.phrases_at
        pos, n = 0, len(t)
        while pos < n:
            mt = numeral.search(t, pos)
            if mt is None:
                break
            start = mt.start()
            skip_to = self._in_phrase(start, phrases_at[t[start]]) if t[start] in phrases_at else -1
            if skip_to > 0:
                pos = skip_to
            elif mt.lastgroup == "skip":
                pos = mt.end()
            else:
                pos = self._number(mt)
        if self.out:
            self._metrics()
        return self.out

    def _in_phrase(self, start: int, groups: list[tuple[int, int, frozenset[str]]]) -> int:
        """End of a set phrase covering ``start``, or -1."""
        t = self.t
        for j, length, phrases in groups:
            if j <= start and t[start - j : start - j + length] in phrases:
                return start - j + length
        return -1

    def _enclosed(self, start: int, open_: str, close: str, limit: int) -> int:
        """End of the open_…close_ pair around ``start`` (at most ``limit`` long), or -1."""
        t = self.t
        o = t.rfind(open_, max(0, start - limit), start)
        if o < 0 or t.rfind(close, o, start) >= 0:
            return -1
        c = t.find(close, start, o + limit)
        return c + 1 if c >= 0 else -1

    # -- metric and cumulative, looked up once all numbers are known ---------
    # The clause around a number runs from just after the last clause end
    # before it to the first one after it. A verb governs numbers near it;
    # the window also keeps a text without punctuation linear (each number
    # looks a bounded way).
    def _clause_start(self, start: int) -> int:
        lo = start - _CONTEXT_WINDOW if start > _CONTEXT_WINDOW else 0
        head = _AFTER_LAST_DELIM.match(self.t, lo, start)
        return head.end() if head else lo

    def _clause_end(self, end: int) -> int:
        hi = end + _CONTEXT_WINDOW
        if hi > len(self.t):
            hi = len(self.t)
        tail = _DELIM.search(self.t, end, hi)
        return tail.start() if tail else hi

    def _metrics(self) -> None:
        t = self.t
        ctx = self.m.context
        if ctx is None:
            return
        verbs = self.m.verbs
        cumulative = self.m.cumulative
        verb_in = self.m.verb_in
        has_list = "等" in t
        for q in self.out:
            rec = q.__dict__  # the results are filled in place, see _quantity
            start, end = q.span
            clause_start = self._clause_start(start)
            metric = total = None
            verbs_end = start
            if has_list and t[clause_start:start].rstrip().endswith("等"):
                # 新建成A、B安置小区幼儿园、C等7所: the verb before the list
                # governs the count; a verb inside a listed name does not.
                first = t.find("、", clause_start, start)
                if first >= 0:
                    verbs_end = first
            for cm in ctx.finditer(t, clause_start, verbs_end):
                word = cm.group()
                if word in cumulative:
                    rec["cumulative"] = True
                    # 共完成, 全年累计: the verb written inside the word counts.
                    word = verb_in.get(word, word)
                cls = verbs.get(word)
                if cls == "total":
                    total = word
                elif cls is not None:
                    metric = word
            if metric is None:
                # 累计为133250名职工提供服务: the verb after the number names
                # what is counted; 累计 only says it is a running total.
                for cm in ctx.finditer(t, end, self._clause_end(end)):
                    cls = verbs.get(cm.group())
                    if cls is not None and cls != "total":
                        metric = cm.group()
                        break
            rec["metric"] = metric or total

    # -- one numeral --------------------------------------------------------
    def _number(self, mt: re.Match[str]) -> int:
        """Keep the quantity of one numeral match (or not); returns where
        the scan goes on."""
        t = self.t
        start, end = mt.span()
        if self.has_title:
            title_end = self._enclosed(start, "《", "》", 80)
            if title_end > 0:
                return title_end  # 《…三年行动计划(2021-2023年)》 names a document
        if end - start > _MAX_NUMERAL + 8:
            return mt.end()
        value: Fraction | int | None
        upper: Fraction | int | None
        qualifier: str | None
        unit = ""
        kind = ""
        numeral = ""
        group = mt.lastgroup
        try:
            if group == "num":
                numeral = mt.group("n1")
                if end == start + len(numeral):
                    # A lone numeral, nine in ten: digits need no parser.
                    if len(numeral) > 1 and numeral[-1] in "千百仟佰":
                        numeral = self._give_back_unit_prefix(numeral, end)
                        end = start + len(numeral)
                    if numeral.isdigit() and numeral.isascii():
                        value, upper, qualifier = int(numeral), None, None
                    else:
                        value, upper, qualifier = self._single(numeral)
                else:
                    value, upper, qualifier, end = self._plain(mt)
            else:
                value, upper, qualifier, unit, kind, numeral = self._other(mt, group)
        except (NumberFormatError, ZeroDivisionError):
            return mt.end()
        if value is None or value > _MAX_VALUE or (upper is not None and upper > _MAX_VALUE):
            return mt.end()
        # Words right before the number: 第 drops it, 不少于 qualifies it.
        prev = t[start - 1] if start else ""
        for w, _ in self.m.before_words.get(prev, ()):
            if t.startswith(w, start - len(w)):
                self.chain_end = self._chain_end(mt.end())
                return mt.end()
        if start > 0 and start <= self.chain_end:
            self.chain_end = self._chain_end(mt.end())
            return mt.end()
        if prev in _LATIN:
            return mt.end()
        # A lone 百/千/万/亿 (_is_lone_multiplier, spelt out: this runs for every number).
        if numeral and not numeral.strip(_LONE) and group != "pfx" and mt.group("fuzzy") is None:
            if not t[max(0, start - 2) : start].endswith(_LONE_OK_BEFORE):
                return mt.end()
            if prev == "近":
                upper = value
            qualifier = qualifier or "about"
        for w, q, longer in self.m.before_quals.get(prev, ()):
            # 签约1211台: the 约 belongs to the verb 签约, not "about".
            if t.startswith(w, start - len(w)) and not any(t.startswith(v, start - len(v)) for v in longer):
                qualifier = qualifier or q
                break
        # What follows: a unit, a sign of a date/code, or nothing.
        if not unit and kind != "fraction":
            word, unit_end, value, upper, numeral_end = self._unit(numeral, start, end, value, upper)
            if word is None:  # a date, an age, a duration, a name
                return unit_end
            unit = word
            if unit:
                end = unit_end
                entry = self.lex.units[unit]
                kind = entry.kind
                if entry.ambiguous and not _has_digit(t[start:numeral_end]) and not self._kept_prefix(numeral_end, unit):
                    return end
                if kind == "count" and value.denominator != 1 and qualifier is None:
                    return end  # 2.3本项目: a section number, not 2.3 books
                if unit in _COHORT and _YEAR.fullmatch(t[start:numeral_end]):
                    return end  # 2014级, 2019届: a cohort named by its year
            else:
                end = numeral_end
                if not self._bare_ok(mt, start, numeral_end, numeral, value):
                    return numeral_end
        # Qualifier words after the number and unit (以上, 左右).
        if end < len(t):
            for w, q in self.m.after_quals.get(t[end], ()):
                if t.startswith(w, end):
                    qualifier = qualifier or q
                    break
        self.out.append(self._quantity(value, unit, start, end, qualifier, upper, kind))
        return end

    @staticmethod
    def _other(mt: re.Match[str], group: str | None) -> tuple[Fraction | int, Fraction | int | None, str | None, str, str, str]:
        """Value, upper, qualifier, unit, kind and numeral of a percentage
        (百分之八十), a fraction (三分之一) or a prefixed multiplier (数百, 几十)."""
        if group == "pct":
            return numeral_value(mt.group("pctn")), None, None, "%", "percent", ""
        if group == "frac":
            return Fraction(numeral_value(mt.group("fn"))) / numeral_value(mt.group("fd")), None, None, "", "fraction", ""
        mult = numeral_value(mt.group("pfxm"))  # pfx
        return 2 * mult, 10 * mult, "about", "", "", mt.group("pfxm")

    def _plain(self, mt: re.Match[str]) -> tuple[Fraction | int | None, Fraction | int | None, str | None, int]:
        """Value, upper bound, qualifier and end of an n1[-n2 | fuzzy] numeral."""
        n1 = mt.group("n1")
        end = mt.end()
        if mt.group("n2") is not None:
            n2 = mt.group("n2")
            lo: Fraction | int | None
            hi: Fraction | int | None
            try:
                hi = numeral_value(n2)
                lo = numeral_value(n1)
            except NumberFormatError:
                lo = hi = None
            if lo is not None and hi is not None:
                # 3-5万: the magnitude of the bound applies to both.
                if n2[-1] in "万亿" and n1[-1] not in "万亿" and lo < hi:
                    lo = lo * MULTIPLIERS[n2[-1]]
                if lo < hi:
                    return lo, hi, "about", end
            end = mt.start("rsep")  # not a range: keep n1 alone
            return self._single(n1) + (end,)
        if mt.group("fuzzy") is not None:
            base = self._single(n1)[0]
            mult = numeral_value(mt.group("fuzzym")) if mt.group("fuzzym") else 1
            if base is None:
                return None, None, None, end
            fuzzy = mt.group("fuzzy")
            step = _lowest_place(n1, base)
            if fuzzy == "几":
                # 十几 → 11..20; 二十几 → 21..30
                sub = step / 10 if step >= 10 else Fraction(1)
                return (base + sub) * mult, (base + 10 * sub) * mult, "about", end
            return base * mult, (base + step) * mult, "about", end
        value, upper, qualifier = self._single(n1)
        return value, upper, qualifier, end

    @staticmethod
    def _single(s: str) -> _Read:
        if s.isdigit() and s.isascii():
            return int(s), None, None
        try:
            if len(s) <= 4 and not _has_digit(s):
                pair = _adjacent_pair(s)
                if pair:
                    return pair[0], pair[1], "about"
            return numeral_value(s), None, None
        except NumberFormatError:
            pair = _adjacent_pair(s)
            if pair:
                return pair[0], pair[1], "about"
            return None, None, None

    def _unit(self, numeral: str, start: int, end: int, value: Fraction | int, upper: Fraction | int | None) -> tuple[str | None, int, Fraction | int, Fraction | int | None, int]:
        """The unit after a numeral; unit None means 'not a quantity'.

        Returns (unit, end_with_unit, value, upper, numeral_end). A unit that
        begins with a numeral character is tried where the numeral run
        swallowed that character: in 500万元 the 万 belongs to the unit 万元,
        so the value is 500 (values are in the unit as written, like 5公里;
        the lexicon's scale takes both to the canonical unit). 千瓦 and
        百分点 were given back before parsing (:meth:`_give_back_unit_prefix`).
        """
        t, lex = self.t, self.lex
        k = 1
        while end - k > start and t[end - k] in MULTIPLIERS:
            cut = end - k
            word = self._word_at(cut)
            if word is not None and len(word) > k and word in lex.units:
                if word[0] in "万亿萬億":
                    if k == 1:
                        m = MULTIPLIERS[t[cut]]
                        return word, cut + len(word), Fraction(value) / m, None if upper is None else Fraction(upper) / m, cut
            k += 1
        found = self.m.after_word.match(t, end) if self.m.after_word is not None else None  # _word_at(end)
        if found is None:
            return "", end, value, upper, end
        word = found.group()
        entry = self.m.after_words[word]
        if entry is None or entry.kind == "time" and not self.durations:
            return None, end + len(word), value, upper, end
        return word, end + len(word), value, upper, end

    def _give_back_unit_prefix(self, numeral: str, end: int) -> str:
        """100千瓦, 5万千瓦, 8万7100千克, 3百分点: the last 千/百 starts the unit.

        After Arabic digits or a magnitude (万, 亿), or when the run does not
        parse with it (两千千瓦); a numeral that parses keeps it (一千米 is
        1000 米), and so does one digit after a magnitude, the 千 its place
        (2万1千米 is 21000 米).
        """
        if len(numeral) > 1 and numeral[-1] in "千百仟佰":
            word = self._word_at(end - 1)
            if word is not None and len(word) > 1 and word in self.lex.units:
                placed = len(numeral) > 2 and numeral[-2].isdigit() and numeral[-3] in "万亿萬億" \
                    and self._word_at(end) in self.lex.units  # 2万1千|米, not 2万1百|分点
                if (numeral[-2].isdigit() and not placed) or numeral[-2] in "万亿萬億" or not _parses(numeral):
                    return numeral[:-1]  # 两千千瓦, 十千瓦: the run cannot end in 千
        return numeral

    def _kept_prefix(self, numeral_end: int, unit: str) -> bool:
        """Is ``unit`` the rest of a unit the numeral kept the first
        character of (三千|米 is 三 千米: 米 is no rice there)?"""
        prefix = self.t[numeral_end - 1 : numeral_end]
        whole = {"仟": "千", "佰": "百"}.get(prefix, prefix) + unit  # 壹仟米 as 一千米
        entry = self.lex.units.get(whole) if numeral_end > 0 else None
        return entry is not None and not entry.ambiguous

    def _word_at(self, i: int) -> str | None:
        """The longest unit or non-quantity word starting at ``i``, or None."""
        after_word = self.m.after_word
        mt = after_word.match(self.t, i) if after_word is not None else None
        return mt.group() if mt is not None else None

    def _bare_ok(self, mt: re.Match[str], start: int, end: int, numeral: str, value: Fraction | int) -> bool:
        t = self.t
        if self.has_quote and self._enclosed(start, "“", "”", 40) > 0:
            return False  # “1+2”相关文件
        nxt = t[end] if end < len(t) else ""
        if nxt in _BARE_STOP or nxt in _LATIN or nxt == "“":
            return False
        prev = t[start - 1] if start > 0 else ""
        if prev and prev in "(“\"":
            return False
        has_digit = any(c.isdigit() for c in t[start:end])
        if has_digit:
            return not (nxt == "." and end + 1 < len(t) and not t[end + 1].isdigit())
        return value >= 10000 and not _is_lone_multiplier(numeral or "x")

    def _chain_end(self, end: int) -> int:
        """Numbers chained by 、 or commas to a dropped one are dropped too."""
        t = self.t
        if end < len(t) and t[end] in "、,和及与":
            return end + 1
        return -1

    def _quantity(self, value: Fraction | int, unit: str, start: int, end: int, qualifier: str | None,
                  upper: Fraction | int | None, kind: str) -> Quantity:
        """The result; :meth:`_metrics` sets its metric and cumulative later."""
        shown: int | float | Decimal | Fraction
        exact: int | Decimal | Fraction | float
        if type(value) is int:
            shown = exact = value  # what to_output gives a whole number, both ways
        else:
            shown, exact = to_output(value), to_output(value, exact=True)
        # Filling __dict__ directly skips the frozen dataclass's ten
        # object.__setattr__ calls; it is a fifth of the time per quantity.
        q = object.__new__(Quantity)
        q.__dict__.update({
            "value": shown,
            "unit": unit,
            "span": (start, end),
            "metric": None,
            "cumulative": False,
            "qualifier": qualifier,
            "upper": None if upper is None else to_output(upper),
            "kind": kind,
            "text": self.original[start:end],
            "exact": exact,
        })
        return q
