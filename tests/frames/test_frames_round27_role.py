"""Frames of our own sentences for the role classes round 27 fixed (issue 15, FC207):

- a whole fronted by "Out of" is a whole as one fronted by "Of" is: the parse hangs the
  "of" on "out" (frames.nouns.of_objects), read only when its object holds a figure.
Rows: (text, figure, expected role)."""

from __future__ import annotations

import pytest

from factcheck import check

AS_OF = "2026-11-30"

CHANGED = [
    ("Out of the 640 pupils, 410 passed the test.", "410", "part"),
    ("Out of 2,310 ballots, 1,204 backed the offer.", "1,204", "part"),
    ("Out of its 96 beds, 60 are for surgery.", "60", "part"),
]

TWINS = [  # near twins the change must not move
    ("Some 212,000 people were out of work in May.", "212,000 people", "level"),
    ("The 1,200 flights out of Leeds were delayed.", "1,200 flights", "level"),
    ("Nine out of ten homes in the valley have fibre.", "Nine out of ten", "share"),
]


def _role(text: str, figure: str) -> str:
    report = check(text, as_of=AS_OF, bundled=False)
    found = [f for c, f in zip(report.claims, report.frames, strict=True)
             if figure in c.text or c.text in figure]
    assert found, f"{figure!r} not extracted from {text!r}"
    return found[0].role


@pytest.mark.parametrize(("text", "figure", "role"), CHANGED + TWINS)
def test_role(text: str, figure: str, role: str) -> None:
    assert _role(text, figure) == role
