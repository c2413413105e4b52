"""Unnumbered lines: headings over their progress, labelled fields
(``进展情况:``), a task line over a progress line, category headings.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ...signals import cues_in, find_cues
from ..clauses import (ASPECT_START, CONTENT, DIGIT, OPENER_RE, TIME_ONLY, TRIM, WORK_END, alt, has_name, plan_end, report_level,
                       strip_span)
from ..item_marks import Line, is_record_label
from .lists import _ListReader
from .patterns import (PROGRESS_LABELS, _CATEGORY_HEAD, _CLAUSE_MARK, _COUNT_HEAD, _ENUM, _HEAD_NAMES, _LEAD_LABELS, _NUMBER,
                       _PERIOD, _PROJECT_LABELS, _STAMP, _YEAR)
from .sentences import _opens_with_figure, _sentence_spans


# A count of what the line introduces, then 为/是/有/包括 before a colon.
_COUNTED_INTRO = re.compile(r"^\s*(?:\d{1,3}|[一两二三四五六七八九十]{1,3})\s*[项个件宗][^:,。;]*(?:为|是|有|包括)$")
_STOPS = re.compile(r"[。;!?]")
_PLANNED = re.compile(r"计划|任务为|目标为")
# A link of a page's list of related articles: a bullet, a headline's |, a date at the end.
_LINK_LINE = re.compile(r"^\s*[-·•]|\||(?:19|20)\d{2}-\d{1,2}-\d{1,2}\s*$")
# Labels before a colon that name a field, a source or a speaker, never a project.
_FIELD_LABEL = re.compile(r"\s*(?:" + alt(PROGRESS_LABELS + _PROJECT_LABELS + _LEAD_LABELS + (
    "记者", "通讯员", "时间", "地点", "地址", "电话", "备注", "说明", "注", "附件",
    "主题", "关键词", "摘要", "标题", "问题", "原因", "措施", "下一步", "下步打算", "存在问题", "工作措施")) + r")\s*")
_PROJECT_LABEL_LINE = re.compile(r"(?:" + alt(_PROJECT_LABELS) + r")\s*:\s*")
_INLINE_PROJECT_LABEL = re.compile(r"\s*(?:" + alt(_PROJECT_LABELS) + r")\s*:\s*")
_INLINE_PROGRESS_LABEL = re.compile(r"(?<=[。;\s])\s*(?:" + alt(PROGRESS_LABELS) + r")\s*:\s*")
_LINE_PROGRESS_LABEL = re.compile(r"(?:" + alt(PROGRESS_LABELS) + r")\s*:\s*")
_POINT = re.compile(r"[①-⑳]")
# X是Y after a subject of two characters or more (not 其一是, 一是: those enumerate).
_COPULA = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?<![其一二三四五六七八九十])是(?!否)[\u4e00-\u9fff]")
# A sentence that sums up a field of work rather than naming a project.
# (教育设施进一步改善。, 乡村面貌日新月异。, 交通出行更为便捷。)
_TOPIC_END = re.compile(
    r"(?:(?:进一步|持续|不断|稳步|有序|加快|继续|逐步)(?:改善|提升|推进|加强|完善|提高|优化|加快)"
    r"|(?:更为|更加|更|日益|日趋|明显|显著|大幅)(?:便捷|便利|完善|改善|提升|优化|美丽|宜居|健全|丰富|安全|舒适|提高|增强|畅通|温暖|有力)"
    r"|日新月异|焕然一新|再上新台阶|成效(?:明显|显著)|亮点纷呈)\s*$")
# A headline that says a rate was reached (棚改开工率达百分百, 基本建成率超百分百).
_HEADLINE_RATE = re.compile(r"率\s*(?:达到|达|超过|超|为)\s*(?:百分之百|百分百|\d)")
_COUNT_TAIL = re.compile(r"\([^()]{0,10}\)$")
# A task may open with 完成/建成 and its figure (完成7.4万口山坪塘整治).
_TASK_OPEN = re.compile(r"\s*(?:完成|建成)\s*\d")
# Titles and lead-ins, never a task: …进展情况, …如下.
_TITLE_ENDS = ("情况", "进展", "进度", "通报", "公示", "公告", "汇总", "一览", "盘点", "如下", "报告")


class _LineReader(_ListReader):
    """Reads headings, labelled fields and task/progress lines."""

    def _category_item(self, ln: Line, pieces: list[tuple[int, int]]) -> bool:
        """(一)提升城市文明宜居水平方面。A推进顺利,B开工建设。…: a heading that
        names a group of projects over sentences that name their own: the
        projects are the items, the heading their section."""
        t = self.t
        s, e = strip_span(t, pieces[0][0], pieces[0][1])
        k = t.find("。", s, min(e, s + 40))
        head_end = k if k >= 0 else e
        if _CATEGORY_HEAD.search(t, s, head_end + 1 if k >= 0 else e) is None or DIGIT.search(t, s, head_end):
            return False
        body = ([(k + 1, e)] if k >= 0 and k + 1 < e else []) + list(pieces[1:])
        if not body:
            return False
        before = len(self.items)
        heading = self.h[s:head_end].strip()
        for x, y in body:
            self._paragraph(x, y)
        if len(self.items) - before >= 2:
            self.items[before:] = [replace(it, section=heading) for it in self.items[before:]]
            return True
        del self.items[before:]
        return False

    # -- unnumbered lines ------------------------------------------------

    def _plain(self, i: int, n: int) -> int:
        """Read the unnumbered line i (within lines[:n]); returns the next index."""
        ln = self.lines[i]
        if ln.mark is not None:
            return i + 1
        if self._labelled_progress(i) or self._labelled_pair(ln):
            return i + 1
        if self._is_heading(ln) and i + 1 < n:
            return self._heading_line(i)
        # A run of headed paragraphs (X工程。全年建成…) or of task lines with
        # their progress on the next line (X(2013—2017年)。 / 上半年已完成…).
        pairs: list[tuple[int, int | None]]
        run, pairs = i, []
        while run < n and self.lines[run].mark is None:
            if self._headed(self.lines[run]) is not None:
                pairs.append((run, None))
                run += 1
            elif run + 1 < n and self.lines[run + 1].mark is None and self._task_line(self.lines[run]) \
                    and self._progress_line(self.lines[run + 1]):
                pairs.append((run, run + 1))
                run += 2
            else:
                break
        if len(pairs) >= 2:
            for k, nxt in pairs:
                if nxt is None:
                    # 就业社保方面。A…;B…: a group's heading over clauses
                    # that each report a piece of work of their own.
                    line = self.lines[k]
                    if not self._category_item(line, [(line.start, line.end)]):
                        self._headed_item(line)
                else:
                    self._pair_item(self.lines[k], self.lines[nxt])
            return run
        before = len(self.items)
        self._paragraph(ln.start, ln.end)
        if len(self.items) == before:
            self._drop_unused_heading()
            self._pending = i
        return i + 1

    def _labelled_pair(self, ln: Line) -> bool:
        """任务目标:对100个老旧小区…改造。 进展情况:实际完成101个… (任务目标:… 进展情况:…):
        a line that opens with a task label and goes on to a progress label
        holds one item per task label, the values its project and progress."""
        t = self.t
        a, b = strip_span(t, ln.start, ln.end)
        if _PROJECT_LABEL_LINE.match(t, a, b) is None:
            # 改善交通条件 【目标】…: a short heading may come first.
            first = _INLINE_PROJECT_LABEL.search(t, a, min(b, a + 32))
            if first is None or first.start() == a or not t[first.start()].isspace() or _STOPS.search(t, a, first.start()):
                return False
            a = strip_span(t, first.start(), b)[0]
        heads = [m for m in _INLINE_PROJECT_LABEL.finditer(t, a, b)
                 if m.start() == a or t[m.start() - 1] in "。; \u3000" or t[m.start()].isspace()]
        pairs = []
        for k, head in enumerate(heads):
            stop = heads[k + 1].start() if k + 1 < len(heads) else b
            prog = _INLINE_PROGRESS_LABEL.search(t, head.end(), stop)
            if prog is None or not CONTENT.search(t, prog.end(), stop):
                return False
            pairs.append((strip_span(t, head.end(), prog.start(), TRIM), strip_span(t, prog.end(), stop), (head.start(), stop)))
        before = len(self.items)
        for project, actual, span in pairs:
            self._emit("", [project], [actual], span)
        return len(self.items) > before

    def _progress_label(self, i: int) -> tuple[re.Match[str], int] | None:
        """The progress label opening line i (进展情况:…) with the end of the
        line, when a value follows it."""
        ln = self.lines[i]
        a, b = strip_span(self.t, ln.start, ln.end)
        m = _LINE_PROGRESS_LABEL.match(self.t, a, b)
        return (m, b) if ln.mark is None and m is not None and m.end() < b else None

    def _labelled_progress(self, i: int) -> bool:
        """进展情况:… opening a line: the progress of the task described in
        the paragraph right before it (柴墟幼儿园建设项目,占地面积约10亩… /
        进展情况:主体验收完成), or of the heading right above it. Points
        numbered alike on both sides (the paragraph's sentences, the
        progress's ①②) pair up."""
        t = self.t
        label = self._progress_label(i)
        if label is None:
            return False
        m, b = label
        if i > 0 and self._pending == i - 1:  # _pending is -1 when no paragraph waits
            ta, tb = strip_span(t, self.lines[i - 1].start, self.lines[i - 1].end)
            named = _PROJECT_LABEL_LINE.match(t, ta, tb)
            if named is not None and named.end() < tb:
                ta = named.end()  # 目标任务:|计划投资4500万元…: the label names the field, not the work
        elif i > 0 and self._is_heading(self.lines[i - 1]):
            ta, tb = strip_span(t, self.lines[i - 1].start, self.lines[i - 1].end, TRIM + "。")
            if self.sections and self.sections[-1].level == 99:
                self.sections.pop()  # the heading is this item's name, not a group's
        else:
            return False
        self._pending = -1
        points = [x.start() for x in _POINT.finditer(t, m.end(), b)]
        tasks = _sentence_spans(t, ta, tb) if len(points) >= 2 else []
        split = len(points) >= 2 and t[m.end():points[0]].strip() == "" and len(tasks) == len(points)
        name = self._named_above(i) if not split and ta == self.lines[i - 1].start else None
        if name is not None:
            # 学校建设项目 / 白马中学…新建1幢综合实验楼… / 进展情况:…: the
            # line over the description is the project's name.
            if self.sections and self.sections[-1].level == 99 and self.sections[-1].text == self.h[slice(*name)].strip():
                self.sections.pop()
            self._emit("", [name, (ta, tb)], [(m.end(), b)], (name[0], b))
            return True
        if split:
            for k, (pa, pb) in enumerate(tasks):
                end = points[k + 1] if k + 1 < len(points) else b
                # items never overlap: the first spans the task paragraph,
                # the others their own point
                self._emit(t[points[k]], [(pa, pb)], [(points[k] + 1, end)], (ta if k == 0 else points[k], end))
        elif not self._works_in(ta, tb, m.end(), b):
            self._emit("", [(ta, tb)], [(m.end(), b)], (ta, b))
        return True

    def _named_above(self, i: int) -> tuple[int, int] | None:
        """The span of the heading over the description (line i - 1) of the
        progress label on line i, when it names a project (…项目, …工程)
        and heads this item alone: the next description with a progress
        label of its own has a heading of its own, or there is none."""
        if i < 2:
            return None
        hl = self.lines[i - 2]
        hs, he = strip_span(self.t, hl.start, hl.end, TRIM + "。")
        if not self._is_heading(hl) or self._verdict(self.t[hs:he]) or not self.t.endswith(_HEAD_NAMES, hs, he):
            return None
        n = len(self.lines)
        if i + 2 < n and self.lines[i + 1].mark is None and not self._is_heading(self.lines[i + 1]) \
                and self._progress_label(i + 2) is not None:
            return None  # 已完成的项目 / A… / 进展情况:… / B… / 进展情况:…: a group's heading
        return hs, he

    def _works_in(self, ta: int, tb: int, a: int, b: int) -> bool:
        """Emit the works a labelled progress lists one by one, each named
        as a project and with progress of its own (完成情况:累计完成投资…。A工程
        进度98%,B项目已浇筑…,C工程完成…): the task with what comes before the
        first work, then a row per work. False, and nothing emitted, when
        fewer than three works are named so."""
        t = self.t
        stop = t.find("。", a, b)
        first = stop + 1 if 0 <= stop < b - 1 else a
        sub = _ListReader(t, self.h, self.lexicon, [])
        sub._news(first, b, [])
        works = sub.items
        if len(works) < 3 or not all(WORK_END.search(it.project) for it in works):
            return False
        if first > a:
            self._emit("", [(ta, tb)], [(a, first)], (ta, first))
        section, official = self._context()
        self.items += [replace(it, section=it.section or section, official=it.official or official) for it in works]
        return True

    def _heading_line(self, i: int) -> int:
        """A short unpunctuated line: the heading of the group below it, or,
        when it names a task (新增养老床位200张) and the next line reports
        progress that names no project of its own, an item of two lines."""
        t, ln = self.t, self.lines[i]
        s, e = strip_span(t, ln.start, ln.end, TRIM + "。")
        official = self.h[s:e] if self._verdict(t[s:e]) or self._status_intro(s, e) else ""
        self._push_section(99, self.h[s:e].strip(), official)
        nxt = self.lines[i + 1]
        if self._progress_label(i + 1) or (i + 2 < len(self.lines) and not self._is_heading(nxt)
                                           and self._progress_label(i + 2)):
            return i + 1  # 进展情况:… below: the lines pair up there
        # Only a task names a figure (新增养老床位200张); a count in brackets
        # (已完成项目(6项)) or a verdict makes a heading.
        task = DIGIT.search(_COUNT_TAIL.sub("", t[s:e])) is not None and not official and _STAMP.search(t, s, e) is None
        # On such a page a line that reports a stage or a cue with no figure
        # (江南水厂正式运行,…) is progress too.
        if nxt.mark is None and not official and not task and self._names_heading(ln) and self._headings_alternate() \
                and not self._is_heading(nxt) and (self._progress_like(nxt) or self._reports(i + 1, i + 2)):
            # A page of project names each over its progress lines: the
            # name is the project, the lines up to the next name (or a
            # numbered sub-item) its progress. A paragraph of several items
            # under it makes it a group's heading instead.
            before = len(self.items)
            self._paragraph(nxt.start, nxt.end)
            if len(self.items) - before >= 2 and not self._opens_with_own_figure(nxt):
                return i + 2
            del self.items[before:]
            self.sections.pop()
            j = i + 1
            while j < len(self.lines) and self.lines[j].mark is None and not self._is_heading(self.lines[j]):
                j += 1
            a, _ = strip_span(t, nxt.start, nxt.end)
            _, b = strip_span(t, self.lines[j - 1].start, self.lines[j - 1].end)
            self._emit("", [(s, e)], [(a, b)], (ln.start, b))
            return j
        if nxt.mark is not None or not task or self._is_heading(nxt):
            return i + 1
        if self._headed(nxt) is not None:
            return i + 1
        before = len(self.items)
        self._paragraph(nxt.start, nxt.end)
        if len(self.items) - before >= 2:
            return i + 2
        # One clause of progress under a task is that task's progress.
        del self.items[before:]
        self.sections.pop()
        if self._progress_like(nxt):
            a, b = strip_span(t, nxt.start, nxt.end)
            self._emit("", [(s, e)], [(a, b)], (ln.start, b))
        return i + 2

    def _status_intro(self, s: int, e: int) -> bool:
        """4项尚未完成年度目标任务的民生实事项目为: a line that counts the list
        it introduces and says where those items stand is the publisher's
        word on each of them, though not a verdict of pace."""
        head = self.t[s:e]
        return self._colon_after(e) and _COUNTED_INTRO.search(head) is not None and bool(find_cues(head, self.lexicon))

    def _names_heading(self, ln: Line) -> bool:
        """A heading line that can name a project: not a part of the
        circular (基本情况), a title, a date or the programme."""
        s, e = strip_span(self.t, ln.start, ln.end, TRIM + "。")
        # admin8个月前 (09-28)产业新闻19: a page's stamp over the article.
        return not self._section_word(ln) and self._names_task(s, e) and _STAMP.search(self.t, s, e) is None

    def _headings_alternate(self) -> bool:
        """Does the page write project names on lines of their own, each
        over its progress (two such pairs at least, and most headings)?"""
        if self._alternating is None:
            pairs = heads = 0
            # Headings over paragraphs of several items (a news page's
            # topic lines) make the page one of groups, not of names: read
            # each paragraph on a scratch reader to see.
            scratch = _ListReader(self.t, self.h, self.lexicon, self.lines)
            groups = 0
            for k, ln in enumerate(self.lines[:-1]):
                if ln.mark is not None or not self._is_heading(ln) or not self._names_heading(ln):
                    continue
                heads += 1
                nxt = self.lines[k + 1]
                if nxt.mark is None and not self._is_heading(nxt) and self._progress_like(nxt):
                    pairs += 1
                    before = len(scratch.items)
                    scratch._paragraph(nxt.start, nxt.end)
                    # A paragraph that opens with the heading's own progress
                    # (完成投资0.65亿元,比年度计划高7.1个百分点。A全部开工;B完工。)
                    # goes on with its parts: one item's, not a group's.
                    groups += len(scratch.items) - before >= 2 and not self._opens_with_own_figure(nxt)
            # Most headings over one item's progress (a paragraph that
            # happens to read as two items does not turn the page).
            self._alternating = pairs >= 2 and 2 * pairs >= heads and 2 * groups < pairs
        return self._alternating

    def _progress_like(self, ln: Line) -> bool:
        """Does a line read as progress (a figure or a verdict, not a title
        or a sentence on the whole programme)?"""
        t = self.t
        s, e = strip_span(t, ln.start, ln.end)
        head = t[s : min(e, s + 40)]
        if _YEAR.match(head) or report_level(_CLAUSE_MARK.split(head, 1)[0]):
            return False
        return DIGIT.search(t, s, e) is not None or self._verdict(t[s : min(e, s + 200)])

    def _headed(self, ln: Line) -> int | None:
        """End of the short first sentence of a headed paragraph
        (``食品安全抽样检验工程。全年开展…``), or None."""
        t = self.t
        s, e = strip_span(t, ln.start, ln.end)
        k = t.find("。", s, min(e, s + 41))
        colon = t.find(":", s, min(e, s + 41))
        if 0 <= colon and (k < 0 or colon < k):
            # 开展老年人流感疫苗接种:落实保障工作,累计…: a name and its colon
            # head the paragraph as a sentence does; not a field's label
            # (完成情况:) or the page's record (来源:).
            if is_record_label(t[s : colon + 1]) or _FIELD_LABEL.fullmatch(t, s, colon) or _LINK_LINE.search(t, s, e):
                return None  # - 预告|12345政风热线:22日…2025-07-21: a link to another page
            if len(_PLANNED.findall(t, colon, e)) >= 2:
                return None  # X工程:全市计划A,已完成…。全市计划B,已完成…: tasks of their own, read one by one
            k = colon
        if k < 0 or k + 1 >= e:
            return None
        if not self._names_task(s, k):
            return None
        if _TOPIC_END.search(t, s, k) or _HEADLINE_RATE.search(t, s, k) \
                or any(c.kind in ("on_pace", "ongoing", "ahead", "delay") and c.active
                       for c in cues_in(t[s:k], t[s:k], self.lexicon) if c.span[1] == k - s):
            # 新农村建设项目继续按时序推进。 / 教育设施进一步改善。 / 棚改开工率达百分百。:
            # a topic or headline sentence over its items, no project's name
            return None
        # The rest must report something: a figure, a verdict word, or an
        # opening of progress (一季度已全部开工).
        if DIGIT.search(t, k + 1, e) is None and not self._verdict(t[k + 1 : min(e, k + 201)]) \
                and not self._opens_progress(k + 1, e):
            return None
        return k + 1

    def _headed_item(self, ln: Line) -> None:
        """Emit a headed paragraph: its first sentence is the project, and a
        plan sentence after it (该项目计划投资…) goes with it."""
        k = self._headed(ln)
        assert k is not None
        s, e = strip_span(self.t, ln.start, ln.end)
        ks = strip_span(self.t, k, e)[0]
        if _ENUM.match(self.t, ks):
            # 关于推进人才公寓建设。一是A。…二是B。…: the heading's parts are
            # the items, the heading their section.
            before = len(self.items)
            self._members_whole = True
            try:
                self._paragraph(ks, e)
            finally:
                self._members_whole = False
            if len(self.items) - before >= 2:
                heading = self.h[s:k].strip().rstrip("。")
                self.items[before:] = [replace(it, section=heading) for it in self.items[before:]]
                return
            del self.items[before:]
        q = plan_end(self.t, k, e)
        if q is not None:
            self._emit("", [(s, q)], [(q, e)], (s, e))
        else:
            self._emit("", [(s, k)], [(k, e)], (s, e))

    def _task_line(self, ln: Line) -> bool:
        """A line that is one short sentence naming a task
        (新建城乡公交站亭200个(2024—2026年)。)."""
        t = self.t
        s, e = strip_span(t, ln.start, ln.end)
        if e - s > 50 or t[e - 1] != "。" or t.find("。", s, e - 1) >= 0:
            return False
        return self._names_task(s, e - 1)

    def _names_task(self, s: int, k: int) -> bool:
        """Can the sentence t[s:k] be a task heading its progress?"""
        t = self.t
        if not has_name(t, s, k) or _CLAUSE_MARK.search(t, s, k):
            return False
        if OPENER_RE.match(t, s, k) and not _TASK_OPEN.match(t, s, k):
            return False
        if _COUNT_HEAD.match(t, s, k) and len(_NUMBER.findall(t, s, k)) == 1 and self._verdict(t[s:k]):
            return False  # 2项提前超额完成全年任务。 heads a group
        first = _PERIOD.sub("", t[s:k])  # (2013—2017年) is the task's period, not a date
        if _COPULA.search(first):
            return False  # 重大项目是观察地方经济的重要窗口。: a statement, not a task
        return not (report_level(first) or _YEAR.search(first) or first.endswith(_TITLE_ENDS))

    def _progress_line(self, ln: Line) -> bool:
        """A line opening with its progress (上半年已完成…, 截至6月底,…)."""
        t = self.t
        s, e = strip_span(t, ln.start, ln.end)
        if not self._opens_progress(s, e):
            return False
        return DIGIT.search(t, s, e) is not None or self._verdict(t[s : min(e, s + 200)])

    def _opens_progress(self, s: int, e: int) -> bool:
        """Does t[s:e] open with progress, after a time phrase if any
        (上半年已…, 截至6月底,…, 一季度已全部开工)?"""
        t = self.t
        while s < e and t[s] in TRIM:
            s += 1
        m = TIME_ONLY.match(t, s, e)
        p = m.end() if m and m.end() > s else s
        while p < e and t[p] in TRIM:
            p += 1
        return p < e and bool(OPENER_RE.match(t, p, e) or ASPECT_START.match(t, p, e) or p > s)

    def _opens_with_own_figure(self, ln: Line) -> bool:
        """Does the line open with work done and its figure (完成投资0.65亿元,…)?
        Then what follows are its parts."""
        return _opens_with_figure(self.t, *strip_span(self.t, ln.start, ln.end))

    def _pair_item(self, task: Line, prog: Line) -> None:
        t = self.t
        s, e = strip_span(t, task.start, task.end)
        a, b = strip_span(t, prog.start, prog.end)
        self._emit("", [(s, e)], [(a, b)], (s, b))
