"""progress_nlp: read Chinese progress reports (实事项目进展) and say whether
each project is ahead, on track, behind or blocked.

>>> from progress_nlp import extract_quantities, parse_number
>>> parse_number("14.5万")
145000
>>> [(q.metric, q.value, q.unit) for q in extract_quantities("新增81台,完工52台。")]
[('新增', 81, '台'), ('完工', 52, '台')]
"""

from .errors import (
    LexiconError,
    MissingExtraError,
    NumberFormatError,
    ProgressNLPError,
    ReportFormatError,
    ReportTooLargeError,
    UnsafeFileError,
)
from .extract import extract_quantities
from .lexicon import Lexicon, default_lexicon, load_lexicon
from .numerals import parse_number
from .quantity import Quantity
from .report import Report, ReportRow, load_report
from .scoring import ProgressScore, QuantityPair, SchedulePair, ScoringRules, StagePair, Status, score_progress
from .scored import ScoredReport, ScoredRow, Summary, score_frame, score_report
from .segment import Token, segment
from .tracking import Timeline, track

__all__ = [
    "load_report",
    "score_report",
    "score_frame",
    "Report",
    "ReportRow",
    "ScoredReport",
    "ScoredRow",
    "Summary",
    "score_progress",
    "track",
    "Timeline",
    "Status",
    "ScoringRules",
    "ProgressScore",
    "QuantityPair",
    "StagePair",
    "SchedulePair",
    "extract_quantities",
    "parse_number",
    "Quantity",
    "segment",
    "Token",
    "Lexicon",
    "load_lexicon",
    "default_lexicon",
    "ProgressNLPError",
    "NumberFormatError",
    "LexiconError",
    "ReportFormatError",
    "ReportTooLargeError",
    "UnsafeFileError",
    "MissingExtraError",
]

__version__ = "0.1.0"
