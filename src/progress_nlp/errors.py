"""Exception classes of progress_nlp.

Every error the library raises on purpose derives from :class:`ProgressNLPError`
and also from the builtin it resembles, so ``except ValueError`` keeps working
for callers who do not know this library.
"""

from __future__ import annotations

__all__ = [
    "ProgressNLPError",
    "NumberFormatError",
    "LexiconError",
    "ReportFormatError",
    "ReportTooLargeError",
    "UnsafeFileError",
    "MissingExtraError",
]


class ProgressNLPError(Exception):
    """Base class of the errors raised by progress_nlp."""


class NumberFormatError(ValueError, ProgressNLPError):
    """A string given to :func:`progress_nlp.parse_number` is not one numeral.

    ``text`` is the input and ``reason`` says what was wrong with it.

    >>> from progress_nlp import parse_number
    >>> parse_number("统一")
    Traceback (most recent call last):
    ...
    progress_nlp.errors.NumberFormatError: not a numeral: '统一' (unexpected character '统' at 0)
    """

    def __init__(self, text: str, reason: str) -> None:
        self.text = text
        self.reason = reason
        super().__init__(text, reason)

    def __str__(self) -> str:
        return f"not a numeral: {self.text!r} ({self.reason})"

    def __reduce__(self) -> tuple[type[NumberFormatError], tuple[str, str]]:  # keep both fields when pickled across processes
        return (type(self), (self.text, self.reason))


class LexiconError(ValueError, ProgressNLPError):
    """One or more lines of a lexicon file are malformed.

    ``problems`` lists every bad line found, as ``(path, line_number, raw_line,
    message)`` tuples, so a person fixing a file sees them all at once.
    """

    def __init__(self, problems: list[tuple[str, int, str, str]]) -> None:
        self.problems = list(problems)
        super().__init__(self.problems)

    def __str__(self) -> str:
        lines = [f"{len(self.problems)} problem(s) in lexicon files:"]
        for path, lineno, raw, message in self.problems:
            # A problem across files (a word in two tables) has no one line.
            where = f"{path}:{lineno}" if lineno else path
            lines.append(f"  {where}: {message}: {raw!r}")
        return "\n".join(lines)

    def __reduce__(self) -> tuple[type[LexiconError], tuple[list[tuple[str, int, str, str]]]]:
        return (type(self), (self.problems,))


class ReportFormatError(ValueError, ProgressNLPError):
    """A source holds no progress table, or cannot be read or decoded.

    The message says what was looked for (the header words) or what failed.
    """


class ReportTooLargeError(ReportFormatError):
    """A source exceeds the size limit (``max_bytes`` of :func:`load_report`)."""


class UnsafeFileError(ReportFormatError):
    """A hostile file: a zip bomb, an XML entity declaration, a path trick."""


class MissingExtraError(ImportError, ProgressNLPError):
    """A format needs an optional dependency; the message names the extra,
    e.g. ``pip install "progress-nlp[xlsx]"``."""
