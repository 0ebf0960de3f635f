"""extract() on the classes of issue 12's sixth round: numbers that name (a label's lettered
or dotted part, a version or case that opens a sentence, a number dialled "on", a street
word before its name, a postcode, a knockout round, a unit written as a name, an age
group) and counts a verb acts on rather than changes, each class with phrasings of our own
that must give no claim and near-twins that must still give one, as table rows."""

from __future__ import annotations

import pytest

from factcheck import extract
from tests.extract.rows import Row, assert_row, row_id

NOT_CLAIMS = [
    # a label word before a number with a letter touching it or a dotted part
    ("label, lettered figure", "Turn to figure 3c for the trend."),
    ("label, lettered phase", "Phase 2b of the trial opens in spring."),
    ("label, dotted clause", "Clause 7.4 sets the notice period."),
    ("label, dotted appendix", "The sites are listed in appendix 5.1 of the report."),
    ("label, lettered table", "The method is set out in table 6a."),
    ("label, dotted paragraph", "The judge quoted paragraph 12.3 of the ruling."),
    # a name word that opens a sentence, then a dotted number or one that nothing counted
    # follows: a version or a case
    ("version, dotted", "Android 14.1 fixes the battery bug."),
    ("version, browser", "Firefox 128.0 was released quietly."),
    ("case, in", "Subject 12 in the study dropped out."),
    ("case, of", "Ward 9 of the hospital reopened."),
    ("case, at end", "The notes were written by Witness 3."),
    # a number dialled: after "on" or "at" a few words after a verb of dialling
    ("dial, helpline on", "Ring the helpline on 116 if you need to talk."),
    ("dial, hotline at", "Call the city hotline at 311 for advice."),
    ("dial, surgery on", "Phone the surgery on 3344 to book."),
    ("dial, text desk", "Text the news desk on 8822 with tips."),
    ("dial, call us", "Please call us on 0161."),
    # a street word before the street's name
    ("street, rue", "The bakery at 14 rue Cler closes in August."),
    ("street, rua", "She lives at 3 rua Augusta with her sister."),
    ("street, calle", "The embassy is at 45 calle Serrano."),
    ("street, avenue", "The gallery at 27 avenue Montaigne reopened."),
    ("street, rue de", "A shop at 9 rue du Bac was looted."),
    # five digits with no separator before a place name or after a state's capitals
    ("postcode, city", "The depot moved to 20095 Hamburg last spring."),
    ("postcode, after street", "Letters go to 10 rue de Rivoli, 75001 Paris."),
    ("postcode, state", "Send entries to Springfield, IL 62704."),
    ("postcode, Madrid", "The lab is at 28013 Madrid."),
    ("postcode, Milan", "Its head office is in 20121 Milano."),
    # "round of" and a number with nothing counted after it: a knockout stage
    ("round of, out in", "They went out in the round of 16."),
    ("round of, draw", "The draw for the round of 32 is on Monday."),
    ("round of, reached", "Porto reached the round of 16 for once."),
    ("round of, comma", "After the round of 64, the seeds meet."),
    ("round of, and", "The round of 16 and the quarter-finals are in Lisbon."),
    # a unit written with a capital after "the": the name of an event or a war
    ("unit as name, race", "The 24 Hours of Spa was called off."),
    ("unit as name, war", "The 100 Years War ended in defeat."),
    ("unit as name, carol", "The choir sang the 12 Days of Christmas."),
    ("unit as name, race miles", "He drove in the 500 Miles at Indianapolis."),
    ("unit as name, metres", "She qualified for the 400 Metres final."),
    # a plural age names a group of people
    ("age group, among", "Reading scores among 14-year-olds fell."),
    ("age group, open to", "Vaccines are open to 12-year-olds from Monday."),
    ("age group, months", "Checks for 18-month-olds were cut."),
    ("age group, for", "The rules for 16-year-olds have changed."),
    ("age group, weeks", "The clinic sees 6-week-olds on Fridays."),
    # a recent year after a bound word, with nothing counted after it, is a date
    ("year after bound, up to", "The site stayed open up to 2016."),
    ("year after bound, through", "The trial ran through 2021."),
    ("year after bound, frozen up to", "Fares were frozen up to 2026 by the mayor."),
    ("year after bound, over a year", "Orders climbed over 2022."),
    ("year after bound, over", "Emissions fell steadily over 2023."),
    ("year after bound, until", "The old tariff applied until 2019, officials said."),
    ("year after bound, before", "Prices will peak before 2027."),
    # a span of time ending at a date is a period, not a duration
    ("period, twelve months to", "Inflation eased in the twelve months to April."),
    ("period, ending", "House sales slowed over the three months ending August."),
    ("period, ended", "Profit rose in the six months ended September."),
    ("period, last ... to the end", "Output grew in the last nine months to the end of June."),
    ("period, through", "Rents climbed in the 12 months through March."),
    ("period, to a day", "Sales held up in the 52 weeks to 1 March."),
]

STILL_CLAIMS = [
    # a label word with a plain count or level after it, or a number touching a scale
    Row("Section 4 runs to 12 pages.", "12", {"value": 12, "noun": "pages"}),
    Row("The FTSE 100 closed at 8,254.3 on Friday.", "8,254.3", {"value": 8254.3}),
    Row("The plan has 4b in funding behind it.", "4b", {"value": 4e9}),
    # a sentence-opening quantifier or hedge before a number is a count
    Row("Another 40 in the queue gave up.", "40", {"value": 40}),
    Row("Some 30 of the staff went on strike.", "30", {"value": 30, "bound": "approx"}),
    Row("Perhaps 200 in all turned up.", "200", {"value": 200}),
    Row("Between 10,000 and 12,000 tonnes are moved a year.", "10,000", {"high": 12000}),
    # "call" before what it counts, or "on" before a count
    Row("Police call on 300 volunteers each summer.", "300", {"value": 300}),
    Row("The court will call 40 witnesses on Monday.", "40", {"noun": "witnesses"}),
    # a plural street word is counted
    Row("The council will resurface 5 streets this summer.", "5", {"noun": "streets"}),
    Row("The firm shipped 300 parcels via Dover.", "300", {"noun": "parcels"}),
    Row("Fans sent 40 via Royal Mail.", "40", {"value": 40}),
    # five digits before a name word or a model, or after a lower-case word, count
    Row("The stadium holds 52000 fans.", "52000", {"noun": "fans"}),
    Row("Dealers sold 14000 Model Y cars.", "14000", {"value": 14000}),
    Row("Some 12,000 Parisians marched.", "12,000", {"value": 12000}),
    # a round of what is counted
    Row("Each round of 18 holes costs £30.", "18", {"value": 18, "noun": "holes"}),
    # a unit in lower case is a unit
    Row("The race lasted 24 hours.", "24", {"unit": "hour"}),
    Row("The 24 hours before the vote were tense.", "24", {"unit": "hour"}),
    # one age, or a count of a group, is still read
    Row("A 15-year-old was arrested.", "15", {"unit": "year"}),
    Row("Three 11-year-olds were rescued from the cliff.", "Three", {"value": 3}),
    # a maker and model between a count and what it counts: the claim is the count
    Row("The navy ordered 6 Airbus A400M transports.", "6", {"text": "6", "value": 6}),
    Row("The airline leases four ATR 42 planes.", "four", {"text": "four", "value": 4}),
    Row("Police seized 12 AK 47 rifles.", "12", {"text": "12", "value": 12}),
    # a verb of loss or cutting before a count of things names them: no change
    Row("The herd lost 60 cattle in the floods.", "60", {"noun": "cattle", "change": None}),
    Row("The council axed 14 posts in March.", "14", {"noun": "posts", "change": None}),
    # but a workforce or a population a place or a firm holds changes by what it loses: held
    # as a level, "lost more than 5 million people since 2010" would be compared with the
    # population itself
    Row("The bank will shed 900 staff.", "900", {"change": "decrease"}),
    Row("The factory cut 300 jobs last year.", "300", {"noun": "jobs", "change": "decrease"}),
    Row("Latvia has lost 400,000 people since 2000.", "400,000",
        {"noun": "people", "change": "decrease"}),
    Row("The regiment lost nine men in the raid.", "nine", {"change": None}),
    # near-twins: a share, a standing or an audience lost is a change
    Row("The index lost 2.4% on Friday.", "2.4", {"change": "decrease"}),
    Row("The app lost 3 million users.", "3 million", {"change": "decrease"}),
    Row("The firm cut costs by 12%.", "12", {"change": "decrease"}),
    Row("The team lost 3 places in the table.", "3", {"change": "decrease"}),
    Row("The paper lost 20,000 readers last year.", "20,000", {"change": "decrease"}),
    # a verb of sliding before a length: a distance moved, no change
    Row("The car slid 30 metres down the bank.", "30", {"unit": "meter", "change": None}),
    Row("The tanker drifted 5 nautical miles overnight.", "5", {"change": None}),
    Row("The bus skidded 15 yards on the ice.", "15", {"unit": "yard", "change": None}),
    Row("The van veered 4 metres off the road.", "4", {"change": None}),
    Row("A sledge slides 200 metres down the slope.", "200", {"change": None}),
    # near-twins: a share skids, a level drops
    Row("Shares skidded 4% on Monday.", "4", {"change": "decrease"}),
    Row("The river level dropped 2 metres.", "2", {"change": "decrease"}),
    # "up" or "down" after a share or a sum of money: a change
    Row("Exports were 4.2% down on last year.", "4.2", {"change": "decrease"}),
    Row("Rents are 1.5% up on March.", "1.5", {"change": "increase"}),
    Row("Shares closed 8p down at 212p.", "8p", {"value": 0.08, "change": "decrease"}),
    Row("Margins ended 30 basis points down.", "30", {"change": "decrease"}),
    Row("The pound finished 0.6% up against the euro.", "0.6", {"change": "increase"}),
    # near-twins: a depth, and "up to" a level
    Row("The wreck sits 30 metres down.", "30", {"unit": "meter", "change": None}),
    Row("Tariffs will be 5% up to June.", "5", {"change": None}),
    # a comparative between a count and its noun: the count is a difference
    Row("The ward has 12 fewer nurses this year.", "12",
        {"noun": "nurses", "change": "decrease"}),
    Row("The council will hire 50 extra wardens.", "50", {"noun": "wardens", "change": "increase"}),
    Row("Ministers pledged 300 additional teachers.", "300",
        {"noun": "teachers", "change": "increase"}),
    Row("There are 7 fewer buses on the route.", "7", {"noun": "buses", "change": "decrease"}),
    Row("Nine more families were rehoused.", "Nine", {"noun": "families", "change": "increase"}),
    Row("The bus carries 40 passengers.", "40", {"noun": "passengers", "change": None}),
    # near-twins of a year after a bound: a count of things
    Row("The scheme covers up to 2017 homes.", "2017", {"bound": "at_most", "noun": "homes"}),
    Row("It has more than 2024 members.", "2024", {"bound": "over"}),
    # near-twins of a period: a span that does not end at a date is a duration
    Row("The refit took nine months to complete.", "nine", {"unit": "month"}),
    Row("He served 12 years until his retirement.", "12", {"unit": "year"}),
    # a number word that opens a sentence before its verb counts
    Row("Forty were treated in hospital.", "Forty", {"value": 40}),
    Row("Thirty-one will lose their jobs.", "Thirty-one", {"value": 31}),
    Row("Nine died when the bridge fell.", "Nine", {"value": 9}),
    Row("Fifteen remain missing after the storm.", "Fifteen", {"value": 15}),
    Row("Eleven have been charged.", "Eleven", {"value": 11}),
    # a comma alone does not end a list: the figure before it keeps its own unit
    Row("The Dow ended at 39,100, 0.4% lower.", "39,100", {"unit": ""}),
    Row("Gold closed at 2,310, 1.2% up on the day.", "2,310", {"unit": ""}),
    Row("Fees of 5, 10 or 15% apply.", "5", {"unit": "percent"}),
    Row("Parcels of 2, 4 or 6kg are accepted.", "2", {"unit": "kilogram"}),
    Row("They were jailed for four and six years.", "four", {"unit": "year"}),
    # "m" before a unit word scales the figure; before a measuring word it is metres
    Row("The port handled 3m tonnes of grain.", "3m", {"value": 3e6, "unit": "metric_ton"}),
    Row("The field yields 2m barrels a week.", "2m", {"value": 2e6}),
    Row("Farmers planted 5m hectares.", "5m", {"value": 5e6, "unit": "hectare"}),
    Row("The wall is 2m high.", "2m", {"value": 2, "unit": "meter"}),
    Row("A 4m boat capsized.", "4m", {"value": 4, "unit": "meter"}),
    # "double" or "triple" before what it multiplies, after no article: a multiplier
    Row("The house fetched £900,000, double its guide price.", "double",
        {"value": 2, "multiplier": True, "change": None}),
    Row("Her salary is now triple what it was.", "triple", {"value": 3, "multiplier": True}),
    Row("Rents are double the national average.", "double", {"value": 2, "multiplier": True}),
    Row("Pay is now triple last year's figure.", "triple", {"multiplier": True, "change": None}),
    # a fraction before a comparative is a change
    Row("The harvest was a third less than usual.", "a third", {"change": "decrease"}),
    Row("Turnout was a quarter higher than in 2019.", "a quarter", {"change": "increase"}),
    Row("Sales came in a fifth lower.", "a fifth", {"value": 20, "change": "decrease"}),
    Row("Half the staff left.", "Half", {"value": 50, "change": None}),
    # a bare figure after "to" or "or" counts what the figure before it counted
    Row("The motion carried by 212 votes to 87.", "87", {"noun": "votes"}),
    Row("The jury split 9 jurors to 3.", "3", {"noun": "jurors"}),
    Row("Each crate holds 40 bottles or 60.", "60", {"noun": "bottles"}),
    Row("Shares rose 12 points to 4,100.", "4,100", {"noun": "points"}),
    # a part "of" the last, first or next so many things counts them
    Row("Leeds have lost 7 of their last 10 away games.", "7", {"noun": "away games"}),
    Row("She won 3 of her first 5 races.", "3", {"noun": "races"}),
    Row("Only 2 of the next 6 flights have seats.", "2", {"noun": "flights"}),
]

NOT_CLAIMS_TWINS = [
    ("pronoun one", "One could argue otherwise."),
    ("double, kind of room", "He booked a double room."),
    ("double, kind of act", "The singer is a triple threat."),
]


@pytest.mark.parametrize(("what", "sentence"), NOT_CLAIMS + NOT_CLAIMS_TWINS,
                         ids=[w for w, _ in NOT_CLAIMS + NOT_CLAIMS_TWINS])
def test_not_a_claim(what: str, sentence: str) -> None:
    assert extract(sentence) == [], what


@pytest.mark.parametrize("row", STILL_CLAIMS, ids=row_id)
def test_claim(row: Row) -> None:
    assert_row(row)
