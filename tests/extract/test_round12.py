"""extract() on the classes of issue 12's twelfth round, each with phrasings of our own that
must fire and near-twins that must not, as table rows: a sum of money after a verb of loss
is the sum lost, unless it is a price's move (per unit, quoted with the level it led to, or
a market's or currency's); a sum or a relative measure "added to" something is its rise, as
one "taken off" it is its fall; the first end of "from A (in YEAR) to B million" takes B's
scale word when it has none and is of B's size; "the age of N" and a doer's noun by its
spelling ("the fraudster, 52,") give an age in years; a figure before "am" or "pm" that
cannot be a time of day (an hour to 23, minutes in two digits) is none ("2.1 pm" is
picometres). A cut of jobs still planned ("will cut 1,500 jobs") stays a decrease: the frame
of the figure is a change (the frames blind sets read it so, and its period "by June" is the
span to June), and `change` agrees with it."""

from __future__ import annotations

import pytest

from factcheck import extract
from tests.extract.rows import Row, assert_row, row_id

# figures that must be read so: (sentence, surface, fields)
CLAIMS = [
    # a cut of jobs, planned or done, is a decrease of the workforce
    Row("The carmaker plans to shed 3,200 workers across Europe.", "3,200",
        {"noun": "workers", "change": "decrease"}),
    Row("Ministers said the agency would cut 640 posts by spring.", "640",
        {"noun": "posts", "change": "decrease"}),
    # a sum lost by a firm or a household: the sum, a level
    Row("The ferry operator lost £38m in the year to March.", "38m",
        {"unit": "GBP", "change": None}),
    Row("Farmers in the valley will lose about $4 million to the frost.", "4 million",
        {"unit": "USD", "change": None}),
    Row("The orchestra is losing €150,000 a season on its tours.", "150,000",
        {"change": None}),
    # a sum or a share added to a bill or a price: its rise
    Row("The new water levy adds £7 a month to a typical bill.", "£7",
        {"unit": "GBP / month", "change": "increase"}),
    Row("Fuel duty rose again, adding 3p to a litre of diesel.", "3p",
        {"change": "increase"}),
    Row("Tariffs will add 4% to the cost of imported cars.", "4%",
        {"unit": "percent", "change": "increase"}),
    Row("A booking surcharge added $12 to each return fare last summer.", "$12",
        {"change": "increase"}),
    # the first end of a move takes the second's scale word
    Row("Members fell from 2.4 in 2019 to 1.9 million last year.", "2.4",
        {"value": 2_400_000}),
    Row("Sales climbed from 3.1 to 4.5 billion dollars over the decade.", "3.1",
        {"value": 3.1e9, "unit": "USD"}),
    Row("Cinema visits dropped from 170 in 2019 to 123 million in 2021.", "170",
        {"value": 170_000_000}),
    # an age
    Row("Most pupils can swim by the age of 9, the survey found.", "9", {"unit": "year"}),
    Row("Girls there may marry from the age of 15.", "15", {"unit": "year"}),
    Row("The fraudster, 44, was jailed on Friday.", "44", {"unit": "year"}),
    Row("A local claimant, 58, told the tribunal she had no warning.", "58",
        {"unit": "year"}),
    Row("The student, 19, was treated at the scene.", "19", {"unit": "year"}),
    # a figure before "pm" that cannot be a time of day is a length in picometres
    Row("The probe resolves features of 2.1 pm across.", "2.1", {"unit": "picometer"}),
    Row("A carbon bond is about 154 pm long.", "154", {"unit": "picometer"}),
    Row("Atoms sat 3.5pm apart in the lattice.", "3.5", {"unit": "picometer"}),
    # a whole base other than ten raised by a caret, alone or after "x"
    Row("The chip addresses 2^32 memory cells.", "2^32", {"value": 2**32}),
    Row("Each page is 4 x 2^10 bytes long.", "4 x 2^10", {"value": 4096}),
    Row("The key has 3×2^8 possible states.", "3×2^8", {"value": 768}),
]

# near-twins that must not fire
NEAR_TWINS = [
    # a cut that happened, or a cut by an amount, is a change
    Row("The carmaker shed 3,200 workers across Europe last year.", "3,200",
        {"change": "decrease"}),
    Row("The agency will cut its staff by 8% by spring.", "8%", {"change": "decrease"}),
    Row("The club lost 2,000 members after the fee rise.", "2,000", {"change": "decrease"}),
    # a price's move in money stays a change
    Row("Gold lost $14 to $2,611 an ounce.", "$14", {"change": "decrease"}),
    Row("Brent crude lost $1.20 a barrel on Tuesday.", "1.20", {"change": "decrease"}),
    Row("The dividend was raised 0.8p to 6.4p a share.", "0.8p", {"change": "increase"}),
    Row("Sterling lost 2 cents against the dollar.", "2 cents", {"change": "decrease"}),
    # a length or a power added is an extent; a count added has no "to"
    Row("The extension adds 300 metres to the runway.", "300", {"change": None}),
    Row("The wind farm will add 1.2GW to the grid.", "1.2GW", {"change": None}),
    Row("The hospital will add 84 beds next year.", "84", {"change": None}),
    # no scale to share: the first end is far from the second's size
    Row("Prices went from 200 to 4 million.", "200", {"value": 200}),
    Row("Output climbed from 310 in 2015 to 1.2 billion barrels.", "310", {"value": 310}),
    # no age: a number of things, a period's figure
    Row("The age of 300 oaks was measured.", "300", {"unit": "", "noun": "oaks"}),
    Row("In the first quarter, 30, rose.", "30", {"unit": ""}),
    Row("The winning number, 52, was drawn twice.", "52", {"unit": ""}),
    # powers of ten read as before; a caret apart from its figures is no power
    Row("Light covers 3 x 10^8 metres a second.", "10^8", {"value": 3e8}),
    Row("The scale runs to 2 ^ 8 in steps.", "2", {"value": 2}),
]

# times of day, in either clock: no claim
NOT_CLAIMS = [
    "The polls close at 10 pm tonight.",
    "The ferry left at 6.45pm on Sunday.",
    "Talks resumed at 18.30pm after a break.",
    "He woke at 4.05 am.",
]

KNOWN_MISSES = [
    # a noun in -ent that names a thing reads as a doer's ("the student, 19,")
    Row("The latest segment, 30, sold out.", "30", {"unit": ""}),
]


@pytest.mark.parametrize("row", CLAIMS + NEAR_TWINS, ids=row_id)
def test_claim(row: Row) -> None:
    assert_row(row)


@pytest.mark.parametrize("sentence", NOT_CLAIMS)
def test_not_a_claim(sentence: str) -> None:
    assert extract(sentence) == []


@pytest.mark.parametrize("row", KNOWN_MISSES, ids=row_id)
@pytest.mark.xfail(strict=True, reason="known miss, see the comment on the row")
def test_known_miss(row: Row) -> None:
    assert_row(row)
