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


# ------------------------------------------- the rules' words are data (issue 11)


def _verdict(lex, actual, annual, month):
    from progress_nlp import score_progress
    from progress_nlp.scoring import ScoringRules

    s = score_progress("", actual, annual=annual, month=month, rules=ScoringRules(lexicon=lex))
    return s.status.value, s.basis


def _layered(tmp_path, name, text):
    (tmp_path / name).write_text(text, encoding="utf-8")
    return load_lexicon(tmp_path)


def test_margin_words_come_from_figure_roles(tmp_path):
    """超额完成49%: a percentage right after a margin word is the margin over the task."""
    assert ("超额完成", "margin", "before") in default_lexicon().figure_roles
    text, annual = "敬老院消防设施改造多完成49%。", "改造敬老院消防设施"
    assert _verdict(default_lexicon(), text, annual, 12) == ("behind", "pace")
    assert _verdict(_layered(tmp_path, "figure_roles.txt", "多完成\tmargin\tbefore\n"), text, annual, 12) == ("ahead", "quantity")
    text = "敬老院消防设施改造超额完成49%。"
    assert _verdict(default_lexicon(), text, annual, 12) == ("ahead", "quantity")
    assert _verdict(_layered(tmp_path, "figure_roles.txt", "-超额完成\n"), text, annual, 12) == ("behind", "pace")


def test_change_words_come_from_figure_roles(tmp_path):
    """A change over its target before December is on track; a rate as far over it is ahead."""
    text, annual = "地区生产总值涨幅7.9%", "地区生产总值增长7%"
    # 涨幅 is no word of ours: 7.9% is read as a rate over its floor, as with role rate
    assert _verdict(default_lexicon(), text, annual, 6) == ("ahead", "level")
    assert _verdict(_layered(tmp_path, "figure_roles.txt", "涨幅\trate\tbefore\n"), text, annual, 6) == ("ahead", "level")
    assert _verdict(_layered(tmp_path, "figure_roles.txt", "涨幅\tchange\tbefore\n"), text, annual, 6) == ("on_track", "level")
    text = "地区生产总值增长7.9%"
    assert _verdict(default_lexicon(), text, annual, 6) == ("on_track", "level")
    lex = _layered(tmp_path, "figure_roles.txt", "-增长\n")
    assert not any(w == "增长" for w, _, _ in lex.figure_roles)
    # without the word, 7.9% is a rate over its floor, far over: never pro-rated
    assert _verdict(lex, text, annual, 6) == ("ahead", "level")


def test_one_month_words_come_from_figure_roles(tmp_path):
    """当月完成投资10亿元: one month's figure, due 1/12 of the year."""
    annual = "全年完成投资120亿元"
    assert _verdict(default_lexicon(), "该月完成投资10亿元", annual, 6) == ("behind", "pace")
    lex = _layered(tmp_path, "figure_roles.txt", "该月\tmonth\tbefore\n")
    assert _verdict(lex, "该月完成投资10亿元", annual, 6) == ("on_track", "pace")
    assert _verdict(default_lexicon(), "当月完成投资10亿元", annual, 6) == ("on_track", "pace")
    lex = _layered(tmp_path, "figure_roles.txt", "-当月\n")
    assert _verdict(lex, "当月完成投资10亿元", annual, 6) == ("behind", "pace")


def test_done_verbs_come_from_their_file(tmp_path):
    """已于6月底完成, as a clause of its own ending the text: the work is done."""
    annual = "开展老旧小区调查"
    assert "完工" in default_lexicon().done_verbs
    assert _verdict(default_lexicon(), "已于6月底办妥", annual, 7) == ("on_track", "no_evidence")
    assert _verdict(_layered(tmp_path, "done_verbs.txt", "办妥\n"), "已于6月底办妥", annual, 7) == ("ahead", "completion")
    assert _verdict(default_lexicon(), "已于6月底完成", annual, 7) == ("ahead", "completion")
    assert _verdict(_layered(tmp_path, "done_verbs.txt", "-完成\n"), "已于6月底完成", annual, 7) == ("on_track", "no_evidence")


def test_removing_a_positioned_word_removes_it_before_and_after(tmp_path):
    """-在建 in figure_roles.txt (before and after) and -不少于 in qualifiers.txt leave whole entries."""
    (tmp_path / "figure_roles.txt").write_text("-在建\n", encoding="utf-8")
    (tmp_path / "qualifiers.txt").write_text("-不少于\n", encoding="utf-8")
    lex = load_lexicon(tmp_path)
    assert all(len(e) == 3 for e in lex.figure_roles) and not any(w == "在建" for w, _, _ in lex.figure_roles)
    assert "before:不少于" not in lex.qualifiers and "before:不少于" in default_lexicon().qualifiers
    (tmp_path / "qualifiers.txt").write_text("-rate\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="cannot remove 'rate'"):
        load_lexicon(tmp_path)


def test_malformed_rule_words_name_file_and_line(tmp_path):
    (tmp_path / "figure_roles.txt").write_text(
        "# mine\n当期\tmonth\tafter\n当期\tmonthly\tbefore\n高出\tmargin\n批次\titems\tbefore\n", encoding="utf-8")
    (tmp_path / "done_verbs.txt").write_text("办妥 交付\n办妥\n办妥\n-没有这个词\n", encoding="utf-8")
    with pytest.raises(LexiconError) as info:
        load_lexicon(tmp_path)
    text = str(info.value)
    assert "figure_roles.txt:2: role 'month' takes position before only, got 'after'" in text
    assert "figure_roles.txt:3: unknown role 'monthly'" in text
    assert "figure_roles.txt:4: expected <word> <role> <position>" in text
    assert "figure_roles.txt:5: role 'items' takes position after only, got 'before'" in text
    assert "done_verbs.txt:1: expected one word per line" in text
    assert "done_verbs.txt:3: duplicate entry (first on line 2)" in text
    assert "done_verbs.txt:4: cannot remove '没有这个词'" in text
