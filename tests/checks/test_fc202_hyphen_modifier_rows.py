"""FC202: a later count narrowed by a modifier between the figure and its noun, hyphenated
or not, is a part of the earlier figure's thing, not the thing told again
(factcheck.checks._own_phrase._after_figure): "the infirmary's 60 intensive-care beds"
after "480 beds" (the extractor's noun stops at the hyphen). Rows in our own words; the
same figure told again with no modifier, or with one the earlier sentence writes too,
still fires."""

from __future__ import annotations

import pytest

from tests.checks.rows import fires_test

ROWS = [
    # silent: a part narrowed by a hyphenated modifier the earlier sentence lacks
    ("St Mary's has 480 beds. Staff said St Mary's 60 intensive-care beds were full.",
     False),
    ("Kelso Library holds 52,000 books. The librarian said Kelso Library's 4,000 "
     "large-print books are on the ground floor.", False),
    ("Marden Council owns 3,100 homes. Officers said Marden Council's 400 two-bedroom "
     "homes need new roofs.", False),
    pytest.param("Harbor Transit runs 212 buses. Its chief said Harbor Transit's 40 "
                 "double-decker buses are the oldest.", False,
                 marks=pytest.mark.xfail(strict=True, reason="after 'Its chief said' the "
                                         "re-mention is read on another path")),
    ("The Royal Infirmary has 480 beds, the trust said. Nurses said the infirmary's 60 "
     "intensive-care beds were full on Monday.", False),
    ("The council owns 3,100 homes. The council's 400 one-bedroom homes are the most in "
     "demand.", False),
    ("The library holds 52,000 books. The library's 4,000 large-print books are on the "
     "ground floor.", False),
    ("The trust employs 8,200 staff. The trust's 600 part-time staff will get the rise in "
     "May.", False),
    ("Harbor Transit runs 212 buses. The operator's 40 double-decker buses date from 2015.",
     False),
    ("The zoo keeps 640 animals. The zoo's 85 cold-blooded animals live in the reptile "
     "house.", False),
    # fire: the same thing told again with another figure
    ("Westfield Hospital has 520 beds, the board said. Managers said the hospital's 250 "
     "beds were all in use.", True),
    ("The council owns 3,100 homes. The council's 1,300 homes need new roofs.", True),
    ("The council owns 3,100 council-built homes. The council's 1,300 council-built homes "
     "need new roofs.", True),
    ("Harbor Transit runs 212 buses. Its chief said Harbor Transit's 122 buses were all "
     "bought recently.", True),
]

test_hyphen_modifier = fires_test("FC202", ROWS)
