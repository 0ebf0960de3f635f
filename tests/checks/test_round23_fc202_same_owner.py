"""FC202 on a possessed figure told again ("the trust's 520 beds") after a nearer figure
of its unit that another thing holds ("a ward with 24 beds"): the thing named again is
the one written under the same possessor earlier ("The trust's 450 beds"), not the
nearest figure of the unit. Our own phrasings; near twins that must stay silent."""

from __future__ import annotations

import pytest

from factcheck import check

AS_OF = "2026-11-30"


def _fires(text: str) -> bool:
    return "FC202" in [f.code for f in check(text, as_of=AS_OF, bundled=False).findings]


@pytest.mark.parametrize(("text", "fires"), [
    ("The Hale trust's 450 beds were full all summer. It opened a ward with 24 beds in "
     "June.\n\nThe trust said the trust's 520 beds would not be enough.", True),
    ("The Marsh club's 1,200 members voted on the merger. A youth section with 80 members "
     "opened last month. The club's 2,100 members will meet again.", True),
    ("The library's 9,400 books were catalogued. A mobile van with 600 books now tours the "
     "villages.\n\nStaff said the library's 4,900 books needed new shelves.", True),
    ("The airline's 62 aircraft were grounded. A leasing firm with twelve aircraft offered "
     "help. The airline's 26 aircraft need new engines.", True),
    ("The depot's 340 buses run on diesel. A trial fleet with 15 buses runs on hydrogen. "
     "The depot's 430 buses will be replaced by 2030.", True),
    # near twins: the same figure; a narrowed group; another owner
    ("The Hale trust's 450 beds were full all summer. It opened a ward with 24 beds in "
     "June.\n\nThe trust said the trust's 450 beds would not be enough.", False),
    ("The Hale trust's 450 beds were full all summer. It opened a ward with 24 beds in "
     "June.\n\nThe trust said the trust's 520 surgical beds would not be enough.", False),
    ("The Hale trust's 450 beds were full all summer. It opened a ward with 24 beds in "
     "June.\n\nThe council said the county's 520 beds would not be enough.", False),
    ("The depot's 340 buses run on diesel. A trial fleet with 15 buses runs on hydrogen. "
     "The depot's 430 electric buses will be delivered by 2030.", False),
])
def test_the_same_owner_told_again(text: str, fires: bool) -> None:
    assert _fires(text) == fires
