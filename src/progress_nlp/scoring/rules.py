"""The rules of the comparator, in the order they apply.

Each rule reads a :class:`~.row.Row` (the three texts prepared once, their cues,
stages and figures computed on first use) and returns a verdict or None;
the first verdict wins (:data:`RULES`). docs/scoring.md describes them in
the same order, with the scoring guide's reasons.
"""

from __future__ import annotations

import re
from fractions import Fraction
from typing import Callable

from ..period import month_number
from ..signals import Cue, StageMention, stage_level
from . import messages as msg
from .amounts import number
from .figures import Figure
from .row import CONFIDENCE, Row, _words
from .verdict import ProgressScore, QuantityPair, SchedulePair, StagePair, Status

__all__ = ["RULES", "decide"]

_NOT_WORD = re.compile(r"[\W_]+")
# The confidence of a verdict whose count is far apart from its task
# (row.py, _FAR_APART and _FAR_BELOW): under the review line.
_FAR_APART_CONFIDENCE = 0.3


def _worst(pairs: list[tuple[QuantityPair, str]]) -> QuantityPair:
    return min((p for p, _ in pairs), key=lambda p: (p.status.rank, p.ratio))


def _normal(text: str) -> str:
    return _NOT_WORD.sub("", text)


# -- the rules, in order -------------------------------------------------------------------


def blocked(row: Row) -> ProgressScore | None:
    """Guide rule 1: a stated stop, and nothing reported that meets the plan."""
    stops = row.cues("stop")
    if not stops or row.cues("completion"):
        return None
    if any(p.ratio >= 1 for p, _ in row.target_pairs):
        return None
    if not row.t_figs and any(p.ratio >= 1 for p, _ in row.pace_pairs):
        return None
    return row.verdict(Status.BLOCKED, "blocked", msg.reported(*dict.fromkeys(c.word for c in stops)), stops)


def quantity(row: Row) -> ProgressScore | None:
    """Guide rule 2: target and actual count the same thing."""
    pairs = row.target_pairs
    if not pairs:
        return None
    worst = _worst(pairs)
    if worst.status is not Status.ON_TRACK and _repeats(row):
        # The same words read twice cannot differ: a figure read one way in
        # the target and another in the progress (a label before a colon) is
        # the reading's artefact, so the repeat rule decides.
        return None
    reason = msg.joined(_pair_reason(p, text) for p, text in pairs)
    conf = CONFIDENCE["quantity"] if len(pairs) == 1 or worst.status is not Status.AHEAD else 0.85
    doubt = row.doubt(worst)
    if doubt:
        reason, conf = reason + doubt, _FAR_APART_CONFIDENCE
    basis = "level" if all(p.note in ("floor", "ceiling") for p, _ in pairs) else "quantity"
    return row.verdict(worst.status, basis, row.contradiction(worst.status) + reason, [p for p, _ in pairs], worst.ratio, conf)


def _pair_reason(p: QuantityPair, text: str) -> str:
    if p.note == "ceiling":
        return msg.within_ceiling(text, p.ratio >= 1)
    if p.note == "floor":
        return msg.floor_reached(text, str(round(p.ratio * 100)))
    return msg.target_met(text, str(round(p.ratio * 100)))  # a target, a pace or an excess


def _repeats(row: Row) -> bool:
    a = _normal(row.a.norm)
    return bool(a) and a == _normal(row.t.norm)


def repeat(row: Row) -> ProgressScore | None:
    """Guide rule 4: the actual repeats the target word for word. After the
    figures, so a repeated figure keeps its ratio."""
    if _repeats(row):
        return row.verdict(Status.ON_TRACK, "repeat", msg.REPEATED)
    return None


def _order(row: Row, m: StageMention) -> int:
    """Stage level by share, so 进场施工 and 正在施工 (two rungs of one share) tie."""
    order = row.lex.cached("share_order", lambda lx: {float(v): k for k, v in enumerate(sorted({s.share for s in lx.stage_shares.values()}))})
    return stage_level(order.get(m.share, m.rank), m.state)


def stage(row: Row) -> ProgressScore | None:
    """Guide rule 3: the target names a rung; compare the actual's."""
    if not row.t_stages:
        return None
    t_best = max(row.t_stages, key=lambda m: (_order(row, m), m.rank))
    if not row.a_stages:
        # The target names a step and the actual names none: on track only
        # if the actual at least reports the work going on.
        if row.cues("ongoing") and not row.cues("delay"):
            return None
        pair = StagePair(t_best, None, Status.BEHIND)
        return row.verdict(Status.BEHIND, "stage", msg.stage_not_mentioned(t_best.text, t_best.rung), [pair], confidence=0.45)
    # As under time: a rung not started bounds the actual from above, so
    # what is reached or under way decides when it is named, and a bound
    # that does not fall short of the target proves nothing.
    named = [m for m in row.a_stages if m.state != "not_started"] or row.a_stages
    a_best = max(named, key=lambda m: (_order(row, m), m.rank))
    ta, aa = _order(row, t_best), _order(row, a_best)
    if a_best.state == "not_started" and aa >= ta:
        return None
    if aa < ta:
        status = Status.BEHIND
    elif aa > ta and a_best.share > t_best.share:
        status = Status.AHEAD
    else:
        status = Status.ON_TRACK
    target, actual = (msg.stage(m.text, m.rung, m.state) for m in (t_best, a_best))
    reason = msg.stages_compared(target, actual)
    if status is not Status.BEHIND and row.cues("ongoing", "target") and row.cues("ongoing"):
        # Guide rule 4: a target of continuing work (推进…建设) met by a
        # report of that work going on is on track, even when the report
        # also names a later step of something else (平台试运行).
        pair = StagePair(t_best, a_best, Status.ON_TRACK)
        return row.verdict(Status.ON_TRACK, "ongoing", reason, [pair, *row.cues("ongoing")])
    return row.verdict(status, "stage", reason, [StagePair(t_best, a_best, status)])


def annual_figures(row: Row) -> ProgressScore | None:
    """Guide rule 5 (no period target): levels compared as levels, counts
    and shares against the time gone; the worst item decides."""
    if row.t_figs or row.t_stages:
        return None
    levels = row.level_pairs
    excess = row.excess_pairs
    # A task stated by its excess (超任务42个) is the plan the figure met;
    # the year's figures pro-rated are for rows that state none.
    pace = [] if excess else row.pace_pairs
    # A figure read as the level it reaches (开工率70% for 开工率达到60%,
    # 目前已达46.2% for 占比达到45%) is not also a share of the year: a
    # level is never pro-rated.
    at_level = {id(p.actual) for p, _ in levels}
    pace = [(p, text) for p, text in pace if id(p.actual) not in at_level]
    pairs = levels + excess + pace
    if not pairs:
        if row.levels and (row.cues("done") or row.cues("completion") or any(c.is_percent and c.value >= 100 for c in row.cells)):
            # 已达标完成 / 100% beside a level with no figure of its own.
            y = row.levels[0]
            return row.verdict(Status.ON_TRACK, "level", msg.level_claimed(y.bound == "ceiling", row.amount(y)),
                               row.cues("done") + row.cues("completion"), confidence=0.6)
        return None
    extra = _unreported_items(row, pace)
    worst = _worst(pairs)
    status = worst.status
    reason = msg.joined(_pair_reason(p, text) for p, text in pairs)
    evidence: list[QuantityPair | SchedulePair] = [p for p, _ in pairs]
    ratio = worst.ratio
    if extra is not None and extra.status.rank < status.rank:
        status = extra.status
        reason += msg.rest_of_items(row.stage_text(extra))
        evidence.append(extra)
        ratio = extra.ratio  # the ratio shown is the one that decided
    basis = "level" if levels and not pace and not excess else ("quantity" if excess and not pace else "pace")
    conf = None
    doubt = row.doubt(worst)
    if doubt and status is worst.status:
        reason, conf = reason + doubt, _FAR_APART_CONFIDENCE
    return row.verdict(status, basis, row.contradiction(status) + reason, evidence, ratio, conf)


_TOTALLING = re.compile(r"(?:共计|合计|总计|总长|共)\s*$")


def _unreported_items(row: Row, pace: list[tuple[QuantityPair, str]]) -> SchedulePair | None:
    """Whole-year items with no figure reported, judged by the stage the
    text reports (新增300个托额 while only 摸底 is done): the worst item
    decides, so an item left out cannot hide behind another's count."""
    if not row.a_stages or not pace or any(p.note == "share" for p, _ in pace):
        return None  # a share of the work covers every item
    paired = {id(p.annual) for p, _ in pace if p.annual is not None}
    if len([y for y in row.year_items if id(y.q) not in paired]) == 0:
        return None
    y = row.y.norm
    if any(p.annual is not None and _TOTALLING.search(y, 0, p.annual.span[0]) for p, _ in pace):
        # 建设24个村庄污水管网共计100公里: the total reported against is the
        # whole job, the count before it its scope, no item of its own.
        return None
    # The stage of the items left: not one named in the clause of a figure
    # reported (已经安装970台空调;新风系统在招投标中: 招投标, not 安装).
    t = row.a.norm
    spans = []
    for p, _ in pace:
        s, e = p.actual.span
        while s > 0 and t[s - 1] not in ",;。;\n":
            s -= 1
        while e < len(t) and t[e] not in ",;。;\n":
            e += 1
        spans.append((s, e))
    left = [m for m in row.a_stages if not any(s <= m.span[0] < e for s, e in spans)]
    return _schedule_pair(row, left or None)


def _counts_units(row: Row, m: StageMention) -> bool:
    """Is the stage word a verb of work with a count of units after it in
    its clause (改造|提升了|10家)?"""
    rung = row.lex.stage_shares.get(m.rung)
    if rung is None or not rung.work:
        return False
    t = row.a.norm
    end = min((i for i in (t.find(c, m.span[1]) for c in ",;。") if i >= 0), default=len(t))
    return any(m.span[1] <= f.q.start < end and f.unit not in ("", "%") for f in row.a_figs)


def _counts_done_units(row: Row, m: StageMention) -> bool:
    """Is the rung said of a count of units in its clause (已完工32个,
    已建成家庭养老床位148张)? Then it tells how many units reached it, not
    that the project did: with no task to count them against, nothing."""
    if m.state == "not_started":
        return False
    t = row.a.norm
    end = min((i for i in (t.find(c, m.span[1]) for c in ",;。,;") if i >= 0), default=len(t))
    return any(m.span[1] <= f.q.start < end and f.unit not in ("", "%") and f.kind not in ("time", "money")
               for f in row.a_all)  # 在建127个 too: a count of work pending is a count


def _schedule_pair(row: Row, stages: list[StageMention] | None = None) -> SchedulePair | None:
    share = row.share_of_year
    stages = row.a_stages if stages is None else stages
    if share is None or not stages:
        return None
    # A rung not started only bounds the job from above (难以完成建设 says
    # nothing about 主体): what is reached or under way decides, when named.
    named = [m for m in stages if m.state != "not_started"] or stages
    best = max(named, key=lambda m: (row.stage_share(m), _order(row, m)))
    goal = row.goal_share()
    # The guide's shares below the task's goal; reaching the goal (竣工 for a
    # task of building) is the whole job done.
    reached = row.stage_share(best)
    job = Fraction(100) if reached >= goal else reached
    expected = share * 100
    ratio = job / expected
    status = row.rules.judge(ratio)
    if job < 100 and status is Status.AHEAD:
        # An intermediate rung reached early proves no more than being on
        # schedule: the plan of an unknown project is not known.
        status = Status.ON_TRACK
    early = job < 100 and row.month is not None and row.month <= Fraction(str(row.rules.grace_months))
    if best.state == "not_started" and status is not Status.BEHIND and not early:
        # 未完成建设任务 bounds the job from above only: it can show a job
        # short of the pace, never one on it; other words decide.
        return None
    if early:
        status = Status.ON_TRACK  # early in the year, preparation is the plan
    return SchedulePair(best, float(job), float(expected), float(ratio), status)


def completion(row: Row) -> ProgressScore | None:
    """The whole-year task is stated done: ahead before December (the guide's
    "a job finished before December"), on track in it or when the target
    was the whole task too. Done early or beyond the task (提前完成全年任务,
    超额完成年度任务) is ahead in any month."""
    beyond = _ahead_of_task(row)
    done = beyond + row.cues("completion")
    # 做好了充分准备: a verb of ongoing work with 了 is work done, not going on.
    going_on = [c for c in row.cues("ongoing") if not row.a.norm.startswith("了", c.span[1])]
    if not any(m.state != "done" for m in row.a_stages) and not going_on:
        # 人员配置已完成,现正在安装…: a part is done, the job goes on.
        done += row.cues("done") + _done_at_end(row)
    raised = _level_raised(row)
    if not done and not raised:
        return None
    # "In December": a period ending on 12月25日 (11.8) is the year's end.
    whole = row.month is not None and row.month > 11 or (
        row.month is None and row.cues("completion", "target") and not any(t.is_percent for t in row.t_figs))
    if row.t_figs or row.t_stages:
        whole = whole or bool(row.cues("completion", "target"))
    status = Status.AHEAD if beyond or not whole else Status.ON_TRACK
    if status is Status.AHEAD and not beyond and not row.cues("completion") and row.t and not raised:
        # 目标: 完成方案设计 | 已完成: a bare done word against a period
        # target says the period's work is done, not the year's.
        status = Status.ON_TRACK
    # With no period and no period target known, done says nothing of
    # before or at the year's end: the job is done (on track at least), the
    # rest a person checks. Against a period target, the whole year done
    # beats it in any month.
    unknown = row.month is None and not beyond and status is Status.AHEAD and not (row.t_figs or row.t_stages)
    if unknown:
        status = Status.ON_TRACK
    conf = CONFIDENCE["ongoing_weak"] if unknown else None
    if raised and not done:
        return row.verdict(status, "completion", msg.level_raised(raised.q.text), [], confidence=conf)
    return row.verdict(status, "completion", msg.reported(done[0].word), done, confidence=conf)


def _done_at_end(row: Row) -> list[Cue]:
    """已于日前更新完毕, 已于6月底完成: a text that ends saying its work is done."""
    m = _words(row.lex)["done_clause"].search(row.a.norm)
    if m is None:
        return []
    start = m.start() + len(m.group()) - len(m.group().lstrip(",;。!?\n "))
    return [Cue(row.a.original[start:m.end()].rstrip("。;! "), "done", (start, m.end()))]


def _ahead_of_task(row: Row) -> list[Cue]:
    """超额完成/提前完成 said of the year's task (超额完成全年任务): an ahead
    word followed by a word of the year (cues.txt kind ``share``)."""
    share_at = {c.span[0] for c in row.a_cues if c.kind == "share"}
    t = row.a.norm
    subject = _words(row.lex)["list_subject"]

    def alone(c: Cue) -> bool:
        # 已超额完成, as a clause of its own: the project is the subject (一季度工作
        # 超额完成 is about the quarter: a verdict word, not the task done).
        start = max((t.rfind(d, 0, c.span[0]) for d in ",;。!?\n:"), default=-1) + 1
        ends = c.span[1] == len(t) or t[c.span[1]] in ",;。!?\n"
        return ends and subject.fullmatch(t, start, c.span[0]) is not None

    return [c for c in row.cues("ahead") if any(c.span[1] + k in share_at for k in range(3)) or alone(c)]


def _level_raised(row: Row) -> Figure | None:
    """提高…标准 as the task and 提高到每人每月295元 reported: the level the
    task asked to raise has been raised."""
    if row.y_figs or not row.y:
        return None
    return next((a for a in row.a_figs if a.rate and a.bound == "floor"), None)


# Words that start anything (启动, 开始), and the words of a task that is a
# public work: only there do they stand on the ladder of works.
_STARTED = frozenset({"启动", "开始", "启动实施", "开始实施"})
_WORKS = re.compile(r"建设|新建|改建|扩建|改造|修建|建成|工程|施工|铺设|安装|装修|维修|整治|道路|公路|管网|桥|场馆|住房|厂|站|馆|园|楼|棚改|棚户区|拆迁|安置房")


def schedule(row: Row) -> ProgressScore | None:
    """Guide rule 5, stages under time: with no period target, the furthest
    stage reached stands for a share of the job (stage_shares.txt), compared
    with the share of the year gone."""
    if row.t_figs or row.t_stages:
        return None
    stages = row.a_stages
    if not row.y_figs:
        # 改造提升农村家宴放心厨房77家, 新建港湾式停靠站638个: a verb that
        # counts units done names no rung of one job under way, short of the
        # job done; with no task to count them against, they are nothing
        # comparable (guide rule 5). The job's own rungs still count.
        # (The rung as named: 已改造10家 is units done, not the work's end.)
        stages = [m for m in stages if (Fraction(str(m.share)) >= row.goal_share() or not _counts_units(row, m))
                  and not _counts_done_units(row, m)]
    pair = _schedule_pair(row, stages)
    if pair is None:
        return None
    if pair.stage is not None and (pair.stage.text in _STARTED or pair.stage.rung == "签约" and "签约" in row.y.norm) \
            and pair.stage.state != "not_started" and row.y.norm.strip() and not _WORKS.search(row.y.norm):
        # 老年大学提升行动计划 / 启动“银盾计划”: an activity started is no rung
        # of a public work's ladder (guide rule 3); ongoing work decides. So
        # is the contracting a service's task is made of (家庭医生签约服务 /
        # 正在进行…签约工作).
        return None
    reason = msg.schedule(row.stage_text(pair), number(pair.expected))
    if pair.status is Status.ON_TRACK and pair.ratio >= 1 and row.month is not None and row.month <= 11 \
            and pair.stage is not None and pair.stage.state != "not_started" \
            and Fraction(str(pair.stage.share)) >= row.goal_share() and _finished(row, pair.stage):
        # 已于11月24日正式启用 at month 11: a job finished before December is
        # ahead (guide rule 5), however near the pace its share is.
        return row.verdict(Status.AHEAD, "schedule", reason + msg.DONE_BEFORE_DECEMBER, [pair], pair.ratio)
    if pair.status is Status.ON_TRACK and pair.ratio < 1:
        reason += msg.EARLY_IN_YEAR
    elif pair.status is Status.ON_TRACK and pair.ratio > row.rules.ahead_above:
        ahead = row.cues("ahead")
        if ahead:
            # 开工建设,比原计划提前两个月: a rung reached early proves no plan
            # beaten by itself, but here the publisher says its own plan is,
            # and the rung is past the year's pace too.
            return row.verdict(Status.AHEAD, "schedule", msg.reported(ahead[0].word) + "," + reason, [pair, *ahead],
                               pair.ratio)
        reason += msg.NOT_DONE_NOT_AHEAD  # a ratio over 110% beside 按序时 says why
    # Only the first rung under way (对接, 调研, 协商) is weak evidence: a
    # person should look.
    first = min(row.lex.stage_shares.values(), key=lambda s: s.share, default=None)
    weak = pair.stage is not None and first is not None and pair.stage.rung == first.rung and pair.stage.state != "done"
    # So is a verb of work that counts units and still decides (the task has
    # figures none of which it matched, or the rung is the job's goal): the
    # units done say little of a job's stage.
    weak = weak or pair.stage is not None and _counts_units(row, pair.stage)
    return row.verdict(pair.status, "schedule", row.contradiction(pair.status) + reason, [pair], pair.ratio,
                       CONFIDENCE["ongoing_weak"] if weak else None)


def _finished(row: Row, m: StageMention) -> bool:
    """Is the rung a finished job: reached by being named (完工, 启用) or said done?"""
    share = row.lex.stage_shares.get(m.rung)
    return m.state == "done" or share is not None and share.reached


# A milestone of the year's plan reported met: 提前完成7、8月份节点任务,
# 已完成三季度目标任务. Only what follows the last month counts (7、8月 → 8).
_MILESTONE = re.compile(
    r"(?:提前|已经|已|均已|全面|顺利)?\s*完成了?\s*"
    r"(?:(?:(?:1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])\s*[、,和至-]\s*)*(?P<m>1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])\s*月(?:份|底|末)?"
    r"|(?P<q>[一二三四1-4])\s*季度|第(?P<q2>[一二三四])季度|(?P<h>上半年))\s*(?:的)?\s*(?:节点|阶段性|阶段)?\s*(?:目标)?\s*(?:任务|目标)")
_QUARTER = {"一": 3, "二": 6, "三": 9, "四": 12, "1": 3, "2": 6, "3": 9, "4": 12}


def milestone(row: Row) -> ProgressScore | None:
    """A milestone of the plan reported met, with no figure or stage target
    to compare: a later month's node already met is ahead of the plan to
    date (提前完成8月份节点任务 in June), this month's is on track. An
    earlier month's node says nothing of now, and a plan before 完成 is no
    milestone met (预计完成8月份节点任务). A node up to now said not met
    (未完成6月份节点任务) is behind."""
    if row.month is None or row.t_figs or row.t_stages:
        return None
    best: tuple[int, re.Match[str]] | None = None
    for m in _MILESTONE.finditer(row.a.norm):
        before = row.a.norm[max(0, m.start() - 4) : m.start()]
        if any(w in before for w in ("预计", "计划", "力争", "争取", "确保", "将", "拟")):
            continue
        due = (month_number(m.group("m")) if m.group("m") else 6 if m.group("h")
               else _QUARTER[m.group("q") or m.group("q2")])
        if before.endswith(("未", "没有", "难以", "无法")):  # (尚未 ends in 未)
            if due <= row.month:
                cue = Cue(row.a.original[m.start() - 1 : m.end()].strip(), "delay", (m.start() - 1, m.end()))
                return row.verdict(Status.BEHIND, "schedule", msg.milestone(cue.word, due, number(row.month)), [cue])
            continue
        if best is None or due > best[0]:
            best = (due, m)
    if best is None or best[0] < row.month:
        return None
    due, m = best
    words = row.a.original[m.start() : m.end()].strip()
    cue = Cue(words, "ahead" if due > row.month else "on_pace", m.span())
    status = Status.AHEAD if due > row.month else Status.ON_TRACK
    return row.verdict(status, "schedule", msg.milestone(words, due, number(row.month)), [cue], Fraction(due) / row.month)


def verdict_words(row: Row) -> ProgressScore | None:
    """The publisher's own pace words, when nothing above decided; or its
    forecast that the year's task is done within the year, from now on
    (预计11月份完成年度任务 in October): on track, as words."""
    ahead = row.cues("ahead")
    if ahead:
        return row.verdict(Status.AHEAD, "verdict", msg.reported(ahead[0].word), ahead)
    on_pace = row.cues("on_pace")
    if on_pace:
        return row.verdict(Status.ON_TRACK, "verdict", msg.reported(on_pace[0].word), on_pace)
    m = _FORECAST.search(row.a.norm)
    if m is not None and row.month is not None:
        due = _forecast_month(m)
        if row.month <= due <= 12:
            return row.verdict(Status.ON_TRACK, "verdict", msg.forecast(row.a.original[m.start() : m.end()]),
                               row.cues("completion"))
    return None


# A forecast that the year's task will be done by a month (预计11月份完成年度
# 任务, 计划年底前完成全年任务).
_FORECAST = re.compile(
    r"(?:预计|计划|将于|力争|确保|有望)\s*(?:在|于)?\s*(?:(?P<m>1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])\s*月(?:份)?(?:底|末|中旬|上旬|下旬)?"
    r"|(?P<y>年底|年末|年内))\s*(?:前)?\s*(?:可|能|将|即可)?\s*(?:全面|全部)?\s*完成(?:年度|全年)(?:目标)?任务")


def _forecast_month(m: re.Match[str]) -> int:
    if m.group("y"):
        return 12
    return month_number(m.group("m"))


def delay(row: Row) -> ProgressScore | None:
    delays = row.cues("delay")
    if delays:
        return row.verdict(Status.BEHIND, "delay", msg.reported(delays[0].word), delays)
    return None


def ongoing(row: Row) -> ProgressScore | None:
    """Guide rule 4: continuing work reported. Weak evidence unless the
    target is continuing work too."""
    words = row.cues("ongoing")
    if not words or not row.a:
        return None
    strong = bool(row.cues("ongoing", "target"))
    return row.verdict(Status.ON_TRACK, "ongoing", msg.reported(words[0].word), words,
                       confidence=CONFIDENCE["ongoing" if strong else "ongoing_weak"])


def no_evidence(row: Row) -> ProgressScore:
    if not row.a:
        return row.verdict(Status.BEHIND, "no_evidence", msg.NOT_REPORTED, confidence=CONFIDENCE["no_evidence_empty"])
    return row.verdict(Status.ON_TRACK, "no_evidence", msg.NOTHING_TO_COMPARE)


#: The ladder; the first rule with evidence decides (docs/scoring.md).
RULES: tuple[Callable[[Row], ProgressScore | None], ...] = (
    blocked, quantity, repeat, annual_figures, completion, stage, milestone, schedule, verdict_words, delay, ongoing,
)


def decide(row: Row) -> ProgressScore:
    for rule in RULES:
        verdict = rule(row)
        if verdict is not None:
            return verdict
    return no_evidence(row)
