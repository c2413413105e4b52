"""How the figures of a row are paired: a target figure with an actual one,
a whole-year item with the progress figure that reports on it, parts that
sum to one count, an increment that gives way to its running total.
"""

from __future__ import annotations

import re
from fractions import Fraction
from typing import Callable

from .figures import Figure

_GENERIC_METRICS = {None, "complete", "total"}


# -- pairing ---------------------------------------------------------------------------


def _dedupe(figs: list[Figure]) -> list[Figure]:
    """A task written twice (项目 cell and 目标任务 cell: 10000万元 10000万)
    counts once; the form with a unit wins."""
    out: list[Figure] = []
    for f in figs:
        twin = next((o for o in out if o.value == f.value and (o.unit == f.unit or not o.unit or not f.unit) and o.rate == f.rate), None)
        if twin is None:
            out.append(f)
        elif not twin.unit and f.unit:
            out[out.index(twin)] = f
    return out


def _bigrams(s: str) -> set[str]:
    return {s[i : i + 2] for i in range(len(s) - 1)}


def _same_thing(t: Figure, a: Figure) -> bool:
    if t.unit != a.unit and not (a.unit in t.nouns or t.unit in a.nouns):
        return False
    # 4个子项已提前完成 counts the programme's items, not the task's 252
    # posts: items compare with a figure that names the same items or none.
    for x, y in ((t, a), (a, t)):
        if x.items and (y.noun or y.noun_before) and x.items not in y.noun and x.items not in y.noun_before:
            return False
    # 3个驿站 and 8个课程 share the unit, not the thing.
    return not (len(t.noun) > 1 and len(a.noun) > 1 and not (_bigrams(t.noun) & _bigrams(a.noun)))


def _target_score(t: Figure, a: Figure) -> int:
    """Pairing score of a target and an actual figure, or -1."""
    if not _same_thing(t, a):
        return -1
    score = 1
    if t.metric_class == a.metric_class and t.metric_class is not None:
        score += 2
    elif t.metric_class in _GENERIC_METRICS or a.metric_class in _GENERIC_METRICS:
        score += 1
    else:
        return -1  # 新增 vs 完工: different counts
    if t.cumulative == a.cumulative:
        score += 2
    elif t.cumulative and not a.cumulative:
        score -= 1  # a month's figure against a running total: weak
    return score


def _pace_score(y: Figure, a: Figure) -> int:
    """Pairing score of a whole-year item and an actual figure: the thing
    counted decides, whatever the verbs (新建驿站6个 ↔ 已建成驿站5个); the
    verb only separates items of one unit (新增400台、完工200台)."""
    if not _same_thing(y, a):
        return -1
    score = 1
    if y.metric_class == a.metric_class and y.metric_class is not None:
        score += 2
    # The noun may stand before the figure (体育驿站8个、充电桩480个).
    ys = set().union(*(_bigrams(n) for n in (y.noun, y.noun_before)))
    if ys & set().union(*(_bigrams(n) for n in (a.noun, a.noun_before))):
        score += 2
    if a.cumulative:
        score += 1  # the running total is what the plan to date is for
    return score


def _pair(targets: list[Figure], actuals: list[Figure], score: Callable[[Figure, Figure], int]) -> list[tuple[Figure, Figure]]:
    candidates = []
    for i, t in enumerate(targets):
        for j, a in enumerate(actuals):
            s = score(t, a)
            if s >= 0:
                # Better matches first, then items in the same position.
                candidates.append((-s, abs(i - j), i, j))
    candidates.sort()
    used_t: set[int] = set()
    used_a: set[int] = set()
    pairs = []
    for _, _, i, j in candidates:
        if i in used_t or j in used_a:
            continue
        used_t.add(i)
        used_a.add(j)
        pairs.append((i, j))
    pairs.sort(key=lambda p: p[1])
    return [(targets[i], actuals[j]) for i, j in pairs]


# Between two parts of one count: a list mark, no sentence end, no figure.
_BETWEEN_PARTS = re.compile(r"(?:(?![未没尚])[^。;!?\d]){0,16}?[、,](?:(?![未没尚])[^。;!?\d]){0,16}")


def _parts_summed(t: str, year: list[Figure], counts: list[Figure]) -> tuple[list[Figure], dict[int, list[Figure]]]:
    """Counts of one unit listed as parts of the year's one figure of that
    unit (东区新增80张、西区新增70张 for 新增养老床位200张; 池店镇11个小区、
    青阳街道21个小区…均已完成 for 45个小区) are their sum: the counts with each
    such list replaced by one figure, and the parts of each sum by its id.
    Not when the year gives the unit twice (新建3所,改建5所: items of their
    own), nor for a running total, counts of different verbs (新增81台,完工
    52台: the finished are among the added) or parts apart in the text."""
    parts: dict[int, list[Figure]] = {}
    out = list(counts)
    for unit in dict.fromkeys(c.unit for c in counts):
        group = [c for c in counts if c.unit == unit]
        if len(group) < 2 or not unit or sum(1 for y in year if y.unit == unit) != 1:
            continue
        classes = {c.metric_class for c in group} - {None}
        if len(classes) > 1 or any(c.cumulative for c in group):
            continue
        if len({c.q.metric for c in group}) > 1:
            continue  # 完工63所,交付使用6所: a further stage of the same things, not more of them
        if not all(_BETWEEN_PARTS.fullmatch(t, a.q.end, b.q.start) for a, b in zip(group, group[1:])):
            continue
        whole = group[0].copy(value=sum((c.value for c in group), Fraction(0)))
        parts[id(whole)] = group
        out = [c for c in out if c not in group] + [whole]
    return out, parts


# Between an increment and the total it came to: 新增1203例|,达|8878例.
_THEN_REACHED = re.compile(r"\s*[,,]\s*(?:总数|总量|人数)?(?:达到|达)\s*")


def _without_increments(t: str, counts: list[Figure]) -> list[Figure]:
    """Counts without an increment that the next clause brings to its total
    (9月新增1203例,达8878例): the total is the year's progress so far."""
    drop = {id(a) for a, b in zip(counts, counts[1:])
            if a.unit == b.unit and not a.q.cumulative and b.value > a.value
            and _THEN_REACHED.fullmatch(t, a.q.end, b.q.start)}
    return [c for c in counts if id(c) not in drop]


def _share_to_count(share: Figure, year: list[Figure]) -> Figure | None:
    """完成全年总人数30% with the year's 3万名 → 9000 名."""
    counts = [y for y in year if y.unit not in ("%", "")]
    if len(counts) != 1:
        return None
    y = counts[0]
    return share.copy(unit=y.unit, value=y.value * share.value / 100, written=y.written, scale=y.scale,
                      share=False, workdone=False, noun=y.noun, nouns=y.nouns)
