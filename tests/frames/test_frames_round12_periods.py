"""Frames of real sentences for the periods the twelfth frames pass fixed (s12-14; our own
phrasings; each class has rows that fire and near twins that must not).
Rows: (as_of, text, figure, field, expected); a period is (first day, last day)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from tests.frames.period_rows import assert_field
from tests.frames.period_rows import day as _day
from tests.frames.period_rows import months as _months
from tests.frames.period_rows import year as _year

ROWS = [
    # a clause with its own subject that "after" or "before" sets apart is
    # another event: a period phrase outside it dates none of its figures, and one inside
    # it none outside (the parse's advcl and its mark)
    ("2026-11-30", "The Tarvo index fell 2% on Friday after the central bank raised its "
     "rate by half a point.", "half a point", "period", None),
    ("2026-11-30", "Sales at Morrow climbed 30% in May after the chain cut prices on 400 "
     "items.", "400 items", "period", None),
    ("2026-11-30", "Attendance at Hollin Park reached 52,000 on Saturday after the club "
     "lowered its ticket prices to £15.", "£15", "period", None),
    ("2026-11-30", "The blaze scorched 3,400 hectares of heath before firefighters put it "
     "out on Tuesday.", "3,400 hectares", "period", None),
    ("2026-11-30", "A storm dumped 80 millimetres of rain on Harl before forecasters "
     "issued a warning on Sunday.", "80 millimetres", "period", None),
    # near twins: the main clause keeps its own phrase; a "when" or "while" clause tells
    # the same time; a clause with no subject of its own goes on with the same event
    ("2026-11-30", "The Tarvo index fell 2% on Friday after the central bank raised its "
     "rate by half a point.", "2%", "period", _day(2026, 11, 27)),
    ("2026-11-30", "The Brisk works had 86 workers when it opened in 2010.", "86 workers",
     "period", _year(2010)),
    ("2026-11-30", "Orla's exports rose 4% in 2024 while its imports fell 2%.", "2%",
     "period", _year(2024)),
    ("2026-11-30", "Kessel Foods cut 300 jobs in March after posting a loss of $40 million.",
     "300 jobs", "period", _months(2026, 3, 3, 31)),
    # a period phrase after a semicolon dates no figure before it; one before it goes on
    ("2026-11-30", "The Harl reservoir holds 90 million litres when full; on Tuesday it was "
     "40% full.", "90 million litres", "period", None),
    ("2026-11-30", "Kirrow Abbey draws 80,000 visitors a year; its roof repairs now cost "
     "£2 million.", "80,000 visitors", "period", None),
    ("2026-11-30", "The Velm ferry carries 400 cars a day; last year it broke down 12 "
     "times.", "400 cars", "period", None),
    # near twins: the later statement keeps its phrase; one named before the semicolon
    # reaches on
    ("2026-11-30", "The Harl reservoir holds 90 million litres when full; on Tuesday it was "
     "40% full.", "40%", "period", _day(2026, 11, 24)),
    ("2026-11-30", "In 2024, Orla's exports rose to 400 tonnes; its imports fell to 200 "
     "tonnes.", "200 tonnes", "period", _year(2024)),
    ("2026-11-30", "Orla's exports rose 4% in 2024; its imports fell 2%.", "2%", "period",
     _year(2024)),
    # a change with no period of its own after "over the same period", "during that
    # period", "at the time" takes the period named before, not a guess from the figure
    # before it
    ("2026-11-30", "Police in Harl logged 980 thefts in the year to June, down 4% on the "
     "previous twelve months. Over the same period, car crime rose by 41 to 377.", "41",
     "period", (date(2025, 7, 1), date(2026, 6, 30))),
    ("2026-11-30", "Orla's hospitals treated 88,000 patients in the year to March. During "
     "that period, waiting lists grew by 4,100.", "4,100", "period",
     (date(2025, 4, 1), date(2026, 3, 31))),
    ("2026-11-30", "The Vell mine produced 9,000 ounces of gold in 2024. At the time, its "
     "workforce had shrunk by 120.", "120", "period", _year(2024)),
    # near twin: a change whose sentence names its own period keeps it
    ("2026-11-30", "Orla's hospitals treated 88,000 patients in the year to March. In "
     "2025, waiting lists grew by 4,100.", "4,100", "period", _year(2025)),
    # a figure set beside the one before as an apposition restates it: its period too
    ("2026-11-30", "Over the past five years the Skell marshes have shrunk by 900 "
     "hectares, a tenth of their area.", "a tenth", "period",
     (date(2021, 11, 30), date(2026, 11, 30))),
    ("2026-11-30", "In 2025 Kell Party took 900,000 votes, 22% of those cast.", "22%",
     "period", _year(2025)),
    ("2026-11-30", "Since 2020 the Orla forest has lost 4,000 hectares, some 9% of its "
     "cover.", "some 9%", "period", (date(2020, 1, 1), date(2026, 11, 30))),
    # near twin: a figure in a clause of its own after the comma keeps none
    ("2026-11-30", "Over the past five years the Skell marshes have shrunk by 900 "
     "hectares, and they now cover 8,100 hectares.", "8,100 hectares", "period",
     (date(2026, 11, 30), date(2026, 11, 30))),
]


@pytest.mark.parametrize(("as_of", "text", "figure", "field", "expected"), ROWS)
def test_row(as_of: str, text: str, figure: str, field: str, expected: Any) -> None:
    assert_field(as_of, text, figure, field, expected)
