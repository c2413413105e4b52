"""Progress reports published as prose, read into one item per project.

News articles, circulars and announcements on the year's practical projects
(实事项目, 民生实事, 为民办实事) carry no table; each project is a stretch of
running text. :func:`read_prose` finds those stretches and splits each into
the project (its name or whole-year task) and the progress reported for it.

Forms read
----------
* **Numbered items**, one per paragraph or line: ``1.``, ``3、``, ``(三)``,
  ``三、``, ``(3)``, ``①``, ``第三项:``, ``实事五:``, ``● 实事五:``, bullets and check marks (``☑``).
  Either one paragraph (``1.新增养老床位200张。目前已完成150张。``: split at
  the first sentence end, progress opener or colon), or a heading line with
  the progress on the following line(s), or labelled fields
  (``责任单位:…`` gives the lead, ``实际完成情况:``/``进展情况:`` starts the
  progress; ``牵头领导:``, ``项目责任人:``, ``配合单位:`` are people or
  helpers and are dropped). Items flattened into one paragraph
  (``…。 1.A… 2.B…``) are read when the numbers run in sequence.
* **Enumerations** in running text: ``一是…;二是…``; a ``(第三项)``
  reference after the name ends the project and gives ``no``.
* **Lists after a heading**: ``滞后项目:一是…``, ``已完成子项目7个,分别是A已竣工,
  B已完成,…``, ``提前完成的8件实事包括:A;B;…``. Items get the heading as
  ``official`` when the heading is a verdict (its cue words, see
  ``lexicons/cues.txt``, are of a verdict kind).
* **Groups under a count and a verdict**: ``2项提前超额完成全年任务。A…;B…。``,
  ``有11个项目进展较快,超额完成序时进度。其中:A…;B…。``, and numbered lines
  whose first sentence heads a list on the line (``(一)1个项目提前完成年度目标任务。A项目于1月顺利完工…``,
  ``(二)超时间进度的项目有7项。
  …分别为:A,完成进度为88%;B…``, ``(二)考核指标完成情况。…分别是:A…;B…``):
  the sentence is ``official`` (when its cue words are a verdict) for every
  item up to the next such sentence. A heading that counts more items than
  its sentence lists (``超额完成任务的已有10项:A;…;G。H…。I…。``) reads on
  while the sentences report progress.
* **News clauses** with plan and progress together, one item per clause
  group (between ``;`` and ``。``): ``计划新建80个便利店,现已完成93个`` →
  project ``计划新建80个便利店``, actual ``现已完成93个``; one item per subject
  when a group holds several (``A已完成1个(50%)、B已完成8个(53%),…``,
  ``…完成率286%,B维修1012平方米,完成率122%``). A group opening with its
  progress and naming nothing of its own (``已完成投资2000万元``) carries on
  the item before it; so does one after ``;`` whose clauses each say a part
  of the works is done (``人防地库基础底板完成,顶板完成50%``), with no 已 and
  no work or site of its own.
* **Where the progress starts** inside a clause of running text: at an
  aspect word (``20公里步行道|已完成7.42公里``) or a stage dated in the past
  (``A项目|于1月顺利完工``; after 计划/预计 it is a plan), after a project's head noun
  (``实体零工驿站建设|完成2个``, ``清社公路改造工程|基本完工``), at the verb
  before a figure (``城市低保月人均补助|新增18元``, ``…合作医疗|完成投入16.3亿元``),
  at a verdict (``…处理率|达到年度工作目标``), after ``A、B等3项``, after a
  quoted name in a list (``“婚姻登记跨区通办”|5月份完成全年任务``), or at the
  figure ending the clause when a later clause gives its share of the task
  (``改造县乡公路|3290公里,为任务的164.5%``). A bare figure counts the work
  named before it, so when the project opens with a verb of work the
  progress keeps the verb and object too (project ``改造县乡公路``, progress
  ``改造县乡公路3290公里,为任务的164.5%``). A clause that opens with its
  progress (``建成干鲜果基地7.43万亩``, ``已帮扶…431人,完成率147.6%``) is
  wholly the progress, its object the project. A plan sentence after the
  name (``该项目计划投资480万元,…``) goes with the project, the result
  (``完成项目投资380万元…``) is the progress.
* **Works listed with how far each is**: ``东区改造工程进度98%,西村防洪墙项目
  已浇筑…,北港工程完成…`` (a subject ending in 工程/项目 starts a row once the
  row before reports something), also as the value of a progress label; a
  clause that says the work was done (``完成了二马路亮化工程``) names it;
  reported speech (``“A完成计划的111.4%,…”``) reads as the text it quotes.
* **Headed paragraphs**, two or more in a row: ``X工程。全年建成…``,
  ``2606个撤并村通公路(2013—2017年)。上半年已完成…`` (a bracketed period is
  no date), or the task sentence alone with the progress on the next line
  (``…(2024—2026年)。`` / ``截至6月底已完成84公里。``); and an unnumbered task
  line with its progress on the next line (``新增养老床位200张`` /
  ``全年新增236张,超额完成年度任务。``). A time phrase (上半年, 截至6月底)
  is part of the progress, never a project.
* **A progress label opening a line** (``进展情况:…``, ``完成情况:…``) under
  the paragraph that describes the task (``城南幼儿园建设项目,占地面积约10亩…。``)
  or under a heading that names it: the paragraph (or heading) is the
  project, the label's value the progress; points numbered ``①②`` in the
  progress pair with the paragraph's sentences when they count alike. A
  heading naming a project over the paragraph goes with it into the project
  when it heads this item alone.
* **Headings** over groups: numbered ones (``一、省市两级为民办实事``) when
  projects sit below them (a heading that states a task with its figure,
  ``二、新建公办幼儿园150所``, is the item of the paragraphs under it, and each
  of its comma-cut tasks the item of the numbered point under it in order
  when they count alike), and short unpunctuated lines
  (``已完成的项目``, ``持续改善农村条件``, ``已投入使用9项:``) set ``section``,
  and ``official`` when they are a verdict or when they count the list they
  introduce and say where it stands (``4项尚未完成年度目标任务的…项目为:``).
  Under such a heading a line of one clause with no word of work done
  (已, 正在, a percentage) is the task, figure and all
  (``③建设新玉环人安居工程20万平方米(责任单位:市住建局);``), and lines of
  that shape below a marked one, each with its lead in brackets, are tasks
  of the list whose marks were lost, not its progress. The parts of a circular
  (``基本情况``, ``存在问题``, ``督查建议``, ``下步工作`` …) are sections only.
* **Pinyin mirrors** (``關(guān)于``): read without the annotations; fields and
  spans keep the page's text.

Never an item
-------------
Image file names (``2.png``), date lines, ``来源:``/``编辑:`` bylines and
``□特约记者…``/``通讯员…`` lines, page records (``发表时间:… 作者:…``), photo
captions, navigation (``首页 >>``, ``上一版``, ``字号``, ``打印``), rows of a
table left in the text (``| 2 | … |``: tables are read elsewhere), titles
with a year, closing words after the last item (``下一步,…``), news lead-ins
(``…网讯(记者…)``, ``本报讯``, ``与一季度进度相比,``), sentences about the
whole programme (``其余60件正按序时推进``, ``29个项目已全部完成``,
``20件民生大事中,…``, ``有3项属于…``, ``按进度推进7项``, anything whose
subject holds 实事), time phrases and places alone (``上半年``, ``全市``), and numbers that
only look like item numbers: dates (``9月底``, ``1月20日``), amounts and
decimals (``1.2亿元``, ``3.5万``), markers inside a sentence (``其中:①…``).

Text fields are the caller's text with full-width forms made half-width, so
full- and half-width input give the same items; spans index the text given.

The page's lines and item marks come from :mod:`..item_marks`; where a
clause turns from project to progress is decided in :mod:`..clauses`. The
reader is built in layers, each a module, each reading the shapes of one
scale and handing the rest to the layer below:

* :mod:`.reader`: the page's lines, numbered items and their sub-items;
* :mod:`.lines`: unnumbered lines (headings over progress, labelled fields);
* :mod:`.lists`: lists inside a paragraph (``一是…``, ``分别是…``, groups);
* :mod:`.news`: running clauses that name a project and its progress;
* :mod:`.state`: the text, sections and items every layer shares, with
  :mod:`.sentences` (sentence ends) and :mod:`.patterns` (shared shapes).

:mod:`.read` holds :func:`read_prose`, which runs them and merges in the
named lists, 分别 lists and plans that other modules read.
"""

from __future__ import annotations

from .item import ProseItem
from .patterns import PROGRESS_LABELS
from .read import read_prose

__all__ = ["PROGRESS_LABELS", "ProseItem", "read_prose"]
