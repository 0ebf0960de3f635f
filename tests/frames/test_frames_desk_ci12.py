"""Frames for a data desk's CI trial (round 14): a capitalised common noun that opens its
sentence and is what a figure of the sentence measures is no place, whatever the place
list or the recogniser says ("Forest covered ..."), for the figures after it too; a name
that is not what is measured keeps its figures. A definite count of a place's people that
will do something is held now: the date on the verb dates the event. Our own sentences.
Rows: (as_of, text, figure, field, expected)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.frames.period_rows import assert_field, months, year

SEP = "2025-09-01"
ROWS = [
    (SEP, "Forest covered 58% of Peru's land in 2020, up by about a tenth since 2000.",
     "about a tenth", "subject", "Peru"),
    (SEP, "Forest made up 31% of Poland's territory in 2021, a rise of 2 points since "
     "1995.", "2 points", "subject", "Poland"),
    (SEP, "Woodland covered 13% of Ireland's land in 2019, up by a quarter since 1990.",
     "a quarter", "subject", "Ireland"),
    (SEP, "Desert covered 90% of Egypt's land in 2020, up 1 point since 1990.",
     "up 1 point", "subject", "Egypt"),
    (SEP, "Forest covered 58% of Peru's land in 2020, up by about a tenth since 2000.",
     "58%", "subject", "Peru"),
    # near twins: the opener is a name (a town, a country, a name of two words), not
    # what is measured
    (SEP, "Forest had 56,000 residents in 2021, up 3% since 2011.", "up 3%", "subject",
     "Forest"),
    (SEP, "Forest Hills had 85,000 residents in 2021, up 3% since 2011.", "up 3%",
     "subject", "Forest Hills"),
    (SEP, "Turkey exported 3 million tonnes of wheat in 2022, up 5% since 2015.", "up 5%",
     "subject", "Turkey"),
    (SEP, "Woodland had 61,000 people in 2020, up 4% since 2010.", "up 4%", "subject",
     "Woodland"),
    # a future event's date is not the period of the count of those who will take part
    (SEP, "Eastbury's 31,200 residents will choose a new mayor in October.", "31,200",
     "period", None),
    (SEP, "All 31,200 inhabitants of Eastbury will be asked to vote in a referendum next "
     "June.", "31,200", "period", None),
    (SEP, "The 52,310 people of Northtown will elect a council in May.", "52,310",
     "period", None),
    (SEP, "Northtown's 52,310 residents will face higher bills from April 2026.", "52,310",
     "period", None),
    # near twins: a count dated itself, a past event, a level the verb states
    (SEP, "Eastbury's 35,000 residents in 2030 will need new schools.", "35,000", "period",
     year(2030)),
    (SEP, "Eastbury's 31,200 residents elected a new mayor in October.", "31,200", "period",
     months(2024, 10, 10, 31)),
    (SEP, "Eastbury will have 35,000 residents by 2030.", "35,000", "period", year(2030)),
    (SEP, "About 3,000 people will attend the fair in May.", "3,000", "period",
     months(2026, 5, 5, 31)),
]


@pytest.mark.parametrize(("as_of", "text", "figure", "field", "expected"), ROWS)
def test_row(as_of: str, text: str, figure: str, field: str, expected: Any) -> None:
    assert_field(as_of, text, figure, field, expected)
