"""The language data: loading, validating and layering the lexicon files.

Each file under ``lexicons/`` is one table; its header comment states the
line syntax (see also docs/lexicons.md). A :class:`Lexicon` is an immutable
value built from those files. The shipped one is built on first use and
cached; callers who need other words build their own with
:func:`load_lexicon` and pass it to the functions that take ``lexicon=``.
Nothing here touches process-wide state.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from importlib import resources
from os import PathLike, fspath
from pathlib import Path
from types import MappingProxyType
from typing import Any, Callable, Iterable, Mapping, TypeVar, cast

from .errors import LexiconError

__all__ = [
    "Lexicon",
    "UnitEntry",
    "QualifierEntry",
    "StageShare",
    "load_lexicon",
    "default_lexicon",
    "TABLES",
    "UNIT_KINDS",
    "QUALIFIERS",
]

UNIT_KINDS = frozenset(
    {"count", "length", "area", "volume", "mass", "money", "percent",
     "percentage_point", "energy", "power", "time"}
)
QUALIFIERS = frozenset({"at_least", "at_most", "about", "over"})
METRIC_CLASSES = frozenset({"add", "finish", "start", "install", "serve", "complete", "total"})
STAGE_STATES = frozenset({"done", "under_way", "not_started", "none"})
STAGE_FLAGS = frozenset({"reached", "work"})
FIGURE_ROLES = frozenset({"plan", "part", "pending", "rate", "change", "ceiling", "floor", "excess", "margin", "total",
                          "month", "items", "gap", "period"})
# Roles read only before (or only after) the figure (figure_roles.txt says where).
_BEFORE_ONLY_ROLES = frozenset({"change", "margin", "month", "gap", "period"})
_AFTER_ONLY_ROLES = frozenset({"items"})
OFFICIAL_STATUSES = frozenset({"ahead", "met", "behind", "blocked"})
CUE_KINDS = frozenset({"stop", "resume", "past", "intent", "completion", "ongoing", "delay", "share", "workdone", "ahead", "on_pace", "done"})


@dataclass(frozen=True)
class UnitEntry:
    """One line of ``units.txt``.

    >>> UnitEntry("万元", "money", "元", Fraction(10000), False).scale
    Fraction(10000, 1)
    """

    surface: str
    kind: str
    canonical: str
    scale: Fraction = Fraction(1)
    ambiguous: bool = False


@dataclass(frozen=True)
class QualifierEntry:
    """One line of ``qualifiers.txt``."""

    word: str
    qualifier: str
    position: str


_Problems = list[tuple[str, int, str, str]]  # (path, lineno, raw, message)

_T = TypeVar("_T")


def _parse_unit(cols: list[str]) -> tuple[str, UnitEntry]:
    if len(cols) < 2:
        raise ValueError("expected <surface> <kind> [canonical=…] [scale=…] [ambiguous]")
    surface, kind, *opts = cols
    if kind not in UNIT_KINDS:
        raise ValueError(f"unknown kind {kind!r} (one of {', '.join(sorted(UNIT_KINDS))})")
    canonical, scale, ambiguous = surface, Fraction(1), False
    for opt in opts:
        key, eq, val = opt.partition("=")
        if key == "ambiguous" and not eq:
            ambiguous = True
        elif key == "canonical" and val:
            canonical = val
        elif key == "scale" and val:
            try:
                scale = Fraction(Decimal(val))
            except (InvalidOperation, ValueError):
                raise ValueError(f"scale must be a number, got {val!r}") from None
            if scale <= 0:
                raise ValueError("scale must be positive")
        else:
            raise ValueError(f"unknown option {opt!r}")
    return surface, UnitEntry(surface, kind, canonical, scale, ambiguous)


def _parse_pair(allowed: frozenset[str] | None, what: str) -> Callable[[list[str]], tuple[str, str]]:
    def parse(cols: list[str]) -> tuple[str, str]:
        if len(cols) != 2:
            raise ValueError(f"expected <word> <{what}>")
        if allowed is not None and cols[1] not in allowed:
            raise ValueError(f"unknown {what} {cols[1]!r} (one of {', '.join(sorted(allowed))})")
        return cols[0], cols[1]

    return parse


def _parse_word(cols: list[str]) -> tuple[str, str]:
    if len(cols) != 1:
        raise ValueError("expected one word per line")
    return cols[0], cols[0]


def _parse_positioned(allowed: frozenset[str], what: str, make: Callable[[str, str, str], _T]) -> Callable[[list[str]], tuple[str, _T]]:
    """Lines of the form <word> <{what}> <before|after> (qualifiers, stage states)."""

    def parse(cols: list[str]) -> tuple[str, _T]:
        if len(cols) != 3:
            raise ValueError(f"expected <word> <{what}> <position>")
        word, value, pos = cols
        if value not in allowed:
            raise ValueError(f"unknown {what} {value!r} (one of {', '.join(sorted(allowed))})")
        if pos not in ("before", "after"):
            raise ValueError(f"position must be before or after, got {pos!r}")
        return f"{pos}:{word}", make(word, value, pos)

    return parse


_parse_qualifier = _parse_positioned(QUALIFIERS, "qualifier", QualifierEntry)


def _parse_non_quantity(cols: list[str]) -> tuple[str, tuple[str, str, str]]:
    if len(cols) < 3:
        raise ValueError("expected <word> <side> <why>")
    word, side, *why = cols
    if side not in ("before", "after"):
        raise ValueError(f"side must be before or after, got {side!r}")
    return f"{side}:{word}", (word, side, " ".join(why))


def _parse_stage(cols: list[str]) -> tuple[str, tuple[str, ...]]:
    if len(cols) < 2:
        raise ValueError("expected <rung> <word> [<word> …]")
    return cols[0], tuple(cols[1:])


_parse_stage_state = _parse_positioned(STAGE_STATES, "state", lambda w, state, pos: (w, state, pos))
_parse_figure_role_at = _parse_positioned(FIGURE_ROLES, "role", lambda w, role, pos: (w, role, pos))


def _parse_figure_role(cols: list[str]) -> tuple[str, tuple[str, str, str]]:
    key, (word, role, pos) = _parse_figure_role_at(cols)
    if role in _BEFORE_ONLY_ROLES and pos != "before":
        raise ValueError(f"role {role!r} takes position before only, got {pos!r}")
    if role in _AFTER_ONLY_ROLES and pos != "after":
        raise ValueError(f"role {role!r} takes position after only, got {pos!r}")
    return key, (word, role, pos)


@dataclass(frozen=True)
class StageShare:
    """One line of ``stage_shares.txt``: how far along a rung is."""

    rung: str
    share: Fraction
    reached: bool = False
    work: bool = False


def _parse_stage_share(cols: list[str]) -> tuple[str, StageShare]:
    if len(cols) < 2:
        raise ValueError("expected <rung> <share> [reached] [work]")
    rung, raw, *flags = cols
    try:
        share = Fraction(Decimal(raw.rstrip("%")))
    except (InvalidOperation, ValueError):
        raise ValueError(f"share must be a percentage, got {raw!r}") from None
    if not 0 <= share <= 100:
        raise ValueError(f"share must be from 0 to 100, got {raw}")
    unknown = [f for f in flags if f not in STAGE_FLAGS]
    if unknown:
        raise ValueError(f"unknown flag {unknown[0]!r} (one of {', '.join(sorted(STAGE_FLAGS))})")
    return rung, StageShare(rung, share, "reached" in flags, "work" in flags)


HEADER_ROLES = frozenset({
    "no", "category", "project", "task", "lead", "person", "unit", "target", "actual", "share",
    "official", "remark", "deadline", "problem", "next", "ref", "count", "total", "start", "where",
})


def _parse_period(cols: list[str]) -> tuple[str, tuple[str, int, bool]]:
    if not 2 <= len(cols) <= 3 or (len(cols) == 3 and cols[2] != "plan"):
        raise ValueError("expected <word> <month> [plan]")
    if not cols[1].isdigit() or not 1 <= int(cols[1]) <= 12:
        raise ValueError(f"month must be a whole number from 1 to 12, got {cols[1]!r}")
    return cols[0], (cols[0], int(cols[1]), len(cols) == 3)


def _parse_header(cols: list[str]) -> tuple[str, tuple[str, tuple[str, ...]]]:
    if len(cols) < 2:
        raise ValueError("expected <role> <word> [<word> …]")
    if cols[0] not in HEADER_ROLES:
        raise ValueError(f"unknown role {cols[0]!r} (one of {', '.join(sorted(HEADER_ROLES))})")
    return f"{cols[0]}:{cols[1]}", (cols[0], tuple(cols[1:]))


# table name (file stem) → line parser. Keep in sync with docs/lexicons.md.
TABLES: dict[str, Callable[[list[str]], tuple[str, Any]]] = {
    "units": _parse_unit,
    "metric_verbs": _parse_pair(METRIC_CLASSES, "class"),
    "cumulative": _parse_word,
    "qualifiers": _parse_qualifier,
    "set_phrases": _parse_word,
    "non_quantity_words": _parse_non_quantity,
    "stages": _parse_stage,
    "stage_states": _parse_stage_state,
    "stage_shares": _parse_stage_share,
    "figure_roles": _parse_figure_role,
    "organisations": _parse_word,
    "cues": _parse_pair(CUE_KINDS, "kind"),
    "headers": _parse_header,
    "official_answers": _parse_pair(OFFICIAL_STATUSES, "status"),
    "periods": _parse_period,
    "done_verbs": _parse_word,
}

# Tables whose entries are word groups (a line `-word` takes the word out of
# its group) and tables whose entries have a position (`-word` removes the
# word before and after).
_GROUP_TABLES = frozenset({"stages", "headers"})
_POSITIONED_TABLES = frozenset({"qualifiers", "non_quantity_words", "stage_states", "figure_roles"})


def _group_words(value: Any) -> tuple[str, ...] | None:
    """The words of a group entry: stages (words) or headers (role, words)."""
    if isinstance(value, tuple) and value and all(isinstance(v, str) for v in value):
        return value
    if isinstance(value, tuple) and len(value) == 2 and isinstance(value[1], tuple):
        return value[1]
    return None


def _without(value: Any, word: str) -> Any:
    if isinstance(value, tuple) and len(value) == 2 and isinstance(value[1], tuple):
        return (value[0], tuple(w for w in value[1] if w != word))
    return tuple(w for w in value if w != word)


def _remove(table: dict[str, Any], word: str, name: str) -> bool:
    """Remove ``word`` from the table ``name``: an entry of that key; in a
    table with positions, the word's entries before and after; in a table
    of groups, the word from every group that lists it (a group left empty
    goes)."""
    if name in _POSITIONED_TABLES:
        keys = [k for k in (f"before:{word}", f"after:{word}") if k in table]
        for k in keys:
            del table[k]
        return bool(keys)
    if word in table:
        del table[word]
        return True
    if name not in _GROUP_TABLES:
        return False
    found = False
    for key in list(table):
        words = _group_words(table[key])
        if words is not None and word in words:
            found = True
            rest = _without(table[key], word)
            if _group_words(rest):
                table[key] = rest
            else:
                del table[key]
    return found


def _read_table(path: Path, name: str, problems: _Problems, base: dict[str, Any],
                origins: dict[str, tuple[str, int]] | None = None) -> dict[str, Any]:
    parse = TABLES[name]
    table = dict(base)
    seen: dict[str, int] = {}
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        problems.append((str(path), 0, "", f"not UTF-8 ({exc.reason} at byte {exc.start})"))
        return table
    for lineno, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].strip() if not raw.lstrip().startswith("#") else ""
        if not line:
            continue
        if line.startswith("-") and len(line) > 1:
            # "-word" removes an entry of the tables below this file; in a
            # table of word groups (headers, stages) it removes that word
            # from its group, and "-rung" a rung of stages.txt; in a table
            # with positions (figure_roles …) the word before and after.
            word = line[1:].strip()
            if not _remove(table, word, name):
                problems.append((str(path), lineno, raw, f"cannot remove {word!r}: no such entry"))
            continue
        try:
            key, value = parse(line.split())
        except ValueError as exc:
            problems.append((str(path), lineno, raw, str(exc)))
            continue
        if key in seen:
            problems.append((str(path), lineno, raw, f"duplicate entry (first on line {seen[key]})"))
            continue
        seen[key] = lineno
        table[key] = value
        if origins is not None:
            origins[key] = (str(path), lineno)  # where a check across files points
    return table


@dataclass(frozen=True)
class Lexicon:
    """The word lists the extractor and the comparator use.

    Build one with :func:`load_lexicon`; :func:`default_lexicon` is the
    shipped one. Tables are read-only mappings.

    >>> lex = default_lexicon()
    >>> lex.units["公里"].canonical, lex.metric_verbs["新增"]
    ('米', 'add')
    """

    units: Mapping[str, UnitEntry]
    metric_verbs: Mapping[str, str]
    cumulative: frozenset[str]
    qualifiers: Mapping[str, QualifierEntry]
    set_phrases: frozenset[str]
    non_quantity_before: Mapping[str, str]
    non_quantity_after: Mapping[str, str]
    #: The ladder: (rung, synonyms) pairs, earliest rung first.
    stages: tuple[tuple[str, tuple[str, ...]], ...] = ()
    #: (word, state, position) triples of stage_states.txt.
    stage_states: tuple[tuple[str, str, str], ...] = ()
    #: rung → :class:`StageShare` (share of the whole job, reached/work flags).
    stage_shares: Mapping[str, StageShare] = field(default_factory=dict)
    #: (word, role, position) triples of figure_roles.txt.
    figure_roles: tuple[tuple[str, str, str], ...] = ()
    #: Endings of organisation names (局, 委, 街道) from organisations.txt.
    organisations: frozenset[str] = frozenset()
    #: word → kind (stop, resume, past, completion, ongoing, delay, share,
    #: workdone, ahead, on_pace, done).
    cues: Mapping[str, str] = field(default_factory=dict)
    #: header word → column role (no, project, lead, target, actual, official, unit).
    headers: Mapping[str, str] = field(default_factory=dict)
    #: (word, status) pairs of official_answers.txt, in file order (the first a cell holds decides).
    official_answers: tuple[tuple[str, str], ...] = ()
    #: (word, month, plan) triples of periods.txt, in file order (上半年 → 6).
    periods: tuple[tuple[str, int, bool], ...] = ()
    #: Verbs that end a clause of its own saying the work is done (已于日前更新完毕), from done_verbs.txt.
    done_verbs: frozenset[str] = frozenset()
    sources: tuple[str, ...] = ()
    # Compiled patterns, built on first use; see extract._Matcher.
    _cache: dict[str, Any] = field(default_factory=dict, repr=False, compare=False, hash=False)
    _lock: Any = field(default_factory=threading.Lock, repr=False, compare=False, hash=False)

    def cached(self, key: str, build: Callable[["Lexicon"], _T]) -> _T:
        """Return ``build(self)``, computed once per lexicon and thread-safe."""
        try:
            return cast(_T, self._cache[key])
        except KeyError:
            pass
        with self._lock:
            if key not in self._cache:
                self._cache[key] = build(self)
            return cast(_T, self._cache[key])


def _default_dir() -> Path:
    # Installed wheel: lexicons/ is package data. Source checkout or editable
    # install: it is the top-level lexicons/ two levels above this package.
    packaged = resources.files("progress_nlp") / "lexicons"
    if packaged.is_dir():
        return Path(str(packaged))
    checkout = Path(__file__).resolve().parents[2] / "lexicons"
    if checkout.is_dir():
        return checkout
    raise LexiconError([(str(packaged), 0, "", "the shipped lexicons are missing from this installation")])


def _sources(paths: Iterable[str | PathLike[str]], problems: _Problems) -> list[tuple[str, Path]]:
    found: list[tuple[str, Path]] = []
    for p in paths:
        path = Path(fspath(p))
        if path.is_dir():
            files = sorted(path.glob("*.txt"))
            for f in files:
                if f.stem in TABLES:
                    found.append((f.stem, f))
            if not any(f.stem in TABLES for f in files):
                problems.append((str(path), 0, "", f"no lexicon files here (expected any of {', '.join(f'{t}.txt' for t in TABLES)})"))
        elif path.is_file():
            if path.stem not in TABLES:
                problems.append((str(path), 0, "", f"unknown table {path.stem!r}: name the file one of {', '.join(f'{t}.txt' for t in TABLES)}"))
            else:
                found.append((path.stem, path))
        else:
            problems.append((str(path), 0, "", "no such file or directory"))
    return found


def load_lexicon(*paths: str | PathLike[str], replace: bool = False) -> Lexicon:
    """Build a lexicon from the shipped files and the caller's own.

    Parameters
    ----------
    paths:
        Lexicon files (named after their table: ``units.txt``,
        ``metric_verbs.txt`` …) or directories holding such files. Later
        paths are layered over earlier ones.
    replace:
        If false (the default) each file adds to, overrides (same word) or
        removes from (``-word`` lines) the shipped table of its name. If
        true, each table a file is given for starts empty instead; tables no
        file is given for stay as shipped.

    Raises
    ------
    LexiconError
        Listing every malformed line as ``file:line``, not just the first.

    Examples
    --------
    >>> import pathlib, tempfile
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (d / "units.txt").write_text("坑位\\tcount\\n", encoding="utf-8")
    >>> "坑位" in load_lexicon(d).units
    True
    """
    problems: _Problems = []
    default = _default_dir()
    tables: dict[str, dict[str, Any]] = {}
    origins: dict[str, dict[str, tuple[str, int]]] = {name: {} for name in TABLES}
    for name in TABLES:
        tables[name] = _read_table(default / f"{name}.txt", name, problems, {}, origins[name])
    user = _sources(paths, problems)
    replaced: set[str] = set()
    for name, path in user:
        if replace and name not in replaced:
            replaced.add(name)
            tables[name] = {}
        tables[name] = _read_table(path, name, problems, tables[name], origins[name])

    def at(table: str, key: str) -> tuple[str, int]:
        return origins[table].get(key, (str(default / f"{table}.txt"), 0))

    # Words that are both a unit and a sign of a date would make a number
    # both counted and skipped; refuse rather than pick one silently.
    after_words = {v[0] for k, v in tables["non_quantity_words"].items() if k.startswith("after:")}
    for surface, unit in tables["units"].items():
        if surface in after_words and unit.kind != "time":
            problems.append((*at("units", surface), surface, "also listed as a non-quantity word in non_quantity_words.txt"))
    _owners([(k, k, v) for k, v in tables["stages"].items()], lambda k: at("stages", k), problems)
    _check_shares(tables["stages"], tables["stage_shares"], problems, lambda k: at("stage_shares", k) if k in origins["stage_shares"] else at("stages", k))
    header_words = _owners([(k, v[0], v[1]) for k, v in tables["headers"].items()], lambda k: at("headers", k), problems)
    if problems:
        raise LexiconError(problems)
    nq = tables["non_quantity_words"].values()
    return Lexicon(
        units=MappingProxyType(tables["units"]),
        metric_verbs=MappingProxyType(tables["metric_verbs"]),
        cumulative=frozenset(tables["cumulative"]),
        qualifiers=MappingProxyType(tables["qualifiers"]),
        set_phrases=frozenset(tables["set_phrases"]),
        non_quantity_before=MappingProxyType({w: why for w, side, why in nq if side == "before"}),
        non_quantity_after=MappingProxyType({w: why for w, side, why in nq if side == "after"}),
        stages=tuple(tables["stages"].items()),
        stage_states=tuple(tables["stage_states"].values()),
        stage_shares=MappingProxyType(tables["stage_shares"]),
        figure_roles=tuple(tables["figure_roles"].values()),
        organisations=frozenset(tables["organisations"]),
        cues=MappingProxyType(tables["cues"]),
        headers=MappingProxyType(header_words),
        official_answers=tuple(tables["official_answers"].items()),
        periods=tuple(tables["periods"].values()),
        done_verbs=frozenset(tables["done_verbs"]),
        sources=(str(default),) + tuple(str(p) for _, p in user),
    )


def _check_shares(stages: dict[str, Any], shares: dict[str, StageShare], problems: _Problems,
                  at: Callable[[str], tuple[str, int]]) -> None:
    """Every rung has a share, and shares never fall along the ladder."""
    last: StageShare | None = None
    for rung in stages:
        share = shares.get(rung)
        if share is None:
            problems.append((*at(rung), rung, f"no share for the rung {rung!r} of stages.txt in stage_shares.txt"))
            continue
        if last is not None and share.share < last.share:
            problems.append((*at(rung), rung, f"share {share.share} of {rung!r} is below {last.share} of the earlier rung {last.rung!r}"))
        last = share
    for rung in shares:
        if rung not in stages:
            problems.append((*at(rung), rung, f"{rung!r} is not a rung of stages.txt"))


def _owners(groups: Iterable[tuple[str, str, tuple[str, ...]]], at: Callable[[str], tuple[str, int]],
            problems: _Problems) -> dict[str, str]:
    """word → the group (rung, role) that lists it; a word in two groups is
    a problem, reported where the second group is written."""
    owner: dict[str, str] = {}
    for key, group, words in groups:
        for w in words:
            if w in owner and owner[w] != group:
                problems.append((*at(key), w, f"listed under both {owner[w]!r} and {group!r}"))
            owner[w] = group
    return owner



_default: Lexicon | None = None
_default_lock = threading.Lock()


def default_lexicon() -> Lexicon:
    """The shipped lexicon, loaded on first call and shared afterwards."""
    global _default
    if _default is None:
        with _default_lock:
            if _default is None:
                _default = load_lexicon()
    return _default
