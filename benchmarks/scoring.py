"""Agreement of score_progress with gold labels and with publishers' verdicts.

    python benchmarks/scoring.py [-v] [GOLD.jsonl ...]

Each gold row is scored with ``score_progress(target, actual,
annual=project, month=period_end_month, year=year)``. A prediction is correct when it
is among the row's gold statuses. Printed for the bundled report, for
tests/data/reports/, and for the rows of both that have no period target:

balanced accuracy
    the mean over statuses of per-class recall, where a row counts for the
    class of its preferred (first) gold status; classes with no row are left
    out of the mean;
publisher agreement
    on rows whose ``official`` field states the publisher's verdict, the
    share where ours agrees, compared coarsely as the publisher writes
    (met = ahead or on track, behind, blocked) with
    :func:`progress_nlp.scored.official_status`;
review
    how many verdicts carry ``needs_review`` and how many of those are wrong.

Goals (issue 12): on tests/data/reports balanced accuracy >= 0.95 and
publisher agreement >= 0.90, the bundled report not below 0.95.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

from progress_nlp import score_progress
from progress_nlp.scored import official_status

ROOT = Path(__file__).resolve().parent.parent
BUNDLED = ROOT / "tests" / "data" / "baoshan-2022-08.jsonl"
REPORTS = ROOT / "tests" / "data" / "reports"
_COARSE = {"ahead": "met", "on_track": "met", "behind": "behind", "blocked": "blocked"}


def load(paths: list[Path]) -> list[dict]:
    rows = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rows.append(json.loads(line))
    return rows


def evaluate(rows: list[dict], verbose: bool = False) -> dict:
    per = defaultdict(lambda: [0, 0])  # preferred gold status → [correct, total]
    correct = agreed = compared = review = review_wrong = 0
    for row in rows:
        s = score_progress(row["target"], row["actual"], annual=row["project"], month=row.get("period_end_month"),
                           year=row.get("year"))
        ok = s.status.value in row["gold"]
        per[row["gold"][0]][0] += ok
        per[row["gold"][0]][1] += 1
        correct += ok
        review += s.needs_review
        review_wrong += s.needs_review and not ok
        official = official_status(row.get("official") or "")
        if official is not None:
            compared += 1
            theirs = "met" if official in ("ahead", "on_track") else official
            agreed += _COARSE[s.status.value] == theirs
        if verbose and not ok:
            print(f"MISS {row.get('report')}#{row['no']} m={row.get('period_end_month')}: got {s.status.value} "
                  f"({s.basis}: {s}), gold {row['gold']}")
    recalls = {k: c / t for k, (c, t) in per.items()}
    return {
        "rows": len(rows),
        "balanced_accuracy": sum(recalls.values()) / len(recalls) if recalls else float("nan"),
        "accuracy": correct / len(rows) if rows else float("nan"),
        "per_status": recalls,
        "counts": {k: t for k, (_, t) in per.items()},
        "official_compared": compared,
        "official_agreement": agreed / compared if compared else None,
        "needs_review": review,
        "needs_review_wrong": review_wrong,
    }


def _print(title: str, r: dict) -> None:
    per = "  ".join(f"{k} {v:.2f} ({r['counts'][k]})" for k, v in sorted(r["per_status"].items()))
    agree = "n/a" if r["official_agreement"] is None else f"{r['official_agreement']:.3f} of {r['official_compared']}"
    print(f"{title}: {r['rows']} rows, balanced accuracy {r['balanced_accuracy']:.3f}, accuracy {r['accuracy']:.3f}")
    print(f"    recall per status: {per}")
    print(f"    publisher agreement: {agree};  needs_review {r['needs_review']} ({r['needs_review_wrong']} of them wrong)")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="*", type=Path, help="gold files (default: the bundled report and tests/data/reports)")
    ap.add_argument("-v", "--verbose", action="store_true", help="print every miss")
    args = ap.parse_args(argv)
    if args.paths:
        _print("given files", evaluate(load(args.paths), args.verbose))
        return 0
    bundled = load([BUNDLED])
    reports = load(sorted(REPORTS.glob("*.jsonl")))
    _print("bundled report (baoshan-2022-08)", evaluate(bundled, args.verbose))
    _print("tests/data/reports (15 reports)", evaluate(reports, args.verbose))
    _print("rows with no period target (both)", evaluate([r for r in bundled + reports if not r["target"].strip()]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
