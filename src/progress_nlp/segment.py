"""Word segmentation with a private jieba tokenizer.

jieba's module-level functions share one global ``jieba.dt`` whose dictionary
``add_word`` changes for the whole process, and its first use costs about a
second. So this module builds its own ``jieba.Tokenizer`` on first call (never
at import), adds the lexicon's words to that instance only, and guards the
build with a lock so threads racing on first use build it once.

jieba splits ``7.34公里`` into ``7 / . / 34 / 公里`` and glues measure words
to the next noun (``3只鸡`` → ``3 / 只鸡``). :func:`segment` therefore lays
the spans of :func:`~progress_nlp.extract_quantities` over jieba's tokens:
every quantity becomes one token, whatever jieba did inside it.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .extract import extract_quantities
from .lexicon import Lexicon, default_lexicon
from .normalize import to_halfwidth

if TYPE_CHECKING:
    import jieba

    from .quantity import Quantity

__all__ = ["Token", "segment", "tokenizer"]

# Frequencies for the words we add: high enough to beat the dictionary's
# splits of domain verbs (jieba#267: a low frequency still loses), low enough
# not to swallow longer dictionary words.
_WORD_FREQ = 20000

_lock = threading.Lock()


@dataclass(frozen=True)
class Token:
    """One token of :func:`segment`.

    ``kind`` is ``"quantity"`` (its ``quantity`` attribute holds the
    :class:`~progress_nlp.Quantity`), ``"metric"`` (a metric verb),
    ``"cumulative"`` (累计 and the like), ``"punct"`` or ``"word"``.
    """

    text: str
    span: tuple[int, int]
    kind: str
    quantity: Quantity | None = None


def _build(lex: Lexicon) -> "jieba.Tokenizer":
    import jieba

    tk = jieba.Tokenizer()
    logger = logging.getLogger("jieba")
    level = logger.level
    # jieba prints "Building prefix dict…" on every first use; silence it for
    # this build only, then put the user's level back.
    logger.setLevel(logging.WARNING)
    try:
        tk.initialize()
    finally:
        logger.setLevel(level)
    words = set(lex.metric_verbs) | set(lex.cumulative) | {u for u in lex.units if not u.isascii()}
    for word in sorted(words):
        tk.add_word(word, freq=_WORD_FREQ)
    return tk


def tokenizer(lexicon: Lexicon | None = None) -> "jieba.Tokenizer":
    """The private ``jieba.Tokenizer`` of a lexicon, built on first use.

    It is not ``jieba.dt``: words added here do not reach the caller's jieba,
    and words the caller adds to ``jieba.dt`` do not reach here.
    """
    lex = lexicon or default_lexicon()
    with _lock:  # jieba's own initialisation is not safe to race
        return lex.cached("jieba", _build)


def segment(text: str, *, lexicon: Lexicon | None = None) -> list[Token]:
    """Split a text into tokens, keeping each quantity whole.

    Parameters
    ----------
    text:
        Any string.
    lexicon:
        Word lists to use; default :func:`~progress_nlp.default_lexicon`.

    Returns
    -------
    Tokens covering the non-space characters of ``text`` in order; spans
    point into ``text``.

    Examples
    --------
    >>> [t.text for t in segment("已累计新增861个公共泊位")]
    ['已', '累计', '新增', '861个', '公共', '泊位']
    >>> [(t.text, t.kind) for t in segment("建成7.34公里绿道")][:2]
    [('建成', 'metric'), ('7.34公里', 'quantity')]
    """
    if not isinstance(text, str):
        raise TypeError(f"segment() expects str, got {type(text).__name__}")
    if not text:
        return []
    lex = lexicon or default_lexicon()
    tk = tokenizer(lex)
    quantities = extract_quantities(text, lexicon=lex)
    # Cut points: jieba's boundaries and each quantity's, minus any that
    # fall inside a quantity, so a quantity is always exactly one token.
    cuts = {0, len(text)}
    for _, start, end in tk.tokenize(to_halfwidth(text), HMM=False):
        cuts.add(start)
        cuts.add(end)
    by_start: dict[int, Quantity] = {}
    q: Quantity | None
    for q in quantities:
        cuts.add(q.start)
        cuts.add(q.end)
        by_start[q.start] = q
        cuts.difference_update(range(q.start + 1, q.end))
    points = sorted(cuts)
    tokens: list[Token] = []
    for start, end in zip(points, points[1:]):
        q = by_start.get(start)
        if q is not None and q.end == end:
            tokens.append(Token(q.text, q.span, "quantity", q))
        elif text[start:end].strip():
            tokens.append(_word(text, start, end, lex))
    return tokens


def _word(text: str, start: int, end: int, lex: Lexicon) -> Token:
    w = text[start:end]
    h = to_halfwidth(w)
    if h in lex.cumulative:  # 累计 is both; what it marks matters more
        kind = "cumulative"
    elif h in lex.metric_verbs:
        kind = "metric"
    elif not any(c.isalnum() for c in h):
        kind = "punct"
    else:
        kind = "word"
    return Token(w, (start, end), kind)
