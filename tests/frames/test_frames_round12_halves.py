"""Frames rows for the periods of round 12 (s12-15b; our own phrasings): a month that opens
its sentence as its subject dates the sentence's figures; "the first half of the month"
(and an elided "the second half" after it) is a half of the month named nearest, in its
sentence or the one before; a half with no month to read against stays a half-year.
Rows: (as_of, text, figure, field, expected); a period is (first day, last day)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from tests.frames.period_rows import assert_field
from tests.frames.period_rows import months as _months


def _days(y: int, m: int, first: int, last: int) -> tuple[date, date]:
    return date(y, m, first), date(y, m, last)


ROWS = [
    # a month as the subject of its sentence
    ("2025-12-02", "November brought 96 mm of rain to the fells.", "96 mm", "period",
     _months(2025, 11, 11, 30)),
    ("2026-05-20", "March saw 4,130 arrivals at the ferry port.", "4,130 arrivals", "period",
     _months(2026, 3, 3, 31)),
    ("2026-09-20", "August set a record, with 212,000 visitors at the castle.",
     "212,000 visitors", "period", _months(2026, 8, 8, 31)),
    # near twins: a month after a preposition or with a day keeps the older readings
    ("2026-05-20", "March 12 saw 31 arrests in the city centre.", "31 arrests", "period",
     _days(2026, 3, 12, 12)),
    # a half of the month named before
    ("2025-12-02", "Keld had 140 mm of rain in November. In the first half of the month, 52 "
     "mm fell.", "52 mm", "period", _days(2025, 11, 1, 15)),
    ("2026-06-10", "The depot shipped 9,400 parcels in April. The second half of the month "
     "brought 5,100 of them.", "5,100", "period", _days(2026, 4, 16, 30)),
    ("2026-03-04", "Sales in February reached 780 cars, with 420 sold in the first half of "
     "the month and 330 in the second half.", "330", "period", _days(2026, 2, 16, 28)),
    # near twins: a half with no month in reach is a half-year
    ("2026-09-20", "Sales rose to 880 cars in the first half.", "880 cars", "period",
     _months(2026, 1, 6, 30)),
    ("2026-09-20", "The plant made 4,200 tonnes in the second half of 2025.", "4,200 tonnes",
     "period", _months(2025, 7, 12, 31)),
]


@pytest.mark.parametrize(("as_of", "text", "figure", "field", "expected"), ROWS)
def test_row(as_of: str, text: str, figure: str, field: str, expected: Any) -> None:
    assert_field(as_of, text, figure, field, expected)
