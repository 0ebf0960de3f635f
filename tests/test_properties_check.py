"""Properties of check() over any text (hypothesis); extract()'s own are in tests/extract.

check() either returns a Report or raises the library's own error; every span lies in
the text; the JSON document is byte-identical run after run and strict JSON; claims of
separate sentences survive being joined with a space.
"""

from __future__ import annotations

import json
import math
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck import Claim, FactcheckError, Report, check, extract
from factcheck.config import Config

AS_OF = date(2025, 8, 27)
WORDS = [
    "about", "more than", "fewer than", "up to", "12,944", "metric tons", "$3.5bn", "€4.2bn",
    "(62 miles)", "100 kilometres", "(80 miles)", "down", "half", "a third", "rose", "fell",
    "by", "from", "to", "between", "and", "25%", "0.4 percentage points", "in", "1961", "2024",
    "last year", "July", "31", "people", "doubled", "twice", "aged 45", "years", "since",
    "Bhamo", "Myanmar", "population", "a total of", "plus", "(", ")", ",", "\u202f", "\u200f",
    "Rs", "450 crore", "G20", "COVID-19", "10:30", "45C", "(101F)", "tons", "£", "m", "of",
]
NEWSY = st.lists(st.sampled_from(WORDS), max_size=30).map(" ".join)
# every code point, lone surrogates and controls included
ANY = st.text(alphabet=st.characters(blacklist_categories=()), max_size=300)
TEXT = st.one_of(ANY, NEWSY)
CONFIGS = st.sampled_from([None, Config(select=("FC2",)), Config(ignore=("FC3",)),
                           Config(approx_tolerance=0.0)])


def run(text: str, config: Config | None = None) -> Report | None:
    """check(text), or None when it refuses the text with the library's own error."""
    try:
        return check(text, as_of=AS_OF, bundled=False, config=config)
    except FactcheckError:
        return None


def document(report: Report) -> str:
    return json.dumps(report.to_dict(), sort_keys=True, ensure_ascii=False, default=str)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT, CONFIGS)
def test_spans_lie_inside_the_text_and_point_at_the_claim(text: str,
                                                         config: Config | None) -> None:
    report = run(text, config)
    if report is None:
        return
    assert report.text == text
    for claim in report.claims:
        assert 0 <= claim.start < claim.end <= len(text)
        assert text[claim.start : claim.end] == claim.text
    for finding in report.findings:
        assert 0 <= finding.start <= finding.end <= len(text)
        assert finding.severity in ("error", "warning", "info")
        if finding.claim is not None:
            assert text[finding.claim.start : finding.claim.end] == finding.claim.text
    for verdict in report.verdicts:
        assert text[verdict.claim.start : verdict.claim.end] == verdict.claim.text


@settings(max_examples=150, deadline=None)
@given(TEXT)
def test_json_document_is_byte_identical_across_runs(text: str) -> None:
    first, again = run(text), run(text)
    assert (first is None) == (again is None)
    if first is not None and again is not None:
        assert document(first) == document(again)


FINITE_TEXT = NEWSY.filter(lambda t: "9" * 309 not in t)


@settings(max_examples=150, deadline=None)
@given(FINITE_TEXT)
def test_json_document_is_strict_json(text: str) -> None:
    """No NaN or Infinity, which JSON (RFC 8259) does not have."""
    report = run(text)
    if report is not None:
        json.dumps(report.to_dict(), allow_nan=False, default=str)


@pytest.mark.parametrize("text", ["9" * 400, "9" * 400 + " km", "$" + "9" * 310 + "bn"])
def test_figures_beyond_float_range_are_not_claims(text: str) -> None:
    assert all(math.isfinite(c.value) for c in extract(text))


SENTENCE = NEWSY.map(lambda body: f"The {body}.")


def _key(c: Claim, shift: int) -> tuple[object, ...]:
    return (c.start + shift, c.end + shift, c.text, c.value, c.high, c.unit, c.noun, c.bound,
            c.change, c.multiplier)


@settings(max_examples=200, deadline=None)
@given(SENTENCE, SENTENCE)
def test_separate_sentences_keep_their_claims_when_joined_by_a_space(a: str, b: str) -> None:
    """Two sentences ("The ... ." each) joined with one space: the claims of both, unchanged.

    Joined with "" instead, "31." + "The" would still part; with no full stop the rules
    for ranges ("between 10 and 12") and shared units rightly reach across.
    """
    joined = {_key(c, 0) for c in extract(a + " " + b)}
    alone = {_key(c, 0) for c in extract(a)} | {_key(c, len(a) + 1) for c in extract(b)}
    assert joined == alone


@settings(max_examples=100, deadline=None)
@given(SENTENCE, SENTENCE)
def test_check_of_joined_sentences_reports_the_claims_of_both(a: str, b: str) -> None:
    report, first, second = run(a + " " + b), run(a), run(b)
    assert report is not None and first is not None and second is not None
    got = {_key(c, 0) for c in report.claims}
    assert got == ({_key(c, 0) for c in first.claims}
                   | {_key(c, len(a) + 1) for c in second.claims})
