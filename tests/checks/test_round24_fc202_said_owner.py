"""FC202 on a figure told again under a named owner's possessive inside reported speech
("Its chief said Kestrel's 122 buses were new" after "Kestrel Coaches runs 212 buses"):
the possessive name opens the figure's noun phrase as a sentence's first word does, so
its number is a count, not a label ("Boeing 737"); and a determiner before the verb of
saying ("Its chief") opens the speaker's phrase, not the possessor's, so its words do
not narrow the owner. Our own phrasings; near twins that must stay silent."""

from __future__ import annotations

import pytest

from factcheck import check

AS_OF = "2026-12-01"


def _fires(text: str) -> bool:
    return "FC202" in [f.code for f in check(text, as_of=AS_OF, bundled=False).findings]


@pytest.mark.parametrize(("text", "fires"), [
    ("Kestrel Coaches runs 212 buses across the region today. Its chief said Kestrel's 122 "
     "buses were all bought recently.", True),
    ("Halvard Freight employs 1,750 people. The union says Halvard's 1,570 workers will "
     "strike.", True),
    ("Dunmore Library holds 86,000 books. Its director said Dunmore's 68,000 books had all "
     "been catalogued.", True),
    ("The Arden ferry line operates nine vessels. A spokesman said Arden's seven vessels "
     "were all refitted last winter.", True),
    ("Brightwell Academy enrols 1,240 pupils. The head told parents that Brightwell's 1,420 "
     "pupils would return on Monday.", True),
    ("Corran Dairies milks 640 cows. Its owner told reporters Corran's 460 cows were all "
     "housed indoors.", True),
    # near twins: a narrowed group; another owner; another period; the same figure;
    # another measure of the workforce
    ("Kestrel Coaches runs 212 buses. Its chief said Kestrel's 40 electric buses were all "
     "bought recently.", False),
    ("Kestrel Coaches runs 212 buses. Its chief said Marden's 122 buses were older.", False),
    ("Dunmore Library holds 86,000 books. Its director said last year's 68,000 books had "
     "all been catalogued.", False),
    ("Kestrel Coaches runs 212 buses. Its chief said Kestrel's 212 buses were all bought "
     "recently.", False),
    ("Halvard Freight employs 1,750 people. The union says Halvard's 1,570 drivers will "
     "strike.", False),
    ("The mayor's salary is $95,000. The deputy mayor's salary is $59,000.", False),
])
def test_the_owner_told_again_in_reported_speech(text: str, fires: bool) -> None:
    assert _fires(text) == fires
