"""The figure patterns that readers share (progress_nlp.readers.figures)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from progress_nlp.readers.figures import CLOSING_FIGURE, FIGURE, NOT_THINGS


@pytest.mark.parametrize(
    "text, figure",
    [
        ("先后完成高标准农田71.74万亩", ("71.74", "万", "亩")),
        ("新建农村公路92.8公里", ("92.8", "", "公里")),
        ("培训近6900人次", ("6900", "", "人次")),
        ("改造老旧管网3000 平方米", ("3000", "", "平方米")),
        ("新增蓄水1.2万立方米", ("1.2", "万", "立方米")),
        ("完成危桥改造1179座", ("1179", "", "座")),
    ],
)
def test_figure_reads_number_multiplier_and_measure(text, figure):
    assert FIGURE.search(text).group("n", "mult", "unit") == figure


@pytest.mark.parametrize(
    "text, closes",
    [
        ("实施危桥改造1179座", True),
        ("新建污水管网12.5公里以上", True),
        ("新增停车泊位约800个左右", True),
        ("完成率达到88.5%", False),  # a share, not a thing counted
        ("新建污水管网12.5公里,年底完工", False),
        ("新建城市书房", False),
    ],
)
def test_closing_figure_only_at_the_end(text, closes):
    assert bool(CLOSING_FIGURE.search(text)) is closes


_NAME = st.text(alphabet="新建改造农村公路污水管网城市书房幼儿园学位", min_size=2, max_size=12)
_NUMBER = st.one_of(st.integers(1, 10**6).map(str),
                    st.tuples(st.integers(0, 9999), st.integers(1, 99)).map(lambda p: f"{p[0]}.{p[1]}"))
_UNIT = st.sampled_from(["个", "座", "公里", "平方米", "平方公里", "立方米", "千米", "人次", "户次", "万亩", "亿元"])


@given(_NAME, _NUMBER, _UNIT, st.sampled_from(["", "以上", "左右", "余", "多"]))
def test_a_name_given_its_figure_closes_on_the_whole_figure(name, number, unit, about):
    text = name + number + unit + about
    m = CLOSING_FIGURE.search(text)
    assert m is not None and m.start() == len(name)  # the name is all before it
    assert m.group("n") == number
    assert m.group("mult") + m.group("unit") == unit  # 万亩: 万 a multiplier, 亩 the measure


@given(_NAME, st.integers(1, 10**4), st.sampled_from(sorted(NOT_THINGS)))
def test_counts_of_items_and_dates_are_figures_readers_can_tell_apart(name, n, unit):
    m = CLOSING_FIGURE.search(f"{name}{n}{unit}")
    assert m is not None and m.group("unit") in NOT_THINGS


@given(st.integers(0, 999), st.integers(0, 99), _UNIT)
def test_a_search_inside_a_number_finds_no_part_of_it(whole, frac, unit):
    text = f"{whole}.{frac}{unit}"
    assert FIGURE.search(text).group("n") == f"{whole}.{frac}"
    for pos in range(1, len(text)):  # a reader resuming mid-figure (finditer(t, pos))
        assert FIGURE.search(text, pos) is None
