"""Tables for :func:`progress_nlp.parse_number`.

Each table is a list of ``pytest.param(text, expected, id=...)`` rows, grouped
by where the rows come from:

ARABIC                Arabic numerals, half- and full-width.
CHINESE               Chinese numerals, including 两 and 大写 digits.
ZERO_PLACEMENT        零 inside a number (十万零一千, 一千零十).
MIXED                 Arabic and Chinese together, 万/亿 scaling, spoken tails.
EXACTNESS             Values float arithmetic gets wrong, and ``exact=True``.
PERCENT_AND_FRACTION  Percentages (number of percent) and fractions.
NOT_NUMERALS          Strings that must raise NumberFormatError.

Convention: an ``expected`` that is a :class:`~decimal.Decimal` or a
:class:`~fractions.Fraction` means the row is parsed with ``exact=True``;
every other row is parsed with the default ``exact=False``. The type of the
result is checked as well as its value (``int`` for whole values, ``float``
otherwise).
"""

from __future__ import annotations

import pickle
from decimal import Decimal
from fractions import Fraction

import pytest

from progress_nlp import NumberFormatError, parse_number

P = pytest.param

ARABIC = [
    P("81", 81, id="arabic-int"),  # the plain case
    P("7.34", 7.34, id="arabic-decimal"),  # 7.34公里: not whole, so a float
    P("1,000", 1000, id="arabic-thousands-sep"),  # separators in groups of three
    P("８１", 81, id="fullwidth-int"),  # full-width digits, as in many reports
    P("１，２００", 1200, id="fullwidth-thousands-sep"),  # full-width comma separator
]

CHINESE = [
    P("十二", 12, id="cn-shi-er"),  # the atom before 十 may be left out
    P("一千零五", 1005, id="cn-zero-in-middle"),  # 零 marks the empty 百 and 十 places
    P("两千三百", 2300, id="cn-liang"),  # 两 as a digit before a multiplier
    P("〇", 0, id="cn-ling-circle"),  # 〇, the digit form of zero
    P("零", 0, id="cn-ling"),  # 零 alone is a numeral too
    P("两千两百", 2200, id="cn-liang-twice"),  # 两 in both places (not a 两X range)
    P("伍亿柒仟万拾柒", 570000017, id="cn-daxie"),  # 大写 digits and multipliers, 万 scaling 柒仟
]

ZERO_PLACEMENT = [
    P("十万零一千", 101000, id="zero-after-wan"),  # a tail starting with 零 is read as it stands
    P("五十万零五千", 505000, id="zero-after-wushiwan"),  # not 550000 (that would be 五十五万)
    P("一百九十万零三千九百七十一", 1903971, id="zero-long"),  # long number from a budget table
    P("一千零十", 1010, id="zero-then-shi"),  # not 1100 (零 then a bare 十 = 10)
    P("一千零十七", 1017, id="zero-then-shi-qi"),  # bare 十 after 零 starts a teen
    P("一万零一十二", 10012, id="zero-yi-shi-er"),  # the formal 一十二 after 零
    P("一万零十二", 10012, id="zero-shi-er"),  # the spoken 十二 after 零: same value
]

MIXED = [
    P("1万", 10000, id="mixed-1wan"),  # 1万户 in project titles
    P("14.5万", 145000, id="mixed-decimal-wan"),  # 14.5万持卡职工 (row 23)
    P("3.2亿", 320000000, id="mixed-decimal-yi"),  # decimal times 亿
    P("一万二", 12000, id="mixed-spoken-tail-cn"),  # a bare digit continues the place below 万
    P("十万", 100000, id="mixed-shiwan"),  # 十万职工 (row 23)
    P("3万4000", 34000, id="mixed-wan-arabic-tail"),  # a full smaller number after 万
    P("25万6千", 256000, id="mixed-wan-qian-tail"),  # a smaller number with its own 千 after 万
    P("13万2", 132000, id="mixed-spoken-tail-arabic"),  # bare digit after 万: 2千, not 2
    P("3万2", 32000, id="mixed-spoken-tail-short"),  # same, one-digit coefficient
    P("14万一", 141000, id="mixed-spoken-tail-cn-digit"),  # Chinese bare digit after Arabic 万
    P("2千零30万", 20300000, id="mixed-wan-scales-left"),  # 万 scales the whole 2千零30
    P("7千3百", 7300, id="mixed-qian-bai"),  # Arabic coefficients of 千 and 百
    P("一百03", 103, id="mixed-zero-arabic-tail"),  # tail starting with 0 read as it stands
    P("十五点八万", 158000, id="mixed-cn-decimal-wan"),  # Chinese decimal 点 then 万
    P("二十万亿", 20 * 10**12, id="mixed-wan-yi"),  # 万亿 = 10^12
    P("1,100.9亿", 110090000000, id="mixed-sep-decimal-yi"),  # separator, decimal and 亿
]

EXACTNESS = [
    P("16.4亿", 1640000000, id="exact-16.4yi"),  # float gives 1639999999.9999998
    P("47.264287亿", 4726428700, id="exact-long-decimal-yi"),  # six decimals times 亿, still whole
    P("7.34", Decimal("7.34"), id="exact-decimal"),  # exact=True: Decimal, not float
    P("百分之一点五七", Decimal("1.57"), id="exact-cn-percent"),  # Chinese decimal percent
]

PERCENT_AND_FRACTION = [
    P("80%", 80, id="pct-arabic"),  # number of percent, not 0.8
    P("百分之八十", 80, id="pct-cn"),  # same value as 80%
    P("８０％", 80, id="pct-fullwidth"),  # full-width digits and ％
    P("23.4%", 23.4, id="pct-decimal"),  # not whole: float
    P("２３．４％", 23.4, id="pct-decimal-fullwidth"),  # full-width point
    P("三分之一", Fraction(1, 3), id="frac-cn"),  # non-terminating: Fraction with exact=True
    P("1/3", Fraction(1, 3), id="frac-slash"),  # same with a slash
    P("千分之一", Decimal("0.001"), id="frac-per-mille"),  # terminating: Decimal with exact=True
    P("一半", 0.5, id="frac-half"),  # the word for a half
]

NOT_NUMERALS = [
    P("统一", id="word-tongyi"),  # a word that contains 一
    P("十几", id="approx-shiji"),  # approximate: extract_quantities gives its bounds
    P("两三", id="range-liangsan"),  # a range, never 23
    P("", id="empty"),  # nothing to read
    P("abc", id="latin"),  # no numeral at all
    P("3万40000", id="tail-too-large"),  # the tail after 万 must be below 10000
    P("十百", id="multipliers-out-of-order"),  # 十 cannot stand before 百
    P("1/0", id="zero-denominator"),  # no value at all
]

VALID = ARABIC + CHINESE + ZERO_PLACEMENT + MIXED + EXACTNESS + PERCENT_AND_FRACTION


def _wants_exact(expected) -> bool:
    return isinstance(expected, (Decimal, Fraction))


@pytest.mark.parametrize("text, expected", VALID)
def test_parse_number(text, expected):
    result = parse_number(text, exact=_wants_exact(expected))
    assert result == expected
    assert type(result) is type(expected)


@pytest.mark.parametrize("text, expected", [p for p in VALID if _wants_exact(p.values[1])])
def test_exact_rows_without_exact_give_float(text, expected):
    result = parse_number(text)
    assert type(result) is float
    assert result == float(expected)


@pytest.mark.parametrize("text, expected", [p for p in VALID if isinstance(p.values[1], int)])
def test_whole_values_stay_int_with_exact(text, expected):
    result = parse_number(text, exact=True)
    assert type(result) is int
    assert result == expected


@pytest.mark.parametrize(
    "text, expected_type",
    [
        P("1,000", int, id="arabic-whole"),
        P("16.4亿", int, id="decimal-times-yi-is-whole"),
        P("100%", int, id="percent-whole"),
        P("7.34", float, id="arabic-decimal"),
        P("23.4%", float, id="percent-decimal"),
        P("三分之一", float, id="fraction"),
        P("一半", float, id="half"),
    ],
)
def test_return_type_is_int_when_whole_else_float(text, expected_type):
    assert type(parse_number(text)) is expected_type


@pytest.mark.parametrize("text", NOT_NUMERALS)
def test_not_numerals_raise(text):
    with pytest.raises(NumberFormatError) as info:
        parse_number(text)
    assert repr(text) in str(info.value)  # the message quotes the input
    assert info.value.text == text
    assert isinstance(info.value, ValueError)


@pytest.mark.parametrize(
    "value",
    [P(None, id="None"), P(b"81", id="bytes"), P(81, id="int")],
)
def test_non_str_raises_type_error(value):
    with pytest.raises(TypeError):
        parse_number(value)


@pytest.mark.parametrize("text", NOT_NUMERALS)
def test_number_format_error_pickles(text):
    with pytest.raises(NumberFormatError) as info:
        parse_number(text)
    exc = info.value
    copy = pickle.loads(pickle.dumps(exc))
    assert type(copy) is NumberFormatError
    assert copy.text == exc.text
    assert copy.reason == exc.reason
    assert str(copy) == str(exc)
