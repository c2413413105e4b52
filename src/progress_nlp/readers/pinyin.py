"""Pinyin mirrors: pages that annotate characters with their reading.

Some mirror sites print each character's pinyin after it (關(guān)于). The
prose reader reads such a page without the annotations and gives fields and
spans in the text given: :func:`pinyin_cut` finds the text to read and the
map back, :class:`Mapped` slices the text given by positions in the text read.
"""

from __future__ import annotations

from array import array

from .text import PINYIN, PINYIN_MIN

__all__ = ["pinyin_cut", "Mapped"]


def pinyin_cut(h: str) -> tuple[list[tuple[int, int]], array[int]] | None:
    """The stretches of h that are not pinyin annotations, and the map from
    a position in their concatenation to a position in h (one more entry
    for the end), when h annotates its characters (three at least)."""
    if "(" not in h:
        return None
    found = PINYIN.finditer(h)
    first = [m for _, m in zip(range(PINYIN_MIN), found)]
    if len(first) < PINYIN_MIN:
        return None
    keep: list[tuple[int, int]] = []
    pos = array("q")
    last = 0
    for m in PINYIN.finditer(h):
        keep.append((last, m.start()))
        pos.extend(range(last, m.start()))
        last = m.end()
    keep.append((last, len(h)))
    pos.extend(range(last, len(h)))
    pos.append(len(h))
    return keep, pos


class Mapped:
    """The text given, sliced by positions in the text read (annotations
    cut): a slice keeps the annotations inside it and after its last
    character (鎮(zhèn)), as the page prints them."""

    def __init__(self, text: str, pos: array[int]) -> None:
        self.text, self.pos = text, pos

    def __getitem__(self, sl: slice) -> str:
        n = len(self.pos) - 1
        a = min(max(sl.start or 0, 0), n)
        b = n if sl.stop is None else min(max(sl.stop, a), n)
        return self.text[self.pos[a] : self.pos[b]]
