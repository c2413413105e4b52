"""The ``progress-nlp`` command.

``progress-nlp extract TEXT...`` prints the quantities of each text;
``progress-nlp extract --file PATH`` does it for every line of a text file
(the cells of a report as published). Errors are one line on stderr and exit
status 2, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Iterable, Sequence

from . import __version__
from .errors import ProgressNLPError
from .extract import extract_quantities
from .lexicon import load_lexicon

__all__ = ["main"]


class _UsageError(Exception):
    """A problem with the command line or its input files: exit status 2."""


def _read_lines(path: str) -> list[str]:
    p = Path(path)
    if not p.exists():
        raise _UsageError(f"{path}: no such file")
    if p.is_dir():
        raise _UsageError(f"{path}: is a directory, expected a text file")
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise _UsageError(f"{path}: cannot read ({exc.strerror})") from None
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding).splitlines()
        except UnicodeDecodeError:
            continue
    raise _UsageError(f"{path}: not UTF-8 or GB18030 text")


def _rows(texts: Iterable[tuple[str, str]], lexicon) -> list[dict]:
    rows = []
    for where, text in texts:
        qs = extract_quantities(text, lexicon=lexicon)
        if qs:
            rows.append({"where": where, "text": text, "quantities": [q.to_dict() for q in qs]})
    return rows


def _print_table(rows: list[dict], out) -> None:
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


def _extract(args: argparse.Namespace) -> int:
    lexicon = load_lexicon(*args.lexicon) if args.lexicon else None
    texts: list[tuple[str, str]] = []
    for i, t in enumerate(args.text, 1):
        texts.append((f"arg{i}", t))
    for path in args.file:
        for n, line in enumerate(_read_lines(path), 1):
            if line.strip():
                texts.append((f"{path}:{n}", line.strip()))
    if not texts:
        raise _UsageError("nothing to read: give TEXT or --file PATH")
    rows = _rows(texts, lexicon)
    if args.format == "json":
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=1)
        print()
    else:
        _print_table(rows, sys.stdout)
    return 0


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="progress-nlp",
        description="Read Chinese progress reports (实事项目进展) and extract what they report.",
    )
    ap.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = ap.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("extract", help="print the quantities of texts or of every line of a file")
    ex.add_argument("text", nargs="*", help="a sentence such as 新增81台,完工52台")
    ex.add_argument("--file", "-f", action="append", default=[], metavar="PATH", help="read every line of a text file (UTF-8 or GB18030)")
    ex.add_argument("--format", choices=("table", "json"), default="table")
    ex.add_argument("--lexicon", action="append", default=[], metavar="PATH", help="extra lexicon file or directory layered over the shipped one")
    ex.set_defaults(run=_extract)
    return ap


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``progress-nlp``; returns the exit status."""
    args = _parser().parse_args(argv)
    try:
        return args.run(args)
    except (_UsageError, ProgressNLPError) as exc:
        print(f"progress-nlp: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # `progress-nlp … | head`
        return 0


if __name__ == "__main__":
    sys.exit(main())
