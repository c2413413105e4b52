"""Running news text: sentences that each name a project and say where it
stands (``A已竣工,B完成投资3亿元``), read clause by clause where one
turns from a project's name to its progress.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ...normalize import normalize
from ...period import period_end
from ...signals import cues_in, stages_in
from ..clause_objects import clause_object, done_thing
from ..clauses import (AMONG_GROUP, ASPECT, ASPECT_RE, ASPECT_START, BECAUSE, CLAUSE_OPENERS, DATED_DONE, DIGIT, FIG_VERBS, GENERIC_VERB,
                       OPENER_RE, PLACE_WORDS, PROJECT_NOUNS, SHARE, TIME_ONLY, TOPIC, TRIM, VERB_FIGURE, VERB_FIRST, WORK_FIRST,
                       DONE_FIRST, alt, cjk_count, clean_project, done_task, done_works, group_row, group_then_work, names_project, report_level, scan,
                       split_point, strip_span, work_stage_said, work_under_way)
from ..subjects import subject_ranges
from ..count_runs import count_run
from .patterns import _AMONG, _DONE_VERB, _TASK_TOPIC, _VERB_IN_NAME
from .state import _State


# Anything that can start the progress: a clause without one is no item.
_ANY_OPENER = re.compile(alt(CLAUSE_OPENERS + ASPECT + ("(第",)) + "|" + DATED_DONE)
# A verb of work, its object, and the figure after it (新增|养老床位|300张,
# 资助|家庭经济困难学生|5704人).
_DATED_WORK = re.compile(r"\s*(?:累计|共)?(?:新增|新建|改造|建成|完成|培训|发放|资助|扶持|救助|帮扶|招募|安置|接种|筛查|安装|加装|铺设|开工|实施)"
                         r"(?P<obj>[\u4e00-\u9fff“”]{2,20}?)\s*\d")
# A topic that names a work (在保障性安居工程方面,): the project of what follows.
# A time alone before the clause (截至6月底,|已完成广州35个…治理): scene.
_TIME_SCENE = re.compile(r"\s*(?:截至|截止|截止到|到)\s*(?:\d{4}\s*年\s*)?\d{1,2}\s*月(?:份|底|末|中旬|上旬|下旬)?\s*[,,]?\s*"
                         r"|\s*(?:今年以来|年初以来|上半年|前三季度|一季度|目前|截至目前)\s*[,,]\s*")
# What a clause's object may not be to name a work: money, or the programme's tasks.
_NOT_A_THING = re.compile(r"资金|投资|经费|补助|补贴|任务|目标|的有|实事")
_WORK_TOPIC = re.compile(r"\s*(?:此外|另外|同时)?\s*,?\s*在\s*(?P<work>[^,;。:]{2,24}?(?:工程|项目|行动|计划))\s*方面\s*[,:]\s*")
# A clause that names a project of its own before its progress (在社会保障
# 工程方面,|成都市第二社会福利院改扩建项目土建工程已完工): the topic is then
# the field it is counted under, scene.
_OWN_PROJECT = re.compile(r"[^,;。:]{2,40}?(?:工程|项目)[^,;。:]{0,8}?(?:已|正在|均已|全面|基本|顺利)")
# A topic or field before a clause (居住改善方面,|完成电梯加装35台): the
# group the work is counted under, never a subject (unlike 其中,: a part).
_TOPIC_PREFIX = re.compile(r"\s*" + TOPIC + r"\s*")
# A clause that ends with its stage (安置区开工建设, 蓝鳌路至鹤山路段完工
# 通车, 营流路片区改造推进顺利): words that may stand before the stage
# words, and the cue kinds that report progress.
_STAGE_MODIFIERS = ("全面", "基本", "已经", "已", "正式", "顺利", "正在", "开始", "陆续", "相继", "均", "全部",
                    "预计", "近期", "即将", "计划", "年内", "年底前", "力争", "尚未", "仍未", "迟迟未", "还未", "未", "进入")
# How far a verdict goes, and what it is of (有所|推迟, 进度明显|滞后): the
# progress's words, never the name's.
_DEGREE = ("有所", "明显", "略有", "稍有", "略微", "较为", "相对", "严重", "进度", "进展")
_HOW_ONGOING = re.compile(r"(?:加快|稳步|有序|全力|积极|持续|顺利)$")
_SUMMED_UP = re.compile(r"工作(?:总体|整体)?$")
_AS_A_WHOLE = re.compile(r"(?:推进|建设)?(?:总体|整体)$")
_STAGE_JOIN = re.compile(r"(?:并|且|和|及|、|" + "|".join(_STAGE_MODIFIERS) + r")+")
_TAIL_CUES = frozenset({"on_pace", "done", "completion", "delay", "stop", "ahead", "resume"})  # not 加强, 推进: exhortations end so too
_GROUP_AMONG = re.compile(r"\s*([^,;:。]{2,24}?的\s*\d+\s*[个项件](?:重点)?(?:项目|工程|实事)?)\s*中\s*,")
# A progress verb right before a figure (…补助|新增18元, …医疗|完成投入16.3亿元).
# A group that plans a project's work (年度投资计划47.7亿元, 计划新建…, 总投资…).
_PLAN_GROUP = re.compile(r"计划|总投资|任务|目标")
# The year's task stated after the project's name (…工程,任务目标是棚改开工8264套).
_STATED_TASK = re.compile(r"[,,]\s*(?:其)?(?:年度|全年|今年)?(?:任务目标|目标任务|建设目标|工作目标|建设任务|任务|目标)\s*"
                          r"(?:是|为|:|(?=新增|完成|建成|改造|建设|开工|新建|培训|帮扶))")
# A sentence that only names the work carried out (我市大力实施就业促进工程。):
# with the next sentence opening with the time reported, the project.
_CARRIES_OUT = re.compile(r"(?:实施|推进|开展|启动|推动)[^,;。\d]{2,30}?(?:" + "|".join(PROJECT_NOUNS) + r")\s*$")
# Now, the publisher's place and work done (目前我市已建成1.7万余个停车位).
_NOW_DONE = re.compile(r"\s*(?:目前|当前|现在)\s*,?\s*(?:全市|全县|全区|全省|我市|我县|我区|我省)?\s*(?:已|累计|共)")
# A verb of progress, its thing, then the figure (新增绿地2500平方米,
# 完成总工程量的80%): progress, like a verb right before its figure.
_VERB_THING_FIGURE = re.compile("(?:" + alt(FIG_VERBS) + r")[\u4e00-\u9fff]{1,6}?的?\s*\d")
# A closing clause of rates, one for each item before it (…,完成率分别达148%、
# 160%和314.4%).
_RATES_AT_END = re.compile(r"[,;]\s*(?P<pre>[^,;。\d]{0,10}?率[^,;。\d]{0,6}?|分别[^,;。\d]{0,12}?的)"
                           r"(?P<figs>\d+(?:\.\d+)?%(?:\s*[、和及]\s*\d+(?:\.\d+)?%)+)[^,;。\d]{0,6}?[。…]*\s*$")
_RATE_SEP = re.compile(r"\s*[、和及]\s*")
# A group reports progress when a result verb or rate stands before a figure
# (农村危房改造竣工3493户, 退役士兵培训参培率99.24%).
# Work done for people counted first (为全市20062户农户建成…), or a service
# counted by the people it reached (全市学生眼疾病筛查34812人): results with
# no verb before their figure.
_SERVED = re.compile(r"为[^,;:。]{0,30}?\d|(?:筛查|体检|接种|培训|检查|救助|资助|帮扶)\s*\d")
# A work's name, then its colon or comma (村村通广播电视工程:|…).
_NAMED_WORK_MARK = re.compile(r"[^,;:。\d]{2,30}?(?:工程|项目|行动)\s*[:,]\s*(?:共计|累计|共|已)?\s*")
_FIG_GATE = re.compile("(?:" + alt(FIG_VERBS) + r")\s*(?:投资|资金|投入)?\s*(?:为|达|达到)?\s*\d")
# The item a count names in brackets: 进展较为缓慢工作1项(新增完成186条…).
_COUNT_BRACKET = re.compile(r"\d+\s*(?:项|个|件|处)\s*\(([^()]{4,})\)$")
_HOW_DONE = ("提前", "超额", "基本", "全部", "全面", "均", "按时", "如期", "顺利")
# A group that opens with a generic verb and its figure names nothing of
# its own (完成投资11.64亿元, 累计完成投资…, 实现产值…); 完成26处老旧小区
# 整治工程 names the work it did.
_AMONG_GROUP = re.compile(r"[,,]" + AMONG_GROUP.pattern)  # ,其中:在建项目185项,总投资…
_AMONG_TAIL = re.compile(r"[,,]\s*其中\s*[::]?\s*$")
# 已 in a noun's attribute (已签约的重大项目共5个, 已开工项目中有…): the
# subject of a sentence of its own, not progress going on from the one before.
_ATTRIBUTIVE = re.compile(r"\s*(?:现已|已经|已)[\u4e00-\u9fff]{1,3}(?:的|(?:项目|工程)(?:中|里|有|共))")
# A work named bare, by its noun, opening a group (“颐养金仓·幸福享老”提升工程,).
_BARE_WORK = re.compile(r"[^,;:。\d]{2,40}?(?:工程|项目|行动)")
# A phase of the stage before it (施工冲刺阶段, 收尾阶段): part of the stage
# (扫尾 and 收尾 are stages of their own, in stages.txt).
_PHASE_END = re.compile(r"(?:冲刺|攻坚|关键)?阶段$")
# What a name never ends on: a conjunction, a word of saying, an adverb.
_NO_NAME_END = ("而", "并", "且", "或", "刻意", "并非", "表示", "认为", "指出", "称", "说")
# Words that deny what follows, opening a clause.
_JOINED = ("并", "且", "同时", "还", "也")
_DENIED = ("未", "尚未", "仍未", "暂未", "没有", "没能", "未能")
# A word that names a piece of work or a site of its own (B工程完成,
# 沙溪镇长寿公园完成98%), not a part of the works before.
_WORK_WORD = re.compile(r"工程|项目|[镇乡村区县市]|街道|社区|公园|花园|广场|小区|学校|医院|中心|场馆")
_NAMELESS_PROGRESS = re.compile(r"\s*(?:累计|共|已|并|共计)?\s*(?:完成|实现|到位|拨付)(?:投资|资金|产值)\s*\d")
# What introduces a list of works in its sentence (…完成的16项工作包括:).
_LIST_INTRO = re.compile(r"[^,;。:]{0,40}?(?:包括|如下|主要有|分别是|分别为)\s*:\s*")
# A subject that is only a place: 船山区, 全市, 东城街道.
_PLACE_ONLY = re.compile(r"\s*(?:全市|全县|全区|全省|[\u4e00-\u9fff]{1,8}?(?:区|县|市|镇|乡|街道|州))\s*")


class _NewsReader(_State):
    """Reads news clauses."""

    def _stage_tail(self, a: int, b: int) -> int | None:
        """Where the stage that ends the clause t[a:b] starts, when a
        project's name stands before it (安置区|开工建设, 潮海街道社区卫生
        中心|建成启用, 营流路片区改造|推进顺利), else None. A work word
        alone (改造, 建设) ends many names and is no stage here unless a
        modifier marks it (正在|施工)."""
        key = (a, b)
        if key not in self._tails:
            self._tails[key] = self._find_stage_tail(a, b)
        return self._tails[key]

    def _stage_start(self, a: int, b: int, p: int) -> int:
        """p, or the start of the stage word that ends the clause when p
        falls inside it (城市道路|建设完成, not 城市道路建设|完成). Inside
        the clause the ladder's longest word may cross a word boundary
        (文体中心建设|方案设计, 阅读圈建设|完成率): only a tail is read whole."""
        a, e = strip_span(self.t, a, b, TRIM + "。")
        seg = self.t[a:e]
        for m in stages_in(seg, seg, self.lexicon):
            if a + m.span[0] < p < a + m.span[1] and m.span[1] == len(seg):
                return a + m.span[0]
        return p

    def _find_stage_tail(self, a: int, b: int) -> int | None:
        t = self.t
        a, b = strip_span(t, a, b, TRIM + "。")
        if b - a < 5 or b - a > 48:
            return None
        seg = t[a:b]
        marks = [(m.span[0], m.span[1], m.rung == "施工" and m.state == "under_way")
                 for m in stages_in(seg, seg, self.lexicon)]
        # Work going on (加快推进) is a tail only after a project's own noun
        # (…安置项目加快推进): after anyone else it is an exhortation.
        for c in cues_in(seg, seg, self.lexicon):
            if c.kind in _TAIL_CUES:
                marks.append((c.span[0], c.span[1], False))
            elif c.kind == "ongoing":
                how = _HOW_ONGOING.search(seg, 0, c.span[0])
                x = how.start() if how else c.span[0]
                if seg.endswith(PROJECT_NOUNS, 0, x):
                    marks.append((x, c.span[1], False))
        marks.sort()
        run: list[tuple[int, bool]] = []
        # 进入施工|扫尾阶段: the phase word after the stage is the stage's.
        phase = _PHASE_END.search(seg)
        end = phase.start() if phase is not None and phase.start() > 0 else len(seg)
        for x, y, work in reversed(marks):
            if y != end:
                if y > end:
                    continue  # inside a mark taken already
                if not run or not _STAGE_JOIN.fullmatch(seg, y, end):
                    break  # 完工并正式通车: stages joined by 并 are one run
            run.append((x, work))
            end = x
        # 营流路片区改造|推进顺利: a work word before the stage is the name's.
        while len(run) > 1 and run[-1][1]:
            run.pop()
        if not run:
            return None
        start, work_only = run[-1][0], all(w for _, w in run)
        marked = False
        for _ in range(3):  # 预计近期|开工建设, 已全面|完工, 工程|进度明显|滞后
            w = next((w for w in _STAGE_MODIFIERS + _DEGREE if seg.startswith(w, start - len(w)) and start - len(w) > 0), None)
            if w is None:
                break
            start -= len(w)
            marked = True
        if work_only and not marked:
            return None
        p = a + start
        if cjk_count(t[a:p]) < 3 or not names_project(t, a, p) or report_level(t[a:p]) \
                or _VERB_IN_NAME.search(t, a, p) is not None or t[a:p].rstrip().endswith(_NO_NAME_END):
            # 主桥完成桩基|施工: a verb of progress is no part of a name; nor
            # does 受到外力影响而|延宕 or 表示并非刻意|延宕 end on one.
            return None
        if _SUMMED_UP.search(t, a, p):
            return None  # 重点前期项目工作总体|进展顺利: the programme summed up
        whole = _AS_A_WHOLE.search(t, a, p)
        if whole is not None and cjk_count(t[a : whole.start()]) >= 3:
            p = whole.start()  # 17个重大前期项目|推进总体进展顺利: 总体 says how, not what
        return p

    def _stage_subjects(self, a: int, b: int) -> list[tuple[int, int]] | None:
        """t[a:b] cut into its clauses that each name a project and end with
        its stage (A推进顺利,B开工建设,C完工通车), a clause of another shape
        going with the one before; None unless at least two are of that
        shape and the first of them opens the group or follows only the
        scene (今年以来,X全力推动新建项目前期工作,A预计近期开工建设,B顺利推进)."""
        clauses, _ = scan(self.t, a, b, ",;")
        if len(clauses) < 2:
            return None
        # 未按计划实施或开工: a clause that opens denied names nothing; it
        # says more of the one before.
        # A clause that opens denied (未…) or joined (并通过验收) says more of
        # the one before: no subject of its own.
        # A clause that gives a reason (…因省修订完善评估方案) names no stage reached.
        tails = [self._stage_tail(cs, ce) is not None and not self.t[cs:ce].lstrip().startswith(_DENIED + _JOINED)
                 and BECAUSE.search(self.t, cs, ce) is None for cs, ce, _ in clauses]
        if sum(tails) < 2:
            return None
        first = tails.index(True)
        if first > 2 or first > 0 and DIGIT.search(self.t, a, clauses[first][0]) is not None:
            return None  # what opens the group reports a figure of its own: one item
        if first == 1 and _BARE_WORK.fullmatch(self.t, *strip_span(self.t, *clauses[0][:2])):
            return None  # “A”提升工程,|B中心已建成投用,C中心处于收尾阶段: the parts of the work named first
        starts = [clauses[k][0] if k > first or first > 0 else a for k in range(first, len(clauses)) if tails[k]]
        return [(x, starts[k + 1] if k + 1 < len(starts) else b) for k, x in enumerate(starts)]

    def _news(self, s: int, e: int, taken: list[tuple[int, int]]) -> None:
        """Clause groups (between ; and 。) that no list took. A group that
        opens with its progress and names nothing of its own (已完成投资…)
        carries on the item of the group before it."""
        t = self.t
        groups, _ = scan(t, s, e, ";。!?")
        j = 0
        # (index of the item before, start of its progress, end of what carries it on)
        last: list[int] | None = None
        plan: tuple[int, int] | None = None  # a group before that names and plans, reports nothing
        for gi, (a, b, d) in enumerate(groups):
            prev_d = t[a - 1] if a > s else ""  # what ended the group before: ; goes on with its sentence
            while j < len(taken) and taken[j][1] <= a:
                j += 1
            if j < len(taken) and taken[j][0] < b:
                last = self._carry_on(last)
                plan = None
                continue
            a, b2 = strip_span(t, a, b)
            if a >= b2:
                continue
            end = b + 1 if d == "。" else b2
            if last is not None and len(self.items) - 1 == last[0] and prev_d == ";" and self._parts_done(a, b2):
                # A项目,1#楼土方开挖完成;人防地库基础底板完成,顶板完成50%。:
                # parts of the same works, in the same sentence, naming no
                # project of their own (B工程完成, 北湖公园已完工 do).
                last[2] = end
                plan = None
                continue
            run = count_run(t, a, b2, self.lexicon, one=True)
            if run is not None:
                # 新增持证护理员71人,培训护理人员1126人次,…: things done, an item each.
                last = self._carry_on(last)
                plan = None
                before = len(self.items)
                for k, (thing, (x, y)) in enumerate(run):
                    # A result whose run names no thing (为136.74万人次老年人进行了
                    # 免费体检) is named by its object, else by its own words:
                    # no row goes nameless.
                    thing = thing or clause_object(t, x, y) or (x, y)
                    self._emit("", [thing], [(x, end if k == len(run) - 1 else y)], (x, y), unnamed=True)
                self._rates_back(before, end)
                continue
            a0 = clean_project(t, a, b2)[0]  # 产业项目领域,|A开工建设: the scene is no clause of its own
            if _ANY_OPENER.search(t, a, b2) is None and SHARE.search(t, a, b2) is None and _FIG_GATE.search(t, a, b2) is None \
                    and not self._verb_thing_figure(a, b2) and self._dated_work(a, b2) is None \
                    and not (WORK_FIRST.match(t, a0, b2) and clause_object(t, a0, b2)) and not DONE_FIRST.match(t, a0, b2) \
                    and not (_SERVED.search(t, a0, b2) and clause_object(t, a0, b2)) and done_thing(t, a0, b2) is None \
                    and not self._named_then_result(a0, b2) \
                    and self._names_no_stage(a0, b2):
                last = self._carry_on(last)
                plan = (a, b2) if self._plans(a, b2) or _CARRIES_OUT.search(t, a, b2) else None
                continue
            if _STATED_TASK.search(t, a, b2) and ASPECT_RE.search(t, a, b2) is None and gi + 1 < len(groups) \
                    and self._opens_with_time(*groups[gi + 1][:2]):
                # 实施棚户区改造工程,任务目标是…安置房建成6985套。|截至目前,…: the
                # task stated, its verbs the plan's; the next group reports.
                last = self._carry_on(last)
                plan = (a, b2)
                continue
            if plan is not None and self._opens_with_time(a, b2):
                # 开平市列入省重点项目18项,年度投资计划47.7亿元。1-8月累计完成投资
                # 38.3亿元…: the plan before is the project, this its progress.
                last = self._carry_on(last)
                before = len(self.items)
                among = _AMONG_GROUP.search(t, a, b2)
                if among is not None:
                    # …占年计划投资的64.49%,其中:在建项目185项,总投资…: the
                    # groups of the breakdown are rows of their own.
                    self._emit("", [plan], [(a, among.start())], (plan[0], among.start()))
                    self._news_item(among.end(), b2, end)
                    last = None
                else:
                    self._emit("", [plan], [(a, end)], (plan[0], end))
                    last = [len(self.items) - 1, a, -1] if len(self.items) > before else None
                plan = None
                continue
            if last is not None and len(self.items) - 1 == last[0] and _NAMELESS_PROGRESS.match(t, a, b2):
                # …开工率90.0%。完成投资11.64亿元,完成年度计划的173.4%。: the
                # investment of the item before, not an item of its own.
                last[2] = end
                plan = None
                continue
            plan_here = (a, b2) if self._plans(a, b2) or _CARRIES_OUT.search(t, a, b2) else None
            plan = None
            before = len(self.items)
            self._last_actual = -1
            if last is not None:
                last = self._carry_on(last) if len(self.items) - 1 != last[0] else last
            self._news_item(a, b2, end)
            if len(self.items) == before:
                plan = plan_here  # 年度计划较上年度增加20.8%: a plan, not progress
            if len(self.items) > before:
                self._carry_on(last)
                last = [len(self.items) - 1, self._last_actual, -1] if self._last_actual >= 0 else None
            elif last is not None and (ASPECT_START.match(t, a0, b2) and not _ATTRIBUTIVE.match(t, a0, b2)
                                       or _AMONG.match(t, a, b2)):
                # …已完成开工12处的年度任务。其中,建成并营业6处…: its breakdown.
                last[2] = end
            else:
                last = self._carry_on(last)
        self._carry_on(last)

    def _names_no_stage(self, a0: int, b2: int) -> bool:
        """Does the group t[a0:b2] report no stage: its first clause no stage
        at its end, no work under way or stage said after a name, no clauses
        each with its own stage, no reason before work held up?"""
        t = self.t
        c0 = scan(t, a0, b2, ",;")[0][0][1]  # the end of the first clause
        return self._stage_tail(a0, c0) is None and self._stage_subjects(a0, b2) is None \
            and work_under_way(t, a0, c0) is None and work_stage_said(t, a0, c0) is None \
            and not (BECAUSE.search(t, a0, b2) and split_point(t, a0, b2, "news") is not None)

    def _timed_work(self, a: int, ca: int, b: int) -> tuple[int, int] | None:
        """The thing of t[ca:b] when t[a:ca] is a time alone and t[ca:b] work
        done on a thing of its own (截至6月底,|已完成广州35个交通拥堵点位微改造
        治理); None for money (已到位资金8.54亿元) and the programme's tasks
        (…任务的有3项)."""
        t = self.t
        if not _TIME_SCENE.fullmatch(t, a, ca):
            return None
        obj = clause_object(t, ca, b)
        return obj if obj is not None and _NOT_A_THING.search(t, obj[0], obj[1]) is None else None

    def _named_then_result(self, a: int, b: int) -> bool:
        """Does t[a:b] name a work, then (after its colon or comma) report
        what was done with a verb and its count (村村通广播电视工程:|共计安装
        34个大喇叭, 电力农网改造工程:|安装变压器26台)?"""
        t = self.t
        m = _NAMED_WORK_MARK.match(t, a, b)
        if m is None:
            return False
        x = m.end()
        return _DATED_WORK.match(t, x, b) is not None or clause_object(t, x, b) is not None

    def _dated_work(self, a: int, b: int) -> tuple[int, int] | None:
        """The object of a clause that opens with the period it reports,
        then (the publisher's place and) a verb of work, the object and its
        figure: 截至9月底,全省新增|养老床位|300张. None otherwise."""
        t = self.t
        x = period_end(t, a, b, lexicon=self.lexicon)
        if x is None:
            return None
        while x < b and t[x] in " ,,":
            x += 1
        if t.startswith(PLACE_WORDS, x):
            x += 2
        m = _DATED_WORK.match(t, x, b)
        if m is None or cjk_count(m.group("obj")) < 3 or report_level(m.group("obj")):
            return None
        return m.span("obj")

    def _parts_done(self, a: int, b: int) -> bool:
        """Does each clause of t[a:b] say a part of the works is done or
        how far it is (人防地库基础底板完成,顶板完成50%), naming no work
        of its own (工程, 项目) and with no 已 or 正在 of its own (北湖公园
        已完工 is an item)?"""
        t = self.t
        verbs = self.lexicon.cached("done_verb_ends", lambda lx: re.compile(
            r"(?:" + alt(sorted(lx.done_verbs)) + r")(?:\s*\d+(?:\.\d+)?%)?\s*$"))
        clauses, _ = scan(t, a, b, ",")
        return bool(clauses) and all(verbs.search(t, x, y) is not None and _WORK_WORD.search(t, x, y) is None
                                     and ASPECT_RE.search(t, x, y) is None for x, y, _ in clauses)

    def _rates_back(self, first: int, end: int) -> None:
        """Hand a closing clause of rates (…,完成率分别达148%、160%和314.4%)
        back to the items of the run before it, one each in order, the last
        ones when the rates are fewer than the items. As for names that share
        a figure list, each keeps the page's words of the run as ``actual``
        and its own part (新增养老床位500张,完成率达148%) as ``assigned``."""
        run = self.items[first:]
        if len(run) < 2:
            return
        last = run[-1]
        m = _RATES_AT_END.search(normalize(last.actual))
        if m is None:
            return
        figs = _RATE_SEP.split(last.actual[m.start("figs") : m.end("figs")])
        if not 2 <= len(figs) <= len(run):
            return
        words = last.actual[m.start("pre") : m.end("pre")].replace("分别", "").replace("分別", "")
        tail = last.actual[m.end("figs") : m.end()]
        head = last.actual[: m.start()]
        k0 = len(self.items) - len(figs)
        shared = self._text([(self.items[k0].span[0], end)])
        for k, fig in enumerate(figs):
            it = self.items[k0 + k]
            own = head if k0 + k == len(self.items) - 1 else it.actual.rstrip(",;,; ")
            self.items[k0 + k] = replace(it, actual=shared, assigned=f"{own},{words}{fig}{tail}")

    def _verb_thing_figure(self, a: int, b: int) -> bool:
        """Does t[a:b] report a thing done with its figure (新增绿地2500平方米),
        not a task (任务目标新增停车位1.4万个)?"""
        m = _VERB_THING_FIGURE.search(self.t, a, b)
        return m is not None and _PLAN_GROUP.search(self.t, a, m.start()) is None

    def _plans(self, a: int, b: int) -> bool:
        """Does the clause group t[a:b] state a plan with its figure (省重点项目
        1230个,年度计划投资7000亿元), not only the year's aims in words
        (各单位紧紧围绕全年目标…)?"""
        t = self.t
        return _PLAN_GROUP.search(t, a, b) is not None and DIGIT.search(t, a, b) is not None \
            and not report_level(t[clean_project(t, a, b)[0] : b])  # (9月23日,记者…获悉,|我市33项民生工程…)

    def _opens_with_time(self, a: int, b: int) -> bool:
        """Does t[a:b] open with a time phrase and then report (1-8月累计完成…)?"""
        m = TIME_ONLY.match(self.t, a, b)
        return m is not None and m.end() > a and (_FIG_GATE.search(self.t, m.end(), min(b, m.end() + 20)) is not None
                                                  or _VERB_THING_FIGURE.search(self.t, m.end(), min(b, m.end() + 20)) is not None) \
            or (m is not None and OPENER_RE.match(self.t, m.end(), b) is not None and m.end() > a) \
            or _NOW_DONE.match(self.t, a, b) is not None

    def _carry_on(self, last: list[int] | None) -> list[int] | None:  # always None: the run is over
        """Give the item before the groups that carry it on (once, at the
        end of the run, so that a long run stays linear)."""
        if last is not None and last[2] >= 0:
            k, p, end = last
            it = self.items[k]
            # The item's own words stay as emitted (a period before them,
            # 1-2月累计完成…, is theirs); what carries it on follows.
            tail = self._text([(it.span[1], end)]) if p < it.span[1] < end else ""
            sep = self.t[it.span[1] : end].lstrip()[:1]
            if tail and sep in ";," and not it.actual.endswith(("。", ";", ",")):
                tail = sep + tail  # …开挖完成|;人防地库…: the page's mark between them stays
            actual = it.actual + tail if tail and "\n" not in it.actual else self._text([(p, end)])
            self.items[k] = replace(it, actual=actual, span=(it.span[0], max(it.span[1], end)))
        return None

    def _news_item(self, a: int, b: int, end: int) -> None:
        """One clause group of news prose: an item when a project stands
        before its progress, one per subject when several do (A已完成1个、
        B已完成8个,…)."""
        work = _WORK_TOPIC.match(self.t, a, b)
        if work is not None and (DIGIT.search(self.t, work.end(), b) or ASPECT_RE.search(self.t, work.end(), b)) \
                and not _OWN_PROJECT.match(self.t, work.end(), b):
            # 在保障性安居工程方面,|今年棚户区改造开工21951套,…: a topic that
            # names a work is the project; its parts report its progress.
            self._emit("", [work.span("work")], [(work.end(), end)], (a, end))
            self._last_actual = work.end()
            return
        ranges = subject_ranges(self.t, a, b, "news")
        staged = self._stage_subjects(a, b)
        if staged is not None and len(staged) > len(ranges):
            ranges = staged  # A加快推进,B竣工预验收,15个安置区全面开工建设: each clause's stage its own
        # 在实施A改造方面,|晋江市已完成…: the topic is the subject of what follows.
        for k in range(len(ranges) - 2, -1, -1):
            if _TASK_TOPIC.fullmatch(self.t, *ranges[k]):
                ranges[k : k + 2] = [(ranges[k][0], ranges[k + 1][1])]
        for k, (x, y) in enumerate(ranges):
            x, y = strip_span(self.t, x, y)
            if k < len(ranges) - 1 and (tail := _AMONG_TAIL.search(self.t, x, y)) is not None:
                y = tail.start()  # …占年计划投资的64.49%,|其中:在建项目185项…: the 其中 opens the next
            if x < y:
                self._news_one(x, y, end if k == len(ranges) - 1 else y)

    def _news_one(self, a: int, b: int, end: int) -> None:
        t = self.t
        dated = self._dated_work(a, b)
        if dated is not None:
            # 截至9月底,全省|新增|养老床位|300张: after the period reported, a
            # verb of work, its object and figure are progress, not a task.
            self._emit("", [dated], [(a, end)], (a, end))
            self._last_actual = a
            return
        ca = clean_project(t, a, b)[0]
        intro = _LIST_INTRO.match(t, ca, b)
        if intro is not None and (WORK_FIRST.match(t, intro.end(), b) or DONE_FIRST.match(t, intro.end(), b)):
            ca = intro.end()  # 新增完成的工作包括:|开工改造…: the intro names no work
        works = done_works(t, ca, b)
        if works is not None:
            # 完成A工程、B工程: a row per work, the verb its progress.
            for k, w in enumerate(works[1]):
                self._emit("", [w], [works[0]], (a if k == 0 else w[0], end if k == len(works[1]) - 1 else w[1]))
            self._last_actual = ca
            return
        first = VERB_FIRST.fullmatch(t, ca, b) or done_task(t, ca, b)
        if first is not None:
            self._emit("", [first.span("obj")], [(ca, first.start("obj"))], (a, end))
            self._last_actual = ca
            return
        if DONE_FIRST.match(t, ca, b) and (obj := done_thing(t, ca, b)) is not None:
            # 建成开放|新梅江公园(北段),建成开放|柳林公园(二期)…: each clause
            # that opens so names a work done, an item of its own.
            nxt = scan(t, obj[1], b, ",;")[0]
            more = next((x for x, _, _ in nxt if x > obj[1] and DONE_FIRST.match(t, x, b)), None)
            self._emit("", [obj], [(ca, obj[1] if more is not None else end)], (a, obj[1] if more is not None else end))
            self._last_actual = ca
            if more is not None:
                self._news_one(more, b, end)
            return
        if VERB_FIGURE.match(t, ca, b) or WORK_FIRST.match(t, ca, b):
            obj = clause_object(t, ca, b)
            if obj is not None and not report_level(t[obj[0] : obj[1]]):
                self._emit("", [obj], [(ca, end)], (a, end))
                self._last_actual = ca
                return
        g = _GROUP_AMONG.match(t, ca, b)
        if g is not None and (_ANY_OPENER.search(t, g.end(), b) or _FIG_GATE.search(t, g.end(), b)):
            self._emit("", [g.span(1)], [(g.end(), end)], (a, end))
            self._last_actual = g.end()
            return
        topic = _TASK_TOPIC.match(t, ca, b)
        if topic is not None and topic.end() < b:
            # 在实施A改造方面,(晋江市)|已完成…: the task is the project; the
            # place that did it reports with the progress.
            x = topic.start("place") if topic.group("place") else topic.end()
            if OPENER_RE.match(t, topic.end(), b) or ASPECT_START.match(t, topic.end(), b):
                self._emit("", [topic.span("task")], [(x, end)], (a, end))
                self._last_actual = x
                return
            if split_point(t, x, b, "news") is not None:
                # 在提升医疗卫生水平方面,|A改扩建项目主体完工: a subject of its
                # own after the topic names the item (延安市 is of its name);
                # the topic is its scene.
                ca = x
        start = self._past_count_verdict(ca, b, a)
        for _ in range(4):
            sp = split_point(t, start, b, "news")
            if sp is None:
                break
            p, ref = sp
            p = self._stage_start(start, b, p)
            ps, pe = clean_project(t, start, p)
            # 进展较为缓慢工作1项(新增完成186条…): the item is in the brackets.
            cb = _COUNT_BRACKET.search(t, ps, pe)
            if cb is not None:
                ps, pe = strip_span(t, cb.start(1), cb.end(1))
            g_end = group_then_work(t, ps, pe, p, end)
            if g_end is not None:
                self._emit("", [(ps, g_end)], [(g_end, end)], (start, end))
                self._last_actual = g_end
                return
            # The subject of the progress must be a project, not the
            # programme: …15件为民办实事项目进展顺利,部分项目已提前完成.
            q = ASPECT_RE.search(t, p, b)
            group = ps < pe and group_row(t, ps, pe, p, end)
            if ps < pe and not t.startswith("其中", ps) and (group or not report_level(t[ps:pe])) \
                    and (cb is not None or group or not report_level(t[start : q.start() if q else p])):
                no = self.h[ref.start("n") : ref.end("n")] if ref else ""
                named = [(ps, pe)]
                if _PLACE_ONLY.fullmatch(t, ps, pe):
                    # 船山区|已完成通村公路14.9公里: a place is where, not what;
                    # the thing the progress names goes with it.
                    obj = clause_object(t, p, b)
                    if obj is not None:
                        verb = GENERIC_VERB.match(t, *obj)
                        x = verb.end() if verb else obj[0]
                        if not t.startswith(_HOW_DONE, x, obj[1]):  # 已提前完成16项: how, not what
                            named.append((x, obj[1]))
                a_ = self._counted_work(ps, pe, p) if ref is None and len(named) == 1 else p
                done = _DONE_VERB.match(t, ps, pe) if a_ == ps else None
                if done is not None:
                    named = [(done.end(), pe)]  # 完成|危桥改造|12座: the verb is the progress's, not the name's
                self._emit(no, named, [(a_, end)], (start, end))
                self._last_actual = a_
                return
            # Clauses that set the scene (据了解,今年15件实事中,) may stand
            # before the project: read on from the clause of the progress.
            if p <= start or t[p - 1] not in ",:":
                break
            start = p
        # A name and the stage it reached, nothing more: 安置区开工建设.
        clauses, _ = scan(t, ca, b, ",;")
        tail = self._stage_tail(clauses[0][0], clauses[0][1]) if clauses else None
        if tail is not None:
            ps, pe = clean_project(t, ca, tail)
            if ps < pe:
                self._emit("", [(ps, pe)], [(tail, end)], (a, end))
                self._last_actual = tail
                return
        # A clause that opens with its progress and names its own object:
        # 已帮扶困难退役军人和军属烈属431人,完成率147.6%.
        # Scene clauses and the publisher's place may stand before it
        # (据悉,截至8月底,|全市|已完成通村公路136.9公里).
        obj = clause_object(t, a, b) or (clause_object(t, ca, b) if t.startswith(PLACE_WORDS, ca)
                                         or _TOPIC_PREFIX.fullmatch(t, a, ca) else None) \
            or self._timed_work(a, ca, b) or done_thing(t, ca, b)  # 完成了|二马路亮化工程: done, said without a figure
        if obj is not None and not report_level(t[obj[0] : obj[1]]) and not report_level(t[a:b]):
            verb = GENERIC_VERB.match(t, *obj)  # 完成|通村公路: the verb is the progress's
            x = ca if _TOPIC_PREFIX.fullmatch(t, a, ca) else a  # the topic is neither name nor progress
            self._emit("", [(verb.end() if verb else obj[0], obj[1])], [(x, end)], (a, end))
            self._last_actual = x
