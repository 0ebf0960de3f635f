"""Frames of real sentences, one field per row, for the period classes of the sixth frames
pass (our own phrasings; each class has rows that fire and near twins that must not):
split fiscal years ("2023-24"), "the same quarter of 2024" against the sentence's other
period, days named by their date ("on Sunday 28 September", "since 4 August"), "in the
first" said after "in the second quarter" (that year's first quarter), and two weekdays
joined by "on ... and ..." (both days); and
two measure classes: a change named by a noun ("a 6% rise") measures what its level
measures, and "the rest" stands for the measure of the figure it is set against.
Rows as in test_frames_classes.py: (text, figure, field, expected); AS_OF is Wednesday
1 October 2025."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from tests.frames.test_frames_classes import AS_OF, frame_of, value

ROWS = [
    # "a week later", "three days later": the nearest day moved on (AS_OF 1 October 2025)
    ("The port closed on 12 September and reopened a week later with 40 ships waiting.",
     "40 ships", "period", (date(2025, 9, 19), date(2025, 9, 19))),
    ("Levels peaked on 2 August; three days later the river stood at 4.1 metres.",
     "4.1 metres", "period", (date(2025, 8, 5), date(2025, 8, 5))),
    ("The fund opened on Monday 15 September and two weeks later held £2.3 million.",
     "£2.3 million", "period", (date(2025, 9, 29), date(2025, 9, 29))),
    # near twins: "later" than a year names no period of its own
    ("Sales fell in 2023; a week later the firm said it had 300 staff.", "300 staff",
     "period", None),
    # a split year is one fiscal year: from April unless the sentence says where it starts
    # or ends
    ("The trust spent £84 million on agency staff in 2023-24.", "£84 million", "period",
     (date(2023, 4, 1), date(2024, 3, 31))),
    ("For 2026-27 the county plans to borrow £12m.", "£12m", "period",
     (date(2026, 4, 1), date(2027, 3, 31))),
    ("Ridership reached 4.1 million in 2022-23, the operator's fiscal year to 30 September.",
     "4.1 million", "period", (date(2022, 10, 1), date(2023, 9, 30))),
    ("Ottery Grain earned $9.2 million in fiscal 2024/25, which began on 1 July.",
     "$9.2 million", "period", (date(2024, 7, 1), date(2025, 6, 30))),
    ("In the 2021–22 financial year, 900 apprentices started courses.", "900 apprentices",
     "period", (date(2021, 4, 1), date(2022, 3, 31))),
    ("Takings rose 7% in fiscal 2019-2020, which ended in June.", "7%", "period",
     (date(2019, 7, 1), date(2020, 6, 30))),
    # near twins: years that do not follow each other, or two written in full, are a span
    ("Rainfall averaged 810 mm a year in 2015-19.", "810 mm a year", "period",
     (date(2015, 1, 1), date(2019, 12, 31))),
    ("Sales totalled 5,000 units over 2023-2024.", "5,000 units", "period",
     (date(2023, 1, 1), date(2024, 12, 31))),
    # "the same month of 2023" is the sentence's other period moved into that year
    ("Footfall fell to 3.2 million in March, from 3.6 million in the same month of 2023.",
     "3.6 million", "period", (date(2023, 3, 1), date(2023, 3, 31))),
    ("In the first half of 2025 the port handled 410 ships, against 380 in the same half of "
     "2022.", "380", "period", (date(2022, 1, 1), date(2022, 6, 30))),
    ("Thefts reached 96 in the third quarter, up from 71 during the same quarter in 2024.",
     "71", "period", (date(2024, 7, 1), date(2024, 9, 30))),
    ("Between June and August the ferry carried 52,000 people, against 47,000 over the same "
     "three months of 2021.", "47,000", "period", (date(2021, 6, 1), date(2021, 8, 31))),
    ("The bridge carried 61,000 vehicles on Monday, against 58,000 on the same day of 2019.",
     "58,000", "period", (date(2019, 9, 29), date(2019, 9, 29))),
    # near twins: the figure with its own period keeps it; with no other period to move,
    # the stated year is the whole year
    ("Footfall fell to 3.2 million in March, from 3.6 million in the same month of 2023.",
     "3.2 million", "period", (date(2025, 3, 1), date(2025, 3, 31))),
    ("The mine produced 7,400 tonnes in the same period of 2022.", "7,400 tonnes", "period",
     (date(2022, 1, 1), date(2022, 12, 31))),
    # a day named by its date: its stated year, the year its weekday fits, else the nearest
    ("Floods cut power to 3,100 homes on Sunday 28 September.", "3,100 homes", "period",
     (date(2025, 9, 28), date(2025, 9, 28))),
    ("The index fell 2.4% on September 12.", "2.4%", "period",
     (date(2025, 9, 12), date(2025, 9, 12))),
    ("Organisers expect 40,000 visitors on 18 October.", "40,000 visitors", "period",
     (date(2025, 10, 18), date(2025, 10, 18))),
    ("The storm felled 900 trees on Thursday 2 January.", "900 trees", "period",
     (date(2025, 1, 2), date(2025, 1, 2))),
    ("Turnout at the vote on 5 March 2024 was 61%.", "61%", "period",
     (date(2024, 3, 5), date(2024, 3, 5))),
    ("Since 4 August, 212 people have been treated.", "212 people", "period",
     (date(2025, 8, 4), AS_OF)),
    # near twin: "from" a day opens a stretch with no end; it is left unread
    ("From July 14, 2025, the levy on imported steel stood at 35%.", "35%", "period", None),
    # near twins: a month without a day is the month; a founding date dates no figure
    ("Rents rose 4% in September.", "4%", "period", (date(2025, 9, 1), date(2025, 9, 30))),
    ("The firm, founded on 3 May 1990, employs 450 people.", "450 people", "period", None),
    # an ordinal standing alone after a quarter or a half is that part of the same year
    ("Gold output slid to 61,000 ounces in the second quarter from 74,000 ounces in the "
     "first.", "74,000 ounces", "period", (date(2025, 1, 1), date(2025, 3, 31))),
    ("Profit reached £4 million in the second half of 2024, against £3 million in the "
     "first.", "£3 million", "period", (date(2024, 1, 1), date(2024, 6, 30))),
    ("Arrivals rose to 9,800 in the fourth quarter of 2024 from 8,100 in the third.",
     "8,100", "period", (date(2024, 7, 1), date(2024, 9, 30))),
    ("Output was 410 tonnes in the first half of 2025, and 520 tonnes in the second.",
     "520 tonnes", "period", (date(2025, 7, 1), date(2025, 12, 31))),
    ("Freight fell to 3.3 million tonnes in the third quarter, from 3.6 million tonnes in "
     "the second.", "3.6 million tonnes", "period", (date(2025, 4, 1), date(2025, 6, 30))),
    # near twins: an ordinal with no quarter or half beside it names no period, and the
    # part the figure is in keeps its own
    ("The striker scored 12 goals in the first and won.", "12 goals", "period", None),
    ("The airline flew 2.2 million passengers in the third quarter, more than in the "
     "second.", "2.2 million passengers", "period", (date(2025, 7, 1), date(2025, 9, 30))),
    # two weekdays joined by "and" after "on" are both days
    ("Support for the party stood at 21% in a poll taken on Monday and Tuesday.", "21%",
     "period", (date(2025, 9, 29), date(2025, 9, 30))),
    ("The festival sold 14,000 tickets on Saturday and Sunday.", "14,000 tickets", "period",
     (date(2025, 9, 27), date(2025, 9, 28))),
    ("Shoppers spent £3.1 million from Friday to Sunday.", "£3.1 million", "period",
     (date(2025, 9, 26), date(2025, 9, 28))),
    # near twin: two days in two clauses date their own figures
    ("Rail strikes cancelled 900 trains on Thursday, and 400 more on Friday.", "900 trains",
     "period", (date(2025, 9, 25), date(2025, 9, 25))),
    # a change named by a noun before or after it measures what its level measures
    ("The depot shipped 18,000 parcels in May, a 6% rise on April.", "6%", "measure",
     "parcel"),
    ("Ferry crossings fell to 2,950 last year, a 12% drop on 2023.", "12%", "measure",
     "crossing"),
    ("The library lent 48,000 books in 2024, a 15 per cent increase.", "15 per cent",
     "measure", "book"),
    ("The council will spend £61 million on roads, a £4 million cut from this year.",
     "£4 million", "measure", "spending"),
    ("Enrolments reached 3,400, a drop of 5% from last year.", "5%", "measure",
     "enrolment"),
    # "the rest" stands for the measure of the figure it is set against
    ("Brookfield scored 71 goals, nearly double the rest of the league.", "nearly double",
     "measure", "goal"),
    ("Lindow Town finished with 58 points, three clear of the rest.", "three clear",
     "measure", "point"),
    # near twins: a noun of change that is no change's measure is left as it is, and a
    # comparison that names its own measure keeps it
    ("Sales of the magazine slid to 90,000 copies, a fifth decline in a row.",
     "90,000 copies", "measure", "sale"),
    ("The bakery sold 400 loaves a day, twice the rest of the street combined.", "twice",
     "measure", "loaf"),
]


@pytest.mark.parametrize(("text", "figure", "field", "expected"), ROWS)
def test_row(text: str, figure: str, field: str, expected: Any) -> None:
    frame, frames = frame_of(text, figure)
    assert value(frame, frames, field) == expected
