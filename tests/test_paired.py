"""Reports that list each group's tasks, then its progress, numbered alike."""

from __future__ import annotations

import io

from hypothesis import given, settings
from hypothesis import strategies as st

from progress_nlp import default_lexicon, load_report, score_report
from progress_nlp.readers.header import header_words
from progress_nlp.readers.paired import read_paired

HW = header_words(default_lexicon())

CIRCULAR = """某县2023年民生实事1-6月份实施进展情况通报
一、各项目实施进展情况
(一)就业促进行动
县定任务(2023年度)
1、新增城镇就业2000人;
2、开展职业技能培训500人次;
工作进展情况
1、新增城镇就业1200人,完成目标任务的60%。
2、开展职业技能培训180人次。
(二)老年助餐行动
年度任务:
1、新建城市老年食堂8个;
2、新建农村助餐点15个;
工作进展情况:
1、已建成城市老年食堂8个。
"""


def test_tasks_and_progress_pair_by_number():
    r = load_report(io.StringIO(CIRCULAR))
    assert r.format == "paired" and r.month == 6
    assert [(row.no, row.project, row.actual, row.section) for row in r.rows] == [
        ("1.1", "新增城镇就业2000人", "新增城镇就业1200人,完成目标任务的60%。", "(一)就业促进行动"),
        ("1.2", "开展职业技能培训500人次", "开展职业技能培训180人次。", "(一)就业促进行动"),
        ("2.1", "新建城市老年食堂8个", "已建成城市老年食堂8个。", "(二)老年助餐行动"),
        # a task with no progress line keeps an empty progress: nothing is invented
        ("2.2", "新建农村助餐点15个", "", "(二)老年助餐行动"),
    ]
    statuses = [s.status.value for s in score_report(r)]
    # June: 60% of the year is ahead of 50%; 180 of 250 due is behind; all 8 built is ahead.
    assert statuses[:3] == ["ahead", "behind", "ahead"]


def test_a_numbered_list_without_labels_is_not_paired():
    text = "1、新增城镇就业2000人;\n2、开展职业技能培训500人次;\n1、新增城镇就业1200人。\n2、培训180人次。"
    assert read_paired(text, HW) == []


_WORDS = st.text(alphabet=st.sampled_from("新建改造公园道路食堂学位培训就业人次个座"), min_size=2, max_size=10)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.lists(st.tuples(_WORDS, st.integers(1, 999), st.integers(0, 999)), min_size=1, max_size=4),
                min_size=1, max_size=3),
       st.sampled_from(["年度任务", "市定任务(2023年度)", "工作目标:"]),
       st.sampled_from(["工作进展情况", "完成情况:", "进展情况"]))
def test_paired_round_trip(groups, task_label, progress_label):
    # Any groups of tasks under any task and progress label come back as
    # (task, progress) pairs, in order, under their group's heading.
    lines, expected = [], []
    for g, tasks in enumerate(groups, 1):
        heading = f"({'一二三'[g - 1]})第{g}组"
        lines += [heading, task_label]
        lines += [f"{k}、{w}{n}个;" for k, (w, n, _) in enumerate(tasks, 1)]
        lines.append(progress_label)
        lines += [f"{k}、已完成{w}{d}个。" for k, (w, _, d) in enumerate(tasks, 1)]
        expected += [(str(k), f"{w}{n}个", f"已完成{w}{d}个。", heading) for k, (w, n, d) in enumerate(tasks, 1)]
    items = read_paired("\n".join(lines), HW)
    if sum(1 for _ in expected) < 2:
        assert items == []  # one pair is no report
    else:
        assert [(i.no, i.project, i.actual, i.section) for i in items] == expected
