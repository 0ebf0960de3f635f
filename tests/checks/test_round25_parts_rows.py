"""FC207 and FC204, round 25: rows in our own words (near-twins that must fire and must
stay silent).

A whole fronted by "Of", its parts the objects of the main clause's verb, each after a
holder of its own, the later ones leaving the verb out (factcheck.checks._gapped_parts.
fronted_parts): the list may leave parts out (other parties, other buyers), so only parts
above the whole are wrong; not a part with a whole of its own, a verb written again, parts
of other years, or a part that counts a noun of its own.

A whole with "of N" before a verb of inclusion, where the extractor's noun runs on to the
verb ("fleet of 36 aircraft includes", "squad of 25 includes"): the part is among the
subject's members (factcheck.checks._included.includes_members), as when the noun stops
before the verb.
"""

from __future__ import annotations

from factcheck import check
from tests.checks.rows import fires_test

FRONTED = [
    # fire: the parts exceed the whole
    ("Of the 45 seats on the district council, Labour won 22, the Greens 14 and "
     "independents 11.", True),
    ("Of the 123 medals awarded at the games, Kenya took 48, Ethiopia 41 and Uganda 39.",
     True),
    ("Of the 12,350 tickets on sale, season-ticket holders bought 7,400 and members 5,100.",
     True),
    ("Of its 64 trainees, the Leeds office hired 35, Bristol 20 and Cardiff 12.", True),
    ("Of the 38 parcels left at the depot, Ana delivered twenty, Ben eleven and Cal nine.",
     True),
    # silent: the parts fit under the whole (some left over)
    ("Of the 45 seats on the district council, Labour won 22, the Greens 14 and "
     "independents 9.", False),
    ("Of the 123 medals awarded at the games, Kenya took 48, Ethiopia 41 and Uganda 29.",
     False),
    ("Of the 12,350 tickets on sale, season-ticket holders bought 7,400 and members 4,100.",
     False),
    # silent: parts of other years, a verb written again, a part with a whole of its own
    ("Of the 45 seats, Labour won 22 in 2019 and 25 in 2023.", False),
    ("Of the 45 seats, Labour won 22 and the Greens won 25.", False),
    ("Of the 45 seats, Labour won 22, up from 19, and the Greens 25.", False),
    ("Of its 60 trucks, the depot sent 35 north and the garage 31.", False),
    ("Of the 38 parcels left at the depot, Ana delivered twenty, Ben eleven and Cal seven.",
     False),
]

test_fronted = fires_test("FC207", FRONTED)

INCLUDED = [
    # fire: the extractor's noun runs on to the verb; the part is among the members
    ("The airline's fleet of 36 aircraft includes 41 turboprops leased from abroad.", True),
    ("Westvale's squad of 25 includes 28 players from the club's own academy.", True),
    ("A jury of 12 includes 14 women, the court heard.", True),
    ("The council's cabinet of nine includes 11 ministers.", True),
    # silent: the part fits; a size in other things; a verb that does not include
    ("The airline's fleet of 36 aircraft includes 31 turboprops leased from abroad.", False),
    ("Westvale's squad of 25 includes 18 players from the club's own academy.", False),
    ("The 20-room hotel includes 40 beds.", False),
    ("A jury of 12 heard from 14 women, the court was told.", False),
]

test_included = fires_test("FC204", INCLUDED)

# A part pointing back through "of its", its own noun narrowed by a name the parse takes
# for its subject ("4,300 of its Suffolk workers"): the possessive names the holder, the
# name narrows what is counted (fc204_part_exceeds_whole._holder), so the holder's count
# in the sentences before is the whole.
NARROWED_OF_ITS = [
    # fire
    ("Calder Mills employs 3,400 people in Yorkshire. On Monday it said 4,300 of its "
     "Yorkshire workers would move to a four-day week.", True),
    ("The Bexley trust employs 2,100 nurses. It said 2,600 of its London nurses had joined "
     "the strike.", True),
    ("The airline has 5,200 pilots. Some 6,100 of its Airbus pilots will retrain this year.",
     True),
    # silent: the part fits, or the name is another holder's, or no possessive points back
    ("Calder Mills employs 3,400 people in Yorkshire. On Monday it said 3,100 of its "
     "Yorkshire workers would move to a four-day week.", False),
    ("The Bexley trust employs 2,100 nurses. It said 1,600 of its London nurses had joined "
     "the strike.", False),
    ("The airline has 5,200 pilots. Some 6,100 of Airbus's pilots will retrain this year.",
     False),
    ("The airline has 5,200 pilots. Some 6,100 Airbus pilots will retrain this year.", False),
]

test_narrowed_of_its = fires_test("FC204", NARROWED_OF_ITS)

# A whole, a word that divides it, a colon, then a clause of the parts' own, its subject and
# verb longer than the 20 characters a bare colon allows (factcheck.checks._list_opening.
# _split_clause): the division is complete, so a sum either side of the whole is wrong; not
# a clause with a comma of its own, nor a list left open.
SPLIT_CLAUSE = [
    # fire
    ("The 17 charges were split: the jury convicted the driver on 11 and acquitted him on "
     "eight.", True),
    ("The 123 places were split: the university gave 78 to local pupils and 49 to others.",
     True),
    ("The 43 ponies were divided: the sanctuary kept 26 and rehomed 21.", True),
    ("The 29 appeals were split: the tribunal upheld 12 and dismissed 19.", True),
    # silent: right sums
    ("The 17 charges were split: the jury convicted the driver on 11 and acquitted him on "
     "six.", False),
    ("The 123 places were split: the university gave 78 to local pupils and 45 to others.",
     False),
    ("The 43 ponies were divided: the sanctuary kept 26 and rehomed 17.", False),
    # silent: a comma in the clause, a list left open, parts of another whole
    ("The 29 appeals were split: after a long hearing, the tribunal upheld 12 and dismissed "
     "19.", False),
    ("The 29 appeals were split: the tribunal upheld 12, dismissed 19 and sent 4 back, "
     "among other rulings.", False),
    ("The 29 appeals were split between two panels: one upheld 12 and the other dismissed 19 "
     "of last year's 31.", False),
]

test_split_clause = fires_test("FC207", SPLIT_CLAUSE)


def test_included_whole_written_without_its_verb() -> None:
    """The message shows the whole as the draft writes it, not the extractor's noun run on
    to the verb of inclusion."""
    found = [f.message for f in check("The airline's fleet of 36 aircraft includes 41 "
                                      "turboprops.", bundled=False).findings
             if f.code == "FC204"]
    assert len(found) == 1 and "36 aircraft:" in found[0] and "includes:" not in found[0]
