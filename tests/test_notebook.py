"""What an analyst sees in a notebook: short reprs, an HTML table, frames
that stack and sort, filters."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from progress_nlp import Status, load_report, score_progress, score_report

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "baoshan-2022-08.txt"


@pytest.fixture(scope="module")
def scored():
    return score_report(load_report(EXAMPLE))


def test_reprs_are_one_line(scored):
    text = repr(scored)
    assert text == "<ScoredReport 2022年区政府实事项目 2022-08: 41 项 超序时15 按序时19 滞后6 受阻1>"
    s = repr(score_progress("新增30台", "新增81台"))
    assert s.startswith("<ProgressScore ahead (超序时) quantity") and "\n" not in s and len(s) < 200
    weak = repr(score_progress("", "积极推进中", annual="推进社区治理"))
    assert "待核实" in weak


def test_html_repr_is_the_coloured_table(scored):
    html = scored._repr_html_()
    assert html.count("<tr>") == 42  # header and 41 rows
    assert "受阻" in html and "color:" in html
    # text is escaped
    r = score_report(load_report(io.StringIO("序号|项目内容|牵头单位|目标|进展情况\n1|<b>新建</b>|局|新增3个|新增3个")))
    assert "<b>新建" not in r._repr_html_()


def test_filter_by_status_and_lead(scored):
    behind = scored.filter(status=["behind", "受阻"])
    assert len(behind) == 7 and {r.status for r in behind} == {Status.BEHIND, Status.BLOCKED}
    assert len(scored.filter(status=Status.BLOCKED)) == 1
    both = scored.filter("区", status="ahead")
    assert all("区" in r.row.lead and r.status is Status.AHEAD for r in both)
    with pytest.raises(ValueError, match="unknown status"):
        scored.filter(status="late")


def test_frames_of_several_months_stack_and_sort(scored):
    pd = pytest.importorskip("pandas")
    frame = scored.to_frame()
    assert {"year", "month", "source"} <= set(frame.columns)
    assert (frame["year"] == 2022).all() and (frame["month"] == 8).all()
    july = score_report(load_report(io.StringIO(EXAMPLE.read_text(encoding="utf-8").replace("8月份", "7月份")))).to_frame()
    both = pd.concat([july, frame], ignore_index=True)
    assert str(both["status"].dtype) == "category" and both["status"].cat.ordered
    worst_first = both.sort_values("status")
    assert worst_first["status"].iloc[0] == "blocked" and worst_first["status"].iloc[-1] == "ahead"
    assert sorted(both["month"].unique()) == [7, 8]
