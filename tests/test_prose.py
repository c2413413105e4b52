"""Prose reports: items read from articles, circulars and announcements.

Each shape test is an article written for the test, in a shape such pages
take, with the exact items expected. The development pages are checked
against their gold rows (hit rate, misaligned items), and properties check
that any text reads without error, spans stay in order, unrelated sentences
change nothing and full-width input reads like half-width.
"""

from __future__ import annotations

import json
import re
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from progress_nlp.normalize import to_fullwidth
from progress_nlp.readers.prose import ProseItem, read_prose

REPORTS = Path(__file__).parent / "data" / "reports"
DEV_PAGES = [
    "chengxiang-2022-08",
    "fuzhou-2012-10",
    "fuzhou-2023-06",
    "ningbo-2014-06",
    "ningbo-2018-12",
    "putuo-2023-12",
    "putuo-2025-03",
]


def rows(text: str) -> list[tuple[str, str, str, str, str]]:
    return [(i.no, i.project, i.actual, i.lead, i.official) for i in read_prose(text)]


def sections(text: str) -> list[str]:
    return [i.section for i in read_prose(text)]


# --------------------------------------------------------------------------
# 1. Numbered items
# --------------------------------------------------------------------------

NUMBERED = """首页 >> 政务公开 >> 民生实事
2024年区政府民生实事项目上半年进展情况
发布时间:2024-07-05  来源:区政府办公室
今年以来,区政府认真组织实施15项民生实事项目,总体进展顺利。现将进展情况公布如下:
1.新增养老床位300张。目前已完成180张。
2、老旧小区综合改造。该项目年度计划改造40个小区,目前已完工25个,其余正在施工。
3.新建5个口袋公园,现已建成3个。
4.3所中小学新建塑胶运动场
已完成2所,第3所计划9月底前完工。
5.改造提升农贸市场6个
目前完成3个,投资1.2亿元。
下一步,区政府将加强督查,确保各项目按期完成。
字号 大 中 小 打印 关闭
"""


def test_numbered_items_one_paragraph_or_heading_and_lines():
    assert rows(NUMBERED) == [
        ("1", "新增养老床位300张。", "目前已完成180张。", "", ""),
        # the plan sentence belongs to the project, the result to the progress
        ("2", "老旧小区综合改造。该项目年度计划改造40个小区", "目前已完工25个,其余正在施工。", "", ""),
        ("3", "新建5个口袋公园", "现已建成3个。", "", ""),
        # 4.3所: a number after the marker continues the sequence, no decimal
        ("4", "3所中小学新建塑胶运动场", "已完成2所,第3所计划9月底前完工。", "", ""),
        # the last item takes one paragraph: the closing words are not progress
        ("5", "改造提升农贸市场6个", "目前完成3个,投资1.2亿元。", "", ""),
    ]


FLATTENED = (
    "2023年县政府民生实事项目1—9月份进展情况公示\n"
    "今年县政府民生实事项目共有25项,各责任单位高度重视,总体进展良好。现将进展情况予以公示,接受社会监督。"
    " 1.新建公共停车泊位2000个。 牵头领导:张明 责任单位:县住建局 项目责任人:李华 配合单位:县交警大队、县自然资源局"
    " 实际完成情况:已新建泊位1350个,完成年度目标的67.5%。"
    " 2.完成50个老旧小区改造。 牵头领导:王强 责任单位:县房管中心 项目责任人:赵磊 进展情况:已完工31个小区,其余19个正在施工。"
    " 3.新增城乡公交线路6条。 牵头领导:王强 责任单位:县交通运输局,各乡镇人民政府 项目责任人:陈立"
    " 实际完成情况:已开通4条,另2条正在调试。\n"
)


def test_flattened_items_with_fields():
    assert rows(FLATTENED) == [
        ("1", "新建公共停车泊位2000个。", "已新建泊位1350个,完成年度目标的67.5%。", "县住建局", ""),
        ("2", "完成50个老旧小区改造。", "已完工31个小区,其余19个正在施工。", "县房管中心", ""),
        ("3", "新增城乡公交线路6条。", "已开通4条,另2条正在调试。", "县交通运输局,各乡镇人民政府", ""),
    ]


# Items whose parts are labelled lines: the places a task covers (项目内容:
# 对A、B…等进行整体改造) are no list of projects, and a numbered list inside
# the progress (项目进展:1.A片区…。2.…。3.…) holds the item's parts even
# when its numbers run on from the items' own.
LABELLED_PARTS = """2015年度全区25项民生实事项目进展情况
1.投资2316万元,对11个社区的老旧小区进行整体改造。
责任单位:区住建局,各街道
项目内容:对米河、市南、赵家、东街等11个社区的老旧小区进行道路、路灯、管线等整体改造,惠及12000户居民。
项目进展:累计投资1455万元,完成路面开挖79120平方米。
2.开工建设6个棚户区改造项目,惠及群众2640户。
责任单位:区房管局
项目内容:开工建设古商城北片区、建国片区、西马片区等6个棚户区改造项目。
项目进展:1.古商城北片区:补偿方案进行了公示。2.朝阳北街片区:待古商城北片区基本完成后实施。3.建国片区:17栋安置楼中剩余2栋近期交付使用。4.西马片区:正在进行内装饰。
"""


def test_labelled_parts_keep_task_lists_and_inner_numbers_in_their_item():
    got = rows(LABELLED_PARTS)
    assert [(no, project, lead) for no, project, _, lead, _ in got] == [
        ("1", "投资2316万元,对11个社区的老旧小区进行整体改造。", "区住建局,各街道"),
        ("2", "开工建设6个棚户区改造项目,惠及群众2640户。", "区房管局"),
    ]
    assert got[0][2] == "累计投资1455万元,完成路面开挖79120平方米。"
    assert got[1][2].startswith("1.古商城北片区") and got[1][2].endswith("正在进行内装饰。")


@given(st.integers(2, 6), st.integers(2, 5))
def test_numbers_inside_an_item_that_run_on_from_the_items_are_its_parts(items, parts):
    # Items 1…n each open a line; the last one's progress numbers its parts
    # inline from 1, running past n: still n items.
    lines = [f"{k}.新建口袋公园{k}个。\n项目进展:已建成{k}个。" for k in range(1, items)]
    inner = "".join(f"{j}.第{j}片区:已完工。" for j in range(1, items + parts))
    lines.append(f"{items}.改造老旧小区{items}个。\n项目进展:{inner}")
    got = rows("\n".join(lines) + "\n")
    assert [no for no, *_ in got] == [str(k) for k in range(1, items + 1)]
    assert got[-1][2] == inner


def test_flattened_fields_without_progress_label_keep_the_rest():
    text = ("现将进展情况公示如下。 1.新辟公交线路8条。 牵头领导:刘一 责任单位:市交通局 配合单位:各区政府"
            " 东区 西区 合计 年度目标 3 5 8 实际完成 2 4 6 2.新增公共自行车1000辆。 责任单位:市城管局"
            " 实际完成情况:已投放780辆。")
    assert rows(text) == [
        ("1", "新辟公交线路8条。", "东区 西区 合计 年度目标 3 5 8 实际完成 2 4 6", "市交通局", ""),
        ("2", "新增公共自行车1000辆。", "已投放780辆。", "市城管局", ""),
    ]


NAMED = """● 实事一:新建10所公办幼儿园。截至6月底,已开工8所,其中2所主体完工。
● 实事二:为60岁以上老人免费体检5万人次,目前已完成3.2万人次。
实事三:新增公共充电桩800个
已建成460个,正在施工210个。
第四项:改造城市排水管网30公里(牵头单位:市水务局)。已完成管网改造21公里。
第五项:建设智慧停车平台。(已完成)
"""


def test_named_markers_bracketed_lead_and_own_verdict():
    assert rows(NAMED) == [
        ("一", "新建10所公办幼儿园。", "截至6月底,已开工8所,其中2所主体完工。", "", ""),
        ("二", "为60岁以上老人免费体检5万人次", "目前已完成3.2万人次。", "", ""),
        ("三", "新增公共充电桩800个", "已建成460个,正在施工210个。", "", ""),
        ("四", "改造城市排水管网30公里", "已完成管网改造21公里。", "市水务局", ""),
        ("五", "建设智慧停车平台。", "(已完成)", "", "已完成"),
    ]


CIRCULAR = """关于2023年区政府为民办实事项目三季度进展情况的通报
各街道、各有关单位:
现将三季度进展情况通报如下。
一、总体情况
今年区政府确定的12项为民办实事项目,总体推进顺利。
二、项目进展
1.项目名称:新建区图书馆分馆3个
牵头单位:区文旅局
配合单位:各街道
进展情况:已建成2个,第3个正在内部装修。
2.项目名称:改造背街小巷20条
牵头单位:区城管局
进展情况:已完成改造15条。
三、下一步工作
各牵头单位要加快推进,确保按期完成。
"""


def test_circular_with_field_lines_under_numbered_sections():
    assert rows(CIRCULAR) == [
        ("1", "新建区图书馆分馆3个", "已建成2个,第3个正在内部装修。", "区文旅局", ""),
        ("2", "改造背街小巷20条", "已完成改造15条。", "区城管局", ""),
    ]
    assert sections(CIRCULAR) == ["二、项目进展", "二、项目进展"]


# --------------------------------------------------------------------------
# 2. Enumerations and 3. lists after a verdict heading
# --------------------------------------------------------------------------


def test_enumeration_in_running_text():
    text = "今年以来,各项目推进有力:一是新建幼儿园4所,已完工3所;二是改造农贸市场10个,目前已完成6个;三是新增公交线路8条(第十二项),已开通5条。"
    assert rows(text) == [
        ("一", "新建幼儿园4所", "已完工3所", "", ""),
        ("二", "改造农贸市场10个", "目前已完成6个", "", ""),
        ("十二", "新增公交线路8条(第十二项)", "已开通5条。", "", ""),
    ]


def test_enumeration_broken_over_lines_reads_as_one():
    # …指出,一是A。 / 二是B。 / 三是C。: a page that breaks its enumeration
    # after each member had lost every member after the first.
    one_line = ("各项目推进有力,一是新建幼儿园4所,已完工3所。二是改造农贸市场10个,目前已完成6个。"
                "三是新增公交线路8条,已开通5条。")
    broken = one_line.replace("。二是", "。\n二是").replace("。三是", "。\n三是")
    assert rows(broken) == rows(one_line)
    assert [r[0] for r in rows(broken)] == ["一", "二", "三"]


def test_enumeration_members_that_open_their_lines_stay_paragraphs():
    # 一是A类项目x个。其中,… / 二是B类项目…: each line is a group of its
    # own with its list; joined, the lists would be cut as one run.
    text = ("一是建设类项目4个。其中,新增托位项目已完成装修设计;改造老旧小区项目已全部挂网招标。\n"
            "二是其他项目2个。其中,2个已完成全年任务:发放助学金;资助困难学生。")
    joined = text.replace("\n", "")
    assert rows(text) != rows(joined)
    assert any("已完成装修设计" in r[2] for r in rows(text))


@given(st.lists(st.sampled_from([("新建幼儿园4所", "已完工3所"), ("改造农贸市场10个", "目前已完成6个"),
                                 ("新增公交线路8条", "已开通5条"), ("建设口袋公园3座", "已建成2座")]),
                min_size=2, max_size=4, unique=True))
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_line_breaks_after_enumeration_members_change_nothing(members):
    # The rule: a line opening with the next 是-ordinal continues an
    # enumeration begun inside a sentence, so a break after a member is no
    # paragraph break.
    ordinals = "一二三四"
    parts = [f"{ordinals[k]}是{task},{done}。" for k, (task, done) in enumerate(members)]
    one_line = "今年以来,各项目推进有力," + "".join(parts)
    broken = "今年以来,各项目推进有力," + "\n".join(parts)
    got = [(r[0], r[1], r[2]) for r in rows(broken)]
    assert got == [(r[0], r[1], r[2]) for r in rows(one_line)]
    assert [g[1] for g in got] == [task for task, _ in members]


def test_enumeration_under_a_delay_heading():
    text = ("进度滞后的项目:一是城东污水处理厂扩建工程(第七项)正在开展招标;二是西湖公园提升改造(第九项)预计10月开工;"
            "三是社区卫生服务站标准化建设(第十五项)因用地问题尚未开工。")
    assert rows(text) == [
        ("七", "城东污水处理厂扩建工程(第七项)", "正在开展招标", "", "进度滞后的项目"),
        ("九", "西湖公园提升改造(第九项)", "预计10月开工", "", "进度滞后的项目"),
        ("十五", "社区卫生服务站标准化建设(第十五项)", "因用地问题尚未开工。", "", "进度滞后的项目"),
    ]


def test_list_split_on_name_and_progress_clauses():
    text = ("全市实施的20个为民办实事项目中,已完成项目4个,分别是中心医院门诊楼扩建已竣工,北环路拓宽工程已通车,"
            "城区公厕改造已完成,儿童公园已投入使用,其余项目正按计划推进。")
    official = "已完成项目4个"
    assert rows(text) == [
        ("", "中心医院门诊楼扩建", "已竣工", "", official),
        ("", "北环路拓宽工程", "已通车", "", official),
        ("", "城区公厕改造", "已完成", "", official),
        # the list ends before the rest (,其余项目…), not at the 。
        ("", "儿童公园", "已投入使用", "", official),
    ]


def test_list_of_semicolon_items_with_a_name_only_item():
    text = "提前完成的3件实事包括:新建社区食堂20个,已建成22个;实现不动产登记一网通办;新增公共充电桩500个,现已建成620个。"
    official = "提前完成的3件实事"
    assert rows(text) == [
        ("", "新建社区食堂20个", "已建成22个", "", official),
        ("", "实现不动产登记一网通办", "", "", official),
        ("", "新增公共充电桩500个", "现已建成620个。", "", official),
    ]


@pytest.mark.parametrize("pointer", ["", ",即", ",分别是", ",具体为"])
def test_a_pointer_word_before_the_colon_leaves_the_heading_as_it_is(pointer):
    # 有4个指标超额完成年度任务,即:A…;B…: 即 stands for the list, the clause before heads it.
    text = f"其中,有4个指标超额完成年度任务{pointer}:新增城镇就业6628人,为任务的116.3%;新建农村公路206公里,为任务的103.1%。"
    official = "有4个指标超额完成年度任务"
    assert rows(text) == [
        ("", "新增城镇就业", "新增城镇就业6628人,为任务的116.3%", "", official),
        ("", "新建农村公路", "新建农村公路206公里,为任务的103.1%。", "", official),
    ]


def test_list_of_names_only_after_a_completion_heading():
    text = "市级项目涉及我县共9项,其中3项已完成,分别是:实施农村改厕(第二项)、建设乡镇卫生院(第五项)、改造危桥(第八项)。"
    assert rows(text) == [
        ("二", "实施农村改厕(第二项)", "", "", "3项已完成"),
        ("五", "建设乡镇卫生院(第五项)", "", "", "3项已完成"),
        ("八", "改造危桥(第八项)", "", "", "3项已完成"),
    ]


def test_a_list_without_verdict_or_progress_is_no_item():
    assert rows("下一步,我们将做好以下工作:一是加强督查;二是强化宣传;三是优化服务。") == []
    assert rows("项目涵盖多个领域,包括养老、教育、医疗、交通。") == []


# --------------------------------------------------------------------------
# 4. News prose: plan and progress in one clause
# --------------------------------------------------------------------------

NEWS = """记者昨日从县政府获悉,截至9月底,今年县委、县政府确定的15件为民办实事项目进展顺利,部分项目已提前完成。
改善群众出行条件
今年我县计划新建农村公路150公里,现已完成98公里;计划改造危桥12座,已完工9座,其余3座正在施工。新增城区停车位1500个,目前已建成1620个。
此外,在农村饮水安全方面,计划新建集中供水工程8处,现已建成投用5处;40公里城区污水管网已完成31公里,其中新区18公里,老城区13公里。
提升公共服务水平
县人民医院新院区建设项目主体已封顶,正在进行内部装修。1—9月,全县新增城镇就业2860人。
"""


@pytest.mark.parametrize("body, project, actual", [
    # a description after the name's colon is the project's; the progress starts where the work is reported
    ("1. 城东道路绿化工程:工程总投资120.5万元,主要对城东大道两侧进行绿化美化,已完成整治,已验收。",
     "城东道路绿化工程:工程总投资120.5万元,主要对城东大道两侧进行绿化美化", "已完成整治,已验收。"),
    ("2. 河道综合治理项目:项目建设内容包括清淤和护岸,总投资86万元,工程已完工,正在准备审计。",
     "河道综合治理项目:项目建设内容包括清淤和护岸,总投资86万元", "工程已完工,正在准备审计。"),
    # without a colon the figure after the name stays with the progress, as before
    ("3. 农贸市场改造项目。总投资29万元,现已改造完成。", "农贸市场改造项目。", "总投资29万元,现已改造完成。"),
])
def test_a_description_after_the_names_colon_is_the_projects(body, project, actual):
    text = "某镇2022年项目工作总结\n" + body + "\n4. 文化站装修工程:已完工。"
    assert [(p, a) for _, p, a, _, _ in rows(text)][0] == (project, actual)


def test_a_way_of_counting_before_a_colon_names_no_item():
    # ■按项目类别统计:A…;B…: the label says how the groups are counted; the
    # groups are the items, also when a line follows the last bullet.
    text = """■按项目类别统计:产业项目82个,完成投资95.9亿元,为年投资计划的61%;民生项目35个,完成投资26亿元,为年投资计划的48%。
■按隶属管理统计:县直项目18个,完成投资14.8亿元,为年投资计划的64%;乡镇项目99个,完成投资59.7亿元,为年投资计划的68%。
重点项目投资完成情况汇总表"""
    assert [(p, a) for _, p, a, _, _ in rows(text)] == [
        ("产业项目82个", "完成投资95.9亿元,为年投资计划的61%"),
        ("民生项目35个", "完成投资26亿元,为年投资计划的48%。"),
        ("县直项目18个", "完成投资14.8亿元,为年投资计划的64%"),
        ("乡镇项目99个", "完成投资59.7亿元,为年投资计划的68%。"),
    ]


def test_funds_in_place_start_the_progress():
    # 共到位资金: the funds that reached the projects are progress, like 完成投资.
    text = ("1-9月,全省完成投资1200亿元。其中,重点推进的100个省级项目共到位资金437亿元、占年度计划的58.5%,"
            "完成投资424亿元;重点推进的500个县级项目共到位资金309.7亿元、占年度计划的53.1%,完成投资307亿元。")
    assert [(p, a) for _, p, a, _, _ in rows(text)][-2:] == [
        ("重点推进的100个省级项目", "共到位资金437亿元、占年度计划的58.5%,完成投资424亿元"),
        ("重点推进的500个县级项目", "共到位资金309.7亿元、占年度计划的53.1%,完成投资307亿元。"),
    ]


def test_a_news_page_stamp_and_statements_name_no_project():
    # A page's stamp over the article, a statement (X是Y) over a paragraph and
    # the programme's "各项指标" are no projects; the paragraphs are read as news.
    text = """某市重点项目建设一季度完成年度投资近三成
admin3个月前 (04-18)产业新闻12
  今年一季度,某市重点项目完成投资103.5亿元,占年度计划27.4%,超序时进度2.4个百分点。
  重大项目是观察地方经济的重要窗口。今年,全市确定重点项目219个,总投资2071亿元。
  市委、市政府高度重视,强力推进,各项指标至3月底已完成序时任务。
  城西人才公寓项目已有3栋建筑封顶,计划明年6月底竣工。"""
    assert [(p, a) for _, p, a, _, _ in rows(text)] == [
        ("某市重点项目", "完成投资103.5亿元,占年度计划27.4%,超序时进度2.4个百分点。"),
        ("城西人才公寓项目", "已有3栋建筑封顶,计划明年6月底竣工。"),
    ]


def test_news_clauses_split_into_plan_and_progress():
    assert rows(NEWS) == [
        ("", "今年我县计划新建农村公路150公里", "现已完成98公里", "", ""),
        ("", "计划改造危桥12座", "已完工9座,其余3座正在施工。", "", ""),
        ("", "新增城区停车位1500个", "目前已建成1620个。", "", ""),
        # the connective and the topic clause are not part of the project
        ("", "计划新建集中供水工程8处", "现已建成投用5处", "", ""),
        ("", "40公里城区污水管网", "已完成31公里,其中新区18公里,老城区13公里。", "", ""),
        # the part of the work that progresses belongs to the progress
        ("", "县人民医院新院区建设项目", "主体已封顶,正在进行内部装修。", "", ""),
        # after the period reported, a verb of work, its object and figure report
        ("", "城镇就业", "1—9月,全县新增城镇就业2860人。", "", ""),
    ]
    assert sections(NEWS) == ["改善群众出行条件"] * 5 + ["提升公共服务水平"] * 2


@pytest.mark.parametrize("text, project, actual", [
    ("1.城区道路改造项目,全年计划完成投资2亿元,1-5月累计完成投资0.8亿元,完成年度计划的40%。\n"
     "2.东湖公园项目,年度计划投资1亿元,1-5月完成投资0.5亿元。",
     "城区道路改造项目,全年计划完成投资2亿元", "1-5月累计完成投资0.8亿元,完成年度计划的40%。"),
    ("新建项目9个,年度计划投资3亿元,今年以来新增开工4个。",
     "新建项目9个,年度计划投资3亿元", "今年以来新增开工4个。"),
])
def test_a_clause_of_the_months_reported_starts_the_progress(text, project, actual):
    # The plan clause has its own verb (计划完成); the clause that opens with
    # the months reported and a verb of progress is where the progress starts.
    assert [(r[1], r[2]) for r in rows(text)][0] == (project, actual)


@given(st.sampled_from(["补助类", "保险类", "培训类", "工程类"]), st.integers(2, 40),
       st.sampled_from(["发放补助资金2.66亿元", "完成筹资6.65亿元", "发放培训补贴849万元", "完成投资1.2亿元"]),
       st.sampled_from(["完成年度计划的72.3%", "占年度计划的72.3%"]), st.sampled_from(["个", "项"]))
def test_a_counted_group_then_what_it_did_is_a_row(kind, n, work, share, per):
    # 15项发放补助类项目|发放补助资金2.66亿元,完成年度计划的72.3%: the group
    # is the row, what it did (even with the verb of its own name) the progress.
    text = f"其中:{n}{per}{kind}项目{work},{share};16项工程建设项目全部开工,完成投资10.22亿元,完成年度计划的65.6%。"
    got = [(r[1], r[2]) for r in rows("截至6月底,民生工程稳步推进。" + text)][1:]
    assert got[0] == (f"{n}{per}{kind}项目", f"{work},{share}")


@given(st.sampled_from(["康盛花园片区整治工程项目", "退役军人活动场所打造工程", "雨花街道文体中心建设", "北区污水处理厂"]),
       st.sampled_from(["初步设计", "可行性研究报告", "可研", "施工图设计", "方案设计", "硬装", "目前硬装", "主体工程", "用地"]),
       st.sampled_from(["已获批复", "已完成", "已经结束", "正在编制"]))
def test_a_step_of_the_work_before_its_aspect_goes_with_the_progress(name, step, aspect):
    # A工程|初步设计已获批复: the step is what progressed, not part of the name.
    text = f"目前,{name}{step}{aspect},下一步将进行立项审批。"
    assert [(r[1], r[2]) for r in rows(text)] == [(name, f"{step}{aspect},下一步将进行立项审批。")]


@pytest.mark.parametrize("compared", ["较去年同期", "比上年同期", "比去年", "同比"])
def test_a_comparison_with_last_year_is_no_project(compared):
    text = f"1-6月,全省在建重点项目完成投资792.4亿元,为年计划的44%。完成投资{compared}增加50.6亿元,增长6.8%。"
    assert [r[1] for r in rows(text)] == ["全省在建重点项目"]


@pytest.mark.parametrize("self_", ["本会", "本局", "我委", "本单位"])
def test_the_publisher_speaking_of_itself_is_no_project(self_):
    text = f"城东污水处理厂已完成主体施工。{self_}已研定7月至12月各月达成率目标。"
    assert [r[1] for r in rows(text)] == ["城东污水处理厂"]


@pytest.mark.parametrize("how", ["基本", "全面", "全部", "提前", "如期", "顺利"])
def test_how_the_work_went_goes_with_the_progress(how):
    # 棚户区|基本建成1108套: 基本 says how far the work went, not which project.
    got = [(r[1], r[2]) for r in rows(f"截至6月底,民生工程稳步推进。其中,城东棚户区{how}建成1108套,完成率100%。")][1:]
    assert got == [("城东棚户区", f"{how}建成1108套,完成率100%。")]


@pytest.mark.parametrize("again", ["据了解,", "", "目前,"])
def test_a_plan_then_the_progress_of_the_same_project_is_one_item(again):
    # The first sentence plans (预计…), the next reports on the project by
    # name: the plan is the project, the report its progress.
    text = ("城南安置房项目,计划2025年完成总工程量的50%,项目预计2026年6月建成投用。"
            f"{again}城南安置房项目,于3月开工建设,截至7月底,已完成主体结构,完成年度计划的70%。")
    assert [(r[1], r[2]) for r in rows(text)] == [
        ("城南安置房项目,计划2025年完成总工程量的50%,项目预计2026年6月建成投用。",
         "于3月开工建设,截至7月底,已完成主体结构,完成年度计划的70%。")]
    # Another project's progress after the plan leaves the plan alone.
    other = ("城南安置房项目,计划2025年完成总工程量的50%,项目预计2026年6月建成投用。"
             f"{again}城北幼儿园项目,于3月开工建设,截至7月底,已完成主体结构,完成年度计划的70%。")
    assert [r[1] for r in rows(other)][-1] == "城北幼儿园项目"
    assert len(rows(other)) == 2


@pytest.mark.parametrize("lead_in", ["", "此外,", "同时,"])
@pytest.mark.parametrize("place", ["", "晋江市", "城东街道"])
def test_a_task_as_the_topic_is_the_project(lead_in, place):
    # 在实施A方面,(place)已完成…: the task is the project, the place that did
    # it reports with the progress; a topic that is no task (投资方面,) is scene.
    text = (f"{lead_in}在实施残疾人家庭无障碍改造方面,{place}已完成832户入户评估,完成改造300户;"
            "实施“四帮四扶”工程方面,已确定重点帮扶家庭176户。")
    assert [(r[1], r[2]) for r in rows(text)] == [
        ("实施残疾人家庭无障碍改造", f"{place}已完成832户入户评估,完成改造300户"),
        ("实施“四帮四扶”工程", "已确定重点帮扶家庭176户。")]


def test_tasks_listed_under_a_verdict_keep_their_figures_and_brackets():
    # 率先完成年度任务的项目分别是…: each task (verb, figure, what) is a project
    # the verdict is about, whatever is in its brackets. (One task says what
    # was done: the list is read item by item, not as names.)
    text = ("此次率先完成年度任务的项目分别是升级改造40所学校安全防范设施设备;建设20家“1+N”模式一体化卫生所;"
            "实施公交服务品质提升工程,已完成3条公交车线路延伸优化;建设30家村级中医阁(含2家示范阁)。")
    got = [(it.project, it.actual, it.official) for it in read_prose(text)]
    verdict = "此次率先完成年度任务的项目"
    assert got == [
        ("升级改造40所学校安全防范设施设备", "", verdict),
        ("建设20家“1+N”模式一体化卫生所", "", verdict),
        ("实施公交服务品质提升工程", "已完成3条公交车线路延伸优化", verdict),
        ("建设30家村级中医阁(含2家示范阁)", "", verdict),
    ]


def test_groups_counted_by_how_many_reached_the_plan_and_parts_of_a_circular():
    # 建设工程23个,|达到和基本达到18个: how many reached the plan is the
    # group's progress; 一、工程项目概况 / 三、存在主要问题 / 四、下步工作建议
    # are parts of the circular, never items.
    text = ("一、工程项目概况\n全县重点工程项目总计62个,其中建设工程23个、产业项目14个,涉及责任单位41个。\n"
            "二、推进情况\n从计划进度看。建设工程23个,达到和基本达到18个、占比78.3%;产业项目14个,基本达到13个、占比92.9%。\n"
            "三、存在主要问题\n目前仍有过半工程项目没有开工。\n四、下步工作建议\n现在正值施工大好季节,各单位要加快推进。\n")
    assert [(r[1], r[2]) for r in rows(text)] == [
        ("建设工程23个", "达到和基本达到18个、占比78.3%"), ("产业项目14个", "基本达到13个、占比92.9%。")]


@pytest.mark.parametrize("text", [
    "全市37项民生工程上半年共完成投资额19.62亿元,占年度计划的74.9%,超序时进度24.9%。",
    "项目投资实施进展方面,1至6月份,全市37项民生工程共完成投资额19.62亿元,完成年度计划的74.9%。",
    "投资方面,全市37项民生工程1-6月累计完成投资19.62亿元,占年度计划的74.9%。",
])
def test_a_programme_with_its_own_investment_against_its_plan_is_a_row(text):
    # The programme's own figure against its own plan reports progress as a
    # group's does; the topic (…方面,) and the period set the scene.
    assert [r[1] for r in rows(text)] == ["全市37项民生工程"]


def test_groups_of_an_investment_report_are_rows_a_programme_is_not():
    # Groups counted by kind, each with its own investment against its own
    # plan, are the rows of a key-projects report ...
    text = ("1-8月共完成投资622.2亿元。其中133个续建项目完成投资454.31亿元,占年度计划的75%;"
            "50个建成项目完成投资40.48亿元,占年度计划的73%;151个前期项目有序推进。")
    assert [(r[1], r[2]) for r in rows(text)] == [
        ("133个续建项目", "完成投资454.31亿元,占年度计划的75%"),
        ("50个建成项目", "完成投资40.48亿元,占年度计划的73%"),
    ]
    # ... so are groups named as a kind (N个项目为X项目) with their plan after.
    text = ("其中,137个项目为结转续建项目,年度计划投资共计296亿元,1-4月已完成投资82.13亿元,占年度计划的27.73%;"
            "97个项目为计划新开工项目,年度计划投资共计261亿元,1-4月已有46个项目开工建设,完成投资96.38亿元。")
    assert [(r[1], r[2]) for r in rows(text)] == [
        ("137个项目为结转续建项目,年度计划投资共计296亿元", "1-4月已完成投资82.13亿元,占年度计划的27.73%"),
        ("97个项目为计划新开工项目,年度计划投资共计261亿元", "1-4月已有46个项目开工建设,完成投资96.38亿元。"),
    ]
    # ... and groups told by how many of them reached a stage.
    text = "截至10月底,全市63个新开工重点项目共有47个项目实现开工,开工率达74.6%;10个计划投产项目实现投产7个,投产率达70%。"
    assert [(r[1], r[2]) for r in rows(text)] == [
        ("全市63个新开工重点项目", "共有47个项目实现开工,开工率达74.6%"),
        ("10个计划投产项目", "实现投产7个,投产率达70%。"),
    ]
    # ... but the programme of practical projects is reported one by one.
    assert rows("全市20个为民办实事项目累计完成投入46.3亿元,占年度计划73.4%。") == []


@pytest.mark.parametrize("text, project, actual", [
    ("建成5处示范性社区养老机构,完成全年任务35.7%。", "示范性社区养老机构", "建成5处示范性社区养老机构,完成全年任务35.7%。"),
    ("开工建设744套保障性租赁住房、开工率100%。", "保障性租赁住房", "开工建设744套保障性租赁住房、开工率100%。"),
    ("完成821个小区电动自行车充电设施建设,完成全年任务的32.7%。", "小区电动自行车充电设施建设",
     "完成821个小区电动自行车充电设施建设,完成全年任务的32.7%。"),
    # a second figure stays in the progress: in the project it would be the task
    ("完成3个小区、179户城市供水设施改造提升。", "城市供水设施改造提升", "完成3个小区、179户城市供水设施改造提升。"),
])
def test_a_clause_opening_with_a_verb_and_its_figure_names_what_follows(text, project, actual):
    # The figure belongs to the progress: read as the project it would pass
    # for the year's task.
    assert [(r[1], r[2]) for r in rows(text)] == [(project, actual)]


def test_a_long_way_of_counting_is_scene_too():
    text = "从重点项目平台报表情况上看,131个已开工重点项目完成投资55.29亿元,为年度计划的51.35%。"
    assert [(p, a) for _, p, a, _, _ in rows(text)] == [
        ("131个已开工重点项目", "完成投资55.29亿元,为年度计划的51.35%。")]


@pytest.mark.parametrize("clause", ["已开工建设121所,占任务数的86%", "基本建设完成72所", "已完成投资2000万元"])
def test_words_of_work_alone_name_no_thing(clause):
    from progress_nlp.readers.clause_objects import clause_object
    assert clause_object(clause, 0, len(clause)) is None


def test_a_way_of_counting_is_no_part_of_the_project():
    text = "分行业来看,截至7月底,工业项目完成投资205.58亿元,占年度计划的76.17%;农业项目完成投资60.5亿元,占年度计划的76%。"
    assert [(r[1], r[2]) for r in rows(text)] == [
        ("工业项目", "完成投资205.58亿元,占年度计划的76.17%"), ("农业项目", "完成投资60.5亿元,占年度计划的76%。")]


@pytest.mark.parametrize("text, expected", [
    ("东城公路、南镇至北镇公路和西湖路开工建设,分别完成总工程量的40%、20%、20%。",
     [("东城公路", "开工建设,完成总工程量的40%。"), ("南镇至北镇公路", "开工建设,完成总工程量的20%。"),
      ("西湖路", "开工建设,完成总工程量的20%。")]),
    ("东湖公园、西湖公园分别完成投资1200万元和800万元。",
     [("东湖公园", "完成投资1200万元。"), ("西湖公园", "完成投资800万元。")]),
    # traditional characters: 分別 is 分别, the names and figures kept as written
    ("東城公路、南鎮至北鎮公路和西湖路開工建設,分別完成總工程量的40%、20%、20%。",
     [("東城公路", "開工建設,完成總工程量的40%。"), ("南鎮至北鎮公路", "開工建設,完成總工程量的20%。"),
      ("西湖路", "開工建設,完成總工程量的20%。")]),
    ("東湖公園、西湖公園分別完成投資1200萬元和800萬元。",
     [("東湖公園", "完成投資1200萬元。"), ("西湖公園", "完成投資800萬元。")]),
    # the list's count after the names, and the rate the figures give, go
    # with each figure; a count that does not number the figures leaves it whole
    ("法律援助、送戏进万村活动、老有所学行动等3项完成率分别达38%、64%、99%。",
     [("法律援助", "完成率达38%。"), ("送戏进万村活动", "完成率达64%。"), ("老有所学行动", "完成率达99%。")]),
    ("法律援助、送戏进万村活动、老有所学行动完成率分别达38%、64%、99%。",
     [("法律援助", "完成率达38%。"), ("送戏进万村活动", "完成率达64%。"), ("老有所学行动", "完成率达99%。")]),
    # a count with its verdict heads the names (3项正在抓紧实施,A、B、C…),
    # and names whose words look like progress (新增) run on to the rate
    ("3项正在抓紧实施,健康口腔行动、家政行动新增服务人员、老年助餐点建设完成率分别为12.6%、14%、23%。",
     [("健康口腔行动", "完成率为12.6%。"), ("家政行动新增服务人员", "完成率为14%。"), ("老年助餐点建设", "完成率为23%。")]),
    ("另有2项进展较快,家政行动新增服务人员、健康口腔行动完成率分别达64%、70%。",
     [("家政行动新增服务人员", "完成率达64%。"), ("健康口腔行动", "完成率达70%。")]),
    # each name's own share in brackets is its progress, not its name
    ("其中,水利工程(6.3%)、港航工程(8.1%)、公路工程(10.1%),完成投资进度较慢,分别慢于序时进度10.4、8.6、6.6个百分点。",
     [("水利工程", "(6.3%)完成投资进度较慢,慢于序时进度10.4个百分点。"), ("港航工程", "(8.1%)完成投资进度较慢,慢于序时进度8.6个百分点。"),
      ("公路工程", "(10.1%)完成投资进度较慢,慢于序时进度6.6个百分点。")]),
    # 分别 serving a list of its own (一级、二级) leaves the item whole
    ("提高困难残疾人生活补贴和重度残疾人护理补贴标准,市民政局已联合发文,一级、二级护理补贴从119元、99元分别提高到128元、107元。",
     [("提高困难残疾人生活补贴和重度残疾人护理补贴标准", "市民政局已联合发文,一级、二级护理补贴从119元、99元分别提高到128元、107元。")]),
    # the unit written once after the last figure is every figure's; a
    # clause of other names after the figures is not these names' progress
    ("外资、基础设施项目进展不够理想,分别低于总体进度4.0、8.3个百分点,高新区、牛塘镇投资完成率与整体进度基本持平。",
     [("外资", "进展不够理想,低于总体进度4.0个百分点"), ("基础设施项目", "进展不够理想,低于总体进度8.3个百分点")]),
    # names of their own after an item's progress (…128%,A、B、C分别完成…), a
    # year inside the words before the figures, and reported speech
    ("“农村饮水安全完成计划的111.4%,城乡福利机构建设完成计划的128%”,培育小企业、培养小老板、创造新岗位分别完成2010年计划任务的220%、414%和205%。",
     [("农村饮水安全", "完成计划的111.4%"), ("城乡福利机构建设", "完成计划的128%"),
      ("培育小企业", "完成2010年计划任务的220%。"), ("培养小老板", "完成2010年计划任务的414%。"),
      ("创造新岗位", "完成2010年计划任务的205%。")]),
    ("城鄉福利機構建設完成計劃的128%,培育小企業、培養小老闆分別完成計劃任務的220%、414%。",
     [("城鄉福利機構建設", "完成計劃的128%"), ("培育小企業", "完成計劃任務的220%。"), ("培養小老闆", "完成計劃任務的414%。")]),
])
def test_respectively_gives_each_name_its_figure(text, expected):
    items = read_prose(text)
    assert [(i.project, i.assigned or i.actual) for i in items] == expected
    # Each keeps the page's words it shares with the others: nothing is lost.
    squashed = re.sub(r"\s+", "", text)
    assert all(re.sub(r"\s+", "", i.actual) in squashed for i in items if i.assigned)


def test_a_place_alone_is_where_not_what():
    text = "其中,东城区已完成通村公路14.9公里,占目标任务20公里的74.5%;西城区已完成通村公路18.6公里,占目标任务25公里的74.4%。"
    assert [(r[1], r[2]) for r in rows(text)] == [
        ("东城区\n通村公路", "已完成通村公路14.9公里,占目标任务20公里的74.5%"),
        ("西城区\n通村公路", "已完成通村公路18.6公里,占目标任务25公里的74.4%。"),
    ]


@pytest.mark.parametrize("scene", ["", "据悉,", "据悉,截至8月底,", "记者了解到,截至目前,"])
@pytest.mark.parametrize("place", ["全市", "我县", "全区"])
def test_the_publishers_own_place_before_the_progress_names_no_project(scene, place):
    text = f"{scene}{place}已完成农村公路改造136.9公里,占目标任务数100公里的136.9%;完成危桥改造12座,占目标任务的80%。"
    assert [r[1] for r in rows(text)] == ["农村公路改造", "危桥改造"]
    assert rows(text)[0][2].endswith("已完成农村公路改造136.9公里,占目标任务数100公里的136.9%")


# 正 alone before a verb of work (正进行, 正办理) starts the progress as 正在
# does; who said it (县长说,) sets the scene.
@pytest.mark.parametrize("text, expected", [
    ("东区产业园后期部分正进行整地、排水、道路工程。", ("东区产业园后期部分", "正进行整地、排水、道路工程。")),
    ("東區產業園後期部分正進行整地、排水工程。", ("東區產業園後期部分", "正進行整地、排水工程。")),
    ("县长说,南区科技园正办理开发许可。", ("南区科技园", "正办理开发许可。")),
    ("縣府強調,北區物流園正抓緊辦理用地手續。", ("北區物流園", "正抓緊辦理用地手續。")),
    ("西区学校扩建工程正加紧主体施工。", ("西区学校扩建工程", "正加紧主体施工。")),
])
def test_zheng_before_a_verb_of_work_starts_the_progress(text, expected):
    assert [(r[1], r[2]) for r in rows(text)] == [expected]


# Who leads the project, said after its name (由…负责), is its lead.
@pytest.mark.parametrize("text, expected", [
    ("南区科技园由经济部负责,正办理开发许可。", ("南区科技园", "正办理开发许可。", "经济部")),
    ("北区污水厂由区水务局牵头,已完成主体施工。", ("北区污水厂", "已完成主体施工。", "区水务局")),
    # 由于 is a reason, not a lead; the reason opens the progress that says the work is held up
    ("东区学校由于用地调整,尚未开工。", ("东区学校", "由于用地调整,尚未开工。", "")),
])
def test_a_lead_named_after_the_project(text, expected):
    assert [(r[1], r[2], r[3]) for r in rows(text)] == [expected]


# …or in brackets after the task: (市教育局负责), several units parted by 、.
@pytest.mark.parametrize("line, expected", [
    ("(一)开工建设50处农村学校食堂。(市教育局负责)", ("开工建设50处农村学校食堂。", "市教育局")),
    ("(二)开展城乡环卫一体化提升行动。(市委农办、市城管局负责)", ("开展城乡环卫一体化提升行动。", "市委农办、市城管局")),
    ("(三)为600个行政村配建健身器材(市体育局牵头)", ("为600个行政村配建健身器材", "市体育局")),
    # a bracket that is no unit leading stays with the project
    ("(四)新建口袋公园10个(含改造)", ("新建口袋公园10个(含改造)", "")),
])
def test_a_lead_in_brackets_after_the_task(line, expected):
    text = f"{line}\n完成情况:已完成年度任务的80%。\n"
    assert [(r[1], r[3]) for r in rows(text)] == [expected]


# After ;, clauses that each say a part of the works is done or how far it
# is (人防地库基础底板完成,顶板完成50%), naming no work of their own, go on
# with the item before; one that names its own project is a row.
@pytest.mark.parametrize("text, expected", [
    ("东区学校扩建工程,主体已封顶;室外管网完成,绿化完成80%。西区道路改造项目已完成路基施工;北区污水厂项目完成80%。",
     [("东区学校扩建工程", "主体已封顶;室外管网完成,绿化完成80%。"), ("西区道路改造项目", "已完成路基施工"),
      ("北区污水厂项目", "完成80%。")]),
    ("“人到太仓就有房”人才生活配套项目,1#楼、2#楼土方开挖完成;人防地库基础底板完成,顶板完成50%。东区学校扩建工程,主体已封顶。",
     [("“人到太仓就有房”人才生活配套项目", "1#楼、2#楼土方开挖完成;人防地库基础底板完成,顶板完成50%。"),
      ("东区学校扩建工程", "主体已封顶。")]),
    # sites of their own (镇, 公园) are rows, as are works said done with 已
    ("“绿意悦城”园林绿化品质提升项目,古松弄口袋公园已竣工投用;沙溪镇长寿公园完成98%,明珠花园口袋公园完成60%。东区学校扩建工程,主体已封顶。",
     [("“绿意悦城”园林绿化品质提升项目", "古松弄口袋公园已竣工投用"), ("沙溪镇长寿公园", "完成98%"),
      ("明珠花园口袋公园", "完成60%。"), ("东区学校扩建工程", "主体已封顶。")]),
    ("东区学校扩建工程,主体已封顶;北湖体育馆已完工。西区道路改造项目已完成路基施工。",
     [("东区学校扩建工程", "主体已封顶"), ("北湖体育馆", "已完工。"), ("西区道路改造项目", "已完成路基施工。")]),
])
def test_parts_of_the_works_done_after_a_semicolon_go_on_with_the_item(text, expected):
    assert [(r[1], r[2]) for r in rows(text)] == expected


@given(st.lists(st.tuples(st.sampled_from(["人防地库基础底板", "顶板", "室外管网", "外墙粉刷", "绿化"]),
                          st.sampled_from(["完成", "完工", "建成"]), st.one_of(st.none(), st.integers(10, 95))),
                min_size=1, max_size=3, unique_by=lambda x: x[0]))
def test_parts_done_after_a_semicolon_are_never_lost(parts):
    tail = ",".join(f"{p}{v}{'' if n is None else f'{n}%'}" for p, v, n in parts)
    text = f"东区学校扩建工程,主体已封顶;{tail}。西区道路改造项目已完成路基施工。"
    got = rows(text)
    assert [r[1] for r in got] == ["东区学校扩建工程", "西区道路改造项目"]
    assert got[0][2] == f"主体已封顶;{tail}。"


def test_yi_in_an_attribute_opens_no_carrying_on():
    # 已签约的重大项目…: 已 qualifies the subject of a sentence of its own;
    # it is no progress of the item before (已投产).
    text = ("江西德凯车灯有限公司新建100万套车灯项目已投产,其余项目均在序时进度之内。"
            "截至目前,已签约的重大项目共5个,2020年计划投资65.5亿元,截至5月,已完成投资27.5亿元,占全年投资的42%。")
    got = rows(text)
    assert got[0][1:3] == ("江西德凯车灯有限公司新建100万套车灯项目", "已投产,其余项目均在序时进度之内。")
    assert all("27.5亿元" not in r[2] for r in got[:1])


@pytest.mark.parametrize("attribute", ["已排查出来的", "已建成投用的", "已开工的", "正在施工的"])
def test_an_aspect_in_an_attribute_of_four_characters_opens_no_progress(attribute):
    # 对已排查出来的28个小区…: 已 + a verb of up to four characters + 的
    # qualifies a noun; the progress does not start there.
    text = f"截至3月31日,某片区管网改造示范工程对{attribute}28个小区开展整治。"
    assert all(not i.actual.startswith(attribute) for i in read_prose(text))


# A task named in quotes after 其中 starts a subject of its own, as a name
# ending in 项目 does; the rest of the programme counted after it (其余13项
# 任务…) is no progress of that task, but the programme's own statement
# goes on with its rest (已有23个项目动工,其余12个项目…).
@pytest.mark.parametrize("text, expected", [
    ("截至一季度,39件民生实事已有26件开始实施,其中“防汛应急抢险装备物资采购”任务已圆满完成,并已全部配发至各镇街,其余13项任务正有序筹备中。",
     [("“防汛应急抢险装备物资采购”任务", "已圆满完成,并已全部配发至各镇街")]),
    ("今年以来,其中“东区学校扩建”工程已完工,“西区道路改造”项目正在施工,其他5个项目正在开展前期工作。",
     [("“东区学校扩建”工程", "已完工"), ("“西区道路改造”项目", "正在施工")]),
    # the item's own units still to do stay with it
    ("东区学校扩建工程已完成3个,其余2个正在施工。", [("东区学校扩建工程", "已完成3个,其余2个正在施工。")]),
])
def test_a_quoted_task_and_the_rest_of_the_programme(text, expected):
    assert [(r[1], r[2]) for r in rows(text)] == expected


@pytest.mark.parametrize("manner", ["按形象进度", "按照序时", "按计划", "依照建设标准"])
def test_how_a_count_was_made_is_no_subject(manner):
    # 计划年内完工项目39个,按形象进度已完工19个: the way of counting goes with
    # the progress; the group planned is the project.
    text = f"1-9月,重点项目完成投资565.2亿元。其中,计划年内完工项目39个,{manner}已完工或基本完工19个。"
    assert rows(text)[-1][1:3] == ("计划年内完工项目39个", f"{manner}已完工或基本完工19个。")


# A numbered task line whose second task opens with a verb and its figure
# (完成10个…改造) and no 已, over the lines that report: the whole line is
# the task; with 已 the clause is progress.
@pytest.mark.parametrize("head, expected", [
    ("(1)增加1000张老年病床,完成10个薄弱养老机构的改造", ("增加1000张老年病床,完成10个薄弱养老机构的改造", "超出目标任务。新增养老床位1467张。")),
    ("(1)推进垃圾分类全覆盖,新建900个定点投放点", ("推进垃圾分类全覆盖,新建900个定点投放点", "超出目标任务。新增养老床位1467张。")),
    ("(1)增加1000张老年病床,已完成10个薄弱养老机构的改造", ("增加1000张老年病床", "已完成10个薄弱养老机构的改造\n超出目标任务。新增养老床位1467张。")),
])
def test_a_second_task_with_its_figure_on_the_task_line_is_no_progress(head, expected):
    text = f"{head}\n超出目标任务。新增养老床位1467张。\n(2)增加180公顷绿色林地\n全面完成目标任务。新增绿色林地182公顷。\n"
    assert rows(text)[0][1:3] == expected


# Divisions (一、二、) over numbered items (1. 2.): a division with no items of
# its own over paragraphs that report is one item, as a numbered line over
# its progress is; a part of a circular (…情况, 存在的主要问题) is not.
ANSHUN_LIKE = """一、减少农村扶贫对象6.76万人;实施易地扶贫搬迁18695人。(责任单位:市扶贫办)该件实事已全面完成
1.减少农村扶贫对象6.76万人(责任单位:市扶贫办)
此项工作已完成。全市完成减少农村扶贫对象7.497万人。
2.实施易地扶贫搬迁18695人。(责任单位:市移民局)
此项工作已完成。已完成搬迁入住18695人。
二、解决6万人农村饮水安全问题。(责任单位:市水务局)该件实事已全面完成
此项工作已完成。截至12月底,解决6.007万人的农村饮水安全问题。
三、存在的主要问题
部分项目进度滞后,资金到位率偏低。
四、未开工项目情况
已启动明年项目梳排工作。
"""


def test_a_division_with_no_items_of_its_own_is_one_item():
    got = read_prose(ANSHUN_LIKE)
    assert [(i.no, i.project) for i in got] == [
        ("1", "减少农村扶贫对象6.76万人"), ("2", "实施易地扶贫搬迁18695人。"), ("二", "解决6万人农村饮水安全问题。")]
    assert got[2].lead == "市水务局"
    assert "解决6.007万人" in got[2].actual


# A group named by one project and its count keeps its kind (等6个项目, with a
# note in brackets), a clause that opens denied (未按计划…开工) says more of
# the one before, and 已开工项目中有… opens a sentence of its own.
def test_groups_named_by_one_project_and_their_count():
    text = ("其中大金山隧道等6个项目(其中二个分项)计划安排年底开工,小型水库等13个项目政策处理、报批、设计等前期工作进度缓慢,"
            "未按计划实施或开工。已开工项目中有客运中心等3个项目主体工程没有动建,天安电工基地等近十个项目进度缓慢。")
    got = [(r[1], r[2]) for r in rows(text)]
    assert got[:2] == [("大金山隧道等6个项目(其中二个分项)", "计划安排年底开工"),
                       ("小型水库等13个项目", "政策处理、报批、设计等前期工作进度缓慢,未按计划实施或开工。")]
    assert all("已开工项目中" not in a for _, a in got)


@pytest.mark.parametrize("kind", ["项目", "工程", "子项"])
def test_a_count_with_its_kind_ends_the_name_but_not_a_kind_of_two(kind):
    assert rows(f"东湖公园等6个{kind}计划安排年底开工。西区学校已完工。")[0][1:3] == (f"东湖公园等6个{kind}", "计划安排年底开工。")
    # 项目或指标: the kind goes on, the count alone ends the name
    assert rows("东湖公园等6个项目或指标完成年度目标任务的100%。西区学校已完工。")[0][1] == "东湖公园等6个"


# A numbered item: its heading, a description of the task, then how far it
# got, opening with a time of report or 已 (截止目前…, 目前已…): the
# description goes with the project.
@pytest.mark.parametrize("body, project_end, actual", [
    ("我镇示范区建设涉及七个村,受益群众8805人,项目总投资800余万元。截止目前,绿化已完工。", "项目总投资800余万元。", "截止目前,绿化已完工。"),
    ("项目区涉及四个村6000余亩,项目建设包括生产路、井、电等配套项目,目前已顺利开工,预计明年4月底完工。",
     "项目建设包括生产路、井、电等配套项目", "目前已顺利开工,预计明年4月底完工。"),
    # work already done in the description: the whole paragraph is progress
    ("今年已完成河道清淤3条,截止目前,8条河沟全部具备行洪能力。", None, "今年已完成河道清淤3条,截止目前,8条河沟全部具备行洪能力。"),
])
def test_a_task_described_before_its_progress(body, project_end, actual):
    text = f"一、抓好美丽乡村示范区建设。{body}\n二、深入开展河道整治工作。目前已整治河沟8条。\n"
    got = rows(text)[0]
    assert got[2] == actual
    assert got[1] == ("抓好美丽乡村示范区建设。" + body[: body.index(project_end) + len(project_end)] if project_end
                      else "抓好美丽乡村示范区建设。")


# Chinese numerals that lost their 、 (一开展…行动 / 二开展…行动 / 三…), each
# opening its line, in a run of three or more from 一, number items; a photo
# caption set after the heading (…行动 市城区翰海停车场) is no part of it.
@given(st.integers(3, 6), st.sampled_from(["", " 市城区翰海停车场", "\u3000图为新建学校"]))
def test_numerals_that_lost_their_mark_number_items(n, caption):
    cn = "一二三四五六"
    text = "".join(f"{cn[k]}开展第{k + 1}项惠民行动{caption}\n全年项目资金支出{k + 2}亿元,完成年初计划的{100 + k}%。\n"
                   for k in range(n))
    got = rows(text)
    assert [(r[0], r[1]) for r in got] == [(cn[k], f"开展第{k + 1}项惠民行动") for k in range(n)]
    assert all(r[2].startswith("全年项目资金支出") for r in got)


def test_two_lines_opening_with_numerals_are_no_items():
    text = "一批民生项目加快建设。\n二手房交易平台上线运行。\n"
    assert all(r[0] not in ("一", "二") for r in rows(text))


# Names in Taiwan's quotes (「…」) each with its own word start items as “…”
# names do; a clause whose would-be name ends on a conjunction or a word of
# saying (受到外力影响而|延宕, 表示并非刻意|延宕) is no item.
def test_taiwan_quoted_names_and_no_name_ending_on_er():
    text = "依研考會提供資料,「推動e化教育」已完成,「一區一老人安養中心」跳票。"
    assert [(r[1], r[2]) for r in rows(text)] == [("「推動e化教育」", "已完成"), ("「一區一老人安養中心」", "跳票。")]
    assert rows("不少開發案工程受到外力影響而延宕,如鋼材價格飆漲。") == []
    assert rows("研考會表示並非刻意延宕,對此研考會會加強控管。") == []


@pytest.mark.parametrize("rate", ["开工率达85.8%", "开复工率为92%", "完工率56.84%", "竣工率达到100%"])
def test_a_rate_of_a_stage_after_the_group_is_progress(rate):
    # …项目436项,|开工率达85.8%: how many reached the stage is progress.
    text = f"截至7月,全市新开工及在建项目436项,{rate},累计完成投资367.61亿元,完成年度计划46.7%。"
    assert rows(text)[0][1:3] == ("全市新开工及在建项目436项", f"{rate},累计完成投资367.61亿元,完成年度计划46.7%。")


# Page furniture and pointers are no items: 回应已关闭。 (comments closed),
# a table's label 附件1; a stage denied (跳票未动工) keeps its 未 in the progress.
def test_furniture_and_attachment_labels_are_no_items():
    text = ("第11期\n市委市政府督查局 2016年5月24日\n"
            "东区学校扩建工程已完工。\n西区道路改造项目正在施工。\n回应已关闭。\n大足区1—8月进度滞后项目表\n附件1\n"
            "相关新闻\n- 2011-09-16几句口角踢向五旬妇 男子系水头镇分管教育干事\n- 2011-08-25水头五里桥公园初具雏形 预计明年4月能全部完工\n")
    assert [r[1] for r in rows(text)] == ["东区学校扩建工程", "西区道路改造项目"]
    notice = "根據「電腦網路內容分級處理辦法」修正條文第六條第三款規定,已於網站首頁或各該限制級網頁,依台灣網站分級推廣基金會規定作標示。\n"
    assert [r[1] for r in rows(notice + "東區學校擴建工程已完工。\n")] == ["東區學校擴建工程"]


@pytest.mark.parametrize("denied", ["未", "迟迟未"])
def test_a_denied_stage_keeps_its_negation(denied):
    got = rows(f"文山焚化炉改建案跳票{denied}动工,显示行政效能低落。北区污水厂项目已完工。")
    assert got[0][2].startswith(f"跳票{denied}动工")


@pytest.mark.parametrize("comparing", ["超过", "高于", "低于", "快于"])
def test_a_comparison_is_no_project(comparing):
    # …资金拨付率达83%,超过省定6月底拨付率70%的 (a page cut mid-sentence)
    text = f"东区学校扩建工程已完工。其中:省定民生工程资金拨付率达83%,{comparing}省定6月底拨付率70%的"
    assert all(not r[1].startswith(comparing) for r in rows(text))


def test_an_enumerator_left_alone_is_no_project():
    text = ("从项目进度情况来看:一是已完成的项目25个,占比达62.5%。分别为:城镇棚户区改造、农村危房改造。"
            "二是有一定进度的实事项目2个,占比达5%。分别为:电商扶贫、旅游厕所革命建设。三是正在开展相关前期工作的项目4个,占比达10%。\n\n"
            "从4个区县推进情况来看:一是达到")
    assert all(r[1] not in ("一是", "二是", "三是") for r in rows(text))


@pytest.mark.parametrize("date", ["七十七年", "一○七年九月底", "预订一〇七年九月底", "于二○年一月"])
def test_a_date_in_chinese_numerals_goes_with_the_progress(date):
    # Taiwan's years (民国七十七年) and dates written in numerals: when it
    # happened, never part of the name.
    got = rows(f"南北溪大桥{date}完工。北区污水厂项目已完工。")
    assert got[0][1] == "南北溪大桥"
    assert got[0][2] == f"{date}完工。"


def test_a_headline_that_says_a_rate_is_no_project():
    # 棚改开工率达百分百。年度棚改项目12个3022套已全部开工…: the headline over
    # the paragraph says how it went; the paragraph names the project.
    text = ("棚改开工率达百分百。年度棚改项目12个3022套已全部开工。\n"
            "基本建成率超百分百。年度基本建成棚户区改造任务4500套,已基本建成5567套,基本建成率123.71%。\n")
    assert [(r[1], r[2]) for r in rows(text)] == [
        ("年度棚改项目12个3022套", "已全部开工。"),
        ("年度基本建成棚户区改造任务4500套", "已基本建成5567套,基本建成率123.71%。")]


@pytest.mark.parametrize("rate", ["竣工率", "完工率", "治理完成率", "开工率"])
def test_a_rate_of_a_stage_ending_a_name_is_progress(rate):
    # 农村危房改造竣工率达到99.44%: the rate measures the project's progress;
    # a level's rate (失业率) stays the name.
    text = f"前三季度,全省完成农村改厕439.8万户,占年度任务的146.6%;农村危房改造{rate}达到99.44%。"
    assert rows(text)[-1][1:3] == ("农村危房改造", f"{rate}达到99.44%。")


# What was due (应开工28个, 计划实施3座水库) is the project's; the progress
# starts at what was done (实际开工9个, 已全部动工), a time of report just
# before it with it (到今年10月底,已完成…).
@pytest.mark.parametrize("text, expected", [
    ("68个重点推进项目中,年内应开工项目28个、应竣工25个,实际开工9个、竣工2个。",
     ("年内应开工项目28个、应竣工25个", "实际开工9个、竣工2个。")),
    ("该县重点推进病险水库加固工程,计划实施3座水库,总投入资金2364.78万元,已全部动工。",
     ("该县重点推进病险水库加固工程,计划实施3座水库,总投入资金2364.78万元", "已全部动工。")),
    ("计划今年建成的10座人行天桥,到今年10月底,已完成建设五座人行天桥。",
     ("计划今年建成的10座人行天桥", "到今年10月底,已完成建设五座人行天桥。")),
])
def test_what_was_due_then_what_was_done(text, expected):
    assert rows(text + "东区学校扩建工程已完工。")[0][1:3] == expected


def test_a_list_of_related_news_is_no_item():
    text = ("至9月中旬完成任务109% 水头小城镇建设高歌猛进\n"
            "本报讯 截至9月15日,该镇63个小城镇建设项目共完成投资34.58亿元,完成年计划投资的109%。\n"
            "城建项目方面,21个项目共完成投资13.2亿元,完成年度计划投资额120%。\n"
            "相关新闻\n- 2011-09-16几句口角踢向五旬妇 男子系水头镇分管教育干事\n"
            "- 2011-08-25水头五里桥公园初具雏形 预计明年4月能全部完工\n相关评论\n")
    assert all(r[1] != "相关新闻" and not r[2].startswith("-") for r in rows(text))


def test_a_group_named_by_its_count_keeps_its_topic():
    # 产业项目方面,29个项目共完成投资…: 29个项目 alone names nothing.
    text = ("据了解,基础设施项目方面,水头镇4个重点项目共完成投资2.56亿元,完成年计划投资额113.9%。"
            "产业项目方面,29个项目共完成投资18.81亿元,完成年度计划投资额102%。")
    assert [r[1] for r in rows(text)] == ["基础设施项目方面,水头镇4个重点项目", "产业项目方面,29个项目"]
    # a project with a name of its own keeps no topic
    assert rows("交通方面,东区大桥已完工。西区学校已封顶。")[0][1] == "东区大桥"


@pytest.mark.parametrize("scene", ["近日,", "日前,", "近期,", "最近,", "目前,"])
def test_now_before_the_project_sets_the_scene(scene):
    assert rows(f"{scene}良江镇吉利村公共活动场所硬化项目顺利竣工。")[0][1:3] == ("良江镇吉利村公共活动场所硬化项目", "顺利竣工。")


def test_a_rate_alone_is_no_project():
    # …为民办实事52处乡村供水工程已完成投资8.14亿元,|完成率92%|,33处已完成…:
    # when the programme's statement names no row, its rate does not either.
    text = ("到9月中旬,甘肃省为民办实事52处乡村供水工程已完成投资8.14亿元,完成率92%,33处已完成年度建设使命;"
            "6处大型灌区续建配套与现代化改造项目已完成投资2.77亿元,完成率47%。")
    assert all(not r[1].startswith("完成率") for r in rows(text))


@pytest.mark.parametrize("text, expected", [
    # a reason before the progress is the progress's
    ("城南公园建设因用地问题尚未开工。", ("城南公园建设", "因用地问题尚未开工。")),
    # a reason inside the subject's attribute (…停工的项目) is the name's
    ("前期因资金问题停工的上高中学项目已经复工。", ("前期因资金问题停工的上高中学项目", "已经复工。")),
])
def test_a_reason_goes_with_what_it_explains(text, expected):
    assert rows(text + "北区污水厂项目已完工。")[0][1:3] == expected


def test_on_a_page_of_names_over_progress_a_stage_without_figure_is_progress():
    text = ("农村电网巩固提升工程\n完成投资0.2亿元,与年度计划持平。\n"
            "城市供水质量提升\n江南水厂正式运行,江北水厂完成工艺优化,供水水质有效提升。\n"
            "义务教育学校优质均衡发展\n完成投资1亿元,与年度计划持平。\n")
    assert [(r[1], r[2]) for r in rows(text)][1] == ("城市供水质量提升", "江南水厂正式运行,江北水厂完成工艺优化,供水水质有效提升。")


@pytest.mark.parametrize("phase", ["进入施工扫尾阶段", "进入施工收尾阶段", "进入施工阶段"])
def test_a_name_and_the_phase_it_entered(phase):
    # 气象路小学|进入施工扫尾阶段: the phase after the stage is the stage's.
    got = rows(f"气象路小学{phase},可确保9月1日开学投用。北区污水厂项目已完工。")
    assert got[0][1:3] == ("气象路小学", f"{phase},可确保9月1日开学投用。")


def test_a_facility_named_by_its_kind_starts_an_item_after_one_that_reports():
    # …已新增公共租赁住房149户,|蒲家二期经济适用房|已具备交付条件: a subject of its own;
    # after a bare name (“A”提升工程,|B中心已建成…) a facility is one of its parts.
    text = "截至6月,已新增公共租赁住房(租金补贴)149户(年度目标任务为100户),蒲家二期经济适用房已具备交付条件。"
    assert [r[1] for r in rows(text)][-1] == "蒲家二期经济适用房"
    text = "“颐养金仓·幸福享老”提升工程,璜泾镇综合为老服务中心已建成投用,城厢镇综合为老服务中心处于收尾阶段。"
    assert [r[1] for r in rows(text)] == ["“颐养金仓·幸福享老”提升工程"]


@pytest.mark.parametrize("text", ["人行道预埋管材正陆续进场施工。", "“计划是在4月底完成剩余的工作内容。”"])
def test_a_name_cut_before_its_verb_is_no_project(text):
    # 人行道预埋管材正|陆续进场施工, 计划是在|4月底完成: the would-be name ends
    # on a word that needs what follows.
    got = rows("兴贸路改造提升项目已完成总工程量的80%。" + text)
    assert [r[1] for r in got] == ["兴贸路改造提升项目"]


# A numbered heading over one line that opens with a progress label: the
# label's value is how the heading's work went, however many things it
# counts (新组建A70处,完善B26处,…) or however many clauses it has.
@given(st.lists(st.tuples(st.sampled_from(["新组建", "完善", "建设", "配置"]),
                          st.sampled_from(["环卫所", "转运站", "收运车", "垃圾桶", "保洁站"]), st.integers(2, 900)),
                min_size=2, max_size=4, unique_by=lambda x: x[1]),
       st.sampled_from([",", ";"]), st.sampled_from(["完成情况", "进展情况"]),
       st.sampled_from(["", "(市城管局负责)", "(市委农办、市城管局负责)"]))
def test_a_progress_label_under_a_numbered_heading_is_its_whole_progress(done, sep, label, lead):
    progress = sep.join(f"{v}{thing}{n}处" for v, thing, n in done) + "。"
    text = ("(一)开工建设50处农村学校食堂。\n完成情况:50处食堂已全部开工建设。\n"
            f"(二)开展城乡环卫一体化提升行动。{lead}\n{label}:{progress}\n"
            "(三)为600个行政村配建健身器材。\n完成情况:已全部配建。\n")
    assert [(r[0], r[1], r[2]) for r in rows(text)] == [
        ("一", "开工建设50处农村学校食堂。", "50处食堂已全部开工建设。"),
        ("二", "开展城乡环卫一体化提升行动。", progress),
        ("三", "为600个行政村配建健身器材。", "已全部配建。"),
    ]


@given(st.integers(1, 11), st.integers(1, 11), st.sampled_from(["-", "—", "~", "至"]), st.sampled_from(["", "份"]),
       st.sampled_from(["完成", "完工", "建成"]))
def test_a_span_of_months_is_never_cut_as_a_dated_stage(a, gap, sep, fen, verb):
    # 1-8月份完成…: the span is the period, not 8月份完成 dated after "1-".
    b = min(12, a + gap)
    text = f"我区{a}{sep}{b}月{fen}{verb}重点项目投资23.68亿元,占年计划74%。"
    items = read_prose(text)
    assert items and all(not re.search(r"[-—~至]$", i.project) for i in items)
    assert all(not re.match(r"\d{1,2}月", i.actual) for i in items)


@pytest.mark.parametrize("scene", ["", "2021年,", "2021年度,", "去年,", "据悉,2021年,"])
def test_a_year_before_the_work_done_sets_the_scene(scene):
    # The figure after the work is what was done: it goes with the progress,
    # whatever scene comes first.
    text = f"{scene}城镇新增就业1269万人,比上年增加83万人,完成全年目标任务的115%。"
    assert [(r[1], r[2]) for r in rows(text)] == [("城镇新增就业", "1269万人,比上年增加83万人,完成全年目标任务的115%。")]


# A run of clauses that say what was done, with or without a figure:
# 完成了X;完成了N单位的Y;Z新增W N单位.
DONE_RUN = [
    ("完成了二马路亮化工程;完成了农贸市场西门道路改造工程。",
     [("二马路亮化工程", "完成了二马路亮化工程"), ("农贸市场西门道路改造工程", "完成了农贸市场西门道路改造工程。")]),
    ("完成了1万平方米的农垦大道改造工程;已建成了镇文化活动中心。",
     [("农垦大道改造工程", "完成了1万平方米的农垦大道改造工程"), ("镇文化活动中心", "已建成了镇文化活动中心。")]),
    ("东区绿化工程新增绿地2500平方米。", [("东区绿化工程", "新增绿地2500平方米。")]),
    # the year's work and a task with its figure are no thing done
    ("完成了年度任务。", []),
    ("实施停车设施建设工程。任务目标新增停车位1.4万个。", []),
]


@given(st.lists(st.tuples(st.sampled_from(["养老护理员", "托育机构", "社区食堂", "口袋公园", "充电桩"]),
                          st.integers(2, 9000), st.integers(10, 400)),
                min_size=2, max_size=4, unique_by=lambda x: x[0]),
       st.sampled_from(["完成率分别达", "完成率分别为", "完成率达", "分别完成年度目标任务的"]),
       st.sampled_from(["民生方面,", "截至6月底,", "截至2018年6月末,"]))
def test_a_closing_clause_of_rates_goes_back_to_the_items_in_order(items, words, scene):
    # 新增A 120家,新增B 1036张,完成率分别达148%、160%: a rate each, in order;
    # 截至6月底,…,分别完成年度目标任务的43.4%和60.84%: the same.
    rates = "、".join(f"{r}%" for _, _, r in items[:-1]) + f"和{items[-1][2]}%"
    text = f"{scene}全市" + ",".join(f"新增{n}{c}个" for n, c, _ in items) + f",{words}{rates}。"
    got = read_prose(text)
    assert [r.project for r in got] == ["新增" + n for n, _, _ in items]
    assert [re.search(r"(\d+)%", r.assigned).group(1) for r in got] == [str(r) for _, _, r in items]
    # The page's words stay whole, the same for each (nothing rewritten).
    assert len({r.actual for r in got}) == 1 and got[0].actual in text


# How far a verdict goes and what it is of belong to the progress, never
# to the name: 有所|推迟, 进度明显|滞后, 进展相对|偏慢.
@pytest.mark.parametrize("name, verdict", [
    ("电视户户通设备安装工程", "有所推迟"), ("农村公路改造工程", "进度明显滞后"), ("东区学校工程", "进度滞后"),
    ("城南公园建设", "进展顺利"), ("西区管网改造工程", "进展相对偏慢"), ("城东污水厂建设", "严重滞后"),
])
def test_degree_and_measure_words_go_with_the_verdict(name, verdict):
    assert [(r[1], r[2]) for r in rows(f"{name}{verdict}。")] == [(name, f"{verdict}。")]


@pytest.mark.parametrize("text, expected", DONE_RUN)
def test_clauses_that_say_what_was_done_name_it(text, expected):
    assert [(r[1], r[2]) for r in rows(text)] == expected


@given(st.lists(st.sampled_from(["保障农村饮水安全", "城乡福利机构建设", "农村危房改造", "城区道路提升"]),
                min_size=2, max_size=4, unique=True),
       st.lists(st.integers(60, 400), min_size=4, max_size=4), st.sampled_from([("“", "”"), ("「", "」")]))
def test_reported_speech_reads_as_the_text_it_quotes(names, shares, marks):
    # 会上通报:“A完成计划的111.4%,B完成计划的379%”……: the quote marks change nothing.
    body = ",".join(f"{n}完成计划的{p}%" for n, p in zip(names, shares))
    plain = [(r[1], r[2].rstrip("。")) for r in rows(f"会上通报,{body}。")]
    quoted = [(r[1], r[2].rstrip("。").rstrip(marks[1])) for r in rows(f"会上通报,{marks[0]}{body}{marks[1]}。")]
    assert quoted == plain and len(plain) == len(names)


def test_quoted_names_and_quoted_tasks_in_a_row_keep_their_marks():
    # a name in quotes holds no clause; tasks quoted one after another are each their own
    assert [r[1].endswith("“放心肉示范店”") for r in rows("建设50家“放心肉示范店”,已建成49家。")] == [True]
    text = "已完成的指标任务共计19项。主要是“建设完成大沙河治理工程,形成新的景观带”,“完成公车改革任务”等。"
    assert [r[1] for r in rows(text)] == ["“建设完成大沙河治理工程,形成新的景观带”", "“完成公车改革任务”"]


# A numbered item: the task sentence, then a sentence that opens with the
# period reported. The task is the project whole; the progress never
# repeats it.
@pytest.mark.parametrize("task, progress", [
    ("固定资产投资增长8%。", "1-11月固定资产投资同比增长6.3%。"),
    ("地区生产总值增长7%。", "上半年地区生产总值增长7.5%。"),
    ("新增养老床位120张。", "1-12月份共新增养老床位120张。"),
    ("改造老旧小区24个。", "截至9月底,已完工22个。"),
])
def test_a_sentence_opening_with_the_period_reported_starts_the_progress(task, progress):
    assert [(r[0], r[1], r[2]) for r in rows(f"1.{task}{progress}\n2.{task}\n{progress}\n")] == [
        ("1", task, progress), ("2", task, progress)]


# Works named as projects, each with how far it is (A工程进度98%,B项目已浇筑…,
# C工程完成…): a row each. Not a plan waiting for its progress, nor a phrase
# that compares with the works.
WORKS = [
    ("东区改造工程进度98%,西村防洪墙项目已浇筑防洪墙680米左右,北港工程完成防洪墙920米、进度92%。",
     [("东区改造工程", "进度98%"), ("西村防洪墙项目", "已浇筑防洪墙680米左右"), ("北港工程", "完成防洪墙920米、进度92%。")]),
    ("二期工程土建进度90%,三期工程形象进度达60%。",
     [("二期工程", "土建进度90%"), ("三期工程", "形象进度达60%。")]),
    ("省市级重点建设项目完成投资11.33亿元,区级重点建设项目完成投资12.35亿元。",
     [("省市级重点建设项目", "完成投资11.33亿元"), ("区级重点建设项目", "完成投资12.35亿元。")]),
    ("今年重点建设项目520个,年度计划投资1012亿元,1至9月,全市重点建设项目完成投资700.54亿元,完成年度计划投资的69.2%。",
     [("今年重点建设项目520个,年度计划投资1012亿元", "1至9月,全市重点建设项目完成投资700.54亿元,完成年度计划投资的69.2%。")]),
]


@pytest.mark.parametrize("text, expected", WORKS)
def test_works_named_as_projects_are_a_row_each(text, expected):
    assert [(r[1], r[2]) for r in rows(text)] == expected


@given(st.lists(st.tuples(st.sampled_from(["东区", "西村", "北港", "南湖", "新城"]),
                          st.sampled_from(["改造工程", "防洪墙项目", "一期工程", "闸站项目"]),
                          st.sampled_from(["", "土建", "形象"]), st.integers(1, 99)),
                min_size=2, max_size=5, unique_by=lambda w: w[0] + w[1]))
def test_any_list_of_works_with_their_progress_is_a_row_each(works):
    text = ",".join(f"{a}{b}{q}进度{n}%" for a, b, q, n in works) + "。"
    assert [(r[1], r[2].rstrip("。")) for r in rows(text)] == [(a + b, f"{q}进度{n}%") for a, b, q, n in works]


def test_a_progress_label_listing_works_is_a_row_per_work():
    text = ("北部防洪改造\n目标任务:新建闸站15座,生活区防洪墙10公里。\n"
            "完成情况:累计完成投资8365.8万元。东区改造工程进度98%,西村防洪墙项目已浇筑防洪墙680米,北港工程完成护岸2900米。\n")
    assert [(r[1], r[2]) for r in rows(text)] == [
        ("新建闸站15座,生活区防洪墙10公里。", "累计完成投资8365.8万元。"),
        ("东区改造工程", "进度98%"), ("西村防洪墙项目", "已浇筑防洪墙680米"), ("北港工程", "完成护岸2900米。")]
    # two works only: one row, the whole progress
    two = text.replace(",北港工程完成护岸2900米", "")
    assert len(rows(two)) == 1


def test_an_investment_sentence_carries_on_the_item_before():
    text = ("道路交通新开工及在建项目44项,年度计划投资141.46亿元。截至目前,开工33项,开工率75.0%。"
            "完成投资44.1亿元,完成年度计划的31.2%。完成26处老旧小区整治工程,新增120处垃圾分类设施。")
    got = [(r[1], r[2]) for r in rows(text)]
    # the investment names nothing of its own: it is the project's above
    assert got[0] == ("道路交通新开工及在建项目44项,年度计划投资141.46亿元",
                      "截至目前,开工33项,开工率75.0%。完成投资44.1亿元,完成年度计划的31.2%。")
    # a sentence that names the work it did is an item of its own
    assert got[1][0] == "老旧小区整治工程"


def test_tasks_led_by_a_unit_and_numbered_in_the_list():
    text = ("未达预期3项分别是:市发改委牵头的第2项“固定资产投资增长8%以上”,1-5月份增长5.1%;"
            "市财政局牵头的第4项“一般公共预算收入增长5%”,一季度增长4%,增速居全省第3位;"
            "市教育局牵头的第9项“新建幼儿园10所”,已开工4所。")
    assert [(i.no, i.lead, i.project, i.actual) for i in read_prose(text)] == [
        ("2", "市发改委", "“固定资产投资增长8%以上”", "1-5月份增长5.1%"),
        ("4", "市财政局", "“一般公共预算收入增长5%”", "一季度增长4%,增速居全省第3位"),
        ("9", "市教育局", "“新建幼儿园10所”", "已开工4所。"),
    ]


def test_a_group_opening_with_progress_carries_on_the_item_before():
    text = "新建口袋公园5个,已建成3个。已完成投资2000万元。已完成绿化3000平方米;东湖公园已开园。"
    assert rows(text) == [
        ("", "新建口袋公园5个", "已建成3个。已完成投资2000万元。已完成绿化3000平方米", "", ""),
        ("", "东湖公园", "已开园。", "", ""),
    ]


def test_whole_report_sentences_are_not_items():
    text = ("2023年度我市为民办实事项目共20项68件。报告称,今年68件为民办实事项目有8件已提前完成;其余60件正按照序时进度推进。"
            "29个项目已全部完成。截至目前,已完成投资12亿元。")
    assert rows(text) == []


# --------------------------------------------------------------------------
# 5. Year-end lists, 6. headings over groups
# --------------------------------------------------------------------------

YEAR_END = """为民办实事项目年终盘点:2023年全区17项实事全部完成 2024-01-10
来源: 新城区融媒体中心
2023年新城区安排的17项为民办实事项目已全部完成,具体如下:

（一）新增3个社区长者食堂

建成南苑、东湖、西岭3个社区长者食堂,完成年度任务。

1.jpg

（二）改造农村公路80公里

完成农村公路改造96公里,超额完成年度任务。

2.png

（三）新建2处全民健身中心

在城北、城南新建全民健身中心2处。

3.png
上一篇:区政府召开常务会议
"""


def test_year_end_list_with_images_between_items():
    assert rows(YEAR_END) == [
        ("一", "新增3个社区长者食堂", "建成南苑、东湖、西岭3个社区长者食堂,完成年度任务。", "", ""),
        ("二", "改造农村公路80公里", "完成农村公路改造96公里,超额完成年度任务。", "", ""),
        ("三", "新建2处全民健身中心", "在城北、城南新建全民健身中心2处。", "", ""),
    ]


# Headings over paragraphs that open with the heading's own work and figure
# (完成投资…,比年度计划高…): what follows in the paragraph, listed works
# included, are its parts. A heading broken before 和 is one heading.
HEADINGS_OWN_FIGURE = """10件区级重点民生实事项目全部完成。具体如下:
城乡排水防洪设施建设
完成投资5.04亿元,比年度计划高20.3个百分点。五桥河流域安全防护工程汛前投用。
城市交通缓堵保畅
完成投资1.24亿元,比年度计划高76.6个百分点。北滨大道改造拓宽、青杠塝综合枢纽等竣工投用,切实减缓交通拥堵。
城镇老旧小区改造
和社区服务提升
完成投资0.65亿元,比年度计划高7.1个百分点。95个老旧小区改造全部开工,惠及群众3.1万户;牌楼公寓整治试点项目完工。
实施城区集中治丧
完成投资0.4亿元,与年度计划持平。九池殡仪服务站建成投用,城区文明治丧全面启动。
"""


def test_a_heading_over_its_own_figure_keeps_the_parts_after_it():
    got = [(p.replace("\n", ""), a) for _, p, a, _, _ in rows(HEADINGS_OWN_FIGURE)]
    assert got == [
        ("城乡排水防洪设施建设", "完成投资5.04亿元,比年度计划高20.3个百分点。五桥河流域安全防护工程汛前投用。"),
        ("城市交通缓堵保畅", "完成投资1.24亿元,比年度计划高76.6个百分点。北滨大道改造拓宽、青杠塝综合枢纽等竣工投用,切实减缓交通拥堵。"),
        ("城镇老旧小区改造和社区服务提升",
         "完成投资0.65亿元,比年度计划高7.1个百分点。95个老旧小区改造全部开工,惠及群众3.1万户;牌楼公寓整治试点项目完工。"),
        ("实施城区集中治丧", "完成投资0.4亿元,与年度计划持平。九池殡仪服务站建成投用,城区文明治丧全面启动。"),
    ]


@given(st.sampled_from(["城镇老旧小区改造", "农村公路提档升级", "城区供水管网改造"]),
       st.sampled_from(["和", "及", "与", "以及"]),
       st.sampled_from(["社区服务提升", "配套设施建设", "水质提升工程"]), st.integers(1, 99))
def test_a_heading_broken_before_its_conjunction_reads_as_one_line(first, conj, second, gain):
    body = (f"城乡排水防洪设施建设\n完成投资5.04亿元,比年度计划高20.3个百分点。\n{first}{{br}}{conj}{second}\n"
            f"完成投资0.65亿元,比年度计划高{gain}个百分点。95个老旧小区改造全部开工。\n")
    whole = [(p.replace("\n", ""), a) for _, p, a, _, _ in rows(body.format(br=""))]
    broken = [(p.replace("\n", ""), a) for _, p, a, _, _ in rows(body.format(br="\n"))]
    assert broken == whole and whole[-1][0] == f"{first}{conj}{second}"


@pytest.mark.parametrize("second", ["和平路改造", "及时兑现补贴资金", "与去年同期相比增长5%。"])
def test_a_line_opening_with_a_word_not_the_conjunction_stands_alone(second):
    from progress_nlp.readers.item_marks import page_lines
    lines, _ = page_lines(f"城镇老旧小区改造\n{second}\n")
    assert len(lines) == 2


# A programme stated with its plan, then its progress named only by the money
# done or by a count of its items, with only scene between: the statement is
# the project, the words after it the progress.
@pytest.mark.parametrize("text, project, actual", [
    ("2019年,长泰县组织实施13件为民办实事项目,年度计划投资4.846亿元。截止10月份,累计投资4.870亿元,占年度投资计划的100.5%。",
     "2019年,长泰县组织实施13件为民办实事项目,年度计划投资4.846亿元。", "截止10月份,累计投资4.870亿元,占年度投资计划的100.5%。"),
    ("2025年,市政府民生实事10大类50个事项,根据季度序时进度安排,截至三季度末,其中14个事项已提前完成全年任务,7个事项超序时进度。",
     "2025年,市政府民生实事10大类50个事项", "根据季度序时进度安排,截至三季度末,其中14个事项已提前完成全年任务,7个事项超序时进度。"),
    ("2025年,省政府民生实事共有12类45件53个事项。截至三季度末,其中24个事项已提前完成全年任务,9个事项超序时进度。",
     "2025年,省政府民生实事共有12类45件53个事项。", "截至三季度末,其中24个事项已提前完成全年任务,9个事项超序时进度。"),
])
def test_a_programme_stated_then_its_money_or_items_is_its_row(text, project, actual):
    assert [(p, a) for _, p, a, _, _ in rows(text)] == [(project, actual)]


@given(st.integers(2010, 2030), st.sampled_from(["长泰县", "我市", "市政府"]), st.integers(5, 60), st.integers(1, 11),
       st.integers(10, 120))
def test_property_a_programme_statement_names_its_progress(year, place, n, month, share):
    statement = f"{year}年,{place}组织实施{n}件为民办实事项目,年度计划投资4.8亿元。"
    progress = f"截至{month}月底,累计投资3.9亿元,占年度投资计划的{share}%。"
    assert [(p, a) for _, p, a, _, _ in rows(statement + progress)] == [(statement, progress)]


# The year's plan in one sentence, its progress in the next under a subject
# that restates the programme (the publisher's place, a count): one row, the
# plan its project, the whole next sentence its progress. A subject with a
# plan of its own keeps it.
@pytest.mark.parametrize("text, expected", [
    ("今年,省政府计划新开工城镇老旧小区1504个、40.1万户。截至7月底,全省共有1576个小区已进场施工,惠及居民48.4万户。",
     [("今年,省政府计划新开工城镇老旧小区1504个、40.1万户。", "截至7月底,全省共有1576个小区已进场施工,惠及居民48.4万户。")]),
    ("2012年我县市级重点项目15个,年度计划投资21.3亿元。1-9月,15个市级重点项目经市重点办审核完成投资17.48亿元,占年度考核任务的82%。",
     [("2012年我县市级重点项目15个,年度计划投资21.3亿元。", "1-9月,15个市级重点项目经市重点办审核完成投资17.48亿元,占年度考核任务的82%。")]),
    ("2025年共安排县新续建重点项目57个,另有重点预备项目10个。57个新续建重点项目全年计划完成投资98.5亿元,1-4月累计完成投资21.01亿元,完成年度投资计划的21.3%。",
     [("57个新续建重点项目全年计划完成投资98.5亿元", "1-4月累计完成投资21.01亿元,完成年度投资计划的21.3%。")]),
])
def test_a_plan_then_its_progress_under_a_restated_subject(text, expected):
    assert [(p, a) for _, p, a, _, _ in rows(text)] == expected


@given(st.sampled_from(["今年,省政府计划新开工城镇老旧小区{n}个。", "2024年全市安排重点项目{n}个,年度计划投资21.3亿元。"]),
       st.integers(10, 2000), st.sampled_from(["截至7月底,", "1-9月,", ""]), st.sampled_from(["全省共有", "全市", ""]),
       st.integers(5, 3000))
def test_property_a_restated_subject_takes_the_plan_before(plan, n, period, place, done):
    first = plan.format(n=n)
    second = f"{period}{place}{done}个小区已开工改造。"
    got = [(p, a) for _, p, a, _, _ in rows(first + second)]
    assert got == [(first, second)]


# Paragraph breaks lost in copying run one item into the next right after a
# share (…占年度计划的75%124个新建项目已开工…): a share is never followed by a
# count of its own, so each item is read apart, whatever the width of %.
@given(st.lists(st.tuples(st.sampled_from(["续建项目", "新建项目", "建成项目"]), st.integers(2, 400), st.integers(1, 200)),
                min_size=2, max_size=4, unique_by=lambda x: x[0]),
       st.booleans())
def test_property_items_fused_after_a_share_read_apart(groups, wide):
    pct = "\uff05" if wide else "%"
    text = "".join(f"{n}个{kind}完成投资{n}亿元,占年度计划的{share}{pct}" for kind, n, share in groups) + "。"
    got = [(p, a) for _, p, a, _, _ in rows(text)]
    assert [p for p, _ in got] == [f"{n}个{kind}" for kind, n, _ in groups]


# Under a task's heading, a paragraph that opens by describing the task
# (包括…, 该项目总投资…, 资金由…) and then reports on it: the description goes
# with the project, the report is the progress.
DESCRIBED_TASKS = """暨阳街道2023年民生实事项目完成情况报告
第一项:校舍维修建设及设施设备提升工程。
包括完成滨江小学整体提升改造,新世纪小学部分提升改造。该项目总投资约260万元,资金由街道负责。该项目已于9月1日前完工并全部投入使用。
第二项:暨阳街道农村公路大中修工程。
包括张庄—董村公路、大埂头—清水潭公路。资金由街道负责,交通局补助部分。该项目已于10月中旬完工。
第三项:社区爱心食堂建设工程。
该项目已于9月底完工并于10月22日开业。
"""


def test_a_task_described_before_its_report_keeps_the_description_in_the_project():
    got = [(p.replace("\n", ""), a) for _, p, a, _, _ in rows(DESCRIBED_TASKS)]
    assert got == [
        ("校舍维修建设及设施设备提升工程。包括完成滨江小学整体提升改造,新世纪小学部分提升改造。该项目总投资约260万元,资金由街道负责。",
         "该项目已于9月1日前完工并全部投入使用。"),
        ("暨阳街道农村公路大中修工程。包括张庄—董村公路、大埂头—清水潭公路。资金由街道负责,交通局补助部分。", "该项目已于10月中旬完工。"),
        ("社区爱心食堂建设工程。", "该项目已于9月底完工并于10月22日开业。"),
    ]


@given(st.sampled_from(["包括完成滨江小学整体提升改造。", "主要建设内容为新建食堂1处。", "该项目总投资约260万元。"]),
       st.sampled_from(["资金由街道负责。", ""]), st.sampled_from(["该项目已于10月底完成。", "目前已完工并投入使用。"]))
def test_property_the_description_before_a_report_is_the_projects(describe, funds, report):
    text = f"第一项:校舍维修工程。\n{describe}{funds}{report}\n第二项:农村公路大中修工程。\n该项目已于10月中旬完工。\n"
    got = [(p.replace("\n", ""), a) for _, p, a, _, _ in rows(text)]
    assert got[0] == (f"校舍维修工程。{describe}{funds}", report)


# A programme's investment, then 其中: and its groups, each with its plan and
# progress: the first group is a row like the others, and the 其中 opening it
# is no part of the programme's progress.
@given(st.integers(100, 900), st.lists(st.tuples(st.sampled_from(["在建项目", "计划新开工项目", "预备项目"]),
                                                 st.integers(10, 300), st.integers(10, 99)),
                                       min_size=2, max_size=3, unique_by=lambda g: g[0]))
def test_property_the_groups_after_among_are_rows(total, groups):
    parts = [f"{kind}{n}项,总投资{n * 7}亿元,年度计划投资{n}亿元,1-6月累计完成投资{n * share / 100:.2f}亿元,占年计划投资的{share}%"
             for kind, n, share in groups]
    text = (f"2023年县级重点项目共{total}项,总投资2944.74亿元,年度计划投资561.86亿元。"
            f"1-6月累计完成投资362.32亿元,占年计划投资的64.49%,其中:" + ";".join(parts) + "。")
    got = [(p, a) for _, p, a, _, _ in rows(text)]
    assert got[0][1] == "1-6月累计完成投资362.32亿元,占年计划投资的64.49%"
    assert [p.split(",")[0] for p, _ in got[1:]] == [f"{kind}{n}项" for kind, n, _ in groups]


# A count of the programme's items then 分别 or 将 (另外2件分别将在10月底和11月底
# 竣工完成) speaks of the programme: no row named by the count.
@given(st.integers(1, 9), st.sampled_from(["分别将在10月底和11月底竣工完成", "将于年底前完工", "分别于9月、10月开工"]))
def test_property_a_count_of_items_then_respectively_names_no_row(n, rest):
    text = f"截至目前,街道6件民生实事项目均按序时推进,其中4件已经全面竣工并交付使用,另外{n}件{rest}。"
    assert not any(re.match(r"\d+件", p) for _, p, _, _, _ in rows(text))


def test_a_sentence_of_work_done_is_no_programme_statement():
    got = rows("今年以来已完成投资5亿元,新建项目12个。截至9月底,累计投资6亿元,占年度计划的80%。")
    assert all(not p.startswith("今年以来已完成") for _, p, _, _, _ in got)


# One sentence of several works, each its own subject: the work going on
# written verb first (有序推进A工程), a work waiting for its next step (B待启用),
# a project by its noun and a verb with no aspect word (C项目完成初步方案设计).
def test_works_in_one_sentence_each_a_row():
    text = ("有序推进京杭大运河(无锡段)整治提升工程,江南运河文化公园首开B区待启用,蠡湖景区综合整治提升项目完成初步方案设计。"
            "太湖新城污水处理厂三期扩建工程完成顶板施工;餐厨废弃物处置扩建项目正在带料调试。")
    assert [(p, a) for _, p, a, _, _ in rows(text)] == [
        ("京杭大运河(无锡段)整治提升工程", "有序推进"),
        ("江南运河文化公园首开B区", "待启用"),
        ("蠡湖景区综合整治提升项目", "完成初步方案设计。"),
        ("太湖新城污水处理厂三期扩建工程", "完成顶板施工"),
        ("餐厨废弃物处置扩建项目", "正在带料调试。"),
    ]


# Work under way right after a project's noun, with no aspect word: a verb
# of starting or carrying out (…行动计划|启动…, …行动|组织开展…) or a piece of
# the work going on (…改造项目|入户排摸工作持续开展中) starts the progress.
@pytest.mark.parametrize("text, expected", [
    ("老年人家庭适老化改造项目入户排摸工作持续开展中,已协助申请400余户;市镇老年大学提升行动计划启动“银盾计划”,系统性提升防范能力;"
     "镇级老年人力资源开发行动组织开展银发职业技能公益培训,已结课5个班次。",
     [("老年人家庭适老化改造项目", "入户排摸工作持续开展中,已协助申请400余户"),
      ("市镇老年大学提升行动计划", "启动“银盾计划”,系统性提升防范能力"),
      ("镇级老年人力资源开发行动", "组织开展银发职业技能公益培训,已结课5个班次。")]),
    ("北区污水厂项目启动招标;南湖片区治理工程进入主体施工阶段。",
     [("北区污水厂项目", "启动招标"), ("南湖片区治理工程", "进入主体施工阶段。")]),
    # a part of the works being built (…施工中), or the pace alone (按序推进)
    ("张桥港原位控藻工程河底护底施工中;小溪港流域水生态修复按序推进,已完成南区绿化施工。",
     [("张桥港原位控藻工程", "河底护底施工中"), ("小溪港流域水生态修复", "按序推进,已完成南区绿化施工。")]),
    # a part of the works said done right after the name (…改造项目|设计图纸基本完成,)
    ("纪念馆改造项目设计图纸基本完成,正在完善概算书。",
     [("纪念馆改造项目", "设计图纸基本完成,正在完善概算书。")]),
    # a plan is no work under way
    ("北区污水厂项目计划于10月启动招标。", []),
])
def test_work_under_way_after_a_projects_noun_starts_the_progress(text, expected):
    assert [(r[1], r[2]) for r in rows(text)] == expected


@given(st.sampled_from(["老年大学提升行动计划", "污水管网改造工程", "托育服务提升行动", "智慧社区建设项目"]),
       st.sampled_from(["启动", "组织开展", "进入", "有序推进"]),
       st.sampled_from(["第二阶段工作", "入户调查", "专项培训"]), st.sampled_from(["东区", "市镇", ""]))
def test_property_work_under_way_keeps_the_whole_name(name, verb, work, place):
    got = rows(f"{place}{name}{verb}{work};西区学校扩建工程主体已封顶。")
    assert (got[0][1], got[0][2]) == (f"{place}{name}", f"{verb}{work}")


@given(st.sampled_from(["有序", "稳步", "加快", ""]), st.sampled_from(["城区污水管网改造工程", "滨江绿道建设项目", "老旧小区改造"]),
       st.sampled_from(["东湖公园待启用", "西区菜场待验收", "北门学校已竣工"]),
       st.sampled_from(["南湖片区治理项目完成初步设计", "新城医院项目完成主体施工"]))
def test_property_a_work_going_on_verb_first_is_its_own_row(manner, work, second, third):
    got = [(p, a) for _, p, a, _, _ in rows(f"{manner}推进{work},{second},{third}。")]
    assert got[0] == (work, f"{manner}推进")
    assert len(got) == 3


# Sentences that name nothing of their own carry on the item before: its
# breakdown after 其中, and progress after a clause of when (…调整公路项目后,);
# the item's own words, the period that opens them included, stay as they were.
@pytest.mark.parametrize("text, expected", [
    ("城区农贸市场改造提升项目,已完成开工12处的年度任务。其中,建成并营业6处(新岱北农贸市场、锦秀园农贸市场),开工在建6处。",
     [("城区农贸市场改造提升项目", "已完成开工12处的年度任务。其中,建成并营业6处(新岱北农贸市场、锦秀园农贸市场),开工在建6处。")]),
    ("“四好农村路”建设项目已完成。区交通运输局调整公路项目后,已完成年度任务。",
     [("“四好农村路”建设项目", "已完成。区交通运输局调整公路项目后,已完成年度任务。")]),
    ("产业工程项目1-2月累计完成投资15.3亿元,投资完成率15.6%。其中,新材料产业工程项目完成投资进度较快。",
     [("产业工程项目", "1-2月累计完成投资15.3亿元,投资完成率15.6%。"), ("新材料产业工程项目", "完成投资进度较快。")]),
])
def test_sentences_naming_nothing_carry_on_the_item_before(text, expected):
    assert [(p, a) for _, p, a, _, _ in rows(text)] == expected


@given(st.sampled_from(["新材料产业工程项目", "现代服务业工程", "城区供水提升项目"]), st.integers(0, 999).map(lambda n: n / 10),
       st.sampled_from(["完成投资进度较快", "完成投资进度较慢", "完成年度计划的30%"]))
def test_property_a_project_with_its_figure_in_brackets_is_a_row(name, share, verdict):
    # 其中,新材料产业工程项目(20.0%)完成投资进度较快: the bracket goes with the progress.
    text = f"产业工程项目1-2月累计完成投资15.3亿元,投资完成率15.6%。其中,{name}({share:.1f}%){verdict}。"
    got = [(p, a) for _, p, a, _, _ in rows(text)]
    assert got[-1] == (name, f"({share:.1f}%){verdict}。")


@given(st.sampled_from(["城区农贸市场改造提升项目", "社区卫生服务站建设工程", "口袋公园建设项目"]), st.integers(2, 30),
       st.sampled_from(["1-9月", "截至9月底,", ""]), st.integers(1, 9))
def test_property_a_breakdown_after_among_carries_on(name, n, period, k):
    item = f"{name}{period}已完成{n}处。"
    got = [(p, a) for _, p, a, _, _ in rows(item + f"其中,建成并营业{k}处,开工在建{n}处。")]
    assert len(got) == 1 and got[0][1].endswith(f"其中,建成并营业{k}处,开工在建{n}处。")
    # the period reported, written after the name, is the progress's
    assert got[0][1].startswith(f"{period}已完成")
    assert got[0][0] == name


def test_unnumbered_task_headings_with_progress_lines():
    text = """2024年镇级民生实事年终盘点
新增养老床位200张
全年新增养老床位236张,超额完成年度任务。
改造老旧小区12个
12个小区改造已全部完工。
图为改造后的小区
(记者 王五 摄)
"""
    assert rows(text) == [
        ("", "新增养老床位200张", "全年新增养老床位236张,超额完成年度任务。", "", ""),
        ("", "改造老旧小区12个", "12个小区改造已全部完工。", "", ""),
    ]


def test_headed_paragraphs_in_a_row():
    text = """本报讯 昨日,市政府通报了全年民生实事项目完成情况。
    社区卫生服务中心建设。全年新建社区卫生服务中心6家,超额完成5家的年度目标任务。
    农村饮用水提标工程。全年完成提标改造128个村,完成年度目标任务。
"""
    assert rows(text) == [
        ("", "社区卫生服务中心建设。", "全年新建社区卫生服务中心6家,超额完成5家的年度目标任务。", "", ""),
        ("", "农村饮用水提标工程。", "全年完成提标改造128个村,完成年度目标任务。", "", ""),
    ]


VERDICT_SECTIONS = """一、已完成的项目
1.新建城西消防站。已于5月竣工并投入使用。
2.改造老旧电梯120台。已全部完成改造。
二、进度滞后的项目
1.城南体育公园建设。目前正在进行土方施工,进度滞后。
2.建设10个智慧菜场,现已完成3个。
"""


def test_numbered_verdict_sections():
    assert rows(VERDICT_SECTIONS) == [
        ("1", "新建城西消防站。", "已于5月竣工并投入使用。", "", "已完成的项目"),
        ("2", "改造老旧电梯120台。", "已全部完成改造。", "", "已完成的项目"),
        ("1", "城南体育公园建设。", "目前正在进行土方施工,进度滞后。", "", "进度滞后的项目"),
        ("2", "建设10个智慧菜场", "现已完成3个。", "", "进度滞后的项目"),
    ]
    assert sections(VERDICT_SECTIONS) == ["一、已完成的项目"] * 2 + ["二、进度滞后的项目"] * 2


def test_unnumbered_verdict_heading_lines():
    text = """已完成的项目
1.新建城北公交首末站,已于6月投入使用。
2.改造城区路灯800盏,已全部完工。
进度滞后的项目
3.建设城市书房10家,目前仅建成2家。
"""
    assert [(i.no, i.official, i.section) for i in read_prose(text)] == [
        ("1", "已完成的项目", "已完成的项目"),
        ("2", "已完成的项目", "已完成的项目"),
        ("3", "进度滞后的项目", "进度滞后的项目"),
    ]


def test_nested_sections_keep_the_verdict_of_the_larger_one():
    text = """一、已完成项目(3项)
(一)民生保障类
1.提高城乡低保标准。已于1月1日起执行新标准。
(二)城市建设类
2.改造城区排水管网20公里。已完成改造23公里。
二、正在推进的项目(1项)
3.建设城市绿道50公里。目前已建成31公里。
"""
    assert [(i.no, i.official, i.section) for i in read_prose(text)] == [
        ("1", "已完成项目(3项)", "(一)民生保障类"),
        ("2", "已完成项目(3项)", "(二)城市建设类"),
        ("3", "", "二、正在推进的项目(1项)"),
    ]


def test_bullets_beside_boxed_numbers():
    text = """◆新增养老床位500张：目前已完成380张，完成年度任务的76%。
【实事三】新增公共停车位3000个
截至目前已建成2100个。
【实事四】建设口袋公园10个
已建成6个。
"""
    assert rows(text) == [
        ("", "新增养老床位500张", "目前已完成380张,完成年度任务的76%。", "", ""),
        ("三", "新增公共停车位3000个", "截至目前已建成2100个。", "", ""),
        ("四", "建设口袋公园10个", "已建成6个。", "", ""),
    ]


def test_a_theme_heading_sets_the_section_only():
    text = "加快完善公共文化服务\n我区计划新建农家书屋30个,现已建成21个。\n"
    [item] = read_prose(text)
    assert (item.project, item.actual, item.section, item.official) == (
        "我区计划新建农家书屋30个", "现已建成21个。", "加快完善公共文化服务", "")


def test_a_big_division_with_one_paragraph_of_progress_is_an_item():
    text = "一、新建改建农村公路100公里。目前已完成86公里。\n二、新增城乡公交线路5条。已开通3条。\n"
    assert rows(text) == [
        ("一", "新建改建农村公路100公里。", "目前已完成86公里。", "", ""),
        ("二", "新增城乡公交线路5条。", "已开通3条。", "", ""),
    ]


# --------------------------------------------------------------------------
# 7. Enumerations in one paragraph, groups under a count and a verdict,
#    task lines, plans, dense paragraphs, circulars, reprints
# --------------------------------------------------------------------------

ENUM_PARAGRAPH = (
    "(三)年度考核指标完成情况。经年终考核,全省25个考核指标均按期完成,其中有4个指标超额完成任务,分别是:"
    "新建乡镇污水处理厂42座,为任务的105%;城乡居民医保财政补助标准提高到每人每年640元,超任务30元;"
    "农村自来水普及率达92.5%,超任务2.5个百分点;培训新型职业农民3.6万人,为任务的120%。\n"
)


def test_enumeration_in_one_paragraph_cut_before_the_figure():
    # The numbered line heads the list: a section, never one item holding all.
    # A bare figure's progress keeps the work it counts (新建乡镇污水处理厂42座).
    official = "有4个指标超额完成任务"
    assert rows(ENUM_PARAGRAPH) == [
        ("", "新建乡镇污水处理厂", "新建乡镇污水处理厂42座,为任务的105%", "", official),
        ("", "城乡居民医保财政补助标准", "提高到每人每年640元,超任务30元", "", official),
        ("", "农村自来水普及率", "达92.5%,超任务2.5个百分点", "", official),
        ("", "培训新型职业农民", "培训新型职业农民3.6万人,为任务的120%。", "", official),
    ]
    assert set(sections(ENUM_PARAGRAPH)) == {"(三)年度考核指标完成情况"}


@pytest.mark.parametrize("text, expected", [
    # a verb of work, its object, then a bare figure: the progress keeps the
    # work the figure counts, and the work names the project
    ("截至7月底,美丽乡村建设完成情况为:安装太阳能路灯6059盏,完成计划的37.2%;修建文化墙25.5万平米,完成计划的40.8%。",
     [("安装太阳能路灯", "安装太阳能路灯6059盏,完成计划的37.2%"), ("修建文化墙", "修建文化墙25.5万平米,完成计划的40.8%。")]),
    # a verb before the figure already says what is counted: no change
    ("1.城市低保月人均补助新增25元,占目标任务的104%。\n2.农村公路建设完成投资3亿元,占年度计划的80%。\n",
     [("城市低保月人均补助", "新增25元,占目标任务的104%。"), ("农村公路建设", "完成投资3亿元,占年度计划的80%。")]),
])
def test_a_bare_figure_keeps_the_work_it_counts(text, expected):
    assert [(r[1], r[2]) for r in rows(text)] == expected


def test_enumeration_cut_at_commas_when_each_part_has_its_share():
    text = ("2024年为民办实事考核指标完成情况如下:改造农村危房2100户,为任务的105%,新建村级养老服务站86个,"
            "为任务的107.5%,城乡低保月人均补差提高到每人每月320元,超任务20元。")
    assert rows(text) == [
        ("", "改造农村危房", "改造农村危房2100户,为任务的105%", "", ""),
        ("", "新建村级养老服务站", "新建村级养老服务站86个,为任务的107.5%", "", ""),
        ("", "城乡低保月人均补差", "提高到每人每月320元,超任务20元。", "", ""),
    ]


def test_lists_after_among_under_count_and_verdict_sentences():
    text = ("前三季度,全市15个为民办实事项目累计完成投资38.2亿元,占年度计划71.2%。全市15个实事项目中,"
            "有3个项目进展较快,超额完成序时进度。其中:城东水厂扩建工程完成投资2.1亿元,占年度计划88%;"
            "老旧小区综合整治完成投资9600万元,占年度计划92%;智慧停车系统建设完成投入3400万元,已完成年度投资计划。"
            "有2个项目推进较慢,未达到序时进度。其中:城西污水管网工程完成投资4500万元,占年度计划41%;"
            "全民健身中心建设完成投入800万元,占年度计划38%。")
    fast, slow = "有3个项目进展较快,超额完成序时进度", "有2个项目推进较慢,未达到序时进度"
    assert rows(text) == [
        ("", "城东水厂扩建工程", "完成投资2.1亿元,占年度计划88%", "", fast),
        ("", "老旧小区综合整治", "完成投资9600万元,占年度计划92%", "", fast),
        ("", "智慧停车系统建设", "完成投入3400万元,已完成年度投资计划。", "", fast),
        ("", "城西污水管网工程", "完成投资4500万元,占年度计划41%", "", slow),
        ("", "全民健身中心建设", "完成投入800万元,占年度计划38%。", "", slow),
    ]


VERDICT_GROUPS = """本报讯(记者 张三)今年以来,我市12项重点民生工程进展顺利。截至9月底,12项重点民生工程18个项目全部开工。

  3项提前完成全年任务。“社区食堂扩面”原计划全年新建社区食堂30个,截至9月底已建成34个;“适老化改造”8月份完成全年任务;“口袋公园建设”提前完成全年建设任务。

  2项按计划完成节点任务。“城乡公交一体化项目”已开通城乡公交线路12条;“老年助餐服务项目”计划完成助餐服务6万人次,实际完成6.8万人次。
"""


def test_groups_under_a_count_and_verdict_sentence():
    ahead, on_time = "3项提前完成全年任务", "2项按计划完成节点任务"
    assert rows(VERDICT_GROUPS) == [
        # the plan stays with the project, the result is the progress
        ("", "“社区食堂扩面”原计划全年新建社区食堂30个", "截至9月底已建成34个", "", ahead),
        # a quoted name ends the project
        ("", "“适老化改造”", "8月份完成全年任务", "", ahead),
        ("", "“口袋公园建设”", "提前完成全年建设任务。", "", ahead),
        ("", "“城乡公交一体化项目”", "已开通城乡公交线路12条", "", on_time),
        ("", "“老年助餐服务项目”计划完成助餐服务6万人次", "实际完成6.8万人次。", "", on_time),
    ]


PROGRESS_GROUPS = """一、项目进度完成情况
(一)提前完成任务的项目有2项。截至8月底,全市已有2个项目完成全年目标任务。分别为:城乡低保标准达到年度工作目标;新建农村公路120公里,为任务的110%。
(二)超时间进度的项目有3项。截至8月底,超时间进度(完成进度在67%到100%之间)的项目有3项。分别为:改造城区供水管网,完成进度为90%;新增普惠托育位500个,完成进度为72.4%;建设社区卫生服务站12个,完成进度为83.3%。
"""


def test_numbered_verdict_lines_holding_lists_are_read():
    # Each numbered line heads its list: a page of verdict groups never reads to nothing.
    items = read_prose(PROGRESS_GROUPS)
    assert [(i.project, i.actual) for i in items] == [
        ("城乡低保标准", "达到年度工作目标"),
        ("新建农村公路", "新建农村公路120公里,为任务的110%。"),
        ("改造城区供水管网", "完成进度为90%"),
        ("新增普惠托育位", "新增普惠托育位500个,完成进度为72.4%"),
        ("建设社区卫生服务站", "建设社区卫生服务站12个,完成进度为83.3%。"),
    ]
    assert [i.section for i in items] == ["(一)提前完成任务的项目有2项"] * 2 + ["(二)超时间进度的项目有3项"] * 3
    assert all(i.official for i in items)
    assert items[2].official == "超时间进度的项目有3项"


def test_task_lines_with_a_period_and_progress_on_the_same_or_next_line():
    text = """2025年重点民生实事上半年进展
上半年,各项民生实事有序推进。主要进度如下:
新建城乡公交候车亭800座(2024—2026年)。上半年已建成156座,累计建成512座,占总计划的64%。
完成1.2万户农村改厕(2023—2025年)。一季度已全部开工。
改造城镇老旧供水管网300公里(2024—2026年)。
截至6月底已完成84公里。
建设乡镇卫生院标准化站点60个(2025—2027年)。
上半年,已启动建设18个。
"""
    # The time phrase (上半年, 截至6月底) belongs to the progress, never a project.
    assert rows(text) == [
        ("", "新建城乡公交候车亭800座(2024—2026年)。", "上半年已建成156座,累计建成512座,占总计划的64%。", "", ""),
        ("", "完成1.2万户农村改厕(2023—2025年)。", "一季度已全部开工。", "", ""),
        ("", "改造城镇老旧供水管网300公里(2024—2026年)。", "截至6月底已完成84公里。", "", ""),
        ("", "建设乡镇卫生院标准化站点60个(2025—2027年)。", "上半年,已启动建设18个。", "", ""),
    ]


def test_numbered_heading_then_plan_then_result():
    text = """已完工项目4项:

1.城南污水处理厂提标改造项目。

该项目计划投资1.2亿元,建设内容包括新建深度处理车间和配套管网。完成项目投资1.15亿元,于2024年10月全面完工并投入运行。

2.社区综合服务中心建设项目。

该项目计划投资650万元,新建服务中心3处。目前已完成投资600万元,3处中心均已投入使用。
"""
    items = read_prose(text)
    assert [(i.no, i.project, i.actual) for i in items] == [
        ("1", "城南污水处理厂提标改造项目。\n该项目计划投资1.2亿元,建设内容包括新建深度处理车间和配套管网。",
         "完成项目投资1.15亿元,于2024年10月全面完工并投入运行。"),
        ("2", "社区综合服务中心建设项目。\n该项目计划投资650万元,新建服务中心3处。",
         "目前已完成投资600万元,3处中心均已投入使用。"),
    ]
    assert {i.section for i in items} == {"已完工项目4项"}
    # on one line too, after a sentence end or a colon
    text = ("1、区域供水工程。该项目年度计划投入2.6亿元,目前仅完成投入2960万元,占年度计划11.4%。\n"
            "2、城东农贸市场改造工程:计划投资3000万元,截至9月底完成投资2600万元,占年度计划的86.7%。\n")
    assert rows(text) == [
        ("1", "区域供水工程。该项目年度计划投入2.6亿元", "目前仅完成投入2960万元,占年度计划11.4%。", "", ""),
        ("2", "城东农贸市场改造工程:计划投资3000万元", "截至9月底完成投资2600万元,占年度计划的86.7%。", "", ""),
    ]
    # a group counted before its plan, then a sentence opening with the period
    text = ("1、新建项目。新建项目共85个,计划总投资124亿元,年内计划投资46.5亿元。至9月底,开工建设60个,开工率为70.6%,累计完成投资33.7亿元。\n"
            "2、续建项目。续建项目共18个,年内计划投资25.9亿元。到9月末,累计完成投资21.3亿元。\n")
    assert [(r[1], r[2]) for r in rows(text)] == [
        ("新建项目。新建项目共85个,计划总投资124亿元,年内计划投资46.5亿元。", "至9月底,开工建设60个,开工率为70.6%,累计完成投资33.7亿元。"),
        ("续建项目。续建项目共18个,年内计划投资25.9亿元。", "到9月末,累计完成投资21.3亿元。"),
    ]


DENSE = """2025年全县25项民生实事中,截至10月底已完成17项。剩余8项中,3个社区食堂建设已完成2个(67%)、20公里农村公路改造已完成15公里(75%),城区排涝工程正在施工中(80%),这3项预计11月底前全部完成;2000人次技能培训已培训1560人次(78%)。

其中超额完成任务的已有4项:公共充电桩建设完成360个,完成率120%;为困难家庭发放取暖补贴1200户,完成率110%;已建成城市书房6家,完成率150%。资助困难大学生860名,完成率107.5%。
"""


def test_dense_paragraph_cut_where_a_new_subject_starts():
    over = "超额完成任务的已有4项"
    assert rows(DENSE) == [
        ("", "3个社区食堂建设", "已完成2个(67%)", "", ""),
        ("", "20公里农村公路改造", "已完成15公里(75%)", "", ""),
        # a sentence on the items before (这3项…) stays with the last of them
        ("", "城区排涝工程", "正在施工中(80%),这3项预计11月底前全部完成", "", ""),
        ("", "2000人次技能培训", "已培训1560人次(78%)。", "", ""),
        # the head noun ends the project (…建设|完成360个)
        ("", "公共充电桩建设", "完成360个,完成率120%", "", over),
        ("", "为困难家庭发放取暖补贴", "1200户,完成率110%", "", over),
        # a clause that opens with its progress: the whole clause is the progress
        ("", "建成城市书房", "已建成城市书房6家,完成率150%。", "", over),
        # the heading counts 4: the list reads on past its sentence
        ("", "资助困难大学生", "860名,完成率107.5%。", "", over),
    ]


def test_circular_sections_and_an_item_named_in_brackets():
    text = """督查通报〔2025〕第3期:关于2025年十件民生实事推进情况的通报
现将有关进展情况通报如下。
一、基本情况
2025年十件民生实事共24项工作,截至9月底,已完成15项,按进度推进9项。其中,城北片区雨污分流改造工程、2个(东湖、西岭)农贸市场提升工程等2项需进一步加快施工进度,预计在11月底前完成任务。
今年8月,市政府通报了省民生实事工作进展较为缓慢工作1项(新建城乡公益性公墓3处),经督办后于9月底已全部建成投用。
二、存在问题
部分项目前期手续办理较慢,资金拨付不及时。
三、督查建议
请各责任单位加快推进,确保十件民生实事按期完成。
"""
    items = read_prose(text)
    assert [(i.project, i.actual) for i in items] == [
        ("城北片区雨污分流改造工程、2个(东湖、西岭)农贸市场提升工程等2项", "需进一步加快施工进度,预计在11月底前完成任务。"),
        ("新建城乡公益性公墓3处", "经督办后于9月底已全部建成投用。"),
    ]
    assert {i.section for i in items} == {"一、基本情况"}
    # 三、督查建议 with its one paragraph is a section, not an item
    assert rows("一、基本情况\n城北公园提升工程已完工。\n二、督查建议\n请各单位加快推进项目建设。\n") == [
        ("", "城北公园提升工程", "已完工。", "", ""),
    ]


def test_news_lead_in_byline_and_summary_sentences_are_not_items():
    text = """□通讯员 李华
本报讯(记者 王明)记者从市政府督查室获悉,9月,已完成全年目标任务的民生小项增加3个。与上月进度相比,未达到目标任务进度的小项减少2个。
新增的3个小项,有2项属于社会保障工程。9月城市特困人员基本生活标准新增40元,达到1080元,占目标任务的100%;残疾人两项补贴标准提高20元,达到150元,占目标任务的103.4%。另外1项属于教育工程,9月新增学生资助2.4万人次,达到12.6万人次,占目标任务的105%。
15件民生大事中,有5件已完成全年目标任务,10件达到目标任务进度。
"""
    assert rows(text) == [
        ("", "城市特困人员基本生活标准", "新增40元,达到1080元,占目标任务的100%", "", ""),
        ("", "残疾人两项补贴标准", "提高20元,达到150元,占目标任务的103.4%。", "", ""),
        ("", "新增学生资助", "新增学生资助2.4万人次,达到12.6万人次,占目标任务的105%。", "", ""),
    ]


def test_numbered_items_cut_before_the_figure_of_their_share():
    text = "1.改造县乡公路2600公里,为任务的130%。\n2.城市低保月人均补助新增25元,达到680元,占目标任务的104%。\n"
    assert rows(text) == [
        ("1", "改造县乡公路", "改造县乡公路2600公里,为任务的130%。", "", ""),
        ("2", "城市低保月人均补助", "新增25元,达到680元,占目标任务的104%。", "", ""),
    ]


def test_pinyin_mirror_reads_like_the_page_and_keeps_its_text():
    text = """2025年民生實(shí)事推進(jìn)情況(kuàng)
一、基本情況(kuàng)
截至10月底,按進(jìn)度推進(jìn)5項,已完成12項。其中,城南公園(yuán)提升工程、老舊小區(qū)改造工程等2項需進(jìn)一步加快施工速度,預(yù)計在12月底完成任務(wù)。
二、督查建議(yì)
請各單位加快推進(jìn)。
"""
    # A named list (A、B等2項+verdict): one item per name, the verdict words
    # as the progress of each.
    items = read_prose(text)
    verdict = "等2項需進(jìn)一步加快施工速度,預(yù)計在12月底完成任務(wù)"
    assert [(i.project, i.actual) for i in items] == [
        ("城南公園(yuán)提升工程", verdict), ("老舊小區(qū)改造工程", verdict)]
    for item in items:
        s, e = item.span
        assert text[s:e] == item.project
    # an acronym in brackets is no pinyin: 疫苗(HPV)
    [hpv] = read_prose("其中,为适龄女生提供人乳头瘤病毒(HPV)疫苗接种服务已完成4769人(51.2%)。")
    assert hpv.project == "为适龄女生提供人乳头瘤病毒(HPV)疫苗接种服务"


# --------------------------------------------------------------------------
# Things that only look like item numbers
# --------------------------------------------------------------------------


def test_dates_amounts_decimals_and_inner_markers_are_not_items():
    text = """2022年区级民生实事项目进展
1月20日至24日,区总工会开展了走访慰问。
3.5万名群众参与了评议。
9月底前全部项目将完成验收。
1.新建保障性住房1200套,目前已开工1000套,其中:①东区600套;②西区400套。
2.新增1.2亿元专项资金用于农村道路改造,已下达0.9亿元。
3.建设9月底前投用的学生食堂2个,现已完成1个。
"""
    assert rows(text) == [
        ("1", "新建保障性住房1200套", "目前已开工1000套,其中:①东区600套;②西区400套。", "", ""),
        ("2", "新增1.2亿元专项资金用于农村道路改造", "已下达0.9亿元。", "", ""),
        ("3", "建设9月底前投用的学生食堂2个", "现已完成1个。", "", ""),
    ]


def test_inline_numbers_need_a_sequence():
    # "2." after a sentence end, without a "1." before it, is a figure.
    assert rows("全年共完成3项。2.5万人受益。") == []
    text = "现将情况公布如下:1.新增公共厕所20座,已建成14座;2.改造农贸市场3个,已完成2个。"
    assert rows(text) == [
        ("1", "新增公共厕所20座", "已建成14座", "", ""),
        ("2", "改造农贸市场3个", "已完成2个。", "", ""),
    ]


def test_navigation_images_and_bylines_are_never_part_of_an_item():
    text = "(一)新增社区食堂5个\n\n12.png\n2024年03月05日 星期二\n已建成4个。\n来源: 区民政局\n"
    assert rows(text) == [("一", "新增社区食堂5个", "已建成4个。", "", "")]


def test_table_rows_left_in_the_text_are_not_prose():
    text = "| 序号 | 项目 | 进展 |\n| 1 | 新增床位200张 | 已完成150张 |\n"
    assert rows(text) == []


def test_closing_words_after_the_last_item():
    text = """(一)新增社区食堂5个
建成社区食堂6个,超额完成年度任务。
(二)新增1个共享充电桩示范小区
新增桃浦镇莲花公寓小区1个共享充电桩示范小区。
下一步,全区已建成的食堂将继续优化服务;已建成的充电桩将加强运维管理。
"""
    assert rows(text) == [
        ("一", "新增社区食堂5个", "建成社区食堂6个,超额完成年度任务。", "", ""),
        ("二", "新增1个共享充电桩示范小区", "新增桃浦镇莲花公寓小区1个共享充电桩示范小区。", "", ""),
    ]


# An item that opens with work done and holds a figure is all progress: no
# name before it, its number names it. An item that opens with a name, or
# with work going on, is not read so.
def test_items_that_are_all_progress():
    text = """今日,2024年民生实事各子项目具体完成情况公布。
(一)已新增老年助餐服务点235个、新增认知障碍照护专区床位1202张,整体完成率111.5%。
(二)已建成“宁静小区”64个,完成率138%。
(三)现已完成老旧小区改造212个、回迁安置35701户,整体完成率106.5%。
"""
    assert rows(text) == [
        ("一", "", "已新增老年助餐服务点235个、新增认知障碍照护专区床位1202张,整体完成率111.5%。", "", ""),
        ("二", "", "已建成“宁静小区”64个,完成率138%。", "", ""),
        ("三", "", "现已完成老旧小区改造212个、回迁安置35701户,整体完成率106.5%。", "", ""),
    ]
    # work only going on, or no figure: read as before, the line names the item
    assert [r[1:3] for r in rows("(一)正在推进老年助餐服务点建设。\n(二)已完成招标。\n")] == [
        ("正在推进老年助餐服务点建设。", ""), ("已完成招标。", "")]


@given(st.lists(st.tuples(st.sampled_from(["已新增", "已完成", "已建成", "现已完成", "已经建成"]),
                          st.sampled_from(["老年助餐服务点", "口袋公园", "公共充电桩", "社区食堂"]),
                          st.integers(1, 9999), st.sampled_from(["个", "座", "处"]), st.integers(50, 300)),
                min_size=2, max_size=6))
def test_numbered_items_of_progress_only_keep_their_text(parts):
    marks = ["一", "二", "三", "四", "五", "六"]
    lines = [f"{v}{n}{k}{u},整体完成率{p}%。" for v, n, k, u, p in parts]
    text = "".join(f"({m}){ln}\n" for m, ln in zip(marks, lines))
    assert rows(text) == [(m, "", ln, "", "") for m, ln in zip(marks, lines)]


# A time (上月) or the programme's tally (已竣工项目共50个, …的项目有188个)
# before the progress names no project: no row of its own.
def test_a_time_or_a_tally_is_no_project():
    text = "至9月底,累计投入达到序时进度的项目有188个,占开工在建项目数的67.6%。已竣工项目共50个,竣工率为40.7%。"
    assert rows(text) == []
    text = "城东污水厂已完工。上月已启动了2018年区重点项目梳排等工作。"
    assert [(r[1], r[2]) for r in rows(text)] == [("城东污水厂", "已完工。")]
    # a news stamp (齐鲁晚报 2016-08-09 00:00) above the dateline is no project either
    text = "齐鲁晚报 2016-08-09 00:00 大字\n本报荣成8月8日讯 管理区全力推进重点项目建设。\n城东污水厂已完工。"
    assert [(r[1], r[2]) for r in rows(text)] == [("城东污水厂", "已完工。")]


def test_scene_setting_clauses_before_the_project():
    text = "据了解,今年我区15件民生实事中,新建3所学校项目已完成主体施工;全市新建的12所公办幼儿园已有10所投入使用。"
    assert rows(text) == [
        ("", "新建3所学校项目", "已完成主体施工", "", ""),
        ("", "全市新建的12所公办幼儿园", "已有10所投入使用。", "", ""),
    ]


def test_no_items():
    assert read_prose("") == []
    assert read_prose("   \n\n") == []
    assert read_prose("今天天气晴朗,市民纷纷外出游玩。") == []
    assert read_prose("首页 >> 新闻中心\n字号 大 中 小 打印\n") == []


def test_spans_point_into_the_text():
    for text in (NUMBERED, FLATTENED, NEWS, YEAR_END, VERDICT_SECTIONS):
        for item in read_prose(text):
            s, e = item.span
            assert 0 <= s < e <= len(text)
            covered = re.sub(r"\s", "", text[s:e])
            assert re.sub(r"\s", "", item.project).rstrip("。")[:4] in covered


# --------------------------------------------------------------------------
# The development pages
# --------------------------------------------------------------------------


def _ws(s: str | None) -> str:
    return re.sub(r"\s+", "", s or "")


def _page(page: str) -> tuple[str, list[dict]]:
    text = (REPORTS / "raw" / f"{page}.txt").read_text(encoding="utf-8")
    gold = [json.loads(ln) for ln in (REPORTS / f"{page}.jsonl").read_text(encoding="utf-8").splitlines() if ln.strip()]
    return text, gold


def _one_clause(raw: str, g: dict) -> bool:
    """Do the gold project and actual stand next to each other in the page
    (split from one clause rather than two cells or lines)?"""
    p, a = re.escape(_ws(g["project"])), re.escape(_ws(g["actual"])[:12])
    return re.search(p + r"[,,:]?" + a, _ws(raw)) is not None


def test_development_pages_against_gold(capsys):
    found_all = gold_all = 0
    report = []
    for page in DEV_PAGES:
        text, gold = _page(page)
        items = read_prose(text)
        used: set[int] = set()
        found = 0
        for g in gold:
            gp, ga = _ws(g["project"]), _ws(g["actual"])
            hits = [k for k, it in enumerate(items) if gp in _ws(it.project) and ga in _ws(it.actual)]
            if not hits:
                report.append(f"  {page}: missed {g['project']} | {g['actual'][:30]}")
                continue
            found += 1
            used.update(hits)
            if _one_clause(text, g):
                # Split where the gold splits: the project ends with the
                # gold project and the progress starts with the gold actual.
                it = items[hits[0]]
                assert _ws(it.project).endswith(gp), (page, it.project, g["project"])
                assert _ws(it.actual).startswith(ga), (page, it.actual, g["actual"])
        misaligned = [(it.project, g["actual"]) for it in items for g in gold
                      if g["actual"] and _ws(g["actual"]) in _ws(it.project)]
        assert not misaligned, (page, misaligned)
        unmatched = [it for k, it in enumerate(items) if k not in used]
        report.append(f"{page}: {found}/{len(gold)} found, {len(misaligned)} misaligned, {len(unmatched)} unmatched")
        report.extend(f"    unmatched: [{it.no}] {it.project} | {it.actual[:30]}" for it in unmatched)
        found_all += found
        gold_all += len(gold)
    rate = found_all / gold_all
    with capsys.disabled():
        print("\n" + "\n".join(report) + f"\noverall {found_all}/{gold_all} = {rate:.2f}")
    assert rate >= 0.9


def test_development_pages_verdicts_and_sections():
    items = read_prose(_page("chengxiang-2022-08")[0])
    late = [i for i in items if i.official == "滞后项目"]
    assert [i.no for i in late] == ["三", "六", "二十三", "二十八", "三十"]
    assert {i.section for i in late} == {"一、省市两级为民办实事"}
    done = [i for i in items if i.official == "已完成子项目7个"]
    assert len(done) == 7 and {i.section for i in done} == {"二、区级为民办实事"}
    ahead = [i for i in read_prose(_page("fuzhou-2023-06")[0]) if i.official == "提前完成的8件实事"]
    assert len(ahead) == 8
    ningbo = read_prose(_page("ningbo-2014-06")[0])
    assert [i.lead for i in ningbo][:3] == ["市轨道交通工程建设指挥部", "市公安局", "市交通委"]


# --------------------------------------------------------------------------
# Properties
# --------------------------------------------------------------------------

_PIECES = list("一二三四五十是已完成正在滞后项目实事分别包括如下:;,。、()（）“”【】第项件1234567890. \n●①②目前现截至年月日")
_PIECES += ["滞后项目:", "一是", "二是", "分别是", "1.", "2、", "(一)", "实事五:", "第三项:", "2.png", "已完成的项目\n",
            "责任单位:", "实际完成情况:", "牵头领导:", "\u3000", "１．", "：", "(第三项)", "现已完成", "计划新建"]
messy_text = st.one_of(st.text(max_size=80), st.lists(st.sampled_from(_PIECES), max_size=60).map("".join))


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(messy_text)
@example("实际完成情况:0\n一一")  # a progress label on the first line paired with the last line (span 9..8)
def test_any_text_reads_to_items_in_order(text):
    items = read_prose(text)
    assert isinstance(items, list)
    end = 0
    for it in items:
        assert isinstance(it, ProseItem)
        s, e = it.span
        assert end <= s <= e <= len(text)
        end = e


_VERBS = ["新增", "新建", "改造", "建设", "提升"]
_NOUNS = ["养老床位", "社区食堂", "口袋公园", "农村公路", "公共充电桩", "城市书房", "停车泊位", "公办幼儿园"]
_UNITS = ["张", "个", "公里", "座", "家", "所"]
_NEUTRAL = "天气晴朗市民群众满意会议强调要求加强组织领导工作认真政策宣传服务社会发展环境美丽城市乡村生活幸福安全文明和谐"


_TRAILING_FIGURE = re.compile(r"\d+\D*$")  # 新增养老床位200张 → 新增养老床位


@st.composite
def articles(draw) -> str:
    """An article in one of the shapes read, with 2 to 5 items."""
    n = draw(st.integers(2, 5))
    tasks = []
    for _ in range(n):
        plan = draw(st.integers(2, 900))
        done = draw(st.integers(1, 999))
        name = draw(st.sampled_from(_VERBS)) + draw(st.sampled_from(_NOUNS))
        unit = draw(st.sampled_from(_UNITS))
        tasks.append((f"{name}{plan}{unit}", f"{done}{unit}"))
    shape = draw(st.sampled_from(["dot", "heading", "paren", "news", "enum", "list", "fields", "share", "groups", "tasks"]))
    cn = "一二三四五"
    if shape == "dot":
        return "".join(f"{k}.{p}。目前已完成{d}。\n" for k, (p, d) in enumerate(tasks, 1))
    if shape == "heading":
        return "".join(f"{k}、{p}\n已建成{d},正在推进。\n" for k, (p, d) in enumerate(tasks, 1))
    if shape == "paren":
        return "".join(f"({cn[k]}){p}\n\n完成{d},超额完成年度任务。\n\n{k + 2}.png\n" for k, (p, d) in enumerate(tasks))
    if shape == "news":
        return "我市" + ";".join(f"计划{p},现已完成{d}" for p, d in tasks) + "。\n"
    if shape == "enum":
        return "滞后项目:" + ";".join(f"{cn[k]}是{p}正在施工,已完成{d}" for k, (p, d) in enumerate(tasks)) + "。\n"
    if shape == "list":
        return "提前完成的实事包括:" + ";".join(f"{p},已建成{d}" for p, d in tasks) + "。\n"
    if shape == "share":
        return f"有{n}个指标超额完成任务,分别是:" + ";".join(
            f"{_TRAILING_FIGURE.sub('', p)}{d},为任务的1{k}5%" for k, (p, d) in enumerate(tasks)) + "。\n"
    if shape == "groups":
        return f"{n}项提前完成全年任务。" + ";".join(f"“{p}”已完成{d}" for p, d in tasks) + "。\n"
    if shape == "tasks":
        return "".join(f"{p}(2024—2026年)。上半年已完成{d}。\n" for p, d in tasks)
    return "".join(f"{k}.{p}。 责任单位:市民政局 实际完成情况:已完成{d}。\n" for k, (p, d) in enumerate(tasks, 1))


def _fields(items: list[ProseItem]) -> list[tuple[str, str, str, str, str, str]]:
    return [(i.no, i.project, i.actual, i.lead, i.official, i.section) for i in items]


@settings(max_examples=200, deadline=None)
@given(articles())
def test_generated_articles_read_every_item(text):
    items = read_prose(text)
    assert len(items) >= 2
    assert all(i.project and i.actual for i in items)


@settings(max_examples=200, deadline=None)
@given(articles(), st.lists(st.text(alphabet=_NEUTRAL, min_size=4, max_size=30), min_size=1, max_size=4))
def test_unrelated_sentences_before_the_items_change_nothing(text, sentences):
    prefix = "".join(s + "。\n" for s in sentences)
    plain, prefixed = read_prose(text), read_prose(prefix + text)
    assert _fields(prefixed) == _fields(plain)
    assert [i.span for i in prefixed] == [(s + len(prefix), e + len(prefix)) for s, e in (i.span for i in plain)]


@settings(max_examples=200, deadline=None)
@given(articles())
def test_full_width_reads_like_half_width(text):
    wide = to_fullwidth(text)
    assert wide != text
    assert read_prose(wide) == read_prose(text)


@pytest.mark.parametrize("text", [NUMBERED, FLATTENED, NAMED, NEWS, YEAR_END, VERDICT_SECTIONS])
def test_full_width_articles(text):
    assert read_prose(to_fullwidth(text)) == read_prose(text)


@pytest.mark.parametrize("text", [
    "滞后项目:" + "".join(f"{'一二三四五六七八九'[i % 9]}是A工程正在招标;" for i in range(12000)),  # no 。 at all
    "已完成子项目7个,分别是" + "A工程已竣工," * 30000 + "。",
    "包括:" + "A工程、" * 50000,
    "(新增床位,已完成" * 25000,                      # brackets never closed
    "新增养老床位已完成" * 25000,                     # one line, no punctuation
    "滞后项目:A正在招标;" * 20000,
    "已完成的项目\n" * 30000,
    "".join(f"{i % 999 + 1}.新增床位{i}张。目前已完成{i}张。\n" for i in range(12000)),
    "新建公园5个,已建成3个。" + "已完成投资2万元。" * 20000,          # one item carried on and on
    "超额完成的已有90000项:A工程已完工;B工程已完工。" + "C工程已完工,完成率120%。" * 8000,  # a list reading on
    "剩余8项中," + "2个养老机构建设已完成1个(50%)、" * 10000,            # subjects in one clause group
    "(一)考核情况。有26个指标超额完成,分别是:" + "改造公路3290公里,为任务的164.5%;" * 8000,
    "新建公交站800座(2024—2026年)。\n上半年已建成156座。\n" * 8000,   # task and progress lines
    "关(guān)于(yú)实(shí)" * 20000 + "新增床位已完成5张",               # a pinyin mirror
])
def test_pathological_shapes_stay_linear(text):
    # 200 KB each. Four times the text in about four times the time (a
    # quadratic pass takes sixteen, minutes here); compared with itself so a
    # loaded host does not fail it, and with slack for the fixed costs.
    def took(t: str) -> float:
        start = time.perf_counter()
        read_prose(t)
        return time.perf_counter() - start

    quarter = took(text[: len(text) // 4])
    assert took(text) < 10 * quarter + 1.0


def test_one_megabyte_reads_in_linear_time(capsys):
    # Speed itself is measured by benchmarks/; what a test can hold without
    # flaking on a loaded host is the shape: four times the text takes
    # about four times as long, never the sixteen of a quadratic pass.
    article = "".join(_page(p)[0] for p in DEV_PAGES) + NUMBERED + NEWS + YEAR_END + FLATTENED
    text = (article * (1_000_000 // len(article) + 1))[:1_000_000]
    read_prose("1.新增床位10张,已完成5张。")  # compile patterns and the lexicon first

    def took(t: str) -> float:
        start = time.perf_counter()
        assert read_prose(t)
        return time.perf_counter() - start

    quarter = min(took(text[:250_000]) for _ in range(2))
    whole = took(text)
    with capsys.disabled():
        print(f"\n250 KB in {quarter:.2f} s, 1 MB in {whole:.2f} s")
    assert whole < 10 * quarter + 0.5


def test_project_names_over_their_progress_lines():
    # A page that writes each project's name on a line of its own, its
    # progress on the lines below, numbered sub-items after it.
    text = """2023年为民办实事项目实施情况通报
建设区域医疗救治基地
财政补助资金下达3.6亿元,完成年度计划的112.5%。
(一)人民医院二期项目:住院楼主体结构封顶。
(二)中医院新院项目:主体工程已封顶。
提升应急救援能力
全区完成15支应急队伍组建和装备配备。
各级应急队伍定期开展培训演练。
提升实验室检测能力
建设的3个负压实验室均已通过验收。
"""
    got = [(i.project, i.actual) for i in read_prose(text)]
    assert got == [
        ("建设区域医疗救治基地", "财政补助资金下达3.6亿元,完成年度计划的112.5%。"),
        ("人民医院二期项目", "住院楼主体结构封顶。"),
        ("中医院新院项目", "主体工程已封顶。"),
        ("提升应急救援能力", "全区完成15支应急队伍组建和装备配备。\n各级应急队伍定期开展培训演练。"),
        ("提升实验室检测能力", "建设的3个负压实验室均已通过验收。"),
    ]


def test_a_heading_over_a_paragraph_of_items_stays_a_heading():
    text = """全市实事项目1-10月进展
持续改善农村条件
计划建成200公里农村公路,现已完成216公里;计划新建80个便利店,现已完成93个。
方便市民出行
计划新增7条公交线路,现已新增20条;计划优化线路41条,已优化30条。
"""
    items = read_prose(text)
    assert [i.project for i in items] == ["计划建成200公里农村公路", "计划新建80个便利店", "计划新增7条公交线路", "计划优化线路41条"]
    assert items[0].section == "持续改善农村条件"


def test_news_clauses_with_a_time_phrase_before_the_progress():
    # 到10月底, 到今年9月底, 日前, 到目前, 实际: the progress starts there,
    # the time clause with it.
    text = ("今年计划建设经济适用房6.23万套,到10月底,实际完成104%、6.5万套。"
            "计划今年完成5万户自来水管道改造,到今年9月底实际完成110%、5.5万户。"
            "计划今年补建公交首末站6个,日前全部完成。计划新增16条公交线,到目前实际新增17条。")
    assert [(i.project, i.actual) for i in read_prose(text)] == [
        ("今年计划建设经济适用房6.23万套", "到10月底,实际完成104%、6.5万套。"),
        ("计划今年完成5万户自来水管道改造", "到今年9月底实际完成110%、5.5万户。"),
        ("计划今年补建公交首末站6个", "日前全部完成。"),
        ("计划新增16条公交线", "到目前实际新增17条。"),
    ]


def test_result_verbs_and_rates_open_the_progress_of_news_clauses():
    # 竣工, 完工, 新开工 and rates (完成率, 参培率) stand right before the figure
    text = ("其中,农村危房改造竣工3493户(不含宿松县),竣工率100.5%;棚户区改造新开工18064套,完成率89.81%;"
            "技能脱贫培训完成率125.95%,培训合格率100%;退役士兵培训参培率99.24%,培训合格率100%。")
    assert [(i.project, i.actual) for i in read_prose(text)] == [
        ("农村危房改造", "竣工3493户(不含宿松县),竣工率100.5%"),
        ("棚户区改造", "新开工18064套,完成率89.81%"),
        ("技能脱贫培训", "完成率125.95%,培训合格率100%"),
        ("退役士兵培训", "参培率99.24%,培训合格率100%。"),
    ]


def test_headed_paragraph_with_numbered_parts():
    # 关于X。一是A。progress。二是B。progress: the parts are the items, the
    # heading their section; the last part runs to the paragraph's end.
    text = """2018年重点民生实事前11个月进展情况
关于推进青年人才公寓建设。一是省直2.5万套人才公寓建设。截至11月底,已有20190套进场施工,其它项目近期可以开工。二是市级2.5万套人才公寓建设任务。截至11月底,已开工建设25600套,完成年度目标任务。
关于新增城镇就业100万人以上。截至11月底,全省新增城镇就业125.99万人。
关于深入推进大气污染防治攻坚。截至11月底,全省空气优良天数比例达到57.4%。
"""
    got = [(i.project, i.actual, i.section) for i in read_prose(text)]
    assert got[:2] == [
        ("省直2.5万套人才公寓建设。", "截至11月底,已有20190套进场施工,其它项目近期可以开工。", "关于推进青年人才公寓建设"),
        ("市级2.5万套人才公寓建设任务。", "截至11月底,已开工建设25600套,完成年度目标任务。", "关于推进青年人才公寓建设"),
    ]
    assert got[2][:2] == ("关于新增城镇就业100万人以上。", "截至11月底,全省新增城镇就业125.99万人。")


def test_a_plan_sentence_then_progress_from_a_time_phrase():
    # the plan (年度投资计划…) names the project; the sentence that opens with
    # the period (1-8月累计完成…) is its progress
    text = ("一、总体完成情况\n"
            "本市列入省重点建设项目18项,总投资325.9亿元,年度投资计划47.7亿元,年度计划较上年度增加20.8%。"
            "1-8月累计完成投资38.3亿元,完成年度投资计划的80.3%,快于时间进度13.6个百分点。\n")
    [item] = read_prose(text)
    assert item.project.startswith("本市列入省重点建设项目18项") and item.actual.startswith("1-8月累计完成投资38.3亿元")


def test_numbered_project_headings_over_their_paragraphs():
    # 一、X工程 / a paragraph of several clauses: the heading names the
    # project (a project noun ends it), the paragraph is its progress; 二、六个…
    # is a marker followed by a count, not a list of numerals.
    text = """乡政府2018年为民办实事工程情况报告
一、乡村亮化工程
全乡共有23个村上报亮化项目,其余19个村都由县统一采买共计1249盏。
二、六个行政村垦造耕地项目
上半年在建项目16个,面积860亩左右,其中6个项目进入收尾阶段,2个项目在清表。
三、乡综合文化站二期建设项目
文化站二期计划投资170万元,目前文化小剧场正在装修中,预计8月底完工。
"""
    got = [(i.no, i.project) for i in read_prose(text)]
    assert got == [("一", "乡村亮化工程"), ("二", "六个行政村垦造耕地项目"), ("三", "乡综合文化站二期建设项目")]
    assert read_prose(text)[1].actual.startswith("上半年在建项目16个")


def test_a_clause_that_names_a_project_then_its_figures():
    text = ("统计显示,棚户区改造工程,新开工11万套、基本建成13.21万套,分别完成年度任务的100%、100.1%。"
            "老旧小区改造工程,改造3057个老旧小区,完成年度任务的100%。")
    assert [(i.project, i.actual) for i in read_prose(text)] == [
        ("棚户区改造工程", "新开工11万套、基本建成13.21万套,分别完成年度任务的100%、100.1%。"),
        ("老旧小区改造工程", "改造3057个老旧小区,完成年度任务的100%。"),
    ]


# --------------------------------------------------------------------------
# Shapes met on unseen reports (issue 13), each in a text written for it.
# --------------------------------------------------------------------------

def test_matter_headings_over_paragraphs_with_the_lead_in_closing_brackets():
    # A circular on 重点工作: 1.关于“…”事项。 / its paragraph / (牵头单位:…).
    text = """二、具体进展
1.关于“新建公共充电桩1200个”事项。

上半年新建公共充电桩380个,完成年度计划32%,进度滞后。(牵头责任单位:市发展改革委)

2.关于“完成老旧小区改造60个”事项。

截至6月底,已开工52个小区,完工18个。(责任单位:市住房城乡建设局、各区政府)
"""
    assert rows(text) == [
        ("1", "关于“新建公共充电桩1200个”事项。", "上半年新建公共充电桩380个,完成年度计划32%,进度滞后。", "市发展改革委", ""),
        ("2", "关于“完成老旧小区改造60个”事项。", "截至6月底,已开工52个小区,完工18个。", "市住房城乡建设局、各区政府", ""),
    ]


def test_a_closing_bracket_that_is_not_a_field_stays():
    text = "1.关于“建设口袋公园10个”事项。\n\n已建成口袋公园6个(含改造提升2个)。\n"
    assert rows(text) == [("1", "关于“建设口袋公园10个”事项。", "已建成口袋公园6个(含改造提升2个)。", "", "")]


def test_names_that_end_with_the_stage_they_reached():
    # News prose: each clause a project and the stage it reached, no 已.
    text = "东环路片区改造推进顺利,回迁安置区开工建设,滨河路至学府路段完工通车。城西社区卫生服务中心建成启用。"
    assert rows(text) == [
        ("", "东环路片区改造", "推进顺利", "", ""),
        ("", "回迁安置区", "开工建设", "", ""),
        ("", "滨河路至学府路段", "完工通车。", "", ""),
        ("", "城西社区卫生服务中心", "建成启用。", "", ""),
    ]


def test_stages_joined_by_bing_are_one_tail():
    # 完工并正式通车: two stages joined by 并 (and a modifier) end the clause;
    # the name stops before the first.
    text = "北环大桥完工并正式通车;城东水厂主体完工并投入使用。"
    assert [(p, a) for _, p, a, _, _ in rows(text)] == [("北环大桥", "完工并正式通车"), ("城东水厂", "主体完工并投入使用。")]


GAOGANG_LIKE = """幼儿园建设项目
城南幼儿园建设项目,占地面积约10亩,建筑面积约7000平方米。北湖幼儿园改扩建项目,建筑面积约5040平方米。
进展情况:①城南幼儿园建设项目主体验收完成,内外墙粉刷、消防、水电等施工结束。②北湖幼儿园改扩建项目正在进行地基施工。
城南幼儿园
农村生活污水治理项目
建设24个村庄污水管网共计100公里。
进展情况:该项目已全面施工,累计建设污水管网约85公里。
市三院改造提升工程
进展情况:已进场施工。
"""


def test_a_progress_label_line_reports_the_task_described_above_it():
    # heading / task paragraph / 进展情况:… / caption: the paragraph is the
    # project, the label's value the progress; points numbered ①② pair
    # with the paragraph's sentences; with no paragraph the heading names it.
    # A heading that names a project over one paragraph is the project's
    # name, kept with its description.
    assert [(r[0], r[1], r[2]) for r in rows(GAOGANG_LIKE)] == [
        ("①", "城南幼儿园建设项目,占地面积约10亩,建筑面积约7000平方米。",
         "城南幼儿园建设项目主体验收完成,内外墙粉刷、消防、水电等施工结束。"),
        ("②", "北湖幼儿园改扩建项目,建筑面积约5040平方米。", "北湖幼儿园改扩建项目正在进行地基施工。"),
        ("", "农村生活污水治理项目\n建设24个村庄污水管网共计100公里。", "该项目已全面施工,累计建设污水管网约85公里。"),
        ("", "市三院改造提升工程", "已进场施工。"),
    ]


# A heading over several descriptions, each with its progress label, heads
# a group: it is no part of either project.
@given(st.sampled_from(["幼儿园建设项目", "农村水利工程", "道路改造"]), st.integers(2, 4),
       st.sampled_from(["进展情况", "完成情况"]))
def test_a_heading_names_the_one_project_it_heads_or_heads_a_group(heading, n, label):
    one = f"{heading}\n建设24个村庄污水管网共计100公里。\n{label}:已累计建设污水管网约85公里。\n"
    got = read_prose(one)
    assert [(i.project, i.section) for i in got] == [(f"{heading}\n建设24个村庄污水管网共计100公里。", "")]
    group = heading + "\n" + "".join(f"第{k}村新建污水管网{k}0公里。\n{label}:已建成{k}公里。\n" for k in range(1, n + 1))
    got = read_prose(group)
    assert [i.project for i in got] == [f"第{k}村新建污水管网{k}0公里。" for k in range(1, n + 1)]


def test_parts_listed_after_a_projects_own_stage_are_no_projects():
    # 主体验收完成,内外墙粉刷、消防等施工结束: the names are works of the
    # project, and a bare 等 does not make them projects.
    got = rows("城南幼儿园建设项目主体验收完成,内外墙粉刷、消防、水电等施工结束。")
    assert all(r[1] not in ("内外墙粉刷", "消防", "水电") for r in got)


def test_groups_of_a_key_project_sentence_with_starts_and_pace():
    # 开复工 is a verb before its figure; after a group's share, another
    # group with its own figures, then a group counted by kind with a
    # verdict of pace, each start a row. A site's notice is no item.
    text = ("今年1至6月,我县47个重点建设项目开复工44个、完成投资16.74亿元、占年计划的59.8%,11个市级重点项目开复工率100%,"
            "完成投资7.19亿元,占年计划的61.98%,24个重点前期项目进展顺利。\n本站转载内容均已标明出处,为分享传播之用。")
    assert [(p, a) for _, p, a, _, _ in rows(text)] == [
        ("我县47个重点建设项目", "开复工44个、完成投资16.74亿元、占年计划的59.8%"),
        ("11个市级重点项目", "开复工率100%,完成投资7.19亿元,占年计划的61.98%"),
        ("24个重点前期项目", "进展顺利。"),
    ]


@pytest.mark.parametrize("text, expected", [
    # a verdict of pace ends the name (进展较快), the rest is its progress
    ("江宁织造府、六朝博物馆工程进展较快,展览陈列设计方案已经过专家论证。",
     [("江宁织造府、六朝博物馆工程", "进展较快,展览陈列设计方案已经过专家论证。")]),
    # a clause naming another project by its noun, then 也已经…: a row of its own
    ("同时,胡家花园项目完成文物及景观园林复建,鸣羊街综合环境整治项目也已经启动。",
     [("胡家花园项目", "完成文物及景观园林复建"), ("鸣羊街综合环境整治项目", "已经启动。")]),
    # …but a part of the project's works (主桥下部…) stays with it
    ("济齐黄河公路大桥项目正在加快推进,主桥下部建设工程已基本过半。",
     [("济齐黄河公路大桥项目", "正在加快推进,主桥下部建设工程已基本过半。")]),
])
def test_subjects_named_by_their_noun_or_ended_by_pace(text, expected):
    assert [(p, a) for _, p, a, _, _ in rows(text)] == expected


def test_the_programme_summed_up_by_pace_is_no_item():
    # …工作总体进展顺利: the programme's summary names no project; a group's
    # 推进总体 says how it goes, and goes with the verdict
    assert rows("重点前期项目工作总体进展顺利。") == []
    assert [(p, a) for _, p, a, _, _ in rows("10个重点预备和17个重大前期项目推进总体进展顺利。")] == [
        ("10个重点预备和17个重大前期项目", "推进总体进展顺利。")]


def test_a_dateline_and_a_long_source_clause_are_scene():
    # 东北网双鸭山10月23日电, 记者从…管理处获悉,: where the news came from
    text = ("东北网双鸭山10月23日电 记者从哈尔滨市发改委大项目管理处获悉,"
            "计划今年建成投产的19个项目已全部开工,1至9月份完成投资14.7亿元。")
    assert [(p, a) for _, p, a, _, _ in rows(text)] == [
        ("计划今年建成投产的19个项目", "已全部开工,1至9月份完成投资14.7亿元。")]


def test_divided_into_is_no_figure_of_progress():
    # 共分为6大类: how the plan is divided, never its progress; the plan's
    # clauses are the project, 实际完成… the progress
    text = "该市城乡建设计划共分为6大类,年度计划投资797.6亿元,实际完成投资802.7亿元,占比100.6%。"
    assert [(p, a) for _, p, a, _, _ in rows(text)] == [
        ("该市城乡建设计划共分为6大类,年度计划投资797.6亿元", "实际完成投资802.7亿元,占比100.6%。")]


def test_a_field_opens_a_group_of_named_stages():
    # 基础设施领域,: the field is scene; each clause after it names a project
    # and the stage it reached; work going on (加快推进) after a project's own
    # noun is its progress, after anyone else an exhortation
    text = ("基础设施领域,机场三期扩建工程和征拆安置项目加快推进,西四指廊项目竣工预验收,15个配套安置区全面开工建设;"
            "产业项目领域,康方亚太总部项目开工建设。请各责任单位加快推进,确保按期完成。")
    assert [(p, a) for _, p, a, _, _ in rows(text)] == [
        ("机场三期扩建工程和征拆安置项目", "加快推进"), ("西四指廊项目", "竣工预验收"), ("15个配套安置区", "全面开工建设"),
        ("康方亚太总部项目", "开工建设。")]


def test_a_plan_sentence_then_the_months_reported():
    # the plan with its figures, then 1-8月 and the group's investment: one
    # row; the year's aims in words (围绕全年目标) are no plan
    text = ("2020年省重点项目1230个,年度计划投资7000亿元。1-8月,省重点项目完成投资5664亿元,为年度计划投资的80.9%。"
            "各责任单位紧紧围绕全年目标,加快项目建设。1-9月份,全市20个为民办实事项目累计完成投资40亿元。")
    got = [(p, a) for _, p, a, _, _ in rows(text)]
    assert got[0] == ("2020年省重点项目1230个,年度计划投资7000亿元", "1-8月,省重点项目完成投资5664亿元,为年度计划投资的80.9%。")
    assert not any("围绕" in p for p, _ in got)


def test_a_source_clause_is_scene_and_a_rate_stays_with_its_item():
    # 市住建委日前发布, says where the news came from; 新开工率达32% is the
    # rate of the starts before it, no project of its own
    text = "市住建委日前发布,截至4月底,新开项目实现开工38项,新开工率达32%;完成建安投资252亿元。"
    got = [(p, a) for _, p, a, _, _ in rows(text)]
    assert got[0] == ("新开项目", "实现开工38项,新开工率达32%")
    assert not any(p.endswith("率") or "发布" in p for p, _ in got)


def test_groups_after_among_each_with_its_progress_share():
    # 其中,8个建成投产项目进度为79.9%;45个续建项目进度为77.8%: groups counted
    # by kind, each a row; 进度 goes with the figure it measures
    text = ("1-7月,总投资50亿元以上项目累计完成投资883.41亿元,占年计划74.1%。其中,8个建成投产项目进度为79.9%;"
            "45个续建项目进度为77.8%;25个新开工项目进度为60.3%,已开工17个。")
    assert [(p, a) for _, p, a, _, _ in rows(text)][1:] == [
        ("8个建成投产项目", "进度为79.9%"), ("45个续建项目", "进度为77.8%"), ("25个新开工项目", "进度为60.3%,已开工17个。")]


def test_a_cause_clause_before_the_subject_is_scene():
    # 在…的共同努力下, says how, never what: the project is the group after it.
    text = "在各项目主管部门和审批服务部门的共同努力下,1-4月,592个市重点建设项目共完成投资1122.3亿元,完成年度投资计划的36.3%。"
    assert [(p, a) for _, p, a, _, _ in rows(text)] == [
        ("592个市重点建设项目", "共完成投资1122.3亿元,完成年度投资计划的36.3%。")]


@pytest.mark.parametrize("text", [
    "实施老旧小区改造。",                    # a work word ends the name: no stage reached
    "主桥完成桩基施工,引桥正在架梁。",        # parts of one project, verbs inside
    "请各责任单位加快推进,确保按期完成。",      # an exhortation
    "巴州区有3(城区幼儿园建设、污水处理站建设)推进缓慢。",  # a breakdown by district
    "从6月20日管控开始,空气质量明显改善。",     # a date
])
def test_no_stage_tail_item(text):
    assert [(p, a) for _, p, a, _, _ in rows(text) if a in ("推进缓慢。", "施工", "推进", "开始")] == []


def test_a_heading_that_names_a_group_is_the_section_of_its_projects():
    text = """(一)提升城市宜居水平方面。东环路片区改造推进顺利,回迁安置区开工建设。完成18处老旧小区整治工程,新增40处垃圾分类设施。
(二)推动医疗机构扩容提质方面。区人民医院新院区全面开工,城西社区卫生服务中心建成启用。
"""
    items = read_prose(text)
    assert [(i.project, i.actual, i.section) for i in items] == [
        ("东环路片区改造", "推进顺利", "提升城市宜居水平方面"),
        ("回迁安置区", "开工建设。", "提升城市宜居水平方面"),
        # two things done, an item each (a run of count clauses, test_count_runs.py)
        ("老旧小区整治工程", "完成18处老旧小区整治工程", "提升城市宜居水平方面"),
        ("垃圾分类设施", "新增40处垃圾分类设施。", "提升城市宜居水平方面"),
        ("区人民医院新院区", "全面开工", "推动医疗机构扩容提质方面"),
        ("城西社区卫生服务中心", "建成启用。", "推动医疗机构扩容提质方面"),
    ]


def test_an_unnumbered_group_heading_opening_its_paragraph():
    # The same with the group's name opening the paragraph, unnumbered.
    text = """教育卫生方面。新建幼儿园12所,已开工9所;区人民医院新院区全面开工。
交通出行方面。城东大道改造工程已完工;新增公交线路5条,已开通3条。
"""
    items = read_prose(text)
    assert [i.section for i in items] == ["教育卫生方面"] * 2 + ["交通出行方面"] * 2
    assert [i.project for i in items] == ["新建幼儿园12所", "区人民医院新院区", "城东大道改造工程", "新增公交线路5条"]


def test_groups_of_projects_named_by_what_they_are_to_do():
    # 在X中, sets the scope; "the 40 projects to speed up: 38 started".
    text = ("在“百项工程”中,计划今年建成投产的12个项目已全部开工,1至9月份完成投资4.7亿元;"
            "加快建设的30个项目中,已开工建设28项,1至9月份完成投资5.4亿元。")
    assert [(p, a) for _, p, a, _, _ in rows(text)] == [
        ("计划今年建成投产的12个项目", "已全部开工,1至9月份完成投资4.7亿元"),
        ("加快建设的30个项目", "已开工建设28项,1至9月份完成投资5.4亿元。"),
    ]


@pytest.mark.parametrize("text, expected", [
    pytest.param("“为1万名白内障患者实施免费复明手术”一项中,9月全省新增1203例,达8878例。",
      [("“为1万名白内障患者实施免费复明手术”", "9月全省新增1203例,达8878例。")], id="one-item"),
    pytest.param("其中,“为边远地区农村教师建设1万套周转房”一项中,已开工建设的周转房达9149套,大幅超过目标任务。",
      [("“为边远地区农村教师建设1万套周转房”", "已开工建设的周转房达9149套,大幅超过目标任务。")], id="after-a-connective"),
    pytest.param("在“促进高校毕业生就业”项目中,已发放求职补贴15036人,实现应补尽补。",
      [("“促进高校毕业生就业”", "已发放求职补贴15036人,实现应补尽补。")], id="in-the-project"),
])
def test_a_scope_naming_one_quoted_project(text, expected):
    # “A”一项中, / 在“A”项目中, names one project: the rest of the sentence
    # is its progress. (在“百项工程”中, names a programme: see above.)
    assert [(p, a) for _, p, a, _, _ in rows(text)] == expected


def test_a_numbered_line_that_counts_its_projects_heads_them():
    # (一)N个项目 + a verdict: the sentences after it on the line are its
    # items, with that verdict; a digit after (一) does not unmake the mark.
    text = ("一、基本情况\n(一)1个项目提前完成年度目标任务。大气精准治理项目于1月顺利完工并投入使用。\n"
            "(二)2个项目推进达到时序进度要求。张桥港控藻工程已完成护底施工;小溪港生态修复已完成南区绿化施工。\n")
    assert [(p, a, o) for _, p, a, _, o in rows(text)] == [
        ("大气精准治理项目", "于1月顺利完工并投入使用。", "1个项目提前完成年度目标任务"),
        ("张桥港控藻工程", "已完成护底施工", "2个项目推进达到时序进度要求"),
        ("小溪港生态修复", "已完成南区绿化施工。", "2个项目推进达到时序进度要求"),
    ]


def test_headings_that_state_tasks_over_their_progress():
    # 一、<tasks> over unnumbered paragraphs: the tasks are the item, the
    # paragraphs its progress; over as many numbered points as it states
    # tasks, each point is its task's progress, in order.
    text = ("关于2023年为民办实事项目实施情况的通报\n"
            "一、新增公办学校学位5万个,改造教室照明2万间\n"
            "省级财政补助资金下达5.45亿元,完成年度计划的104%。\n"
            "(一)全省规划建设校舍全部开工,预计新增学位10.7万个,完成年度计划的214%。\n"
            "(二)全省完成教室照明改造21702间,完成年度计划的108.5%。\n"
            "二、新建、改扩建公办幼儿园150所\n"
            "省级财政补助资金下达4.23亿元,完成年度计划的100.7%。全省开工幼儿园195所,完成年度计划的130%。\n")
    assert [(p, a) for _, p, a, _, _ in rows(text)] == [
        ("新增公办学校学位5万个,改造教室照明2万间", "省级财政补助资金下达5.45亿元,完成年度计划的104%。"),
        ("新增公办学校学位5万个", "(一)全省规划建设校舍全部开工,预计新增学位10.7万个,完成年度计划的214%。"),
        ("改造教室照明2万间", "(二)全省完成教室照明改造21702间,完成年度计划的108.5%。"),
        ("新建、改扩建公办幼儿园150所", "省级财政补助资金下达4.23亿元,完成年度计划的100.7%。全省开工幼儿园195所,完成年度计划的130%。"),
    ]


_TASKS = ["新增公办学校学位5万个", "改造教室照明2万间", "新建口袋公园30个", "改造老旧小区120个"]
_POINTS = ["全省规划建设校舍全部开工,完成年度计划的{}%。", "全省完成改造{}间,完成年度计划的108%。",
           "已建成公园{}个,超额完成任务。", "已完工小区{}个,正在验收。"]


@given(st.integers(2, 4), st.lists(st.integers(1, 999), min_size=4, max_size=4), st.sampled_from(["一、", "二、"]))
def test_any_task_heading_pairs_its_tasks_with_its_points(k, figures, mark):
    head = ",".join(_TASKS[:k])
    points = [f"({'一二三四'[i]}){_POINTS[i].format(figures[i])}" for i in range(k)]
    text = "通报\n" + mark + head + "\n" + "\n".join(points) + "\n"
    assert [(p, a) for _, p, a, _, _ in rows(text)] == list(zip(_TASKS[:k], points))


@pytest.mark.parametrize("period", ["1-2月", "1—8月份", "截至9月底", "上半年", "前三季度"])
def test_the_period_before_the_progress_is_no_part_of_the_project(period):
    text = f"基础设施工程项目{period}累计完成投资9.5亿元,占年度计划的32.3%,慢于序时进度3.6个百分点。"
    assert [(p, a) for _, p, a, _, _ in rows(text)] == [
        ("基础设施工程项目", f"{period}累计完成投资9.5亿元,占年度计划的32.3%,慢于序时进度3.6个百分点。")]


@pytest.mark.parametrize("sep", [" ", "\n"])
def test_task_and_progress_labels_in_a_row(sep):
    # 任务目标:… 进展情况:… pairs, one after another on a line or a line each.
    text = ("省会全部完成十件实事\n任务目标:对全市100个老旧小区的管网进行改造。 进展情况:实际改造101个老旧小区,已于11月完工。"
            + sep + "任务目标:新扩建50所公办幼儿园。 进展情况:截至12月底,50所幼儿园全部建成。\n")
    assert [(p, a) for _, p, a, _, _ in rows(text)] == [
        ("对全市100个老旧小区的管网进行改造。", "实际改造101个老旧小区,已于11月完工。"),
        ("新扩建50所公办幼儿园。", "截至12月底,50所幼儿园全部建成。"),
    ]


@pytest.mark.parametrize("word", ["完成情况", "进展情况", "的实施情况"])
def test_a_heading_naming_its_project_and_how_it_went_is_the_item(word):
    # 一、A公园建设项目完成情况 / its paragraph: the item, its name without
    # the words on how it went; the first block reads like the others.
    text = (f"2021年某乡民生实事项目实施情况的报告\n一、“书香某乡”文化公园建设项目{word}\n"
            "作为今年乡村建设的项目之一,总投资230余万元,完成景墙、健身步道、公厕等建设,现已完工并投入使用。\n"
            f"二、某小学连接省道道路提升项目{word}\n总投资278万元,道路全长600米,现已建成使用。\n"
            f"三、智慧农贸市场改造提升项目{word}\n总投资29万元,现已改造成为一座智慧化农贸市场,并投入使用。\n")
    assert [(i.no, i.project) for i in read_prose(text)] == [
        ("一", "“书香某乡”文化公园建设项目"), ("二", "某小学连接省道道路提升项目"), ("三", "智慧农贸市场改造提升项目")]
    # The intro that lists the programme's projects and their total is no item.
    intro = ("2021年度某乡确定的民生实事项目有3个,分别为“书香某乡”文化公园建设项目、某小学道路提升项目、"
             "智慧农贸市场改造提升项目,共投入资金约537万元。在项目实施过程中,乡人民政府高度重视。\n")
    assert [i.no for i in read_prose(text.replace("\n", "\n" + intro, 1))] == ["一", "二", "三"]
    # A heading over a group's paragraph of several projects stays a section.
    group = ("一、市级重点项目进展情况\n全市安排重点项目458个,年度计划投资853.8亿元。1-8月共完成投资622.2亿元,占年度投资计划的73%。"
             "其中续建项目完成投资454.31亿元,占年度计划的75%;新建项目已开工122个,完成投资124.06亿元,占年度计划的64%。\n")
    assert len(read_prose(group)) >= 2


@pytest.mark.parametrize("heading", ["", "改善交通条件 "])
@pytest.mark.parametrize("labels", [("【目标】", "【完成情况】"), ("【目标】", "【进展】"), ("目标:", "进展情况:")])
def test_labels_in_black_brackets_pair_like_labels_with_a_colon(heading, labels):
    # 【目标】…【完成情况】…: the same pairs as 目标:… 完成情况:…, a short
    # heading first, the lead before 牵头的 taken out of the task.
    task, progress = labels
    text = ("半年来惠民实事进展\n" + heading + f"{task}市公路局牵头的城区道路建设子项目 {progress}天宁南路改造工程已于4月30日建成通车。"
            f" {task}市国资委牵头的设立公交专项资金 {progress}已设立专项资金2900万元。\n")
    assert [(p, a, lead) for _, p, a, lead, _ in rows(text)] == [
        ("城区道路建设子项目", "天宁南路改造工程已于4月30日建成通车。", "市公路局"),
        ("设立公交专项资金", "已设立专项资金2900万元。", "市国资委"),
    ]


@pytest.mark.parametrize("bullet", ["☑", "✓", "✔", "☐", "●"])
def test_check_marks_bullet_items_under_verdict_headings(bullet):
    text = (f"2025年街道民生实事项目进展\n已完工项目\n{bullet}老旧路灯改造出新工程项目\n对478盏路灯进行刷漆出新,该项目已于3月完成。\n"
            f"已启动实施项目\n{bullet}东蕾苑二期新建工程\n该项目于2023年6月开工,目前主体完成约70%。\n")
    assert [(p, a, o) for _, p, a, _, o in rows(text)] == [
        ("老旧路灯改造出新工程项目", "对478盏路灯进行刷漆出新,该项目已于3月完成。", "已完工项目"),
        ("东蕾苑二期新建工程", "该项目于2023年6月开工,目前主体完成约70%。", ""),
    ]


def test_items_by_commas_of_enumeration_each_with_its_rate():
    # A完成率35%、B完成率50%: 、 separates items that each report a share;
    # criteria quoted with their figures (「…未达90%」、「…」) are no items.
    text = "9项工程类民生实事中,3项进展较快,安心托幼行动完成率35%、“15分钟阅读圈”建设完成率50%、工会驿站建设完成率100%;4项正在抓紧实施。"
    assert [(p, a) for _, p, a, _, _ in rows(text)] == [
        ("安心托幼行动", "完成率35%"), ("“15分钟阅读圈”建设", "完成率50%"), ("工会驿站建设", "完成率100%")]
    assert rows("仍有4项计划「年累计支用比未达90%」、「年计划经费执行率未达90%」及「年累计进度落后」。") == []
    # an item that reports by its aspect word, then 、 and the next item
    text = "4项正在抓紧实施,新民小池塘和北梗中心路大沟治理正在实施、“四好农村路”建设养护工程11公里5月份开工,提质改造完成70%。"
    assert [(p, a) for _, p, a, _, _ in rows(text)] == [
        ("新民小池塘和北梗中心路大沟治理", "正在实施"), ("“四好农村路”建设养护工程11公里", "5月份开工,提质改造完成70%。")]


@pytest.mark.parametrize("text, expected", [
    # a stage dated in the past, no aspect word: the date starts the progress
    ("大气精准治理项目于1月顺利完工并投入使用。", [("大气精准治理项目", "于1月顺利完工并投入使用。")]),
    ("城南幼儿园于9月底正式开放。", [("城南幼儿园", "于9月底正式开放。")]),
    # a date in words, a year, a day (traditional characters as written)
    ("西灣湖景大馬路堤圍加固工程於上月二十九日完工。", [("西灣湖景大馬路堤圍加固工程", "於上月二十九日完工。")]),
    ("城南学校于2023年9月1日正式开放。", [("城南学校", "于2023年9月1日正式开放。")]),
    # a month alone before the stage, after the work's figure
    ("“四好农村路”建设养护工程11公里5月份开工,提质改造完成70%。",
     [("“四好农村路”建设养护工程11公里", "5月份开工,提质改造完成70%。")]),
    ("城东公园力争9月底建成。", []),
    ("城南学校计划5月开工。", []),
    # with a plan word before it, the date is a plan, reported nowhere
    ("城东公园计划于5月完工。", []),
    ("城东公园预计于10月底建成。", []),
])
def test_a_stage_dated_in_the_past(text, expected):
    assert [(p, a) for _, p, a, _, _ in rows(text)] == expected


@given(st.sampled_from(["城南幼儿园", "滨江公园二期", "大气精准治理项目", "北区污水管网工程"]), st.integers(1, 12),
       st.sampled_from(["", "底", "中旬"]), st.sampled_from(["完工", "顺利完工", "建成", "正式开放", "投入使用"]),
       st.sampled_from(["", "计划", "预计", "拟"]))
def test_any_dated_stage_is_progress_unless_planned(name, month, when, stage, plan):
    text = f"{name}{plan}于{month}月{when}{stage}。"
    expected = [] if plan else [(name, f"于{month}月{when}{stage}。")]
    assert [(p, a) for _, p, a, _, _ in rows(text)] == expected


def test_an_intro_ending_in_a_colon_is_no_project():
    text = "一些市民关注的大项目进展情况是:城西水厂扩建工程已全部建成;南湖大桥主体已完工。"
    assert [(p, a) for _, p, a, _, _ in rows(text)] == [("城西水厂扩建工程", "已全部建成"), ("南湖大桥", "主体已完工。")]


def test_stage_tails_after_the_scene():
    # The scene (a time, an office at work) opens the sentence; then a list
    # of projects each with its stage.
    text = "今年以来,市发展改革委全力推动新建项目前期工作,城北快速路预计近期开工建设,机场东连接线工程顺利推进,滨河公园二期已全面完工。"
    assert [(p, a) for _, p, a, _, _ in rows(text)] == [
        ("城北快速路", "预计近期开工建设"),
        ("机场东连接线工程", "顺利推进"),
        ("滨河公园二期", "已全面完工。"),
    ]


def test_indicator_headings_over_their_progress():
    # 绩效任务 reports: a heading per indicator; a paragraph about it, or
    # numbered lines each a name and its figure, or lines of work done.
    text = """一、地区生产总值
据市统计局初步反馈数据,2017年全区地区生产总值实现5629.4亿元,不变价增速达到6.6%。
二、一般公共预算收入及支出
1. 一般公共预算收入508.17亿元,同比增长6.5%。
2. 截至11月30日,一般公共预算支出489.5亿元,支出进度93.8%,超额完成任务。
三、城市管理指数
1. 每月做好市级台帐整治工作并按时开展周拉练检查工作。
2. 按月向市环境办报送工作进展,已报送年终总结。
"""
    got = [(i.project, i.actual) for i in read_prose(text)]
    assert got[:3] == [
        ("地区生产总值", "据市统计局初步反馈数据,2017年全区地区生产总值实现5629.4亿元,不变价增速达到6.6%。"),
        ("一般公共预算收入", "508.17亿元,同比增长6.5%。"),
        ("一般公共预算支出", "489.5亿元,支出进度93.8%,超额完成任务。"),
    ]
    assert got[3] == ("城市管理指数", "每月做好市级台帐整治工作并按时开展周拉练检查工作。")


def test_comma_numbered_lines_and_their_parts():
    # 1, numbers a line as 1. does; a line of several tasks each with its
    # share of the year is an item per task (1.1, 1.2); 共 goes with its figure.
    text = """(一)优化就业环境工程
1,截至11月底,全市城镇新增就业5.59万人,完成全年目标的103.9%;开发公益性岗位897个,完成全年目标的110%。
2,城乡劳动者技能培训共4058人,完成全年目标的101.5%。
3,全市75所学校提档升级工作已有序完成。
"""
    assert [(no, p, a) for no, p, a, _, _ in rows(text)] == [
        ("1.1", "全市城镇新增就业", "5.59万人,完成全年目标的103.9%"),
        ("1.2", "开发公益性岗位", "897个,完成全年目标的110%。"),
        ("2", "城乡劳动者技能培训", "共4058人,完成全年目标的101.5%。"),
        ("3", "全市75所学校提档升级工作", "已有序完成。"),
    ]


@pytest.mark.parametrize("text", ["增加3,比上年多1个。", "1,000万元已拨付到位。"])
def test_a_comma_inside_a_line_or_a_thousands_separator_numbers_nothing(text):
    assert all(no == "" for no, *_ in rows(text))


def test_a_heading_naming_a_piece_of_work_over_its_paragraph_is_the_item():
    text = """(一)城区教育基础设施建设

10所学校全部建设完成,其中宜春一小等9所学校已在秋季开学投入使用;新建校舍24.98万平方米,新增学位2.15万个,均超额完成目标任务。

(二)养老服务设施配套建设

居家和社区养老服务中心完成90个,嵌入式养老服务中心完成50个,均完成目标任务;敬老院消防设施改造完成119所。

(三)民生保障方面

城东社区食堂已建成投用;城西老年活动中心已完成主体施工。
"""
    got = [(no, p) for no, p, _, _, _ in rows(text)]
    assert got[:2] == [("一", "城区教育基础设施建设"), ("二", "养老服务设施配套建设")]
    # a heading that names a field (…方面) stays the section of its projects
    assert ("三", "民生保障方面") not in got and len(got) == 4


_PLACES = ["东城", "西湖", "南山", "北塘", "青龙", "白沙", "金桥", "石门"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_PLACES), min_size=2, max_size=4, unique=True),
       st.lists(st.integers(1, 99), min_size=4, max_size=4), st.sampled_from(["公路", "大桥", "公园"]))
def test_respectively_property(places, shares, kind):
    # However many names, each gets the figure in its place.
    names = [p + kind for p in places]
    listed = "、".join(names[:-1]) + "和" + names[-1]
    figures = "、".join(f"{s}%" for s in shares[: len(names)])
    items = read_prose(f"{listed}开工建设,分别完成总工程量的{figures}。")
    assert [i.project for i in items] == names
    assert [i.assigned for i in items] == [f"开工建设,完成总工程量的{s}%。" for s in shares[: len(names)]]
    assert {i.actual for i in items} == {f"开工建设,分别完成总工程量的{figures}。"}


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_PLACES), min_size=2, max_size=4, unique=True),
       st.lists(st.integers(1, 99), min_size=4, max_size=4), st.sampled_from(["公路", "大桥", "公园"]),
       st.sampled_from(["", "{n}项正在抓紧实施,", "另有{n}项进展较快,", "其中"]),
       st.sampled_from(["完成率分别为", "完成率分别达", "等{n}项完成率分别达", "分别完成年度任务的"]))
def test_respectively_after_a_count_and_verdict_property(places, shares, kind, head, words):
    # A count heading the names, or the names counted at their end, changes
    # nothing: each name gets the figure in its place.
    names = [p + kind for p in places]
    n = len(names)
    figures = "、".join(f"{s}%" for s in shares[:n])
    text = head.format(n=n) + "、".join(names) + words.format(n=n) + figures + "。"
    items = read_prose("截至6月底,民生工程稳步推进。" + text)[1:]
    assert [i.project for i in items] == names
    assert [re.search(r"(\d+)%", i.assigned).group(1) for i in items] == [str(s) for s in shares[:n]]


def test_a_group_under_a_count_leaves_a_sentence_that_is_no_list_to_prose():
    # 10项进展较快。 heads the sentences after it; one that hands out figures
    # with 分别 (完成率分别为12.6%…) is no list of names but items of prose.
    text = ("二、保障类项目快速推进。17项保障类民生实事中,10项进展较快。其中出生缺陷防治、油烟整治等2项达到年度目标。"
            "法律援助、送戏下乡、老有所学行动等3项完成率分别达38%、64%、99%;2项正在抓紧实施,"
            "稳定就业、健康口腔行动完成率分别为12.6%、14%;文化惠民工程、农村敬老院提升等2项正在进行前期工作。")
    items = read_prose(text)
    assert [it.project for it in items] == ["出生缺陷防治", "油烟整治", "法律援助", "送戏下乡", "老有所学行动", "稳定就业", "健康口腔行动",
                                            "文化惠民工程", "农村敬老院提升"]
    assert [it.assigned for it in items][2:7] == ["完成率达38%", "完成率达64%", "完成率达99%", "完成率为12.6%", "完成率为14%"]
    assert [it.actual for it in items][2:7] == ["等3项完成率分别达38%、64%、99%"] * 3 + ["完成率分别为12.6%、14%"] * 2
    # The 2 under way are not among the 10 进展较快: their count speaks for them.
    assert [it.official for it in items][2:7] == ["10项进展较快"] * 3 + ["", ""]
    # Unnumbered, the paragraph reads the same.
    assert [it.project for it in read_prose(text[2:])] == [it.project for it in items]


def test_progress_before_a_named_list_in_its_sentence_is_kept():
    # A group's own figures, then a list of projects done, in one sentence:
    # the group keeps the figures before the list's first name.
    text = ("1—10月,全市重点项目累计完成投资483亿元,完成年度计划的92%。其中:续建项目完成投资190亿元,为年计划的93.1%,"
            "城东污水处理厂、滨江大道三期、北区供热管网等13个项目建成投运;新开工项目完成投资93亿元。")
    got = [(it.project, it.actual) for it in read_prose(text)]
    assert ("续建项目", "完成投资190亿元,为年计划的93.1%") in got
    assert ("滨江大道三期", "等13个项目建成投运") in got
    # A section's lead-in before such a list, sentences long, is no item.
    lead_in = ("二、实施进度情况\n县民生办根据各部门报送的1-9月实施进度。目前,我县实施进度较慢的项目,一是乡镇污水处理设施建设,"
               "二是基层防汛预警体系建设,三是免费婚检。")
    assert [it.project for it in read_prose(lead_in)] == ["乡镇污水处理设施建设", "基层防汛预警体系建设", "免费婚检"]


@pytest.mark.parametrize("text, project, actual", [
    # The plan's clauses (a count, the year's planned investment) are the
    # task; the progress opens with the months reported.
    ("2023年我县重点项目120个,年度计划投资88.5亿元,1-6月累计完成投资47.2亿元,完成年度计划的53.3%。",
     "2023年我县重点项目120个,年度计划投资88.5亿元", "1-6月累计完成投资47.2亿元,完成年度计划的53.3%。"),
    # a time clause of its own, then the verb of progress
    ("今年全市重点建设项目300个,总投资2100亿元,年度计划投资420亿元,1至9月,全市重点建设项目完成投资330亿元,完成年度计划的78.6%。",
     "今年全市重点建设项目300个,总投资2100亿元,年度计划投资420亿元", "1至9月,全市重点建设项目完成投资330亿元,完成年度计划的78.6%。"),
])
def test_the_plan_before_the_months_reported_is_the_task(text, project, actual):
    assert [(it.project, it.actual) for it in read_prose(text)] == [(project, actual)]


def test_a_group_named_with_its_plan_starts_its_own_row():
    text = ("(一)基本情况。2022年度全县共安排重点项目40项,总投资约150亿元,年度投资计划约18亿元,2022年1-6月完成投资8.1亿元,"
            "占年度计划的45%。其中,省、市重点项目总投资80亿元,年度计划投资7.5亿元,2022年1-6月完成年度计划4.5亿元,"
            "完成年度计划投资的60%。")
    got = [(it.project, it.actual) for it in read_prose(text)]
    assert got[-1] == ("省、市重点项目总投资80亿元,年度计划投资7.5亿元", "2022年1-6月完成年度计划4.5亿元,完成年度计划投资的60%。")
    assert got[0][1].startswith("2022年1-6月完成投资8.1亿元,占年度计划的45%。")


def test_a_numbered_heading_over_sub_items_is_their_section():
    text = ("(一)项目开工情况。\n1.重点项目开复工情况。\n(1)新建重点项目:81个新建项目已开工52个,开工率64.20%。\n"
            "(2)续建重点项目:79个续建项目全部复工。\n2.非重点项目开复工情况。\n(1)新建非重点项目:51个新建项目已开工32个。\n"
            "(2)续建非重点项目:17个续建项目全部复工。\n")
    got = [(it.no, it.project, it.actual) for it in read_prose(text)]
    assert got == [("1.1", "新建重点项目", "81个新建项目已开工52个,开工率64.20%。"), ("1.2", "续建重点项目", "79个续建项目全部复工。"),
                   ("2.1", "新建非重点项目", "51个新建项目已开工32个。"), ("2.2", "续建非重点项目", "17个续建项目全部复工。")]
    # A heading with its own figure is a task: its sub-lines are its progress.
    tasks = "1.新建公园5个。\n(1)东湖公园已建成。\n(2)西湖公园正在施工。\n2.改造小区3个。\n(1)北区已完工。\n"
    assert [(it.no, it.project) for it in read_prose(tasks)] == [("1", "新建公园5个。"), ("2", "改造小区3个。")]


def test_a_group_with_its_plan_then_a_count_of_work_done():
    # After the plan's clauses, the first clause of work done (81个项目开工
    # 建设) opens the progress; a group stated with its own plan is a row.
    text = ("德州重点建设项目开工率达93%\n2015-06-02 来源:大众网\n"
            "围绕十大产业集群发展,全市确定产业项目85个,年度计划投资323亿元,81个项目开工建设,完成投资147亿元,占年度计划的45.6%。"
            "在社会民生方面,18个项目总投资206亿元,年度计划投资80亿元,15个项目开工建设,完成投资33.9亿元,占年度计划的42.4%。")
    got = [(it.project, it.actual) for it in read_prose(text)]
    assert ("围绕十大产业集群发展,全市确定产业项目85个,年度计划投资323亿元", "81个项目开工建设,完成投资147亿元,占年度计划的45.6%。") in got
    assert ("18个项目总投资206亿元,年度计划投资80亿元", "15个项目开工建设,完成投资33.9亿元,占年度计划的42.4%。") in got
    # the dateline with its byline is the page's record, never a project
    assert not any("来源" in p for p, _ in got)


def test_a_counted_group_keeps_every_part_of_its_list():
    # 有4个项目超额完成…。A;B;C;D。: a part that is no "name, progress" of
    # its own is read as news; the parts after it are not dropped.
    text = ("40个实事项目中,有4个项目超额完成节点任务。昆仑大道农贸市场已提前建成使用;"
            "村内道路建设年度任务是硬化道路350万平方米,上半年完成248万平方米,占年度任务的71%;"
            "提高新农合保障水平全年目标是参合率稳定在95%以上,目前全市参合率达100%;"
            "社会保障卡工程年度任务发卡60万张,目前发卡37.9万张。")
    got = [(it.project, it.actual) for it in read_prose(text)]
    assert ("村内道路建设年度任务是硬化道路350万平方米", "上半年完成248万平方米,占年度任务的71%") in got
    assert ("社会保障卡工程年度任务发卡60万张", "目前发卡37.9万张。") in got


def test_groups_counted_by_kind_with_their_own_starts_are_rows():
    # A group among the programme's projects (…项目中|计划新开工项目41项) and
    # one named by its kind and count (续建项目171项) report their own starts.
    text = ("今年省重点工程建设项目中计划新开工项目41项,1至11月份计划开工39项,实际开工37项,未按期开工两项;"
            "续建项目171项,已经复工164项,未复工5项,终止两项。")
    got = [(it.project, it.actual) for it in read_prose(text)]
    assert got == [("今年省重点工程建设项目中计划新开工项目41项,1至11月份计划开工39项", "实际开工37项,未按期开工两项"),
                   ("续建项目171项", "已经复工164项,未复工5项,终止两项。")]
    # the programme's own tally stays no row
    assert read_prose("45个项目已完成41项(含17项超额完成),4个项目推进滞后。") == []


def test_a_listed_name_with_its_own_progress_in_brackets():
    # The 。 inside a name's bracketed note does not end the list, and the
    # note is that name's progress under the list's verdict.
    text = ("此次率先完成年度任务的项目分别是升级改造40所学校安全防范设施设备;"
            "新建或改建10所中小学自办食堂(东峰小学、金山中心小学自办食堂已完工并投用);"
            "实施残疾儿童康复和助学工程(已为618名儿童发放康复救助金526万元,提前超额完成目标任务。已完成助学申报);"
            "实施公交服务品质提升工程(完成47路、32路等3条公交车线路延伸优化);建设30家村级中医阁。")
    got = {it.project: it.actual for it in read_prose(text)}
    assert got["新建或改建10所中小学自办食堂"] == "东峰小学、金山中心小学自办食堂已完工并投用"
    assert got["实施残疾儿童康复和助学工程"].endswith("已完成助学申报")
    assert "实施公交服务品质提升工程" in got and any("中医阁" in p for p in got)
    assert all(it.official == "此次率先完成年度任务的项目" for it in read_prose(text))


@given(st.text(alphabet=st.sampled_from("。()甲乙\n"), max_size=80))
def test_sentence_stops_keep_every_stop_outside_brackets(text):
    from progress_nlp.readers.prose.sentences import _sentence_stops

    stops = _sentence_stops(text, 0, len(text))
    assert stops == sorted(set(stops)) and all(text[p] == "。" for p in stops)
    depth = 0
    for p, ch in enumerate(text):
        depth = 0 if ch == "\n" else depth + (ch == "(") - (ch == ")" and depth > 0)
        if ch == "。" and depth == 0:
            assert p in stops  # only a bracketed note's 。 may be left out


# A circular lists tasks under a line that counts them and says where they
# stand: each line is a task (its figure the year's, 实现/完成 its verb),
# the line above the publisher's word on it, whether a verdict of pace
# (进展偏慢) or only where the work stands (尚未完成年度目标任务).
def test_tasks_listed_under_a_counted_line_that_says_where_they_stand():
    text = """全市重点工作三季度完成情况通报如下。

3项进展偏慢的市政府重点工作为:

①实现“小升规”60家(责任单位:市经信局);

②完成老旧小区改造9.5万平方米(责任单位:市住建局);

③新建高标准农田,已完成4000亩(责任单位:市农业农村局)。

2项尚未完成年度目标任务的民生实事项目为:

①建设新安居工程20万平方米(责任单位:市住建局);

②建设智能“阳光厨房”32家(责任单位:市市场监管局)。
"""
    slow, open_ = "3项进展偏慢的市政府重点工作为", "2项尚未完成年度目标任务的民生实事项目为"
    assert rows(text) == [
        ("①", "实现“小升规”60家", "", "市经信局", slow),
        ("②", "完成老旧小区改造9.5万平方米", "", "市住建局", slow),
        ("③", "新建高标准农田", "已完成4000亩", "市农业农村局", slow),
        ("①", "建设新安居工程20万平方米", "", "市住建局", open_),
        ("②", "建设智能“阳光厨房”32家", "", "市市场监管局", open_),
    ]


def test_a_counted_line_without_a_colon_or_a_cue_is_no_word_on_its_items():
    text = """3项民生实事项目为:

①建设新安居工程20万平方米,已完成12万平方米;

②建设智能“阳光厨房”32家,已建成20家。
"""
    assert [r[4] for r in rows(text)] == ["", ""]


def test_lines_of_a_counted_list_that_lost_their_marks_are_tasks_of_their_own():
    # ⑥⑦ were lost when the page was copied: each line is a task with its
    # lead, under the heading's word, never the progress of ⑤.
    text = """5项进展偏慢的市政府重点工作为:

④实现老街示范段开街(责任单位:市城市更新中心);

⑤推动规上企业发明专利全覆盖(责任单位:市市场监管局);

新增跨境电商产值10亿元以上(责任单位:市商务局);

确保完成固定资产投资50亿元(责任单位:经济开发区)。
"""
    slow = "5项进展偏慢的市政府重点工作为"
    assert rows(text) == [
        ("④", "实现老街示范段开街", "", "市城市更新中心", slow),
        ("⑤", "推动规上企业发明专利全覆盖", "", "市市场监管局", slow),
        ("", "新增跨境电商产值10亿元以上", "", "市商务局", slow),
        ("", "确保完成固定资产投资50亿元", "", "经济开发区", slow),
    ]


# ---------------------------------------------------------------------------
# Traditional characters read like simplified: any characters of an article
# written in their traditional form give the same items (once normalized).
# ---------------------------------------------------------------------------

from progress_nlp._t2s_table import SIMPLIFIED as _S, TRADITIONAL as _T  # noqa: E402
from progress_nlp.normalize import normalize as _normalize  # noqa: E402

_TO_TRADITIONAL: dict[str, str] = {}
for _t_ch, _s_ch in zip(_T, _S):
    _TO_TRADITIONAL.setdefault(_s_ch, _t_ch)

TRADITIONAL_ARTICLES = [
    "东城公路、南镇至北镇公路和西湖路开工建设,分别完成总工程量的40%、20%、20%。",
    "养老服务方面,高新区新增残疾人托养机构3家,培训残疾人就业技能860人次,并为1200名重度残疾人购买了意外保险。",
    "其中,有4个指标超额完成年度任务,即:新增城镇就业6628人,为任务的116.3%;新建农村公路206公里,为任务的103.1%。",
    "目前,还有城区污水管网改造、乡村道路硬化等三个项目正在抓紧扫尾,本月底可全面完工。",
    "1.新增养老床位200张。目前已完成170张。\n2.改造老旧小区12个。已完工8个,其余4个正在施工。\n3.新建口袋公园5个。正在开展招标。",
    "我市今年计划建成200公里农村公路,现已完成路面铺设216公里;计划新建或改造80个社区便利店,现已超额完成93个。",
    "1-9月,全省完成投资1200亿元。其中,重点推进的100个省级项目共到位资金437亿元、占年度计划的58.5%,完成投资424亿元。",
    "某镇2022年项目工作总结\n1. 城东道路绿化工程:工程总投资120.5万元,主要对城东大道两侧进行绿化美化,已完成整治,已验收。\n2. 文化站装修工程:已完工。",
    "2项提前超额完成全年任务。新建社区食堂20个,已建成22个;新增公共充电桩500个,现已建成620个。",
    "滞后项目:一是城北污水处理厂,因用地问题尚未开工;二是滨河公园,正在办理规划手续。",
    "食品安全抽样检验工程。全年开展抽检1.2万批次,已完成9800批次。\n农村公路提质改造工程。计划改造120公里,已完工86公里。",
    "截至9月底,进度滞后的有2项(老年食堂建设、农贸市场改造),占30%。",
]


def _items(text: str) -> list[tuple[str, str, str]]:
    return [(_normalize(i.project), _normalize(i.actual), _normalize(i.official)) for i in read_prose(text)]


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(TRADITIONAL_ARTICLES), st.data())
def test_property_traditional_characters_read_like_simplified(text, data):
    mask = data.draw(st.lists(st.booleans(), min_size=len(text), max_size=len(text)), label="which characters")
    trad = "".join(_TO_TRADITIONAL.get(ch, ch) if flip else ch for ch, flip in zip(text, mask))
    assert _items(trad) == _items(text), trad


@pytest.mark.parametrize("text, project, actual", [
    # The thing written first, then finished and put to use: work done.
    ("3.服务职工系列工程方面,职工赋能中心建成并投入使用;完成职工心理健康服务中心12处。",
     "服务职工系列工程", "职工赋能中心建成并投入使用;完成职工心理健康服务中心12处。"),
    # (方面 marks the topic and is no part of the name)
    ("2.文化惠民方面,城市书房建成开放,新增座位300个。", "文化惠民", "城市书房建成开放,新增座位300个。"),
    # A word of intent makes it the task, which a progress clause follows.
    ("1.养老服务方面,确保区养老中心年底前建成并投入使用,目前主体已完工。",
     "确保区养老中心年底前建成并投入使用", "目前主体已完工。"),
])
def test_a_thing_finished_and_put_to_use_is_progress(text, project, actual):
    assert [(it.project, it.actual) for it in read_prose(text)] == [(project, actual)]


@given(st.sampled_from(["服务职工系列工程方面", "文化惠民方面", "养老服务方面", "便民交通方面"]),
       st.sampled_from(["职工赋能中心", "城市书房", "社区食堂", "东湖公园"]),
       st.sampled_from(["建成并投入使用", "建成开放", "竣工并交付使用", "建成投用"]),
       st.integers(1, 99), st.sampled_from(["处", "个", "家"]))
def test_a_topic_then_a_thing_put_to_use_names_the_item_by_its_topic(topic, thing, done, n, unit):
    text = f"1.{topic},{thing}{done};完成服务站点{n}{unit}。"
    items = read_prose(text)
    assert [(it.project, it.actual) for it in items] == [(topic.removesuffix("方面"), f"{thing}{done};完成服务站点{n}{unit}。")]


@pytest.mark.parametrize("text, project, lead, actual_start", [
    ("发布会上,县交通运输局通报了农村道路提升工程成果。2025年,全县新改建农村公路18公里,行政村通硬化路率达100%。",
     "农村道路提升工程", "县交通运输局", "2025年,全县新改建农村公路18公里"),
    ("县民政局重点介绍了农村普惠养老服务能力提升情况。目前,全县已建成151个社区日间照料中心。",
     "农村普惠养老服务能力提升", "县民政局", "目前,全县已建成151个"),
])
def test_a_briefing_on_one_project_heads_its_paragraph(text, project, lead, actual_start):
    got = read_prose(text)
    assert [(i.project, i.lead) for i in got] == [(project, lead)]
    assert got[0].actual.startswith(actual_start)


@pytest.mark.parametrize("text", [
    # the programme or the year at large is no project of its own
    "营口市发改委汇报了2021年各项重点民生实事项目进展情况。截至目前,两个子项目已完工,分别是A工程和B工程。",
    "县住建局围绕基础设施建设介绍了年度进展。过去一年,我县实施了一批道路桥梁改造。",
])
def test_a_briefing_on_the_programme_names_no_project(text):
    assert all("各项" not in i.project and i.project != "年度" for i in read_prose(text))


@given(st.sampled_from(["县交通运输局", "市民政局", "区住建委", ""]), st.sampled_from(["通报了", "介绍了", "重点介绍了", "汇报了"]),
       st.sampled_from(["农村道路提升工程", "城区供热管网改造", "老年助餐服务网络建设"]), st.sampled_from(["成果", "情况", "进展情况"]),
       st.integers(1, 500))
def test_property_a_briefing_and_its_figures_are_one_row(lead, verb, name, word, n):
    text = f"发布会上,{lead}{verb}{name}{word}。今年已完成{n}个点位建设,群众满意度持续提升。"
    got = read_prose(text)
    assert [(i.project, i.lead) for i in got] == [(name, lead)]
    assert f"{n}个" in got[0].actual


@pytest.mark.parametrize("text, expected", [
    # facilities and works named one after another, each with where its work
    # stands and no aspect word: an item each, after a topic too
    ("在提升医疗卫生水平方面,延安市第二人民医院(市传染病专科医院)改扩建项目主体完工,延安大学附属医院妇女儿童医院完成年度建设任务,"
     "市人民医院国家医疗区域中心加快建设。",
     [("延安市第二人民医院(市传染病专科医院)改扩建项目", "主体完工"), ("延安大学附属医院妇女儿童医院", "完成年度建设任务"),
      ("市人民医院国家医疗区域中心", "加快建设。")]),
    ("沂水县泉庄水厂完成建设任务并投入运营,莒南县大山水厂扩建工程复工建设;",
     [("沂水县泉庄水厂", "完成建设任务并投入运营"), ("莒南县大山水厂扩建工程", "复工建设")]),
    # an intent opens no subject: the plan goes on the item
    ("萋餐厨废弃物处置扩建项目正在带料调试,准备主体工程竣工验收。",
     [("萋餐厨废弃物处置扩建项目", "正在带料调试,准备主体工程竣工验收。")]),
])
def test_named_works_each_with_their_stage_are_items(text, expected):
    assert [(i.project, i.actual) for i in read_prose(text)] == expected


@given(st.lists(st.sampled_from(["第一人民医院改扩建项目", "城南污水处理厂", "市妇女儿童医院", "滨江公园", "东区安置房"]),
                min_size=2, max_size=4, unique=True),
       st.lists(st.sampled_from(["主体完工", "完成年度建设任务", "加快建设", "开工建设", "投入使用"]), min_size=4, max_size=4))
def test_property_named_works_with_their_stage_split_one_by_one(names, stages):
    text = ",".join(f"{n}{s}" for n, s in zip(names, stages)) + "。"
    got = [(i.project, i.actual.rstrip("。")) for i in read_prose(text)]
    assert got == list(zip(names, stages))


@pytest.mark.parametrize("text, project, actual", [
    # the project and its stated task, then a sentence that opens with the
    # time reported: the task's verbs (建成6985套) are the plan's, not progress
    ("实施棚户区改造工程,任务目标是棚改开工8264套,棚改安置房建成6985套。截至目前,全市棚改项目开工率100%,棚改安置房基本建成率100%。",
     "实施棚户区改造工程,任务目标是棚改开工8264套,棚改安置房建成6985套", "截至目前,全市棚改项目开工率100%,棚改安置房基本建成率100%。"),
    ("实施城市公共停车设施建设工程,任务目标新增停车位1.4万个。目前我市已建成1.7万余个停车位,完成率122.30%。",
     "实施城市公共停车设施建设工程,任务目标新增停车位1.4万个", "目前我市已建成1.7万余个停车位,完成率122.30%。"),
    # a sentence that only names the work carried out, then the time reported
    ("我市大力实施就业促进工程。截至目前,全市城镇新增就业54224人,完成省定全年任务目标的近七成。",
     "我市大力实施就业促进工程", "截至目前,全市城镇新增就业54224人,完成省定全年任务目标的近七成。"),
])
def test_a_stated_task_then_the_time_reported(text, project, actual):
    assert [(i.project, i.actual) for i in read_prose(text)] == [(project, actual)]


@given(st.sampled_from(["实施棚户区改造工程", "实施农村公路提升工程", "城镇老旧小区改造工程"]),
       st.sampled_from(["任务目标是", "目标任务为", "年度任务是"]), st.sampled_from(["新建", "建成", "改造", "完成"]),
       st.integers(10, 9000), st.sampled_from(["截至目前", "截至8月底", "1-8月"]), st.integers(1, 9000))
def test_property_the_verbs_of_a_stated_task_are_never_progress(name, stated, verb, task, when, done):
    text = f"{name},{stated}{verb}安置房{task}套。{when},已建成安置房{done}套。"
    got = read_prose(text)
    assert len(got) == 1 and got[0].project.startswith(name) and f"{task}套" in got[0].project
    assert got[0].actual.startswith(when) and f"{done}套" in got[0].actual


@pytest.mark.parametrize("text, expected", [
    # the year's task, then the period reported and the place: that clause is
    # the task's progress, not a subject of its own
    ("今年省下达的年度棚改开工任务15130套,前三季度全市已开工项目25个15130套,开工率100%;"
     "省下达年度基本建成棚户区改造任务3557套,前三季度全市已基本建成各类棚户区5073套。",
     [("今年省下达的年度棚改开工任务15130套", "前三季度全市已开工项目25个15130套,开工率100%"),
      ("省下达年度基本建成棚户区改造任务3557套", "前三季度全市已基本建成各类棚户区5073套。")]),
])
def test_a_task_then_the_period_and_place_that_report_on_it(text, expected):
    assert [(i.project, i.actual) for i in read_prose(text)] == expected


@given(st.sampled_from(["棚改开工任务", "老旧小区改造任务", "农村公路建设任务"]), st.integers(100, 20000),
       st.sampled_from(["前三季度", "1-9月", "上半年"]), st.sampled_from(["全市", "全县", ""]), st.integers(50, 30000))
def test_property_the_period_after_a_task_opens_its_progress(task, n, when, place, done):
    text = f"今年{task}{n}套,{when}{place}已完成{done}套。"
    got = read_prose(text)
    assert [(i.project, i.actual) for i in got] == [(f"今年{task}{n}套", f"{when}{place}已完成{done}套。")]


@pytest.mark.parametrize("text, project, actual", [
    # a reason in the name's clause, then the work held up: the reason opens the progress
    ("市实验高中申报省级示范性高中因省修订完善评估方案,申报工作暂时停止。",
     "市实验高中申报省级示范性高中", "因省修订完善评估方案,申报工作暂时停止。"),
    ("城南污水处理厂扩建工程由于用地手续未办结,暂缓开工。", "城南污水处理厂扩建工程", "由于用地手续未办结,暂缓开工。"),
])
def test_a_reason_then_work_held_up_opens_the_progress(text, project, actual):
    assert [(i.project, i.actual) for i in read_prose(text)] == [(project, actual)]


@pytest.mark.parametrize("text, expected", [
    # members of an enumeration that quote their task, then say where it stands
    ("安排的2个子项目已全部完成。一是“城镇低保平均补差水平每人每月提高到不低于621元”。目前该县城镇低保对象人均月补差661.83元。"
     "二是“困难残疾人生活补贴标准提高到175元/人/月”,已按新标准发放。",
     [("城镇低保平均补差水平每人每月提高到不低于621元", "目前该县城镇低保对象人均月补差661.83元。"),
      ("困难残疾人生活补贴标准提高到175元/人/月", "已按新标准发放。")]),
])
def test_enumerated_members_that_quote_their_task(text, expected):
    got = [(i.project, i.actual) for i in read_prose(text) if i.no in ("一", "二")]
    assert got == expected


@given(st.lists(st.tuples(st.sampled_from(["低保补差水平提高到不低于621元", "孤儿基本生活保障标准提高到1820元", "残疾人护理补贴提高到235元"]),
                          st.integers(1, 999)), min_size=2, max_size=3, unique_by=lambda x: x[0]))
def test_property_a_quoted_task_is_the_members_project(members):
    marks = "一二三"
    text = "".join(f"{marks[k]}是“{task}”。目前已覆盖{n}人。" for k, (task, n) in enumerate(members))
    got = [(i.project, i.actual) for i in read_prose(text)]
    assert got == [(task, f"目前已覆盖{n}人。") for task, n in members]


@pytest.mark.parametrize("text, project, actual", [
    # the month the work started, said with 今年, opens the progress
    ("济河南路道路工程今年4月开工建设,目前已完成工程总量的80%,预计年底竣工。",
     "济河南路道路工程", "今年4月开工建设,目前已完成工程总量的80%,预计年底竣工。"),
    # now, right before the aspect, is the progress's
    ("阜涡路改造目前已完成工程总量的40%。", "阜涡路改造", "目前已完成工程总量的40%。"),
    # the months reported, said with 今年, after a plan clause
    ("计划总投资36.7亿元的口孜东矿,今年1-11月份完成投资6.8亿元,占年度计划的97%。",
     "计划总投资36.7亿元的口孜东矿", "今年1-11月份完成投资6.8亿元,占年度计划的97%。"),
])
def test_this_years_month_and_now_open_the_progress(text, project, actual):
    assert [(i.project, i.actual) for i in read_prose(text)] == [(project, actual)]


@given(st.sampled_from(["济河南路道路工程", "城东污水管网改造", "市民公园建设项目"]), st.integers(1, 12),
       st.sampled_from(["开工建设", "开工", "动工", "进场施工"]), st.integers(10, 99))
def test_property_a_start_this_year_is_never_the_name(name, month, stage, share):
    text = f"{name}今年{month}月{stage},目前已完成工程总量的{share}%。"
    got = read_prose(text)
    assert [(i.project, i.actual) for i in got] == [(name, f"今年{month}月{stage},目前已完成工程总量的{share}%。")]


@pytest.mark.parametrize("text, expected", [
    # a verb of work denied ends the name as 尚未 does
    ("截至12月底,沾化县防潮堤工程没有开工,无棣县衬砌加固工程已完成4.25公里。",
     [("沾化县防潮堤工程", "没有开工"), ("无棣县衬砌加固工程", "已完成4.25公里。")]),
    ("截至9月底,东环路改造工程未能按期完工。", [("东环路改造工程", "未能按期完工。")]),
    # …and the time before it goes with the progress
    ("沾化县防潮堤工程本年度未开工。", [("沾化县防潮堤工程", "本年度未开工。")]),
    # 仅 before the figure's verb is the progress's
    ("截至12月底,无棣县衬砌加固工程仅完成4.25公里。", [("无棣县衬砌加固工程", "仅完成4.25公里。")]),
    # a denied verb that names a kind of project, or 尚未 read whole: no split inside
    ("对于尚未完成的工程,已约谈相关责任单位。", [("对于尚未完成的工程", "已约谈相关责任单位。")]),
])
def test_a_verb_denied_or_qualified_starts_the_progress(text, expected):
    assert [(i.project, i.actual) for i in read_prose(text)] == expected


@given(st.sampled_from(["防潮堤工程", "城南污水处理厂扩建项目", "滨江公园提升改造"]),
       st.sampled_from(["没有", "未", "还未", "未能按期"]), st.sampled_from(["开工", "完工", "启动"]))
def test_property_a_denied_verb_after_a_name_splits_there(name, neg, verb):
    if neg == "未能按期" and verb == "启动":
        verb = "完工"
    got = [(i.project, i.actual) for i in read_prose(f"截至9月底,{name}{neg}{verb}。")]
    assert got == [(name, f"{neg}{verb}。")]


# A roster of the programme and one verdict on the whole programme: each
# name is a project with that verdict, when nothing else reports them.
_ROSTER_NAMES = ["新建城市公园2个", "改造老旧小区10个", "新增普惠托位300个", "城乡妇女“两癌”免费检查", "农村水利惠民工程",
                 "生态及地质灾害避险搬迁工程"]


@pytest.mark.parametrize("text, expected", [
    ("今年确定了3件民生实事:新建城市公园2个、改造老旧小区10个、新增普惠托位300个。截至12月底,3件民生实事全部完成。",
     [("新建城市公园2个", "全部完成"), ("改造老旧小区10个", "全部完成"), ("新增普惠托位300个", "全部完成")]),
    # the verdict first (a headline), the roster after; 六件 and 6件 are one count
    ("6件为民实事如期全面高质量完成,群众满意。会议确定了六件为民实事:" + "、".join(_ROSTER_NAMES) + "等。",
     [(n, "如期全面高质量完成") for n in _ROSTER_NAMES]),
    # an intent is no verdict; neither is a verdict of another count
    ("确定了3件民生实事:新建城市公园2个、改造老旧小区10个、新增普惠托位300个。确保3件民生实事年底前全部完成。", []),
    ("确定了3件民生实事:新建城市公园2个、改造老旧小区10个、新增普惠托位300个。5件民生实事全部完成。", []),
    # a roster of two is no roster
    ("确定了2件民生实事:新建城市公园2个、改造老旧小区10个。2件民生实事全部完成。", []),
])
def test_a_roster_and_a_verdict_on_the_whole_programme(text, expected):
    assert [(i.project, i.actual) for i in read_prose(text)] == expected


def test_a_roster_gives_way_to_items_reported_one_by_one():
    text = ("确定了3件民生实事:新建城市公园2个、改造老旧小区10个、新增普惠托位300个。3件民生实事全部完成。"
            "其中,城西公园已建成开放,完成投资1200万元。")
    assert all(i.actual != "全部完成" for i in read_prose(text))


@given(st.lists(st.sampled_from(_ROSTER_NAMES), min_size=3, max_size=6, unique=True),
       st.sampled_from(["全部完成", "如期完成", "全面完成", "均已完成", "超额完成", "如期全面高质量完成", "进展顺利"]),
       st.booleans())
def test_property_each_name_of_a_roster_takes_the_programmes_verdict(names, verdict, chinese_count):
    n = str(len(names)) if not chinese_count else "零一二三四五六七八九"[len(names)]
    text = f"今年确定了{n}件民生实事:{'、'.join(names)}。截至年底,{n}件民生实事{verdict}。"
    assert [(i.project, i.actual) for i in read_prose(text)] == [(x, verdict) for x in names]
    denied = text.replace(verdict, "未能" + verdict)
    assert read_prose(denied) == [] or all(i.actual != verdict for i in read_prose(denied))


@pytest.mark.parametrize("text, expected", [
    # names under a heading that counts the programme take the verdict said
    # of the whole programme elsewhere, the heading staying their official
    ("市政府承诺全力办好三件民生实事,已全部顺利完成。\n已完成的三件民生实事分别为增加学前教育公办学位供给;提高低保补贴保障水平;"
     "新建改造100所农村中小学厕所;",
     [("增加学前教育公办学位供给", "已全部顺利完成"), ("提高低保补贴保障水平", "已全部顺利完成"),
      ("新建改造100所农村中小学厕所", "已全部顺利完成")]),
    # a verdict on a part of the programme (36项实事中的18项) is not the whole's
    ("36项市办实事中的18项已实现年度目标。\n已完成的3件民生实事分别为增加学前教育公办学位供给;提高低保补贴保障水平;"
     "新建改造100所农村中小学厕所;",
     [("增加学前教育公办学位供给", ""), ("提高低保补贴保障水平", ""), ("新建改造100所农村中小学厕所", "")]),
])
def test_names_under_a_counted_heading_take_the_programmes_verdict(text, expected):
    got = read_prose(text)
    assert [(i.project, i.actual) for i in got] == expected
    assert all(i.official.startswith("已完成的") for i in got)


@pytest.mark.parametrize("text, expected", [
    # work done for people counted first: the thing closes the clause
    ("为全市14941户建档立卡贫困人口购买2020年度家庭人员意外伤害及身故保险。",
     [("家庭人员意外伤害及身故保险", "为全市14941户建档立卡贫困人口购买2020年度家庭人员意外伤害及身故保险。")]),
    ("为全市20062户农户建成无害化厕所,不断改善农村人居环境。",
     [("无害化厕所", "为全市20062户农户建成无害化厕所,不断改善农村人居环境。")]),
    # a service counted by the people it reached, after the place
    ("全市学生眼疾病筛查34812人,筛查进度108.79%。", [("学生眼疾病筛查", "全市学生眼疾病筛查34812人,筛查进度108.79%。")]),
    # 共发放 is the progress's
    ("今年农民小额贷款共发放3.75亿元,完成年度任务的146.78%。", [("今年农民小额贷款", "共发放3.75亿元,完成年度任务的146.78%。")]),
    # the headline as first printed and the editor's line are the page's furniture
    ("原标题:5项为民办实事事项提前办好\n(责编:张三、李四)", []),
])
def test_results_counted_by_whom_they_served(text, expected):
    assert [(i.project, i.actual) for i in read_prose(text)] == expected


@pytest.mark.parametrize("text, names, verdict", [
    # 等其余N项 and 为民办实事事项: the rest of the programme, named by examples
    ("提高高龄津贴标准、支持普惠性民办幼儿园建设等其余10项为民办实事事项正有序推进中。",
     ["提高高龄津贴标准", "支持普惠性民办幼儿园建设"], "其余10项为民办实事事项正有序推进中"),
    # 提前办好: done early
    ("农民小额贷款发放、考场安装空调机等5项提前办好,并超额完成任务。",
     ["农民小额贷款发放", "考场安装空调机"], "等5项提前办好,并超额完成任务"),
])
def test_lists_of_the_rest_and_of_tasks_dealt_with(text, names, verdict):
    assert [(i.project, i.actual) for i in read_prose(text)] == [(n, verdict) for n in names]


@given(st.integers(2, 99999), st.sampled_from(["农户", "困难老人", "建档立卡贫困人口", "低保家庭"]),
       st.sampled_from(["购买", "建成", "发放", "安装", "配备"]),
       st.sampled_from(["无害化厕所", "意外伤害保险", "智能烟感报警器", "适老化扶手"]), st.booleans())
def test_property_work_done_for_people_counted_names_its_thing(n, who, verb, thing, wide):
    text = f"为全市{n}户{who}{verb}{thing}。"
    got = read_prose(to_fullwidth(text) if wide else text)
    # full-width digits and marks read the same; fields come back half-width
    assert [(i.project, i.actual) for i in got] == [(thing, text)]


@pytest.mark.parametrize("text, expected", [
    # a work named whole, counts in its name, said done with 了
    ("实施了10条城市“断头路”畅通工程和古城内10条街巷整治工程,进一步提升了道路通行能力。",
     [("10条城市“断头路”畅通工程和古城内10条街巷整治工程",
       "实施了10条城市“断头路”畅通工程和古城内10条街巷整治工程,进一步提升了道路通行能力。")]),
    ("实施完成了市体育馆(全民健身中心)、市工人体育场改造提升工程,为群众提供健身场所。",
     [("市体育馆(全民健身中心)、市工人体育场改造提升工程", "实施完成了市体育馆(全民健身中心)、市工人体育场改造提升工程,为群众提供健身场所。")]),
    # 建设完成 before the figure: the thing after it
    ("建设完成30所普惠性幼儿园,其中新改扩建10所公办幼儿园。", [("普惠性幼儿园", "建设完成30所普惠性幼儿园,其中新改扩建10所公办幼儿园。")]),
])
def test_works_said_done_by_their_verb(text, expected):
    assert [(i.project, i.actual) for i in read_prose(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # the date the progress is counted to, between the name and its figure
    ("故宫博物院南部院区截至104年1月为止累计进度达75.03%,预计104年12月31日开放试营运。",
     [("故宫博物院南部院区", "截至104年1月为止累计进度达75.03%,预计104年12月31日开放试营运。")]),
    ("环状轻轨捷运截至2015年1月底累计施工进度达54%。", [("环状轻轨捷运", "截至2015年1月底累计施工进度达54%。")]),
    # …after the name in its clause, before a comma; Taiwan's years (104年)
    ("工程会指出,高雄环状轻轨捷运截至104年1月为止,累计施工进度达54%;台北捷运环状线建设截至104年1月为止,累计施工进度达77.22%。",
     [("高雄环状轻轨捷运", "截至104年1月为止,累计施工进度达54%"), ("台北捷运环状线建设", "截至104年1月为止,累计施工进度达77.22%。")]),
])
def test_the_date_reported_to_goes_with_the_progress(text, expected):
    assert [(i.project, i.actual) for i in read_prose(text)] == expected


def test_a_project_said_to_be_one_of_the_programme_is_a_project():
    # 作为今年10件民生实事之一 places the project; it does not report the programme
    text = ("某市把“四好农村路”建设提升,作为今年10件民生实事之一,计划建设改造“四好农村路”1194公里。"
            "截至目前,累计完工1016.9公里,占年度任务的85.1%;完成投资26.8亿元,占年度任务的125.2%。")
    assert [(i.project, i.actual) for i in read_prose(text)] == [
        ("某市把“四好农村路”建设提升,作为今年10件民生实事之一,计划建设改造“四好农村路”1194公里",
         "截至目前,累计完工1016.9公里,占年度任务的85.1%;完成投资26.8亿元,占年度任务的125.2%。")]


@pytest.mark.parametrize("text, expected", [
    # a figure said as a bound (以上) or closing a quoted task is the task's;
    # the period reported opens the progress; 第N before a name is its place
    ("市发改委牵头的第1地区生产总值增长6.5%以上,三季度增长5.5%、增速居全省第8位,第2固定资产投资增长8%以上1-10月份增长0.5%。",
     [("地区生产总值增长6.5%以上", "三季度增长5.5%、增速居全省第8位", "市发改委"),
      ("固定资产投资增长8%以上", "1-10月份增长0.5%。", "")]),
    ("市商务局牵头的第5社会消费品零售总额增长6%”,三季度增长3.5%、增速居全省第14位。",
     [("社会消费品零售总额增长6%", "三季度增长3.5%、增速居全省第14位。", "市商务局")]),
])
def test_a_bound_task_then_the_period_reported(text, expected):
    assert [(i.project, i.actual, i.lead) for i in read_prose(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # names listed under their verdict, each closing on its figure: the
    # figure (with a verb of level before it) is what was done
    ("资料显示,已完成或超额完成半年度目标任务的实事包括:实施乡道及以上公路安全生命防护工程42932公里;实施干线公路地质灾害处治352公里;",
     [("实施乡道及以上公路安全生命防护工程", "42932公里"), ("实施干线公路地质灾害处治", "352公里")]),
])
def test_names_under_their_verdict_closing_on_a_figure(text, expected):
    got = read_prose(text)
    assert [(i.project, i.actual) for i in got] == expected
    assert all(i.official.startswith("已完成或超额完成") for i in got)


@pytest.mark.parametrize("text, expected", [
    # the source of the news before a colon is a scene, and 全国 is the
    # publisher's place as 全市 is
    ("记者从住房和城乡建设部获悉:1-9月份,全国新开工改造城镇老旧小区5.12万个,占年度目标任务的94.8%。",
     [("全国新开工改造城镇老旧小区", "5.12万个,占年度目标任务的94.8%。")]),
])
def test_a_source_before_a_colon_is_a_scene(text, expected):
    assert [(i.project, i.actual) for i in read_prose(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a work's name, its colon, then what was done with a verb and a count
    ("电力村村通、农网改造工程:安装变压器26台,架设高压线13.8公里;村村通广播电视工程:共计安装34个大喇叭、143个小喇叭,配备基站13套;",
     [("电力村村通、农网改造工程", "安装变压器26台,架设高压线13.8公里"),
      ("村村通广播电视工程", "共计安装34个大喇叭、143个小喇叭,配备基站13套")]),
])
def test_a_named_work_then_what_was_done(text, expected):
    assert [(i.project, i.actual) for i in read_prose(text)] == expected


def test_a_label_ending_in_cheng_is_no_source():
    # 名称: is a field label, not 称: (says)
    text = "1.项目名称:新建区图书馆分馆3个。进展情况:已建成2个。"
    assert all(not i.project.startswith("项目名称") for i in read_prose(text))


@pytest.mark.parametrize("text, expected", [
    # the year's plan in parts, then the progress on each: each takes its part
    # (same measure, a word in common) as its project
    ("今年,交通运输部计划全年新实施农村公路安全生命防护工程5万公里和危桥改造5000座。"
     "截至7月底,全国已实施农村公路安全生命防护工程4.7万公里,改造农村公路危桥4033座。",
     [("新实施农村公路安全生命防护工程5万公里", "全国已实施农村公路安全生命防护工程4.7万公里"),
      ("危桥改造5000座", "改造农村公路危桥4033座。")]),
])
def test_the_years_plan_in_parts_then_the_progress_on_each(text, expected):
    assert [(i.project, i.actual) for i in read_prose(text)] == expected


@given(st.permutations([("新建", "口袋公园", 30, "个", 24), ("改造", "老旧小区", 12, "万户", 9), ("铺设", "污水管网", 80, "公里", 61)]))
def test_property_each_part_of_a_plan_finds_its_progress_whatever_the_order(order):
    plan = "和".join(f"{v}{thing}{n}{u}" for v, thing, n, u, _ in order)
    done = ",".join(f"{v}{thing}{d}{u}" for v, thing, _, u, d in reversed(order))
    got = read_prose(f"今年,全市计划全年{plan}。截至8月底,全市{done}。")
    pairs = {i.project: i.actual for i in got}
    for v, thing, n, u, d in order:
        assert any(p == f"{v}{thing}{n}{u}" and f"{thing}{d}{u}" in a for p, a in pairs.items()), (pairs, thing)


@pytest.mark.parametrize("text, expected", [
    # a level named by its indicator and reached, after an item that
    # reported, is a subject of its own; not after 其中, nor in 除…外
    ("农村供水工程已完工16196处,提升了7449万农村人口供水保障水平,全国农村自来水普及率达到87%,比年度目标提高了2个百分点。",
     [("农村供水工程", "已完工16196处,提升了7449万农村人口供水保障水平"), ("全国农村自来水普及率", "达到87%,比年度目标提高了2个百分点。")]),
    ("城乡居民基础养老金最低标准提高到每人每月125元,城乡居民医疗保险财政补助最低标准提高到每人每年470元。",
     [("城乡居民基础养老金最低标准", "提高到每人每月125元"), ("城乡居民医疗保险财政补助最低标准", "提高到每人每年470元。")]),
    ("城乡居民最低生活保障标准均超额完成年度目标,其中农村居民最低生活保障标准达260元以上,城市居民最低生活保障标准达400元以上。",
     [("城乡居民最低生活保障标准", "均超额完成年度目标,其中农村居民最低生活保障标准达260元以上,城市居民最低生活保障标准达400元以上。")]),
])
def test_a_level_reached_is_a_subject_of_its_own(text, expected):
    assert [(i.project, i.actual) for i in read_prose(text)] == expected


def test_a_work_after_a_share_and_a_dun_is_a_subject():
    # …127公里,完成88.5%、B工程400公里,完成96.2%: after a share, 、 and a work
    # named with its figure starts the next item
    text = "提质改造农村公路127.036公里,完成88.5%、农村公路养护提升工程400公里,完成96.2%。"
    assert [(i.project, i.actual) for i in read_prose(text)] == [
        ("提质改造农村公路127.036公里", "完成88.5%"), ("农村公路养护提升工程400公里", "完成96.2%。")]


def test_a_service_named_then_its_figures():
    # a name ending in a service done for people, then its figures
    text = "城乡适龄妇女“两癌”免费筛查,宫颈癌筛查18779人,乳腺癌筛查6725人,已超额完成年度目标任务。"
    assert [(i.project, i.actual) for i in read_prose(text)] == [
        ("城乡适龄妇女“两癌”免费筛查", "宫颈癌筛查18779人,乳腺癌筛查6725人,已超额完成年度目标任务。")]


@pytest.mark.parametrize("text, expected", [
    # a dateline (南宁讯) and a cause (通过共同努力,) set the scene
    ("中经报道12月9日南宁讯(记者 孙某 通讯员 张某)通过共同努力,截至12月6日,宾阳县南关河段整治工程完成1.56公里。",
     [("宾阳县南关河段整治工程", "完成1.56公里。")]),
    # a byline in 【】 (【MyGoNews廖贤龙/台北报导】)
    ("【MyGoNews廖賢龍/臺北報導】截至9月止,金城鎮污水下水道工程已完工。",
     [("金城鎮污水下水道工程", "已完工。")]),
    ("〔記者蘇金鳳/台中報導〕截至3月底,台中綠美圖工程已完工。",
     [("台中綠美圖工程", "已完工。")]),
])
def test_datelines_and_causes_are_scene(text, expected):
    assert [(i.project, i.actual) for i in read_prose(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a project named alone in quotes: the levels its clauses report are its progress
    ("“提高城乡低保标准和救助水平”项目,城乡低保标准已达463元/月、救助水平已达308元/月。",
     [("“提高城乡低保标准和救助水平”项目", "城乡低保标准已达463元/月、救助水平已达308元/月。")]),
    ("“新建幼儿园”工程,城东幼儿园已完工、城西幼儿园主体封顶。",
     [("“新建幼儿园”工程", "城东幼儿园已完工、城西幼儿园主体封顶。")]),
])
def test_a_quoted_project_named_alone_owns_the_clauses_after_it(text, expected):
    assert [(i.project, i.actual) for i in read_prose(text)] == expected


@given(st.sampled_from(["“提高低保标准”项目", "“城乡供水一体化”工程", "「校园安全提升」项目"]),
       st.lists(st.tuples(st.sampled_from(["城东", "城西", "南区", "北区"]), st.sampled_from(["水厂", "学校", "泵站"]),
                          st.sampled_from(["已完工", "已达标", "完成80%"])), min_size=2, max_size=3, unique_by=lambda p: p[0]))
def test_property_clauses_after_a_quoted_project_stay_its_progress(name, parts):
    progress = "、".join(f"{place}{site}{done}" for place, site, done in parts)
    got = read_prose(f"{name},{progress}。")
    assert len(got) == 1 and got[0].project.endswith(name[-4:]) and progress in got[0].actual


@pytest.mark.parametrize("text, expected", [
    # the exceptions the progress is counted without are the progress's
    ("68个老旧小区改造项目除列入拆迁计划的5个小区外,其余63个小区已全部启动,并完成改造59个。",
     [("68个老旧小区改造项目", "除列入拆迁计划的5个小区外,其余63个小区已全部启动,并完成改造59个。")]),
    # 除险加固 removes danger: the name's own words
    ("病险水库除险加固工程,已完成5座。", [("病险水库除险加固工程", "已完成5座。")]),
])
def test_exceptions_after_the_name_open_the_progress(text, expected):
    assert [(i.project, i.actual) for i in read_prose(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # the year with a word of a total or of done opens the progress
    ("深入开展“靓丽街巷”整治,2022年共完成23条背街小巷整治提升。",
     [("深入开展“靓丽街巷”整治", "2022年共完成23条背街小巷整治提升。")]),
    ("推进农村公路提档升级,全年累计建成120公里。", [("推进农村公路提档升级", "全年累计建成120公里。")]),
])
def test_the_year_reported_opens_the_progress(text, expected):
    assert [(i.project, i.actual) for i in read_prose(text)] == expected


def test_the_year_with_a_bare_verb_may_be_the_plan():
    assert read_prose("实施老旧小区改造,2023年完成改造100个。") == []


@pytest.mark.parametrize("text, expected", [
    # a topic naming a work is the project of clauses that name none ...
    ("在保障性安居工程方面,今年棚户区改造开工21951套,基本建成8000套。",
     [("保障性安居工程", "今年棚户区改造开工21951套,基本建成8000套。")]),
    # ... and the field, scene, before a clause that names its own project
    ("此外,在社会保障工程方面,成都市第二社会福利院改扩建项目土建工程已完工,进入竣工验收整改阶段。",
     [("成都市第二社会福利院改扩建项目", "土建工程已完工,进入竣工验收整改阶段。")]),
])
def test_a_work_topic_yields_to_a_project_named_after_it(text, expected):
    assert [(i.project, i.actual) for i in read_prose(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a work and its figure, then its share of the year's task: progress
    ("城市生活水源,改造622公里公共供水管网,占年度任务的100%。",
     [("城市生活水源", "改造622公里公共供水管网,占年度任务的100%。")]),
    ("农村危房改造,新建农房320户,完成年度任务的80%。",
     [("农村危房改造", "新建农房320户,完成年度任务的80%。")]),
])
def test_a_work_and_its_figure_then_its_share_of_the_year_are_progress(text, expected):
    assert [(i.project, i.actual) for i in read_prose(text)] == expected


@pytest.mark.parametrize("head", ["推动农村电网提档升级", "改善农村出行条件", "实施残疾儿童康复救助", "扩大5G网络覆盖"])
def test_a_topic_heading_names_its_work_without_fangmian(head):
    # ●X方面:…: 方面 marks the topic, whatever verb opens it
    text = f"一季度重点民生实事进展。\n●{head}方面:全省完成1700个自然村通硬化路,占年度目标任务的18.9%。\n"
    got = read_prose(text)
    assert [i.project for i in got] == [head]


def test_works_joined_by_he_in_a_plan_stay_the_plans():
    # 建设内容包括A项目和B项目。: the plan goes on naming what it covers;
    # the works after 和 are no part that reports
    text = ("2020年区政府民生实事项目完成情况\n2.农村危桥改造工程项目。\n该项目计划投资322.9万元,建设内容包括西山镇帅家桥危桥改造工程项目"
            "和龙岗桥危桥改造工程项目。完成项目投资322.9万元,于2020年9月全面完工并投入使用。\n")
    [item] = read_prose(text)
    assert item.project.endswith("和龙岗桥危桥改造工程项目。") and item.actual.startswith("完成项目投资322.9万元")


@pytest.mark.parametrize("text", [
    # words pointing back at the names before are no project of their own
    "“城镇棚户区改造27.76万套”项目,已完成17.18万套。这些项目均实现时间过半任务过半。",
    # the programme's tally under a place's name
    "湘潭市已提前完成16项省、市重点民生实事项目,整体推进成效较好。“城镇棚户区改造27.76万套”项目,已完成17.18万套。",
])
def test_references_and_tallies_are_no_items(text):
    assert [i.project for i in read_prose(text)] == ["“城镇棚户区改造27.76万套”项目"]


@pytest.mark.parametrize("line", [
    "凡本网注明“来源:XXX”的作品,均转载自其它媒体,转载目的在于传递更多信息,并不代表本网赞同其观点。",
    "如因作品内容、版权和其它问题需要同本网联系的,请在30日内进行。",
    "主办:新郑市人民政府办公室",
    "豫ICP备05012345号 网站标识码:4101840001",
    "香港新闻组/香港13日电",
])
def test_reprint_notices_and_site_footers_are_furniture(line):
    text = "截至5月底,城东公园建设已完成80%。\n" + line + "\n"
    assert [i.project for i in read_prose(text)] == ["城东公园建设"]


def test_a_verdict_counting_the_programmes_items_is_no_item():
    text = "截至9月底,正常推进的有4项,占目标任务的40%;城东公园建设已完成80%。"
    assert [i.project for i in read_prose(text)] == ["城东公园建设"]


@pytest.mark.parametrize("text, project, done", [
    # the figure closing a work before a share of the year's task is what was done
    ("开展职业技能培训24.4万人次,完成目标任务的244%。", "开展职业技能培训", "24.4万人次,完成目标任务的244%"),
    ("新增城镇就业1.2万人,占年度目标的60%。", "新增城镇就业", "1.2万人,占年度目标的60%"),
    ("办理法律援助案件2343件,完成进度为90%。", "办理法律援助案件", "2343件,完成进度为90%"),
])
def test_a_figure_before_a_share_of_the_year_is_work_done(text, project, done):
    [item] = read_prose(text)
    assert item.project == project and done in item.actual


def test_a_period_or_aspect_before_the_figure_keeps_the_clause_progress():
    # 1-2月累计完成投资29.5亿元: progress already, no name to cut from it
    text = "全市年度投资计划205.5亿元,1-2月累计完成投资29.5亿元,完成年度投资计划的14.3%。"
    assert all(not i.project.startswith("1-2月") for i in read_prose(text))


def test_a_roster_with_no_verdict_gives_no_item_and_a_set_counted_then_staged_does():
    # 十件民生实事包括A、为…B: the programme's list, nothing done yet;
    # X100所…中,完工63所: so many of the things named reached the stage
    text = ("贵州十件民生实事包括建设100所公办幼儿园、为80万农村妇女免费做“两癌”检查、实施县乡公路路面改善提升工程等。"
            "截至目前,贵州已建设的100所公办幼儿园中,完工63所,交付使用6所。")
    assert [(i.project, i.actual) for i in read_prose(text)] == [("贵州已建设的100所公办幼儿园", "完工63所,交付使用6所。")]


def test_a_result_no_clause_names_is_named_by_its_object():
    text = "为136.74万人次65岁及以上老年人进行了免费体检,共完成宫颈癌检查42.19万人次,乳腺癌检查19.61万人次。"
    assert [i.project for i in read_prose(text)] == ["免费体检", "完成宫颈癌检查"]
    assert all(i.project for i in read_prose(text))


@given(st.sampled_from(["图为城东公园。 张三 摄", "图为贵州公厕。 瞿宏伦 摄"]), st.sampled_from(["截至目前,", ""]))
def test_a_caption_glued_before_a_line_is_left_out(caption, scene):
    got = read_prose(f"{caption}{scene}城东公园建设已完成80%。")
    assert [i.project for i in got] == ["城东公园建设"]


_WORKS = ["城北污水处理厂(一期)工程已完成厂区建设并投入试运行", "滨江排水防涝建设项目已完成各项前期工作,正在施工建设中",
          "老城区雨污分流改造工程已完成总工程量的60%", "第二人民医院门诊楼正在进行内部装修"]


@given(st.sampled_from([("一是", "二是"), ("1.", "\n2."), ("(一)", "\n(二)")]), st.sampled_from(["有序推进城镇污水管网建设,", ""]),
       st.lists(st.sampled_from(_WORKS), min_size=2, max_size=4, unique=True))
def test_works_set_apart_by_semicolons_are_an_item_each(marks, task, works):
    # 二是推进X建设,A工程已…;B项目正在…: each work named with 已/正在
    # after a ; is an item, numbered under the item; the task the item opens
    # with stays with the first work's name
    text = f"{marks[0]}印发实施方案。{marks[1]}{task}{';'.join(works)}。"
    got = [i for i in read_prose(text) if i.no.count(".") == 1]
    assert [i.project for i in got] == [task + w[: re.search("已|正在", w).start()] for w in works[:1]] + [
        w[: re.search("已|正在", w).start()] for w in works[1:]]
    assert all(i.no.endswith(f".{k}") for k, i in enumerate(got, 1))


def test_clauses_set_apart_by_semicolons_that_name_no_work_stay_one_item():
    # 主体已完工;内部装修正在进行: parts of one work, no work named in each
    got = read_prose("2.城北小学扩建。主体已完工;内部装修正在进行;操场已铺设塑胶跑道。")
    assert len(got) == 1


@given(st.lists(st.sampled_from(["放心家政行动", "健康口腔", "送戏进万村", "食安名坊", "老有所学行动", "城乡困难群体法律援助"]),
                min_size=2, max_size=6, unique=True), st.integers(1, 8))
def test_a_sentence_of_names_after_a_counted_verdict_takes_it(names, count):
    # 6项率先完成年度目标任务。A、B、C等。: the names right after the count are
    # its list, whatever their number (a name with a 、 of its own splits)
    got = read_prose(f"{count}项率先完成年度目标任务。{'、'.join(names)}等。")
    assert [i.project for i in got] == names
    assert all("完成年度目标任务" in (i.official or i.actual) for i in got)


@pytest.mark.parametrize("share", ["近4成项目", "8成以上的项目", "三成项目", "各项民生工程", "不仅既定任务"])
def test_a_share_of_the_programmes_projects_is_no_project(share):
    # 近4成项目已基本完成年度目标: how many of them, not one of them
    got = read_prose(f"上半年,{share}已基本完成年度目标。城东公园已于7月28日开放。")
    assert [i.project for i in got] == ["城东公园"]


@given(st.lists(st.sampled_from([("维修改造中小学校13所", "市教育局"), ("简化临时外出备案流程", "市医保局"),
                                 ("新改建农村公路380公里", "市交通局"), ("新增公办幼儿园学位600个", "市教育局")]),
                min_size=2, max_size=4, unique=True),
       st.sampled_from(["目前,{n}个任务按照节点目标要求都已完成", "以上{n}项均已完成", "这{n}项正在有序推进"]))
def test_members_counted_again_after_the_run_take_its_verdict(members, verdict):
    # 一是A(责任单位:X);二是B…。|目前,3个任务…都已完成: the members are tasks,
    # the sentence that counts them again their progress; the unit in the
    # labelled bracket is the lead
    marks = "一二三四"
    body = ";".join(f"{marks[k]}是{task}(责任单位:{lead})" for k, (task, lead) in enumerate(members))
    said = verdict.format(n=len(members))
    got = read_prose(f"涉及我市的任务有{len(members)}个,分别为:{body}。{said}。")
    assert [(i.project, i.lead, i.actual) for i in got] == [(task, lead, said) for task, lead in members]


def test_a_sentence_after_the_run_that_counts_otherwise_is_not_its_verdict():
    got = read_prose("任务有2个,分别为:一是维修改造中小学校13所;二是新改建农村公路380公里。目前,5个任务都已完成。")
    assert all("5个任务" not in i.actual for i in got)


def test_members_on_lines_of_their_own_take_their_ordinal_as_number():
    # 一是A。… / 二是B。…: each line a paragraph; 二是 numbers it, names nothing
    got = read_prose("一是海河综合开发。进步桥竣工通车,堤岸建设完成14.3公里。\n二是绿化建设。截至9月底累计开工面积占年计划的79%。")
    assert ("二", "绿化建设。") in [(i.no, i.project) for i in got]
    assert all(not i.project.startswith(("一是", "二是")) for i in got)


@pytest.mark.parametrize("when", ["在国庆节前", "截至春节前", "元旦前"])
def test_a_holiday_as_the_time_is_no_project(when):
    got = read_prose(f"{when},20项民心工程336个子项任务已经完成66个。城东公园建设已完成80%。")
    assert all(i.project.strip(",") != when for i in got)


@pytest.mark.parametrize("text, project, actual", [
    # the same measure reported again with 已: the first figure is the task
    ("公办幼儿园在园幼儿占比达到45%,目前已达46.2%。", "公办幼儿园在园幼儿占比达到45%", "目前已达46.2%。"),
    ("普惠性幼儿园覆盖率达到80%,现已达到82%。", "普惠性幼儿园覆盖率达到80%", "现已达到82%。"),
    # a share of the year after a count is no figure reported again
    ("新增城镇就业6628人,目前已完成全年任务的110%。", "新增城镇就业6628人", "目前已完成全年任务的110%。"),
])
def test_a_measure_reported_again_makes_the_first_figure_the_task(text, project, actual):
    assert [(i.project, i.actual) for i in read_prose(text)] == [(project, actual)]


def test_sub_items_running_on_in_one_line_are_a_row_each():
    # 2、医疗惠民工程(承办单位:县卫生局) / (1)A:…。(2)B:…。(3)C已启动:X镇…启用;Y镇…竣工
    text = ("1、提升完善城乡公交一体化(承办单位:县交运局)\n\n全县城区主要道路均开通公交车,已投入运营。\n\n"
            "2、医疗惠民工程(承办单位:县卫生局)\n\n(1)老年人查体:各镇街卫生院已陆续开展查体工作,查体率达80%。"
            "(2)村医免费进课堂:全县村医理论培训已全部结束。(3)镇街卫生院改造升级已启动:甲镇卫生院新建病房楼全面启用;"
            "乙镇卫生院病房楼已全部竣工正在验收。\n")
    got = [(i.no, i.project, i.lead) for i in read_prose(text)]
    assert got[1:3] == [("2.1", "老年人查体", "县卫生局"), ("2.2", "村医免费进课堂", "县卫生局")]
    assert [no for no, _, _ in got[3:]] == ["2.3.1", "2.3.2"]


@pytest.mark.parametrize("verbs", ["新、改、扩建", "新、扩建", "改、扩建"])
def test_verbs_shortened_in_a_row_are_no_subjects(verbs):
    # 新、改、扩建幼儿园: one character before 、 shares the verb and its object
    got = read_prose(f"学校校安工程已开工建设13项;{verbs}幼儿园已开工建设13项。")
    assert [i.project for i in got] == ["学校校安工程", f"{verbs}幼儿园"]


def test_a_group_counted_with_its_plan_under_a_heading_is_the_project():
    # (一)省重点项目建设进展情况 / 我市列入…重点建设项目9项,总投资…,年度投资计划18.2亿元,
    # …增加17%、26%。|1-8月,累计完成投资11.4亿元: the group and its plan are the
    # project; the shares of last year's plan are no progress
    text = ("(一)省重点项目建设进展情况\n我市列入2020年省重点建设项目9项,总投资149.6亿元,年度投资计划18.2亿元,"
            "总投资和年度计划分别较上年度增加17%、26%。1-8月,累计完成投资11.4亿元,完成年度投资计划的62.4%。\n"
            "(二)市重点项目建设进展情况\n我市列入2020年市重点建设项目75项,总投资405亿元,年度投资计划65.9亿元。"
            "1-8月,累计完成投资46.3亿元,完成年度投资计划的70.3%。\n")
    got = read_prose(text)
    assert [i.actual for i in got] == ["1-8月,累计完成投资11.4亿元,完成年度投资计划的62.4%。",
                                       "1-8月,累计完成投资46.3亿元,完成年度投资计划的70.3%。"]
    assert all("年度投资计划" in i.project for i in got)


def test_a_line_that_reports_nothing_after_a_task_under_a_verdict_is_not_its_progress():
    # ④A(责任单位:X)。 / 市政府重点工作和民生实(the page cut short): the task keeps
    # the heading's verdict, the stray line is no progress of it
    text = ("4项尚未完成年度目标任务的民生实事项目为:\n①实施老人免费接种流感疫苗活动(责任单位:市卫生健康局);\n"
            "②建设智能“阳光厨房”32家(责任单位:市市场监管局)。\n市政府重点工作和民生实")
    got = read_prose(text)
    assert [i.project for i in got][-1] == "建设智能“阳光厨房”32家"
    assert all("市政府重点工作" not in i.actual for i in got)


def test_now_and_where_it_stands_after_the_plan_opens_the_progress():
    # …年度计划解决127万人饮水问题,|目前相关县(市)区正在钻打水源井,已经完成总工程量的60%
    got = read_prose("农村饮水安全工程年度计划解决农村127万人饮水问题,目前相关县(市)区正在钻打水源井及管网铺设,已经完成总工程量的60%以上。")
    assert [(i.project, i.actual[:4]) for i in got] == [("农村饮水安全工程年度计划解决农村127万人饮水问题", "目前相关")]


def test_a_listed_result_after_the_period_reported_is_named_by_its_thing():
    # 这3项工作分别是:|上半年全市新增护理型养老床位787张,…,提前完成…: the period
    # opens a result; its thing is the project, the clause its progress
    got = read_prose("这2项工作分别是:上半年全市新增护理型养老床位787张,提前完成55%的年度目标;"
                     "在市政务服务办成立公共热线服务中心,12345管理机构已实体化运行。")
    assert got[0].project == "护理型养老床位" and got[0].actual.startswith("上半年全市新增")
