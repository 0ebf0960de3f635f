"""Frames' subjects from names the recogniser missed, one field per row (our own
phrasings): a proper noun in a subject's, possessive's or preposition's place, or
compounded into a noun of a kind of place or organisation ("the Kessel basin"), is a
name (names.sentence_entities, subject.named); one compounded into another noun ("Weil
disease") is not.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.frames.test_frames_classes import frame_of, value

ROWS = [
    ("Fishermen in the Orme bay landed 900 tonnes of cod.", "900 tonnes", "subject", "Orme"),
    ("Floods in the Kessel basin have displaced 3,000 people.", "3,000 people", "subject",
     "Kessel"),
    ("Vandor's cabinet approved a plan that puts spending at 12 billion crowns.",
     "12 billion crowns", "subject", "Vandor"),
    ("Farmers along the Ebbe river lost 400 hectares of barley.", "400 hectares", "subject",
     "Ebbe"),
    # near twins: a name compounded into a noun of no kind of entity names none
    ("Cases of Weil disease rose to 40.", "40", "subject", None),
    ("Sales of Orme ales rose to 9,000 barrels.", "9,000 barrels", "subject", None),
]


@pytest.mark.parametrize(("text", "figure", "field", "expected"), ROWS)
def test_row(text: str, figure: str, field: str, expected: Any) -> None:
    frame, frames = frame_of(text, figure)
    assert value(frame, frames, field) == expected
