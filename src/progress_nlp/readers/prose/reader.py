"""The top layer: walks the page's lines, reads numbered items (one
paragraph, a heading over its lines, labelled fields, sub-items) and hands
the rest to :mod:`.lines`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from ...period import opens_with_period
from ..clauses import (ASPECT_RE, ASPECT_START, CJK, CONTENT, DIGIT, SHARE, TIME_ONLY, TRIM, alt, cjk_count, clean_project,
                       description_end, has_name, names_project, plan_end, report_level, scan, split_point, strip_span)
from ..subjects import subject_ranges
from ..item_marks import Line, item_value
from .item import ProseItem
from .lines import _LineReader
from .state import heading_lead
from .patterns import (PROGRESS_LABELS, _AMONG_COLON, _CATEGORY_HEAD, _CLAUSE_MARK, _HEAD_NAMES, _HOW_IT_WENT, _INTRO,
                       _LEAD_LABELS, _PROGRESS_UNDER_HEADING, _PROJECT_LABELS, _VERB_IN_NAME)
from .sentences import _sentence_stops


_BRACKETED = re.compile(r"[((][^()()]{0,40}[))]")
# People and helpers: read so that their values stay out of the project and
# the progress, then dropped.
_OTHER_LABELS = (
    "牵头领导", "责任领导", "分管领导", "项目责任人", "责任人", "联系人",
    "配合单位", "协办单位", "参与单位", "配合部门", "存在问题", "下步打算", "下一步计划",
)
_LABEL = re.compile(
    r"(?P<label>" + alt(_LEAD_LABELS + _OTHER_LABELS + PROGRESS_LABELS + _PROJECT_LABELS) + r")\s*:"
)
# A field's value: up to a space (unless after a comma), a sentence end or a
# closing bracket.
_FIELD_VALUE = re.compile(r"(?:\([^()\n]{0,12}\)|[^\s。;)\]】]|(?<=[,、])\s)*")  # 各县(区)党委: a bracket of its own
# A name and the figure it reached (一般公共预算收入508.17亿元).
_NAME_FIGURE = re.compile(r"([\u4e00-\u9fff“”]{3,20}?)(?=\d+(?:\.\d+)?\s*(?:[万亿]?[\u4e00-\u9fff]{1,3}|%))")
# A division's marker before its heading text.
_MARKER_TEXT = re.compile(r"^\s*(?:[一二三四五六七八九十]+\s*[、.]|[(][一二三四五六七八九十\d]+[)]|\d+\s*[.、])\s*")
# A sub-item's number after a sentence end inside a line: 。(2)…
_INLINE_SUB = re.compile(r"(?<=[。;])\s*\((?P<n>\d{1,2})\)\s*")
# A sub-item's number a level below the page's items: (1), ①, 1).
_SUB_MARK = re.compile(r"\s*(?:\(\d{1,2}\)|[①-⑳]|\d{1,2}\))\s*")
# A heading that is a task: a verb of work, its object and figure, no
# sentence end inside (新建、改扩建公办幼儿园150所; 新增学位5万个,改造照明2万间;
# 人均基本公共卫生服务补助标准提高5.95%).
_TASK_HEAD = re.compile(r"\s*[^。;!?\d]{0,20}?(?:新增|新建|改造|改扩建|建成|建设|完成|实施|提高|开展|培训|发放)[^。;!?]{1,60}?\d[^。;!?]{0,30}")
# A heading that ends like a piece of work (…行动, …工程), then after a space
# a short unpunctuated phrase: the caption of a photo set beside it.
_CAPTION_AFTER = re.compile(r"\s*(?P<head>[^\n]{4,40}?(?:" + "|".join(_HEAD_NAMES) + r"))[ \t\u3000]+[^\s,。;:,;:]{2,24}\s*")
# A verb of work and its figure with no aspect word: a task (完成10个…改造).
_TASK_FIGURE = re.compile(r"\s*(?:完成|建成|新增|新建|实现)\s*\d")
# A way of counting before a colon (按项目类别统计:, 分行业来看:, 从隶属关系看:).
_COUNTED_BY = re.compile(r"\s*(?:分|从|按)[^,;。:]{1,16}?(?:来看|看|统计|划分)\s*:")
# A paragraph that opens an enumeration (一是…;二是…).
_ENUM_FIRST = re.compile(r"\s*一是")
# The aspect words that say work is done, not going on or not begun.
_DONE_ASPECT = frozenset({"已", "现已", "已经"})


class _Reader(_LineReader):
    """Reads a page: numbered items, then what :mod:`.lines` reads."""

    # -- the walk --------------------------------------------------------

    def read(self, item_level: int | None) -> list[ProseItem]:
        """Walk the lines: markers above the item level head sections,
        markers at it start items, other lines are headings or prose."""
        i, n = 0, len(self.lines)
        parts: list[tuple[int, int]] = []  # the tasks of the last task heading
        after = 0  # where the items under it start
        while i < n:
            ln = self.lines[i]
            if ln.mark is not None and item_level is not None and ln.mark.level < item_level:
                self._pair_tasks(parts, after)
                j = next((k for k in range(i + 1, n) if self.lines[k].mark is not None), n)
                if self._fields_only(i + 1, j) or (j == i + 1 and self._record_line(ln)):
                    # (二)提高低保补贴水平 / 主要内容:… / 完成情况:…: a division
                    # whose lines are one record's fields is that record,
                    # though items elsewhere are numbered a level down.
                    while self.sections and self.sections[-1].level >= ln.mark.level:
                        self.sections.pop()  # the division before it ends here
                    pieces = [(ln.body, ln.end)] + [(x.start, x.end) for x in self.lines[i + 1 : j]]
                    self._numbered_item(ln, pieces, j == n)
                    i, parts = j, []
                    continue
                self._push_section(ln.mark.level, self._line_text(ln), self._heading_official(ln))
                before = len(self.items)
                i += 1
                first = i
                while i < n and self.lines[i].mark is None:
                    i = self._plain(i, n)
                if not self._task_heading_item(ln, before, first, i):
                    self._heading_is_item(ln, before)
                if len(self.items) == before and first < i and self._reports(first, i) and self._names_work(ln):
                    # 二、解决6万人农村饮水安全问题。(责任单位:…)该件实事已全面完成 /
                    # 此项工作已完成。…: a division with no items of its own
                    # over paragraphs that report is one item, as a numbered
                    # line over its progress is.
                    self.sections.pop()
                    pieces = [(ln.body, ln.end)] + [(x.start, x.end) for x in self.lines[first:i]]
                    self._numbered_item(ln, pieces, i == n)
                parts, after = self._task_parts(ln), len(self.items)
                continue
            if ln.mark is not None:
                i = self._numbered(i, item_level)
                continue
            i = self._plain(i, n)
        self._pair_tasks(parts, after)
        return self.items

    def _names_work(self, ln: Line) -> bool:
        """Does a division's heading name a piece of work (解决6万人农村饮水
        安全问题), not a part of a circular (已开工项目进展情况) or the programme?"""
        hs, he = self._first_line(ln)
        head = self.t[hs:he]
        cut = head.find("。")
        head = head[:cut] if cut > 0 else head
        return cjk_count(head) >= 4 and _HOW_IT_WENT.search(head) is None and not report_level(head) \
            and not head.rstrip(TRIM).endswith(("情况", "概况", "建议", "措施")) and not self._section_word(ln)

    def _record_line(self, ln: Line) -> bool:
        """Does the numbered line hold a record's fields after its heading
        (提高低保补贴水平主要内容:…完成情况:…, a page run into one line)?"""
        labels = list(_LABEL.finditer(self.t, ln.body, ln.end))
        end = strip_span(self.t, ln.body, ln.end)[1]
        # 完成情况: ending the line heads the numbered points below it.
        return bool(labels) and cjk_count(self.t[ln.body : labels[0].start()]) >= 4 \
            and any(m.group("label") in PROGRESS_LABELS and m.end() < end for m in labels)

    def _fields_only(self, i: int, j: int) -> bool:
        """Lines i to j (two or more) each open with a field's label
        (主要内容:, 牵头单位:, 完成情况:), a progress label among them."""
        body = self.lines[i:j]
        if len(body) < 2 or any(b.mark is not None for b in body):
            return False
        opens = [_LABEL.match(self.t, strip_span(self.t, b.start, b.end)[0], b.end) for b in body]
        return all(opens) and any(m is not None and m.group("label") in PROGRESS_LABELS for m in opens)

    def _first_line(self, ln: Line) -> tuple[int, int]:
        """A numbered line's text up to its first line break (the heading
        of a block that runs on over the lines below it)."""
        hs, he = strip_span(self.t, ln.body, ln.end, TRIM + "。")
        nl = self.t.find("\n", hs, he)
        return hs, (nl if nl >= 0 else he)

    def _task_parts(self, ln: Line) -> list[tuple[int, int]]:
        """The tasks a task heading states, cut at its commas (一、新增学位5万个,
        改造照明2万间 → two); none for a heading that is no task."""
        hs, he = self._first_line(ln)
        if _TASK_HEAD.fullmatch(self.t, hs, he) is None:
            return []
        clauses, _ = scan(self.t, hs, he, ",;")
        return [strip_span(self.t, a, b) for a, b, _ in clauses]

    def _pair_tasks(self, parts: list[tuple[int, int]], after: int) -> None:
        """一、A任务,B任务 / (一)…A的进展 / (二)…B的进展: numbered items under a
        heading that states as many tasks as they are, one each, in order: the
        task is each item's project, the item as written its progress."""
        items = self.items[after:]
        if len(parts) < 2 or len(items) != len(parts) or not all(it.no for it in items):
            return
        for k, (it, (a, b)) in enumerate(zip(items, parts)):
            self.items[after + k] = replace(it, project=self.h[a:b].strip(), actual=self.h[it.span[0] : it.span[1]].strip())

    def _heading_is_item(self, ln: Line, before: int) -> None:
        """一、地区生产总值 / 据…,2017年全区地区生产总值实现5629.4亿元…: a
        heading over one paragraph that reports on what the heading names is
        that item, the whole paragraph its progress."""
        if len(self.items) - before != 1:
            return
        hs, he = strip_span(self.t, ln.body, ln.end, TRIM + "。")
        it = self.items[-1]
        if it.no or not self._names_item(hs, he, it):
            return
        k = bisect_right([x.start for x in self.lines], it.span[0]) - 1
        para = self.lines[k] if k >= 0 else None
        if para is None or para.mark is not None:
            return
        self.items[-1] = replace(it, project=self.h[hs:he].strip(), actual=self._text([(para.start, max(para.end, it.span[1]))]),
                                 span=(ln.start, max(para.end, it.span[1])))

    def _task_heading_item(self, ln: Line, before: int, first: int, end: int) -> bool:
        """二、新建、改扩建公办幼儿园150所 / 省级财政补助资金下达…。全省开工…195所…:
        a heading that states a task (a verb of work and its figure) over
        unnumbered paragraphs is that task, the paragraphs its progress,
        however many items they would make on their own."""
        if len(self.items) == before or first >= end:
            return False
        hs, he = self._first_line(ln)
        if _TASK_HEAD.fullmatch(self.t, hs, he) is None or report_level(self.t[hs:he]):
            return False
        a, b = strip_span(self.t, self.lines[first].start, self.lines[end - 1].end)
        b = max(b, self.items[-1].span[1])
        assert ln.mark is not None  # a numbered heading
        del self.items[before:]
        self._emit(ln.mark.no, [(hs, he)], [(a, b)], (ln.start, b))
        return len(self.items) > before

    def _names_item(self, hs: int, he: int, it: ProseItem) -> bool:
        """Does the heading t[hs:he] name the item (地区生产总值 in
        2017年全区地区生产总值)?"""
        head = re.sub(r"\s+", "", self.h[hs:he])
        return len(head) >= 3 and head in re.sub(r"\s+", "", it.project)

    def _line_text(self, ln: Line) -> str:
        s, e = strip_span(self.t, ln.start, ln.end)
        return self.h[s:e].strip()

    def _heading_official(self, ln: Line) -> str:
        s, e = strip_span(self.t, ln.body, ln.end, TRIM + "。")
        head = self.h[s:e].strip()
        return head if self._verdict(self.t[s:e]) else ""

    def _block_end(self, i: int) -> int:
        """The index after the last body line of the item starting at i."""
        j, n = i + 1, len(self.lines)
        while j < n:
            ln = self.lines[j]
            if ln.mark is not None:
                break
            if j + 1 < n and self.lines[j + 1].mark is not None and self._is_heading(ln):
                # A heading over the next items ends this one, but the line
                # right under an item's name is its progress unless the item
                # has progress already or the line is a verdict heading.
                if j > i + 1 or self._has_progress(self.lines[i]) or self._verdict(self.t[ln.start : ln.end].strip()):
                    break
            j += 1
        return j

    def _has_progress(self, ln: Line) -> bool:
        """Does an item's own line hold its progress already?"""
        return split_point(self.t, ln.body, ln.end, "single") is not None or _LABEL.search(self.t, ln.body, ln.end) is not None

    def _numbered(self, i: int, item_level: int | None) -> int:
        """Read the numbered block starting at line i: a section when a big
        division holds projects of its own, else one item. Returns the next
        line to read."""
        ln = self.lines[i]
        cap = _CAPTION_AFTER.fullmatch(self.t, ln.body, ln.end)
        if cap is not None and "\n" not in self.t[ln.body : ln.end]:
            # 二开展缓解“停车难”行动 市城区翰海停车场: the photo's caption set
            # after the heading is no part of it.
            ln = self.lines[i] = replace(ln, end=cap.end("head"))
        assert ln.mark is not None
        if self._section_word(ln):
            # 二、督查建议: a part of a circular, never an item.
            self._push_section(ln.mark.level, self._line_text(ln), "")
            return i + 1
        j = self._block_end(i)
        body = self.lines[i + 1 : j]
        last = j == len(self.lines)
        if self._list_section(i, j):
            return j
        # The last block runs to the end of the page, closing words and all:
        # it is a section only if the blocks of its kind before it were.
        if ln.mark.level <= 1 and body and (not last or self._was_section.get(ln.mark.style, True)):
            found = self._as_section(i, j)
            self._was_section[ln.mark.style] = found
            if found:
                return j
        else:
            self._was_section[ln.mark.style] = False
        if self._sub_items(ln, body) or self._enumerated(ln, body):
            return j
        pieces = [(ln.body, ln.end)] + [(b.start, b.end) for b in body]
        used = self._numbered_item(ln, pieces, last)
        return i + used

    def _sub_items(self, ln: Line, body: list[Line]) -> bool:
        """1.重点项目开复工情况。 / (1)新建重点项目:81个…已开工52个 / (2)…: a
        numbered heading with no figure over lines numbered a level down,
        each a project with its progress, is their section; the lines are
        items 1.1, 1.2 … (1.3.1, 1.3.2 … where one reports on several
        sites). Every line must give an item, or none is taken."""
        t = self.t
        assert ln.mark is not None  # a numbered line
        if not body or DIGIT.search(t, ln.body, ln.end) is not None:
            return False
        subs = [_SUB_MARK.match(t, b.start, b.end) for b in body]
        if any(m is None for m in subs):
            return False
        # The members may run on in one line (…查体率达80%。(2)村医免费进课堂:…):
        # each next number after a sentence end opens the next.
        parts: list[tuple[int, int]] = []
        for b, m in zip(body, subs):
            assert m is not None
            starts, k = [m.end()], 2
            for im in _INLINE_SUB.finditer(t, m.end(), b.end):
                if item_value(im.group("n")) == k:
                    parts.append((starts[-1], im.start()))
                    starts.append(im.end())
                    k += 1
            parts.append((starts[-1], b.end))
        if len(parts) < 2:
            return False
        saved = self._checkpoint()
        self._push_section(ln.mark.level, self._line_text(ln), self._heading_official(ln))
        led = heading_lead(self._line_text(ln))  # 2、医疗惠民工程(承办单位:县卫生局): the members' lead
        for k, (a, e) in enumerate(parts, 1):
            before = len(self.items)
            self._paragraph(a, e)
            made = len(self.items) - before
            if made == 0:
                self._rollback(saved)
                return False
            # (3)镇街卫生院改造升级已启动:A镇…启用;B镇…竣工: a member that
            # reports on several sites gives a row each, numbered under it.
            for j in range(before, len(self.items)):
                sub = f"{ln.mark.no}.{k}" if made == 1 else f"{ln.mark.no}.{k}.{j - before + 1}"
                self.items[j] = replace(self.items[j], no=sub, lead=self.items[j].lead or led)
        return True

    def _enumerated(self, ln: Line, body: list[Line]) -> bool:
        """(一)促进就业方面 / 一是A,完成…;二是B,完成…: a numbered heading of
        one line over paragraphs that open an enumeration is their section;
        each member is an item. Two items at least, or none is taken."""
        t = self.t
        if not body or _ENUM_FIRST.match(t, body[0].start, body[0].end) is None or "。" in t[ln.body : ln.end]:
            return False
        saved = self._checkpoint()
        assert ln.mark is not None
        self._push_section(ln.mark.level, self._line_text(ln), self._heading_official(ln))
        for b in body:
            self._paragraph(b.start, b.end)
        if len(self.items) - saved.items < 2:
            self._rollback(saved)
            return False
        return True

    def _list_section(self, i: int, j: int) -> bool:
        """A numbered line whose first sentence heads a list that follows
        on the line (（二）考核指标完成情况。…有26个指标超额完成任务,分别是:A;B;…)
        is a section over the list's items."""
        t, ln = self.t, self.lines[i]
        s, e = strip_span(t, ln.body, ln.end)
        k = t.find("。", s, min(e, s + 60))
        if k < 0 or not has_name(t, s, k) or _CLAUSE_MARK.search(t, s, k) or CONTENT.search(t, k + 1, e) is None:
            return False
        # (一)1个项目提前完成年度目标任务。A项目于1月顺利完工…: a sentence
        # that counts projects and gives their verdict heads the sentences
        # after it, as much as 分别是 does.
        self._stops = _sentence_stops(t, s, e)
        heads = self._count_heads(s, e)
        counted = any(a <= s + 2 and b == k + 1 for a, b in heads)
        # 二、保障类项目快速推进。17项…中,10项进展较快。其中A、B等2项…: a
        # heading over sentences that a count and its verdict heads.
        if not counted and not any(a > k for a, _ in heads) \
                and _INTRO.search(t, k + 1, e) is None and _AMONG_COLON.search(t, k + 1, e) is None:
            return False
        saved = self._checkpoint()
        official = self.h[s:k].strip() if self._verdict(t[s:k]) else ""
        assert ln.mark is not None  # a numbered line
        self._push_section(ln.mark.level, self.h[ln.start : k].strip(), official)
        self._paragraph(k + 1, e)
        listed = sum(1 for it in self.items[saved.items :] if it.official)
        m = i + 1
        while m < j:
            m = self._plain(m, j)
        if len(self.items) - saved.items >= 2 and (listed >= 2 or len(self.items) - saved.items >= 3):
            return True
        if counted and len(self.items) > saved.items:
            return True  # a count of one heads one item
        self._rollback(saved)
        return False

    def _as_section(self, i: int, j: int) -> bool:
        """A big-division block (一、 / (一)) whose body holds projects of
        its own is a section: read its body as such and keep the result."""
        ln = self.lines[i]
        hs, he = strip_span(self.t, ln.body, ln.end, TRIM + "。")
        if j == i + 2 and self._progress_label(i + 1) is not None:
            # (二)开展城乡环卫一体化提升行动。/ 完成情况:新组建环卫所70处,…:
            # the label says the line is how the heading's work went, however
            # many things it counts.
            return False
        if self._fields_only(i + 1, j):
            # (二)提高低保补贴水平 / 主要内容:由县民政局牵头,… / 完成情况:…:
            # lines that are each a field of one record, the progress among
            # them, make the heading one item, whatever the fields hold.
            return False
        if (self.t.endswith(_HEAD_NAMES, hs, he) or _TASK_HEAD.fullmatch(self.t, *self._first_line(ln))) \
                and not any(b.mark is not None for b in self.lines[i + 1 : j]) \
                and _CATEGORY_HEAD.search(self.t, hs, he) is None:
            # 一、乡村“万盏灯光”工程 / its paragraph: a heading that names a
            # project, or states a task with its figure (二、新建公办幼儿园150所),
            # over prose with no numbering of its own, is that project and the
            # prose its progress (however many clauses).
            return False
        saved = self._checkpoint()
        assert ln.mark is not None  # a numbered line
        self._push_section(ln.mark.level, self._line_text(ln), self._heading_official(ln))
        k = i + 1
        while k < j:
            k = self._plain(k, j)
        found = len(self.items) - saved.items
        heading = self.t[ln.body : ln.end]
        # 一、地区生产总值 / 2017年全区地区生产总值实现…: the heading is the item.
        names_item = found == 1 and self._names_item(hs, he, self.items[-1])
        # 一、A公园建设项目完成情况 / one paragraph: the heading names the
        # project and says the paragraph is how it went.
        said = _HOW_IT_WENT.search(self.t, hs, he)
        told = found == 1 and said is not None and said.start() - hs >= 4 and self.t.endswith(_HEAD_NAMES, hs, said.start()) \
            and not any(b.mark is not None for b in self.lines[i + 1 : j]) and not report_level(self.t[hs : said.start()])
        if not names_item and not told and (found >= 2 or (found == 1 and not any(ch.isdigit() for ch in heading))):
            return True
        self._rollback(saved)
        return False

    def _numbered_item(self, ln: Line, pieces: list[tuple[int, int]], last: bool) -> int:
        """Emit the item of a numbered block; returns how many lines it used."""
        t, mark = self.t, ln.mark
        assert mark is not None
        no = mark.no if mark.style != "bullet" else ""
        if len(pieces) > 1 and all(self._task_under_verdict(a, b) for a, b in pieces):
            # ⑤A(责任单位:X); / B(责任单位:Y); / C(责任单位:Z)。 under 8项进展偏慢的…为:
            # lines of the list that lost their marks on the way: tasks of
            # their own, each with its lead, never the progress of the first.
            fields = [self._closing_fields([(a, b)], [(m, 0) for m in _LABEL.finditer(t, a, b)]) for a, b in pieces]
            if all(f is not None and f[1] for f in fields):
                for k, ((a, b), f) in enumerate(zip(pieces, fields)):
                    assert f is not None
                    (ta, tb), lead = f[0][0], f[1]
                    self._emit(no if k == 0 else "", [strip_span(t, ta, tb, TRIM + "。")], [],
                               (mark.start if k == 0 else a, b), lead=lead)
                return len(pieces)
        labels = [(m, k) for k, (a, b) in enumerate(pieces) for m in _LABEL.finditer(t, a, b)]
        closing = self._closing_fields(pieces, labels) if labels else None
        if closing is not None:
            # 1.关于“…”事项。/ 上半年…进度滞后。(牵头责任单位:市商务局): a
            # field in brackets that closes the block only names the lead;
            # the block reads as if it were not there.
            trimmed, lead = closing
            before = len(self.items)
            used = self._numbered_item(ln, trimmed, last)
            if lead and len(self.items) > before and not self.items[-1].lead:
                self.items[-1] = replace(self.items[-1], lead=lead)
            return used  # trimmed has one piece for each of pieces
        if labels:
            self._labelled(no, ln, pieces, labels)
            return len(pieces)
        if self._category_item(ln, pieces):
            return len(pieces)
        head_s, head_e = pieces[0]
        if len(pieces) == 1 and (self._numbered_parts(no, mark.start, head_s, head_e)
                                 or self._works_apart(no, mark.start, head_s, head_e)):
            return 1
        if self._task_under_verdict(head_s, head_e) and not any(
                _PROGRESS_UNDER_HEADING.search(t, a, b) or DIGIT.search(t, a, b) for a, b in pieces[1:]):
            # ④建设智能“阳光厨房”32家(责任单位:…)。 / 市政府重点工作和…: under a
            # verdict heading the line is a task; a line after it that
            # reports nothing is no progress of its.
            self._emit(no, [(head_s, head_e)], [], (mark.start, head_e))
            return 1
        counted = _COUNTED_BY.match(t, head_s, head_e)
        if counted is not None:
            # ■按项目类别统计:A项目172个,完成投资…;B…: a way of counting
            # names no item; what follows it (and the lines under it) is
            # read as running text.
            before = len(self.items)
            for k, (a, b) in enumerate(pieces):
                self._paragraph(counted.end() if k == 0 else a, b)
            if len(self.items) > before:
                return len(pieces)
        if len(pieces) == 1:
            sp = split_point(t, head_s, head_e, "single")
            if sp is not None and sp[1] is None:
                # 1.固定资产投资增长8%。|1-11月固定资产投资同比增长6.3%: a
                # sentence that opens with the period reported starts the
                # progress; the task sentence before it is the project's whole.
                stop = t.find("。", head_s, head_e)
                if head_s < sp[0] < stop and self._opens_with_period(stop + 1, head_e) \
                        and ASPECT_RE.search(t, head_s, stop) is None:
                    sp = (stop + 1, None)
            if sp is not None and sp[0] > head_s and t[sp[0] - 1] in "。!?:":
                # 1、供水工程。该项目年度计划投入2.6亿元,|目前仅完成…; 1.X工程:
                # 工程总投资350万元,主要对…改造,|已完成整治 (a description
                # after the name's colon is the project's too).
                q = plan_end(t, sp[0], head_e, described=t[sp[0] - 1] == ":")
                if q is None and t[sp[0] - 1] == "。":
                    # 一、抓好…示范区建设。我镇…涉及七个村,项目总投资800余万元…。|截止目前…:
                    # the task described, then how far it got.
                    q = description_end(t, sp[0], head_e)
                if q is not None:
                    sp = (q, sp[1])
            if sp is None:
                sp = self._name_figure(head_s, head_e)
            if sp is None and no and self._all_progress(head_s, head_e):
                # (一)已新增老年助餐服务点235个、…,整体完成率111.5%。: the
                # item is its progress; the number alone names it.
                self._emit(no, [], [(head_s, head_e)], (mark.start, head_e), unnamed=True)
            elif sp is not None:
                self._emit_split(no, head_s, head_e, sp, [], mark.start)
            elif self._under_heading(mark.level) and cjk_count(t[head_s:head_e]) >= 8:
                # 六、城市管理指数 / 2. 每月做好市级台帐整治工作…: a line of
                # work done under the indicator it reports on.
                heading = _MARKER_TEXT.sub("", self.sections[-1].text).strip().rstrip("。")
                before = len(self.items)
                self._emit(no, [(head_s, head_e)], [(head_s, head_e)], (mark.start, head_e))
                if len(self.items) > before:
                    self.items[-1] = replace(self.items[-1], project=heading)
            else:
                self._emit(no, [(head_s, head_e)], [], (mark.start, head_e))
            return 1
        sp = split_point(t, head_s, head_e, "head")
        body = pieces[1:]
        if sp is not None and _TASK_FIGURE.match(t, sp[0], head_e) and ASPECT_RE.search(t, head_s, head_e) is None:
            # (1)增加1000张老年病床,完成10个薄弱养老机构的改造 / 超出目标任务。…:
            # a verb and its figure with no 已 on the heading line is a task
            # of the item, not its progress, which the lines below give.
            sp = None
        if last:
            # The last item of a page has no next marker to stop it: take
            # one paragraph of progress, or none when the line holds it.
            body = [] if sp is not None else body[:1]
        q = plan_end(t, body[0][0], body[0][1]) if sp is None and body else None
        if q is not None:
            # 1.城区充电桩建设项目。 / 该项目计划投资480万元,…。|完成项目投资380万元…
            self._emit(no, [(head_s, head_e), (body[0][0], q)], [(q, body[0][1])] + body[1:],
                       (mark.start, body[-1][1]))
        elif sp is None:
            end = body[-1][1] if body else head_e
            self._emit(no, [(head_s, head_e)], body, (mark.start, end))
        else:
            self._emit_split(no, head_s, head_e, sp, body, mark.start)
        return 1 + len(body)

    def _all_progress(self, s: int, e: int) -> bool:
        """An item that opens with work done (已新增…, 已完成…, 已建成…) and
        holds a figure: progress from its first word, no name before it."""
        m = ASPECT_START.match(self.t, s, e)
        return (m is not None and m.group().strip() in _DONE_ASPECT
                and DIGIT.search(self.t, s, e) is not None)

    def _task_under_verdict(self, s: int, e: int) -> bool:
        """③建设新玉环人安居工程20万平方米(责任单位:市住建局); under a heading
        that says where its items stand (8项进展偏慢的…为:): one clause with
        no word of work done or going on is the task, its figure the year's,
        and the heading its progress."""
        if not self.sections or not self.sections[-1].official:
            return False
        body = _BRACKETED.sub("", self.t[s:e]).strip(" ;;。.,")
        return bool(body) and not re.search(r"[,;,;。:]", body) and _PROGRESS_UNDER_HEADING.search(body) is None

    def _numbered_parts(self, no: str, mark_start: int, s: int, e: int) -> bool:
        """1,全市城镇新增就业15.59万人,完成全年目标的103.9%;提供高校毕业生
        就业岗位17.27万个,完成全年目标的172%;…: a numbered line of several
        tasks, each with its own share of the year, is an item per task,
        numbered 1.1, 1.2 … under the line's number."""
        t = self.t
        colon = t.find(":", s, min(e, s + 40))
        if colon >= 0:
            return False  # X方面:A…;B…: the heading is the item
        ranges = subject_ranges(t, s, e, "news")
        if len(ranges) > 2 and TIME_ONLY.fullmatch(t[ranges[0][0] : ranges[0][1]].rstrip(",; ")):
            ranges = [(ranges[0][0], ranges[1][1])] + ranges[2:]  # 截至11月底, opens the first part
        if len(ranges) < 2 or not all(SHARE.search(t, a, b) or "%" in t[a:b] for a, b in ranges):
            return False
        splits = [split_point(t, a, b, "news") for a, b in ranges]
        if any(sp is None or sp[0] <= a for sp, (a, _) in zip(splits, ranges)):
            return False
        self._emit_parts(no, mark_start, ranges, splits)
        return True

    def _name_figure(self, s: int, e: int) -> tuple[int, None] | None:
        """一般公共预算收入|508.17亿元,同比增长6.5%: a name, then at once the
        figure reached, in a numbered line nothing else splits."""
        t = self.t
        a = clean_project(t, s, e)[0]
        m = _NAME_FIGURE.match(t, a, e)
        if m is None or not names_project(t, a, m.end(1)) or _VERB_IN_NAME.search(t, a, m.end(1)) \
                or report_level(t[a : m.end(1)]):
            return None
        return m.end(1), None

    def _under_heading(self, level: int) -> bool:
        """Is the item numbered under a heading of a bigger division?"""
        return bool(self.sections) and self.sections[-1].level < level and self.sections[-1].level != 99 \
            and not self.sections[-1].official

    def _closing_fields(self, pieces: list[tuple[int, int]],
                        labels: list[tuple[re.Match[str], int]]) -> tuple[list[tuple[int, int]], str] | None:
        """When every field of a block is in brackets that close a piece
        (…完成年度计划31%。(牵头责任单位:市商务局)) and none is the
        progress: the pieces without those brackets, and the lead named.
        None otherwise."""
        t = self.t
        out = list(pieces)
        lead = ""
        for m, k in labels:
            name = m.group("label")
            if name in PROGRESS_LABELS or name in _PROJECT_LABELS:
                return None
            a, b = out[k]
            o = m.start()
            # 牵头责任单位: the label found may follow words of its own.
            while o > a and (t[o - 1].isspace() or CJK.match(t, o - 1) and m.start() - o < 4):
                o -= 1
            if o <= a or t[o - 1] not in "([【":
                return None
            c = t.find(")]】"[("([【").index(t[o - 1])], m.end(), b)
            rest = strip_span(t, c + 1, b, TRIM + "。.") if c >= 0 else (0, 1)
            if rest[0] < rest[1]:
                return None  # the bracket does not close the piece
            if name in _LEAD_LABELS and not lead:
                x, y = strip_span(t, m.end(), c)
                lead = self.h[x:y]
            out[k] = (a, o - 1)
        if cjk_count(self._text(out[:1])) < 2:
            return None
        return out, lead

    def _labelled(self, no: str, ln: Line, pieces: list[tuple[int, int]], labels: list[tuple[re.Match[str], int]]) -> None:
        """An item with fields: 责任单位:… 实际完成情况:…"""
        t = self.t
        assert ln.mark is not None
        first, k0 = labels[0]
        cut = first.start()
        # A field in brackets, 改造管网30公里(牵头单位:市水务局), leaves the
        # bracket out of the project.
        while cut > pieces[k0][0] and t[cut - 1].isspace():
            cut -= 1
        if cut > pieces[k0][0] and t[cut - 1] in "([【":
            cut -= 1
        project = list(pieces[:k0]) + [(pieces[k0][0], cut)]
        actual: list[tuple[int, int]]
        tail_from: tuple[int, int] | None
        proj_label: tuple[int, int] | None
        lead, actual, tail_from, proj_label = "", [], None, None
        for idx, (m, k) in enumerate(labels):
            name = m.group("label")
            nxt = labels[idx + 1] if idx + 1 < len(labels) else None
            stop = nxt[0].start() if nxt is not None and nxt[1] == k else pieces[k][1]
            if name in PROGRESS_LABELS:
                # 完成情况:达到序时进度 / 具体情况:截至5月底,…: a verdict field and
                # the figures' field are both the progress, in the page's order.
                actual.append((m.end(), stop))
                if nxt is None or nxt[1] != k:
                    actual += pieces[k + 1 : nxt[1] if nxt is not None else len(pieces)]
                continue
            v = _FIELD_VALUE.match(t, m.end(), stop)
            while v is not None and v.end() == m.end() and m.end() < stop and t[m.end()].isspace():
                v = _FIELD_VALUE.match(t, m.end() + 1, stop)
            vs, ve = (v.start(), v.end()) if v else (m.end(), m.end())
            after = ve + 1 if ve < stop and t[ve] in ")]】" else ve
            if name in _LEAD_LABELS and not lead:
                a, b = strip_span(t, vs, ve)
                lead = self.h[a:b]
            if name in _PROJECT_LABELS and proj_label is None:
                proj_label = (vs, ve)
            tail_from = (k, after)
        if proj_label is not None and cjk_count(self._text(project)) < 2:
            project = [proj_label]
        if not actual and tail_from is not None:
            k, ve = tail_from
            actual = [(ve, pieces[k][1])] + pieces[k + 1 :]
        end = pieces[-1][1]
        self._emit(no, project, actual, (ln.mark.start, end), lead=lead)

    def _opens_with_period(self, a: int, b: int) -> bool:
        """Does t[a:b] open with the period it reports (1-11月, 截至9月底,
        上半年, 前三季度)?"""
        return opens_with_period(self.t, strip_span(self.t, a, b)[0], b, lexicon=self.lexicon)
