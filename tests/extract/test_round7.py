"""extract() on the classes of issue 12's seventh round: figures that read as names once
their noun and unit are known (a number after "a" that agrees with no plural noun, a bond's
maturity, a score with its noun, a golf score against par, a race named by its distance),
ordinal words after "a" before a noun, and a phone number with its area code in brackets;
each class with phrasings of our own that must give no claim and near-twins that must still
give one, as table rows."""

from __future__ import annotations

import pytest

from factcheck import extract
from tests.extract.rows import Row, assert_row, row_id

NOT_CLAIMS = [
    # "a" before a count above one agrees with no plural noun: the number names one thing
    ("article, aircraft model", "An 767 freighter was diverted to Shannon."),
    ("article, model then noun", "Crews towed a 380 airliner off the runway."),
    ("article, golf round", "Her partner carded a 71 on Thursday."),
    ("article, model alone", "The crew flew a 737 back to base."),
    ("article, bus route", "Commuters waited for a 29 that never came."),
    # a maturity hyphened to its number before the product it names
    ("tenor, gilt", "The 30-year gilt sold off sharply."),
    ("tenor, treasury", "Demand for five-year Treasury notes was weak."),
    ("tenor, fixed mortgage", "Lenders pulled their two-year fixed mortgages."),
    ("tenor, bund", "Investors dumped German 10-year Bunds."),
    ("tenor, swaps", "Traders bought three-month bills and sold 5-year swaps."),
    # a score written with its noun, the second figure bare or "nil"
    ("score, goals", "Athletic were beaten four goals to two."),
    ("score, tries nil", "The Lions won by three tries to nil."),
    ("score, runs", "The Yankees won it 6 runs to 2."),
    ("score, sets", "She took the final 3 sets to 1."),
    ("score, points", "The Celtics edged it 101 points to 99."),
    # a golf score against par
    ("par, under", "He sits 9 under par at the halfway mark."),
    ("par, over", "She slipped to three over par."),
    ("par, level", "The leader is six under par."),
    # a race named by its distance after "the" or a possessive
    ("race, metres", "He was third in the 200 metres in Oslo."),
    ("race, glued m", "She is the favourite for the 800m."),
    ("race, possessive", "The men's 1500m final starts at noon."),
    ("race, hurdles", "She won the 400m hurdles."),
    # an ordinal word after "a" and before a noun
    ("ordinal, meeting", "The board kept rates on hold for a fifth month running."),
    ("ordinal, term", "The mayor wants an eighth spell in office."),
    ("ordinal, loss", "City slumped to a sixth defeat in a row."),
    ("ordinal, review", "Ministers ordered a fourth inquiry into the crash."),
    # a phone number with its area code in brackets
    ("phone, brackets and dash", "Readers can call (212) 555-0143 with tips."),
    ("phone, brackets and spaces", "Book on (0131) 496 0000 before Friday."),
    ("phone, three groups", "Ring (020) 7946 0321 after six."),
    # a label word before a number with a capital letter touching it: no degrees
    ("lettered label, seat", "Her ticket was for seat 31F on the upper deck."),
    ("lettered label, row", "The fire started in row 12C of the stand."),
    ("lettered label, gate", "Boarding moved to gate 7C at short notice."),
    # a train or bus named by the time it leaves, before "from" or "to" and a place
    ("service by time, from", "Delays hit the 8.14 from Didcot again."),
    ("service by time, to", "Staff cancelled the 17.32 to Bristol."),
    ("service by time, 24h", "Passengers on the 21.50 from Exeter were stranded."),
    # idioms of distance with a number word
    ("idiom, miles apart", "The unions and the board are a million miles apart."),
    # a label word before a number word, and more label words (bay, bed, unit, plot, division)
    ("label word, shirt", "He inherited the number seven shirt."),
    ("label word, alert", "The city moved to level four restrictions."),
    ("label word, phase", "Work on phase two starts soon."),
    ("label, bed", "The man in bed 6 was moved."),
    ("label, bay", "Lorries queued at bay 14."),
    ("label, unit", "The fire began in unit 3 of the estate."),
    ("label, division", "Division 3 sides voted against."),
    # "in" before a rate is how often, not inches
    ("how often, chapter", "She finished Chapter 9 in a day."),
    ("tenor, debt", "Sellers dumped 30-year debt."),
    # a route or stop named by its number after "the"/"a" and a label word
    ("route, bus", "She missed the 73 bus again."),
    ("route, tram", "Take a 9 tram from the square."),
    ("label, rule", "The referee applied rule 12 strictly."),
    ("idiom, seven seas", "Their ships sailed the seven seas."),
    ("idiom, peas in a pod", "The twins are two peas in a pod."),
    ("idiom, times over", "It has paid for itself a million times over."),
    ("idiom, hyphened one in a million", "It was a one-in-a-million catch."),
    ("idiom, thousand miles apart", "On pay, unions and bosses are a thousand miles apart."),
]

STILL_CLAIMS = [
    # near-twins of the article: a plural noun, a hyphened count, a scale, "a further"
    Row("The airline ordered a further 30 jets.", "30", {"value": 30, "noun": "jets"}),
    Row("Council built a 12-storey block.", "12", {"value": 12}),
    Row("Officials counted a 100 or so protesters.", "100", {"value": 100}),
    Row("Rents rose by a 5% margin.", "5", {"unit": "percent"}),
    # near-twins of a maturity: a duration without a product, or a bond yield as a level
    Row("He was given a five-year ban.", "five", {"unit": "year"}),
    Row("The 10-year yield rose to 4.4%.", "4.4", {"unit": "percent"}),
    Row("The firm signed a 25-year lease.", "25", {"unit": "year"}),
    # near-twins of a score: a change from one figure to another, a vote tally
    Row("The lead grew from 3 points to 5 points.", "5", {"value": 5}),
    Row("The lead grew from 3 points to 5 points.", "3", {"value": 3}),
    Row("The bill passed by 301 votes to 250.", "250", {"noun": "votes"}),
    Row("Striker scored 30 goals last season.", "30", {"noun": "goals"}),
    # near-twins of par: a count before "under"
    Row("Some 40 under the bridge were evacuated.", "40", {"value": 40}),
    # near-twins of a race: a distance measured
    Row("The last 400 metres of the road are unpaved.", "400", {"unit": "meter"}),
    Row("The bridge is 200 metres long.", "200", {"unit": "meter"}),
    Row("He swam the 800 metres from the pier to the buoy.", "800", {"unit": "meter"}),
    # near-twins of an ordinal: a fraction of a whole, with a comparative or at the end
    Row("A fifth of the staff left.", "fifth", {"value": 20, "unit": "percent"}),
    Row("Output fell by a sixth last year.", "sixth", {"change": "decrease"}),
    Row("Sales fell by a third once rivals cut prices.", "third", {"change": "decrease"}),
    Row("The count was only a quarter complete.", "quarter", {"value": 25}),
    Row("Turnout dropped by a fifth compared with 2019.", "fifth", {"value": 20}),
    # near-twins of a phone number: a figure after a bracket
    Row("Sales rose (12) 5% on the year.", "5", {"unit": "percent"}),
    Row("The total (450) was 30 more than last year.", "30", {"value": 30}),
    # near-twins of a lettered label and of a service by its time
    Row("Temperatures in zone 3 hit 40C.", "40C", {"unit": "degree_Celsius"}),
    Row("For a third year in a row 300 firms closed.", "300", {"noun": "firms"}),
    Row("The index closed at 7.42 from 7.50.", "7.42", {"value": 7.42}),
    Row("Shares rose to 16.05 from 15.80.", "16.05", {"value": 16.05}),
    # a whole number set off by commas after a person's noun phrase is an age
    Row("The retired teacher, 74, was found safe.", "74", {"unit": "year"}),
    Row("Police said a woman, 38, had been charged.", "38", {"unit": "year"}),
    Row("His grandmother, 102, still gardens.", "102", {"unit": "year"}),
    Row("A local pharmacist, 45, opened the shop.", "45", {"unit": "year"}),
    # "over"/"under" a whole number that ends its clause, said of people: an age bound
    Row("Bus passes go to residents over 60.", "60", {"unit": "year", "bound": "over"}),
    Row("Most of the club's members are under 30.", "30", {"unit": "year", "bound": "under"}),
    Row("Patients over 75, the most at risk, go first.", "75", {"unit": "year"}),
    Row("Turnout was over 65.", "65", {"unit": ""}),
    # near-twins: no person before the commas
    Row("Of the total, 40, were women.", "40", {"unit": ""}),
    Row("In the first quarter, 30, rose.", "30", {"unit": ""}),
    # a number word after a change word and "from" or "to" is the level compared
    Row("The party holds 9 seats, down from eleven.", "eleven", {"value": 11}),
    Row("The death toll climbed to fourteen on Friday.", "fourteen", {"value": 14}),
    Row("Arrests fell from twelve to seven.", "seven", {"value": 7}),
    Row("Branches rose from three to five this year.", "three", {"value": 3}),
    # a bare count after a word of change counts the plural noun heading the subject
    Row("Shoplifting offences climbed to 2,210 last year.", "2,210", {"noun": "offences"}),
    Row("Reported scams in the borough fell by 340.", "340", {"noun": "scams"}),
    Row("Food banks across the county have grown to 61.", "61", {"noun": "banks"}),
    Row("Arrests of teenagers rose to 95, up from 70.", "70", {"noun": "arrests"}),
    # near-twins: a singular subject, a range, or an earlier figure that lends its noun
    Row("Membership fell by 2,300 to 18,700.", "2,300", {"noun": None}),
    Row("Prices will climb by 4 to 6 per cent.", "4", {"unit": "percent"}),
    Row("The depot sent 300 lorries, up from 250.", "250", {"noun": "lorries"}),
    # a bare exchange rate "to the" currency is in the currency named before it
    Row("The peso ended at 17.1 to the dollar.", "17.1", {"unit": "MXN"}),
    Row("By noon the won traded at 1,380 to the dollar.", "1,380", {"unit": "KRW"}),
    Row("The rupee fell to 90.2 to the euro.", "90.2", {"unit": "INR"}),
    # near-twins: "against" (market custom decides), or no currency before
    Row("Sterling rose to 1.27 against the dollar.", "1.27", {"unit": ""}),
    Row("He sold 300 to the dollar store.", "300", {"unit": ""}),
    # a line that must not be crossed: the figure bounds the quantity
    Row("Rents must not rise above £1,200 a month.", "1,200", {"bound": "at_most"}),
    Row("The ratio cannot fall below 8% under the rules.", "8", {"bound": "at_least"}),
    Row("Water levels should not drop below 2 metres.", "2", {"bound": "at_least"}),
    Row("Fees cannot exceed £9,250 a year.", "9,250", {"bound": "at_most"}),
    Row("Output broke through 500,000 barrels a day.", "500,000", {"bound": "over"}),
    # near-twins: the same verbs with no line
    Row("Rents will rise £50 a month.", "50", {"bound": "exact", "change": "increase"}),
    Row("The ratio fell below 8% in May.", "8", {"bound": "under"}),
    Row("The comet passed 3.1 million miles from Earth.", "3.1", {"bound": "exact"}),
    # a measure taken "off" something is a decrease; a location "off" a coast is not
    Row("The new engine shaved 4 seconds off the lap time.", "4", {"change": "decrease"}),
    Row("The shop knocked £120 off the sofa.", "120", {"change": "decrease"}),
    Row("Insurers trimmed 15% off premiums for young drivers.", "15", {"change": "decrease"}),
    Row("She took two weeks off work.", "two", {"change": None}),
    Row("A yacht capsized 6 miles off Falmouth.", "6", {"change": None}),
    Row("The rig sits 40 kilometres off the coast.", "40", {"change": None}),
    # "in half" after a verb of cutting is "by half": 50 percent, decrease
    Row("Queues at the border were cut in half.", "half", {"value": 50, "change": "decrease"}),
    Row("The firm slashed its debt in half.", "half", {"change": "decrease"}),
    Row("The loaf was sliced in half.", "half", {"change": None}),
    # coordinated figures share the scale word of the last when of its size
    Row("The mines produce 4 and 7 million tonnes.", "4", {"value": 4e6}),
    Row("Grants of 2, 3 and 5 billion yen were paid.", "3", {"value": 3e9, "unit": "JPY"}),
    Row("The towns have 900 and 2 million people.", "900", {"value": 900}),
    Row("The depot runs 40 buses on the route.", "40", {"noun": "buses"}),
    Row("They built a 120-bed ward.", "120", {"value": 120}),
    Row("The well is six feet under the yard.", "six", {"unit": "foot"}),
    # near-twins of label words: a count of them, or a number word after a time word
    Row("The ward has 30 beds and 4 bays.", "30", {"noun": "beds"}),
    Row("Every year three people drown here.", "three", {"value": 3}),
    Row("The set has a 55 in. screen.", "55", {"unit": "inch"}),
    # a margin in points in a sentence about a poll is in percentage points
    Row("The Tories trail by 7 points, a new survey shows.", "7", {"unit": "percentage_point"}),
    Row("Her lead over the mayor shrank to 2 points in the Ipsos poll.", "2",
        {"unit": "percentage_point"}),
    Row("A poll of 1,500 voters put the gap at 5 points.", "5 points",
        {"unit": "percentage_point"}),
    # near-twins: points in sport or on an index, with no poll
    Row("Hull led by 14 points at the break.", "14", {"unit": "", "noun": "points"}),
    Row("The Dax gained 90 points, a survey of traders said.", "90", {"unit": ""}),
    # SI-prefixed farad and tesla symbols and the nautical mile's; an unknown symbol after
    # "a" and a count is no name
    Row("Fit a 100 nF capacitor across the pins.", "100", {"unit": "nanofarad"}),
    Row("The scanner's field was 40 mT.", "40", {"unit": "millitesla"}),
    Row("The buoy is 2 nmi east of the pier.", "2", {"unit": "nautical_mile"}),
    Row("Mills shipped 40 MT of steel.", "40", {"unit": "metric_ton"}),
    # "parts per million" (quantulum3 lists it as dimensionless, which we do not take)
    Row("The water held 12 parts per million of nitrate.", "12", {"unit": "ppm"}),
    Row("Levels reached 80 parts per billion.", "80", {"unit": "ppb"}),
]


@pytest.mark.parametrize(("what", "sentence"), NOT_CLAIMS, ids=[w for w, _ in NOT_CLAIMS])
def test_not_a_claim(what: str, sentence: str) -> None:
    assert extract(sentence) == [], what


@pytest.mark.parametrize("row", STILL_CLAIMS, ids=row_id)
def test_claim(row: Row) -> None:
    assert_row(row)
