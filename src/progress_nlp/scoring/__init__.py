"""Comparing target and actual: :func:`score_progress`, the verdict and its evidence.

The rules follow the scoring guide and apply in the order of
:data:`progress_nlp.scoring.rules.RULES` (docs/scoring.md); the first that
has evidence decides.
"""

from __future__ import annotations

from fractions import Fraction

from ..lexicon import default_lexicon
from ..readers.text import strip_pinyin
from .row import Row
from .rules import decide
from .verdict import ProgressScore, QuantityPair, SchedulePair, ScoringRules, StagePair, Status

__all__ = [
    "Status",
    "ScoringRules",
    "QuantityPair",
    "StagePair",
    "SchedulePair",
    "ProgressScore",
    "score_progress",
]

_DEFAULT_RULES = ScoringRules()


def score_progress(
    target: str,
    actual: str,
    *,
    annual: str | None = None,
    month: float | None = None,
    year: int | None = None,
    rules: ScoringRules | None = None,
) -> ProgressScore:
    """Compare a period target with the progress reported.

    Parameters
    ----------
    target:
        The target for the period (N月份目标, 序时目标); ``""`` when the
        report has no such column: the plan is then the whole-year task
        ``annual`` pro-rated to the month (序时进度).
    actual:
        The progress reported (进展情况), simplified or traditional.
    annual:
        The whole-year task (项目内容), used to turn shares into counts, as
        the plan when the target gives no figure or stage, and for levels
        (失业率控制在5.5%以内) that are compared as levels.
    month:
        How far into the year the report goes, 0 < month <= 12: the last
        month covered (8 for 1-8月), or a fraction for a period ending
        mid-month (4.5 for 截至5月15日). 序时进度 is month/12.
    year:
        The report's year. Only a task of several years (``2013—2017年…``)
        needs it: the plan is then the years gone over the task's years.
    rules:
        Thresholds and lexicon; default :class:`ScoringRules()`.

    Raises
    ------
    TypeError
        A text is not a ``str`` (``annual`` may be None), or ``month`` is
        not a number.
    ValueError
        ``month`` is not in (0, 12].

    Examples
    --------
    >>> score_progress("新增30台、完工20台。", "新增81台,完工52台。").status.value
    'ahead'
    >>> score_progress("完成初设批复。", "前期手续办理中。").status.value
    'behind'
    >>> score_progress("开展活动", "暂停线下配送活动。").status.value
    'blocked'
    >>> s = score_progress("", "累计完成45台", annual="全年新增100台", month=6)
    >>> s.status.value, s.basis, str(s)
    ('behind', 'pace', '累计完成45台,序时进度50台(全年100台×6/12),完成率90%,滞后')
    >>> str(score_progress("", "已累计发放补贴1.2亿元。", annual="发放养老补贴1.5亿元", month=6))
    '累计补贴1.2亿元,序时进度7500万元(全年1.5亿元×6/12),完成率160%,超序时'
    >>> s = score_progress("", "项目已完工并交付使用", annual="建成社区食堂1个", month=7)
    >>> s.status.value, s.basis
    ('ahead', 'schedule')
    >>> score_progress("", "积极推进中", annual="推进社区治理").needs_review
    True
    """
    for name, value in (("target", target), ("actual", actual)):
        if not isinstance(value, str):
            raise TypeError(f"score_progress() {name} must be str, got {type(value).__name__}")
    if annual is not None and not isinstance(annual, str):
        raise TypeError(f"score_progress() annual must be str or None, got {type(annual).__name__}")
    m = _month(month)
    if year is not None and (isinstance(year, bool) or not isinstance(year, int)):
        raise TypeError(f"year must be an int or None, got {type(year).__name__}")
    rules = rules or _DEFAULT_RULES
    lex = rules.lexicon or default_lexicon()
    # Text cut from a mirror page that annotates characters (預(yù)計) reads
    # without the annotations, which split the words; spans then index the
    # text without them.
    target, actual, annual = strip_pinyin(target), strip_pinyin(actual), strip_pinyin(annual or "")
    return decide(Row(target, actual, annual, m, rules, lex, year))


def _month(month: float | None) -> Fraction | None:
    if month is None:
        return None
    if isinstance(month, bool) or not isinstance(month, (int, float, Fraction)):
        raise TypeError(f"month must be a number from 0 to 12, got {type(month).__name__}")
    if month != month or not 0 < month <= 12:  # month != month: NaN
        raise ValueError(f"month must be in (0, 12], got {month!r}")
    return Fraction(month) if isinstance(month, (int, Fraction)) else Fraction(str(month))
