"""One row prepared for the rules (:class:`Row`): the three texts, their
cues, stages and figures, and the figure pairs each rule reads, computed
on first use.
"""

from __future__ import annotations

import re
from dataclasses import replace
from fractions import Fraction
from functools import cached_property
from typing import Iterable

from ..lexicon import Lexicon
from ..prepared import Prepared
from ..signals import COUNT_UNITS, Cue, StageMention, cues_in, stages_in, verb_alone
from . import messages as msg
from .amounts import amount, number
from .figures import Figure, head_cells, read_figures
from .pairing import _dedupe, _pace_score, _pair, _parts_summed, _share_to_count, _target_score, _without_increments
from .verdict import ProgressScore, QuantityPair, SchedulePair, ScoringRules, StagePair, Status

__all__ = ["CONFIDENCE", "Row"]

# Words that make a stage in a target the one planned (预计11月18日完工).
_PLANNED = re.compile(r"预计|预定|计划|拟|力争|争取|确保|将于")

#: How much each rule's evidence is worth; under 0.5 a verdict needs review.
CONFIDENCE = {
    "blocked": 0.85,
    "quantity": 0.9,
    "repeat": 0.8,
    "stage": 0.7,
    "level": 0.8,
    "pace": 0.85,
    "completion": 0.8,
    "schedule": 0.6,
    "verdict": 0.6,
    "delay": 0.7,
    "ongoing": 0.6,
    "ongoing_weak": 0.45,
    "no_evidence_empty": 0.2,
    "no_evidence": 0.1,
}
_YEARS = re.compile(r"((?:19|20)\d{2})\s*年?\s*[-—–~至到]\s*((?:19|20)\d{2})\s*年")
# A share cell and a count cell of one row should tell the same story; past
# this relative gap the count's unit was guessed wrong and the share decides.
_CELL_DISAGREEMENT = Fraction(3, 2)
# A count more than ten times the whole task it is read against is most
# likely another measure (305户 against a task of 3个村; 883亿元 against the
# 50亿元 that names a class of project): the verdict stands, as the figures
# give it, but with its doubt stated and under the review line. Measured
# against the task, not against what is due by now, so the doubt does not
# depend on the month. Shares are exempt, being already relative.
_FAR_APART = 10
# A count, neither money nor a share, under one hundredth of its whole task
# (修复路面29.51公里 read against 养护普通公路15.1万公里) is as doubtful the
# other way: most likely a part or another measure. Zero is no doubt: nothing
# done is a report.
_FAR_BELOW = 100

# Verb classes of finished work (metric_verbs.txt): 完工, 建成; 完成.
_ENDS = frozenset({"finish", "complete"})


# Words that say where work stands after a restated task (新建幼儿园3所,已完成2所).
_STANDING = re.compile(r"已|累计|目前|截至|截止|完成|建成|竣工|开工|完工|率|占|正在|尚未|未|达到|超")
_WS = re.compile(r"\s+")


def restated_end(annual: str, actual: str) -> int | None:
    """Where the task restated at the head of ``actual`` ends (see
    :func:`restates`), or None."""
    task = _WS.sub("", annual).rstrip("。;,,;")
    said = _WS.sub("", actual)
    if len(task) < 4 or not any(ch.isdigit() for ch in task) or not said.startswith(task):
        return None
    rest = said[len(task):]
    if rest and rest[0] not in ",、;。,;" or _STANDING.search(rest):
        return None
    need = len(task)  # characters of the task, spaces in actual not counted
    for k, ch in enumerate(actual):
        if not ch.isspace():
            need -= 1
            if need == 0:
                return k + 1
    return len(actual)


def restates(annual: str, actual: str) -> bool:
    """Does the progress open with the whole task, word for word, and go on
    with no word of where work stands? Then the two are one statement of
    what was done (a year-end list: 帮助247名长期失业青年实现就业,为29936人
    开展职业技能培训), not a task and its progress: 247名 is not compared
    with itself.

    >>> restates("帮助247名长期失业青年实现就业", "帮助247名长期失业青年实现就业,为29936人开展职业技能培训。")
    True
    >>> restates("新建幼儿园3所", "新建幼儿园3所,已完成2所。"), restates("新建幼儿园3所", "新建幼儿园3所已全部完工")
    (False, False)
    """
    return restated_end(annual, actual) is not None


class Row:
    """One row to judge: target, actual and the whole-year task."""

    def __init__(self, target: str, actual: str, annual: str, month: Fraction | None, rules: ScoringRules, lex: Lexicon,
                 year: int | None = None) -> None:
        self.t = Prepared(target)
        said = restated_end(annual, actual)
        if said is not None:
            # The task's own words (实施无障碍改造) say nothing of where it
            # stands: blanked, position for position, so spans still point
            # into the text given.
            actual, annual = " " * said + actual[said:], ""
        self.a = Prepared(actual)
        self.y = Prepared(annual)
        self.month = month
        self.year = year
        self.rules = rules
        self.lex = lex
        #: Pairs whose count is over _FAR_APART times the task or under
        #: 1/_FAR_BELOW of it, with the doubt said in the reason (see _judge).
        self.doubted: list[tuple[QuantityPair, str]] = []

    # -- what the texts say, computed on first use ------------------------------
    @cached_property
    def t_cues(self) -> list[Cue]:
        return cues_in(self.t.norm, self.t.original, self.lex)

    @cached_property
    def a_cues(self) -> list[Cue]:
        found = cues_in(self.a.norm, self.a.original, self.lex)
        alone = None if any(c.active for c in found) else verb_alone(self.a.norm, self.a.original)
        if alone is None:
            return found
        # 已完成的16项具体工作: the 已完成 read as naming an object gives way
        return sorted([c for c in found if c.span[1] <= alone.span[0] or alone.span[1] <= c.span[0]] + [alone],
                      key=lambda c: c.span)

    @cached_property
    def t_stages(self) -> list[StageMention]:
        # A target is a plan: 预计11月18日完工 there names the stage to reach
        # by the period's end, not one not yet started.
        t = self.t.norm
        return [replace(m, state="done") if m.state == "not_started" and "未" not in t[m.span[0] : m.span[1]]
                and _PLANNED.search(t, max(0, m.span[0] - 12), m.span[1]) else m
                for m in stages_in(t, self.t.original, self.lex)]

    @cached_property
    def a_stages(self) -> list[StageMention]:
        return stages_in(self.a.norm, self.a.original, self.lex)

    @cached_property
    def y_stages(self) -> list[StageMention]:
        return stages_in(self.y.norm, self.y.original, self.lex)

    @cached_property
    def t_figs(self) -> list[Figure]:
        # A duration (一季度, 3个月) counts only as a level (控制在12分钟以内).
        return [f for f in read_figures(self.t, self.lex, self.t_cues, planned=True) if f.kind != "time" or f.rate]

    @cached_property
    def a_all(self) -> list[Figure]:
        """Every figure of the actual, with its role."""
        return read_figures(self.a, self.lex, self.a_cues)

    @cached_property
    def a_figs(self) -> list[Figure]:
        """The actual's figures of progress made. When the task names a rate
        and no figure (城镇生活垃圾无害化处理率), a percentage reported is
        that rate's level, not a share of work."""
        figs = [f for f in self.a_all if f.role == "progress"]
        figs = self._finished_among_started(figs)
        if self.y and not self.y_figs and _names_rate(self):
            for f in figs:
                if f.is_percent and not (f.share or f.workdone):
                    f.rate = True
        return figs

    def _finished_among_started(self, figs: list[Figure]) -> list[Figure]:
        """61个村庄已全部开工建设,其中44个村庄已完成治理建设, for a task to
        finish (完成治理村庄61个): the finished, a breakdown of the started,
        count what the task counts; the started count a rung below it."""
        if not any(y.metric_class in _ENDS for y in self.y_figs):
            return figs
        done = [f for f in self.a_all if f.role == "part" and f.metric_class in _ENDS
                and any(s.metric_class == "start" and s.unit == f.unit and s.q.end <= f.q.start for s in figs)]
        if not done:
            return figs
        units = {d.unit for d in done}
        kept = [f for f in figs if not (f.metric_class == "start" and f.unit in units)]
        return sorted(kept + [d.copy(role="progress") for d in done], key=lambda f: f.q.start)

    @cached_property
    def cells(self) -> list[Figure]:
        return head_cells(self.a, self.a_all)

    @cached_property
    def y_figs(self) -> list[Figure]:
        if not self.y:
            return []
        y_cues = cues_in(self.y.norm, self.y.original, self.lex) if "%" in self.y.norm or "百分之" in self.y.norm else []
        return _dedupe([f for f in read_figures(self.y, self.lex, y_cues, annual=True) if f.kind != "time" or f.rate])

    @cached_property
    def quoted_plan(self) -> list[Figure]:
        """Whole-year figures quoted inside the actual (超额完成X的年度目标任务)."""
        return [f for f in self.a_all if f.role == "plan"]

    @cached_property
    def year_items(self) -> list[Figure]:
        """The year's counted items: the annual's, else those quoted in the actual."""
        items = [f for f in self.y_figs if not f.rate and not f.is_percent and f.kind != "time"]
        # 总投资325.9亿元,年度投资计划47.7亿元: the year's figure, not the total.
        yearly = {f.unit for f in items if f.role != "total"}
        items = [f for f in items if f.role != "total" or f.unit not in yearly]
        return items or [f for f in self.quoted_plan if not f.is_percent and f.kind != "time"]

    @cached_property
    def levels(self) -> list[Figure]:
        """The year's levels (失业率低于4.3%); else a level the actual quotes
        as its target (失业率3.56%,低于3.7%的控制目标)."""
        return [f for f in self.y_figs if f.rate] or [f for f in self.quoted_plan if f.bound is not None and f.is_percent]

    @cached_property
    def span(self) -> tuple[int, int] | None:
        """A task of several years (2013—2017年新建…), or None."""
        m = _YEARS.search(self.y.norm)
        if m is None:
            return None
        first, last = int(m.group(1)), int(m.group(2))
        return (first, last) if first < last <= first + 10 else None

    @cached_property
    def share_of_year(self) -> Fraction | None:
        """The share of the task's time gone: month/12, or for a task of
        several years the years gone over the years of the task (the guide's
        multi-year rule; needs the report's year)."""
        if self.month is None:
            return None
        span = self.span
        if span is not None and self.year is not None and span[0] <= self.year <= span[1]:
            return (self.year - span[0] + self.month / 12) / (span[1] - span[0] + 1)
        return self.month / 12

    def cues(self, kind: str, where: str = "actual") -> list[Cue]:
        cues = self.a_cues if where == "actual" else self.t_cues
        return [c for c in cues if c.kind == kind and c.active]

    @cached_property
    def all_cues(self) -> tuple[tuple[str, Cue], ...]:
        return tuple(("target", c) for c in self.t_cues) + tuple(("actual", c) for c in self.a_cues)

    # -- figures compared ------------------------------------------------------------
    @cached_property
    def target_pairs(self) -> list[tuple[QuantityPair, str]]:
        """Target figures against actual figures (guide rule 2)."""
        targets: list[Figure] = []
        for t in self.t_figs:
            if t.is_percent and t.share and self.year_items:
                c = _share_to_count(t, self.year_items)
                if c is not None:
                    if not any(o is not t and o.unit == c.unit and o.value == c.value for o in self.t_figs):
                        targets.append(c)
                    continue
            targets.append(t)
        actuals: list[Figure] = []
        for a in self._measure_pool(targets):
            if a.is_percent and a.share and self.year_items and not any(t.is_percent for t in targets):
                c = _share_to_count(a, self.year_items)
                if c is not None:
                    actuals.append(c)
                    continue
            actuals.append(a)
        out = []
        for t, a in _pair(targets, actuals, _target_score):
            if a.kind == "time" and not t.rate:
                continue
            if t.rate or t.bound == "ceiling":
                # 失业率控制在5.5%以内 as the target: a level, not a count.
                pair = self._judge_level(t, a)
                if pair is not None:
                    out.append(pair)
                continue
            p = self._judge(t.value, a, t, None)
            if p is not None:
                out.append((p, msg.against_target(self.figure_text(a), self.plain_text(t))))
        return out

    def _measure_pool(self, units_from: list[Figure]) -> list[Figure]:
        """The actual's figures to compare: its opening cells when it has
        them (the rest is a remark), a bare cell taking the unit of what it
        is compared with; else every figure of progress made."""
        if not self.cells:
            return self.a_figs
        pool: list[Figure] = []
        counts = [f for f in units_from if f.unit not in ("", "%")]
        y: Figure | None
        for i, c in enumerate(self.cells):
            if c.unit or c.is_percent:
                pool.append(c)
            elif i == 0:
                if len(counts) >= 1:
                    y = counts[0]
                    pool.append(c.copy(unit=y.unit, value=c.value * y.scale, written=y.written, scale=y.scale,
                                       noun="", nouns=frozenset(), metric_class=None))
                else:
                    pool.append(c)
            elif pool and not pool[0].is_percent and units_from:
                # 19456 74.8: a second bare cell is the share of the year
                # when it agrees with the count.
                y = next((f for f in units_from if f.unit == pool[0].unit), None)
                if y is not None and y.value and abs(c.value - 100 * pool[0].value / y.value) <= max(Fraction(3, 2), c.value / 50):
                    pool.append(c.copy(unit="%", share=True))
        return pool

    def _judge(self, expected: Fraction, a: Figure, target: Figure | None, annual: Figure | None, note: str = "") -> QuantityPair | None:
        if expected <= 0:
            return None
        ratio = a.value / expected
        if ratio < 1 and a.is_percent and expected - a.value <= _half_last_digit(a.q.text):
            # 33.33% in April is the pace (4/12 = 33.333…%) to the figure's
            # own precision: a share cannot be written closer.
            ratio = Fraction(1)
        shortfall = None
        if self.rules.slack_points and ratio < self.rules._behind:
            # Only a slack rule needs the shortfall in points of the year.
            total: Fraction | None
            if annual is not None:  # not `… if … else next(…, None)`: older mypy rejects the None there
                total = annual.value
            else:
                total = next((y.value for y in self.year_items if y.unit == a.unit), None)
            shortfall = (expected - a.value) / total * 100 if total else None
        status = self.rules.judge(ratio, shortfall)
        pair = QuantityPair(
            actual=a.q, expected=float(expected), ratio=float(ratio), status=status,
            target=None if target is None else target.q, annual=None if annual is None else annual.q, note=note,
        )
        whole = annual.value if annual is not None else expected
        if not a.is_percent and a.value > _FAR_APART * whole:
            self.doubted.append((pair, msg.FAR_APART))
        elif not a.is_percent and a.kind != "money" and 0 < a.value * _FAR_BELOW < whole:
            self.doubted.append((pair, msg.FAR_BELOW))
        return pair

    def doubt(self, pair: QuantityPair) -> str:
        """Why the pair's count is doubted as the task's measure (ten times
        over it, under a hundredth of it), or ""."""
        return next((why for p, why in self.doubted if p is pair), "")

    @cached_property
    def level_pairs(self) -> list[tuple[QuantityPair, str]]:
        """Levels of the year's task (失业率低于4.3%, 标准不低于600元/月)
        against the level reached: never pro-rated."""
        out = []
        used: set[int] = set()
        candidates = [a for a in self.a_figs if not (a.cell and a.is_percent and not self._bare_level_cell(a)) and not a.share]
        for y in self.levels:
            best = None
            # A share of the items (开工率70%) is a level when the task sets
            # that rate as one (开工率达到60%).
            named = _rate_word(self.y.norm, y.q.start) if self.y else ""
            # A percentage naming no rate (95.00%) against a task of several
            # (覆盖率达到100%, 完好率达到85%…) is none of them.
            several = sum(z.unit == y.unit for z in self.levels) > 1
            for i, a in enumerate(candidates):
                if i in used or (a.workdone and not (named and _rate_word(self.a.norm, a.q.start) == named)):
                    continue
                bare = self._bare_level_cell(a)
                if not (a.unit == y.unit or bare):
                    continue
                if a.q.cumulative and not a.rate and not bare:
                    continue  # 每人每月55元 against 累计发放金额1.87亿元: a running total is no level
                if several and not (a.rate or bare):
                    continue
                if not (y.value / 100 <= a.value <= y.value * 100):
                    continue  # 标准提高到600元 against 已拨付703.8万元: a sum paid out, no level reached
                score = (a.per == y.per) * 2 + (a.rate or bare)
                if best is None or score > best[0]:
                    best = (score, i, a)
            if best is None:
                continue
            _, i, a = best
            used.add(i)
            if a.unit != y.unit:
                a = a.copy(unit=y.unit, written=y.written)
            out.append(self._judge_level(y, a))
        return [p for p in out if p is not None]

    def _bare_level_cell(self, a: Figure) -> bool:
        """The first bare cell is the level reached (4.2 under 失业率低于(%) 4.3)
        only when the task has no count for it to be (提高…占比至95%以上 600)."""
        return a.cell and not a.unit and a is self.cells[0] and not self.year_items

    def _judge_level(self, y: Figure, a: Figure) -> tuple[QuantityPair, str] | None:
        if y.value <= 0 or a.value <= 0:
            return None
        ceiling = y.bound == "ceiling"
        ratio = y.value / a.value if ceiling else a.value / y.value
        status = self.rules.judge(ratio)
        if ceiling and status is Status.AHEAD:
            # Under a ceiling is met; far under it is no more than met.
            status = Status.ON_TRACK
        if status is Status.AHEAD and self.month is not None and self.month >= 12:
            # A level is ahead only when reached well before December (guide
            # rule 5); at the year's end, over its floor is met.
            status = Status.ON_TRACK
        if status is Status.AHEAD and _words(self.lex)["change"].search(self.a.norm, max(0, a.q.start - 12), a.q.start) \
                and (ratio < _CHANGE_AHEAD or (self.month or 12) >= 12):
            # 增长7.9%, target 7%: a running rate of change over its target
            # is on it (the year is not over, the rate can fall back); only
            # one far over it before December (57.7% for 10%) is ahead.
            status = Status.ON_TRACK
        pair = QuantityPair(actual=a.q, expected=float(y.value), ratio=float(ratio), status=status, annual=y.q,
                            note="ceiling" if ceiling else "floor")
        per = f"/{y.per}" if y.per else ""
        reached = f"{a.q.text.strip() if a.q.unit else self.amount(a)}{f'/{a.per}' if a.per else per}"
        return pair, msg.level(reached, ceiling, f"{self.amount(y)}{per}")

    @cached_property
    def excess_pairs(self) -> list[tuple[QuantityPair, str]]:
        """115个,超任务42个: the task beaten by 42, so it was 73; the figure
        is compared with the task so stated, not pro-rated."""
        out = []
        figs = self.a_all
        for k, e in enumerate(figs):
            if e.role != "excess":
                continue
            a = next((f for f in reversed(figs[:k]) if f.role == "progress" and f.unit == e.unit), None)
            if a is None and e.unit == "%":
                # 超额完成49% alone: the task done and 49% more.
                ratio = 1 + e.value / 100
                pair = QuantityPair(actual=e.q, expected=100.0, ratio=float(ratio), status=self.rules.judge(ratio), note="excess")
                out.append((pair, msg.excess_only(e.q.text.strip())))
                continue
            if a is None or a.value <= e.value:
                continue
            task = a.value - e.value
            ratio = a.value / task
            status = self.rules.judge(ratio)
            pair = QuantityPair(actual=a.q, expected=float(task), ratio=float(ratio), status=status, note="excess")
            out.append((pair, msg.excess(self.figure_text(a), e.q.text.strip(), self.amount(a, task))))
        return out

    @cached_property
    def pace_pairs(self) -> list[tuple[QuantityPair, str]]:
        """With no target figure: the year's figures × month/12 (序时进度),
        and percentages of the work or the year against month/12 × 100%."""
        share = self.share_of_year
        if share is None:
            return []
        assert self.month is not None  # share_of_year is None without a month
        items = self.year_items
        pool = self._measure_pool(items)
        if self.levels and not items:
            pool = [a for a in pool if not (a.cell and a.is_percent)]  # 100% beside a level: 达标率
        out: list[tuple[QuantityPair, str]] = []
        count_pairs = []
        counts, summed = _parts_summed(self.a.norm, items, [a for a in pool if not a.is_percent and a.kind != "time"])
        counts = _without_increments(self.a.norm, counts)
        for y, a in _pair(items, counts, _pace_score):
            if self._one_month(a) and not a.q.cumulative:
                # 7月,完成投资253.55亿元: one month's work, due 1/12 of the year.
                p = self._judge(y.value / 12, a, None, y, "pace")
                if p is not None:
                    how = msg.of_one_month(self.amount(y))
                    count_pairs.append((p, msg.month_due(self.figure_text(a), self.amount(y, y.value / 12), how)))
                continue
            p = self._judge(y.value * share, a, None, y, "pace")
            if p is not None:
                if self.span is not None and share != self.month / 12:
                    how = msg.of_years(self.span[0], self.span[1], self.amount(y), number(share * 100))
                else:
                    how = "" if share == 1 else msg.of_year(self.amount(y), number(self.month))
                text = msg.parts_summed([x.q.text.strip() for x in summed[id(a)]], self.amount(a)) if id(a) in summed \
                    else self.figure_text(a)
                count_pairs.append((p, msg.pace(text, self.amount(y, y.value * share), how)))
        share_pairs = []
        period_pairs = []
        for a in pool:
            if a.is_percent and self._of_period_plan(a):
                # 完成序时计划的120%, 完成1-4月投资计划的144.7%: the plan
                # of the period so far is due in full, whatever the month.
                p = self._judge(Fraction(100), a, None, None, "share")
                if p is not None:
                    period_pairs.append((p, msg.pace(self.figure_text(a), "100%")))
                continue
            if a.is_percent and (a.cell or a.share or a.workdone or not a.rate):
                # 当月进度为10.6%: one month's share of the year is due 1/12.
                one_month = self._one_month(a)
                due = Fraction(1, 12) if one_month else share
                p = self._judge(due * 100, a, None, None, "share")
                if p is not None:
                    says = msg.month_due if one_month else msg.pace
                    share_pairs.append((p, says(self.figure_text(a), f"{number(due * 100)}%")))
        if count_pairs and share_pairs and all(c.cell for c in pool):
            # Count and share cells of one row: trust the share when they
            # disagree (the count's unit was a guess).
            cr, sr = Fraction(count_pairs[0][0].ratio), Fraction(share_pairs[0][0].ratio)
            if cr <= 0 or sr <= 0 or max(cr, sr) / min(cr, sr) > _CELL_DISAGREEMENT:
                count_pairs = []
        if period_pairs:
            # The publisher's own plan for the period is the target (guide
            # rule 2); the year's pro-rated share (完成年度投资计划的6.7% of a
            # plan back-loaded to the autumn) only stands in for one.
            return period_pairs
        out = count_pairs + share_pairs
        return out

    def _of_period_plan(self, a: Figure) -> bool:
        """Is the percentage a share of the plan for the period so far
        (完成序时计划的120%), not of the year's?"""
        return _words(self.lex)["period"].search(self.a.norm, max(0, a.q.start - 12), a.q.start) is not None

    def _one_month(self, a: Figure) -> bool:
        """Is the figure one month's (当月进度为10.6%; 7月,完成投资…), not the
        year's so far? Never in a report of January, where they are one."""
        if self.month is None or self.month <= 1:
            return False
        t = self.a.norm
        if _words(self.lex)["month"].search(t, max(0, a.q.start - 16), a.q.start):
            return True
        start = max((t.rfind(c, 0, a.q.start) for c in "。;\n"), default=-1) + 1
        return _MONTH_OPENS.match(t, start, a.q.start) is not None

    # -- stages against time ------------------------------------------------------------
    def goal_share(self) -> Fraction:
        """The share of the ladder the whole-year task asks for: its furthest
        rung named (建成投用 → 100), an explicit start (开工建设 → 40), or
        the first rung reached by being named (完工, 95) for a task of work."""
        shares = self.lex.stage_shares
        reached = [s for s in shares.values() if s.reached]
        default = reached[0].share if reached else Fraction(100)
        best = None
        for m in self.y_stages:
            s = shares.get(m.rung)
            if s is None or s.work:
                continue
            if best is None or s.share > best:
                best = s.share
        if best is None or best < default and any(shares.get(m.rung) and shares[m.rung].work for m in self.y_stages):
            return default
        return best

    def stage_share(self, m: StageMention) -> Fraction:
        """How far a stage mention says the job is: the rung's share once it
        is reached or under way, the share of the rung before when not
        started (尚未开工 = contracts at most)."""
        share = Fraction(str(m.share))
        if m.state == "done":
            # 施工已完成, 基本完成…建设: the work itself done is the work's end
            # (the first rung reached by being named: 完工), not its start.
            rung = self.lex.stage_shares.get(m.rung)
            reached = [s.share for s in self.lex.stage_shares.values() if s.reached]
            if rung is not None and rung.work and reached:
                return max(share, min(reached))
        if m.state != "not_started":
            return share
        below = [s.share for s in self.lex.stage_shares.values() if s.share < share]
        return max(below) if below else Fraction(0)

    # -- reasons ------------------------------------------------------------------------
    def amount(self, f: Figure, value: Fraction | None = None) -> str:
        v = f.value if value is None else value
        return amount(v, f.unit, f.written or ("" if f.unit == "" else f.unit), self.lex)

    def figure_text(self, f: Figure) -> str:
        """累计完成576个, 完成1.2亿元, 7965万元 (a bare cell with the unit it was given)."""
        q = f.q
        if q.unit or f.unit in ("", "%") and not (f.unit == "%" and not q.text.rstrip().endswith(("%", "％"))):
            written = q.text.strip()
        else:
            written = self.amount(f)
        # A bare cell's verb, if any, was read from the remark after it.
        return written if f.cell else msg.figure(written, q.metric or "", q.cumulative)

    def stage_text(self, pair: SchedulePair) -> str:
        """已竣工(完工已完成,约占全程100%)."""
        m = pair.stage
        if m is None:
            return msg.share_done(number(pair.share))
        return msg.stage_share(m.text, m.rung, m.state, number(pair.share))

    def plain_text(self, f: Figure) -> str:
        """A target as written, or the count a share of the year became."""
        if f.q.unit == "%" and f.unit != "%":  # 完成全年总人数30% → 9000名
            return self.amount(f)
        return f.q.text.strip()

    def verdict(self, status: Status, basis: str, reason: str, evidence: Iterable[QuantityPair | StagePair | SchedulePair | Cue] = (), ratio: float | Fraction | None = None, confidence: float | None = None) -> ProgressScore:
        return ProgressScore(
            status=status,
            basis=basis,
            ratio=None if ratio is None else float(ratio),
            confidence=CONFIDENCE[basis] if confidence is None else confidence,
            evidence=tuple(evidence),
            reason=msg.verdict(reason, status.label),
            cues=self.all_cues,
        )

    def contradiction(self, status: Status) -> str:
        """报称超额完成,但…: the publisher's word that the figures do not bear out."""
        if status is Status.BEHIND or status is Status.BLOCKED:
            words = self.cues("ahead") + self.cues("on_pace")
        elif status is Status.ON_TRACK:
            words = self.cues("ahead") + self.cues("delay")
        else:
            words = self.cues("delay")
        return msg.contradicted(words[0].word) if words else ""


_RATE_WORD = re.compile(r"([\u4e00-\u9fff]{1,3}率)[^\u4e00-\u9fff\d]{0,2}(?:达到|达|为|是|至|提高到|保持在)?[^\d]{0,2}$")


def _rate_word(t: str, start: int) -> str:
    """The rate a percentage at ``start`` is of (开工率 in 开工率达到60%), or ""."""
    m = _RATE_WORD.search(t, max(0, start - 10), start)
    return m.group(1) if m else ""


_DECIMALS = re.compile(r"\d+(?:\.(\d+))?")


def _half_last_digit(text: str) -> Fraction:
    """Half a unit of the last digit written: 33.33% → 0.005, 95% → 0.5."""
    m = _DECIMALS.search(text)
    places = len(m.group(1)) if m and m.group(1) else 0
    return Fraction(1, 2 * 10**places)


def _names_rate(row: Row) -> bool:
    """The task names a rate or standard (处理率, 低保标准) with no figure."""
    rate_words = row.lex.cached("rate_words", lambda lx: re.compile("|".join(
        re.escape(w) for w, role, pos in lx.figure_roles if role in ("rate", "change") and pos == "before") or "(?!)"))
    return bool(rate_words.search(row.y.norm))


_CHANGE_AHEAD = Fraction(3, 2)
# A sentence that opens with one month (7月, / 7月份,), not a span (1-7月).
_MONTH_OPENS = re.compile(r"\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*月份?\s*[,,]")


def _alt(words: Iterable[str]) -> str:
    """An alternation of ``words``, longest first; one that never matches when there are none."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w))) or "(?!)"


_COUNT = r"(?:\d{1,3}|[一两二三四五六七八九十])\s*[个项件类]"


def _build_words(lex: Lexicon) -> dict[str, re.Pattern[str]]:
    roles = lex.figure_roles
    items = _alt(w for w, r, _ in roles if r == 'items')  # 项目, 子项 … (figure_roles.txt, role items)
    return {
        # 当月进度为10.6%: a figure of one month (figure_roles.txt, role month).
        "month": re.compile(rf"(?:{_alt(w for w, r, _ in roles if r == 'month')})[^,;。\d]{{0,8}}$"),
        # 完成序时计划的120%: a share of the plan for the period (figure_roles.txt, role period).
        "period": re.compile(rf"(?:{_alt(w for w, r, _ in roles if r == 'period')})\s*$"),
        # 同比增长7.9%: a change, read as a level (figure_roles.txt, role change).
        "change": re.compile(rf"(?:{_alt(w for w, r, _ in roles if r == 'change')})[^,;。\d]{{0,6}}$"),
        # 已于日前更新完毕 as a clause of its own (no subject before 已: the
        # project is it; a list it is one of, 3个项目已…; or an act, 建立…已…),
        # ending the text
        # (done_verbs.txt).
        "done_clause": re.compile(rf"(?:^|[,;。!?\n])\s*(?:(?:等\s*)?{_COUNT}\s*"
                                  rf"(?:[\u4e00-\u9fff]{{0,4}}?(?:{items}))?\s*"
                                  rf"|(?:该|本|此|整个)?(?:项目|工程)\s*(?:均|也|都)?\s*"  # 该项目已于3月完成: the project itself
                                  # 建立30个清洗点及禁烟活动已于日前完成: the act the task names, done
                                  rf"|(?:建立|开展|实施|打造|组织|举办|设立|开通|推出)[^,;。!?\n已]{{2,40}}?)?"
                                  # (not 已有1家建成: a count of them done)
                                  rf"已(?:(?!\d+\s*(?!个月)[{COUNT_UNITS}])[^,;。!?\n]){{0,12}}?(?:{_alt(lex.done_verbs)})[。;!]?\s*$"),
        # 等4项任务已提前完成: the subject is a list the project is one of
        # (a count of items, figure_roles.txt role items), so the verdict is
        # the project's as if it stood alone.
        # 阶段性任务已提前完成 names no list: 等 or a count must open it.
        "list_subject": re.compile(rf"(?:等\s*(?:{_COUNT})?|{_COUNT})\s*"
                                   rf"(?:[\u4e00-\u9fff]{{0,4}}?(?:{items}))?[已经均全部\s]*"
                                   r"|[已经均全部\s]*"),
    }


def _words(lex: Lexicon) -> dict[str, re.Pattern[str]]:
    """The patterns built from the words of ``lex`` that these rules read, compiled once per lexicon."""
    return lex.cached("rule_words", _build_words)
