"""extract() on the classes of issue 12's fourteenth round, phrasings of our own as table
rows, each class with rows that must change and near-twins that must not:
- a part named by a pronoun ("ninety of them", "19 of these", "Twelve of those") counts what
  the nearest count before it in its paragraph counts, when that count is no smaller; a
  whole with a unit, a larger part or no count before it lends no noun;
- a whole written in hyphenated words ("of the forty-four councillors") lends its noun to
  the part before it, as one in digits ("of the 44 councillors") did;
- a bound written after the figure ("aged 65 and over", "$500 or more", "20 or fewer
  staff", "20 kg or less", "65+", "30 or so") bounds it, at least or at most (the figure
  included) or about; a phrase of prepositions that opens a noun phrase or a figure ("and
  over the next decade", "and over 30 games") bounds nothing;
- more nouns for people in context.tsv (role person: sports roles, trades, "toddler"):
  set off with a whole number by commas ("The striker, 24,", "the goalkeeper, 31,") it is
  an age, as "the senator, 71," was; a plural ("The strikers, 24,") or a thing ("In the
  end, 24,") is not;
- a figure in number words after a parallel word ("and", "while", "against", "compared
  with") counts what a like figure before it counts ("140 dogs in May and ninety in June"),
  as a bare figure in digits did; not one of another size;
- a capitalised street word that stands before the street's name ("36 Rue Cadet", "8 Via
  Appia", context.tsv role street_first) makes the number before it an address, no claim;
  lower-case "via" ("shipped 12 via London") does not;
- a rate over a hundred of a length ("8.4 litres per 100 km", "16 kWh/100 km", "30 kWh per
  100 miles") is one figure, as written, in the newsroom unit of that hundred
  ("liter / hundred_kilometer"; pint reads no number inside a unit): the "100 km" is no
  figure of its own; a hundred thousand people or a hundred metres is no such unit;
- the level a change led to after "to VERB at" ("lost 1.1% to end at 1,334.20", "rose 64
  points to close at 4,577") takes the unit of the change or of a like level before it, as
  one after a bare "to" did; with no like level it stays bare;
- a lower-case symbol of hours, minutes or seconds apart from its figure ("8.3 min to
  arrive", "20 sec later", "took 2 h") and "h" touching it ("took 2h", "a 24h strike") are
  that unit (they read as a counted noun "min", or as no figure); "at 14h" is a time of
  day, "Min" and "SEC" in capitals are no units."""

from __future__ import annotations

import pytest

from factcheck import extract
from tests.extract.rows import Row, assert_row, row_id

CLAIMS = [
    # a part named by a pronoun
    Row("The clinic saw 240 patients last week; ninety of them were children.", "ninety",
        {"value": 90, "noun": "patients"}),
    Row("Police held 57 people overnight. Twelve of those were later charged.", "Twelve",
        {"value": 12, "noun": "people"}),
    Row("Inspectors visited 62 farms and found problems at 19 of these.", "19",
        {"value": 19, "noun": "farms"}),
    Row("The airline cancelled 130 flights on Friday, 45 of them to Spain.", "45",
        {"value": 45, "noun": "flights"}),
    Row("Of 300 claims filed, the insurer has paid 112 of them so far.", "112",
        {"value": 112, "noun": "claims"}),
    # near-twins: no count before, a larger part, a whole with a unit
    Row("Twelve of them were later charged.", "Twelve", {"value": 12, "noun": None}),
    Row("The town has 40 schools; 300 of them said so.", "300",
        {"value": 300, "noun": None}),
    Row("The lorry carried 40 kg of parcels.\n\nThen 12 of them were lost.", "12",
        {"value": 12, "noun": None}),
    # a whole in hyphenated words
    Row("Thirty-two of the fifty-six delegates walked out.", "Thirty-two",
        {"value": 32, "noun": "delegates"}),
    Row("Only 9 of the twenty-one bridges passed inspection.", "9",
        {"value": 9, "noun": "bridges"}),
    Row("Seven of the ninety-nine applicants were chosen.", "Seven",
        {"value": 7, "noun": "applicants"}),
    # a bound after the figure
    Row("Adults aged 75 and over are offered the jab.", "75",
        {"value": 75, "unit": "year", "bound": "at_least"}),
    Row("Children aged 11 or under ride the ferry free.", "11",
        {"value": 11, "unit": "year", "bound": "at_most"}),
    Row("Anyone caught faces a fine of $500 or more.", "500",
        {"value": 500, "unit": "USD", "bound": "at_least"}),
    Row("Firms with 20 or fewer staff are exempt.", "20",
        {"value": 20, "noun": "staff", "bound": "at_most"}),
    Row("Parcels of 20 kg or less go by post.", "20",
        {"value": 20, "unit": "kilogram", "bound": "at_most"}),
    Row("Residents aged 65+ may ask for a visit.", "65",
        {"value": 65, "unit": "year", "bound": "at_least"}),
    Row("Some 30 or so fishermen blocked the harbour.", "30",
        {"value": 30, "bound": "approx"}),
    Row("The storm felled 4,000 trees or more across the county.", "4,000",
        {"value": 4000, "noun": "trees", "bound": "at_least"}),
    # near-twins: a preposition that opens what follows
    Row("The museum raised $2m and over the next decade it doubled.", "2m",
        {"value": 2e6, "bound": "exact"}),
    Row("He scored 20 and over 30 games he kept it up.", "20",
        {"value": 20, "bound": "exact"}),
    # an agent noun's age
    Row("The striker, 24, signed a four-year deal.", "24", {"value": 24, "unit": "year"}),
    Row("The goalkeeper, 31, denies the claim.", "31", {"value": 31, "unit": "year"}),
    Row("A local firefighter, 47, was taken to hospital.", "47",
        {"value": 47, "unit": "year"}),
    # near-twins
    Row("The strikers, 24, were booked.", "24", {"value": 24, "unit": ""}),
    # a figure in words parallel to a count takes its noun, as one in digits did
    Row("The shelter housed 140 dogs in May and ninety in June.", "ninety",
        {"value": 90, "noun": "dogs"}),
    Row("About 2 million tourists came in 2023, compared with three million in 2019.",
        "three million", {"value": 3e6, "noun": "tourists"}),
    Row("Rangers counted half a million geese this winter, against a third of a million "
        "last year.", "a third", {"noun": "geese"}),
    # near-twins: far apart in size, or no parallel word
    Row("The club sold 40,000 tickets, while two hundred were returned.", "two hundred",
        {"value": 200, "noun": None}),
    Row("The shelter housed 140 dogs. Ninety were rehomed.", "Ninety",
        {"value": 90, "noun": None}),
    # the level after "to VERB at"
    Row("The Nikkei rose 64 points to close at 4,577 on Friday.", "4,577",
        {"value": 4577, "noun": "points", "change": None}),
    Row("The index slipped 0.4% to 2,210.5 points, while the broader index gained 0.2% to "
        "settle at 1,904.7.", "1,904.7", {"noun": "points", "change": None}),
    Row("Brent rose 40 cents to trade at 81.10 on Tuesday.", "81.10",
        {"value": 81.1, "unit": "USD", "change": None}),
    # near-twins: no like level, or far apart in size
    Row("Sales rose 12% to stand at 4,100.", "4,100", {"unit": "", "noun": None}),
    Row("The index fell 0.4% to 9,800 points, while the other gained 0.2% to end at 1,210.",
        "1,210", {"unit": "", "noun": None}),
    Row("In the end, 24, not 30, were chosen.", "24", {"value": 24, "unit": ""}),
]


@pytest.mark.parametrize("row", CLAIMS, ids=row_id)
def test_claim(row: Row) -> None:
    assert_row(row)


PRICES = [
    Row("Gold touched $2,310 an ounce on Friday.", "2,310",
        {"value": 2310, "unit": "USD / troy_ounce"}),
    Row("Silver traded at 31.05 dollars per ounce.", "31.05",
        {"value": 31.05, "unit": "USD / troy_ounce"}),
    Row("Platinum rose to £840/oz in London.", "840", {"unit": "GBP / troy_ounce"}),
    Row("Palladium closed at 1,020 USD/oz.", "1,020", {"unit": "USD / troy_ounce"}),
    # near-twins: a weight, no price
    Row("The treasury sold 2,500,000 ounces of silver.", "2,500,000", {"unit": "ounce"}),
    Row("He ordered a 6oz steak.", "6", {"unit": "ounce"}),
    Row("Each coin weighs 1 ounce.", "1", {"unit": "ounce"}),
]


@pytest.mark.parametrize("row", PRICES, ids=row_id)
def test_price_per_ounce(row: Row) -> None:
    assert_row(row)


CLOCK_UNITS = [
    Row("Sunlight needs 8.3 min to reach us.", "8.3", {"value": 8.3, "unit": "minute"}),
    Row("The alarm rang again 20 sec later.", "20", {"value": 20, "unit": "second"}),
    Row("Repairs took 2 h on Sunday.", "2", {"value": 2, "unit": "hour"}),
    Row("The ferry crossing took 3h in the storm.", "3", {"value": 3, "unit": "hour"}),
    Row("Unions called a 24h strike at the port.", "24", {"value": 24, "unit": "hour"}),
    Row("The relay took 2 h 15 min.", "2", {"value": 135, "unit": "minute"}),
    # near-twins
    Row("The regulator fined 3 SEC staff.", "3", {"value": 3, "unit": ""}),
]


@pytest.mark.parametrize("row", CLOCK_UNITS, ids=row_id)
def test_clock_unit(row: Row) -> None:
    assert_row(row)


def test_an_hour_after_at_is_a_time_of_day() -> None:
    assert extract("The talks resume at 14h on Monday.") == []


HUNDREDS = [
    Row("The hatchback's fuel use is 6.2 litres per 100 km.", "6.2",
        {"value": 6.2, "unit": "liter / hundred_kilometer", "precision": 0.05}),
    Row("The van burns 9.1L/100km on the motorway.", "9.1",
        {"value": 9.1, "unit": "liter / hundred_kilometer"}),
    Row("The new model uses 16 kWh per 100 km in town.", "16",
        {"value": 16, "unit": "kilowatt_hour / hundred_kilometer"}),
    Row("EPA rates the pickup at 48 kWh/100 miles.", "48",
        {"value": 48, "unit": "kilowatt_hour / hundred_mile"}),
    Row("Fuel use fell 0.5 litres per 100 km after the update.", "0.5",
        {"unit": "liter / hundred_kilometer", "change": "decrease"}),
]

HUNDRED_TWINS = [
    ("There were 12 deaths per 100,000 people.", ["12 deaths", "100,000 people"]),
    ("The path climbs 3 metres per 100 metres.", ["3 metres", "100 metres"]),
    ("The van covered 100 km on Monday.", ["100 km"]),
]


@pytest.mark.parametrize("row", HUNDREDS, ids=row_id)
def test_rate_over_a_hundred(row: Row) -> None:
    assert_row(row)
    assert len(extract(row.sentence)) == 1  # the hundred is no figure of its own


@pytest.mark.parametrize(("sentence", "texts"), HUNDRED_TWINS)
def test_other_hundreds_stay_figures(sentence: str, texts: list[str]) -> None:
    assert [c.text for c in extract(sentence)] == texts


ADDRESSES = [
    # a capitalised street word that stands before the street's name
    ("Flat 2 at 36 Rue Cadet sold for 640,000 euros.", ["640,000 euros"]),
    ("She lived at 8 Via Appia for 20 years.", ["20 years"]),
    ("A bakery at 5 Avenida Paulista hired 14 staff.", ["14 staff"]),
    ("The hostel at 17 Calle Mayor has 60 beds.", ["60 beds"]),
    # near-twins: lower-case "via", a street word before a lower-case noun
    ("They shipped 12 via London.", ["12"]),
    ("Some 36 Avenue residents signed the letter.", ["Some 36 Avenue residents"]),
    ("The 40 Plaza tenants complained.", ["40 Plaza tenants"]),
]


@pytest.mark.parametrize(("sentence", "texts"), ADDRESSES)
def test_address_number_is_no_claim(sentence: str, texts: list[str]) -> None:
    assert [c.text for c in extract(sentence)] == texts
