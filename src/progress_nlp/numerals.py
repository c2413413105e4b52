"""Chinese and Arabic numerals to exact values.

The grammar, stated so it can be tested:

* An **atom** is an Arabic number (``81``, ``7.34``, ``1,000``; thousands
  separators only in groups of three) or a string of Chinese digits
  (``〇 零 一 二 三 … 九`` and their 大写 forms ``壹 贰 …``; ``二〇二二`` is 2022)
  with an optional Chinese decimal part (``一点五七``).
* Below 万, ``<atom>千<tail>``, ``<atom>百<tail>`` and ``<atom>十<tail>``
  build a number; the atom may be left out before 十/百/千 (``十二`` = 12).
* ``<number>万<tail>`` and ``<number>亿<tail>`` scale everything on their left
  (``2千零30万`` = 20,300,000, ``十五点八万`` = 158,000, ``二十万亿`` = 2×10¹³).
* A **tail** is empty, or starts with 零/0 and is then read as it stands
  (``十万零一千`` = 101,000, ``一千零十`` = 1,010), or is one bare digit that
  continues the place below (``一万二`` = 12,000, ``13万2`` = 132,000,
  ``两百五`` = 250), or is any smaller number (``3万4000`` = 34,000,
  ``25万6千`` = 256,000). A tail must be smaller than the place it follows.
* ``两`` is 2 wherever a digit may stand (``两千两百`` = 2,200) but never in a
  digit string (``两三`` is a range, see :mod:`progress_nlp.extract`).
* Percentages: ``80%``, ``百分之八十`` → 80 (the number of percent, as
  :class:`~progress_nlp.Quantity` reports it, with unit ``%``).
* Fractions: ``三分之一``, ``1/3`` → 1/3; ``千分之五`` → 0.005; ``一半`` → 0.5.

Arithmetic is done on :class:`fractions.Fraction`, so ``16.4亿`` is exactly
1,640,000,000 and never 1,639,999,999 as float arithmetic gives.
"""

from __future__ import annotations

import re
from decimal import Decimal
from fractions import Fraction

from .errors import NumberFormatError
from .normalize import to_halfwidth

__all__ = ["parse_number", "to_output", "DIGITS", "MULTIPLIERS", "numeral_value"]

# Keep in sync with the run pattern in extract.py.
DIGITS: dict[str, int] = {
    "〇": 0, "零": 0, "０": 0,
    "一": 1, "壹": 1, "弌": 1,
    "二": 2, "贰": 2, "貳": 2, "两": 2, "兩": 2,
    "三": 3, "叁": 3, "參": 3,
    "四": 4, "肆": 4,
    "五": 5, "伍": 5,
    "六": 6, "陆": 6, "陸": 6,
    "七": 7, "柒": 7,
    "八": 8, "捌": 8,
    "九": 9, "玖": 9,
}
SMALL_MULTIPLIERS: dict[str, int] = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
BIG_MULTIPLIERS: dict[str, int] = {"万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8}
MULTIPLIERS: dict[str, int] = {**SMALL_MULTIPLIERS, **BIG_MULTIPLIERS}
ZEROS = frozenset("〇零0")
_ASCII_DIGITS = frozenset("0123456789")

# One numeral is at most this long: longer runs are IDs or garbage, and the
# bound keeps the recursive parser and int() (limited to 4300 digits) safe.
_MAX_LENGTH = 100
_ARABIC = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?", re.ASCII)
_PERCENT_WORDS = ("百分之",)
_FRACTION_SCALE_WORDS = {"千分之": 1000, "万分之": 10000}


def _bad(text: str, reason: str) -> NumberFormatError:
    return NumberFormatError(text, reason)


def _arabic(s: str) -> Fraction:
    """An Arabic number _ARABIC matched: 7.34 is 734/100. Fraction(str)
    gives the same value but parses the text again with a regular
    expression, several times slower."""
    int_part, _, frac_part = s.replace(",", "").partition(".")
    return Fraction(int(int_part + frac_part), 10 ** len(frac_part))


def _atom(s: str, whole: str) -> Fraction:
    """An Arabic number or a string of Chinese digits, with a decimal part."""
    if not s:
        raise _bad(whole, "missing digits")
    if _ARABIC.fullmatch(s):
        return _arabic(s)
    int_part, sep, frac_part = s.partition("点")
    if sep and not frac_part:
        raise _bad(whole, "nothing after 点")
    for i, ch in enumerate(int_part + frac_part):
        # ASCII digits only: str.isdigit() also accepts ² and ٣, which
        # Fraction() and int() then refuse (found by the fuzz suite).
        if ch not in DIGITS and ch not in _ASCII_DIGITS:
            raise _bad(whole, f"unexpected character {ch!r} at {whole.find(ch)}")
    if "两" in int_part[1:] or "兩" in int_part[1:] or (len(int_part) > 1 and int_part[0] in "两兩"):
        raise _bad(whole, "两 cannot stand in a digit string (两三 is a range)")
    digits = "".join(str(DIGITS.get(ch, ch)) for ch in int_part) or "0"
    frac_digits = "".join(str(DIGITS.get(ch, ch)) for ch in frac_part)
    return Fraction(digits + ("." + frac_digits if frac_digits else ""))


def _tail(s: str, place: int, whole: str) -> Fraction:
    """What follows a multiplier: see the module docstring."""
    if not s:
        return Fraction(0)
    if s[0] in ZEROS:
        rest = s.lstrip("〇零0")
        value = _number(rest, whole) if rest else Fraction(0)
    elif len(s) == 1 and (s in DIGITS or s in _ASCII_DIGITS):
        # Spoken abbreviation: 一万二 is 12,000, 两百五 is 250.
        value = Fraction(DIGITS.get(s, 0) if s in DIGITS else int(s)) * place / 10
    else:
        value = _number(s, whole)
    if value >= place:
        raise _bad(whole, f"{s!r} is too large to follow a multiplier of {place}")
    return value


def _small(s: str, whole: str) -> Fraction:
    if s.isdigit() and s.isascii():
        return Fraction(int(s))
    for ch_set, place in (("千仟", 1000), ("百佰", 100), ("十拾", 10)):
        idx = max(s.rfind(ch) for ch in ch_set)
        if idx < 0:
            continue
        left, right = s[:idx], s[idx + 1 :]
        if any(c in MULTIPLIERS for c in left):
            raise _bad(whole, f"multipliers out of order before {s[idx]!r}")
        coeff = _atom(left, whole) if left else Fraction(1)
        return coeff * place + _tail(right, place, whole)
    return _atom(s, whole)


def _number(s: str, whole: str) -> Fraction:
    if _ARABIC.fullmatch(s):
        return _arabic(s)  # 60.4 of 60.4万: what _small and _atom would give, directly
    for ch_set, place in (("亿億", 10**8), ("万萬", 10**4)):
        idx = max(s.rfind(ch) for ch in ch_set)
        if idx < 0:
            continue
        left, right = s[:idx], s[idx + 1 :]
        coeff = _number(left, whole) if left else Fraction(1)
        return coeff * place + _tail(right, place, whole)
    return _small(s, whole)


# Values of numerals read before (一, 两, 十万, 5万 recur on every page of a
# report). Values are immutable, so sharing them is safe; the memo is
# emptied when full rather than kept in order, to keep a hit one dict look-up.
_MEMO: dict[str, Fraction] = {}
_MEMO_SIZE = 4096


def numeral_value(s: str) -> Fraction | int:
    """The exact value of a numeral already normalised to half-width.

    Raises :class:`NumberFormatError`. Used by the extractor on spans its own
    patterns found; :func:`parse_number` is the public, forgiving entry point.
    """
    if s.isascii() and s.isdigit():
        return int(s)  # the common case; int behaves as a Fraction here
    value = _MEMO.get(s)
    if value is None:
        value = _numeral_value(s)  # errors are not remembered: they are rare
        if len(_MEMO) >= _MEMO_SIZE:
            _MEMO.clear()
        _MEMO[s] = value
    return value


def _numeral_value(s: str) -> Fraction:
    if not s:
        raise _bad(s, "empty string")
    if s.endswith("%"):
        return _number(s[:-1], s)
    for word in _PERCENT_WORDS:
        if s.startswith(word):
            return _number(s[len(word):], s)
    for word, scale in _FRACTION_SCALE_WORDS.items():
        if s.startswith(word):
            return _number(s[len(word):], s) / scale
    if s in ("一半", "半"):
        return Fraction(1, 2)
    if "分之" in s:
        den, _, num = s.partition("分之")
        d = _number(den, s)
        if d == 0:
            raise _bad(s, "zero denominator")
        return _number(num, s) / d
    if "/" in s:
        num, _, den = s.partition("/")
        d = _number(den, s)
        if d == 0:
            raise _bad(s, "zero denominator")
        return _number(num, s) / d
    return _number(s, s)


def to_output(value: Fraction | int, exact: bool = False) -> int | float | Decimal | Fraction:
    """Present an exact value: ``int`` when whole, else ``float`` (or, with
    ``exact``, a :class:`~decimal.Decimal` for terminating decimals and a
    :class:`~fractions.Fraction` otherwise)."""
    if value.denominator == 1:
        return int(value.numerator)
    if not exact:
        return float(value)
    den = value.denominator
    twos = fives = 0
    while den % 2 == 0:
        den //= 2
        twos += 1
    while den % 5 == 0:
        den //= 5
        fives += 1
    if den != 1:
        return value
    k = max(twos, fives)
    return Decimal(value.numerator * 10**k // value.denominator).scaleb(-k)


def parse_number(text: str, *, exact: bool = False) -> int | float | Decimal | Fraction:
    """Read one numeral expression and return its value.

    Parameters
    ----------
    text:
        One numeral: Arabic (``81``, ``7.34``, ``1,000``, full-width ``８１``),
        Chinese (``一千零五``, ``两千三百``, 大写 ``伍仟``), mixed (``14.5万``,
        ``3万4000``, ``13万2``), a percentage (``80%``, ``百分之八十``) or a
        fraction (``三分之一``, ``1/3``). Surrounding whitespace is ignored.
    exact:
        Return ``Decimal`` / ``Fraction`` instead of ``float`` for values that
        are not whole.

    Returns
    -------
    int when the value is whole; otherwise float (or Decimal/Fraction with
    ``exact=True``). Percentages give the number of percent.

    Raises
    ------
    TypeError
        ``text`` is not a ``str``.
    NumberFormatError
        ``text`` is not exactly one numeral (its message quotes the input).
        Approximate numerals (``十几``, ``两三``, ``3-5``) are rejected here:
        :func:`progress_nlp.extract_quantities` gives their bounds.

    Examples
    --------
    >>> parse_number("16.4亿")
    1640000000
    >>> parse_number("十万零一千"), parse_number("13万2"), parse_number("两千两百")
    (101000, 132000, 2200)
    >>> parse_number("７．３４")
    7.34
    >>> parse_number("百分之八十"), parse_number("三分之一", exact=True)
    (80, Fraction(1, 3))
    """
    if not isinstance(text, str):
        raise TypeError(f"parse_number() expects str, got {type(text).__name__}")
    s = to_halfwidth(text).strip()
    if not s:
        raise _bad(text, "empty string")
    if len(s) > _MAX_LENGTH:
        raise _bad(text[:20] + "…", f"too long for one numeral ({len(s)} characters, at most {_MAX_LENGTH})")
    for marker in ("几", "余", "多", "来", "数", "-", "~", "至", "到"):
        if marker in s and len(s) > 1:
            raise _bad(text, f"approximate numeral ({marker}); extract_quantities() gives its bounds")
    try:
        value = numeral_value(s)
        return to_output(value, exact)
    except NumberFormatError as exc:
        raise NumberFormatError(text, exc.reason) from None
    except OverflowError:
        raise NumberFormatError(text, "too large to represent as a float (use exact=True)") from None
