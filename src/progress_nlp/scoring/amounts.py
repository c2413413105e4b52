"""Figures written the way a person writes them in a reason.

A plan computed from ``1.5亿元 × 6/12`` is ``7500万元``, not ``75000000元``
nor ``0.75亿元``; a share of a count is ``166.7公里``; a large count is
``12万人``.
"""

from __future__ import annotations

from fractions import Fraction

from ..lexicon import Lexicon

__all__ = ["number", "amount"]


def number(x: Fraction | float | int) -> str:
    """12, 166.7, 0.75: whole numbers bare, one decimal from 10 up, else two.

    >>> number(Fraction(500, 3)), number(8), number(0.75)
    ('166.7', '8', '0.75')
    """
    f = float(x)
    if f == int(f):
        return str(int(f))
    return f"{f:.1f}" if abs(f) >= 10 else f"{f:.2f}".rstrip("0").rstrip(".")


def amount(value: Fraction | float | int, unit: str, written: str, lex: Lexicon) -> str:
    """``value`` (in the canonical ``unit``) written in the unit the text used.

    ``written`` is the unit as written in the text (``万元``, ``公里``) or
    ``""`` for a bare number.

    >>> from progress_nlp import default_lexicon
    >>> lex = default_lexicon()
    >>> amount(75_000_000, "元", "亿元", lex), amount(150_000_000, "元", "亿元", lex)
    ('7500万元', '1.5亿元')
    >>> amount(166_666.67, "米", "公里", lex), amount(120_000, "人", "人", lex), amount(83.3, "%", "%", lex)
    ('166.7公里', '12万人', '83.3%')
    """
    v = Fraction(value) if not isinstance(value, float) else Fraction(str(value))
    if unit == "%":
        return f"{number(v)}%"
    entry = lex.units.get(written)
    if written[:1] in "万亿" and entry is not None and entry.canonical != written:
        # A magnitude unit (万元, 亿元): the value is in its base
        # unit already; choose the magnitude that reads best.
        return _with_magnitude(v, entry.canonical)
    if entry is not None and entry.scale != 1:
        v = v / entry.scale
    return _with_magnitude(v, written) if abs(v) >= 100_000 else f"{number(v)}{written}"


def _with_magnitude(v: Fraction, base: str) -> str:
    if abs(v) >= 10**8:
        return f"{number(v / 10**8)}亿{base}"
    if abs(v) >= 10**4:
        return f"{number(v / 10**4)}万{base}"
    return f"{number(v)}{base}"
