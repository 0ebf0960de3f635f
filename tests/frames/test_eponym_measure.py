"""A proper noun compounded to a measure noun whose owner a possessive names already is a
kind of the measure, not its owner (factcheck.frames.nouns._eponym): "Mexico's Gini index"
measures a Gini index, which a table's "Atkinson index" row must not decide (a time-series
pool claim was called supported on the Atkinson series). Rows in our own words."""

from __future__ import annotations

import pytest

from factcheck import check


def _measure(text: str, figure: str) -> str | None:
    frames = check(text, as_of="2024-06-01", bundled=False).frames
    return next(f.measure for f in frames if figure in f.claim.text)


@pytest.mark.parametrize(("text", "figure", "word"), [
    ("Mexico's Gini index of income inequality was 0.45 in 2018.", "0.45", "gini"),
    ("Chile's Atkinson index stood at 0.31 in 2017.", "0.31", "atkinson"),
    ("Norway's Palma ratio fell to 0.9 last year.", "0.9", "palma"),
    ("Peru's Theil index rose to 0.52 in 2015.", "0.52", "theil"),
])
def test_the_kind_named_before_the_measure_stays_in_it(text: str, figure: str,
                                                       word: str) -> None:
    measure = _measure(text, figure)
    assert measure is not None and word in measure.split()


@pytest.mark.parametrize(("text", "figure", "word"), [
    ("The Tesco sales figure rose to £61 billion last year.", "£61 billion", "tesco"),
    ("Mexico's income inequality index was 0.45 in 2018.", "0.45", "mexico"),
    ("Chile reported an Atkinson index of 0.31 in 2017.", "0.31", "chile"),
])
def test_an_owner_is_no_kind_of_the_measure(text: str, figure: str, word: str) -> None:
    measure = _measure(text, figure)
    assert measure is None or word not in measure.split()
