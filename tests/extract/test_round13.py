"""extract() on the classes of issue 12's thirteenth round, phrasings of our own as table
rows, each class with rows that must fire and near-twins that must not:
- a currency sign written after its figure, spaced or touching ("7.25 $", "40£"), is its
  currency as "12 €" is; a figure right after the sign takes the sign instead ("5 $10");
- a spaced "t" (tonne) or "h" (hour) before a clause end or "of" and what it measures is
  the unit ("600 t of coal", "within 48 h."), as "g" and "l" already were; before a word it
  may be the start of ("a 3 t shirt") it is not;
- two numbers in words, one after the other, joined by "or" ("two or three weeks", "five or
  six million homes") are a rough range; in digits ("12 or 14 beds") two figures;
- a fraction word with as many parts as make the whole, or more ("a game of two halves",
  "all four quarters"), counts parts and is no share (it read as 100 percent);
- "plus or minus N" and "plus/minus N" state a tolerance: after a figure it is that
  figure's precision ("180 plus or minus 5 cm" is one figure, as "180 ± 5 cm" is); alone
  ("a margin of error of plus or minus 3 points") it is N, with no sign and no change (it
  read as minus N, a decrease);
- a sum of money with a written sign after a word of level ("from +£3m to -£5m") is a
  level, as a signed share there already was; a price list's sign stays a change;
- "halve" and "halving" are 50 percent, a decrease, as "halved" is; the number after
  "factor of" is a multiplier ("grew by a factor of ten", "a factor of 2.5 higher"), not a
  bare count, and a year after it ("a key factor of 2024") is none; a multiplier's change
  is not understood in a count after it ("rose threefold, and 40 staff left");
- a short unit symbol after "per" is a rate's denominator ("£2.50 per kg", "$3 per lb"), as
  after "/" ("£2.50/kg") and as a longer name after "a" ("80p a litre");
- a span of time in two units, the larger first ("4 years and 6 months", "2 weeks and 3
  days", "3 days and 20 hours") is one figure in the smaller unit, as "2 hours and 15
  minutes" was (lexicon/compounds.tsv); not when the smaller is a whole larger or more;
- a tally after a word that reads as a bound ("the bill passed 52-48") is a score, as
  "won 112-104" was: no figures."""

from __future__ import annotations

import pytest

from factcheck import extract
from tests.extract.rows import Row, assert_row, row_id

CLAIMS = [
    # a currency sign after the figure
    Row("Street vendors charge 3.50 $ for a bowl of noodles.", "3.50",
        {"value": 3.5, "unit": "USD"}),
    Row("A night in the capsule hotel costs 4800 ¥, the owner says.", "4800",
        {"value": 4800, "unit": "JPY"}),
    Row("The ticket was 40£ when the tour began.", "40",
        {"value": 40, "unit": "GBP"}),
    Row("Wheat futures settled at 6.10 $, down from 6.45 $.", "6.45",
        {"value": 6.45, "unit": "USD"}),
    # near-twins: the sign leads the next figure
    Row("Collectors bought 5 $20 notes at the fair.", "5",
        {"value": 5, "unit": ""}),
    Row("Collectors bought 5 $20 notes at the fair.", "20",
        {"value": 20, "unit": "USD"}),
    # a spaced tonne or hour symbol
    Row("The barge unloaded 600 t of coal at the wharf.", "600",
        {"value": 600, "unit": "metric_ton"}),
    Row("Each steel coil weighs 0.4 t.", "0.4",
        {"value": 0.4, "unit": "metric_ton"}),
    Row("Divers searched for 36 h, the coastguard said.", "36",
        {"value": 36, "unit": "hour"}),
    Row("Results arrive within 48 h of sampling.", "48",
        {"value": 48, "unit": "hour"}),
    # numbers in words, one after the other, joined by "or": a rough range
    Row("The repairs will take two or three weeks.", "two",
        {"value": 2, "high": 3, "unit": "week"}),
    Row("Five or six thousand pilgrims are expected at the shrine.", "Five",
        {"value": 5000, "high": 6000, "noun": "pilgrims"}),
    Row("Rents climbed three or four percent in the suburbs.", "three",
        {"value": 3, "high": 4, "unit": "percent", "change": "increase"}),
    Row("Only eight or nine buses ran on the Sunday route.", "eight",
        {"value": 8, "high": 9, "noun": "buses"}),
    # near-twins: in digits, or not one after the other, two figures
    Row("The hostel has 12 or 14 beds free most nights.", "12",
        {"value": 12, "high": None}),
    Row("The course lasts two or four years, depending on the student.", "two",
        {"value": 2, "high": None, "unit": "year"}),
    # a stated tolerance in words
    Row("The pollsters give a margin of error of plus or minus 3 percentage points.", "3",
        {"value": 3, "unit": "percentage_point", "change": None}),
    Row("Gauges drift by plus/minus 0.5C over a year.", "0.5",
        {"value": 0.5, "unit": "degree_Celsius", "change": None}),
    Row("The beam is 240 plus or minus 2 cm long.", "240",
        {"value": 240, "unit": "centimeter", "precision": 2}),
    Row("Each capsule holds 500 plus/minus 25 mg of the compound.", "500",
        {"value": 500, "unit": "milligram", "precision": 25}),
    # near-twins: a minus alone keeps its sign
    Row("Overnight lows reached minus 7C in the glens.", "7",
        {"value": -7, "unit": "degree_Celsius"}),
    Row("The output gap was minus 1.2 percent of GDP.", "1.2",
        {"value": -1.2, "unit": "percent"}),
    # a signed sum of money after a word of level is a level
    Row("The trade balance swung from +£3m to -£5m in a quarter.", "3m",
        {"value": 3e6, "unit": "GBP", "change": None}),
    Row("Fund flows went from +$2bn in spring to -$1bn in summer.", "2bn",
        {"value": 2e9, "unit": "USD", "change": None}),
    # near-twins: in a price list the sign is the move
    Row("Brent +$1.05 at $79.40, WTI +$0.90 at $75.10.", "1.05",
        {"value": 1.05, "unit": "USD", "change": "increase"}),
    Row("Shell 2,710p (-14p), BP 480p (+3p).", "14p",
        {"value": -0.14, "unit": "GBP", "change": "decrease"}),
    # every form of "halve" is half, a decrease
    Row("The board wants to halve waiting lists within two years.", "halve",
        {"value": 50, "unit": "percent", "change": "decrease"}),
    Row("Halving the bus fare cost the county £4m.", "Halving",
        {"value": 50, "unit": "percent", "change": "decrease"}),
    Row("Rail freight volumes halved after the strike.", "halved",
        {"value": 50, "unit": "percent", "change": "decrease"}),
    # a factor of N
    Row("Flood claims grew by a factor of ten over the decade.", "factor",
        {"value": 10, "multiplier": True, "change": "increase"}),
    Row("The new drug cut relapses by a factor of 3.", "factor",
        {"value": 3, "multiplier": True, "change": "decrease"}),
    Row("Radon levels there are a factor of 2.5 higher than the average.", "factor",
        {"value": 2.5, "multiplier": True}),
    # a multiplier's change does not carry onto a count after "and"
    Row("Complaints rose fourfold, and 60 inspectors were hired.", "60",
        {"noun": "inspectors", "change": None}),
    Row("Costs grew by a factor of ten, and 12 depots closed.", "12",
        {"change": None}),
    # near-twin: a like figure after "and" takes the verb
    Row("Imports rose 4.1% and exports 2.2% in March.", "2.2%",
        {"change": "increase"}),
    # a short symbol after "per"
    Row("Lamb fetched £7.20 per kg at the Welshpool mart.", "7.20",
        {"unit": "GBP / kilogram"}),
    Row("Silver traded near $31 per oz on Friday.", "31",
        {"unit": "USD / troy_ounce"}),  # a price per ounce: round 14, extract/prices.py
    Row("Growers expect 9 t per ha from the new variety.", "9",
        {"unit": "metric_ton / hectare"}),
    Row("The contractor charges €40 per m of hedge.", "40",
        {"unit": "EUR / meter"}),
    # near-twins: "a" before a short symbol, and "per" before a word that is no unit
    Row("Entry is €12 per head for adults.", "12",
        {"unit": "EUR"}),
    Row("The fee is 5 per cent of the price.", "5",
        {"unit": "percent"}),
    # a span of time in two units
    Row("The fraudster was jailed for five years and eight months.", "five",
        {"value": 68, "unit": "month"}),
    Row("The walkout lasted 2 weeks and 3 days at the depot.", "2 weeks",
        {"value": 17, "unit": "day"}),
    Row("Rescuers dug for 3 days and 20 hours before the last survivor was found.", "3 days",
        {"value": 92, "unit": "hour"}),
    # near-twin: a smaller figure of a whole larger unit or more is a figure of its own
    Row("The scheme ran 4 years and 16 months later was wound up.", "16",
        {"value": 16, "unit": "month"}),
    # near-twin: upwards after a bound word, a range
    Row("Wages rose over 3-5% in the sector.", "3-5%",
        {"value": 3, "high": 5, "bound": "over"}),
    # a fraction word below the whole is still a share
    Row("Seven eighths of the grant went on wages.", "Seven eighths",
        {"value": 87.5, "unit": "percent"}),
    Row("Turnout fell two thirds in the by-election.", "two thirds",
        {"unit": "percent", "change": "decrease"}),
]

NOT_CLAIMS = [
    # a tally after a bound word is a score
    "The amendment passed 52-48 after a long night.",
    "The council's plan topped 31-17 in the vote.",
    "Ministers' motion passed 301-289.",
    # a year after "factor of"
    "The one key factor of 2023 was the weather.",
    # a spaced "t" before a word it may begin is no tonne
    "He wore a 3 t shirt to the trial.",
    # parts that make the whole, or more, are counted parts, no share
    "Coach Adeyemi called it a game of two halves.",
    "Margins improved in all four quarters of the year.",
    "The baker sliced the loaf into eight eighths.",
]


@pytest.mark.parametrize("row", CLAIMS, ids=row_id)
def test_claim(row: Row) -> None:
    assert_row(row)


@pytest.mark.parametrize("sentence", NOT_CLAIMS)
def test_not_a_claim(sentence: str) -> None:
    assert extract(sentence) == []
