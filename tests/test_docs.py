"""The examples in docstrings, the README and docs/ are run as doctests, so
the documentation cannot drift from the code."""

from __future__ import annotations

import doctest
import importlib
import pkgutil
from pathlib import Path

import pytest

import progress_nlp

ROOT = Path(__file__).resolve().parents[1]
# Subpackages too (progress_nlp.scoring.rules …): their examples are docs as well.
MODULES = sorted(m.name for m in pkgutil.walk_packages(progress_nlp.__path__, "progress_nlp.") if m.name != "progress_nlp.__main__")
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
FLAGS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE


@pytest.mark.parametrize("name", ["progress_nlp", *MODULES])
def test_module_doctests(name):
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=FLAGS)
    assert result.failed == 0


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_markdown_doctests(path):
    text = path.read_text(encoding="utf-8")
    # A page about an extra (docs/scale.md: pandas, dask) skips without it.
    for extra in ("pandas", "dask"):
        if f"import {extra}" in text:
            pytest.importorskip(extra)
    result = doctest.testfile(str(path), module_relative=False, optionflags=FLAGS, encoding="utf-8")
    assert result.failed == 0


def test_public_api_is_exactly_all():
    import inspect

    public = {n for n in dir(progress_nlp) if not n.startswith("_") and not inspect.ismodule(getattr(progress_nlp, n))}
    assert public == set(progress_nlp.__all__)
    for name in progress_nlp.__all__:
        assert getattr(progress_nlp, name).__doc__, name
