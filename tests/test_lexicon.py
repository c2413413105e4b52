"""The lexicon files: they load from the installed package, every line is
valid, user files layer over the shipped ones, and errors name file:line."""

from __future__ import annotations

from pathlib import Path

import pytest

from progress_nlp import LexiconError, default_lexicon, extract_quantities, load_lexicon
from progress_nlp.lexicon import TABLES, UNIT_KINDS


def test_shipped_files_are_found_from_the_package():
    lex = default_lexicon()
    assert lex.units and lex.metric_verbs and lex.cumulative and lex.qualifiers
    # Every table has a file next to the package (wheel) or in the checkout.
    here = Path(lex.sources[0])
    for name in TABLES:
        assert (here / f"{name}.txt").is_file(), name


def test_installed_wheel_carries_lexicons():
    # .ci/run installs the package non-editable, so this runs against the
    # wheel there; from a checkout (editable install) there is no wheel.
    import progress_nlp

    package = Path(progress_nlp.__file__).resolve().parent
    checkout = Path(__file__).resolve().parents[1]
    if package == checkout / "src" / "progress_nlp":  # a venv inside the checkout still holds the wheel
        pytest.skip("progress_nlp is imported from the checkout: the wheel's package data is tested by .ci/run")
    packaged = package / "lexicons"
    assert packaged.is_dir()
    assert {f"{t}.txt" for t in TABLES} <= {p.name for p in packaged.iterdir()}
    assert Path(default_lexicon().sources[0]).resolve() == packaged.resolve()


@pytest.mark.parametrize("surface", sorted(default_lexicon().units))
def test_every_unit_has_a_known_kind(surface):
    entry = default_lexicon().units[surface]
    assert entry.kind in UNIT_KINDS
    assert entry.scale > 0


@pytest.mark.parametrize(
    "surface",
    sorted(u for u, e in default_lexicon().units.items() if e.kind != "time" and u.isascii() is False and u[0] not in "个万亿千百"),
)
def test_every_unit_follows_a_number(surface):
    # Each shipped unit, written after Arabic digits, yields that unit.
    qs = extract_quantities(f"新增12{surface}")
    assert [(q.value, q.unit) for q in qs] == [(12, surface)]


@pytest.mark.parametrize("word", sorted(default_lexicon().non_quantity_after))
def test_every_non_quantity_word_drops_the_number(word):
    assert extract_quantities(f"于12{word}完成") == []


def test_user_file_adds_overrides_and_removes(tmp_path):
    (tmp_path / "units.txt").write_text("坑位\tcount\n-台\n", encoding="utf-8")
    lex = load_lexicon(tmp_path)
    assert "坑位" in lex.units and "台" not in lex.units
    assert [q.unit for q in extract_quantities("新增12个坑位,新建30坑位", lexicon=lex)] == ["个", "坑位"]
    # The shipped lexicon is untouched.
    assert "台" in default_lexicon().units and "坑位" not in default_lexicon().units


def test_replace_starts_the_table_empty(tmp_path):
    (tmp_path / "metric_verbs.txt").write_text("上线\tadd\n", encoding="utf-8")
    lex = load_lexicon(tmp_path, replace=True)
    assert dict(lex.metric_verbs) == {"上线": "add"}
    assert lex.units == default_lexicon().units  # other tables stay shipped
    assert extract_quantities("上线3个", lexicon=lex)[0].metric == "上线"


def test_single_file_is_named_after_its_table(tmp_path):
    f = tmp_path / "qualifiers.txt"
    f.write_text("起码\tat_least\tbefore\n", encoding="utf-8")
    lex = load_lexicon(f)
    assert extract_quantities("起码5个", lexicon=lex)[0].qualifier == "at_least"


def test_errors_list_every_bad_line_with_file_and_line(tmp_path):
    (tmp_path / "units.txt").write_text(
        "# comment\n坑位\tcountt\n坑\n坑位2\tcount\tscale=abc\n台\tcount\n台\tcount\n", encoding="utf-8"
    )
    with pytest.raises(LexiconError) as info:
        load_lexicon(tmp_path)
    err = info.value
    lines = sorted(p[1] for p in err.problems)
    assert lines == [2, 3, 4, 6]
    text = str(err)
    assert "units.txt:2: unknown kind 'countt'" in text
    assert "units.txt:6: duplicate entry (first on line 5)" in text
    assert isinstance(err, ValueError)


def test_unknown_table_and_missing_path(tmp_path):
    (tmp_path / "colours.txt").write_text("红\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="unknown table 'colours'"):
        load_lexicon(tmp_path / "colours.txt")
    with pytest.raises(LexiconError, match="no such file"):
        load_lexicon(tmp_path / "nope")


def test_non_utf8_file_is_reported(tmp_path):
    (tmp_path / "units.txt").write_bytes("坑位\tcount\n".encode("gbk"))
    with pytest.raises(LexiconError, match="not UTF-8"):
        load_lexicon(tmp_path)


def test_bom_and_spaces_are_accepted(tmp_path):
    (tmp_path / "units.txt").write_text("\ufeff坑位   count   # a comment\n", encoding="utf-8")
    assert "坑位" in load_lexicon(tmp_path).units


def test_lexicon_error_pickles():
    import pickle

    err = LexiconError([("a.txt", 3, "x", "bad")])
    again = pickle.loads(pickle.dumps(err))
    assert again.problems == err.problems and str(again) == str(err)


# ---------------------------------------------------------- defects of issue 11


def test_removing_a_header_word_removes_that_word_only(tmp_path):
    (tmp_path / "headers.txt").write_text("-目标\n-序时目标\n", encoding="utf-8")
    lex = load_lexicon(tmp_path)
    assert "目标" not in lex.headers and "序时目标" not in lex.headers
    # the other words of the target line stay
    assert lex.headers.get("阶段目标") == "target" and lex.headers.get("计划进度") == "target"
    (tmp_path / "headers.txt").write_text("-没有这个词\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="cannot remove"):
        load_lexicon(tmp_path)


def test_problems_across_files_name_a_real_file_and_line(tmp_path):
    (tmp_path / "stages.txt").write_text("招标\t招标 竣工\n", encoding="utf-8")
    with pytest.raises(LexiconError) as info:
        load_lexicon(tmp_path)
    [(path, line, word, message)] = info.value.problems
    assert path.endswith("stages.txt") and line > 0 and word == "竣工" and "listed under both" in message
    assert ":0:" not in str(info.value)


def test_cli_lists_every_lexicon_problem(tmp_path):
    import subprocess
    import sys

    (tmp_path / "units.txt").write_text("a\n" * 4, encoding="utf-8")  # four malformed lines
    proc = subprocess.run([sys.executable, "-m", "progress_nlp", "extract", "新增3个", "--lexicon", str(tmp_path)],
                          capture_output=True, text=True, encoding="utf-8")
    assert proc.returncode == 2
    assert "4 problem(s)" in proc.stderr and proc.stderr.count("units.txt:") == 4


def test_official_answers_come_from_their_file(tmp_path):
    """The answers of a verdict column are data (official_answers.txt), in
    file order, and a layered file adds to them."""
    from progress_nlp import load_lexicon
    from progress_nlp.scored import official_status
    lex = load_lexicon()
    assert lex.official_answers[:2] == (("未达序", "behind"), ("未完成", "behind"))
    assert official_status("未达序", lexicon=lex) == "behind" and official_status("达序", lexicon=lex) == "met"
    (tmp_path / "official_answers.txt").write_text("欠序\tbehind\n", encoding="utf-8")
    mine = load_lexicon(tmp_path)
    assert official_status("欠序", lexicon=mine) == "behind"
    assert official_status("欠序", lexicon=lex) is None
    (tmp_path / "official_answers.txt").write_text("欠序\tlate\n", encoding="utf-8")
    with pytest.raises(Exception, match="unknown status 'late'"):
        load_lexicon(tmp_path)
