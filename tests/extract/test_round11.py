"""extract() on the classes of issue 12's eleventh round, each with phrasings of our own that
must fire and near-twins that must not, as table rows: the other end of a span of days whose
one end stands by its month is a day ("from 4 to 9 June", "June 4 to 9"); a bare whole number
between a definite article and one singular noun that heads its clause names one thing ("the
911 call came", "the 38 bus was late"), while a plural or a zero plural after it counts; "one"
before any one word and "at a time", "after another", "or another", "to the next" is no count
(lexicon idioms.txt, "_" for the word); proverbs with a number word count nothing; a fraction
word hyphened to a word that is no unit, point or scale makes one word ("a quarter-final"),
and hyphened to a scale word is that part of it ("a quarter-million": 250,000); a number an
"or" or "and" adds a few words after a number keyed in is keyed in too; a signed percent after
a copula whose subject is a currency is its move; bare figures listed with a count, and the
first level of "from A to B", share its noun; figures listed or ranged with a figure in a
currency's hundredths take its factor ("53, 55 and 57 pence", "from 40 to 45p"); the words
qualifying a whole before "N," may hold names, codes and years ("Of the 1,420 complaints
received in Q3, 356"); a name's digits are part of a subject's word ("COVID-19 cases fell
to 3"); a scale word after a stated tolerance scales both ("1.8 ± 0.2 million years")."""

from __future__ import annotations

import pytest

from factcheck import extract
from tests.extract.rows import Row, assert_row, row_id

# figures that must be read so: (sentence, surface, fields)
CLAIMS = [
    # a signed percent after a copula whose subject is a currency: that currency's move
    Row("The yen was −0.5% against the dollar by midday.", "0.5",
        {"value": -0.5, "change": "decrease"}),
    Row("Sterling was -0.4% on the day after the data.", "0.4",
        {"value": -0.4, "change": "decrease"}),
    Row("By the close the euro was +0.3% versus the franc.", "0.3",
        {"value": 0.3, "change": "increase"}),
    # bare figures listed with a count share its noun, as with a unit
    Row("The sides scored 64 and 59 points after extra time.", "64",
        {"value": 64, "noun": "points"}),
    Row("The two trusts shed 120, 85 and 40 beds over the winter.", "85",
        {"value": 85, "noun": "beds"}),
    Row("Rallies drew 12 or 15 thousand marchers each weekend.", "12",
        {"value": 12_000, "noun": "marchers"}),
    # the first level of "from A to B" takes the count's noun B gives
    Row("The school will grow from 210 to 420 pupils by 2028.", "210",
        {"value": 210, "noun": "pupils"}),
    Row("Membership went from 1,200 to 1,850 members in a year.", "1,200",
        {"value": 1200, "noun": "members"}),
    Row("The ward shrank from 30 to 22 beds after the cuts.", "30",
        {"value": 30, "noun": "beds"}),
    # figures listed or ranged with a figure in hundredths of a currency take its factor
    Row("Fuel duty will be 61, 63 and 66 pence a litre.", "61",
        {"value": 0.61, "unit": "GBP / liter"}),
    Row("Bus fares of 70 or 80 cents apply from June.", "70", {"value": 0.7, "unit": "USD"}),
    Row("Diesel sold at between 95 and 99p a litre.", "95",
        {"value": 0.95, "high": 0.99, "unit": "GBP / liter"}),
    Row("Shares traded from 40 to 45p all week.", "40", {"value": 0.4, "high": 0.45}),
    # "Of the <whole> <participle> <words with names, codes or years>, N": N counts the whole
    Row("Of the 1,310 claims lodged in Q2, 204 were paid.", "204",
        {"value": 204, "noun": "claims"}),
    Row("Of the 90 vans tested in 2024, 12 failed the brake check.", "12",
        {"value": 12, "noun": "vans"}),
    Row("Of the 500 adults polled by YouGov, 41 said they would move.", "41",
        {"value": 41, "noun": "adults"}),
    # a subject whose head has a name with digits before it ("COVID-19 cases")
    Row("COVID-19 admissions fell to 12 last week.", "12", {"value": 12, "noun": "admissions"}),
    Row("Type-2 diabetes cases climbed to 4,100.", "4,100", {"value": 4100, "noun": "cases"}),
    Row("M25 closures rose to 14 in March.", "14", {"value": 14, "noun": "closures"}),
    # a scale word after a stated tolerance scales the figure and the tolerance
    Row("The rocks are 1.8 ± 0.2 million years old.", "1.8",
        {"value": 1_800_000, "unit": "year", "precision": 200_000}),
    Row("Output was 2.4 +/- 0.3 billion tonnes.", "2.4",
        {"value": 2_400_000_000, "unit": "metric_ton"}),
    Row("The crowd was put at 12 ± 2 thousand people.", "12",
        {"value": 12_000, "noun": "people", "precision": 2000}),
    # the first end of "from A in YEAR to B unit" takes B's unit: a year between the ends
    Row("Wind output rose from 35 in 1990 to 47 terawatt-hours in 2004.", "35",
        {"value": 35, "unit": "terawatt_hour"}),
    Row("Health spending fell from 1.7 in 2005 to 1.1% of GDP in 2012.", "1.7",
        {"value": 1.7, "unit": "percent"}),
    Row("Coal use slid from 90 in 2010, to 60 tonnes in 2020.", "90",
        {"value": 90, "unit": "metric_ton"}),
]

# (what, sentence, the surface that must not be read as a claim)
NOT_CLAIMS = [
    # the first day of a span whose last day stands by its month
    ("day span, between", "Between 2 and 5 April the bridge stays shut.", "2"),
    ("day span, from/to", "The fair runs from 11 to 14 September in Leeds.", "11"),
    ("day span, hyphen", "Walkouts are set for 17-19 October at six depots.", "17"),
    ("day span, en dash", "The summit meets on 8–10 July in Vilnius.", "8"),
    ("day span, through", "Exhibits stay open 3 through 6 January.", "3"),
    # the last day of a span whose first day follows its month
    ("day span, month first", "The tour plays Dublin on August 21 to 24.", "24"),
    ("day span, month first, and", "Polling is on May 6 and 7 in most wards.", "7"),
    # a definite article, a number and one singular noun heading its clause: a name
    ("emergency call", "The 999 call was logged at the station.", "999"),
    ("emergency call, lower in clause", "Officers said the 911 call came from a payphone.",
     "911"),
    ("route number", "Commuters said the 73 bus was packed again.", "73"),
    ("train line", "Signal faults stopped the 4 train, officials said.", "4"),
    ("demonstrative and a number", "That 747 jet was retired last spring.", "747"),
    # "one" before any one word and a distributive or sequential frame
    ("one word at a time", "The manager wants to take it one match at a time.", "one"),
    ("one word at a time, other beat", "Investors should read filings one page at a time.",
     "one"),
    ("one word after another", "The ministry lurched from one crisis after another.", "one"),
    ("one word or another", "Every family is touched in one way or another.", "one"),
    ("from one word to the next", "Prices swing from one week to the next.", "one"),
    # proverbs with a number word
    ("proverb, heads", "Two heads are better than one, the chairman told the board.", "Two"),
    ("proverb, wrongs", "Two wrongs don't make a right, said the magistrate.", "Two"),
    ("proverb, picture", "A picture is worth a thousand words, the curator said.", "thousand"),
    ("proverb, coin", "Growth and inflation are two sides of the same coin.", "two"),
    # a fraction word hyphened to a word that is no unit, point or scale: one compound word
    ("fraction compound, stage", "United were knocked out in a quarter-final replay.",
     "quarter"),
    ("fraction compound, party", "A third-party insurer paid the bill.", "third"),
    ("fraction compound, later in the sentence", "After the draw she reached a quarter-final.",
     "quarter"),
    # a number an "or" or "and" adds a few words after a number keyed in
    ("dialled list, or", "Ring 999 if life is at risk, or 101 for anything else.", "101"),
    ("dialled list, and", "Travellers should call 112 in Spain and 911 in Canada.", "911"),
    ("dialled list, later number", "Dial 105 for power cuts, or 999 if anyone is hurt.",
     "999"),
]

NEAR_TWINS = [
    # a day span's other end with no month by its partner, or a level, stays a figure
    Row("Prices rose from 4 to 9 in the week to May.", "9", {"value": 9}),
    Row("Seats rose from 11 to 14 September's total of 20.", "20", {"value": 20}),
    Row("From 10 to 15 per cent of staff left.", "10", {"value": 10, "high": 15,
                                                        "unit": "percent"}),
    # a plural, a zero plural or a compound after "the" and a number counts
    Row("The 911 calls logged in May were reviewed.", "911", {"value": 911}),
    Row("The 300 staff were told on Monday.", "300", {"value": 300, "noun": "staff"}),
    Row("The 20 crew were winched to safety.", "20", {"value": 20, "noun": "crew"}),
    Row("The 40 sheep escaped through a gap.", "40", {"value": 40, "noun": "sheep"}),
    Row("Of the 12 aircraft, nine were grounded.", "12", {"value": 12, "noun": "aircraft"}),
    Row("The minister promised 20,000 more police officers.", "20,000",
        {"value": 20000, "noun": "police officers"}),
    # a figure with "at a time", or "one" with no frame after its word, stays a claim
    Row("The ferry carries 40 cars at a time.", "40", {"value": 40, "noun": "cars"}),
    Row("The lift takes 12 people at a time.", "12", {"value": 12, "noun": "people"}),
    Row("The clinic admitted one patient on Friday.", "one", {"value": 1, "noun": "patient"}),
    Row("The club won one game in ten.", "one", {"value": 1, "noun": "game"}),
    # a number word near a proverb's words, not in it, stays a claim
    Row("Two heads of department resigned on Friday.", "Two", {"value": 2, "noun": "heads"}),
    Row("The painting sold for a thousand pounds.", "thousand", {"value": 1000, "unit": "GBP"}),
    # a fraction hyphened to a unit or a point stays a fraction of it
    Row("The runners covered a quarter-mile in the rain.", "quarter",
        {"value": 0.25, "unit": "mile"}),
    Row("Markets expect a quarter-point cut in June.", "quarter",
        {"value": 0.25, "unit": "percentage_point"}),
    Row("About a third of the orchard was lost.", "third", {"value": 100 / 3, "unit": "percent"}),
    # a fraction hyphened to a scale word is that part of the scale
    Row("The charity raised a quarter-million dollars.", "quarter",
        {"value": 250_000, "unit": "USD"}),
    Row("Half-billion euro losses hit the lender.", "Half", {"value": 500_000_000}),
    Row("A three-quarter-million pound grant was awarded.", "three",
        {"value": 750_000, "unit": "GBP"}),
    # after a number keyed in, what a figure counts keeps it an amount
    Row("Call 999 at once and 40 firefighters will come.", "40",
        {"value": 40, "noun": "firefighters"}),
    Row("Phone 999 and within 8 minutes an ambulance arrives.", "8",
        {"value": 8, "unit": "minute"}),
    Row("Text 88 to 60060 or 12 of our staff will ring you.", "12", {"value": 12}),
    # a level with a minus after another subject stays no change; "the euro area" is no currency
    Row("Inflation in the euro area was -0.3% in May.", "0.3", {"value": -0.3, "change": None}),
    Row("Inflation was −0.3% last year.", "0.3", {"value": -0.3, "change": None}),
    # a figure with a unit of its own keeps it; a figure in whole currency is not cents
    Row("The sides scored 64 points and 3 penalties.", "3", {"value": 3, "noun": "penalties"}),
    Row("The rooms measure 3 by 4 metres.", "3", {"value": 3, "unit": "meter"}),
    Row("Fees are 5, 10 and 20 dollars.", "5", {"value": 5, "unit": "USD"}),
    Row("The coin is worth 50 cents.", "50", {"value": 0.5, "unit": "USD"}),
    Row("Parliament backed the bill by 318 votes to 201.", "201",
        {"value": 201, "noun": "votes"}),
    # a figure before the change keeps its own noun; a singular subject gives none
    Row("Hospitals saw 820 patients, up from 640.", "640", {"value": 640, "noun": "patients"}),
    Row("Membership fell by 2,300 in 2023.", "2,300", {"value": 2300, "noun": None}),
    Row("Of the 60 homes, the council inspected 9.", "9", {"value": 9, "noun": None}),
    Row("The rod is 180 ± 5 cm long.", "180", {"value": 180, "unit": "centimeter",
                                               "precision": 5}),
    # near-twins: no year between the ends, or two ends of months without units
    Row("Prices went from 3 in May to 5 in June.", "3", {"value": 3, "unit": ""}),
    Row("The club moved from 4th in 2019 to 2 wins clear in 2020.", "2",
        {"value": 2, "unit": ""}),
]


@pytest.mark.parametrize(("what", "sentence", "surface"), NOT_CLAIMS,
                         ids=[w for w, _, _ in NOT_CLAIMS])
def test_not_a_claim(what: str, sentence: str, surface: str) -> None:
    assert not [c for c in extract(sentence) if surface in c.text], what


@pytest.mark.parametrize("row", CLAIMS + NEAR_TWINS, ids=row_id)
def test_claim(row: Row) -> None:
    assert_row(row)
