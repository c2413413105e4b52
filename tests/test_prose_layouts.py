"""Prose layouts of supervision reports and news pages, each written for the
test in the shape such pages take:

* a paragraph headed by a project's name in quotes and a comma
  (``“老旧小区改造”项目,截至9月底,…``) is that project's, every sentence;
* a number glued to a heading line (``1优化就业创业服务``) numbers items
  when it runs 1, 2, 3…, and is a figure otherwise (``3个项目…``, ``5月…``);
* an item with two progress fields (``完成情况:达到序时进度`` then
  ``具体情况:…``) keeps both;
* a government page's record (``索引号:… 发布机构:…``, ``文号:… 重点领域:``)
  is page furniture: no row, and no line counted when the period is looked
  for near the top.
"""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

import pytest

from progress_nlp import load_report
from progress_nlp.readers.item_marks import is_furniture
from progress_nlp.readers.prose import read_prose


def rows(text: str) -> list[tuple[str, str, str, str, str]]:
    return [(i.no, i.project, i.actual, i.lead, i.official) for i in read_prose(text)]


# --------------------------------------------------------------------------
# A paragraph headed by a quoted name
# --------------------------------------------------------------------------

QUOTED = """前三季度我区重点民生工程稳步推进
截至9月底,3个项目完成全年目标,5个项目按计划推进。
3个项目完成全年目标
“提高困难群众救助标准”项目,我区于7月1日起按新标准发放救助金,惠及1.2万人。截至9月底,累计发放救助金3500万元。
“智慧停车”工程,新建公共停车泊位800个,完成年度目标的160%。
“社区食堂”项目,于8月份建成12家的年度目标,并投入运营。截至9月底,累计服务老人5.6万人次。
"""


def test_a_quoted_name_heads_its_paragraph_and_every_sentence_is_its_progress():
    got = rows(QUOTED)
    assert [(p, a) for _, p, a, _, _ in got] == [
        ("“提高困难群众救助标准”项目", "我区于7月1日起按新标准发放救助金,惠及1.2万人。截至9月底,累计发放救助金3500万元。"),
        ("“智慧停车”工程", "新建公共停车泊位800个,完成年度目标的160%。"),
        ("“社区食堂”项目", "于8月份建成12家的年度目标,并投入运营。截至9月底,累计服务老人5.6万人次。"),
    ]
    # the group heading above them is a verdict: their official word
    assert {o for *_, o in got} == {"3个项目完成全年目标"}


@pytest.mark.parametrize("text", [
    # two quoted names head clauses: a paragraph of several projects
    "“智慧停车”项目,新建泊位800个;“社区食堂”项目,建成12家。",
    # nothing after the name reports: no item from the quoted head
    "“智慧停车”项目,是今年的重点。",
])
def test_a_quoted_head_is_not_taken_where_the_paragraph_is_no_single_report(text):
    for it in read_prose(text):
        assert not (it.project == "“智慧停车”项目" and it.actual.startswith("新建泊位800个;"))
        assert it.actual != "是今年的重点。"


_NAMES = st.sampled_from(["老旧小区改造", "智慧停车", "社区食堂", "口袋公园建设", "农村饮水安全"])
_KINDS = st.sampled_from(["项目", "工程", "行动"])
_SENTENCES = st.lists(st.sampled_from([
    "截至9月底,累计完成投资3500万元。", "新建泊位800个,完成年度目标的160%。",
    "于8月份完成年度目标,并投入使用。", "我区于7月1日起按新标准发放,惠及1.2万人。",
    "预计11月底全面完成。", "已完成主体工程的80%。",
]), min_size=1, max_size=3)


@given(_NAMES, _KINDS, _SENTENCES, st.sampled_from([",", ","]))
def test_property_a_quoted_head_takes_every_sentence_after_it(name, kind, sentences, comma):
    body = "".join(sentences)
    got = read_prose(f"“{name}”{kind}{comma}{body}\n")
    assert [(i.project, i.actual) for i in got] == [(f"“{name}”{kind}", body)]


# --------------------------------------------------------------------------
# Numbers glued to heading lines
# --------------------------------------------------------------------------

GLUED = """关于重点民生实事推进情况的督查报告

一、就业创业工程

1优化就业服务

牵头单位:市人社局

完成情况:达到序时进度

具体情况:截至5月底,新增城镇就业2.76万人,完成年度任务的46%

2培育市场主体

牵头单位:市市场监管局

完成情况:达到序时进度

具体情况:新发展私营企业5172户,完成全年目标的51.7%

3加强技能培训

牵头单位:市人社局、农委

完成情况:未达到序时进度

具体情况:开展技能培训1.8万人次,完成年度任务的29.1%
"""


def test_numbers_glued_to_heading_lines_number_items_with_their_fields():
    assert rows(GLUED) == [
        ("1", "优化就业服务", "达到序时进度\n截至5月底,新增城镇就业2.76万人,完成年度任务的46%", "市人社局", ""),
        ("2", "培育市场主体", "达到序时进度\n新发展私营企业5172户,完成全年目标的51.7%", "市市场监管局", ""),
        ("3", "加强技能培训", "未达到序时进度\n开展技能培训1.8万人次,完成年度任务的29.1%", "市人社局、农委", ""),
    ]


@pytest.mark.parametrize("lines", [
    # figures, times and counts opening lines are no item numbers
    ["3个项目完成全年目标", "5月启动招标工作", "12家企业完成改造"],
    # a run of two is too short to tell from figures
    ["1优化就业服务", "2培育市场主体"],
    # a run that does not start at 1
    ["2优化就业服务", "3培育市场主体", "4加强技能培训"],
])
def test_glued_numbers_that_are_no_item_numbers(lines):
    text = "\n".join(f"{ln}\n完成情况:已完成年度任务的60%" for ln in lines)
    assert [it.no for it in read_prose(text)] == [""] * len(read_prose(text))


_HEADINGS = st.lists(st.sampled_from(["优化就业服务", "培育市场主体", "加强技能培训", "改造老旧小区",
                                      "建设口袋公园", "提升农贸市场"]), min_size=3, max_size=6)


@given(_HEADINGS, st.sampled_from(["、", ".", ""]), st.booleans())
def test_property_glued_numbers_read_like_marked_ones(headings, sep, blank):
    """1优化… reads like 1、优化… and 1.优化…: the same items, numbered alike."""
    gap = "\n\n" if blank else "\n"

    def page(s: str) -> str:
        return gap.join(f"{k + 1}{s}{h}{gap}完成情况:已完成年度任务的{50 + k}%" for k, h in enumerate(headings))

    assert rows(page("")) == rows(page(sep))
    assert [r[0] for r in rows(page(""))] == [str(k + 1) for k in range(len(headings))]


# --------------------------------------------------------------------------
# A page's record
# --------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "索引号: k12498411/2017-05044 信息分类: 综合政务/其他",
    "发布机构: 市政府办公室 成文日期: 2017-07-06",
    "文号: 政务督查第 7 期 重点领域:",
    "信息名称: 关于民生实事推进情况的督查报告 文件下载:",
    "公开日期:2025-07-10 效力状况:有效",
])
def test_a_pages_record_is_furniture(line):
    assert is_furniture(line)
    body = "1.新增养老床位300张。目前已完成180张。\n2.改造老旧小区40个。目前已完工25个。\n"
    assert rows(line + "\n" + body) == rows(body)


@pytest.mark.parametrize("line", [
    "截至5月底,45件实事推进达到了序时进度要求。",
    "1.新增养老床位300张。目前已完成180张。",
    "信息化建设:已完成平台开发",  # one label-like word is a field of the text
])
def test_text_is_not_furniture(line):
    assert not is_furniture(line)


def test_the_period_is_found_below_a_pages_record(tmp_path):
    record = ["连云港市人民政府", "当前位置:市人民政府>>政务督查", "索引号: k1/2017-05044 信息分类: 综合政务",
              "发布机构: 市政府办公室 成文日期: 2017-07-06", "文号: 政务督查第 7 期 重点领域:",
              "信息名称: 关于民生实事推进情况的督查报告 文件下载:", "内容概览:", "浏览次数: 字体: [ ]"]
    body = ["关于民生实事推进情况的督查报告", "", "近日,督查室对民生实事推进情况进行了督查,截至5月底45件实事达到序时进度。",
            "", GLUED.split("\n", 2)[2]]
    path = tmp_path / "report.txt"
    path.write_text("\n\n".join(record) + "\n\n" + "\n".join(body), encoding="utf-8")
    report = load_report(path)
    assert report.month == 5
    assert [r.project for r in report.rows] == ["优化就业服务", "培育市场主体", "加强技能培训"]


# --------------------------------------------------------------------------
# Clauses of news prose
# --------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # places after 其中 are where the item's work stands, not items
    ("老旧小区改造项目,截至9月底,累计完成总工程量70.8%,其中甲县已全部完工,乙区完成95%,丙区、丁区完成70%以上,其他地区完成40%以上。",
     [("老旧小区改造项目", "截至9月底,累计完成总工程量70.8%,其中甲县已全部完工,乙区完成95%,丙区、丁区完成70%以上,其他地区完成40%以上。")]),
    # a phase entered is where the work stands, as 已 says it
    ("4所义务教育学校进入收尾阶段,9月份投入使用;新城小学按计划推进施工。",
     [("4所义务教育学校", "进入收尾阶段,9月份投入使用"), ("新城小学", "按计划推进施工。")]),
    # all of them, then a verb of work: the predicate
    ("20个“急救安全屋”全部启动内部空间装饰。", [("20个“急救安全屋”", "全部启动内部空间装饰。")]),
    # a topic before a clause that opens with its progress is neither name nor progress
    ("居住改善方面,完成居民住宅电梯加装35台,在建101台。", [("居民住宅电梯加装", "完成居民住宅电梯加装35台,在建101台。")]),
    # places naming one counted work, then its total: the work is the item
    ("这些实事进展情况具体是:新建道路12公里,已完成8公里;甲沟、乙河、丙沟流域4个梯田示范点项目,共铺开梯田3.9万亩,完成3.5万亩。",
     [("新建道路12公里", "已完成8公里"), ("甲沟、乙河、丙沟流域4个梯田示范点项目", "共铺开梯田3.9万亩,完成3.5万亩。")]),
    # a headline on the whole programme is no project's row
    ("省会已全部完成十件实事\n1.新扩建50所公办幼儿园。截至12月底,50所幼儿园全部建成。\n",
     [("新扩建50所公办幼儿园。", "截至12月底,50所幼儿园全部建成。")]),
    # after a bare name, facilities are its parts, a phase entered included
    ("“颐养幸福”提升工程,甲镇综合为老服务中心已建成投用,乙镇综合为老服务中心处于收尾阶段。",
     [("“颐养幸福”提升工程", "甲镇综合为老服务中心已建成投用,乙镇综合为老服务中心处于收尾阶段。")]),
])
def test_news_clauses(text, expected):
    assert [(p, a) for _, p, a, _, _ in rows(text)] == expected


_PLACES = st.lists(st.sampled_from(["甲县", "乙区", "丙区", "丁镇", "戊街道", "其他地区"]), min_size=1, max_size=4, unique=True)


@given(_PLACES, st.lists(st.integers(10, 100), min_size=4, max_size=4))
def test_property_places_after_among_are_one_items_breakdown(places, shares):
    parts = ",".join(f"{p}完成{v}%" for p, v in zip(places, shares))
    text = f"农村公路提升工程,截至9月底,累计完成总工程量70.8%,其中{parts}。"
    assert [(p, a) for _, p, a, _, _ in rows(text)] == [("农村公路提升工程", text.split(",", 1)[1])]


@given(st.sampled_from(["居住改善方面,", "民生保障方面,", "在教育资源方面,", "基础设施领域,"]),
       st.sampled_from(["完成居民住宅电梯加装35台", "建成口袋公园12个", "新增托位540个"]))
def test_property_a_topic_before_a_clause_changes_neither_name_nor_progress(topic, clause):
    assert rows(topic + clause + "。") == rows(clause + "。")


# --------------------------------------------------------------------------
# A sentence that names one project in quotes; work dated by its period
# --------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("同样上榜的还有社会保障工程中的“志愿服务队伍建设”,全省招募志愿者3153人,占目标任务的210.2%。",
     [("“志愿服务队伍建设”", "全省招募志愿者3153人,占目标任务的210.2%。")]),
    ("7、8月在“促进高校毕业生就业”项目中,相关部门对15036名毕业生发放求职补贴;“9+3”毕业生就业率达99.28%。",
     [("“促进高校毕业生就业”", "相关部门对15036名毕业生发放求职补贴;“9+3”毕业生就业率达99.28%。")]),
    ("三季度“农村通村公路建设”上榜——9月,全省新增建成农村通村公路1991.7公里。",
     [("“农村通村公路建设”", "9月,全省新增建成农村通村公路1991.7公里。")]),
])
def test_a_sentence_naming_one_quoted_project(text, expected):
    assert [(p, a) for _, p, a, _, _ in rows(text)] == expected


def test_a_sentence_of_two_quoted_projects_is_not_one_item():
    text = "在“老旧小区改造”项目中,已完工12个;“口袋公园”项目新建8个。"
    assert ("“老旧小区改造”", "已完工12个;“口袋公园”项目新建8个。") not in [(p, a) for _, p, a, _, _ in rows(text)]


@pytest.mark.parametrize("text, expected", [
    ("截至9月底,全省新增养老床位300张。", [("养老床位", "截至9月底,全省新增养老床位300张。")]),
    ("1-9月,全县新增城镇就业2860人。", [("城镇就业", "1-9月,全县新增城镇就业2860人。")]),
    ("今年以来资助家庭经济困难学生5704人,完成年度目标的60%。",
     [("家庭经济困难学生", "今年以来资助家庭经济困难学生5704人,完成年度目标的60%。")]),
])
def test_work_after_the_period_reported_is_progress(text, expected):
    assert [(p, a) for _, p, a, _, _ in rows(text)] == expected


@pytest.mark.parametrize("text", [
    "新增养老床位300张。",          # no period: a task as often as progress
    "年底前新增养老床位300张。",     # a deadline is no period reported
])
def test_work_without_the_period_reported_is_no_progress_of_its_own(text):
    assert rows(text) == []


@given(st.sampled_from(["截至9月底,", "1-9月,", "今年以来", "前三季度,"]), st.sampled_from(["", "全省", "全市"]),
       st.sampled_from([("新增", "养老床位", "300张"), ("培训", "农村劳动力", "1.2万人次"), ("改造", "农村危房", "860户")]))
# Found by this property: a clause with no opener word (培训, not 新增) was
# dropped before it was read.
@example("1-9月,", "", ("培训", "农村劳动力", "1.2万人次"))
def test_property_work_after_the_period_is_named_by_its_object(period, place, work):
    verb, thing, figure = work
    text = f"{period}{place}{verb}{thing}{figure}。"
    assert [(p, a) for _, p, a, _, _ in rows(text)] == [(thing, text)]


@pytest.mark.parametrize("day", ["9月23日,", "2019年9月23日,", "9月23日上午,"])
def test_a_news_day_and_source_are_scene_and_the_programme_is_no_project(day):
    text = (f"{day}记者从市民生办获悉,今年以来,我市33项民生工程项目推进有序,大部分项目已完成年度目标任务。"
            "截至8月底,城乡低保提标扩面工程已发放资金1.2亿元。")
    got = [(p, a) for _, p, a, _, _ in rows(text)]
    assert all("记者" not in p and "33项" not in p for p, _ in got)


# --------------------------------------------------------------------------
# Headings over enumerations, headline sentences, works named after a project
# --------------------------------------------------------------------------

ENUMERATED = """2014年为民办实事办理情况
(一)促进就业和社会保障方面 15

一是完善社区就业服务体系,完成创建充分就业社区43个;二是强化职业技能培训,完成各类职业培训11.6万人次;三是完成安置城镇人员就业8.92万人,城镇登记失业率3.56%。

(二)改善居住条件方面 8

一是推进棚户区改造,完成改造4200户;二是新建保障性住房,已竣工1800套。
"""


def test_a_numbered_heading_over_an_enumeration_is_its_section():
    got = read_prose(ENUMERATED)
    assert [(i.no, i.project, i.actual) for i in got] == [
        ("一", "完善社区就业服务体系", "完成创建充分就业社区43个"),
        ("二", "强化职业技能培训", "完成各类职业培训11.6万人次"),
        ("三", "安置城镇人员就业", "完成安置城镇人员就业8.92万人,城镇登记失业率3.56%。"),
        ("一", "推进棚户区改造", "完成改造4200户"),
        ("二", "新建保障性住房", "已竣工1800套。"),
    ]
    assert [i.section for i in got] == ["(一)促进就业和社会保障方面 15"] * 3 + ["(二)改善居住条件方面 8"] * 2


@pytest.mark.parametrize("text, expected", [
    # a headline sentence over sentences that each name a project
    ("乡村面貌日新月异。10个省级美丽乡村试点村项目全部完工,并通过交叉验收。20个建制村环境整治项目已完工15个。",
     [("10个省级美丽乡村试点村项目", "全部完工,并通过交叉验收。"), ("20个建制村环境整治项目", "已完工15个。")]),
    ("交通出行更为便捷。沿江大道项目正冲刺全线贯通,大泉路快速化改造已完成80%。",
     [("沿江大道项目", "正冲刺全线贯通"), ("大泉路快速化改造", "已完成80%。")]),
    # a progress label with only the period before it names no project
    ("1-3月份项目进展:10个全民健身示范工程已开工8个、开工率80%。", [("10个全民健身示范工程", "已开工8个、开工率80%。")]),
    # works named right after a project are the part that reports
    ("新建输变电项目群星220千伏输变电工程变电站已投运。", [("新建输变电项目", "群星220千伏输变电工程变电站已投运。")]),
    ("农贸市场改造提升三年行动项目10家农贸市场改造提升已完成。",
     [("农贸市场改造提升三年行动项目", "10家农贸市场改造提升已完成。")]),
    # a project named after 其中 starts its own row
    ("全区20个民生实事项目已全部开工,累计完成投资59.68亿元,其中街头绿化微更新项目人民路游园改造工程、城南花园景观提升工程全部完成。",
     [("街头绿化微更新项目", "人民路游园改造工程、城南花园景观提升工程全部完成。")]),
])
def test_headlines_labels_and_works_after_a_project(text, expected):
    assert [(p, a) for _, p, a, _, _ in rows(text)] == expected


@pytest.mark.parametrize("text, project", [
    # a count of projects is no work named after 项目
    ("2022年全省安排重点建设项目1570个,年度计划投资9000亿元。1-10月,重点项目完成投资8857.4亿元,完成进度98.4%。",
     "2022年全省安排重点建设项目1570个,年度计划投资9000亿元"),
    # a quoted name is whole
    ("“建设东北路人行过街天桥项目”计划完成工程量5%,实际完成工程量6%。", "“建设东北路人行过街天桥项目”"),
])
def test_a_project_name_is_not_cut_after_its_noun(text, project):
    assert [p for _, p, _, _, _ in rows(text)][0].startswith(project)


COUNTED_DIVISIONS = """截至4月30日,市十项重点民生工程共10大项19小项,已完成2小项,正在推进17小项。具体情况如下:
一、已完成2项
(1)建设东部防护林带(责任领导:张三,责任单位:市林业局,各县(区)党委、政府)
东部防护林带规划建设任务5487亩,已完成5030亩,已完成年度建设任务。
(2)实现医疗保险异地就医即时结算。(责任领导:李四,责任单位:市人社局)
我市已于4月份确定了异地就医即时结算定点医院,提前完成任务。
二、正在推进17项(见附件)
"""


def test_divisions_that_only_count_their_items_head_the_numbered_items():
    got = [(i.no, i.project, i.lead, i.section) for i in read_prose(COUNTED_DIVISIONS)]
    assert got[:2] == [
        ("1", "建设东部防护林带", "市林业局,各县(区)党委、政府", "一、已完成2项"),
        ("2", "实现医疗保险异地就医即时结算。", "市人社局", "一、已完成2项"),
    ]
    assert read_prose(COUNTED_DIVISIONS)[0].actual.startswith("东部防护林带规划建设任务5487亩,已完成5030亩")


def _numbered_alone(numbers: list[str], title_echo: bool) -> str:
    heads = ["加大教育惠民力度", "提升市民出行体验", "完善医疗健康服务", "关心关爱特殊群体"]
    bodies = ["开工建设学校37所,完成36所学校专项治理。", "新辟公交线路51条,优化调整26条。",
              "市康复医疗中心新址正式启用。", "新建区域性养老服务中心4家。"]
    parts = ["2023年民生实事项目,交卷!", "全市10类36项民生实事项目全部完成年度目标!", ""]
    for no, head, body in zip(numbers, heads, bodies):
        parts += [no, "", head, ""] + (["2023年民生实事项目,交卷!", ""] if title_echo else []) + [body, ""]
    return "\n".join(parts)


@pytest.mark.parametrize("numbers", [["01", "02", "03", "04"], ["1", "2", "3"]])
@pytest.mark.parametrize("title_echo", [False, True])
def test_numbers_alone_on_their_lines_number_the_headings_below(numbers, title_echo):
    got = [(i.no, i.project, i.actual) for i in read_prose(_numbered_alone(numbers, title_echo)) if i.no]
    assert got == [
        ("1", "加大教育惠民力度", "开工建设学校37所,完成36所学校专项治理。"),
        ("2", "提升市民出行体验", "新辟公交线路51条,优化调整26条。"),
        ("3", "完善医疗健康服务", "市康复医疗中心新址正式启用。"),
        ("4", "关心关爱特殊群体", "新建区域性养老服务中心4家。"),
    ][: len(numbers)]


def test_two_numbers_alone_are_too_few_to_number_items():
    assert [i.no for i in read_prose(_numbered_alone(["01", "02"], False)) if i.no] == []


def test_an_attribute_cut_from_its_noun_is_no_project():
    text = "为29.71万名妇女免费开展了“两癌”筛查,对符合救助条件的800名患病妇女每人发放救助金1万元。"
    assert all(not p.endswith("的") for _, p, _, _, _ in rows(text))


@pytest.mark.parametrize("text", [
    "如今,已经一年多过去了。目前2014年承诺的15件实事已经全部完成。",
    "一大批惠民工程建成见效,受到人民群众的普遍欢迎。",
    "一批民生工程项目已提前完成。",
    "去年底开始,该市多方征集梳理,筛选出一批民生实事项目。",
    "期间共完成重点民生项目200多个。",
    "市政府督查室联合已发起2022年民生实事专项建议征集活动。",
    "截至目前,十件实事的17个分项已全部开工、1739个子项已开工1457个、开工率83.8%。",
])
def test_a_time_or_a_vague_many_names_no_project(text):
    assert rows(text) == []


@pytest.mark.parametrize("text, expected", [
    ("在保障性安居工程方面,今年棚户区改造开工21951套,已基本建成8669套,均超额完成目标任务。",
     [("保障性安居工程", "今年棚户区改造开工21951套,已基本建成8669套,均超额完成目标任务。")]),
    # a topic that names no work stays a scene: its clauses name their own
    ("在居住改善方面,完成居民住宅电梯加装35台,在建101台。", [("居民住宅电梯加装", "完成居民住宅电梯加装35台,在建101台。")]),
])
def test_a_topic_that_names_a_work_is_the_project(text, expected):
    assert [(p, a) for _, p, a, _, _ in rows(text)] == expected


# --------------------------------------------------------------------------
# A heading over lines that are each a labelled field
# --------------------------------------------------------------------------

FIELDS = """关于2023年十大民生实事项目督办情况的通报
(一)推进危桥改造整治
主要内容:由县交通运输局牵头,计划完成危桥改造2座。
完成情况:2座危桥改造已于3月21日完工。
(二)提高低保补贴水平
主要内容:由县民政局牵头,提高低保标准。
完成情况:城市低保标准提高到每人每月800元,已全部发放到位。
(三)新建幼儿园
主要内容:由县教育局牵头,新建幼儿园3所。
完成情况:2所已完工,1所正在进行主体施工。
"""

_FIELDS_EXPECTED = [
    ("一", "推进危桥改造整治", "2座危桥改造已于3月21日完工。"),
    ("二", "提高低保补贴水平", "城市低保标准提高到每人每月800元,已全部发放到位。"),
    ("三", "新建幼儿园", "2所已完工,1所正在进行主体施工。"),
]


def test_a_heading_over_field_lines_is_one_item_whatever_the_fields_hold():
    # (二)'s task has no figure and opens with the unit in charge: it used
    # to be read as a group heading over an item named ",提高低保标准。"
    assert [(n, p, a) for n, p, a, _, _ in rows(FIELDS)] == _FIELDS_EXPECTED


def test_a_page_run_into_one_line_reads_like_its_lines():
    # The breaks lost: (二) glued to the 。 before it and (一) to a heading.
    flat = "现将督办情况通报如下:一、基本情况" + FIELDS.split("\n", 1)[1].replace("\n", "")
    assert [(n, p, a) for n, p, a, _, _ in rows(flat)] == _FIELDS_EXPECTED
    listed = flat.replace("完成情况:2座危桥改造已于3月21日完工。",
                          "完成情况:1.老周桥已于3月21日完工。2.卜巢桥已于12月1日开标,预计12月18日开工建设。")
    # Points numbered inside a progress field (完成情况:1.…2.…) stay in
    # their item, as on a page with its breaks (test_prose's LABELLED_PARTS).
    got = [(n, p, a) for n, p, a, _, _ in rows(listed)]
    assert got == [("一", "推进危桥改造整治", "1.老周桥已于3月21日完工。2.卜巢桥已于12月1日开标,预计12月18日开工建设。")] \
        + _FIELDS_EXPECTED[1:]


@pytest.mark.parametrize("text", [
    # a bracketed numeral inside a sentence, alone: a reference, no item
    "根据通知第(二)项要求,新建幼儿园3所,已完工2所。",
    # a colon after a time is no list's: 2.5 is a figure
    "截至9月底:2.5万人完成培训。",
])
def test_numbers_inside_sentences_stay_text(text):
    assert all(it.no == "" for it in read_prose(text))


_TASKS = st.lists(st.tuples(
    st.sampled_from(["推进危桥改造整治", "提高低保补贴水平", "新建幼儿园", "改造老旧小区", "建设社区食堂"]),
    st.sampled_from(["由县民政局牵头,提高低保标准。", "计划完成危桥改造2座。", "新建幼儿园3所。", ""]),
    st.sampled_from(["已全部发放到位。", "2所已完工,1所正在进行主体施工。", "正在招标。", "已完成年度任务的60%。"]),
), min_size=2, max_size=5, unique_by=lambda x: x[0])


@given(_TASKS)
def test_property_field_records_read_the_same_with_their_breaks_lost(tasks):
    numerals = "一二三四五六七八九十"
    lines = ["民生实事项目督办情况的通报"]
    for k, (name, task, progress) in enumerate(tasks):
        lines.append(f"({numerals[k]}){name}")
        if task:
            lines.append(f"主要内容:{task}")
        lines.append(f"完成情况:{progress}")
    expected = [(numerals[k], name, progress) for k, (name, _, progress) in enumerate(tasks)]
    assert [(n, p, a) for n, p, a, _, _ in rows("\n".join(lines))] == expected
    assert [(n, p, a) for n, p, a, _, _ in rows("".join(lines))] == expected


# --------------------------------------------------------------------------
# A year-end list of what was done
# --------------------------------------------------------------------------

YEAR_END = """{title}
1.帮助247名长期失业青年实现就业,为29936人开展职业技能培训。
2.为1884名微型消防站队员开展消防业务培训。
3.完成农村数字电影放映6232场、百姓系列文化资源配送1008场次。
"""


def test_a_year_end_list_of_work_done_is_all_progress_named_by_its_first_clause():
    import io
    report = load_report(io.StringIO(YEAR_END.format(title="2017年度区政府实事项目完成情况")))
    assert report.month == 12
    assert [(r.no, r.project, r.actual) for r in report.rows] == [
        ("1", "帮助247名长期失业青年实现就业", "帮助247名长期失业青年实现就业,为29936人开展职业技能培训。"),
        ("2", "为1884名微型消防站队员开展消防业务培训", "为1884名微型消防站队员开展消防业务培训。"),
        ("3", "完成农村数字电影放映6232场、百姓系列文化资源配送1008场次", "完成农村数字电影放映6232场、百姓系列文化资源配送1008场次。"),
    ]
    from progress_nlp import score_report
    scored = score_report(report)
    # done, but against no task: never a confident 完成率100%
    assert all(s.status.value == "on_track" and s.score.needs_review and s.score.ratio is None for s in scored.rows)


@pytest.mark.parametrize("title", ["2017年1-9月区政府实事项目进展情况", "2017年区政府实事项目推进情况通报"])
def test_items_with_no_progress_stay_tasks_outside_a_year_end_list(title):
    import io
    more = "4.新建幼儿园3所,目前已完工2所。\n5.改造老旧小区30个,目前已完工12个。\n"
    report = load_report(io.StringIO(YEAR_END.format(title=title) + more))
    assert [r.actual for r in report.rows][:3] == ["", "", ""]


# --------------------------------------------------------------------------
# News: a project named in one paragraph, reported on in the next
# --------------------------------------------------------------------------

ANAPHORA = """为加快民生实事高质高效推进,该县实施人大代表全过程监督。

不久前,{name}举行现场推进会,多部门接受人大代表的询问。

{ref}是今年的民生实事之一,计划在今年的第四季度完成。在人大代表的视察监督下,该工程总工程量已完成近70%,远超目标进度。目前,项目主体已完工,正抓紧室内装饰工作。
"""


@pytest.mark.parametrize("ref", ["这个项目", "该项目", "该工程", "此项目"])
def test_a_paragraph_calling_its_project_back_is_that_projects_item(ref):
    name = "县中学新建教学楼、宿舍楼项目"
    got = rows(ANAPHORA.format(name=name, ref=ref))
    assert [(p, a.startswith(ref), a.endswith("正抓紧室内装饰工作。")) for _, p, a, _, _ in got] == [(name, True, True)]


def test_no_project_is_called_back_over_an_item_or_two_names():
    # the paragraph before reports on its project already
    text = ANAPHORA.format(name="县中学新建教学楼项目", ref="该项目").replace("举行现场推进会", "已完成主体施工50%")
    assert all(not a.startswith("该项目是") for _, _, a, _, _ in rows(text))
    # two projects named: which one is called back is not said
    text = ANAPHORA.format(name="县中学教学楼项目举行推进会,县医院门诊楼项目", ref="该项目")
    assert all(p not in ("县中学教学楼项目", "县医院门诊楼项目") for _, p, _, _, _ in rows(text))


@pytest.mark.parametrize("comparison", ["比原计划提前3个月", "较计划工期提前20天", "比预期提前1个月"])
def test_a_comparison_after_an_item_goes_on_with_its_progress(comparison):
    got = rows(f"不仅如此,老城区新建的两个农贸市场开业,{comparison}投运,成为首份答卷。\n")
    assert [(p, a) for _, p, a, _, _ in got] == [("老城区新建的两个农贸市场", f"开业,{comparison}投运,成为首份答卷。")]


@pytest.mark.parametrize("word", ["开业", "投运", "投入运营", "开园", "开馆"])
def test_opening_for_business_is_in_use(word):
    from progress_nlp import score_progress
    result = score_progress("", f"两个农贸市场已{word}", annual="新建农贸市场2个", month=6)
    assert result.status.value == "ahead", result.reason


@pytest.mark.parametrize("clause, project, progress", [
    ("市域铁路津静线和地铁5号线延伸线开通运营", "市域铁路津静线和地铁5号线延伸线", "开通运营"),
    ("凤聚路、慧群道、云丽路等7条城市道路建设完成", "凤聚路、慧群道、云丽路等7条城市道路", "建设完成"),
    ("新梅江公园(北段)建成开放", "新梅江公园(北段)", "建成开放"),
])
def test_a_stage_word_is_never_cut_between_name_and_progress(clause, project, progress):
    got = [(p, a) for _, p, a, _, _ in rows(f"在城市建设方面,{clause};完成燃气管网改造128公里。\n")]
    assert got[0] == (project, progress)


# A progress field numbered from 1 right after its label, each later point
# on a line of its own (推进情况:1.… / 2.… / 3.…): the points stay in their
# item, under a 一、 heading as inline.
POINTS_ON_LINES = """一、保障重点群体就业,开展职业技能培训2万人次,公益性岗位安置就业困难人员3370人。

推进情况:1. 全市开展职业技能培训5585人次。

2. 开展农业技术培训484人次。

3. 公益性岗位安置就业困难人员3425人。

二、新建公办幼儿园7所。

推进情况:1. 城东幼儿园进行基础施工。

2. 城西幼儿园进行主体施工。
"""


def test_points_of_a_progress_field_on_lines_of_their_own_stay_in_their_item():
    got = rows(POINTS_ON_LINES)
    assert [no for no, *_ in got] == ["一", "二"]
    assert got[0][2].startswith("1. 全市") and got[0][2].endswith("安置就业困难人员3425人。")
    assert got[1][2].startswith("1. 城东") and got[1][2].endswith("进行主体施工。")


def test_numbers_that_open_lines_before_the_field_number_the_items():
    # 1.X / 进展情况:1.… / 2.Y: arabic numbers already number the items.
    text = "1.新建城东幼儿园\n进展情况:1.已开工建设。\n2.改造农贸市场5个\n进展情况:已完成3个。\n"
    assert [(no, project) for no, project, *_ in rows(text)] == [("1", "新建城东幼儿园"), ("2", "改造农贸市场5个")]


@given(st.integers(2, 4), st.integers(2, 6), st.sampled_from(["推进情况", "进展情况", "完成情况"]),
       st.sampled_from([".", "、"]), st.sampled_from(["\n", "\n\n"]))
def test_property_numbered_points_on_their_own_lines_belong_to_the_field(items, points, label, dot, gap):
    cn = "一二三四"
    lines = []
    for i in range(items):
        lines.append(f"{cn[i]}、新建社区食堂{i + 2}个。")
        lines += [f"{label}:1{dot}第1处食堂已完工。"] + [f"{k}{dot}第{k}处食堂正在施工。" for k in range(2, points + 1)]
    got = rows(gap.join(lines) + "\n")
    assert [no for no, *_ in got] == list(cn[:items])
    assert all(a.rstrip().endswith(f"第{points}处食堂正在施工。") for _, _, a, *_ in got)


_COLON_LINES = ("开展老年人流感疫苗接种:落实保障工作,累计为34.8万符合要求的老年人免费接种流感疫苗。\n"
                "推广农村一元钱看病:各涉农区均已出台实施方案,覆盖率达到80.34%,已超65%的年度目标。\n"
                "加强食品安全检查:完成婴幼儿配方食品抽样6769批次;完成主要农产品快检232.8万批次。\n")


def test_lines_headed_by_a_name_and_its_colon_are_an_item_each():
    # a run of lines "name:progress": the name is the project, everything
    # after the colon its progress (several clauses stay one item)
    got = [(it.project, it.actual) for it in read_prose(_COLON_LINES)]
    assert got == [("开展老年人流感疫苗接种", "落实保障工作,累计为34.8万符合要求的老年人免费接种流感疫苗。"),
                   ("推广农村一元钱看病", "各涉农区均已出台实施方案,覆盖率达到80.34%,已超65%的年度目标。"),
                   ("加强食品安全检查", "完成婴幼儿配方食品抽样6769批次;完成主要农产品快检232.8万批次。")]


@pytest.mark.parametrize("text", [
    # links of a page's related articles, each a headline and a date
    "- 预告|12345政风热线:22日上午10时!三个部门领导……2025-07-21\n- 项目|港口产业园:项目高效落地 点燃高质2025-07-21\n",
    # the page's record and a reporter's byline
    "来源:市政府办公室 2025-07-21\n记者:孙渝 编辑:汤晨洁\n",
])
def test_colon_lines_that_are_links_or_records_are_no_items(text):
    assert read_prose(text) == []


def test_a_colon_line_of_several_planned_tasks_keeps_them_apart():
    # X工程:全市计划A,已完成…。全市计划B,已完成…: each plan and its progress is an item
    text = ("城乡电网建设改造工程:全市计划对88个深度贫困村电网改造升级,已全部完成。全市计划完成110千伏电网续建项目15个,已完成10个。\n"
            "城乡医疗卫生室服务提质工程:全市计划创建五星级卫生室2498所,已完成2489所;全市计划建设标准化中医馆130个,已完成121个。\n")
    assert len(read_prose(text)) >= 4


@given(st.lists(st.sampled_from(["开展老年人流感疫苗接种", "推进中小学劳动教育", "加强食品安全检查", "改善优化居住条件",
                                 "加大就业支持力度"]), min_size=2, max_size=5, unique=True),
       st.lists(st.integers(1, 9999), min_size=5, max_size=5))
def test_property_each_colon_line_is_its_names_item(names, figures):
    text = "".join(f"{n}:累计完成{f}人次,群众满意度持续提升。\n" for n, f in zip(names, figures))
    got = read_prose(text)
    assert [it.project for it in got] == names
    assert all(f"{f}人次" in it.actual for it, f in zip(got, figures))
