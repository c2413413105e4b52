"""Extraction accuracy on a gold JSONL file (format: tests/data/FORMAT.md).

    python benchmarks/accuracy.py [tests/data/baoshan-2022-08.jsonl ...] [-v]

For every text field of every row, the extracted values are matched to the
gold ones as multisets. A gold quantity marked "opt" is neither required nor
counted as a false positive when found. Unit accuracy is the share of matched
values whose unit is the gold unit; units are compared as the library writes
them, in simplified characters and without a mirror's pinyin (個(gè) is 个).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from progress_nlp import extract_quantities
from progress_nlp.normalize import normalize
from progress_nlp.readers.text import PINYIN

HERE = Path(__file__).resolve().parent
DEFAULT = HERE.parent / "tests" / "data" / "baoshan-2022-08.jsonl"
FIELDS = ("project", "target", "actual")


def evaluate(paths: list[Path], verbose: bool = False) -> dict[str, float]:
    tp = fp = fn = unit_ok = 0
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            for field in FIELDS:
                text = row[field]
                gold = row["quantities"][field]
                got = extract_quantities(text)
                required = Counter(float(g["v"]) for g in gold if not g.get("opt"))
                optional = Counter(float(g["v"]) for g in gold if g.get("opt"))
                units = {}
                for g in gold:
                    units.setdefault(float(g["v"]), []).append(normalize(PINYIN.sub("", g["u"])))
                for q in got:
                    v = float(q.value)
                    if required[v] > 0:
                        required[v] -= 1
                        tp += 1
                        if q.unit in units.get(v, ()):
                            unit_ok += 1
                        elif verbose:
                            print(f"UNIT {row['no']}.{field}: {q.text!r} unit {q.unit!r}, gold {units[v]}")
                    elif optional[v] > 0:
                        optional[v] -= 1
                    else:
                        fp += 1
                        if verbose:
                            print(f"FP   {row['no']}.{field}: {q.text!r} ({q.value} {q.unit}) in {text!r}")
                missed = sum(required.values())
                fn += missed
                if verbose and missed:
                    print(f"FN   {row['no']}.{field}: {+required} in {text!r}")
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return {"tp": tp, "fp": fp, "fn": fn, "precision": precision, "recall": recall,
            "unit_accuracy": unit_ok / tp if tp else 1.0}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="*", type=Path, default=[DEFAULT])
    ap.add_argument("-v", "--verbose", action="store_true", help="print every miss")
    args = ap.parse_args(argv)
    r = evaluate(args.paths, args.verbose)
    print(f"values: precision {r['precision']:.3f}  recall {r['recall']:.3f}  "
          f"(tp {r['tp']}, fp {r['fp']}, fn {r['fn']})   unit accuracy {r['unit_accuracy']:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
