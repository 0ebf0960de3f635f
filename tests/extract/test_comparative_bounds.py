"""A comparative and "than" before a figure bound it by the comparative's direction (changes.tsv:
"warmer than 22C" over, "cheaper than £9" under), and "no", "not" or "never" before such a
bound makes it the opposite limit ("no higher than 5%" is at most 5%, "no cooler than 22C" at
least 22C; extract.qualifiers.bound_before). A comparative after a figure stays a difference
("3% higher than a year ago")."""

from __future__ import annotations

import pytest

from factcheck import extract


def _bound(sentence: str, number: str) -> tuple[str, str | None]:
    claims = [c for c in extract(sentence) if number in c.text]
    assert claims, [c.text for c in extract(sentence)]
    return claims[0].bound, claims[0].change


@pytest.mark.parametrize(("sentence", "number", "bound"), [
    ("Overnight the town stayed no cooler than 19C.", "19C", "at_least"),
    ("Mortgage rates should be no higher than 6% by spring.", "6%", "at_most"),
    ("Return tickets will be no cheaper than £40.", "£40", "at_least"),
    ("Cabin bags must be no heavier than 7kg.", "7kg", "at_most"),
    ("Speeches at the dinner were no longer than ten minutes.", "ten minutes", "at_most"),
    ("Queues at the border were never shorter than two hours.", "two hours", "at_least"),
    ("Daytime highs were warmer than 30C all week.", "30C", "over"),
    ("The new laptop is lighter than 1.2kg.", "1.2kg", "under"),
    ("Off-peak fares are cheaper than £12.", "£12", "under"),
    # near-twins: bounds.tsv phrases as before; a comparative after a figure is a change
    ("No more than 300 people attended the vigil.", "300", "at_most"),
    ("Rates will stay higher than 4% this year.", "4%", "over"),
    ("No fewer than 40 boats joined the flotilla.", "40", "at_least"),
])
def test_a_comparative_before_a_figure_bounds_it(sentence: str, number: str, bound: str) -> None:
    assert _bound(sentence, number)[0] == bound


@pytest.mark.parametrize(("sentence", "number", "change"), [
    ("Prices were 3% higher than a year ago.", "3%", "increase"),
    ("The journey took 11 minutes longer than in 2022.", "11 minutes", "increase"),
    ("A season ticket is £60 cheaper than last year.", "£60", "decrease"),
])
def test_a_comparative_after_a_figure_stays_a_difference(
        sentence: str, number: str, change: str) -> None:
    assert _bound(sentence, number) == ("exact", change)
