"""Round 22, FC203: a change whose level before stands in the sentence before
(factcheck.checks._levels_before). A change that refers back with a pronoun and gives only
its level after ("This autumn it is down a quarter, at 280": level_before), and a change
restating a rate whose "a month" the later level writes again ("1,850 patients a month.
This year it sees 2,220 a month, up 37%": previous_level). Our own phrasings in several
beats; near twins with the right arithmetic, a base of their own, a total set against a
rate, or a rate per another period must stay silent. And an absolute change set off after
both levels as "a NOUN of" whatever its noun ("from 58 miles to 41 miles, a saving of 17
miles": factcheck.checks._absolute)."""

from __future__ import annotations

from tests.checks.rows import fires_test

PRONOUN_ROWS = [
    # a pronoun refers back; the change gives only its level after ("at", "to")
    ("Membership of the Tarn rowing club stood at 240 last spring. This spring it is up a "
     "half, at 300.", True),
    ("Sales of the Corvo hatchback reached 12,400 in 2024. This year they are down a "
     "third, at 10,900.", True),
    ("Rents in the Old Town averaged £900 last year. Now they are up a tenth, at £1,150.",
     True),
    ("The ferry carried 51,000 cars last summer. This summer it is down two-fifths, at "
     "47,000.", True),
    # near twins: the right change, a base of its own, two figures before
    ("Membership of the Tarn rowing club stood at 240 last spring. This spring it is up a "
     "quarter, at 300.", False),
    ("Sales of the Corvo hatchback reached 12,400 in 2024. This year they are down "
     "12%, at 10,900.", False),
    ("The Lisle food bank handed out 3,600 parcels last winter. This winter it is up 20% "
     "from 2019, at 5,100.", False),
    ("Orders at the Brenna mill came to 880 in March and 700 in June. In July they were "
     "down 15%, at 610.", False),
    ("Bookings at the Tarn hotel reached 640 last spring. At the Grange they are down a "
     "half, at 300.", False),
]

test_pronoun_refers_back = fires_test("FC203", PRONOUN_ROWS)

PER_ROWS = [
    # a rate per a period, the later level writing the same "a month" before its change
    ("In 2021 the Pell Street surgery saw 1,200 patients a week. This year it sees 1,500 a "
     "week, up 45%.", True),
    ("The museum drew 2,300 visitors a week in 2022. This year it draws 2,900 a week, up "
     "60%.", True),
    ("A year ago the hostel turned away 140 people a night. Now it turns away 210 a "
     "night, a rise of 25%.", True),
    ("The plant made 3,000 bottles an hour in 2020. It now makes 3,600 an hour, an "
     "increase of 40%.", True),
    ("In 2023 the helpline took 640 calls a day. This year it takes 720 a day, up 30%.",
     True),
    # near twins: the right change; a total before a rate; a rate per another period
    ("In 2021 the Pell Street surgery saw 1,200 patients a week. This year it sees 1,500 a "
     "week, up 25%.", False),
    ("The museum drew 2,300 visitors a week in 2022. This year it draws 2,900 a week, up "
     "26%.", False),
    ("In 2021 the Pell Street surgery saw 1,200 patients in all. This year it sees 1,500 a "
     "week, up 45%.", False),
    ("In 2023 the helpline took 640 calls a week. This year it takes 720 a day, up 30%.",
     False),
]

test_rate_tail_restated = fires_test("FC203", PER_ROWS)

APPOSED_ROWS = [
    # "from A to B", then an appositive noun phrase whose figure follows "a NOUN of"
    ("Rail engineers shortened the tunnel from 9.4 km to 7.1 km, a saving of 3.3 km.", True),
    ("The gap between the two teams narrowed from 14 points to 9, a swing of seven points "
     "in a month.", True),
    ("The flight time from Oslo fell from 95 minutes to 80 minutes, a saving of 25 "
     "minutes.", True),
    ("The bridge's main span went from 310 metres to 350 metres, a difference of 60 "
     "metres.", True),
    ("Average waits went from 42 days to 31 days, an improvement of 14 days.", True),
    # near twins: the right difference, a level restated, a figure of another thing
    ("Rail engineers shortened the tunnel from 9.4 km to 7.1 km, a saving of 2.3 km.", False),
    ("The flight time from Oslo fell from 95 minutes to 80 minutes, a saving of 15 "
     "minutes.", False),
    ("Average waits went from 42 days to 31 days, an improvement of 11 days.", False),
    ("The route grew from 21 km to 26 km, a length of 26 km.", False),
    ("The race was stretched from 21 km to 26 km, a gain of 4 km of forest trail.", False),
]

test_apposed_difference = fires_test("FC203", APPOSED_ROWS)
