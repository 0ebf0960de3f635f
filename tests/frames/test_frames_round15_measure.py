"""Frames rows for the measure of round 15 (s15-measure; our own phrasings).

- A figure whose parse names nothing it measures, in a unit whose dimensions alone name
  what any figure in them measures (lexicon frames.tsv "named:": a temperature, an
  area), measures that: "Marrowby recorded 41.2C" -> temperature. A mass, a length or
  a time names no one thing (cargo, a crop, a height, a river's level, a wait), nor does
  a length per time (a speed, a yearly rainfall, a daily distance), so such a
  figure keeps no measure; a measure the parse names stays as it is.

Rows: (text, figure, expected): the whole measure phrase.
"""

from __future__ import annotations

import pytest

from tests.frames.period_rows import assert_field

AS_OF = "2026-06-01"

ROWS = [
    # the unit names the measure: degrees
    ("On Tuesday Marrowby recorded 41.2C, its hottest day since 1976.", "41.2C",
     "temperature"),
    ("Overnight Kelso dropped to minus 18C.", "minus 18C", "temperature"),
    ("At noon the thermometer in Ostby showed 97F.", "97F", "temperature"),
    # near twins: a measure the parse or a verb names stays (frames.tsv "measured:")
    ("The fire at Dunmere had spread to 620 hectares by Friday.", "620 hectares", "area"),
    ("Wildfires in Orsa have now burnt through 1,300 square kilometres.",
     "1,300 square kilometres", "area"),
    ("The sea temperature off Holm reached 24C in August.", "24C", "sea temperature"),
    ("Wind speed at Carrow Point peaked at 96 km/h.", "96 km/h", "wind speed"),
    # a length per time is no one thing: a speed, a yearly rainfall, a daily distance
    ("Westerholm gets about 1,150 millimetres a year.", "1,150 millimetres", None),
    ("Pilgrims leaving Tarva walk about 30 kilometres a day.", "30 kilometres", None),
    # a mass, a length or a time names no one thing
    ("The Tarn at Millbridge rose to 5.8 metres on Friday.", "5.8 metres", None),
    ("The ferry to Holm carried 92,000 tonnes in 2024.", "92,000 tonnes", "weight"),
    ("The queue at Brenmouth lasted 40 minutes on Saturday.", "40 minutes", "queue"),
]


@pytest.mark.parametrize(("text", "figure", "expected"), ROWS)
def test_row(text: str, figure: str, expected: str | None) -> None:
    assert_field(AS_OF, text, figure, "measure", expected)
