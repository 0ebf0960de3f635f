"""Frames' measures for the classes the tenth round fixed (our own phrasings, one field per
row): each class has rows that fire and near twins that must not."""

from __future__ import annotations

from typing import Any

import pytest

from tests.frames.test_frames_classes import frame_of, value

ROWS = [
    # an activity named by a verb's -ing form as the clause's subject is the measure
    ("Spending on rural roads rose to £4 billion last year.", "£4 billion", "measure",
     "spending"),
    ("Smoking among teenagers fell 20% in a decade.", "20%", "measure", "smoking"),
    ("Lending to small firms has been 8% lower this year.", "8%", "measure", "lending"),
    ("Shipping through the canal dropped by a third after the landslide.", "a third",
     "measure", "shipping"),
    ("Walking to school is up 6% since 2019.", "up 6%", "measure", "walking"),
    # near twins: a gerund with its own object or subject is a clause, not an activity noun
    ("Building 300 homes cost the council £90 million.", "300 homes", "measure", "home"),
    ("Cyclists using the bridge rose to 4,100 a day.", "4,100", "measure", "cyclist"),
    ("Attendance at the museum is up 12% on last year.", "up 12%", "measure", "attendance"),
    # "by" hung on a noun inside the verb's object still says what the verb moved
    ("The new drug cut the risk of a second heart attack by 27%.", "27%", "measure", "risk"),
    ("The new drug cut the risk of a second heart attack by 27%.", "27%", "role", "change"),
    ("Regulators trimmed the number of licences for taxis by 200.", "200", "measure",
     "licence"),
    ("The bakery raised the price of a white loaf by 12p in March.", "12p", "measure",
     "price"),
    ("The board raised the fee for a visit to the clinic by 4%.", "4%", "role", "change"),
    # near twins: "by" under a verb that moves nothing, or an agent, is no change
    ("The hall was filled by 900 guests.", "900 guests", "measure", "guest"),
    ("The council paid for the repairs by selling 12 flats.", "12 flats", "role", "level"),
]


@pytest.mark.parametrize(("text", "figure", "field", "expected"), ROWS)
def test_row(text: str, figure: str, field: str, expected: Any) -> None:
    frame, frames = frame_of(text, figure)
    assert value(frame, frames, field) == expected
