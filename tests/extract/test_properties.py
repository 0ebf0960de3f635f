"""Properties of extract() over any text (hypothesis)."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck import Claim, extract

NEWSY = st.lists(
    st.sampled_from([
        "about", "more than", "12,944", "metric tons", "$3.5bn", "(62 miles)", "down", "half",
        "rose", "by", "25%", "in", "1961", "July", "31", "-", "to", "from", "between", "and",
        "people", "0.4", "percentage points", "a third", "doubled", "km", "(", ")", ",", ".",
        "\u202f", "Rs", "crore", "G20", "COVID-19", "10:30", "twice", "as", "£", "m",
    ]),
    max_size=30,
).map(" ".join)
TEXT = st.one_of(st.text(max_size=300), NEWSY)


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_spans_lie_inside_and_point_at_the_surface(text: str) -> None:
    for claim in extract(text):
        assert 0 <= claim.start < claim.end <= len(text)
        assert text[claim.start : claim.end] == claim.text


@settings(max_examples=200, deadline=None)
@given(TEXT)
def test_output_is_deterministic(text: str) -> None:
    first = json.dumps([c.to_dict() for c in extract(text)], sort_keys=True)
    again = json.dumps([c.to_dict() for c in extract(text)], sort_keys=True)
    assert first == again


def _key(claim: Claim, shift: int) -> tuple[object, ...]:
    return (claim.start + shift, claim.end + shift, claim.value, claim.high, claim.unit,
            claim.bound, claim.change, claim.multiplier)


@settings(max_examples=300, deadline=None)
@given(NEWSY, NEWSY)
def test_sentences_keep_their_claims_when_joined(a: str, b: str) -> None:
    """extract(a + " . " + b) finds exactly the claims of a and of b: a full stop ends the
    reach of every rule ("cents", which borrows earlier text's currency, is not drawn)."""
    joined = {_key(c, 0) for c in extract(a + " . " + b)}
    alone = {_key(c, 0) for c in extract(a)} | {_key(c, len(a) + 3) for c in extract(b)}
    assert joined == alone
