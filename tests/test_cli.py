"""End-to-end tests of the ``progress-nlp`` command, run as a subprocess
(``python -m progress_nlp``) from the repository root."""

from __future__ import annotations

import csv
import io
import json
import os
import pathlib
import subprocess
import sys

import pytest

from progress_nlp import Status, load_report, score_report

ROOT = pathlib.Path(__file__).resolve().parent.parent
EXAMPLE = "examples/baoshan-2022-08.txt"
GOLD_FILE = ROOT / "tests" / "data" / "baoshan-2022-08.jsonl"
TITLE = "2022年区政府实事项目8月份进展情况"
STATUSES = {s.value for s in Status}
LABELS = ("超序时", "按序时", "滞后", "受阻")


def run(*args: str, cwd: pathlib.Path = ROOT) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    env.pop("NO_COLOR", None)
    return subprocess.run(
        [sys.executable, "-m", "progress_nlp", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )


def assert_usage_error(proc: subprocess.CompletedProcess, *fragments: str) -> None:
    """Exit 2, exactly one line on stderr starting with 'progress-nlp:', no traceback."""
    assert proc.returncode == 2, (proc.returncode, proc.stdout, proc.stderr)
    assert "Traceback" not in proc.stderr and "Traceback" not in proc.stdout
    lines = proc.stderr.splitlines()
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith("progress-nlp:"), lines[0]
    for fragment in fragments:
        assert fragment in lines[0]
    assert proc.stdout == ""


@pytest.fixture(scope="module")
def gold() -> list[dict]:
    with GOLD_FILE.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


@pytest.fixture(scope="module")
def table_run() -> subprocess.CompletedProcess:
    return run("score", EXAMPLE)


@pytest.fixture(scope="module")
def json_run() -> subprocess.CompletedProcess:
    return run("score", EXAMPLE, "--format", "json")


# -- score ------------------------------------------------------------------------------


def test_score_table(table_run):
    assert table_run.returncode == 0, table_run.stderr
    assert table_run.stderr == ""
    out = table_run.stdout
    assert TITLE in out.splitlines()[0]
    summary = [ln for ln in out.splitlines() if ln.startswith("共 41 项")]
    assert len(summary) == 1
    for label in LABELS:
        assert label in summary[0]
    # the summary printed is the library's own
    expected = str(score_report(load_report(ROOT / EXAMPLE)).summary())
    assert summary[0] == expected


def test_score_json_round_trips(json_run, gold):
    assert json_run.returncode == 0, json_run.stderr
    [doc] = json.loads(json_run.stdout)  # one shape for one file or many: a list of reports
    assert doc["title"] == TITLE and doc["month"] == 8 and doc["year"] == 2022
    rows = doc["rows"]
    assert len(rows) == 41
    assert [r["no"] for r in rows] == [g["no"] for g in gold]
    assert {r["status"] for r in rows} <= STATUSES
    assert all(r["project"] == g["project"] and r["actual"] == g["actual"] for r, g in zip(rows, gold))
    assert doc["summary"]["total"] == 41
    assert sum(doc["summary"]["counts"].values()) == 41
    # round trip: the output is what the library produces, and re-encodes to itself
    assert doc["source"] == EXAMPLE  # the path as given on the command line
    in_process = json.loads(score_report(load_report(ROOT / EXAMPLE)).to_json())
    assert {k: v for k, v in doc.items() if k != "source"} == {k: v for k, v in in_process.items() if k != "source"}
    assert json.loads(json.dumps(doc, ensure_ascii=False)) == doc


def test_score_csv(gold):
    proc = run("score", EXAMPLE, "--format", "csv")
    assert proc.returncode == 0, proc.stderr
    rows = list(csv.DictReader(io.StringIO(proc.stdout)))
    assert len(rows) == 41
    assert "status" in rows[0]
    assert {r["status"] for r in rows} <= STATUSES
    assert [r["no"] for r in rows] == [g["no"] for g in gold]
    # cells with commas and newlines survive the quoting
    assert rows[1]["actual"] == gold[1]["actual"] == "新增81台,完工52台。"


def test_score_markdown():
    proc = run("score", EXAMPLE, "--format", "markdown")
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert f"## {TITLE}" in lines
    header = lines.index("| 序号 | 项目 | 牵头单位 | 状态 | 完成率 | 理由 |")
    assert set(lines[header + 1]) <= set("|-:") and lines[header + 1].count("|") == 7
    body = [ln for ln in lines[header + 2:] if ln.startswith("|")]
    assert len(body) == 41
    assert all(ln.count("|") - ln.count("\\|") == 7 for ln in body)
    assert any(ln.startswith("共 41 项") for ln in lines)


def test_score_output_file(tmp_path, json_run):
    out = tmp_path / "scores.json"
    proc = run("score", EXAMPLE, "--format", "json", "--output", str(out))
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == ""
    assert proc.stderr == ""
    assert out.read_text(encoding="utf-8") == json_run.stdout


def test_score_output_file_table(tmp_path, table_run):
    out = tmp_path / "scores.txt"
    proc = run("score", EXAMPLE, "-o", str(out))
    assert proc.returncode == 0 and proc.stdout == "" and proc.stderr == ""
    assert out.read_text(encoding="utf-8") == table_run.stdout


def test_score_lead_filter(gold):
    proc = run("score", EXAMPLE, "--lead", "交通委", "--format", "json")
    assert proc.returncode == 0, proc.stderr
    rows = json.loads(proc.stdout)[0]["rows"]
    assert len(rows) == sum(1 for g in gold if "交通委" in g["lead"]) > 0
    assert all("交通委" in r["lead"] for r in rows)

    table = run("score", EXAMPLE, "--lead", "交通委")
    assert table.returncode == 0
    assert f"共 {len(rows)} 项" in table.stdout
    assert "区房管局" not in table.stdout


def test_two_reports_print_progress_on_stderr(tmp_path, gold):
    second = tmp_path / "copy.txt"
    second.write_bytes((ROOT / EXAMPLE).read_bytes())
    proc = run("score", EXAMPLE, str(second), "--format", "json")
    assert proc.returncode == 0, proc.stderr
    progress = proc.stderr.splitlines()
    assert len(progress) == 2
    assert progress[0].startswith("[1/2]") and EXAMPLE in progress[0]
    assert progress[1].startswith("[2/2]") and str(second) in progress[1]
    docs = json.loads(proc.stdout)
    assert isinstance(docs, list) and len(docs) == 2
    assert [len(d["rows"]) for d in docs] == [41, 41]


def test_one_report_prints_no_progress(table_run):
    assert table_run.stderr == ""


# -- colour ------------------------------------------------------------------------------------


def test_color_always_puts_ansi_codes_in_the_table():
    proc = run("score", EXAMPLE, "--color", "always")
    assert proc.returncode == 0
    assert "\x1b[" in proc.stdout
    assert "\x1b[0m" in proc.stdout


def test_no_color_by_default_when_not_a_tty(table_run):
    assert "\x1b" not in table_run.stdout


def test_color_never():
    proc = run("score", EXAMPLE, "--color", "never")
    assert proc.returncode == 0 and "\x1b" not in proc.stdout


# -- explain / extract -------------------------------------------------------------------------


def test_explain():
    proc = run("explain", "累计新增450个", "已累计完成576个")
    assert proc.returncode == 0, proc.stderr
    status = [ln for ln in proc.stdout.splitlines() if ln.startswith("status:")]
    assert status and "ahead" in status[0]
    ratio = [ln for ln in proc.stdout.splitlines() if ln.startswith("ratio:")]
    assert ratio and "1.280" in ratio[0]  # 576 / 450


def test_explain_json():
    proc = run("explain", "累计新增450个", "已累计完成576个", "--format", "json", "--month", "8")
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(proc.stdout)
    assert doc["status"] == "ahead"
    assert abs(doc["ratio"] - 576 / 450) < 1e-9


def test_extract():
    proc = run("extract", "新增81台,完工52台")
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert "81" in out and "52" in out
    assert "metric=新增" in out and "metric=完工" in out


def test_extract_json():
    proc = run("extract", "新增81台,完工52台", "--format", "json")
    assert proc.returncode == 0, proc.stderr
    [row] = json.loads(proc.stdout)
    assert [(q["value"], q["unit"]) for q in row["quantities"]] == [(81, "台"), (52, "台")]


# -- errors: one line on stderr, exit 2 -----------------------------------------------------------------


def test_missing_file():
    assert_usage_error(run("score", "no-such-report.txt"), "no-such-report.txt")


def test_directory():
    assert_usage_error(run("score", "examples"), "examples", "directory")


def test_file_with_no_table():
    assert_usage_error(run("score", "README.md"), "README.md", "no progress table")


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(b"\x00\x01\x02\xff" * 1024, id="nul-bytes"),
        pytest.param(b"\x81\x30\xff" * 300, id="not-utf8-nor-gb18030"),
        pytest.param(b"PK\x03\x04" + b"\x00" * 100, id="damaged-zip"),
    ],
)
def test_undecodable_binary_file(tmp_path, data):
    path = tmp_path / "garbage.txt"
    path.write_bytes(data)
    assert_usage_error(run("score", str(path)))


def test_too_large():
    assert_usage_error(run("score", EXAMPLE, "--max-bytes", "100"), "max_bytes")


def test_second_of_two_files_missing(tmp_path):
    proc = run("score", EXAMPLE, "no-such-report.txt")
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    errors = [ln for ln in proc.stderr.splitlines() if ln.startswith("progress-nlp:")]
    assert len(errors) == 1 and "no-such-report.txt" in errors[0]


@pytest.mark.parametrize("month", ["13", "0"])
def test_explain_month_out_of_range(month):
    assert_usage_error(run("explain", "累计新增450个", "已累计完成576个", "--month", month), "--month")


def test_extract_missing_file():
    assert_usage_error(run("extract", "--file", "no-such-file.txt"), "no-such-file.txt")


def test_unknown_format():
    proc = run("score", EXAMPLE, "--format", "xml")
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    assert "xml" in proc.stderr
    assert proc.stdout == ""



# ---------------------------------------------------------------- pipelines (issue 10)


def run_stdin(data: str, *args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    return subprocess.run([sys.executable, "-m", "progress_nlp", *args], input=data, capture_output=True, text=True,
                          encoding="utf-8", cwd=ROOT, env=env)


def test_score_reads_standard_input():
    data = (ROOT / EXAMPLE).read_text(encoding="utf-8")
    proc = run_stdin(data, "score", "-", "--format", "json")
    assert proc.returncode == 0, proc.stderr
    [doc] = json.loads(proc.stdout)
    assert doc["source"] == "<stdin>" and len(doc["rows"]) == 41
    assert_usage_error(run_stdin(data, "score", "-", "-"), "standard input")


def test_extract_and_explain_read_standard_input():
    proc = run_stdin("新增81台,完工52台\n\n8月24日开工\n", "extract", "--format", "json")
    assert proc.returncode == 0, proc.stderr
    [row] = json.loads(proc.stdout)  # the date line has no quantity
    assert row["where"] == "stdin:1" and [q["value"] for q in row["quantities"]] == [81, 52]
    proc = run_stdin("新增30台\n新增81台\n", "explain", "--format", "json")
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["status"] == "ahead"
    assert_usage_error(run_stdin("", "explain"), "two lines")


def test_json_is_a_list_whatever_the_number_of_files():
    one = json.loads(run("score", EXAMPLE, "--format", "json").stdout)
    two = json.loads(run("score", EXAMPLE, EXAMPLE, "--format", "json").stdout)
    assert isinstance(one, list) and len(one) == 1 and len(two) == 2 and one[0]["rows"] == two[1]["rows"]


def test_csv_has_a_bom_and_chinese_labels_on_request(tmp_path):
    out = tmp_path / "rows.csv"
    proc = run("score", EXAMPLE, "--format", "csv", "--labels", "zh", "--output", str(out))
    assert proc.returncode == 0, proc.stderr
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert len(rows) == 41 and {r["status"] for r in rows} <= {"超序时", "按序时", "滞后", "受阻"}
    english = list(csv.DictReader(io.StringIO(run("score", EXAMPLE, "--format", "csv").stdout.lstrip("\ufeff"))))
    assert {r["status"] for r in english} <= STATUSES


def test_status_filter_and_a_lead_that_matches_nothing():
    proc = run("score", EXAMPLE, "--status", "behind,受阻", "--format", "json")
    assert proc.returncode == 0, proc.stderr
    rows = json.loads(proc.stdout)[0]["rows"]
    assert len(rows) == 7 and {r["status"] for r in rows} == {"behind", "blocked"}
    assert_usage_error(run("score", EXAMPLE, "--status", "late"), "unknown status")
    proc = run("score", EXAMPLE, "--lead", "无此单位")
    assert proc.returncode == 0 and "matches no lead unit" in proc.stderr and "区交通委" in proc.stderr


def test_report_without_html_prints_a_timeline(tmp_path):
    sys.path.insert(0, str(ROOT / "tests"))
    from test_tracking import month_report

    paths = []
    for m in (6, 7, 8):
        f = tmp_path / f"2022-{m:02d}.txt"
        f.write_text(month_report(m), encoding="utf-8")
        paths.append(str(f))
    proc = run("report", *paths)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[0] == "41 个项目, 6月—7月—8月"
    [chargers] = [ln for ln in lines if "新增700个" in ln]
    assert "6月 超序时 → 7月 按序时 ↓ → 8月 滞后 ↓" in chargers
    # the same month twice is a mistake in the file list: a warning, and on
    proc = run("report", paths[2], paths[2])
    assert proc.returncode == 0 and "both cover 2022年8月" in proc.stderr


def test_every_option_has_help():
    for command in ("score", "report", "extract", "explain"):
        text = run(command, "--help").stdout
        assert text.count("--") >= 4
        for option in ("--format", "--color", "--rules", "--output", "--max-bytes", "--labels", "--status", "--html"):
            if f"[{option}" in text or f" {option} " in text:
                # each option listed in the usage line has its own help line
                body = text.split("options:", 1)[1]
                assert option in body
    assert "pace_ratio_80: 武汉 practice" in run("score", "--help").stdout


def test_a_ratio_that_did_not_decide_is_shown_in_brackets():
    # Early in the year a plan under way is on track whatever its ratio
    # (年初前期阶段): the 完成率 column brackets 60% rather than print it
    # beside 按序时 as if it were the verdict; a ratio that decides is plain.
    text = "2024年1-2月民生实事项目进展\n序号|项目内容|进展情况\n1|新建社区食堂1个|正在编制实施方案\n2|新增养老床位120张|已新增30张\n"
    out = run_stdin(text, "score", "-").stdout
    rows = [line for line in out.splitlines()[2:] if line[:1].isdigit()]
    assert "(60%)" in rows[0] and "按序时" in rows[0]
    assert " 150% " in rows[1] and "(150%)" not in rows[1]
