"""FC207, round 18: a record, a first part written with its whole and the other parts each
led by a verb of its own that together name a partition ("won 11 of their 28 games, drew 8
and lost 9": checks._records, story.tsv class "partition:results"). Rows in our own words:
records that do not add up, then near-twins that must stay silent (a record that adds up,
a result left out, a verb of another kind, a part with a noun or a scope of its own).
"""

from __future__ import annotations

import pytest

from tests.checks.rows import finds, fires_test

ROWS = [
    ("Rovers won 14 of their 30 league games, drew 9 and lost 5.", True),
    ("The champions won 27 of 38 games, drew 8 and lost 6.", True),
    ("The side won 18 of their 40 games, drew 12 and lost 7.", True),
    ("Last season the club won 21 of its 46 matches, drew 12 and lost 10.", True),
    ("The reserves won 7 of their 16 fixtures, drew 5 and lost 6.", True),
    ("The team won 9 of its 20 matches, drew 6 and lost 5.", False),
    ("The team won 9 of its 20 matches and lost 4.", False),
    ("The team won 9 of its 20 matches, scored 31 and lost 4.", False),
    ("The team won 9 of its 20 matches, drew 6 and lost 4 players to injury.", False),
    ("The team won 9 of its 20 matches, drew 6 and conceded 4.", False),
    ("The side won 18 of their 40 games, drew 12 and lost 7 of those at home.", False),
]


test_record = fires_test("FC207", ROWS)


@pytest.mark.xfail(strict=True, reason="'drew six' is not extracted: a number word after "
                   "a verb of a result")
def test_record_in_words() -> None:
    assert finds("The team won 9 of its 20 matches, drew six and lost four.", "FC207")
