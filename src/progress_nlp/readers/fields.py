"""Reports written as blocks of labelled fields, one block per project.

Some offices publish each project as a card rather than a table row::

    01 项目名称:提升县域生态环境
    项目内容:
    连通城区河道水系……新改建城区公共厕所5座。
    责任单位:
    水务局、城管局
    进展与成效:
    城区河道水系工程已完成初步设计审查……

A label is a line that opens with a header word of ``lexicons/headers.txt``
(项目名称, 项目内容, 责任单位, 进展与成效 …) followed by a colon, or a line
that is that word alone. Its value is the rest of the line and the lines
after it up to the next label. A label of the project's role starts a new
block unless the block has no progress yet: the second one (项目内容 after
项目名称) is then the whole-year task. A number alone on a line, or before
the first label (``01 项目名称:``), is the block's number.

Posts often name a card by a heading instead of a label::

    提高困难群众保障水平
    工作目标
    城乡低保标准提高至631元。
    完成进度
    已完成。

A label that starts a card (the card so far already has that field and its
progress, or there is no card yet) takes the line over it as the card's
name when that line is short and not a sentence. Photo captions and credits
on their own lines are dropped.

The labels' roles are those of table headers, so a lexicon that teaches the
table reader a header teaches this reader the label.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .header import HeaderWords
from .item_marks import BARE_NUM, is_furniture
from .text import CAPTION

__all__ = ["FieldBlock", "read_fields"]

_LABEL = re.compile(r"\s*(?:(?P<no>\d{1,3})\s*[.、]?\s*)?(?P<label>[\u4e00-\u9fff][\u4e00-\u9fff ]{1,9})\s*(?P<colon>[::])?\s*(?P<value>.*)$")
_NUMBER_LINE = re.compile(r"\s*(\d{1,3})\s*[.、]?\s*$")
# Roles a block keeps; others (problem, next, person …) are read and dropped.
_KEPT = ("project", "task", "lead", "actual", "target", "deadline", "remark", "official", "share")


@dataclass
class FieldBlock:
    """One project's fields, by role, in the order the page gives them."""

    no: str = ""
    fields: dict[str, list[str]] = field(default_factory=dict)

    def get(self, role: str) -> str:
        return "\n".join(v for v in self.fields.get(role, []) if v.strip()).strip()


def _label(line: str, hw: HeaderWords) -> tuple[str, str, str] | None:
    """(number, role, value) of a label line, or None."""
    m = _LABEL.match(line)
    if m is None:
        return None
    label = m.group("label").replace(" ", "")
    role = hw.role(label)
    if role is None or hw.pattern is None:
        return None
    if m.group("colon"):
        return m.group("no") or "", role, m.group("value").strip()  # 进展与成效: …
    # Without a colon a label is a header word alone on its line (责任单位).
    if m.group("value").strip() or hw.pattern.fullmatch(label) is None:
        return None
    return m.group("no") or "", role, ""


_CAPTION = re.compile(rf"\s*(?:{CAPTION})\s*")
# A heading names a piece of work: short, and not a sentence or a caption.
_HEADING = re.compile(r"[^。;;!!??]{2,40}")


def _heading(line: str) -> str:
    line = line.strip()
    if _HEADING.fullmatch(line) is None or ":" in line or "：" in line:
        return ""
    return line


def read_fields(text: str, hw: HeaderWords) -> list[FieldBlock]:
    """The blocks of labelled fields in ``text`` that name a project and its
    progress, in page order; [] when the text is not written that way.

    >>> from progress_nlp import default_lexicon
    >>> from progress_nlp.readers.header import header_words
    >>> text = "01 项目名称:新建公园\\n责任单位:\\n住建局\\n进展情况:\\n已完成设计。\\n02 项目名称:改造道路\\n进展情况:已完工。"
    >>> [(b.no, b.get("project"), b.get("lead"), b.get("actual")) for b in read_fields(text, header_words(default_lexicon()))]
    [('01', '新建公园', '住建局', '已完成设计。'), ('02', '改造道路', '', '已完工。')]
    """
    blocks: list[FieldBlock] = []
    current: FieldBlock | None = None
    role: str | None = None
    pending_no = ""
    last_bare = False  # the last label stood alone on its line, no colon
    last_loose = ""  # the last line since the last label that was not a label
    for line in text.splitlines():
        if not line.strip() or _CAPTION.fullmatch(line):
            continue
        number = _NUMBER_LINE.match(line)
        if number is not None:
            pending_no = number.group(1)
            continue
        if is_furniture(line):
            continue  # 内容概览: in a page's record is no 内容 (project) label
        found = _label(line, hw)
        bare = found is not None and not found[2] and ":" not in line
        if bare and last_bare and current is not None and role is not None and not current.fields.get(role):
            # 进展情况 / 完成: on a page of labels alone on their lines, a
            # header word under a label still waiting for its value is that
            # value (after 项目内容: with a colon, 责任单位 alone is a label).
            found = None
        if found is not None:
            last_bare = bare
        if found is None:
            if current is not None and role is not None:
                current.fields.setdefault(role, []).append(line.strip())
            last_loose = line.strip()
            continue
        no, new_role, value = found
        heading = ""
        if new_role != "project" and (current is None or (new_role in current.fields and "actual" in current.fields)):
            # Cards named by a heading line rather than a label (a post's
            # 加强困难群众生活保障 / 工作目标 / … / 完成进度 / …): the line
            # over the first label is the card's name, taken back from the
            # value the last card was collecting.
            heading = _heading(last_loose)
            if heading and current is not None and role is not None and current.fields.get(role, [])[-1:] == [last_loose]:
                current.fields[role].pop()
            glued = BARE_NUM.match(heading)
            if glued is not None and not pending_no and not no:
                # 1优化就业创业服务: the heading's number lost its 、
                pending_no, heading = glued.group(1), heading[glued.end():]
            if heading or current is not None:
                current = None
        role = new_role
        last_loose = ""
        if role == "project" and current is not None and "project" in current.fields:
            if "actual" in current.fields:
                current = None  # the next project's card
            else:
                role = "task"  # 项目内容 after 项目名称
        if current is None or (role == "project" and "project" in current.fields):
            current = FieldBlock(no=no or pending_no)
            blocks.append(current)
            if heading:
                current.fields["project"] = [heading]
        elif no and not current.no:
            current.no = no
        pending_no = ""
        current.fields.setdefault(role, [])
        if value:
            current.fields[role].append(value)
    return [b for b in blocks if b.get("project") and b.get("actual")]
