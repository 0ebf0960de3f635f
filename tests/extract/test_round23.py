"""extract() on the classes of round 23, each with phrasings of our own that must change and
near-twins that must not: a number in words after a label word is read whole, and a scale
word in it makes it a count ("can seat forty-two thousand fans"; extract/claims._claim_at);
the items of a gapped list after a count are figures, not names with digits ("Labour won 22,
the Greens 6"; extract/gapped.gapped_item); "by" before the first of "X to Y", the second
over five times the first, states a difference and the level it led to, with any verb
("extended by 400 metres to 3,200 metres"; extract/combine._change_then_level); a measure
word written with a capital after "the" and a number names an event ("the 1,000 Guineas";
context.tsv role old_measure, extract/filters._measure_word); the whole of "Of the N nouns,
M" may be qualified by a relative clause or a prepositional phrase ("who sat the exam",
"in the trial"; extract/combine._WHOLE_THEN_PART)."""

from __future__ import annotations

import pytest

from factcheck import extract
from tests.extract.rows import Row, assert_row, row_id

ROWS = [
    # a hyphened number word with a scale after a label word used as a verb: the whole run
    Row("The arena can seat forty-two thousand fans.", "forty-two", {"value": 42000.0,
                                                                     "noun": "fans"}),
    Row("The new trains seat three hundred passengers.", "three", {"value": 300.0}),
    Row("The hall will seat twenty-five hundred guests.", "twenty-five", {"value": 2500.0}),
    Row("Ministers will table sixty-one thousand pages of evidence.", "sixty-one",
        {"value": 61000.0}),
    Row("The cathedral could seat ninety-eight hundred worshippers.", "ninety-eight",
        {"value": 9800.0}),
    # near-twins: digits and a plain number word stay as they were
    Row("The stadium will seat 42,000 spectators.", "42,000", {"value": 42000.0}),
    Row("About thirty-one thousand homes lost power.", "thirty-one", {"value": 31000.0}),
    Row("Some sixty-five million viewers watched.", "sixty-five", {"value": 65e6}),
    # gapped lists after a count: each item a figure, with the first count's noun
    Row("At the count, Labour won 22, the Tories 15 and the Greens 6.", "15", {"noun": None}),
    Row("Ferrari took 12 podiums, McLaren 9 and Mercedes 7.", "9", {"noun": "podiums"}),
    Row("The Democrats picked up 31 governorships, the Republicans 17 and independents 2.",
        "17", {"noun": "governorships"}),
    Row("Leeds General treated 210 patients, Bradford 144, and Wakefield 97.", "97",
        {"noun": "patients"}),
    Row("The Whigs took 40 seats, the Tories 35 seats and the Radicals 11 seats.", "35",
        {"noun": "seats"}),
    Row("The Blues scored 3 goals, the Reds 2.", "2", {"noun": "goals"}),
    # "by X to Y": a difference and the level it led to, whatever the verb
    Row("The pier was extended by 40 metres to 300 metres.", "300", {"value": 300.0,
                                                                     "high": None}),
    Row("The season was stretched by two weeks to 38 weeks.", "38", {"value": 38.0}),
    Row("The deadline was moved by 10 days to 90 days.", "10", {"value": 10.0, "high": None}),
    Row("Opening hours were pushed back by 2 hours to 14 hours a day.", "2", {"high": None}),
    Row("The roof was raised by 2 metres to 12 metres.", "2 metres", {"high": None}),
    # near-twins: close ends after "by" stay a range
    Row("Emissions must be cut by 40 to 45 percent.", "40", {"high": 45.0}),
    Row("The queue grew by 5 to 10 minutes.", "5", {"high": 10.0}),
    Row("Prices will be marked down by 20 to 30 per cent.", "20", {"high": 30.0}),
    # the whole of "Of the N nouns, M" with a relative clause or a phrase after it
    Row("Of the 64 councillors who voted, 40 backed the plan.", "40",
        {"noun": "councillors"}),
    Row("Of the 900 homes on the estate, 212 have no heating.", "212", {"noun": "homes"}),
    Row("Of the 1,200 staff at the plant, 300 will go.", "300", {"noun": "staff"}),
    Row("Of the 300 patients in the trial, 120 recovered.", "120", {"noun": "patients"}),
    Row("Of the 2,000 pupils who sat it, 1,500 passed.", "1,500", {"noun": "pupils"}),
    # near-twins: no "of" before the whole, no part
    Row("The 300 patients in the trial, 120 doctors and 4 nurses met.", "120",
        {"noun": "doctors"}),
    Row("Of the 300 patients, 120 recovered.", "120", {"noun": "patients"}),
    Row("The filly was sold for 500,000 guineas.", "500,000", {"noun": "guineas"}),
    Row("The 20 Premier League clubs voted for the rule.", "20", {"value": 20.0}),
    Row("The 40 Conservatives who rebelled were warned.", "40", {"value": 40.0}),
]


@pytest.mark.parametrize("row", ROWS, ids=row_id)
def test_round23(row: Row) -> None:
    assert_row(row)


@pytest.mark.parametrize(("sentence", "texts"), [
    ("Of the 48 seats, Labour won 22, the Tories 15, the Lib Dems 8 and the Greens 6.",
     ["48 seats", "22", "15", "8", "6"]),
    ("Labour won 22 seats, the Tories 15 seats and the Greens 14 seats, out of 48 seats.",
     ["22 seats", "15 seats", "14 seats", "48 seats"]),
    ("The Liberals won 19, the Nationals 11 and the Greens 3.", ["19", "11", "3"]),
    ("In the heats, Kenya took 7, Ethiopia 5 and Uganda 2.", ["7", "5", "2"]),
    ("Acme shipped 50 tractors, Birch 45 tractors and Cole 30 tractors.",
     ["50 tractors", "45 tractors", "30 tractors"]),
    ("The track grew by 400 metres to 3,200 metres.", ["400 metres", "3,200 metres"]),
])
def test_round23_every_figure(sentence: str, texts: list[str]) -> None:
    assert [c.text for c in extract(sentence)] == texts


@pytest.mark.parametrize("sentence", [
    # an event named with a measure written as a name
    "She won the 2,000 Guineas last spring.",
    "The 1,000 Guineas at Newmarket was delayed by fog.",
    "The 10,000 Metres final was delayed.",
    "Fans queued for the 100 Dollar Challenge.",
    "He finished third in the 500 Miles in May.",
    # a label before a number in words with no scale: no figure, and no part of it either
    "The club handed him the number twenty-two shirt.",
    "Work on phase twenty-one begins next year.",
    "The tower has reached level thirty-four.",
    # a list of names with digits: no gapped list
    "She flew a Boeing 737, an Airbus 320 and a Fokker 50.",
])
def test_round23_no_claim(sentence: str) -> None:
    assert extract(sentence) == []
