"""Frames of our own sentences for the role classes round 27 fixed (issue 15, FC207):

- a count its words read as a rate ("N ... a X") is a level when it is its verb's subject
  and "a X" that verb's object: what each got (frames.clause_role.given_one); a base that
  hangs on the figure ("points a game", "pence a litre") keeps the rate;
- a whole fronted by "Out of" is a whole as one fronted by "Of" is: the parse hangs the
  "of" on "out" (frames.nouns.of_objects), read only when its object holds a figure.
Rows: (text, figure, expected role)."""

from __future__ import annotations

import pytest

from factcheck import check

AS_OF = "2026-11-30"

CHANGED = [
    ("Only 151 were offered a place on the course.", "151", "level"),
    ("About 1,200 people received a letter from the council.", "1,200 people", "level"),
    ("Eighteen months on, 64 firms have won a contract.", "64 firms", "level"),
    ("Out of the 640 pupils, 410 passed the test.", "410", "part"),
    ("Out of 2,310 ballots, 1,204 backed the offer.", "1,204", "part"),
    ("Out of its 96 beds, 60 are for surgery.", "60", "part"),
]

TWINS = [  # near twins the change must not move
    ("The striker averaged 24.6 points a game last season.", "24.6 points", "rate"),
    ("The bakery sells 900 loaves a week.", "900 loaves", "rate"),
    ("The ferry makes 14 crossings a day in summer.", "14 crossings", "rate"),
    ("Some 212,000 people were out of work in May.", "212,000 people", "level"),
    ("The 1,200 flights out of Leeds were delayed.", "1,200 flights", "level"),
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
