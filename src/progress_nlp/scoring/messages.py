"""Every Chinese text the scorer and the scored report print, in one place.

The rules (:mod:`.rules`) decide; the words they give a verdict come from
here: a reason is built from the pieces below and ends with the status
label (:func:`verdict`). Arguments are already written as a person writes
them (``576个``, ``7500万元``; :mod:`.amounts`); percentages are passed as
numbers (``"128"``) and the ``%`` is the template's.

Only printed text lives here. Words the rules *search for* (cue words,
stage names, regexes such as 超额完成 before a percentage) are language
rules and stay with the rules or in ``lexicons/``.

>>> verdict(target_met(against_target("累计完成576个", "450个"), "128"), STATUS_LABELS["ahead"])
'累计完成576个,目标450个,完成率128%,超序时'
"""

from __future__ import annotations

from typing import Iterable

__all__ = [
    "STATUS_LABELS", "STATE_NAMES", "NEEDS_REVIEW", "NO_LEAD", "TABLE_HEADINGS", "verdict", "joined",
    "figure", "against_target", "target_met", "within_ceiling", "floor_reached", "level", "level_claimed",
    "excess_only", "excess", "pace", "month_due", "of_year", "of_years", "of_one_month", "rest_of_items",
    "stage", "stages_compared", "stage_not_mentioned", "stage_share", "share_done", "schedule",
    "EARLY_IN_YEAR", "NOT_DONE_NOT_AHEAD", "DONE_BEFORE_DECEMBER", "FAR_APART", "FAR_BELOW", "reported", "contradicted", "level_raised", "REPEATED",
    "NOT_REPORTED", "NOTHING_TO_COMPARE", "plan_name", "BY_OFFICIAL", "by_official", "summary", "forecast",
    "summary_short",
]

# -- labels ---------------------------------------------------------------------------

#: Status value → the words a supervision office uses (Status.label, the end of every reason).
STATUS_LABELS = {"ahead": "超序时", "on_track": "按序时", "behind": "滞后", "blocked": "受阻"}

#: A stage mention's state → its name in a reason (施工进行中, 开工未开始).
STATE_NAMES = {"done": "已完成", "under_way": "进行中", "not_started": "未开始"}

#: The mark of a verdict on no or weak evidence (needs_review), in repr, explain and tables.
NEEDS_REVIEW = "待核实"

#: A row with no lead unit, counted under this name in a summary by lead.
NO_LEAD = "(未注明)"

#: Column headings of a scored report's table in Jupyter (ScoredReport._repr_html_).
TABLE_HEADINGS = ("序号", "项目", "牵头单位", "状态", "依据")


def verdict(reason: str, label: str) -> str:
    """Every reason: what decided, then the status label; the label alone when nothing did."""
    return f"{reason},{label}" if reason else label


def joined(reasons: Iterable[str]) -> str:
    """Several items of one row, each with its own reason (新增…;完工…)."""
    return ";".join(reasons)


# -- figures against a plan (rules: quantity, level, pace) ------------------------------


def figure(written: str, verb: str, cumulative: bool) -> str:
    """A figure of progress with its verb, and 累计 for a running total whose verb
    does not say so: 累计完成576个."""
    so_far = "累计" if cumulative and verb != "累计" else ""
    return f"{so_far}{verb}{written}"


def against_target(figure: str, target: str) -> str:
    """A figure reported beside the period target it is compared with: 累计完成576个,目标450个."""
    return f"{figure},目标{target}"


def target_met(compared: str, percent: str) -> str:
    """A figure compared with its plan, and how much of the plan it is: …,完成率128%."""
    return f"{compared},完成率{percent}%"


def within_ceiling(compared: str, within: bool) -> str:
    """A level against a ceiling (失业率控制在5.5%以内): 未超上限 or 超出上限."""
    return f"{compared},{'未超' if within else '超出'}上限"


def floor_reached(compared: str, percent: str) -> str:
    """A level against a floor (标准不低于600元/月): …,为目标的98%."""
    return f"{compared},为目标的{percent}%"


def _bound(ceiling: bool, level: str) -> str:
    return f"目标{'不高于' if ceiling else '不低于'}{level}"


def level(actual: str, ceiling: bool, target: str) -> str:
    """The level reached against the year's level: 实际4.2%,目标不高于4.5%."""
    return f"实际{actual},{_bound(ceiling, target)}"


def level_claimed(ceiling: bool, target: str) -> str:
    """A level said to be met (已达标) with no figure of its own: 报称达标,目标不低于95%."""
    return f"报称达标,{_bound(ceiling, target)}"


def excess_only(margin: str) -> str:
    """A margin over the task and nothing else (超额完成49%): the task done and more."""
    return f"超额完成{margin}"


def excess(figure: str, margin: str, task: str) -> str:
    """A figure and its margin over the task (115个,超任务42个): 完成115个,42个超出任务73个."""
    return f"{figure},{margin}超出任务{task}"


def parts_summed(parts: list[str], total: str) -> str:
    """Counts listed as parts of one figure, and their sum:
    80张+70张=150张."""
    return f"{'+'.join(parts)}={total}"


def pace(figure: str, due: str, how: str = "") -> str:
    """A figure against the year's plan pro-rated to the month (序时进度), ``how`` from
    :func:`of_year` or :func:`of_years`: 累计完成45台,序时进度50台(全年100台×6/12)."""
    return f"{figure},序时进度{due}{how}"


def month_due(figure: str, due: str, how: str = "") -> str:
    """One month's figure against one twelfth of the year (7月,完成投资…): …,当月应完成….
    ``how`` from :func:`of_one_month`."""
    return f"{figure},当月应完成{due}{how}"


def of_year(total: str, month: str) -> str:
    """How a pace was made from the year's figure: (全年100台×6/12)."""
    return f"(全年{total}×{month}/12)"


def of_years(first: int, last: int, total: str, percent: str) -> str:
    """How a pace was made for a task of several years: (2013—2017年共500个×52%)."""
    return f"({first}—{last}年共{total}×{percent}%)"


def of_one_month(total: str) -> str:
    """How one month's due was made: (全年1200万元÷12)."""
    return f"(全年{total}÷12)"


def rest_of_items(stage: str) -> str:
    """Appended when the year's items reported without a figure decide, by their stage
    (:func:`stage_share`): ;其余项目招投标(招标进行中,约占全程20%)."""
    return f";其余项目{stage}"


# -- stages (rules: stage, schedule) --------------------------------------------------


def stage(text: str, rung: str, state: str) -> str:
    """A stage as named, with its rung and state (``done``, ``under_way``,
    ``not_started``): 在建(施工进行中)."""
    return f"{text}({rung}{STATE_NAMES[state]})"


def stages_compared(target: str, actual: str) -> str:
    """The target's stage against the actual's (:func:`stage`): 目标安装(施工进行中),实际在建(施工进行中)."""
    return f"目标{target},实际{actual}"


def stage_not_mentioned(text: str, rung: str) -> str:
    """The target names a stage the actual does not mention."""
    return f"目标{text}({rung}),实际未提及该环节"


def stage_share(text: str, rung: str, state: str, percent: str) -> str:
    """A stage reached as a share of the whole job: 已竣工(完工已完成,约占全程95%);
    a stage not started bounds it from above (至多约占全程…)."""
    at_most = "至多" if state == "not_started" else ""
    return f"{text}({rung}{STATE_NAMES[state]},{at_most}约占全程{percent}%)"


def share_done(percent: str) -> str:
    """A share of the job with no stage named: 约完成40%."""
    return f"约完成{percent}%"


def schedule(stage: str, percent: str) -> str:
    """A stage (:func:`stage_share`) against the share of the year gone: 实际…,序时进度58.3%."""
    return f"实际{stage},序时进度{percent}%"


#: Appended to a reason whose deciding figure is over ten times the task it was read against.
FAR_APART = "(实际数超出任务十倍以上,可能不是同一指标)"
#: Appended when the count is under a hundredth of the whole task (not money): doubted the same way.
FAR_BELOW = "(实际数不足任务的百分之一,可能不是同一指标)"

#: Appended to a schedule reason that is on track although short of the pace: preparation early in the year.
EARLY_IN_YEAR = "(年初前期阶段)"

#: Appended to a schedule reason that is on track although over 110%: an intermediate stage is never ahead.
NOT_DONE_NOT_AHEAD = "(尚未完工,不计超序时)"

#: Appended to a schedule reason that is ahead although under 110%: the job is finished before December.
DONE_BEFORE_DECEMBER = "(12月前已完工)"


# -- the publisher's words (rules: blocked, completion, verdict, delay, ongoing) --------


def milestone(words: str, due: int, month: str) -> str:
    """A milestone of the plan met, against the month reported: 报称提前完成8月份节点任务(8月节点,报告期6月)."""
    return f"报称{words}({due}月节点,报告期{month}月)"


def reported(*words: str) -> str:
    """The words of the progress text that decided (暂停, 已完成, 进度滞后): 实际进展称暂停、停工."""
    return f"实际进展称{'、'.join(words)}"


def forecast(words: str) -> str:
    """The publisher's forecast that the year's task is done within the year: 预计11月份完成年度任务,年内可完成."""
    return f"实际进展称{words},年内可完成"


def contradicted(word: str) -> str:
    """Put before a reason the figures give when the publisher's word says otherwise: 报称超额完成,但…."""
    return f"报称{word},但"


def level_raised(level: str) -> str:
    """A task of raising a standard, and the standard reported raised: 标准已提高到每人每月295元."""
    return f"标准已提高到{level}"


#: The actual repeats the target word for word (rule repeat).
REPEATED = "进展与目标表述一致"

#: No progress text at all (rule no_evidence).
NOT_REPORTED = "未报告进展"

#: Progress text with nothing to compare against the target (rule no_evidence).
NOTHING_TO_COMPARE = "目标与进展无可比内容,待核实"


# -- explain() ------------------------------------------------------------------------


def plan_name(is_level: bool) -> str:
    """What a plan with no target figure is, in an explain() evidence line: 目标 for a level, else 序时."""
    return "目标" if is_level else "序时"


# -- whole reports (scored.py) ----------------------------------------------------------

#: Opens the reason of a row scored on the publisher's verdict (and marks such rows in agreement()).
BY_OFFICIAL = "进展无可比内容,按发布方结论"


def by_official(official: str, reason: str) -> str:
    """A row whose progress has nothing to compare, scored on the publisher's verdict column:
    进展无可比内容,按发布方结论(完成任务):实际进展称完成,按序时."""
    return f"{BY_OFFICIAL}({official}):{reason}"


UNALIGNED = "本行单元格未能对齐、未读出项目名称"
UNALIGNED_NAMED = "本行单元格数多于列数一倍,未能对齐,各栏内容可能错位"


def unaligned(reason: str, *, named: bool = False) -> str:
    """A row whose cells the loader could not align, named by nothing or
    holding twice as many cells as columns (``named``): its figures may be
    another column's. 本行单元格未能对齐、未读出项目名称;3,序时进度…"""
    return f"{UNALIGNED_NAMED if named else UNALIGNED};{reason}"


def summary(counts: Iterable[tuple[str, int]], total: int, review: int = 0) -> str:
    """str(Summary): 共 41 项:超序时 15 项, 按序时 …, with the rows to check when there are any
    (, 其中 1 项证据不足,待核实). ``counts`` is (label, rows) in status order."""
    line = f"共 {total} 项:" + ", ".join(f"{label} {n} 项" for label, n in counts)
    return f"{line}, 其中 {review} 项证据不足,{NEEDS_REVIEW}" if review else line


def summary_short(counts: Iterable[tuple[str, int]], total: int) -> str:
    """The counts in repr(ScoredReport): 41 项 超序时15 按序时20 滞后5 受阻1."""
    return f"{total} 项 " + " ".join(f"{label}{n}" for label, n in counts)
