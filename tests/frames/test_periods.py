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
    ("sales so far this year", (date(2025, 1, 1), AS_OF)),  # to date, not the whole year
    ("From 1970 to 2021, Singapore recorded", (date(1970, 1, 1), date(2021, 12, 31))),
    ("no deaths between 1997 and 2020", (date(1997, 1, 1), date(2020, 12, 31))),
    ("revenue in 2012-13 was", (date(2012, 4, 1), date(2013, 3, 31))),  # one fiscal year
    ("revenue in 2012-2013 was", (date(2012, 1, 1), date(2013, 12, 31))),  # two years
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
    ("it now has 90 members, up from 70 a year earlier",
     [(AS_OF, AS_OF), (date(2024, 10, 1), date(2024, 10, 1))]),
    ("Stocks were 40% on Monday, against 55% at the same point last year",
     [(date(2025, 9, 29), date(2025, 9, 29)), (date(2024, 9, 29), date(2024, 9, 29))]),
    ("In the year to June 2025 it lent £3bn, against £2bn in the previous year",
     [(date(2024, 7, 1), date(2025, 6, 30)), (date(2023, 7, 1), date(2024, 6, 30))]),
    ("The fund lost £3m in the previous year", [(date(2024, 1, 1), date(2024, 12, 31))]),
]


@pytest.mark.parametrize(("text", "expected"), ANCHORED)
def test_year_back_reads_against_its_sentence(text: str,
                                              expected: list[tuple[date, date] | None]) -> None:
    assert [p for _, _, p in periods(text, 0, AS_OF)] == expected


def test_offsets_are_shifted() -> None:
    ((start, end, _),) = periods("it fell in 2024", 100, AS_OF)
    assert (start, end) == (108, 115)


D = date
# Stretches of the calendar named relative to the draft's date (stretches.py), as_of
# 2025-10-01: a part of a year without its year is the latest one begun; "the year to X"
# is the twelve months ending with X; "since X" runs to as_of.
RELATIVE = [
    ("profit fell in the third quarter", (D(2025, 7, 1), D(2025, 9, 30))),
    ("output rose in the second half", (D(2025, 7, 1), D(2025, 12, 31))),
    ("sales in the last quarter of 2023 were", (D(2023, 10, 1), D(2023, 12, 31))),
    ("in the first eight months of the year it", (D(2025, 1, 1), D(2025, 8, 31))),
    ("over the first seven months, arrivals", (D(2025, 1, 1), D(2025, 7, 31))),
    ("wages rose in the year to August", (D(2024, 9, 1), D(2025, 8, 31))),
    ("in the twelve months to November, prices", (D(2023, 12, 1), D(2024, 11, 30))),
    ("in the year ending March 2023, the deficit", (D(2022, 4, 1), D(2023, 3, 31))),
    ("it had 900 staff by the end of May", (D(2025, 5, 31), D(2025, 5, 31))),
    ("at the end of December 2024 it held", (D(2024, 12, 31), D(2024, 12, 31))),
    ("shares have doubled since February", (D(2025, 2, 1), AS_OF)),
    ("prices are up since March 2024", (D(2024, 3, 1), AS_OF)),
    ("over the past three years, 40 shops", (D(2022, 10, 1), AS_OF)),
    ("in the last decade the town", (D(2015, 10, 1), AS_OF)),
    ("during the past six months it", (D(2025, 4, 1), AS_OF)),
    ("the council will spend £5m next year", (D(2026, 1, 1), D(2026, 12, 31))),
    ("visits fell last month", (D(2025, 9, 1), D(2025, 9, 30))),
    ("the fair drew 9,000 last weekend", (D(2025, 9, 27), D(2025, 9, 28))),
    ("the resort had 2m visitors this summer", (D(2025, 6, 1), D(2025, 8, 31))),
    ("the resort had 2m visitors last summer", (D(2024, 6, 1), D(2024, 8, 31))),
    ("the shop opened in November", (D(2024, 11, 1), D(2024, 11, 30))),  # not yet this year
    ("rain fell in September", (D(2025, 9, 1), D(2025, 9, 30))),
    # fiscal years and half-years named by the month they end in; a range of months
    ("in the financial year to 31 March 2025, the trust", (D(2024, 4, 1), D(2025, 3, 31))),
    ("for fiscal 2024, which ended in June, the group", (D(2023, 7, 1), D(2024, 6, 30))),
    ("the fiscal year ending September 30, 2024 saw", (D(2023, 10, 1), D(2024, 9, 30))),
    ("profit for the half-year to June rose", (D(2025, 1, 1), D(2025, 6, 30))),
    ("in the six months ended 30 September sales", (D(2025, 4, 1), D(2025, 9, 30))),
    ("lettings in the April-June quarter slowed", (D(2025, 4, 1), D(2025, 6, 30))),
    ("in fiscal 2024 the firm", (D(2024, 1, 1), D(2024, 12, 31))),  # no month: the year
    # days (days.py; as_of 2025-10-01 is a Wednesday): the latest such day by as_of
    ("the ferry carried 410 cars on Monday", (D(2025, 9, 29), D(2025, 9, 29))),
    ("turnout reached 40% last Saturday", (D(2025, 9, 27), D(2025, 9, 27))),
    ("Sunday's match drew 20,000", (D(2025, 9, 28), D(2025, 9, 28))),
    ("on Wednesday the market opened", (AS_OF, AS_OF)),
    ("between Friday and Monday, 300 calls", (D(2025, 9, 26), D(2025, 9, 29))),
    ("since Thursday, 14 stores have shut", (D(2025, 9, 25), AS_OF)),
    ("yesterday the index closed at", (D(2025, 9, 30), D(2025, 9, 30))),
    ("there are now 40 branches", (AS_OF, AS_OF)),
    ("the mill currently employs 80", (AS_OF, AS_OF)),
    ("today the fund holds $2bn", (AS_OF, AS_OF)),
    # near twins that name no period
    ("the quarter of the town's homes", None),
    ("the shop shuts on Mondays", None),  # a habit, not a day
    ("the vote is due next Tuesday", None),  # a day to come
    ("the Sunday Times said 40 people", None),  # a name, not a day
    ("the well-known brand", None),
    ("he said on Tuesday that", None),  # when it was said
    ("the coldest night since 1987", None),  # a record, not the figure's period
    ("its wettest month since 1998", None),
    ("he said in 2023 that", None),  # when it was said
    ("the year to come", None),
]


@pytest.mark.parametrize(("text", "expected"), RELATIVE)
def test_relative_stretches(text: str, expected: tuple[date, date] | None) -> None:
    found = [p for _, _, p in periods(text, 0, AS_OF) if p is not None]
    assert found == ([expected] if expected else [])


# "N years earlier", "a decade before" reach back from the sentence's other period.
BACK = [
    ("In 2024 it had 30 ferries, against 12 a decade earlier",
     [(D(2024, 1, 1), D(2024, 12, 31)), (D(2014, 1, 1), D(2014, 12, 31))]),
    ("In March 2025 it sold 40, up from 10 two years earlier",
     [(D(2025, 3, 1), D(2025, 3, 31)), (D(2023, 3, 1), D(2023, 3, 31))]),
    ("It has 7 mills, down from 20 three decades ago", [(D(1995, 1, 1), D(1995, 12, 31))]),
]


@pytest.mark.parametrize(("text", "expected"), BACK)
def test_years_back(text: str, expected: list[tuple[date, date]]) -> None:
    assert [p for _, _, p in periods(text, 0, AS_OF)] == expected


def test_a_part_not_yet_begun_is_last_years() -> None:
    early = date(2025, 2, 1)
    found = [p for text in ("profit fell in the fourth quarter", "the mill shut in December")
             for _, _, p in periods(text, 0, early)]
    assert found == [(D(2024, 10, 1), D(2024, 12, 31)), (D(2024, 12, 1), D(2024, 12, 31))]
