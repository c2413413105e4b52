"""Speed of reading and scoring whole reports.

    python benchmarks/report.py [--rows N] [--cold-runs N]

Prints:
- the wall time of ``progress-nlp score examples/baoshan-2022-08.txt`` in a
  fresh process (median of --cold-runs), output to /dev/null;
- rows per second of score_report over a report of --rows rows (default
  10,000) built by repeating the example's rows, one core;
- rows per second of load_report on that report written as a ``|`` table;
- the peak memory (ru_maxrss) of a fresh process that loads and scores it.

Goals (issues 4 and 5): cold under 1 s, at least 5,000 rows/s, peak memory
under 150 MB for 10,000 rows.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "baoshan-2022-08.txt"


def big_table(rows: int) -> str:
    from progress_nlp import load_report

    base = load_report(EXAMPLE).rows
    lines = ["序号 | 项目内容 | 牵头单位 | 8月份目标 | 进展情况"]
    for i in range(rows):
        r = base[i % len(base)]
        cells = [str(i + 1), r.project, r.lead, r.target, r.actual]
        lines.append(" | ".join(c.replace("|", "/").replace("\n", " ") for c in cells))
    return "2022年区政府实事项目8月份进展情况\n" + "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=int, default=10_000)
    ap.add_argument("--cold-runs", type=int, default=5)
    args = ap.parse_args(argv)

    cli = [sys.executable, "-m", "progress_nlp", "score", str(EXAMPLE)]
    times = []
    for _ in range(args.cold_runs):
        t0 = time.perf_counter()
        subprocess.run(cli, check=True, stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - t0)
    print(f"cold `progress-nlp score` on the example: {statistics.median(times):.3f} s (median of {args.cold_runs})")

    from progress_nlp import load_report, score_report

    text = big_table(args.rows)
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "big.txt"
        path.write_text(text, encoding="utf-8")
        t0 = time.perf_counter()
        report = load_report(path)
        t_load = time.perf_counter() - t0
        assert len(report.rows) == args.rows, len(report.rows)
        score_report(load_report(EXAMPLE))  # warm the lexicon and patterns
        t0 = time.perf_counter()
        score_report(report)
        t_score = time.perf_counter() - t0
        print(f"load_report:  {args.rows / t_load:,.0f} rows/s ({args.rows} rows, {len(text) / 1e6:.1f} MB of text)")
        print(f"score_report: {args.rows / t_score:,.0f} rows/s")
        code = (
            "import resource, progress_nlp as p;"
            f"s = p.score_report(p.load_report({str(path)!r}));"
            "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)"
        )
        out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
        print(f"peak memory, load + score {args.rows} rows in a fresh process: {int(out.stdout) / 1024:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
