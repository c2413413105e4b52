"""The result object of quantity extraction."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from decimal import Decimal
from fractions import Fraction
from typing import Any

__all__ = ["Quantity"]

Number = int | float


@dataclass(frozen=True)
class Quantity:
    """One quantity found in a text.

    Invariant: ``source[q.span[0]:q.span[1]] == q.text`` for the string
    ``source`` it was extracted from; spans are half-open, like Python
    slices (``end`` is exclusive).

    Attributes
    ----------
    value:
        The number in ``unit`` as written: a magnitude before a plain unit
        is applied (``1万户`` → 10000), one that is part of the unit is not
        (``500万元`` → 500, like ``5公里`` → 5); ``80%`` → 80. The
        lexicon's ``scale`` takes it to the canonical unit
        (``UnitEntry.scale``: 万元 → 元 × 10000). For a range or an approximate
        number it is the lower bound (``3-5个`` → 3, ``二十余个`` → 20).
    unit:
        The measure word or unit as written after the number (``台``,
        ``公里``, ``万元``, ``%``, ``个百分点``), or ``""`` when the number
        stands directly before a noun (``十万职工``) or alone.
    text, span:
        The surface and its ``(start, end)`` in the caller's string.
    metric:
        The verb or label that governs the number (``新增``, ``完工``,
        ``累计``), or None.
    cumulative:
        True for running totals (``累计``, ``共计`` …).
    qualifier:
        None, or ``"at_least"``, ``"at_most"``, ``"about"``, ``"over"``.
    upper:
        The upper bound a range or an approximate number implies, else None.
        Ranges (``3-5个``) give an inclusive bound; 余/多/几 (``二十余个``
        → 20, upper 30) give the next step up, not itself reached.
    kind:
        The unit's kind from ``units.txt`` (``count``, ``length``,
        ``money``, ``percent``, ``percentage_point`` …), ``"fraction"`` for
        ``三分之一`` and ``""`` for a bare number.
    exact:
        ``value`` as an exact ``int``, ``Decimal`` or ``Fraction``.

    >>> from progress_nlp import extract_quantities
    >>> q = extract_quantities("已累计完成576个")[0]
    >>> q.value, q.unit, q.metric, q.cumulative, q.span
    (576, '个', '完成', True, (5, 9))
    """

    value: Number
    unit: str
    text: str
    span: tuple[int, int]
    metric: str | None = None
    cumulative: bool = False
    qualifier: str | None = None
    upper: Number | None = None
    kind: str = ""
    exact: int | Decimal | Fraction | None = None

    @property
    def start(self) -> int:
        return self.span[0]

    @property
    def end(self) -> int:
        return self.span[1]

    @property
    def approximate(self) -> bool:
        """True for ranges and approximate numbers."""
        return self.qualifier == "about"

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (``exact`` as a string)."""
        d = asdict(self)
        d["span"] = list(self.span)
        d["exact"] = None if self.exact is None else str(self.exact)
        return d
