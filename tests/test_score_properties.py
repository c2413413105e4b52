"""Hypothesis properties of score_progress (issue 3).

- raising the actual count never lowers the status;
- the same text as target and actual is on track unless it states a stop;
- adding an unrelated date changes nothing;
- full-width and half-width digits give the same verdict;
- no pair of strings makes it raise.
"""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from progress_nlp import Status, score_progress
from progress_nlp.normalize import to_fullwidth
from progress_nlp.signals import find_cues
from progress_nlp import default_lexicon

UNITS = ["台", "个", "家", "张", "户", "名", "条", "处", "场", "公里", "万元"]
VERBS = ["新增", "完成", "建成", "完工", "累计完成", "累计新增", "帮助", "培养"]
DATES = ["8月24日,", "截至2022年8月底,", "8月份,", "(1)", "一是"]


@st.composite
def target_actual(draw):
    unit = draw(st.sampled_from(UNITS))
    verb = draw(st.sampled_from(VERBS))
    t = draw(st.integers(1, 100_000))
    a = draw(st.integers(0, 200_000))
    return f"{verb}{t}{unit}。", f"{verb}{a}{unit}。", unit, verb, t, a


@settings(max_examples=300, deadline=None)
@given(target_actual(), st.integers(1, 50_000))
def test_raising_the_actual_never_lowers_the_status(case, bump):
    target, actual, unit, verb, t, a = case
    higher = f"{verb}{a + bump}{unit}。"
    low = score_progress(target, actual)
    high = score_progress(target, higher)
    assert high.status.rank >= low.status.rank, (target, actual, higher, low, high)


@settings(max_examples=300, deadline=None)
@given(target_actual())
def test_ratio_thresholds_follow_the_guide(case):
    target, actual, unit, verb, t, a = case
    s = score_progress(target, actual)
    assert s.basis == "quantity"
    r = a / t
    expected = Status.AHEAD if r > 1.10 else Status.ON_TRACK if r >= 1.0 else Status.BEHIND
    assert s.status is expected, (target, actual, s)


SENTENCES = st.sampled_from(
    [
        "进场施工,其中1家已完成建设。",
        "累计新增450个公共充电桩。",
        "完成工程量80%。",
        "督促相关街镇推进建设。",
        "前期招标手续办理中。",
        "暂停线下配送活动。",
        "受疫情影响,线下培训暂缓。",
        "已完成全年目标任务。",
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.one_of(SENTENCES, target_actual().map(lambda c: c[0]), st.text(max_size=40)))
@example("1&:0")  # found by CI: the progress read 1 as a label before the colon, the target did not
def test_same_text_is_on_track_unless_it_states_a_stop(text):
    s = score_progress(text, text)
    stops = [c for c in find_cues(text, default_lexicon()) if c.kind == "stop" and c.active]
    if stops:
        assert s.status is Status.BLOCKED
    elif text.strip() and any(ch.isalnum() for ch in text):
        assert s.status is Status.ON_TRACK, (text, s)


@settings(max_examples=300, deadline=None)
@given(target_actual(), st.sampled_from(DATES), st.booleans())
def test_an_unrelated_date_changes_nothing(case, date, into_actual):
    target, actual, *_ = case
    before = score_progress(target, actual)
    if into_actual:
        after = score_progress(target, date + actual)
    else:
        after = score_progress(date + target, actual)
    assert (after.status, after.basis, after.ratio) == (before.status, before.basis, before.ratio)


@settings(max_examples=300, deadline=None)
@given(target_actual(), st.integers(1, 12))
def test_full_width_digits_give_the_same_verdict(case, month):
    target, actual, *_ = case
    half = score_progress(target, actual, annual="全年新增1200台", month=month)
    full = score_progress(to_fullwidth(target), to_fullwidth(actual), annual=to_fullwidth("全年新增1200台"), month=month)
    assert (full.status, full.basis, full.ratio) == (half.status, half.basis, half.ratio)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60), st.text(max_size=60), st.one_of(st.none(), st.text(max_size=30)), st.one_of(st.none(), st.integers(1, 12)))
def test_no_strings_make_it_raise(target, actual, annual, month):
    s = score_progress(target, actual, annual=annual, month=month)
    assert isinstance(s.status, Status)
    assert 0 <= s.confidence <= 1
    assert str(s)


@given(st.integers(1, 12), st.integers(0, 200), st.integers(1, 40), st.decimals(1, 30, places=2),
       st.sampled_from(["高于序时进度", "低于时序进度", "比上月提高", "较去年同期增长", "比1-5月增加", "低于全市平均"]))
def test_how_far_from_a_pace_or_an_earlier_month_never_changes_the_status(month, share, task, gap, words):
    # 完成年度任务的N%,高于序时进度X%: X is a difference, not progress.
    actual = f"已完成年度任务的{share}%"
    plain = score_progress("", actual, annual=f"改造老旧小区{task}个", month=month)
    with_gap = score_progress("", f"{actual},{words}{gap}%", annual=f"改造老旧小区{task}个", month=month)
    assert with_gap.status == plain.status


@given(st.sampled_from(["特困人员供养服务设施适老化改造", "农村公路提档升级", "省下达的改造", "全年培训", "老旧小区改造"]),
       st.sampled_from(["完成了", "已完成", "全面完成了"]), st.sampled_from([3, 6, 9, 10.5]), st.integers(10, 90))
def test_a_task_said_to_be_done_in_its_own_words_is_completion(work, verb, month, share):
    # 完成了特困人员供养服务设施适老化改造任务: the task done, before December ahead.
    done = score_progress("", f"为敬老院安装了扶手,{verb}{work}任务。", annual="完成20所敬老院适老化改造", month=month)
    assert done.status is Status.AHEAD and done.basis in ("completion", "schedule"), done.reason
    # …任务的60%: a share of it, never the whole
    part = score_progress("", f"{verb}{work}任务的{share}%。", annual="完成20所敬老院适老化改造", month=month)
    assert part.basis != "completion", part.reason


@given(st.lists(st.integers(1, 300), min_size=2, max_size=5), st.integers(50, 2000), st.sampled_from([3, 6, 9, 12]))
def test_a_count_listed_in_parts_scores_as_the_whole(parts, task, month):
    # 东区新增80张、西区新增70张 against 新增养老床位200张 is 150 against 200.
    places = ["东区", "西区", "南区", "北区", "新区"]
    listed = "、".join(f"{p}新增{n}张" for p, n in zip(places, parts))
    whole = score_progress("", f"新增{sum(parts)}张", annual=f"新增养老床位{task}张", month=month)
    split = score_progress("", listed, annual=f"新增养老床位{task}张", month=month)
    assert split.status == whole.status, (split.reason, whole.reason)


@given(st.integers(1, 5000), st.integers(0, 9000))
def test_a_ratio_that_decides_is_shown_plain(target, actual):
    # Counts against counts: the ratio is the verdict, never bracketed; its
    # text is the ratio as a whole percentage.
    s = score_progress(f"新增{target}个。", f"新增{actual}个。")
    if s.ratio is not None and s.basis == "quantity":
        assert s.ratio_text() == f"{s.ratio * 100:.0f}%"


@given(st.integers(1, 12), st.integers(1, 300), st.integers(1, 900),
       st.sampled_from(["(按照国家最新统计方法修正)", "(含外来务工人员)", "(数据待核)", "(全口径)"]))
def test_a_bracket_after_the_opening_figure_leaves_the_share_of_the_plan_read(month, share, count, note):
    # 41.58万人(按新口径),占年计划的138.6%: the bracket notes the count; the
    # share after it is still the progress (a bracket ends bare cells only
    # when nothing follows it: 80%(进度滞后)).
    plain = score_progress("", f"{count}人,占年计划的{share}%。", annual="城镇新增就业", month=month)
    noted = score_progress("", f"{count}人{note},占年计划的{share}%。", annual="城镇新增就业", month=month)
    assert noted.status == plain.status and noted.basis == plain.basis, (noted.reason, plain.reason)


@given(st.integers(1, 60), st.integers(1, 400), st.sampled_from(["个", "家", "座"]),
       st.sampled_from(["列入拆迁计划", "关闭或停业", "暂缓实施"]))
def test_property_an_exception_clause_leaves_the_verdict_on_the_rest(excepted, done, unit, why):
    plain = score_progress("", f"完成改造{done}{unit}", annual=f"改造400{unit}", month=9)
    excepting = score_progress("", f"除{why}的{excepted}{unit}外,完成改造{done}{unit}", annual=f"改造400{unit}", month=9)
    assert excepting.status is plain.status, (str(plain), str(excepting))


@given(st.integers(2, 400), st.sampled_from(["所", "个", "座"]),
       st.sampled_from(["正在进行施工图设计", "已完成初步设计", "招标文件已发布", "正在办理前期手续"]),
       st.integers(3, 11))
def test_property_a_size_before_construction_never_reads_as_work_done(n, unit, stage, month):
    # the same count before a pre-construction stage: never ahead, whatever the count
    got = score_progress("", f"{n}{unit}幼儿园{stage}", annual=f"新建幼儿园{n}{unit}", month=month)
    assert got.status.value != "ahead", str(got)
