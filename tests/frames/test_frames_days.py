"""Frames' periods from days and clauses, one field per row (our own phrasings; as_of
2025-10-01, a Wednesday): a weekday dates its clause (days.py), "now" is as_of's day, and
a clause with its own subject and tense keeps its period phrases to itself (clauses.py,
timing._in_clause); near twins in one tense share them.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from tests.frames.test_frames_classes import AS_OF, frame_of, known_miss, value

MONDAY = (date(2025, 9, 29), date(2025, 9, 29))
SATURDAY = (date(2025, 9, 27), date(2025, 9, 27))
NOW = (AS_OF, AS_OF)

ROWS = [
    # a weekday dates the figures of its clause
    ("The ferry carried 1,850 cars on Monday.", "1,850 cars", "period", MONDAY),
    ("On Saturday, volunteers planted 500 trees in Holm Park.", "500 trees", "period",
     SATURDAY),
    ("Sunday's marathon drew 21,000 runners to Leeds.", "21,000 runners", "period",
     (date(2025, 9, 28), date(2025, 9, 28))),
    ("The index closed at 7,412 on Wednesday.", "7,412", "period", NOW),
    # "now", "today", "currently": as_of's day, and a year earlier is a year before it
    ("The choir now has 64 singers, up from 41 a year earlier.", "64 singers", "period", NOW),
    ("The choir now has 64 singers, up from 41 a year earlier.", "41", "period",
     (date(2024, 10, 1), date(2024, 10, 1))),
    ("Today the reservoir holds 62% of its capacity.", "62%", "period", NOW),
    # a clause in another tense does not share the period of the one it joins
    ("The ward has 32 beds, and it admitted 1,400 patients last year.", "32 beds", "period",
     None),
    ("The ward has 32 beds, and it admitted 1,400 patients last year.", "1,400 patients",
     "period", (date(2024, 1, 1), date(2024, 12, 31))),
    ("Dams were 45% full on Monday, and the board has ordered 12 new pumps.", "12 new pumps",
     "period", None),
    ("Fires have burned 900 hectares since Friday, and officials said 300 people had fled.",
     "300 people", "period", None),
    # near twins: the same tense goes on with the same story; an opening phrase holds for all
    ("Nurses walked out on Monday, and the clinic cancelled 220 appointments.",
     "220 appointments", "period", MONDAY),
    ("In 2024, exports rose to 900 tonnes and imports have fallen to 300 tonnes.",
     "300 tonnes", "period", (date(2024, 1, 1), date(2024, 12, 31))),
    ("Snow fell on Saturday and the river reached 2.1 metres that night.", "2.1 metres",
     "period", SATURDAY),
    # a fiscal year named with its last month; the previous year reads against it
    ("Dunmore Bank earned £1.2bn in the financial year to 31 March 2025, against £0.9bn in "
     "the previous year.", "£0.9bn", "period", (date(2023, 4, 1), date(2024, 3, 31))),
    ("In fiscal 2025, which ended in June, the miner lost $40m.", "$40m", "period",
     (date(2024, 7, 1), date(2025, 6, 30))),
    ("The council said on Tuesday that it had cut 40 posts.", "40 posts", "period", None),
    known_miss("The council confirmed on Tuesday that it had cut 40 posts.", "40 posts", "period",
               None, why="a day after a reporting verb dates the saying; periods.py knows "
                         "'said' and 'reported' but not the parse's reporting verbs"),
]


@pytest.mark.parametrize(("text", "figure", "field", "expected"), ROWS)
def test_row(text: str, figure: str, field: str, expected: Any) -> None:
    frame, frames = frame_of(text, figure)
    assert value(frame, frames, field) == expected
