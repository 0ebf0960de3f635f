"""Frames of real sentences for the periods and roles the eighth frames pass fixed (our
own phrasings; each class has rows that fire and near twins that must not).
Rows: (as_of, text, figure, field, expected); a period is (first day, last day)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from factcheck import check


def _year(y: int) -> tuple[date, date]:
    return date(y, 1, 1), date(y, 12, 31)


def _month(y: int, m: int, last: int) -> tuple[date, date]:
    return date(y, m, 1), date(y, m, last)


OCT = "2025-10-14"
ROWS = [
    # a period said once is carried to later past-tense figures of the same event, in
    # another clause or the next sentence
    (OCT, "Harwick Rail carried 12 million passengers in the first half, and 91% of its "
     "trains ran on time.", "91%", "period", (date(2025, 1, 1), date(2025, 6, 30))),
    (OCT, "Olsen Bank's loan book grew to £8 billion last year. Small firms took 22% of new "
     "loans.", "22%", "period", _year(2024)),
    (OCT, "Brandt Motors sold 41,000 cars in the year to June. Its average price was "
     "£28,500.", "£28,500", "period", (date(2024, 7, 1), date(2025, 6, 30))),
    (OCT, "Profits at Keller Group doubled to $900 million in the first quarter. The group "
     "paid a dividend of 20 cents a share.", "20 cents", "period",
     (date(2025, 1, 1), date(2025, 3, 31))),
    # near twins: the present tense holds for no period named; a base's period is not
    # carried; a day dates one event, not the next sentence's
    (OCT, "Brandt Motors sold 41,000 cars in the year to June. It employs 3,200 people.",
     "3,200 people", "period", None),
    ("2025-12-09", "Waiting lists fell to 38,000 in October, down from a peak of 44,000 in "
     "March. Some 1,100 patients had waited over a year.", "Some 1,100 patients", "period",
     _month(2025, 10, 31)),
    (OCT, "Storm Ada dropped 90 millimetres of rain on Tuesday. The council spent £2 million "
     "on flood defences.", "£2 million", "period", None),
    # "then", "at the time", "that year" refer back to the period named before
    (OCT, "Arlen Bank had 4,200 staff in 2015. It then had 310 branches.", "310 branches",
     "period", _year(2015)),
    (OCT, "The museum reopened in 2019. At the time it held 12,000 paintings.",
     "12,000 paintings", "period", _year(2019)),
    (OCT, "Flooding closed the line in 2007; that year it carried just 2.1 million "
     "passengers.", "2.1 million passengers", "period", _year(2007)),
    # near twins: "then-" in a title and "now" are not back-references
    (OCT, "The council, then led by Labour, has 61 seats.", "61 seats", "period", None),
    (OCT, "Arlen Bank had 4,200 staff in 2015. It now has 2,900 staff.", "2,900 staff",
     "period", (date(2025, 10, 14), date(2025, 10, 14))),
    # a month named without its year in a future-tense clause is the coming one
    ("2025-12-17", "The council will cut 200 jobs by June.", "200 jobs", "period",
     (date(2025, 12, 17), date(2026, 6, 30))),
    ("2025-12-17", "The council will hire 40 wardens in June.", "40 wardens", "period",
     _month(2026, 6, 30)),
    (OCT, "Output will reach 2 million tonnes by the end of March.", "2 million tonnes",
     "period", (date(2026, 3, 31), date(2026, 3, 31))),
    (OCT, "The bridge is expected to open in February at a cost of £30 million.",
     "£30 million", "period", _month(2026, 2, 28)),
    (OCT, "Ticket prices will rise to £4.20 in January, the operator said.", "£4.20",
     "period", _month(2026, 1, 31)),
    # near twins: the past tense, and a month with its year, keep their month
    (OCT, "The council cut 200 jobs in September.", "200 jobs", "period",
     _month(2025, 9, 30)),
    (OCT, "Ticket prices rose to £4.20 in January, the operator said.", "£4.20", "period",
     _month(2025, 1, 31)),
    (OCT, "Output will reach 2 million tonnes in March 2027.", "2 million tonnes", "period",
     _month(2027, 3, 31)),
    # "by X to Y": Y is the level reached, X the change
    (OCT, "Membership grew by 300 to 4,100 last year.", "4,100", "role", "level"),
    (OCT, "Season-ticket holders at Dunford fell by 800 to 9,600 this year.", "9,600",
     "role", "level"),
    (OCT, "Rice exports rose by 2.1 million tonnes to 14 million tonnes in 2024.",
     "14 million tonnes", "role", "level"),
    (OCT, "Membership grew by 300 to 4,100 last year.", "300", "role", "change"),
    # a figure "a" something it is counted against is a rate
    (OCT, "Ines Marr is averaging 24.6 points a game this season.", "24.6 points", "role",
     "rate"),
    (OCT, "The board paid a dividend of 12 pence a share in May.", "12 pence", "role", "rate"),
    (OCT, "The new chip performs 40 trillion operations a second.",
     "40 trillion operations", "role", "rate"),
    # near twins: "a week before", "a year earlier" and "a record" are no denominators
    (OCT, "The club sold 9,000 tickets a week before the final.", "9,000 tickets", "role",
     "level"),
    (OCT, "The fund held 3 million shares a year earlier.", "3 million shares", "role",
     "level"),
    (OCT, "The firm sold 300 vans, a record.", "300 vans", "role", "level"),  # round 18:
    # "hired 300 staff" is a change (frames.clause_role), so the twin sells
    # seasons: winter spans the turn of the year; "since" a season runs to as_of
    ("2025-06-05", "Snowfall at Kelder totalled 6.1 metres this winter.", "6.1 metres",
     "period", (date(2024, 12, 1), date(2025, 2, 28))),
    ("2026-01-20", "Heating bills rose 12% this winter.", "12%", "period",
     (date(2025, 12, 1), date(2026, 2, 28))),
    ("2025-12-22", "Donations have fallen by a quarter since the summer.", "a quarter",
     "period", (date(2025, 6, 1), date(2025, 12, 22))),
    (OCT, "Rents in Carlow have climbed 8% since the spring.", "8%", "period",
     (date(2025, 3, 1), date(2025, 10, 14))),
    # near twin: "this summer" stays the season
    (OCT, "The lido drew 41,000 swimmers this summer.", "41,000 swimmers", "period",
     (date(2025, 6, 1), date(2025, 8, 31))),
    # a school or academic year runs September to August; a financial one from April
    (OCT, "Pupils in the 2024-25 school year numbered 8,100.", "8,100", "period",
     (date(2024, 9, 1), date(2025, 8, 31))),
    (OCT, "The college enrolled 5,200 students in the 2024/25 academic year.",
     "5,200 students", "period", (date(2024, 9, 1), date(2025, 8, 31))),
    (OCT, "Spending on schools reached £3 billion in the 2023-24 financial year.",
     "£3 billion", "period", (date(2023, 4, 1), date(2024, 3, 31))),
    # a period after "than at the same point" is the compared figure's, not these
    ("2025-06-30", "Linfield have sold 9,200 season tickets, 1,100 fewer than at the same "
     "point last summer.", "9,200 season tickets", "period", None),
    ("2025-06-30", "Turnout was 41% on Thursday, lower than at the same stage in 2021.",
     "41%", "period", (date(2025, 6, 26), date(2025, 6, 26))),
    # a change due by a deadline runs from as_of to it; a level is the deadline's year
    ("2025-11-13", "The firm aims to cut emissions by a further 30% by 2030.", "30%",
     "period", (date(2025, 11, 13), date(2030, 12, 31))),
    ("2025-11-24", "Demand for power will double by 2030, the grid operator forecasts.",
     "double", "period", (date(2025, 11, 24), date(2030, 12, 31))),
    ("2025-04-14", "Defence spending will reach 2.5% of GDP by 2027.", "2.5%", "period",
     _year(2027)),
    # a month written before a singular noun dates it, as a year does
    ("2026-09-02", "Farmers lost 30% of their potato crop to the August drought.", "30%",
     "period", _month(2026, 8, 31)),
    ("2026-09-02", "Turnout in Kenya's March election was 61%.", "61%", "period",
     _month(2026, 3, 31)),
    (OCT, "The June 2024 floods cost £40 million.", "£40 million", "period",
     _month(2024, 6, 30)),
    # near twins: a plural noun, and a march that is no month
    (OCT, "The May figures showed 12,000 new jobs.", "12,000 new jobs", "period", None),
    (OCT, "The march drew 4,000 people.", "4,000 people", "period", None),
    # a figure of a verb of change "of" another figure is a part of it
    ("2025-12-17", "Vardo Telecom will cut 1,100 of its 9,800 jobs by June.", "1,100",
     "role", "part"),
    (OCT, "The party lost 40 of its 120 seats.", "40", "role", "part"),
    (OCT, "The chain shut 12 of its 60 stores last year.", "12", "role", "part"),
    # near twin: with no whole figure it stays a change
    (OCT, "The party lost 40 seats.", "40 seats", "role", "change"),
    # a figure with no verb of its own does not stop the carrying: the period passes it
    ("2026-01-22", "Ashby Hospital treated 142,000 patients last year, 9% more than in 2024. "
     "Nearly four in ten waited over four hours.", "Nearly four in ten", "period", _year(2025)),
]


@pytest.mark.parametrize(("as_of", "text", "figure", "field", "expected"), ROWS)
def test_row(as_of: str, text: str, figure: str, field: str, expected: Any) -> None:
    report = check(text, as_of=as_of, bundled=False)
    found = [f for f in report.frames if f.claim.text == figure]
    assert found, [f.claim.text for f in report.frames]
    assert getattr(found[0], field) == expected
