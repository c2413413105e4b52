"""A text prepared once for every rule that reads it.

The original string is kept for spans and display; ``norm`` is the same text
with full-width forms and traditional characters mapped one for one
(:func:`~progress_nlp.normalize.normalize`), so an index into one is an index
into the other. Clause and sentence boundaries are found once, on first use.
"""

from __future__ import annotations

import re
from functools import cached_property

from .normalize import normalize

__all__ = ["Prepared", "CLAUSE_DELIMITERS", "SENTENCE_DELIMITERS"]

#: What ends a clause: figures, stages and markers do not reach across these.
CLAUSE_DELIMITERS = ",;。!?\n:()[]【】"
#: What ends a sentence (其中 reaches across commas, not across these).
SENTENCE_DELIMITERS = "。;!?\n"
_CLAUSE = re.compile("[" + re.escape(CLAUSE_DELIMITERS) + "]")
_SENTENCE = re.compile("[" + re.escape(SENTENCE_DELIMITERS) + "]")
_PHRASE = re.compile(r"[,;。!?\n:]")


class Prepared:
    """``original`` and its one-for-one normal form ``norm``.

    >>> p = Prepared("累計新增１２個,完工8個")
    >>> p.norm, p.delims
    ('累计新增12个,完工8个', [7])
    """

    __slots__ = ("original", "norm", "__dict__")

    def __init__(self, original: str) -> None:
        self.original = original
        self.norm = normalize(original)

    @cached_property
    def delims(self) -> list[int]:
        """Positions of clause delimiters, in order."""
        return [m.start() for m in _CLAUSE.finditer(self.norm)]

    @cached_property
    def phrase_delims(self) -> list[int]:
        """Positions of clause delimiters other than brackets."""
        return [m.start() for m in _PHRASE.finditer(self.norm)]

    @cached_property
    def sentence_ends(self) -> list[int]:
        """Positions of sentence delimiters, in order."""
        return [m.start() for m in _SENTENCE.finditer(self.norm)]

    def __bool__(self) -> bool:
        return bool(self.original.strip())

    def __repr__(self) -> str:
        return f"Prepared({self.original!r})"
