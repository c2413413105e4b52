#!/usr/bin/env python3
"""Generate ``src/progress_nlp/_t2s_table.py`` from OpenCC's character tables.

The library keeps spans into the caller's text, so traditional → simplified
conversion must be one character to one character. From
``tools/opencc/TSCharacters.txt`` (``trad<TAB>simp1 simp2 …``) this keeps the
first candidate of each line when both sides are one code point and differ,
then:

* skips a traditional character that is also a key of
  ``tools/opencc/STCharacters.txt``: such a character is written in
  simplified text too, and simplified text must never change;
* makes the table idempotent: if a candidate is itself a key, the chain is
  followed to its end (``A→B→C`` becomes ``A→C``); a chain that loops back is
  dropped.

Usage::

    python tools/gen_t2s.py            # write the module, print a summary
    python tools/gen_t2s.py --check    # exit 1 and print a diff if it is stale
    python tools/gen_t2s.py --stats    # summary only, write nothing
"""

from __future__ import annotations

import argparse
import difflib
import hashlib
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OPENCC_DIR = ROOT / "tools" / "opencc"
TS_PATH = OPENCC_DIR / "TSCharacters.txt"
ST_PATH = OPENCC_DIR / "STCharacters.txt"
TARGET = ROOT / "src" / "progress_nlp" / "_t2s_table.py"
SOURCE_PACKAGE = "opencc-python-reimplemented 0.1.7"

# Characters per source line of the generated strings. CJK is drawn double
# width, so 32 keeps a line under 80 columns; both strings break at the same
# places, so line n of one lines up with line n of the other.
CHUNK = 32

# normalize() merges this table with to_halfwidth's; they must not overlap.
_WIDTH_FORMS = frozenset(range(0xFF01, 0xFF5F)) | {0x3000}


@dataclass
class Build:
    """The mapping and what was left out of it, for the summary."""

    mapping: dict[str, str]
    skipped_as_simplified: dict[str, str] = field(default_factory=dict)
    not_one_char: dict[str, str] = field(default_factory=dict)
    identity: list[str] = field(default_factory=list)
    chains_resolved: dict[str, tuple[str, ...]] = field(default_factory=dict)
    chains_dropped: dict[str, tuple[str, ...]] = field(default_factory=dict)


def read_table(path: Path) -> dict[str, list[str]]:
    """Read an OpenCC table: ``key<TAB>value value …`` per line.

    >>> import tempfile, os
    >>> with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as f:
    ...     _ = f.write("萬\\t万\\n乾\\t干 乾\\n")
    >>> read_table(Path(f.name))
    {'萬': ['万'], '乾': ['干', '乾']}
    >>> os.unlink(f.name)
    """
    table: dict[str, list[str]] = {}
    # split("\n"), not splitlines(): the latter also breaks at U+2028, U+0085…
    for lineno, raw in enumerate(path.read_text(encoding="utf-8").split("\n"), 1):
        line = raw.rstrip("\r")
        if not line.strip() or line.startswith("#"):
            continue
        key, sep, values = line.partition("\t")
        if not sep or not values.split():
            raise ValueError(f"{path}:{lineno}: expected key<TAB>value…, got {raw!r}")
        if key in table:
            raise ValueError(f"{path}:{lineno}: {key!r} appears twice")
        table[key] = values.split()
    return table


def build_mapping(ts: dict[str, list[str]], st: dict[str, list[str]]) -> Build:
    """Apply the rules of the module docstring.

    >>> b = build_mapping({"萬": ["万"], "麽": ["么"], "瞭": ["瞭", "了"], "X": ["AB"]},
    ...                   {"麽": ["麼"]})
    >>> b.mapping, b.skipped_as_simplified, b.identity, b.not_one_char
    ({'萬': '万'}, {'麽': '么'}, ['瞭'], {'X': 'AB'})
    >>> build_mapping({"甲": ["乙"], "乙": ["丙"]}, {}).mapping
    {'甲': '丙', '乙': '丙'}
    >>> b = build_mapping({"甲": ["乙"], "乙": ["甲"]}, {})
    >>> b.mapping, sorted(b.chains_dropped)
    ({}, ['乙', '甲'])
    """
    build = Build(mapping={})
    first: dict[str, str] = {}
    for trad, candidates in ts.items():
        simp = candidates[0]
        if len(trad) != 1 or len(simp) != 1:
            build.not_one_char[trad] = simp
        elif simp == trad:
            build.identity.append(trad)
        elif trad in st:
            build.skipped_as_simplified[trad] = simp
        else:
            first[trad] = simp

    for trad, simp in first.items():
        path = (trad, simp)
        while path[-1] in first and path[-1] not in path[:-1]:
            path += (first[path[-1]],)
        end = path[-1]
        if end in first:
            build.chains_dropped[trad] = path
            continue
        if len(path) > 2:
            build.chains_resolved[trad] = path
        build.mapping[trad] = end
    return build


def _check_invariants(mapping: dict[str, str]) -> None:
    # The runtime relies on these; fail here, not in a user's process.
    keys = set(mapping)
    for trad, simp in mapping.items():
        assert len(trad) == len(simp) == 1 and trad != simp, (trad, simp)
        assert simp not in keys, f"not idempotent: {trad}→{simp}→{mapping[simp]}"
        for ch in (trad, simp):
            assert ord(ch) > 0x7F and ord(ch) not in _WIDTH_FORMS, (trad, simp)
            assert ch.isprintable() and ch not in "\\\"'", (trad, simp)


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _string_literal(name: str, text: str) -> list[str]:
    lines = [f"{name} = ("]
    lines += [f'    "{text[i:i + CHUNK]}"' for i in range(0, len(text), CHUNK)]
    lines.append(")")
    return lines


def render(build: Build, ts_sha: str, st_sha: str) -> str:
    """The text of the generated module."""
    pairs = sorted(build.mapping.items(), key=lambda kv: ord(kv[0]))
    trad = "".join(t for t, _ in pairs)
    simp = "".join(s for _, s in pairs)
    lines = [
        '"""Auto-generated by tools/gen_t2s.py from OpenCC\'s TSCharacters.txt; do not edit by hand.',
        "",
        "Traditional → simplified Chinese, one character to one character:",
        "``TRADITIONAL[i]`` becomes ``SIMPLIFIED[i]`` (``str.maketrans(TRADITIONAL,",
        "SIMPLIFIED)``), and no character of SIMPLIFIED is in TRADITIONAL, so the",
        "conversion is idempotent.",
        "",
        f"{len(pairs)} entries: the first candidate of each TSCharacters.txt line, when",
        "both sides are one code point; "
        f"{len(build.skipped_as_simplified)} traditional characters are left out",
        "because STCharacters.txt lists them as simplified characters too.",
        "",
        f"Inputs (tools/opencc/, from {SOURCE_PACKAGE}):",
        f"    TSCharacters.txt sha256 {ts_sha}",
        f"    STCharacters.txt sha256 {st_sha}",
        "",
        "Data: OpenCC (https://github.com/BYVoid/OpenCC), under the Apache License,",
        "Version 2.0 (https://www.apache.org/licenses/LICENSE-2.0); the licence and",
        "OpenCC's NOTICE are in tools/opencc/ of the source tree.",
        '"""',
        "",
        *_string_literal("TRADITIONAL", trad),
        *_string_literal("SIMPLIFIED", simp),
        "",
    ]
    return "\n".join(lines)


def generate() -> tuple[Build, str]:
    """Read the vendored tables; return the build and the module text."""
    build = build_mapping(read_table(TS_PATH), read_table(ST_PATH))
    _check_invariants(build.mapping)
    return build, render(build, _sha256(TS_PATH), _sha256(ST_PATH))


def summary(build: Build) -> str:
    """A short human-readable account of what the generator kept and left out."""
    def pairs(d: dict[str, str]) -> str:
        return " ".join(f"{k}→{v}" for k, v in d.items()) or "none"

    def paths(d: dict[str, tuple[str, ...]]) -> str:
        return " ".join("→".join(p) for p in d.values()) or "none"

    return "\n".join([
        f"entries: {len(build.mapping)}",
        f"skipped (key of STCharacters.txt, i.e. also simplified): "
        f"{len(build.skipped_as_simplified)}: {pairs(build.skipped_as_simplified)}",
        f"skipped (first candidate is the character itself): "
        f"{len(build.identity)}: {' '.join(build.identity) or 'none'}",
        f"skipped (not one code point): {len(build.not_one_char)}: {pairs(build.not_one_char)}",
        f"chains resolved: {len(build.chains_resolved)}: {paths(build.chains_resolved)}",
        f"chains dropped (loops): {len(build.chains_dropped)}: {paths(build.chains_dropped)}",
    ])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--check", action="store_true",
                      help="exit 1 and print a diff if the committed module is stale")
    mode.add_argument("--stats", action="store_true", help="print the summary only")
    args = parser.parse_args(argv)

    build, text = generate()
    if args.stats:
        print(summary(build))
        return 0
    current = TARGET.read_text(encoding="utf-8") if TARGET.exists() else ""
    rel = TARGET.relative_to(ROOT).as_posix()
    if args.check:
        if current == text:
            return 0
        sys.stdout.writelines(difflib.unified_diff(
            current.splitlines(keepends=True), text.splitlines(keepends=True),
            fromfile=f"{rel} (committed)", tofile=f"{rel} (generated)"))
        print(f"\n{rel} is stale: run python tools/gen_t2s.py", file=sys.stderr)
        return 1
    if current != text:
        TARGET.write_text(text, encoding="utf-8", newline="\n")
    print(summary(build))
    print(f"{'wrote' if current != text else 'unchanged'}: {rel}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
