"""Width normalisation that keeps every character where it was.

Full-width forms (``８１``, ``２３．４％``, ``１，２００``) and the small
punctuation forms (``﹔``, ``﹐``) are mapped one character to one character
onto their ASCII twins, so an index into the
normalised text is the same index into the caller's text. That is what lets
every span the library returns point into the original string without any
offset bookkeeping. Never replace this with NFKC: NFKC changes lengths
(``㎡`` becomes ``m2``) and the spans would drift.
"""

from __future__ import annotations

import re
from typing import Callable

__all__ = ["to_halfwidth", "to_fullwidth", "to_simplified", "normalize"]

# U+FF01..U+FF5E are the full-width twins of U+0021..U+007E, in order.
_FULL_TO_HALF = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_FULL_TO_HALF[0x3000] = 0x20  # ideographic space
# The small form variants some pages punctuate with (﹔ ﹐ ﹖): the clause and
# sentence ends they are, or the list comma 、 for ﹑.
_SMALL_FORMS = dict(zip(map(ord, "﹐﹑﹒﹔﹕﹖﹗﹙﹚﹪"), map(ord, ",、.;:?!()%")))
_FULL_TO_HALF.update(_SMALL_FORMS)
_HALF_TO_FULL = {cp - 0xFEE0: cp for cp in range(0xFF01, 0xFF5F)}


_FULLWIDTH = re.compile("[\uff01-\uff5e\u3000\ufe50-\ufe6b]")


def _half(m: re.Match[str], _chr: Callable[[int], str] = chr, _ord: Callable[[str], int] = ord) -> str:
    ch = m.group()
    if ch == "\u3000":
        return " "
    cp = _ord(ch)
    return _chr(cp - 0xFEE0) if cp >= 0xFF01 else _chr(_SMALL_FORMS.get(cp, cp))


def to_halfwidth(text: str) -> str:
    """Map full-width ASCII forms to ASCII, one character for one.

    >>> to_halfwidth("新增８１台，完成２３．４％")
    '新增81台,完成23.4%'
    >>> to_halfwidth("完成率达372.7%﹔养老帮困方面")   # a small form variant
    '完成率达372.7%;养老帮困方面'
    """
    # A substitution per full-width character is 2-3x faster than
    # str.translate on typical rows, which hold a few such characters.
    return _FULLWIDTH.sub(_half, text)


def to_fullwidth(text: str) -> str:
    """The inverse of :func:`to_halfwidth` on printable ASCII (used by tests).

    >>> to_fullwidth("81%")
    '８１％'
    """
    return text.translate(_HALF_TO_FULL)


# Traditional → simplified comes from a table generated from OpenCC's
# character list (tools/gen_t2s.py writes _t2s_table.py): one character for
# one, so spans stay valid like they do for width. It is built on first use
# because most reports are simplified already and importing the package
# should not pay for a 4,000-entry dict. Two threads racing on the first call
# both build the same tables and one assignment wins; the tuple is bound in a
# single step, so no caller ever sees half of it.
_TABLES: tuple[dict[int, int], dict[int, int], list[int]] | None = None


def _t2s_tables() -> tuple[dict[int, int], dict[int, int], list[int]]:
    """(traditional → simplified, that plus full-width → half-width, the
    latter as a list indexed by every code point of the BMP)."""
    global _TABLES
    tables = _TABLES
    if tables is None:
        from ._t2s_table import SIMPLIFIED, TRADITIONAL

        t2s = str.maketrans(TRADITIONAL, SIMPLIFIED)
        # The generator keeps CJK and the width forms apart, so the union
        # does both jobs in one pass with neither overriding the other.
        both = {**t2s, **_FULL_TO_HALF}
        # str.translate with a dict raises and clears a KeyError for every
        # character the dict does not hold (nearly all of them); a list
        # answers each look-up directly, which makes normalize 2-3x faster.
        # It covers the BMP only: translate keeps a character beyond the
        # list as it is, so texts with astral characters use the dict.
        bmp = list(range(0x10000))
        for cp, to in both.items():
            if cp < 0x10000:
                bmp[cp] = to
        tables = _TABLES = (t2s, both, bmp)
    return tables


_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")


def to_simplified(text: str) -> str:
    """Map traditional Chinese characters to simplified, one for one.

    Characters used in simplified text as well (于, 台, 了, 干) never change,
    so simplified text comes back as it was and converting twice is the same
    as converting once. Word-level choices OpenCC makes from phrase lists
    (計畫 → 计划) are out of reach of a one-for-one table: 畫 becomes 画.

    >>> to_simplified("因疫情防控暫停")
    '因疫情防控暂停'
    >>> to_simplified("完成投資3500萬元")
    '完成投资3500万元'
    >>> to_simplified("項目進展情況")
    '项目进展情况'
    >>> to_simplified("牽頭單位")
    '牵头单位'
    >>> to_simplified("项目进展情况")
    '项目进展情况'
    """
    return text.translate(_t2s_tables()[0])


def normalize(text: str) -> str:
    """:func:`to_halfwidth` and :func:`to_simplified` in one pass.

    The result always has the length of *text*, and index ``i`` of it is
    character ``i`` of *text*, converted.

    >>> normalize("累計新增１２個")
    '累计新增12个'
    >>> normalize("完成率８５％　滯後")
    '完成率85% 滞后'
    >>> normalize("已完成年度投資計畫")
    '已完成年度投资计划'
    """
    _, both, bmp = _t2s_tables()
    out = text.translate(bmp if _ASTRAL.search(text) is None else both)
    if "画" in out:
        # One word the one-for-one table cannot get right: 計畫 (Taiwan's
        # 计划) becomes 计画; the fix keeps the length.
        out = out.replace("计画", "计划").replace("规画", "规划")
    return out
