"""Robustness guarantees (issue 5): thread safety, linear time on adversarial
input, and one clear error for every kind of bad file."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from progress_nlp import extract_quantities, load_report, score_progress, score_report
from progress_nlp import extract as extract_module

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "baoshan-2022-08.txt"


def _verdicts(scored):
    return [(r.row.no, r.status, r.score.basis, r.score.ratio, str(r.score)) for r in scored.rows]


def test_scoring_from_8_threads_matches_a_serial_run():
    # A fresh interpreter, so the lexicon, its patterns and the default
    # lexicon are first built while eight threads race for them.
    code = r"""
import threading, progress_nlp as p
report = p.load_report(%r)
results = [None] * 8
barrier = threading.Barrier(8)
def work(i):
    barrier.wait()
    s = p.score_report(report)
    results[i] = [(r.row.no, r.status.value, r.score.basis, r.score.ratio, str(r.score)) for r in s.rows]
threads = [threading.Thread(target=work, args=(i,)) for i in range(8)]
for t in threads: t.start()
for t in threads: t.join()
serial = [(r.row.no, r.status.value, r.score.basis, r.score.ratio, str(r.score)) for r in p.score_report(report).rows]
assert all(r == serial for r in results), "threads disagree with the serial run"
print(len(serial))
""" % str(EXAMPLE)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "41"


def test_threads_share_one_compiled_matcher():
    from progress_nlp.lexicon import load_lexicon

    lex = load_lexicon()  # fresh: nothing compiled yet
    seen = []
    barrier = threading.Barrier(8)

    def work():
        barrier.wait()
        extract_quantities("新增81台", lexicon=lex)
        seen.append(id(extract_module._matcher(lex)))

    threads = [threading.Thread(target=work) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(set(seen)) == 1


# Characters that patterns repeat. Work is counted in calls to the per-numeral
# handler and in numeral-pattern searches, never in seconds.
RUNS = ["1", "１", "万", "零", "、", ",", "1,", "1.", "一", "十", "%", "-", "两三", "1分之", "新增1个", "第1、", "“1”", "《1》", "8月", "累计新增"]


def _work(text: str) -> int:
    counts = {"n": 0}
    original = extract_module._Scanner._number

    def counting(self, mt):
        counts["n"] += 1
        return original(self, mt)

    extract_module._Scanner._number = counting
    try:
        extract_quantities(text)
    finally:
        extract_module._Scanner._number = original
    return counts["n"]


def _best_time(fn, text: str, repeat: int = 1) -> float:
    import time

    best = float("inf")
    for _ in range(3):
        t0 = time.perf_counter()
        for _ in range(repeat):
            fn(text)
        best = min(best, time.perf_counter() - t0)
    return best


@pytest.mark.parametrize("piece", RUNS)
def test_work_grows_linearly(piece):
    small = piece * max(1, 10_000 // len(piece))
    large = piece * max(1, 100_000 // len(piece))
    w_small, w_large = _work(small), _work(large)
    # Ten times the text, at most about ten times the numerals handled ...
    assert w_large <= 10 * w_small + 10, (piece, w_small, w_large)
    # ... and about the time of the small text ten times over: a ratio, never
    # an absolute time. Quadratic work gives ~10 (the old 1分之 bug gave 100);
    # linear work measures 1-4 here, the excess being cache effects of one
    # 100,000-character string; timing the small text ten times keeps timer
    # noise out of the ratio.
    ratio = _best_time(extract_quantities, large) / _best_time(extract_quantities, small, repeat=10)
    assert ratio < 6, (piece, ratio)


@pytest.mark.parametrize("piece", ["1", "万", "1分之", "新增1个", "暂停复工", "正在招标"])
def test_hostile_texts_finish(piece):
    # No timing assertion: these used to hang (exponential backtracking) or
    # crash (RecursionError, int() digit limit); finishing is the test.
    text = piece * (20_000 // len(piece))
    extract_quantities(text)
    s = score_progress(text, text, annual=text, month=8)
    assert str(s)


def _cli(*args):
    return subprocess.run(
        [sys.executable, "-m", "progress_nlp", *args],
        capture_output=True, text=True, encoding="utf-8", cwd=ROOT, timeout=60,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )


def _one_error_line(out, *words):
    assert out.returncode == 2, out
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("progress-nlp:"), out.stderr
    assert "Traceback" not in out.stderr
    for w in words:
        assert w in lines[0], lines[0]


def test_cli_directory(tmp_path):
    _one_error_line(_cli("score", str(tmp_path)), "directory")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")
def test_cli_fifo(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    # Must not block waiting for a writer.
    _one_error_line(_cli("score", str(fifo)), "not a regular file")


def test_cli_unreadable_file(tmp_path):
    f = tmp_path / "secret.txt"
    f.write_text("序号|项目内容|进展情况\n1|新增1台|完成\n", encoding="utf-8")
    f.chmod(0)
    try:
        if os.access(f, os.R_OK):
            pytest.skip("running as root: permissions do not stop reading")
        _one_error_line(_cli("score", str(f)), "permission denied")
    finally:
        f.chmod(0o600)


def test_cli_non_ascii_path(tmp_path):
    d = tmp_path / "宝山区 报告"
    d.mkdir()
    f = d / "2022年8月进展.txt"
    f.write_bytes(EXAMPLE.read_bytes())
    out = _cli("score", str(f), "--format", "json")
    assert out.returncode == 0, out.stderr
    missing = d / "不存在.txt"
    _one_error_line(_cli("score", str(missing)), "no such file")


def test_size_limit_from_python_and_cli(tmp_path):
    from progress_nlp import ReportTooLargeError

    with pytest.raises(ReportTooLargeError, match="max_bytes"):
        load_report(EXAMPLE, max_bytes=1000)
    _one_error_line(_cli("score", str(EXAMPLE), "--max-bytes", "1000"), "limit")


def test_score_report_from_a_fresh_report_is_deterministic():
    a = _verdicts(score_report(load_report(EXAMPLE)))
    b = _verdicts(score_report(load_report(EXAMPLE)))
    assert a == b
