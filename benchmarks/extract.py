"""Speed of extract_quantities, and the cold start of the package.

    python benchmarks/extract.py [--repeat N] [--cold-runs N]

Prints:
- sentences per second of extract_quantities over the project, target and
  actual texts of the development set (tests/data/baoshan-2022-08.jsonl),
  best of several rounds, one core;
- the same for cn2an.transform on the same texts, for reference (it returns
  rewritten text only: no units, no positions);
- the wall time of a fresh interpreter running
  ``import progress_nlp; progress_nlp.extract_quantities('新增81台')``
  (median of --cold-runs), and of a bare ``python -c pass`` for comparison.

Goals (issue 2): at least 30,000 sentences/s, cold start under 0.6 s.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
import warnings
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE.parent / "tests" / "data" / "baoshan-2022-08.jsonl"


def dev_texts() -> list[str]:
    texts = []
    for line in DATA.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            texts += [row[f] for f in ("project", "target", "actual") if row[f]]
    return texts


def rate(fn, texts: list[str], repeat: int, rounds: int = 5) -> float:
    fn(texts[0])  # build lazily compiled patterns outside the timing
    best = float("inf")
    for _ in range(rounds):
        t0 = time.perf_counter()
        for _ in range(repeat):
            for t in texts:
                fn(t)
        best = min(best, time.perf_counter() - t0)
    return repeat * len(texts) / best


def cold(code: str, runs: int) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=40, help="passes over the texts per round")
    ap.add_argument("--cold-runs", type=int, default=7)
    args = ap.parse_args(argv)

    from progress_nlp import extract_quantities

    texts = dev_texts()
    ours = rate(extract_quantities, texts, args.repeat)
    print(f"extract_quantities: {ours:,.0f} sentences/s over {len(texts)} development texts")
    try:
        import cn2an

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            theirs = rate(lambda t: cn2an.transform(t, "cn2an"), texts, max(1, args.repeat // 4))
        print(f"cn2an.transform:    {theirs:,.0f} sentences/s (text rewriting only; ratio {ours / theirs:.2f}x)")
    except ImportError:
        print("cn2an.transform:    skipped (cn2an not installed)")
    start = cold("import progress_nlp; progress_nlp.extract_quantities('新增81台')", args.cold_runs)
    bare = cold("pass", args.cold_runs)
    print(f"cold start:         {start:.3f} s (bare interpreter {bare:.3f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
