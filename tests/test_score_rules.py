"""Tables for the no-period-target rules of :func:`progress_nlp.score_progress`.

These tables are the spec of the comparator rewrite for rows that carry no
period target: the plan is then the time-proportional share (序时进度,
month/12) of the whole-year task. The expected verdicts come from
the scoring guide as docs/scoring.md states it (序时进度, the thresholds, stages under time) and the issue the
rewrite implements, not from the code. Every row was written for this file,
in the way district and city 实事项目 progress reports phrase their cells;
none is taken from a real report or from ``tests/data``.

Rows are ``(target, actual, annual, month, expected_status, expected_basis)``:

target
    the period target cell; ``""`` when the report has no target column.
actual
    the progress cell (进展情况 / 推进情况).
annual
    the whole-year task (全年目标任务), or ``None``.
month
    the last month the report covers; a float for a period ending mid-month
    (截至5月15日 → 4.5).
expected_basis
    the rule that must decide (see ``BASES``). ``None`` leaves the basis
    unpinned (only in NEEDS_REVIEW, where the issue pins the flag, not the
    rule), and a ``frozenset`` lists the acceptable ones.

Thresholds, everywhere: ratio > 1.10 ahead, 1.00..1.10 on_track, < 1.00 behind.

Tables:

PACE_COUNTS   whole-year counts and amounts × month/12; several items paired by
              the noun they count, the worst decides; 万/亿; 其中 and 其余…正在.
PACE_SHARES   shares of work (工程量, 形象进度, 年度任务的x%) against month/12 × 100%.
BARE_FIGURES  progress cells that are only ``<number> <percent>`` or one figure.
LEVELS        rates and standards: met or not at every month, never pro-rated.
SCHEDULE      stages under time: the rung's share of the job against month/12.
VERDICT_WORDS the publisher's own words, and figures overruling them.
TRADITIONAL   traditional-character rows; each has a simplified twin.
FLOAT_MONTH   periods ending mid-month.
NEEDS_REVIEW  REVIEW_FLAGGED (nothing comparable → needs_review) and
              REVIEW_CLEAR (decided by figures → no review).
REASONS       the reason text: figures written as a person would, label last.

The hypothesis properties at the end pin monotonicity in the month and in
the actual count, levels met at every month, and traditional = simplified.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from progress_nlp import Status, default_lexicon, score_progress
from progress_nlp.signals import find_stages

P = pytest.param

AHEAD, ON_TRACK, BEHIND, BLOCKED = "ahead", "on_track", "behind", "blocked"
BASES = {
    "blocked", "quantity", "pace", "level", "stage", "schedule", "completion",
    "verdict", "delay", "ongoing", "repeat", "no_evidence",
}
RANK = {BLOCKED: 0, BEHIND: 1, ON_TRACK: 2, AHEAD: 3}
# The status labels the issue puts at the end of every reason.
LABEL = {AHEAD: "超序时", ON_TRACK: "按序时", BEHIND: "滞后", BLOCKED: "受阻"}
# A magnitude written twice (7500万万元, 1.5亿亿元) or stacked (7500万亿元):
# no figure in these tables comes near 万亿.
DOUBLED_MAGNITUDE = re.compile(r"万万|亿亿|万亿|亿万")
# Bases that mean the row was decided by comparable figures (issue, rule 4).
FIGURE_BASES = {"quantity", "pace", "level"}


# ---------------------------------------------------------------------------
# PACE_COUNTS: no target; plan = whole-year count or amount × month/12
# ---------------------------------------------------------------------------

PACE_COUNTS = [
    P("", "已建成社区花园10个。",
      "新建社区花园16个", 9, BEHIND, "pace",
      id="pace-gardens-month9-behind"),  # due 16×9/12 = 12; 10/12 = 0.83
    P("", "累计新增养老床位150张。",
      "新增养老床位360张", 5, ON_TRACK, "pace",
      id="pace-beds-month5-exactly-100"),  # due 150; 150/150 = 1.00 is on track
    P("", "已新建公共厕所22座。",
      "全年新建公共厕所30座", 8, ON_TRACK, "pace",
      id="pace-toilets-month8-exactly-110"),  # due 20; 22/20 = 1.10 is still on track
    P("", "累计建成家庭照护床位111张。",
      "新增家庭照护床位150张", 8, AHEAD, "pace",
      id="pace-care-beds-month8-111pct"),  # due 100; 1.11 > 1.10
    P("", "累计建成家庭照护床位99张。",
      "新增家庭照护床位150张", 8, BEHIND, "pace",
      id="pace-care-beds-month8-99pct"),  # due 100; 0.99 < 1.00
    P("", "已建成驿站5个、充电桩210个。",
      "新建健身驿站6个、新能源汽车充电桩300个", 8, ON_TRACK, "pace",
      id="pace-two-items-noun-pairing"),  # due 4 and 200: 1.25 ahead, 1.05 on track → worst on track
    P("", "已投用充电桩270个,建成体育驿站5个。",
      "新建智慧体育驿站8个、公共充电桩480个", 6, AHEAD, "pace",
      id="pace-two-items-other-order-other-verbs"),  # due 4 and 240, paired by noun not position: 270/240 = 1.125, 5/4 = 1.25
    P("", "已建成充电桩250个,建成体育驿站3个。",
      "新建智慧体育驿站8个、公共充电桩480个", 6, BEHIND, "pace",
      id="pace-two-items-one-behind"),  # 250/240 = 1.04, 3/4 = 0.75 → worst behind
    P("", "已完工健身步道5条,开放口袋公园3个,建成市民球场9片。",
      "新建口袋公园4个、健身步道6条、市民球场10片", 9, ON_TRACK, "pace",
      id="pace-three-items-worst-on-track"),  # due 3, 4.5, 7.5: 1.00, 1.11, 1.20 → worst on track
    P("", "已完成管网改造11公里,建成泵站3座。",
      "改造雨水管网12公里、新建排涝泵站3座", 10, ON_TRACK, "pace",
      id="pace-km-and-zuo-edge-110"),  # due 10 km and 2.5 座: 1.10 and 1.20 → worst on track
    P("", "已累计发放补贴1.5亿元。",
      "发放助企纾困补贴2.4亿元", 6, AHEAD, "pace",
      id="pace-subsidy-yi-month6-ahead"),  # due 1.2亿; 1.5/1.2 = 1.25
    P("", "累计完成投资9500万元。",
      "完成投资3亿元", 4, BEHIND, "pace",
      id="pace-investment-wan-vs-yi-month4"),  # due 1亿 = 10000万; 9500/10000 = 0.95
    P("", "累计培训52000人次。",
      "开展职业技能培训6万人次", 10, ON_TRACK, "pace",
      id="pace-wanrenci-vs-renci-month10"),  # due 5万; 52000/50000 = 1.04
    P("", "已新增养老床位320张,其中认知障碍照护床位80张。",
      "新增养老床位600张", 6, ON_TRACK, "pace",
      id="pace-qizhong-breakdown-beds"),  # due 300; 320/300 = 1.07; the 80 are part of the 320, not an item
    P("", "新增就业岗位2900个,其中公益性岗位400个。",
      "新增就业岗位5000个", 6, AHEAD, "pace",
      id="pace-qizhong-breakdown-jobs"),  # due 2500; 2900/2500 = 1.16; 400 is a breakdown
    P("", "已完成改造11个,其余4个正在加紧施工。",
      "改造提升15个农贸市场", 10, BEHIND, "pace",
      id="pace-rest-under-construction-behind"),  # due 12.5; 11/12.5 = 0.88; the 4 are not done
    P("", "已建成4个,其余6个正在装修。",
      "建设10个社区嵌入式服务设施", 6, BEHIND, "pace",
      id="pace-rest-fitting-out-behind"),  # due 5; 4/5 = 0.80 (the partial count wins over 正在)
    P("", "已建成5座,其余3座正在进行主体施工。",
      "新建8座公交首末站", 6, AHEAD, "pace",
      id="pace-rest-ahead"),  # due 4; 5/4 = 1.25
    P("", "1月份开展社区义诊12场。",
      "开展社区义诊120场", 1, AHEAD, "pace",
      id="pace-month1-ahead"),  # due 10; 12/10 = 1.20; 1月份 is a date
    P("", "已新增签约居民1500人。",
      "新增家庭医生签约居民9000人", 2, ON_TRACK, "pace",
      id="pace-month2-exactly-100"),  # due 1500; 1.00
    P("", "已建成社区食堂五家。",
      "新建社区食堂18家", 4, BEHIND, "pace",
      id="pace-chinese-numeral-month4"),  # due 6; 五/6 = 0.83
    P("", "已建成绿道26.95公里。",
      "建成绿道42公里", 7, ON_TRACK, "pace",
      id="pace-km-decimal-exactly-110"),  # due 24.5; 26.95/24.5 = 1.10 exactly
    P("", "全年累计新建公共停车泊位1850个。",
      "新建公共停车泊位2000个", 12, BEHIND, "pace",
      id="pace-year-end-behind"),  # month 12: the whole year is due; 0.925
    P("按年度计划有序推进。", "累计新增普惠性托位300个。",
      "新增普惠性托位480个", 7, ON_TRACK, "pace",
      id="pace-words-only-target"),  # the target is words only; due 280; 300/280 = 1.07
]


# ---------------------------------------------------------------------------
# PACE_SHARES: a share of the work done against month/12 × 100%
# ---------------------------------------------------------------------------

PACE_SHARES = [
    P("", "完成工程量60%。",
      "新建城市道路1条", 6, AHEAD, "pace",
      id="share-road-count-month6-ahead"),  # the year's task is a count; 60/50 = 1.20
    P("", "完成工程量70%。",
      "新建城市支路2条", 9, BEHIND, "pace",
      id="share-two-roads-month9-behind"),  # 70/75 = 0.93
    P("", "形象进度85%。",
      "建设1座垃圾中转站", 10, ON_TRACK, "pace",
      id="share-xingxiang-month10"),  # 85/83.3 = 1.02
    P("", "完成年度任务的55%。",
      "完成300户农村危房改造", 6, ON_TRACK, "pace",
      id="share-year-task-month6-exactly-110"),  # 55/50 = 1.10
    P("", "完成年度任务的55%。",
      "完成300户农村危房改造", 7, BEHIND, "pace",
      id="share-year-task-month7-behind"),  # 55/58.3 = 0.94
    P("", "已完成全年计划的40%。",
      "新增500个公共充电桩", 3, AHEAD, "pace",
      id="share-year-plan-month3-not-completion"),  # 40/25 = 1.60; "完成全年计划的40%" is no completion claim
    P("", "完成工程量96%。",
      "建成1座人行天桥", 12, BEHIND, "pace",
      id="share-year-end-96-behind"),  # December: 96/100
    P("", "工程量已完成100%。",
      "建成1座人行天桥", 12, ON_TRACK, "pace",
      id="share-year-end-100-on-track"),  # December: 100/100
    P("", "累计完成投资计划的66%。",
      "完成投资8000万元", 8, BEHIND, "pace",
      id="share-investment-month8-just-under"),  # 66/66.7 = 0.99
    P("", "完成总工程量的92%。",
      "改造提升2座公园", 11, ON_TRACK, "pace",
      id="share-month11-just-over"),  # 92/91.67 = 1.004
    P("", "形象进度达到30%。",
      "新建1座社区文化中心", 2, AHEAD, "pace",
      id="share-xingxiang-month2-ahead"),  # 30/16.7 = 1.80
    P("", "完成工程量的45%。",
      "建成1座社区体育公园", 5, ON_TRACK, "pace",
      id="share-month5-on-track"),  # 45/41.7 = 1.08
    P("", "48%",
      "新建污水管网9公里", 6, BEHIND, "pace",
      id="share-bare-percent-month6-behind"),  # a bare percentage is a share of the year: 48/50 = 0.96
    P("", "75%",
      "新建污水管网9公里", 9, ON_TRACK, "pace",
      id="share-bare-percent-month9-exactly-100"),  # 75/75 = 1.00
    P("", "已完成年度任务的9%。",
      "完成20个小区雨污分流改造", 1, ON_TRACK, "pace",
      id="share-year-task-month1"),  # 9/8.33 = 1.08
    P("", "完成全年任务量的40%。",
      "为1200名困难老人安装智能水表", 8, BEHIND, "pace",
      id="share-year-task-month8-behind"),  # 40/66.7 = 0.60
    P("", "已建成家庭养老床位148张,目标达成率36.5%。",
      "家庭养老床位", 6, BEHIND, "pace",
      id="share-target-reached-rate"),  # 目标达成率 is a share of the target: 36.5/50 = 0.73
]


# ---------------------------------------------------------------------------
# BARE_FIGURES: cells that hold only figures (完成数 | 占全年计划)
# ---------------------------------------------------------------------------

BARE_FIGURES = [
    P("", "4385 110%",
      "全年新增城镇就业4000人", 12, ON_TRACK, "pace",
      id="bare-4385-110pct-month12"),  # 4385/4000 = 1.096 and 110/100 = 1.10: both on track
    P("", "4385 110%",
      "全年新增城镇就业4000人", 11, AHEAD, "pace",
      id="bare-4385-110pct-month11"),  # 4385/3666.7 = 1.20, 110/91.67 = 1.20
    P("", "700 54%",
      "为1300名残疾人提供居家康复服务", 7, BEHIND, "pace",
      id="bare-700-54pct-month7"),  # 700/758.3 = 0.92, 54/58.3 = 0.93
    P("", "700 54%",
      "为1300名残疾人提供居家康复服务", 6, ON_TRACK, "pace",
      id="bare-700-54pct-month6"),  # 700/650 = 1.08, 54/50 = 1.08
    P("", "1320 88%",
      "新增就业岗位1500个", 10, ON_TRACK, "pace",
      id="bare-1320-88pct-month10"),  # 1320/1250 = 1.056, 88/83.3 = 1.056
    P("", "436",
      "新增公共充电桩800个", 6, ON_TRACK, "pace",
      id="bare-number-alone-on-track"),  # a number alone counts in the year's unit: 436/400 = 1.09
    P("", "380",
      "新增公共充电桩800个", 6, BEHIND, "pace",
      id="bare-number-alone-behind"),  # 380/400 = 0.95
    P("", "520",
      "新增公共充电桩800个", 6, AHEAD, "pace",
      id="bare-number-alone-ahead"),  # 520/400 = 1.30
    P("", "330",
      "新建智慧停车泊位600个", 6, ON_TRACK, "pace",
      id="bare-number-alone-exactly-110"),  # 330/300 = 1.10
    P("", "3900",
      "完成投资5000万元", 9, ON_TRACK, "pace",
      id="bare-number-alone-wanyuan"),  # read in the year's unit, 万元: 3900/3750 = 1.04
    P("", "62%",
      "新增养老床位500张", 8, BEHIND, "pace",
      id="bare-percent-alone-month8"),  # 62/66.7 = 0.93
    P("", "105%",
      "新增养老床位500张", 12, ON_TRACK, "pace",
      id="bare-percent-alone-month12-105"),  # 1.05
    P("", "125%",
      "新增养老床位500张", 12, AHEAD, "pace",
      id="bare-percent-alone-month12-125"),  # 1.25
    P("", "１２６０\u3000８４％",
      "新增托位1500个", 10, ON_TRACK, "pace",
      id="bare-fullwidth"),  # full-width forms: 1260/1250 = 1.008, 84/83.3 = 1.008
    P("", "615\t41%",
      "完成1500户适老化改造", 6, BEHIND, "pace",
      id="bare-tab-separated"),  # 615/750 = 0.82, 41/50 = 0.82
    P("", "80%(进度滞后)",
      "新增养老床位500张", 10, BEHIND, "pace",
      id="bare-percent-with-bracketed-remark"),  # a cell and its remark: 80/83.3 = 0.96
    P("", "41.58万人(按照国家最新统计方法修正),占年计划的138.6%。",
      "城镇新增就业", 10, AHEAD, "pace",
      id="bracket-then-prose-is-no-cell"),  # prose goes on after the bracket: 138.6/83.3 = 1.66
    P("", "320 32%",
      "开展1000场法律咨询活动", 3, AHEAD, "pace",
      id="bare-month3-ahead"),  # 320/250 = 1.28, 32/25 = 1.28
    P("", "1,180 59%",
      "为2000名老人提供助餐服务", 6, AHEAD, "pace",
      id="bare-thousands-separator"),  # 1180/1000 = 1.18, 59/50 = 1.18
    P("", "12.6 70%",
      "新建绿道18公里", 8, ON_TRACK, "pace",
      id="bare-decimal-km"),  # 12.6/12 = 1.05, 70/66.7 = 1.05
]


# ---------------------------------------------------------------------------
# LEVELS: a rate or standard is met or not, at every month; never pro-rated
# ---------------------------------------------------------------------------

LEVELS = [
    P("", "1-2月城镇调查失业率为5.3%。",
      "城镇调查失业率控制在5.5%以内", 2, ON_TRACK, "level",
      id="level-ceiling-met-month2"),  # under the ceiling; 1-2月 is a period
    P("", "城镇调查失业率为5.2%。",
      "城镇调查失业率控制在5.5%以内", 6, ON_TRACK, "level",
      id="level-ceiling-met-month6"),
    P("", "全年城镇调查失业率为5.1%。",
      "城镇调查失业率控制在5.5%以内", 12, ON_TRACK, "level",
      id="level-ceiling-met-month12"),
    P("", "城镇调查失业率为5.5%。",
      "城镇调查失业率控制在5.5%以内", 9, ON_TRACK, "level",
      id="level-ceiling-exactly-at"),  # 以内 includes the ceiling itself
    P("", "城镇调查失业率为5.8%。",
      "城镇调查失业率控制在5.5%以内", 2, BEHIND, "level",
      id="level-ceiling-over-month2"),  # over the ceiling is behind even in February
    P("", "城镇调查失业率升至5.7%。",
      "城镇调查失业率控制在5.5%以内", 6, BEHIND, "level",
      id="level-ceiling-over-month6"),
    P("", "全年城镇调查失业率为5.6%。",
      "城镇调查失业率控制在5.5%以内", 12, BEHIND, "level",
      id="level-ceiling-over-month12"),
    P("", "院前急救平均反应时间为11.5分钟。",
      "院前急救平均反应时间控制在12分钟以内", 6, ON_TRACK, "level",
      id="level-minutes-ceiling-met"),  # a ceiling in minutes, not a rate
    P("", "院前急救平均反应时间13.2分钟。",
      "院前急救平均反应时间控制在12分钟以内", 9, BEHIND, "level",
      id="level-minutes-ceiling-over"),
    P("", "门诊平均候诊时间28分钟。",
      "门诊患者平均候诊时间不超过30分钟", 4, ON_TRACK, "level",
      id="level-bu-chaoguo-met"),  # 不超过 is a ceiling; pace would give 28/10 = 2.8 ahead
    P("", "细颗粒物平均浓度为33微克/立方米。",
      "细颗粒物年均浓度低于35微克/立方米", 3, ON_TRACK, "level",
      id="level-diyu-met"),  # 低于 is a ceiling
    P("", "覆盖率已达96%。",
      "农村生活污水处理设施覆盖率达到95%以上", 6, ON_TRACK, "level",
      id="level-floor-met-month6"),  # 96/95 = 1.01
    P("", "宣传已全部结束。95.00%",
      "口腔健康教育覆盖率达到100%,封闭完好率达到85%以上,知晓率达到95%以上", 11, ON_TRACK, "pace",
      id="level-bare-share-against-several-rates"),  # 95% names no rate of the three: a share of the year
    P("", "宣传已全部结束。覆盖率95%",
      "口腔健康教育覆盖率达到100%,封闭完好率达到85%以上,知晓率达到95%以上", 11, BEHIND, "level",
      id="level-named-rate-against-several-rates"),  # 覆盖率95% is the first rate's, 0.95 of it
    P("", "覆盖率为88%。",
      "农村生活污水处理设施覆盖率达到95%以上", 2, BEHIND, "level",
      id="level-floor-under-month2"),  # under the floor; pro-rating would wrongly give 88/15.8 ahead
    P("", "覆盖率为90%。",
      "农村生活污水处理设施覆盖率达到95%以上", 6, BEHIND, "level",
      id="level-floor-under-month6"),
    P("", "覆盖率为93%。",
      "农村生活污水处理设施覆盖率达到95%以上", 12, BEHIND, "level",
      id="level-floor-under-month12"),
    P("", "覆盖率达到100%。",
      "农村生活污水处理设施覆盖率达到95%以上", 12, ON_TRACK, "level",
      id="level-floor-100pct-month12"),  # 100/95 = 1.05, not more than 10% past
    P("", "低保标准已提高至每人每月760元。",
      "城乡低保标准提高到每人每月760元", 3, ON_TRACK, "level",
      id="level-standard-reached-month3"),  # a per-person standard reached in March: met, 1.00
    P("", "低保标准为每人每月720元。",
      "城乡低保标准提高到每人每月760元", 9, BEHIND, "level",
      id="level-standard-under-month9"),  # 720 < 760; pro-rating would wrongly give 720/570 ahead
    P("", "已提高至每人每月1150元。",
      "特困人员基本生活标准不低于每人每月1000元", 6, AHEAD, "level",
      id="level-standard-15pct-past-floor"),  # 1150/1000 = 1.15 > 1.10
    P("", "已提高至每人每月1100元。",
      "特困人员基本生活标准不低于每人每月1000元", 6, ON_TRACK, "level",
      id="level-standard-exactly-10pct-past"),  # 1.10 is not more than 10% past
    P("", "健康管理率达到72%。",
      "65岁以上老年人健康管理率达到60%以上", 2, AHEAD, "level",
      id="level-rate-well-past-floor-month2"),  # 72/60 = 1.20 (12 points); 65岁 is an age
    P("城镇调查失业率控制在5.5%以内。", "城镇调查失业率为5.2%。",
      None, 8, ON_TRACK, "level",
      id="level-ceiling-in-target-column"),  # a ceiling as target: 5.2/5.5 is no quantity shortfall
    P("生活垃圾回收利用率达到40%以上。", "生活垃圾回收利用率为37%。",
      None, 10, BEHIND, "level",
      id="level-floor-in-target-column"),  # a floor as target, missed
]


# ---------------------------------------------------------------------------
# SCHEDULE: stages under time. Rung shares: 前期/方案 10, 设计 15, 招标/采购 25,
# 合同/承接商 30, 开工/进场施工 40, 主体完工/封顶 70, 竣工/完工/建成 95,
# 验收/投入使用/通车/开放 100 (%), against month/12. Rungs before 竣工 are at
# best on_track; not started / future tense at month <= 3 is on_track.
# ---------------------------------------------------------------------------

SCHEDULE = [
    P("", "已完工并交付使用。",
      "新建1所公办幼儿园", 7, AHEAD, "schedule",
      id="sched-delivered-month7-ahead"),  # 100/58.3 = 1.71
    P("", "已完工并交付使用。",
      "新建1所公办幼儿园", 12, ON_TRACK, "schedule",
      id="sched-delivered-month12-on-track"),  # 100/100
    P("", "已通过竣工验收。",
      "实施滨河路积水点改造工程", 12, ON_TRACK, "schedule",
      id="sched-accepted-month12"),  # 验收 100/100
    P("", "已建成并对外开放。",
      "新建1座城市书房", 6, AHEAD, "schedule",
      id="sched-opened-month6-ahead"),  # 开放 100/50
    P("", "工程已竣工,正在准备验收资料。",
      "建设1座社区卫生服务站", 8, AHEAD, "schedule",
      id="sched-finished-month8-ahead"),  # 竣工 95/66.7 = 1.43
    P("", "已建成通车。",
      "打通滨江路断头路", 10, AHEAD, "schedule",
      id="sched-open-to-traffic-month10-ahead"),  # 通车 100/83.3 = 1.20
    P("", "正在编制招标文件。",
      "新建1座区级档案馆", 9, BEHIND, "schedule",
      id="sched-bid-documents-month9-behind"),  # 招标 25/75
    P("", "正在编制招标文件。",
      "新建1座区级档案馆", 2, ON_TRACK, "schedule",
      id="sched-bid-documents-month2-capped"),  # 25/16.7 = 1.5, but an intermediate rung is never ahead
    P("", "已完成施工招标。",
      "改造提升1座体育馆", 3, ON_TRACK, "schedule",
      id="sched-bid-done-month3-exactly-100"),  # 招标 (施工招标 is no 施工) 25/25 = 1.00
    P("", "已完成施工招标。",
      "改造提升1座体育馆", 4, BEHIND, "schedule",
      id="sched-bid-done-month4-behind"),  # 25/33.3 = 0.75
    P("", "已确定承接商。",
      "建设社区养老服务综合体", 4, BEHIND, "schedule",
      id="sched-contractor-month4-behind"),  # 30/33.3 = 0.90
    P("", "已签订施工合同。",
      "建设1座停车楼", 3, ON_TRACK, "schedule",
      id="sched-contract-month3-capped"),  # 30/25 = 1.20, capped at on track
    P("", "施工单位已进场施工。",
      "新建1座污水提升泵站", 5, BEHIND, "schedule",
      id="sched-on-site-month5-just-under"),  # 40/41.7 = 0.96
    P("", "已开工建设。",
      "新建1座污水提升泵站", 4, ON_TRACK, "schedule",
      id="sched-started-month4-capped"),  # 40/33.3 = 1.20, capped
    P("", "主体结构已封顶。",
      "新建1栋保障性租赁住房", 8, ON_TRACK, "schedule",
      id="sched-topped-out-month8"),  # 70/66.7 = 1.05
    P("", "主体结构已封顶。",
      "新建1栋保障性租赁住房", 4, ON_TRACK, "schedule",
      id="sched-topped-out-month4-capped"),  # 70/33.3 = 2.1, still an intermediate rung
    P("", "主体已封顶,正在进行外墙施工。",
      "新建1座社区体育中心", 10, BEHIND, "schedule",
      id="sched-main-works-done-month10-behind"),  # 主体 is 70, not 完工 95: 70/83.3 = 0.84
    P("", "尚未开工。",
      "新建1座垃圾分类集中转运站", 9, BEHIND, "schedule",
      id="sched-not-started-month9-behind"),
    P("", "尚未开工。",
      "新建1座垃圾分类集中转运站", 2, ON_TRACK, "schedule",
      id="sched-not-started-month2-on-track"),  # early in the year (month <= 3)
    P("", "仍未启动。",
      "实施老旧小区二次供水设施改造", 11, BEHIND, "schedule",
      id="sched-not-launched-month11-behind"),
    P("", "预计10月开工。",
      "新建1座社区食堂", 8, BEHIND, "schedule",
      id="sched-future-start-month8-behind"),  # future tense late in the year; 10月 is a date
    P("", "预计4月开工。",
      "新建1座社区食堂", 3, ON_TRACK, "schedule",
      id="sched-future-start-month3-on-track"),  # future tense at month <= 3
    P("", "设备采购中。",
      "为30所中小学更新教学设备", 10, BEHIND, "schedule",
      id="sched-procurement-month10-behind"),  # 采购 25/83.3
    P("", "设备采购中。",
      "为30所中小学更新教学设备", 1, ON_TRACK, "schedule",
      id="sched-procurement-month1-capped"),  # 25/8.3 = 3.0, capped
    P("", "已完成方案设计。",
      "新建1座人行天桥", 1, ON_TRACK, "schedule",
      id="sched-design-month1-capped"),  # 10-15/8.3 > 1.10, capped
]


# ---------------------------------------------------------------------------
# VERDICT_WORDS: the publisher's words decide when no figure does; figures
# overrule them when comparable
# ---------------------------------------------------------------------------

VERDICT_WORDS = [
    P("", "已超额完成序时目标。",
      "开展老年人防范电信诈骗宣传", 7, AHEAD, "verdict",
      id="verdict-exceeded-month7"),
    P("", "一季度工作超额完成。",
      "开展防溺水安全教育", 3, AHEAD, "verdict",
      id="verdict-exceeded-q1"),  # 一季度 is a period, not a figure
    P("", "阶段性任务已提前完成。",
      "开展校园周边环境整治", 10, AHEAD, "verdict",
      id="verdict-finished-early-month10"),
    P("", "项目进展达到时间进度要求。",
      "推进智慧社区建设", 6, ON_TRACK, "verdict",
      id="verdict-time-pace-met"),
    P("", "各项工作按序时推进。",
      "开展河道综合整治", 9, ON_TRACK, "verdict",
      id="verdict-per-schedule"),  # 按序时 outranks the ongoing word 推进
    P("", "正在序时推进中。",
      "提升农村公路养护水平", 3, ON_TRACK, "verdict",
      id="verdict-xushi-tuijin"),
    P("按计划推进。", "已达到时间进度。",
      None, 8, ON_TRACK, "verdict",
      id="verdict-words-only-target"),
    P("", "项目进度滞后于序时要求。",
      "推进老旧小区电动自行车集中充电设施建设", 5, BEHIND, "delay",
      id="delay-lagging"),
    P("", "推进进度偏慢,正在督促加快。",
      "开展老旧电梯安全评估", 7, BEHIND, "delay",
      id="delay-slow-month7"),
    P("", "进度缓慢。",
      "开展社区健康讲座", 2, BEHIND, "delay",
      id="delay-slow-month2"),  # the publisher's own 缓慢 holds even in February
    P("", "未达序时进度,正在加快推进。",
      "推进村级公益事业建设", 10, BEHIND, "delay",
      id="delay-not-reaching-pace"),
    P("", "超额完成年度任务,累计新增托育点36个。",
      "新增社区托育点40个", 12, BEHIND, "pace",
      id="figures-overrule-exceeded-year-end"),  # 36/40 = 0.90 whatever the words
    P("累计完成改造300户。", "超额完成,累计完成改造285户。",
      None, 8, BEHIND, "quantity",
      id="figures-overrule-exceeded-vs-target"),  # 285/300 = 0.95
    P("", "进度略有滞后,已完成改造130户。",
      "完成200户困难家庭适老化改造", 6, AHEAD, "pace",
      id="figures-overrule-lagging"),  # 130/100 = 1.30
    P("", "按序时推进,已累计发放贴息2800万元。",
      "发放创业担保贷款贴息6000万元", 8, BEHIND, "pace",
      id="figures-overrule-per-schedule"),  # 2800/4000 = 0.70
    P("", "提前完成上半年任务,已开展培训520人次。",
      "开展职业技能培训1000人次", 6, ON_TRACK, "pace",
      id="figures-overrule-finished-early"),  # 520/500 = 1.04
    P("", "已完成全年目标任务。",
      "为辖区高龄老人提供助浴服务", 9, AHEAD, "completion",
      id="completion-before-december"),
    P("", "已完成全年目标任务。",
      "为辖区高龄老人提供助浴服务", 12, ON_TRACK, "completion",
      id="completion-in-december"),
    P("", "已完成全年任务,共建成8个。",
      "新建8个智慧健身驿站", 9, AHEAD, "pace",
      id="completion-with-figure-month9"),  # a figure is comparable: 8/6 = 1.33
    P("", "已完成全年任务,共建成8个。",
      "新建8个智慧健身驿站", 12, ON_TRACK, "pace",
      id="completion-with-figure-month12"),  # 8/8 = 1.00
    P("", "已超额完成4.5万人次的年度目标。",
      "全年开展心理健康服务4.5万人次", 12, AHEAD, frozenset({"verdict", "completion"}),
      id="quoted-year-target-month12"),  # 4.5万 is the year's target, not progress: the words alone; 超额 (beyond the task) is ahead even in December
    P("", "已超额完成3.6万人次的年度目标。",
      "全年开展心理健康服务3.6万人次", 9, AHEAD, frozenset({"verdict", "completion"}),
      id="quoted-year-target-month9"),  # the words alone, before December
    # 提前 + a rung reached is ahead; 未按期 + a rung is late.
    P("", "提前竣工", "建成城东污水处理厂扩建工程", 11, AHEAD, "completion", id="ahead-finished-early"),
    P("", "未按期竣工", "建成城南中药饮片加工基地", 11, BEHIND, "schedule", id="late-not-finished-on-time"),  # 未按期 negates the rung
    P("", "2个项目未按期开工。", "新开工项目10个", 6, BEHIND, "schedule", id="late-not-started-on-time"),  # 2 counts the late ones, not work done
]

# A change (增长6.5%, 同比下降4.64%) is a level, never a share of the year:
# read against 序时进度 it made every year-end growth figure "behind".
CHANGES = [
    P("", "2017年全区地区生产总值实现5629.4亿元,不变价增速达到6.6%。", "地区生产总值", 12, ON_TRACK, None, id="growth-rate-no-target"),
    P("", "一般公共预算收入508.17亿元,同比增长6.5%。", "一般公共预算收入", 12, ON_TRACK, None, id="revenue-growth"),
    P("", "万元GDP能耗0.1578吨标准煤/万元,下降4.64%,完成了预定目标。", "能源消费强度", 12, ON_TRACK, None, id="fall-with-target-met"),
    P("", "累计完成投资5亿元,同比增长12%。", "全年完成投资12亿元", 6, BEHIND, "pace", id="growth-beside-a-figure"),  # 5/6 = 0.83: the money decides
    # A running rate over its target is on it: it can fall back before
    # December; only one far over it (≥ 1.5×) before December is ahead.
    P("", "规模以上工业增加值同比增长8.2%。", "规模以上工业增加值增长7%", 6, ON_TRACK, "level", id="growth-over-its-target"),
    P("", "社会消费品零售总额同比增长9.1%,增幅居全市第二。", "社会消费品零售总额增长8%左右", 9, ON_TRACK, "level", id="growth-over-about-target"),
    P("", "全市民间投资同比增长57.7%。", "民间投资增长10%", 9, AHEAD, "level", id="growth-far-over-target"),
    P("", "全年地区生产总值增长11.4%。", "地区生产总值增长7%以上", 12, ON_TRACK, "level", id="growth-over-target-in-december"),
    P("", "单位地区生产总值能耗下降3.2%。", "单位地区生产总值能耗下降3%", 12, ON_TRACK, "level", id="fall-meets-its-target"),
    P("", "固定资产投资增长12.4%,完成全年任务的80%。", "固定资产投资增长10%", 9, ON_TRACK, "pace", id="growth-and-share"),
    P("", "全年新增城镇就业1.2万人,同比增长5%。", "新增城镇就业1万人", 6, AHEAD, "pace", id="growth-beside-a-count"),
    P("", "进出口总额同比增长3.5%,低于年度目标。", "进出口总额增长5%", 12, BEHIND, "level", id="growth-under-its-target"),
    P("", "城乡居民人均可支配收入增长6.1%。", "城乡居民收入增长6%", 9, ON_TRACK, "level", id="income-growth-met"),
    # How far from the pace, an average or an earlier month is a difference,
    # never progress: the share of the year decides.
    P("", "完成投资23.02亿元,完成年度计划51.55%,高于时序进度1.55%", "年度计划投资44.62亿元", 6, ON_TRACK, "pace",
      id="gap-over-the-pace"),
    P("", "完成投资68.84亿元,占年度计划投资103.7%,比1-10月增加17.7%(比1-9月增加30.6%)", "年度计划投资66.4亿元", 11, AHEAD,
      "pace", id="gap-since-earlier-months"),
    P("", "完成年度计划的70%,低于全市平均3%。", "年度计划投资10亿元", 6, AHEAD, "pace", id="gap-under-an-average"),
    P("", "已完成年度任务的52%,较上月提高12%。", "改造老旧小区40个", 6, ON_TRACK, "pace", id="gap-since-last-month"),
]


# ---------------------------------------------------------------------------
# TRADITIONAL: read exactly like simplified. SIMPLIFIED_TWINS holds each row's
# simplified (target, actual, annual), written by hand.
# ---------------------------------------------------------------------------

TRADITIONAL = [
    P("", "因疫情防控需要,線下講座暫停舉辦。",
      "全年開展健康講座200場", 5, BLOCKED, "blocked",
      id="trad-epidemic-paused"),
    P("", "累計完成投資3500萬元。",
      "全年完成投資6000萬元", 6, AHEAD, "pace",
      id="trad-investment-wanyuan"),  # 3500/3000 = 1.17
    P("", "累計新增12個。",
      "新增智慧健身驛站18個", 8, ON_TRACK, "pace",
      id="trad-count-ge"),  # 12/12 = 1.00
    P("", "尚未開工,正在完善前期手續。",
      "新建1座社區養老院", 9, BEHIND, "schedule",
      id="trad-not-started-month9"),
    P("", "已竣工驗收並投入使用。",
      "新建1座社區養老院", 8, AHEAD, "schedule",
      id="trad-in-use-month8"),  # 100/66.7
    P("", "各項工作均按序時推進。",
      "開展河道綜合整治", 7, ON_TRACK, "verdict",
      id="trad-per-schedule"),
    P("", "進度滯後,正在督促加快進度。",
      "推進農貿市場改造", 9, BEHIND, "delay",
      id="trad-lagging"),
    P("", "城鎮調查失業率為5.2%。",
      "城鎮調查失業率控制在5.5%以內", 6, ON_TRACK, "level",
      id="trad-ceiling-met"),
    P("", "覆蓋率為90%。",
      "農村生活污水處理設施覆蓋率達到95%以上", 6, BEHIND, "level",
      id="trad-floor-missed"),
    P("累計完成改造80戶。", "累計完成改造92戶。",
      None, 8, AHEAD, "quantity",
      id="trad-quantity-hu"),  # 92/80 = 1.15
    P("", "已完成全年目標任務。",
      "為轄區高齡老人提供助浴服務", 10, AHEAD, "completion",
      id="trad-completion"),
    P("", "形象進度達到80%。",
      "新建1座垃圾轉運站", 9, ON_TRACK, "pace",
      id="trad-xingxiang"),  # 80/75 = 1.07
    P("", "累計服務2.6萬人次。",
      "全年提供助餐服務4.8萬人次", 6, ON_TRACK, "pace",
      id="trad-wanrenci"),  # 2.6/2.4 = 1.08
    P("", "已累計撥付資金1.8億元。",
      "撥付補助資金3億元", 7, ON_TRACK, "pace",
      id="trad-yiyuan"),  # 1.8/1.75 = 1.03
    P("完成主體結構施工。", "受颱風影響,工地暫緩施工。",
      None, 8, BLOCKED, "blocked",
      id="trad-typhoon-suspended"),
    P("", "設備採購中。",
      "為30所中小學更新教學設備", 10, BEHIND, "schedule",
      id="trad-procurement-month10"),
    P("", "超額完成年度任務,累計新增托育點36個。",
      "新增社區托育點40個", 12, BEHIND, "pace",
      id="trad-exceeded-overruled"),  # 36/40
]

SIMPLIFIED_TWINS = {
    "trad-epidemic-paused": ("", "因疫情防控需要,线下讲座暂停举办。", "全年开展健康讲座200场"),
    "trad-investment-wanyuan": ("", "累计完成投资3500万元。", "全年完成投资6000万元"),
    "trad-count-ge": ("", "累计新增12个。", "新增智慧健身驿站18个"),
    "trad-not-started-month9": ("", "尚未开工,正在完善前期手续。", "新建1座社区养老院"),
    "trad-in-use-month8": ("", "已竣工验收并投入使用。", "新建1座社区养老院"),
    "trad-per-schedule": ("", "各项工作均按序时推进。", "开展河道综合整治"),
    "trad-lagging": ("", "进度滞后,正在督促加快进度。", "推进农贸市场改造"),
    "trad-ceiling-met": ("", "城镇调查失业率为5.2%。", "城镇调查失业率控制在5.5%以内"),
    "trad-floor-missed": ("", "覆盖率为90%。", "农村生活污水处理设施覆盖率达到95%以上"),
    "trad-quantity-hu": ("累计完成改造80户。", "累计完成改造92户。", None),
    "trad-completion": ("", "已完成全年目标任务。", "为辖区高龄老人提供助浴服务"),
    "trad-xingxiang": ("", "形象进度达到80%。", "新建1座垃圾转运站"),
    "trad-wanrenci": ("", "累计服务2.6万人次。", "全年提供助餐服务4.8万人次"),
    "trad-yiyuan": ("", "已累计拨付资金1.8亿元。", "拨付补助资金3亿元"),
    "trad-typhoon-suspended": ("完成主体结构施工。", "受台风影响,工地暂缓施工。", None),
    "trad-procurement-month10": ("", "设备采购中。", "为30所中小学更新教学设备"),
    "trad-exceeded-overruled": ("", "超额完成年度任务,累计新增托育点36个。", "新增社区托育点40个"),
}


# ---------------------------------------------------------------------------
# FLOAT_MONTH: a period ending mid-month (截至5月15日 → 4.5)
# ---------------------------------------------------------------------------

FLOAT_MONTH = [
    P("", "截至5月15日,已新增养老床位95张。",
      "新增养老床位240张", 4.5, ON_TRACK, "pace",
      id="float-4.5-on-track"),  # due 90; 1.06 (month 4: 1.19 ahead; month 5: 0.95 behind)
    P("", "截至5月15日,累计新增养老床位99张。",
      "新增养老床位240张", 4.5, ON_TRACK, "pace",
      id="float-4.5-exactly-110"),  # 99/90 = 1.10
    P("", "截至5月15日,累计新增养老床位90张。",
      "新增养老床位240张", 4.5, ON_TRACK, "pace",
      id="float-4.5-exactly-100"),  # 90/90 = 1.00
    P("", "截至5月15日,累计新增养老床位100张。",
      "新增养老床位240张", 4.5, AHEAD, "pace",
      id="float-4.5-ahead"),  # 100/90 = 1.11 (month 5 would be 1.00)
    P("", "截至8月15日,累计开展培训740人次。",
      "开展法律援助培训1200人次", 7.5, BEHIND, "pace",
      id="float-7.5-behind"),  # due 750; 0.99 (month 7 would be 1.06)
    P("", "完成工程量88%。",
      "新建1座社区文化活动中心", 10.5, ON_TRACK, "pace",
      id="float-10.5-share"),  # 88/87.5 = 1.006 (month 11 would be 0.96)
    P("", "累计完成投资9000万元。",
      "完成投资1.2亿元", 8.5, ON_TRACK, "pace",
      id="float-8.5-wanyuan"),  # due 8500万; 1.06 (month 8 would be 1.125)
    P("", "形象进度45%。",
      "建成1座社区体育公园", 5.5, BEHIND, "pace",
      id="float-5.5-share-behind"),  # 45/45.8 = 0.98
    P("", "1000",
      "新增公共充电桩1200个", 9.5, ON_TRACK, "pace",
      id="float-9.5-bare-number"),  # due 950; 1.05
    P("", "累计完成投资1500万元。",
      "完成投资3000万元", 6.0, ON_TRACK, "pace",
      id="float-6.0-whole"),  # 6.0 is month 6: 1.00
    P("", "已完成招标。",
      "改造提升1座菜市场", 2.5, ON_TRACK, "schedule",
      id="float-2.5-bid-capped"),  # 25/20.8 = 1.2, capped
    P("", "尚未开工。",
      "新建1座社区食堂", 2.5, ON_TRACK, "schedule",
      id="float-2.5-not-started"),  # month <= 3
    P("", "尚未开工。",
      "新建1座社区食堂", 4.5, BEHIND, "schedule",
      id="float-4.5-not-started"),  # month > 3: not started = contracts at most (30) vs 37.5
    P("", "已建成通车。",
      "打通滨江路断头路", 11.5, ON_TRACK, "schedule",
      id="float-11.5-open-to-traffic"),  # mid-December: 100/95.8 = 1.04
    P("", "截至5月15日,城镇调查失业率为5.3%。",
      "城镇调查失业率控制在5.5%以内", 4.5, ON_TRACK, "level",
      id="float-4.5-level"),
]


# ---------------------------------------------------------------------------
# NEEDS_REVIEW: nothing comparable → on_track with needs_review True;
# decided by figures → needs_review False
# ---------------------------------------------------------------------------

REVIEW_FLAGGED = [
    P("", "积极推进中。",
      "新建1座社区食堂", 6, ON_TRACK, None,
      id="review-pushing-on"),  # the guide's own example of no evidence
    P("", "详见附件。",
      "新增养老床位300张", 6, ON_TRACK, "no_evidence",
      id="review-see-annex"),
    P("", "已累计完成128个。",
      None, 8, ON_TRACK, "no_evidence",
      id="review-count-without-plan"),  # a figure with no plan to compare it with
    P("", "已走访老人120人次。",
      "新增养老床位300张", 6, ON_TRACK, None,
      id="review-unit-mismatch"),  # 人次 against 张: not comparable
    P("", "相关材料已报送。",
      "为5000名老人提供健康体检", 7, ON_TRACK, None,
      id="review-materials-sent"),
    P("春眠不觉晓。", "处处闻啼鸟。",
      None, 8, ON_TRACK, "no_evidence",
      id="review-unrelated"),
    P("", "正在研究具体工作措施。",
      "推进智慧养老服务平台建设", 4, ON_TRACK, None,
      id="review-studying"),
    P("", "持续加大工作力度。",
      "开展燃气安全专项整治", 9, ON_TRACK, None,
      id="review-stepping-up"),
    P("", "已召开专题协调会。",
      "开展“敬老月”系列活动", 10, ON_TRACK, None,
      id="review-meeting-held"),  # a meeting is no figure, stage, stop or verdict
]

REVIEW_CLEAR = [
    P("", "累计新增养老床位180张。",
      "新增养老床位300张", 6, AHEAD, "pace",
      id="clear-pace-ahead"),  # 180/150 = 1.20
    P("", "累计新增养老床位130张。",
      "新增养老床位300张", 6, BEHIND, "pace",
      id="clear-pace-behind"),  # 130/150 = 0.87
    P("累计完成培训300人次。", "累计完成培训320人次。",
      None, 8, ON_TRACK, "quantity",
      id="clear-quantity"),  # 1.07
    P("", "城镇调查失业率为5.2%。",
      "城镇调查失业率控制在5.5%以内", 6, ON_TRACK, "level",
      id="clear-level-ceiling"),
    P("", "覆盖率为90%。",
      "农村生活污水处理设施覆盖率达到95%以上", 6, BEHIND, "level",
      id="clear-level-floor"),
    P("", "1320 88%",
      "新增就业岗位1500个", 10, ON_TRACK, "pace",
      id="clear-bare-figures"),
    P("", "完成工程量60%。",
      "新建城市道路1条", 6, AHEAD, "pace",
      id="clear-share"),
    P("", "积极推进中,已建成社区食堂4家。",
      "新建社区食堂12家", 3, AHEAD, "pace",
      id="clear-pushing-on-with-figure"),  # the figure decides: 4/3 = 1.33
    P("", "超额完成,已建成充电桩95个。",
      "新建充电桩100个", 12, BEHIND, "pace",
      id="clear-words-overruled"),  # 95/100
    P("", "累计提供助餐服务3.3万人次。",
      "全年提供助餐服务12万人次", 3, ON_TRACK, "pace",
      id="clear-wanrenci"),  # 3.3/3 = 1.10
]


# ---------------------------------------------------------------------------
# REASONS: figures as a person writes them, the status label last.
# REASON_FIGURES lists the strings each reason must contain.
# ---------------------------------------------------------------------------

REASONS = [
    P("", "累计完成投资7200万元。",
      "完成投资1.5亿元", 6, BEHIND, "pace",
      id="reason-due-7500-wanyuan"),  # due 7500万元; 0.96
    P("", "已发放补贴1.8亿元。",
      "发放消费补贴3亿元", 6, AHEAD, "pace",
      id="reason-due-1.5-yiyuan"),  # due 1.5亿元; 1.20
    P("", "累计完成投资7600万元。",
      "完成投资9000万元", 10, ON_TRACK, "pace",
      id="reason-due-7500-month10"),  # due 7500万元; 1.01
    P("完成投资2.5亿元。", "完成投资2.6亿元。",
      None, 8, ON_TRACK, "quantity",
      id="reason-quantity-yiyuan"),  # 1.04
    P("", "累计完成投资9500万元。",
      "完成投资3亿元", 4, BEHIND, "pace",
      id="reason-wan-against-yi"),  # due 1亿元; 0.95
    P("", "全年累计完成投资2.1亿元。",
      "全年完成投资2亿元", 12, ON_TRACK, "pace",
      id="reason-year-end-yiyuan"),  # 1.05
    P("", "累计提供助餐服务3.3万人次。",
      "全年提供助餐服务12万人次", 3, ON_TRACK, "pace",
      id="reason-wanrenci"),  # due 3万人次; 1.10
    P("", "超额完成年度任务,累计新增托育点36个。",
      "新增社区托育点40个", 12, BEHIND, "pace",
      id="reason-names-contradiction-pace"),
    P("累计完成改造300户。", "超额完成,累计完成改造285户。",
      None, 8, BEHIND, "quantity",
      id="reason-names-contradiction-quantity"),
    P("", "进度略有滞后,已完成改造130户。",
      "完成200户困难家庭适老化改造", 6, AHEAD, "pace",
      id="reason-ahead-despite-lag-words"),  # must not end in 滞后
    P("", "已完工并交付使用。",
      "新建1所公办幼儿园", 7, AHEAD, "schedule",
      id="reason-schedule-ahead"),
    P("", "城镇调查失业率为5.2%。",
      "城镇调查失业率控制在5.5%以内", 6, ON_TRACK, "level",
      id="reason-level-ceiling"),
    P("", "已完成管网改造11公里。",
      "改造雨水管网12公里", 10, ON_TRACK, "pace",
      id="reason-km-not-metres"),  # due 10公里, never 10000公里
    P("", "因资金未到位,项目暂停实施。",
      "新建1座社区养老院", 7, BLOCKED, "blocked",
      id="reason-blocked"),
]

REASON_FIGURES = {
    "reason-due-7500-wanyuan": ("7500万元", "7200万元", "1.5亿元"),
    "reason-due-1.5-yiyuan": ("1.5亿元", "1.8亿元", "3亿元"),
    "reason-due-7500-month10": ("7500万元", "7600万元", "9000万元"),
    "reason-quantity-yiyuan": ("2.5亿元", "2.6亿元"),
    "reason-wan-against-yi": ("9500万元", "3亿元"),
    "reason-year-end-yiyuan": ("2.1亿元", "2亿元"),
    "reason-wanrenci": ("3.3万人次",),
    "reason-names-contradiction-pace": ("报称超额完成", "36"),
    "reason-names-contradiction-quantity": ("报称超额完成", "285", "300"),
    "reason-ahead-despite-lag-words": ("130",),
    "reason-schedule-ahead": (),
    "reason-level-ceiling": ("5.2%", "5.5%"),
    "reason-km-not-metres": ("10公里", "11公里", "12公里"),
    "reason-blocked": (),
}


GROUPS = {
    "PACE_COUNTS": PACE_COUNTS,
    "PACE_SHARES": PACE_SHARES,
    "BARE_FIGURES": BARE_FIGURES,
    "LEVELS": LEVELS,
    "CHANGES": CHANGES,
    "SCHEDULE": SCHEDULE,
    "VERDICT_WORDS": VERDICT_WORDS,
    "TRADITIONAL": TRADITIONAL,
    "FLOAT_MONTH": FLOAT_MONTH,
    "NEEDS_REVIEW": REVIEW_FLAGGED + REVIEW_CLEAR,
    "REASONS": REASONS,
}
TABLE = [row for rows in GROUPS.values() for row in rows]
PINNED_BASIS = [row for row in TABLE if row.values[5] is not None]
BY_FIGURES = [row for row in TABLE if isinstance(row.values[5], str) and row.values[5] in FIGURE_BASES]


# ---------------------------------------------------------------------------
# The tables are well formed
# ---------------------------------------------------------------------------


def test_tables_are_well_formed():
    ids = [row.id for row in TABLE]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for name, rows in GROUPS.items():
        assert 10 <= len(rows) <= 25, (name, len(rows))
    for row in TABLE:
        target, actual, annual, month, status, basis = row.values
        assert isinstance(target, str) and isinstance(actual, str), row.id
        assert annual is None or isinstance(annual, str), row.id
        assert isinstance(month, (int, float)) and 1 <= month <= 12, row.id
        assert isinstance(month, int) or row in FLOAT_MONTH, row.id
        assert status in RANK, row.id
        if isinstance(basis, frozenset):
            assert basis and basis <= BASES, row.id
        else:
            assert basis is None or basis in BASES, row.id
        assert row.id.isascii()
    assert sum(1 for row in FLOAT_MONTH if row.values[3] != int(row.values[3])) >= 10
    assert set(SIMPLIFIED_TWINS) == {row.id for row in TRADITIONAL}
    for row in TRADITIONAL:
        assert SIMPLIFIED_TWINS[row.id] != tuple(row.values[:3]), row.id
    assert set(REASON_FIGURES) == {row.id for row in REASONS}


# ---------------------------------------------------------------------------
# Status, basis, reason label: every row
# ---------------------------------------------------------------------------


def _score(target, actual, annual, month):
    return score_progress(target, actual, annual=annual, month=month)


@pytest.mark.parametrize("target, actual, annual, month, status, basis", TABLE)
def test_status(target, actual, annual, month, status, basis):
    score = _score(target, actual, annual, month)
    assert isinstance(score.status, Status)
    assert score.status == status, str(score)


# Beyond the groups: an increment and the total it came to, cases of a service.
RUNNING_TOTALS = [
    # an increment, then the total it came to: the total is the progress so far
    P("", "9月新增复明手术1203例,达8878例。",
      "为1万名白内障患者实施免费复明手术", 9, AHEAD, "pace",
      id="pace-increment-then-total-ahead"),  # due 7500; 8878/7500 = 1.18 (not 1203)
    P("", "当月新增帮扶对象850人,总数达5200人。",
      "帮扶困难群众8000人", 9, BEHIND, "pace",
      id="pace-increment-then-total-behind"),  # due 6000; 5200/6000 = 0.87
    # a case of a service counts the person served (例 against 名)
    P("", "已完成免费筛查6200例。",
      "为8000名适龄妇女提供免费筛查", 6, AHEAD, "pace",
      id="pace-cases-are-people"),  # due 4000; 6200/4000 = 1.55
]


@pytest.mark.parametrize("target, actual, annual, month, status, basis", RUNNING_TOTALS)
def test_running_totals_and_cases(target, actual, annual, month, status, basis):
    result = score_progress(target, actual, annual=annual, month=month)
    assert (result.status.value, result.basis) == (status, basis)


@pytest.mark.parametrize("target, actual, annual, month, status, basis", PINNED_BASIS)
def test_basis(target, actual, annual, month, status, basis):
    score = _score(target, actual, annual, month)
    if isinstance(basis, frozenset):
        assert score.basis in basis, str(score)
    else:
        assert score.basis == basis, str(score)


@pytest.mark.parametrize("target, actual, annual, month, status, basis", TABLE)
def test_reason_ends_with_its_own_status_label(target, actual, annual, month, status, basis):
    # Issue rule 5: a reason never contradicts its status; the label is last.
    score = _score(target, actual, annual, month)
    assert score.reason.endswith(LABEL[score.status.value]), (score.status, score.reason)
    assert not DOUBLED_MAGNITUDE.search(score.reason), score.reason


# ---------------------------------------------------------------------------
# PACE ratios (2 decimals) for single-item rows: the breakdown (其中) and the
# remainder (其余) must not enter the ratio
# ---------------------------------------------------------------------------

PACE_RATIOS = {
    "pace-gardens-month9-behind": 0.83,
    "pace-beds-month5-exactly-100": 1.00,
    "pace-toilets-month8-exactly-110": 1.10,
    "pace-care-beds-month8-111pct": 1.11,
    "pace-care-beds-month8-99pct": 0.99,
    "pace-subsidy-yi-month6-ahead": 1.25,
    "pace-investment-wan-vs-yi-month4": 0.95,
    "pace-wanrenci-vs-renci-month10": 1.04,
    "pace-qizhong-breakdown-beds": 1.07,
    "pace-qizhong-breakdown-jobs": 1.16,
    "pace-rest-under-construction-behind": 0.88,
    "pace-rest-fitting-out-behind": 0.80,
    "pace-rest-ahead": 1.25,
    "pace-km-decimal-exactly-110": 1.10,
    "pace-year-end-behind": 0.93,
}


@pytest.mark.parametrize(
    "target, actual, annual, month, ratio",
    [P(*row.values[:4], PACE_RATIOS[row.id], id=row.id) for row in PACE_COUNTS if row.id in PACE_RATIOS],
)
def test_pace_ratio(target, actual, annual, month, ratio):
    score = _score(target, actual, annual, month)
    assert score.ratio is not None, str(score)
    assert round(score.ratio, 2) == pytest.approx(ratio), str(score)


# ---------------------------------------------------------------------------
# TRADITIONAL: the simplified twin scores identically
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("target, actual, annual, month, status, basis", TRADITIONAL)
def test_traditional_twin_scores_the_same(request, target, actual, annual, month, status, basis):
    row_id = request.node.callspec.id
    s_target, s_actual, s_annual = SIMPLIFIED_TWINS[row_id]
    trad = _score(target, actual, annual, month)
    simp = _score(s_target, s_actual, s_annual, month)
    assert (trad.status, trad.basis) == (simp.status, simp.basis), (str(trad), str(simp))
    assert (trad.ratio is None) == (simp.ratio is None)
    if trad.ratio is not None:
        assert trad.ratio == pytest.approx(simp.ratio)


# ---------------------------------------------------------------------------
# FLOAT_MONTH: 4.5 is neither 4 nor 5; 6.0 is 6
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "month, status",
    [
        P(4, AHEAD, id="month4-due-80"),  # 95/80 = 1.19
        P(4.5, ON_TRACK, id="month4.5-due-90"),  # 95/90 = 1.06
        P(5, BEHIND, id="month5-due-100"),  # 95/100 = 0.95
    ],
)
def test_half_month_is_not_rounded(month, status):
    score = _score("", "截至5月15日,已新增养老床位95张。", "新增养老床位240张", month)
    assert score.basis == "pace", str(score)
    assert score.status == status, str(score)


@pytest.mark.parametrize(
    "actual, annual, month",
    [
        P("累计完成投资1500万元。", "完成投资3000万元", 6, id="investment-6"),
        P("形象进度45%。", "建成1座社区体育公园", 9, id="share-9"),
        P("尚未开工。", "新建1座社区食堂", 3, id="not-started-3"),
        P("已建成通车。", "打通滨江路断头路", 12, id="open-12"),
    ],
)
def test_whole_float_month_equals_int(actual, annual, month):
    as_int = _score("", actual, annual, month)
    as_float = _score("", actual, annual, float(month))
    assert (as_float.status, as_float.basis, as_float.ratio) == (as_int.status, as_int.basis, as_int.ratio)


# ---------------------------------------------------------------------------
# NEEDS_REVIEW
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("target, actual, annual, month, status, basis", REVIEW_FLAGGED)
def test_nothing_comparable_needs_review(target, actual, annual, month, status, basis):
    score = _score(target, actual, annual, month)
    assert score.status == status, str(score)
    assert score.needs_review is True, str(score)
    assert score.ratio is None, str(score)


@pytest.mark.parametrize("target, actual, month, status, review", [
    # done with no period known: on track, flagged; with a month, as the guide says
    ("", "已完成。", None, ON_TRACK, True),
    ("", "已完成。", 8, AHEAD, False),
    ("", "已完成。", 12, ON_TRACK, False),
    # beyond the task, or beating a period target, is ahead in any month
    ("", "已超额完成年度任务。", None, AHEAD, False),
    ("进场施工。", "已完成全年目标任务。", None, AHEAD, False),
])
def test_done_with_no_period_known(target, actual, month, status, review):
    score = score_progress(target, actual, annual="建设社区文化中心1座", month=month)
    assert (score.status.value, score.needs_review) == (status, review), str(score)


def test_a_due_date_is_no_stage_reached():
    # 逾原预定完工日期2年: the date the work was due, not the work done
    score = score_progress("预定11月18日完工", "实际进度严重落后,致逾原预定完工日期2年,仍未竣工", month=7)
    assert score.status is Status.BEHIND, str(score)


@pytest.mark.parametrize("actual, stage", [
    # 签约 before the people served names them, not a contract for the work
    ("为千余名签约慢病患者提供了免费基本药物。", False),
    ("已为签约居民提供上门服务3200人次。", False),
    ("项目已签约,正在办理用地手续。", True),
])
def test_signed_up_people_are_no_contract_stage(actual, stage):
    score = _score("", actual, "为慢病患者提供免费基本药物", 12)
    assert (score.basis in ("stage", "schedule")) == stage, str(score)


@pytest.mark.parametrize("actual, annual, basis, review", [
    # a verb of work that counts units done says nothing of one job's
    # stage, and with no task figure there is nothing to count them against:
    # nothing comparable, on track and flagged (guide rule 5)
    ("改造提升了10家户外劳动者服务站点。", "", "no_evidence", True),
    ("已改造10家农贸市场。", "", "no_evidence", True),
    ("新建农村港湾式停靠站638个。", "改善交通出行", "no_evidence", True),
    ("整合资源改造提升农村家宴放心厨房77家", "保障食品安全", "no_evidence", True),
    # the job's end said of a count of units: how many got there, not the job
    ("老旧小区微改造项目已完工32个,新开工60个,在建127个。", "老旧小区微改造项目", "no_evidence", True),
    ("已建成家庭养老床位148张。", "家庭养老床位", "no_evidence", True),
    # the job's own stage, no count: the stage decides
    ("正在施工。", "", "schedule", False),
    ("主体工程正在施工。", "", "schedule", False),
])
def test_work_counted_in_units_with_no_task_is_nothing_comparable(actual, annual, basis, review):
    score = _score("", actual, annual, 12)
    assert score.basis == basis and score.needs_review is review, str(score)
    assert score.status is (Status.ON_TRACK if basis == "no_evidence" else Status.BEHIND)


# A count over ten times the task it is read against: the figures' verdict,
# with the doubt stated and under the review line (another measure, most
# likely: households against villages, a class threshold against a total).
FAR_APART = [
    P("", "累计完成投资883.41亿元。", "总投资50亿元以上项目", 7, AHEAD, "pace", id="far-threshold-in-name"),
    P("", "305", "3", 9, AHEAD, "pace", id="far-households-vs-villages"),
    P("新增1个", "新增30个。", None, 6, AHEAD, "quantity", id="far-target"),
    P("", "培训放心消费单位55853家。", "改造提升农村家宴放心厨房77家", 12, AHEAD, "pace", id="far-another-count"),
]
NEAR_ENOUGH = [
    P("", "累计新增84万元。", "全年新增100万元", 1, AHEAD, "pace", id="near-january-84pct"),
    P("新增30台", "新增81台。", None, 8, AHEAD, "quantity", id="near-period-270pct"),
    P("", "已培训1255人。", "开展农村青年技能培训400人", 7, AHEAD, "pace", id="near-three-times-the-year"),
]


@pytest.mark.parametrize("target, actual, annual, month, status, basis", FAR_APART)
def test_a_count_tenfold_its_task_is_doubted(target, actual, annual, month, status, basis):
    score = _score(target, actual, annual, month)
    assert (score.status.value, score.basis, score.needs_review) == (status, basis, True), str(score)
    assert "十倍以上" in score.reason, str(score)


@pytest.mark.parametrize("target, actual, annual, month, status, basis", NEAR_ENOUGH)
def test_a_count_within_tenfold_is_not_doubted(target, actual, annual, month, status, basis):
    score = _score(target, actual, annual, month)
    assert (score.status.value, score.basis, score.needs_review) == (status, basis, False), str(score)
    assert "十倍以上" not in score.reason, str(score)


# A count under a hundredth of its whole task (not money, not zero): doubted
# the same way, the figures' verdict kept.
FAR_BELOW = [
    P("", "完成普通國省道路面修復里程29.51公里。", "對15.1萬公里普通公路進行日常養護", 9, BEHIND, "pace",
      id="far-below-a-part-of-the-network"),
    P("", "已完成3户。", "完成农村危房改造1000户", 6, BEHIND, "pace", id="far-below-3-of-1000"),
]
NOT_FAR_BELOW = [
    P("", "完成投资0.3亿元。", "完成投资50亿元", 1, BEHIND, "pace", id="money-is-never-doubted-low"),
    P("", "已完成0户。", "完成农村危房改造1000户", 6, BEHIND, "pace", id="nothing-done-is-a-report"),
    P("", "已完成12户。", "完成农村危房改造1000户", 6, BEHIND, "pace", id="one-percent-or-more"),
]


@pytest.mark.parametrize("target, actual, annual, month, status, basis", FAR_BELOW)
def test_a_count_under_a_hundredth_of_its_task_is_doubted(target, actual, annual, month, status, basis):
    score = _score(target, actual, annual, month)
    assert (score.status.value, score.basis, score.needs_review) == (status, basis, True), str(score)
    assert "不足任务的百分之一" in score.reason, str(score)


@pytest.mark.parametrize("target, actual, annual, month, status, basis", NOT_FAR_BELOW)
def test_money_nothing_or_a_hundredth_and_more_is_not_doubted_low(target, actual, annual, month, status, basis):
    score = _score(target, actual, annual, month)
    assert (score.status.value, score.basis) == (status, basis), str(score)
    assert "不足任务的百分之一" not in score.reason, str(score)


@given(st.integers(1, 5000), st.integers(0, 60000), st.sampled_from(["个", "台", "张", "户", "名", "座"]), st.integers(1, 12))
def test_property_tenfold_doubt_depends_on_the_task_not_the_month(n, k, unit, month):
    """Doubted exactly when the count passes ten times the whole task, in
    any month; the status is the one the figures give either way."""
    score = _score("", f"累计新增{k}{unit}。", f"全年新增{n}{unit}", month)
    assert ("十倍以上" in score.reason) == (k > 10 * n), (n, k, month, str(score))
    if k > 10 * n:
        assert score.status is Status.AHEAD and score.needs_review, str(score)



@given(st.integers(1, 200_000), st.integers(0, 3000), st.sampled_from(["个", "台", "户", "公里", "座"]), st.integers(1, 12))
def test_property_hundredth_doubt_depends_on_the_task_not_the_month(n, k, unit, month):
    """Doubted low exactly when a count above zero is under a hundredth of
    the whole task; the status is the one the figures give either way."""
    score = _score("", f"累计新增{k}{unit}。", f"全年新增{n}{unit}", month)
    assert ("不足任务的百分之一" in score.reason) == (0 < k * 100 < n), (n, k, month, str(score))
    if 0 < k * 100 < n:
        assert score.status is Status.BEHIND and score.needs_review, str(score)


@pytest.mark.parametrize("text, rungs", [
    ("列入广州市重点建设项目计划", []),          # a programme named by its work
    ("科学制定复工开工计划", []),                 # a plan to start, not a start
    ("城乡建设计划全部超额完成", []),
    ("项目建设正在进行中", ["施工"]),             # the work itself
    ("等在建项目推进顺利", []),                   # work naming a kind of project
    ("新建项目共185个", []),
    ("已开工项目共132个", ["开工"]),              # a start keeps its sense
    ("已开工建设", ["开工"]),
])
def test_a_plan_or_kind_named_by_its_work_is_no_stage(text, rungs):
    from progress_nlp import default_lexicon
    from progress_nlp.signals import find_stages

    assert [m.rung for m in find_stages(text, default_lexicon())] == rungs


def test_weak_stage_evidence_needs_review():
    """Only liaising (对接, the first rung) reported in August: behind by the
    schedule, but resting on so little that a person should check it."""
    score = _score("", "正在与相关部门对接。", "开展社区文化活动120场", 8)
    assert (score.status, score.basis, score.needs_review) == (Status.BEHIND, "schedule", True), str(score)


@pytest.mark.parametrize("target, actual, annual, month, status, basis", BY_FIGURES)
def test_decided_by_figures_needs_no_review(target, actual, annual, month, status, basis):
    score = _score(target, actual, annual, month)
    assert score.basis in FIGURE_BASES, str(score)
    assert score.needs_review is False, str(score)


@pytest.mark.parametrize("target, actual, annual, month, status, basis", TABLE)
def test_low_confidence_needs_review(target, actual, annual, month, status, basis):
    score = _score(target, actual, annual, month)
    assert isinstance(score.needs_review, bool), str(score)
    if score.confidence < 0.5:
        assert score.needs_review, str(score)


# ---------------------------------------------------------------------------
# REASONS
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("target, actual, annual, month, status, basis", REASONS)
def test_reason_text(request, target, actual, annual, month, status, basis):
    score = _score(target, actual, annual, month)
    reason = score.reason
    for figure in REASON_FIGURES[request.node.callspec.id]:
        assert figure in reason, (figure, reason)
    assert not DOUBLED_MAGNITUDE.search(reason), reason
    assert reason.endswith(LABEL[status]), reason
    assert str(score) == reason


# ---------------------------------------------------------------------------
# Properties
# ---------------------------------------------------------------------------

COUNT_UNITS = ["个", "台", "张", "户", "名", "场", "座", "公里"]
STAGE_PHRASES = [
    "尚未开工。", "预计10月开工。", "正在编制招标文件。", "设备采购中。", "已签订施工合同。",
    "施工单位已进场施工。", "主体结构已封顶。", "工程已竣工。", "已通过竣工验收。",
    "已完工并交付使用。", "已完成全年目标任务。",
]
JOBS = ["新建1座社区文化中心", "新建城市支路2条", "实施滨河路积水点改造工程"]


def _tenths(n: int) -> str:
    """57 → '5.7', 60 → '6'."""
    return f"{n // 10}.{n % 10}" if n % 10 else str(n // 10)


@st.composite
def paced_rows(draw):
    """(target, actual, annual) with no period target, as in the tables above."""
    kind = draw(st.sampled_from(["count", "money", "share", "stage", "level"]))
    if kind == "count":
        unit = draw(st.sampled_from(COUNT_UNITS))
        n, k = draw(st.integers(1, 5000)), draw(st.integers(0, 6000))
        return "", f"累计新增{k}{unit}。", f"全年新增{n}{unit}"
    if kind == "money":
        n, k = draw(st.integers(100, 90000)), draw(st.integers(0, 100000))
        return "", f"累计完成投资{k}万元。", f"全年完成投资{n}万元"
    if kind == "share":
        p = draw(st.integers(0, 100))
        return "", draw(st.sampled_from([f"完成工程量{p}%。", f"形象进度{p}%。", f"完成年度任务的{p}%。"])), draw(st.sampled_from(JOBS))
    if kind == "stage":
        return "", draw(st.sampled_from(STAGE_PHRASES)), draw(st.sampled_from(JOBS))
    c, v = draw(st.integers(30, 90)), draw(st.integers(10, 99))
    return "", f"城镇调查失业率为{_tenths(v)}%。", f"城镇调查失业率控制在{_tenths(c)}%以内"


@given(paced_rows(), st.integers(1, 12), st.integers(1, 12))
def test_property_a_later_month_is_never_better(row, m1, m2):
    target, actual, annual = row
    early, late = sorted((m1, m2))
    s_early = _score(target, actual, annual, early)
    s_late = _score(target, actual, annual, late)
    assert RANK[s_late.status.value] <= RANK[s_early.status.value], (row, early, s_early.reason, late, s_late.reason)


@st.composite
def count_rows(draw):
    """(target, annual, actual template) where the template takes the raised count."""
    mode = draw(st.sampled_from(["pace", "target", "target+annual", "two-items"]))
    unit = draw(st.sampled_from(COUNT_UNITS))
    n, t = draw(st.integers(1, 5000)), draw(st.integers(1, 5000))
    if mode == "pace":
        return "", f"全年新增{n}{unit}", "累计新增{k}" + unit + "。"
    if mode == "target":
        return f"累计新增{t}{unit}。", None, "累计新增{k}" + unit + "。"
    if mode == "target+annual":
        return f"累计新增{t}{unit}。", f"全年新增{n}{unit}", "累计新增{k}" + unit + "。"
    a, b, other = draw(st.integers(1, 60)), draw(st.integers(1, 2000)), draw(st.integers(0, 3000))
    annual = f"新建健身驿站{a}个、公共充电桩{b}个"
    if draw(st.booleans()):
        return "", annual, "已建成驿站{k}个、充电桩" + str(other) + "个。"
    return "", annual, "已建成充电桩{k}个,建成驿站" + str(other) + "个。"


@given(count_rows(), st.integers(0, 6000), st.integers(1, 3000), st.integers(1, 12))
def test_property_b_raising_the_count_never_lowers_the_status(row, k, bump, month):
    target, annual, template = row
    low = _score(target, template.format(k=k), annual, month)
    high = _score(target, template.format(k=k + bump), annual, month)
    assert RANK[high.status.value] >= RANK[low.status.value], (row, k, bump, month, low.reason, high.reason)


MONTHS = st.one_of(st.integers(1, 12), st.integers(2, 24).map(lambda h: h / 2))
LEVEL_FORMS = [
    # (annual, actual, strict): strict ceilings (低于) exclude the ceiling itself.
    ("城镇调查失业率控制在{c}%以内", "城镇调查失业率为{v}%。", False),
    ("城镇调查失业率不超过{c}%", "城镇调查失业率为{v}%。", False),
    ("义务教育大班额比例低于{c}%", "大班额比例为{v}%。", True),
    ("院前急救平均反应时间控制在{c}分钟以内", "院前急救平均反应时间为{v}分钟。", False),
]


@given(st.sampled_from(LEVEL_FORMS), st.integers(20, 150), st.data(), MONTHS)
def test_property_c_a_level_under_its_ceiling_is_met_every_month(form, c, data, month):
    annual, actual, strict = form
    v = data.draw(st.integers(10, c - 1 if strict else c), label="value")
    annual, actual = annual.format(c=_tenths(c)), actual.format(v=_tenths(v))
    score = _score("", actual, annual, month)
    assert score.basis == "level", (annual, actual, month, score.reason)
    assert score.status in (Status.ON_TRACK, Status.AHEAD), (annual, actual, month, score.reason)


# Mapped by this file, one character for one, so the property does not rest on
# the library's own converter.
S2T = str.maketrans({
    "计": "計", "个": "個", "万": "萬", "进": "進", "项": "項", "资": "資", "暂": "暫",
    "验": "驗", "开": "開", "设": "設", "标": "標", "实": "實", "务": "務", "续": "續",
    "亿": "億", "场": "場", "户": "戶", "达": "達", "滞": "滯", "后": "後", "备": "備",
    "购": "購", "采": "採", "电": "電", "桩": "樁", "区": "區", "编": "編", "时": "時",
})


@st.composite
def simplified_rows(draw):
    n, k, p = draw(st.integers(1, 5000)), draw(st.integers(0, 6000)), draw(st.integers(0, 100))
    return draw(st.sampled_from([
        ("", f"累计新增{k}个。", f"全年新增{n}个充电桩"),
        ("", f"累计完成投资{k}万元。", f"全年完成投资{n}万元"),
        ("", f"已完成投资{_tenths(k)}亿元。", f"完成投资{_tenths(n)}亿元"),
        (f"累计完成{n}户。", f"累计完成{k}户。", None),
        ("", f"累计开展{k}场。", f"全年开展活动{n}场"),
        ("", f"完成年度任务的{p}%。", f"完成{n}个小区改造"),
        ("", f"形象进度达到{p}%。", "新建1座社区服务中心"),
        ("", "项目暂停实施。", f"新建{n}个社区食堂"),
        ("", "已开工建设。", "新建1座社区食堂"),
        ("", "正在编制招标文件。", "新建1座社区食堂"),
        ("", "设备采购中。", "新建1座社区食堂"),
        ("", "已通过竣工验收。", "新建1座社区食堂"),
        ("", "已完成全年目标任务。", "开展社区活动"),
        ("", "继续推进项目实施。", "开展社区活动"),
        ("", "进度滞后。", "开展社区活动"),
        ("", "达到时间进度。", "开展社区活动"),
    ]))


@given(simplified_rows(), st.integers(1, 12))
def test_property_d_traditional_scores_like_simplified(row, month):
    target, actual, annual = row
    t_target, t_actual = target.translate(S2T), actual.translate(S2T)
    t_annual = None if annual is None else annual.translate(S2T)
    assert (t_target, t_actual, t_annual) != row  # the mapping changed something
    simp = _score(target, actual, annual, month)
    trad = _score(t_target, t_actual, t_annual, month)
    assert (trad.status, trad.basis) == (simp.status, simp.basis), (row, simp.reason, trad.reason)
    assert (trad.ratio is None) == (simp.ratio is None), (row, simp.reason, trad.reason)
    if simp.ratio is not None:
        assert trad.ratio == pytest.approx(simp.ratio), (row, simp.reason, trad.reason)


def test_bare_count_cell_is_not_read_as_a_level():
    """A task with a level and a count (提高…占比至95%以上 600): the cell 600 counts,
    it is not a 600% level; with only a level (失业率低于(%) 4.3) the cell is the level."""
    s = _score("", "600 100%", "增加公办义务教育学位 提高公办义务教育学位占比至95%以上 600", 10)
    assert (s.status, s.basis) == (Status.AHEAD, "pace") and "600%" not in str(s), str(s)
    s = _score("", "4.2 103", "城镇登记失业率低于(%) 4.3", 7)
    assert (s.status, s.basis) == (Status.ON_TRACK, "level"), str(s)


def test_pinyin_of_a_mirror_page_does_not_split_the_words():
    # 預(yù)計 is 预计: an intent, so 完成任务 after it is no completion; the
    # annotation is read out, not the word it interrupts.
    plain = score_progress("", "需进一步加快施工速度,预计在12月下旬完成任务", annual="建成3个", month=11)
    mirror = score_progress("", "需進(jìn)一步加快施工速度,預(yù)計在12月下旬完成任務(wù)", annual="建成3个", month=11)
    assert mirror.status is plain.status is Status.BEHIND


@pytest.mark.parametrize("actual, expected", [
    # a rung that cannot be reached bounds the job; the rung under way decides
    ("正进行招投标,难以在承诺时间节点完成建设任务。", Status.BEHIND),
    ("正在招标,无法按期完成建设。", Status.BEHIND),
    # money from above not issued: an outside stop
    ("因省级资金未下达,项目无法推进。", Status.BLOCKED),
    # 时序 written for 序时
    ("已达到时序进度。", Status.ON_TRACK),
    ("未达时序进度。", Status.BEHIND),
])
def test_negated_rungs_and_outside_stops(actual, expected):
    assert score_progress("", actual, annual="建成社区公园1个", month=5.3).status is expected


@pytest.mark.parametrize("actual, month, expected, review", [
    # 未完成建设 bounds the job from above (主体, 70%): short of 58% it is not,
    # so the stage cannot say on track; with no other word a person looks.
    ("未完成建设任务的县区为舒城县。", 7, Status.ON_TRACK, True),
    # …and the publisher's 未开工 decides
    ("全市未完成基本建成任务的县区为甲县;全市未开工建设的县区为乙县。", 7, Status.BEHIND, False),
    # an upper bound short of the pace is behind
    ("尚未招标。", 7, Status.BEHIND, False),
])
def test_a_rung_not_started_is_an_upper_bound(actual, month, expected, review):
    s = score_progress("", actual, annual="建设水利工程", month=month)
    assert (s.status, s.needs_review) == (expected, review)
    if s.basis == "schedule":
        assert "至多" in s.reason


@pytest.mark.parametrize("target, actual, expected", [
    # found by a doctest: 尚未启动 (启动 is the 开工 rung, not started) read
    # as past the tender the target names, so ahead
    ("开展招标", "尚未启动", Status.BEHIND),
    ("开工建设", "尚未开工", Status.BEHIND),
    ("开工建设", "已完成招标,尚未开工", Status.BEHIND),
    ("完成招标", "已完成招标,尚未开工", Status.ON_TRACK),
])
def test_a_rung_not_started_never_passes_the_target(target, actual, expected):
    assert score_progress(target, actual).status is expected


# A stage promised for a date (确保, 保证, 可望) is not reached yet; works
# wrapping up (扫尾, 收尾) stand past the main works, as a fit-out does.
@pytest.mark.parametrize("actual, status, rung", [
    ("进入施工扫尾阶段,可确保9月1日开学投用。", Status.ON_TRACK, "装修"),
    ("工程已进入收尾阶段。", Status.ON_TRACK, "装修"),
    ("主体已完工,确保9月投入使用。", Status.ON_TRACK, "主体"),
    ("已建成投用,确保安全运行。", Status.AHEAD, "使用"),
])
def test_a_stage_promised_is_not_reached_and_wrapping_up_is_late_in_the_works(actual, status, rung):
    s = score_progress("", actual, annual="新建气象路小学", month=6)
    assert s.status is status and rung in s.reason, str(s)


# The plan's node target for the period met is on schedule, not the year's
# task done early; done early against it is ahead.
@pytest.mark.parametrize("actual, status", [
    ("3个任务按照节点目标要求都已完成", Status.ON_TRACK),
    ("已完成节点目标", Status.ON_TRACK),
    ("按时间节点完成", Status.ON_TRACK),
    ("提前完成节点任务", Status.AHEAD),
    ("已全部完成", Status.AHEAD),
])
def test_the_node_target_met_is_on_schedule(actual, status):
    assert score_progress("", actual, annual="维修改造中小学校13所", month=3).status is status


# A platform put online (正式上线运行) is in use, as 投入使用 is.
def test_a_platform_online_is_in_use():
    s = score_progress("", "正式上线运行。", annual="建设惠民速办一体化平台", month=6)
    assert s.status is Status.AHEAD and "使用已完成" in s.reason, str(s)


# A stage said to come (将实现主体封顶, 明年3月交付使用) is not reached.
@pytest.mark.parametrize("actual, reached, not_reached", [
    ("本月底将实现主体封顶。", None, "主体已完成"),
    ("主体已封顶,明年3月交付使用。", "主体已完成", "使用已完成"),
    ("已交付使用。", "使用已完成", None),
])
def test_a_stage_to_come_is_not_reached(actual, reached, not_reached):
    s = score_progress("", actual, annual="新建实验小学", month=11)
    assert reached is None or reached in s.reason, str(s)
    assert not_reached is None or not_reached not in s.reason, str(s)


# Not yet ready to be opened (暂不具备通车条件) is a stage not reached, late;
# not ready to build (暂不具备施工条件) is a stop; drafting the plan is the
# early work.
@pytest.mark.parametrize("actual, status", [
    ("物流大道正在雨污水管网施工,暂不具备通车条件。", Status.BEHIND),
    ("暂不具备施工条件。", Status.BLOCKED),
    ("正在编制规划。", Status.BEHIND),
])
def test_not_ready_for_use_is_late_and_not_ready_to_build_is_a_stop(actual, status):
    assert score_progress("", actual, annual="空港产业园道路建设", month=9).status is status


# 召开工作会议 holds 开工 across two words: no start of works. A service's
# contracting (家庭医生签约) is no rung of a public work's ladder.
@pytest.mark.parametrize("actual, annual, month, status", [
    ("其余32案还在召开工作小组会议研商中。", "推进45项合作方案", 1, Status.ON_TRACK),
    ("正在进行高危人群签约工作。", "扩大家庭医生签约服务覆盖面", 6, Status.ON_TRACK),
    ("已完成施工合同签订。", "新建城东污水处理厂", 6, Status.BEHIND),
])
def test_words_that_look_like_rungs(actual, annual, month, status):
    s = score_progress("", actual, annual=annual, month=month)
    assert s.status is status and "开工" not in s.reason, str(s)


@pytest.mark.parametrize("actual", ["无实质性进展。", "目前未开展实质性工作。", "尚未取得实质性进展。",
                                    "尚未开展。", "目前未开展相关工作。", "暂未实施。"])
def test_nothing_of_substance_done_is_late(actual):
    assert score_progress("", actual, annual="龙头企业培育专项行动", month=3).status is Status.BEHIND


# A level reached is never also a share of the year's work; a sum paid out
# is no level per head (标准提高到600元 against 已拨付703.8万元).
@pytest.mark.parametrize("annual, actual, status, basis", [
    ("公办幼儿园在园幼儿占比达到45%", "目前已达46.2%。", Status.ON_TRACK, "level"),
    ("普惠性幼儿园覆盖率达到80%", "目前已达78%。", Status.BEHIND, "level"),
    ("生均拨款标准从每生每年500元提高到600元,全年所需拨付资金703.8万元", "已拨付703.8万元。", Status.ON_TRACK, "pace"),
])
def test_a_level_is_never_pro_rated(annual, actual, status, basis):
    s = score_progress("", actual, annual=annual, month=11)
    assert (s.status, s.basis) == (status, basis), str(s)


def test_the_years_figure_not_the_projects_total():
    # 总投资 is the project's total over its years; 年度投资计划 the year's.
    s = score_progress("", "1-8月累计完成投资38.3亿元,完成年度投资计划的80.3%。",
                       annual="列入省重点建设项目18项,总投资325.9亿元,年度投资计划47.7亿元。", month=8)
    assert s.status is Status.AHEAD and "全年47.7亿元" in s.reason
    # a total alone is still the figure the progress is measured against
    assert "全年30亿元" in score_progress("", "累计完成投资12亿元", annual="项目总投资30亿元", month=8).reason



@pytest.mark.parametrize("word", ["概算投资", "估算投资", "总概算", "总投资"])
def test_a_budget_estimate_is_the_projects_total_not_the_years(word):
    # 概算投资140.16亿元,当年计划投资19亿元: the year's plan is 19亿元.
    s = score_progress("", "1-12月份完成投资28.78亿元,投资完成率151.47%。",
                       annual=f"省级6项,{word}140.16亿元,当年计划投资19亿元。", month=12)
    assert s.status is Status.AHEAD and "序时进度19亿元" in s.reason


def test_done_but_for_the_exceptions_is_no_completion():
    s = score_progress("", "除焦作博爱县、周口沈丘县外,其余191个县级单位均已完成11月份低保资金发放工作。",
                       annual="提高城乡低保补助水平", month=11)
    assert s.basis != "completion" and s.status is not Status.AHEAD
    assert score_progress("", "均已完成。", annual="提高城乡低保补助水平", month=11).status is Status.AHEAD


# Parts reported done and the whole expected later: no completion of the year.
@pytest.mark.parametrize("actual", [
    "内外墙工程、屋面工程均已完成,6月底预验收,预计7月中旬整体竣工投入使用。",
    "主体结构均已完成,计划9月全面完工。",
])
def test_parts_done_and_the_whole_expected_is_no_completion(actual):
    s = score_progress("", actual, annual="粮食储备库扩建项目", month=6)
    assert s.basis != "completion", s.reason


# A share written to its own precision is the pace when the pace rounds to it
# (33.33% in April: 4/12 is 33.333…%); short of it by more is behind.
@pytest.mark.parametrize("actual, month, status", [
    ("完成年度计划投资的33.33%", 4, ON_TRACK),
    ("完成年度计划的8.33%", 1, ON_TRACK),
    ("完成年度计划的33%", 4, ON_TRACK),
    ("完成年度计划的32.9%", 4, BEHIND),
    ("完成年度计划的66.6%", 8, BEHIND),
    ("完成年度计划的66.67%", 8, ON_TRACK),
])
def test_a_share_at_the_pace_to_its_precision(actual, month, status):
    assert score_progress("", actual, annual="年度计划投资100亿元", month=month).status == status


# The share of the items that reached a stage (开工率, 竣工率, 投产率) is
# measured against the time gone, not read as the stage alone.
@pytest.mark.parametrize("actual, month, status", [
    ("开工率100%", 9, AHEAD),
    ("共有47个项目实现开工,开工率达74.6%", 10, BEHIND),
    ("开工102个,开工率96.2%", 9, AHEAD),
    ("已开工,开工率为58.7%", 7, ON_TRACK),
    ("实现投产7个,投产率达70%", 10, BEHIND),
    ("棚改安置房基本建成率100%", 9, AHEAD),
])
def test_a_rate_of_a_stage_is_a_share_of_the_year(actual, month, status):
    s = score_progress("", actual, annual="全市新开工重点项目", month=month)
    assert s.status == status, s.reason
    assert s.basis == "pace"


# A task that sets the rate as a level (开工率达到60%) compares the rate
# reached with it, never pro-rated; over a floor at the year's end is met,
# ahead only before December (guide rule 5, levels).
@pytest.mark.parametrize("annual, actual, month, status", [
    ("开工率达到60%", "开工率70%。", 8, AHEAD),
    ("开工率达到60%", "开工率70%。", 12, ON_TRACK),
    ("完成率达到60%", "完成率70%。", 8, AHEAD),
    ("开工率达到60%", "开工率55%。", 8, BEHIND),
    ("护理型床位占比达到50%以上", "护理型床位占比达到100%", 12, ON_TRACK),
])
def test_a_rate_set_as_the_level(annual, actual, month, status):
    s = score_progress("", actual, annual=annual, month=month)
    assert (s.status, s.basis) == (status, "level"), s.reason


# The publisher's forecast that the year's task is done within the year, from
# the report's month on, is on track as words; a forecast already past is none.
@pytest.mark.parametrize("actual, month, basis", [
    ("预计11月份完成年度任务", 10, "verdict"),
    ("计划年底前完成全年任务", 9, "verdict"),
    ("预计十一月底完成年度目标任务", 10, "verdict"),
    ("预计5月完成年度任务", 10, "no_evidence"),
])
def test_a_forecast_of_the_years_task(actual, month, basis):
    s = score_progress("", actual, annual="住宅加装电梯项目", month=month)
    assert (s.status, s.basis) == (ON_TRACK, basis), s.reason


# The year's task done, 已 and all, long before December is ahead.
@pytest.mark.parametrize("actual", ["已完成年度目标任务", "已完成年度任务。", "率先完成年度目标任务", "已完成全年目标任务"])
def test_the_years_task_done_early(actual):
    s = score_progress("", actual, annual="实施风电乡村振兴工程", month=7)
    assert (s.status, s.basis) == (AHEAD, "completion"), s.reason


# The period's task done (已完成二季度任务) is on pace; not done is late; a
# later period's task done already (第三季度任务 in June) is ahead.
@pytest.mark.parametrize("actual, status", [
    ("已完成二季度任务", ON_TRACK),
    ("已完成第三季度任务。", AHEAD),
    ("已完成阶段性任务", ON_TRACK),
    ("未完成二季度任务", BEHIND),
    ("尚未完成序时任务", BEHIND),
    ("按时推进", ON_TRACK),
])
def test_the_periods_task_done(actual, status):
    s = score_progress("", actual, annual="开展政务服务减证便民工作", month=6)
    assert s.status == status, s.reason
    assert s.basis != "no_evidence"


# A milestone of the plan (节点任务) met, against the month reported: the
# last month named counts; a plan or a negation before 完成 changes it.
@pytest.mark.parametrize("actual, month, status", [
    ("已完成设计招标、施工招标,提前完成7、8月份节点任务,部分小区已开展改造施工", 6, AHEAD),
    ("完成施工图设计,发布了施工招标公告,提前完成7月份节点任务", 6, AHEAD),
    ("于5月份建立委员会,提前一个月完成6月份节点任务", 6, ON_TRACK),
    ("已完成上半年目标任务", 6, ON_TRACK),
    ("已完成三季度目标任务", 6, AHEAD),
    ("未完成6月份节点任务", 6, BEHIND),
    ("尚未完成二季度目标任务", 8, BEHIND),
    # an earlier node met says nothing of now; a node planned is no node met
    ("已完成3月份节点任务", 6, ON_TRACK),
    ("预计完成8月份节点任务", 6, ON_TRACK),
])
def test_a_milestone_met_against_the_month(actual, month, status):
    s = score_progress("", actual, annual="实施老旧小区改造", month=month)
    assert s.status == status, s.reason
    assert (s.basis == "schedule") == ("3月份" not in actual and "预计" not in actual), s.reason


# Words of Taiwan's and Sichuan's reports: 執行率 is the share of the plan
# carried out, 預定 a date planned, 結案 a case closed; what lags and why.
@pytest.mark.parametrize("actual, month, status, basis", [
    ("執行率達100%,預定2月15日請款支付結案,全案預定3月3日完工", 1, AHEAD, "pace"),
    ("预算执行率62%", 9, BEHIND, "pace"),
    ("已結案", 6, AHEAD, "completion"),
    ("全案預定3月3日完工", 1, ON_TRACK, "schedule"),  # read as 预计…完工: short of 完工
    ("(因疫情影響需實地執行查核,致預算執行落後)", 6, BEHIND, "delay"),
    ("受疫情影响,工程进度受到影响", 6, BEHIND, "delay"),
    ("因未完成环评,影响施工进度", 6, BEHIND, "delay"),
    ("进度落后于计划", 6, BEHIND, "delay"),
    # a level kept at the year's target; work made routine
    ("动态达到年度目标", 4, AHEAD, "completion"),
    ("常态化开展", 4, ON_TRACK, "ongoing"),
])
def test_words_of_execution_and_lag(actual, month, status, basis):
    s = score_progress("", actual, annual="擴大內需工作", month=month)
    assert s.status == status, s.reason
    # 施工 in 影响施工进度 is also read as the rung under way, which is behind
    # the pace here too: either reading may decide
    assert s.basis == basis or (basis == "delay" and s.basis == "schedule"), s.reason


_CN_MONTH = "一二三四五六七八九十"


@given(st.integers(1, 12), st.integers(1, 12), st.booleans(), st.sampled_from(["节点任务", "目标任务", "节点目标"]))
def test_any_milestone_month_against_any_report_month(node, month, chinese, what):
    # The node's month against the report's decides; written 8 or 八.
    written = (_CN_MONTH[node - 1] if node <= 10 else "十" + _CN_MONTH[node - 11]) if chinese else str(node)
    s = score_progress("", f"已提前完成{written}月份{what}", annual="实施老旧小区改造", month=month)
    if node > month:
        assert (s.status, s.basis) == (AHEAD, "schedule"), s.reason
    elif node == month:
        assert (s.status, s.basis) == (ON_TRACK, "schedule"), s.reason
    else:
        assert s.basis != "schedule" or "节点" not in s.reason, s.reason


# The work itself done (施工已完成, 基本完成…建设) is the work's end, 完工,
# not its start; units of work counted (已改造10家) stay what they are.
@pytest.mark.parametrize("actual, month, status", [
    ("已完成施工,正在进行竣工验收准备", 6, AHEAD),
    ("主要施工段基本完成该段的建设。", 9, AHEAD),
    ("正在施工", 6, BEHIND),
    ("已完成施工招标", 6, BEHIND),
])
def test_the_work_done_is_its_end(actual, month, status):
    s = score_progress("", actual, annual="新建城南公园1个", month=month)
    assert (s.status, s.basis) == (status, "schedule"), s.reason


# A done word after a count finishes so many of them, not the whole job;
# after the project itself (该项目) it finishes the job.
@pytest.mark.parametrize("actual, month, status, basis", [
    ("1家已完成", 4, ON_TRACK, "pace"),
    ("1家已建成", 4, ON_TRACK, "pace"),
    ("3家均已建成", 4, AHEAD, "pace"),
    ("对478盏路灯进行刷漆出新,该项目已于3月完成。", 4, AHEAD, "completion"),
    ("项目已于3月完成", 12, ON_TRACK, "completion"),
])
def test_done_after_a_count_or_the_project(actual, month, status, basis):
    s = score_progress("", actual, annual="新增3家社区服务中心", month=month)
    assert (s.status, s.basis) == (status, basis), s.reason


@given(st.integers(2, 60), st.integers(1, 60), st.integers(1, 11), st.sampled_from(["已完成", "已建成", "均已建成", "已竣工"]))
def test_any_count_done_is_compared_with_the_pace(total, done, month, verb):
    # N家已… counts N done: compared with the year's figure × month/12, never
    # read as the whole job done.
    s = score_progress("", f"{done}家{verb}", annual=f"新增{total}家社区服务中心", month=month)
    assert s.basis == "pace", s.reason
    assert abs(s.ratio - done / (total * month / 12)) < 1e-9


# A stage in a target is the one planned, whatever plan word comes before it.
@pytest.mark.parametrize("target, actual, status", [
    ("预计11月18日完工", "仍未竣工", BEHIND),
    ("预定11月18日完工", "仍未竣工", BEHIND),
    ("计划6月开工", "已开工建设", ON_TRACK),
    ("计划6月开工", "正在招标", BEHIND),
])
def test_a_stage_planned_in_the_target(target, actual, status):
    s = score_progress(target, actual, month=7)
    assert (s.status, s.basis) == (status, "stage"), s.reason


# 超额完成49%: the margin over the task, not a share of the year (it read
# as 49% of the year, behind at year end).
@pytest.mark.parametrize("actual, month, status", [
    ("敬老院消防设施改造完成119所,超额完成49%。", 12, AHEAD),
    ("超额完成5%。", 12, ON_TRACK),   # 105% at year end: on the task
    ("全年完成投资12亿元,超额完成20%。", 12, AHEAD),
    ("超额完成20%。", 6, AHEAD),
])
def test_margin_over_the_task(actual, month, status):
    score = score_progress("", actual, annual="敬老院消防设施改造80所", month=month)
    assert score.status == status, score.reason
    assert "超额完成" in score.reason and "完成率" in score.reason


@pytest.mark.parametrize("actual", ["未如期推行。", "其余5项未能如期落实。", "未按时完成。", "该项目未能按期开工。"])
def test_not_on_time_is_late(actual):
    score = score_progress("", actual, month=12)
    assert score.status == BEHIND, score.reason


def test_items_left_are_judged_by_their_own_stage_and_the_ratio_shown_decided():
    # 安装 belongs to the 970台 reported; the 新风系统 left is in tender.
    score = score_progress("", "已经安装公办中小学970台空调;新风系统在招投标中,8月10日开标。",
                           annual="新安装空调970台、新风系统485套。", month=7)
    assert score.status == BEHIND
    assert "其余项目招投标" in score.reason
    assert score.ratio is not None and score.ratio < 1  # the deciding pair's, not the 171% of the air conditioners


def test_a_count_before_the_total_is_its_scope_not_an_item():
    # 24个村庄…共计100公里: the villages are where the 100 km run, so their
    # stage (全面施工) is no item left behind the 85 km reported
    score = score_progress("", "该项目24个自然村已全面施工,累计建设污水管网约85公里。",
                           annual="建设24个村庄污水管网共计100公里。", month=10)
    assert score.status == ON_TRACK, score.reason
    assert "其余项目" not in score.reason


@pytest.mark.parametrize("actual, status, due", [
    ("7月,省重点项目完成投资253.55亿元,当月进度为10.6%。", AHEAD, "当月应完成225亿元"),  # one month's work: 1/12 of the year
    ("当月完成投资150亿元。", BEHIND, "当月应完成225亿元"),
    ("1-7月,累计完成投资1691亿元。", ON_TRACK, "序时进度1575亿元"),   # a span is the year so far
    ("7月,累计完成投资1691亿元。", ON_TRACK, "序时进度1575亿元"),     # 累计 is the running total
])
def test_one_months_figure_is_due_one_twelfth(actual, status, due):
    score = score_progress("", actual, annual="年度计划投资2700亿元", month=7)
    assert score.status == status, score.reason
    assert due in score.reason, score.reason


# A share of the plan for the period so far (完成序时计划的120%, 完成1-4月
# 投资计划的144.7%) is due in full whatever the month; given with the
# year's share, the period's plan is the target (guide rule 2) and the
# year's pro-rated share only stands in for one.
@pytest.mark.parametrize("actual, status", [
    ("完成序时计划的120%", AHEAD),
    ("完成月度计划的80%", BEHIND),
    ("完成序时进度的105%", ON_TRACK),
    ("1-4月累计完成投资1.15亿元,完成1-4月投资计划的144.7%,完成年度投资计划的6.7%。", AHEAD),
    ("完成一季度投资计划的92%", BEHIND),
    ("完成年度投资计划的40%", AHEAD),  # the year's share: due 4/12
    ("31个项目完成月度计划", ON_TRACK),
    ("未完成序时计划", BEHIND),
])
def test_a_share_of_the_periods_plan_is_due_in_full(actual, status):
    score = score_progress("", actual, annual="全年计划完成投资17.2亿元", month=4)
    assert score.status == status, score.reason
    assert score.basis != "no_evidence"


@given(st.integers(1, 11), st.integers(50, 200), st.sampled_from(["序时计划的", "月度计划的", "序时进度的", "1-{m}月投资计划的"]))
def test_a_period_share_does_not_depend_on_the_month(month, pct, word):
    actual = f"完成{word.format(m=month)}{pct}%"
    score = score_progress("", actual, annual="全年计划完成投资17.2亿元", month=month)
    expected = AHEAD if pct > 110 else ON_TRACK if pct >= 100 else BEHIND
    assert score.status == expected, score.reason


# A task changed for a stated reason cannot go on as planned: blocked.
# 调整 as the work itself (调整优化公交线路) is no stop.
@pytest.mark.parametrize("actual, annual, status, basis", [
    ("因选址变更,项目出现调整。", "新建1座社区体育公园", BLOCKED, "blocked"),
    ("受上级政策变化影响,该指标予以调整。", "新增城镇就业1.2万人", BLOCKED, "blocked"),
    ("已完成调整优化公交线路8条。", "调整优化公交线路10条", ON_TRACK, "pace"),  # 8/7.5 = 1.07
])
def test_adjusted_tasks(actual, annual, status, basis):
    s = _score("", actual, annual, 9)
    assert (s.status.value, s.basis) == (status, basis), str(s)


# A completion the text denies is no completion: 未完成年度投资计划 read as
# 完成年度投资计划 once made a shortfall look done.
@pytest.mark.parametrize("actual", ["总体上未完成年度投资计划。", "尚未完成年度任务。", "没有完成全年目标。"])
def test_a_denied_completion_is_none(actual):
    s = _score("", actual, "完成年度投资10亿元", 12)
    assert s.basis != "completion" and s.status.value != "ahead", str(s)


# A named list's progress opens with the list's count and kind: the count
# is of the programme's items, not of the task's posts or places, and the
# verdict after it is the project's own (figure_roles.txt, role items).
LIST_COUNTS = [
    P("", "4个子项已提前完成", "购买公益性岗位252个", 7, AHEAD, "completion", id="list-count-is-no-progress"),
    P("", "等4项任务已提前完成,另有2项任务正在推进中", "调整城乡低保标准", 11, AHEAD, "completion",
      id="list-subject-before-the-verdict"),
    P("", "已全部竣工并投入使用,完成新增学位10615个。", "市辖五区共7个项目建设", 11.7, ON_TRACK, "schedule",
      id="places-counted-in-items-not-in-projects"),  # 10615 places are not 7 projects
    # the same items on both sides still compare
    P("", "3个项目已完工。", "新建5个项目", 6, AHEAD, "pace", id="items-against-items"),
    # 阶段性任务 is no list: a stage's task done early is a verdict word only
    P("", "阶段性任务已提前完成。", "开展校园周边环境整治", 10, AHEAD, "verdict", id="stage-task-is-no-list"),
]


# 计划进度 and 倒排工期 (the schedule worked back from the deadline) are the
# plan to date measured another way: the publisher's words on them decide.
PLAN_PACE_WORDS = [
    P("", "超过倒排工期计划进度。", "开展养殖污染治理", 10, AHEAD, "verdict", id="ahead-of-the-worked-back-schedule"),
    P("", "正按倒排工期推进。", "建设污水管网", 6, ON_TRACK, "verdict", id="on-the-worked-back-schedule"),
    P("", "进度落后于计划进度。", "实施农村危房改造", 9, BEHIND, "delay", id="behind-the-plan-to-date"),
    P("", "已达到计划进度。", "开展文化下乡", 8, ON_TRACK, "verdict", id="plan-to-date-met"),
    # 目标任务进度: the plan to date named by the task
    P("", "未达到目标任务进度", "全面实现无电村通电", 9, BEHIND, "delay", id="task-pace-not-met"),
    P("", "达到目标任务进度。", "建设农村教师周转房", 9, ON_TRACK, "verdict", id="task-pace-met"),
    # above the programme's own progress: at least on pace, not ahead by itself
    P("", "完成投资高于全市总体进度。", "新材料产业项目", 9, ON_TRACK, "verdict", id="above-the-programme-average"),
    P("", "进展较好,投资完成率高于总体进度的9.8个百分点", "科技", 9, ON_TRACK, "verdict", id="above-the-whole"),
    P("", "投资完成率与整体进度基本持平", "高新区", 9, ON_TRACK, "verdict", id="level-with-the-whole"),
    # the publisher finds it wanting
    P("", "进展不够理想,低于总体进度8.3个百分点。", "基础设施", 9, BEHIND, "delay", id="progress-found-wanting"),
    # the only share of the year sits in a breakdown (其中…): it is the text's
    # progress; a programme named by its work (重点建设项目计划) is no stage
    P("", "我区有30个项目列入广州市重点建设项目计划,其中属我区主管的27个项目完成投资181.81亿元,完成市年度计划的171.6%。",
      "市重点项目建设情况", 11, AHEAD, "pace", id="breakdown-share-is-the-progress"),
    # ahead of its own plan, and the rung past the year's pace: ahead; the
    # same words late in the year do not lift a rung short of the pace
    P("", "已于4月底开工建设,比原计划提前两个月。", "建成八角新乐园", 4, AHEAD, "schedule", id="started-ahead-of-own-plan"),
    P("", "已提前开工建设", "建成八角新乐园", 8, BEHIND, "schedule", id="started-early-but-short-of-the-pace"),
]


# Tables outside GROUPS (their size and month rules do not bind them).
@pytest.mark.parametrize("target, actual, annual, month, status, basis", LIST_COUNTS + PLAN_PACE_WORDS)
def test_list_counts_and_plan_pace_words(target, actual, annual, month, status, basis):
    s = score_progress(target, actual, annual=annual, month=month)
    assert (s.status.value, s.basis) == (status, basis), str(s)


# A task said to be done in words of its own is the task done; one that goes
# on to a share or a further noun is not (完成省定全年任务目标的近七成).
@pytest.mark.parametrize("actual, completion", [
    ("完成了特困人员供养服务设施适老化改造任务。", True),
    ("9月28日西平县腾云气体有限公司已完成关闭退出任务。", True),
    ("已全面完成省下达的农村公路改造任务", True),
    ("完成省定全年任务目标的近七成。", False),
    ("完成改造任务的60%。", False),
    ("预计年底完成改造任务。", False),
    ("已完成二季度任务。", False),  # the period's task, not the year's
])
def test_a_task_done_in_its_own_words(actual, completion):
    score = _score("", actual, "改造农村公路120公里", 9)
    assert (score.basis == "completion") is completion, str(score)


# Counts of one unit listed as parts of the year's one figure of that unit
# are their sum; not counts of different verbs, a running total, parts of
# another state (未开工) nor items the year names one by one.
@pytest.mark.parametrize("actual, annual, status, summed", [
    ("东区新增80张、西区新增70张", "新增养老床位200张", ON_TRACK, True),
    ("池店镇11个小区、青阳街道21个小区、梅岭街道13个居民小区均已完成雨污分流改造", "实施45个居民小区雨污分流改造工程", AHEAD, True),
    ("完成东湖路3公里、西湖路5公里改造", "改造道路10公里", ON_TRACK, True),
    ("新增81台,完工52台", "加装电梯400台", BEHIND, False),
    ("新建3所、改建5所", "新建学校3所,改建学校5所", AHEAD, False),
    ("截至5月份,15个项目未开工,24个项目已开工。", "今年全县39个重点项目", AHEAD, False),
])
def test_parts_of_one_count_are_summed(actual, annual, status, summed):
    score = _score("", actual, annual, 9 if "5月" not in actual else 5)
    assert score.status == status, str(score)
    assert ("+" in score.reason) is summed, score.reason


# A clause of its own that ends saying the work is done: with no subject
# (the project is it) or with a list the project is one of (3个项目已…).
@pytest.mark.parametrize("actual, status, basis", [
    ("已于6月底完成", AHEAD, "completion"),
    ("3个项目已实现1个月内完成", AHEAD, "completion"),
    ("等4项任务已于5月完成", AHEAD, "completion"),
    ("城东污水厂已于6月底完成", ON_TRACK, "no_evidence"),  # a subject of its own: not said of this project
    ("建立30个出租车清洗点已于日前完成", AHEAD, "completion"),  # the act the task names, done
    ("3个项目已开工", BEHIND, "schedule"),                # a rung, not the work done
])
def test_a_clause_ending_with_the_work_done(actual, status, basis):
    score = _score("", actual, "马白镇木都底八组产业道路项目", 7)
    assert (score.status, score.basis) == (status, basis), str(score)


# The progress is the verb alone (a sentence 完成X工程。 read as X | 完成):
# the thing named is done; a verb with an object is no verdict.
@pytest.mark.parametrize("actual, status, basis", [
    ("完成", AHEAD, "completion"),
    ("完成。", AHEAD, "completion"),
    ("实现", AHEAD, "completion"),
    ("已全部完成", AHEAD, "completion"),
    ("完成投资", ON_TRACK, "no_evidence"),
    ("完成一半", ON_TRACK, "no_evidence"),
    # the heading of a list of work done, copied as the row's progress
    ("新增完成的16项具体工作", AHEAD, "completion"),
    ("已完成的项目", AHEAD, "completion"),
    ("已完成的投资", ON_TRACK, "no_evidence"),  # money, no list of works
])
def test_the_verb_alone_says_the_thing_is_done(actual, status, basis):
    score = _score("", actual, "城东农贸市场改造工程", 7)
    assert (score.status, score.basis) == (status, basis), str(score)


@pytest.mark.parametrize("word", ["其中", "包括"])
def test_a_breakdown_after_its_total_is_no_item(word):
    # 已完工7个,包括5个文体广场、1个健身中心…: the parts of the 7, not items of their own.
    s = score_progress("", f"已开工8个、开工率80%,已完工7个、完工率70%,{word}5个文体广场、1个智慧共享健身中心和1个运动健身中心。",
                       annual="10个全民健身示范工程", month=3)
    assert s.status is Status.AHEAD and "1个" not in s.reason


@pytest.mark.parametrize("word", ["未达", "未达到", "未能达到"])
def test_a_threshold_not_reached_is_no_figure_of_progress(word):
    # 年累计支用比未达90%: the criterion missed, never 90% reached.
    s = score_progress("", f"仍有4项计划“年累计支用比{word}90%”、“年计划经费执行率{word}90%”及“年累计进度落后”。",
                       annual="行政院管制计划32项", month=6)
    assert s.status is Status.BEHIND and "90%" not in s.reason


# The publisher's word that a task keeps to the schedule, and the same word
# negated: 序时完成 in a 完成状况 column is on track, 未按序时完成 is late.
@pytest.mark.parametrize("actual, status", [
    ("序时完成", ON_TRACK),
    ("按序时完成", ON_TRACK),
    ("未按序时完成", BEHIND),
    ("未序时完成", BEHIND),
    ("未能按序时推进", BEHIND),
    ("没有按时序进度推进", BEHIND),
    ("未按照序时进度推进", BEHIND),
])
def test_on_schedule_words_and_their_negation(actual, status):
    score = _score("", actual, "开工建设古饶智慧农业产业园", 9)
    assert score.status == status, str(score)


_ON_PACE = sorted(w for w, k in default_lexicon().cues.items() if k == "on_pace" and w.startswith("按"))


@given(st.sampled_from(_ON_PACE), st.sampled_from(["未", "未能", "没有"]), st.integers(1, 12))
def test_property_an_on_schedule_word_negated_is_behind(word, negation, month):
    assert score_progress("", word, annual="新建公园3个", month=month).status is Status.ON_TRACK
    assert score_progress("", negation + word, annual="新建公园3个", month=month).status is Status.BEHIND


# The year's target said not met (未完成年度任务, 没有实现年度目标): the
# publisher's word that the work is late, whatever the month; the target
# met is a completion. A negation that only qualifies (未完成任务的单位)
# or a clause that reads on (未完成建设任务的县区为…) is no verdict.
@pytest.mark.parametrize("actual, month, status", [
    ("未完成年度任务", 12, BEHIND),
    ("没有实现年度目标", 12, BEHIND),
    ("未实现年度目标。", 6, BEHIND),
    ("未能完成全年目标任务", 9, BEHIND),
    ("难以按期完成年度目标,正在协调", 9, BEHIND),
    ("尚未完成序时任务", 6, BEHIND),
    ("已实现年度目标", 12, ON_TRACK),
    ("已实现年度目标", 6, AHEAD),
    ("对未完成任务的单位进行约谈", 6, ON_TRACK),
    # spoken negation of a start: 没 and 还没有 as 未 and 尚未
    ("本年度没开工", 12, BEHIND),
    ("还没有开工", 9, BEHIND),
])
def test_the_years_target_denied(actual, month, status):
    score = _score("", actual, "建设防潮堤6.36公里", month)
    assert score.status == status, str(score)


_COMPLETIONS = sorted(w for w, k in default_lexicon().cues.items() if k == "completion" and w.startswith(("完成", "实现")))


@given(st.sampled_from(_COMPLETIONS), st.sampled_from(["未", "未能", "没有", "尚未", "难以"]), st.integers(1, 12))
def test_property_a_completion_negated_is_behind(word, negation, month):
    done = score_progress("", word, annual="新建公园3个", month=month)
    assert done.status in (Status.ON_TRACK, Status.AHEAD) and done.basis == "completion", str(done)
    assert score_progress("", negation + word, annual="新建公园3个", month=month).status is Status.BEHIND


# A run of manner words before a verb of work done is the year's work done;
# under an intent it is a pledge, and the lexicon's own words keep theirs.
@pytest.mark.parametrize("actual, month, status, basis", [
    ("如期全面高质量完成", 12, ON_TRACK, "completion"),
    ("如期全面高质量完成", 9, AHEAD, "completion"),
    ("按时保质保量完成,群众满意度高", 12, ON_TRACK, "completion"),
    ("确保年底前如期全面高质量完成", 9, ON_TRACK, "no_evidence"),
])
def test_a_run_of_manner_words_before_done(actual, month, status, basis):
    score = _score("", actual, "资助困难家庭子女普通高校入学", month)
    assert (score.status, score.basis) == (status, basis), str(score)


@given(st.lists(st.sampled_from(["如期", "全面", "高质量", "圆满", "保质保量", "高标准"]), min_size=2, max_size=4, unique=True),
       st.sampled_from(["完成", "建成", "落实到位"]), st.integers(1, 11))
def test_property_a_run_of_manner_words_is_a_completion(words, verb, month):
    score = score_progress("", "".join(words) + verb, annual="新建公园3个", month=month)
    assert (score.status, score.basis) == (Status.AHEAD, "completion"), str(score)


# A programme's task dealt with (办结, 办好): done, and done early when said so.
@pytest.mark.parametrize("actual, month, status", [
    ("等5项提前办好", 10, AHEAD),
    # 超额 before a figure: beyond the task by so much
    ("扶持农民创业4.41万人、超额1.41万人", 6, AHEAD),
    ("已办结", 12, ON_TRACK),
    ("全部办结", 12, ON_TRACK),
])
def test_tasks_dealt_with(actual, month, status):
    assert _score("", actual, "考场安装空调机", month).status == status


# A work named whole after 完成了 is done; 改造 inside a work's name
# (改造提升工程) is no stage reached.
@pytest.mark.parametrize("actual, month, status, basis", [
    ("实施完成了市体育馆、市工人体育场改造提升工程,为群众提供健身场所", 12, ON_TRACK, "completion"),
    ("实施完成了市体育馆、市工人体育场改造提升工程", 9, AHEAD, "completion"),
    ("完成了3个小区改造工程", 9, ON_TRACK, "no_evidence"),
])
def test_a_work_named_whole_and_said_done(actual, month, status, basis):
    score = _score("", actual, "体育场改造提升工程", month)
    assert (score.status, score.basis) == (status, basis), str(score)


# A word of state says where the nearest stage after it stands: the done of
# a plan's design is not the building's, which 动工 opens; a stage word right
# after another (施工图|设计) shares its state.
@pytest.mark.parametrize("actual, expected", [
    ("已完成施工方案设计并已按照施工方案动工建设", [("前期", "done"), ("前期", "under_way"), ("施工", "under_way")]),
    ("完成施工图设计并开工建设", [("设计", "done"), ("设计", "done"), ("开工", "under_way")]),
    ("已完成设计,正在施工", [("设计", "done"), ("施工", "under_way")]),
])
def test_a_word_of_state_governs_the_nearest_stage(actual, expected):
    assert [(m.rung, m.state) for m in find_stages(actual, default_lexicon())] == expected


# The fit-out follows the main works (装修 85, between 主体 70 and 完工 95).
@pytest.mark.parametrize("actual, month, status", [
    ("主体工程已完工,正在进行内部装修。", 10, ON_TRACK),  # 85/83.3 = 1.02
    ("主体工程已完工,正在进行内部装修。", 12, BEHIND),    # not finished at the year's end
    ("目前文化小剧场正在装修中,预计8月底完工。", 8, ON_TRACK),
])
def test_a_fit_out_stands_past_the_main_works(actual, month, status):
    assert _score("", actual, "新建1座社区体育中心", month).status == status


# A stop among the exceptions (除A…停止了…,其余…) is theirs, not the work's;
# a total investment in the progress is a budget, never progress made.
@pytest.mark.parametrize("actual, month, status", [
    ("其中除白马村自行采买和实验区停止了采买,其余19个村都由县统一采买,县农办于8月2日公开招标。", 8, BEHIND),
    # a delay inside 除…外, over clauses of its own, is the exceptions' too
    ("除屠宰场设备目前办理工程计划审核中,尚未开工外,其余各案均已开工。", 8, BEHIND),
    ("除屠宰场设备目前办理工程计划审核中,尚未开工外,其余各案均已开工。", 3, ON_TRACK),
    ("因资金问题,项目暂停施工。", 8, BLOCKED),
    ("文化小剧场正在装修中。音响等设备已完成招标,总投资54万元左右。", 8, ON_TRACK),
])
def test_exceptions_and_budgets_are_no_state_of_the_work(actual, month, status):
    assert _score("", actual, "文化站二期建设,计划投资170万元", month).status == status


# The year's plan beaten by so many points, or met exactly: a share of the
# year of 100% plus the points, or 100%; a pace beaten by points is no share.
@pytest.mark.parametrize("actual, month, status, basis", [
    ("完成投资5.04亿元,比年度计划高20.3个百分点。", 12, AHEAD, "quantity"),
    ("累计完成投资14.4亿元,比计划投资高17.1个百分点。", 12, AHEAD, "quantity"),
    ("完成投资0.65亿元,比年度计划高7.1个百分点。", 12, ON_TRACK, "quantity"),
    ("完成投资3亿元,高于年度计划5个百分点。", 12, ON_TRACK, "quantity"),
    ("完成投资1亿元,与年度计划持平。", 12, ON_TRACK, "completion"),
    ("完成投资1亿元,与年度计划持平。", 9, AHEAD, "completion"),
    ("投资完成率85%,高于计划进度5个百分点。", 9, AHEAD, "pace"),
])
def test_the_years_plan_beaten_by_points_or_met(actual, month, status, basis):
    score = _score("", actual, "城乡排水防洪设施建设", month)
    assert (score.status, score.basis) == (status, basis), str(score)


@given(st.integers(1, 999).map(lambda n: n / 10), st.sampled_from(["比年度计划高", "比计划投资高", "高于年度计划"]))
def test_property_points_over_the_years_plan_are_that_share_of_it(points, word):
    score = score_progress("", f"完成投资5.04亿元,{word}{points:g}个百分点。", annual="城乡排水防洪设施建设", month=12)
    assert score.ratio is not None and abs(score.ratio - (1 + points / 100)) < 1e-9


# Built and waiting for the next step: the works are done (完工 reached).
@pytest.mark.parametrize("actual", ["待启用", "待投用", "已建成待交付", "待验收"])
def test_built_and_waiting_is_the_works_done(actual):
    score = _score("", actual, "江南运河文化公园首开B区", 3)
    assert (score.status, score.basis) == (AHEAD, "schedule"), str(score)
    assert "完工已完成" in score.reason


# 动建 / 动工 is construction begun; denied, the stage named has not started.
@pytest.mark.parametrize("actual", ["主体工程没有动建", "主体工程未动工", "项目尚未动工", "没有动建"])
def test_construction_not_begun_is_behind(actual):
    score = _score("", actual, "客运中心", 7)
    assert score.status == BEHIND, str(score)


# Done said with praise (任务已圆满完成) ends its clause: the task is done; with
# an object after it (已圆满完成招标) it is that stage reached. A verb of
# ongoing work with 了 (做好了充分准备) is work done: it does not say the job
# goes on, as 正在安装 does.
@pytest.mark.parametrize("actual, status, basis", [
    ("任务已圆满完成,并已全部配发至各相关镇街及部门。", AHEAD, "completion"),
    ("已圆满完成,为防汛应急工作做好了充分准备。", AHEAD, "completion"),
    ("已顺利完成招标。", BEHIND, "schedule"),
    ("人员配置已完成,现正在安装设备。", BEHIND, "schedule"),  # 安装 under way: 40% of the job at mid-year
])
def test_done_with_praise_and_work_done_with_le(actual, status, basis):
    score = score_progress("", actual, annual="新建应急物资仓库1座", month=6)
    assert (score.status, score.basis) == (status, basis), score.reason


# The ladder of stages is a public work's (guide rule 3): an activity started
# (启动, 开始实施) under a task that names no work is no rung reached; a work
# started is, and a start still to come is late either way.
@pytest.mark.parametrize("annual, actual, status, basis", [
    ("市镇老年大学提升行动计划", "启动“银盾计划”,系统性提升老年群体防范能力。", ON_TRACK, "no_evidence"),
    ("开展老年人防诈骗宣传活动", "已启动。", ON_TRACK, "no_evidence"),
    ("新建污水处理厂1座", "已启动。", BEHIND, "schedule"),
    ("实施女性HPV疫苗免费接种项目", "预计9月份开始接种工作。", BEHIND, "schedule"),
])
def test_an_activity_started_is_no_rung_of_a_works_ladder(annual, actual, status, basis):
    score = score_progress("", actual, annual=annual, month=8)
    assert (score.status, score.basis) == (status, basis), score.reason


# Late or given up, as Taiwan's pages write it: a pledge broken (跳票), put
# off (延宕, 延宕至5月底通车: the stage not reached yet), still behind
# (仍然落后); given up (撙节放弃) is stopped, but 不放弃 is no stop.
@pytest.mark.parametrize("actual, status, basis", [
    ("跳票", BEHIND, "delay"),
    ("預計去年12月31日通車,也要延宕至5月底通車。", BEHIND, "delay"),
    ("預計去年9月12日就要辦理環評,如今進度仍然落後;", BEHIND, "delay"),
    ("更要到2029年才動工", BEHIND, "schedule"),
    ("但後來撙節放棄。", BLOCKED, "blocked"),
    ("不放弃任何一个细节,已完成主体施工。", ON_TRACK, "schedule"),
])
def test_late_and_given_up_in_taiwan_wording(actual, status, basis):
    score = score_progress("", actual, annual="社子大桥新建工程", month=11)
    assert (score.status, score.basis) == (status, basis), score.reason


@pytest.mark.parametrize("actual, status", [
    # a level reached, against the level the progress quotes as its target
    ("实现城镇登记失业率3.56%,低于3.7%的控制目标。", "on_track"),
    ("城镇登记失业率控制在4.5%,控制在4.2%以内的控制目标未实现。", "behind"),
])
def test_a_level_quoted_as_the_target_in_the_progress(actual, status):
    result = score_progress("", actual, annual="做好城镇失业人员再就业工作", month=12)
    assert result.status.value == status, result.reason
    assert "序时进度100%" not in result.reason  # the quoted level is no share of work done


@pytest.mark.parametrize("actual, month, status", [
    ("已于11月24日正式启用。", 11, "ahead"),      # finished before December: ahead (100/91.7 = 1.09)
    ("已建成通车。", 11, "ahead"),
    ("已建成通车。", 11.5, "on_track"),          # in December: on track
    ("已开工建设。", 11, "behind"),              # not finished: the share decides
    ("预计11月底完工。", 11, "behind"),          # a finish still to come
])
def test_a_job_finished_before_december_is_ahead(actual, month, status):
    result = score_progress("", actual, annual="新建市广济医院综合楼", month=month)
    assert (result.status.value, result.basis) == (status, "schedule"), result.reason


def test_a_running_total_is_no_level_reached():
    # 每人每月55元 is a standard; 累计发放金额1.87亿元 is money paid out so far:
    # no level reached, and never "340000000% of the target".
    result = score_progress("", "困难残疾人生活补贴累计发放金额1.87亿元、累计发放人次29.1万人次。",
                            annual="困难残疾人生活补贴发放标准提高到每人每月55元", month=6)
    assert result.basis != "level" and "%" not in result.reason.replace("序时", "")
    assert score_progress("", "发放标准已提高到每人每月60元。", annual="困难残疾人生活补贴发放标准提高到每人每月55元",
                          month=6).basis == "level"


def test_sites_fixed_for_the_works_are_no_works_done():
    # 确定了5座公厕建厕位置: where the 5 toilets go, not 5 toilets built.
    result = score_progress("", "已制定实施方案,确定了5座公厕建厕位置及经费来源,目前正做好图纸设计及挂网招标等前期准备工作。",
                            annual="新改建城区公共厕所5座。", month=4.9)
    assert (result.status.value, result.basis) == ("behind", "schedule"), result.reason


# --------------------------------------------------------------------------
# A progress text that restates its task word for word (year-end lists)
# --------------------------------------------------------------------------

@pytest.mark.parametrize("annual, actual, restated", [
    ("帮助247名长期失业青年实现就业", "帮助247名长期失业青年实现就业,为29936人开展职业技能培训。", True),
    ("为1884名微型消防站队员开展消防业务培训", "为1884名微型消防站队员开展消防业务培训。", True),
    ("为196户困难残疾人家庭实施无障碍改造", "为196户困难残疾人家庭实施无障碍改造,为812名残疾人家庭发放听读设备。", True),
    # the task, then where it stands: a task and its progress
    ("新建幼儿园3所", "新建幼儿园3所,已完成2所。", False),
    ("改造老旧小区30个", "改造老旧小区30个,目前完工12个", False),
    ("新建幼儿园3所", "新建幼儿园3所已全部完工", False),
    ("新增养老床位200张", "新增养老床位200张,完成率100%", False),
    # no figure in the task: nothing to compare with itself
    ("推进社区治理", "推进社区治理,开展活动12场。", False),
])
def test_a_task_restated_as_the_progress_is_not_compared_with_itself(annual, actual, restated):
    from progress_nlp.scoring.row import restates
    assert restates(annual, actual) is restated
    result = score_progress("", actual, annual=annual, month=12)
    if restated:
        # 247名 of 247名 would read as 完成率100%: a confident verdict on no evidence
        assert result.ratio is None and result.needs_review, result.reason


_DONE_CLAUSES = st.sampled_from(["帮助247名长期失业青年实现就业", "新增公办养老床位317张", "完成农村数字电影放映6232场",
                                 "为196户困难残疾人家庭实施无障碍改造", "新建市民健身步道17条"])
_MORE = st.lists(st.sampled_from(["为29936人开展职业技能培训", "新(改)建标准化老年活动室10家", "百姓系列文化资源配送1008场次",
                                  "为812名残疾人家庭发放听读设备"]), max_size=2)


@given(_DONE_CLAUSES, _MORE, st.sampled_from(["。", ""]), st.sampled_from([" ", ""]))
def test_property_a_restated_task_compares_nothing_and_spans_point_into_the_text(first, more, end, space):
    actual = space + ",".join([first] + more) + end
    result = score_progress("", actual, annual=first, month=12)
    assert result.ratio is None
    # The task's words are blanked for reading, not cut: every cue found
    # in the progress points at its own word in the text given.
    cues = [c for field, c in result.cues if field == "actual"]
    assert all(actual[c.span[0] : c.span[1]] == c.word for c in cues)
    assert all(c.span[0] >= len(space + first) for c in cues)


# --------------------------------------------------------------------------
# The finished among the started, for a task to finish
# --------------------------------------------------------------------------

@pytest.mark.parametrize("actual, annual, status", [
    ("61个村庄已全部开工建设,其中44个村庄已完成治理建设。", "完成生活污水治理村庄61个。", "behind"),
    ("已开工61个,其中完工44个", "建成污水处理站61个", "behind"),
    ("开工建设学校10所,其中已竣工10所", "建成学校10所", "on_track"),
    # a task to start: the started count it
    ("已开工61个,其中完工44个", "开工建设污水处理站61个", "on_track"),
])
def test_the_finished_among_the_started_count_a_task_to_finish(actual, annual, status):
    result = score_progress("", actual, annual=annual, month=11)
    assert result.status.value == status, result.reason


@given(st.integers(2, 400), st.data())
def test_property_a_task_to_finish_is_judged_on_the_finished(total, data):
    done = data.draw(st.integers(0, total))
    month = data.draw(st.integers(1, 12))
    result = score_progress("", f"{total}个站点已全部开工建设,其中{done}个已完工。", annual=f"建成站点{total}个", month=month)
    expected = done / (total * month / 12)
    if abs(expected - 1) > 0.02 and abs(expected - 1.1) > 0.02:
        want = "ahead" if expected > 1.1 else "on_track" if expected >= 1 else "behind"
        assert result.status.value == want, result.reason


@given(st.sampled_from(["已完工", "已建成", "已竣工", "在建", "已开工"]), st.integers(1, 5000),
       st.sampled_from(["个", "张", "所", "套", "户"]), st.integers(1, 11))
def test_property_a_rung_said_of_a_count_never_stands_for_the_job(rung, n, unit, month):
    # 已完工32个 against a task with no figure: how many units reached the
    # rung, not that the job did; the same rung alone is the job's stage.
    counted = _score("", f"老旧小区改造项目{rung}{n}{unit}。", "老旧小区改造项目", month)
    assert counted.basis == "no_evidence", str(counted)
    alone = _score("", f"老旧小区改造项目{rung}。", "老旧小区改造项目", month)
    assert alone.basis in ("schedule", "completion", "stage"), str(alone)


@pytest.mark.parametrize("actual", [
    "对为学校供餐的集体用餐配送单位100%全覆盖检查。",
    "行政村实现4G网络100%覆盖。",
])
def test_a_percentage_of_coverage_is_a_level_not_a_share_of_the_year(actual):
    # 100%全覆盖: how much of a population is covered; with no level in the
    # task there is nothing to compare, never 200% of the pace.
    score = _score("", actual, "农贸市场食用农产品快检", 6)
    assert score.basis == "no_evidence" and score.status is Status.ON_TRACK, str(score)


@pytest.mark.parametrize("actual, month, status", [
    # 时间节点: the dates the plan set for each stage of the work
    ("基本达到时间节点要求。", 6, ON_TRACK),
    ("按照时间节点推进。", 9, ON_TRACK),
    ("工程进度滞后于时间节点。", 8, BEHIND),
    ("未达到时间节点要求。", 8, BEHIND),
    # 时间过半任务过半, 双过半: half the year gone, half the task done
    ("实现时间过半任务过半。", 6, ON_TRACK),
    ("实现“双过半”。", 6, ON_TRACK),
])
def test_pace_said_against_the_plans_time_nodes(actual, month, status):
    got = score_progress("", actual, annual="提质改造农村公路", month=month)
    assert got.status.value == status, str(got)


@pytest.mark.parametrize("actual, annual, reason", [
    # the figure of a clause of exceptions (除…外) is what the task leaves out
    ("除列入拆迁计划的5个小区外,其余小区已全部启动,并完成改造59个", "68个老旧小区改造项目", "改造59个"),
    ("除19家关闭或停业外,其余企业完成签约120家", "签约254家", "签约120家"),
    # 除…外,还…: besides; both figures are progress
    ("除完成改造50个外,还新增加装电梯10台", "改造老旧小区60个", "改造50个"),
    # 除险加固 removes danger: no exception
    ("病险水库除险加固5座已完成", "完成病险水库除险加固5座", "5座"),
])
def test_a_clause_of_exceptions_gives_no_progress(actual, annual, reason):
    assert reason in str(score_progress("", actual, annual=annual, month=12))



@pytest.mark.parametrize("annual, actual, month, status", [
    # the figure opening a subject whose clause goes on to a stage before
    # construction is the size of the work, not work done
    ("完成30所智慧校园安保系统建设和41所学校视频监控更新。", "30所智慧校园安保系统建设和41所学校视频监控更新招投标文件已发布。", 7, BEHIND),
    ("新建幼儿园5所", "5所幼儿园正在进行施工图设计", 6, BEHIND),
    ("新增农村路灯1000盏。", "确定49个村共需安装路灯1108盏;已发布招标公告。", 6, BEHIND),
    # ... while a stage of construction or later makes it the count done
    ("新建幼儿园5所", "5所幼儿园已全部竣工", 6, AHEAD),
    ("改造老旧小区30个", "30个小区已完成设计,10个小区已开工", 6, BEHIND),
])
def test_a_subjects_size_before_construction_is_no_progress(annual, actual, month, status):
    assert score_progress("", actual, annual=annual, month=month).status.value == status


def test_a_bare_figure_in_a_cell_before_a_stage_is_still_the_count_done():
    # 350户 28% 因…影响签约进度: the households signed, then why it is slow
    got = score_progress("", "350户 28% 因集体土地征收新政策出台滞后,影响签约进度。", annual="改善棚户区居民住房条件 1271户", month=8)
    assert "350户" in str(got) and got.status.value == BEHIND


@pytest.mark.parametrize("target, actual, status", [
    # a bare done word against a period target: the period's work done
    ("完成方案设计。", "已完成。", ON_TRACK),
    ("8月底前与省市主管部门对接。", "已完成。本月已完成省市统一部署工作。", ON_TRACK),
    # the year's task said done, or done early, beats the period target
    ("完成方案设计。", "已完成年度任务。", AHEAD),
    ("完成方案设计。", "已提前完成。", AHEAD),
    # with no period target, done before December is ahead
    ("", "已完成。", AHEAD),
])
def test_done_against_a_period_target_is_the_periods_work(target, actual, status):
    assert score_progress(target, actual, annual="新建城东公园", month=4).status.value == status


@pytest.mark.parametrize("actual, month, status", [
    # the masonry inside the frame (二次结构, 砌体工程) stands with the main works, past 施工
    ("龙泉中学正在进行二次结构施工。", 6, ON_TRACK),
    ("教学楼正在进行砌体工程施工。", 8, ON_TRACK),
    ("教学楼正在施工。", 6, BEHIND),
])
def test_the_masonry_inside_the_frame_is_part_of_the_main_works(actual, month, status):
    assert score_progress("", actual, annual="新建高中1所", month=month).status.value == status


@pytest.mark.parametrize("actual, month, status", [
    # building stopped or put off: blocked
    ("均已停建。", 12, BLOCKED),
    ("因规划调整,项目缓建。", 8, BLOCKED),
    # a time overrun or a delay of the schedule: behind
    ("超时率为百分之三十四点九。", 4, BEHIND),
    ("受雨季影响,工期延误。", 6, BEHIND),
    # a part of the building done is not the job done
    ("基础已验收。", 4, ON_TRACK),
    ("主体已完成。", 4, ON_TRACK),
    ("项目已通过验收。", 4, AHEAD),
])
def test_stops_overruns_and_parts_done(actual, month, status):
    assert score_progress("", actual, annual="新建教学综合楼", month=month).status.value == status


@pytest.mark.parametrize("actual, month, status", [
    # a count whose clause says it is late counts the items behind, never work done
    ("仍未完成,当中有十个项目出现延误。", 1, BEHIND),
    ("当中有3个项目进度滞后。", 9, BEHIND),
    # a count done, then a delay of its own clause after it: the count is done
    ("完成改造80户,进度滞后。", 6, BEHIND),
    ("完成改造150户,另有5户因故停工。", 6, AHEAD),
])
def test_a_count_said_late_is_the_items_behind(actual, month, status):
    assert score_progress("", actual, annual="改造200户", month=month).status.value == status


@pytest.mark.parametrize("actual, month, status", [
    # the works' progress affected, or their completion date put back: behind
    ("因疫情导致工程进度受影响,目前物料供应已正常。", 6, BEHIND),
    ("整体工程完工期由去年上半年延至今年首季。", 3, BEHIND),
    ("施工进度受影响,完工时间押后。", 8, BEHIND),
])
def test_progress_affected_or_put_back_is_behind(actual, month, status):
    assert score_progress("", actual, annual="改善行山径及增建附属设施", month=month).status.value == status


def test_counts_of_a_later_stage_are_among_the_earlier_not_added():
    # 完工63所,交付使用6所: the handed-over are among the finished
    got = score_progress("", "完工63所,交付使用6所。", annual="建设100所公办幼儿园", month=6)
    assert "69" not in str(got) and "63所" in str(got)
