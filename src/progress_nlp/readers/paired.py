"""Reports that list the tasks, then the progress, numbered alike.

Circulars often give each group its tasks and its progress as two numbered
lists under labels, the n-th progress line reporting on the n-th task::

    (一)就业促进行动
    市定任务(2023年度)
    1、充分就业社区创建18个;
    2、新增技能人才2400人;
    工作进展情况
    1、充分就业社区创建18个,已完成目标任务的100%。
    2、新增技能人才2450人,已完成目标任务的100%。

A label is a short line, without figures, that is a header word of
``lexicons/headers.txt`` once a bracket (``(2023年度)``) and a colon are
taken off: a task's (市定任务, 年度目标, 工作目标) or the progress's
(工作进展情况, 完成情况). The lists pair by their numbers; a task with no
progress line keeps an empty progress. A heading line above (``(一)…``,
``一、…``) is the section of its rows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .grid import is_heading
from .header import HeaderWords

__all__ = ["PairedItem", "read_paired"]

_NUMBERED = re.compile(r"\s*(\d{1,2})\s*[、.．)]\s*(\S.*?)\s*[;;]?\s*$")
_BRACKETS = re.compile(r"[(（][^()（）]{0,20}[)）]")
_TASK_ROLES = frozenset({"task", "target", "project"})


@dataclass(frozen=True)
class PairedItem:
    """A task and the progress line that reports on it."""

    no: str
    project: str
    actual: str
    section: str = ""


def _label(line: str, hw: HeaderWords) -> str | None:
    """The role of a label line ("task" or "actual"), else None."""
    word = _BRACKETS.sub("", line).strip().rstrip("::").strip()
    if not word or len(word) > 12 or any(ch.isdigit() for ch in word):
        return None
    role = hw.role(word)
    if role in _TASK_ROLES:
        return "task"
    return "actual" if role == "actual" else None


def read_paired(text: str, hw: HeaderWords) -> list[PairedItem]:
    """The pairs of numbered task and progress lines in ``text``, in page
    order; [] when the text is not written that way.

    >>> from progress_nlp import default_lexicon
    >>> from progress_nlp.readers.header import header_words
    >>> text = "(一)就业\\n年度任务\\n1、新增就业2000人;\\n2、培训500人次;\\n工作进展情况\\n1、新增就业1200人;\\n2、培训300人次。"
    >>> [(i.no, i.project, i.actual, i.section) for i in read_paired(text, header_words(default_lexicon()))]
    [('1', '新增就业2000人', '新增就业1200人;', '(一)就业'), ('2', '培训500人次', '培训300人次。', '(一)就业')]
    """
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    items: list[PairedItem] = []
    section = ""
    i = 0
    while i < len(lines):
        line = lines[i]
        if is_heading(line):
            section = line
            i += 1
            continue
        if _label(line, hw) != "task":
            i += 1
            continue
        tasks, j = _numbered_run(lines, i + 1)
        if not tasks or j >= len(lines) or _label(lines[j], hw) != "actual":
            i += 1
            continue
        # The progress keeps its line as written, a closing ; too (the
        # page's text, never lost); a task's ; only separates the list.
        progress, k = _numbered_run(lines, j + 1, keep_end=True)
        if not progress:
            i += 1
            continue
        done = dict(progress)
        items += [PairedItem(no, task, done.get(no, ""), section) for no, task in tasks]
        i = k
    return items if sum(1 for it in items if it.actual) >= 2 else []


def _numbered_run(lines: list[str], start: int, keep_end: bool = False) -> tuple[list[tuple[str, str]], int]:
    """The numbered lines from ``start`` on, as (number, text), and the index after them."""
    run: list[tuple[str, str]] = []
    k = start
    while k < len(lines):
        m = _NUMBERED.match(lines[k])
        if m is None:
            break
        run.append((m.group(1), lines[k][m.start(2) :].rstrip() if keep_end else m.group(2)))
        k += 1
    return run, k
