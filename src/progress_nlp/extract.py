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
   ``一期工程``); counting units need whole values (``2.3本`` is a section
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
from bisect import bisect_left
from fractions import Fraction
from typing import Any, Iterable

import regex

from .errors import NumberFormatError
from .lexicon import Lexicon, default_lexicon
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
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))


def _by_last(pairs: Iterable[tuple[str, str]]) -> dict[str, list[tuple[str, str]]]:
    index: dict[str, list[tuple[str, str]]] = {}
    for word, payload in sorted(pairs, key=lambda x: len(x[0]), reverse=True):
        index.setdefault(normalize(word)[-1], []).append((normalize(word), payload))
    return index


def _build(lex: Lexicon) -> dict[str, Any]:
    """Compile what the scanner needs from one lexicon (cached per lexicon)."""
    numeral_chars = set(_CN) | set("0123456789")
    # Set phrases are checked only where a numeral run starts: index each
    # phrase by the numeral characters it contains and their offsets.
    phrases_at: dict[str, list[tuple[str, int]]] = {}
    for phrase in lex.set_phrases:
        p = normalize(phrase)
        for j, ch in enumerate(p):
            if ch in numeral_chars:
                phrases_at.setdefault(ch, []).append((p, j))
    for v in phrases_at.values():
        v.sort(key=lambda x: len(x[0]), reverse=True)
    # The lookahead lets the engine skip non-numeral characters quickly: it
    # makes scanning three times faster than the bare alternation.
    numeral = re.compile(
        rf"(?=[0-9{_CN}几数好])(?:"
        r"(?P<skip>(?<!\d)(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}"  # 2022-09-05
        r"|\d{1,2}:\d{2}(?::\d{2})?"  # 14:30
        r"|\d{3,4}-\d{7,8}"  # 021-12345678
        r"|1[3-9]\d{9})(?!\d))"  # mobile numbers
        rf"|(?P<pct>百分之(?P<pctn>{_N}))"
        rf"|(?P<frac>(?P<fd>{_N})分之(?P<fn>{_N}))"
        rf"|(?P<pfx>(?:好几|几|数)(?P<pfxm>[十百千万亿]+))"
        rf"|(?P<num>(?P<n1>{_N})(?:(?P<rsep>\s?{_RANGE_SEP}\s?)(?P<n2>{_N})|(?P<fuzzy>[余多来几])(?P<fuzzym>[万亿]*))?))",
        re.ASCII,
    )
    context = set(lex.metric_verbs) | set(lex.cumulative)
    units_by_first: dict[str, list[str]] = {}
    for w in set(lex.units) | set(lex.non_quantity_after):
        units_by_first.setdefault(w[0], []).append(w)
    for words in units_by_first.values():
        words.sort(key=len, reverse=True)
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
    return {
        "numeral": numeral,
        "phrases_at": phrases_at,
        "context": re.compile(_alt(context)) if context else None,
        "verb_in": {
            c: max((v for v in lex.metric_verbs if v in c), key=len)
            for c in lex.cumulative
            if c not in lex.metric_verbs and any(v in c for v in lex.metric_verbs)
        },
        # Brackets do not end a clause here: the verb 新(改)建 holds some.
        "delims": re.compile(r"[,;。!?\n:\[\]【】]"),
        "units_by_first": units_by_first,
        "after_quals": after_quals,
        # Indexed by their last character: only words ending in the character
        # just before a number can apply to it.
        "before_quals": {
            last: [(w, q, [v for v in context if len(v) > len(w) and v.endswith(w)]) for w, q in pairs]
            for last, pairs in _by_last(before_quals).items()
        },
        "before_words": _by_last([(w, w) for w in lex.non_quantity_before]),
    }


def _matcher(lex: Lexicon) -> dict[str, Any]:
    return lex.cached("extract", _build)


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


def _is_lone_multiplier(s: str) -> bool:
    return all(c in "百千万亿佰仟萬億" for c in s)


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


class _Scanner:
    """One pass over one text."""

    def __init__(self, t: str, original: str, lex: Lexicon, m: dict[str, Any], durations: bool = False) -> None:
        self.t = t
        self.durations = durations
        self.original = original
        self.lex = lex
        self.m = m
        self.out: list[dict[str, Any]] = []
        self.chain_end = -1  # end of the last dropped ordinal, for 第3、5、7条
        self.has_title = "《" in t
        self.has_quote = "“" in t

    def run(self) -> list[Quantity]:
        t = self.t
        numeral = self.m["numeral"]
        phrases_at = self.m["phrases_at"]
        pos, n = 0, len(t)
        while pos < n:
            mt = numeral.search(t, pos)
            if mt is None:
                break
            start = mt.start()
            skip_to = self._in_phrase(start, phrases_at) if t[start] in phrases_at else -1
            if skip_to > 0:
                pos = skip_to
            elif mt.lastgroup == "skip":
                pos = mt.end()
            else:
                pos = self._number(mt)
        if self.out:
            self._context()
        return [self._freeze(r) for r in self.out]

    def _in_phrase(self, start: int, phrases_at: dict[str, list[tuple[str, int]]]) -> int:
        """End of a set phrase covering ``start``, or -1."""
        t = self.t
        for phrase, j in phrases_at[t[start]]:
            if j <= start and t.startswith(phrase, start - j):
                return start - j + len(phrase)
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
    def _context(self) -> None:
        t = self.t
        ctx = self.m["context"]
        if ctx is None:
            return
        delims = [mt.start() for mt in self.m["delims"].finditer(t)]
        verbs = self.lex.metric_verbs
        cumulative = self.lex.cumulative
        for rec in self.out:
            start, end = rec["span"]
            i = bisect_left(delims, start)
            # A verb governs numbers near it; the window also keeps a text
            # without punctuation linear (each number looks back a bounded way).
            clause_start = max(delims[i - 1] + 1 if i else 0, start - _CONTEXT_WINDOW)
            j = bisect_left(delims, end)
            clause_end = min(delims[j] if j < len(delims) else len(t), end + _CONTEXT_WINDOW)
            metric = total = None
            verbs_end = start
            if t[clause_start:start].rstrip().endswith("等"):
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
                    word = self.m["verb_in"].get(word, word)
                cls = verbs.get(word)
                if cls == "total":
                    total = word
                elif cls is not None:
                    metric = word
            if metric is None:
                # 累计为133250名职工提供服务: the verb after the number names
                # what is counted; 累计 only says it is a running total.
                for cm in ctx.finditer(t, end, clause_end):
                    cls = verbs.get(cm.group())
                    if cls is not None and cls != "total":
                        metric = cm.group()
                        break
            metric = metric or total
            rec["metric"] = metric

    # -- one numeral --------------------------------------------------------
    def _number(self, mt: re.Match[str]) -> int:
        t = self.t
        start, end = mt.span()
        if self.has_title:
            title_end = self._enclosed(start, "《", "》", 80)
            if title_end > 0:
                return title_end  # 《…三年行动计划(2021-2023年)》 names a document
        upper: Fraction | int | None = None
        qualifier: str | None = None
        kind = ""
        unit: str | None = ""
        numeral = ""
        group = mt.lastgroup
        if end - start > _MAX_NUMERAL + 8:
            return mt.end()
        try:
            if group == "num":
                numeral = mt.group("n1")
                if end == start + len(numeral):
                    numeral = self._give_back_unit_prefix(numeral, end)
                    end = start + len(numeral)
                    value, upper, qualifier = self._single(numeral)
                else:
                    value, upper, qualifier, end = self._plain(mt)
            elif group == "pct":
                value = numeral_value(mt.group("pctn"))
                unit, kind = "%", "percent"
            elif group == "frac":
                value = Fraction(numeral_value(mt.group("fn"))) / numeral_value(mt.group("fd"))
                kind = "fraction"
            else:  # pfx: 数百, 几十
                mult = numeral_value(mt.group("pfxm"))
                value, upper, qualifier = 2 * mult, 10 * mult, "about"
                numeral = mt.group("pfxm")
        except (NumberFormatError, ZeroDivisionError):
            return mt.end()
        if value is None or value > _MAX_VALUE or (upper is not None and upper > _MAX_VALUE):
            return mt.end()
        # Words right before the number: 第 drops it, 不少于 qualifies it.
        prev = t[start - 1] if start else ""
        for w, _ in self.m["before_words"].get(prev, ()):
            if t.startswith(w, start - len(w)):
                self.chain_end = self._chain_end(mt.end())
                return mt.end()
        if start > 0 and start <= self.chain_end:
            self.chain_end = self._chain_end(mt.end())
            return mt.end()
        if prev in _LATIN:
            return mt.end()
        if numeral and group != "pfx" and mt.group("fuzzy") is None and _is_lone_multiplier(numeral):
            if not t[max(0, start - 2) : start].endswith(_LONE_OK_BEFORE):
                return mt.end()
            if prev == "近":
                upper = value
            qualifier = qualifier or "about"
        for w, q, longer in self.m["before_quals"].get(prev, ()):
            # 签约1211台: the 约 belongs to the verb 签约, not "about".
            if t.startswith(w, start - len(w)) and not any(t.startswith(v, start - len(v)) for v in longer):
                qualifier = qualifier or q
                break
        # What follows: a unit, a sign of a date/code, or nothing.
        if not unit and kind != "fraction":
            unit, unit_end, value, upper, numeral_end = self._unit(numeral, start, end, value, upper)
            if unit is None:  # a date, an age, a duration, a name
                return unit_end
            end = unit_end if unit else numeral_end
            if unit:
                entry = self.lex.units[unit]
                kind = entry.kind
                if entry.ambiguous and not any(c.isdigit() for c in t[start:numeral_end]):
                    return end
                if kind == "count" and value.denominator != 1 and qualifier is None:
                    return end  # 2.3本项目: a section number, not 2.3 books
                if unit in _COHORT and _YEAR.fullmatch(t[start:numeral_end]):
                    return end  # 2014级, 2019届: a cohort named by its year
            else:
                if not self._bare_ok(mt, start, numeral_end, numeral, value):
                    return numeral_end
        # Qualifier words after the number and unit (以上, 左右).
        if end < len(t):
            for w, q in self.m["after_quals"].get(t[end], ()):
                if t.startswith(w, end):
                    qualifier = qualifier or q
                    break
        rec = {
            "value": value,
            "unit": unit,
            "span": (start, end),
            "metric": None,
            "cumulative": False,
            "qualifier": qualifier,
            "upper": upper,
            "kind": kind if unit or kind else "",
        }
        self.out.append(rec)
        return end

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
    def _single(s: str) -> tuple[Fraction | int | None, Fraction | int | None, str | None]:
        if s.isdigit() and s.isascii():
            return int(s), None, None
        try:
            if len(s) <= 4 and not any(c.isdigit() for c in s):
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
        word = self._word_at(end)
        if word is None:
            return "", end, value, upper, end
        entry = lex.units.get(word)
        if entry is None or entry.kind == "time" and not self.durations:
            return None, end + len(word), value, upper, end
        return word, end + len(word), value, upper, end

    def _give_back_unit_prefix(self, numeral: str, end: int) -> str:
        """100千瓦, 5万千瓦, 8万7100千克, 3百分点: the last 千/百 starts the unit.

        After Arabic digits or a magnitude (万, 亿), or when the run does not
        parse with it (两千千瓦); a numeral that parses keeps it (一千米 is
        1000 米).
        """
        if len(numeral) > 1 and numeral[-1] in "千百仟佰":
            word = self._word_at(end - 1)
            if word is not None and len(word) > 1 and word in self.lex.units:
                if numeral[-2].isdigit() or numeral[-2] in "万亿萬億" or not _parses(numeral):
                    return numeral[:-1]  # 两千千瓦, 十千瓦: the run cannot end in 千
        return numeral

    def _word_at(self, i: int) -> str | None:
        t = self.t
        if i >= len(t):
            return None
        w: str
        for w in self.m["units_by_first"].get(t[i], ()):
            if t.startswith(w, i):
                return w
        return None

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

    def _freeze(self, rec: dict[str, Any]) -> Quantity:
        start, end = rec["span"]
        upper = rec["upper"]
        value = rec["value"]
        rec["text"] = self.original[start:end]
        rec["upper"] = None if upper is None else to_output(upper)
        rec["exact"] = to_output(value, exact=True)
        rec["value"] = to_output(value)
        # Filling __dict__ directly skips the frozen dataclass's ten
        # object.__setattr__ calls; it is a fifth of the time per quantity.
        q = object.__new__(Quantity)
        q.__dict__.update(rec)
        return q
