"""Properties over arbitrary text: spans stay in order and in bounds; check() never fails."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck import check
from factcheck.frames.periods import periods
from factcheck.text.sentences import sentences

PIECES = [*"abcXYZ 0123456789.,;:()%$-'\n", " km", " in 2024", " from ", " to ", " of ",
          " rose ", " Mr.", " U.S.", " (", "tons", " about ", " total ", " founded in 1961",
          " years", " Bhamo's ", " home to ", " May"]
NEWSY = st.lists(st.sampled_from(PIECES), max_size=80).map("".join)


@settings(max_examples=150, deadline=None)
@given(NEWSY)
def test_sentence_spans(text: str) -> None:
    spans = sentences(text)
    last = 0
    for start, end in spans:
        assert last <= start < end <= len(text)
        assert not text[start].isspace() and not text[end - 1].isspace()
        last = end
    assert "".join(text[s:e] for s, e in spans).replace(" ", "").replace("\n", "") == (
        text.replace(" ", "").replace("\n", "").replace("\t", ""))


@settings(max_examples=150, deadline=None)
@given(NEWSY)
def test_periods_are_ordered_days(text: str) -> None:
    for start, end, period in periods(text, 0, date(2025, 10, 1)):
        assert 0 <= start < end <= len(text)
        assert period is None or period[0] <= period[1]


@settings(max_examples=100, deadline=None)
@given(NEWSY)
def test_check_never_fails_and_findings_are_sorted(text: str) -> None:
    report = check(text, as_of="2025-10-01")
    starts = [f.start for f in report.findings]
    assert starts == sorted(starts)
    for f in report.findings:
        assert 0 <= f.start <= f.end <= len(text)
        assert f.severity in ("error", "warning", "info") and f.message.endswith(".")
