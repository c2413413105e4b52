"""Balanced accuracy of score_progress on gold JSONL files.

    python benchmarks/scoring.py [tests/data/baoshan-2022-08.jsonl ...] [-v]

Each row is scored with score_progress(target, actual, annual=project,
month=period_end_month). A prediction is correct when it is among the row's
gold statuses. Balanced accuracy is the mean, over the four statuses, of the
share of rows whose preferred (first) gold status is that status and whose
prediction is correct; statuses with no such row are left out of the mean.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

from progress_nlp import score_progress

HERE = Path(__file__).resolve().parent
DEFAULT = HERE.parent / "tests" / "data" / "baoshan-2022-08.jsonl"


def evaluate(paths: list[Path], verbose: bool = False) -> dict:
    per = defaultdict(lambda: [0, 0])  # gold[0] → [correct, total]
    n = correct = 0
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            s = score_progress(row["target"], row["actual"], annual=row["project"], month=row.get("period_end_month"))
            ok = s.status.value in row["gold"]
            per[row["gold"][0]][0] += ok
            per[row["gold"][0]][1] += 1
            n += 1
            correct += ok
            if verbose and not ok:
                print(f"MISS {row.get('report', path.stem)}#{row['no']}: got {s.status.value} ({s.basis}: {s}), gold {row['gold']}")
    recalls = {k: c / t for k, (c, t) in per.items()}
    return {"balanced_accuracy": sum(recalls.values()) / len(recalls), "accuracy": correct / n, "rows": n, "per_status": recalls}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="*", type=Path, default=[DEFAULT])
    ap.add_argument("-v", "--verbose", action="store_true", help="print every miss")
    args = ap.parse_args(argv)
    r = evaluate(args.paths, args.verbose)
    per = "  ".join(f"{k} {v:.2f}" for k, v in sorted(r["per_status"].items()))
    print(f"balanced accuracy {r['balanced_accuracy']:.3f}  accuracy {r['accuracy']:.3f}  ({r['rows']} rows; per status: {per})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
