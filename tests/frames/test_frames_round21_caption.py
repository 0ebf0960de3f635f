"""Frames rows for round 21 (r21-period; our own phrasings): a figure that completes a
noun phrase after a colon, the headline or caption form "<owner>'s <measure> in <year>:
<figure>" (frames.caption). The phrase before the colon names the figure's measure and
its period phrase dates the figure; a base ("since", "from", "than") dates nothing, a
figure with a year of its own keeps it, and a verb before the colon makes no caption.

Rows: (text, figure, field, expected).
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from tests.frames.period_rows import assert_field, year

AS_OF = "2026-06-01"
MARCH_2019 = date(2019, 3, 1), date(2019, 3, 31)

ROWS = [
    # the caption's year dates the figure after the colon
    ("Dunmore's jobless rate in March 2019: 4.2%.", "4.2%", "period", MARCH_2019),
    ("Average house price in Kelso for 2018: about £210,000.", "£210,000", "period",
     year(2018)),
    ("Teacher numbers at Arlen schools in 2015: 1,240 teachers.", "1,240", "period",
     year(2015)),
    ("The birth rate of Volta province in 2012: nine births per 1,000 people.",
     "nine births", "period", year(2012)),
    ("Norland's wheat harvest in 2021: 3.4 million tonnes.", "3.4 million", "period",
     year(2021)),
    # ... and its noun names what the figure measures
    ("Dunmore's jobless rate in March 2019: 4.2%.", "4.2%", "measure", "jobless rate"),
    ("Average house price in Kelso for 2018: about £210,000.", "£210,000", "measure",
     "average house price"),
    ("Norland's wheat harvest in 2021: 3.4 million tonnes.", "3.4 million", "measure",
     "wheat harvest"),
    # near twins: a base's year, a figure's own year, a verb before the colon
    ("Dunmore's jobless rate since 2015: 4.2%.", "4.2%", "period", None),
    ("Dunmore's jobless rate in 2019: 4.2%, up from 3.9% in 2017.", "3.9%", "period",
     year(2017)),
    ("Dunmore's jobless rate: 4.2% in 2019.", "4.2%", "period", year(2019)),
    ("The council said in 2019: 400 homes will be built.", "400 homes", "period", None),
    ("Kelso's jobless rate, higher than in 2012: 4.2%.", "4.2%", "period", None),
    # a fronted phrase already dates its clause (kept)
    ("By 2000, the town had 12,000 residents.", "12,000", "period", year(2000)),
    ("As of 2015 the firm employed 4,000 people.", "4,000", "period", year(2015)),
]


@pytest.mark.parametrize(("text", "figure", "field", "expected"), ROWS)
def test_row(text: str, figure: str, field: str, expected: Any) -> None:
    assert_field(AS_OF, text, figure, field, expected)
