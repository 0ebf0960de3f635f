"""Round 20, FC203: a change named by what it measures ("enrolment", "traffic", "the
drive") whose two levels, in the next sentences, count the same subject under another
noun ("pupils", "boats", "the journey"): factcheck.checks._story_counts. Our own
phrasings in several beats; near twins with the right arithmetic, a change of another
measure of the subject (its own change verb or levels set against each other), a vague
count, an annual rate against cumulative levels, must stay silent."""

from __future__ import annotations

from tests.checks.rows import fires_test

COUNTED_ROWS = [
    # the levels count the subject under another noun than the change's measure
    ("Enrolment at Elm Park School has risen by a quarter since 2022. It had 320 pupils "
     "in 2022 and has 460 now.", True),
    ("The ring road cut the drive to Hessle by 9 miles. The journey to Hessle used to be "
     "31 miles; it is now 26.", True),
    ("Footfall at Quayside Market fell by a third last year. Quayside Market counted "
     "90,000 shoppers in 2024 and 75,000 in 2025.", True),
    ("Membership of the Kestrel Rowing Club has tripled in a decade. The Kestrel club had "
     "150 members in 2015 and has 280 today.", True),
    ("Rents at Harbour View have doubled since 2019. A tenant at Harbour View paid £700 a "
     "month in 2019; the same flat now lets for £910.", True),
    # near twins: the right arithmetic inside the band
    ("Enrolment at Elm Park School has risen by a quarter since 2022. It had 320 pupils "
     "in 2022 and has 400 now.", False),
    ("The ring road cut the drive to Hessle by 9 miles. The journey to Hessle used to be "
     "31 miles; it is now 22.", False),
    ("Membership of the Kestrel Rowing Club has tripled in a decade. The Kestrel club had "
     "150 members in 2015 and has 450 today.", False),
    # another measure of the subject: its own change, a vague count, far from the change
    ("Footfall at Quayside Market has risen by a third. Quayside Market now has 52 stalls, "
     "up from 48.", False),
    ("Sales at Dunmore Dairy have doubled since 2021. Dunmore Dairy employed 40 people in "
     "2021 and employs 46 now.", False),
    ("Sales at Dunmore Dairy have doubled since 2021. Dunmore Dairy employed 40 staff in "
     "2021 and employs 46 now.", False),
    # an annual rate is no cumulative change
    ("Membership of the Kestrel Rowing Club has risen 8% a year since 2015. The Kestrel "
     "club had 150 members in 2015 and has 280 today.", False),
]

test_counted_under_another_noun = fires_test("FC203", COUNTED_ROWS)

AGAINST_ROWS = [
    # a change and two levels set against each other after it ("reaching A against B"):
    # the frames compare A with the change, which makes A no benchmark of it
    ("Support for the mayor in Eastfield rose by 12%, reaching 47% against 38% in 2023.",
     True),
    ("Attendance at the Orla Pool climbed 40%, reaching 9,100 swimmers against 5,600 a "
     "year earlier.", True),
    ("Sales at the Corran shop rose by 30%, reaching £54,000 against £45,000 in 2024.",
     True),
    # near twins: the right change; a target is still no level of the change
    ("Support for the mayor in Eastfield rose by 24%, reaching 47% against 38% in 2023.",
     False),
    ("Attendance at the Orla Pool climbed 62%, reaching 9,100 swimmers against 5,600 a "
     "year earlier.", False),
    ("Turnout in Fenby rose by 4%, reaching 56%, short of the 60% target.", False),
]

test_set_against_after_the_change = fires_test("FC203", AGAINST_ROWS)

POINTS_AGAINST_ROWS = [
    # the same shape between two percentages, the change their difference in points
    ("Support for the mayor in Eastfield rose by 9%, reaching 47% against 38% in 2023.",
     True),
    ("The club's win rate climbed 15 percent, reaching 46% compared with 31% a season "
     "earlier.", True),
    ("Cycling's share of commuter trips grew by 4%, reaching 11% against 7% in 2020.",
     True),
    # near twins: the relative change; one the bands leave open (3% of 91% is 2.7 points)
    ("Support for the mayor in Eastfield rose by 24%, reaching 47% against 38% in 2023.",
     False),
    ("Attendance at Hollins Academy improved by 3%, reaching 94% against 91% last term.",
     False),
    ("The club's win rate climbed 48 percent, reaching 46% compared with 31% a season "
     "earlier.", False),
]

test_points_set_against = fires_test("FC302", POINTS_AGAINST_ROWS)

EITHER_SIDE_ROWS = [
    # "the X of A by C, leaving it at B": the level before in the object, the level after
    # "at"/"to", no relation named by the frames
    ("Fenwick Water raised its standing charge of £80 by 15% this spring, leaving it at "
     "£96.", True),
    ("The bank cut its standard savings rate of 4.5% by 1.2% in March, leaving it at 4.2%.",
     True),
    ("The county raised its annual grant of £2.4 million by 10% last year, leaving it at "
     "£3 million.", True),
    # near twins: the right change; levels of another measure
    ("Fenwick Water raised its standing charge of £80 by 20% this spring, leaving it at "
     "£96.", False),
    ("The bank cut its standard savings rate of 4.5% by 6.7% in March, leaving it at 4.2%.",
     False),
    ("Fenwick Water raised its standing charge of £80 by 15% this spring, leaving its 40 "
     "staff at 52 depots.", False),
]

test_levels_either_side = fires_test("FC203", EITHER_SIDE_ROWS)

POINTS_EITHER_SIDE_ROWS = [
    ("The bank cut its standard savings rate of 4.5% by 1.2% in March, leaving it at 3.3%.",
     True),
    ("The insurer raised its no-claims discount of 20% by 5% in June, leaving it at 25%.",
     True),
    ("The lender trimmed its mortgage rate of 6.1% by 0.9% last week, leaving it at 5.2%.",
     True),
    # near twins: points said as points; the relative change
    ("The bank cut its standard savings rate of 4.5% by 1.2 percentage points in March, "
     "leaving it at 3.3%.", False),
    ("The insurer raised its no-claims discount of 20% by 25% in June, leaving it at 25%.",
     False),
    ("The lender trimmed its mortgage rate of 6.1% by 15% last week, leaving it at 5.2%.",
     False),
]

test_points_either_side = fires_test("FC302", POINTS_EITHER_SIDE_ROWS)

RATE_ONCE_ROWS = [
    # an absolute change whose rate ("a year", "a week") is written on one figure only
    ("Season tickets at Brook Park went up £45 to £520 a year, from £460.", True),
    ("Nursery fees in Alton rose £25 to £310 a week, from £275.", True),
    ("Parking at Hadley station went up 80p to £6.40 a day, from £5.40.", True),
    # near twins: the right difference; two periods are no rate written once
    ("Season tickets at Brook Park went up £60 to £520 a year, from £460.", False),
    ("Nursery fees in Alton rose £35 to £310 a week, from £275.", False),
    ("Pay for care staff rose £40 a week to £21,000 a year, from £20,000.", False),
]

test_rate_written_once = fires_test("FC203", RATE_ONCE_ROWS)
