"""The header of a progress table: which column holds what.

A header cell takes the role of the longest word of ``headers.txt`` it
holds (项目名称 → project, 1-8月实际完成情况 → actual, 是否按序时推进 →
official). Headers come broken in the ways pages break them, and each is
put back together here:

* over two or three rows (``1- 8月`` / ``实际完成情况``): a continuation row
  with as many cells is merged cell by cell (two-level headers), a shorter
  one continues the row (a line break inside the header line);
* with spaces inside words (``序 号``, ``备  注``, ``分管 领导``) or split
  into fragments (``工程`` / ``名称``, ``完成目标`` / ``(%)``) when the page
  was copied as words or blocks: the fragments are joined and cut again at
  the header words (:meth:`HeaderWords.segment`).
"""

from __future__ import annotations

import re
from itertools import zip_longest
from dataclasses import dataclass
from functools import lru_cache

from ..lexicon import Lexicon
from ..normalize import normalize
from ..period import month_of

__all__ = ["Column", "HeaderWords", "header_words", "PERIOD_IN_HEADER"]

# The periods a header may name (2018年, 1-8月, 7月份, (10月15日)).
PERIOD_IN_HEADER = _PERIOD = re.compile(r"\d{4}年|(?:第|前)?[1-4]\s*(?:[-~至—–]\s*[1-4]\s*)?季度|\d{1,2}\s*[-~至—–]\s*\d{1,2}\s*月份?|\d{1,2}\s*月份?(?:\d{1,2}日)?|[(]\s*\d{1,2}月\d{1,2}日\s*[)]")
_UNIT_IN_HEADER = re.compile(r"[(]\s*(?:单位\s*[::]\s*)?([^()]{1,6}?)\s*[)]\s*$|单位\s*[::]\s*(\S{1,6})$")
_SPACE = re.compile(r"\s+")
# Progress given as a share of the year: a header ending in % or (%).
_PERCENT = re.compile(r"%\s*[)]?\s*$")
# Roles a progress-like column turns into when its header says %.
_TO_SHARE = {"actual", "task", "target"}
# Two header words of these roles next to each other are one column when
# they came from fragments (市级牵头 / 责任单位); progress columns each with
# their own period are not (1-10月 | 1-11月).
_MERGEABLE = {"no", "category", "project", "task", "lead", "person", "unit", "official", "remark", "deadline", "problem", "next", "ref", "count", "total", "start", "where"}
# The header search asks about the same cells again from every cell where a
# run of label-like cells could start, so the answers for short cells (all a
# header is made of) are remembered: 1,000 lines of 项目 took 25 s, now 2.6 s.
# The search stays quadratic in such a run (table_header.stream_header). Bounded,
# as the words live as long as their lexicon.
_MEMO_SIZE = 4096
_MEMO_LEN = 40


@dataclass(frozen=True)
class Column:
    """One column of a table.

    ``role`` is None for a column the lexicon does not know (its cells are
    kept in :attr:`ReportRow.cells`). ``percent`` marks a header that says
    its figures are percentages; ``unit`` is a unit named in the header
    (``投资(万元)``, ``单位:公里``); ``month`` the period it names.
    """

    name: str
    role: str | None
    percent: bool = False
    unit: str = ""
    month: float | None = None


class HeaderWords:
    """The header words of a lexicon, compiled once (see :func:`header_words`)."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        words = {normalize(w).replace(" ", ""): r for w, r in lex.headers.items()}
        self.role_of = words
        # 项目数 and the like, not 个数 alone: 完成个数 is what was done.
        self.count_words = tuple(w for w, r in words.items() if r == "count" and len(w) > 2)
        self.pattern = re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))) if words else None
        # The words an error names: each role's in turn, in the order
        # headers.txt lists them (the usual first), so the first few show
        # what a project, progress and target column are called.
        by_role = [[w for w, r in lex.headers.items() if r == role] for role in ("project", "actual", "target", "task")]
        self.looked_for = [w for group in zip_longest(*by_role) for w in group if w is not None]
        self._squash_memo = lru_cache(maxsize=_MEMO_SIZE)(self._squash)
        self._role_memo = lru_cache(maxsize=_MEMO_SIZE)(self._role)
        self._column_memo = lru_cache(maxsize=_MEMO_SIZE)(self._column)

    def squash(self, cell: str) -> str:
        return self._squash_memo(cell) if cell and len(cell) <= _MEMO_LEN else self._squash(cell)

    def _squash(self, cell: str | None) -> str:
        return _SPACE.sub("", normalize(cell or ""))

    def role(self, cell: str) -> str | None:
        """The role a header cell names, or None for data and unknown labels.

        >>> from progress_nlp import default_lexicon
        >>> hw = header_words(default_lexicon())
        >>> hw.role("1- 8月 实际完成情况"), hw.role("全年目标任务"), hw.role("是否 达序时"), hw.role("新增400台")
        ('actual', 'task', 'official', None)
        """
        return self._role_memo(cell) if cell and len(cell) <= _MEMO_LEN else self._role(cell)

    def _role(self, cell: str) -> str | None:
        c = self.squash(cell)
        # Header cells are labels; a long cell is data (计划完成3个小区…),
        # and so is one with figures other than a period (8月份, 1-11月).
        if not c or len(c) > 18 or c[-1] in "。;," or not ("\u4e00" <= c[0] <= "\u9fff" or c[0].isdigit() or c[0] == "("):
            return None
        if any(ch.isdigit() for ch in _PERIOD.sub("", c)):
            return None
        if self.pattern is None:
            return None
        # The longest word decides; of two as long, the progress (完成时限及
        # 项目推进完成情况, 进展情况、存在问题及下一步打算: the column holds
        # the progress and more; 一季度重点工作完成情况: the progress of the
        # key work, not the work), else the first.
        found = max(((len(m.group()), self.role_of[m.group()] == "actual", -m.start(), m.group())
                     for m in self.pattern.finditer(c)), default=None)
        if found is None:
            return None
        best = found[3]
        role = self.role_of[best]
        if role != "count" and any(c.endswith(w) for w in self.count_words):
            # 区民生实事项目数量: how many projects, whatever longer word it
            # holds before; a Chinese header's last word is its head.
            return "count"
        if role in _TO_SHARE and _PERCENT.search(c):
            return "share"
        return role

    def is_period(self, cell: str) -> bool:
        """A header cell that names only a period (8月份, 1-8月, 2022年): the
        first line of a header word broken over two lines (8月份 / 目标).

        >>> from progress_nlp import default_lexicon
        >>> hw = header_words(default_lexicon())
        >>> hw.is_period("8月份"), hw.is_period("1- 8月"), hw.is_period("8月份目标"), hw.is_period("8")
        (True, True, False, False)
        """
        c = self.squash(cell)
        return bool(c) and not _PERIOD.sub("", c) and self.role(c) is None

    def column(self, name: str) -> Column:
        return self._column_memo(name) if name and len(name) <= _MEMO_LEN else self._column(name)

    def _column(self, name: str) -> Column:
        role = self.role(name)
        c = self.squash(name)
        unit = ""
        m = _UNIT_IN_HEADER.search(c)
        if m:
            unit = m.group(1) or m.group(2) or ""
            if unit in ("%", "%"):
                unit = ""
        percent = bool(_PERCENT.search(c))
        month = month_of(c, header=True, lexicon=self.lex) if role in ("actual", "target", "share") else None
        return Column(name=c, role=role, percent=percent, unit=unit, month=month)

    def is_header(self, cells: list[str]) -> bool:
        """Cells that read as a header row: two roles or more, one of them
        what a progress table is about, and few cells that are not labels."""
        roles = [self.role(c) for c in cells]
        found = {r for r in roles if r}
        filled = sum(1 for c in cells if c.strip())
        return (len(found) >= 2 and bool(found & {"project", "actual", "target", "task"})
                and sum(1 for r in roles if r) >= max(2, 0.6 * filled))

    def segment(self, fragments: list[str]) -> list[Column]:
        """Columns of a header written as words or fragments.

        The fragments are joined without spaces and cut at the header words;
        text between words joins the next word when it names a period
        (``1-8月``), else the word before (``名称`` after ``工程``, ``(%)``,
        a period in brackets: ``进展情况`` / ``(7月)``).
        Neighbouring words of one role join into one column.

        >>> from progress_nlp import default_lexicon
        >>> hw = header_words(default_lexicon())
        >>> [(c.name, c.role) for c in hw.segment("序 号 考核指标 单位 工作目标 已完成数 占比 备  注".split())]  # doctest: +NORMALIZE_WHITESPACE
        [('序号', 'no'), ('考核指标', 'project'), ('单位', 'unit'), ('工作目标', 'task'), ('已完成数', 'actual'),
         ('占比', 'share'), ('备注', 'remark')]
        >>> [(c.name, c.role) for c in hw.segment(["工程", "名称", "序号", "项 目 内 容", "完成目标", "(%)"])]
        [('工程名称', 'category'), ('序号', 'no'), ('项目内容', 'project'), ('完成目标(%)', 'share')]
        >>> [(c.name, c.month) for c in hw.segment(["进展情况", "(7月)", "进展情况", "(10月)"])]
        [('进展情况(7月)', 7), ('进展情况(10月)', 10)]
        """
        text = "".join(self.squash(f) for f in fragments)
        if self.pattern is None or not text:
            return []
        words: list[list[int]] = []  # [start, end] of each header word found
        pos = 0
        while pos < len(text):
            # The alternation lists longer words first: the longest word
            # starting here (实际完成情况, not 完成情况 two characters on).
            m = self.pattern.match(text, pos)
            if m is None:
                pos += 1
                continue
            words.append([m.start(), m.end()])
            pos = m.end()
        if not words:
            return []
        # Text between words: a period (1-8月) prefixes the next word, the
        # rest (名称, (%), %) ends the word before.
        names = []
        for k, (start, end) in enumerate(words):
            lead_in = text[words[k - 1][1] if k else 0 : start]
            names.append([lead_in, text[start:end], ""])
        tail = text[words[-1][1]:]
        names[-1][2] = tail
        for k in range(1, len(names)):
            gap = names[k][0]
            # 序号 takes no suffix: 序号省重点民生实事项目名称 is 序号 | 省重点….
            # A period in brackets closes the word before: 进展情况(7月).
            if gap and (gap[0] == "(" or not re.search(r"\d|月", gap)) and self.role_of.get(names[k - 1][1]) != "no":
                names[k - 1][2] += gap
                names[k][0] = ""
        if names[0][0] and not re.search(r"\d|月", names[0][0]):
            names[0][1] = names[0][0] + names[0][1]
            names[0][0] = ""
        columns = [self.column("".join(n)) for n in names]
        merged: list[Column] = []
        for col in columns:
            prev = merged[-1] if merged else None
            # 市级牵头 / 责任单位 are one column; 牵头单位 | 责任单位, each a
            # header of its own, are two (the lead and the units helping).
            whole = prev is not None and prev.name in self.role_of and col.name in self.role_of
            if prev is not None and col.role == prev.role and col.role in _MERGEABLE and not whole:
                merged[-1] = self.column(prev.name + col.name)
            else:
                merged.append(col)
        return merged


def header_words(lex: Lexicon) -> HeaderWords:
    """The compiled header words of ``lex``, built once per lexicon."""
    return lex.cached("header_words", HeaderWords)
