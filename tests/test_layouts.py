"""load_report on the layouts district progress reports are published in.

Every table and article here is written for these tests (projects, units and
figures of no real report), in the shapes pages come in: merged 序号 and
牵头单位 cells, headers broken over lines or split by spaces, a period in
brackets, ten or more columns, several progress columns, one cell per line,
``||`` for empty cells, space-aligned columns, HTML inside a page, two tables
in one file, traditional characters, Big5, pinyin-annotated mirrors, and prose.

Each table test pins one shape; its id says which, and a one-line comment
above it says what is expected.
"""

from __future__ import annotations

import io
import re
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from progress_nlp import ReportFormatError, load_report, score_progress, score_report
from progress_nlp.strategies import non_quantities

P = pytest.param
FIELDS = ("no", "project", "lead", "target", "actual")


def load(text: str):
    return load_report(io.StringIO(text))


def rows_of(report, fields=FIELDS) -> list[tuple]:
    return [tuple(getattr(r, f) for f in fields) for r in report.rows]


def nospace(s: str) -> str:
    """A header name without its spaces, full-width forms made half-width."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


def names_row(warnings: tuple[str, ...], no: str) -> bool:
    """Whether some warning names row ``no`` (as a number of its own, not a digit of 1200)."""
    pat = re.compile(rf"(?<![\d.]){re.escape(no)}(?![\d.])")
    return any(pat.search(w) for w in warnings)


# ---------------------------------------------------------------------------
# 1. Merged cells: 序号 / 牵头单位 written once, rows under it have fewer cells
# ---------------------------------------------------------------------------

MERGED_EXPECTED = [
    ("1", "新增1200张养老床位", "区民政局", "600", "640"),
    ("1.2", "新增800张护理型床位", "区民政局", "400", "410"),
    ("1.3", "新增300张认知障碍照护床位", "区民政局", "150", "120"),
    ("2", "改造18所学校食堂", "区教育局", "12", "13"),
    ("3", "新建2所公办幼儿园", "区教育局", "开工建设", "主体结顶"),
    ("4", "建设社区卫生服务站5个", "区卫健委", "4个", "5个"),
]

MERGED_PIPES = """2023年区政府为民办实事项目8月份进展情况
序号 | 项目名称 | 牵头单位 | 8月份目标 | 进展情况
1 | 新增1200张养老床位 | 区民政局 | 600 | 640
新增800张护理型床位 | 400 | 410
新增300张认知障碍照护床位 | 150 | 120
2 | 改造18所学校食堂 | 区教育局 | 12 | 13
3 | 新建2所公办幼儿园 | 开工建设 | 主体结顶
4 | 建设社区卫生服务站5个 | 区卫健委 | 4个 | 5个
"""


def _blocks(cells: list[str]) -> str:
    return "\n\n".join(cells) + "\n"


# The same table copied one cell per paragraph: the merged cells are simply absent.
MERGED_BLOCKS = _blocks(
    ["2023年区政府为民办实事项目8月份进展情况", "序号", "项目名称", "牵头单位", "8月份目标", "进展情况",
     "1", "新增1200张养老床位", "区民政局", "600", "640",
     "新增800张护理型床位", "400", "410",
     "新增300张认知障碍照护床位", "150", "120",
     "2", "改造18所学校食堂", "区教育局", "12", "13",
     "3", "新建2所公办幼儿园", "开工建设", "主体结顶",
     "4", "建设社区卫生服务站5个", "区卫健委", "4个", "5个"]
)


@pytest.mark.parametrize(
    "text",
    [
        # `|` rows: a sub-row `新增800张护理型床位 | 400 | 410` under row 1, row 3 under row 2's lead.
        P(MERGED_PIPES, id="pipes-merged-no-and-lead"),
        # one cell per paragraph: merged cells vanish, rows cut at the row numbers.
        P(MERGED_BLOCKS, id="blocks-merged-no-and-lead"),
    ],
)
def test_merged_cells_are_aligned_and_the_lead_carried(text):
    report = load(text)
    assert rows_of(report) == MERGED_EXPECTED
    assert [r.is_subrow for r in report.rows] == [False, True, True, False, False, False]
    assert report.month == 8


# The row that sums the table up after its last numbered row: no item of that
# row, and the lead merged down the rows above is not its lead.
@pytest.mark.parametrize("total", ["合计", "全市", "总 计", "全省合计", "小计"])
def test_a_total_row_is_no_sub_row_of_the_last(total):
    text = MERGED_PIPES + f"{total} | 1640 | 1700\n"
    report = load(text)
    last = report.rows[-1]
    assert (last.no, nospace(last.project), last.lead, last.target, last.actual) == ("", nospace(total), "", "1640", "1700")
    assert rows_of(report)[:-1] == MERGED_EXPECTED


# Single-space words: sub-row without 序号/责任单位, row 4 without 责任单位 (merged with row 3).
def test_merged_cells_in_words_layout():
    text = """2023年1-8月区重点民生实事项目完成情况
序号 项目名称 责任单位 目标任务 1-8月实际完成情况 完成率
1 新增城镇就业 区人社局 8950人 6453人 72%
城镇失业人员再就业 2100人 1650人 79%
2 新增义务教育学位 区教育局 1800个 1800个 100%
3 孕产妇免费产前筛查 区卫健委 3600人 2849人 79%
4 新生儿疾病筛查 3600人 2790人 78%
"""
    report = load(text)
    got = rows_of(report, ("no", "project", "lead", "task", "actual", "share"))
    assert got == [
        ("1", "新增城镇就业", "区人社局", "8950人", "6453人", "72%"),
        ("1.2", "城镇失业人员再就业", "区人社局", "2100人", "1650人", "79%"),
        ("2", "新增义务教育学位", "区教育局", "1800个", "1800个", "100%"),
        ("3", "孕产妇免费产前筛查", "区卫健委", "3600人", "2849人", "79%"),
        ("4", "新生儿疾病筛查", "区卫健委", "3600人", "2790人", "78%"),
    ]
    assert report.rows[1].progress_text == "1650人 79%"
    assert report.month == 8


# A lead cell listing its units one per line (words layout): the units are
# the lead, the line after them the progress the row was still missing.
_LEAD_LINES_TABLE = """2025年区政府工作报告目标任务上半年推进情况汇总表
序号 目标任务 责任单位 上半年推进情况
1 新增城镇就业1.2万人。 区人力社保局 新增城镇就业6800人。
2 新建农贸市场3个。 {row}
3 改造农村公路40公里。 区交通局 已完成改造18公里。
"""


@given(st.lists(st.sampled_from(["区商务委", "区供销联社", "区市场监管局", "区农业农村委", "城东街道", "区农机站"]),
                min_size=1, max_size=4, unique=True))
def test_lead_units_one_per_line_then_the_progress(leads):
    report = load(_LEAD_LINES_TABLE.format(row="\n".join(leads) + "\n已建成2个,第3个主体完工。"))
    assert rows_of(report, ("no", "lead", "actual"))[1] == ("2", "、".join(leads), "已建成2个,第3个主体完工。")
    # the same as the units written in one cell
    joined = load(_LEAD_LINES_TABLE.format(row="、".join(leads) + " 已建成2个,第3个主体完工。"))
    assert rows_of(joined, ("no", "project", "lead", "actual")) == rows_of(report, ("no", "project", "lead", "actual"))


# Leads ending in 街道 / 中心 / 办 are read as units, wherever the merged cells leave them.
def test_merged_cells_with_street_and_centre_leads():
    text = """序号 | 项目名称 | 牵头单位 | 目标任务 | 进展情况
1 | 改造背街小巷12条 | 城南街道 | 12条 | 已完工9条
新增口袋公园2个 | 2个 | 已建成1个
2 | 建设智慧社区平台 | 区城运中心 | 上线运行 | 系统联调中
3 | 整治无物业小区8个 | 区府办 | 8个 | 已整治5个
"""
    report = load(text)
    assert rows_of(report, ("no", "project", "lead", "task", "actual")) == [
        ("1", "改造背街小巷12条", "城南街道", "12条", "已完工9条"),
        ("1.2", "新增口袋公园2个", "城南街道", "2个", "已建成1个"),
        ("2", "建设智慧社区平台", "区城运中心", "上线运行", "系统联调中"),
        ("3", "整治无物业小区8个", "区府办", "8个", "已整治5个"),
    ]


# ---------------------------------------------------------------------------
# 2. Headers
# ---------------------------------------------------------------------------

_MULTI_ROWS = """1 | 新增城镇就业 | 区人社局 | 8950人 | 7120人 | 80% | |
2 | 减少义务教育大班额 | 区教育局 | 40个 | 31个 | 78% | 秋季学期继续化解 |
3 | 改造农村户用厕所 | 区农业农村局 | 2600个 | 1720个 | 66% | |
"""


@pytest.mark.parametrize(
    "header",
    [
        # a header line broken once: 任务完成率 | 备注 on the next line.
        P("序号 | 项目名称 | 责任单位 | 目标任务 | 1-8月实际完成情况 |\n任务完成率 | 备注 |\n", id="header-over-2-lines"),
        # broken twice.
        P("序号 | 项目名称 | 责任单位 |\n目标任务 | 1-8月实际完成情况 |\n任务完成率 | 备注 |\n", id="header-over-3-lines"),
    ],
)
def test_header_over_several_lines(header):
    report = load("2023年区重点民生实事项目完成情况\n" + header + _MULTI_ROWS)
    assert {k: nospace(v) for k, v in report.columns.items()} == {
        "no": "序号", "project": "项目名称", "lead": "责任单位", "task": "目标任务",
        "actual": "1-8月实际完成情况", "share": "任务完成率", "remark": "备注",
    }
    assert report.month == 8
    assert rows_of(report, ("no", "project", "lead", "task", "actual", "share", "remark")) == [
        ("1", "新增城镇就业", "区人社局", "8950人", "7120人", "80%", ""),
        ("2", "减少义务教育大班额", "区教育局", "40个", "31个", "78%", "秋季学期继续化解"),
        ("3", "改造农村户用厕所", "区农业农村局", "2600个", "1720个", "66%", ""),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # `|` cells whose header words carry spaces: 序 号, 分管 领导, 备  注.
        P("序 号 | 项目名称 | 牵头单位 | 分管 领导 | 目标任务 | 进展情况 | 备  注\n"
          "1 | 新建社区食堂6家 | 区民政局 | 陈志远 | 6家 | 已建成4家 | \n"
          "2 | 新增公共停车泊位900个 | 区交通委 | 许文斌 | 900个 | 已新增720个 | 2处停车场在建\n",
          id="pipes-spaces-in-header-words"),
        # the same copied as single-space words (序 号 and 分管 领导 are split like cells).
        P("序 号 项目名称 牵头单位 分管 领导 目标任务 进展情况 备  注\n"
          "1 新建社区食堂6家 区民政局 陈志远 6家 已建成4家\n"
          "2 新增公共停车泊位900个 区交通委 许文斌 900个 已新增720个 2处停车场在建\n",
          id="words-spaces-in-header-words"),
    ],
)
def test_header_words_with_spaces_inside(text):
    report = load(text)
    cols = {k: nospace(v) for k, v in report.columns.items()}
    assert cols["no"] == "序号" and cols["person"] == "分管领导" and cols["remark"] == "备注"
    assert rows_of(report, ("no", "project", "lead", "person", "task", "actual", "remark")) == [
        ("1", "新建社区食堂6家", "区民政局", "陈志远", "6家", "已建成4家", ""),
        ("2", "新增公共停车泊位900个", "区交通委", "许文斌", "900个", "已新增720个", "2处停车场在建"),
    ]


@pytest.mark.parametrize(
    "header, month",
    [
        P("进展情况(第三季度)", 9, id="bracket-quarter"),
        P("进展情况（第三季度）", 9, id="fullwidth-bracket-quarter"),
        P("最新进度(10月15日)", 9.5, id="bracket-day"),
        P("1-6月工作完成情况", 6, id="range-before-word"),
    ],
)
def test_period_in_the_progress_header(header, month):
    # the progress header names the period: the report's month comes from it.
    text = (f"序号 | 项目名称 | 牵头单位 | 目标任务 | {header}\n"
            "1 | 新建社区食堂6家 | 区民政局 | 6家 | 已建成4家\n"
            "2 | 改造老旧小区15个 | 区住建委 | 15个 | 已完工11个\n")
    report = load(text)
    assert report.month == month
    assert nospace(report.columns["actual"]) == nospace(header)
    assert [r.actual for r in report.rows] == ["已建成4家", "已完工11个"]


# A two-level HTML header (工程进度 over 前期工作 | 建设进度): nothing crashes, rows found.
def test_two_level_html_header():
    page = """<table border="1">
<tr><th rowspan="2">序号</th><th rowspan="2">项目名称</th><th rowspan="2">牵头单位</th><th colspan="2">工程进度</th><th rowspan="2">备注</th></tr>
<tr><th>前期工作</th><th>建设进度</th></tr>
<tr><td>1</td><td>新建区全民健身中心</td><td>区文旅局</td><td>已完成立项和施工招标</td><td>主体结构完成60%</td><td></td></tr>
<tr><td>2</td><td>建设雨污分流管网18公里</td><td>区水务局</td><td>已完成初步设计批复</td><td>已铺设管网11公里</td><td></td></tr>
<tr><td>3</td><td>新建垃圾分类集中投放点40个</td><td>区绿化市容局</td><td>点位已确定</td><td>已建成26个</td><td></td></tr>
</table>"""
    report = load(page)
    assert rows_of(report, ("no", "project", "lead")) == [
        ("1", "新建区全民健身中心", "区文旅局"),
        ("2", "建设雨污分流管网18公里", "区水务局"),
        ("3", "新建垃圾分类集中投放点40个", "区绿化市容局"),
    ]
    texts = [c for _, c in report.rows[1].cells]
    assert "已完成初步设计批复" in texts and "已铺设管网11公里" in texts


# A leading 类别 column before 序号.
def test_leading_category_column():
    text = """类别 | 序号 | 项目名称 | 牵头单位 | 年度目标 | 1-9月完成情况
教育 | 1 | 新增公办学位2400个 | 区教育局 | 2400个 | 1900个
教育 | 2 | 改造校园运动场8个 | 区教育局 | 8个 | 6个
养老 | 3 | 新增社区助餐点15个 | 区民政局 | 15个 | 12个
"""
    report = load(text)
    assert nospace(report.columns["category"]) == "类别"
    assert report.month == 9
    assert rows_of(report, ("no", "category", "project", "lead", "task", "actual")) == [
        ("1", "教育", "新增公办学位2400个", "区教育局", "2400个", "1900个"),
        ("2", "教育", "改造校园运动场8个", "区教育局", "8个", "6个"),
        ("3", "养老", "新增社区助餐点15个", "区民政局", "15个", "12个"),
    ]


# A merged 类别 cell only on its first row, a phone column last, and the
# page's record of the document copied under the table: the short rows lose
# 类别, not the phone, and the record rows are no projects.
def test_merged_category_phone_column_and_the_page_record_under_the_table():
    text = """类别 | 事项名称 | 年度任务目标 | 责任单位 | 分管领导 | 1-9月份完成情况 | 1-9月份取得成效 | 监督电话 |
一、教育 | 1.改扩建城南学校 | 完成2座教学楼建设并投入使用。 | 教育局 | 王明 | 1号教学楼完成主体施工,开始装饰装修。 | 施工正在加速推进。 | 监督电话0571-8246306 |
2.建设塑胶运动场 | 完成8处学校塑胶运动场建设。 | 教育局 | 王明 | 完成基础施工,其中3处开始铺设面层。 | 8处场地已完成基础建设。 | 监督电话0571-8246306 | |
索引号: | 113706850042672474/2022-04772 | 成文日期: | 2022-10-08 |
发布机构: | 市政府办公室 |
"""
    report = load(text)
    assert [(r.project, r.lead, r.person) for r in report.rows] == [
        ("1.改扩建城南学校", "教育局", "王明"), ("2.建设塑胶运动场", "教育局", "王明")]
    for row in report.rows:
        assert "电话" not in row.progress_text
        assert dict(row.cells)["监督电话"] == "监督电话0571-8246306"
    assert report.rows[1].progress_text == "完成基础施工,其中3处开始铺设面层。 8处场地已完成基础建设。"
    assert not any("check the alignment" in w for w in report.warnings)


WIDE = """2023年区政府实事项目1-9月推进情况
序号 | 项目名称 | 年度目标任务 | 牵头单位 | 分管领导 | 1-9月完成情况 | 完成比例 | 完成时限 | 是否按序时推进 | 存在问题 | 下步计划 | 备注
1 | 口袋公园建设 | 新建口袋公园12个 | 区绿化市容局 | 刘卫东 | 已建成9个 | 75% | 12月底前 | 是 | 无 | 加快剩余3个公园绿化种植 |
2 | 既有住宅加装电梯 | 完成加装电梯60台 | 区住建委 | 孙丽 | 完成加装38台 | 63% | 12月底前 | 否 | 部分居民意见不统一 | 加强协调沟通 | 进度滞后
"""


# Twelve columns: every role lands in its field, the person never in the lead.
def test_ten_or_more_columns():
    report = load(WIDE)
    assert report.month == 9
    cols = {k: nospace(v) for k, v in report.columns.items()}
    assert cols["task"] == "年度目标任务" and cols["lead"] == "牵头单位" and cols["person"] == "分管领导"
    assert cols["actual"] == "1-9月完成情况" and cols["share"] == "完成比例"
    assert cols["deadline"] == "完成时限" and cols["official"] == "是否按序时推进"
    first, second = report.rows
    assert (first.no, first.project, first.task, first.lead, first.person) == ("1", "口袋公园建设", "新建口袋公园12个", "区绿化市容局", "刘卫东")
    assert (first.actual, first.share, first.deadline, first.official) == ("已建成9个", "75%", "12月底前", "是")
    assert first.progress_text == "已建成9个 75%"
    assert first.annual_text == "口袋公园建设 新建口袋公园12个"
    assert dict(first.cells)["存在问题"] == "无"
    assert dict(first.cells)["下步计划"] == "加快剩余3个公园绿化种植"
    assert (second.lead, second.person, second.actual, second.share) == ("区住建委", "孙丽", "完成加装38台", "63%")
    assert "否" in second.official and "进度滞后" in second.official
    assert report.warnings == ()


# ---------------------------------------------------------------------------
# 3. Roles
# ---------------------------------------------------------------------------


# A person column (负责人) with no lead column: the person is never taken for the lead.
def test_person_column_alone_is_not_the_lead():
    text = """序号 | 项目名称 | 负责人 | 目标任务 | 进展情况
1 | 新建社区食堂6家 | 张明 | 6家 | 已建成4家
2 | 改造老旧小区15个 | 王丽华 | 15个 | 已完工11个
"""
    report = load(text)
    assert [(r.lead, r.person) for r in report.rows] == [("", "张明"), ("", "王丽华")]
    assert "lead" not in report.columns


# Words: row 3 leaves out its merged 牵头单位; its 分管领导 must not slide into the lead.
def test_person_cell_never_fills_a_missing_lead():
    text = """序号 项目名称 牵头单位 分管领导 目标任务 进展情况
1 新建3所公办幼儿园 区教育局 王建华 3所 2所已竣工
2 新建社区卫生服务站4个 区卫健委 李红梅 4个 已建成3个
3 家庭医生签约服务 赵志强 6万人 已签约5.1万人
"""
    report = load(text)
    assert rows_of(report, ("no", "lead", "person", "task", "actual")) == [
        ("1", "区教育局", "王建华", "3所", "2所已竣工"),
        ("2", "区卫健委", "李红梅", "4个", "已建成3个"),
        ("3", "区卫健委", "赵志强", "6万人", "已签约5.1万人"),
    ]


# A 完成时限 column between the lead and the progress is kept in deadline.
def test_deadline_column():
    text = """序号 | 项目名称 | 牵头单位 | 完成时限 | 进展情况
1 | 建成智慧停车场3处 | 区交通委 | 2023年11月底 | 已建成2处
2 | 新建社区书房10家 | 区文旅局 | 12月底前 | 已建成7家
"""
    report = load(text)
    assert [(r.deadline, r.actual) for r in report.rows] == [("2023年11月底", "已建成2处"), ("12月底前", "已建成7家")]
    assert nospace(report.columns["deadline"]) == "完成时限"


@pytest.mark.parametrize(
    "header, cells, task, progress",
    [
        # 已完成数 | 占全年计划: the share joins the progress text.
        P("序号 | 实事项目名称 | 全年目标 | 已完成数 | 占全年计划", "1 | 新增养老床位 | 1500 | 1320 | 88%", "1500", "1320 88%", id="done-and-share-of-year"),
        # 完成率(%) over a bare number: "%" added from the header.
        P("序号 | 实事项目名称 | 全年目标 | 已完成数 | 完成率(%)", "1 | 新增养老床位 | 1500 | 1122 | 74.8", "1500", "1122 74.8%", id="share-percent-in-header"),
        # 开工数 | 开工率 | 投资 | 投资完成率: each count beside its own rate, as published.
        P("序号 | 市州 | 计划完成数 | 累计开工数 | 开工率 | 计划投资额(万元) | 累计完成投资额(万元) | 计划投资完成率",
          "1 | 长沙市 | 150 | 143 | 95.33% | 86157.25 | 36836.13 | 42.75%", "150 86157.25", "143 95.33% 36836.13 42.75%",
          id="counts-and-rates-interleaved"),
        P("序号 | 项目 | 年度目标 | 开工率(%) | 累计开工数 | 投资完成率(%) | 累计完成投资",
          "1 | 老旧小区改造 | 80个 | 50 | 40个 | 30 | 1.2亿元", "80个", "50% 40个 30% 1.2亿元", id="rates-first-percent-in-header"),
    ],
)
def test_share_column_in_progress_text(header, cells, task, progress):
    report = load(header + "\n" + cells + "\n")
    row = report.rows[0]
    assert row.progress_text == progress
    assert row.task == task


_COUNT_HEADERS = ("累计完成数", "累计开工数", "累计完成投资", "已完成数")
_RATE_HEADERS = ("完成率", "开工率", "投资完成率", "占全年计划")


@st.composite
def _progress_columns(draw):
    """Progress and share columns in any order, each with a cell."""
    counts = draw(st.lists(st.sampled_from(_COUNT_HEADERS), min_size=1, max_size=3, unique=True))
    rates = draw(st.lists(st.sampled_from(_RATE_HEADERS), min_size=1, max_size=3, unique=True))
    order = draw(st.permutations([(h, False) for h in counts] + [(h, True) for h in rates]))
    cells = [f"{draw(st.integers(0, 100))}.{draw(st.integers(0, 99)):02d}%" if rate else str(draw(st.integers(1, 99999)))
             for _, rate in order]
    return [h for h, _ in order], cells


@given(_progress_columns())
def test_progress_and_share_cells_read_in_the_order_of_the_row(columns):
    headers, cells = columns
    report = load("序号 | 项目名称 | 年度目标 | " + " | ".join(headers) + "\n1 | 新增养老床位 | 1500 | " + " | ".join(cells) + "\n")
    row = report.rows[0]
    assert row.progress_text == " ".join(cells)
    # Both fields keep their own cells, in column order.
    assert row.actual == " ".join(c for c in cells if not c.endswith("%"))
    assert row.share == " ".join(c for c in cells if c.endswith("%"))


@pytest.mark.parametrize(
    "text",
    [
        # `|` cells with a 单位 column (人次, 元/月/人).
        P("序号 | 考核指标 | 单位 | 工作目标 | 已完成数 | 占比\n"
          "1 | 孕产妇免费产前筛查 | 人次 | 3000 | 2610 | 87%\n"
          "2 | 城市低保标准 | 元/月/人 | 650 | 680 | 100%\n", id="pipes-unit-column"),
        # single-space words, 序 号 and 备  注 split, as such tables are copied.
        P("序 号 考核指标 单位 工作目标 已完成数 占比 备  注\n"
          "1 孕产妇免费产前筛查 人次 3000 2610 87%\n"
          "2 城市低保标准 元/月/人 650 680 100%\n", id="words-unit-column"),
    ],
)
def test_unit_column(text):
    report = load(text)
    assert [(r.project, r.unit, r.task, r.actual, r.share) for r in report.rows] == [
        ("孕产妇免费产前筛查", "人次", "3000", "2610", "87%"),
        ("城市低保标准", "元/月/人", "650", "680", "100%"),
    ]
    assert report.rows[0].annual_text == "孕产妇免费产前筛查 人次 3000"
    assert report.rows[0].progress_text == "2610 87%"


# A target column that names no period is the whole task of the year or
# campaign; a period's target names its period and stays the target.
@pytest.mark.parametrize(
    ("header", "role"),
    [
        P("百日会战投资目标(亿元)", "task", id="campaign-target"),
        P("计划(亿元)", "task", id="bare-plan"),
        P("9月份目标(亿元)", "target", id="month-target"),
        P("序时目标(亿元)", "target", id="pace-target"),
        P("三季度计划(亿元)", "target", id="quarter-plan"),
    ],
)
def test_a_target_naming_no_period_is_the_task(header, role):
    text = f"地区 | {header} | 完成投资(亿元) | 完成比例%\n贵阳市 | 1027.0 | 534.5 | 52.0\n遵义市 | 855.2 | 405.8 | 47.5\n"
    report = load(text)
    first = report.rows[0]
    assert (first.task, first.target) == (("1027.0", "") if role == "task" else ("", "1027.0"))
    # The header's unit follows the figure it measures.
    assert first.annual_text == ("贵阳市 1027.0 亿元" if role == "task" else "贵阳市 亿元")
    assert first.progress_text == "534.5 52.0%"


# A verdict column (是否达到序时进度) gives official, word for word.
def test_verdict_column_is_official():
    text = """序号 | 项目名称 | 牵头单位 | 9月份目标 | 进展情况 | 是否达到序时进度
1 | 新建社区食堂6家 | 区民政局 | 建成4家 | 已建成5家 | 是
2 | 改造老旧小区15个 | 区住建委 | 完工12个 | 已完工8个 | 否
"""
    report = load(text)
    assert [r.official for r in report.rows] == ["是", "否"]
    assert nospace(report.columns["official"]) == "是否达到序时进度"


# 备注 holding a verdict (已超额完成, 进度滞后) gives official; a plain remark does not.
def test_remark_that_is_a_verdict_is_official():
    text = """序号 | 项目名称 | 牵头单位 | 目标任务 | 进展情况 | 备注
1 | 新增普惠性托位400个 | 区卫健委 | 400个 | 已新增468个 | 已超额完成
2 | 改造燃气老旧管网30公里 | 区住建委 | 30公里 | 已完成14公里 | 进度滞后
3 | 新建社区书房10家 | 区文旅局 | 10家 | 已建成7家 | 3家正在装修
"""
    report = load(text)
    first, second, third = report.rows
    assert "已超额完成" in first.official
    assert "进度滞后" in second.official
    assert third.official == ""
    assert "3家正在装修" in third.progress_text


# 80%(进度滞后): a bracketed verdict inside the progress cell gives official.
def test_bracketed_verdict_in_the_progress_cell():
    text = """序号 | 项目内容 | 当前进度 | 牵头单位
1 | 新改扩建公办幼儿园4所 | 80%(城北幼儿园进度滞后) | 区教育局
2 | 新建城市书房6家 | 100% | 区文旅局
"""
    report = load(text)
    assert "进度滞后" in report.rows[0].official
    assert report.rows[1].official == ""


# Three progress columns 7月 | 10月 | 12月: the latest is actual, the others history in order.
def test_several_progress_columns_in_pipes():
    text = """序号 | 项目名称 | 牵头单位 | 7月进展情况 | 10月进展情况 | 12月进展情况
1 | 新增公共充电桩800个 | 区发改委 | 已建成310个 | 已建成640个 | 已建成826个
2 | 新建口袋公园6个 | 区绿化市容局 | 完成设计 | 已开工4个 | 已建成6个
"""
    report = load(text)
    assert report.month == 12
    assert nospace(report.columns["actual"]) == "12月进展情况"
    first, second = report.rows
    assert first.actual == "已建成826个"
    assert first.previous_actual == "已建成640个"
    assert [(nospace(h), t) for h, t in first.history] == [("7月进展情况", "已建成310个"), ("10月进展情况", "已建成640个")]
    assert second.actual == "已建成6个"
    assert [t for _, t in second.history] == ["完成设计", "已开工4个"]


# 完成情况 over 1-10月 | 1-11月 (a two-level HTML header): 1-11月 is actual, month 11.
def test_several_progress_columns_under_a_two_level_header():
    page = """<table>
<tr><th rowspan="2">序号</th><th rowspan="2">项目名称</th><th rowspan="2">牵头单位</th><th colspan="2">完成情况</th></tr>
<tr><th>1-10月</th><th>1-11月</th></tr>
<tr><td>1</td><td>新增养老床位500张</td><td>区民政局</td><td>已新增380张</td><td>已新增455张</td></tr>
<tr><td>2</td><td>改造农村公路40公里</td><td>区交通委</td><td>已完成29公里</td><td>已完成36公里</td></tr>
</table>"""
    report = load(page)
    assert report.month == 11
    assert [(r.actual, r.previous_actual) for r in report.rows] == [("已新增455张", "已新增380张"), ("已完成36公里", "已完成29公里")]
    assert [t for _, t in report.rows[0].history] == ["已新增380张"]
    assert "1-10月" in report.rows[0].history[0][0]


# Progress columns of one period (an amount done, the image progress) are
# one progress in page order; only a column of an earlier period is history.
@pytest.mark.parametrize("header, row, actual, history", [
    P("序号 | 项目名称 | 年度计划投资(万元) | 1-9月完成投资(万元) | 形象进度 | 责任单位",
      "1 | 城东污水管网改造 | 1200 | 980 | 主体完工 | 区住建局", "980 主体完工", [], id="amount-and-image"),
    P("序号 | 项目名称 | 年内计划投资 | 年内已累计投入资金 | 工作量完成率 | 责任部门",
      "1 | 社区食堂建设 | 350 | 206 | 95% | 区民政局", "206", [], id="money-put-in"),
    P("序号 | 项目名称 | 当前工作进展 | 形象进度 | 牵头单位",
      "1 | 新建口袋公园6个 | 已开工4个 | 完成60% | 区绿化市容局", "已开工4个 完成60%", [], id="two-undated"),
    P("序号 | 项目名称 | 上月进展 | 本月进展 | 牵头单位",
      "1 | 新建口袋公园6个 | 已开工2个 | 已开工4个 | 区绿化市容局", "已开工4个", ["已开工2个"], id="last-month"),
    P("序号 | 项目名称 | 1-10月推进情况 | 1-11月推进情况 | 形象进度 | 牵头单位",
      "1 | 新建口袋公园6个 | 已开工3个 | 已开工4个 | 完成60% | 区绿化市容局", "已开工4个 完成60%", ["已开工3个"], id="dated-and-undated"),
])
def test_progress_columns_of_one_period_are_one_progress(header, row, actual, history):
    r = load(f"{header}\n{row}\n").rows[0]
    assert r.actual == actual
    assert [t for _, t in r.history] == history


_PROGRESS_CELL = st.builds("{}{}{}".format, st.sampled_from(["已建成", "已开工", "新增", "完成"]),
                           st.integers(1, 999), st.sampled_from(["个", "台", "公里", "户"]))


@given(st.integers(1, 11), st.integers(0, 1), _PROGRESS_CELL, _PROGRESS_CELL, st.sampled_from(["形象进度", "完成投资", "当前进展"]))
def test_an_earlier_period_is_history_and_an_undated_column_is_progress(month, gap, before, now, undated):
    # 1-M月 | 1-N月 | an undated column: the earlier period is history, the
    # latest and the undated one are the progress, in page order; two of one
    # period are both the progress. (A column of percentages is a share.)
    later = month + gap
    header = f"序号 | 项目名称 | 1-{month}月进展情况 | 1-{later}月进展情况 | {undated} | 牵头单位"
    r = load(f"{header}\n1 | 新建口袋公园6个 | {before} | {now} | 主体完工 | 区绿化市容局\n").rows[0]
    if gap:
        assert (r.actual, [t for _, t in r.history]) == (f"{now} 主体完工", [before])
    else:
        assert (r.actual, r.history) == (f"{before} {now} 主体完工", ())


# Beside the progress, a column of the same period that only says where it
# stands (完成情况: 已完成二季度任务, 进展状态: 按时推进) is the publisher's verdict.
@pytest.mark.parametrize("header, verdict", [
    P("序号 | 事项名称 | 进展情况 | 完成情况 | 牵头单位", "已完成二季度任务", id="done-column"),
    P("序号 | 主要工作任务 | 进展情况 | 牵头部门 | 进展状态", "按时推进", id="state-column"),
])
def test_a_verdict_beside_the_progress_is_official(header, verdict):
    cells = {"序号": "1", "事项名称": "粮食储备库扩建", "主要工作任务": "粮食储备库扩建", "进展情况": "屋面工程已完成,正在安装门窗",
             "完成情况": verdict, "进展状态": verdict, "牵头单位": "市发改局", "牵头部门": "市发改局"}
    names = [h.strip() for h in header.split("|")]
    r = load(f"{header}\n{' | '.join(cells[n] for n in names)}\n").rows[0]
    assert (r.actual, r.official) == ("屋面工程已完成,正在安装门窗", verdict)


# One cell per block, no 序号: a period in brackets closes the header word
# before it (进展情况 / (7月)); the first row's name after the progress
# columns (养老服务项目 holds 项目) is no header word; bare figures are
# progress, not row numbers.
def test_blocks_with_bracketed_periods_and_no_row_numbers():
    blocks = ["项目名称", "内容", "牵头单位", "进展情况", "(7月)", "进展情况", "(10月)",
              "养老服务项目", "新增示范型照料中心15家", "区民政局", "8", "15",
              "助餐服务项目", "新增老年助餐点20个", "区民政局", "9", "21"]
    report = load("\n\n".join(blocks) + "\n")
    assert report.month == 10
    assert [(r.no, r.project, r.actual, [t for _, t in r.history]) for r in report.rows] == [
        ("1", "养老服务项目 新增示范型照料中心15家", "15", ["8"]),
        ("2", "助餐服务项目 新增老年助餐点20个", "21", ["9"]),
    ]
    assert not [w for w in report.warnings if w.startswith("row")]


# One cell per block with header words broken over blocks (开工 / 时间,
# 总投资 / (万元)), several lead units in a row and sub-projects ①② in the
# content and progress cells: each column is found, the start date and the
# total investment stay in the cells, each sub-project is a row under the
# name over it.
def test_blocks_with_broken_header_words_several_leads_and_sub_projects():
    blocks = ["序号", "项目名称", "项目内容", "责任单位", "开工", "时间", "竣工", "时间", "总投资", "(万元)", "项目进展情况",
              "1", "完整社区建设项目", "①东区完整社区:改造服务站;②西区完整社区:提升改造公共空间。",
              "市住建局", "东区政府", "西区政府", "2025年3月", "2025年12月", "23000",
              "①东区完整社区:4月初开工建设,正在施工。②西区完整社区:目前已全面完工。",
              "2", "打通断头路项目", "新建道路190米", "市城管局", "2024年7月", "2025年12月", "7300", "已全面完工,5月31日正式通车。"]
    report = load("截至5月31日\n\n" + "\n\n".join(blocks) + "\n")
    assert [(r.no, r.project, r.actual, r.lead, r.deadline) for r in report.rows] == [
        ("1.1", "完整社区建设项目 东区完整社区:改造服务站", "东区完整社区:4月初开工建设,正在施工。",
         "市住建局 东区政府 西区政府", "2025年12月"),
        ("1.2", "完整社区建设项目 西区完整社区:提升改造公共空间。", "西区完整社区:目前已全面完工。",
         "市住建局 东区政府 西区政府", "2025年12月"),
        ("2", "打通断头路项目 新建道路190米", "已全面完工,5月31日正式通车。", "市城管局", "2025年12月"),
    ]
    assert dict(report.rows[0].cells)["开工时间"] == "2025年3月"
    assert dict(report.rows[0].cells)["总投资(万元)"] == "23000"
    assert not report.warnings


# A quarter written in digits opens a header word, alone on its line or not
# (3季度 / 目标任务): the period of that column, never a row number or data;
# the quarter's verdict column (完成状况: 序时完成) is the publisher's word.
@pytest.mark.parametrize("quarter, month", [("3季度", 9), ("第3季度", 9), ("1-3季度", 9), ("2季度", 6), ("第1季度", 3)])
@pytest.mark.parametrize("broken", [False, True], ids=["one-line", "broken"])
def test_a_quarter_in_digits_in_a_header(quarter, month, broken):
    sep = "\n" if broken else ""
    blocks = ["序号", f"重点工作及{sep}责任分解内容", f"牵头{sep}责任单位", f"{quarter}{sep}目标任务", f"{quarter}{sep}进展情况",
              f"{quarter}{sep}完成状况",
              "1", "开工建设智慧农业产业园", "古饶镇", "完成玻璃温室骨架安装", "玻璃温室骨架安装完工。", "序时完成",
              "2", "盘活闲置村部", "烈山镇", "完成项目施工进度100%", "6个村施工进度已完成90%。", "未按序时完成"]
    report = load("\n\n".join(blocks) + "\n")
    assert report.month == month
    assert [(r.no, r.lead, r.target, r.actual, r.official) for r in report.rows] == [
        ("1", "古饶镇", "完成玻璃温室骨架安装", "玻璃温室骨架安装完工。", "序时完成"),
        ("2", "烈山镇", "完成项目施工进度100%", "6个村施工进度已完成90%。", "未按序时完成"),
    ]


@given(st.lists(st.tuples(st.sampled_from(["新增养老床位", "改造老旧小区", "新建口袋公园"]), st.integers(10, 900),
                          st.integers(1, 9), st.integers(100, 99999)), min_size=2, max_size=4),
       st.sampled_from(["总投资", "计划总投资"]), st.sampled_from(["(万元)", "(亿元)"]), st.booleans())
def test_a_unit_in_brackets_on_its_own_block_finishes_the_header_word(rows, total, unit, split):
    header = ["序号", "项目名称", "牵头单位"] + ([total, unit] if split else [total + unit]) + ["进展情况"]
    cells = [c for k, (name, n, m, money) in enumerate(rows, 1)
             for c in (str(k), f"{name}{n}个", "区住建局", str(money), f"已完成{m}个")]
    report = load("截至6月底\n\n" + "\n\n".join(header + cells) + "\n")
    assert [(r.project, r.actual, dict(r.cells)[total + unit]) for r in report.rows] == [
        (f"{name}{n}个", f"已完成{m}个", str(money)) for name, n, m, money in rows]


# A schedule column (进度安排: 计划5月底完成) is when the work is due, not progress.
def test_a_schedule_column_is_the_deadline():
    r = load("序号 | 项目名称 | 进度安排 | 进展情况 | 牵头单位\n1 | 新建城市书吧2个 | 计划5月底完成 | 已建成并对外开放 | 市文广旅局\n").rows[0]
    assert (r.deadline, r.actual) == ("计划5月底完成", "已建成并对外开放")


# A second header line holding only the sub-columns of one progress group
# (完成投资 | 投资完成率 | 实施情况 under 2018年7月进展情况): they take the
# group's place, under its period; rows may leave out the merged 类别 cell.
def test_sub_columns_of_a_progress_group_take_its_place():
    text = """金额单位:万元 |
类别 | 序号 | 项目名称 | 年度计划投资 | 2018年7月进展情况 | 责任单位 |
完成投资 | 投资完成率 | 实施情况 |
一、社保惠民 | 1 | 城乡居民养老保险补贴 | 40000 | 36280 | 90.7% | 参保121.92万人 | 市人社局 各县(市、区)政府 |
2 | 困难群众生活救助 | 50000 | 30529 | 61.1% | 已发放低保补助金2140万元 | 市民政局 |
"""
    report = load(text)
    assert report.month == 7
    assert [(r.no, r.project, r.task, r.actual, r.share, r.lead) for r in report.rows] == [
        ("1", "城乡居民养老保险补贴", "40000", "36280 参保121.92万人", "90.7%", "市人社局 各县(市、区)政府"),
        ("2", "困难群众生活救助", "50000", "30529 已发放低保补助金2140万元", "61.1%", "市民政局"),
    ]
    assert report.rows[1].category == "一、社保惠民"
    assert not [w for w in report.warnings if "alignment" in w or "left empty" in w]


# 项目名称 merged down over both header rows, 项目类别 over the second row's
# columns: the columns are 项目名称 and then the second row's (rows leave
# the empty forecast columns out); a bare number under (%) is a share.
def test_a_last_group_cell_heads_the_second_header_row():
    text = """项目名称 | 项目类别 | ||||
工作任务 | 实际已完成工作量 | 完成工作进度(%) | 预计至12月31日完成工作量 | 预计至12月31日完成工作进度(%) | |
提质改造老年学校。 | 建设老年学校2所 | 已完成。 | 100 | ||
新城新增学位项目。 | 增加学位1080个 | 正在进行基础施工。 | 60 | ||
"""
    report = load(text)
    assert [(r.project, r.task, r.actual, r.share) for r in report.rows] == [
        ("提质改造老年学校。", "建设老年学校2所", "已完成。", "100%"),
        ("新城新增学位项目。", "增加学位1080个", "正在进行基础施工。", "60%"),
    ]


# A header line broken inside its last cell (8月 / 份目标) is no group over the
# next line, though the rows are as wide as a group's leaf columns would be
# (found by test_damage's property).
def test_a_header_broken_inside_its_last_cell_is_no_group():
    text = """序号 | 项目内容及居民受益面 | 牵头单位 | 8月
份目标 | 进展情况 |
1 | 新增1个共享充电桩示范小区 | 区发展改革委 | 充电桩示范小区安装。 | 正在建设。 |
2 | 既有多层住宅加装电梯新增400台 | 区房管局 | 新增30台。 | 新增81台。 |
"""
    r = load(text).rows[0]
    assert (r.target, r.actual) == ("充电桩示范小区安装。", "正在建设。")


# A header line that broke is not a group: its rows are as wide as both lines.
def test_a_broken_header_line_is_not_a_group():
    text = """序号 | 项目名称 | 年度目标 | 1-8月进展情况 |
完成率 | 牵头单位 |
1 | 新建口袋公园6个 | 6个 | 已建成4个 | 67% | 区绿化市容局 |
"""
    r = load(text).rows[0]
    assert (r.actual, r.share, r.lead) == ("已建成4个", "67%", "区绿化市容局")


# ---------------------------------------------------------------------------
# 4. Layouts
# ---------------------------------------------------------------------------

LAYOUT_EXPECTED = [
    ("1", "新建口袋公园3个", "区绿化市容局", "3个", "已建成2个"),
    ("2", "新增公共停车泊位900个", "区交通委", "900个", "已新增720个"),
    ("3", "新建社区食堂6家", "区民政局", "6家", "已建成4家"),
]


# One cell per line, no separator at all (no `|`, no blank lines).
def test_one_cell_per_line_without_separator():
    lines = ["2023年区政府实事项目1-9月进展情况", "序号", "项目名称", "牵头单位", "目标任务", "1-9月完成情况"]
    for no, project, lead, task, actual in LAYOUT_EXPECTED:
        lines += [no, project, lead, task, actual]
    report = load("\n".join(lines) + "\n")
    assert rows_of(report, ("no", "project", "lead", "task", "actual")) == LAYOUT_EXPECTED
    assert report.month == 9


# `|` cells with empty cells written `||` and `||||`.
def test_pipes_with_empty_cells():
    text = """序号|项目名称|牵头单位|分管领导|目标任务|进展情况|备注
1|新增公共充电桩800个|区发改委|周建国|800个|已建成620个|
2|改造燃气老旧管网30公里|区住建委||30公里|已完成24公里|
3|建设社区嵌入式养老服务设施4处||||已建成3处|
4|开展老年人免费体检4万人|区卫健委|吴晓峰|4万人|已体检3.2万人|
"""
    report = load(text)
    assert rows_of(report, ("no", "project", "task", "actual", "remark")) == [
        ("1", "新增公共充电桩800个", "800个", "已建成620个", ""),
        ("2", "改造燃气老旧管网30公里", "30公里", "已完成24公里", ""),
        ("3", "建设社区嵌入式养老服务设施4处", "", "已建成3处", ""),
        ("4", "开展老年人免费体检4万人", "4万人", "已体检3.2万人", ""),
    ]
    assert [r.lead for r in report.rows if r.no in ("1", "2", "4")] == ["区发改委", "区住建委", "区卫健委"]
    assert [r.person for r in report.rows if r.no in ("1", "4")] == ["周建国", "吴晓峰"]


# Space-aligned columns whose header breaks over three lines (1-9月 / 实际完成情况 / 任务完成率 备注).
def test_space_aligned_columns_with_header_broken_over_lines():
    text = """2023年1-9月区重点民生实事项目完成情况
序号  项目名称  责任单位  目标任务  1-9月
实际完成情况
任务完成率  备注
1  新增城镇就业  区人社局  6200人  4810人  78%
2  新增普惠性托位  区卫健委  420个  390个  93%
3  改造农村公路  区交通委  45公里  28公里  62%  剩余路段计划11月底前完工
"""
    report = load(text)
    assert report.month == 9
    assert nospace(report.columns["actual"]) == "1-9月实际完成情况"
    assert rows_of(report, ("no", "project", "lead", "task", "actual", "share", "remark")) == [
        ("1", "新增城镇就业", "区人社局", "6200人", "4810人", "78%", ""),
        ("2", "新增普惠性托位", "区卫健委", "420个", "390个", "93%", ""),
        ("3", "改造农村公路", "区交通委", "45公里", "28公里", "62%", "剩余路段计划11月底前完工"),
    ]


NAV_PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>2023年区政府实事项目1-9月进展情况_区人民政府</title></head>
<body>
<div class="top"><a href="/">首页</a> | <a href="/zwgk">政务公开</a> | <a href="/hdjl">互动交流</a></div>
<table class="nav"><tr><td><a href="/">首页</a></td><td><a href="/jggk">机构概况</a></td><td><a href="/zwgk">政务公开</a></td><td><a href="/bsfw">办事服务</a></td></tr></table>
<div class="crumb">当前位置:首页 &gt; 政务公开 &gt; 实事项目</div>
<h1>2023年区政府实事项目1-9月进展情况</h1>
<p>发布时间:2023-10-12</p><p>信息来源:区政府督查室</p>
<table border="1">
<tr><td colspan="5">2023年区政府实事项目1-9月进展情况</td></tr>
<tr><th>序号</th><th>项目名称</th><th>牵头单位</th><th>目标任务</th><th>1-9月完成情况</th></tr>
<tr><td rowspan="2">1</td><td>新增养老床位300张</td><td rowspan="3">区民政局</td><td>300张</td><td>已新增240张</td></tr>
<tr><td>其中认知障碍照护床位80张</td><td>80张</td><td>已改造60张</td></tr>
<tr><td>2</td><td>新建社区长者食堂6家</td><td>6家</td><td>已建成5家</td></tr>
<tr><td>3</td><td>改造校园运动场8个</td><td>区教育局</td><td>8个</td><td>已完工6个</td></tr>
</table>
<div class="footer"><p>主办:区人民政府办公室 承办:区大数据中心</p><p>网站标识码:3101120001</p><p>联系电话:021-55501234</p></div>
</body></html>"""


# HTML inside a page: navigation table and footer around a table with rowspan 序号/牵头单位 and a colspan title.
@pytest.mark.parametrize("as_bytes", [False, True], ids=["str", "bytes"])
def test_html_page_with_navigation_and_footer(as_bytes):
    report = load_report(io.BytesIO(NAV_PAGE.encode("utf-8")) if as_bytes else io.StringIO(NAV_PAGE))
    assert report.format == "html"
    assert rows_of(report, ("no", "project", "lead", "task", "actual")) == [
        ("1", "新增养老床位300张", "区民政局", "300张", "已新增240张"),
        ("1.2", "其中认知障碍照护床位80张", "区民政局", "80张", "已改造60张"),
        ("2", "新建社区长者食堂6家", "区民政局", "6家", "已建成5家"),
        ("3", "改造校园运动场8个", "区教育局", "8个", "已完工6个"),
    ]
    assert report.month == 9 and report.year == 2023
    for row in report.rows:
        for _, cell in row.cells:
            for furniture in ("首页", "机构概况", "办事服务", "主办", "网站标识码"):
                assert furniture not in cell, (row.no, cell)


TWO_TABLES_PIPES = """2023年区政府实事项目1-9月进展情况
一、区级实事项目
序号 | 项目名称 | 牵头单位 | 1-9月完成情况
1 | 新建社区食堂5家 | 区民政局 | 已建成4家
2 | 新增停车泊位1200个 | 区交通委 | 已新增980个
二、街镇实事项目
序号 | 项目名称 | 责任单位 | 目标任务 | 进展情况
1 | 改造街巷路灯300盏 | 城东街道 | 300盏 | 已改造260盏
2 | 新建口袋公园2个 | 城西街道 | 2个 | 已建成1个
"""

TWO_TABLES_HTML = """<html><body><h1>2023年区政府实事项目1-9月进展情况</h1>
<p>一、区级实事项目</p>
<table><tr><th>序号</th><th>项目名称</th><th>牵头单位</th><th>1-9月完成情况</th></tr>
<tr><td>1</td><td>新建社区食堂5家</td><td>区民政局</td><td>已建成4家</td></tr>
<tr><td>2</td><td>新增停车泊位1200个</td><td>区交通委</td><td>已新增980个</td></tr></table>
<p>二、街镇实事项目</p>
<table><tr><th>序号</th><th>项目名称</th><th>责任单位</th><th>目标任务</th><th>进展情况</th></tr>
<tr><td>1</td><td>改造街巷路灯300盏</td><td>城东街道</td><td>300盏</td><td>已改造260盏</td></tr>
<tr><td>2</td><td>新建口袋公园2个</td><td>城西街道</td><td>2个</td><td>已建成1个</td></tr></table>
</body></html>"""


@pytest.mark.parametrize(
    "text",
    [
        # two `|` tables one after another, each with its own header.
        P(TWO_TABLES_PIPES, id="pipes-two-tables"),
        # two <table>s in one page.
        P(TWO_TABLES_HTML, id="html-two-tables"),
    ],
)
def test_two_tables_in_one_file(text):
    report = load(text)
    assert [(r.project, r.lead, r.actual) for r in report.rows] == [
        ("新建社区食堂5家", "区民政局", "已建成4家"),
        ("新增停车泊位1200个", "区交通委", "已新增980个"),
        ("改造街巷路灯300盏", "城东街道", "已改造260盏"),
        ("新建口袋公园2个", "城西街道", "已建成1个"),
    ]
    assert report.rows[2].task == "300盏"


# ---------------------------------------------------------------------------
# 5. Never silently wrong
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a `|` header and nothing under it.
        P("2023年区政府实事项目进展情况\n序号 | 项目名称 | 牵头单位 | 进展情况\n", id="pipes-header-only"),
        # an HTML table holding only its header row.
        P("<table><tr><th>序号</th><th>项目名称</th><th>牵头单位</th><th>进展情况</th></tr></table>", id="html-header-only"),
        # the header one cell per paragraph, then page text.
        P("序号\n\n项目名称\n\n牵头单位\n\n进展情况\n\n信息来源:区政府督查室\n", id="blocks-header-only"),
    ],
)
def test_header_without_rows_raises(text):
    with pytest.raises(ReportFormatError):
        load(text)


@pytest.mark.parametrize(
    "text, bad",
    [
        # `|` row 2 with a percentage under 项目名称 and the lead under 进展情况.
        P("序号 | 项目名称 | 牵头单位 | 进展情况\n"
          "1 | 新建社区食堂5家 | 区民政局 | 已建成4家\n"
          "2 | 85% | 新增停车泊位1200个 | 区交通委\n"
          "3 | 改造街巷路灯300盏 | 区城管委 | 已改造260盏\n", "2", id="pipes-scrambled-row"),
        # the same in single-space words.
        P("序号 项目名称 牵头单位 进展情况\n"
          "1 新建社区食堂5家 区民政局 已建成4家\n"
          "2 85% 新增停车泊位1200个 区交通委\n"
          "3 改造街巷路灯300盏 区城管委 已改造260盏\n", "2", id="words-scrambled-row"),
    ],
)
def test_unalignable_row_carries_a_warning_naming_it(text, bad):
    report = load(text)
    assert [r.no for r in report.rows] == ["1", "2", "3"]
    assert names_row(report.warnings, bad), report.warnings


# ---------------------------------------------------------------------------
# 6. Traditional characters, Big5, pinyin mirrors
# ---------------------------------------------------------------------------

SIMPLIFIED = """序号 | 项目名称 | 进展情况 | 牵头单位
1 | 新建社区养老服务中心3个 | 已建成2个,第3个正在装修 | 区民政局
2 | 改造老旧小区15个 | 已完工11个 | 区住建委
3 | 新增公办学位1200个 | 已新增1200个 | 区教育局
"""

TRADITIONAL = """序號 | 項目名稱 | 進展情況 | 牽頭單位
1 | 新建社區養老服務中心3個 | 已建成2個,第3個正在裝修 | 區民政局
2 | 改造老舊小區15個 | 已完工11個 | 區住建委
3 | 新增公辦學位1200個 | 已新增1200個 | 區教育局
"""


# 項目名稱 | 進展情況 | 牽頭單位 with traditional cells reads like the simplified table.
@pytest.mark.parametrize("words", [False, True], ids=["pipes", "words"])
def test_traditional_reads_like_simplified(words):
    simp, trad = SIMPLIFIED, TRADITIONAL
    if words:
        simp, trad = (t.replace(" | ", " ") for t in (simp, trad))
    s, t = load(simp), load(trad)
    assert len(s.rows) == len(t.rows) == 3
    assert set(s.columns) == set(t.columns) >= {"no", "project", "actual", "lead"}
    assert [r.no for r in t.rows] == [r.no for r in s.rows]
    assert all(r.lead and r.actual and r.project for r in t.rows)


# The traditional table as Big5 bytes (a file and a stream).
def test_big5_file_loads(tmp_path):
    data = ("2023年區政府實事項目進展情況\n" + TRADITIONAL).encode("big5")
    path = tmp_path / "report-big5.txt"
    path.write_bytes(data)
    for source in (path, io.BytesIO(data)):
        report = load_report(source)
        assert [r.no for r in report.rows] == ["1", "2", "3"]
        assert {"project", "actual", "lead"} <= set(report.columns)


@pytest.mark.parametrize("encoding", ["big5", "gb18030", "utf-8", "utf-16", "utf-32"])
def test_html_and_text_decode_alike_without_a_declared_encoding(encoding, tmp_path):
    # One decoder: an HTML page with no <meta charset> (Big5 was read as
    # GB18030 and garbled) and a text file give the same rows.
    cells = [line.split(" | ") for line in TRADITIONAL.strip().splitlines()]
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in cells)
    page = f"<html><body><h1>2023年區政府實事項目進展情況</h1><table>{body}</table></body></html>"
    text = "2023年區政府實事項目進展情況\n" + TRADITIONAL
    html_path, text_path = tmp_path / "r.html", tmp_path / "r.txt"
    html_path.write_bytes(page.encode(encoding))
    text_path.write_bytes(text.encode(encoding))
    html_rows = [(r.no, r.project, r.actual) for r in load_report(html_path).rows]
    assert html_rows == [(r.no, r.project, r.actual) for r in load_report(text_path).rows]
    assert html_rows[0] == ("1", "新建社區養老服務中心3個", "已建成2個,第3個正在裝修")


_PINYIN = {"序": "xù", "号": "hào", "项": "xiàng", "目": "mù", "名": "míng", "称": "chēng", "进": "jìn", "展": "zhǎn",
           "情": "qíng", "况": "kuàng", "牵": "qiān", "头": "tóu", "单": "dān", "位": "wèi", "建": "jiàn", "成": "chéng"}


def with_pinyin(text: str) -> str:
    return "".join(f"{ch}({_PINYIN[ch]})" if ch in _PINYIN else ch for ch in text)


# A mirror page that puts pinyin in brackets after characters loads like the page.
def test_pinyin_mirror_loads():
    plain = "2023年区政府实事项目进展情况\n" + SIMPLIFIED
    mirror = with_pinyin(plain)
    assert "项(xiàng)目(mù)进(jìn)展(zhǎn)情(qíng)况(kuàng)" in mirror
    assert rows_of(load(mirror)) == rows_of(load(plain))
    assert len(load(mirror).rows) == 3


# ---------------------------------------------------------------------------
# 7. The period from titles and text above the table
# ---------------------------------------------------------------------------

_PLAIN_TABLE = """序号 | 项目名称 | 牵头单位 | 进展情况
1 | 新建社区食堂5家 | 区民政局 | 已建成4家
2 | 新增停车泊位1200个 | 区交通委 | 已新增980个
"""


@pytest.mark.parametrize(
    "title, month",
    [
        P("2023年区政府实事项目进展情况(截至9月底)", 9, id="截至9月底"),
        P("2023年区政府实事项目进展情况（截至9月底）", 9, id="截至9月底-fullwidth"),
        P("2023年1-10月区政府实事项目推进情况", 10, id="1-10月"),
        P("2023年上半年区为民办实事项目进展情况", 6, id="上半年"),
        P("2023年前三季度区民生实事项目进展情况", 9, id="前三季度"),
        P("2023年一季度区为民办实事项目进展情况", 3, id="一季度"),
        P("2023年区政府实事项目进展情况(截至5月15日)", 4.5, id="截至5月15日"),
    ],
)
def test_period_from_the_title(title, month):
    report = load(title + "\n" + _PLAIN_TABLE)
    assert report.month == month
    assert report.year == 2023
    assert len(report.rows) == 2


# The period stated in a sentence above the table, not in the title.
def test_period_from_a_sentence_above_the_table():
    text = "2023年区政府实事项目进展情况\n截至9月底,全区实事项目总体按序时推进,具体情况如下:\n" + _PLAIN_TABLE
    report = load(text)
    assert report.month == 9
    assert len(report.rows) == 2


# ---------------------------------------------------------------------------
# 8. Prose: an article, no table
# ---------------------------------------------------------------------------

ARTICLE_NUMBERED = """2023年区为民办实事项目1-9月进展情况
今年区政府确定的为民办实事项目总体进展顺利,现将1-9月进展情况公布如下:
1.新增养老床位200张。目前已完成150张。
2.改造老旧小区12个。已完成改造9个,其余3个正在施工。
3.新建社区食堂5家。已建成运营2家,3家正在进行招标。
"""

ARTICLE_HEADINGS = """2023年区为民办实事项目前三季度进展情况
区政府督查室近日对今年为民办实事项目进行了督查,具体情况如下:
(一)新建口袋公园3个
已建成2个,第3个正在进行绿化种植。
(二)新增公共充电桩600个
已建成充电桩480个。
(三)改造农村公路30公里
已完成路面改造31公里,超额完成年度任务。
"""


def _clean(s: str) -> str:
    return s.strip().rstrip("。").replace("，", ",")


@pytest.mark.parametrize(
    "article, expected",
    [
        # numbered items, project and progress in one paragraph.
        P(ARTICLE_NUMBERED, [("新增养老床位200张", "目前已完成150张"),
                             ("改造老旧小区12个", "已完成改造9个,其余3个正在施工"),
                             ("新建社区食堂5家", "已建成运营2家,3家正在进行招标")], id="numbered-items"),
        # a heading line per item, the progress on the next line.
        P(ARTICLE_HEADINGS, [("新建口袋公园3个", "已建成2个,第3个正在进行绿化种植"),
                             ("新增公共充电桩600个", "已建成充电桩480个"),
                             ("改造农村公路30公里", "已完成路面改造31公里,超额完成年度任务")], id="heading-per-item"),
    ],
)
def test_prose_rows_and_their_scores(article, expected):
    report = load(article)
    assert [(_clean(r.project), _clean(r.actual)) for r in report.rows] == expected
    assert report.month == 9
    by_hand = [score_progress(r.target, r.progress_text, annual=r.annual_text, month=report.month).status
               for r in report.rows]
    assert [s.status for s in score_report(report)] == by_hand


# ---------------------------------------------------------------------------
# 9. Property: merged 序号/牵头单位 cells read like the full table
# ---------------------------------------------------------------------------

LEADS = ["区民政局", "区教育局", "区住建委", "区卫健委", "区交通委", "城东街道", "区城运中心", "区府办"]
PROJECTS = ["新增{n}张养老床位", "改造{n}个老旧小区", "新建{n}家社区食堂", "新增{n}个公共充电桩", "建设{n}公里绿道",
            "新增{n}个公办学位", "新建{n}个口袋公园"]
MEASURES = ["", "张", "个", "家"]


@st.composite
def merged_tables(draw):
    """(rows, merged): rows of (project, lead, target, actual); merged[i] says
    row i leaves out its 序号 and 牵头单位 (the lead is then the row above's)."""
    n = draw(st.integers(2, 6))
    rows, merged = [], []
    for i in range(n):
        is_merged = i > 0 and draw(st.booleans())
        lead = rows[-1][1] if is_merged else draw(st.sampled_from(LEADS))
        project = draw(st.sampled_from(PROJECTS)).format(n=draw(st.integers(1, 5000)))
        measure = draw(st.sampled_from(MEASURES))
        target = f"{draw(st.integers(1, 3000))}{measure}"
        actual = f"{draw(st.integers(0, 3000))}{measure}"
        rows.append((project, lead, target, actual))
        merged.append(is_merged)
    return rows, merged


_HEADER = "序号 | 项目名称 | 牵头单位 | 目标 | 进展情况"


def _render_full(rows) -> str:
    return "\n".join([_HEADER] + [f"{i} | {p} | {l} | {t} | {a}" for i, (p, l, t, a) in enumerate(rows, 1)]) + "\n"


def _render_merged(rows, merged) -> str:
    lines, no = [_HEADER], 0
    for (p, l, t, a), m in zip(rows, merged):
        if m:
            lines.append(f"{p} | {t} | {a}")
        else:
            no += 1
            lines.append(f"{no} | {p} | {l} | {t} | {a}")
    return "\n".join(lines) + "\n"


@given(merged_tables())
def test_merged_cells_read_like_the_full_table(table):
    rows, merged = table
    full = load(_render_full(rows))
    short = load(_render_merged(rows, merged))
    key = ("project", "lead", "task", "actual")  # a bare 目标 is the task
    assert rows_of(full, key) == rows
    assert rows_of(short, key) == rows_of(full, key)
    assert [r.is_subrow for r in short.rows] == merged



_RECORD = ["索引号: | 113706850042672474/2022-04772 | 成文日期: | 2022-10-08 |", "发布机构: | 区政府办公室 |",
           "主题分类: | 城乡建设 | 发文日期: | 2023-07-06"]


@given(merged_tables(), non_quantities(kinds=["phone"]), st.sampled_from(["", "监督电话", "联系电话:"]),
       st.lists(st.sampled_from(_RECORD), max_size=3))
def test_a_phone_column_and_the_page_record_change_no_row(table, phone, label, record):
    # A phone cell on every row (merged rows too) and the page's record of
    # the document under the table: the same rows as the table without them.
    rows, merged = table
    cell = label + phone if phone[0].isdigit() else phone  # 热线… has its label
    lines = _render_merged(rows, merged).splitlines()
    text = "\n".join([lines[0] + " | 监督电话"] + [f"{ln} | {cell}" for ln in lines[1:]] + record) + "\n"
    key = ("project", "lead", "task", "actual")
    report = load(text)
    assert rows_of(report, key) == rows_of(load(_render_merged(rows, merged)), key)
    assert all(dict(r.cells)["监督电话"] == cell for r in report.rows)


_NAMES = ["农村人居环境整治提升工程", "教育惠民工程", "健康服务提升行动", "城市更新行动"]
_CONTENTS = ["新增绿化面积{n}亩。", "建设“四好农村路”{n}公里。", "完成生活污水治理村庄{n}个。", "新建公办幼儿园{n}所。"]
_PROGRESS = ["已完成{n}亩。", "完工建设{n}公里。", "{n}个村庄已全部开工建设。", "正在招标。", "主体完工。"]


@given(st.lists(st.tuples(st.sampled_from(_NAMES), st.lists(st.tuples(
    st.sampled_from(_CONTENTS), st.sampled_from(_PROGRESS), st.integers(1, 900)), min_size=1, max_size=4)),
    min_size=1, max_size=3, unique_by=lambda g: g[0]), st.sampled_from(LEADS))
def test_property_a_name_merged_over_its_contents_heads_them(groups, lead):
    """项目名称 | 项目内容 | 进展情况 | 进度评价 | 主办单位: the rows after a
    numbered row leave out 序号, the name and the unit, whatever their
    contents hold: the contents stay contents, the progress progress."""
    lines = ["序号 | 项目名称 | 项目内容 | 进展情况 | 进度评价 | 主办单位"]
    expected = []
    for g, (name, items) in enumerate(groups, 1):
        for k, (content, progress, n) in enumerate(items):
            c, a = content.format(n=n), progress.format(n=n)
            if k == 0:
                lines.append(f"{g} | {name} | {c} | {a} | 正常推进 | {lead} |")
                expected.append((str(g), f"{name} {c}", a, lead, ""))
            else:
                lines.append(f"{c} | {a} | 正常推进 | |||")
                expected.append((f"{g}.{k + 1}", c, a, lead, name))
    report = load("\n".join(lines) + "\n")
    assert [(r.no, r.project, r.actual, r.lead, r.section) for r in report.rows] == expected
    assert not any("left empty" in w for w in report.warnings)


# Rows whose line breaks were lost in copying: the next row's number, one
# cell past the columns, starts that row.
@given(merged_tables().map(lambda t: t[0]), st.data())
def test_rows_fused_on_one_line_read_like_the_full_table(rows, data):
    full = _render_full(rows).splitlines()
    lines = [full[0], full[1]]
    for line in full[2:]:
        if data.draw(st.booleans()):
            lines[-1] += " | " + line  # the line break before this row lost
        else:
            lines.append(line)
    key = ("no", "project", "lead", "task", "actual")
    assert rows_of(load("\n".join(lines) + "\n"), key) == rows_of(load("\n".join(full) + "\n"), key)


@pytest.mark.parametrize("line, rows", [
    # two rows on one line
    P("2|改造老旧小区20个|区房管局|已完成5个|3|新增停车位500个|区交通委|新增600个",
      [("2", "改造老旧小区20个", "已完成5个"), ("3", "新增停车位500个", "新增600个")], id="two"),
    # three rows, the last with its lead cell merged away
    P("2|改造老旧小区20个|区房管局|已完成5个|3|新增停车位500个|区交通委|新增600个|4|新建公厕8座|已建成3座",
      [("2", "改造老旧小区20个", "已完成5个"), ("3", "新增停车位500个", "新增600个"), ("4", "新建公厕8座", "已建成3座")],
      id="three"),
    # a figure where the next row would start is not a row number: one row,
    # whose cells are a guess
    P("2|改造老旧小区20个|区房管局|已完成5个|8|个|其中|东区", [("2", "改造老旧小区20个", None)], id="not-next-number"),
])
def test_rows_fused_on_one_line(line, rows):
    text = "序号|项目内容|牵头单位|进展情况\n1|新建公园10个|区绿化局|已建成8个\n" + line + "\n"
    got = load(text).rows[1:]
    assert [(r.no, r.project, r.actual if actual is not None else None) for r, (_, _, actual) in zip(got, rows)] == rows
    assert len(got) == len(rows)
    assert [r.unaligned for r in got] == [any(a is None for _, _, a in rows)] * len(rows)



@pytest.mark.parametrize("line, project, heading", [
    # the rest of the task, under it in a cell the other columns span
    P("新增学位810个 | | | | |", "新改扩建公办中小学校1所 新增学位810个", "", id="task-goes-on"),
    # a heading row is no part of the task above
    P("二、民生保障类 | | | | |", "新改扩建公办中小学校1所", "二、民生保障类", id="heading"),
])
def test_a_line_of_one_first_cell_under_a_row(line, project, heading):
    text = ("序号 | 工作任务 | 责任单位 | 一季度目标 | 进展情况 | 目标完成情况\n"
            "1 | 新改扩建公办中小学校1所 | 教体局 | 室内安装 | 室内装修完成80% | 顺利推进\n"
            + line + "\n2 | 新建幼儿园2所 | 教体局 | 开工 | 已开工 | 顺利推进\n")
    rows = load(text).rows
    assert [(r.no, r.project) for r in rows] == [("1", project), ("2", "新建幼儿园2所")]
    assert rows[0].official == "顺利推进"
    assert rows[1].section == heading



@given(merged_tables().map(lambda t: t[0]), st.data())
def test_a_task_broken_under_its_row_reads_whole(rows, data):
    # Any row's task written over two lines of the grid, the second line
    # holding only the rest of it, reads as the task whole.
    k = data.draw(st.integers(0, len(rows) - 1))
    project = rows[k][0]
    cuts = [i for i in range(2, len(project) - 1) if "\u4e00" <= project[i] <= "\u9fff"]
    if not cuts:
        return
    i = data.draw(st.sampled_from(cuts))
    lines = _render_full(rows).splitlines()
    lines[k + 1] = lines[k + 1].replace(project, project[:i], 1)
    lines.insert(k + 2, project[i:] + " | | | |")
    got = load("\n".join(lines) + "\n").rows
    assert [r.project.replace(" ", "") for r in got] == [r[0] for r in rows]



def test_a_task_broken_before_a_place_word_is_no_place_heading():
    # Found by the property above: 个老旧小区 ends in 区 but names what is
    # done, not a district over the rows.
    text = "序号 | 项目名称 | 牵头单位 | 目标 | 进展情况\n1 | 改造1 | 区民政局 | 1 | 0\n个老旧小区 | | | |\n2 | 新增1张养老床位 | 区民政局 | 1 | 0\n"
    assert [r.project for r in load(text).rows] == ["改造1 个老旧小区", "新增1张养老床位"]



def test_cells_with_runs_of_empty_cells():
    # One cell per line ending in |: a line of only | (or ||, ||||) is that
    # many empty cells, each a column's; 区城投 (an investment company) leads.
    text = ("2024年民生实事项目进度表\n序号 |\n项目名称 |\n牵头单位 |\n进展情况 |\n备注 |\n"
            "1 |\n新建文化中心北路 |\n区城投 |\n已完工 |\n|\n"
            "2 |\n改造乐业路 |\n区城管局 |\n正在施工 |\n|\n"
            "3 |\n新建井盖整治项目 |\n区城管局 |\n||\n")
    report = load(text)
    assert [(r.no, r.project, r.lead, r.actual, r.remark) for r in report.rows] == [
        ("1", "新建文化中心北路", "区城投", "已完工", ""), ("2", "改造乐业路", "区城管局", "正在施工", ""),
        ("3", "新建井盖整治项目", "区城管局", "", "")]
    assert not [w for w in report.warnings if w.startswith("row")]



def test_key_work_plan_in_blocks():
    # 重点工作 | 责任领导 | 责任科室 | 攻坚目标任务 | 工作任务安排 第二季度 | 完成情况,
    # one cell per paragraph, the header broken into words; a team set up
    # for the task (…工作领导小组) leads it.
    cells = ["某镇2024年度重点工作计划二季度执行情况", "序号", "重点工作", "责任", "领导", "责任", "科室", "攻坚目标", "任务",
             "工作任务安排", "第二季度", "完成情况",
             "1", "东山水库工程政策处理", "张明", "东山水库工程政策处理工作领导小组", "完成项目政策处理工作,推进大坝建设。",
             "推进坟墓迁移工作。", "库区内坟墓迁移进度达60%。",
             "2", "美丽城镇建设", "李华", "乡村振兴办", "成功创建省级美丽城镇。", "按照时间节点开展项目建设。",
             "19个项目完成投资3000万元。"]
    report = load(_blocks(cells))
    assert {k: nospace(v) for k, v in report.columns.items()} == {
        "no": "序号", "project": "重点工作", "person": "责任领导", "lead": "责任科室", "task": "攻坚目标任务",
        "target": "工作任务安排第二季度", "actual": "完成情况"}
    assert [(r.project, r.person, r.lead, r.task, r.target, r.actual) for r in report.rows] == [
        ("东山水库工程政策处理", "张明", "东山水库工程政策处理工作领导小组", "完成项目政策处理工作,推进大坝建设。",
         "推进坟墓迁移工作。", "库区内坟墓迁移进度达60%。"),
        ("美丽城镇建设", "李华", "乡村振兴办", "成功创建省级美丽城镇。", "按照时间节点开展项目建设。", "19个项目完成投资3000万元。"),
    ]
    assert report.month == 6


def test_a_row_of_twice_as_many_cells_as_columns_is_for_a_person_to_check():
    # Nine cells under four columns: which is whose is a guess, so however
    # clear the arithmetic, the verdict says so and asks for a check.
    text = ("2022年1-8月民生实事项目进展情况\n序号|项目内容|牵头单位|进展情况\n1|新建公园10个|区绿化局|已建成8个\n"
            "2|改造老旧小区20个|区房管局|已完成15个|其中|东区|8个|西区|7个\n")
    report = load(text)
    assert [r.unaligned for r in report.rows] == [False, True]
    scored = score_report(report).rows
    assert not scored[0].score.needs_review
    assert scored[1].score.needs_review and scored[1].score.reason.startswith("本行单元格数多于列数一倍")


def test_space_table_with_a_reference_number_column():
    # 政府工作报告任务 tables number each task twice: the row and the
    # city's own reference (市折子号); that number is never progress.
    text = """2021年重点任务一季度完成情况
序号 市折子号 市政府工作报告任务 目前进展情况
1 21 建立市区两级管理体制,完善督查督办机制。 成立领导小组及办公室,编制工作细则。
2 69 推进国际消费中心城市建设。 组织召开商圈建设协调会,研究落实有关工作。
"""
    r = load(text)
    assert [(x.no, x.project, x.actual) for x in r.rows] == [
        ("1", "建立市区两级管理体制,完善督查督办机制。", "成立领导小组及办公室,编制工作细则。"),
        ("2", "推进国际消费中心城市建设。", "组织召开商圈建设协调会,研究落实有关工作。"),
    ]
    assert [c for c in r.rows[0].cells if c[1] == "21"]
    assert not any("fit" in w for w in r.warnings)


@pytest.mark.parametrize("text, projects", [
    ("""某县十大民生工程完成投资5.8亿元
  今年以来,某县坚持将新增财力的80%用于民生工程建设,截至目前,十大民生工程累计共完成投资5.8亿元。
  总投资1.3亿元的中医院迁建工程,完成住院楼主体建设,正在进行装修;总投资2亿元的县医院迁建工程,完成门诊楼主体建设,正在进行内部装修;总投资4349万元的黄河控导工程已竣工。
""", ["总投资1.3亿元的中医院迁建工程", "总投资2亿元的县医院迁建工程", "总投资4349万元的黄河控导工程"]),
    # the same page in traditional characters reads alike
    ("""某縣十大民生工程完成投資5.8億元
  今年以來,某縣堅持將新增財力的80%用於民生工程建設,截至目前,十大民生工程累計共完成投資5.8億元。
  總投資1.3億元的中醫院遷建工程,完成住院樓主體建設,正在進行裝修;總投資2億元的縣醫院遷建工程,完成門診樓主體建設,正在進行內部裝修;總投資4349萬元的黃河控導工程已竣工。
""", ["總投資1.3億元的中醫院遷建工程", "總投資2億元的縣醫院遷建工程", "總投資4349萬元的黃河控導工程"]),
], ids=["simplified", "traditional"])
def test_news_headline_and_programme_totals_are_no_projects(text, projects):
    # The headline repeats as the first line; 十大民生工程 is the programme;
    # 截至目前 alone reports nothing; 坚持… is policy.
    assert [x.project for x in load(text).rows] == projects


def test_merged_category_cell_missing_with_an_empty_cell_at_the_end():
    # A pipe table copied with a trailing |: the rows under a merged 类别
    # cell lack it but end with an empty cell, so their count still fits;
    # the cells are placed by what they hold (progress opens with 已, ends
    # with 建设中).
    text = """序号 | 项目分类 | 实事内容 | 完成情况 |
1 | 提升城乡人居环境 | 实施低保家庭“善居工程”100户。 | 截至目前,已开展入户改造40户。 |
2 | 新改建农村生活污水处理设施27个。 | 27个项目开工建设中。 | |
3 | 公交化改造农村班线10条。 | 已完成10条线路改造。 | |
4 | 优化农村出行条件 | 实施低等级公路提升改造工程35公里。 | 项目完成总体进度的98.42%。 |
"""
    r = load(text)
    assert [(x.project, x.actual) for x in r.rows] == [
        ("实施低保家庭“善居工程”100户。", "截至目前,已开展入户改造40户。"),
        ("新改建农村生活污水处理设施27个。", "27个项目开工建设中。"),
        ("公交化改造农村班线10条。", "已完成10条线路改造。"),
        ("实施低等级公路提升改造工程35公里。", "项目完成总体进度的98.42%。"),
    ]
    assert any("rows 2, 3: no cell for 项目分类" in w for w in r.warnings), r.warnings


def test_numbered_pipe_table_without_a_header_row():
    # Copied without its header: the columns are named by what their cells
    # hold, and the report says so.
    text = """2021年民生实事项目7月份进展情况
1 | 完成27所学校教育基础设施改造提升,新安装空调970台。 | 县教育局 | 已经安装公办中小学970台空调。 | 按时序推进 |
2 | 完成10家示范型居家养老服务照料中心建设。 | 县民政局 | 已完成设计方案,5家施工中,5家完成建设。 | 按时序推进 |
3 | 对350户生活困难老年人家庭进行适老化改造。 | 县民政局 | 完成改造招标工作,其中252户已完成改造。 | 进度滞后 |
"""
    r = load(text)
    assert [(x.no, x.lead, x.official) for x in r.rows] == [
        ("1", "县教育局", "按时序推进"), ("2", "县民政局", "按时序推进"), ("3", "县民政局", "进度滞后")]
    assert r.rows[2].project == "对350户生活困难老年人家庭进行适老化改造。"
    assert r.rows[2].actual == "完成改造招标工作,其中252户已完成改造。"
    assert any(w.startswith("no header row") for w in r.warnings)


def test_numbered_prose_lines_are_not_a_headerless_table():
    text = "1.新增养老床位200张。目前已完成150张。\n2.改造老旧小区30个,现已完工12个。\n3.新建口袋公园5个,已建成3个。\n"
    r = load(text)
    assert r.format == "prose" and len(r.rows) == 3


@pytest.mark.parametrize("cells, roles", [
    # 政府工作报告 task tables and their kin name the project column so.
    (["序号", "内容与要求", "进展情况", "责任单位"], ["no", "project", "actual", "lead"]),
    (["序号", "工作内容及要求", "完成情况", "牵头单位"], ["no", "project", "actual", "lead"]),
    (["序号", "市折子号", "市政府工作报告任务", "目前进展情况"], ["no", "ref", "project", "actual"]),
    (["序號", "項目分類", "實事內容", "完成情況"], ["no", "category", "project", "actual"]),
    # the period and 工作情况 / 开展情况 name the progress
    (["编号", "工作任务", "1-9月份工作情况", "牵头单位"], ["no", "task", "actual", "lead"]),
    (["序号", "项目名称", "上半年开展情况", "责任单位"], ["no", "project", "actual", "lead"]),
    (["序号", "督办事项", "年度目标值", "完成值", "亮灯情况"], ["no", "project", "task", "actual", "official"]),
    (["序号", "重点工作任务", "牵头单位", "工作成效"], ["no", "project", "lead", "actual"]),
    # a summary by area: the place names the row, the number of projects is a count
    (["隶 属", "项目个数", "年投资计划", "完成投资额", "年计划投资完成率"], ["project", "count", "task", "actual", "share"]),
    # what is to be done (实施内容) is the task
    (["序号", "项目名称", "实施内容", "形象进度", "责任部门"], ["no", "project", "task", "actual", "lead"]),
])
def test_header_names_seen_in_the_wild(cells, roles):
    from progress_nlp import default_lexicon
    from progress_nlp.readers.header import header_words
    cols = header_words(default_lexicon()).segment(cells)
    assert [c.role for c in cols] == roles


def test_a_plan_naming_the_year_is_a_task_beside_another():
    # 年内计划投资 is the year's, not a period's, though the table has a
    # task column already: both are the task.
    text = ("序号 | 项目名称 | 实施内容 | 形象进度 | 年内计划投资(万元) | 工作量完成率 | 责任部门\n"
            "1 | 食品安全提升工程 | 500家餐饮单位实施明厨亮灶 | 500家已全部接入平台 | 350 | 95.00% | 市监局\n")
    row = load(text).rows[0]
    assert (row.task, row.target, row.share) == ("500家餐饮单位实施明厨亮灶 350", "", "95.00%")


# A row broken over two lines between its cells: the second line's first
# figure is a cell of the row, not row 130.
def test_a_row_broken_between_its_cells_is_one_row():
    text = ("序号 | 项目名称 | 实施内容 | 形象进度 | 年内计划投资 | 已投入 | 完成率 | 责任部门 |\n"
            "1 | 食品安全提升工程 | 明厨亮灶 | 已全部接入平台 | 350 | 206 | 95.00% | 市监局 |\n"
            "2 | 儿童口腔健康工程 | 窝沟封闭 | 宣传已全部结束 |\n"
            "130 | 105.96 | 95.00% | 区卫健局 |\n"
            "3 | 就业惠民工程 | 新增就业岗位6万个 | 已新增62806个 | 50 | 40 | 100% | 区人社局 |\n")
    report = load(text)
    assert [(r.no, r.project, r.actual, r.share, r.lead) for r in report.rows] == [
        ("1", "食品安全提升工程", "已全部接入平台 206", "95.00%", "市监局"),
        ("2", "儿童口腔健康工程", "宣传已全部结束 105.96", "95.00%", "区卫健局"),
        ("3", "就业惠民工程", "已新增62806个 40", "100%", "区人社局"),
    ]
    assert not [w for w in report.warnings if w.startswith("row")]


def test_a_short_row_that_opens_the_next_stays_a_row():
    # The second line opens row 3: a row of its own, short as it is.
    text = ("序号 | 项目名称 | 形象进度 | 完成率 | 责任部门 |\n"
            "1 | 食品安全提升工程 | 已全部接入平台 | 95% | 市监局 |\n"
            "2 | 儿童口腔健康工程 |\n"
            "3 | 宣传已全部结束 | 90% |\n")
    assert [r.no for r in load(text).rows] == ["1", "2", "3"]


def test_an_unaligned_row_naming_nothing_needs_review():
    # Cells dropped from a wide table shift the rest: a row whose project
    # could not be read gets no confident verdict, whatever its figures say.
    text = ("县名 | 计划任务数 | 完成住房 |\n"
            "| 户数 | 户数 | 占计划(%) |\n"
            "西昌市 | 3 | 305 | 3 | 299 | 299 | 98.0 |\n"
            "德昌县 | 2 | 91 | 2 | 74 | 69 | 81.3 |\n")
    scored = score_report(load(text))
    unnamed = [r for r in scored.rows if not r.row.project and r.row.warnings]
    assert unnamed and all(r.score.needs_review and r.score.reason.startswith("本行单元格未能对齐") for r in unnamed)


def test_row_numbers_past_9999_stay_row_numbers():
    # A very long table (an export of every row of a programme): 序号 10000
    # on is a row number, read by the same direct path as the rows before.
    head = "序号 | 项目内容 | 牵头单位 | 进展情况\n"
    rows = "".join(f"{n} | 新建口袋公园{n % 7 + 1}个 | 区绿化局 | 已建成{n % 5}个\n" for n in range(9998, 10003))
    r = load(head + rows)
    assert [x.no for x in r.rows] == ["9998", "9999", "10000", "10001", "10002"]
    assert [x.lead for x in r.rows] == ["区绿化局"] * 5
    assert not any("fit" in w or "cells" in w for w in r.warnings), r.warnings  # the jump from 0 to 9998 is said


def test_tasks_numbered_in_both_cells_are_sub_rows():
    # ①…②… in the task cell and in the progress cell: a sub-row per task;
    # 牵头单位 | 责任单位 are two columns, 各有关乡镇(街道) an organisation.
    text = """序号 | 项目名称 | 具体任务及目标 | 牵头单位 | 责任单位 | 进展情况
1 | 公办教育资源扩容工程 | ①完成区第二幼儿园建设。②完成十中改造项目工程。 | 区教体局 | 各有关乡镇(街道) | ①第二幼儿园室内工程基本完成。②十中室外运动场改造已完成。
2 | 医卫基础设施建设工程 | 新建发热门诊1栋。 | 区卫健委 | 慈化镇 | 已完工。
"""
    r = load(text)
    assert [(x.no, x.project, x.task, x.actual) for x in r.rows] == [
        ("1.1", "公办教育资源扩容工程", "完成区第二幼儿园建设。", "第二幼儿园室内工程基本完成。"),
        ("1.2", "公办教育资源扩容工程", "完成十中改造项目工程。", "十中室外运动场改造已完成。"),
        ("2", "医卫基础设施建设工程", "新建发热门诊1栋。", "已完工。"),
    ]
    assert r.rows[0].lead == "区教体局 各有关乡镇(街道)"  # two units, a space between
    assert not any("fit" in w for w in r.warnings), r.warnings


@pytest.mark.parametrize("task, progress", [
    ("①完成A。②完成B。", "已完成A、B。"),           # the progress is not numbered
    ("①完成A。②完成B。③完成C。", "①A已完成。②B在建。"),  # counts differ
    ("②完成A。①完成B。", "②A已完成。①B在建。"),        # not in order from 1
])
def test_numbered_parts_that_do_not_pair_stay_one_row(task, progress):
    r = load(f"序号 | 项目名称 | 具体任务及目标 | 进展情况\n1 | 某工程 | {task} | {progress}\n2 | 另一工程 | 新建1个。 | 已完成。\n")
    assert [x.no for x in r.rows] == ["1", "2"]


def test_a_headline_with_header_words_is_no_header():
    # 为民办实事六项目提前完成 holds 实事, 项目 and 完成 but is a headline:
    # the page is prose.
    text = """# title: 为民办实事六项目提前完成
为民办实事六项目提前完成
2011-10-31 05:17 来源: 市政府网 记者近日从有关部门获悉,到9月底,34项为民办实事项目中有6项已经完成。
提前完成的项目为:“三沿一环”造林绿化1.8万亩、职工医疗互助活动、市区电能质量优化工程3个项目已完成。
新农村建设项目继续按时序推进。农村公路提级改建项目已完工20个,完成建设里程63公里。农村户用沼气开工建设1400户,完工1200户。
"""
    r = load(text)
    assert r.format == "prose"
    got = [(x.project, x.actual) for x in r.rows]
    assert ("职工医疗互助活动", "3个项目已完成") in got
    assert ("农村公路提级改建项目", "已完工20个,完成建设里程63公里。") in got
    assert ("农村户用沼气", "开工建设1400户,完工1200户。") in got


def test_numbered_lines_of_words_under_place_headings():
    # A news page lists its projects a line each, the marker glued to the
    # name and the fields by spaces, under the district they are in.
    text = """截至6月底,全市已开工建设121所幼儿园。各县市区进展情况如下:
奎文区
1、奎文区育华幼儿园 新建 已开工
2、奎文区金宝幼儿园 改建 基本完工
3、奎文区德馨幼儿园 改建 未动工
潍城区
4、潍城区北国之春幼儿园 新建 基本完工
5、潍城区前王村幼儿园 新建 基本完工
"""
    r = load(text)
    assert [x.no for x in r.rows] == ["1", "2", "3", "4", "5"]
    assert [x.actual for x in r.rows] == ["已开工", "基本完工", "未动工", "基本完工", "基本完工"]
    assert r.rows[0].project.startswith("奎文区育华幼儿园") and r.rows[3].section == "潍城区"


# One cell per line under 类别 | 编号 | 工作任务 | …: the merged category
# heading stands just before the number of the first row it heads, and the
# task column, the only one that names the work, is the project.
def test_category_headings_in_a_stream_of_cells_and_tasks_that_name_rows():
    lines = ["类别", "编号", "工作任务", "1-9月份工作情况", "牵头单位",
             "一、加强困难群体保障", "1", "提高困难群众救助水平", "共发放救助资金10.8亿元", "市民政局",
             "2", "免费康复救助残疾儿童2000名", "已救助3170名", "市残联",
             "二、扩增基础教育学位", "3", "扩增中小学学位资源", "累计开工中小学48所", "市教育局",
             "4", "新建幼儿园20所", "已开工15所", "市教育局"]
    report = load("\n".join(lines) + "\n")
    assert rows_of(report, ("no", "category", "project", "task", "actual", "lead")) == [
        ("1", "一、加强困难群体保障", "提高困难群众救助水平", "", "共发放救助资金10.8亿元", "市民政局"),
        ("2", "一、加强困难群体保障", "免费康复救助残疾儿童2000名", "", "已救助3170名", "市残联"),
        ("3", "二、扩增基础教育学位", "扩增中小学学位资源", "", "累计开工中小学48所", "市教育局"),
        ("4", "二、扩增基础教育学位", "新建幼儿园20所", "", "已开工15所", "市教育局"),
    ]
    assert report.month == 9


def test_a_task_column_of_figures_names_no_row():
    text = """序号 | 全年目标 | 1-6月完成 | 牵头单位
1 | 8950人 | 4600人 | 区人社局
2 | 400台 | 210台 | 区住建委
"""
    report = load(text)
    assert rows_of(report, ("no", "project", "task", "actual")) == [("1", "", "8950人", "4600人"), ("2", "", "400台", "210台")]


def test_summary_by_area_keeps_the_count_out_of_the_progress():
    text = """1-9月份重点项目投资完成情况汇总表
单位:个、亿元
县市区 | 项目个数 | 年投资计划 | 完成投资额 | 年计划投资完成率 |
东城县 | 57 | 82.5 | 65.1 | 78.9% |
西城县 | 27 | 42.6 | 21.2 | 49.8% |
"""
    report = load(text)
    assert rows_of(report, ("project", "task", "actual", "share")) == [
        ("东城县", "82.5", "65.1", "78.9%"), ("西城县", "42.6", "21.2", "49.8%")]
    assert dict(report.rows[0].cells)["项目个数"] == "57"
    from progress_nlp import score_report
    # September: 75% of the year is due.
    assert [s.status.value for s in score_report(report)] == ["on_track", "behind"]


def test_a_stub_table_gives_way_to_the_article_above_it():
    # The article names its items; the appendix table was cut after its
    # first cell: a row with no words of progress is no report.
    text = """1-5月份,重点工作总体进展顺利。未达预期3项分别是:市发改委牵头的第2项“固定资产投资增长8%以上”,1-5月份增长5.1%;市财政局牵头的第4项“一般公共预算收入增长5%”,一季度增长4%;市教育局牵头的第9项“新建幼儿园10所”,已开工4所;市民政局牵头的第12项“新建养老床位500张”,已建成120张。
附件
序号 | 重点工作任务 | 牵头责任单位 | 1-5月份进展情况 |
1 | 地区
"""
    report = load(text)
    assert report.format == "prose"
    assert [r.no for r in report.rows] == ["2", "4", "9", "12"]
    assert any("left out" in w for w in report.warnings)


def test_lamps_of_a_supervision_office_are_its_verdict():
    text = """2024年重点民生实事1-6月推进情况
序号 | 项目名称 | 年度目标 | 完成情况 | 亮灯情况
1 | 新建口袋公园10个 | 10个 | 已建成5个 | 绿灯
2 | 改造老旧小区20个 | 20个 | 已完工3个 | 红灯
"""
    from progress_nlp import score_report
    scored = score_report(load(text))
    assert [(r.row.official, r.status.value) for r in scored] == [("绿灯", "on_track"), ("红灯", "behind")]


def test_blank_line_cells_without_row_numbers():
    # A summary by area copied from a page: one cell per block, a header
    # cell for cell, no 序号: each row is as many cells as there are columns.
    cells = ["重点项目百日会战9月份推进情况", "地 区", "年度计划投资(亿元)", "完成投资(亿元)", "完成比例%",
             "东城区", "1027.0", "534.5", "52.0", "西城区", "855.2", "405.8", "47.5", "南城区", "326.3", "215.4", "66.0",
             "相关链接"]
    report = load("\n\n".join(cells) + "\n")
    assert rows_of(report, ("no", "project", "task", "actual", "share")) == [
        ("1", "东城区", "1027.0", "534.5", "52.0%"), ("2", "西城区", "855.2", "405.8", "47.5%"),
        ("3", "南城区", "326.3", "215.4", "66.0%")]


# The same with one row: a name and figures only, then the publisher and the
# date under the table.
@given(st.sampled_from(["开工建设城镇老旧小区", "新建口袋公园", "东城区"]), st.integers(1, 999), st.integers(0, 999),
       st.booleans())
def test_one_row_of_a_name_and_figures_under_its_header(name, plan, done, signed):
    cells = ["指标名称", "全年任务目标(个)", "实际完成(个)", "完成进度", name, str(plan), str(done), f"{round(100 * done / plan)}%"]
    if signed:
        cells += ["芙蓉区城市人居环境局", "2021年12月15日"]
    report = load("\n\n".join(cells) + "\n")
    assert rows_of(report, ("no", "project", "task", "actual", "share")) == [
        ("1", name, str(plan), str(done), f"{round(100 * done / plan)}%")]


def test_a_double_spaced_space_aligned_table_by_place():
    # One row per line with a blank line between, cells split by spaces:
    # read first as blocks, the header has no rows; the words reading finds
    # the same header with its rows, and that is the table. Places name the
    # rows (省份), a start rate is the share (开工率), and the page text
    # after the last row is not the rest of its figure.
    text = ("2023年城镇老旧小区改造进展情况\n\n(截至2023年6月末)\n\n序号 省份 新开工小区数(个) 开工率\n\n"
            "1 贵州 1071 全部开工\n\n2 河北 1816 99%\n\n3 湖北 4284 95%\n\n4 江苏 1498 51%\n\n5 合计 8669 80.4%\n\n"
            "友情链接 网站地图 联系我们\n")
    r = load(text)
    assert [(x.no, x.project, x.actual, x.share) for x in r.rows] == [
        ("1", "贵州", "1071 全部开工", ""), ("2", "河北", "1816", "99%"), ("3", "湖北", "4284", "95%"),
        ("4", "江苏", "1498", "51%"), ("5", "合计", "8669", "80.4%")]
    assert r.month == 6


# A pledge report: 承诺 (the commitment) and 目前情况 (where it stands) are
# the task and the progress; the year the pledge was made stays in cells.
@pytest.mark.parametrize("header", ["年份 | 序号 | 承诺 | 目前情况", "年份 | 序号 | 承諾 | 目前情況", "年份 | 序号 | 施政承诺 | 执行情况"])
def test_pledge_and_current_state_columns(header):
    text = (header + "\n1996 | 1 | 增设40部电脑终端机,培训400名职员 | 已增设40部电脑,400多名职员接受了训练\n"
            "1995 | 2 | 动用2500万元加强管理系统 | 已于10月完成加强管理系统的功能\n")
    report = load(text)
    assert [(r.no, r.project or r.task, r.actual) for r in report.rows] == [
        ("1", "增设40部电脑终端机,培训400名职员", "已增设40部电脑,400多名职员接受了训练"),
        ("2", "动用2500万元加强管理系统", "已于10月完成加强管理系统的功能"),
    ]
    assert [dict(r.cells).get("年份") for r in report.rows] == ["1996", "1995"]


# 计划完成数 and 计划投资额(万元): two plans of the year, one of things, one of
# money, are the task; neither is a period's target.
@pytest.mark.parametrize("money", ["计划投资额(万元)", "计划投资(万元)", "计划资金"])
def test_a_plan_of_money_beside_a_plan_of_things_is_the_task(money):
    text = (f"序号 | 市州 | 计划完成数 | 累计开工数 | {money} | 累计完成投资额(万元)\n"
            "1 | 东城市 | 150 | 143 | 86157.25 | 36836.13\n2 | 西城市 | 71 | 44 | 13533.40 | 4756.44\n")
    report = load(text)
    assert [(r.task, r.target) for r in report.rows] == [("150 86157.25", ""), ("71 13533.40", "")]
    assert [r.actual for r in report.rows] == ["143 36836.13", "44 4756.44"]


# A header's last word is its head: 区民生实事项目数量 counts projects,
# whatever longer word comes before; 完成个数 is still what was done.
@pytest.mark.parametrize("cell, role", [
    ("区民生实事项目数量", "count"),
    ("实事项目数", "count"),
    ("项目个数", "count"),
    ("民生实事项目", "project"),
    ("完成个数", "actual"),
    ("已完成数", "actual"),
])
def test_a_count_of_projects_at_the_end_of_a_header_cell(cell, role):
    from progress_nlp import default_lexicon
    from progress_nlp.readers.header import header_words
    assert header_words(default_lexicon()).role(cell) == role


def test_a_count_column_is_no_project():
    text = ("序号 | 牵头单位 | 民生实事项目数量 | 项目名称 | 进展情况\n"
            "1 | 区住建局 | 1个 | 打通断头路6条 | 已完工4条\n"
            "2 | 区城管局 | 1个 | 井盖整治 | 已完工\n")
    assert [(r.project, r.actual) for r in load_report(io.StringIO(text)).rows] == [
        ("打通断头路6条", "已完工4条"), ("井盖整治", "已完工")]


# Cells set as paragraphs (blank lines between cells) whose progress cell has
# points of its own, each a paragraph too (①… / ②…): the points after ①
# that follow on in order are one cell. A lead written in brackets at the
# end of the task's cell ((牵头单位:市住建局)) is the row's lead.
BLOCK_POINTS = """序号

工作内容

半年度完成情况

1

加快建设滨海城市带,打造海上画廊。(牵头单位:市住建局)

①东港客运码头建设工程累计完成地下室主体结构工程量的20%。

②渔港码头美化亮化工程一期完工。

③万丈塘提升改造工程完成工程量的39%。

2

深化政府数字化转型,建成投用“舟山大脑”。[牵头单位:市府办(市大数据局)]

①完成城市频道建设方案。

②上线应用场景12个。
"""


def test_points_set_as_paragraphs_are_one_cell_and_a_lead_in_the_task_cell():
    rows = load_report(io.StringIO(BLOCK_POINTS)).rows
    assert [(r.no, r.project, r.lead) for r in rows] == [
        ("1", "加快建设滨海城市带,打造海上画廊。", "市住建局"),
        ("2", "深化政府数字化转型,建成投用“舟山大脑”。", "市府办(市大数据局)"),
    ]
    assert [r.actual.count("\n") for r in rows] == [2, 1]
    assert rows[0].actual.startswith("①东港") and rows[0].actual.endswith("完成工程量的39%。")


@given(st.lists(st.integers(1, 3), min_size=2, max_size=4), st.sampled_from(["牵头单位", "责任单位"]))
def test_any_number_of_point_paragraphs_stays_with_its_row(counts, label):
    marks = "①②③"
    parts = ["序号", "工作内容", "完成情况"]
    for k, n in enumerate(counts, 1):
        parts += [str(k), f"第{k}项重点工作。({label}:市住建局)"] + [f"{marks[j]}完成第{j + 1}段工程。" for j in range(n)]
    rows = load_report(io.StringIO("\n\n".join(parts) + "\n")).rows
    assert [(r.no, r.lead, r.actual.count("\n") + 1) for r in rows] == [(str(k), "市住建局", n) for k, n in enumerate(counts, 1)]


# A 序号 column numbered in Chinese numerals (一, 二 … 十二) numbers its rows
# as digits do, one row per line or in a stream of cells: the rows are data,
# never more lines of the header, and keep the page's numbering.
_CN_NO = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"]


@given(st.lists(st.tuples(st.sampled_from(["新建", "改造", "提升"]), st.sampled_from(["道路", "公园", "学校", "菜场"]),
                          st.sampled_from(["已完工", "路基施工中", "已完成80%", "正在招标"])),
                min_size=1, max_size=12),
       st.sampled_from([" | ", "  ", "\t", "cells", "blocks"]), st.sampled_from(["", "、"]))
def test_rows_numbered_in_chinese_read_like_rows_numbered_in_digits(rows, sep, mark):
    def table(numbers: list[str]) -> str:
        lines = [["序号", "项目名称", "牵头单位", "进展情况"]]
        lines += [[n, f"{verb}第{k}{thing}", "区住建局", done] for k, (n, (verb, thing, done)) in enumerate(zip(numbers, rows), 1)]
        if sep == "cells":  # one cell per line, each ending in |
            return "".join(f"{c} |\n" for line in lines for c in line)
        if sep == "blocks":  # one cell per paragraph
            return "\n\n".join(c for line in lines for c in line) + "\n"
        return "\n".join(sep.join(line) for line in lines) + "\n"

    digits = load_report(io.StringIO(table([str(k) for k in range(1, len(rows) + 1)]))).rows
    chinese = load_report(io.StringIO(table([n + mark for n in _CN_NO[: len(rows)]]))).rows
    assert [(r.project, r.lead, r.actual) for r in chinese] == [(r.project, r.lead, r.actual) for r in digits]
    assert [r.no for r in chinese] == _CN_NO[: len(rows)]
    assert len(chinese) == len(rows)


# A two-level header in a stream of cells: 本月进展情况 over 前期手续 |
# 在建形象进度, the merged cells' blanks written || and ||||. The cells
# under the group are progress columns of their own; 业主单位 is a unit in
# charge beside 牵头单位 (both kept, a space between, the same unit once),
# never a unit of measure.
TWO_LEVEL_CELLS = """序号 |
项目名称 |
牵头单位 |
业主单位 |
本月进展情况 |
||
前期手续 |
在建形象进度 |
||||
一 |
新建文化中心北路 |
区住建局 |
区城投 |
已完成立项 |
已完工 |
二 |
改造乐业路 |
区城管局 |
区城管局 |
已完成招标 |
路基施工完成60% |
"""


def test_a_two_level_header_in_a_stream_of_cells():
    r = load_report(io.StringIO(TWO_LEVEL_CELLS))
    assert [c for c, _ in r.rows[0].cells] == ["序号", "项目名称", "牵头单位", "业主单位", "本月进展情况前期手续", "本月进展情况在建形象进度"]
    assert [(x.no, x.project, x.lead) for x in r.rows] == [("一", "新建文化中心北路", "区住建局 区城投"), ("二", "改造乐业路", "区城管局")]
    assert "路基施工完成60%" in r.rows[1].progress_text and "已完成招标" in r.rows[1].progress_text


# 服务对象 and 建设地点 say where or whom (kept in cells, never the name); a
# header joining several roles (完成时限及项目推进完成情况, 进展情况、存在问题及
# 下一步打算) is the progress; empty cells past the last column (| / ||||
# closing a row as the header's second line did) start no sub-item.
SERVED_CELLS = """序号 |
项目内容 |
服务对象 |
牵头科室 |
完成时限及项目推进完成情况 |
|
||||
3 |
持续推进海绵城市建设。 |
全市市民群众 |
城建科 |
累计完成3平方公里的海绵城市建设任务。 |
|
||||
6 |
加快城镇污水处理提质增效 |
全市市民 |
城建科 |
设计施工一体化招标5月17日招标公告已挂网。 |
"""


def test_whom_a_project_serves_and_a_joined_progress_header():
    r = load_report(io.StringIO(SERVED_CELLS))
    assert [(x.no, x.project, x.lead, x.actual) for x in r.rows] == [
        ("3", "持续推进海绵城市建设。", "城建科", "累计完成3平方公里的海绵城市建设任务。"),
        ("6", "加快城镇污水处理提质增效", "城建科", "设计施工一体化招标5月17日招标公告已挂网。"),
    ]
    assert dict(r.rows[0].cells)["服务对象"] == "全市市民群众"


@pytest.mark.parametrize("cell, role", [
    ("完成时限及项目推进完成情况", "actual"),
    ("进展情况、存在问题及下一步打算", "actual"),
    ("建设地点", "where"),
    ("服务对象", "where"),
    # one phrase of two words as long: its head, the last, names the column
    ("一季度重点工作完成情况", "actual"),
    ("重点项目进展情况", "actual"),
])
def test_roles_of_joined_headers(cell, role):
    from progress_nlp import default_lexicon
    from progress_nlp.readers.header import header_words
    assert header_words(default_lexicon()).role(cell) == role


@given(st.sampled_from(["", "一季度", "1-6月", "上半年", "截至9月底"]),
       st.sampled_from(["重点工作", "重点任务", "项目内容", "实事内容"]),
       st.sampled_from(["完成情况", "进展情况", "推进情况", "执行情况"]))
def test_property_a_header_of_the_work_and_its_progress_is_the_progress(period, work, progress):
    # 一季度重点工作完成情况: of two words as long, the progress names the column
    from progress_nlp import default_lexicon
    from progress_nlp.readers.header import header_words
    assert header_words(default_lexicon()).role(period + work + progress) == "actual"
