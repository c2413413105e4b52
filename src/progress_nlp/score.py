"""Comparing target and actual: the verdict and its evidence.

The rules follow the scoring guide (docs/scoring.md), applied in this order;
the first that has evidence decides:

1. **blocked**: the actual states an active stop (暂停, 停工, 未下发 …) and
   reports nothing that meets the target.
2. **completion**: the actual says the whole year's task is done → ahead,
   or on track when the target was the whole task too (or it is December).
3. **quantity**: target and actual quantities paired by unit, metric and
   cumulative-ness; ratio actual/target against the thresholds; several
   pairs take the worst.
4. **repeat**: the actual repeats the target word for word → on track.
5. **stage**: the furthest rung each text names; later rung → ahead, same
   rung → on track, lower (or done in the target, under way in the actual)
   → behind.
6. **pace**: no target quantity and no target stage: the whole-year figure
   pro-rated to the month (序时进度) is the plan.
7. **delay**: the actual declares itself late (滞后, 进度缓慢) → behind.
8. **ongoing**: the actual reports continuing work (推进, 协调, 落实) → on track.
9. **no_evidence**: nothing comparable → on track (behind when the actual
   is empty) with low confidence.
"""

from __future__ import annotations

import dataclasses
import enum
import re
from functools import cached_property
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Iterable

from .extract import extract_quantities
from .lexicon import Lexicon, default_lexicon
from .normalize import to_halfwidth
from .quantity import Quantity
from .signals import Cue, StageMention, find_cues, find_stages

__all__ = [
    "Status",
    "ScoringRules",
    "QuantityPair",
    "StagePair",
    "ProgressScore",
    "score_progress",
]


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
        return _LABEL[self]

    def __str__(self) -> str:
        return self.value


_RANK = {Status.BLOCKED: 0, Status.BEHIND: 1, Status.ON_TRACK: 2, Status.AHEAD: 3}
_LABEL = {Status.AHEAD: "超序时", Status.ON_TRACK: "按序时", Status.BEHIND: "滞后", Status.BLOCKED: "受阻"}


@dataclass(frozen=True)
class ScoringRules:
    """Thresholds of a quantity comparison, and the lexicon in use.

    With ratio r = actual / plan:

    * r > ``ahead_above`` → ahead;
    * r >= ``behind_below`` → on track;
    * otherwise behind, unless the shortfall is at most ``slack_points``
      percentage points of the whole-year figure (of the target when no
      whole-year figure is known).

    The defaults are the scoring guide's: ahead above 110%, behind below
    100%, no slack. Offices differ; :meth:`preset` names the common rules.

    >>> ScoringRules.preset("ten_points").slack_points
    10.0
    """

    ahead_above: float = 1.10
    behind_below: float = 1.00
    slack_points: float = 0.0
    lexicon: Lexicon | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        if not (self.behind_below <= self.ahead_above):
            raise ValueError(f"behind_below ({self.behind_below}) must not exceed ahead_above ({self.ahead_above})")
        if self.slack_points < 0:
            raise ValueError("slack_points must be >= 0")
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
    def preset(cls, name: str, **overrides) -> "ScoringRules":
        """A named rule set: ``guide``, ``any_shortfall``, ``ten_points``, ``pace_ratio_80``."""
        try:
            _, kwargs = cls.PRESETS[name]
        except KeyError:
            raise ValueError(f"unknown preset {name!r}; choose one of {', '.join(cls.PRESETS)}") from None
        return cls(**{**kwargs, **overrides})

    def judge(self, ratio: Fraction, shortfall_points: Fraction | None = None) -> Status:
        if ratio > self._ahead:
            return Status.AHEAD
        if ratio >= self._behind:
            return Status.ON_TRACK
        if shortfall_points is None:
            shortfall_points = (1 - ratio) * 100
        if self.slack_points and shortfall_points <= self._slack:
            return Status.ON_TRACK
        return Status.BEHIND


_DEFAULT_RULES = ScoringRules()
_MAX_QUANTITIES = 64


@dataclass(frozen=True)
class QuantityPair:
    """An actual quantity compared with what was due.

    ``target`` is the target quantity it was paired with, or None when the
    plan came from the whole-year figure (``annual``) pro-rated to the month.
    ``expected`` is the plan in the actual's unit; ``ratio`` = actual/expected.
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
class ProgressScore:
    """The verdict on one row.

    ``basis`` names the rule that decided: ``blocked``, ``repeat``,
    ``completion``, ``quantity``, ``stage``, ``pace``, ``delay``,
    ``ongoing`` or ``no_evidence``. ``evidence`` holds the
    :class:`QuantityPair`, :class:`StagePair` and
    :class:`~progress_nlp.signals.Cue` objects behind it; cues and stage
    mentions carry ``field`` via :attr:`cues` (``"target"``/``"actual"``).

    >>> s = score_progress("累计新增450个公共充电桩。", "目前已累计完成576个。")
    >>> s.status, s.basis, round(s.ratio, 2)
    (<Status.AHEAD: 'ahead'>, 'quantity', 1.28)
    >>> print(s)
    累计完成576个,目标450个,完成率128%,超序时
    """

    status: Status
    basis: str
    ratio: float | None
    confidence: float
    evidence: tuple = ()
    reason: str = ""
    cues: tuple[tuple[str, Cue], ...] = ()

    def explain(self) -> str:
        """A one-line reason in Chinese, fit to paste into a briefing."""
        return self.reason

    def __str__(self) -> str:
        return self.reason

    def to_dict(self) -> dict:
        """A JSON-ready dict."""

        def conv(obj):
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
            "reason": self.reason,
            "evidence": conv(self.evidence),
            "cues": [{"field": f, **conv(c)} for f, c in self.cues],
        }


# -- helpers ------------------------------------------------------------------

_GENERIC_METRICS = {None, "complete", "total"}
# A progress cell holding only a figure, maybe with a remark in brackets.
_BARE = re.compile(r"^\s*[\d.,]+\s*%?\s*(?:[(\[【][^()]*[)\]】])?\s*$")
# The noun phrase after a quantity: Chinese characters up to punctuation or
# 的, at most eight.
_NOUN = re.compile(r"[\u4e00-\u9fff]{1,8}")


def _exact(q: Quantity) -> Fraction:
    return Fraction(q.exact) if q.exact is not None else Fraction(q.value)


def _fmt(x: Fraction | float | int) -> str:
    f = float(x)
    if f == int(f):
        return str(int(f))
    return f"{f:.1f}" if abs(f) >= 10 else f"{f:.2f}".rstrip("0").rstrip(".")


class _Measured:
    """A quantity brought to a comparable (unit, value) form."""

    __slots__ = ("q", "unit", "value", "metric_class", "cumulative", "share", "workdone", "nouns", "noun")

    def __init__(self, q: Quantity, lex: Lexicon, cues: list[Cue], text: str) -> None:
        self.q = q
        entry = lex.units.get(q.unit)
        value = _exact(q)
        if q.kind == "fraction":
            unit, value = "%", value * 100
        elif q.unit == "%" or q.kind == "percent":
            unit = "%"
            if entry is not None and entry.scale != 1:
                value *= entry.scale
        elif entry is None:
            unit = ""
        else:
            unit = entry.canonical
            # 万元/亿元 already carry their magnitude in the value.
            if entry.scale != 1 and not (q.unit[:1] in "万亿" and entry.canonical != q.unit):
                value *= entry.scale
        self.unit = unit
        self.value = value
        self.metric_class = lex.metric_verbs.get(q.metric) if q.metric else None
        # What is counted: the words right after the unit (3个驿站, 8个课程).
        m = _NOUN.match(text, q.end)
        self.noun = m.group() if m else ""
        # 个 is the general measure word: 泊位150个 counts 泊位. Remember the
        # count units named as nouns in the quantity's clause.
        self.nouns: frozenset[str] = frozenset()
        if q.unit == "个":
            lo = max(text.rfind(c, 0, q.start) for c in ",;。:、") + 1
            his = [i for i in (text.find(c, q.end) for c in ",;。:、") if i >= 0]
            clause = text[lo : min(his) if his else len(text)]
            count_nouns = lex.cached("count_nouns", _count_nouns)
            if count_nouns is not None:
                self.nouns = frozenset(lex.units[w].canonical for w in count_nouns.findall(clause))
        self.cumulative = q.cumulative
        # A percentage preceded, in its clause, by 全年/年度… is a share of
        # the whole-year task; by 工程量/形象进度 a share of the work.
        self.share = self.workdone = False
        if unit == "%":
            clause_start = max(text.rfind(c, 0, q.start) for c in ",;。,;:") + 1
            for c in cues:
                if clause_start <= c.span[0] < q.start:
                    # 完成年度任务的65%: the completion phrase names the year.
                    if c.kind in ("share", "completion"):
                        self.share = True
                    elif c.kind == "workdone":
                        self.workdone = True


def _count_nouns(lex: Lexicon):
    """A pattern of the count units that are also nouns (泊位, 车位)."""
    words = [w for w, e in lex.units.items() if e.kind == "count" and len(w) > 1 and w != "个"]
    if not words:
        return None
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))


def _bigrams(s: str) -> set[str]:
    return {s[i : i + 2] for i in range(len(s) - 1)}


def _compatible(t: _Measured, a: _Measured) -> int:
    """A pairing score, or -1 when the two do not count the same thing."""
    if t.unit != a.unit and not (a.unit in t.nouns or t.unit in a.nouns):
        return -1
    if t.noun and a.noun and len(t.noun) > 1 and len(a.noun) > 1 and not (_bigrams(t.noun) & _bigrams(a.noun)):
        return -1  # 3个驿站 and 8个课程 share the unit, not the thing
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


def _pair(targets: list[_Measured], actuals: list[_Measured]) -> list[tuple[_Measured, _Measured]]:
    candidates = []
    for i, t in enumerate(targets):
        for j, a in enumerate(actuals):
            s = _compatible(t, a)
            if s >= 0:
                # Prefer better matches, then items in the same position.
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


def _to_count(share: _Measured, annual: list[_Measured]) -> _Measured | None:
    """完成全年总人数30% with annual 3万名 → 9000 名."""
    counts = [y for y in annual if y.unit not in ("%", "")]
    if len(counts) != 1:
        return None
    y = counts[0]
    m = object.__new__(_Measured)
    m.q, m.unit, m.value = share.q, y.unit, y.value * share.value / 100
    m.metric_class, m.cumulative, m.share, m.workdone = share.metric_class, share.cumulative, False, False
    m.noun, m.nouns = y.noun, y.nouns  # it now counts what the year counts
    return m


def _quantity_text(m: _Measured) -> str:
    """累计完成576个, 完成1.2亿元: the metric and the figure as written."""
    q = m.q
    prefix = ("累计" if q.cumulative and q.metric != "累计" else "") + (q.metric or "")
    unit = "" if q.unit or m.unit == "%" else m.unit  # a bare figure shows the unit it was given
    return f"{prefix}{q.text.strip()}{unit}"


_NOT_WORD = re.compile(r"[\W_]+")


def _normal(text: str) -> str:
    return _NOT_WORD.sub("", to_halfwidth(text))


def _measure(text: str, half: str, lex: Lexicon, cues: list[Cue]) -> list["_Measured"]:
    if not text:
        return []
    # Percentage points are changes (提高5个百分点), never progress figures.
    # Pairing is quadratic in the count, so only the first figures of an
    # overlong text are compared; a real cell holds a handful.
    qs = [q for q in extract_quantities(text, lexicon=lex) if q.kind != "percentage_point"]
    return [_Measured(q, lex, cues, half) for q in qs[:_MAX_QUANTITIES]]


# -- the comparator -------------------------------------------------------------


def score_progress(
    target: str,
    actual: str,
    *,
    annual: str | None = None,
    month: int | None = None,
    rules: ScoringRules | None = None,
) -> ProgressScore:
    """Compare a period target with the progress reported.

    Parameters
    ----------
    target:
        The target for the period (N月份目标, 序时目标); ``""`` when the
        report has no such column.
    actual:
        The progress reported (进展情况).
    annual:
        The whole-year task (项目内容), used to turn shares into counts and,
        with ``month``, as the plan when the target gives no figure or stage.
    month:
        The last month the report covers (1–12): 序时进度 is month/12 of the
        whole-year figure.
    rules:
        Thresholds and lexicon; default :class:`ScoringRules()`.

    Raises
    ------
    TypeError
        A text is not a ``str`` (``annual`` may be None).
    ValueError
        ``month`` is not an integer from 1 to 12.

    Examples
    --------
    >>> score_progress("新增30台、完工20台。", "新增81台,完工52台。").status.value
    'ahead'
    >>> score_progress("完成初设批复。", "前期手续办理中。").status.value
    'behind'
    >>> score_progress("开展活动", "暂停线下配送活动。").status.value
    'blocked'
    >>> s = score_progress("", "累计完成45台", annual="全年新增100台", month=6)
    >>> s.status.value, s.basis, str(s)
    ('behind', 'pace', '累计完成45台,序时进度50台(全年100台×6/12),完成率90%,滞后')
    """
    for name, value in (("target", target), ("actual", actual)):
        if not isinstance(value, str):
            raise TypeError(f"score_progress() {name} must be str, got {type(value).__name__}")
    if annual is not None and not isinstance(annual, str):
        raise TypeError(f"score_progress() annual must be str or None, got {type(annual).__name__}")
    if month is not None and (isinstance(month, bool) or not isinstance(month, int) or not 1 <= month <= 12):
        raise ValueError(f"month must be an integer from 1 to 12, got {month!r}")
    rules = rules or _DEFAULT_RULES
    lex = rules.lexicon or default_lexicon()
    return _Comparison(target, actual, annual or "", month, rules, lex).decide()


class _Comparison:
    def __init__(self, target: str, actual: str, annual: str, month: int | None, rules: ScoringRules, lex: Lexicon) -> None:
        self.target, self.actual, self.annual = target, actual, annual
        self.month, self.rules, self.lex = month, rules, lex
        self.t_cues = find_cues(target, lex)
        self.a_cues = find_cues(actual, lex)
        ht, ha = to_halfwidth(target), to_halfwidth(actual)
        self.t_q = _measure(target, ht, lex, self.t_cues)
        self.a_q = _measure(actual, ha, lex, self.a_cues)
        self.cues = tuple(("target", c) for c in self.t_cues) + tuple(("actual", c) for c in self.a_cues)
        if _BARE.match(ha) and len(self.a_q) == 1:
            self._bare_actual(self.a_q[0])

    # Stages and the year's figures are often not needed (a quantity pair
    # decides most rows): compute them on first use.
    @cached_property
    def t_stages(self) -> list[StageMention]:
        return find_stages(self.target, self.lex)

    @cached_property
    def a_stages(self) -> list[StageMention]:
        return find_stages(self.actual, self.lex)

    @cached_property
    def y_q(self) -> list["_Measured"]:
        hy = to_halfwidth(self.annual)
        # The year's cues matter only for a percentage in it.
        cues = find_cues(self.annual, self.lex) if "%" in hy or "百分之" in hy else []
        return _measure(self.annual, hy, self.lex, cues)

    def _bare_actual(self, a: "_Measured") -> None:
        """A progress cell that is only a figure (110%, 4385, 22%(严重滞后)):
        a percentage is a share of the whole-year task, a number counts what
        the target or the year counts."""
        if a.unit == "%":
            a.share = True
            return
        if a.unit:
            return
        for pool in (self.t_q, self.y_q):
            counts = [x for x in pool if x.unit not in ("", "%")]
            if len(counts) == 1:
                a.unit, a.noun, a.metric_class = counts[0].unit, "", None
                return

    # -- building blocks ------------------------------------------------------
    def _score(self, status: Status, basis: str, confidence: float, reason: str, evidence: Iterable = (), ratio=None) -> ProgressScore:
        return ProgressScore(
            status=status,
            basis=basis,
            ratio=None if ratio is None else float(ratio),
            confidence=confidence,
            evidence=tuple(evidence),
            reason=f"{reason},{status.label}" if reason else status.label,
            cues=self.cues,
        )

    def _cues(self, kind: str, where: str = "actual") -> list[Cue]:
        cues = self.a_cues if where == "actual" else self.t_cues
        return [c for c in cues if c.kind == kind and c.active]

    def _annual_total(self, unit: str) -> Fraction | None:
        for y in self.y_q:
            if y.unit == unit:
                return y.value
        return None

    def _judge_pair(self, expected: Fraction, a: _Measured, target: _Measured | None, annual: _Measured | None, note: str = "") -> QuantityPair | None:
        if expected <= 0:
            return None
        ratio = a.value / expected
        shortfall = None
        if self.rules.slack_points and ratio < self.rules._behind:
            # Only a slack rule needs the shortfall in points of the year.
            total = annual.value if annual is not None else self._annual_total(a.unit)
            shortfall = (expected - a.value) / total * 100 if total else None
        status = self.rules.judge(ratio, shortfall)
        return QuantityPair(
            actual=a.q,
            expected=float(expected),
            ratio=float(ratio),
            status=status,
            target=None if target is None else target.q,
            annual=None if annual is None else annual.q,
            note=note,
        )

    def _quantity_pairs(self) -> list[tuple[QuantityPair, str]]:
        targets: list[_Measured] = []
        for t in self.t_q:
            if t.share and self.y_q:
                c = _to_count(t, self.y_q)
                if c is not None:
                    if not any(o is not t and o.unit == c.unit and o.value == c.value for o in self.t_q):
                        targets.append(c)
                    continue
            targets.append(t)
        actuals: list[_Measured] = []
        for a in self.a_q:
            if a.share and self.y_q and not any(t.unit == "%" for t in targets):
                c = _to_count(a, self.y_q)
                if c is not None:
                    actuals.append(c)
                    continue
            actuals.append(a)
        out = []
        for t, a in _pair(targets, actuals):
            p = self._judge_pair(t.value, a, t, None)
            if p is not None:
                out.append((p, f"{_quantity_text(a)},目标{_quantity_text_plain(t)}"))
        return out

    def _pace_pairs(self) -> list[tuple[QuantityPair, str]]:
        if self.month is None:
            return []
        share = Fraction(self.month, 12)
        out = []
        used: set[int] = set()
        for a in self.a_q:
            if a.unit == "%" and (a.share or a.workdone or not self.y_q or not any(y.unit == "%" for y in self.y_q)):
                if not (a.share or a.workdone) and any(y.unit not in ("%", "") for y in self.y_q):
                    continue  # a bare percentage beside counted years: unclear
                p = self._judge_pair(share * 100, a, None, None, "share")
                if p is not None:
                    out.append((p, f"{_quantity_text(a)},序时进度{_fmt(share * 100)}%"))
                continue
            best = None
            for i, y in enumerate(self.y_q):
                if i in used:
                    continue
                s = _compatible(y, a) if y.unit == a.unit else -1
                if s >= 0 and (best is None or s > best[0]):
                    best = (s, i, y)
            if best is None:
                continue
            _, i, y = best
            used.add(i)
            p = self._judge_pair(y.value * share, a, None, y)
            if p is not None:
                unit = a.q.unit or a.unit
                out.append((p, f"{_quantity_text(a)},序时进度{_fmt_big(y.value * share)}{unit}(全年{_fmt_big(y.value)}{unit}×{self.month}/12)"))
        return out

    # -- the rules in order ----------------------------------------------------
    def decide(self) -> ProgressScore:
        actual_text = self.actual.strip()
        qty = self._quantity_pairs()
        met = any(p.ratio >= 1 for p, _ in qty)
        completion = self._cues("completion")

        stops = self._cues("stop")
        if stops and not met and not completion:
            words = "、".join(dict.fromkeys(c.word for c in stops))
            return self._score(Status.BLOCKED, "blocked", 0.85, f"实际进展称{words}", stops)

        if completion:
            whole = self.month == 12 or (
                self._cues("completion", "target") and not any(t.unit == "%" for t in self.t_q)
            )
            status = Status.ON_TRACK if whole else Status.AHEAD
            return self._score(status, "completion", 0.85, f"{completion[0].word}", completion)

        if qty:
            worst = min(qty, key=lambda x: (x[0].status.rank, x[0].ratio))
            reason = ";".join(f"{text},完成率{round(p.ratio * 100)}%" for p, text in qty)
            return self._score(worst[0].status, "quantity", 0.9 if len(qty) == 1 or worst[0].status != Status.AHEAD else 0.85, reason, [p for p, _ in qty], worst[0].ratio)

        # After the quantities, so an identical text with numbers still gets
        # its ratio, and a date added to one side changes nothing.
        if actual_text and _normal(self.target) == _normal(self.actual) and _normal(self.actual):
            return self._score(Status.ON_TRACK, "repeat", 0.8, "进展与目标表述一致")

        stage = self._stage()
        if stage is not None:
            return stage

        if not self.t_q and not self.t_stages:
            pace = self._pace_pairs()
            if pace:
                worst = min(pace, key=lambda x: (x[0].status.rank, x[0].ratio))
                reason = ";".join(f"{text},完成率{round(p.ratio * 100)}%" for p, text in pace)
                return self._score(worst[0].status, "pace", 0.7, reason, [p for p, _ in pace], worst[0].ratio)

        delays = self._cues("delay")
        if delays:
            return self._score(Status.BEHIND, "delay", 0.75, f"实际进展称{delays[0].word}", delays)

        ongoing = self._cues("ongoing")
        if ongoing and actual_text:
            conf = 0.6 if (self._cues("ongoing", "target") or not self.target.strip()) else 0.45
            return self._score(Status.ON_TRACK, "ongoing", conf, f"实际进展称{ongoing[0].word}", ongoing)

        if not actual_text:
            return self._score(Status.BEHIND, "no_evidence", 0.2, "未报告进展")
        return self._score(Status.ON_TRACK, "no_evidence", 0.1, "目标与进展无可比内容")

    def _stage(self) -> ProgressScore | None:
        if not self.t_stages:
            return None
        t_best = max(self.t_stages, key=lambda m: (m.level, m.rank))
        if not self.a_stages:
            # The target names a step and the actual names none: on track
            # only if the actual at least reports the work going on.
            if self._cues("ongoing") and not self._cues("delay"):
                return None
            pair = StagePair(t_best, None, Status.BEHIND)
            return self._score(Status.BEHIND, "stage", 0.45, f"目标{t_best.text}({t_best.rung}),实际未提及该环节", [pair])
        a_best = max(self.a_stages, key=lambda m: (m.level, m.rank))
        if a_best.level < t_best.level:
            status = Status.BEHIND
        elif a_best.rank > t_best.rank and a_best.level > t_best.level:
            status = Status.AHEAD
        else:
            status = Status.ON_TRACK
        state = {"done": "已完成", "under_way": "进行中", "not_started": "未开始"}
        reason = f"目标{t_best.text}({t_best.rung}{state[t_best.state]}),实际{a_best.text}({a_best.rung}{state[a_best.state]})"
        if status is not Status.BEHIND and self._cues("ongoing", "target") and self._cues("ongoing"):
            # Guide rule 4: a target of continuing work (推进…建设) met by a
            # report of that work going on is on track, even when the report
            # also names a later step of something else (平台试运行).
            pair = StagePair(t_best, a_best, Status.ON_TRACK)
            return self._score(Status.ON_TRACK, "ongoing", 0.6, reason, [pair, *self._cues("ongoing")])
        return self._score(status, "stage", 0.7, reason, [StagePair(t_best, a_best, status)])


def _quantity_text_plain(m: _Measured) -> str:
    """A target as written, or the count a share of the year became."""
    q = m.q
    if q.unit == "%" and m.unit != "%":  # 完成全年总人数30% → 9000名
        return f"{_fmt_big(m.value)}{m.unit}"
    return q.text.strip()


def _fmt_big(x: Fraction | float | int) -> str:
    """105000000 → 1.05亿, 23000 → 23000: money and large counts stay readable."""
    f = float(x)
    if abs(f) >= 1e8:
        return f"{_fmt(f / 1e8)}亿"
    if abs(f) >= 1e5:
        return f"{_fmt(f / 1e4)}万"
    return _fmt(f)
