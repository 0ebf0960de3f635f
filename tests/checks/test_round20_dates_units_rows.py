"""Round 20, FC206 and FC201: rows in our own words (draft date 2026-11-30, no bundled
table), each class with drafts that must fire and near-twins that must stay silent.

- FC206, a thing's age past any person's: a bare number the frames read as an age,
  130 or more, after a founding ("Built in 1790, the mill turns 236").
- FC206, a thing dated by a verb of its making that the start verbs lacked (words.tsv,
  class "founding", now read by factcheck.checks._dates too: "erected", "chartered"; not
  "completed", "planted" or "dedicated", which date a person's own act as often:
  "completed her degree in 2015 and has taught for 20 years").
- FC206, an age whose sentence holds a start that is no birth ("since 2019", "joined
  in 2015") and whose birth opens the next sentence with the person's pronoun.
- FC206, a span "for N years" whose thing's start is told in the next sentence, one that
  opens with "It" (not after a sentence of a person's pronoun).
- FC206, a span "for N years until" a year after a start its sentence names: never
  longer than the years between.
- FC206, a wait whose last time is told in the next sentence, after a pronoun.
- FC201, a temperature pair nothing marks as a difference, 20 K or more: a reading,
  held to the moved zero; a measure that names a difference keeps the scale alone.
- FC201, a restatement in the next sentence set off after a noun that points back, with an
  "of" phrase of its own before the comma ("The land, some 1,400 hectares of upland, ...").
- FC201, a restatement alone in brackets that close the figure's clause, words of the
  clause between ("1,250 cubic yards of silt from the marina since May (about ...)").
- FC205, a period phrase after one share of a list ("64% were rehomed last year, ...")
  is no topic that tells its clause from the others.
"""

from __future__ import annotations

from tests.checks.rows import fires_test

THING_AGES = [
    ("Built in 1871, the harbour light turns 145 this year.", True),
    ("The Old Mill, built in 1790, turns 250 next spring.", True),
    ("Consecrated in 1862, St Anne's church turns 150 this month.", True),
    ("The grammar school, founded in 1552, turns 450 this autumn.", True),
    ("Built in 1871, the harbour light turns 155 this year.", False),
    ("The Old Mill, built in 1790, turns 236 next spring.", False),
    ("Consecrated in 1862, St Anne's church turns 164 this month.", False),
    ("The abbey, founded in 1132, turns 860 in 2032.", False),  # another year named
]

BIRTH_AFTER_A_START = [
    ("Councillor Ravi Shah, 39, has sat on the Dunmore council since 2019. "
     "He was born in 1978 in Derby.", True),
    ("Dr Ines Koller, 52, has run the clinic since 2011. She was born in Graz in 1961.", True),
    ("Avery is 44 and has coached the side since 2015. He was born in 1990.", True),
    ("Coach Tom Avery, 44, joined the club in 2015. He was born in 1990.", True),
    ("Councillor Ravi Shah, 48, has sat on the Dunmore council since 2019. "
     "He was born in 1978 in Derby.", False),
    ("Dr Ines Koller, 64, has run the clinic since 2011. She was born in Graz in 1961.", False),
    ("Avery is 36 and has coached the side since 2015. He was born in 1990.", False),
    ("Councillor Ravi Shah, 39, has sat on the council since 2019. "
     "His father was born in 1950.", False),  # another person's birth
]

WAIT_THEN_LAST = [
    ("Rovers ended a 25-year wait for the county cup on Saturday. They last won it in 2008.",
     True),
    ("The village choir's 30-year wait for a festival trophy is over. "
     "It last took one home in 2005.", True),
    ("Greta Olsen ended a 14-year drought at the national trials on Sunday. "
     "She last won there in 2020.", True),
    ("Rovers ended an 18-year wait for the county cup on Saturday. They last won it in 2008.",
     False),
    ("The village choir's 21-year wait for a festival trophy is over. "
     "It last took one home in 2005.", False),
    ("Rovers ended a 25-year wait for the county cup on Saturday. "
     "Their rivals last won it in 2008.", False),  # no pronoun: another side's last time
]

TEMPERATURE_READINGS = [
    ("Staff kept the paddling pool at 84 deg F (47C) all summer.", True),
    ("Forecasters expect a high of 95 deg F (53C) in Tucson on Sunday.", True),
    ("The gauge on the town hall read 42C (76F) at noon.", True),
    ("The kiln must reach 220C (396F) before the pots go in.", True),
    ("Staff kept the paddling pool at 84 deg F (29C) all summer.", False),
    ("The gauge on the town hall read 42C (108F) at noon.", False),
    ("The anomaly of 1.4C (2.5F) was the largest on record.", False),
    ("Across the plateau the daily range was 25C (45F) in July.", False),  # names a difference
    ("Between dawn and noon the spread was 15C (27F).", False),
    ("Last month averaged 3C (5.4F) above the long-term norm.", False),
]

FOUNDING_VERBS = [
    ("The Corn Exchange, erected in 1902, turns 110 next year.", True),
    ("Chartered in 1921, the building society turns 90 this spring.", True),
    ("The war memorial, erected in 1920, is now 96 years old.", True),
    ("The guild, incorporated in 1888, celebrates 150 years this weekend.", True),
    ("The Corn Exchange, erected in 1902, turns 125 next year.", False),
    ("Chartered in 1921, the building society turns 105 this spring.", False),
    ("The war memorial, erected in 1920, is now 106 years old.", False),
    ("Lund, who erected the firm's first plant in 1990, turns 60.", False),  # the founder
    ("Reyes planted her first vines in 2015 and has farmed for 30 years.", False),
]

START_TOLD_AFTER = [
    ("The Molina family shop has traded on Bell Street for 90 years. It opened in 1961.",
     True),
    ("The choir has sung at the abbey for 80 years. It was founded in 1972.", True),
    ("The ferry has crossed the firth for 70 years. It was launched in 1958.", True),
    ("The Molina family shop has traded on Bell Street for 60 years. It opened in 1961.",
     False),
    ("The choir has sung at the abbey for 50 years. It was founded in 1972.", False),
    ("She has taught at the school for 40 years. It was built in 1990.", False),
    ("The choir has sung at the abbey for 80 years. Its hall was built in 1972.", False),
]

SPAN_UNTIL = [
    ("Judge Ellen Marr joined the bench in 1989 and served for 37 years until 2016.", True),
    ("The mill opened in 1901 and ran for 95 years until it closed in 1986.", True),
    ("Ortiz was elected in 2004 and led the council for 15 years until 2012.", True),
    ("The line opened in 1880 and carried coal for 70 years until 1930, when it closed.",
     True),
    ("Judge Ellen Marr joined the bench in 1989 and served for 27 years until 2016.", False),
    ("The mill opened in 1901 and ran for 85 years until it closed in 1986.", False),
    ("The firm was founded in 1950 and was based in Leeds for 20 years until 1990.",
     False),  # part of its life: shorter is no error
    ("He was born in 1950 and lived in Paris for 20 years until 2001.", False),  # a birth
]

STORY_UNIT_OF = [
    ("The Fenwick family has sold its 1,800-acre hill farm near Brecon. The land, some "
     "1,400 hectares of upland, had been theirs since 1920.", True),
    ("The council will resurface 6,000 square yards of the market square. The area, roughly "
     "9,000 square metres of cobbles and paving, will close in May.", True),
    ("The club owns a 400-acre estate near Rye. The land, some 800 hectares of marsh and "
     "dune, is a nature reserve.", True),
    ("The Fenwick family has sold its 1,800-acre hill farm near Brecon. The land, some "
     "730 hectares of upland, had been theirs since 1920.", False),
    ("The club owns a 400-acre estate near Rye. The land, some 160 hectares of marsh and "
     "dune, is a nature reserve.", False),
    ("The club owns a 400-acre estate near Rye. The reserve next door, some 800 hectares "
     "of marsh, is the council's.", False),  # another thing
    ("The club owns a 400-acre estate near Rye. The land, some 800 hectares of it marsh, "
     "is a nature reserve.", False),  # "of it": a part
]

BRACKET_CLOSES_CLAUSE = [
    ("Crews have dredged 1,250 cubic yards of silt from the marina since May (about 2,100 "
     "cubic metres).", True),
    ("The relay team ran 40 miles across the moor on Saturday (about 90 km).", True),
    ("The farm grew 300 acres of barley last year (about 300 hectares).", True),
    ("Crews have dredged 1,250 cubic yards of silt from the marina since May (about 960 "
     "cubic metres).", False),
    ("The relay team ran 40 miles across the moor on Saturday (about 64 km).", False),
    ("The farm grew 300 acres of barley last year (120 hectares of it organic).", False),
    ("Rescuers walked 12 miles through snow to the hut (a 30 km round trip).", False),
]

PERIOD_NO_TOPIC = [
    ("Of the kennel's dogs, 64% were rehomed last year, 15% went back to owners and 33% "
     "are still in care.", True),
    ("Of the sanctuary's horses, 70% were rehomed in 2025, 20% went to other yards and 16% "
     "are still here.", True),
    ("Of last season's signings, 60% were released this summer, 25% went out on loan and "
     "22% are still at the club.", True),
    ("Of the kennel's dogs, 44% were rehomed last year, 15% went back to owners and 33% "
     "are still in care.", False),
    ("Of the sanctuary's horses, 60% were rehomed in 2025, 20% went to other yards and 16% "
     "are still here.", False),
    ("Of the kennel's dogs, 64% were rehomed last year and 58% were rehomed this year.",
     False),  # two years, two wholes
    ("In the survey, 51% were satisfied with pay last year and 56% were dissatisfied with "
     "hours.", False),  # two topics still
]

test_thing_ages = fires_test("FC206", THING_AGES)
test_founding_verbs = fires_test("FC206", FOUNDING_VERBS)
test_start_told_after = fires_test("FC206", START_TOLD_AFTER)
test_span_until = fires_test("FC206", SPAN_UNTIL)
test_birth_after_a_start = fires_test("FC206", BIRTH_AFTER_A_START)
test_wait_then_last = fires_test("FC206", WAIT_THEN_LAST)
test_temperature_readings = fires_test("FC201", TEMPERATURE_READINGS)
test_story_unit_of = fires_test("FC201", STORY_UNIT_OF)
test_bracket_closes_clause = fires_test("FC201", BRACKET_CLOSES_CLAUSE)
test_period_no_topic = fires_test("FC205", PERIOD_NO_TOPIC)
