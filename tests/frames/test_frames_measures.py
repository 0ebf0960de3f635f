"""Frames' measures, one field per row (our own phrasings): the head of the measure (its
last word, as DESIGN.md's "head noun's lemma with its modifiers") for the classes the
third frames pass fixed; each class has rows that fire and near twins that must not.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.frames.test_frames_classes import frame_of, known_miss, value

ROWS = [
    # a share's head is its whole; what its part is comes in front
    ("Three in ten drivers in Molde have never taken a motorway lesson.", "Three in ten",
     "measure", "driver"),
    ("Solar panels produced 14% of Tarvia's electricity in 2024.", "14%", "measure",
     "electricity"),
    ("At Brook Lane School, 81% of pupils passed their maths exam.", "81%",
     "measure", "pupil"),
    ("The plant ran at 64% of capacity last month.", "64%", "measure", "capacity"),
    # near twin: a share word names its own measure
    ("Wind's share of the grid rose to 31%.", "31%", "measure", "share"),
]


@pytest.mark.parametrize(("text", "figure", "field", "expected"), ROWS)
def test_row(text: str, figure: str, field: str, expected: Any) -> None:
    frame, frames = frame_of(text, figure)
    assert value(frame, frames, field) == expected


_ = known_miss
