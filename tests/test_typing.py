"""``mypy --strict`` reports no error in the package (the ``dev`` extra
installs mypy; the settings are ``[tool.mypy]`` of pyproject.toml).

The folder checked is the one ``import progress_nlp`` finds: the checkout's
``src/progress_nlp`` or the installed copy in site-packages, as CI tests it.
mypy cannot check a folder inside site-packages where it lies (every module
beside it becomes a source, and mypy_extensions.py then "shadows" mypy's
own), so the package is copied to a scratch folder and checked there.
"""

from __future__ import annotations

import importlib.util
import os
import pathlib
import shutil
import subprocess
import sys

import pytest

import progress_nlp

ROOT = pathlib.Path(__file__).resolve().parent.parent
PACKAGE = pathlib.Path(progress_nlp.__file__).resolve().parent


def _config() -> list[str]:
    """The checkout's mypy settings; without them (tests run outside a
    checkout) the untyped dependencies are left unchecked on the command line."""
    pyproject = ROOT / "pyproject.toml"
    if pyproject.is_file() and "[tool.mypy]" in pyproject.read_text(encoding="utf-8"):
        return ["--config-file", str(pyproject)]
    return ["--ignore-missing-imports"]


def test_mypy_strict_passes(tmp_path: pathlib.Path) -> None:
    if importlib.util.find_spec("mypy") is None:
        pytest.skip('mypy is not installed: pip install "progress-nlp[dev]"')
    copy = tmp_path / "src" / "progress_nlp"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    proc = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", *_config(), "--cache-dir", os.devnull, "--show-absolute-path",
         str(copy)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=600,
    )
    report = (proc.stdout + proc.stderr).replace(str(copy), str(PACKAGE))
    assert proc.returncode == 0, f"mypy --strict {PACKAGE}:\n{report}"
    assert "Success: no issues found" in proc.stdout, report
