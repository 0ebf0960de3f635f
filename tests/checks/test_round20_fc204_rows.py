"""FC204, round 20: a verb of inclusion whose object names the part's noun before its
figure ("which includes long-term incentives of $6.8m"; factcheck.checks._included): the
verb before the noun is the part's verb, as it is right before a bare figure. Rows in our
own words: parts above their whole fire, near-twins stay silent."""

from __future__ import annotations

from tests.checks.rows import fires_test

INCLUDES_NOUN_OF = [
    # fire: the part named by a noun and "of" after the verb of inclusion
    ("Her pay package was $9.2 million, which includes long-term incentives of $13.8 "
     "million.", True),
    ("The club's budget this season is €4m and includes player wages of €5.5m.", True),
    ("The deal was worth $30m, which included performance bonuses of $42m.", True),
    ("The council's 640-hectare estate includes woodland of 820 hectares.", True),
    # silent: parts below their whole, or of another kind or unit
    ("Her pay package was $9.2 million, which includes long-term incentives of $3.8 "
     "million.", False),
    ("The club's budget this season is €4m and includes player wages of €2.5m.", False),
    ("The deal was worth $30m, which included performance bonuses of $12m.", False),
    ("The 12-day festival includes performances of 40 plays.", False),
    ("The zoo's 90 animals include a colony of 120 ants.", False),
    ("The pay deal of $9.2 million includes a cut of 13.8% in bonuses.", False),
]

test_includes_noun_of = fires_test("FC204", INCLUDES_NOUN_OF)
