"""Tables for :func:`progress_nlp.extract_quantities`.

The rows are grouped by where they come from:

DEV_SET
    Built at import time from ``tests/data/baoshan-2022-08.jsonl`` (format in
    ``tests/data/FORMAT.md``): one row per report row and text field
    (project, target, actual), id ``row<no>-<field>``. The multiset of
    extracted ``(value, unit)`` pairs must equal the gold quantities; gold
    entries marked ``"opt": true`` may or may not be extracted.
TRAPS
    Cases from our spec that extractors commonly get wrong: metric pairs,
    ranges that are not numbers (两三 is 2..3, never 23), set phrases that
    contain numerals, fuzzy numerals, qualifiers, full-width digits, bare
    numbers before a noun. Each row is ``(text, [(surface, value, unit)])``
    and the list must match exactly, in text order.
NEGATIVES
    Texts that hold no quantity at all: dates, list markers, ordinals,
    durations, document numbers, quoted names, ages, phone numbers, names
    and codes, words that contain a numeral.
METRICS, CUMULATIVE, QUALIFIERS, UPPERS, KINDS
    Smaller tables for the other fields of :class:`~progress_nlp.Quantity`,
    one expected entry per extracted quantity, in text order.
INVARIANTS
    Plain tests run over the texts of every table above: spans point at
    the text, quantities come in text order without overlaps, full-width
    digits give the same result, non-str raises TypeError, "" gives [].
KNOWN_FAILURES
    Rows the library currently gets wrong. The expectation is the correct
    one, not weakened; the row is wrapped in a strict xfail whose reason
    says what the library returns instead, so fixing the library makes the
    row XPASS and fail until it is moved back into its table.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from progress_nlp import Quantity, extract_quantities
from progress_nlp.normalize import to_fullwidth

P = pytest.param
DATA = Path(__file__).parent / "data" / "baoshan-2022-08.jsonl"
FIELDS = ("project", "target", "actual")


def triples(quantities: list[Quantity]) -> list[tuple[str, object, str]]:
    """``(surface, value, unit)`` of each quantity, as the tables write them."""
    return [(q.text, q.value, q.unit) for q in quantities]


def xfail(*values, id: str, reason: str):
    """A KNOWN_FAILURES row: the correct expectation, a strict xfail."""
    return P(*values, id=id, marks=pytest.mark.xfail(strict=True, reason=reason))


# ---------------------------------------------------------------------------
# DEV_SET: read from tests/data/baoshan-2022-08.jsonl
# ---------------------------------------------------------------------------

# id -> what the library returns instead of the gold (none at the moment).
DEV_KNOWN_FAILURES: dict[str, str] = {}


def _load_dev_set() -> list:
    rows = []
    with DATA.open(encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            record = json.loads(line)
            for field in FIELDS:
                gold = record["quantities"][field]
                required = [(g["s"], g["v"], g["u"]) for g in gold if not g.get("opt")]
                optional = [(g["s"], g["v"], g["u"]) for g in gold if g.get("opt")]
                row_id = f"row{record['no']}-{field}"
                if row_id in DEV_KNOWN_FAILURES:
                    rows.append(
                        xfail(record[field], required, optional, id=row_id, reason=DEV_KNOWN_FAILURES[row_id])
                    )
                else:
                    rows.append(P(record[field], required, optional, id=row_id))
    return rows


DEV_SET = _load_dev_set()


# ---------------------------------------------------------------------------
# TRAPS: from our spec, expected values
# ---------------------------------------------------------------------------

TRAPS = [
    # metric pairs and running totals
    P("既有多层住宅加装电梯新增400台、完工200台", [("400台", 400, "台"), ("200台", 200, "台")], id="pair-new-finished"),  # two metrics joined by 、
    P("已累计完成576个", [("576个", 576, "个")], id="cumulative-576"),  # docstring example of Quantity
    P("完工52台电梯", [("52台", 52, "台")], id="unit-before-noun"),  # 台 is the unit, 电梯 the noun
    # status texts with no number
    P("正在招标", [], id="status-bidding"),  # row 4 actual
    P("暂停线下配送活动", [], id="status-suspended"),  # row 19: 线 must not make 下 or 配 numerals
    # 两 and adjacent digits
    P("两百台", [("两百台", 200, "台")], id="liang-bai"),  # 两 as a digit
    P("两三个", [("两三个", 2, "个")], id="range-liangsan"),  # 2..3, never 23
    P("一两个", [("一两个", 1, "个")], id="range-yiliang"),  # 1..2, never 12
    P("全国两会", [], id="name-lianghui"),  # 两会 is a name
    P("年过半百", [], id="idiom-banbai"),  # idiom, a lone 百 with no approximator
    # numbers running into each other, separators, full width
    P("3541.07万元2.3本项目", [("3541.07万元", 3541.07, "万元")], id="money-then-section-number"),  # 2.3本: section number, not 2.3 books
    P("新增８１台", [("８１台", 81, "台")], id="fullwidth-digits"),  # span keeps the full-width text
    P("１，２００户", [("１，２００户", 1200, "户")], id="fullwidth-thousands-sep"),  # full-width comma as separator
    P("23,876人", [("23,876人", 23876, "人")], id="thousands-sep"),  # not 23 and 876
    P("第3，5，7条", [], id="ordinal-chain-comma"),  # 第 drops every number chained to it
    P("3、5、7号楼", [], id="building-names"),  # 号楼 names buildings, 、 chains them
    # ranges
    P("3-5台", [("3-5台", 3, "台")], id="range-hyphen"),  # value is the lower bound
    P("三到五台", [("三到五台", 3, "台")], id="range-dao"),  # Chinese range word
    P("3至5台", [("3至5台", 3, "台")], id="range-zhi"),  # 至 as a range word
    P("5-20%", [("5-20%", 5, "%")], id="range-percent"),  # the unit follows the upper bound
    P("1-9月份", [], id="month-range"),  # months, not a quantity
    P("2024-2025年", [], id="year-range"),  # years, not a quantity
    P("8月份目标", [], id="month-fen"),  # 月份 is a date word
    # ordinals, list markers, clock times
    P("第一批", [], id="ordinal-first-batch"),  # 第 makes it an ordinal, 批 is not its unit
    P("排名第三", [], id="rank"),  # 排名 and 第
    P("一是加快建设,二是强化管理", [], id="list-yishi-ershi"),  # enumeration markers
    P("两点半", [], id="clock-liangdianban"),  # half past two
    P("十点半", [], id="clock-shidianban"),  # half past ten
    # set phrases and words that contain numerals
    P("统一零售价", [], id="phrase-tongyi-lingshou"),  # 统一 and 零售
    P("一网通办", [], id="phrase-yiwangtongban"),  # government service slogan
    P("一站式", [], id="phrase-yizhanshi"),  # 站 would be a unit
    P("十四五规划", [], id="phrase-shisiwu"),  # the 14th five-year plan
    P("三农", [], id="phrase-sannong"),  # agriculture, villages, farmers
    P("双减", [], id="phrase-shuangjian"),  # education policy
    P("陆兆显", [], id="person-name-lu"),  # 陆 is 大写 6 and 兆 a magnitude: must not crash
    # units
    P("100兆瓦", [("100兆瓦", 100, "兆瓦")], id="unit-megawatt"),  # 兆瓦 is a unit, 兆 not a multiplier here
    P("7.34公里", [("7.34公里", 7.34, "公里")], id="unit-km-decimal"),  # row 30 project
    P("20个百分点", [("20个百分点", 20, "个百分点")], id="percentage-points"),  # longest unit wins over 个
    P("80%", [("80%", 80, "%")], id="percent"),  # number of percent
    P("百分之八十", [("百分之八十", 80, "%")], id="percent-cn"),  # Chinese percentage, unit %
    # fuzzy numerals and approximators (bounds in QUALIFIERS and UPPERS)
    P("十几个", [("十几个", 11, "个")], id="fuzzy-shiji"),  # 11..20
    P("二十余个", [("二十余个", 20, "个")], id="fuzzy-yu"),  # 20..30
    P("500多万元", [("500多万元", 500, "万元")], id="fuzzy-duo-wan"),  # 多 before the magnitude
    P("上百户", [("百户", 100, "户")], id="approx-shangbai"),  # lone 百 made a number by 上 (outside the span)
    P("近千户", [("千户", 1000, "户")], id="approx-jinqian"),  # lone 千 made a number by 近 (outside the span)
    # qualifier words stay outside the span
    P("1200万人以上", [("1200万人", 12000000, "人")], id="qualifier-yishang"),  # 以上 after the unit
    P("不少于2300场", [("2300场", 2300, "场")], id="qualifier-bushaoyu"),  # row 19 project
    P("2%左右", [("2%", 2, "%")], id="qualifier-zuoyou"),  # 左右 after the unit
    # bare numbers before a noun, big values
    P("为十万职工送保障", [("十万", 100000, "")], id="bare-shiwan"),  # row 23: Chinese numeral >= 万, no unit
    P("14.5万持卡职工", [("14.5万", 145000, "")], id="bare-decimal-wan"),  # row 23: no unit
    P("16.4亿元", [("16.4亿元", 16.4, "亿元")], id="money-yi-exact"),  # in the unit written: 16.4 亿元
]

# ---------------------------------------------------------------------------
# NEGATIVES: never a quantity
# ---------------------------------------------------------------------------

NEGATIVES = [
    # 二次 before a noun is secondary; 队伍 holds the numeral 伍; a road's number
    P("完成二次供水改造", id="set-erci-supply"),
    P("正在进行二次结构施工", id="set-erci-structure"),
    P("完成应急队伍组建", id="set-duiwu"),
    P("连接221省道的道路", id="name-provincial-road"),
    P("开展一对一结对帮扶", id="set-one-to-one"),
    # dates
    P("8月24日", id="date-month-day"),
    P("2022年", id="date-year"),
    P("8月份", id="date-month"),
    P("力争中旬进场", id="date-xun"),  # row 7 target
    P("2022-09-05", id="date-iso"),
    # list markers
    P("1、加快建设", id="marker-dun"),
    P("(1)加快建设", id="marker-paren"),
    P("一是加快建设", id="marker-yishi"),
    P("其中", id="marker-qizhong"),
    # ordinals
    P("第三", id="ordinal-disan"),
    P("第五项", id="ordinal-with-unit"),  # 项 is a unit, 第 wins
    # durations
    P("提前一个月", id="duration-month"),
    P("3个月内", id="duration-within"),  # 个月 (time) beats 个, 内 is no qualifier here
    # document numbers, quoted names, ages
    P("〔2022〕1号", id="document-number"),
    P("“1+2”相关文件", id="quoted-name"),  # row 14 actual
    P("0-3岁婴幼儿", id="age-range"),  # row 14 actual: ages are never listed
    # phone numbers
    P("021-12345678", id="phone-landline"),
    P("13812345678", id="phone-mobile"),
    # names
    P("四好农村路", id="name-road-programme"),
    P("1号线", id="name-metro-line"),
    P("一村一辅警", id="name-policing"),
    P("十四五", id="name-plan"),
    P("严格落实中央八项规定精神", id="name-eight-point-rules"),
    P("落实一岗双责", id="name-one-post-two-duties"),
    P("引进世界500强企业投资项目", id="rank-top-500"),
    P("鄯善750千伏输变电工程", id="voltage-spec"),
    P("这一项目计划今年投资", id="demonstrative-this-one"),
    # words that contain a numeral
    P("一些", id="word-yixie"),
    P("统一", id="word-tongyi"),
    P("一体化", id="word-yitihua"),
    P("万一", id="word-wanyi"),
    P("统一组织", id="word-tongyi-zuzhi"),  # row 13: must not give 一组
    # codes
    P("5G基站", id="code-5g"),
    P("G1501高速", id="code-expressway"),
    P("12345热线", id="code-hotline"),
]

# ---------------------------------------------------------------------------
# Smaller tables: metric, cumulative, qualifier, upper, kind
# ---------------------------------------------------------------------------

METRICS = [
    P("8月为11000名职工提供服务,累计为133250名职工提供服务。", ["提供", "提供"], id="row23-leiji-wei-tigong"),  # 累计 marks the total, 提供 the metric
    # A comma ends the clause and nothing is inherited across it: inheriting
    # gave 完成 to "3个驿站进入招投标阶段" (row 32), which is still in bidding.
    P("已累计新增861个公共泊位,320个共享泊位。", ["新增", None], id="row37-no-inheritance-across-comma"),
    P("既有多层住宅加装电梯新增400台、完工200台", ["新增", "完工"], id="pair-new-finished"),  # nearest verb before; 、 keeps the clause
    P("已累计完成576个", ["完成"], id="cumulative-576"),  # the verb, not 累计
    P("完工52台电梯", ["完工"], id="unit-before-noun"),
    P("新增81台,完工52台。", ["新增", "完工"], id="row2-actual"),  # each clause its own verb
    P("20个公交候车亭完成安装。", ["完成安装"], id="verb-after-number"),  # row 36 actual: longest word after
    # a count after a list takes the verb before the list, not one in a name
    P("新建成职教中心、安置小区配套幼儿园、宝龙幼儿园等7所中小学", ["新建"], id="list-then-count-verb-before-list"),
    P("累计新增450个公共(含专用)充电桩。", ["新增"], id="leiji-xinzeng"),  # row 33 target: 累计 only marks the total
    P("新增81台,52台已完工", ["新增", "完工"], id="verb-after-in-own-clause"),  # comma ends 新增's clause
    P("正在推进80%", [None], id="no-metric"),  # 推进 is not a metric verb
]

CUMULATIVE = [
    P("已累计新增861个公共泊位,320个共享泊位。", [True, False], id="row37-comma-ends-cumulative"),
    P("已累计完成576个", [True], id="cumulative-576"),
    P("既有多层住宅加装电梯新增400台、完工200台", [False, False], id="pair-new-finished"),
    P("累计完成2856人。", [True], id="row22-actual"),
    P("8月为11000名职工提供服务,累计为133250名职工提供服务。", [False, True], id="row23-actual"),  # month figure, then total
    P("2022年宝山区精品示范路共计申报7条,确保年底全市评选中通过至少5条", [True, False], id="row35-actual"),  # 共计 stays in its clause
]

QUALIFIERS = [
    P("两三个", ["about"], id="range-liangsan"),
    P("一两个", ["about"], id="range-yiliang"),
    P("3-5台", ["about"], id="range-hyphen"),
    P("三到五台", ["about"], id="range-dao"),
    P("3至5台", ["about"], id="range-zhi"),
    P("5-20%", ["about"], id="range-percent"),
    P("十几个", ["about"], id="fuzzy-shiji"),
    P("二十余个", ["about"], id="fuzzy-yu"),
    P("500多万元", ["about"], id="fuzzy-duo-wan"),
    P("上百户", ["about"], id="approx-shangbai"),
    P("近千户", ["about"], id="approx-jinqian"),
    P("1200万人以上", ["at_least"], id="qualifier-yishang"),
    P("不少于2300场", ["at_least"], id="qualifier-bushaoyu"),
    P("2%左右", ["about"], id="qualifier-zuoyou"),
    P("超过3000户", ["over"], id="qualifier-chaoguo"),  # qualifiers.txt: over
    P("不超过5个", ["at_most"], id="qualifier-buchaoguo"),  # qualifiers.txt: longer word than 超过
    P("为460个居村综合文化活动室提供不少于2300场文化活动", [None, "at_least"], id="row19-project"),  # no leak onto 460个
    P("新增81台", [None], id="plain"),
]

UPPERS = [
    P("两三个", [3], id="range-liangsan"),
    P("一两个", [2], id="range-yiliang"),
    P("3-5台", [5], id="range-hyphen"),  # inclusive bound
    P("三到五台", [5], id="range-dao"),
    P("3至5台", [5], id="range-zhi"),
    P("5-20%", [20], id="range-percent"),
    P("十几个", [20], id="fuzzy-shiji"),  # next step up
    P("二十余个", [30], id="fuzzy-yu"),
    P("500多万元", [600], id="fuzzy-duo-wan"),  # in the unit written, like the value
    P("1200万人以上", [None], id="qualifier-yishang"),  # at_least has no upper bound
    P("新增81台", [None], id="plain"),
]

KINDS = [
    P("20个百分点", ["percentage_point"], id="percentage-points"),
    P("80%", ["percent"], id="percent"),
    P("百分之八十", ["percent"], id="percent-cn"),
    P("16.4亿元", ["money"], id="money"),
    P("7.34公里", ["length"], id="length"),
    P("100兆瓦", ["power"], id="power"),
    P("完工52台电梯", ["count"], id="count"),
    P("为十万职工送保障", [""], id="bare-number"),  # no unit, no kind
]

# ---------------------------------------------------------------------------
# KNOWN_FAILURES: correct expectations the library does not meet yet
# ---------------------------------------------------------------------------

KNOWN_FAILURES_METRICS: list = []

KNOWN_FAILURES_CUMULATIVE: list = []

# ---------------------------------------------------------------------------
# Table tests
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("text, required, optional", DEV_SET)
def test_dev_set(text, required, optional):
    got = Counter((q.value, q.unit) for q in extract_quantities(text))
    need = Counter((v, u) for _, v, u in required)
    allowed = need + Counter((v, u) for _, v, u in optional)
    missing = need - got
    extra = got - allowed
    assert (missing, extra) == (Counter(), Counter())


def test_dev_known_failures_name_real_rows():
    ids = {p.id for p in DEV_SET}
    assert set(DEV_KNOWN_FAILURES) <= ids


@pytest.mark.parametrize("text, expected", TRAPS)
def test_traps(text, expected):
    got = triples(extract_quantities(text))
    assert got == expected
    # 1万户 must be the int 10000, not a float that happens to compare equal
    assert [type(v) for _, v, _ in got] == [type(v) for _, v, _ in expected]


@pytest.mark.parametrize("text", NEGATIVES)
def test_negatives(text):
    assert triples(extract_quantities(text)) == []


@pytest.mark.parametrize("text, expected", METRICS + KNOWN_FAILURES_METRICS)
def test_metric(text, expected):
    assert [q.metric for q in extract_quantities(text)] == expected


@pytest.mark.parametrize("text, expected", CUMULATIVE + KNOWN_FAILURES_CUMULATIVE)
def test_cumulative(text, expected):
    assert [q.cumulative for q in extract_quantities(text)] == expected


@pytest.mark.parametrize("text, expected", QUALIFIERS)
def test_qualifier(text, expected):
    assert [q.qualifier for q in extract_quantities(text)] == expected


@pytest.mark.parametrize("text, expected", UPPERS)
def test_upper(text, expected):
    assert [q.upper for q in extract_quantities(text)] == expected


@pytest.mark.parametrize("text, expected", KINDS)
def test_kind(text, expected):
    assert [q.kind for q in extract_quantities(text)] == expected


# ---------------------------------------------------------------------------
# INVARIANTS over the texts of every table
# ---------------------------------------------------------------------------


def _all_texts() -> list:
    tables = [
        DEV_SET, TRAPS, NEGATIVES, METRICS, CUMULATIVE, QUALIFIERS, UPPERS, KINDS,
        KNOWN_FAILURES_METRICS, KNOWN_FAILURES_CUMULATIVE,
    ]
    seen: dict[str, str] = {}
    for table in tables:
        for p in table:
            seen.setdefault(p.values[0], p.id)
    return [P(text, id=row_id) for text, row_id in seen.items()]


ALL_TEXTS = _all_texts()
_ASCII_NUMBER_CHARS = re.compile(r"[0-9%,.]")


def to_fullwidth_digits(text: str) -> str:
    """Full-width forms of the ASCII digits and of % , . only."""
    return _ASCII_NUMBER_CHARS.sub(lambda m: to_fullwidth(m.group()), text)


def _comparable(q: Quantity) -> tuple:
    """Everything but the surface text, which differs in width."""
    return (q.span, q.value, q.unit, q.metric, q.cumulative, q.qualifier, q.upper, q.kind, q.exact)


@pytest.mark.parametrize("text", ALL_TEXTS)
def test_spans_point_at_text(text):
    for q in extract_quantities(text):
        start, end = q.span
        assert 0 <= start < end <= len(text)
        assert text[start:end] == q.text


@pytest.mark.parametrize("text", ALL_TEXTS)
def test_text_order_without_overlap(text):
    spans = [q.span for q in extract_quantities(text)]
    assert spans == sorted(spans)
    for (_, end), (next_start, _) in zip(spans, spans[1:]):
        assert end <= next_start


@pytest.mark.parametrize("text", [p for p in ALL_TEXTS if re.search(r"[0-9]", p.values[0])])
def test_fullwidth_digits_same_result(text):
    wide = to_fullwidth_digits(text)
    assert len(wide) == len(text)
    half = extract_quantities(text)
    full = extract_quantities(wide)
    assert [_comparable(q) for q in full] == [_comparable(q) for q in half]
    assert [q.text for q in full] == [wide[q.start : q.end] for q in full]


@pytest.mark.parametrize("value", [P(None, id="None"), P(b"81\xe5\x8f\xb0", id="bytes"), P(81, id="int")])
def test_non_str_raises_type_error(value):
    with pytest.raises(TypeError):
        extract_quantities(value)


def test_empty_text():
    assert extract_quantities("") == []


# A value is in its unit as written (issue 11: 500万元 gave 5000000 with the
# unit 万元); the lexicon's scale takes it to the canonical unit.
@pytest.mark.parametrize("text, value, unit, in_canonical", [
    ("完成投资500万元", 500, "万元", 5_000_000),
    ("16.4亿元", 16.4, "亿元", 1_640_000_000),
    ("修建道路5公里", 5, "公里", 5000),
    ("改造100万平方米", 1_000_000, "平方米", 1_000_000),
    ("新增1.5万户", 15000, "户", 15000),
])
def test_value_is_in_the_unit_written(text, value, unit, in_canonical):
    from progress_nlp import default_lexicon
    [q] = extract_quantities(text)
    assert (q.value, q.unit) == (value, unit)
    assert Fraction(q.exact) * default_lexicon().units[q.unit].scale == in_canonical


@given(st.decimals(min_value=0, max_value=99999, places=2, allow_nan=False, allow_infinity=False))
def test_wanyuan_scales_to_yuan(d):
    """N万元 × scale is the same money as N×10000 元 written out."""
    from progress_nlp import default_lexicon
    n = format(d.normalize(), "f")
    [wan] = extract_quantities(f"投资{n}万元")
    [yuan] = extract_quantities(f"投资{format((d * 10000).normalize(), 'f')}元")
    assert wan.unit == "万元" and wan.exact == d
    assert Fraction(wan.exact) * default_lexicon().units["万元"].scale == yuan.exact

