"""Following projects across months (issue 6): a three-month series built
from the example report by editing its numbers, with an improving project,
a worsening one and a stalled one."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from progress_nlp import Status, load_report
from progress_nlp.tracking import track

EXAMPLE = (Path(__file__).resolve().parents[1] / "examples" / "baoshan-2022-08.txt").read_text(encoding="utf-8")

# (target, actual) per month for three projects of the example.
LEARNERS = {  # row 25, 支持培养800名企业新型学徒: improving
    6: ("累计培养300名企业新型学徒。", "累计培养200名企业新型学徒。"),
    7: ("累计培养350名企业新型学徒。", "累计培养340名企业新型学徒。"),
    8: ("累计培养400名企业新型学徒。", "累计培养455名企业新型学徒。"),
}
CHARGERS = {  # row 33, 新增700个公共(含专用)充电桩: worsening
    6: ("累计新增300个公共(含专用)充电桩。", "目前已累计完成400个。"),
    7: ("累计新增380个公共(含专用)充电桩。", "目前已累计完成410个。"),  # 1.08
    8: ("累计新增450个公共(含专用)充电桩。", "目前已累计完成430个。"),
}
SCREENING = {6: "累计完成2856人。", 7: "累计完成2856人。", 8: "累计完成2856人。"}  # row 22: stalled


def month_report(month: int, *, rename: bool = False) -> str:
    text = EXAMPLE.replace("8月份目标", f"{month}月份目标").replace("实事项目8月份进展", f"实事项目{month}月份进展")
    text = text.replace("累计培养400名企业新型学徒。 |\n累计培养355名企业新型学徒。 |",
                        f"{LEARNERS[month][0]} |\n{LEARNERS[month][1]} |")
    text = text.replace("累计新增450个公共(含专用)充电桩。 |\n目前已累计完成576个。 |",
                        f"{CHARGERS[month][0]} |\n{CHARGERS[month][1]} |")
    text = text.replace("累计完成2856人。 |", f"{SCREENING[month]} |")
    if rename:  # the wording of a project changes slightly from one month to the next
        text = text.replace("新增700个公共(含专用)充电桩(市级)", "新增700个公共充电桩(市级)")
    return text


@pytest.fixture(scope="module")
def timeline():
    reports = [load_report(io.StringIO(month_report(m, rename=(m == 8)))) for m in (8, 6, 7)]  # any order
    return track(reports)


def project(timeline, words):
    [p] = [p for p in timeline.projects if words in p.project]
    return p


def test_reports_are_ordered_and_every_row_linked(timeline):
    assert [r.month for r in timeline.reports] == [6, 7, 8]
    assert len(timeline.projects) == 41  # one project per row, the renamed one linked
    assert timeline.unlinked == ()
    for p in timeline.projects:
        assert [pt.month for pt in p.points] == [6, 7, 8]
        assert len({pt.no for pt in p.points}) == 1


def test_improving_project(timeline):
    p = project(timeline, "企业新型学徒")
    assert [pt.status for pt in p.points] == [Status.BEHIND, Status.BEHIND, Status.AHEAD]
    assert [pt.cumulative for pt in p.points] == [200, 340, 455]
    assert p.changes == [(8, Status.BEHIND, Status.AHEAD)]
    assert not p.worsened
    f = p.forecast
    assert f.method == "latest_pace" and f.projected == pytest.approx(455 + 115 * 4)
    assert not f.at_risk


def test_worsening_project_is_flagged_and_at_risk(timeline):
    p = project(timeline, "充电桩(")
    assert [pt.status for pt in p.points] == [Status.AHEAD, Status.ON_TRACK, Status.BEHIND]
    assert p.changes == [(7, Status.AHEAD, Status.ON_TRACK), (8, Status.ON_TRACK, Status.BEHIND)]
    assert p.worsened
    assert [pt.cumulative for pt in p.points] == [400, 410, 430]
    assert p.forecast.projected == pytest.approx(430 + 20 * 4)
    assert p.forecast.at_risk
    assert p in timeline.at_risk


def test_stalled_project_is_at_risk(timeline):
    p = project(timeline, "妇科病")
    assert [pt.cumulative for pt in p.points] == [2856, 2856, 2856]
    assert p.forecast.projected == pytest.approx(2856) and p.forecast.at_risk


def test_stage_only_projects_get_their_stage_sequence(timeline):
    p = project(timeline, "铁山路宝杨路")
    assert p.forecast is None
    assert p.stages == [(6, "招标"), (7, "招标"), (8, "招标")]


def test_two_rows_of_one_report_never_join_one_project():
    base = month_report(8)
    twin = base.replace("41 |\n实施富锦路", "41 |\n实施蕰川路")  # rows 40 and 41 now read alike
    t = track([load_report(io.StringIO(month_report(7))), load_report(io.StringIO(twin))])
    for p in t.projects:
        assert len(p.points) == len({pt.month for pt in p.points})


def test_unlinked_rows_are_reported_not_dropped():
    later = month_report(8).replace("建设120个平安屋(市级)", "完成全区智慧安防小区建设")
    t = track([load_report(io.StringIO(month_report(7))), load_report(io.StringIO(later))])
    assert t.unlinked and t.unlinked[0][1] == "28"
    assert sum(len(p.points) for p in t.projects) == 82  # nothing dropped


def test_to_frame(timeline):
    pd = pytest.importorskip("pandas")
    df = timeline.to_frame()
    assert isinstance(df, pd.DataFrame) and len(df) == 41 * 3
    assert {"project", "month", "status", "cumulative", "projected", "at_risk"} <= set(df.columns)


def test_bad_arguments():
    with pytest.raises(ValueError):
        track([])
    with pytest.raises(ValueError):
        track([load_report(io.StringIO(month_report(8)))], threshold=2)


def test_timeline_repr_is_short_and_frame_orders_status(timeline):
    text = repr(timeline)
    assert text.startswith("<Timeline 3 reports ") and "—" in text and len(text) < 200
    pytest.importorskip("pandas")
    df = timeline.to_frame()
    assert list(df["status"].cat.categories) == ["blocked", "behind", "on_track", "ahead"]
    assert df["status"].cat.ordered
    # the forecast sits on the row of the report it was made from, the last
    chargers = df[df["project"].str.contains("充电桩")].sort_values("month")
    assert chargers["projected"].iloc[:-1].isna().all() and chargers["projected"].iloc[-1] > 0


def test_warnings_for_a_month_given_twice_and_for_unrelated_reports():
    aug = load_report(io.StringIO(month_report(8)))
    assert track([aug, load_report(io.StringIO(month_report(7)))]).warnings == ()
    twice = track([aug, load_report(io.StringIO(month_report(8)))])
    assert any("both cover 2022年8月" in w for w in twice.warnings)
    other = load_report(io.StringIO("序号 | 项目内容 | 牵头单位 | 7月份目标 | 进展情况\n"
                                    + "".join(f"{i} | 新建第{i}号水库 | 区水务局 | 开工 | 已开工\n" for i in range(1, 40))))
    assert any("one programme" in w for w in track([aug, other]).warnings)
