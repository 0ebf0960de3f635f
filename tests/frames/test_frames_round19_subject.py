"""Frames of our own sentences for the subjects round 19 fixed (issue 14, blind set 16 and
the pool of spent blind sets). Each class has rows that change and near-twins that must
not. Rows: (text, figure, expected subject).

1. A share or part "of its X" refers back through "its"/"their" to whatever that pronoun
   refers to, its sentence's speaker included ("Harlow Ferries said 92% of its sailings
   ..."): noun_entity._whole_owner, resolved by antecedents.resolve.
2. A place the clause is in, written as a noun of a kind of place with its name
   compounded in front ("in Marsby district", "in the Lune valley"): subject._place.
3. A measure opening its sentence is no name, but its own phrase still names the subject
   ("Output at Harlow Steel's Penrith mill fell ..."): subject._clause.
"""

from __future__ import annotations

import pytest

from factcheck import check

AS_OF = "2025-09-01"
ROWS = [
    # 1. "of its X": the pronoun's entity, the speaker when nobody is named before
    ("Harlow Ferries said 92% of its sailings left on time in June.", "92%",
     "Harlow Ferries"),
    ("Pellow Foods says a third of its staff now work nights.", "a third", "Pellow Foods"),
    ("The Dunmore Trust said 40% of its homes need new roofs.", "40%", "Dunmore Trust"),
    ("Corvel Air said 15% of its flights were late in May and that 210 flights were "
     "cancelled.", "210 flights", "Corvel Air"),
    ("Kelby Rovers said two-thirds of their season tickets had been renewed.",
     "two-thirds", "Kelby Rovers"),
    # ... near-twins: a whole with a named owner; no owner at all; an antecedent before
    ("Harlow Ferries said 92% of Kelby's sailings left on time in June.", "92%", "Kelby"),
    ("Kelby Rovers sold 80% of their season tickets by June.", "80%", "Kelby Rovers"),
    ("Harlow Ferries said 92% of sailings left on time in June.", "92%", "Harlow Ferries"),
    ("Tarn Hospital is short of nurses. A union said 30% of its wards lack staff.", "30%",
     "Tarn Hospital"),
    # 2. a place noun with its name compounded in front, where the clause happens
    ("Farmers lost 3,100 sheep in Galloway region during the storm, against 900 in Wales.",
     "3,100 sheep", "Galloway"),
    ("Rangers counted 640 wolves in Brenna region in 2024, against 410 in Norway.",
     "640 wolves", "Brenna"),
    ("Crews have laid 120 km of cable in Tessel county, twice the length planned by "
     "Orvik.", "120 km", "Tessel"),
    # ... near-twins: the place unnamed; a place the recogniser reads alone
    ("Floods have covered 3,200 hectares in the district since May.", "3,200 hectares",
     None),
    ("Volunteers planted 41,000 trees in the Lune valley last winter, the Arden Trust "
     "said.", "41,000 trees", "Lune"),
    ("Volunteers planted 41,000 trees in Norway last winter, the Arden Trust said.",
     "41,000 trees", "Norway"),
    ("Crews have laid 120 km of cable in the county since March.", "120 km", None),
    # 3. a measure opening the sentence: its own phrase names whose it is
    ("Output at Harlow Steel's Penrith mill fell 8% in May.", "8%", "Harlow Steel"),
    ("Output at Kelby Brick's Arnside works rose to 2,100 tonnes a day.", "2,100 tonnes a day",
     "Kelby Brick"),
    ("Attendance at Orvik Council's Tessel library fell 14% last year.", "14%",
     "Orvik Council"),
    # ... near-twins: the measure alone; a named subject that is no measure
    ("Output fell 8% in May.", "8%", None),
    ("Output at Tarn Energy's Brack field fell by a tenth in March.", "a tenth",
     "Tarn Energy"),
    ("Output fell 8% in May at Harlow Steel.", "8%", "Harlow Steel"),
]


@pytest.mark.parametrize(("text", "figure", "expected"), ROWS)
def test_row(text: str, figure: str, expected: str | None) -> None:
    report = check(text, as_of=AS_OF, bundled=False)
    found = [f for f in report.frames if f.claim.text == figure]
    assert found, [f.claim.text for f in report.frames]
    assert found[0].subject == expected
