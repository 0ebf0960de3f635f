"""Frames of real sentences, one field per row, for the classes the fifth frames pass
fixed (our own phrasings; each class has rows that fire and near twins that must not).
Rows as in test_frames_classes.py: (text, figure, field, expected)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.frames.test_frames_classes import frame_of, value

ROWS = [
    # a sentence naming nobody is about the entity its paragraph's subject phrase names,
    # also through a preposition of that phrase's noun ("Police in Marlcombe recorded
    # ... Car thefts rose": Marlcombe)
    ("Landlords in Corvath raised rents by 9% last year. Vacancies fell to 1,200.", "1,200",
     "subject", "Corvath"),
    ("Fishing crews from Ballen Harbour landed 3,400 tonnes of cod in 2024. Catches of "
     "haddock rose 12%.", "12%", "subject", "Ballen Harbour"),
    ("House prices in Fernley fell 3% in the year to March. Sales dropped to 2,150.",
     "2,150", "subject", "Fernley"),
    ("Drivers on the roads of Kelby County logged 9 million miles in 2024. Crashes fell to "
     "310.", "310", "subject", "Kelby County"),
    ("Nurses at Harwick Infirmary treated 5,200 patients in March. Complaints rose to 85.",
     "85", "subject", "Harwick Infirmary"),
    # near twins: a place on the verb, or an owned noun's place, is not the topic
    ("The company's depot in Askern shut in May. Sales fell 4%.", "4%", "subject", None),
    ("The river burst its banks at Holmby on Monday. About 300 homes were flooded.",
     "About 300 homes", "subject", None),
]


@pytest.mark.parametrize(("text", "figure", "field", "expected"), ROWS)
def test_row(text: str, figure: str, field: str, expected: Any) -> None:
    frame, frames = frame_of(text, figure)
    assert value(frame, frames, field) == expected
