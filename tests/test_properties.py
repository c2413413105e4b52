"""Hypothesis properties of parse_number and extract_quantities.

Written with :mod:`progress_nlp.strategies`, the public strategies users get.
Example counts come from the profiles in ``conftest.py`` (``ci`` by default,
``--hypothesis-profile=long`` for a long search); no test has a deadline.

- numerals: every integer up to 10**12 written by ``cn2an.an2cn`` (小写, 大写,
  with 两) reads back to itself; ``d万`` is exactly d × 10**4; width does
  not matter;
- extraction: spans point at the text, come in order and do not overlap;
  width does not matter; no input raises; dates, list markers and other
  non-quantities add nothing where they are inserted; every generated
  phrase gives exactly the quantity the documented rules promise.

Properties that found a bug in the library keep its minimal failing
example as an explicit ``@example`` (so the regression is checked whatever
the search finds): 1分之0 crashed, 24 Arabic digits before a failed 分之 took
seconds (exponential backtracking), 8月24日,81台 lost 81台, 新(改)建 never
matched, 两千千瓦 and 5万千瓦 lost their unit, 签约81个 read as "about 81",
long numerals raised RecursionError/ValueError.
"""

from __future__ import annotations

import re
import subprocess
import sys
from decimal import Decimal
from fractions import Fraction

import cn2an
import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from progress_nlp import NumberFormatError, Quantity, default_lexicon, extract_quantities, parse_number
from progress_nlp import strategies as pst
from progress_nlp.normalize import to_fullwidth, to_halfwidth
from progress_nlp.strategies import ExpectedQuantity

LEX = default_lexicon()


def comparable(q: Quantity) -> tuple:
    """Every field of a quantity but its surface text."""
    return (q.span, q.value, q.unit, q.metric, q.cumulative, q.qualifier, q.upper, q.kind, q.exact)


def unplaced(q: Quantity) -> tuple:
    """Every field but the surface and its place (for texts that shifted)."""
    return (q.value, q.unit, q.metric, q.cumulative, q.qualifier, q.upper, q.kind, q.exact)


def check_spans(text: str, quantities: list[Quantity]) -> None:
    previous_end = 0
    for q in quantities:
        start, end = q.span
        assert 0 <= start < end <= len(text), q
        assert text[start:end] == q.text, q
        assert start >= previous_end, f"{q} overlaps or precedes the one before it"
        previous_end = end


# ---------------------------------------------------------------------------
# Numerals
# ---------------------------------------------------------------------------


@given(st.integers(0, 10**12))
@example(0)
@example(10)
@example(100_010_000)
@example(10**12)
def test_an2cn_lower_round_trip(n):
    assert parse_number(cn2an.an2cn(n, "low")) == n


@given(st.integers(0, 10**12))
@example(10)
@example(10**12)
def test_an2cn_upper_round_trip(n):
    assert parse_number(cn2an.an2cn(n, "up")) == n


_LIANG = re.compile(r"(?:(?<=^)|(?<=[零百千万亿]))二(?=[百千万亿])")


@given(st.integers(0, 10**12))
@example(2200)
@example(222_222_222)
def test_liang_everywhere_round_trip(n):
    """两千两百 = 2200: every 二 before 百/千/万/亿 said 两."""
    text = _LIANG.sub("两", cn2an.an2cn(n, "low"))
    assert parse_number(text) == n


@given(pst.chinese_numerals())
def test_chinese_numerals_read_back(pair):
    """All styles: 小写 (some 两), 大写, 14.5万, 3万4000, 13万2, 1,000, full width."""
    text, value = pair
    assert parse_number(text) == value


@given(st.decimals(min_value=0, max_value=10**8, places=4), st.booleans())
@example(Decimal("16.4"), False)
@example(Decimal("0.0001"), False)
def test_decimal_wan_is_exact(d, normalise):
    if normalise:
        d = d.normalize()  # 14.5 as well as 14.5000
    text = f"{d:f}万"
    assert parse_number(text, exact=True) == d * 10**4


@given(pst.decimal_with_magnitude(magnitudes=("万", "亿", "萬", "億", "万亿"), places=6))
@example(("16.4亿", 1640000000))
def test_decimal_with_magnitude_is_exact(pair):
    text, value = pair
    got = parse_number(text, exact=True)
    assert got == value
    assert type(got) is type(value)  # an int when whole, never a float


@given(st.one_of(pst.chinese_numerals(), pst.decimal_with_magnitude()))
def test_parse_number_ignores_width(pair):
    text, _ = pair
    assert parse_number(to_fullwidth(text), exact=True) == parse_number(text, exact=True)


# Numeral-like soup: short, because runs of Arabic digits are scanned in
# exponential time (see test_long_digit_runs_scan_in_linear_time).
NUMERAL_SOUP = st.text(alphabet="0123456789０１２万亿千百十零〇一二两三点.,、%分之-~至余多几第年月日个台万元", max_size=20)


@given(NUMERAL_SOUP)
def test_parse_number_raises_only_number_format_error(text):
    try:
        value = parse_number(text)
    except NumberFormatError:
        return
    assert isinstance(value, (int, float))


# ---------------------------------------------------------------------------
# Extraction: guarantees for any text
# ---------------------------------------------------------------------------

ANY_TEXT = st.one_of(
    st.text(),  # any code point but surrogates: control characters, emoji …
    st.text(alphabet=st.one_of(st.characters(), st.sampled_from("0123456789万亿千百零一两三个台元%,、。()“”《》第月日"))),
)


@given(st.one_of(ANY_TEXT, NUMERAL_SOUP))
@example("1分之0")
@example("完成2分之1")
def test_extract_never_raises(text):
    check_spans(text, extract_quantities(text))


@given(pst.progress_sentences())
def test_spans_point_at_text_of_sentences(sentence):
    text, _ = sentence
    check_spans(text, extract_quantities(text))


@given(st.one_of(ANY_TEXT, NUMERAL_SOUP))
def test_width_does_not_matter_for_any_text(text):
    wide = to_fullwidth(text)
    assert [comparable(q) for q in extract_quantities(wide)] == [comparable(q) for q in extract_quantities(text)]


@given(pst.progress_sentences())
def test_width_does_not_matter_for_sentences(sentence):
    text, _ = sentence
    half = extract_quantities(text)
    full = extract_quantities(to_fullwidth(text))
    assert [comparable(q) for q in full] == [comparable(q) for q in half]
    back = extract_quantities(to_halfwidth(text))
    assert [comparable(q) for q in back] == [comparable(q) for q in half]


# Long runs of one numeral token: deep magnitudes, long digit strings.
LONG_RUNS = st.builds(
    lambda prefix, token, n, suffix: prefix + token * n + suffix,
    st.sampled_from(["", "一", "三分之一", "新增", "百分之"]),
    st.sampled_from(["万", "亿", "一", "零", "一万", "万零", "、", "十", "一亿"]),
    st.integers(0, 5000),
    st.sampled_from(["", "个", "点五", "余个", "万元"]),
)


@given(LONG_RUNS)
@example("一" + "万" * 1000)
@example("一" * 4301)
@example("三分之一" + "万" * 78)
def test_extract_never_raises_on_long_numerals(text):
    check_spans(text, extract_quantities(text))


@given(LONG_RUNS)
@example("一" + "万" * 1000)
@example("一" * 4301)
@example("三分之一" + "万" * 78)
def test_parse_number_raises_only_number_format_error_on_long_numerals(text):
    try:
        parse_number(text)
    except NumberFormatError:
        pass


def test_long_digit_runs_scan_in_linear_time():
    code = "from progress_nlp import extract_quantities; extract_quantities('1' * 40); extract_quantities('1234万' * 10)"
    subprocess.run([sys.executable, "-c", code], check=True, timeout=3)


# ---------------------------------------------------------------------------
# Extraction: inserting non-quantities
# ---------------------------------------------------------------------------


def clause_boundaries(text: str) -> list[int]:
    """0 and every index just after a clause delimiter (not a thousands comma)."""
    half = to_halfwidth(text)
    out = [0]
    for i, ch in enumerate(half):
        if ch in ",;。" and not (ch == "," and 0 < i < len(half) - 1 and half[i - 1].isdigit() and half[i + 1].isdigit()):
            out.append(i + 1)
    return out


def insert_at_boundary(text: str, insert: str, sep: str, which: int) -> str:
    """``insert + sep`` put at one of the clause boundaries of ``text``."""
    bounds = clause_boundaries(text)
    at = bounds[which % len(bounds)]
    if sep == "" and insert[-1:].isascii() and insert[-1:].isalnum() and to_halfwidth(text[at : at + 1]).isascii():
        sep = " "  # 2022-08-24 then 81台 (or ８１台) would be one token
    return text[:at] + insert + sep + text[at:]


@given(pst.progress_sentences(), pst.non_quantities(kinds=["list_marker"]), st.integers(0, 10))
@example(("81台已完工", [ExpectedQuantity(81, "台", "完工")]), "1、", 0)
@example(("新增81台,完工52台", [ExpectedQuantity(81, "台", "新增"), ExpectedQuantity(52, "台", "完工")]), "(2)", 1)
def test_inserting_a_list_marker_adds_nothing(sentence, marker, which):
    text, _ = sentence
    new = insert_at_boundary(text, marker, "", which)
    assert [unplaced(q) for q in extract_quantities(new)] == [unplaced(q) for q in extract_quantities(text)]


@given(pst.progress_sentences(), pst.non_quantities(kinds=["date"]), st.sampled_from(["", ",", "，", " "]), st.integers(0, 10))
@example(("81台", [ExpectedQuantity(81, "台")]), "8月24日", ",", 0)
def test_inserting_a_date_adds_nothing(sentence, date, sep, which):
    text, _ = sentence
    new = insert_at_boundary(text, date, sep, which)
    assert [unplaced(q) for q in extract_quantities(new)] == [unplaced(q) for q in extract_quantities(text)]


@given(pst.non_quantities())
def test_non_quantities_yield_nothing(text):
    assert extract_quantities(text) == []


# ---------------------------------------------------------------------------
# Extraction: generated phrases give what the rules promise
# ---------------------------------------------------------------------------

# Cumulative words that contain a metric verb without being one (共完成).
VERB_HIDING_WORDS = sorted(
    w for w in LEX.cumulative if w not in LEX.metric_verbs and any(v in w for v in LEX.metric_verbs)
)
KILO_UNITS = sorted(u for u in LEX.units if u.startswith("千"))  # 千瓦, 千米, 千克, 千瓦时


def assert_extracts(text: str, expected: ExpectedQuantity) -> None:
    got = extract_quantities(text)
    assert len(got) == 1, f"{text!r} gave {got!r}"
    assert expected.matches(got[0]), f"{text!r}: {expected.describe(got[0])}"


@given(pst.quantity_phrases())
@example(("新(改)建81台", ExpectedQuantity(81, "台", "新(改)建")))
def test_quantity_phrases_extract_exactly(phrase):
    text, expected = phrase
    assert_extracts(text, expected)


@settings(suppress_health_check=[HealthCheck.filter_too_much])
@given(pst.quantity_phrases(allow_ambiguous=True))
@example(("新增81台", ExpectedQuantity(81, "台", "新增")))
@example(("累计完成576个", ExpectedQuantity(576, "个", "完成", True)))
@example(("不少于2300场", ExpectedQuantity(2300, "场", None, False, "at_least")))
@example(("新增14.5万户以上", ExpectedQuantity(145000, "户", "新增", False, "at_least")))
@example(("两千两百户已开放", ExpectedQuantity(2200, "户", "开放")))
@example(("累计3.5万元", ExpectedQuantity(Decimal("3.5"), "万元", "累计", True)))
@example(("建成100千瓦", ExpectedQuantity(100, "千瓦", "建成")))
@example(("签约81个", ExpectedQuantity(81, "个", "签约")))
@example(("共完成576个", ExpectedQuantity(576, "个", "完成", True)))
@example(("全年累计576个已开放", ExpectedQuantity(576, "个", "开放", True)))
@example(("5万千瓦", ExpectedQuantity(50000, "千瓦")))
@example(("新增12万千瓦时", ExpectedQuantity(120000, "千瓦时", "新增")))
@example(("8万7100千克", ExpectedQuantity(87100, "千克")))
@example(("2万1千米", ExpectedQuantity(21000, "米")))  # found by this property: 千 is the number's place
@example(("新增三千米", ExpectedQuantity(3000, "米", "新增")))  # 米 after the 千 of 千米 is no rice
@example(("一万一千米", ExpectedQuantity(11000, "米")))
def test_quantity_phrases_with_ambiguous_units_extract_exactly(phrase):
    """The same property with ambiguous units allowed, and the regression examples."""
    text, expected = phrase
    assert_extracts(text, expected)


@given(st.integers(0, 9), st.integers(1, 9), st.booleans())
def test_a_chinese_numeral_ending_in_qian_before_mi_is_a_length(wan, qian, financial):
    """三千米, 两万一千米, 壹仟米: the 米 is the rest of 千米, never rice, so
    Chinese digits serve."""
    digits = "零壹贰叁肆伍陆柒捌玖" if financial else "零一二三四五六七八九"
    text = (f"{digits[wan]}{'万' if not financial else '萬'}" if wan else "") + digits[qian] + ("仟" if financial else "千")
    value = wan * 10000 + qian * 1000
    [q] = extract_quantities(f"铺设管道{text}米")
    assert (q.exact, q.unit) == (value, "米")


@settings(suppress_health_check=[HealthCheck.filter_too_much])
@given(pst.progress_sentences())
def test_sentences_extract_their_phrases(sentence):
    text, expected = sentence
    got = extract_quantities(text)
    assert len(got) == len(expected), f"{text!r} gave {got!r}"
    for q, e in zip(got, expected):
        assert e.matches(q), f"{text!r}: {e.describe(q)}"


@given(fullwidth_example=pst.fullwidth(pst.quantity_phrases()))
def test_fullwidth_phrases_extract_like_halfwidth(fullwidth_example):
    text, _ = fullwidth_example
    half = to_halfwidth(text)
    assert [comparable(q) for q in extract_quantities(text)] == [comparable(q) for q in extract_quantities(half)]


@given(pst.metric_verbs(), pst.chinese_numerals(min_value=1, max_value=10**6, style="arabic"))
@example("签约", ("81", 81))
def test_a_verb_is_never_a_qualifier(verb, numeral):
    """签约81个 is not "about 81": the 约 is the verb's (a regression test)."""
    text = f"{verb}{numeral[0]}个"
    [q] = extract_quantities(text)
    assert q.qualifier is None, text


@given(pst.metric_verbs(), pst.units(kinds=["count"]))
@example("新(改)建", "台")
def test_every_metric_verb_is_found(verb, unit):
    text = f"{verb}81{unit}"
    [q] = extract_quantities(text)
    assert q.metric == verb, text


def last_verb_in(word: str) -> str:
    """The metric verb that ends last inside ``word`` (the longest on a tie)."""
    return max((word.rfind(v) + len(v), len(v), v) for v in LEX.metric_verbs if v in word)[2]


@given(st.sampled_from(VERB_HIDING_WORDS or ["共完成"]))
@example("共完成")
def test_a_cumulative_word_keeps_its_verb(word):
    """共完成576个 counts 完成, 全年累计576个 counts 累计 (a regression test)."""
    inner = last_verb_in(word)
    [q] = extract_quantities(f"{word}576个")
    assert (q.metric, q.cumulative) == (inner, True)
    # The same as the verb alone, plus the running total.
    [alone] = extract_quantities(f"{inner}576个")
    assert alone.metric == inner


def check_kilo_unit(text: str, value: int, unit: str) -> None:
    [q] = extract_quantities(f"新增{text}{unit}")
    half = to_halfwidth(text)
    if half[-1] in "万亿" and half[-1] + unit in LEX.units:
        # 5万元 is 5 in the unit 万元: values are in the unit written.
        unit, value = half[-1] + unit, Fraction(value, 10 ** (4 if half[-1] == "万" else 8))
    assert (q.exact, q.unit) == (value, unit)


MAGNITUDE_NUMERALS = st.one_of(
    pst.chinese_numerals(min_value=10**4, max_value=10**9, style="mixed"),
    pst.chinese_numerals(min_value=1, max_value=9999).map(lambda p: (p[0] + "万", p[1] * 10**4)),
)


@given(MAGNITUDE_NUMERALS, st.sampled_from(KILO_UNITS))
@example(("5万", 50000), "千瓦")
@example(("12万", 120000), "千瓦时")
@example(("8万7100", 87100), "千克")
def test_kilo_unit_after_a_magnitude(numeral, unit):
    """5万千瓦 is 50000 千瓦, 12万千瓦时 is 120000 千瓦时 (a regression test)."""
    text, value = numeral
    half = to_halfwidth(text)
    assume(re.search("[万亿]", half) and (half[-1].isdigit() or half[-1] in "万亿"))
    # 1万1千米: one digit after the magnitude takes the 千 as its place
    # (11000 米; docs/extraction.md), the next property's case, not this one's.
    assume(not (unit.startswith("千") and re.search("[万亿][1-9一二两三四五六七八九]$", half)))
    check_kilo_unit(text, value, unit)


@given(
    st.one_of(MAGNITUDE_NUMERALS, pst.chinese_numerals(min_value=10, max_value=10**8)),
    st.sampled_from(KILO_UNITS),
)
@example(("两千", 2000), "千瓦")
@example(("1万1千", 11000), "千克")
@settings(suppress_health_check=[HealthCheck.filter_too_much])
def test_kilo_unit_after_a_place(numeral, unit):
    """两千千瓦 is 2000 千瓦: 两千千 is no numeral, so the last 千 is the unit's."""
    text, value = numeral
    assume(to_halfwidth(text)[-1] in "十百千拾佰仟")
    check_kilo_unit(text, value, unit)


# ---------------------------------------------------------------------------
# The strategies module itself
# ---------------------------------------------------------------------------


@given(pst.quantity_phrases(allow_ambiguous=True))
def test_phrases_never_write_a_kilo_unit_after_one_digit_past_a_magnitude(phrase):
    # 1万1千米 reads 11000 米 (docs/extraction.md), so a phrase of 11000 千米
    # is written 11000千米; the long profile drew 1万1千米 as 11000 千米.
    text, expected = phrase
    assert not (expected.unit.startswith("千") and re.search("[万亿][1-9一二两三四五六七八九]千", to_halfwidth(text)))


@pytest.mark.parametrize(
    "build",
    [
        lambda: pst.chinese_numerals(min_value=-1),
        lambda: pst.chinese_numerals(min_value=5, max_value=4),
        lambda: pst.chinese_numerals(max_value=10**16),
        lambda: pst.chinese_numerals(style="roman"),
        lambda: pst.chinese_numerals(min_value=True),
        lambda: pst.decimal_with_magnitude(magnitudes=["千"]),
        lambda: pst.decimal_with_magnitude(min_value=Decimal("NaN")),
        lambda: pst.decimal_with_magnitude(places=-1),
        lambda: pst.units(kinds=["time"]),
        lambda: pst.units(kinds=["furlongs"]),
        lambda: pst.metric_verbs(classes=["eat"]),
        lambda: pst.qualifiers(position="middle"),
        lambda: pst.quantity_phrases(min_value=10, max_value=1),
        lambda: pst.quantity_phrases(lexicon="default"),
        lambda: pst.progress_sentences(min_phrases=0),
        lambda: pst.non_quantities(kinds=["weather"]),
        lambda: pst.fullwidth("81台"),
    ],
)
def test_strategies_reject_bad_arguments(build):
    with pytest.raises(InvalidArgument):
        build()


def test_strategies_draw_from_the_lexicon():
    surfaces = {u for u, e in LEX.units.items() if e.kind != "time" and not e.ambiguous}

    @given(pst.units())
    def check(unit):
        assert unit in surfaces

    check()


def test_importing_the_package_does_not_import_hypothesis():
    code = "import sys, progress_nlp; print('hypothesis' in sys.modules, 'progress_nlp.strategies' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]


def test_strategies_without_hypothesis_name_the_extra():
    code = (
        "import sys; sys.modules['hypothesis'] = None\n"
        "try:\n    from progress_nlp import strategies\n"
        "except ImportError as e:\n    print(e)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert 'pip install "progress-nlp[test]"' in out


@given(st.text(alphabet=st.sampled_from(list("正在招标完成已萬兩幾數好几数百千万亿零〇一二三四五六七八九十０１２３４５0123456789個台戶户%,。、 ")), max_size=30)
     | st.text(max_size=30))
@example("正在招标。")
@example("兩千戶")
@example("幾十個")
def test_the_no_numeral_shortcut_changes_nothing(text):
    """extract_quantities skips texts with no character a numeral can start
    with; the full scan must find nothing in them either."""
    from progress_nlp.extract import extract_normalized
    from progress_nlp.normalize import normalize
    full = extract_normalized(normalize(text), text, LEX) if text else []
    assert extract_quantities(text) == full
