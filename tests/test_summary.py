"""Pages that report only on the programme as a whole (readers/summary.py).

Each text is written for this file in the shape such notices and news items
take; none is copied from a stored report.
"""

from __future__ import annotations

import io

import pytest

from progress_nlp import load_report, score_report
from progress_nlp.errors import ReportFormatError
from progress_nlp.readers.summary import read_summary


@pytest.mark.parametrize("text, expected", [
    pytest.param("关于2023年某区十件民生实事完成情况的通报\n2023年区十件民生实事共18项内容,已全部完成年度任务。下一步,我区将加快完成跨年度的实事项目。",
                 [("2023年区十件民生实事共18项内容", "已全部完成年度任务。")], id="circular-all-done"),
    pytest.param("今年,该县确定了安全饮水、学前教育等十件实事120个项目,计划投资1.8亿元。截至目前,已完成投资9800万元,在建项目80个,竣工项目40个。",
                 [("今年,该县确定了安全饮水、学前教育等十件实事120个项目,计划投资1.8亿元。",
                   "已完成投资9800万元,在建项目80个,竣工项目40个。")], id="plan-then-progress"),
    pytest.param("该区承担的12件共20个子项目的实事项目中,已有11个子项基本完成,群众受益明显。",
                 [("该区承担的12件共20个子项目的实事项目", "已有11个子项基本完成,群众受益明显。")], id="among-them"),
    pytest.param("截至目前,2023年确定开工建设项目45个,计划总投资6.2亿元,目前竣工8个,在建20个,待开工17个。",
                 [("2023年确定开工建设项目45个,计划总投资6.2亿元", "目前竣工8个,在建20个,待开工17个。")], id="time-before-the-programme"),
])
def test_what_the_page_says_of_the_programme(text, expected):
    assert [(i.project, i.actual) for i in read_summary(text)] == expected


@pytest.mark.parametrize("text", [
    "下一步,我区将确保各项民生实事项目有序推进、圆满完成。",          # what is still to come
    "各责任单位强化工作责任,积极采取有效措施。",                       # no programme, no progress
    "现将2023年十件民生实事完成情况予以通报(具体见附件)。",           # points to an annex
])
def test_what_is_no_summary(text):
    assert read_summary(text) == []


def test_a_page_of_the_programme_alone_is_read_and_says_so():
    text = "关于2023年某区十件民生实事完成情况的通报\n发布日期:2024-01-10\n2023年区十件民生实事共18项内容,已全部完成年度任务。"
    r = load_report(io.StringIO(text))
    assert r.format == "summary" and r.month == 12
    assert [(x.project, x.actual) for x in r.rows] == [("2023年区十件民生实事共18项内容", "已全部完成年度任务。")]
    assert any("whole programme" in w for w in r.warnings)
    assert [s.status.value for s in score_report(r)] == ["on_track"]


def test_a_page_with_projects_gets_no_summary_row():
    text = ("2023年区十件民生实事共18项内容,已完成16项。\n"
            "1.新增养老床位200张。目前已完成170张。\n2.改造老旧小区12个。已完工8个,其余4个正在施工。")
    r = load_report(io.StringIO(text))
    assert r.format == "prose" and all("十件民生实事" not in x.project for x in r.rows)


def test_a_page_with_nothing_of_progress_is_still_an_error():
    with pytest.raises(ReportFormatError):
        load_report(io.StringIO("关于做好2024年民生实事项目征集工作的通知\n请各单位于3月底前报送建议。"))


from hypothesis import given  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


@given(st.integers(2000, 2030), st.sampled_from(["区", "县", "市"]), st.integers(2, 30), st.integers(1, 99),
       st.sampled_from(["已全部完成年度任务", "已完成{k}项", "目前已完成{k}项,其余正在推进"]), st.integers(0, 99))
def test_property_the_programme_sentence_splits_at_its_progress(year, place, n, m, progress, k):
    subject = f"{year}年{place}{n}件民生实事共{m}项内容"
    done = progress.format(k=k)
    text = f"{subject},{done}。"
    items = read_summary(text)
    assert [(i.project, i.actual) for i in items] == [(subject, done + "。")]
    assert all(text[i.span[0] : i.span[1]].startswith(i.project) and text[i.span[0] : i.span[1]].endswith(i.actual) for i in items)
