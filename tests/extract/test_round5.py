"""extract() on the classes of issue 12's fifth round: numbers that name or idioms that count
nothing, each class with phrasings of our own that must give no claim and near-twins that
must still give one, as table rows."""

from __future__ import annotations

import pytest

from factcheck import extract
from tests.extract.rows import Row, assert_row, row_id

NOT_CLAIMS = [
    # "one of" a superlative or "a kind": membership of a class, no count
    ("one of, last", "The mill is one of the last working forges in the county."),
    ("one of, -iest", "Dover became one of the busiest ferry ports in Europe."),
    ("one of, doubled consonant", "It was one of the hottest Augusts on record."),
    ("one of, possessive", "Their bid is one of the city's oldest claims to the site."),
    ("one of, a kind", "Her teaching style was one of a kind, colleagues said."),
    ("one of, most", "He is one of the most decorated officers in the force."),
    # "half" between an article or a name and a noun: a kind of thing
    ("half, race", "Over the weekend she won a half marathon in Bath."),
    ("half, named race", "The Cardiff half marathon was moved to October."),
    ("half, share", "He sold a half share in the stables."),
    # a capital K on one digit, or with nothing counted after it: a format or a race
    ("K, format", "The studio films every episode in 8K now."),
    ("K, format before noun", "A 4K projector was installed in the hall."),
    ("K, race", "She finished the Leeds 10K on Sunday."),
    ("K, race at end", "Thousands turned out for the annual harbour 5K."),
    # a capitalised word tied by a hyphen: a name or a part code
    ("hyphen, brand", "The 3-Series saloon outsold its rivals."),
    ("hyphen, shop name", "A 7-Eleven branch opened near the station."),
    ("hyphen, part code", "Replace filter 2210-C before the winter."),
    ("hyphen, filing", "The miner disclosed the loss in its Form 10-Q."),
    # numbers after a verb of dialling are keyed in, not counted
    ("dial, text to", "To donate, text 70 to 70085 before midnight."),
    ("dial, call", "Anyone with information should call 101."),
    ("dial, ring or", "Ring 111 or 999 in an emergency."),
    ("dial, dial", "Dial 118 for directory enquiries."),
    # label words
    ("label, step", "Step 3 of the recipe is the glaze."),
    ("label, booth", "Voters at booth 14 were turned away."),
    # idioms with number words
    ("idiom, birds", "The new bypass kills two birds with one stone."),
    ("idiom, nine yards", "The hosts went the whole nine yards for the gala."),
    ("idiom, one and only", "It was the one and only time he lost."),
    ("idiom, a hundred and ten", "The squad gave a hundred and ten per cent tonight."),
    ("idiom, a million miles", "The offer is a million miles away from a deal."),
    # clock times with a point, told by the word before and the day word after
    ("clock, tomorrow", "The hearing resumes at 10.15 tomorrow."),
    ("clock, weekday", "Polls close at 9.45 on Thursday."),
    ("clock, part of day", "The gates shut at 6.30 in the evening."),
    ("clock, sharp", "Briefings begin from 8.00 sharp."),
    ("clock, until tonight", "The bridge stays shut until 11.20 tonight."),
    ("clock, half past", "The parade sets off at half past nine."),
    ("clock, quarter past", "Lunch is served at a quarter past one."),
    # more label words
    ("label, item", "Councillors deferred item 7 on the agenda."),
    ("label, question", "Most pupils skipped question 14 entirely."),
    # an ordinal that is spelt like a fraction, before what it orders
    ("ordinal, straight", "United chased a sixth straight win."),
    ("ordinal, consecutive", "Prices posted a third consecutive rise."),
    ("ordinal, title", "She is going for an eighth title."),
    ("hyphened word, no unit", "They agreed a two-way swap."),
]

STILL_CLAIMS = [
    # "one of" with a figure for the whole, or an ordinary class, is a count
    Row("One of the 12 jurors fell ill.", "12", {"value": 12, "noun": "jurors"}),
    Row("One of the 20 best teams in the league.", "One", {"noun": "best teams"}),
    Row("One of the victims was a child.", "One", {"value": 1, "noun": "victims"}),
    Row("One of the forest rangers was hurt.", "One", {"value": 1}),
    # "half" as a fraction of a whole
    Row("Sales fell by half last year.", "half", {"value": 50, "change": "decrease"}),
    Row("It rose by half during the summer.", "half", {"value": 50, "change": "increase"}),
    Row("Half the staff left in May.", "Half", {"value": 50, "unit": "percent"}),
    # a K with a currency, or before what it counts, is thousands
    Row("The fund paid out $40K last week.", "40K", {"value": 40_000, "unit": "USD"}),
    Row("The single sold 70K copies.", "70K", {"value": 70_000, "noun": "copies"}),
    Row("We sold 10k tickets.", "10k", {"value": 10_000, "noun": "tickets"}),
    # a unit tied by a hyphen keeps its unit
    Row("Fit a 12-V battery.", "12", {"value": 12, "unit": "volt"}),
    Row("A 100-W bulb is enough.", "100", {"value": 100, "unit": "watt"}),
    # a price is no clock time: no day word after it, or a day that ends a trading session
    Row("Shares closed at 9.45 yesterday.", "9.45", {"value": 9.45}),
    Row("Trading ended at 7.85 on Friday.", "7.85", {"value": 7.85}),
    Row("Lunch takes 1.30 hours on Monday.", "1.30", {"unit": "hour"}),
    Row("They asked 12 questions.", "12", {"noun": "questions"}),
    # a one-capital SI symbol apart from its figure, where a clause ends or "of" follows
    Row("The current is 15 A.", "15", {"unit": "ampere"}),
    Row("Each strike delivers 40 J of energy.", "40", {"unit": "joule"}),
    Row("The clamp holds with a force of 220 N.", "220", {"unit": "newton"}),
    Row("The cable is rated at 32 A; the plug at 13 A.", "13", {"unit": "ampere"}),
    Row("Pupils won 15 A grades.", "15", {"unit": ""}),
    Row("The yacht was at 51 N, 4 W.", "51", {"unit": ""}),
    # SI prefix words, from si_units.tsv and the SI prefixes
    Row("Workers absorbed 2.4 millisieverts a year.", "2.4", {"unit": "millisievert / year"}),
    Row("The blast released 40 megajoules.", "40", {"unit": "megajoule"}),
    Row("The farm made 3.1 gigawatt-hours last year.", "3.1", {"unit": "gigawatt_hour"}),
    Row("Milk showed 80 kilobecquerels per litre.", "80", {"unit": "kilobecquerel / liter"}),
    Row("The sensor reads 12 nanoteslas.", "12", {"unit": "nanotesla"}),
    # quantulum3 plurals: feet
    Row("The reservoir lost 40,000 acre-feet.", "40,000", {"unit": "acre * foot"}),
    Row("The spillway ran 900 cubic feet per second.", "900", {"unit": "foot ** 3 / second"}),
    # grouping: Indian groups before a comma, Swiss apostrophes
    Row("A plot in Nashik costs ₹18,75,000, agents say.", "18", {"value": 1_875_000}),
    Row("The Basel fund paid CHF 3'400'000 in fees.", "3", {"value": 3_400_000,
                                                             "unit": "CHF"}),
    Row("Zurich fined the bank CHF 2’750’000.", "2", {"value": 2_750_000}),
    Row('The lock is 6\'2" tall.', "6", {"unit": "inch"}),
    # a letter scale apart from a figure that a currency sign touches; m ending a phrase
    Row("The club raised £25 m.", "25", {"value": 25e6, "unit": "GBP"}),
    Row("Sponsors added $4 k in June.", "4", {"value": 4000, "unit": "USD"}),
    Row("The shaft is 460 m.", "460", {"unit": "meter"}),
    Row("Divers reached 120 m, then turned back.", "120", {"unit": "meter"}),
    # a written sign in a price list is a change; a signed level is not
    Row("At the bell the Nikkei was -1.4%, the Kospi +0.3%.", "1.4", {"value": -1.4,
                                                                     "change": "decrease"}),
    Row("Earlier the Dow was -0.8% and the S&P flat.", "0.8", {"change": "decrease"}),
    Row("WTI +$0.65 at $71.20 a barrel.", "0.65", {"value": 0.65, "change": "increase"}),
    Row("Copper -$40 to $9,310 a tonne.", "40", {"value": -40, "change": "decrease"}),
    Row("Leaders: Harcourt 215.5p (+3.5p), Morley 88p (-1.2p).", "1.2",
        {"value": -0.012, "change": "decrease"}),
    Row("Leaders: Harcourt 215.5p (+3.5p), Morley 88p (-1.2p).", "215.5", {"change": None}),
    Row("Annual inflation was -0.4% in March.", "0.4", {"value": -0.4, "change": None}),
    Row("Net cash was -£3m at the half year.", "3m", {"value": -3e6, "change": None}),
    Row("Overnight it fell to -6C.", "6", {"value": -6, "change": None}),
    # a verb of change before coordinated figures governs each
    Row("Bus and rail fares rose 2.5 and 3.9 per cent.", "3.9", {"change": "increase"}),
    Row("Yields dropped by 4, 6 and 9 basis points.", "6", {"unit": "basis_point",
                                                           "change": "decrease"}),
    Row("Tolls went up 5 and 8 per cent.", "8", {"change": "increase"}),
    Row("Forecasters see output of 1.2 and 1.6 per cent.", "1.6", {"change": None}),
    Row("The pups weighed 2.1 and 2.6 kilograms.", "2.1", {"change": None}),
    # verbs of lengthening and shortening are changes
    Row("Waiting lists lengthened by 9 weeks.", "9", {"unit": "week", "change": "increase"}),
    Row("The commute shortened by 14 minutes.", "14", {"change": "decrease"}),
    Row("The shaft deepened 12 metres in a year.", "12", {"change": "increase"}),
    Row("A narrow 51% majority backed it.", "51", {"change": None}),
    # a verb of crossing a line is "over"; negated, "at_most"
    Row("Core inflation topped 4% in the spring.", "4", {"bound": "over"}),
    Row("Ticket sales exceeded 60,000 by Friday.", "60,000", {"bound": "over"}),
    Row("The fund has surpassed £2bn.", "2bn", {"bound": "over"}),
    Row("Wait times have not exceeded 18 weeks since 2019.", "18", {"bound": "at_most"}),
    Row("Rainfall did not exceed 40 mm in any month.", "40", {"bound": "at_most"}),
    Row("Crowds never topped 9,500 this season.", "9,500", {"bound": "at_most"}),
    Row("Crowds reached 9,500 this season.", "9,500", {"bound": "exact"}),
    # lower-case "mt" is the metric ton "MT" is; "Mt" stays megatonnes, metric as pint's
    # "megaton" (short tons) is not
    Row("The mill shipped 4.2 mt of sugar.", "4.2", {"unit": "metric_ton"}),
    Row("Output was 310mt last year.", "310", {"unit": "metric_ton"}),
    Row("The plant emits 1.2 Mt.", "1.2", {"unit": "megatonne"}),
    Row("Emissions fell to 38 megatonnes.", "38", {"unit": "megatonne"}),
    Row("The mine moved 640 kilotonnes of ore.", "640", {"unit": "kilotonne"}),
    # the micro sign on quantulum3's symbols of an SI unit; a spaced "ms" ending a phrase
    Row("The flash lasted 8 µs.", "8", {"unit": "microsecond"}),
    Row("Aircrew absorb 30 μSv per flight.", "30", {"unit": "microsievert"}),
    Row("The probe logged 45 µT near the pole.", "45", {"unit": "microtesla"}),
    Row("Ping times fell to 12 ms.", "12", {"unit": "millisecond"}),
    # the sides of an area or a volume share the unit written once
    Row("The yard is 12 by 20 metres.", "12", {"unit": "meter"}),
    Row("Each bale is 1.2 × 2.4 m.", "1.2", {"unit": "meter"}),
    Row("The slab was cut 3 by 4 times.", "3", {"unit": ""}),
    # a range's low end shares every scale word of its high end
    Row("Between six and seven hundred thousand people marched.", "six",
        {"value": 600_000, "high": 700_000}),
    Row("Two to three hundred million euros was wasted.", "Two",
        {"value": 200e6, "high": 300e6, "unit": "EUR"}),
    Row("Eight to nine hundred jobs went.", "Eight", {"value": 800, "high": 900}),
    Row("Two thousand four hundred people came.", "Two", {"value": 2400, "high": None}),
    # fractions in sixths and eighths, as in thirds and fifths
    Row("Stocks are down to a sixth of normal.", "sixth", {"value": 100 / 6,
                                                           "unit": "percent"}),
    Row("An eighth of the harvest rotted.", "eighth", {"value": 12.5}),
    Row("Five sixths of members agreed.", "sixths", {"value": pytest.approx(500 / 6)}),
    # "up to" after a verb of gradual motion is the level reached
    Row("Output ramped up to 52,000 tonnes a month.", "52,000", {"bound": "exact"}),
    Row("Fares inched up to £4.20 a trip.", "4.20", {"bound": "exact"}),
    Row("Loans ticked up to 3.1% in June.", "3.1", {"bound": "exact"}),
    Row("The scheme pays up to £400 a household.", "400", {"bound": "at_most"}),
    # an age in words with "-year-old" is an age in years, as in digits
    Row("The three-year-old filly won at Ayr.", "three", {"value": 3, "unit": "year"}),
    Row("Police found the four-year-old safe.", "four", {"value": 4, "unit": "year"}),
    Row("A six-month-old puppy was rescued.", "six", {"value": 6, "unit": "month"}),
    Row("A 58-year-old man was arrested.", "58", {"value": 58, "unit": "year"}),
    # the zloty's sign and the lev's plural after the figure
    Row("A Gdansk flat rents for 3900 zł a month.", "3900", {"unit": "PLN / month"}),
    Row("The Varna bypass cost 2 400 000 leva.", "2 400 000", {"value": 2.4e6, "unit": "BGN"}),
    Row("A coffee in Plovdiv is 4 lev.", "4", {"unit": "BGN"}),
    # "call" before what it counts
    Row("The court will call 14 witnesses.", "14", {"value": 14, "noun": "witnesses"}),
]


@pytest.mark.parametrize(("what", "sentence"), NOT_CLAIMS, ids=[w for w, _ in NOT_CLAIMS])
def test_not_a_claim(what: str, sentence: str) -> None:
    assert extract(sentence) == [], what


@pytest.mark.parametrize("row", STILL_CLAIMS, ids=row_id)
def test_claim(row: Row) -> None:
    assert_row(row)
