"""Ratios written with a colon where the sentence names a ratio (extract.ratios): the first
term over the second, a range of them low first; a colon elsewhere is a time or a score."""

from __future__ import annotations

import pytest

from factcheck import extract


@pytest.mark.parametrize(("sentence", "text", "value", "high", "bound"), [
    ("The province's doctor-to-population ratio is 1:600.", "1:600", 1 / 600, None, "exact"),
    ("Class sizes grew until the pupil-teacher ratio hit 42:1 last spring.", "42:1", 42.0,
     None, "exact"),
    ("Its nurse-to-patient ratio was about 1:4,000-5,000 in the worst years.",
     "1:4,000-5,000", 1 / 5000, 1 / 4000, "approx"),
    ("A 3:2 ratio of applicants to places is expected in the autumn intake.", "3:2", 1.5, None,
     "exact"),
    ("Regulators want a staff ratio of more than 1:8 in nurseries.", "1:8", 0.125, None,
     "over"),
])
def test_a_ratio_is_one_claim(sentence: str, text: str, value: float, high: float | None,
                              bound: str) -> None:
    claims = [c for c in extract(sentence) if ":" in c.text]
    assert [(c.text, c.bound) for c in claims] == [(text, bound)]
    assert claims[0].value == pytest.approx(value)
    assert claims[0].high == (pytest.approx(high) if high is not None else None)
    assert 0 < claims[0].precision <= 0.05 * max(value, high or 0.0) + 1e-12


@pytest.mark.parametrize("sentence", [
    # near-twins: no ratio named in the clause
    "The ferry leaves at 10:45 and returns by 16:30.",
    "Rovers won 3:1 on Saturday, their best away result.",
    "The vote split 2:1 in favour. The ratio of seats changed little.",
])
def test_a_colon_between_numbers_without_a_ratio_is_no_claim(sentence: str) -> None:
    assert [c.text for c in extract(sentence) if ":" in c.text] == []


@pytest.mark.parametrize(("sentence", "text", "value", "bound"), [
    # a number with "fold", in digits or words, joined or hyphenated, is a factor
    ("Ticket sales grew 12-fold after the final.", "12-fold", 12.0, "exact"),
    ("Its debt has risen more than fifteen-fold since 2004.", "more than fifteen-fold", 15.0,
     "over"),
    ("Rents in the old quarter went up twentyfold in a decade.", "up twentyfold", 20.0, "exact"),
    ("A forty-five-fold jump in claims surprised the insurer.", "forty-five-fold", 45.0,
     "exact"),
])
def test_a_number_with_fold_is_a_multiplier(sentence: str, text: str, value: float,
                                            bound: str) -> None:
    claims = extract(sentence)
    assert [(c.text, c.value, c.multiplier, c.noun, c.bound) for c in claims][:1] == [
        (text, value, True, None, bound)]


@pytest.mark.parametrize("sentence", [
    # near-twins: folding is no factor; a hyphenated number word before another noun
    "She folded the flag three times before the anthem.",
    "The two-way road reopened after a fold in the rock gave way.",
])
def test_fold_without_a_number_is_no_multiplier(sentence: str) -> None:
    assert not any(c.multiplier for c in extract(sentence))
