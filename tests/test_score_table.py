"""Tables for :func:`progress_nlp.score_progress`, written from the spec.

The expected verdicts come from the scoring guide as docs/scoring.md states it (what
ahead, on_track, behind and blocked mean) and the comparator brief (which
rule decides: the ``basis``), not from the code. Every row is phrased the way
district 实事项目 progress reports phrase their cells, but none is copied from
``tests/data/baoshan-2022-08.jsonl``.

Rows are ``(target, actual, annual, month, expected_status, expected_basis)``:

target
    the period target cell (N月份目标 / 序时目标); ``""`` when the report has
    no target column.
actual
    the progress cell (进展情况 / 推进情况).
annual
    the whole-year commitment (项目内容 / 全年目标任务), or ``None``.
month
    the last month the report covers (3 for 一季度, 6 for 上半年, 11 for
    1-11月, 12 for a year-end report), or ``None``.

Tables, in the order the rules apply:

BLOCKED     a stated stop / suspension / missing funds, no progress meeting the target.
COMPLETION  the actual says the whole-year task is done, the target was a step.
QUANTITY    target and actual quantities paired by metric/unit and compared
            (ratio > 1.10 ahead, 1.00..1.10 on_track, < 1.00 behind).
PACE        no usable period target: the whole-year figure x month/12 is the plan.
STAGE       the lifecycle ladder 前期 → 设计 → 招标/采购 → 合同/承接商 → 施工 →
            竣工 → 验收 → 投用.
ONGOING     the target is continuing activity (推进/督促/协调/强化), reported going on.
REPEAT      the actual repeats the target word for word.

NO_EVIDENCE holds rows with nothing comparable: the guide names no status for
them, so only the basis, a low confidence and a missing ratio are pinned.
RATIOS pins ``score.ratio`` (2 decimals) for single-item QUANTITY rows.
PRESETS pins the threshold policies of field-notes §3.
"""

from __future__ import annotations

import dataclasses
import re

import pytest

from progress_nlp import ScoringRules, Status, score_progress

P = pytest.param

AHEAD, ON_TRACK, BEHIND, BLOCKED = "ahead", "on_track", "behind", "blocked"
BASES = {"blocked", "completion", "quantity", "level", "pace", "stage", "ongoing", "repeat", "no_evidence"}
CJK = re.compile(r"[\u4e00-\u9fff]")


# ---------------------------------------------------------------------------
# BLOCKED: guide rule 1, checked before anything else
# ---------------------------------------------------------------------------

BLOCKED_ROWS = [
    P("累计开展文化配送活动1500场。", "受疫情影响,线下文化配送活动暂停。",
      "为400个居村综合文化活动室配送不少于2000场文化活动", 8, BLOCKED, "blocked",
      id="blocked-epidemic-offline-suspended"),  # 暂停 + 受疫情影响, no 场 reported at all
    P("完成设备采购。", "因区级配套经费未下发,设备采购暂缓。",
      None, 8, BLOCKED, "blocked",
      id="blocked-funds-not-issued"),  # 经费未下发 is the guide's own example of an outside wait
    P("进场施工。", "因地下管线搬迁未完成,工程停工待处理。",
      None, 8, BLOCKED, "blocked",
      id="blocked-halted-pipelines"),  # 停工 with a stated reason; the stage is not reached either
    P("", "受疫情影响,线下技能培训无法开展。",
      "全年开展职业技能培训2000人次", 8, BLOCKED, "blocked",
      id="blocked-pace-row-cannot-run"),  # no target column, but 无法开展 wins over pace
    P("新增30台、完工20台。", "受疫情影响,施工单位暂停进场,新增12台,完工5台。",
      "既有多层住宅加装电梯新增300台、完工150台", 8, BLOCKED, "blocked",
      id="blocked-numbers-below-target"),  # 暂停进场; 12<30 and 5<20 do not meet the target: blocked "whatever its numbers"
    P("累计为3000名高龄老人提供居家照护服务。", "市级补贴名额尚未下达,服务暂缓开展。",
      "为5000名高龄老人提供居家照护服务", 8, BLOCKED, "blocked",
      id="blocked-quota-not-issued"),  # quota from the city not issued (名额未下达) + 暂缓
    P("启动招标。", "因项目选址调整,招标工作暂停。",
      None, 8, BLOCKED, "blocked",
      id="blocked-bidding-paused"),  # the target stage is suspended with a reason
    P("推进社区体育场馆改造。", "场馆改造因周边居民投诉停工,正在协调复工。",
      None, 8, BLOCKED, "blocked",
      id="blocked-ongoing-target-halted"),  # ongoing target, but the actual states a stop (停工)
    P("完成工程量60%。", "完成工程量35%,7月起受汛期影响停工。",
      None, 8, BLOCKED, "blocked",
      id="blocked-percent-below-halted"),  # 35% < 60% and the work is halted: blocked, not behind
    P("上半年完成筛查6000人。", "因经费未下发,筛查工作暂缓,累计完成1200人。",
      "为2万名退休和生活困难妇女免费开展妇科病、乳腺病筛查", 6, BLOCKED, "blocked",
      id="blocked-h1-funds-screening"),  # 经费未下发 + 暂缓; 1200 < 6000
    P("一季度开展活动30场。", "受疫情影响,各活动中心暂缓对外开放,一季度开展活动8场。",
      "全年开展社区文化活动120场", 3, BLOCKED, "blocked",
      id="blocked-q1-centres-closed"),  # 暂缓对外开放; 8 < 30
    P("1-11月累计完成改造80户。", "因居民意见不统一,改造工作暂时搁置,累计完成改造52户。",
      "完成90户困难家庭适老化改造", 11, BLOCKED, "blocked",
      id="blocked-jan-nov-shelved"),  # 搁置 (shelved) with a reason; 52 < 80
    P("全年完成40处积水点改造。", "因上级补助资金未拨付,项目无法实施。",
      "完成40处道路积水点改造", 12, BLOCKED, "blocked",
      id="blocked-year-end-funds-not-paid"),  # year-end row; funds not paid out, 无法实施
    P("进场施工。", "暂缓实施,待规划调整后再行推进。",
      None, 8, BLOCKED, "blocked",
      id="blocked-postponed-replanning"),  # 暂缓实施: postponed, waits on a planning change
    P("受疫情影响,线下培训暂停,待疫情平稳后恢复。", "受疫情影响,线下培训暂停,待疫情平稳后恢复。",
      None, 8, BLOCKED, "blocked",
      id="blocked-repeat-of-a-stop"),  # a word-for-word repeat that states a stop is blocked, not on_track
    P("各活动中心暂缓对外开放,线下活动无法开展。", "各活动中心暂缓对外开放,线下活动无法开展。",
      None, 8, BLOCKED, "blocked",
      id="blocked-repeat-centres-closed"),  # same: repeat + 暂缓 / 无法开展
]


# ---------------------------------------------------------------------------
# COMPLETION: the whole-year task is done, the target was an intermediate step
# ---------------------------------------------------------------------------

COMPLETION_ROWS = [
    P("进场施工。", "全年目标任务已全部完成。",
      "新增600张养老床位", 8, AHEAD, "completion",
      id="completion-vs-start-works"),  # target only asked to start building
    P("累计新增充电桩300个。", "已提前完成全年目标任务。",
      "新增公共充电桩500个", 8, AHEAD, "completion",
      id="completion-vs-cumulative-count"),  # no number in the actual; whole year (500) > 300
    P("完成工程量的70%。", "工程已全部完工。",
      "建成3座口袋公园", 8, AHEAD, "completion",
      id="completion-all-finished-vs-70pct"),  # 已全部完工 = 100% of the work, target 70%
    P("上半年完成全年任务的50%。", "已提前完成全年任务。",
      "为3000户老年家庭提供适老化改造", 6, AHEAD, "completion",
      id="completion-h1-half-target"),  # target half the year, actual the whole year
    P("开展招标。", "已超额完成全年目标任务。",
      None, 8, AHEAD, "completion",
      id="completion-vs-bidding"),  # 超额完成全年任务 while the target was still bidding
    P("启动设备采购。", "12家站点已全部建成,完成全年建设任务。",
      "新建12家社区卫生服务站点", 8, AHEAD, "completion",
      id="completion-all-sites-built"),  # the 12家 is the whole-year count, not a period pairing
    P("一季度完成招标。", "已全部完工,提前完成全年目标任务。",
      "完成2座老旧公厕改造", 3, AHEAD, "completion",
      id="completion-q1-vs-bidding"),  # month 3, target a bidding step
]


# ---------------------------------------------------------------------------
# QUANTITY: paired by metric and unit, r = actual / target
# ---------------------------------------------------------------------------

QUANTITY_ROWS = [
    # several metrics in one cell, paired by metric, worst item wins
    P("新增40台、完工25台。", "新增52台,完工31台。",
      "既有多层住宅加装电梯新增300台、完工150台", 8, AHEAD, "quantity",
      id="qty-lift-new-and-finished-ahead"),  # 52/40=1.30, 31/25=1.24: both ahead
    P("累计签约120台、开工80台、完工40台。", "累计签约150台、开工85台、完工30台。",
      "既有多层住宅加装电梯签约300台、开工200台、完工100台", 8, BEHIND, "quantity",
      id="qty-sign-start-finish-one-behind"),  # 1.25 ahead, 1.06 on_track, 0.75 behind: worst is behind
    P("开工40个、完工10个。", "完工10个,开工44个。",
      None, 8, ON_TRACK, "quantity",
      id="qty-metrics-in-other-order"),  # by metric 44/40=1.10 and 10/10=1.00; by position it would be 10/40
    P("建成3条健身步道、5片球场、20个健身点。", "已建成3条健身步道、4片球场、22个健身点。",
      "新建3条健身步道、5片市民球场、20个益智健身点", 8, BEHIND, "quantity",
      id="qty-three-items-one-behind"),  # 3/3=1.00, 4/5=0.80, 22/20=1.10: worst is behind
    P("新增充电桩200个、换电站2座。", "新增充电桩210个,换电站2座。",
      None, 8, ON_TRACK, "quantity",
      id="qty-two-items-on-track"),  # 1.05 and 1.00
    # cumulative targets and actuals
    P("累计新增公共充电桩250个。", "已累计新增公共充电桩320个。",
      "新增公共充电桩600个", 8, AHEAD, "quantity",
      id="qty-cumulative-chargers-ahead"),  # 320/250 = 1.28
    P("累计为800名残疾人提供康复服务。", "已累计为800名残疾人提供康复服务。",
      "为1500名残疾人提供社区康复服务", 8, ON_TRACK, "quantity",
      id="qty-cumulative-exact"),  # 800/800 = 1.00 (not word for word: 已)
    P("累计培养企业新型学徒300名。", "累计培养企业新型学徒246名。",
      "支持培养500名企业新型学徒", 8, BEHIND, "quantity",
      id="qty-cumulative-apprentices-behind"),  # 246/300 = 0.82
    P("8月份新增充电桩20个。", "已累计新增充电桩18个。",
      None, 8, BEHIND, "quantity",
      id="qty-cumulative-actual-below-period-target"),  # a running total of 18 cannot contain the 20 due this month
    P("完成安装30个。", "已累计完成安装30个。",
      "新建50个公交候车亭", 8, ON_TRACK, "quantity",
      id="qty-cumulative-actual-meets-period-target"),  # cumulative actual reaching the period target meets it: 1.00
    # unit aliases and unit scaling
    P("累计培训失业青年800名。", "已累计培训失业青年920人。",
      None, 8, AHEAD, "quantity",
      id="qty-alias-ming-ren-ahead"),  # 名 ~ 人: 920/800 = 1.15
    P("为1200名老人提供助餐服务。", "已为1080人提供助餐服务。",
      None, 8, BEHIND, "quantity",
      id="qty-alias-ming-ren-behind"),  # 名 ~ 人: 1080/1200 = 0.90
    P("累计新增共享停车300泊。", "已累计新增共享停车泊位312个。",
      "新增1000个共享停车泊位", 8, ON_TRACK, "quantity",
      id="qty-alias-bo-bowei-on-track"),  # 泊 ~ 个泊位: 312/300 = 1.04
    P("新增道路停车泊位150个。", "新增道路停车120泊。",
      None, 8, BEHIND, "quantity",
      id="qty-alias-bowei-bo-behind"),  # 个泊位 ~ 泊: 120/150 = 0.80
    P("累计服务1.5万人次。", "累计服务16200人次。",
      None, 8, ON_TRACK, "quantity",
      id="qty-wan-vs-plain-renci"),  # 1.5万 = 15000: 16200/15000 = 1.08
    P("累计服务3万人次。", "累计服务3.2万人次。",
      "全年为老年人提供助浴服务5万人次", 8, ON_TRACK, "quantity",
      id="qty-wanrenci-on-track"),  # 3.2万/3万 = 1.07
    P("完成投资1200万元。", "完成投资1380万元。",
      "总投资2000万元", 8, AHEAD, "quantity",
      id="qty-investment-wanyuan-ahead"),  # 1380/1200 = 1.15
    P("累计完成投资2亿元。", "累计完成投资18000万元。",
      "总投资3亿元", 8, BEHIND, "quantity",
      id="qty-investment-yi-vs-wan"),  # 18000万 = 1.8亿: 1.8/2 = 0.90
    P("完成雨污管网改造8公里。", "已完成雨污管网改造6.5公里。",
      "完成12公里雨污混接管网改造", 8, BEHIND, "quantity",
      id="qty-km-behind"),  # 6.5/8 = 0.8125
    # shares of work done and shares of the year
    P("完成工程量的60%。", "完成工程量的75%。",
      "建成7.5公里绿道", 8, AHEAD, "quantity",
      id="qty-workload-percent-ahead"),  # 75/60 = 1.25
    P("形象进度达到50%。", "形象进度45%。",
      "新建1座下立交排水泵站", 8, BEHIND, "quantity",
      id="qty-xingxiang-percent-behind"),  # 45/50 = 0.90
    P("开工率达到60%。", "开工率70%。",
      None, 8, AHEAD, "level",
      id="qty-start-rate-ahead"),  # 开工率 70/60 = 1.17: a rate is a level (issue 12)
    P("完成年度任务的60%。", "完成年度任务的65%。",
      None, 8, ON_TRACK, "quantity",
      id="qty-year-share-vs-year-share"),  # 65/60 = 1.08
    P("完成全年总人数30%。", "累计完成5200人。",
      "为2万名退休和生活困难妇女免费开展妇科病、乳腺病筛查", 8, BEHIND, "quantity",
      id="qty-share-of-year-to-count-behind"),  # 30% of 20000 = 6000; 5200/6000 = 0.87
    P("完成年度任务的65%。", "已完成改造小区138个。",
      "完成200个老旧小区综合改造", 8, ON_TRACK, "quantity",
      id="qty-share-of-year-to-count-on-track"),  # 65% of 200 = 130; 138/130 = 1.06
    # ranges and bounded targets (a range scores against its lower bound)
    P("建成社区食堂8-10个。", "已建成社区食堂8个。",
      None, 8, ON_TRACK, "quantity",
      id="qty-range-lower-bound-met"),  # 8/8 = 1.00
    P("新增社区食堂10至12家。", "新增社区食堂9家。",
      None, 8, BEHIND, "quantity",
      id="qty-range-below"),  # 9/10 = 0.90, below the whole range
    P("新增智慧健身驿站3-5个。", "新增智慧健身驿站6个。",
      None, 8, AHEAD, "quantity",
      id="qty-range-above"),  # above the upper bound too: 6/3 = 2.00
    P("新增不少于50个早餐网点。", "已新增早餐网点52个。",
      None, 8, ON_TRACK, "quantity",
      id="qty-bushaoyu-on-track"),  # 52/50 = 1.04
    P("开展健康讲座200场以上。", "已开展健康讲座260场。",
      None, 8, AHEAD, "quantity",
      id="qty-yishang-ahead"),  # 260/200 = 1.30
    P("举办不少于30场招聘会。", "已举办招聘会24场。",
      None, 8, BEHIND, "quantity",
      id="qty-bushaoyu-behind"),  # 24/30 = 0.80
    P("建成15个睦邻点。", "已建成二十余个睦邻点。",
      None, 8, AHEAD, "quantity",
      id="qty-approx-actual-lower-bound"),  # 二十余 scores at its lower bound 20: 20/15 = 1.33
    P("建成口袋公园五座。", "已建成口袋公园三座。",
      None, 8, BEHIND, "quantity",
      id="qty-chinese-numerals-behind"),  # 三/五 = 0.60
    # periods: 一季度, 上半年, 1-11月, year end
    P("一季度完成老年人能力评估1500人次。", "一季度累计完成评估1380人次。",
      "全年完成老年人能力评估6000人次", 3, BEHIND, "quantity",
      id="qty-q1-month3-behind"),  # 1380/1500 = 0.92
    P("上半年新增养老床位300张。", "上半年新增养老床位318张。",
      "新增600张养老床位", 6, ON_TRACK, "quantity",
      id="qty-h1-month6-on-track"),  # 318/300 = 1.06
    P("1-11月累计完成燃气报警器安装9000户。", "1-11月累计安装燃气泄漏报警器10500户。",
      "为1万户老旧小区居民加装燃气泄漏报警器", 11, AHEAD, "quantity",
      id="qty-jan-nov-month11-ahead"),  # 10500/9000 = 1.17; 1-11 is a period, not a quantity
    P("全年新增托育托位400个。", "全年新增托育托位392个。",
      "新增托育托位400个", 12, BEHIND, "quantity",
      id="qty-year-end-month12-behind"),  # 392/400 = 0.98
    # the stated thresholds, at the edges
    P("累计完成适老化改造100户。", "累计完成适老化改造110户。",
      None, 8, ON_TRACK, "quantity",
      id="qty-edge-exactly-110pct"),  # 1.10 is still on_track (1.00 <= r <= 1.10)
    P("累计新增家庭病床200张。", "累计新增家庭病床222张。",
      None, 8, AHEAD, "quantity",
      id="qty-edge-111pct"),  # 1.11 > 1.10
    P("累计完成筛查1000人。", "累计完成筛查990人。",
      None, 8, BEHIND, "quantity",
      id="qty-edge-99pct"),  # 0.99 < 1.00: any shortfall is behind
    # stops that are over, or that came after the target was met
    P("完成工程量80%。", "受疫情影响一度停工,现已复工并完成工程量80%。",
      None, 8, ON_TRACK, "quantity",
      id="qty-stop-over-resumed"),  # 一度停工 ... 已复工: progress meets the target, 80/80 = 1.00
    P("累计完成安装40台。", "4-5月受疫情影响暂停施工,6月全面复工,已累计完成安装46台。",
      None, 8, AHEAD, "quantity",
      id="qty-stop-over-ahead"),  # resumed; 46/40 = 1.15; 4-5月 / 6月 are dates
    P("累计开展文化配送200场。", "已累计开展文化配送210场,8月起受疫情影响暂停线下活动。",
      None, 8, ON_TRACK, "quantity",
      id="qty-stop-after-target-met"),  # guide: blocked only with no progress meeting the target; 210/200 = 1.05
    # numbers that must not be paired or must not count
    P("完成8门课程录制。", "8门课程已全部录制完成,组织10个单位开展试用。",
      None, 8, ON_TRACK, "quantity",
      id="qty-unrelated-units-not-paired-on-track"),  # 8门/8门 = 1.00; 10个单位 is another thing
    P("完成10门课程录制。", "已完成8门课程录制,对接10个单位。",
      None, 8, BEHIND, "quantity",
      id="qty-unrelated-units-not-paired-behind"),  # 8门/10门 = 0.80, never 10个/10门
    P("累计完成加装电梯30台。", "截至8月24日,已累计完成加装电梯36台。",
      None, 8, AHEAD, "quantity",
      id="qty-date-ignored"),  # 8月24日 is a date: 36/30 = 1.20
    P("(一)新增公共充电桩60个。", "1、新增公共充电桩62个。",
      None, 8, ON_TRACK, "quantity",
      id="qty-list-markers-ignored"),  # (一) and 1、 are list markers: 62/60 = 1.03
    P("新增托位100个。", "面向0-3岁婴幼儿新增托位96个。",
      None, 8, BEHIND, "quantity",
      id="qty-age-range-ignored"),  # 0-3岁 is an age: 96/100 = 0.96
    P("新增普惠性托育点6个。", "按照“1+2”相关文件要求,已新增普惠性托育点6个。",
      None, 8, ON_TRACK, "quantity",
      id="qty-document-name-ignored"),  # “1+2” names documents: 6/6 = 1.00
    P("2022年累计完成改造120户。", "2022年累计完成改造126户。",
      None, 8, ON_TRACK, "quantity",
      id="qty-year-ignored"),  # 2022年 is a year: 126/120 = 1.05
]


# ---------------------------------------------------------------------------
# PACE: no usable period target, plan = whole-year figure x month/12 (序时进度)
# ---------------------------------------------------------------------------

PACE_ROWS = [
    P("", "已新增养老床位430张。",
      "新增600张养老床位", 8, ON_TRACK, "pace",
      id="pace-beds-month8-on-track"),  # due 600*8/12 = 400; 430/400 = 1.075
    P("", "已累计新增公共充电桩720个。",
      "全年新增公共充电桩900个", 8, AHEAD, "pace",
      id="pace-chargers-month8-ahead"),  # due 600; 720/600 = 1.20
    P("", "累计完成健康体检3100人。",
      "为5000名持证残疾人提供健康体检", 9, BEHIND, "pace",
      id="pace-checkups-month9-behind"),  # due 3750; 3100/3750 = 0.83 (名 ~ 人)
    P("", "完成工程量52%。",
      "建成5公里绿道", 6, ON_TRACK, "pace",
      id="pace-bare-percent-month6-on-track"),  # 序时 50%; 52/50 = 1.04
    P("", "形象进度60%。",
      "新建2座下立交排水泵站", 9, BEHIND, "pace",
      id="pace-xingxiang-month9-behind"),  # 序时 75%; 60/75 = 0.80
    P("", "完成工程量40%。",
      "完成1条道路积水改善工程", 3, AHEAD, "pace",
      id="pace-bare-percent-month3-ahead"),  # 序时 25%; 40/25 = 1.60
    P("", "完成年度任务的65%。",
      "完成40个老旧小区综合改造", 6, AHEAD, "pace",
      id="pace-year-share-month6-ahead"),  # 序时 50%; 65/50 = 1.30
    P("", "完成年度任务的65%。",
      "完成40个老旧小区综合改造", 8, BEHIND, "pace",
      id="pace-year-share-month8-behind"),  # 序时 66.7%; 65 < 66.7
    P("", "累计服务6.9万人次。",
      "全年为老年人提供助浴服务12万人次", 6, AHEAD, "pace",
      id="pace-wanrenci-month6-ahead"),  # due 6万; 6.9/6 = 1.15
    P("", "累计完成投资1250万元。",
      "全年完成投资3600万元", 4, ON_TRACK, "pace",
      id="pace-investment-month4-on-track"),  # due 1200万; 1250/1200 = 1.04
    P("", "1-11月累计新增就业岗位1130个。",
      "全年新增就业岗位1200个", 11, ON_TRACK, "pace",
      id="pace-jan-nov-month11-on-track"),  # due 1100; 1130/1100 = 1.03
    P("", "全年累计新增托位312个。",
      "全年新增托位300个", 12, ON_TRACK, "pace",
      id="pace-year-end-on-track"),  # month 12: the whole year is due; 312/300 = 1.04
    P("", "全年共开展社区文化活动2050场。",
      "全年开展社区文化活动2300场", 12, BEHIND, "pace",
      id="pace-year-end-behind"),  # 2050/2300 = 0.89
    P("", "全年累计新建公交候车亭60个。",
      "全年新建公交候车亭50个", 12, AHEAD, "pace",
      id="pace-year-end-ahead"),  # 60/50 = 1.20
    P("根据市级部署安排。", "累计完成职工体检2700名。",
      "为6000名职工免费体检", 6, BEHIND, "pace",
      id="pace-words-only-target-behind"),  # target has no quantity and no stage; due 3000; 2700/3000 = 0.90
    P("根据年度计划安排。", "累计新增签约居民9200人。",
      "全年新增家庭医生签约居民1.2万人", 10, BEHIND, "pace",
      id="pace-words-only-target-month10"),  # due 10000; 9200/10000 = 0.92
]


# ---------------------------------------------------------------------------
# STAGE: 前期手续/立项/方案 → 初设/设计 → 招标/采购 → 合同/承接商 → 施工/开工 →
#        竣工/完工/建成 → 验收 → 投入使用/开放
# ---------------------------------------------------------------------------

STAGE_ROWS = [
    P("完成项目立项。", "已完成立项和初设批复,正在开展施工招标。",
      None, 8, AHEAD, "stage",
      id="stage-bidding-past-approval"),  # actual on 招标, target on 立项
    P("完成招标。", "招标文件已挂网,正在招标。",
      None, 8, BEHIND, "stage",
      id="stage-bidding-done-vs-under-way"),  # target says bidding done, actual still bidding
    P("开工建设。", "尚未开工,正在办理前期手续。",
      None, 8, BEHIND, "stage",
      id="stage-not-started-still-preliminary"),  # 尚未开工, still on 前期手续
    P("进场施工。", "施工单位已进场施工。",
      None, 8, ON_TRACK, "stage",
      id="stage-works-started-same-rung"),  # same rung
    P("完成竣工验收。", "主体工程已竣工,正在准备验收资料。",
      None, 8, BEHIND, "stage",
      id="stage-finished-not-accepted"),  # 竣工 < 验收
    P("完成初设批复。", "设计方案已上报,初设尚未批复。",
      None, 8, BEHIND, "stage",
      id="stage-design-not-approved"),  # target says approved, actual says not yet
    P("确定项目承接商。", "已签订施工合同,施工队伍已进场。",
      None, 8, AHEAD, "stage",
      id="stage-on-site-past-contractor"),  # 进场施工 > 确定承接商
    P("完成建设。", "已建成并投入使用。",
      None, 8, AHEAD, "stage",
      id="stage-in-use-past-built"),  # 投入使用 > 建成
    P("进场施工。", "已完成竣工验收。",
      None, 6, AHEAD, "stage",
      id="stage-accepted-past-start"),  # 验收 two rungs past 施工
    P("组织竣工验收。", "已通过竣工验收。",
      None, 8, ON_TRACK, "stage",
      id="stage-acceptance-same-rung"),  # same rung
    P("启动招标。", "正在招标。",
      None, 8, ON_TRACK, "stage",
      id="stage-start-bidding-vs-bidding"),  # the target only asks to start bidding; under way meets it
    P("启动实施。", "招标文件编制中,施工尚未启动。",
      None, 8, BEHIND, "stage",
      id="stage-not-launched-still-bidding"),  # 未启动, still on 招标
    P("完成方案设计。", "已完成设计,启动招标采购。",
      None, 8, AHEAD, "stage",
      id="stage-procurement-past-design"),  # 招标/采购 > 设计
    P("投入使用。", "已竣工,待验收。",
      None, 12, BEHIND, "stage",
      id="stage-year-end-not-in-use"),  # year end: 竣工 < 投入使用
    P("开展政府采购。", "已完成采购,确定承接商。",
      None, 8, AHEAD, "stage",
      id="stage-contractor-past-procurement"),  # 确定承接商 > 采购
    P("完成施工招标。", "已完成施工招标工作。",
      None, 8, ON_TRACK, "stage",
      id="stage-bidding-done-same-rung"),  # same rung, done both times (not word for word)
    P("完成前期手续。", "前期手续正在办理中。",
      None, 8, BEHIND, "stage",
      id="stage-preliminary-done-vs-under-way"),  # target says done, actual still under way
]


# ---------------------------------------------------------------------------
# ONGOING: continuing activity reported going on with no obstacle
# ---------------------------------------------------------------------------

ONGOING_ROWS = [
    P("督促各街镇加快推进标准化菜市场改造。", "持续督促各街镇推进改造,工作进展顺利。",
      None, 8, ON_TRACK, "ongoing",
      id="ongoing-supervise-markets"),  # 督促 reported continuing
    P("协调解决建设中遇到的问题。", "已协调解决管线迁移问题,建设有序推进。",
      None, 8, ON_TRACK, "ongoing",
      id="ongoing-coordinate-problems"),  # 协调 done, work continues
    P("强化日常巡查和督导。", "每周开展巡查督导,累计巡查36次。",
      None, 8, ON_TRACK, "ongoing",
      id="ongoing-inspections-count-unpaired"),  # 36次 has nothing to pair with
    P("推进示范点建设。", "示范点建设正在稳步推进。",
      None, 8, ON_TRACK, "ongoing",
      id="ongoing-push-demo-sites"),  # 推进 reported continuing
    P("协调各配合单位,做好宣传告知。", "已协调各配合单位,宣传告知工作有序开展。",
      None, 8, ON_TRACK, "ongoing",
      id="ongoing-coordinate-publicity"),  # activity going on, no obstacle
    P("推进项目建设,强化质量安全管理。", "项目建设稳步推进,质量安全管理持续强化,8月开展专项检查2次。",
      None, 8, ON_TRACK, "ongoing",
      id="ongoing-push-and-strengthen"),  # both activities reported; 8月 is a date
]


# ---------------------------------------------------------------------------
# REPEAT: the actual repeats the target word for word
# ---------------------------------------------------------------------------

REPEAT_ROWS = [
    P("做好居民意见征询和宣传发动工作。", "做好居民意见征询和宣传发动工作。",
      None, 8, ON_TRACK, "repeat",
      id="repeat-consultation"),  # word for word, no stop
    P("8月18日起开展服务对象需求摸排,建立服务台账。", "8月18日起开展服务对象需求摸排,建立服务台账。",
      None, 8, ON_TRACK, "repeat",
      id="repeat-with-date"),  # the date is no quantity
    P("组织各街镇开展业务培训,统一服务标准。", "组织各街镇开展业务培训,统一服务标准。",
      None, 8, ON_TRACK, "repeat",
      id="repeat-training"),  # 统一 is no number
    P("对照建设标准开展自查,梳理问题清单。", "对照建设标准开展自查,梳理问题清单。",
      None, 8, ON_TRACK, "repeat",
      id="repeat-self-check"),  # word for word, no stop
]


TABLE = BLOCKED_ROWS + COMPLETION_ROWS + QUANTITY_ROWS + PACE_ROWS + STAGE_ROWS + ONGOING_ROWS + REPEAT_ROWS


# ---------------------------------------------------------------------------
# RATIOS: score.ratio to 2 decimals, single-item QUANTITY rows (by id)
# ---------------------------------------------------------------------------

RATIOS = {
    "qty-cumulative-chargers-ahead": 1.28,
    "qty-cumulative-exact": 1.00,
    "qty-cumulative-apprentices-behind": 0.82,
    "qty-cumulative-actual-below-period-target": 0.90,
    "qty-cumulative-actual-meets-period-target": 1.00,
    "qty-alias-ming-ren-ahead": 1.15,
    "qty-alias-ming-ren-behind": 0.90,
    "qty-alias-bo-bowei-on-track": 1.04,
    "qty-alias-bowei-bo-behind": 0.80,
    "qty-wan-vs-plain-renci": 1.08,
    "qty-wanrenci-on-track": 1.07,
    "qty-investment-wanyuan-ahead": 1.15,
    "qty-investment-yi-vs-wan": 0.90,
    "qty-km-behind": 0.81,
    "qty-workload-percent-ahead": 1.25,
    "qty-xingxiang-percent-behind": 0.90,
    "qty-start-rate-ahead": 1.17,
    "qty-year-share-vs-year-share": 1.08,
    "qty-share-of-year-to-count-behind": 0.87,
    "qty-share-of-year-to-count-on-track": 1.06,
    "qty-range-lower-bound-met": 1.00,
    "qty-range-below": 0.90,
    "qty-range-above": 2.00,
    "qty-bushaoyu-on-track": 1.04,
    "qty-yishang-ahead": 1.30,
    "qty-bushaoyu-behind": 0.80,
    "qty-approx-actual-lower-bound": 1.33,
    "qty-chinese-numerals-behind": 0.60,
    "qty-q1-month3-behind": 0.92,
    "qty-h1-month6-on-track": 1.06,
    "qty-jan-nov-month11-ahead": 1.17,
    "qty-year-end-month12-behind": 0.98,
    "qty-edge-exactly-110pct": 1.10,
    "qty-edge-111pct": 1.11,
    "qty-edge-99pct": 0.99,
    "qty-stop-over-resumed": 1.00,
    "qty-stop-over-ahead": 1.15,
    "qty-stop-after-target-met": 1.05,
    "qty-unrelated-units-not-paired-on-track": 1.00,
    "qty-unrelated-units-not-paired-behind": 0.80,
    "qty-date-ignored": 1.20,
    "qty-list-markers-ignored": 1.03,
    "qty-age-range-ignored": 0.96,
    "qty-document-name-ignored": 1.00,
    "qty-year-ignored": 1.05,
}

RATIO_ROWS = [P(*row.values, RATIOS[row.id], id=row.id) for row in QUANTITY_ROWS if row.id in RATIOS]

# Rules whose basis never carries a ratio ("ratio ... when a quantity
# comparison decided, else None"). Blocked rows with numbers and pace rows are
# left out: the brief does not say.
NO_RATIO_BASES = {"completion", "stage", "ongoing", "repeat"}


# ---------------------------------------------------------------------------
# NO_EVIDENCE: nothing comparable; the guide names no status for these
# ---------------------------------------------------------------------------

NO_EVIDENCE_ROWS = [
    P("", "", None, None, id="none-empty"),  # nothing at all
    P("", "详见附件。", None, 8, id="none-see-annex"),  # no target, no annual, no progress words
    P("春眠不觉晓。", "处处闻啼鸟。", None, 8, id="none-unrelated-poem"),  # unrelated text
    P("", "已累计完成128个。", None, 8, id="none-count-without-plan"),  # a count, but no target and no annual to pace it
]


# ---------------------------------------------------------------------------
# The table itself is well formed
# ---------------------------------------------------------------------------


def test_table_is_well_formed():
    ids = [row.id for row in TABLE]
    assert len(ids) == len(set(ids)), "duplicate ids"
    assert len(TABLE) >= 70
    for row in TABLE:
        target, actual, annual, month, status, basis = row.values
        assert isinstance(target, str) and isinstance(actual, str)
        assert annual is None or isinstance(annual, str)
        assert month is None or 1 <= month <= 12
        assert status in {AHEAD, ON_TRACK, BEHIND, BLOCKED}
        assert basis in BASES - {"no_evidence"}
        assert row.id.isascii()
    statuses = [row.values[4] for row in TABLE]
    for status in (AHEAD, ON_TRACK, BEHIND, BLOCKED):
        assert statuses.count(status) >= 12, status
    bases = [row.values[5] for row in TABLE]
    for basis in BASES - {"no_evidence", "level"}:  # levels: tests/test_score_rules.py
        assert bases.count(basis) >= 4, basis
    assert set(RATIOS) <= {row.id for row in QUANTITY_ROWS}


# ---------------------------------------------------------------------------
# The tests
# ---------------------------------------------------------------------------


def _score(target, actual, annual, month, rules=None):
    return score_progress(target, actual, annual=annual, month=month, rules=rules)


@pytest.mark.parametrize("target, actual, annual, month, status, basis", TABLE)
def test_status(target, actual, annual, month, status, basis):
    score = _score(target, actual, annual, month)
    assert isinstance(score.status, Status)
    assert score.status == status, str(score)
    assert 0.0 <= score.confidence <= 1.0


@pytest.mark.parametrize("target, actual, annual, month, status, basis", TABLE)
def test_basis(target, actual, annual, month, status, basis):
    score = _score(target, actual, annual, month)
    assert score.basis == basis, str(score)
    if basis in NO_RATIO_BASES:
        assert score.ratio is None, str(score)


@pytest.mark.parametrize("target, actual, annual, month, status, basis, ratio", RATIO_ROWS)
def test_ratio(target, actual, annual, month, status, basis, ratio):
    score = _score(target, actual, annual, month)
    assert score.ratio is not None, str(score)
    assert round(score.ratio, 2) == pytest.approx(ratio), str(score)


@pytest.mark.parametrize("target, actual, annual, month", NO_EVIDENCE_ROWS)
def test_no_evidence(target, actual, annual, month):
    score = _score(target, actual, annual, month)
    assert isinstance(score.status, Status)
    assert score.basis == "no_evidence", str(score)
    assert score.ratio is None
    assert score.confidence < 0.5


# ---------------------------------------------------------------------------
# API contract
# ---------------------------------------------------------------------------


def test_status_is_a_str_enum_with_four_values():
    assert issubclass(Status, str)
    assert {s.value for s in Status} == {"ahead", "on_track", "behind", "blocked"}
    assert len(Status) == 4
    assert Status.AHEAD == "ahead" and Status.ON_TRACK == "on_track"
    assert Status.BEHIND == "behind" and Status.BLOCKED == "blocked"
    assert Status("blocked") is Status.BLOCKED


@pytest.mark.parametrize(
    "target, actual",
    [
        P(None, "新增81台。", id="target-none"),
        P("新增30台。", None, id="actual-none"),
        P(30, "新增81台。", id="target-int"),
        P("新增30台。", 81.0, id="actual-float"),
        P("新增30台。".encode(), "新增81台。", id="target-bytes"),
        P("新增30台。", ["新增81台。"], id="actual-list"),
    ],
)
def test_non_str_raises_type_error(target, actual):
    with pytest.raises(TypeError):
        score_progress(target, actual)


@pytest.mark.parametrize(
    "target, actual",
    [
        P("", "", id="both-empty"),
        P("   ", "\n", id="whitespace"),
        P("", "会议在下午召开。", id="unrelated-actual"),
        P("春眠不觉晓。", "处处闻啼鸟。", id="unrelated-both"),
    ],
)
def test_empty_or_unrelated_gives_low_confidence_verdict(target, actual):
    score = score_progress(target, actual)  # must not raise
    assert isinstance(score.status, Status)
    assert score.confidence < 0.5


@pytest.mark.parametrize(
    "target, actual, annual, month",
    [P(*row.values[:4], id=row.id) for row in (BLOCKED_ROWS[0], QUANTITY_ROWS[5], PACE_ROWS[0], STAGE_ROWS[0], REPEAT_ROWS[0])]
    + [P("", "", None, None, id="none-empty")],
)
def test_str_is_one_chinese_line_and_explain_shows_the_evidence(target, actual, annual, month):
    score = _score(target, actual, annual, month)
    text = str(score)
    assert isinstance(text, str) and text.strip()
    assert text == score.reason
    assert "\n" not in text.strip()  # one line
    assert CJK.search(text)
    # explain() is more than str() (issue 11: they were the same): the
    # reason, then a line per piece of evidence and per cue word.
    lines = score.explain().splitlines()
    assert lines[0].startswith(f"status:     {score.status.value}")
    assert f"reason:     {text}" in lines
    assert len(lines) == 5 + len(score.evidence) + len(score.cues)


def test_quantity_explanation_names_both_numbers_and_the_percentage():
    score = score_progress("累计新增公共充电桩250个。", "已累计新增公共充电桩320个。", month=8)
    text = str(score)
    assert score.basis == "quantity"
    assert "250" in text and "320" in text, text
    assert re.search(r"128(\.0+)?%", text), text  # 320/250 = 128%


def test_score_is_a_frozen_dataclass():
    score = score_progress("新增30台。", "新增81台。", month=8)
    assert dataclasses.is_dataclass(score)
    assert type(score).__name__ == "ProgressScore"
    with pytest.raises(dataclasses.FrozenInstanceError):
        score.status = Status.BEHIND
    with pytest.raises(dataclasses.FrozenInstanceError):
        score.ratio = 1.0


# ---------------------------------------------------------------------------
# PRESETS: threshold policies (field-notes §3), month 11, 序时 = 91.67%
# ---------------------------------------------------------------------------

RULES = {
    "guide": lambda: ScoringRules(),  # any shortfall below 序时 is behind (宣城)
    "ten_points": lambda: ScoringRules.preset("ten_points"),  # behind only > 10 pp below 序时 (银川)
    "pace_ratio_80": lambda: ScoringRules.preset("pace_ratio_80"),  # behind only below 80% of 序时 (武汉)
}

PRESETS = [
    P("guide", "累计完成91个。", BEHIND, id="guide-091-behind"),  # 91 < 91.67: 0.67 pp short
    P("ten_points", "累计完成91个。", ON_TRACK, id="ten_points-091-on_track"),  # 0.67 pp <= 10 pp
    P("pace_ratio_80", "累计完成91个。", ON_TRACK, id="pace_ratio_80-091-on_track"),  # 91/91.67 = 0.993 >= 0.8
    P("guide", "累计完成71个。", BEHIND, id="guide-071-behind"),  # 20.67 pp short
    P("ten_points", "累计完成71个。", BEHIND, id="ten_points-071-behind"),  # 20.67 pp > 10 pp
    P("pace_ratio_80", "累计完成71个。", BEHIND, id="pace_ratio_80-071-behind"),  # 71/91.67 = 0.77 < 0.8
]


@pytest.mark.parametrize("rules, actual, status", PRESETS)
def test_threshold_presets(rules, actual, status):
    score = score_progress("", actual, annual="全年完成100个", month=11, rules=RULES[rules]())
    assert score.basis == "pace", str(score)
    assert score.status == status, str(score)


@pytest.mark.parametrize(
    "rules, status",
    [
        P(None, AHEAD, id="default-115-ahead"),  # 1.15 > 1.10
        P(1.2, ON_TRACK, id="ahead_above-1.2-115-on_track"),  # 1.15 <= 1.20
    ],
)
def test_ahead_above(rules, status):
    rules = ScoringRules() if rules is None else ScoringRules(ahead_above=rules)
    score = score_progress("累计完成200个。", "累计完成230个。", month=8, rules=rules)
    assert score.basis == "quantity"
    assert score.ratio == pytest.approx(1.15)
    assert score.status == status, str(score)
