"""Following projects across monthly reports: :func:`track`.

Reports of one programme are ordered by year and month; the rows that are
the same project are linked by the similarity of their project text (after
dropping bracketed remarks such as ``(市级)``) plus their lead unit, one to
one per report. Each project gets its sequence of verdicts, a flag where the
status moved, the cumulative figure where one can be read, and a year-end
projection from the pace so far (docs/forecast.md).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from fractions import Fraction
from typing import TYPE_CHECKING, Iterable, Sequence, TypedDict

from .errors import MissingExtraError
from .extract import extract_quantities
from .lexicon import Lexicon, default_lexicon
from .report import Report, load_report
from .scoring import ScoringRules, Status
from .scored import ScoredReport, score_report
from .signals import find_stages

if TYPE_CHECKING:
    import pandas as pd

    from .quantity import Quantity

__all__ = ["TrackPoint", "Forecast", "ProjectTrack", "Timeline", "track"]

_BRACKETS = re.compile(r"[(（][^()（）]*[)）]")
_NOT_WORD = re.compile(r"[\W_]+")


@dataclass(frozen=True)
class TrackPoint:
    """One project in one report."""

    year: int | None
    month: float | None
    no: str
    target: str
    actual: str
    status: Status
    ratio: float | None
    cumulative: float | None = None  # the running total read from the actual, if any
    stage: str = ""  # the furthest rung the actual names, if any


@dataclass(frozen=True)
class Forecast:
    """A year-end projection of the cumulative figure.

    ``method`` is ``"pace"`` (one point: value / month × 12) or
    ``"latest_pace"`` (two or more: the last interval's pace carried to
    December). ``at_risk`` is True when the projection falls short of the
    whole-year figure.
    """

    annual: float
    projected: float
    method: str
    at_risk: bool


@dataclass(frozen=True)
class ProjectTrack:
    """One project across reports."""

    project: str
    lead: str
    points: tuple[TrackPoint, ...]
    forecast: Forecast | None = None

    @property
    def changes(self) -> list[tuple[float | None, Status, Status]]:
        """(month, before, after) wherever the status moved."""
        out = []
        for a, b in zip(self.points, self.points[1:]):
            if a.status is not b.status:
                out.append((b.month, a.status, b.status))
        return out

    @property
    def worsened(self) -> bool:
        """The latest move lowered the status (ahead → behind is a flag to see)."""
        ch = self.changes
        return bool(ch) and ch[-1][2].rank < ch[-1][1].rank

    @property
    def stages(self) -> list[tuple[float | None, str]]:
        """(month, furthest rung named) for stage-only projects."""
        return [(p.month, p.stage) for p in self.points if p.stage]


@dataclass(frozen=True)
class Timeline:
    """Projects linked across reports, in month order."""

    reports: tuple[Report, ...]
    projects: tuple[ProjectTrack, ...]
    unlinked: tuple[tuple[str, str], ...] = field(default=())  # (report title or source, row no)
    scored: tuple[ScoredReport, ...] = field(default=())  # the reports' verdicts, same order
    #: Likely mistakes in the list of reports: two of one month, or reports
    #: that share few projects (different programmes).
    warnings: tuple[str, ...] = field(default=())

    @property
    def at_risk(self) -> list[ProjectTrack]:
        return [p for p in self.projects if p.forecast is not None and p.forecast.at_risk]

    def __repr__(self) -> str:
        # The reports and tracks run to megabytes; a notebook wants the span.
        months = [f"{r.year or '?'}-{int(r.month):02d}" if r.month else "?" for r in self.reports]
        span = f"{months[0]}—{months[-1]}" if months else "no reports"
        return (f"<Timeline {len(self.reports)} reports {span}: {len(self.projects)} projects, "
                f"{len(self.at_risk)} at risk, {len(self.unlinked)} rows unlinked>")

    def to_frame(self) -> pd.DataFrame:
        """One row per project and report (needs the ``pandas`` extra).
        ``status`` is a categorical ordered blocked < behind < on_track <
        ahead; the forecast is on the row of the report it was made from
        (the project's last), empty on the others."""
        try:
            import pandas as pd
        except ImportError:
            raise MissingExtraError('DataFrames need pandas: pip install "progress-nlp[pandas]"') from None
        rows = []
        for p in self.projects:
            for k, pt in enumerate(p.points):
                last = k == len(p.points) - 1
                rows.append({
                    "project": p.project, "lead": p.lead, "year": pt.year, "month": pt.month, "no": pt.no,
                    "target": pt.target, "actual": pt.actual, "status": pt.status.value, "ratio": pt.ratio,
                    "cumulative": pt.cumulative, "stage": pt.stage,
                    "projected": p.forecast.projected if p.forecast and last else None,
                    "at_risk": p.forecast.at_risk if p.forecast and last else None,
                })
        frame = pd.DataFrame(rows, columns=None if rows else ["project", "lead", "year", "month", "status"])
        order = [s.value for s in sorted(Status, key=lambda s: s.rank)]
        frame["status"] = pd.Categorical(frame["status"], categories=order, ordered=True)
        return frame


class _Track(TypedDict):
    """A project being followed, in :func:`track`."""

    key: tuple[str, str]
    project: str
    lead: str
    points: list[TrackPoint]
    annual: Quantity | None


def _key(text: str) -> str:
    return _NOT_WORD.sub("", _BRACKETS.sub("", text or ""))


def _similarity(a: tuple[str, str], b: tuple[str, str]) -> float:
    text = SequenceMatcher(None, a[0], b[0], autojunk=False).ratio()
    lead = 1.0 if a[1] and a[1] == b[1] else 0.0
    return 0.85 * text + 0.15 * lead


def _annual_count(project: str, lex: Lexicon) -> Quantity | None:
    for q in extract_quantities(project, lexicon=lex):
        if q.unit and q.kind not in ("percent", "percentage_point", "time"):
            return q
    return None


def _canonical(unit: str, lex: Lexicon) -> str:
    entry = lex.units.get(unit)
    return entry.canonical if entry else unit


def _cumulative(actual: str, unit: str | None, lex: Lexicon) -> float | None:
    """The running total of an actual in the year's unit (名 ~ 人): a 累计
    figure first, else the largest figure in that unit."""
    want = None if unit is None else _canonical(unit, lex)
    qs = [q for q in extract_quantities(actual, lexicon=lex) if want is None or _canonical(q.unit, lex) == want]
    if not qs:
        return None
    cum = [q for q in qs if q.cumulative]
    return float((cum or [max(qs, key=lambda q: q.value)])[0].value)


def _forecast(points: Sequence[TrackPoint], annual: Quantity | None) -> Forecast | None:
    known = [(p.month, p.cumulative) for p in points if p.month and p.cumulative is not None]
    if annual is None or not known:
        return None
    total = float(annual.value)
    if len(known) == 1:
        m, v = known[0]
        projected, method = float(Fraction(v) / m * 12), "pace"
    else:
        (m0, v0), (m1, v1) = known[-2], known[-1]
        if m1 == m0:
            return None
        pace = (v1 - v0) / (m1 - m0)
        projected, method = v1 + pace * (12 - m1), "latest_pace"
    return Forecast(annual=total, projected=projected, method=method, at_risk=projected < total)


def track(
    reports: Iterable[Report | str | os.PathLike[str]],
    *,
    threshold: float = 0.6,
    rules: ScoringRules | None = None,
    lexicon: Lexicon | None = None,
) -> Timeline:
    """Link the projects of several reports of one programme.

    Parameters
    ----------
    reports:
        ``Report`` objects or paths, in any order; they are sorted by
        (year, month).
    threshold:
        The least similarity (0–1) of project text (85%) and lead unit (15%)
        for two rows to be the same project.

    Rows of a report that link to no earlier project start a project of their
    own and are listed in :attr:`Timeline.unlinked` (from the second report
    on); no row is dropped, and two rows of one report never join one project.

    >>> import io
    >>> a = load_report(io.StringIO("序号|项目内容|牵头单位|7月份目标|进展情况\\n1|新增700个公共(含专用)充电桩|区交通委|累计新增400个|累计新增380个"))
    >>> b = load_report(io.StringIO("序号|项目内容|牵头单位|8月份目标|进展情况\\n1|新增700个公共充电桩|区交通委|累计新增450个|累计新增576个"))
    >>> t = track([b, a])
    >>> [(p.month, p.status.value) for p in t.projects[0].points], t.projects[0].changes[0][2].value
    ([(7, 'behind'), (8, 'ahead')], 'ahead')
    """
    if not 0 <= threshold <= 1:
        raise ValueError(f"threshold must be between 0 and 1, got {threshold}")
    lex = lexicon or (rules.lexicon if rules and rules.lexicon else None) or default_lexicon()
    loaded = [r if isinstance(r, Report) else load_report(r, lexicon=lex) for r in reports]
    if not loaded:
        raise ValueError("track() needs at least one report")
    loaded.sort(key=lambda r: (r.year or 0, r.month or 0))
    tracks: list[_Track] = []  # {"key": (text, lead), "project", "lead", "points": []}
    unlinked: list[tuple[str, str]] = []
    all_scored: list[ScoredReport] = []
    j: int | None
    for index, report in enumerate(loaded):
        scored = score_report(report, rules=rules)
        all_scored.append(scored)
        rows = list(scored.rows)
        # Best pairs first, one to one: a row joins at most one project and a
        # project takes at most one row of this report.
        candidates = []
        for i, sr in enumerate(rows):
            key = (_key(sr.row.project), sr.row.lead)
            for j, t in enumerate(tracks):
                s = _similarity(key, t["key"])
                if s >= threshold:
                    candidates.append((-s, i, j))
        candidates.sort()
        row_to_track: dict[int, int] = {}
        taken: set[int] = set()
        for _, i, j in candidates:
            if i in row_to_track or j in taken:
                continue
            row_to_track[i] = j
            taken.add(j)
        for i, sr in enumerate(rows):
            j = row_to_track.get(i)
            if j is None:
                tracks.append({"key": (_key(sr.row.project), sr.row.lead), "project": sr.row.project,
                               "lead": sr.row.lead, "points": [], "annual": _annual_count(sr.row.annual_text, lex)})
                j = len(tracks) - 1
                if index:
                    unlinked.append((report.title or report.source, sr.row.no))
            t = tracks[j]
            annual = t["annual"]  # read once, from the project's first wording
            stages = find_stages(sr.row.progress_text, lex)
            furthest = max(stages, key=lambda m: (m.level, m.rank)).rung if stages else ""
            t["points"].append(TrackPoint(
                year=report.year, month=report.month, no=sr.row.no, target=sr.row.target, actual=sr.row.actual,
                status=sr.status, ratio=sr.score.ratio,
                cumulative=_cumulative(sr.row.progress_text, annual.unit if annual else None, lex),
                stage=furthest,
            ))
            # The latest wording is the one to match next month's rows against.
            t["key"] = (_key(sr.row.project), sr.row.lead)
    projects = []
    for t in tracks:
        points = tuple(t["points"])
        projects.append(ProjectTrack(t["project"], t["lead"], points, _forecast(points, t["annual"])))
    return Timeline(tuple(loaded), tuple(projects), tuple(unlinked), tuple(all_scored), _series_warnings(loaded, unlinked))


def _series_warnings(reports: Sequence[Report], unlinked: Sequence[tuple[str, str]]) -> tuple[str, ...]:
    out = []
    seen: dict[tuple[int | None, float | None], str] = {}
    for rep in reports:
        key = (rep.year, rep.month)
        name = rep.source or rep.title or "a report"
        if rep.month is not None and key in seen:
            out.append(f"{seen[key]} and {name} both cover {rep.year or '?'}年{rep.month:g}月")
        seen.setdefault(key, name)
    rows = sum(len(r.rows) for r in reports)
    if len(reports) > 1 and rows and len(unlinked) > rows / 2:
        out.append(f"{len(unlinked)} of {rows} rows match no row of another report: are these reports of one programme?")
    return tuple(out)
