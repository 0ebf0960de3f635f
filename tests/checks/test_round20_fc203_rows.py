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
