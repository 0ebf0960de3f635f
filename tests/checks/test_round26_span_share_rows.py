"""Round 26 (tuning on set 22): a percent "above"/"below" an earlier level (FC203), shares
listed under a verb of having (FC205), and a span that "now" runs from a thing's start
(FC206). Rows in our own words; the draft date is 2026-11-30 (fires_test)."""

from __future__ import annotations

from tests.checks.rows import fires_test

# a percent "above" or "below" the level written right after it is a change from that
# level to the one the sentence restates before it, as "N% higher than the"
ABOVE = [
    ('The ferry carried 8,400 passengers in August, eighteen per cent above the 5,600 it '
     'took a year before.', True),
    ('The ferry carried 8,400 passengers in August, 50 per cent above the 5,600 it took a '
     'year before.', False),
    ('Wheat output reached 2.4 million tonnes, 9% below the 3.1 million tonnes harvested '
     'the year before.', True),
    ('Wheat output reached 2.4 million tonnes, 23% below the 3.1 million tonnes harvested '
     'the year before.', False),
    ('Median rent in Harwick is now £1,150 a month, 35 percent above the £950 it was in '
     'March 2023.', True),
    ('Median rent in Harwick is now £1,150 a month, 21 percent above the £950 it was in '
     'March 2023.', False),
    ('Snowfall at the pass totalled 212 cm, 4% down on the 290 cm of the '
     'winter before.', True),
    ('Snowfall at the pass totalled 212 cm, 27% down on the 290 cm of the '
     'winter before.', False),
    ('Turnout was 63%, above the 50% needed for the vote to count.', False),
    ('The river rose to 5.2 metres, 40% above normal.', False),
    ('Inflation was 4.1% in May, 0.6% above the 3.5% target.', False),
]
test_above = fires_test("FC203", ABOVE)

# three or more holders with bare percentages under a verb of having ("had", "has") are
# shares of one whole when each is at most 100% and all but the largest fit in one whole
HELD = [
    ('In a survey of Dunmore voters, the Liberal slate has 38 per cent, Labour 27 per cent '
     'and the Greens 44 per cent.', True),
    ('In a survey of Dunmore voters, the Liberal slate has 38 per cent, Labour 27 per cent '
     'and the Greens 24 per cent.', False),
    ('Going into the final week, Mirova had forty-one per cent, Castell 33% and Okoye 35%.',
     True),
    ('Going into the final week, Mirova had forty-one per cent, Castell 33% and Okoye 15%.',
     False),
    ('Of the seats contested, the Alliance had 45%, the Unionists 30%, the Greens 20% and '
     'independents 12%.', True),
    ('Of the seats contested, the Alliance had 45%, the Unionists 30%, the Greens 20% and '
     'independents 5%.', False),
    ('Last year Turkey had 65%, Argentina 140% and Chile 4%.', False),
    ('Debt ratios stayed high: Italy had 75%, Greece 60% and Spain 50%.', False),
    ('Unemployment stayed high: Spain had 12%, Greece 18% and Italy 9%.', False),
]
test_held = fires_test("FC205", HELD)

# a span in the perfect with "now" ("since then", "ever since") after its auxiliary, in
# the clause of the thing a founding or entry dates, is the whole time since the start:
# shorter is wrong too; without "now" it may be shorter
NOW = [
    ('The Marden lighthouse, which was built in 1931, has now guided ships past the reef '
     'for 75 years.', True),
    ('The Marden lighthouse, which was built in 1931, has now guided ships past the reef '
     'for 95 years.', False),
    ('The Corran Singers were formed in 1968 and have now performed at the festival for '
     'forty years.', True),
    ('The Corran Singers were formed in 1968 and have now performed at the festival for '
     '58 years.', False),
    ('Founded in 1990, the Elmstead food bank has since then fed local families for 20 '
     'years.', True),
    ('Founded in 1990, the Elmstead food bank has since then fed local families for 36 '
     'years.', False),
    ('Dr Iqbal joined the practice in 1996 and has now treated patients there for 15 '
     'years.', True),
    ('Dr Iqbal joined the practice in 1996 and has now treated patients there for 30 '
     'years.', False),
    ('The Hollins bridge, opened in 1902, has carried buses for 60 years.', False),
    ('The stadium, built in 1923, where Rovers have now played for 50 years, is to close.',
     False),
    ('Opened in 1874, the viaduct was rebuilt in 1950 and has now carried trains for 76 '
     'years.', False),
]
test_now = fires_test("FC206", NOW)
