"""The item the prose reader returns: one project read from prose.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ProseItem:
    """One project read from prose.

    ``actual`` is the page's words on its progress; where names share them
    and each is handed its own figure (A、B完成率分别达38%、64%),
    ``assigned`` is that name's part (完成率达38%).

    >>> ProseItem("1", "新增养老床位200张", "目前已完成150张").actual
    '目前已完成150张'
    """

    no: str
    project: str
    actual: str
    lead: str = ""
    official: str = ""
    section: str = ""
    span: tuple[int, int] = (0, 0)
    assigned: str = ""
