"""Coverage-guided fuzzing of the public entry points with atheris.

Not run in CI (it runs until stopped). See docs/testing.md:

    pip install atheris
    python fuzz/fuzz_entry_points.py -atheris_runs=200000          # a bounded run
    python fuzz/fuzz_entry_points.py fuzz/corpus -max_total_time=600  # keep a corpus

Rules checked (the same as tests/test_fuzz.py): only documented exceptions
escape; extract_quantities and score_progress never raise on a string and
every span points at its text; load_report raises a ReportFormatError (or a
subclass) or returns rows numbered in order. A crash found here is kept as
an ``@example`` in tests/test_fuzz.py or a row in tests/test_extract.py.
"""

from __future__ import annotations

import io
import sys

import atheris

with atheris.instrument_imports():
    from progress_nlp import (
        MissingExtraError,
        NumberFormatError,
        ReportFormatError,
        extract_quantities,
        load_report,
        parse_number,
        score_progress,
    )


def check_text(text: str) -> None:
    for q in extract_quantities(text):
        assert text[q.span[0] : q.span[1]] == q.text, (text, q)
    try:
        parse_number(text)
    except NumberFormatError:
        pass
    half = len(text) // 2
    s = score_progress(text[:half], text[half:], annual=text, month=8)
    assert str(s)


def check_report(data: bytes) -> None:
    try:
        report = load_report(io.BytesIO(data))
    except (ReportFormatError, MissingExtraError):
        return
    numbers = [int(r.no) for r in report.rows if r.no.isdigit()]
    assert numbers == sorted(numbers), numbers


def one_input(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    choice = fdp.ConsumeIntInRange(0, 1)
    if choice == 0:
        check_text(fdp.ConsumeUnicodeNoSurrogates(fdp.remaining_bytes()))
    else:
        check_report(fdp.ConsumeBytes(fdp.remaining_bytes()))


def main() -> None:
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
