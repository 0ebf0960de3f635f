"""A figure said of one person standing for a people is measured per head, and that
person's people are its subject (frames.per_head); a figure is never its own subject; a
verb stating a level names no area done ("reached 1.3m hectares"). Our own phrasings."""

from __future__ import annotations

from typing import Any

import pytest

from tests.frames.test_frames_classes import frame_of, value

ROWS = [
    # one of a people, picked out as any one: per capita, the people the subject
    ("The average Dane threw away 390 kg of food waste in 2022.", "390 kg", "measure",
     "capita"),
    ("The average Dane threw away 390 kg of food waste in 2022.", "390 kg", "subject",
     "Dane"),
    ("Each Chilean ate 28 kilograms of bread last year.", "28 kilograms", "measure", "capita"),
    ("A typical resident of Oslo used 190 litres of water a day.", "190 litres of water a day",
     "measure", "capita"),
    ("In 2021 the Finns drank 12 kg of coffee each.", "12 kg", "measure", "capita"),
    # near twins: the people together, a firm, a worker or a household are no head count
    ("Danes threw away 700,000 tonnes of food in 2022.", "700,000 tonnes", "measure",
     "food"),
    ("The average household spent £640 on energy in March.", "£640", "measure",
     "spending"),  # household spending (frames.nominal), not per capita
    ("The average worker at the plant earned £31,000.", "£31,000", "subject", None),
    ("Median pay in Lisk is £610 a week.", "£610 a week", "measure", "pay"),
    # a figure is never its own subject
    ("Sea temperatures climbed by 0.4C between June and July.", "0.4C", "subject", None),
    # a verb stating a level names no area done; the area the fire burned is one
    ("Forest loss in the valley reached 1,300 hectares in 2021.", "1,300 hectares",
     "measure", "loss"),
    ("The blaze burned 2,300 hectares.", "2,300 hectares", "measure", "area"),
]


@pytest.mark.parametrize(("text", "figure", "field", "expected"), ROWS)
def test_row(text: str, figure: str, field: str, expected: Any) -> None:
    frame, frames = frame_of(text, figure)
    assert value(frame, frames, field) == expected
