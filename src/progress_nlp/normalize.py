"""Width normalisation that keeps every character where it was.

Full-width forms (``８１``, ``２３．４％``, ``１，２００``) are mapped one
character to one character onto their ASCII twins, so an index into the
normalised text is the same index into the caller's text. That is what lets
every span the library returns point into the original string without any
offset bookkeeping. Never replace this with NFKC: NFKC changes lengths
(``㎡`` becomes ``m2``) and the spans would drift.
"""

from __future__ import annotations

__all__ = ["to_halfwidth", "to_fullwidth"]

# U+FF01..U+FF5E are the full-width twins of U+0021..U+007E, in order.
_FULL_TO_HALF = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_FULL_TO_HALF[0x3000] = 0x20  # ideographic space
_FULL_TO_HALF[0x3002] = 0x3002  # keep 。 as is: it is already the sentence end
_HALF_TO_FULL = {cp - 0xFEE0: cp for cp in range(0xFF01, 0xFF5F)}


def to_halfwidth(text: str) -> str:
    """Map full-width ASCII forms to ASCII, one character for one.

    >>> to_halfwidth("新增８１台，完成２３．４％")
    '新增81台,完成23.4%'
    """
    return text.translate(_FULL_TO_HALF)


def to_fullwidth(text: str) -> str:
    """The inverse of :func:`to_halfwidth` on printable ASCII (used by tests).

    >>> to_fullwidth("81%")
    '８１％'
    """
    return text.translate(_HALF_TO_FULL)
