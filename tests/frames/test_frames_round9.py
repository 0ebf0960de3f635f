"""Frames of real sentences for the subjects and measures the ninth frames pass fixed (our
own phrasings; each class has rows that fire and near twins that must not).
Rows: (as_of, text, figure, field, expected)."""

from __future__ import annotations

from typing import Any

import pytest

from factcheck import check

OCT = "2025-10-14"
ROWS = [
    # a sentence that names nobody carries on the subject of the figure before it in its
    # paragraph, when the entity named there is no clause's subject
    (OCT, "Floods cut off 40 villages in Arvale province on Friday. About 2,000 people "
     "left their homes, rescuers said.", "About 2,000 people", "subject", "Arvale"),
    (OCT, "A gas leak at a factory near Tolvik forced 600 workers out on Tuesday. Nine "
     "were treated in hospital.", "Nine", "subject", "Tolvik"),
    (OCT, "Snow closed 120 schools in Bredon on Monday. About 30,000 pupils stayed home.",
     "About 30,000 pupils", "subject", "Bredon"),
    (OCT, "Thieves took 14 paintings from a gallery in Ravensholt last night. The haul is "
     "worth £3 million, the police believe.", "£3 million", "subject", "Ravensholt"),
    # near twins: a new paragraph starts afresh; a sentence naming its own entity keeps it
    (OCT, "Floods cut off 40 villages in Arvale province on Friday.\n\nAbout 2,000 people "
     "left their homes, rescuers said.", "About 2,000 people", "subject", None),
    (OCT, "Floods cut off 40 villages in Arvale province on Friday. About 2,000 people in "
     "Bresk left their homes.", "About 2,000 people", "subject", "Bresk"),
]


@pytest.mark.parametrize(("as_of", "text", "figure", "field", "expected"), ROWS)
def test_row(as_of: str, text: str, figure: str, field: str, expected: Any) -> None:
    report = check(text, as_of=as_of, bundled=False)
    found = [f for f in report.frames if f.claim.text == figure]
    assert found, [f.claim.text for f in report.frames]
    assert getattr(found[0], field) == expected
