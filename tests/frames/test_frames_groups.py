"""Frames of a people's measures (our own phrasings; rows as in test_frames_classes.py:
(text, figure, field, expected)): years lived are life expectancy, of a part of the people
when the subject is one ("women"); a measure "among" a group of a people carries the
group; "per capita" stays in the measure; a share's subject is the owner of its whole
("coal's share of Peru's electricity": Peru), its possessor the kind of share; a count
a verb reports measures what it counts ("reported 1,200 cases of dengue")."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from tests.frames.test_frames_classes import frame_of, value


def whole_measure(frame: Any, frames: Any, field: str) -> Any:
    """The field, with the measure compared whole (not only its head)."""
    return frame.measure if field == "measure" else value(frame, frames, field)

ROWS = [
    # years lived by a people
    ("Bolivians now live about 15 years longer than they did in 1990.", "about 15 years",
     "measure", "life expectancy"),
    ("On average, Estonians lived 78 years in 2019.", "78 years", "measure",
     "life expectancy"),
    ("Newborns in Laos can expect to live 68 years, the ministry says.", "68 years",
     "measure", "life expectancy"),
    ("Finnish women live 84 years on average.", "84 years", "measure",
     "woman life expectancy"),
    # near twins: a person's stay, a firm's age
    ("The mayor has lived in Tarvos for 22 years.", "22 years", "measure", "mayor"),
    ("Maria Lund lived 96 years and never left the island.", "96 years", "measure", None),
    # a measure among a group of a people
    ("Unemployment among young Greeks reached 44% in 2014.", "44%", "measure",
     "young unemployment"),
    ("Obesity among adult Danes rose to 17% last year.", "17%", "measure",
     "adult obesity"),
    ("Unemployment among Greeks reached 27% in 2013.", "27%", "measure", "unemployment"),
    # per head
    ("Norway's GDP per capita was $87,000 in 2022.", "$87,000", "measure",
     "gdp per capita"),
    ("Qatar's emissions per person reached 37 tonnes in 2021.", "37 tonnes", "measure",
     "emission per person"),
    ("Norway's GDP was $580 billion in 2022.", "$580 billion", "measure", "gdp"),
    # a share of a place's whole
    ("Coal's share of Peru's electricity fell to 3% in 2021.", "3%", "subject", "Peru"),
    ("Hydropower supplied more than half of Peru's electricity in 2021.",
     "more than half", "subject", "Peru"),
    ("Wind's share of the electricity in Uruguay tripled between 2012 and 2016.", "tripled",
     "subject", "Uruguay"),
    ("Coal's share of Peru's electricity fell to 3% in 2021.", "3%", "measure",
     "electricity coal share"),
    # what a reported count counts is its measure, with what it is "of"
    ("Officials reported 1,200 cases of dengue in Fiji last year.", "1,200 cases", "measure",
     "dengue case"),
    ("The health agency reported 870 cases of tuberculosis in Oregon in 2023.", "870 cases",
     "measure", "tuberculosis case"),
    ("Peru reported 60 outbreaks of anthrax in 2021.", "60 outbreaks", "measure",
     "anthrax outbreak"),
    # a verb of emitting carries the measure, as one of exporting does
    ("Mexico emitted 480 million tonnes of carbon dioxide in 2021.", "480 million tonnes",
     "measure", "carbon dioxide emission"),
    ("Steelworks in Ohio emit 9 million tonnes of CO2 a year.", "9 million tonnes",
     "measure", "co2 emission"),
    ("Kenya exported 2 million tonnes of tea in 2020.", "2 million tonnes", "measure",
     "tea export"),
    # a disease's acronym is part of the measure, a place's is not
    ("Peru's TB death toll rose to 3,000 in 2019.", "3,000", "measure", "tb death toll"),
    ("Uganda's HIV infections fell to 38,000 in 2021.", "38,000", "measure",
     "hiv infection"),
    ("The UK death toll reached 1,700 in 2021.", "1,700", "measure", "death toll"),
    # an age band is part of the measure, even when the tagger takes it for a name
    ("Italy's over-65 population passed 14 million in 2023.", "passed 14 million",
     "measure", "over-65 population"),
    ("Niger's under-5 population grew to 5 million in 2020.", "5 million", "measure",
     "under-5 population"),
    ("Japan's over-80 population reached 12 million in 2022.", "12 million", "measure",
     "over-80 population"),
    ("Italy's population reached 59 million in 2023.", "59 million", "measure",
     "population"),
    # a period told for one entity is not carried to another's sentence
    ("In Ardley, 61% of members backed the merger last year. In nearby Corfe, 52% of "
     "members rejected it.", "52%", "period", None),
    ("Brindle Foods sold 4,000 vans last year. Marsh Motors sold 2,500.", "2,500", "period",
     None),
    ("Brindle Foods sold 4,000 vans last year. It also hired 300 drivers.", "300 drivers",
     "period", (date(2024, 1, 1), date(2024, 12, 31))),  # as_of 2025-10-01
    # near twin: a place's own share keeps the place
    ("Peru's share of world copper output was 10% in 2021.", "10%", "subject", "Peru"),
]


@pytest.mark.parametrize(("text", "figure", "field", "expected"), ROWS)
def test_row(text: str, figure: str, field: str, expected: Any) -> None:
    frame, frames = frame_of(text, figure)
    assert whole_measure(frame, frames, field) == expected
