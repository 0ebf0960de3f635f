"""Words the parser misreads at the head of a sentence. An opening time phrase without
its comma ("Between 2001 and 2009 turnout in Brill fell ...") does not swallow the noun
after it: the parser is given the comma (frames.opening), one character for one. A
chemical formula in capitals ("CO2 emissions in Chile") names the measure, not the
subject. Our own phrasings, one field per row; near twins where a word continues the
phrase or names a group."""

from __future__ import annotations

from typing import Any

import pytest

from factcheck.frames.opening import _gaps
from tests.frames.test_frames_classes import frame_of, value

ROWS = [
    ("Between 2001 and 2009 turnout in Brill fell by a fifth.", "a fifth", "measure",
     "turnout"),
    ("From 1990 to 2010 wheat yields in Carrow roughly doubled.", "roughly doubled", "measure",
     "yield"),
    ("In 2024 ferry fares on the Tarn route rose 12%.", "12%", "measure", "fare"),
    ("Since 2015 membership of the Orla rowing club has grown by 300.", "300", "measure",
     "membership"),
    ("During the 1990s rainfall at Kell averaged 820mm a year.", "820mm a year", "measure",
     "rainfall"),
    ("Between 2010 and 2020 exports of Halden salmon tripled.", "tripled", "measure",
     "export"),
]


@pytest.mark.parametrize(("text", "figure", "field", "expected"), ROWS)
def test_opening_time_phrase_keeps_the_subject(text: str, figure: str, field: str,
                                               expected: Any) -> None:
    frame, frames = frame_of(text, figure)
    assert value(frame, frames, field) == expected


@pytest.mark.parametrize(("text", "gaps"), [
    ("Between 2001 and 2009 turnout in Brill fell.", [21]),
    ("Prices rose. In 2024 fares rose 12%.", [20]),
    # near twins: a comma is there, or the next word goes on with the phrase
    ("Between 2001 and 2009, turnout in Brill fell.", []),
    ("In 2020 dollars the scheme cost £4 million.", []),
    ("In 2020 alone the club signed 12 players.", []),
    ("From 2001 to 2009 and again from 2015, turnout fell.", []),
    ("Turnout in 2009 fell by a fifth.", []),
])
def test_where_the_comma_goes(text: str, gaps: list[int]) -> None:
    assert _gaps(text) == gaps


FORMULAS = [
    ("CO2 emissions in Chile rose 40% between 2000 and 2020.", "40%", "Chile"),
    ("NO2 levels in Leeds fell by a third in 2020.", "a third", "Leeds"),
    ("PM2.5 concentrations in Delhi averaged 98 micrograms per cubic metre last year.",
     "98 micrograms per cubic metre", "Delhi"),
    ("By 1995 the SO2 output of Poland had fallen to 2.4 million tonnes.",
     "2.4 million tonnes", "Poland"),
    # near twins: one letter with digits names a group or a model, which may be the
    # subject
    ("The G20 economies grew 3% in 2019.", "3%", "G20"),
]


@pytest.mark.parametrize(("text", "figure", "subject"), FORMULAS)
def test_a_chemical_formula_is_a_measure_not_a_subject(text: str, figure: str,
                                                       subject: str) -> None:
    frame, frames = frame_of(text, figure)
    assert value(frame, frames, "subject") == subject
