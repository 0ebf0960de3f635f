"""Round 21, FC203: a change with both its levels in its own sentence, the level before
introduced after the level after: "compared with" past a dated phrase of the level after
("to 4,100 in October, compared with 4,900 a year earlier"), or "than" right after a
comparative change that restates the level before it ("8,400 tonnes, 5% lower than the
9,900 tonnes"): factcheck.checks._changes (_against, _levels). Our own phrasings in
several beats; near twins with the right arithmetic, another place's level, a level of
another thing far from the change, a comparison with another change, must stay silent."""

from __future__ import annotations

from tests.checks.rows import fires_test

COMPARED_ROWS = [
    # the level after, a phrase dating it, then the level before after "compared with"
    ("Ticket sales at the Orpheum fell 30% to 4,100 in October, compared with 4,900 a year "
     "earlier.", True),
    ("Exports of barley rose 12% to 61,000 tonnes last year, compared with 48,000 tonnes in "
     "2023.", True),
    ("Passenger numbers at Tarvin station climbed forty per cent to 2.8 million in the "
     "spring, against 2.4 million a year before.", True),
    # near twins: the right change
    ("Ticket sales at the Orpheum fell 16% to 4,100 in October, compared with 4,900 a year "
     "earlier.", False),
    ("Exports of barley rose 27% to 61,000 tonnes last year, compared with 48,000 tonnes in "
     "2023.", False),
    # another place's level, a level of another thing far off the change
    ("Ticket sales at the Orpheum fell 30% to 4,100 in Leeds, compared with 4,900 in York.",
     False),
    ("Exports of barley rose 12% to 61,000 tonnes last year, compared with 9,000 tonnes of "
     "oats.", False),
]

test_compared_past_a_date = fires_test("FC203", COMPARED_ROWS)

THAN_ROWS = [
    # a level, then a comparative change whose base follows "than"
    ("Attendance at the derby was 31,200, 18% higher than the 22,500 who came last season.",
     True),
    ("The apple harvest was 8,400 tonnes, 5% lower than the 9,900 tonnes picked in 2023.",
     True),
    ("The ferry carried 640,000 passengers, twelve per cent fewer than the 800,000 it "
     "carried in 2019.", True),
    # near twins: the right change, and a change compared with another change
    ("Attendance at the derby was 31,200, 39% higher than the 22,500 who came last season.",
     False),
    ("The apple harvest was 8,400 tonnes, 15% lower than the 9,900 tonnes picked in 2023.",
     False),
    ("Shares of Orlen rose 4% to 61 pence, more than the 3% gain of the index.", False),
]

test_than_after_comparative = fires_test("FC203", THAN_ROWS)

POINTS_ROWS = [
    # two percentages dated to two periods, then their difference stated in points
    ("Unemployment in Dunmore stood at 8% in January and at 6% in June, a drop of 4 "
     "points.", True),
    ("Support for the bypass was 38% in March and 51% in October, a rise of nine "
     "percentage points.", True),
    ("Kelby's recycling rate was 41% in 2022 and 47% in 2024, a rise of 11 points, the "
     "council said.", True),
    # near twins: the right difference, one time for both, a count of points
    ("Unemployment in Dunmore stood at 8% in January and at 6% in June, a drop of 2 "
     "points.", False),
    ("Support for the bypass was 38% in March and 51% in October, a rise of 13 "
     "percentage points.", False),
    ("The striker scored 38% of his shots in March and 51% in October, and added 9 points.",
     False),
    # a target the frames compare a level with is no end of the change
    ("In June 64% of trains ran on time, short of the 70% goal and up from 61% in 2024, a "
     "rise of 3 points.", False),
]

test_points_after_two_levels = fires_test("FC203", POINTS_ROWS)
