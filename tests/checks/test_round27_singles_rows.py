"""Round 27, FC206 and FC203 rows in our own words (near twins silent).

FC206: a run of whole years and its length named again in the clause or sentence after,
"the N-year NOUN" behind a definite or possessive determiner
(factcheck.checks._span_named_after). FC203: a relative change whose sentence gives no
level, and the sentence after that sets two levels against each other ("A, against B",
"compared with", "versus": factcheck.checks._against_levels.set_against_next). FC204: a
part "N of the NOUN" after a count of that noun (factcheck.checks._noun_again).
"""

from __future__ import annotations

import pytest

from tests.checks.rows import fires_test


def _miss(draft: str) -> object:
    return pytest.param(draft, True, marks=pytest.mark.xfail(
        strict=True, reason="the run's thing named by another noun: not read (a different "
                            "noun may be another thing with its own length)"))


SPAN_NAMED_AFTER_ROWS = [
    ("The strike at the Dunmere depot lasted from 2021 to 2024; the nine-year strike cost "
     "the firm dearly.", True),
    ("The ring road closure ran from 1998 to 2004. The two-year closure hit traders hard.",
     True),
    ("Ms Adeyemi's tenure at the trust ran from 2003 to 2018. Her 21-year tenure saw two "
     "new wards built.", True),
    ("The Penrose mine's dispute with the county went on between 1951 and 1968, and the "
     "30-year dispute left a scar on the valley.", True),
    ("A ban on night flights held from 2010 until 2016. The ten-year ban ended in a court "
     "ruling.", True),
    _miss("The walkout at the Dunmere depot ran from 2021 to 2024; the nine-year dispute "
          "cost the firm dearly."),
    _miss("Ms Adeyemi chaired the trust from 2003 to 2018. Her 21-year tenure saw two new "
          "wards built."),
    _miss("The ring road was shut from 1998 to 2004. The two-year closure hit traders hard."),
    # near twins: the length fits, names an age, is another thing's (its own noun, with a
    # length of its own), or the run has its own length already
    ("The strike at the Dunmere depot lasted from 2021 to 2024; the three-year strike cost "
     "the firm dearly.", False),
    ("Ms Adeyemi's tenure at the trust ran from 2003 to 2018. Her 15-year tenure saw two "
     "new wards built.", False),
    ("The plant ran from 2022 to 2025. The 40-year-old building is now empty.", False),
    ("The plant ran from 2022 to 2025. In 2019 a 30-year lease was signed.", False),
    ("Ms Adeyemi chaired the trust from 2003 to 2018; the rebuild took two years.", False),
    ("The mine ran from 1951 to 1968, a 17-year life. Its 30-year lease ran out in 1981.",
     False),
    ("The plant ran from 2022 to 2025. The 10-year plan to replace it was dropped.", False),
    ("Ms Ortega was mayor from 2010 to 2014. Her 20-year plan for the waterfront was "
     "shelved last week.", False),
    ("The club played at Hollins Park from 2015 to 2018. The 30-year lease on the new "
     "ground starts in June.", False),
    ("The council froze rents from 2019 to 2021, and the 25-year loan on the hall ends "
     "next year.", False),
    ("Kerr ran the school from 1998 to 2004. His 40-year career in teaching ended last "
     "month.", False),
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
    ("Turnover at the Pellow bakery fell 40% in 2025. It took £300,000, against £420,000 in "
     "2024.", True),
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
    # another measure in money, or a base of another length of time
    ("Sales at Marrow Foods rose 12% this year. Profit was £4m, against £3m a year ago.",
     False),
    ("Prices rose 3% in October. A loaf cost £1.40, against £1.10 in 2019.", False),
    ("Revenue at the Tolley bus company grew by a quarter last year. Its costs were £9m, "
     "compared with £6m the year before.", False),
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
