"""Frames of our own sentences for the period round 14 fixed (issue 14): a period phrase
inside a relative clause that ends its sentence ("... for a leak that killed 4,000 trout
in May.") dates that clause's event, not the figure outside it. The phrase read with the
sentence's full stop ("May.") reached past the parse's span of the clause
(timing._within). Rows: (text, figure, expected period or None)."""

from __future__ import annotations

from datetime import date

import pytest

from factcheck import check

AS_OF = "2026-07-02"
MAY = (date(2026, 5, 1), date(2026, 5, 31))
APRIL = (date(2026, 4, 1), date(2026, 4, 30))
MARCH = (date(2026, 3, 1), date(2026, 3, 31))

ROWS = [
    ("Harlow Foods was fined £2 million for a leak that poisoned 4,000 trout in the Arden "
     "in May.", "£2 million", None),
    ("Pellow Mining paid $3 million for a fire that destroyed 200 homes in April.",
     "$3 million", None),
    ("The council spent £4m on a bridge that collapsed in January.", "£4m", None),
    ("Kelby Water was fined £900,000 after a spill that killed 2,000 fish in March.",
     "£900,000", None),
    ("The trust raised £80,000 for a ward that opened in May.", "£80,000", None),
    # near-twins: the figure inside the clause keeps its period; a phrase of the figure's
    # own clause dates it
    ("Harlow Foods was fined £2 million for a leak that poisoned 4,000 trout in the Arden "
     "in May.", "4,000 trout", MAY),
    ("Pellow Mining paid $3 million for a fire that destroyed 200 homes in April.",
     "200 homes", APRIL),
    ("Kelby Water was fined £900,000 after a spill that killed 2,000 fish in March.",
     "2,000 fish", MARCH),
    ("Harlow Foods was fined £2 million in May for a leak.", "£2 million", MAY),
    ("Pellow Mining paid $3 million in April for a fire that destroyed homes.",
     "$3 million", APRIL),
]


@pytest.mark.parametrize(("text", "figure", "expected"), ROWS)
def test_row(text: str, figure: str, expected: tuple[date, date] | None) -> None:
    report = check(text, as_of=AS_OF, bundled=False)
    found = [f for f in report.frames if f.claim.text == figure]
    assert found, [f.claim.text for f in report.frames]
    assert found[0].period == expected
