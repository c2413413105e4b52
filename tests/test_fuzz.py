"""Fuzzing the public entry points with hypothesis (issue 5).

CI runs the ``ci`` profile (200 examples a test); a long search is
``python -m pytest tests/test_fuzz.py --hypothesis-profile=long``. The rules:

- only documented exceptions escape, each with a message that names the
  problem: ``NumberFormatError`` from ``parse_number``; ``ReportFormatError``
  and its subclasses, ``MissingExtraError`` from ``load_report``;
- ``extract_quantities`` and ``score_progress`` never raise on strings, and
  every span points at its text;
- ``load_report`` on a mutated report (every text layout, HTML, CSV/TSV,
  and damaged .xlsx/.docx) either raises one of its documented errors or
  returns rows whose numbers come in order, and never drops a numbered row
  silently: a gap or a repeat comes with a warning.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from progress_nlp import (
    MissingExtraError,
    NumberFormatError,
    ReportFormatError,
    extract_quantities,
    load_report,
    parse_number,
    score_progress,
)
from progress_nlp.normalize import to_fullwidth

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = (ROOT / "examples" / "baoshan-2022-08.txt").read_text(encoding="utf-8")
GOLD_NOS = [str(i) for i in range(1, 42)]
LOAD_ERRORS = (ReportFormatError, MissingExtraError)


def _pipes(text: str) -> str:
    """The example as one row per line with | between cells."""
    r = load_report(io.StringIO(text))
    head = " | ".join(h for h, _ in r.rows[0].cells)
    lines = [head] + [" | ".join(c.replace("|", "/") for _, c in row.cells) for row in r.rows]
    return "\n".join(lines) + "\n"


def _csv(text: str) -> str:
    import csv

    r = load_report(io.StringIO(text))
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow([h for h, _ in r.rows[0].cells])
    w.writerows([[c for _, c in row.cells] for row in r.rows])
    return buf.getvalue()


def _html(text: str) -> str:
    from html import escape

    r = load_report(io.StringIO(text))
    head = "".join(f"<th>{escape(h)}</th>" for h, _ in r.rows[0].cells)
    body = "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for _, c in row.cells) + "</tr>\n" for row in r.rows)
    return f"<html><body><h1>{escape(r.title)}</h1><table><tr>{head}</tr>\n{body}</table><p>发布时间 2022-09-05</p></body></html>"


def _layouts(text: str) -> dict[str, str]:
    """The example in the text layouts that have no converter above."""
    r = load_report(io.StringIO(text))
    header = [h for h, _ in r.rows[0].cells]
    rows = [[c.replace("\n", " ") for _, c in row.cells] for row in r.rows]
    return {
        "blocks": "\n\n".join(c for row in [header] + rows for c in row) + "\n",
        "tsv": "\n".join("\t".join(row) for row in [header] + rows) + "\n",
        "columns": "\n".join("   ".join(c.replace("  ", " ") for c in row) for row in [header] + rows) + "\n",
    }


PIPES = _pipes(EXAMPLE)
SOURCES = {"cells": EXAMPLE, "pipes": PIPES, "csv": _csv(EXAMPLE), "html": _html(EXAMPLE), **_layouts(EXAMPLE)}


def _office(kind: str) -> bytes | None:
    """The example as .xlsx or .docx bytes, or None without the extra."""
    r = load_report(io.StringIO(EXAMPLE))
    header = [h for h, _ in r.rows[0].cells]
    rows = [[c for _, c in row.cells] for row in r.rows]
    buf = io.BytesIO()
    try:
        if kind == "xlsx":
            import openpyxl

            wb = openpyxl.Workbook()
            ws = wb.active
            ws.append([r.title])
            for row in [header] + rows:
                ws.append(row)
            wb.save(buf)
        else:
            import docx

            d = docx.Document()
            d.add_paragraph(r.title)
            table = d.add_table(rows=len(rows) + 1, cols=len(header))
            for i, row in enumerate([header] + rows):
                for j, cell in enumerate(row):
                    table.cell(i, j).text = cell
            d.save(buf)
    except ImportError:
        return None
    return buf.getvalue()


OFFICE = {k: v for k in ("xlsx", "docx") if (v := _office(k)) is not None}


@st.composite
def mutated(draw):
    """A report text with a random, realistic kind of damage."""
    layout = draw(st.sampled_from(sorted(SOURCES)))
    text = SOURCES[layout]
    kind = draw(st.sampled_from(["truncate", "drop_line", "double_separators", "flip_bytes", "encoding", "garbage", "fullwidth", "crlf"]))
    if kind == "truncate":
        cut = draw(st.integers(0, len(text)))
        return layout, kind, text[:cut].encode("utf-8", errors="ignore")
    if kind == "drop_line":
        lines = text.splitlines()
        i = draw(st.integers(0, len(lines) - 1))
        return layout, kind, "\n".join(lines[:i] + lines[i + 1 :]).encode("utf-8")
    if kind == "double_separators":
        return layout, kind, text.replace("|", "||").encode("utf-8")
    if kind == "flip_bytes":
        data = bytearray(text.encode("utf-8"))
        for _ in range(draw(st.integers(1, 20))):
            i = draw(st.integers(0, len(data) - 1))
            data[i] = draw(st.integers(0, 255))
        return layout, kind, bytes(data)
    if kind == "encoding":
        enc = draw(st.sampled_from(["gb18030", "utf-16", "utf-8-sig", "big5", "latin-1"]))
        return layout, kind, text.encode(enc, errors="replace")
    if kind == "garbage":
        return layout, kind, draw(st.binary(min_size=0, max_size=2000))
    if kind == "fullwidth":
        return layout, kind, to_fullwidth(text).encode("utf-8")
    return layout, kind, text.replace("\n", "\r\n").encode("utf-8")


@settings(suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(mutated())
def test_load_report_raises_documented_errors_or_keeps_rows(case):
    layout, kind, data = case
    try:
        report = load_report(io.BytesIO(data))
    except LOAD_ERRORS as exc:
        assert str(exc).strip(), "an error must say what went wrong"
        return
    nos = [r.no for r in report.rows if "." not in r.no]
    # Numbered rows come in order, each at most once, or a warning says why
    # not (a truncated 11 reads as a second row 1).
    numbers = [int(n) for n in nos if n.isdigit()]
    if not (numbers == sorted(numbers) and len(numbers) == len(set(numbers))):
        assert report.warnings, nos
    if kind in ("double_separators", "crlf") or (kind == "encoding" and "utf" in str(data[:4])):
        return
    if kind in ("truncate", "drop_line"):
        # Rows missing in the middle must be reported, not dropped silently.
        present = set(numbers)
        if present:
            gaps = [n for n in range(1, max(present)) if n not in present]
            if gaps:
                assert report.warnings, (kind, gaps)


@pytest.mark.skipif(not OFFICE, reason="needs the xlsx/docx extras")
@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(sorted(OFFICE) or ["none"]), st.data())
def test_damaged_office_files_raise_documented_errors(kind, data):
    raw = bytearray(OFFICE[kind])
    damage = data.draw(st.sampled_from(["truncate", "flip", "intact"]))
    if damage == "truncate":
        raw = raw[: data.draw(st.integers(0, len(raw)))]
    elif damage == "flip":
        for _ in range(data.draw(st.integers(1, 30))):
            raw[data.draw(st.integers(0, len(raw) - 1))] = data.draw(st.integers(0, 255))
    try:
        report = load_report(io.BytesIO(bytes(raw)))
    except LOAD_ERRORS as exc:
        assert str(exc).strip()
        return
    if damage == "intact":
        assert [r.no for r in report.rows] == GOLD_NOS


@settings(deadline=None)
@given(st.binary(max_size=3000))
@example(b"\xfe\xff[]")  # atheris: a UTF-16 BOM then an odd byte count raised UnicodeDecodeError
def test_load_report_on_any_bytes(data):
    try:
        load_report(io.BytesIO(data))
    except LOAD_ERRORS as exc:
        assert str(exc).strip()


@settings(deadline=None)
@given(st.text(max_size=3000))
def test_load_report_on_any_text(text):
    try:
        load_report(io.StringIO(text))
    except LOAD_ERRORS as exc:
        assert str(exc).strip()


@given(st.text(max_size=60))
@example("²")  # str.isdigit() is True for it; Fraction("²") raised ValueError
@example("٣")
def test_parse_number_raises_only_number_format_error(text):
    try:
        value = parse_number(text)
    except NumberFormatError as exc:
        assert "not a numeral" in str(exc)
    else:
        assert isinstance(value, (int, float))


_SOUP = st.text(alphabet=st.sampled_from(list("0123456789１２万亿千百十零一两三四五六七八九点.,，%％-~至到分之余多几个台家名元年月日第、。;“”《》()新增完成累计暂停复工招标验收 ")), max_size=200)


@given(st.one_of(st.text(max_size=300), _SOUP))
def test_extract_never_raises_and_spans_point_at_text(text):
    qs = extract_quantities(text)
    last = 0
    for q in qs:
        assert text[q.span[0] : q.span[1]] == q.text
        assert q.span[0] >= last
        last = q.span[1]


@given(st.one_of(st.text(max_size=200), _SOUP), st.one_of(st.text(max_size=200), _SOUP),
       st.one_of(st.none(), _SOUP), st.one_of(st.none(), st.integers(1, 12)))
def test_score_progress_never_raises(target, actual, annual, month):
    s = score_progress(target, actual, annual=annual, month=month)
    assert str(s)
    for ev in s.evidence:
        for name in ("target", "actual"):
            q = getattr(ev, name, None)
            span = getattr(q, "span", None)
            if span is not None and hasattr(q, "text") and hasattr(q, "value"):
                source = target if name == "target" else actual
                assert source[span[0] : span[1]] == q.text
