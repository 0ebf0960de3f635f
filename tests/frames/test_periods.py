from __future__ import annotations

from datetime import date

import pytest

from factcheck.frames.periods import periods

AS_OF = date(2025, 10, 1)
ROWS = [
    ("imports in the first five months of 2025", (date(2025, 1, 1), date(2025, 5, 31))),
    ("exports rose between April and May", (date(2025, 4, 1), date(2025, 5, 31))),
    ("As of 2024, it employed", (date(2024, 1, 1), date(2024, 12, 31))),
    ("output in March 2024 fell", (date(2024, 3, 1), date(2024, 3, 31))),
    ("output fell last year", (date(2024, 1, 1), date(2024, 12, 31))),
    ("output was 10 tonnes a year earlier", (date(2024, 1, 1), date(2024, 12, 31))),
    ("output was 10 tonnes the year before", (date(2024, 1, 1), date(2024, 12, 31))),
    ("output was 10 tonnes in the previous year", (date(2024, 1, 1), date(2024, 12, 31))),
    ("down from the same period last year", None),
    ("sales in the first half of 2023", (date(2023, 1, 1), date(2023, 6, 30))),
    ("sales so far this year", (date(2025, 1, 1), date(2025, 12, 31))),
    ("From 1970 to 2021, Singapore recorded", (date(1970, 1, 1), date(2021, 12, 31))),
    ("no deaths between 1997 and 2020", (date(1997, 1, 1), date(2020, 12, 31))),
    ("revenue in 2012-13 was", (date(2012, 1, 1), date(2013, 12, 31))),
    ("it was 30.0 MT between 2008-2010 and", (date(2008, 1, 1), date(2010, 12, 31))),
    ("since 2015 the rate", (date(2015, 1, 1), AS_OF)),
    ("in the early 2000s it", (date(2000, 1, 1), date(2003, 12, 31))),
    ("during the 1990s it", (date(1990, 1, 1), date(1999, 12, 31))),
    ("in the decade before 2016 wind", (date(2006, 1, 1), date(2015, 12, 31))),
    ("Prior to 2010, wind and solar", (date(1900, 1, 1), date(2009, 12, 31))),
    ("the group, founded in 1961, has", None),
    ("sales grew strongly", None),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_periods(text: str, expected: tuple[date, date] | None) -> None:
    found = [p for _, _, p in periods(text, 0, AS_OF) if p is not None]
    assert found == ([expected] if expected else [])


JAN_MAY = (date(2025, 1, 1), date(2025, 5, 31))
MAR_2024 = (date(2024, 3, 1), date(2024, 3, 31))
# A phrase that reaches a year back reads against the other period of its sentence.
ANCHORED = [
    ("imports in the first five months of 2025 fell from the same period last year",
     [JAN_MAY, (date(2024, 1, 1), date(2024, 5, 31))]),
    ("sales in March 2024 were 5, up from 3 a year earlier",
     [MAR_2024, (date(2023, 3, 1), date(2023, 3, 31))]),
    ("In the first half of 2023 it shipped 40 units, against 31 in the same months a year "
     "before", [(date(2023, 1, 1), date(2023, 6, 30)), (date(2022, 1, 1), date(2022, 6, 30))]),
    ("Bookings fell 4% from the same period last year", [None]),  # nothing to anchor it
]


@pytest.mark.parametrize(("text", "expected"), ANCHORED)
def test_year_back_reads_against_its_sentence(text: str,
                                              expected: list[tuple[date, date] | None]) -> None:
    assert [p for _, _, p in periods(text, 0, AS_OF)] == expected


def test_offsets_are_shifted() -> None:
    ((start, end, _),) = periods("it fell in 2024", 100, AS_OF)
    assert (start, end) == (108, 115)
