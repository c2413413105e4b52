"""Progress cells that hold only a figure (a 完成率 / 形象进度 column, or a
number under a unit column): a percentage is a share of the whole-year task,
a number counts what the target or the year counts."""

from __future__ import annotations

import pytest

from progress_nlp import score_progress

P = pytest.param

CASES = [
    P("", "110%", "新增760张养老床位", 8, "ahead", "pace", id="share-110-month8"),  # 110 vs 66.7
    P("", "22%(严重滞后)", "新增760张养老床位", 8, "behind", "pace", id="share-with-remark"),  # 22 vs 66.7
    P("", "50%", "新建12家老年助餐点", 6, "on_track", "pace", id="share-on-pace"),  # 50 vs 50
    P("", "4385", "全年新增就业岗位6000个", 8, "on_track", "pace", id="bare-count-vs-year"),  # 4385/4000
    P("累计完成400个", "380", "", 8, "behind", "quantity", id="bare-count-vs-target"),  # 380/400
    P("累计完成400个", "460", "", 8, "ahead", "quantity", id="bare-count-ahead"),  # 460/400 = 1.15
    P("", "100%", "建成7.34公里绿道", 12, "on_track", "pace", id="share-year-end"),  # 100 vs 100
]


@pytest.mark.parametrize("target, actual, annual, month, status, basis", CASES)
def test_bare_figure_cells(target, actual, annual, month, status, basis):
    s = score_progress(target, actual, annual=annual, month=month)
    assert (s.status.value, s.basis) == (status, basis), str(s)
