"""Round 27, FC206 and FC203 rows in our own words (near twins silent).

FC206: a run of whole years and its length named again in the clause or sentence after,
"the N-year NOUN" behind a definite or possessive determiner
(factcheck.checks._span_named_after). FC203: a relative change whose sentence gives no
level, and the sentence after that sets two levels against each other ("A, against B",
"compared with", "versus": factcheck.checks._against_levels.set_against_next). FC204: a
part "N of the NOUN" after a count of that noun (factcheck.checks._noun_again).
"""

from __future__ import annotations

from tests.checks.rows import fires_test

SPAN_NAMED_AFTER_ROWS = [
    ("The walkout at the Dunmere depot ran from 2021 to 2024; the nine-year dispute cost "
     "the firm dearly.", True),
    ("Ms Adeyemi chaired the trust from 2003 to 2018. Her 21-year tenure saw two new "
     "wards built.", True),
    ("The Penrose mine produced tin between 1951 and 1968. Its 30-year life left a scar on "
     "the valley.", True),
    ("From 2010 until 2016 the Carlow site lay empty, and the ten-year wait for a buyer "
     "ended in a sale.", True),
    ("The ring road was shut from 1998 to 2004. The two-year closure hit traders hard.",
     True),
    # near twins: the length fits, names an age, is another thing's, or the run has its
    # own length already
    ("The walkout at the Dunmere depot ran from 2021 to 2024; the three-year dispute cost "
     "the firm dearly.", False),
    ("Ms Adeyemi chaired the trust from 2003 to 2018. Her 15-year tenure saw two new "
     "wards built.", False),
    ("The plant ran from 2022 to 2025. The 40-year-old building is now empty.", False),
    ("The plant ran from 2022 to 2025. In 2019 a 30-year lease was signed.", False),
    ("Ms Adeyemi chaired the trust from 2003 to 2018; the rebuild took two years.", False),
    ("The mine ran from 1951 to 1968, a 17-year life. Its 30-year lease ran out in 1981.",
     False),
]

test_span_named_after = fires_test("FC206", SPAN_NAMED_AFTER_ROWS)

AGAINST_NEXT_ROWS = [
    ("Sales of e-bikes rose 45% last year. Shops sold 52,000 bikes, compared with 41,000 "
     "the year before.", True),
    ("Exports from the port fell by 30% in 2024. Ships took out 240,000 tonnes, against "
     "270,000 tonnes in 2023.", True),
    ("Applications to the college dropped by half this autumn. It received 1,450, versus "
     "1,600 a year ago.", True),
    ("Footfall on the Marrick high street rose 30% in 2024. Shoppers made 2.1 million "
     "visits, against 1.9 million in 2023.", True),
    ("Ridership on the Tolley bus network grew by a quarter last year. Buses carried "
     "6.3 million passengers, compared with 5.9 million the year before.", True),
    # near twins: the change fits, a level of another place, or a target
    ("Footfall on the Marrick high street rose 10% in 2024. Shoppers made 2.1 million "
     "visits, against 1.9 million in 2023.", False),
    ("House prices in Leeds rose 12% last year. In York, buyers paid £290,000 on average, "
     "against £270,000 a year earlier.", False),
    ("Sales of e-bikes rose 27% last year. Shops sold 52,000 bikes, compared with 41,000 "
     "the year before.", False),
    ("Vacancies in the county rose 40% this year. Leeds had 3,900 openings, against 2,100 "
     "in York.", False),
    ("Visitor numbers rose 30% in the summer. The castle drew 52,000, against 45,000 "
     "forecast.", False),
]

test_against_next = fires_test("FC203", AGAINST_NEXT_ROWS)

# FC204: "N of the NOUN" after a count of that noun in the sentences before
# (factcheck.checks._noun_again)
NOUN_AGAIN_ROWS = [
    ("Corran Haulage keeps 64 tankers on the road. Safety checks in April found leaks in "
     "71 of the tankers.", True),
    ("The library lends 1,200 e-readers. Last month, 1,450 of the e-readers were out on "
     "loan.", True),
    ("The orchard has four hundred apple trees. A storm in March uprooted five hundred of "
     "the trees.", True),
    ("The trust employs 5,400 nurses. According to a survey published in June, 6,100 of "
     "the nurses work night shifts.", True),
    # near twins: a smaller part, another year, a scope or holder of the part's own
    ("Corran Haulage keeps 64 tankers on the road. Safety checks in April found leaks in "
     "41 of the tankers.", False),
    ("Corran Haulage ran 64 tankers in 2015. In 2024, 71 of the tankers ran on gas.", False),
    ("Corran Haulage keeps 64 tankers on the road. In April police stopped 71 of the "
     "tankers on Welsh roads.", False),
    ("Corran Haulage keeps 64 tankers on the road. Safety checks in April found leaks in "
     "71 of the county's tankers.", False),
]

test_noun_again = fires_test("FC204", NOUN_AGAIN_ROWS)
