"""FC207, round 27: rows in our own words (near twins that must fire and must stay silent).

A whole fronted by the compound preposition "Out of", read as "Of" is: the parse hangs its
"of" on "out" (factcheck.frames.nouns.of_objects, when the object holds a figure: not "out
of work"), and the sentence opens with it (factcheck.checks._list_opening.of_fronted).
"""

from __future__ import annotations

from tests.checks.rows import fires_test

OUT_OF = [
    # fire: the parts do not make the whole fronted by "Out of"
    ("Out of the 2,416 ballots, 1,312 were for the strike, 987 against and 43 spoiled.", True),
    ("Out of 75 bills, 41 were passed, 27 withdrawn and 12 defeated.", True),
    ("Out of their 34 league games, the Foxes won 13, drew 8 and lost 9.", True),
    ("Out of the 1,218 votes cast, 604 were for the deal, 571 against and 19 spoiled.", True),
    ("Out of 52 matches this season, Rovers have won 21, drawn 17 and lost 9.", True),
    # silent: the parts make the whole; parts of two sentences; a list that may leave
    # parts out and falls short; "out of" with no counted whole
    ("Out of the 2,416 ballots, 1,312 were for the strike, 1,061 against and 43 spoiled.",
     False),
    ("Out of 75 bills, 40 were passed, 23 withdrawn and 12 defeated.", False),
    ("Out of their 34 league games, the Foxes won 13, drew 8 and lost 13.", False),
    ("Out of 917 ballots, 452 went to Okafor. Lennox took 391 in the next ward.", False),
    ("Out of work for 14 months, 38 of the miners found jobs and 29 retired.", False),
]

test_out_of = fires_test("FC207", OUT_OF)
