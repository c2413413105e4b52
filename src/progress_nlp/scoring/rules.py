"""The rules of the comparator, in the order they apply.

Each rule reads a :class:`Row` (the three texts prepared once, their cues,
stages and figures computed on first use) and returns a verdict or None;
the first verdict wins (:data:`RULES`). docs/scoring.md describes them in
the same order, with the scoring guide's reasons.
"""

from __future__ import annotations

import re
from fractions import Fraction
from dataclasses import replace
from functools import cached_property
from typing import Callable, Iterable

from ..lexicon import Lexicon
from ..period import month_number
from ..prepared import Prepared
from ..signals import COUNT_UNITS, Cue, StageMention, cues_in, stages_in, stage_level
from . import messages as msg
from .amounts import amount, number
from .figures import Figure, head_cells, read_figures
from .verdict import ProgressScore, QuantityPair, SchedulePair, ScoringRules, StagePair, Status

__all__ = ["Row", "RULES", "decide"]

#: How much each rule's evidence is worth; under 0.5 a verdict needs review.
# Words that make a stage in a target the one planned (预计11月18日完工).
_PLANNED = re.compile(r"预计|预定|计划|拟|力争|争取|确保|将于")

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

_GENERIC_METRICS = {None, "complete", "total"}
_YEARS = re.compile(r"((?:19|20)\d{2})\s*年?\s*[-—–~至到]\s*((?:19|20)\d{2})\s*年")
_NOT_WORD = re.compile(r"[\W_]+")
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
_FAR_APART_CONFIDENCE = 0.3


class Row:
    """One row to judge: target, actual and the whole-year task."""

    def __init__(self, target: str, actual: str, annual: str, month: Fraction | None, rules: ScoringRules, lex: Lexicon,
                 year: int | None = None) -> None:
        self.t = Prepared(target)
        self.a = Prepared(actual)
        self.y = Prepared(annual)
        self.month = month
        self.year = year
        self.rules = rules
        self.lex = lex
        #: Pairs whose count is over _FAR_APART times the task (see _judge).
        self.far_apart: list[QuantityPair] = []

    # -- what the texts say, computed on first use ------------------------------
    @cached_property
    def t_cues(self) -> list[Cue]:
        return cues_in(self.t.norm, self.t.original, self.lex)

    @cached_property
    def a_cues(self) -> list[Cue]:
        return cues_in(self.a.norm, self.a.original, self.lex)

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
        if self.y and not self.y_figs and _names_rate(self):
            for f in figs:
                if f.is_percent and not (f.share or f.workdone):
                    f.rate = True
        return figs

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
        return [f for f in self.y_figs if f.rate]

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
            self.far_apart.append(pair)
        return pair

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
                if several and not (a.rate or bare):
                    continue
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


# -- pairing ---------------------------------------------------------------------------


def _dedupe(figs: list[Figure]) -> list[Figure]:
    """A task written twice (项目 cell and 目标任务 cell: 10000万元 10000万)
    counts once; the form with a unit wins."""
    out: list[Figure] = []
    for f in figs:
        twin = next((o for o in out if o.value == f.value and (o.unit == f.unit or not o.unit or not f.unit) and o.rate == f.rate), None)
        if twin is None:
            out.append(f)
        elif not twin.unit and f.unit:
            out[out.index(twin)] = f
    return out


def _bigrams(s: str) -> set[str]:
    return {s[i : i + 2] for i in range(len(s) - 1)}


def _same_thing(t: Figure, a: Figure) -> bool:
    if t.unit != a.unit and not (a.unit in t.nouns or t.unit in a.nouns):
        return False
    # 4个子项已提前完成 counts the programme's items, not the task's 252
    # posts: items compare with a figure that names the same items or none.
    for x, y in ((t, a), (a, t)):
        if x.items and (y.noun or y.noun_before) and x.items not in y.noun and x.items not in y.noun_before:
            return False
    # 3个驿站 and 8个课程 share the unit, not the thing.
    return not (len(t.noun) > 1 and len(a.noun) > 1 and not (_bigrams(t.noun) & _bigrams(a.noun)))


def _target_score(t: Figure, a: Figure) -> int:
    """Pairing score of a target and an actual figure, or -1."""
    if not _same_thing(t, a):
        return -1
    score = 1
    if t.metric_class == a.metric_class and t.metric_class is not None:
        score += 2
    elif t.metric_class in _GENERIC_METRICS or a.metric_class in _GENERIC_METRICS:
        score += 1
    else:
        return -1  # 新增 vs 完工: different counts
    if t.cumulative == a.cumulative:
        score += 2
    elif t.cumulative and not a.cumulative:
        score -= 1  # a month's figure against a running total: weak
    return score


def _pace_score(y: Figure, a: Figure) -> int:
    """Pairing score of a whole-year item and an actual figure: the thing
    counted decides, whatever the verbs (新建驿站6个 ↔ 已建成驿站5个); the
    verb only separates items of one unit (新增400台、完工200台)."""
    if not _same_thing(y, a):
        return -1
    score = 1
    if y.metric_class == a.metric_class and y.metric_class is not None:
        score += 2
    # The noun may stand before the figure (体育驿站8个、充电桩480个).
    ys = set().union(*(_bigrams(n) for n in (y.noun, y.noun_before)))
    if ys & set().union(*(_bigrams(n) for n in (a.noun, a.noun_before))):
        score += 2
    if a.cumulative:
        score += 1  # the running total is what the plan to date is for
    return score


def _pair(targets: list[Figure], actuals: list[Figure], score: Callable[[Figure, Figure], int]) -> list[tuple[Figure, Figure]]:
    candidates = []
    for i, t in enumerate(targets):
        for j, a in enumerate(actuals):
            s = score(t, a)
            if s >= 0:
                # Better matches first, then items in the same position.
                candidates.append((-s, abs(i - j), i, j))
    candidates.sort()
    used_t: set[int] = set()
    used_a: set[int] = set()
    pairs = []
    for _, _, i, j in candidates:
        if i in used_t or j in used_a:
            continue
        used_t.add(i)
        used_a.add(j)
        pairs.append((i, j))
    pairs.sort(key=lambda p: p[1])
    return [(targets[i], actuals[j]) for i, j in pairs]


# Between two parts of one count: a list mark, no sentence end, no figure.
_BETWEEN_PARTS = re.compile(r"(?:(?![未没尚])[^。;!?\d]){0,16}?[、,](?:(?![未没尚])[^。;!?\d]){0,16}")


def _parts_summed(t: str, year: list[Figure], counts: list[Figure]) -> tuple[list[Figure], dict[int, list[Figure]]]:
    """Counts of one unit listed as parts of the year's one figure of that
    unit (东区新增80张、西区新增70张 for 新增养老床位200张; 池店镇11个小区、
    青阳街道21个小区…均已完成 for 45个小区) are their sum: the counts with each
    such list replaced by one figure, and the parts of each sum by its id.
    Not when the year gives the unit twice (新建3所,改建5所: items of their
    own), nor for a running total, counts of different verbs (新增81台,完工
    52台: the finished are among the added) or parts apart in the text."""
    parts: dict[int, list[Figure]] = {}
    out = list(counts)
    for unit in dict.fromkeys(c.unit for c in counts):
        group = [c for c in counts if c.unit == unit]
        if len(group) < 2 or not unit or sum(1 for y in year if y.unit == unit) != 1:
            continue
        classes = {c.metric_class for c in group} - {None}
        if len(classes) > 1 or any(c.cumulative for c in group):
            continue
        if not all(_BETWEEN_PARTS.fullmatch(t, a.q.end, b.q.start) for a, b in zip(group, group[1:])):
            continue
        whole = group[0].copy(value=sum((c.value for c in group), Fraction(0)))
        parts[id(whole)] = group
        out = [c for c in out if c not in group] + [whole]
    return out, parts


# Between an increment and the total it came to: 新增1203例|,达|8878例.
_THEN_REACHED = re.compile(r"\s*[,,]\s*(?:总数|总量|人数)?(?:达到|达)\s*")


def _without_increments(t: str, counts: list[Figure]) -> list[Figure]:
    """Counts without an increment that the next clause brings to its total
    (9月新增1203例,达8878例): the total is the year's progress so far."""
    drop = {id(a) for a, b in zip(counts, counts[1:])
            if a.unit == b.unit and b.q.cumulative and not a.q.cumulative and b.value > a.value
            and _THEN_REACHED.fullmatch(t, a.q.end, b.q.start)}
    return [c for c in counts if id(c) not in drop]


def _share_to_count(share: Figure, year: list[Figure]) -> Figure | None:
    """完成全年总人数30% with the year's 3万名 → 9000 名."""
    counts = [y for y in year if y.unit not in ("%", "")]
    if len(counts) != 1:
        return None
    y = counts[0]
    return share.copy(unit=y.unit, value=y.value * share.value / 100, written=y.written, scale=y.scale,
                      share=False, workdone=False, noun=y.noun, nouns=y.nouns)


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
    if any(p is worst for p in row.far_apart):
        reason, conf = reason + msg.FAR_APART, _FAR_APART_CONFIDENCE
    basis = "level" if all(p.note in ("floor", "ceiling") for p, _ in pairs) else "quantity"
    return row.verdict(worst.status, basis, row.contradiction(worst.status) + reason, [p for p, _ in pairs], worst.ratio, conf)


def _names_rate(row: Row) -> bool:
    """The task names a rate or standard (处理率, 低保标准) with no figure."""
    rate_words = row.lex.cached("rate_words", lambda lx: re.compile("|".join(
        re.escape(w) for w, role, pos in lx.figure_roles if role in ("rate", "change") and pos == "before") or "(?!)"))
    return bool(rate_words.search(row.y.norm))


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
    # A figure read as the level it reaches (开工率70% for 开工率达到60%) is
    # not also a share of the year.
    shares = {id(a.q) for a in row.a_figs if a.workdone}
    at_level = {id(p.actual) for p, _ in levels} & shares
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
    if any(p is worst for p in row.far_apart) and status is worst.status:
        reason, conf = reason + msg.FAR_APART, _FAR_APART_CONFIDENCE
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
        # project is it; or a list it is one of, 3个项目已…), ending the text
        # (done_verbs.txt).
        "done_clause": re.compile(rf"(?:^|[,;。!?\n])\s*(?:(?:等\s*)?{_COUNT}\s*"
                                  rf"(?:[\u4e00-\u9fff]{{0,4}}?(?:{items}))?\s*"
                                  rf"|(?:该|本|此|整个)?(?:项目|工程)\s*(?:均|也|都)?\s*)?"  # 该项目已于3月完成: the project itself
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
_WORKS = re.compile(r"建设|新建|改建|扩建|改造|修建|建成|工程|施工|铺设|安装|装修|维修|整治|道路|公路|管网|桥|场馆|住房|厂|站|馆|园|楼")


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
        stages = [m for m in stages if Fraction(str(m.share)) >= row.goal_share() or not _counts_units(row, m)]
    pair = _schedule_pair(row, stages)
    if pair is None:
        return None
    if pair.stage is not None and pair.stage.text in _STARTED and pair.stage.state != "not_started" \
            and row.y.norm.strip() and not _WORKS.search(row.y.norm):
        # 老年大学提升行动计划 / 启动“银盾计划”: an activity started is no rung
        # of a public work's ladder (guide rule 3); ongoing work decides.
        return None
    reason = msg.schedule(row.stage_text(pair), number(pair.expected))
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
