"""FC207, round 18: a total stated first and its list read in three more shapes (rows in
our own words: sums that now fire, then near-twins that must stay silent).

- the total is the subject of a copula whose complement is the list, each part with a
  noun of its own ("The 40 riders were 25 ..."): checks._list_opening.copula_list;
- a list after a colon whose verb is written once and left out of its one later item
  ("...: 2,100 were booked by schools and 1,300 by families"): checks._sums.listed_once
  with two items when the list is complete;
- a count of the parts right after the whole with only a word of extent between ("covers
  42 km in three legs of ..."): checks._sized, complete.
"""

from __future__ import annotations

from tests.checks.rows import finds, fires_test

COPULA = [
    ("The 42 finalists this year are 17 women and 21 men.", True),
    ("The hospital's 290 staff are 190 nurses, 85 doctors and 45 porters.", True),
    ("The 12 boats in the race were five yachts, four catamarans and two dinghies.", True),
    ("The museum's 64 paintings are 40 oils and 21 watercolours.", True),
    ("The 12 boats in the race were five yachts, four catamarans and three dinghies.", False),
    ("The museum's 64 paintings include 40 oils and 21 watercolours.", False),
    ("The museum's 64 paintings are 40 oils and 21 of them portraits.", False),
    ("The 64 paintings were 40 years in storage and 21 years on loan.", False),
    ("The 310 staff are 190 more than last year.", False),
    ("The 310 staff are 190 nurses and 85 nurses on nights.", False),
]

ONCE = [
    ("The appeal raised £9,400: £6,100 was given online and £2,800 at the door.", True),
    ("Attendance reached 15,200: 9,800 tickets were sold in advance and 4,900 on the day.",
     True),
    ("The tour sold 3,600 seats: 2,100 were booked by schools and 1,300 by families.", True),
    ("The appeal raised £9,400: £6,100 was given online and £3,300 at the door.", False),
    ("The appeal raised £9,400: £6,100 was given online and £2,800 was spent on costs.",
     False),
    ("Attendance reached 15,200: 9,800 tickets were sold in advance and 4,900 of them to "
     "members.", False),
    ("Attendance reached 15,200, with 9,800 tickets sold in advance and 4,900 on the day.",
     False),
    ("Attendance reached 15,200: 9,800 tickets were sold in advance and 4,900 were sold to "
     "members.", False),
]

EXTENT = [
    ("The charity relay covers 42 km in three legs of 12 km, 14 km and 9 km.", True),
    ("The course runs 21 km across four loops of 5 km, 6 km, 4 km and 4 km.", True),
    ("The canal trail runs 30 miles in three sections of 8, 9 and 10 miles.", True),
    ("The ferry crossing takes 95 minutes in two legs of 40 minutes and 45 minutes.", True),
    ("The charity relay covers 42 km in three legs of 12 km, 14 km and 16 km.", False),
    ("The 26-mile route has three climbs of 2, 3 and 4 miles.", False),
    ("The relay covers 42 km, with three hill climbs of 12 km, 14 km and 9 km.", False),
    ("The relay covers 42 km and three legs of 12 km, 14 km and 9 km are on roads.", False),
]


test_total_first = fires_test("FC207", COPULA + ONCE + EXTENT)


def test_count_after_over() -> None:
    # "over" between "96 miles" and "five stages" spreads one across the other (extract/spread.py)
    assert finds("The pilgrimage covers 96 miles over five stages of 18, 22, 19, 17 and "
                 "14 miles.", "FC207")
