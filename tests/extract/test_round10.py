"""extract() on the classes of issue 12's tenth round, each with phrasings of our own that must
fire and near-twins that must not, as table rows: a bare whole number of five digits or more
written without a group separator and with nothing counted after it is a code, a short number
or a reference (unless its sentence writes such a number as an amount); a small bare number
after a word that leads a time, in a sentence that writes a time of day or before a day word,
is an hour; a hundredth of a currency after the figure (lexicon/subunits.tsv: centimes,
kopecks, satang); "a decade ago" after a word fraction is when, not a unit; "by between X and
Y" keeps its change; a fraction of a length after a verb of displacement is a distance; a
count that opens its clause before a past form ("Of the 900 patients, 212 reported
headaches") counts the whole's noun, the past form being the clause's verb."""

from __future__ import annotations

import pytest

from factcheck import extract
from tests.extract.rows import Row, assert_row, row_id

# (what, sentence, the surface that must not be read as a claim)
NOT_CLAIMS = [
    ("short code after a keyword", "Text VOTE to 84433 to back your favourite act.", "84433"),
    ("short code after a quoted word", "To donate, send the word GIVE to 70070.", "70070"),
    ("short code, other verb", "Readers can reply STOP to 88020 at any time.", "88020"),
    ("reference after a copula", "The claim reference is 552019 and should be quoted.",
     "552019"),
    ("number in commas", "Her staff number, 40917, was on the badge.", "40917"),
    ("hour after a written time", "Gates open at 1pm and the final whistle is due by 5.", "5"),
    ("hour after a.m.", "The polls opened at 7 a.m. and will stay open until 10.", "10"),
    ("hours around hh:mm", "Registration is at 08:30, with talks from 9 until 4.", "9"),
    ("hour before a weekday", "The ferry sails at 6 on Friday evenings.", "6"),
    ("hour before tomorrow", "Lessons end by 3 tomorrow because of the strike.", "3"),
    ("hour before a day, until", "The curfew runs until 5 on Sunday.", "5"),
    ("pair of hours, until", "Lunch is served from 12 until 2.", "12"),
    ("second of a pair of hours", "The helpdesk is staffed from 8 till 6.", "6"),
    ("pair of hours before a day", "Clinics run from 9 to 5 on Monday.", "5"),
    ("pair of hours, till", "The market is open from 8 till 1 on Saturdays.", "8"),
    ("approximate hour", "The results will be out at around 11 tonight.", "11"),
    ("model and variant", "The 737 MAX 8 was grounded again.", "737"),
    ("model with a lettered variant", "The 911 GT3 RS is the fastest of the range.", "911"),
    ("lap label", "Hamilton led from lap 23 to the flag.", "23"),
    ("version label", "Firmware version 3.4 fixed the bug.", "3.4"),
    ("release label", "The patch arrives in release 2.1 next week.", "2.1"),
    # a label word abbreviated with a dot, and a court's number
    ("abbreviated figure label", "Fig. 4 plots the rise in rents since 2019.", "4"),
    ("abbreviated figure label, lower case", "The gap narrows (see fig. 7) after May.", "7"),
    ("court number", "The case was heard in Court 5 before a jury.", "5"),
]

NEAR_TWINS = [
    # a grouped figure, or one with what it counts, stays a figure
    Row("Officials texted 84,433 people about the alert.", "84,433",
        {"value": 84433, "noun": "people"}),
    Row("The station counted 70070 visitors last year.", "70070",
        {"value": 70070, "noun": "visitors"}),
    Row("Some 25000 homes lost power.", "25000", {"value": 25000, "bound": "approx"}),
    # an ungrouped figure a verb reaches, or the amount "of" a noun, stays an amount
    Row("The toll rose to 10500 overnight.", "10500", {"value": 10500}),
    Row("Attendance stood at 45000 on Monday.", "45000", {"value": 45000}),
    Row("A crowd of 48112 watched the final.", "48112", {"value": 48112}),
    # a writer who does not group: the second ungrouped figure is an amount too
    Row("There were 68400 people out of work for a year and 95800 for longer.", "95800",
        {"value": 95800}),
    # a number after a sentence's full stop, or after a court that counts it, stays a figure
    Row("Rents rose in the city. 4 of 10 tenants now pay more.", "4", {"value": 4}),
    Row("The court heard 5 cases on Monday.", "5 cases", {"value": 5, "noun": "cases"}),
    # a level has a verb of state before its "at"; a change has its verb
    Row("The death toll stood at 12 on Tuesday.", "12", {"value": 12}),
    Row("The number of cases rose by 7 on Monday.", "7", {"change": "increase"}),
    Row("Arrests reached 14 by Friday.", "14", {"value": 14}),
    Row("The count was 11 at 10:30, officials said.", "11", {"value": 11}),
    Row("Volunteers handed out 300 meals by 8pm.", "300", {"noun": "meals"}),
    # capitals before a counted noun, or a unit in capitals, stay a figure
    Row("The trust runs 12 NHS hospitals.", "12", {"noun": "nhs hospitals"}),
    Row("Only 3 MP voted against.", "3", {"value": 3}),
    Row("Some 27 EU states agreed.", "27", {"bound": "approx"}),
    Row("The plan gives 40 GB of data.", "40", {"unit": "gigabyte"}),
    # an "m" that counts, or one after a money word, stays millions beside a length
    Row("The club has 1.7m fans and a 105m pitch.", "1.7m", {"value": 1.7e6, "noun": "fans"}),
    Row("The 12km road cost 1.5m to build.", "1.5m", {"value": 1.5e6}),
    Row("The 400m hurdles champion earned 1.2m.", "1.2m", {"value": 1.2e6}),
    # index points beside a percent that restates them stay points
    Row("The Dow fell 300 points, or 0.9%, to 38,100.", "300 points", {"noun": "points"}),
    # "half" before a noun that is no point or unit still names a kind of thing
    Row("The Haldon half marathon drew 3,000 runners.", "3,000", {"noun": "runners"}),
    Row("The firm reported losses of $2m.", "$2m", {"change": None}),
    # a change verb before the figure stays the figure's change
    Row("The firm cuts 40 jobs a year.", "40", {"noun": "jobs"}),
    Row("Output rises 3% a year.", "3%", {"change": "increase"}),
    # a lap counted stays a count
    Row("She ran 23 laps of the track.", "23", {"noun": "laps"}),
    # a pair of levels after a verb of change or motion
    Row("The rate fell from 9 to 5 on Monday.", "5", {"value": 5}),
    Row("Cases went from 3 until 7 by Friday.", "7", {"value": 7}),
    # a past form that describes the noun after a count: its verb comes later, or the
    # count does not open its clause
    Row("In the county, 620 registered players took part.", "620",
        {"noun": "registered players"}),
    Row("The rugby club has 620 registered junior players.", "620",
        {"noun": "registered junior players"}),
    Row("Rangers logged 1,037 ringed kites in the county.", "1,037", {"noun": "ringed kites"}),
    # a fraction's unit where no time phrase follows
    Row("The walk is half a mile long.", "half", {"value": 0.5, "unit": "mile"}),
    # a rise in a length that is a level's change stays one
    Row("The river rose half a metre overnight.", "half",
        {"unit": "meter", "change": "increase"}),
    # a range with no change word stays a plain range
    Row("The firm employs between 300 and 400 people.", "300",
        {"value": 300, "high": 400, "change": None}),
    Row("The appeal hopes to raise between £2m and £2.5m for the ward.", "£2m",
        {"value": 2e6, "high": 2.5e6, "change": None}),
    Row("Bread rose 5 pence to a loaf.", "5 pence", {"value": 0.05, "unit": "GBP"}),
]

CLAIMS = [
    # a change verb's -s form right after a count is a plural noun
    Row("The bank made two cuts this year.", "two", {"value": 2, "noun": "cuts"}),
    Row("There were three rises in a row.", "three", {"noun": "rises"}),
    Row("She suffered 2 falls on the ice.", "2", {"noun": "falls"}),
    # lexicon rows: "trebled" as "tripled"; US and imperial gallons
    Row("House prices have trebled since 2000.", "trebled",
        {"value": 3, "multiplier": True, "change": "increase"}),
    Row("The fee quadruples next year.", "quadruples", {"value": 4, "multiplier": True}),
    Row("The tank holds 40 US gallons.", "40", {"unit": "gallon"}),
    Row("The tank holds 40 imperial gallons.", "40", {"unit": "imperial_gallon"}),
    Row("Bandwidth hit 2.5 Tbps at the peak.", "2.5", {"unit": "terabit / second"}),
    # a count that opens its clause before a past form: the form is the verb, the noun is
    # the whole's ("Of the ...") or none
    Row("Of the 900 patients, 212 reported headaches and 40 reported nausea.", "212",
        {"noun": "patients"}),
    Row("Of 500 firms polled, 212 reported losses in the year.", "212", {"noun": "firms"}),
    Row("Of the 60 ships inspected, 9 failed the safety check.", "9", {"noun": "ships"}),
    Row("In a trial of 300 adults, 38 developed a rash within a week.", "38",
        {"noun": "adults"}),
    Row("Another 45 tested positive on Monday.", "45", {"noun": None}),
    Row("The loaf costs 2.40 francs, 30 centimes more than last year.", "30 centimes",
        {"value": 0.3, "unit": "CHF", "change": "increase"}),
    Row("The fare is 120 roubles, 50 kopecks more than in May.", "50 kopecks",
        {"value": 0.5, "unit": "RUB"}),
    Row("A bus ticket costs 40 baht, 50 satang less than before.", "50 satang",
        {"value": 0.5, "unit": "THB", "change": "decrease"}),
    Row("Support rose to three-quarters, up from two-fifths a decade ago.", "two-fifths",
        {"value": 40, "unit": "percent"}),
    Row("The share is now a quarter, up from a tenth a month before.", "a tenth",
        {"value": 10, "unit": "percent"}),
    Row("Three-fifths of firms now export, from one-fifth a year earlier.", "one-fifth",
        {"value": 20, "unit": "percent"}),
    Row("Fees will rise by between 3% and 4% in April.", "3%",
        {"value": 3, "high": 4, "change": "increase"}),
    Row("Bills are set to fall between £50 and £80 a year.", "£50",
        {"value": 50, "high": 80, "change": "decrease"}),
    Row("Output grew by between 1.5 and 2 million barrels.", "1.5",
        {"value": 1.5e6, "high": 2e6, "change": "increase"}),
    # points after a percentage level "of" its whole are percentage points
    Row("Reservoir stocks stood at 61% of capacity, up 9 points on the week.", "9 points",
        {"unit": "percentage_point", "change": "increase"}),
    Row("Approval is at 44% of voters, down 6 points since May.", "6 points",
        {"unit": "percentage_point", "change": "decrease"}),
    Row("Turnout fell to 58% of the electorate, a drop of 4 points.", "4 points",
        {"unit": "percentage_point"}),
    # a touching m with nothing counted, in a sentence that measures other lengths: metres
    Row("Aberfeldy had 48mm of rain, and the Tay rose 1.4m overnight.", "1.4m",
        {"value": 1.4, "unit": "meter", "change": "increase"}),
    Row("The wave was 12 feet high and the tide rose 2.1m.", "2.1m",
        {"value": 2.1, "unit": "meter"}),
    Row("The 3 km tunnel sits 40m below the river.", "40m", {"value": 40, "unit": "meter"}),
    # a fraction before a spaced "point" is of a percentage point, as with a hyphen
    Row("The rate was cut by a quarter point.", "quarter",
        {"value": 0.25, "unit": "percentage_point", "change": "decrease"}),
    Row("Rates rose a half point in June.", "half",
        {"value": 0.5, "unit": "percentage_point", "change": "increase"}),
    Row("The Fed delivered a half point hike.", "half",
        {"unit": "percentage_point", "change": "increase"}),
    # a plural change noun and "of" before a figure make it a change
    Row("The bank made two cuts of a quarter point each.", "quarter",
        {"unit": "percentage_point", "change": "decrease"}),
    Row("Shoppers faced rises of 3% a month.", "3%", {"change": "increase"}),
    Row("The glacier retreated half a mile in a decade.", "half",
        {"unit": "mile", "change": None}),
    Row("The ice edge advanced three-quarters of a mile.", "three-quarters",
        {"unit": "mile", "change": None}),
    Row("The extension adds half a mile to the runway.", "half",
        {"unit": "mile", "change": None}),
]

# known misses: figures read as claims that are none
KNOWN_NOT_CLAIMS = [
    # an hour with no written time and no day word after it is read as a count
    ("hour with nothing around it", "The bus leaves at 8 and returns by 11.", "11"),
    # a hyphened "one-" before a unit of time that names a format, not a duration
    ("format named by a duration", "The club's one-day squad was named.", "one-day"),
]


@pytest.mark.parametrize(("what", "sentence", "surface"), NOT_CLAIMS,
                         ids=[w for w, _, _ in NOT_CLAIMS])
def test_not_a_claim(what: str, sentence: str, surface: str) -> None:
    assert not [c for c in extract(sentence) if surface in c.text], what


@pytest.mark.parametrize("row", CLAIMS + NEAR_TWINS, ids=row_id)
def test_claim(row: Row) -> None:
    assert_row(row)


@pytest.mark.xfail(strict=True, reason="known miss of this round")
@pytest.mark.parametrize(("what", "sentence", "surface"), KNOWN_NOT_CLAIMS,
                         ids=[w for w, _, _ in KNOWN_NOT_CLAIMS])
def test_known_not_claim_miss(what: str, sentence: str, surface: str) -> None:
    assert not [c for c in extract(sentence) if surface in c.text], what
