"""Round 25, FC206 rows in our own words (near twins silent). "completed" and "planted"
were tried as founding verbs (words.tsv) and dropped: with an object they date a
person's deed, and a span after them is no thing's life ("She completed her degree in
2015 and has taught for 30 years")."""

from __future__ import annotations

from tests.checks.rows import fires_test

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
