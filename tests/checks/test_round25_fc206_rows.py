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

# An age in words after "at" is an age at an event (factcheck.checks._worded_ages): exact
# to the one year its own clause names ("at twenty-two when she took over in 2021"),
# never higher than the age now when its clause names none; a year in another clause
# ("and retired in 2010") dates something else.
AT_EVENT_ROWS = [
    ("Ms Okoro, who was born in 1990, became chief executive at twenty-two when she took "
     "over in 2021.", True),
    ("Born in 1961, Hale won his first title at nineteen in 1985.", True),
    ("Reyes, born in 1975, was elected mayor at thirty in 2012.", True),
    ("Born in 1980, Quinn left school at sixteen when the mill closed in 2001.", True),
    # near twins: the age fits its year, the event is undated, or the year is another
    # clause's
    ("Ms Okoro, who was born in 1990, became chief executive at thirty-one when she took "
     "over in 2021.", False),
    ("Born in 1961, Hale won his first title at twenty-four in 1985.", False),
    ("The poet, born in 1950, published her first book at forty.", False),
    ("Born in 1950, she started work at sixteen and retired in 2010.", False),
    ("Born in 1950, she left school at sixteen, and in 1990 she founded the firm.", False),
]

test_worded_age_at_an_event = fires_test("FC206", AT_EVENT_ROWS)
