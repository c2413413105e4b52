"""Runs of count clauses (readers/count_runs.py): year-end news listing the
things done, one clause each, read as one item per thing.

Every sentence here was written for this file in the shape such news takes
(a topic, the place, then verb + thing + count clauses); none is copied from
a stored report.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from progress_nlp.lexicon import default_lexicon
from progress_nlp.normalize import normalize, to_fullwidth
from progress_nlp.readers.count_runs import count_run
from progress_nlp.readers.prose import read_prose

LEX = default_lexicon()


def items(text: str) -> list[tuple[str, str]]:
    return [(it.project, it.actual) for it in read_prose(text)]


RUNS = [
    pytest.param(
        "在改善教育条件方面,全市新改扩建城东第八幼儿园等4所幼儿园,新增学位1170个。",
        [("幼儿园", "全市新改扩建城东第八幼儿园等4所幼儿园"), ("新增学位", "新增学位1170个。")],
        id="names-with-deng-are-examples-of-the-thing-after"),
    pytest.param(
        "助残服务方面,高新区新增残疾人托养机构3家,培训残疾人就业技能860人次,并为1200名重度残疾人购买了意外保险。",
        [("新增残疾人托养机构", "高新区新增残疾人托养机构3家"),
         ("培训残疾人就业技能", "培训残疾人就业技能860人次"),
         ("意外保险", "为1200名重度残疾人购买了意外保险。")],
        id="topic-place-three-things"),
    pytest.param(
        "聚焦老年健康,全县免费开展老年人体检4.6万人次,免费接种肺炎疫苗5200人次。",
        [("开展老年人体检", "全县免费开展老年人体检4.6万人次"), ("接种肺炎疫苗", "免费接种肺炎疫苗5200人次。")],
        id="focus-topic-free-service"),
    pytest.param(
        "在住房保障方面,《报告》称,新开工棚户区改造安置房2.1万套,分配公共租赁住房1.9万套。",
        [("新开工棚户区改造安置房", "新开工棚户区改造安置房2.1万套"), ("分配公共租赁住房", "分配公共租赁住房1.9万套。")],
        id="a-source-is-scene"),
    pytest.param(
        "同时,城关镇持续加大就业支持力度,2024年已开展职业技能培训近3100人次,为超过4000名失业人员提供就业帮扶。",
        [("开展职业技能培训", "2024年已开展职业技能培训近3100人次"),
         ("提供就业帮扶", "为超过4000名失业人员提供就业帮扶。")],
        id="scene-statement-then-results"),
    pytest.param(
        "全区建成城市书房12家,新建口袋公园35个,实现街道文化站全覆盖,改造提升了8家农贸市场。",
        [("建成城市书房", "全区建成城市书房12家"),
         ("新建口袋公园", "新建口袋公园35个,实现街道文化站全覆盖"),
         ("农贸市场", "改造提升了8家农贸市场。")],
        id="clause-without-count-goes-on"),
    pytest.param(
        "全市新建污水管网48公里,完成投资3.2亿元,新增停车泊位2600个。",
        [("新建污水管网", "全市新建污水管网48公里,完成投资3.2亿元"), ("新增停车泊位", "新增停车泊位2600个。")],
        id="money-goes-with-the-item-before"),
    pytest.param(
        "全区开工建设雨污分流管网12公里,完成管网6.5公里,新增公共厕所20座。",
        [("开工建设雨污分流管网", "全区开工建设雨污分流管网12公里,完成管网6.5公里"), ("新增公共厕所", "新增公共厕所20座。")],
        id="a-further-stage-of-the-same-thing"),
    pytest.param(
        "城建项目加快实施,开工建设地下管廊6.2公里,完成廊体1.8公里;新增停车泊位900个,建成充电桩120个。",
        [("开工建设地下管廊", "开工建设地下管廊6.2公里,完成廊体1.8公里"), ("新增停车泊位", "新增停车泊位900个"),
         ("建成充电桩", "建成充电桩120个。")],
        id="one-thing-in-two-stages-is-one-item"),
]


@pytest.mark.parametrize("text, expected", RUNS)
def test_each_thing_done_is_an_item(text, expected):
    assert items(text) == expected


NOT_RUNS = [
    pytest.param("我市今年计划建成200公里农村公路,现已完成路面铺设216公里。", id="plan-then-progress"),
    pytest.param("全市新建中小学项目80个均已开工,已完工66所,新增学位8.8万个。", id="task-subject-then-progress"),
    pytest.param("搬迁安置地质灾害危险点已搬迁103户,封顶18户,在建26户。", id="subject-before-aspect"),
    pytest.param("全县竣工项目48个,其中全部竣工项目16个。", id="programme-tally"),
    pytest.param("老旧小区改造工程新增改造小区10个,完成投资2亿元。", id="one-named-project"),
    pytest.param("全区新增养老床位300张。", id="one-clause"),
    pytest.param("9月15日,区政府召开民生实事推进会,部署下一阶段工作。", id="no-count"),
]


@pytest.mark.parametrize("text", NOT_RUNS)
def test_what_is_no_run(text):
    t = normalize(text)
    assert count_run(t, 0, len(t), LEX) is None


CLAUSES = [
    ("新增", "社区食堂", 12, "家"), ("培训", "家政服务人员", 860, "人次"), ("建成", "口袋公园", 35, "个"),
    ("新建", "污水管网", 48, "公里"), ("开展", "免费体检", 4600, "人次"), ("改造", "农贸市场", 9, "座"),
    ("接种", "流感疫苗", 10100, "剂"), ("发放", "助学金", 3200, "份"),
]


@given(st.lists(st.sampled_from(range(len(CLAUSES))), min_size=2, max_size=6, unique=True),
       st.sampled_from(["", "民生保障方面,", "聚焦一老一小,", "今年,"]),
       st.sampled_from(["全区", "高新区", "城关镇", "我县还"]))
def test_property_every_clause_is_one_item_with_its_own_thing(picks, scene, place):
    """k result clauses, each its own verb, thing and measure, give k items;
    each span points at its clause (the first with the place that did it);
    the thing, with its verb right before it, is in it; full-width digits
    and punctuation read the same."""
    clauses = [f"{v}{thing}{n}{unit}" for v, thing, n, unit in (CLAUSES[i] for i in picks)]
    text = normalize(scene + place + ",".join(clauses) + "。")
    run = count_run(text, 0, len(text), LEX)
    assert run is not None and len(run) == len(clauses), (text, run)
    for k, ((thing, (s, e)), clause, i) in enumerate(zip(run, clauses, picks)):
        assert text[s:e] == (place + clause if k == 0 else clause)
        assert thing is not None and text[slice(*thing)] == CLAUSES[i][0] + CLAUSES[i][1]
    wide = normalize(to_fullwidth(scene + place + ",".join(clauses) + "。"))
    assert wide == text


# One verb said of an enumeration: each part, closing on its own count or
# stage, is a thing of its own under the verb.
@pytest.mark.parametrize("text, expected", [
    ("今年以来,全县完成农村公路改造120公里、新建村级养老服务站15个、城区污水管网改造8公里。",
     [("完成农村公路改造", "全县完成农村公路改造120公里"), ("新建村级养老服务站", "新建村级养老服务站15个"),
      ("城区污水管网改造", "城区污水管网改造8公里。")]),
    ("一年来,某州先后完成高标准农田建设71.74万亩、S231昌五路建成通车、新建供热长输管线92.8公里。",
     [("完成高标准农田建设", "某州先后完成高标准农田建设71.74万亩"), ("S231昌五路", "S231昌五路建成通车"),
      ("新建供热长输管线", "新建供热长输管线92.8公里。")]),
    # a count that opens a part names one thing said after the last: whole
    ("全省已完成对2735家加油站、26408把加油枪的计量检定,新增检测站3个。",
     [("加油站", "全省已完成对2735家加油站、26408把加油枪的计量检定"), ("新增检测站", "新增检测站3个。")]),
    # stages of one thing, and a place's shares of one total: whole
    ("棚户区改造工程,新开工11万套、基本建成13.21万套,分别完成年度任务的100%、100.1%。",
     [("棚户区改造工程", "新开工11万套、基本建成13.21万套,分别完成年度任务的100%、100.1%。")]),
    ("全市完成燃气主管网1032.2千米,其中东城区完成141.93千米、西城区完成168.5千米。",
     [("燃气主管网", "全市完成燃气主管网1032.2千米,其中东城区完成141.93千米、西城区完成168.5千米。")]),
    # by how much the thing before beat its task is no part of its own
    ("全省扶持农民创业4.41万人、超额1.41万人,组织新生代农民工职业技能培训10.56万人。",
     [("扶持农民创业", "全省扶持农民创业4.41万人、超额1.41万人"), ("组织新生代农民工职业技能培训", "组织新生代农民工职业技能培训10.56万人。")]),
    # names before 等 are examples of the thing counted: whole
    ("全市建成燕沟口、南河滨路等14个口袋公园,新增停车位300个。",
     [("口袋公园", "全市建成燕沟口、南河滨路等14个口袋公园"), ("新增停车位", "新增停车位300个。")]),
])
def test_one_verb_said_of_an_enumeration(text, expected):
    assert items(text) == expected


@given(st.lists(st.sampled_from(range(len(CLAUSES))), min_size=2, max_size=5, unique=True), st.sampled_from(["全区", "我县还"]))
def test_property_an_enumeration_under_one_verb_is_one_item_a_part(picks, place):
    """完成A12家、B860人次、C35个: as many items as parts, each thing its own
    (the first with the verb before it), each span on its part (the first
    with the place and the verb)."""
    parts = [f"{thing}{n}{unit}" for _, thing, n, unit in (CLAUSES[i] for i in picks)]
    text = normalize(f"今年,{place}完成" + "、".join(parts) + "。")
    run = count_run(text, 0, len(text), LEX)
    assert run is not None and len(run) == len(parts), (text, run)
    for k, ((thing, (s, e)), part, i) in enumerate(zip(run, parts, picks)):
        assert text[s:e] == (f"{place}完成{part}" if k == 0 else part)
        assert thing is not None and text[slice(*thing)] == ("完成" if k == 0 else "") + CLAUSES[i][1]


@pytest.mark.parametrize("text, expected", [
    # a breakdown after 其中 or 包括, and what a result did for people, go
    # with the result before them
    ("全区新增社区食堂12家,其中新建8家,进一步方便了老年人就餐,培训家政服务人员860人次。",
     [("新增社区食堂", "全区新增社区食堂12家,其中新建8家,进一步方便了老年人就餐"), ("培训家政服务人员", "培训家政服务人员860人次。")]),
])
def test_breakdowns_and_effects_go_with_the_result_before(text, expected):
    assert items(text) == expected


@pytest.mark.parametrize("place", ["城区", "全县", "中心城区", "农村"])
def test_a_place_before_the_figure_is_no_thing(place):
    # 完成|城区|19座公交站台雨棚: where the work was done; the thing follows the figure
    t = f"开展群众文体活动465场次,完成{place}19座公交站台雨棚改造。"
    things = [t[slice(*o)] for o, _ in count_run(t, 0, len(t), default_lexicon())]
    assert things[1] == "公交站台雨棚改造"
