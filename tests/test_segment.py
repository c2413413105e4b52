"""Segmentation: a private jieba tokenizer, quantities kept whole."""

from __future__ import annotations

import subprocess
import sys
import threading

import pytest

from progress_nlp.segment import segment, tokenizer


@pytest.mark.parametrize(
    "text, expected",
    [
        ("建成7.34公里绿道", ["建成", "7.34公里", "绿", "道"]),  # jieba alone: 7 / . / 34
        ("新增81台,完工52台电梯", ["新增", "81台", ",", "完工", "52台", "电梯"]),  # 台 not glued to 电梯
        ("已累计新增861个公共泊位", ["已", "累计", "新增", "861个", "公共", "泊位"]),
        ("１，２００户", ["１，２００户"]),  # full-width kept as written
    ],
)
def test_quantities_are_single_tokens(text, expected):
    assert [t.text for t in segment(text)] == expected


def test_tokens_carry_kinds_and_spans():
    text = "累计新增450个公共充电桩。"
    toks = segment(text)
    assert [t.kind for t in toks][:3] == ["cumulative", "metric", "quantity"]
    for t in toks:
        assert text[t.span[0] : t.span[1]] == t.text
    assert toks[2].quantity.value == 450


def test_private_tokenizer_is_not_jieba_dt():
    import jieba

    tk = tokenizer()
    assert tk is not jieba.dt
    assert "完成建设" in tk.FREQ
    # Our words did not leak into the process-wide dictionary ...
    assert not jieba.dt.initialized or jieba.dt.FREQ.get("完成建设") is None
    # ... and the caller's words do not leak into ours.
    jieba.add_word("宝山区精品示范路")
    assert "宝山区精品示范路" not in tk.FREQ


def test_first_use_from_many_threads_builds_one_tokenizer():
    from progress_nlp.lexicon import load_lexicon

    lex = load_lexicon()  # a fresh lexicon, so the tokenizer is not built yet
    seen = []
    barrier = threading.Barrier(8)

    def work():
        barrier.wait()
        seen.append(id(tokenizer(lex)))

    threads = [threading.Thread(target=work) for _ in range(8)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert len(set(seen)) == 1


def test_import_is_light():
    # Importing the package must not load jieba, cn2an or hypothesis, nor
    # print jieba's "Building prefix dict" banner.
    code = (
        "import sys, progress_nlp;"
        "progress_nlp.extract_quantities('新增81台');"
        "print(sorted(m for m in ('jieba','cn2an','hypothesis') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
    assert "prefix dict" not in out.stderr


def test_segment_rejects_non_str():
    with pytest.raises(TypeError):
        segment(None)  # type: ignore[arg-type]
    assert segment("") == []
