"""News clauses that open with their verb: the thing done is the project.

A quarter's news often lists what was done as verb-first clauses separated
by ``;``: ``开工改造城镇老旧小区46个``, ``启用4个居住小区闲置地下停车场``,
``建成开放新梅江公园``. Each names one work (the verb's object) and reports
it. Every text here is written for these tests in that shape.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from progress_nlp.readers.prose import read_prose


def items(text: str) -> list[tuple[str, str]]:
    return [(i.project, i.actual) for i in read_prose(text)]


@pytest.mark.parametrize("text, expected", [
    # a verb of building that governs its thing, the figure after the thing:
    # the verb names the work with it (as 新增城镇就业|6628人 does)
    ("三季度新增完成的工作包括:开工改造城镇老旧小区46个,共126万平方米;新建社区食堂12个。",
     [("开工改造城镇老旧小区", "开工改造城镇老旧小区46个,共126万平方米"), ("新建社区食堂", "新建社区食堂12个。")]),
    # ...or the figure before it, the thing alone the name
    ("启用4个居住小区闲置地下停车场,释放停车泊位1573个;加装电梯86部。",
     [("居住小区闲置地下停车场", "启用4个居住小区闲置地下停车场,释放停车泊位1573个")]),
    # a finishing verb with no figure and no 了, each clause a work of its own
    ("建成开放东湖公园(北段),建成开放西山绿道(二期);开通运营地铁3号线。",
     [("东湖公园(北段)", "建成开放东湖公园(北段)"), ("西山绿道(二期)", "建成开放西山绿道(二期)"),
      ("地铁3号线", "开通运营地铁3号线。")]),
    # verbs of what was done to the thing (整治, 硬化, 拓宽改造), one clause alone
    ("整治老城区沿街立面3.2万平方米。",
     [("整治老城区沿街立面", "整治老城区沿街立面3.2万平方米。")]),
    ("硬化村内道路18公里;拓宽改造滨河路2公里并新装路灯40盏。",
     [("硬化村内道路", "硬化村内道路18公里"), ("拓宽改造滨河路", "拓宽改造滨河路2公里并新装路灯40盏。")]),
    # results after the programme's verdict, opened by 其中: an item each
    ("2024年十件民生实事全部完成。其中,建成社区书屋12个,新建村级卫生室5所。",
     [("建成社区书屋", "建成社区书屋12个"), ("新建村级卫生室", "新建村级卫生室5所。")]),
])
def test_verb_first_clauses_name_their_work(text, expected):
    got = items(text)
    for pair in expected:
        assert pair in got


@pytest.mark.parametrize("text", [
    # a later 已 makes the opening words a name (新建输变电项目|…已投运)
    "新建输变电项目群星220千伏输变电工程变电站已投运。",
    # money for the works, not works done
    "新建改扩建公办幼儿园中央、市级和县级资金分别为450万元、479万元和1390万元。",
])
def test_verb_first_openings_that_name_no_work_done(text):
    assert all(not p.startswith(("输变电项目群星", "改扩建公办幼儿园中央")) for p, _ in items(text))


def test_a_sentence_of_a_task_done_names_the_task():
    # 完成X任务。 with nothing else in the sentence: X is the project, done
    got = items("完成镇卫生院迁建任务。群众就医更加方便。完成城东农贸市场改造工程。")
    assert ("镇卫生院迁建任务", "完成") in got and ("城东农贸市场改造工程", "完成") in got


@pytest.mark.parametrize("task", ["第四中学异地新建和3所公办幼儿园新建、改建任务", "3处棚改腾空区域街头绿地建设任务"])
def test_a_sentence_of_a_building_task_done_keeps_its_counts_in_the_task(task):
    # 完成3处…绿地建设任务。: the count is the task's, the sentence says it is done
    assert (task, "完成") in items(f"完成{task}。群众出行更加方便。")


def test_a_task_said_done_then_its_share_stays_the_task():
    # 改造完成 names the year's task; the share after it is the progress
    assert ("改造完成公交候车亭80个", "完成任务数95%。") in items("改造完成公交候车亭80个,完成任务数95%。")


def test_a_verb_first_task_before_its_progress_stays_the_task():
    # 已新建… later in the item: the opening clause is the task, not work done
    got = items("提前完成的3件实事包括:建成城南体育公园;新建市政燃气管网60公里,已新建62.675公里;新增公交线路35条,现已完成36条。")
    assert ("新建市政燃气管网60公里", "已新建62.675公里") in got


@pytest.mark.parametrize("text", [
    # a span of time or an adverb where the name would be: no project
    "从蓝图到实景,在已过去的第三季度里,我市今年20项民心工程又有16项具体工作已完成。",
    "身边的变化最真切,也最能折射出民心工程正在以点滴改变实现人民对美好生活的向往。",
])
def test_a_time_span_or_an_adverb_is_no_project(text):
    assert items(text) == []


def test_sites_listed_after_their_stage_share_the_verdict():
    text = "今年秋季学期,已完工的城南实验学校、河西区学苑中学、北湖小学等学校均已顺利开学投用。"
    assert [p for p, _ in items(text)] == ["城南实验学校", "河西区学苑中学", "北湖小学"]
    assert all(a.endswith("均已顺利开学投用") for _, a in items(text))


_VERBS = ["开工改造", "新建", "改建", "扩建", "启用", "开通", "安装", "加装", "铺设"]
_THINGS = ["城镇老旧小区", "社区长者食堂", "公共充电桩", "农村公路", "居住小区停车场", "口袋公园"]
_MEASURES = ["个", "处", "座", "公里"]


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_VERBS), st.sampled_from(_THINGS), st.integers(2, 9999),
                          st.sampled_from(_MEASURES), st.booleans()),
                min_size=1, max_size=4, unique_by=lambda c: c[1]))
def test_property_each_verb_first_clause_is_its_things_row(clauses):
    # Whatever verb opens it and wherever its figure stands, a clause of a
    # ;-list names its thing (with the verb before it, when the figure
    # follows) as the project and keeps all its words.
    texts = [f"{v}{n}{m}{thing}" if before else f"{v}{thing}{n}{m}" for v, thing, n, m, before in clauses]
    got = items("本季度完成的工作包括:" + ";".join(texts) + "。")
    assert [p for p, _ in got] == [thing if before else v + thing for v, thing, _, _, before in clauses]
    assert [a.rstrip("。") for _, a in got] == texts


_SITES = {"学校": ["城南实验学校", "河西学苑中学", "北湖小学", "东城第二中学"],
          "公园": ["新梅江公园", "柳林湿地公园", "东湖口袋公园", "南山体育公园"],
          "医院": ["市第三人民医院", "城东妇幼保健院", "北区中医医院", "西城康复医院"]}


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(sorted(_SITES)), st.data(), st.sampled_from(["", "已完工的", "已建成的"]),
       st.sampled_from(["均已顺利开学投用", "已全部建成开放", "均已投入使用"]))
def test_property_sites_named_before_their_kind_share_the_verdict(kind, data, attribute, verdict):
    names = data.draw(st.lists(st.sampled_from(_SITES[kind]), min_size=2, max_size=4, unique=True))
    text = f"今年以来,{attribute}{'、'.join(names)}等{kind}{verdict}。"
    got = items(text)
    assert [p for p, _ in got] == names
    assert all(a.endswith(verdict) for _, a in got)


@pytest.mark.parametrize("text, expected", [
    # a verb of building, its thing and figure, then 并 and another verb:
    # the thing is before the figure however short
    ("在供热保障方面,新建管网2.5公里并创新服务机制。", [("新建管网", "新建管网2.5公里并创新服务机制。")]),
    # a named task said done with the publisher's verdict: the task is the project
    ("在绿色出行方面,超额完成电动汽车充电桩建设任务;", [("电动汽车充电桩建设任务", "超额完成")]),
    ("提前完成老旧小区改造工程。", [("老旧小区改造工程", "提前完成")]),
])
def test_verb_first_clauses_with_a_second_verb_or_a_verdict(text, expected):
    assert items(text) == expected


@pytest.mark.parametrize("text", ["今年以来,提前完成年度目标任务。", "全面完成全年任务。"])
def test_the_years_task_said_done_names_no_project(text):
    assert items(text) == []


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(["超额完成", "提前完成", "全面完成", "如期完成", "已顺利完成"]),
       st.sampled_from(["电动汽车充电桩建设任务", "老旧小区改造工程", "城市书房建设", "农村公路提档升级任务"]),
       st.sampled_from(["", "在绿色出行方面,", "今年,"]))
def test_property_a_task_said_done_is_its_own_row(verb, task, scene):
    text = f"{scene}{verb}{task}。"
    got = read_prose(text)
    assert [i.project for i in got] == [task]
    assert verb.removeprefix("已") in got[0].actual


@pytest.mark.parametrize("text, project", [
    # after a time alone, 已 and a verb of work, a place, then the figure and
    # the thing: the thing is the project (the place and the verb are not)
    ("截至6月底,已完成广州35个交通拥堵点位微改造治理,其中金沙洲—增槎路放射线合流段点位治理已完成。", "交通拥堵点位微改造治理"),
    ("截至5月底,我省已完成对2735家加油站、26408把加油枪的计量检定,分别完成年度目标任务的82.3%和80.4%。", "加油枪的计量检定"),
])
def test_work_done_after_a_time_names_its_thing(text, project):
    assert [i.project for i in read_prose(text)] == [project]


@pytest.mark.parametrize("text", [
    "截至11月底,已到位资金8.54亿元,已拨付7.54亿元,资金拨付率88.3%。",  # money is no work
])
def test_money_after_a_time_is_no_project(text):
    assert read_prose(text) == []


@given(st.lists(st.sampled_from(["禹王北街", "幸福路", "丰华路", "东风路", "建设大道"]), min_size=1, max_size=4, unique=True),
       st.integers(3, 30), st.sampled_from(["条道路", "所幼儿园", "座公园"]))
def test_property_names_closed_by_deng_are_examples_of_the_thing_counted(names, n, kind):
    # 正在对A、B等3条道路拓宽: the names before 等 are examples; the item is
    # the thing counted after the figure, never the first name.
    text = f"截至目前,已完成对{'、'.join(names)}等{n}{kind}的改造提升。"
    got = read_prose(text)
    assert got and all(not it.project.endswith("等") and names[0] not in it.project for it in got), [it.project for it in got]


@given(st.lists(st.sampled_from(["鸿泰苑核心区环境提升工程", "后华巷景观品质提升工程", "滨河路排水改造项目", "城东农贸市场改造工程"]),
                min_size=2, max_size=4, unique=True), st.sampled_from(["生态环境方面,", "", "上半年,"]))
def test_works_done_named_one_after_another_are_a_row_each(works, scene):
    # 完成A工程、B工程: each work named by its noun is a row, 完成 its progress
    got = items(f"{scene}完成{'、'.join(works)};完成新改建公厕3座。")
    assert [(p, a) for p, a in got if a == "完成"] == [(w, "完成") for w in works]


def test_things_done_that_are_no_works_stay_one_clause():
    # 完成景墙、步道: no noun of a work in each, parts of one job
    got = items("完成景墙、健身步道建设。")
    assert all(a != "完成" for _, a in got)
