"""Hypothesis strategies for property tests against progress_nlp's rules.

This module is public, but it is not imported by ``import progress_nlp``: it
needs `hypothesis <https://hypothesis.readthedocs.io>`_, which is an optional
dependency. Import it explicitly::

    from hypothesis import given
    from progress_nlp import extract_quantities, strategies as pst

    @given(pst.quantity_phrases())
    def test_phrase(example):
        text, expected = example
        [q] = extract_quantities(text)
        assert expected.matches(q)

Every strategy draws from the same word lists as the extractor
(:func:`progress_nlp.default_lexicon`, or the ``lexicon=`` you pass), so
tests written with them follow the lexicon when it changes. Arguments are
keyword-only and checked when the strategy is built: a bad one raises
:class:`hypothesis.errors.InvalidArgument`, as hypothesis's own strategies do.

The strategies yield *(text, expected)* pairs: the text to feed the library
and what the library's documented rules (:mod:`progress_nlp.numerals`,
:mod:`progress_nlp.extract`) say it must give for it. They produce only
texts for which those rules give one clear answer.
"""

from __future__ import annotations

try:
    from hypothesis import assume
    from hypothesis import strategies as st
    from hypothesis.errors import InvalidArgument
except ImportError as exc:  # pragma: no cover - exercised without hypothesis only
    raise ImportError(
        "progress_nlp.strategies needs hypothesis, an optional dependency; "
        'install it with: pip install "progress-nlp[test]"'
    ) from exc

import re
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from typing import Any, Iterable, Mapping, TypeVar, cast

from .lexicon import UNIT_KINDS, Lexicon, QualifierEntry, default_lexicon
from .normalize import to_fullwidth, to_halfwidth
from .quantity import Quantity

__all__ = [
    "ExpectedQuantity",
    "chinese_numerals",
    "decimal_with_magnitude",
    "units",
    "metric_verbs",
    "qualifiers",
    "cumulative_words",
    "quantity_phrases",
    "progress_sentences",
    "non_quantities",
    "fullwidth",
    "to_fullwidth",
    "to_halfwidth",
    "NUMERAL_STYLES",
    "NON_QUANTITY_KINDS",
    "CLAUSE_DELIMITERS",
]

#: Values of ``style`` accepted by :func:`chinese_numerals`.
NUMERAL_STYLES = ("any", "lower", "upper", "mixed", "arabic")

#: Values accepted in ``kinds`` by :func:`non_quantities`.
NON_QUANTITY_KINDS = (
    "date", "list_marker", "ordinal", "duration", "document_number", "clock", "phone",
)

#: What :func:`progress_sentences` puts between clauses. Each one ends a
#: clause for the metric and cumulative rules (、 does not, so it is not here).
CLAUSE_DELIMITERS = (",", "，", ";", "；", "。")

# cn2an.an2cn renders at most 16 digits.
_MAX_RENDERABLE = 10**16 - 1
_MAGNITUDES = {"万": 4, "萬": 4, "亿": 8, "億": 8, "万亿": 12}
_BIG = "万亿萬億"

_T = TypeVar("_T")


# -- the expected result ---------------------------------------------------


@dataclass(frozen=True)
class ExpectedQuantity:
    """What :func:`progress_nlp.extract_quantities` must report for a phrase.

    ``value`` is exact (``int``, :class:`~decimal.Decimal` or
    :class:`~fractions.Fraction`) and is compared with
    :attr:`Quantity.exact <progress_nlp.Quantity.exact>`; the other fields
    are compared with the :class:`~progress_nlp.Quantity` field of the same
    name.

    Example::

        ExpectedQuantity(576, "个", "完成", True, None).matches(
            extract_quantities("累计完成576个")[0])   # True
    """

    value: int | Decimal | Fraction
    unit: str
    metric: str | None = None
    cumulative: bool = False
    qualifier: str | None = None

    def matches(self, q: Quantity) -> bool:
        """True when ``q`` has exactly this value, unit, metric, cumulative
        flag and qualifier."""
        return (
            q.exact == self.value
            and q.unit == self.unit
            and q.metric == self.metric
            and q.cumulative == self.cumulative
            and q.qualifier == self.qualifier
        )

    def describe(self, q: Quantity) -> str:
        """The fields of ``q`` that differ from this expectation (for assert
        messages)."""
        got = {"value": q.exact, "unit": q.unit, "metric": q.metric,
               "cumulative": q.cumulative, "qualifier": q.qualifier}
        want = {"value": self.value, "unit": self.unit, "metric": self.metric,
                "cumulative": self.cumulative, "qualifier": self.qualifier}
        return ", ".join(f"{k}: expected {want[k]!r}, got {got[k]!r}" for k in want if got[k] != want[k])


# -- argument checking -----------------------------------------------------


def _check_int(name: str, value: Any) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidArgument(f"{name}={value!r} must be an int")


def _check_range(min_value: Any, max_value: Any, lowest: int, highest: int) -> None:
    _check_int("min_value", min_value)
    _check_int("max_value", max_value)
    if min_value < lowest:
        raise InvalidArgument(f"min_value={min_value!r} must be at least {lowest}")
    if max_value > highest:
        raise InvalidArgument(f"max_value={max_value!r} must be at most {highest}")
    if min_value > max_value:
        raise InvalidArgument(f"min_value={min_value!r} is greater than max_value={max_value!r}")


def _check_lexicon(lexicon: Any) -> Lexicon:
    if lexicon is None:
        return default_lexicon()
    if not isinstance(lexicon, Lexicon):
        raise InvalidArgument(f"lexicon={lexicon!r} must be a progress_nlp.Lexicon or None")
    return lexicon


def _check_bool(name: str, value: Any) -> None:
    if not isinstance(value, bool):
        raise InvalidArgument(f"{name}={value!r} must be True or False")


def _check_choices(name: str, values: Any, allowed: Iterable[str]) -> tuple[str, ...] | None:
    if values is None:
        return None
    if isinstance(values, str):
        values = (values,)
    try:
        values = tuple(values)
    except TypeError:
        raise InvalidArgument(f"{name}={values!r} must be an iterable of str or None") from None
    allowed = tuple(allowed)
    bad = [v for v in values if v not in allowed]
    if bad:
        raise InvalidArgument(f"{name}: unknown value(s) {bad!r}; choose from {sorted(allowed)!r}")
    if not values:
        raise InvalidArgument(f"{name}=() selects nothing")
    return cast("tuple[str, ...]", values)


# -- numerals --------------------------------------------------------------


def _liang(draw: st.DrawFn, text: str) -> str:
    """Replace some 二 before 百/千/万/亿 by 两, where speakers say 两."""
    chars = list(text)
    for i, ch in enumerate(chars):
        if (
            ch == "二"
            and i + 1 < len(chars)
            and chars[i + 1] in "百千万亿"
            and (i == 0 or chars[i - 1] in "零百千万亿")
            and draw(st.booleans())
        ):
            chars[i] = "两"
    return "".join(chars)


def _plain_decimal(d: Decimal) -> str:
    return format(d, "f")


def _wan_tail(draw: st.DrawFn, b: int) -> str:
    """What follows 万 for a remainder 0 <= b < 10**4 (grammar: a tail)."""
    if b == 0:
        return ""
    if b < 1000:
        return "零" + str(b)  # 3万零400
    options = [str(b)]  # 3万4000
    if b % 1000 == 0:
        options += [f"{b // 1000}千", str(b // 1000)]  # 25万6千, 13万2
    return draw(st.sampled_from(options))


def _mixed_below_yi(draw: st.DrawFn, n: int) -> str:
    """``n`` in Arabic digits with 万 (3万4000, 25万6千, 13万2, 3万零400)."""
    a, b = divmod(n, 10**4)
    if a == 0:
        return str(b)
    return f"{a}万" + _wan_tail(draw, b)


def _mixed(draw: st.DrawFn, n: int) -> str:
    """Arabic digits with 万/亿 (14.5万, 3万4000, 1亿2000万, 13万2), or
    plain Arabic when ``n`` has no such form (below 1000)."""
    forms = []
    if n >= 1000:
        forms.append("wan_decimal")
    if 10**4 <= n < 10**12:
        forms.append("wan")
    if n >= 10**7 and n % 10**4 == 0:
        forms.append("yi_decimal")
    if n >= 10**8:
        forms.append("yi")
    if not forms:
        return str(n)
    form = draw(st.sampled_from(forms))
    if form == "wan_decimal":
        return _plain_decimal((Decimal(n).scaleb(-4)).normalize()) + "万"
    if form == "yi_decimal":
        return _plain_decimal((Decimal(n).scaleb(-8)).normalize()) + "亿"
    if form == "wan":
        return _mixed_below_yi(draw, n)
    c, r = divmod(n, 10**8)
    if r == 0:
        return f"{c}亿"
    tail = _mixed_below_yi(draw, r)
    return f"{c}亿" + ("零" + tail if r < 10**7 else tail)  # 3亿零500万, 1亿2000万


def _arabic(draw: st.DrawFn, n: int) -> str:
    if n >= 1000 and draw(st.booleans()):
        return f"{n:,}"  # 1,000 (groups of three only)
    return str(n)


def _render(draw: st.DrawFn, n: int, style: str, allow_liang: bool, allow_fullwidth: bool) -> str:
    import cn2an  # a core dependency, imported late to keep this module cheap

    if style == "lower":
        text: str = cn2an.an2cn(n, "low")
        return _liang(draw, text) if allow_liang else text
    if style == "upper":
        return cast(str, cn2an.an2cn(n, "up"))
    text = _mixed(draw, n) if style == "mixed" else _arabic(draw, n)
    if allow_fullwidth and draw(st.booleans()):
        text = to_fullwidth(text)
    return text


def _round_ints(min_value: int, max_value: int) -> st.SearchStrategy[int]:
    """Integers in range, often rounded to a power of ten (so that 14.5万 and
    两千 forms are drawn, not only 145,321-like values)."""

    @st.composite
    def draw_int(draw: st.DrawFn) -> int:
        n = draw(st.integers(min_value, max_value))
        k = draw(st.integers(0, len(str(max_value))))
        rounded: int = n - n % 10**k
        return rounded if rounded >= min_value and draw(st.booleans()) else n

    return draw_int()


def chinese_numerals(
    *,
    min_value: int = 0,
    max_value: int = 10**12,
    style: str = "any",
    allow_liang: bool = True,
    allow_fullwidth: bool = True,
) -> st.SearchStrategy[tuple[str, int]]:
    """Integers written as :func:`progress_nlp.parse_number` must read them.

    Yields ``(text, value)`` pairs, ``value`` an ``int`` in
    ``[min_value, max_value]`` (at most 10**16 - 1, what ``cn2an`` renders).

    ``style`` chooses the notation:

    * ``"lower"``: ``cn2an.an2cn(n, "low")`` (``一千零五``), with 二 before
      百/千/万/亿 sometimes said 两 (``两千两百`` = 2200) unless
      ``allow_liang=False``;
    * ``"upper"``: 大写, ``cn2an.an2cn(n, "up")`` (``壹仟零伍``);
    * ``"mixed"``: Arabic digits with 万/亿 (``14.5万`` = 145000,
      ``3万4000``, ``25万6千``, ``13万2`` = 132000, ``1亿2000万``); values
      below 1000 have no such form and are written in Arabic digits;
    * ``"arabic"``: ``81``, ``1,000``;
    * ``"any"``: one of the above, drawn per example.

    With ``allow_fullwidth`` (the default) the Arabic digits of the mixed
    and arabic styles are sometimes full-width (``１４．５万``).

    Example::

        @given(pst.chinese_numerals(max_value=10**8, style="lower"))
        def test_round_trip(pair):
            text, value = pair                  # ("两千零五", 2005)
            assert parse_number(text) == value
    """
    _check_range(min_value, max_value, 0, _MAX_RENDERABLE)
    if style not in NUMERAL_STYLES:
        raise InvalidArgument(f"style={style!r} must be one of {NUMERAL_STYLES!r}")
    _check_bool("allow_liang", allow_liang)
    _check_bool("allow_fullwidth", allow_fullwidth)
    styles = st.sampled_from(NUMERAL_STYLES[1:] if style == "any" else (style,))
    ints = _round_ints(min_value, max_value)

    @st.composite
    def numeral(draw: st.DrawFn) -> tuple[str, int]:
        n = draw(ints)
        s = draw(styles)
        return _render(draw, n, s, allow_liang, allow_fullwidth), n

    return numeral()


def _to_decimal(name: str, value: Any) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, (int, Decimal, str)):
        raise InvalidArgument(f"{name}={value!r} must be an int, a Decimal or a numeric str")
    try:
        d = Decimal(value)
    except ArithmeticError:
        raise InvalidArgument(f"{name}={value!r} is not a number") from None
    if not d.is_finite():
        raise InvalidArgument(f"{name}={value!r} must be finite")
    return d


def _exact(d: Decimal) -> int | Decimal:
    """int when whole (as parse_number(exact=True) gives), else Decimal."""
    if d == d.to_integral_value():
        return int(d)
    return d.normalize()


def decimal_with_magnitude(
    *,
    min_value: int | Decimal | str = 0,
    max_value: int | Decimal | str = 9999,
    places: int = 4,
    magnitudes: Iterable[str] = ("万", "亿"),
) -> st.SearchStrategy[tuple[str, int | Decimal]]:
    """A decimal number followed by a magnitude, with its exact value.

    Yields ``(text, value)`` such as ``("16.4亿", 1640000000)`` or
    ``("1.2345万", 12345)``. The written number ``d`` lies in
    ``[min_value, max_value]`` and has at most ``places`` decimals (written
    with or without trailing zeros: ``14.50万``); ``value`` is ``d`` times the
    magnitude computed in :class:`~decimal.Decimal`, returned as an ``int``
    when whole and a ``Decimal`` otherwise, as ``parse_number(text,
    exact=True)`` returns it. ``magnitudes`` is drawn from 万, 亿, 萬, 億 and
    万亿 (10**12).

    Example::

        @given(pst.decimal_with_magnitude())
        def test_exact(pair):
            text, value = pair                  # ("16.4亿", 1640000000)
            assert parse_number(text, exact=True) == value
    """
    lo = _to_decimal("min_value", min_value)
    hi = _to_decimal("max_value", max_value)
    if lo < 0:
        raise InvalidArgument(f"min_value={min_value!r} must not be negative")
    if lo > hi:
        raise InvalidArgument(f"min_value={min_value!r} is greater than max_value={max_value!r}")
    _check_int("places", places)
    if not 0 <= places <= 12:
        raise InvalidArgument(f"places={places!r} must be between 0 and 12")
    mags = _check_choices("magnitudes", magnitudes, _MAGNITUDES)
    assert mags is not None
    scale = 10**places
    lo_i = int((lo * scale).to_integral_value(rounding="ROUND_CEILING"))
    hi_i = int((hi * scale).to_integral_value(rounding="ROUND_FLOOR"))
    if lo_i > hi_i:
        raise InvalidArgument(f"no number with {places} decimals lies in [{min_value}, {max_value}]")

    @st.composite
    def decimal(draw: st.DrawFn) -> tuple[str, int | Decimal]:
        d = Decimal(draw(st.integers(lo_i, hi_i))).scaleb(-places)
        if draw(st.booleans()):
            d = d.normalize()
        mag = draw(st.sampled_from(mags))
        text = _plain_decimal(d) + mag
        return text, _exact(d.scaleb(_MAGNITUDES[mag]))

    return decimal()


# -- words of the lexicon --------------------------------------------------

_UNIT_KINDS = tuple(sorted(UNIT_KINDS - {"time"}))


def _unit_list(lex: Lexicon, kinds: Iterable[str] | None, allow_ambiguous: bool) -> list[str]:
    return sorted(
        surface
        for surface, entry in lex.units.items()
        if entry.kind != "time"
        and (kinds is None or entry.kind in kinds)
        and (allow_ambiguous or not entry.ambiguous)
    )


def _check_kinds(kinds: Any) -> tuple[str, ...] | None:
    chosen = _check_choices("kinds", kinds, _UNIT_KINDS + ("time",))
    if chosen is not None and "time" in chosen:
        raise InvalidArgument(
            "kinds may not include 'time': a number before a duration unit is not a quantity "
            "(use non_quantities(kinds=['duration']) for those)"
        )
    return chosen


def units(*, kinds: Iterable[str] | None = None, allow_ambiguous: bool = False, lexicon: Lexicon | None = None) -> st.SearchStrategy[str]:
    """Unit surfaces of the lexicon's ``units.txt`` (``台``, ``公里``, ``万元``, ``%``).

    Durations (kind ``time``) are never drawn: a number before them is not a
    quantity. Units flagged ``ambiguous`` (``期``, ``部``, ``米``) are left out
    unless ``allow_ambiguous=True``; they count only after Arabic digits
    (or after a 千 whose unit they finish: ``三千米``).
    ``kinds`` restricts the kinds (``["count", "money"]``).

    Example::

        @given(pst.units(kinds=["count"]))
        def test_count_unit(unit):
            [q] = extract_quantities(f"新增81{unit}")
            assert q.unit == unit
    """
    kinds = _check_kinds(kinds)
    _check_bool("allow_ambiguous", allow_ambiguous)
    lex = _check_lexicon(lexicon)
    found = _unit_list(lex, kinds, allow_ambiguous)
    if not found:
        raise InvalidArgument(f"the lexicon has no unit of kinds={kinds!r} (allow_ambiguous={allow_ambiguous})")
    return st.sampled_from(found)


def metric_verbs(*, classes: Iterable[str] | None = None, lexicon: Lexicon | None = None) -> st.SearchStrategy[str]:
    """Verbs and labels of ``metric_verbs.txt`` (``新增``, ``完工``, ``累计``).

    ``classes`` restricts them to some classes (``add``, ``finish``,
    ``start``, ``install``, ``serve``, ``complete``, ``total``).

    Example::

        @given(pst.metric_verbs(classes=["finish"]))
        def test_verb(verb):
            assert extract_quantities(f"{verb}81台")[0].metric == verb
    """
    from .lexicon import METRIC_CLASSES

    classes = _check_choices("classes", classes, sorted(METRIC_CLASSES))
    lex = _check_lexicon(lexicon)
    found = sorted(w for w, c in lex.metric_verbs.items() if classes is None or c in classes)
    if not found:
        raise InvalidArgument(f"the lexicon has no metric verb of classes={classes!r}")
    return st.sampled_from(found)


def qualifiers(*, position: str | None = None, lexicon: Lexicon | None = None) -> st.SearchStrategy[QualifierEntry]:
    """Entries of ``qualifiers.txt`` as :class:`~progress_nlp.lexicon.QualifierEntry`
    (``word``, ``qualifier``, ``position``).

    ``position`` is ``"before"`` (``不少于``), ``"after"`` (``以上``) or
    None for both.

    Example::

        @given(pst.qualifiers(position="after"))
        def test_after(entry):
            [q] = extract_quantities(f"81台{entry.word}")
            assert q.qualifier == entry.qualifier
    """
    if position not in (None, "before", "after"):
        raise InvalidArgument(f"position={position!r} must be 'before', 'after' or None")
    lex = _check_lexicon(lexicon)
    found = sorted(
        (e for e in lex.qualifiers.values() if position is None or e.position == position),
        key=lambda e: (e.position, e.word),
    )
    if not found:
        raise InvalidArgument(f"the lexicon has no qualifier at position={position!r}")
    return st.sampled_from(found)


def cumulative_words(*, lexicon: Lexicon | None = None) -> st.SearchStrategy[str]:
    """Words of ``cumulative.txt`` (``累计``, ``截至目前``, ``共完成``).

    Example::

        @given(pst.cumulative_words())
        def test_cumulative(word):
            assert extract_quantities(f"{word}新增81台")[0].cumulative
    """
    lex = _check_lexicon(lexicon)
    if not lex.cumulative:
        raise InvalidArgument("the lexicon has no cumulative words")
    return st.sampled_from(sorted(lex.cumulative))


# -- phrases and sentences -------------------------------------------------


def _verbs_in(word: str, verbs: Mapping[str, str]) -> list[str]:
    """The metric verbs written inside ``word``, in the order they end (the
    last is the nearest to a number that follows), longest first on a tie."""
    found = []
    for v in verbs:
        i = word.rfind(v)
        if i >= 0:
            found.append((i + len(v), len(v), v))
    return [v for _, _, v in sorted(found)]


def _fits(numeral: str, unit: str) -> bool:
    """Whether ``numeral`` followed by ``unit`` reads one clear way.

    A unit that starts with a numeral character (千瓦, 百分点, 万元) is read
    by the rules of extract._unit: 千/百 belong to the unit after Arabic
    digits (100千瓦) and after 万/亿 (5万千瓦 = 50000 千瓦); 万/亿 units take
    a number without a magnitude of its own (5万元, 十万元); one digit after
    万/亿 takes a 千 unit's 千 as its place (1万1千米 is 11000 米)."""
    half = to_halfwidth(numeral)
    first = unit[0]
    if first == "千" and re.search("[万亿][1-9一二两三四五六七八九]$", half):
        return False  # 1万1千米 reads 11000 米: one digit after 万 takes the 千 as its place
    if first in "千百":
        return half[-1].isdigit() or (first == "千" and half[-1] in _BIG)
    if first in _BIG:
        return not any(c in _BIG for c in half)
    return True


class _PhraseParts:
    """The strategies one phrase is drawn from, built once per lexicon."""

    def __init__(self, lo: int, hi: int, kinds: Iterable[str] | None, allow_ambiguous: bool, allow_qualifiers: bool,
                 allow_cumulative: bool, lex: Lexicon) -> None:
        self.lo, self.hi, self.lex = lo, hi, lex
        self.units = st.sampled_from(_unit_list(lex, kinds, allow_ambiguous))
        self.any_numeral = chinese_numerals(min_value=lo, max_value=hi)
        # Ambiguous units need Arabic digits (3期, not 一期).
        self.digit_numeral = st.one_of(
            chinese_numerals(min_value=lo, max_value=hi, style="arabic"),
            chinese_numerals(min_value=lo, max_value=hi, style="mixed"),
        )
        verbs = lex.metric_verbs
        self.verbs = verbs
        self.cumulative = (
            st.none() | st.sampled_from(sorted(lex.cumulative))
            if allow_cumulative and lex.cumulative else st.none()
        )
        self.verb = st.none() | st.sampled_from(sorted(verbs)) | st.sampled_from(sorted(verbs))
        quals = sorted(lex.qualifiers.values(), key=lambda e: (e.position, e.word))
        self.qualifier = st.none() | st.sampled_from(quals) if allow_qualifiers and quals else st.none()
        after = sorted(v for v, c in verbs.items() if c != "total" and v not in lex.cumulative)
        self.after_verb = st.none() | st.sampled_from(after) if after else st.none()


_COHORT_UNITS = frozenset({"级", "届"})
_YEAR_LIKE = re.compile(r"(?:19|20)\d\d")


@st.composite
def _phrase(draw: st.DrawFn, parts: _PhraseParts) -> tuple[str, ExpectedQuantity]:
    lex, lo, hi = parts.lex, parts.lo, parts.hi
    unit = draw(parts.units)
    entry = lex.units[unit]
    value: int | Fraction
    numeral, value = draw(parts.digit_numeral if entry.ambiguous else parts.any_numeral)
    value = Fraction(value)
    if entry.kind != "count" and hi - lo >= 1 and draw(st.integers(0, 3)) == 0:
        # A decimal for measures (7.34公里, 23.4%); counts must be whole.
        cents = draw(st.integers(lo * 100, hi * 100))
        value = Fraction(cents, 100)
        numeral = _plain_decimal(Decimal(cents).scaleb(-2).normalize())
        if draw(st.booleans()):
            numeral = to_fullwidth(numeral)
    if not _fits(numeral, unit) or (entry.kind in ("percent", "percentage_point") and any(c in _BIG for c in numeral)):
        # Written the one way the rules read unambiguously: Arabic digits.
        numeral = str(value.numerator) if value.denominator == 1 else _plain_decimal(
            Decimal(value.numerator) / Decimal(value.denominator))
    half = to_halfwidth(numeral)
    # 2014级, 2019届 name a cohort by its year: no quantity (extract.py).
    assume(not (unit in _COHORT_UNITS and _YEAR_LIKE.fullmatch(half)))
    # Values are in the unit as written: 5万元 is 5 (万元), and 5万 followed
    # by 元 reads as the unit 万元, so its value is 5 too.
    expected_unit = unit
    if half[-1] in _BIG and half[-1] + unit in lex.units:
        expected_unit = half[-1] + unit
        value /= 10 ** _MAGNITUDES[half[-1]]
    # The words around it.
    verbs = parts.verbs
    cum = draw(parts.cumulative)
    verb = draw(parts.verb)
    q = draw(parts.qualifier)
    before = q if q is not None and q.position == "before" else None
    after = q if q is not None and q.position == "after" else None
    after_verb = draw(parts.after_verb) if verb is None else None
    already = "已" if verb is not None and draw(st.booleans()) else ""
    text = "".join([
        cum or "",
        already,
        verb or "",
        before.word if before else "",
        numeral,
        unit,
        after.word if after else "",
        ("已" + after_verb) if after_verb else "",
    ])
    # Rule 7 of progress_nlp.extract: the nearest verb before the number
    # (one inside a cumulative word counts: 共完成 is 完成), else the first
    # after it; a total word (累计, 共计) only when the clause has no other.
    before_verbs = (_verbs_in(cum, verbs) if cum else []) + ([verb] if verb else [])
    own = [v for v in before_verbs if verbs[v] != "total"]
    totals = [v for v in before_verbs if verbs[v] == "total"]
    metric = (own[-1] if own else None) or after_verb or (totals[-1] if totals else None)
    cumulative = cum is not None or (verb is not None and verb in lex.cumulative)
    qualifier = q.qualifier if q is not None else None
    return text, ExpectedQuantity(_exact_fraction(value), expected_unit, metric, cumulative, qualifier)


def _exact_fraction(v: Fraction | int) -> int | Decimal | Fraction:
    if v.denominator == 1:
        return int(v.numerator)
    d = Decimal(v.numerator) / Decimal(v.denominator)
    return d if Fraction(d) == v else v


def quantity_phrases(
    *,
    min_value: int = 1,
    max_value: int = 10**8,
    kinds: Iterable[str] | None = None,
    allow_ambiguous: bool = False,
    allow_qualifiers: bool = True,
    allow_cumulative: bool = True,
    lexicon: Lexicon | None = None,
) -> st.SearchStrategy[tuple[str, ExpectedQuantity]]:
    """One progress phrase holding one quantity, and that quantity.

    Yields ``(text, expected)`` where ``text`` is e.g. ``新增81台``,
    ``累计完成576个``, ``不少于2300场``, ``截至目前两千两百户已开放`` or
    ``新增14.5万平方米以上``, and ``expected`` an :class:`ExpectedQuantity`
    that ``extract_quantities(text)`` must return as its only quantity.

    A phrase is ``[cumulative word][已][metric verb][qualifier] number unit
    [qualifier][已 verb]`` with the words drawn from the lexicon, the number
    from :func:`chinese_numerals` (any style; Arabic for ambiguous units) or
    a two-place decimal for units that are not counts. The written number
    lies in ``[min_value, max_value]``; the value is in the unit as written
    (``5万元`` is 5 万元, like ``5公里`` is 5 公里). ``kinds`` and ``allow_ambiguous`` choose the units as
    in :func:`units`; ``allow_qualifiers`` / ``allow_cumulative`` turn those
    words off.

    Expected, per the rules in :mod:`progress_nlp.extract`: the metric is the
    nearest metric verb before the number (a verb inside a cumulative word
    counts: ``共完成`` gives 完成), else the verb after it; the quantity is
    cumulative when a cumulative word precedes it; the qualifier is the one
    written.

    Example::

        @given(pst.quantity_phrases())
        def test_phrase(example):
            text, expected = example            # ("新增81台", ExpectedQuantity(81, "台", "新增", False, None))
            [q] = extract_quantities(text)
            assert expected.matches(q), expected.describe(q)
    """
    _check_range(min_value, max_value, 0, 10**12)
    kinds = _check_kinds(kinds)
    _check_bool("allow_ambiguous", allow_ambiguous)
    _check_bool("allow_qualifiers", allow_qualifiers)
    _check_bool("allow_cumulative", allow_cumulative)
    lex = _check_lexicon(lexicon)
    if not _unit_list(lex, kinds, allow_ambiguous):
        raise InvalidArgument(f"the lexicon has no unit of kinds={kinds!r}")
    if not lex.metric_verbs:
        raise InvalidArgument("the lexicon has no metric verbs")
    return _phrase(_PhraseParts(min_value, max_value, kinds, allow_ambiguous, allow_qualifiers, allow_cumulative, lex))


def progress_sentences(
    *,
    min_phrases: int = 1,
    max_phrases: int = 4,
    min_value: int = 1,
    max_value: int = 10**8,
    lexicon: Lexicon | None = None,
) -> st.SearchStrategy[tuple[str, list[ExpectedQuantity]]]:
    """Clauses of :func:`quantity_phrases` joined by clause delimiters.

    Yields ``(text, expected)`` with ``expected`` a list of
    :class:`ExpectedQuantity`, one per clause, in text order: for example
    ``("新增81台,完工52台。", [ExpectedQuantity(81, "台", "新增"), ExpectedQuantity(52, "台", "完工")])``.
    Delimiters are drawn from :data:`CLAUSE_DELIMITERS`; every one ends a
    clause, so each phrase keeps the quantity it has alone.

    Example::

        @given(pst.progress_sentences())
        def test_sentence(example):
            text, expected = example
            assert [q.exact for q in extract_quantities(text)] == [e.value for e in expected]
    """
    _check_int("min_phrases", min_phrases)
    _check_int("max_phrases", max_phrases)
    if min_phrases < 1 or max_phrases < min_phrases:
        raise InvalidArgument(f"need 1 <= min_phrases <= max_phrases, got {min_phrases!r}, {max_phrases!r}")
    phrases = quantity_phrases(min_value=min_value, max_value=max_value, lexicon=lexicon)

    @st.composite
    def sentence(draw: st.DrawFn) -> tuple[str, list[ExpectedQuantity]]:
        parts = draw(st.lists(phrases, min_size=min_phrases, max_size=max_phrases))
        text = ""
        for i, (phrase, _) in enumerate(parts):
            if i:
                text += draw(st.sampled_from(CLAUSE_DELIMITERS))
            text += phrase
        if draw(st.booleans()):
            text += "。"
        return text, [e for _, e in parts]

    return sentence()


# -- texts that hold no quantity -------------------------------------------


def _cn(n: int) -> str:
    import cn2an

    return cast(str, cn2an.an2cn(n, "low"))


@st.composite
def _date(draw: st.DrawFn) -> str:
    y = draw(st.integers(1990, 2035))
    m = draw(st.integers(1, 12))
    d = draw(st.integers(1, 28))
    forms = [
        f"{m}月{d}日", f"{y}年", f"{m}月份", f"{y}年{m}月", f"{y}年{m}月{d}日",
        f"{y}年{m}月份", f"{m}月", f"{d}日", f"{y}年底", f"{m}月底", f"{m}月{d}号",
        f"{_cn(m)}月{_cn(d)}日", "".join("〇一二三四五六七八九"[int(c)] for c in str(y)) + "年",
        f"{y}-{m:02d}-{d:02d}", f"{y}/{m}/{d}",
    ]
    return draw(st.sampled_from(forms))


@st.composite
def _list_marker(draw: st.DrawFn) -> str:
    n = draw(st.integers(1, 20))
    forms = [f"{n}、", f"({n})", f"（{n}）", f"{n})", f"{_cn(n)}是", f"{_cn(n)}、", f"({_cn(n)})", f"（{_cn(n)}）"]
    return draw(st.sampled_from(forms))


@st.composite
def _ordinal(draw: st.DrawFn) -> str:
    n = draw(st.integers(1, 99))
    words = ["", "批", "季度", "次", "届", "名", "条", "项", "期", "个"]
    w = draw(st.sampled_from(words))
    return draw(st.sampled_from([f"第{n}{w}", f"第{_cn(n)}{w}"]))


@st.composite
def _duration(draw: st.DrawFn) -> str:
    n = draw(st.integers(1, 99))
    w = draw(st.sampled_from(["个月", "个月内", "天", "天内", "个工作日", "小时", "周", "年内", "个季度", "分钟"]))
    return draw(st.sampled_from([f"{n}{w}", f"{_cn(n)}{w}"]))


@st.composite
def _document_number(draw: st.DrawFn) -> str:
    y = draw(st.integers(2000, 2035))
    n = draw(st.integers(1, 200))
    org = draw(st.sampled_from(["", "沪府", "沪府办", "宝府办", "国办发"]))
    return draw(st.sampled_from([f"{org}〔{y}〕{n}号", f"{org}[{y}]{n}号", f"{org}({y}){n}号"]))


@st.composite
def _clock(draw: st.DrawFn) -> str:
    h = draw(st.integers(0, 23))
    mi = draw(st.integers(0, 59))
    return draw(st.sampled_from([f"{h}:{mi:02d}", f"{h}时{mi}分", f"{h}时", f"{h}点"]))


@st.composite
def _phone(draw: st.DrawFn) -> str:
    area = draw(st.sampled_from(["021", "010", "0755"]))
    local = draw(st.integers(10**7, 10**8 - 1))
    mobile = "1" + str(draw(st.integers(3, 9))) + str(draw(st.integers(10**8, 10**9 - 1)))
    return draw(st.sampled_from([f"{area}-{local}", mobile, f"热线{local}"]))


_NON_QUANTITY = {
    "date": _date,
    "list_marker": _list_marker,
    "ordinal": _ordinal,
    "duration": _duration,
    "document_number": _document_number,
    "clock": _clock,
    "phone": _phone,
}


def non_quantities(*, kinds: Iterable[str] | None = None) -> st.SearchStrategy[str]:
    """Texts holding numerals that are not quantities; each alone must make
    :func:`~progress_nlp.extract_quantities` return ``[]``.

    ``kinds`` picks from :data:`NON_QUANTITY_KINDS`: dates (``8月24日``,
    ``2022年``, ``8月份``), list markers (``1、``, ``(1)``, ``一是``),
    ordinals (``第三``, ``第3批``), durations (``3个月内``), document numbers
    (``〔2022〕1号``), clock times (``14:30``) and phone numbers.

    Example::

        @given(pst.non_quantities(kinds=["date", "list_marker"]))
        def test_nothing(text):
            assert extract_quantities(text) == []
    """
    chosen = _check_choices("kinds", kinds, NON_QUANTITY_KINDS) or NON_QUANTITY_KINDS
    return st.one_of([_NON_QUANTITY[k]() for k in chosen])


# -- width -----------------------------------------------------------------


def _widen(example: Any) -> Any:
    if isinstance(example, str):
        return to_fullwidth(example)
    if isinstance(example, tuple) and example and isinstance(example[0], str):
        return (to_fullwidth(example[0]),) + example[1:]
    raise InvalidArgument(
        f"fullwidth() needs a strategy of str or of tuples starting with a str, got {example!r}"
    )


def fullwidth(strategy: st.SearchStrategy[_T]) -> st.SearchStrategy[_T]:
    """The same examples with their text made full-width (``81%`` → ``８１％``).

    ``strategy`` yields ``str`` or tuples whose first item is the text (as
    every strategy here does); the other items are left alone, so the
    expected values still apply: the library reads both widths alike.

    Example::

        @given(pst.fullwidth(pst.quantity_phrases()))
        def test_wide(example):
            text, expected = example            # ("新增８１台", ...)
            [q] = extract_quantities(text)
            assert expected.matches(q)
    """
    if not isinstance(strategy, st.SearchStrategy):
        raise InvalidArgument(f"fullwidth() expects a hypothesis strategy, got {strategy!r}")
    return strategy.map(_widen)
