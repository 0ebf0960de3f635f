"""A time of day in words ("at a quarter to eleven", "until half past nine") is no claim
(extract.clock.worded_clock_end); the same words as a change and its level are."""

from __future__ import annotations

import pytest

from factcheck import extract


@pytest.mark.parametrize("sentence", [
    "The last ferry left at a quarter to eleven.",
    "We waited until half past nine on Friday.",
    "The bus finally came at twenty to six in the evening.",
    "Fireworks began after ten past midnight.",
    "The vote closed at quarter past four, officials said.",
])
def test_a_time_of_day_in_words_is_no_claim(sentence: str) -> None:
    assert extract(sentence) == []


@pytest.mark.parametrize(("sentence", "texts"), [
    # near-twins: a fraction and a level, a range, a change to a level in a unit
    ("Support rose by a quarter to eleven percent.", ["a quarter", "eleven percent"]),
    ("Membership rose by a quarter to 11,000 in March.", ["a quarter", "11,000"]),
    ("Output rose by a quarter to 1.2 million.", ["a quarter", "1.2 million"]),
    ("Shares climbed at a quarter to eleven dollars.", ["a quarter", "eleven dollars"]),
])
def test_the_same_words_as_figures_stay_claims(sentence: str, texts: list[str]) -> None:
    assert [c.text for c in extract(sentence)] == texts
