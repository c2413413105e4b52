"""progress_nlp.extract_quantities against peer number/unit extractors.

Install and run (from the repository root):

    pip install ".[bench]"        # jionlp, recognizers-text-suite==1.0.2a2, emoji==0.6.0
    python benchmarks/peers.py [--synthetic N] [--quick]

Tools, all run in this one process on the same texts:

- progress_nlp   progress_nlp.extract_quantities(text)
- cn2an+regex    cn2an.transform(text, "cn2an"), then a regex: an Arabic number
                 with optional decimals and an optional %/万/亿, followed by an
                 optional measure word (台 个 家 张 户 名 人 条 座 片 处 场 公里 栋 所
                 万元 亿元 元 %); the value is the number times 万/亿
- jionlp         jionlp.ner.extract_money (jionlp has no general number
                 extractor: no extract_number); the value is detail["num"]
- recognizers    Microsoft Recognizers-Text, Culture.Chinese: the dimension and
                 currency models of recognizers_number_with_unit, then the
                 percentage and number models of recognizers_number for spans the
                 unit models did not cover; the value is resolution["value"]

A peer that cannot be imported is reported as "skipped <peer>: <reason>".

Columns:

- P, R          precision and recall of values on the development set
                (tests/data/baoshan-2022-08.jsonl, 123 texts), computed by
                benchmarks/accuracy.py's evaluate(): extracted and gold values
                matched as multisets of floats, gold marked "opt" neither
                required nor a false positive
- tp fp fn      the counts behind P and R
- dev/s         sentences per second over the 123 development texts
- synth/s       sentences per second over --synthetic N sentences made from
                clauses of different development texts, numbers varied
                (random.Random(2022), so the set is the same every run)
- x dev, x syn  progress_nlp's speed divided by the tool's (how many times
                faster progress_nlp is)

Speed: time.perf_counter, one warm-up call, then best of 3 rounds (1 with
--quick) over the whole set, one core.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import random
import re
import sys
import time
import warnings
from pathlib import Path
from typing import Callable, NamedTuple

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import accuracy  # noqa: E402  (benchmarks/accuracy.py: evaluate, DEFAULT, FIELDS)


class Q(NamedTuple):
    """The attributes accuracy.evaluate reads from an extracted quantity."""
    value: float
    unit: str
    text: str


# ---------------------------------------------------------------- peers

def make_progress_nlp() -> Callable[[str], list]:
    from progress_nlp import extract_quantities
    return extract_quantities


UNITS = "公里|万元|亿元|元|台|个|家|张|户|名|人|条|座|片|处|场|栋|所|%"
NUM_RE = re.compile(rf"(\d+(?:\.\d+)?)(%|万|亿)?({UNITS})?")
SCALE = {"万": 1e4, "亿": 1e8}


def make_cn2an_regex() -> Callable[[str], list]:
    import cn2an
    # cn2an warns ("不符合格式的数据") on numerals it cannot convert; keep quiet.
    warnings.filterwarnings("ignore", category=UserWarning, module=r"cn2an")

    def run(text: str) -> list[Q]:
        try:
            text = cn2an.transform(text, "cn2an")
        except Exception:  # cn2an raises on some odd numerals; keep the text
            pass
        out = []
        for m in NUM_RE.finditer(text):
            num, mult, unit = m.groups()
            value = float(num)
            if mult == "%":
                unit = "%"
            elif mult:
                value *= SCALE[mult]
            out.append(Q(value, unit or "", m.group(0)))
        return out

    return run


def make_jionlp() -> Callable[[str], list]:
    with warnings.catch_warnings(), contextlib.redirect_stdout(io.StringIO()):
        warnings.simplefilter("ignore")
        import jionlp as jio  # prints a banner on import
    extract_money = getattr(jio, "extract_money", None) or jio.ner.extract_money
    extract_number = getattr(jio, "extract_number", None)  # absent in 1.5.x

    def run(text: str) -> list[Q]:
        out = []
        for r in extract_money(text):
            try:
                out.append(Q(float(r["detail"]["num"]), r["detail"].get("case", ""), r["text"]))
            except (KeyError, TypeError, ValueError):
                pass
        if extract_number is not None:
            for r in extract_number(text):
                try:
                    out.append(Q(float(r["detail"]["num"]), "", r["text"]))
                except (KeyError, TypeError, ValueError):
                    pass
        return out

    return run


def make_recognizers() -> Callable[[str], list]:
    from recognizers_text import Culture
    from recognizers_number import NumberRecognizer
    from recognizers_number_with_unit import NumberWithUnitRecognizer

    nu = NumberWithUnitRecognizer(Culture.Chinese)
    nr = NumberRecognizer(Culture.Chinese)
    models = []
    for rec, name in ((nu, "get_dimension_model"), (nu, "get_currency_model"),
                      (nr, "get_percentage_model"), (nr, "get_number_model")):
        getter = getattr(rec, name, None)
        if getter is not None:
            models.append(getter())
    if not models:
        raise ImportError("no Chinese models in recognizers_number_with_unit")

    def run(text: str) -> list[Q]:
        out, taken = [], []
        for model in models:  # unit models first: their spans win
            for r in model.parse(text):
                s, e = r.start, r.end
                if any(s <= te and ts <= e for ts, te in taken):
                    continue
                res = r.resolution or {}
                raw = res.get("value")
                if raw is None:
                    continue
                try:
                    value = float(str(raw).rstrip("%").replace(",", ""))
                except ValueError:
                    continue
                unit = "%" if str(raw).endswith("%") else res.get("unit", "")
                taken.append((s, e))
                out.append(Q(value, unit, r.text))
        return out

    return run


PEERS: list[tuple[str, Callable[[], Callable[[str], list]]]] = [
    ("progress_nlp", make_progress_nlp),
    ("cn2an+regex", make_cn2an_regex),
    ("jionlp", make_jionlp),
    ("recognizers", make_recognizers),
]


# ---------------------------------------------------------------- data

def dev_texts() -> list[str]:
    texts = []
    for line in accuracy.DEFAULT.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            texts += [row[f] for f in accuracy.FIELDS if row[f]]
    return texts


CLAUSE_SPLIT = re.compile(r"[，,、；;。]")
DIGITS = re.compile(r"\d+")


def synthetic(texts: list[str], n: int, seed: int = 2022) -> list[str]:
    """n sentences of 2-3 clauses from different texts, Arabic numbers varied."""
    rng = random.Random(seed)
    clauses = [(i, c.strip()) for i, t in enumerate(texts)
               for c in CLAUSE_SPLIT.split(t) if c.strip()]

    def vary(m: re.Match) -> str:
        s = m.group(0)
        if len(s) == 4 and s.startswith("20"):  # keep years looking like years
            return s
        return str(rng.randint(1, 10 ** len(s) - 1))

    out = []
    while len(out) < n:
        k = rng.randint(2, 3)
        picked, seen = [], set()
        while len(picked) < k:
            i, c = rng.choice(clauses)
            if i not in seen:
                seen.add(i)
                picked.append(DIGITS.sub(vary, c))
        out.append("，".join(picked) + "。")
    return out


# ---------------------------------------------------------------- measures

def precision_recall(fn: Callable[[str], list]) -> dict[str, float]:
    saved = accuracy.extract_quantities
    accuracy.extract_quantities = fn
    try:
        return accuracy.evaluate([accuracy.DEFAULT])
    finally:
        accuracy.extract_quantities = saved


def rate(fn: Callable[[str], list], texts: list[str], rounds: int) -> float:
    fn(texts[0])  # warm-up: lazy patterns, models, caches
    best = float("inf")
    for _ in range(rounds):
        t0 = time.perf_counter()
        for t in texts:
            fn(t)
        best = min(best, time.perf_counter() - t0)
    return len(texts) / best


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--synthetic", type=int, default=10000, metavar="N",
                    help="size of the synthetic set (default 10000)")
    ap.add_argument("--quick", action="store_true", help="1 timing round instead of 3")
    args = ap.parse_args(argv)
    rounds = 1 if args.quick else 3

    dev = dev_texts()
    syn = synthetic(dev, args.synthetic)
    print(f"development set: {len(dev)} texts; synthetic set: {len(syn)} sentences; "
          f"best of {rounds} round(s)")

    rows = []
    for name, make in PEERS:
        try:
            fn = make()
        except Exception as e:  # ImportError, or a broken dependency at import
            print(f"skipped {name}: {type(e).__name__}: {e}")
            continue
        pr = precision_recall(fn)
        rows.append((name, pr, rate(fn, dev, rounds), rate(fn, syn, rounds)))

    base = next((r for r in rows if r[0] == "progress_nlp"), None)
    print()
    print(f"{'tool':<13} {'P':>6} {'R':>6} {'tp':>4} {'fp':>4} {'fn':>4} "
          f"{'dev/s':>9} {'synth/s':>9} {'x dev':>8} {'x syn':>8}")
    for name, pr, d, s in rows:
        xd = f"{base[2] / d:8.1f}" if base else f"{'-':>8}"
        xs = f"{base[3] / s:8.1f}" if base else f"{'-':>8}"
        print(f"{name:<13} {pr['precision']:6.3f} {pr['recall']:6.3f} {pr['tp']:4d} "
              f"{pr['fp']:4d} {pr['fn']:4d} {d:9.0f} {s:9.0f} {xd} {xs}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
