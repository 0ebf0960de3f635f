"""extract() on the classes of issue 12's eighth round, each with phrasings of our own
that must fire and near-twins that must not, as table rows: the sides of an area or a
volume written with a letter x ("30 x 40 m", "1920x1080 pixels"); "in." ending a sentence
that names an extent before the figure; a power word before a length ("3 square km") and a
caret power after a spaced symbol ("7 m^3"); compatibility signs ("℉", "㎏"); a country's
dollar after the figure ("12 C$"); a spaced "g" or "l" ending a phrase or before "of" and a
noun; SI prefixes on quantulum3's symbols ("nmol", "mGy"); "t/d"; "degC"; "per annum";
"quid"; two units joined by a hyphen ("ft-lb"); an hour before "o'clock" (a time of day,
no claim)."""

from __future__ import annotations

import pytest

from factcheck import extract
from tests.extract.rows import Row, assert_row, row_id

NOT_CLAIMS = [
    # a chain of figures with a letter x and no unit after it names a model, a format or a
    # score, not a measure
    ("x chain, vehicle", "They hired a 4x4 for the trip."),
    ("x chain, format", "The town hosts a 3x3 tournament."),
    ("x chain, grid", "Players fill a 9x9 grid."),
    # a street number before a name that an SI prefix and a symbol would spell ("E" + "lm")
    ("street, prefixed look-alike", "Police sealed off 12 Elm Street."),
    # an hour with "o'clock" is a time of day (DESIGN.md: times are no claims)
    ("o'clock, digits", "The vote closes at 10 o'clock tonight."),
    ("o'clock, word", "By eleven o'clock the hall had emptied."),
    ("o'clock, curly", "Trading resumed at 2 o’clock."),
]

# "in." ending a sentence that names no extent is the word "in", not inches
NO_UNIT = [
    Row("The visitors let 3 in.", "3", {"unit": ""}),
    # a power word before a word that is no length
    Row("Families need 3 square meals a day.", "3", {"unit": ""}),
    # near-twins: a spaced capital C before a sentence starting with a dollar sign
    Row("Lows of 3 C. $40m was spent on gritting.", "3", {"unit": "degree_Celsius"}),
    # near-twins: "of" and a determiner after a spaced letter (a share, not a measure)
    Row("The club won 3 m of the 5 races.", "3", {"unit": ""}),
    Row("Some 3 m (three million) people voted.", "3 m", {"unit": ""}),
    # near-twins of the hyphened product: a unit then a word that is no unit
    Row("Crews raised a 30-foot-tall mast.", "30", {"unit": "foot"}),
    Row("Drivers hauled 40-tonne-plus loads.", "40", {"unit": "metric_ton"}),
    # near-twin of the day symbol: a letter d apart from the figure is no day
    Row("The mark was 5 d in the old money.", "5", {"unit": ""}),
    # near-twin of o'clock: hours counted
    Row("The vote took 10 hours to count.", "10", {"unit": "hour"}),
    Row("By half-time the keeper had let 2 in.", "2", {"unit": ""}),
    Row("Of the 40 invited, only 12 came in.", "12", {"unit": ""}),
]

CLAIMS = [
    # spaced letter x, the unit after the last side
    Row("The garden plot measures 12 x 25 metres.", "12", {"value": 12, "unit": "meter"}),
    Row("The garden plot measures 12 x 25 metres.", "25", {"value": 25, "unit": "meter"}),
    Row("Builders laid a 6 x 9 ft patio last spring.", "6", {"unit": "foot"}),
    Row("Each cell was just 2 X 3 m.", "2", {"unit": "meter"}),
    # glued letter x, the first side touching it, three sides
    Row("Monitors sold at 2560x1440 pixels were cheaper.", "2560", {"unit": "pixel"}),
    Row("Monitors sold at 2560x1440 pixels were cheaper.", "1440", {"unit": "pixel"}),
    Row("The crates were 120x80x60 cm.", "80", {"value": 80, "unit": "centimeter"}),
    Row("She pitched a 5x7-metre marquee.", "5", {"unit": "meter"}),
    # decimals and a unit glued to the last side
    Row("The slab is 1.5 x 0.4 x 0.2m.", "0.4", {"value": 0.4, "unit": "meter"}),
    # near-twin: sides with their own units keep them
    Row("The rug is 2 m x 150 cm.", "150", {"unit": "centimeter"}),
    # "in." ending a sentence that names an extent before the figure is inches
    Row("The length of the old blade was 7 in.", "7", {"unit": "inch"}),
    Row("Snow depth at the airport reached 14 in.", "14", {"unit": "inch"}),
    Row("Its widths vary, but the frame's width is 30 in. Staff fit it today.", "30",
        {"unit": "inch"}),
    Row("The panel's thickness: 2.5 in.", "2.5", {"unit": "inch"}),
    # a power word before a length symbol or name: an area or a volume
    Row("Flooding swamped 14 square km of farmland.", "14", {"unit": "kilometer ** 2"}),
    Row("Each unit offers 650 square ft of space.", "650", {"unit": "foot ** 2"}),
    Row("The silo held 90 cubic m of grain.", "90", {"unit": "meter ** 3"}),
    Row("Crews poured 12 cu. yd of concrete.", "12", {"unit": "yard ** 3"}),
    Row("The pump moves 4 cubic ft per second.", "4", {"unit": "foot ** 3 / second"}),
    # a compatibility sign, read as the symbol Unicode spells it with (NFKC)
    Row("Thermometers in the square showed 104 ℉.", "104", {"unit": "degree_Fahrenheit"}),
    Row("Seoul sweltered at 38℃ on Sunday.", "38", {"unit": "degree_Celsius"}),
    Row("Each sack held 25㎏ of rice.", "25", {"unit": "kilogram"}),
    Row("The studio flats are only 18 ㎡.", "18", {"unit": "meter ** 2"}),
    # a dollar written with its country's letters after the figure
    Row("Tickets were resold for 45 A$ each.", "45", {"unit": "AUD"}),
    Row("The ferry fare rose to 12 C$.", "12", {"unit": "CAD"}),
    Row("Rents average 9,000 HK$ a month.", "9,000", {"unit": "HKD / month"}),
    # a spaced letter symbol that ends a phrase, opens a restatement, or is followed by
    # "of" and what it measures
    Row("Each bar has just 4 g of sugar.", "4", {"unit": "gram"}),
    Row("The tanker spilled 30,000 l of diesel.", "30,000", {"unit": "liter"}),
    Row("Stir in 150 g (5 oz) of oats.", "150", {"unit": "gram"}),
    Row("The sea wall is 4 m (13 ft) high.", "4", {"unit": "meter"}),
    Row("A serving holds 12 g.", "12", {"unit": "gram"}),
    # "per annum" is a rate per year (quantulum3 lists "annum" as a name of the year);
    # "quid" after a figure is pounds sterling
    Row("The notes pay 6.25% per annum.", "6.25", {"unit": "percent / year"}),
    Row("Fees of £9,250 per annum were frozen.", "9,250", {"unit": "GBP / year"}),
    Row("Rates climbed to 5 per cent per annum.", "5", {"unit": "percent / year"}),
    Row("Punters paid 40 quid a ticket.", "40", {"unit": "GBP"}),
    Row("He sold the bike for 300 quid.", "300", {"unit": "GBP"}),
    Row("Five hundred quid went missing.", "Five", {"value": 500, "unit": "GBP"}),
    # two units joined by a hyphen are their product
    Row("The engine makes 450 ft-lb at low revs.", "450", {"unit": "foot * pound"}),
    Row("Tighten the bolts to 90 foot-pounds.", "90", {"unit": "foot * pound"}),
    Row("The joint carries 12 kN-m.", "12", {"unit": "kilonewton * meter"}),
    # SI prefixes on quantulum3's symbols of two letters or more of the SI's units
    Row("Her glucose read 7.2 mmol/L at noon.", "7.2", {"unit": "millimole / liter"}),
    Row("Staff absorbed 15 mGy over the year.", "15", {"unit": "milligray"}),
    Row("The spill released 40 GBq of tritium.", "40", {"unit": "gigabecquerel"}),
    Row("Each sample held 3 µmol of the salt.", "3", {"unit": "micromole"}),
    # a one-letter day symbol as the denominator of a rate; pint's "degC" and "degF"
    Row("The smelter produces 900 t/d of copper.", "900", {"unit": "metric_ton / day"}),
    Row("Households use 9 kWh/d on average.", "9", {"unit": "kilowatt_hour / day"}),
    Row("The lab held the samples at 4 degC.", "4", {"unit": "degree_Celsius"}),
    Row("Readings peaked at 101 degF.", "101", {"unit": "degree_Fahrenheit"}),
    # a spaced letter symbol with a caret power after it
    Row("The new skip takes 8 m^3 of rubble.", "8", {"unit": "meter ** 3"}),
    Row("Output fell to 20 ft^2 per worker.", "20", {"unit": "foot ** 2"}),
]


@pytest.mark.parametrize(("what", "sentence"), NOT_CLAIMS, ids=[w for w, _ in NOT_CLAIMS])
def test_not_a_claim(what: str, sentence: str) -> None:
    assert extract(sentence) == [], what


@pytest.mark.parametrize("row", CLAIMS + NO_UNIT, ids=row_id)
def test_claim(row: Row) -> None:
    assert_row(row)
