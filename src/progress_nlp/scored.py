"""Scoring whole reports: :func:`score_report`, :func:`score_frame`.

A supervision office reports counts per status, overall and per lead unit
(超序时 N 项, 按序时 N 项, 滞后 N 项, 受阻 N 项), and checks them against the
publisher's own verdict where the report gives one (是否达序, 备注).
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, Iterable, Iterator, Mapping

from .errors import MissingExtraError
from .lexicon import Lexicon, default_lexicon
from .period import stated_month
from .report import Report, ReportRow
from .signals import find_cues, find_stages
from .scoring import ProgressScore, ScoringRules, Status, score_progress
from .scoring import messages as msg

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["ScoredRow", "ScoredReport", "Summary", "Agreement", "score_report", "score_frame", "official_status"]

_ORDER = (Status.AHEAD, Status.ON_TRACK, Status.BEHIND, Status.BLOCKED)

_CUE_VERDICT = (("stop", "blocked"), ("delay", "behind"), ("ahead", "ahead"), ("on_pace", "met"), ("completion", "met"))


def official_status(text: str, *, lexicon: Lexicon | None = None) -> str | None:
    """The publisher's verdict as ``ahead``, ``met``, ``behind``, ``blocked`` or None.

    Read from a verdict column, a remark (备注, ``(进度滞后)``) or a named
    list (滞后项目): the cue words of ``cues.txt`` first, then a column's
    whole-cell answers (是/否).

    >>> official_status("是"), official_status("进度滞后"), official_status("达到时间进度"), official_status("")
    ('met', 'behind', 'met', None)
    """
    t = (text or "").strip()
    if not t:
        return None
    lex = lexicon or default_lexicon()
    kinds = {c.kind for c in find_cues(t, lex) if c.active}
    for kind, status in _CUE_VERDICT:
        if kind in kinds:
            return status
    # 已投入使用, 已竣工: a stage the job is done at is a verdict of met.
    reached = [s for s in lex.stage_shares.values() if s.reached]
    if reached and any(m.state == "done" and m.share >= float(reached[0].share) for m in find_stages(t, lex)):
        return "met"
    for word, status in lex.official_answers:  # 是/否 and the words no cue list holds
        if word in t:
            return status
    return None


def _coarse(status: Status) -> str:
    return {Status.AHEAD: "met", Status.ON_TRACK: "met", Status.BEHIND: "behind", Status.BLOCKED: "blocked"}[status]


@dataclass(frozen=True)
class ScoredRow:
    """A report row with its verdict."""

    row: ReportRow
    score: ProgressScore

    @property
    def status(self) -> Status:
        return self.score.status

    @property
    def official(self) -> str | None:
        return official_status(self.row.official)

    def to_dict(self) -> dict[str, Any]:
        r = self.row
        return {
            "no": r.no, "project": r.project, "lead": r.lead, "target": r.target, "actual": r.actual,
            "official": r.official, "unit": r.unit, "section": r.section, "previous_actual": r.previous_actual,
            "task": r.task, "share": r.share, "remark": r.remark, "assigned": r.assigned,
            **{k: v for k, v in self.score.to_dict().items() if k in ("status", "basis", "ratio", "confidence", "needs_review", "reason")},
        }


@dataclass(frozen=True)
class Summary:
    """Counts per status, overall and per lead unit.

    ``str(summary)`` reads as a supervision office writes it.
    """

    counts: Mapping[Status, int]
    by_lead: Mapping[str, Mapping[Status, int]]
    total: int
    #: Rows whose verdict rests on no or weak evidence (needs_review, 待核实).
    review: int = 0

    def __str__(self) -> str:
        return msg.summary(((s.label, self.counts.get(s, 0)) for s in _ORDER), self.total, self.review)

    def to_dict(self) -> dict[str, Any]:
        return {
            "total": self.total,
            "needs_review": self.review,
            "counts": {s.value: self.counts.get(s, 0) for s in _ORDER},
            "by_lead": {lead: {s.value: c.get(s, 0) for s in _ORDER} for lead, c in self.by_lead.items()},
        }


@dataclass(frozen=True)
class Agreement:
    """How the verdicts compare with the publisher's own (是否达序, 备注).

    Verdicts are compared as met (ahead or on track), behind or blocked.
    """

    compared: int
    agreed: int
    disagreements: tuple[tuple[str, str, str], ...] = ()  # (no, official text, our status)

    @property
    def rate(self) -> float | None:
        return self.agreed / self.compared if self.compared else None


@dataclass(frozen=True)
class ScoredReport:
    """A report with every row scored."""

    report: Report
    rows: tuple[ScoredRow, ...] = field(default_factory=tuple)

    def __iter__(self) -> Iterator[ScoredRow]:
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.rows)

    def summary(self) -> Summary:
        counts: Counter[Status] = Counter(r.status for r in self.rows)
        by_lead: dict[str, Counter[Status]] = {}
        for r in self.rows:
            # A row led by several units (团区委、区教育局) counts for each.
            for lead in _leads(r.row.lead):
                by_lead.setdefault(lead, Counter())[r.status] += 1
        review = sum(1 for r in self.rows if r.score.needs_review)
        return Summary(dict(counts), {k: dict(v) for k, v in by_lead.items()}, len(self.rows), review)

    def agreement(self) -> Agreement:
        compared = agreed = 0
        diffs = []
        for r in self.rows:
            off = r.official
            if off is None or r.score.reason.startswith(msg.BY_OFFICIAL):
                continue  # a verdict taken from the publisher cannot agree with it as evidence
            compared += 1
            ours = _coarse(r.status)
            theirs = "met" if off == "ahead" else off
            if ours == theirs:
                agreed += 1
            else:
                diffs.append((r.row.no, r.row.official, r.status.value))
        return Agreement(compared, agreed, tuple(diffs))

    def filter(self, lead: str | None = None, *, status: "Status | str | Iterable[Status | str] | None" = None) -> "ScoredReport":
        """Only the rows whose lead unit contains ``lead`` and whose status
        is one of ``status`` (a :class:`Status`, its value or label, or
        several of them).

        >>> import io
        >>> from progress_nlp import load_report
        >>> r = score_report(load_report(io.StringIO("序号|项目内容|牵头单位|目标|进展情况\\n1|A|区民政局|新增30台|新增81台\\n2|B|区教育局|开展招标|尚未启动")))
        >>> [x.row.no for x in r.filter(status="behind")], [x.row.no for x in r.filter("民政")]
        (['2'], ['1'])
        """
        wanted = _statuses(status)
        return ScoredReport(self.report, tuple(
            r for r in self.rows
            if (lead is None or lead in r.row.lead) and (wanted is None or r.status in wanted)))

    def __repr__(self) -> str:
        # The rows run to tens of kilobytes; a notebook wants the counts.
        rep = self.report
        when = f"{rep.year or '?'}-{_month_text(rep.month)}" if rep.month or rep.year else "period not stated"
        counts: Counter[Status] = Counter(r.status for r in self.rows)
        counted = msg.summary_short(((s.label, counts.get(s, 0)) for s in _ORDER), len(self.rows))
        return f"<ScoredReport {_short_title(rep)} {when}: {counted}>"

    def _repr_html_(self) -> str:
        """The coloured table, for Jupyter."""
        from html import escape

        colours = {Status.AHEAD: "#1a7f37", Status.ON_TRACK: "#0969da", Status.BEHIND: "#bf8700", Status.BLOCKED: "#cf222e"}
        head = "".join(f"<th>{h}</th>" for h in msg.TABLE_HEADINGS)
        body = []
        for r in self.rows:
            review = f"({msg.NEEDS_REVIEW})" if r.score.needs_review else ""
            style = f"color:{colours[r.status]};font-weight:600" + (";opacity:.6" if r.score.needs_review else "")
            body.append(
                f"<tr><td>{escape(r.row.no)}</td><td>{escape(r.row.project[:60])}</td><td>{escape(r.row.lead)}</td>"
                f'<td style="{style}">{r.status.label}{review}</td><td>{escape(r.score.reason)}</td></tr>')
        return (f"<p>{escape(repr(self))}</p><table><thead><tr>{head}</tr></thead>"
                f"<tbody>{''.join(body)}</tbody></table>")

    def to_dict(self) -> dict[str, Any]:
        rep = self.report
        agreement = self.agreement()
        return {
            "title": rep.title, "year": rep.year, "month": rep.month, "source": rep.source,
            "meta": dict(rep.meta), "warnings": list(rep.warnings),
            "rows": [r.to_dict() for r in self.rows],
            "summary": self.summary().to_dict(),
            "agreement": {"compared": agreement.compared, "agreed": agreement.agreed, "rate": agreement.rate},
        }

    def to_json(self, **kwargs: Any) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, **kwargs)

    def to_frame(self) -> pd.DataFrame:
        """The rows as a pandas DataFrame (needs the ``pandas`` extra), with
        the report's year, month and source on every row and ``status`` a
        categorical ordered blocked < behind < on_track < ahead, so frames
        of several months stack (``pd.concat``) and sort."""
        pd = _pandas()
        rep = self.report
        frame = pd.DataFrame([{"year": rep.year, "month": rep.month, "source": rep.source, **r.to_dict()} for r in self.rows],
                             columns=None if self.rows else ["year", "month", "source", "no", "project", "status"])
        frame["status"] = pd.Categorical(frame["status"], categories=STATUS_ORDER, ordered=True)
        return frame


#: Status values worst first: the order of the ``status`` categorical in frames.
STATUS_ORDER = [s.value for s in sorted(Status, key=lambda s: s.rank)]


def _statuses(status: Status | str | Iterable[Status | str] | None) -> frozenset[Status] | None:
    if status is None:
        return None
    items = [status] if isinstance(status, (str, Status)) else list(status)
    by_name = {**{s.value: s for s in Status}, **{s.label: s for s in Status}}
    out = set()
    for item in items:
        if isinstance(item, Status):
            out.add(item)
        elif isinstance(item, str) and item.strip() in by_name:
            out.add(by_name[item.strip()])
        else:
            labels = "/".join(Status(v).label for v in STATUS_ORDER)
            raise ValueError(f"unknown status {item!r}: use one of {', '.join(STATUS_ORDER)} or {labels}")
    return frozenset(out)


def _month_text(month: float | None) -> str:
    if month is None:
        return "?"
    return f"{int(month):02d}" if float(month).is_integer() else f"{float(month):g}"


def _short_title(rep: Report) -> str:
    """The publisher part of a title (宝山区2022年… → 宝山区), else the file."""
    import re

    title = (rep.title or "").strip()
    m = re.match(r"([^\d\s(（]{2,12}?)(?:\d{4}|关于|$)", title)
    if m and m.group(1):
        return m.group(1)
    if title:
        return title[:12]
    return (rep.source or "report").rsplit("/", 1)[-1]


def _leads(text: str) -> list[str]:
    import re

    parts = [p.strip() for p in re.split(r"[、,，;；/]", text or "") if p.strip()]
    return parts or [msg.NO_LEAD]


def score_report(report: Report, *, rules: ScoringRules | None = None) -> ScoredReport:
    """Score every row with :func:`score_progress`.

    Each row is scored as ``score_progress(row.target, row.progress_text,
    annual=row.annual_text, month=report.month, year=report.year)``: the
    progress with its share and remark cells, the project with its unit and
    task cells; a row whose progress opens with its own period (``1-12月份
    共发放…``, :func:`~progress_nlp.period.stated_month`) is scored to it.
    A row with no progress text of its own (an item named in a
    list under 已完成的项目) is scored on its official verdict, and so is a
    row whose progress has nothing to compare but whose publisher gives a
    verdict (a 完成成效 or 是否达序 cell); the reason says so.

    >>> import io
    >>> from progress_nlp import load_report
    >>> r = load_report(io.StringIO("序号|项目内容|牵头单位|8月份目标|进展情况\\n1|新增400台|区房管局|新增30台|新增81台\\n2|建设10个|区商务委|开展招标|正在招标"))
    >>> print(score_report(r).summary())
    共 2 项:超序时 1 项, 按序时 1 项, 滞后 0 项, 受阻 0 项
    """
    if not isinstance(report, Report):
        raise TypeError(f"score_report() expects a Report (see load_report), got {type(report).__name__}")
    return ScoredReport(report, tuple(ScoredRow(row, _score_row(row, report, rules)) for row in report.rows))


# Below the confidence a verdict needs to stand without a person's check.
_UNSURE = 0.4


def _score_row(row: ReportRow, report: Report, rules: ScoringRules | None) -> ProgressScore:
    score = _score_cells(row, report, rules)
    if (row.warnings and not row.project.strip()) or row.unaligned:
        # Cells that could not be aligned in a row that names nothing, or in
        # a row of twice as many cells as columns: its figures may be
        # another column's (a 户数 read as the task), so the verdict is for
        # a person to check, however clear the arithmetic.
        return replace(score, confidence=min(score.confidence, _UNSURE), reason=msg.unaligned(score.reason, named=bool(row.project.strip())))
    return score


def _score_cells(row: ReportRow, report: Report, rules: ScoringRules | None) -> ProgressScore:
    # An item named only in a list under the publisher's verdict (其中5项已完成,
    # 分别是:A、B…) has no progress of its own: progress_text is that verdict.
    # A row that states its own period (1-12月份共发放…, 截至8月底,已…) is
    # counted to it: a page may report rows at different dates.
    month = stated_month(row.progress_text) or report.month
    score = score_progress(row.target, row.progress_text, annual=row.annual_text, month=month, year=report.year, rules=rules)
    official = (row.official or "").strip()
    if score.basis == "no_evidence" and official and official not in row.progress_text:
        # Progress with nothing to compare (完成新增智仁乡…托育机构) beside a
        # verdict column (完成成效 | 完成任务): the guide lets the publisher's
        # words decide when no figure or stage does, and says so.
        by_word = score_progress(row.target, official, annual=row.annual_text, month=month, year=report.year, rules=rules)
        if by_word.basis != "no_evidence":
            return replace(by_word, reason=msg.by_official(official, by_word.reason))
    return score


def _pandas() -> Any:  # the pandas module, which has no type information
    try:
        import pandas as pd
    except ImportError:
        raise MissingExtraError('DataFrames need pandas: pip install "progress-nlp[pandas]"') from None
    return pd


def score_frame(df: pd.DataFrame, *, target: str, actual: str, annual: str | None = None, month: int | str | None = None,
                rules: ScoringRules | None = None) -> pd.DataFrame:
    """Score the rows of a pandas DataFrame; return a new DataFrame.

    ``target``, ``actual`` and ``annual`` name columns; ``month`` is a
    number for all rows or the name of a column. The result is a copy of
    ``df`` with the columns ``status``, ``basis``, ``ratio``, ``confidence``,
    ``needs_review`` and ``reason`` added. Missing values (NaN, None) count
    as empty text; a month may be fractional (4.5 for 截至5月15日).
    """
    pd = _pandas()
    for col in (target, actual, annual) + ((month,) if isinstance(month, str) else ()):
        if col is not None and col not in df.columns:
            raise KeyError(f"score_frame(): no column {col!r} (columns: {', '.join(map(str, df.columns))})")

    def text(v: object) -> str:
        return "" if v is None or (isinstance(v, float) and v != v) else str(v)

    out: dict[str, list[str | float | bool | None]] = {"status": [], "basis": [], "ratio": [], "confidence": [], "needs_review": [], "reason": []}
    months: Iterable[Any] = df[month] if isinstance(month, str) else [month] * len(df)
    annuals: Iterable[Any] = df[annual] if annual is not None else [None] * len(df)
    for t, a, y, m in zip(df[target], df[actual], annuals, months):
        m = None if m is None or (isinstance(m, float) and m != m) else (int(m) if float(m).is_integer() else float(m))
        s = score_progress(text(t), text(a), annual=None if y is None else text(y), month=m, rules=rules)
        out["status"].append(s.status.value)
        out["basis"].append(s.basis)
        out["ratio"].append(s.ratio)
        out["confidence"].append(s.confidence)
        out["needs_review"].append(s.needs_review)
        out["reason"].append(s.reason)
    result = df.copy()
    for k, v in out.items():
        result[k] = pd.Series(v, index=df.index)
    return result
