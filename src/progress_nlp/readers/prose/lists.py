"""Lists inside a paragraph: enumerations (``一是…;二是…``), lists after a
heading or an intro word (``分别是``, ``包括``) and groups under a count and
a verdict (``2项提前超额完成全年任务。A…;B…``). What is left of a
paragraph goes to the news layer.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..clause_objects import clause_object, done_thing
from ..clauses import (ASPECT_RE, CLOSE, CONTENT, DIGIT, DONE_FIRST, GENERIC_VERB, OPEN, REF, REPORT_COUNT, TRIM, WORK_FIRST, alt,
                       cjk_count, clean_project, report_level, scan, split_point, strip_span)
from ..subjects import subject_ranges
from ..item_marks import item_value
from .news import _NewsReader
from .patterns import (PROGRESS_LABELS, _AMONG, _AMONG_COLON, _COUNT_HEAD, _ENUM, _INTRO, _NUMBER, _PROGRESS_UNDER_HEADING,
                       _REST_CLAUSE)
from .sentences import _sentence_stops


_ENUM_BEFORE = frozenset(":;,。!? \t\n、")
# A name, then its own progress in the brackets that close it.
_NOTE_PROGRESS = re.compile(r"(?P<name>[^()]{4,60}?)\((?P<note>[^()]{4,400})\)")
_PROGRESS_NOTE = re.compile(r"已|完成|建成|竣工|完工|投用|开工|正在|%")
# Names in a row, then what they add up to (A、B、C,共投入资金约537万元).
_NAMES_THEN_TOTAL = re.compile(r"[^,;。、]{2,60}(?:、[^,;。、]{2,60})+\s*,\s*(?:共|合计|总计|共计)")
# A count and the works counted, ending the names (…4个万亩梯田示范点项目,).
_COUNTED_WORK = re.compile(r"\d+\s*[个座处条项所家][\u4e00-\u9fff]{0,12}?(?:项目|工程|示范点|基地|园区)\s*,")
# A word alone between a list's heading and its colon: …超额完成年度任务,即:
_POINTER = re.compile(r",\s*(?:即|也就是|分别是|分别为|具体是|具体为|主要是|主要有)\s*$")
# A count-and-verdict sentence that heads a group: 2项提前超额完成全年任务。
# / 有11个项目进展较快,超额完成序时进度。
_COUNT = re.compile(r"\d+\s*(?:项|个|件)")
# A count of sites named as one project (10个省级美丽乡村建设试点村项目全部完工):
# a project's row, not a count of the programme's projects heading a group.
_COUNTED_PROJECT = re.compile(r"\s*(?:全市|全县|全区|全省)?\d+\s*(?:项|个|件)[^\d,;。]{5,}?(?:项目|工程)")
# A progress label opening a paragraph, with at most the period and a word
# for the programme's items before it (项目进展:, 1-3月份项目进展:).
_LABEL_ONLY = re.compile(
    r"\s*(?:(?:\d{4}\s*年)?(?:\d{1,2}\s*[-—–~至到]\s*)?\d{1,2}\s*月份?(?:底|末)?|上半年|下半年|前三季度|[一二三四]季度|今年以来|本月|当月)?"
    r"\s*(?:项目|工作|实事)?\s*(?:" + alt(PROGRESS_LABELS) + r")\s*:\s*")
# A project called back by the next paragraph (这个项目, 该工程).
_ANAPHOR = re.compile(r"(?:这个|这一|该|此|本)(?:项目|工程)")
# A paragraph's subject that names a project (不久前,A中学新建教学楼项目举行…).
_NAMED_SUBJECT = re.compile(r"(?:^|(?<=[,。;:\n]))\s*(?:(?:不久前|日前|近日|近期|此前|今年|目前|去年|上月|本月)\s*,?\s*)?"
                            r"(?P<name>[\u4e00-\u9fff、“”]{4,30}?(?:项目|工程))(?=[\u4e00-\u9fff])")
# A paragraph that opens with a project's name in quotes, the word for what
# it is, and a comma (“老旧小区改造”项目,截至9月底,…): the name heads the
# paragraph, and every sentence after the comma is that project's progress.
# A paragraph of a press conference that opens with who briefed on which
# project (发布会上,县交通运输局通报了农村道路提升工程成果。), then the
# briefing: the project is the name, the sentences after it its progress and
# the speaker its lead. Not a brief on the year's work or the programme at
# large (介绍了年度进展, 汇报了2021年各项重点民生实事项目进展情况).
_BRIEFED_HEAD = re.compile(
    r"\s*(?:[^,;。\n]{0,12}?[上中时后]\s*,\s*)?"
    r"(?P<lead>[\u4e00-\u9fff]{2,14}?(?:局|委|办|中心|公司|厅|院|部|署|站))?\s*(?:重点|主要|详细|集中|分别)?"
    r"(?:通报|介绍|汇报|发布|说明|讲解)了?\s*"
    r"(?P<name>(?![^,;。:\n]{0,30}?(?:各项|各类|全部|所有|年度|全年|今年|相关|有关|整体|总体|实事|民生工程|重点项目|\d{4}\s*年))"
    r"[^,;。:\n]{4,30}?)的?"
    r"(?:工作)?(?:成果|成效|情况|进展情况|推进情况|完成情况|实施情况|进展|进度)\s*[。:]")
# A member of an enumeration that opens with its task in quotes and a full stop.
# (The reader may have blanked a quote it could not pair: a space before the 。 closes it too.)
_QUOTED_TASK = re.compile(r"\s*“?([^“”。;]{4,160}?)(?:”|(?<=[^\s]) )\s*[。;,]\s*")
_QUOTED_HEAD = re.compile(r"\s*(?P<name>[“「][^“”「」\n]{2,40}[”」](?:项目|工程|行动|实事|任务))\s*[,,]")

# A sentence that names one project in quotes after a scene (a time, a
# programme it is one of), then its progress after a comma or a dash. The
# scene holds no figure but months (7、8月) and no other quote.
_SCENE = r"\s*(?:(?:\d{1,2}\s*[、,-]\s*)*\d{1,2}\s*月份?\s*)?[^“”「」\d,,;。\n]{0,30}?"
_QUOTED_IN_SENTENCE = (
    # …的“志愿服务队伍建设”,全省招募…: the name and the word for what it is
    re.compile(_SCENE + r"(?P<name>[“「][^“”「」\n]{2,40}[”」](?:项目|工程|行动|实事|任务)?)\s*(?:[,,:]|——)\s*"),
    # 7、8月在“A”项目中, / “A”一项中, / “A”上榜——: the name alone (在“A”中,
    # with no 项目 names a programme, the scope of several)
    re.compile(_SCENE + r"(?P<name>[“「][^“”「」\n]{2,40}[”」])\s*(?:(?:这一项|一项|项目)中|上榜)\s*(?:[,,:]|——)\s*"),
)
# Another project named in quotes (“A”项目): the sentence is of several.
_ANOTHER_NAME = re.compile(r"[“「][^“”「」\n]{2,40}[”」](?:项目|工程|行动|实事|任务|一项)")


# The members of a run counted again at the head of the sentence after it
# (目前,3个任务…, 以上5项…, 这3项…).
_COUNT_AGAIN = re.compile(r"\s*(?:目前|当前|截至目前|现在)?\s*,?\s*(?:这|以上|上述|该)?\s*(?P<n>\d{1,2}|[一两二三四五六七八九十]{1,2})\s*(?:个|项|件)")


class _ListReader(_NewsReader):
    """Reads enumerations, lists and groups in a paragraph."""

    def _paragraph(self, s: int, e: int) -> None:
        """Enumerations, lists after a heading, then news clauses."""
        # Sentence ends, looked up by bisection so that a paragraph of many
        # lists and no 。 stays linear.
        label = _LABEL_ONLY.match(self.t, s, e)
        if label is not None and label.end() < e:
            s = label.end()  # 1-3月份项目进展:|10个…工程已开工8个: the label names no project
        self._stops = _sentence_stops(self.t, s, e)
        before = len(self.items)
        named, self._named_before = self._named_before, None
        if self._quoted_head(s, e) or self._briefed_head(s, e) or self._anaphoric(s, e, named):
            return
        self._paragraph_body(s, e)
        if len(self.items) == before:
            # A paragraph that names one project and reports nothing on it
            # (A项目举行现场推进会…) may be what the next one calls 该项目.
            subjects = list(_NAMED_SUBJECT.finditer(self.t, s, e))
            self._named_before = (subjects[0].span("name"), before) if len(subjects) == 1 else None

    def _anaphoric(self, s: int, e: int, named: tuple[tuple[int, int], int] | None) -> bool:
        """Emit a paragraph that calls its project 这个项目, 该工程 in its
        first sentence and reports on it, as the item of the project the
        paragraph before named without reporting (不久前,A项目举行现场推进会。 /
        这个项目…计划在第四季度完成。…该工程总工程量已完成近70%。)."""
        if named is None or named[1] != len(self.items):
            return False  # something else was read in between
        t = self.t
        stop = t.find("。", s, e)
        first_end = stop if stop >= 0 else e
        if _ANAPHOR.search(t, s, first_end) is None or (DIGIT.search(t, s, e) is None and ASPECT_RE.search(t, s, e) is None):
            return False
        name = named[0]
        self._emit("", [name], [(s, e)], (name[0], e))
        return True

    def _paragraph_body(self, s: int, e: int) -> None:
        taken: list[tuple[int, int]] = []
        runs = self._enumerations(s, e)
        for k, run in enumerate(runs):
            # A run ends at its sentence end, and at the latest where the
            # next run starts.
            self._enum_items(run, s, runs[k + 1][0].start() if k + 1 < len(runs) else e, taken)
        taken = self._lists(s, e, taken)
        taken = self._quoted_sentences(s, e, taken)
        self._news(s, e, taken)

    def _quoted_head(self, s: int, e: int) -> bool:
        """Emit a paragraph headed by a quoted project name as one item.
        Not when another quoted name heads a clause further on (then the
        paragraph lists several projects) or nothing after the name reports."""
        t = self.t
        head = _QUOTED_HEAD.match(t, s, e)
        if head is None or _QUOTED_HEAD.search(t, head.end(), e) is not None:
            return False
        if DIGIT.search(t, head.end(), e) is None and ASPECT_RE.search(t, head.end(), e) is None:
            return False
        self._emit("", [head.span("name")], [(head.end(), e)], (s, e))
        return True

    def _briefed_head(self, s: int, e: int) -> bool:
        """Emit a paragraph that opens with a briefing on one project
        (县民政局重点介绍了农村普惠养老服务能力提升情况。目前,…) as that
        project's item, the speaker its lead. Not when nothing after the
        opening sentence reports (no figure, no word of progress)."""
        t = self.t
        head = _BRIEFED_HEAD.match(t, s, e)
        if head is None:
            return False
        a, b = strip_span(t, head.end(), e, TRIM)
        if a >= b or (DIGIT.search(t, a, b) is None and ASPECT_RE.search(t, a, b) is None):
            return False
        self._emit("", [head.span("name")], [(a, b)], (s, e), lead=head.group("lead") or "")
        return True

    def _quoted_sentences(self, s: int, e: int, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Emit each sentence that names one project in quotes after a scene
        with no figure of its own, then reports on it after a comma or a
        dash (同样上榜的还有…中的“志愿服务队伍建设”,全省招募志愿者3153人…;
        7、8月在“促进高校毕业生就业”项目中,相关部门…). Returns the stretches
        taken, this sentence's included, in order."""
        t = self.t
        a = s
        for stop in self._stops + [e]:
            b = min(stop + 1, e)
            m = next((m for r in _QUOTED_IN_SENTENCE if (m := r.match(t, a, b))), None)
            if m is not None and not any(x < b and a < y for x, y in taken) \
                    and DIGIT.search(t, m.end(), b) is not None and _ANOTHER_NAME.search(t, m.end(), b) is None \
                    and not report_level(t[m.start("name") : m.end("name")]):
                self._emit("", [m.span("name")], [(m.end(), b)], (a, b))
                taken = sorted(taken + [(a, b)])
            a = b
        return taken

    # -- enumerations: 一是…;二是… ---------------------------------------

    def _enumerations(self, s: int, e: int) -> list[list[re.Match[str]]]:
        """Runs of 一是, 二是, … in sequence (two at least) in t[s:e]."""
        t = self.t
        runs: list[list[re.Match[str]]] = []
        cur: list[re.Match[str]] = []
        for m in _ENUM.finditer(t, s, e):
            p = m.start()
            if p > s and t[p - 1] not in _ENUM_BEFORE:
                continue
            v = item_value(m.group("n"))
            if v is not None and cur and v == item_value(cur[-1].group("n")) + 1:  # type: ignore[operator]
                cur.append(m)
            elif v == 1:
                if len(cur) >= 2:
                    runs.append(cur)
                cur = [m]
        if len(cur) >= 2:
            runs.append(cur)
        return runs

    def _heading_before(self, p: int, s: int) -> tuple[int, int] | None:
        """The clause just before position p (a colon or list word), at most
        40 characters back, as (start, end)."""
        t = self.t
        q = p
        while q > s and t[q - 1] in " :,":
            q -= 1
        pointer = _POINTER.search(t, max(s, q - 8), q)
        if pointer is not None:
            q = pointer.start()  # 有9个指标超额完成年度任务,|即|: the clause before the pointer heads
        a = q
        depth = 0
        while a > s and q - a < 40:
            ch = t[a - 1]
            if ch in CLOSE:
                depth += 1
            elif ch in OPEN:
                depth = max(0, depth - 1)
            elif depth == 0 and ch in ",;:。!?\n":
                break
            a -= 1
        a, q = strip_span(t, a, q)
        m = _AMONG.match(t, a, q)
        if m:
            a = m.end()
        return (a, q) if a < q else None

    def _enum_items(self, run: list[re.Match[str]], s: int, e: int, taken: list[tuple[int, int]]) -> bool:
        """Items of one 一是…二是… run; a member without progress counts only
        under a verdict heading (滞后项目:一是A;二是B)."""
        t = self.t
        first = run[0].start()
        head = self._heading_before(first, s) if first > s and t[first - 1] == ":" else None
        official = ""
        if head is not None:
            official = self.h[head[0] : head[1]] if self._verdict(t[head[0] : head[1]]) else ""
        # Under a heading (关于X。一是A。…二是B。…) each member runs to the
        # next, the last to the paragraph's end, and its first sentence
        # names it; in running text a run ends with its sentence.
        run_end = e if self._members_whole else self._sentence_end(run[-1].end(), e)
        last = _QUOTED_TASK.match(t, run[-1].end(), run_end)
        if last is not None and not CONTENT.search(t, last.end(), run_end) and run_end < e:
            run_end = self._sentence_end(run_end, e)  # …二是“A”。|目前已…: the last task's progress is the next sentence
        after = None if official else self._verdict_after(run_end, e, len(run))
        if after is not None:
            official = self.h[after[0] : after[1]]
        mode = "single" if self._members_whole else "list"
        made = 0
        for k, m in enumerate(run):
            ms = m.end()
            me = run[k + 1].start() if k + 1 < len(run) else run_end
            a, b = strip_span(t, ms, me, TRIM + "。")
            if a >= b:
                continue
            # A (第三项) reference is the page's own number for the project;
            # the 一是 ordinal only counts the sentence's points.
            ref = REF.search(t, a, b)
            no = self.h[ref.start("n") : ref.end("n")] if ref else m.group("n")
            quoted = _QUOTED_TASK.match(t, a, b)
            if quoted is not None and quoted.end() < b and CONTENT.search(t, quoted.end(), b):
                # 一是“低保补差水平提高到不低于621元”。目前…661.83元…: the task
                # in quotes, then where it stands.
                before = len(self.items)
                self._emit(no, [quoted.span(1)], [strip_span(t, quoted.end(), b)], (m.start(), b), official=official)
                self._keep_end(before, me)
                made += 1
                continue
            if self._works_apart(no, m.start(), a, b, official):
                made += 1  # 二是…建设,A项目已…;B工程已…: a work each
                continue
            sp = split_point(t, a, b, mode)
            if after is not None and (sp is None or ASPECT_RE.search(t, a, b) is None):
                # 一是A13所;二是B…。|目前,3个任务…都已完成: the members are
                # tasks, the sentence after them their progress.
                self._emit(no, [(a, b)], [after], (m.start(), b), official=official)
                made += 1
                continue
            if sp is not None:
                before = len(self.items)
                self._emit_split(no, a, b, sp, [], m.start(), official=official)
                self._keep_end(before, me)
                made += 1
            elif (obj := clause_object(t, a, b)) is not None and not report_level(t[obj[0] : obj[1]]):
                # 三是完成|安置城镇人员就业|8.92万人,…: a member that opens with
                # its progress is named by what it did.
                verb = GENERIC_VERB.match(t, *obj)
                before = len(self.items)
                self._emit(no, [(verb.end() if verb else obj[0], obj[1])], [(a, b)], (m.start(), b), official=official)
                self._keep_end(before, me)
                made += 1
            elif official:
                self._emit(no, [(a, b)], [], (m.start(), b), official=official)
                made += 1
        if made:
            taken.append(((head[0] if head else first), run_end))
        return made > 0

    def _verdict_after(self, end: int, e: int, count: int) -> tuple[int, int] | None:
        """The sentence after a run of members when it counts them again and
        says where they stand (…三是C。|目前,3个任务按照节点目标要求都已完成。):
        the members' verdict, as its span; None otherwise."""
        t = self.t
        a = end
        while a < e and t[a] in TRIM + "。":
            a += 1
        m = _COUNT_AGAIN.match(t, a, e)
        if m is None or item_value(m.group("n")) != count:
            return None
        b = self._sentence_end(a, e)
        x, y = strip_span(t, a, b, TRIM + "。")
        return (x, y) if self._verdict(t[m.end() : y]) else None

    def _keep_end(self, before: int, me: int) -> None:
        """Let the last item of a list keep the sentence end (…工作。), also
        when a line break follows it."""
        while me > 0 and self.t[me - 1] in " \t\r\n\u3000":
            me -= 1
        if len(self.items) > before and me > 0 and self.t[me - 1] == "。":
            it = self.items[-1]
            if it.actual and not it.actual.endswith("。"):
                self.items[-1] = replace(it, actual=it.actual + "。", span=(it.span[0], max(it.span[1], me)))

    # -- lists after a heading: 分别是… / 包括: / 滞后项目: ----------------

    def _lists(self, s: int, e: int, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Read the lists of t[s:e] that no enumeration took; returns all
        stretches taken so far, in order."""
        t = self.t
        # (start, end of the intro, heading, end of the group or -1 for the
        # sentence end)
        intros: list[tuple[int, int, tuple[int, int] | None, int]] = []
        for m in _INTRO.finditer(t, s, e):
            intros.append((m.start(), m.end(), self._heading_before(m.start(), s), -1))
        clauses = scan(t, s, e, ":")[0] if t.find(":", s, e) >= 0 else []
        for cs, ce, d in clauses:
            if d == ":":
                head = self._heading_before(ce, s)
                if head and self._verdict(t[head[0] : head[1]]):
                    intros.append((ce, ce + 1, head, -1))
        heads = self._count_heads(s, e)
        for k, (a, b) in enumerate(heads):
            # 2项提前超额完成全年任务。A…;B…。 : the group runs to the next such sentence.
            intros.append((a, b, (a, b - 1), heads[k + 1][0] if k + 1 < len(heads) else e))
        intros.sort()
        mine: list[tuple[int, int]] = []
        j = 0
        for start, end, head, until in intros:
            while j < len(taken) and taken[j][1] <= start:
                j += 1
            if (j < len(taken) and taken[j][0] <= start) or (mine and start < mine[-1][1]):
                continue
            official = ""
            if head is not None and self._verdict(t[head[0] : head[1]]):
                official = self.h[head[0] : head[1]]
            if until >= 0:
                read = self._group_items(end, until, official) if official else []
                if read:
                    # The heading and the sentences read as its items; a
                    # sentence that is no list (A、B等5项完成率分别达…) is
                    # left to the prose reader.
                    mine.append((start, end))
                    mine.extend(read)
                continue
            body_end = self._sentence_end(end, e)
            rest = _REST_CLAUSE.search(t, end, body_end)
            if rest is not None and official:
                body_end = rest.start()  # 包括A、B,其余项目正在推进: the verdict heads the names, not the rest
            bs, be = strip_span(t, end, body_end, TRIM + "。")
            if bs >= be or _ENUM.match(t, bs):
                continue
            before = len(self.items)
            if self._list_items(bs, be, body_end, official):
                body_end = self._read_on(before, head, body_end, e, official)
                mine.append((min(head[0], start) if head else start, body_end))
        return sorted(taken + mine)

    def _count_heads(self, s: int, e: int) -> list[tuple[int, int]]:
        """Sentences of t[s:e] that head a group by a count and a verdict
        (2项提前超额完成全年任务。, 有11个项目进展较快,超额完成序时进度。),
        as (start, end after the 。)."""
        t = self.t
        out: list[tuple[int, int]] = []
        prev = s
        for k in self._stops:
            if k < s or k >= e:
                continue
            if k - prev > 120 or _COUNT.search(t, prev, min(k, prev + 60)) is None:
                prev = k + 1
                continue
            a, b = clean_project(t, prev, k)
            prev = k + 1
            # 全市15个实事项目中,|有3个项目进展较快,…
            c = t.find(",", a, b)
            if 0 <= c - a <= 20 and report_level(t[a:c]) and t[c - 1] == "中":
                a = c + 1
            if 0 < b - a <= 40 and _COUNT_HEAD.match(t, a, b) and len(_NUMBER.findall(t, a, b)) == 1 \
                    and CONTENT.search(t, k + 1, e) and self._verdict(t[a:b]) and not _COUNTED_PROJECT.match(t, a, b):
                out.append((a, k + 1))
        return out

    def _group_items(self, s: int, e: int, official: str) -> list[tuple[int, int]]:
        """The items of a group under a count-and-verdict sentence: its
        sentences up to the next group, read as lists (其中:/分别是: dropped).
        Names alone count only in the first sentence and after a list word;
        other sentences count only where they report progress. Returns the
        sentences read."""
        t = self.t
        read: list[tuple[int, int]] = []
        x = s
        while x < e:
            y = self._sentence_end(x, e)
            bs, be = strip_span(t, x, y, TRIM + "。")
            intro = _INTRO.search(t, bs, be) or _AMONG_COLON.match(t, bs, be)
            if intro is not None:
                bs = intro.end()
                while bs < be and t[bs] in TRIM:
                    bs += 1
            qa, qb = clean_project(t, bs, be)
            names_only = not read and intro is None and self._names_only(bs, be)
            if names_only:
                be -= 1  # …、C等: 等 closes the list, no part of the last name
            strict = bool(read) or (intro is None and not names_only)
            if bs < be and not (qa < qb and report_level(t[qa:qb])) \
                    and self._list_items(bs, be, y, official, strict=strict):
                read.append((x, y))
            x = y
        return read

    def _names_only(self, s: int, e: int) -> bool:
        """Is t[s:e] a sentence of names and nothing else, set apart by 、
        and closed by 等 (6项率先完成年度目标任务。|A、B、C等。)? Right after
        the count it is the group's list, even with no 分别是."""
        t = self.t
        if not t.endswith("等", s, e):
            return False
        names, _ = scan(t, s, e - 1, "、")
        return len(names) >= 2 and all(
            0 < cjk_count(t[a:b]) <= 30 and DIGIT.search(t, a, b) is None and ASPECT_RE.search(t, a, b) is None
            and not any(c in t[a:b] for c in ",;:") for a, b, _ in names)

    def _read_on(self, before: int, head: tuple[int, int] | None, end: int, e: int, official: str) -> int:
        """A list whose heading counts more items than its sentence holds
        (超额完成任务的已有10项:A;…;G。H…。I…。) reads on, sentence by sentence,
        while each reports progress. Returns the end of what was read."""
        if head is None:
            return end
        counts = _COUNT.findall(self.t, head[0], head[1])
        want = int(_NUMBER.search(counts[-1]).group()) if counts else 0  # type: ignore[union-attr]
        x = end
        while len(self.items) - before < want and x < e:
            y = self._sentence_end(x, e)
            bs, be = strip_span(self.t, x, y, TRIM + "。")
            if bs >= be or not self._list_items(bs, be, y, official, strict=True):
                break
            x = end = y
        return end

    def _list_items(self, s: int, e: int, end: int, official: str, strict: bool = False) -> bool:
        """Items of a list body t[s:e]: split at ;, else at the commas that
        open a <name>已… clause, else at 、 (names only, kept under a verdict).
        Each part is cut again where a new subject starts (…完成率286%,
        屋面…维修1012平方米,完成率122%). ``strict``: every item must report
        progress (a list read on past its sentence)."""
        t = self.t
        self._memo.clear()
        clauses, brackets = scan(t, s, e, ";")
        parts: list[tuple[int, int]]
        if len(clauses) >= 2:
            parts = [(a, b) for a, b, _ in clauses]
        else:
            commas, _ = scan(t, s, e, ",")
            starts = [k for k, (a, b, _) in enumerate(commas) if self._list_split(a, b) is not None]
            if len(starts) >= 2:
                parts = self._comma_items(commas, starts)
            elif (self._list_split(s, e) or (0, 0))[1] is None or clause_object(t, s, e) is not None:
                parts = [(s, e)]
            else:
                names, _ = scan(t, s, e, "、")
                parts = [(a, b) for a, b, _ in names]
        before = len(self.items)
        # Names alone are items under a verdict: the list's own heading, or
        # the section's (一、提前完成的项目 … 分别为:A;B).
        names_ok = not strict and bool(official or self._context_official())
        for k, (a, b) in enumerate(parts):
            for x, y in subject_ranges(t, a, b, "list"):
                if not self._list_part(x, y, official, names_ok) and strict:
                    if len(self.items) == before or k == 0:
                        return len(self.items) > before
                    # A list already read stays one: a part that is no
                    # "name, progress" of its own (…全年目标是…,目前…) is
                    # read as news, never dropped.
                    self._news(x, y, [])
        if len(self.items) > before:
            self._keep_end(before, end)
        return len(self.items) > before

    def _list_part(self, a: int, b: int, official: str, names_ok: bool) -> bool:
        """One item of a list: name and progress, a clause that opens with its
        progress (建成干鲜果基地7.43万亩), or a name under a verdict."""
        t = self.t
        a, b = strip_span(t, a, b, TRIM + "。")
        names = self._past_count_verdict(a, b)
        if names > a:
            # 2项正在抓紧实施,|A、B…: the count's own words say where these
            # names stand, not the group's heading.
            official = self.h[a : names - 1].strip() if self._verdict(t[a : names - 1]) else ""
            a = names
        if a >= b or report_level(t[a:b]):
            return False
        members = _NAMES_THEN_TOTAL.match(t, a, b)
        if not official and members is not None and _COUNTED_WORK.search(t, a, members.end()) is None:
            # …有3个,分别为A、B、C,共投入资金约537万元: the programme's members
            # and their total. (A、B、C流域4个梯田示范点项目,共铺开…: places
            # that name one counted work, which is the item.)
            return False
        note = _NOTE_PROGRESS.fullmatch(t, a, b)
        if note is not None and _PROGRESS_NOTE.search(t, *note.span("note")):
            # 新建10所中小学自办食堂(…自办食堂已完工并投用): a listed name with
            # its own progress in brackets; the list's verdict stays official.
            self._emit("", [note.span("name")], [note.span("note")], (a, b), official=official)
            return True
        if official and names_ok and _PROGRESS_UNDER_HEADING.search(t, a, b) is None and DIGIT.search(t, a, b) is not None \
                and not re.search(r"[,;,;:。]", t[a:b]):
            # 率先完成年度任务的项目分别是…;建设30家村级中医阁: under the
            # verdict, a task with its figure and no word of progress is the
            # task the verdict is about, brackets and all.
            self._emit("", [(a, b)], [], (a, b), official=official)
            return True
        if WORK_FIRST.match(t, a, b) or DONE_FIRST.match(t, a, b):
            # 开工改造|城镇老旧小区|46个,…, 建成开放|东湖公园: the verb opens
            # the progress and governs the item.
            obj = clause_object(t, a, b) or done_thing(t, a, b)
            if obj is not None:
                self._emit("", [obj], [(a, b)], (a, b), official=official)
                return True
        dated = self._dated_work(a, b)
        if dated is not None:
            # 上半年全市|新增|护理型养老床位|787张,…,提前完成…: after the period
            # reported, a verb of work names its thing; the clause is progress.
            self._emit("", [dated], [(a, b)], (a, b), official=official)
            return True
        sp = self._list_split(a, b)
        if sp is not None:
            if REPORT_COUNT.search(t[a : sp[0]].strip(TRIM)):
                return False  # 全市已有7个考核项目|已完成…
            self._emit_split("", a, b, sp, [], a, official=official)
            return True
        obj = clause_object(t, a, b)
        if obj is not None:
            self._emit("", [obj], [(a, b)], (a, b), official=official)
            return True
        if names_ok:
            ref = REF.search(t, a, b)
            no = self.h[ref.start("n") : ref.end("n")] if ref else ""
            self._emit(no, [(a, b)], [], (a, b), official=official)
        return False

    def _list_split(self, a: int, b: int) -> tuple[int, re.Match[str] | None] | None:
        """split_point in list mode, remembered for the list being read
        (its clauses are tried as item starts, then read as items)."""
        a, b = strip_span(self.t, a, b, TRIM + "。")
        key = (a, b)
        if key not in self._memo:
            self._memo[key] = split_point(self.t, a, b, "list")
        return self._memo[key]

    def _context_official(self) -> str:
        return next((s.official for s in reversed(self.sections) if s.official), "")

    def _comma_items(self, commas: list[tuple[int, int, str]], starts: list[int]) -> list[tuple[int, int]]:
        """Comma clauses grouped so that each item starts at a clause of the
        form <name>已…; clauses after it continue its progress. A clause on
        the rest of the programme (其他项目正按序时推进) ends the list."""
        parts: list[tuple[int, int]] = []
        first, heads = starts[0], set(starts)
        for k in range(first, len(commas)):
            a, b, _ = commas[k]
            if report_level(self.t[a:b]):
                break
            if k in heads or not parts:
                parts.append((a, b))
            else:
                parts[-1] = (parts[-1][0], b)
        return parts
