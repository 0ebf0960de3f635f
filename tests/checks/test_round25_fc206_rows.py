"""Round 25, FC206: a thing's life may start when it was completed or planted ("The
viaduct, completed in 1874, ..."; "The oak, planted in 1846, ..."): words.tsv, class
"founding", so its age ("turns 85 next year", "is now 300 years old") counts from that
year. Our own phrasings; near twins whose age is right, or whose verb has an object (a
person's deed, not the thing's start), stay silent."""

from __future__ import annotations

from tests.checks.rows import fires_test

COMPLETED_ROWS = [
    ("The Tyne swing bridge, completed in 1932, turns 85 next year.", True),
    ("Completed in 1990, the stadium is 25 years old.", True),
    ("The oak on the green, planted in 1846, is now 300 years old.", True),
    ("The town hall was completed in 1902 and turns 120 next year.", True),
    ("The viaduct, completed in 1874, turns 140 this year.", True),
    # near twins: the age is right, or the verb takes an object
    ("The Tyne swing bridge, completed in 1932, turns 95 next year.", False),
    ("The stadium, completed in 1990, is 36 years old.", False),
    ("The oak on the green, planted in 1846, is now 180 years old.", False),
    ("She completed the course in 2010 and turns 40 next year.", False),
    ("He planted the hedge in 1990 and turns 70 this spring.", False),
]

test_completed_or_planted_starts_a_life = fires_test("FC206", COMPLETED_ROWS)
