"""extract() on the classes of issue 12's fourth round (held-out text): each class with at
least three phrasings of our own that fire and near-twins that must not, as table rows."""

from __future__ import annotations

import pytest

from factcheck import extract
from tests.extract.rows import Row, assert_row, row_id

# numbers that name or idioms that count nothing
NOT_CLAIMS = [
    ("plural label, pair", "The motorway is closed between junctions 11 and 14 tonight."),
    ("plural label, range", "Revise chapters 2 to 7 before the exam."),
    ("plural label, list", "Services leave from platforms 3, 4 and 5."),
    ("plural label, or", "Passengers for gates 20 or 21 should wait."),
    ("idiom, steps", "The peace process is one step forward and two steps back."),
    ("idiom, closer", "Negotiators edged one step closer to a deal."),
    ("idiom, ahead", "The hackers stay one step ahead of the police."),
    ("idiom, number one", "Safety is the number one concern for parents."),
    ("idiom, swoop", "The board sacked them in one fell swoop."),
]

STILL_CLAIMS = [
    # a plural count, not a label, before a list
    Row("The firm shut 4 junctions and 6 depots.", "6", {"noun": "depots"}),
    Row("She took three steps back from the edge.", "three", {"noun": "steps"}),
    Row("The spire has 300 steps.", "300", {"noun": "steps"}),
    # a sign after an index name in capitals is the index's change
    Row("Europe at noon: DAX -0.4%, IBEX +0.2%.", "0.4", {"value": -0.4,
                                                           "change": "decrease"}),
    Row("In Asia the KOSPI -1.5% led losses.", "1.5", {"value": -1.5}),
    Row("Closing: FTSE -0.3%.", "0.3", {"value": -0.3, "unit": "percent"}),
]

# a part counts what its whole counts
PARTS = [
    Row("Forty-two of the two hundred and ten stalls were empty.", "Forty-two",
        {"noun": "stalls"}),
    Row("Just 9 of the village's 31 shops remain open.", "9", {"noun": "shops"}),
    Row("Five of the council's 48 seats changed hands.", "Five", {"noun": "seats"}),
    Row("Three of the region's clinics closed.", "Three", {"noun": "clinics"}),
    Row("Of the 450 patients treated, 38 were sent home.", "38", {"noun": "patients"}),
    Row("Of the 90 cars tested last month, 12 failed.", "12", {"noun": "cars"}),
    Row("Of the 200 members polled, 130 backed the strike.", "130", {"noun": "members"}),
    # near-twins: a comma that ends the whole's clause without a part after it
    Row("Of the 80 vans, the police said 12 were stolen.", "12", {"noun": None}),
    Row("One of the best teams in the league.", "One", {"noun": "best teams"}),
]

# rates: a sum or a measure per unit, also past what it measures
RATES = [
    Row("Nickel traded at 17,500 dollars per tonne.", "17,500",
        {"unit": "USD / metric_ton"}),
    Row("Cocoa sold for 3,000 euros a tonne.", "3,000", {"unit": "EUR / metric_ton"}),
    Row("Crude fell to 72 dollars a barrel.", "72", {"unit": "USD / oil_barrel"}),
    Row("Households pay £1,200 a year on energy.", "1,200", {"unit": "GBP / year"}),
    Row("Fees will go up by £45 a year from September.", "45", {"unit": "GBP / year"}),
    Row("The mill grinds 400 tonnes of wheat a day.", "400", {"unit": "metric_ton / day"}),
    Row("The spring yields 60 litres of fresh water per minute.", "60",
        {"unit": "liter / minute"}),
    Row("The valley gets 900 millimetres of rain a year.", "900",
        {"unit": "millimeter / year"}),
    Row("The region sells $4bn of timber a year.", "4bn", {"unit": "USD / year"}),
    # near-twins: a time, not a rate
    Row("Turnover was £8m a year earlier.", "8m", {"unit": "GBP"}),
    Row("A year on, rents were £700 a month.", "700", {"unit": "GBP / month"}),
    Row("Wages were £300 higher a year ago.", "300", {"unit": "GBP"}),
    Row("It will cost £90 a year from now.", "90", {"unit": "GBP"}),
    Row("The ship carried 2 million barrels of oil to Rotterdam.", "2 million",
        {"unit": "oil_barrel"}),
    Row("He drank 3 litres of water on a day out.", "3", {"unit": "liter"}),
]

KNOWN_MISSES = [
    # a verb in -ed before a singular noun reads as an adjective of the counted noun
    Row("Of the 450 patients treated, 38 needed surgery.", "38", {"noun": "patients"}),
]


@pytest.mark.parametrize(("what", "sentence"), NOT_CLAIMS, ids=[w for w, _ in NOT_CLAIMS])
def test_not_a_claim(what: str, sentence: str) -> None:
    assert extract(sentence) == [], what


@pytest.mark.parametrize("row", STILL_CLAIMS + PARTS + RATES, ids=row_id)
def test_claim(row: Row) -> None:
    assert_row(row)


@pytest.mark.xfail(strict=True)
@pytest.mark.parametrize("row", KNOWN_MISSES, ids=row_id)
def test_known_miss(row: Row) -> None:
    test_claim(row)
