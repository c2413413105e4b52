"""Reports written as cards of labelled fields (项目名称: / 责任单位: / 进展情况:)."""

from __future__ import annotations

import io
from dataclasses import replace

from hypothesis import example, given, settings
from hypothesis import strategies as st

from progress_nlp import default_lexicon, load_report, score_report
from progress_nlp.readers.fields import read_fields
from progress_nlp.readers.header import header_words

HW = header_words(default_lexicon())

CARDS = """全县为群众办实事项目进展与成效情况汇报
01 项目名称:建设城市书房
项目内容:
新建城市书房2个,配合图书馆完成一卡通项目。
责任单位:
文广旅局
进展与成效:
城市书房已确定建设地址,正在招标。
一卡通设备合同已签订。
02
项目名称:
改造老旧小区
项目内容:
改造老旧小区30个。
责任单位
住建局
进展与成效:
已完工12个,在建18个。
"""


def test_cards_load_one_row_per_project():
    r = load_report(io.StringIO(CARDS))
    assert r.format == "fields"
    got = [(row.no, row.project, row.task, row.lead, row.actual) for row in r.rows]
    assert got == [
        ("01", "建设城市书房", "新建城市书房2个,配合图书馆完成一卡通项目。", "文广旅局",
         "城市书房已确定建设地址,正在招标。\n一卡通设备合同已签订。"),
        ("02", "改造老旧小区", "改造老旧小区30个。", "住建局", "已完工12个,在建18个。"),
    ]
    # May: a tender under way, and 12 of 30 done (96% of 12.5), are short of the pace.
    assert [s.status.value for s in score_report(replace(r, month=5))] == ["behind", "behind"]


def test_a_label_is_a_header_word_with_a_colon_or_alone():
    text = "项目名称:A路改造\n进展情况:项目名称已确定,进展情况良好\n项目名称:B桥维修\n进展情况:已完工"
    blocks = read_fields(text, HW)
    # 项目名称已确定 inside a value is text, not a label
    assert [(b.get("project"), b.get("actual")) for b in blocks] == [
        ("A路改造", "项目名称已确定,进展情况良好"), ("B桥维修", "已完工")]


def test_one_card_is_not_a_report_of_cards():
    assert read_fields("项目名称:A路改造\n进展情况:已完工", HW) != []
    assert load_report(io.StringIO("1.新建公园3个,已建成2个。\n2.改造道路5条,已完工4条。")).format == "prose"


_TEXT = st.text(alphabet=st.sampled_from("新建改造公园道路书房小区已完成招标设计施工个条座"), min_size=2, max_size=12)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(_TEXT, _TEXT, _TEXT), min_size=2, max_size=5),
       st.sampled_from([":", ":", "\n"]), st.booleans())
@example([("个个", "个个", "个个"), ("个个", "个个", "完成")], "\n", False)  # found by the property: 完成 is a header word
def test_cards_round_trip(cards, sep, numbered):
    # Whatever the colon (full or half width, or the value on the next
    # line) and numbering, each card comes back with its fields.
    lines = []
    for k, (project, lead, actual) in enumerate(cards, 1):
        lines.append(f"{k:02d} 项目名称{sep}{project}" if numbered else f"项目名称{sep}{project}")
        lines.append(f"责任单位{sep}{lead}")
        lines.append(f"进展情况{sep}{actual}")
    blocks = read_fields("\n".join(lines), HW)
    assert [(b.get("project"), b.get("lead"), b.get("actual")) for b in blocks] == cards
    if numbered:
        assert [b.no for b in blocks] == [f"{k:02d}" for k in range(1, len(cards) + 1)]


HEADED = """与你有关!十件重点民生项目进度出炉!
教育、住房、医疗、就业……一起看看这些民生项目完成进度如何!
记者 张三 摄

提高困难群众保障水平

工作目标

城乡低保标准提高至631元。

完成进度

已完成。

建设东湖公租房

工作目标

8月31日基本完工,12月前完成验收。

图片来源:市政府网

完成进度

已进入收尾整改阶段,完成率99%。
"""


def test_cards_named_by_a_heading_line():
    # A post names each card by a heading over its first label; the heading
    # is taken back from the last card's progress, captions are dropped.
    r = load_report(io.StringIO(HEADED))
    assert r.format == "fields"
    assert [(row.project, row.task, row.actual) for row in r.rows] == [
        ("提高困难群众保障水平", "城乡低保标准提高至631元。", "已完成。"),
        ("建设东湖公租房", "8月31日基本完工,12月前完成验收。", "已进入收尾整改阶段,完成率99%。"),
    ]


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(_TEXT, _TEXT, _TEXT), min_size=2, max_size=5), st.booleans())
def test_headed_cards_round_trip(cards, captions):
    # Any heading that is not itself a label names its card; a caption
    # anywhere between the lines changes nothing.
    cards = [c for c in cards if HW.pattern is None or HW.pattern.fullmatch(c[0]) is None]
    lines = []
    for heading, task, actual in cards:
        lines += [heading, "工作目标", task] + (["记者 李四 摄"] if captions else []) + ["完成进度", actual]
    blocks = read_fields("\n".join(lines), HW)
    assert [(b.get("project"), b.get("task"), b.get("actual")) for b in blocks] == cards
