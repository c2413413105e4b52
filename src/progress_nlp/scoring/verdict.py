"""The verdict and its evidence: the result types of :func:`score_progress`."""

from __future__ import annotations

import dataclasses
import enum
from dataclasses import dataclass, field
from fractions import Fraction
from typing import TYPE_CHECKING, Any

from ..lexicon import Lexicon
from ..quantity import Quantity
from ..signals import Cue, StageMention
from . import messages as msg

__all__ = ["Status", "ScoringRules", "QuantityPair", "StagePair", "SchedulePair", "ProgressScore"]


class Status(str, enum.Enum):
    """The four verdicts, worst first in :attr:`rank` order."""

    AHEAD = "ahead"
    ON_TRACK = "on_track"
    BEHIND = "behind"
    BLOCKED = "blocked"

    @property
    def rank(self) -> int:
        """blocked 0 < behind 1 < on_track 2 < ahead 3."""
        return _RANK[self]

    @property
    def label(self) -> str:
        """The words a supervision office uses: 超序时, 按序时, 滞后, 受阻."""
        return msg.STATUS_LABELS[self.value]

    def __str__(self) -> str:
        return self.value


_RANK = {Status.BLOCKED: 0, Status.BEHIND: 1, Status.ON_TRACK: 2, Status.AHEAD: 3}


@dataclass(frozen=True)
class ScoringRules:
    """Thresholds of a comparison, and the lexicon in use.

    With ratio r = actual / plan:

    * r > ``ahead_above`` → ahead;
    * r >= ``behind_below`` → on track;
    * otherwise behind, unless the shortfall is at most ``slack_points``
      percentage points of the whole-year figure (of the target when no
      whole-year figure is known).

    ``grace_months``: with no period target, a progress text that names only
    a stage (招标中, 尚未开工) is on track up to this month, however early
    the stage: preparation is what the first months of a year hold.

    The defaults are the scoring guide's: ahead above 110%, behind below
    100%, no slack, three months of grace. Offices differ; :meth:`preset`
    names the common rules.

    >>> ScoringRules.preset("ten_points").slack_points
    10.0
    """

    ahead_above: float = 1.10
    behind_below: float = 1.00
    slack_points: float = 0.0
    grace_months: float = 3.0
    lexicon: Lexicon | None = field(default=None, compare=False)
    if TYPE_CHECKING:  # set by __post_init__; not fields
        _ahead: Fraction = field(init=False)
        _behind: Fraction = field(init=False)
        _slack: Fraction = field(init=False)

    def __post_init__(self) -> None:
        if not (self.behind_below <= self.ahead_above):
            raise ValueError(f"behind_below ({self.behind_below}) must not exceed ahead_above ({self.ahead_above})")
        if self.slack_points < 0:
            raise ValueError("slack_points must be >= 0")
        if not 0 <= self.grace_months <= 12:
            raise ValueError("grace_months must be from 0 to 12")
        # Exact thresholds, computed once: 1.10 must not be 1.1000000000000001.
        object.__setattr__(self, "_ahead", Fraction(str(self.ahead_above)))
        object.__setattr__(self, "_behind", Fraction(str(self.behind_below)))
        object.__setattr__(self, "_slack", Fraction(str(self.slack_points)))

    #: name → (description, keyword arguments); see docs/scoring.md.
    PRESETS = {
        "guide": ("the scoring guide: any shortfall below the plan is behind, ahead above 110%", {}),
        "any_shortfall": ("宣城 practice: anything under 序时 is behind (same thresholds as the guide)", {}),
        "ten_points": ("银川 practice: on track unless more than 10 percentage points below 序时", {"slack_points": 10.0}),
        "pace_ratio_80": ("武汉 practice: behind only below 80% of the expected pace", {"behind_below": 0.80}),
    }

    @classmethod
    def preset(cls, name: str, **overrides: Any) -> "ScoringRules":
        """A named rule set: ``guide``, ``any_shortfall``, ``ten_points``, ``pace_ratio_80``."""
        try:
            _, kwargs = cls.PRESETS[name]
        except KeyError:
            raise ValueError(f"unknown preset {name!r}; choose one of {', '.join(cls.PRESETS)}") from None
        return cls(**{**kwargs, **overrides})

    def judge(self, ratio: Fraction, shortfall_points: Fraction | None = None) -> Status:
        """The status of a ratio actual/plan under these thresholds."""
        if ratio > self._ahead:
            return Status.AHEAD
        if ratio >= self._behind:
            return Status.ON_TRACK
        if shortfall_points is None:
            shortfall_points = (1 - ratio) * 100
        if self.slack_points and shortfall_points <= self._slack:
            return Status.ON_TRACK
        return Status.BEHIND


@dataclass(frozen=True)
class QuantityPair:
    """An actual figure compared with what was due.

    ``target`` is the target figure it was paired with, or None when the
    plan came from the whole-year figure (``annual``) pro-rated to the month.
    ``expected`` is the plan in the actual's canonical unit; ``ratio`` =
    actual/expected. ``note`` says how the plan was made: ``""`` (a target
    figure), ``"pace"`` (the year's figure × month/12), ``"share"`` (a
    percentage against month/12 × 100%), ``"floor"``/``"ceiling"`` (a level).
    """

    actual: Quantity
    expected: float
    ratio: float
    status: Status
    target: Quantity | None = None
    annual: Quantity | None = None
    note: str = ""


@dataclass(frozen=True)
class StagePair:
    """The furthest rung the target names and the furthest the actual names."""

    target: StageMention | None
    actual: StageMention | None
    status: Status


@dataclass(frozen=True)
class SchedulePair:
    """A stage reached, as a share of the whole job, against the time gone.

    ``share`` is the share of the job the stage stands for
    (stage_shares.txt, relative to the whole-year task's goal), ``expected``
    the share of the year gone (month/12), both in percent.
    """

    stage: StageMention | None
    share: float
    expected: float
    ratio: float
    status: Status


# The guide's thresholds, for showing a ratio when no rules are given.
_GUIDE = ScoringRules()


@dataclass(frozen=True)
class ProgressScore:
    """The verdict on one row.

    ``basis`` names the rule that decided: ``blocked``, ``quantity``,
    ``repeat``, ``stage``, ``level``, ``pace``, ``completion``,
    ``schedule``, ``verdict``, ``delay``, ``ongoing`` or ``no_evidence``
    (docs/scoring.md). ``evidence`` holds the :class:`QuantityPair`,
    :class:`StagePair`, :class:`SchedulePair` and
    :class:`~progress_nlp.signals.Cue` objects behind it; :attr:`cues` lists
    every cue word found, with the field (``"target"``/``"actual"``) it was
    found in.

    >>> from progress_nlp import score_progress
    >>> s = score_progress("累计新增450个公共充电桩。", "目前已累计完成576个。")
    >>> s.status, s.basis, round(s.ratio, 2), s.needs_review
    (<Status.AHEAD: 'ahead'>, 'quantity', 1.28, False)
    >>> print(s)
    累计完成576个,目标450个,完成率128%,超序时
    """

    status: Status
    basis: str
    ratio: float | None
    confidence: float
    evidence: tuple[QuantityPair | StagePair | SchedulePair | Cue, ...] = ()
    reason: str = ""
    cues: tuple[tuple[str, Cue], ...] = ()

    @property
    def needs_review(self) -> bool:
        """True when the verdict rests on no evidence or on weak evidence
        (confidence under 0.5): it stays one of the four statuses, as the
        guide asks, but a person should check it (待核实)."""
        return self.basis == "no_evidence" or self.confidence < 0.5

    def ratio_text(self, rules: "ScoringRules | None" = None) -> str:
        """The ratio as a report shows it (``"128%"``), in brackets when it
        did not decide the status by itself under ``rules`` (the guide's
        thresholds by default): 40% beside 按序时 early in the year, 160% of
        a rung short of the job's end. The reason says which rule decided;
        ``""`` when there is no ratio.

        >>> from progress_nlp import score_progress
        >>> score_progress("累计新增450个公共充电桩。", "目前已累计完成576个。").ratio_text()
        '128%'
        >>> score_progress("", "正在编制实施方案", annual="新建社区食堂1个", month=2).ratio_text()
        '(60%)'
        """
        if self.ratio is None:
            return ""
        shown = f"{self.ratio * 100:.0f}%"
        judged = (rules or _GUIDE).judge(Fraction(self.ratio).limit_denominator(10**6))
        return shown if self.status is Status.BLOCKED or judged is self.status else f"({shown})"

    def explain(self) -> str:
        """The verdict with everything behind it, a line each: status,
        basis, ratio, confidence, the reason, then each piece of evidence
        with its spans and each cue word found. ``str(score)`` is the
        one-line reason alone.

        >>> from progress_nlp import score_progress
        >>> print(score_progress("新增30台、完工20台。", "新增81台,完工52台。").explain())
        status:     ahead (超序时)
        basis:      quantity
        ratio:      2.600
        confidence: 0.85
        reason:     新增81台,目标30台,完成率270%;完工52台,目标20台,完成率260%,超序时
        evidence:   quantity '30台'[2, 5] ↔ '81台'[2, 5] ratio 2.700 ahead
        evidence:   quantity '20台'[8, 11] ↔ '52台'[8, 11] ratio 2.600 ahead
        """
        ratio = "" if self.ratio is None else f"{self.ratio:.3f}"
        lines = [
            f"status:     {self.status.value} ({self.status.label})",
            f"basis:      {self.basis}",
            f"ratio:      {ratio}",
            f"confidence: {self.confidence:.2f}{f'  ({msg.NEEDS_REVIEW}: needs review)' if self.needs_review else ''}",
            f"reason:     {self.reason}",
        ]
        lines += [f"evidence:   {_evidence_line(ev)}" for ev in self.evidence]
        lines += [f"cue:        {f} {c.word!r} [{c.span[0]}:{c.span[1]}] {c.kind}{'' if c.active else ' (inactive)'}"
                  for f, c in self.cues]
        return "\n".join(lines)

    def __str__(self) -> str:
        return self.reason

    def __repr__(self) -> str:
        # The evidence dump runs to kilobytes; a notebook wants the verdict.
        review = f" {msg.NEEDS_REVIEW}" if self.needs_review else ""
        return f"<ProgressScore {self.status.value} ({self.status.label}{review}) {self.basis} {self.confidence:.2f}: {self.reason}>"

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict."""

        def conv(obj: Any) -> Any:
            if isinstance(obj, enum.Enum):
                return obj.value
            if dataclasses.is_dataclass(obj):
                if isinstance(obj, Quantity):
                    return obj.to_dict()
                d = {f.name: conv(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
                d["type"] = type(obj).__name__
                return d
            if isinstance(obj, (list, tuple)):
                return [conv(x) for x in obj]
            return obj

        return {
            "status": self.status.value,
            "basis": self.basis,
            "ratio": self.ratio,
            "confidence": self.confidence,
            "needs_review": self.needs_review,
            "reason": self.reason,
            "evidence": conv(self.evidence),
            "cues": [{"field": f, **conv(c)} for f, c in self.cues],
        }


def _evidence_line(ev: object) -> str:
    if isinstance(ev, QuantityPair):
        if ev.target is not None:
            t = f"{ev.target.text!r}{list(ev.target.span)}"
        else:
            t = f"{msg.plan_name(ev.note in ('floor', 'ceiling'))} {ev.expected:g}"
        return f"quantity {t} ↔ {ev.actual.text!r}{list(ev.actual.span)} ratio {ev.ratio:.3f} {ev.status.value}"
    if isinstance(ev, StagePair):
        t = f"{ev.target.text!r}({ev.target.rung},{ev.target.state}){list(ev.target.span)}" if ev.target else "-"
        a = f"{ev.actual.text!r}({ev.actual.rung},{ev.actual.state}){list(ev.actual.span)}" if ev.actual else "-"
        return f"stage {t} ↔ {a} {ev.status.value}"
    if isinstance(ev, SchedulePair):
        a = f"{ev.stage.text!r}({ev.stage.rung},{ev.stage.state}){list(ev.stage.span)}" if ev.stage else "-"
        return (f"schedule {a} ≈ {ev.share:g}% of the job, {ev.expected:.1f}% of the year gone, "
                f"ratio {ev.ratio:.3f} {ev.status.value}")
    if isinstance(ev, Cue):
        return f"cue {ev.word!r} {ev.kind} {list(ev.span)}"
    return repr(ev)
