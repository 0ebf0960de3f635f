"""FC207, round 24: rows in our own words (near-twins that must fire and must stay silent).

A whole, the count of its parts, then "of A, B and C" (factcheck.checks._sized): the
listed sizes are the parts, as many as the count says, and they must add to the whole
within their bands when the list is complete:
- a word that divides the whole ("were split into", "divided into") makes the parts its
  own whatever noun they carry ("48 entrants ... three heats of 17, 15 and 12 runners");
- not after a verb of having, which does not say the list is the whole ("The 26-mile route
  has three climbs of 2, 3 and 4 miles": other stretches; "The 42-km relay has three legs
  of ..." is read the same way, by choice: a check that is unsure says nothing), nor a
  list that leaves parts out ("includes", "among other ..."), nor a count that does not
  match the list, nor sizes that are shares.

Parts named by day, then their sum over "the weekend" (factcheck.checks._days): the
weekend reads as Saturday and Sunday, or Friday and Saturday (story.tsv, one row per
reading), so parts on Friday and Saturday cover it; not parts on Thursday, a
stretch of a day ("Saturday morning"), days that leave a gap, nor parts cut two ways.
"""

from __future__ import annotations

import pytest

from tests.checks.rows import fires_test

SIZED = [
    # fire: the listed parts miss the whole
    ("The 120 delegates were divided into four panels of 35, 30, 25 and 20 members.", True),
    ("The 96 recruits were split into three platoons of thirty, thirty-four and "
     "twenty-eight soldiers.", True),
    ("The 72 players in the tournament are split into six groups of 12, 12, 12, 12, 12 "
     "and 9.", True),
    # silent: a verb of having does not say the parts are the whole
    ("The 10-mile charity walk has four stages of 3, 2, 2 and 1 miles.", False),
    ("The £5m fund has two tranches of £2m and £2.5m.", False),
    ("The 640-metre pipeline has two sections of 250 metres and 310 metres.", False),
    ("Last year the 1,500-page report had three volumes of 400, 500 and 450 pages.", False),
    ("The 26-mile route has three climbs of 2, 3 and 4 miles.", False),
    ("The 60 m² flat has three rooms of 12, 14 and 9 square metres.", False),
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

WEEKEND = [
    # fire: the parts by day miss the weekend's total
    ("The festival sold 4,210 tickets on Friday and 3,905 on Saturday, 9,115 across the "
     "weekend.", True),
    ("Volunteers planted 310 trees on Friday and 245 on Saturday, 655 over the weekend.",
     True),
    ("Lifeguards carried out seven rescues on Friday and eleven on Saturday, twenty over the "
     "weekend.", True),
    ("Over the weekend, police made 51 arrests: 17 on Friday and 26 on Saturday.", True),
    ("The shelter took in 14 dogs on Friday and 9 on Saturday, 26 during the weekend.", True),
    pytest.param("Forecasters recorded 12 mm of rain on Friday and 9 mm on Saturday, 25 mm "
                 "over the weekend.", True,
                 marks=pytest.mark.xfail(strict=True, reason="a part's own words ('of rain') "
                                         "are read as more than its day")),
    # silent: right sums
    ("The festival sold 4,210 tickets on Friday and 3,905 on Saturday, 8,115 across the "
     "weekend.", False),
    ("Volunteers planted 310 trees on Friday and 245 on Saturday, 555 over the weekend.",
     False),
    # silent: three days are no reading of the weekend (a long weekend, or a day besides)
    ("Paramedics treated 31 people on Friday, 44 on Saturday and 18 on Sunday, 103 over the "
     "weekend.", False),
    ("Lifeguards carried out seven rescues on Friday and eleven on Saturday, eighteen over "
     "the weekend.", False),
    ("Over the weekend, police made 43 arrests: 17 on Friday and 26 on Saturday.", False),
    # silent: days that do not cover the weekend, a stretch of a day, parts cut two ways
    ("The shelter took in 14 dogs on Thursday and 9 on Friday, 26 over the weekend.", False),
    ("The shelter took in 14 dogs on Friday and 9 on Saturday morning, 26 over the weekend.",
     False),
    ("The shelter took in 14 dogs on Friday and 9 on Sunday, 26 over the weekend.", False),
    ("The museum welcomed 870 adults on Friday and 1,140 children on Saturday, 2,110 over "
     "the weekend.", False),
]

test_weekend = fires_test("FC207", WEEKEND)
