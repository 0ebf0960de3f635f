"""FC206, round 23: spans that end at a dated event, states since a closing, an age now
against an age at a dated event, and a thing's age named again in the next sentence.
Rows in our own words; the draft date is 2026-11-30 (factcheck.checks fires_test)."""

from __future__ import annotations

from tests.checks.rows import fires_test

# a span "for N years before <event> in YEAR" runs up to that event, never longer (counted
# to the draft's date, its message would suggest a wrong figure)
BEFORE = [
    ('The bakery, opened in 1990, had traded for 40 years before it shut its doors in 2020.', True),
    ('The bakery, opened in 1990, had traded for 30 years before it shut its doors in '
     '2020.',
     False),
    ('Founded in 1975, the magazine had been published for 45 years before it folded '
     'in 2009.',
     True),
    ('Founded in 1975, the magazine had been published for 34 years before it folded '
     'in 2009.',
     False),
    ('The club, formed in 1921, played at Elm Park for ninety years before it moved in '
     '1988.',
     True),
    ('The club, formed in 1921, played at Elm Park for sixty-seven years before it '
     'moved in 1988.',
     False),
    ('Elected in 1994, she had served for 25 years before she retired in 2010.', True),
    ('Elected in 1994, she had served for 16 years before she retired in 2010.', False),
    ('The chain, set up in 2001, ran for 21 years before it collapsed into '
     'administration in 2015.',
     True),
    ('The chain, set up in 2001, ran for 14 years before it collapsed into '
     'administration in 2015.',
     False),
    ('The chain, set up in 2001, ran for 15 years before it collapsed into '
     'administration in 2015.',
     False),
    ('The charity, founded in 2005, is run by Ames, who taught for 30 years before she '
     'retired in 2012.',
     False),
    ('The firm, founded in 2012, has traded for 14 years and will move to Leeds in 2027.', False),
    ('The lido, opened in 1935, was used for 60 years before it was restored, and '
     'reopened in 2024.',
     False),
]
test_before = fires_test("FC206", BEFORE)

# a state of disuse since a dated closing ("which shut in 1979, has stood empty for N
# years") is the whole time since
IDLE = [
    ('The Kerr foundry, which closed in 1984, has lain derelict for 30 years.', True),
    ('The Kerr foundry, which closed in 1984, has lain derelict for 42 years.', False),
    ('The Kerr foundry, which closed in 1984, has lain derelict for more than 40 years.', False),
    ('Shut in 1992, the cinema has now sat empty for twenty years.', True),
    ('Shut in 1992, the cinema has now sat empty for thirty-four years.', False),
    ('The pier, which was closed in 2008, has been boarded up for 25 years.', True),
    ('The pier, which was closed in 2008, has been boarded up for 18 years.', False),
    ('Abandoned in 1971, the station has stood empty for 45 years.', True),
    ('Abandoned in 1971, the station has stood empty for 55 years.', False),
    ('The line, which closed in 1965, has lain disused for 70 years.', True),
    ('The line, which closed in 1965, has lain disused for 61 years.', False),
    ('The mill, which shut in 1979, stood empty for ten years before it was converted '
     'into flats.',
     False),
    ('The mill shut in 1979; the warehouse next door has stood empty for 12 years.', False),
    ('The factory, which closed in 2001, has been owned by the Reid family for 80 years.', False),
    ('The mill, which closed in 1984, has been a museum for 20 years.', False),
    ('The chapel, which was abandoned in 1950, stood empty for 30 years until it was '
     'sold in 1980.',
     False),
    ('The chapel, which was abandoned in 1950, had stood empty for 40 years when it '
     'was sold in 1980.',
     True),
    ('The chapel, which was abandoned in 1950, had stood empty for 30 years when it '
     'was sold in 1980.',
     False),
    ('The Kerr foundry, which closed in 1984, has lain derelict for about 40 years.', False),
    ('The Kerr foundry, which closed in 1984, has lain derelict for 41 years.', False),
    ('The mill closed in 1979 and the warehouse has stood empty for 12 years.', False),
    ('The mill closed in 1979 and has stood empty for 12 years.', True),
    ('In 1979 the mill shut, and the warehouse opposite has stood empty for 12 years.', False),
]
test_idle = fires_test("FC206", IDLE)

# an age now (an apposition) against an age at a dated event ("in 2001, the year she
# turned 40", "left school in 1978 at 16")
AGE_PAIRS = [
    ('Senator Ruth Alder, 58, was first elected in 2001, the year she turned 40.', True),
    ('Senator Ruth Alder, 58, was first elected in 2001, the year she turned 33.', False),
    ('Farmer Colin Bain, 66, left school in 1974 at 21 and has worked the land since.', True),
    ('Farmer Colin Bain, 66, left school in 1975 at 15 and has worked the land since.', False),
    ('Keeper Tom Rigg, now 38, made his debut in 2004 at the age of 23.', True),
    ('The goalkeeper, now 38, made his debut in 2006 at the age of 18.', False),
    ('Marta Costa, 45, emigrated in 1999, when she was 12.', True),
    ('Marta Costa, 45, emigrated in 1993, when she was 12.', False),
    ('Judge Ian Pyle, 70, was called to the bar in 1980 at 22.', True),
    ('Judge Ian Pyle, 70, was called to the bar in 1980 at 24.', False),
    ('Senator Ruth Alder, 58, was first elected in 2001, the year her son turned 10.', False),
    ('Colin Bain, 66, bought the farm in 1974 from a neighbour aged 70.', False),
    ('Marta Costa, 45, emigrated in 1993, when her brother was 20.', False),
    ('Rhys Owen, 84, died in 2019 at home; he had joined the navy in 1957 at 18.', False),
    ('Dr Sue Ward, 52, qualified in 1999, the year she turned 25.', False),
    ('Dr Sue Ward, 52, qualified in 1999, the year she turned 35.', True),
    ('Ward, 52, qualified in 1999 aged 25.', False),
    ('Ward, 52, qualified in 1999 aged 26.', False),
    ('Ward, 52, qualified in 1999 aged 24.', False),
]
test_age_pairs = fires_test("FC206", AGE_PAIRS)

# a thing's age in a sentence that names it again, founded in the sentence before
THING_AGAIN = [
    ('Walkers crossed the Marlow bridge, opened in 1931, on Sunday. Engineers say the '
     'bridge is 80 years old.',
     True),
    ('Walkers crossed the Marlow bridge, opened in 1931, on Sunday. Engineers say the '
     'bridge is 95 years old.',
     False),
    ('Walkers crossed the Marlow bridge, opened in 1931, on Sunday. Engineers say the '
     'bridge is 94 years old.',
     False),
    ('Fans queued outside the Grand cinema, which was built in 1912. The cinema is now '
     '100 years old, its owner said.',
     True),
    ('Fans queued outside the Grand cinema, which was built in 1912. The cinema is now '
     '114 years old, its owner said.',
     False),
    ('The vicar blessed the church, consecrated in 1870, at dawn. "This church is two '
     'hundred years old," she said.',
     True),
    ('Kell Street school was built in 1960 and is to close. The school is 40 years old.', True),
    ('Kell Street school was built in 1960 and is to close. The school is 66 years old.', False),
    ('Tenants of the Hillside estate, built in 1968, met on Monday. The tower next to '
     'it is 30 years old.',
     False),
    ('Kell Street school was built in 1960. Its headteacher is 40 years old.', False),
    ('Kell Street school was built in 1960. The school is 40 years old, the council '
     'wrongly said in 2000.',
     False),
    ('The Marlow bridge, opened in 1931, was rebuilt. The bridge was 50 years old when '
     'it was rebuilt.',
     False),
    ('The Grand cinema, built in 1912, was rebuilt in 1976 after a fire. The cinema is '
     '50 years old.',
     False),
]
test_thing_again = fires_test("FC206", THING_AGAIN)

