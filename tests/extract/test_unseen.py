"""extract() on the classes of issue 12's second round: each class with at least three
phrasings of our own that fire and near-twins that must not, as table rows."""

from __future__ import annotations

import pytest

from factcheck import extract
from tests.extract.rows import Row, assert_row, row_id

# labels, codes and names: numbers that name rather than measure
NOT_CLAIMS = [
    ("label after which a unit word is a preposition", "The chain, in Chapter 11 since May, shut."),
    ("school year", "Year 9 students sat the mock exams."),
    ("school year, mid-sentence", "Pupils in Year 11 will be told on Friday."),
    ("alert level", "The region went to alert level 4 overnight."),
    ("lockdown level", "The level 3 rules end on Monday."),
    ("grade label", "She passed her grade 8 piano exam."),
    ("airport terminal", "Flights leave from Terminal 5 at Heathrow."),
    ("zip code", "Homes in the 10012 zip code are dear."),
    ("area code", "Calls from the 415 area code were blocked."),
    ("postcode number", "Every house in the 2000 postcode was leafleted."),
    ("band name opening a sentence", "Maroon 5 played at the stadium."),
    ("band name and auxiliary", "Sum 41 are back on tour."),
    ("band name, past tense", "Level 42 toured Japan."),
    ("leading zero, code", "The galaxy 04B7 was imaged twice."),
    ("leading zero, agent", "Agent 007 returned in the sequel."),
    ("digits joined by a plus", "The source J0534.5+2201 flared."),
    ("sum in a formula", "Pupils worked out 7+5 in their heads."),
    ("name before a preposition that is a unit symbol", "He joined Studio 54 in its heyday."),
    ("name before 'in', a second", "Crowds filled Stand 3 in the rain."),
    ("street number, parkway", "The office at 1600 Amphitheatre Parkway opened."),
    ("street number, way", "The firm moved to 1 Apple Park Way."),
    ("street number, court", "Police were called to 9 Elm Court."),
    ("code label before the number", "The ZIP code 10001 covers Chelsea."),
    ("product name opening a sentence", "Stanley 1200 Classic flasks are back."),
    ("motorway exit", "Leave at exit 14 for the airport."),
    ("hospital ward", "Ward 7 patients were moved overnight."),
    ("bus number", "Bus 73 resumes on Monday."),
    ("road with a letter", "The I-95 was closed for hours."),
    ("jet with a letter", "An F-16 crashed near the base."),
    ("half-time", "Rovers led at half-time."),
    ("half-brother", "His half-brother gave evidence."),
    ("thousands alone", "Thousands marched through the city."),
    ("auction lot", "Lot 47 sold for a record price."),
    ("race heat", "She won heat 2 with ease."),
    ("flat number", "He lives in Flat 3 above the shop."),
    ("studio number", "Studio 3 hosts the late show."),
    ("post office box", "Write to PO Box 1234."),
    ("band name before a change verb", "Maroon 5 rose to fame quickly."),
    ("junctions", "Traffic queued from junction 9 to junction 12."),
]

# near-twins: the same words measure something
STILL_CLAIMS = [
    Row("Every year 5,000 people climb the peak.", "5,000", {"noun": "people"}),
    Row("Last year 40 homes flooded.", "40", {"noun": "homes"}),
    Row("This year 12 schools closed.", "12", {"noun": "schools"}),
    Row("The post office covers 5 zip codes.", "5", {"noun": "zip codes"}),
    Row("Sea level 3 metres higher would drown the port.", "3", {"unit": "meter"}),
    Row("Another 12 were hurt in the crush.", "12", {"value": 12}),
    Row("Another 12 Americans were freed.", "12", {"noun": "americans"}),
    Row("Nearly 300 Ukrainians fled.", "300", {"noun": "ukrainians", "bound": "approx"}),
    Row("Only 3 Democrats voted against.", "3", {"noun": "democrats"}),
    Row("Roughly 40 turned up.", "40", {"bound": "approx"}),
    Row("Some 300 were evacuated.", "300", {"bound": "approx"}),
    Row("Grade 8 pupils scored 40 points on average.", "40", {"noun": "points"}),
    Row("The bus ran 40 miles without a stop.", "40", {"unit": "mile"}),
    Row("A COVID-19 outbreak hit 40 homes.", "40", {"noun": "homes"}),
    Row("Temperatures of -5C were recorded.", "-5C", {"value": -5}),
    Row("Some 40 rose to speak.", "40", {"bound": "approx"}),
    Row("Officials said 12 sold out.", "12", {"value": 12}),
    Row("A flat 3 metres wide was let.", "3", {"unit": "meter"}),
]

# counts: a part takes the noun of its whole; verbs and acronyms
NOUNS = [
    Row("The party took 312 of the 650 seats.", "312", {"noun": "seats"}),
    Row("The chain will shut 45 of its 310 branches.", "45", {"noun": "branches"}),
    Row("Inspectors failed 9 of the 40 restaurants.", "9", {"noun": "restaurants"}),
    Row("The ward has 30 beds, of which 6 are for children.", "6", {"noun": "beds"}),
    Row("The firm hired 300 workers, of whom 40 were temporary.", "40", {"noun": "workers"}),
    Row("The school has 80 staff, including 12 teachers.", "12", {"noun": "teachers"}),
    Row("Of the 60 passengers, 41 went to hospital.", "41", {"noun": "passengers"}),
    Row("Of 300 applicants, 120 got an interview.", "120", {"noun": "applicants"}),
    Row("Of the 90 councillors, 52 voted to approve.", "52", {"noun": "councillors"}),
    Row("The fault made 3 million PCs crash.", "3 million", {"noun": "pcs"}),
    Row("The town returned 2 MPs in the election.", "2", {"noun": "mps"}),
    Row("Dealers sold 4,000 SUVs in June.", "4,000", {"noun": "suvs"}),
    Row("Apple shipped 12 million iPhone 15 handsets.", "12 million",
        {"noun": "iphone 15 handsets"}),
    Row("The Nikkei 225 closed at 38,500 points.", "38,500", {"noun": "points"}),
    Row("The MacBook Pro 16 inch sold out.", "16", {"unit": "inch"}),
    # a verb in -ed or -ing after a bare count, with an adverb after it, is no noun
    Row("Around 200 gathered outside the court.", "200", {"noun": None}),
    Row("Some 50 headed home early.", "50", {"noun": None}),
    Row("About 300 marched peacefully.", "300", {"noun": None}),
    Row("The mine kept 40 remaining staff.", "40", {"noun": "remaining staff"}),
    Row("Police shot 3 armed men.", "3", {"noun": "armed men"}),
    Row("Rescuers found 12 stranded climbers.", "12", {"noun": "stranded climbers"}),
    # near-twins: no whole, or a verb after the count
    Row("Some 200 came to the vigil.", "200", {"noun": None}),
    Row("In all, 30 took part.", "30", {"noun": None}),
    Row("It found 40 people alive.", "40", {"noun": "people"}),
]

# change only where the figure measures the change of a quantity
CHANGES = [
    # "by": the look back passes the verb's object and takes up/down
    Row("The drug cut the risk of a relapse by 31%.", "31%", {"change": "decrease"}),
    Row("The bypass cuts the drive to Bristol by 20 minutes.", "20", {"change": "decrease"}),
    Row("Water bills will go up by 6.2% in April.", "6.2%", {"change": "increase"}),
    Row("The bakery put its loaf price up by 5p.", "5p", {"change": "increase"}),
    Row("Fares went down by 3% this spring.", "3%", {"change": "decrease"}),
    Row("New rules reduced emissions from lorries by 14%.", "14%", {"change": "decrease"}),
    # money raised is an amount, not a change
    Row("The appeal raised £50,000 in a week.", "50,000", {"change": None}),
    Row("The start-up has raised $12m from investors.", "12m", {"change": None}),
    Row("The club is raising €2 million for a new stand.", "2 million", {"change": None}),
    Row("The firm raised prices by $2.", "$2", {"change": "increase"}),
    Row("The council raised parking fees by 10%.", "10%", {"change": "increase"}),
    # a length before a word of place is a position
    Row("The ferry sank 8 miles off the coast.", "8", {"change": None}),
    Row("The tanker ran aground 3 km north of the port.", "3", {"change": None}),
    Row("The convoy halted 2 miles short of the border.", "2", {"change": None}),
    Row("The river fell 2 metres overnight.", "2", {"change": "decrease"}),
    # an explicit plus is a change even after a level word
    Row("Oil futures were +2.4% at noon.", "2.4%", {"change": "increase", "value": 2.4}),
    Row("The index is +1.1% on the week.", "1.1%", {"change": "increase"}),
    Row("Inflation was -0.3% in May.", "0.3%", {"change": None, "value": -0.3}),
    Row("The score moved from −2 to +5 points.", "+5", {"change": None, "value": 5}),
    # "by X to Y": the change and the level, not a range
    Row("Membership fell by 1,200 to 48,300.", "1,200", {"high": None, "change": "decrease"}),
    Row("Staff numbers rose by 80 to 2,150.", "2,150", {"value": 2150, "change": None}),
    Row("The stamp went up by 10p to £1.35.", "£1.35", {"value": 1.35, "change": None}),
    Row("Prices will rise by 2 to 3 per cent.", "2 to 3", {"value": 2, "high": 3}),
    Row("Passenger numbers rebounded 12% to 3.4 million.", "3.4 million",
        {"value": 3.4e6, "high": None}),
    Row("Visits recovered 9% to 1.2 million.", "9%", {"high": None, "change": "increase"}),
    # comparisons with a multiplier are no change; verbs of multiplying are
    Row("The bill came to £2bn, twice the first estimate.", "twice",
        {"multiplier": True, "change": None}),
    Row("The new hall has twice the seats of the old one.", "twice", {"change": None}),
    Row("The lake is three times as large as the reservoir.", "three", {"change": None}),
    Row("Rents have doubled since 2015.", "doubled", {"change": "increase"}),
    Row("Demand is set to double by 2030.", "double", {"change": "increase"}),
    Row("Cases rose fourfold in a month.", "fourfold", {"change": "increase"}),
    Row("Doctors saw a threefold rise in cases.", "threefold", {"change": "increase"}),
    # a verb that also means to let fall, before a measure of a substance, names an amount
    Row("The storm dropped 2 inches of rain.", "2", {"change": None}),
    Row("Planes dropped 40 tonnes of retardant on the fire.", "40", {"change": None}),
    Row("Overnight the front dropped 30 cm of snow.", "30", {"change": None}),
    Row("Rainfall dropped 2 inches in May.", "2", {"change": "decrease"}),
    Row("The glacier lost 3 cubic kilometres of ice.", "3", {"change": "decrease"}),
    Row("Prices dropped 5% of their value.", "5%", {"change": "decrease"}),
    # "over" and a span right after another figure or what it counts is the period
    Row("The firm ignored 27 warnings over 18 months.", "18", {"bound": "exact"}),
    Row("Prices rose 5% over 12 months.", "12", {"bound": "exact", "text": "12 months"}),
    Row("Output rose 2 million tonnes over two years.", "two", {"bound": "exact"}),
    Row("The work took over 18 months.", "18", {"bound": "over"}),
    Row("He has lived there for over 20 years.", "20", {"bound": "over"}),
    Row("She spent over 6 hours in surgery.", "6", {"bound": "over"}),
    # "up to" after a forecast bounds the change
    Row("Bills may rise up to 5% next year.", "5%", {"bound": "at_most", "change": "increase"}),
    Row("Sales could fall up to 20% this winter.", "20%",
        {"bound": "at_most", "change": "decrease"}),
    Row("Rents are expected to rise up to 8%.", "8%", {"bound": "at_most", "change": "increase"}),
    Row("The river rose up to 6 metres overnight.", "6", {"bound": "exact", "change": None}),
]

# money and number shapes
SHAPES = [
    # "in." with its point is inches where no sentence starts after it
    Row('The shop sold a 55" TV for $400.', "55", {"unit": "inch", "value": 55}),
    Row('The pipe is 3" wide.', "3", {"unit": "inch"}),
    Row('Buy the wrench 8"', "8", {"unit": "inch"}),
    Row('He is 6\'2" tall.', "6", {"unit": "inch", "value": 74}),
    Row('"We won 12", the coach said.', "12", {"unit": ""}),
    Row('He said "we lost 8" and left.', "8", {"unit": ""}),
    # a unit symbol with a negative power divides
    Row("The isotope decays at 3 s-1 at rest.", "3", {"unit": "1 / second"}),
    Row("Light oscillates at 4e14 s-1 in the violet.", "4e14", {"unit": "1 / second",
                                                                 "value": 4e14}),
    Row("The plate bends at 2 m-1 of curvature.", "2", {"unit": "1 / meter"}),
    Row("He is 6 ft-2 tall.", "6", {"unit": "foot"}),
    Row("It has a 15 in. screen.", "15", {"unit": "inch"}),
    Row("The gap is about 3 in. wide.", "3", {"unit": "inch", "bound": "approx"}),
    Row("He scored 2 in. Then he left.", "2", {"unit": ""}),
    Row("She was 4 in the queue.", "4", {"unit": ""}),
    # a dash between a negative figure and zero is a range, not a phone number's group
    Row("Store it at -20-0 degrees Celsius.", "-20", {"value": -20, "high": 0,
                                                      "unit": "degree_Celsius"}),
    Row("Markets at a glance: Dow +0.4% today.", "0.4", {"change": "increase"}),
    Row("The fine came to 3 billion Swedish kronor.", "3 billion", {"unit": "SEK"}),
    Row("The ship cost 900 million Norwegian kroner.", "900", {"unit": "NOK", "value": 9e8}),
    Row("He was paid 2 million Russian roubles.", "2 million", {"unit": "RUB"}),
    Row("The deal was worth 500 million Brazilian reals.", "500", {"unit": "BRL"}),
    Row("A meal costs ₽900 in Moscow.", "900", {"unit": "RUB", "value": 900}),
    Row("She listed 3 real reasons to stay.", "3", {"unit": ""}),
    Row("Petrol averaged 142.9p a litre on Monday.", "142.9p",
        {"unit": "GBP / liter", "value": pytest.approx(1.429)}),
    Row("Diesel rose 2p a litre.", "2p", {"unit": "GBP / liter", "change": "increase"}),
    Row("Sales were $6.78 billion a year earlier.", "6.78", {"unit": "USD"}),
    Row("The market is worth $2.17T.", "2.17T", {"value": 2.17e12, "unit": "USD"}),
    Row("Its debt passed US$3T last year.", "3T", {"value": 3e12, "unit": "USD"}),
    Row("The firm is valued at £1.2T.", "1.2T", {"value": 1.2e12, "unit": "GBP"}),
    Row("The lorry carried 5t of gravel.", "5t", {"value": 5, "unit": "metric_ton"}),
    Row("The bridge cost $5.4-billion.", "5.4", {"value": 5.4e9, "unit": "USD"}),
    Row("A 3-million-strong crowd gathered.", "3", {"value": 3e6}),
    Row("The club paid £1.5billion for the site.", "1.5", {"value": 1.5e9, "unit": "GBP"}),
    Row("Sales hit 3million units.", "3million", {"value": 3e6, "noun": "units"}),
    Row("A bed costs KSh 5,000 in Nairobi.", "5,000", {"unit": "KES"}),
    Row("The race is 5-10 km long.", "5-10", {"value": 5, "high": 10}),
    Row("A coffee costs 3,20 € in Porto.", "3,20", {"value": 3.2, "unit": "EUR",
                                                     "precision": pytest.approx(0.005)}),
    Row("Prices in Spain rose 3,5 % in May.", "3,5", {"value": 3.5, "unit": "percent"}),
    Row("Growth slowed to 0,8% in the quarter.", "0,8", {"value": 0.8}),
    Row("Factories made 12,944 units.", "12,944", {"value": 12944}),
    Row("A coffee costs €3,50 in Rome.", "3,50", {"value": 3.5, "unit": "EUR"}),
    Row("The route is 3,5km long.", "3,5", {"value": 3.5, "unit": "kilometer"}),
    Row("The deal was €12,5 million.", "12,5", {"value": 12.5e6, "unit": "EUR"}),
    Row("He paid €1,250 for it.", "1,250", {"value": 1250}),
    Row("The judges gave it 2,3 and 4 points.", "3", {"value": 3}),
    Row("The walkers were found a mile and a half from the hut.", "mile",
        {"value": 1.5, "unit": "mile"}),
    Row("The hearing lasted an hour and a quarter.", "hour", {"value": 1.25, "unit": "hour"}),
    Row("It took about a year and a half to build.", "year",
        {"value": 1.5, "unit": "year", "bound": "approx"}),
    Row("The bridge will cost three point two billion dollars.", "three",
        {"value": 3.2e9, "unit": "USD"}),
    Row("Growth was two point five percent.", "two", {"value": 2.5, "unit": "percent"}),
    Row("About one point five million people voted.", "one",
        {"value": 1.5e6, "noun": "people", "bound": "approx"}),
    # "-odd" after a number makes it approximate
    Row("Sixty-odd people attended the vigil.", "Sixty", {"value": 60, "bound": "approx",
                                                          "noun": "people"}),
    Row("He sold 300-odd paintings.", "300", {"bound": "approx", "noun": "paintings"}),
    Row("The 40-odd MPs rebelled.", "40", {"bound": "approx", "noun": "mps"}),
    Row("An odd 40 people came.", "40", {"bound": "exact"}),
    # a fraction after a scale word is a fraction of the scale
    Row("A million and a half people fled the floods.", "million",
        {"value": 1.5e6, "noun": "people"}),
    Row("Two million and a half homes lost power.", "Two", {"value": 2.5e6}),
    Row("A billion and a quarter dollars was lost.", "billion", {"value": 1.25e9,
                                                                  "unit": "USD"}),
    Row("Two and a half million people voted.", "Two", {"value": 2.5e6}),
    # an order of magnitude of a scale is whole without "of" after it
    Row("Hundreds of thousands marched on Sunday.", "Hundreds",
        {"value": 1e5, "high": 1e6, "text": "Hundreds of thousands"}),
    Row("Crowds ran into the tens of thousands.", "tens", {"value": 1e4, "high": 1e5}),
    Row("Tens of millions of dollars were lost.", "Tens", {"value": 1e7, "unit": "USD"}),
    # a fraction hyphened to its unit
    Row("The Fed cut rates by a half-point.", "half", {"value": 0.5,
                                                       "unit": "percentage_point",
                                                       "change": "decrease"}),
    Row("The bank raised rates by a quarter-point.", "quarter",
        {"value": 0.25, "unit": "percentage_point"}),
    Row("They walked a quarter-mile to the shore.", "quarter", {"value": 0.25, "unit": "mile"}),
    Row("A half-mile stretch was closed.", "half", {"value": 0.5, "unit": "mile"}),
    # a number that is not whole before "times" multiplies
    Row("Prices rose one-and-a-half times.", "one", {"value": 1.5, "multiplier": True}),
    Row("Output grew 2.5 times in a decade.", "2.5", {"multiplier": True}),
    Row("She has visited 3 times this year.", "3", {"multiplier": False}),
]

KNOWN_MISSES = [
    # "in." that ends a sentence: inches or the preposition and a full stop (a sentence's
    # claims never depend on the next one)
    Row("The pencil is 7 in.", "7", {"unit": "inch"}),
]


@pytest.mark.parametrize(("what", "sentence"), NOT_CLAIMS, ids=[w for w, _ in NOT_CLAIMS])
def test_not_a_claim(what: str, sentence: str) -> None:
    assert extract(sentence) == [], what


@pytest.mark.parametrize("row", STILL_CLAIMS + NOUNS + CHANGES + SHAPES,
                         ids=row_id)
def test_claim(row: Row) -> None:
    assert_row(row)


@pytest.mark.xfail(strict=True)
@pytest.mark.parametrize("row", KNOWN_MISSES, ids=row_id)
def test_known_miss(row: Row) -> None:
    test_claim(row)
