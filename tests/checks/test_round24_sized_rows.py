"""FC207, round 24: rows in our own words (near-twins that must fire and must stay silent).

A whole, the count of its parts, then "of A, B and C" (factcheck.checks._sized): the
listed sizes are the parts, as many as the count says, and they must add to the whole
within their bands when the list is complete:
- a word that divides the whole ("were split into", "divided into") makes the parts its
  own whatever noun they carry ("48 entrants ... three heats of 17, 15 and 12 runners");
- a thing written with its size that has (words.tsv, class "has") just the parts counted,
  its own words only before the verb and the list closing the sentence ("The 42-km relay
  has three legs of 12 km, 14 km and 9 km.");
- not with other parts named before the count or after the list ("has a hall and three
  rooms of ..."), nor a list that leaves parts out ("includes", "among other ..."), nor
  a count that does not match the list, nor sizes that are shares.
"""

from __future__ import annotations

from tests.checks.rows import fires_test

SIZED = [
    # fire: the listed parts miss the whole
    ("The 10-mile charity walk has four stages of 3, 2, 2 and 1 miles.", True),
    ("The 120 delegates were divided into four panels of 35, 30, 25 and 20 members.", True),
    ("The £5m fund has two tranches of £2m and £2.5m.", True),
    ("The 96 recruits were split into three platoons of thirty, thirty-four and "
     "twenty-eight soldiers.", True),
    ("The 640-metre pipeline has two sections of 250 metres and 310 metres.", True),
    ("Last year the 1,500-page report had three volumes of 400, 500 and 450 pages.", True),
    ("The 72 players in the tournament are split into six groups of 12, 12, 12, 12, 12 "
     "and 9.", True),
    # silent: right sums
    ("The 10-mile charity walk has four stages of 3, 3, 2 and 2 miles.", False),
    ("The 120 delegates were divided into four panels of 35, 30, 30 and 25 members.", False),
    ("The £5m fund has two tranches of £2.5m and £2.5m.", False),
    ("The 96 recruits were split into three platoons of thirty-four, thirty-four and "
     "twenty-eight soldiers.", False),
    ("The 640-metre pipeline has two sections of 250 metres and 390 metres.", False),
    # silent: a whole with other parts named, before the count or after the list
    ("The 60 m² flat has a hall and three rooms of 12, 14 and 9 square metres.", False),
    ("The 60-square-metre flat has three rooms of 12, 14 and 9 square metres and a hall.",
     False),
    ("The 60-square-metre flat has three rooms of 12, 14 and 9 square metres, besides a "
     "kitchen.", False),
    ("The 26-mile route has three climbs of 2, 3 and 4 miles, among other hills.", False),
    # silent: sizes that are shares, a count the list does not match
    ("The 200-seat chamber has three parties of 40%, 35% and 20%.", False),
    ("The £90m budget has three lines of 20%, 30% and 25%.", False),
    ("The 42-kilometre relay has four legs of 12 km, 14 km and 9 km.", False),
]

test_sized = fires_test("FC207", SIZED)
