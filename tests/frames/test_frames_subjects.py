"""Frames' subjects from names the recogniser missed, one field per row (our own
phrasings): a proper noun in a subject's, possessive's or preposition's place, or
compounded into a noun of a kind of place or organisation ("the Kessel basin"), is a
name (names.sentence_entities, subject.named); one compounded into another noun ("Weil
disease") is not.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.frames.test_frames_classes import frame_of, known_miss, value

ROWS = [
    ("Fishermen in the Orme bay landed 900 tonnes of cod.", "900 tonnes", "subject", "Orme"),
    ("Floods in the Kessel basin have displaced 3,000 people.", "3,000 people", "subject",
     "Kessel"),
    ("Vandor's cabinet approved a plan that puts spending at 12 billion crowns.",
     "12 billion crowns", "subject", "Vandor"),
    ("Farmers along the Ebbe river lost 400 hectares of barley.", "400 hectares", "subject",
     "Ebbe"),
    # a place a clause happens "on" ("fell on Fenby"), as "in" and "at" (frames.tsv
    # subject_prep)
    ("Hail fell on Kirkwall for an hour, and 40 millimetres of rain followed.",
     "40 millimetres", "subject", "Kirkwall"),
    ("Nearly 30 centimetres of snow fell on Aberdeen on Sunday.", "Nearly 30 centimetres",
     "subject", "Aberdeen"),
    ("Storms dumped 80 millimetres of rain on Galway overnight.", "80 millimetres", "subject",
     "Galway"),
    # near twin: "on" and a day is no place
    ("Crowds of 9,000 gathered on Sunday.", "9,000", "subject", None),
    # a common noun that opens a sentence is no name, whatever the recogniser says
    ("Turnout in the Wexley ward was 38%.", "38%", "subject", "Wexley"),
    ("Rent prices in Carrick have risen 12% since 2022.", "12%", "subject", "Carrick"),
    ("Border guards at Tolm crossing found 14 kilograms of cannabis.", "14 kilograms",
     "subject", "Tolm"),
    # near twin: a singular noun standing alone may be a name the tagger misread
    ("Northland exported 41.6 million tonnes of coal in 2024.", "41.6 million tonnes",
     "subject", "Northland"),
    # a restatement in another unit, and a part, have the subject of what they restate or
    # belong to
    ("Temperatures in Kelso hit 41C (106F) on Friday.", "106F", "subject", "Kelso"),
    ("Kelmont Hall near Ripley has 40 rooms, of which 12 are suites.", "12", "subject",
     "Kelmont Hall"),
    known_miss("Holm Water said it lost 40 staff. The utility, said analyst Ada Roe, now "
               "has 900.", "900", "subject", "Holm Water",
               why="the parse makes 'The utility' the subject of the parenthetical "
                   "'said', so the reference back is read as a source"),
    # near twins: a name compounded into a noun of no kind of entity names none
    ("Cases of Weil disease rose to 40.", "40", "subject", None),
    ("Sales of Orme ales rose to 9,000 barrels.", "9,000 barrels", "subject", None),
]


@pytest.mark.parametrize(("text", "figure", "field", "expected"), ROWS)
def test_row(text: str, figure: str, field: str, expected: Any) -> None:
    frame, frames = frame_of(text, figure)
    assert value(frame, frames, field) == expected
