"""The ``progress-nlp`` command.

``progress-nlp score REPORT...``
    Read reports as published and print every row's verdict and the summary.
``progress-nlp extract TEXT...`` (or ``--file PATH``)
    Print the quantities of sentences (or of every line of a text file).
``progress-nlp explain TARGET ACTUAL``
    Print one verdict with its evidence.
``progress-nlp report REPORT... --html OUT.html``
    Write one self-contained HTML page (several months: trajectories, risks).

Bad input gets one line on stderr and exit status 2, never a traceback.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import stat
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Sequence, TextIO

from . import __version__
from .errors import LexiconError, MissingExtraError, ProgressNLPError
from .extract import extract_quantities
from .lexicon import Lexicon, load_lexicon
from .report import DEFAULT_MAX_BYTES, Report, load_report
from .scoring import ScoringRules, Status, score_progress
from .scoring.messages import NEEDS_REVIEW
from .scored import ScoredReport, ScoredRow, score_report
from .readers.text import decode

if TYPE_CHECKING:
    from .tracking import Timeline

__all__ = ["main"]

_COLOURS = {Status.AHEAD: "\033[32m", Status.ON_TRACK: "\033[36m", Status.BEHIND: "\033[33m", Status.BLOCKED: "\033[31m"}
_RESET = "\033[0m"
_DIM = "\033[2m"


class _UsageError(Exception):
    """A problem with the command line or its input files: exit status 2."""


def _read_lines(path: str, max_bytes: int) -> list[str]:
    """The lines of a text file or a pipe, refused past ``max_bytes``.

    A device never ends (/dev/zero) and a pipe may not: at most
    ``max_bytes + 1`` bytes are read from anything.
    """
    if path == "-":
        return decode(_stdin_bytes(max_bytes)).splitlines()
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        raise _UsageError(f"{path}: no such file") from None
    except OSError as exc:
        raise _UsageError(f"{path}: cannot read ({exc.strerror})") from None
    if stat.S_ISDIR(mode):
        raise _UsageError(f"{path}: is a directory, expected a text file")
    if not (stat.S_ISREG(mode) or stat.S_ISFIFO(mode)):  # a pipe: -f <(command) or -f /dev/stdin
        raise _UsageError(f"{path}: not a text file or a pipe (a device or a socket)")
    try:
        with open(path, "rb") as fh:
            data = fh.read(max_bytes + 1)
    except OSError as exc:
        raise _UsageError(f"{path}: cannot read ({exc.strerror})") from None
    if len(data) > max_bytes:
        raise _UsageError(f"{path}: over the limit of {max_bytes} bytes (--max-bytes)")
    return decode(data).splitlines()  # ReportFormatError names the encoding problem


def _stdin_bytes(max_bytes: int) -> bytes:
    """Standard input, refused past ``max_bytes``."""
    if sys.stdin is None:
        raise _UsageError("standard input is closed")
    stream = getattr(sys.stdin, "buffer", None)
    data: bytes = stream.read(max_bytes + 1) if stream is not None else sys.stdin.read(max_bytes + 1).encode("utf-8")
    if len(data) > max_bytes:
        raise _UsageError(f"standard input: over the limit of {max_bytes} bytes (--max-bytes)")
    return data


def _lexicon(args: argparse.Namespace) -> Lexicon | None:
    return load_lexicon(*args.lexicon) if getattr(args, "lexicon", None) else None


def _rules(args: argparse.Namespace) -> ScoringRules:
    lex = _lexicon(args)
    return ScoringRules.preset(args.rules, lexicon=lex)


# -- extract -------------------------------------------------------------------


def _print_quantities(rows: list[dict[str, Any]], out: TextIO) -> None:
    for row in rows:
        print(f"{row['where']}\t{row['text']}", file=out)
        for q in row["quantities"]:
            bits = [f"{q['value']}{'' if q['unit'] in ('', '%') else ' '}{q['unit']}"]
            if q["upper"] is not None:
                bits.append(f"至 {q['upper']}")
            if q["metric"]:
                bits.append(f"metric={q['metric']}")
            if q["cumulative"]:
                bits.append("cumulative")
            if q["qualifier"]:
                bits.append(q["qualifier"])
            print(f"\t{q['text']!r} [{q['span'][0]}:{q['span'][1]}] → {' '.join(bits)}", file=out)


def _extract(args: argparse.Namespace, out: TextIO) -> int:
    lexicon = _lexicon(args)
    texts: list[tuple[str, str]] = [(f"arg{i}", t) for i, t in enumerate(args.text, 1)]
    files = list(args.file)
    if not texts and not files:
        files = ["-"]  # `… | progress-nlp extract`: one text per line of standard input
    for path in files:
        for n, line in enumerate(_read_lines(path, args.max_bytes), 1):
            if line.strip():
                texts.append((f"{'stdin' if path == '-' else path}:{n}", line.strip()))
    if not texts:
        raise _UsageError("nothing to read: give TEXT, --file PATH, or lines on standard input")
    rows = []
    for where, text in texts:
        qs = extract_quantities(text, lexicon=lexicon)
        if qs or args.text:
            rows.append({"where": where, "text": text, "quantities": [q.to_dict() for q in qs]})
    if args.format == "json":
        json.dump(rows, out, ensure_ascii=False, indent=1)
        print(file=out)
    else:
        _print_quantities(rows, out)
    return 0


# -- explain ----------------------------------------------------------------------


def _explain(args: argparse.Namespace, out: TextIO) -> int:
    if args.month is not None and not 0 < args.month <= 12:
        raise _UsageError(f"--month must be more than 0 and at most 12, got {args.month:g}")
    target, actual = args.target, args.actual
    if target is None:
        # `printf '新增30台\n新增81台\n' | progress-nlp explain`: target, then progress.
        lines = decode(_stdin_bytes(DEFAULT_MAX_BYTES)).splitlines()
        if not 1 <= len(lines) <= 2:
            raise _UsageError("explain reads TARGET and ACTUAL from its arguments, or two lines on standard input (the target may be empty)")
        target, actual = (lines + [""])[:2] if len(lines) == 2 else ("", lines[0])
    elif actual is None:
        raise _UsageError("explain needs TARGET and ACTUAL (\"\" for no target)")
    s = score_progress(target, actual, annual=args.annual, month=args.month, rules=_rules(args))
    if args.format == "json":
        json.dump(s.to_dict(), out, ensure_ascii=False, indent=1)
        print(file=out)
        return 0
    print(s.explain(), file=out)
    return 0


# -- score -----------------------------------------------------------------------

_COLUMNS = ("no", "project", "lead", "status", "ratio", "reason")
_HEADINGS = {"no": "序号", "project": "项目", "lead": "牵头单位", "status": "状态", "ratio": "完成率", "reason": "理由"}


def _row_values(d: dict[str, Any], r: ScoredRow, rules: ScoringRules) -> dict[str, Any]:
    # A ratio that did not decide the status by itself is shown in brackets
    # (ProgressScore.ratio_text), so the column never reads as a
    # contradiction of the status beside it.
    return {**d, "ratio": r.score.ratio_text(rules)}


def _width(s: str) -> int:
    return sum(2 if ord(c) > 0x2E80 else 1 for c in s)


def _cut(s: str, n: int) -> str:
    out, w = "", 0
    for c in s.replace("\n", " "):
        cw = 2 if ord(c) > 0x2E80 else 1
        if w + cw > n - 1:
            return out + "…"
        out, w = out + c, w + cw
    return out


def _render(scored: Iterable[ScoredReport], fmt: str, colour: bool, out: TextIO, labels: str = "en",
            rules: ScoringRules | None = None) -> None:
    rules = rules or ScoringRules()
    scored = list(scored)
    if fmt == "json":
        # One shape whatever the number of files: a list of reports.
        json.dump([s.to_dict() for s in scored], out, ensure_ascii=False, indent=1)
        print(file=out)
        return
    if fmt == "csv":
        # Excel on Chinese Windows reads a file without a BOM as GBK.
        out.write("\ufeff")
        w = csv.writer(out)
        w.writerow(["source", "no", "project", "lead", "target", "actual", "official", "status", "basis", "ratio", "confidence", "needs_review", "reason"])
        for s in scored:
            for r in s.rows:
                d = r.to_dict()
                w.writerow([s.report.source, d["no"], d["project"], d["lead"], d["target"], d["actual"], d["official"],
                            r.status.label if labels == "zh" else d["status"], d["basis"],
                            "" if d["ratio"] is None else f"{d['ratio']:.4f}", f"{d['confidence']:.2f}",
                            "yes" if d["needs_review"] else "", d["reason"]])
        return
    for s in scored:
        rep = s.report
        head = rep.title or rep.source
        if fmt == "markdown":
            print(f"## {head}\n", file=out)
            print("| " + " | ".join(_HEADINGS[c] for c in _COLUMNS) + " |", file=out)
            print("|" + "---|" * len(_COLUMNS), file=out)
            for r in s.rows:
                d = _row_values(r.to_dict(), r, rules)
                d["status"] = _status_text(r)
                print("| " + " | ".join(str(d[c]).replace("|", "\\|").replace("\n", " ") for c in _COLUMNS) + " |", file=out)
            print(f"\n{s.summary()}\n", file=out)
            continue
        print(f"{head}  ({rep.month or '?'}月, {len(s)} 项)", file=out)
        # The number column fits the page's own numbers (二十六, 1.2.3) up to 10 wide.
        no_width = min(10, max([5] + [_width(str(r.row.no)) + 1 for r in s.rows]))
        widths = {"no": no_width, "project": 34, "lead": 14, "status": 15, "ratio": 7, "reason": 60}
        print("  ".join(_pad(_HEADINGS[c], widths[c]) for c in _COLUMNS), file=out)
        for r in s.rows:
            d = _row_values(r.to_dict(), r, rules)
            cells = []
            for c in _COLUMNS:
                text = _status_text(r) if c == "status" else str(d[c])
                cell = _pad(_cut(text, widths[c]), widths[c]) if c != "reason" else _cut(text, widths[c])
                if c == "status" and colour:
                    # A verdict with no evidence behind it is shown dim, not in its colour.
                    cell = (_DIM if r.score.needs_review else _COLOURS[r.status]) + cell + _RESET
                cells.append(cell)
            print("  ".join(cells), file=out)
        print(str(s.summary()), file=out)
        for warning in rep.warnings:
            print(f"warning: {warning}", file=out)
        print(file=out)


def _status_text(r: ScoredRow) -> str:
    """按序时, or 按序时 待核实 when the verdict rests on no or weak evidence."""
    return f"{r.status.label} {NEEDS_REVIEW}" if r.score.needs_review else r.status.label


def _pad(s: str, n: int) -> str:
    return s + " " * max(0, n - _width(s))


def _load_all(args: argparse.Namespace, rules: ScoringRules) -> list[Report]:
    """Every REPORT argument, with progress on stderr when there are several."""
    if sum(1 for p in args.report if p == "-") > 1:
        raise _UsageError("standard input (-) can be read once")
    reports = []
    for i, path in enumerate(args.report, 1):
        if len(args.report) > 1:
            _note(f"[{i}/{len(args.report)}] {path}")
        reports.append(_load(path, args.max_bytes, rules.lexicon))
    return reports


def _score(args: argparse.Namespace, out: TextIO) -> int:
    rules = _rules(args)
    statuses = [w.strip() for w in (args.status or "").replace("，", ",").split(",") if w.strip()] or None
    results = []
    for report in _load_all(args, rules):
        scored = score_report(report, rules=rules)
        if args.lead or statuses:
            try:
                kept = scored.filter(args.lead or None, status=statuses)
            except ValueError as exc:
                raise _UsageError(f"--status: {exc}") from None
            if args.lead and not scored.filter(args.lead):
                leads = sorted({r.row.lead for r in scored if r.row.lead})
                _note(f"progress-nlp: --lead {args.lead!r} matches no lead unit of {report.source or 'the report'}"
                      f" (they are: {'、'.join(leads[:12])}{' …' if len(leads) > 12 else ''})")
            scored = kept
        results.append(scored)
    colour = args.color == "always" or (args.color == "auto" and out is sys.stdout and sys.stdout.isatty() and not os.environ.get("NO_COLOR"))
    _render(results, args.format, colour, out, labels=args.labels, rules=rules)
    return 0


def _load(path: str, max_bytes: int, lexicon: Lexicon | None) -> Report:
    if path == "-":
        # `cat report.txt | progress-nlp score -`
        data = io.BytesIO(_stdin_bytes(max_bytes))
        data.name = "<stdin>"  # the report's source, in output and warnings
        return load_report(data, max_bytes=max_bytes, lexicon=lexicon)
    try:
        return load_report(path, max_bytes=max_bytes, lexicon=lexicon)
    except FileNotFoundError:
        raise _UsageError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise _UsageError(f"{path}: is a directory, expected a report file") from None
    except PermissionError:
        raise _UsageError(f"{path}: permission denied") from None
    except OSError as exc:
        raise _UsageError(f"{path}: cannot read ({exc.strerror or exc})") from None
    except MemoryError:
        raise _UsageError(f"{path}: out of memory while reading it") from None


def _report(args: argparse.Namespace, out: TextIO) -> int:
    from .render_html import render_html
    from .tracking import track

    rules = _rules(args)
    reports = _load_all(args, rules)
    timeline = track(reports, rules=rules) if len(reports) > 1 else None
    if timeline is not None:
        _warn_about_series(timeline)
    if not args.html:
        _print_timeline(timeline, reports, rules, out)
        return 0
    if timeline is not None:
        # track() has scored every report already; render those verdicts.
        page = render_html(list(timeline.scored), timeline)
    else:
        page = render_html([score_report(reports[0], rules=rules)])
    try:
        Path(args.html).write_text(page, encoding="utf-8")
    except OSError as exc:
        raise _UsageError(f"{args.html}: cannot write ({exc.strerror or exc})") from None
    print(f"wrote {args.html}", file=out)
    return 0


def _warn_about_series(timeline: Timeline) -> None:
    """Say what looks like a mistake in the file list (Timeline.warnings), and go on."""
    for w in timeline.warnings:
        _note(f"progress-nlp: warning: {w}")


def _print_timeline(timeline: Timeline | None, reports: list[Report], rules: ScoringRules, out: TextIO) -> None:
    """Per project: month → status, a change marked ↑ (better) or ↓ (worse)."""
    if timeline is None:
        scored = score_report(reports[0], rules=rules)
        rep = scored.report
        print(f"{rep.title or rep.source}  ({rep.month or '?'}月)", file=out)
        for r in scored:
            print(f"{r.row.no:>5}  {_cut(r.row.project, 40)}  {_status_text(r)}", file=out)
        return
    months = "—".join(f"{r.month:g}月" if r.month else "?" for r in timeline.reports)
    print(f"{len(timeline.projects)} 个项目, {months}", file=out)
    for p in timeline.projects:
        steps = []
        for a, b in zip((None, *p.points), p.points):
            mark = "" if a is None or a.status is b.status else (" ↑" if b.status.rank > a.status.rank else " ↓")
            steps.append(f"{b.month if b.month is not None else '?'}月 {b.status.label}{mark}")
        flag = "  ⚠ 年底有风险" if p.forecast is not None and p.forecast.at_risk else ""
        print(f"{p.points[-1].no:>5}  {_pad(_cut(p.project, 36), 36)}  {' → '.join(steps)}{flag}", file=out)
    for where, no in timeline.unlinked:
        print(f"unlinked: {where} row {no}", file=out)


# -- wiring --------------------------------------------------------------------------


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="progress-nlp",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Read Chinese progress reports (实事项目进展) and say which projects are ahead, on track, behind or blocked.",
    )
    ap.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = ap.add_subparsers(dest="command", required=True)
    lex_help = "extra lexicon file or directory layered over the shipped one"
    # docs/ is not installed with the wheel: the presets say what they are here.
    rules_help = ("threshold preset: " + "; ".join(f"{name}: {text}" for name, (text, _) in ScoringRules.PRESETS.items())).replace("%", "%%")

    sc = sub.add_parser("score", help="score every row of published reports")
    sc.add_argument("report", nargs="+", help="report files: text, CSV/TSV, HTML, .xlsx, .docx, PDF; - reads standard input")
    sc.add_argument("--format", choices=("table", "json", "csv", "markdown"), default="table",
                    help="table: aligned columns for a terminal; json: a list of reports (rows, summary, agreement); "
                         "csv: one row per project, UTF-8 with a BOM for Excel; markdown: a table per report")
    sc.add_argument("--output", "-o", metavar="FILE", help="write there instead of standard output")
    sc.add_argument("--lead", metavar="TEXT", help="only rows whose lead unit contains TEXT")
    sc.add_argument("--status", metavar="LIST", help="only rows of these statuses, comma-separated: "
                    "ahead,on_track,behind,blocked or 超序时,按序时,滞后,受阻")
    sc.add_argument("--labels", choices=("en", "zh"), default="en",
                    help="status values in CSV: en (ahead, on_track, behind, blocked) or zh (超序时, 按序时, 滞后, 受阻)")
    sc.add_argument("--rules", choices=tuple(ScoringRules.PRESETS), default="guide", help=rules_help)
    sc.add_argument("--color", choices=("auto", "always", "never"), default="auto",
                    help="colour the status column: auto (when writing to a terminal, unless NO_COLOR is set), always, never")
    sc.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES, help="refuse larger files (default 50 MB)")
    sc.add_argument("--lexicon", action="append", default=[], metavar="PATH", help=lex_help)
    sc.set_defaults(run=_score)

    rp = sub.add_parser("report", help="write one self-contained HTML page for one or several months")
    rp.add_argument("report", nargs="+", help="report files of one programme, any order; - reads standard input")
    rp.add_argument("--html", metavar="OUT.html", help="write the page there; without it, print each project's months and statuses")
    rp.add_argument("--rules", choices=tuple(ScoringRules.PRESETS), default="guide", help=rules_help)
    rp.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES, help="refuse larger files (default 50 MB)")
    rp.add_argument("--lexicon", action="append", default=[], metavar="PATH", help=lex_help)
    rp.set_defaults(run=_report)

    ex = sub.add_parser("extract", help="print the quantities of texts or of every line of a file")
    ex.add_argument("text", nargs="*", help="a sentence such as 新增81台,完工52台; none: every line of standard input")
    ex.add_argument("--file", "-f", action="append", default=[], metavar="PATH", help="read every line of a text file (UTF-8 or GB18030); - is standard input")
    ex.add_argument("--format", choices=("table", "json"), default="table",
                    help="table: one line per quantity; json: a list of texts with their quantities")
    ex.add_argument("--output", "-o", metavar="FILE", help="write there instead of standard output")
    ex.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES, help="refuse larger files (default 50 MB)")
    ex.add_argument("--lexicon", action="append", default=[], metavar="PATH", help=lex_help)
    ex.set_defaults(run=_extract)

    xp = sub.add_parser("explain", help="print one verdict with its evidence")
    xp.add_argument("target", nargs="?", help="the target for the period, e.g. 累计新增450个 (\"\" if none); "
                    "without TARGET and ACTUAL, two lines on standard input")
    xp.add_argument("actual", nargs="?", help="the progress reported, e.g. 已累计完成576个")
    xp.add_argument("--annual", help="the whole-year task, e.g. 新增700个公共充电桩")
    xp.add_argument("--month", type=float, help="how far into the year the report goes: 8 for 1-8月, 4.5 for 截至5月15日")
    xp.add_argument("--rules", choices=tuple(ScoringRules.PRESETS), default="guide", help=rules_help)
    xp.add_argument("--format", choices=("text", "json"), default="text", help="text: one field per line; json: the verdict with its evidence")
    xp.add_argument("--output", "-o", metavar="FILE", help="write there instead of standard output")
    xp.add_argument("--lexicon", action="append", default=[], metavar="PATH", help=lex_help)
    xp.set_defaults(run=_explain)
    return ap


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``progress-nlp``; returns the exit status."""
    parser = _parser()
    args = parser.parse_args(argv)
    buffer = io.StringIO() if getattr(args, "output", None) else None
    try:
        if getattr(args, "max_bytes", 1) <= 0:
            raise _UsageError(f"--max-bytes must be a positive number of bytes, got {args.max_bytes}")
        out = buffer if buffer is not None else _stdout(args)
        status: int = args.run(args, out)
        if buffer is not None:
            try:
                Path(args.output).write_text(buffer.getvalue(), encoding="utf-8")
            except OSError as exc:
                raise _UsageError(f"{args.output}: cannot write ({exc.strerror or exc})") from None
        else:
            out.flush()  # a full disk shows here, not in the flush at exit
        return status
    except (_UsageError, ProgressNLPError, MissingExtraError) as exc:
        # A lexicon's problems are listed in full: each names its file and line.
        message = str(exc) if isinstance(exc, LexiconError) else str(exc).splitlines()[0]
        _note(f"progress-nlp: {message}")
        return 2
    except BrokenPipeError:  # `progress-nlp … | head`
        _silence_stdout()
        return 0
    except OSError as exc:
        # Reading inputs and writing --output/--html turn their errors into
        # _UsageError; one with no file name is standard output (/dev/full, EIO).
        reason = exc.strerror or str(exc)
        _note(f"progress-nlp: {exc.filename}: {reason}" if exc.filename else f"progress-nlp: cannot write to standard output ({reason})")
        _silence_stdout()
        return 2
    except MemoryError:
        _note("progress-nlp: out of memory (try a smaller --max-bytes)")
        return 2
    except KeyboardInterrupt:
        return 130


def _stdout(args: argparse.Namespace) -> TextIO:
    """Standard output, or a sink for ``report`` (whose page goes to --html) when it is closed."""
    if sys.stdout is not None:
        return sys.stdout
    if args.command == "report":
        return io.StringIO()
    raise _UsageError("standard output is closed: give --output FILE")


def _note(line: str) -> None:
    """A line on stderr; none when stderr is closed (print would send it to stdout)."""
    if sys.stderr is not None:
        print(line, file=sys.stderr)


def _silence_stdout() -> None:
    """Point standard output at /dev/null, so the flush at exit does not fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):  # no file descriptor (closed, or captured by a test)
        pass


if __name__ == "__main__":
    sys.exit(main())
