"""A period's count in words is read past twelve, from the lexicon's number words
(numberwords.tsv: the units to nineteen and the tens, "twenty-five" a ten and a unit), as a
count in digits is (frames.stretches.COUNT_WORDS and count()). Rows in our own words."""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.frames.periods import periods
from factcheck.frames.stretches import count

AS_OF = date(2025, 10, 1)
D = date


@pytest.mark.parametrize(("text", "expected"), [
    ("over the past fifteen years, 40 mills closed", (D(2010, 10, 1), AS_OF)),
    ("in the last twenty-five years the valley", (D(2000, 10, 1), AS_OF)),
    ("during the past eighteen months it", (D(2024, 4, 1), AS_OF)),
    ("the past thirty years of records", (D(1995, 10, 1), AS_OF)),
    # (a change over "the 13 years to 2020" runs from 2007 to 2020: frames.years.years_to)
    ("in the thirteen years to 2020 the port", (D(2007, 1, 1), D(2020, 12, 31))),
    # near-twins: digits and small words read as before
    ("over the past 15 years, 40 mills closed", (D(2010, 10, 1), AS_OF)),
    ("over the past three years, 40 shops", (D(2022, 10, 1), AS_OF)),
])
def test_period_with_a_count_in_words(text: str, expected: tuple[date, date]) -> None:
    found = [p for _, _, p in periods(text, 0, AS_OF) if p is not None]
    assert found == [expected]


@pytest.mark.parametrize(("word", "value"), [
    ("fifteen", 15), ("Twenty-five", 25), ("forty two", 42), ("ninety", 90), ("12", 12),
    ("an", 1), ("dozen-ish", 0), ("many", 0),
])
def test_count(word: str, value: int) -> None:
    assert count(word) == value
