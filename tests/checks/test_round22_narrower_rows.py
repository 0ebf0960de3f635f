"""FC204: a share whose clause narrows an earlier share's clause of the same whole ("61%
of households own a car, and 72% own an electric car": those with an electric car are
some of those with a car), read by factcheck.checks._narrower. Rows in our own words;
the draft date is rows.DESK_AS_OF."""

from __future__ import annotations

from tests.checks.rows import fires_test

ROWS = [
    ("In Kelby, 61% of households own a car, and 72% of its households own an electric "
     "car.", True),
    ("Of the 900 staff, 30% drive to work, and 35% drive to work with a colleague.", True),
    ("Among the village's farms, 40% keep sheep, and 48% keep rare-breed sheep.", True),
    ("Last winter 44% of the pupils took the bus, while 52% of the pupils took the early "
     "bus.", True),
    ("Some 27 per cent of the town's shops opened on Sunday and 31 per cent opened on "
     "Sunday evening.", True),
    # near-twins: the narrower share is smaller, another thing, a narrower whole (a scope
    # of its own), a negation, a share of the first's holders, or other wholes
    ("In Kelby, 61% of households own a car, and 42% of its households own an electric "
     "car.", False),
    ("In Kelby, 61% of households own a car, and 72% own a van.", False),
    ("Of the town's voters, 60% backed the plan, and 70% of voters in York backed the "
     "plan.", False),
    ("Roughly 40% of members voted, and 55% of them voted by post.", False),
    ("In Kelby, 31% of households own a car, and 62% own no car at all.", False),
    ("In York 61% of the households own a car, and 72% of Leeds's households own an "
     "electric car.", False),
]

test_narrower_clause = fires_test("FC204", ROWS)
