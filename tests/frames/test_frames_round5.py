"""Frames of real sentences, one field per row, for the classes the fifth frames pass
fixed (our own phrasings; each class has rows that fire and near twins that must not).
Rows as in test_frames_classes.py: (text, figure, field, expected)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from tests.frames.test_frames_classes import AS_OF, Y2024, Y2025, frame_of, value

SEP_WEEKEND = (date(2025, 9, 27), date(2025, 9, 28))

ROWS = [
    # a sentence naming nobody is about the entity its paragraph's subject phrase names,
    # also through a preposition of that phrase's noun ("Police in Marlcombe recorded
    # ... Car thefts rose": Marlcombe)
    ("Landlords in Corvath raised rents by 9% last year. Vacancies fell to 1,200.", "1,200",
     "subject", "Corvath"),
    ("Fishing crews from Ballen Harbour landed 3,400 tonnes of cod in 2024. Catches of "
     "haddock rose 12%.", "12%", "subject", "Ballen Harbour"),
    ("House prices in Fernley fell 3% in the year to March. Sales dropped to 2,150.",
     "2,150", "subject", "Fernley"),
    ("Drivers on the roads of Kelby County logged 9 million miles in 2024. Crashes fell to "
     "310.", "310", "subject", "Kelby County"),
    ("Nurses at Harwick Infirmary treated 5,200 patients in March. Complaints rose to 85.",
     "85", "subject", "Harwick Infirmary"),
    # near twins: a place on the verb, or an owned noun's place, is not the topic
    ("The company's depot in Askern shut in May. Sales fell 4%.", "4%", "subject", None),
    ("The river burst its banks at Holmby on Monday. About 300 homes were flooded.",
     "About 300 homes", "subject", None),
    # a stretch of weeks, months or a quarter ending with a named month or day (AS_OF is
    # 1 October 2025: an end after it is last year's)
    ("Exports rose 6% to 2,300 tonnes in the quarter to June.", "2,300 tonnes", "period",
     (date(2025, 4, 1), date(2025, 6, 30))),
    ("Over the eight weeks to 14 September, footfall fell by 12%.", "12%", "period",
     (date(2025, 7, 21), date(2025, 9, 14))),
    ("The chain sold 40,000 coats in the two months to August.", "40,000 coats", "period",
     (date(2025, 7, 1), date(2025, 8, 31))),
    ("In the six weeks ending December 20, the charity handed out nine thousand meals.",
     "nine thousand meals", "period", (date(2024, 11, 9), date(2024, 12, 20))),
    ("Takings hit £3m in the four months to the end of May 2025.", "£3m", "period",
     (date(2025, 2, 1), date(2025, 5, 31))),
    # near twins: "the year to", "the six months to" keep their own readings
    ("Arrests fell to 310 in the year to March.", "310", "period",
     (date(2024, 4, 1), date(2025, 3, 31))),
    ("Profit rose 4% in the six months to June.", "4%", "period",
     (date(2025, 1, 1), date(2025, 6, 30))),
    # this month, so far this year, the full year ("over the weekend" is left unread: a
    # police count "over the weekend" often takes in Friday, tests/checks FC207)
    ("Bookings have reached 820 this month.", "820", "period",
     (date(2025, 10, 1), date(2025, 10, 31))),
    ("So far this year the port has handled 1.2 million cars.", "1.2 million cars", "period",
     (date(2025, 1, 1), AS_OF)),
    ("The airline expects to carry 9 million passengers for the full year.",
     "9 million passengers", "period", Y2025),
    # near twin: "last weekend" is the Saturday and Sunday before
    ("Police made 41 arrests last weekend.", "41 arrests", "period", SEP_WEEKEND),
    # a weekday's possessive after a word that ends in "on" or "by"
    ("Ada Moss won Tuesday's by-election with 4,120 votes.", "4,120 votes", "period",
     (date(2025, 9, 30), date(2025, 9, 30))),
    ("Halden Town won Saturday's derby in front of 12,000 fans.", "12,000 fans", "period",
     (date(2025, 9, 27), date(2025, 9, 27))),
    # two months joined by "and" are both
    ("Campsites were 88% full in July and August.", "88%", "period",
     (date(2025, 7, 1), date(2025, 8, 31))),
    ("During June and July the ferry carried 61,000 passengers.", "61,000 passengers",
     "period", (date(2025, 6, 1), date(2025, 7, 31))),
    # near twin: a month alone
    ("The ferry carried 61,000 passengers in July.", "61,000 passengers", "period",
     (date(2025, 7, 1), date(2025, 7, 31))),
    # a latest fiscal year named by the month it ended in
    ("Revenue reached $800m in its latest fiscal year, which ended in June.", "$800m",
     "period", (date(2024, 7, 1), date(2025, 6, 30))),
    ("The group lost £14m in the last financial year, which ended in March.", "£14m",
     "period", (date(2024, 4, 1), date(2025, 3, 31))),
    # since an event of a year: from that year's start to as_of
    ("The village has lost 230 residents since the 2011 census.", "230 residents", "period",
     (date(2011, 1, 1), AS_OF)),
    ("Turnout has fallen by 9 points since the 2015 election.", "9 points", "period",
     (date(2015, 1, 1), AS_OF)),
    # the other end of a comparison with a rate or share is one too, written with the
    # rate's own unit or not; a base of a rate ("per 100,000 people") lends nothing
    ("Growers in the Arle valley picked 8.2 tonnes of apples a hectare this autumn, well "
     "below last year's 9.6 tonnes.", "9.6 tonnes", "role", "rate"),
    ("The water company will charge 310p per cubic metre from April, up from 285p now.",
     "285p", "role", "rate"),
    ("Vandora's public debt will fall to 61% of GDP in 2026, from 66% this year.", "66%",
     "role", "share"),
    ("The mill produced 14 kilograms of flour per worker last year, compared with 11 "
     "kilograms in 2020.", "11 kilograms", "role", "rate"),
    ("Suicides in Pellingham rose to 12.3 per 100,000 people in 2024, from 10.9 a year "
     "earlier.", "10.9", "role", "rate"),
    ("Suicides in Pellingham rose to 12.3 per 100,000 people in 2024, from 10.9 a year "
     "earlier.", "10.9", "measure", "suicide"),
    # near twins: compared with a level, a level
    ("The plant made 5,000 tonnes of cement last year, up from 4,200 tonnes in 2023.",
     "4,200 tonnes", "role", "level"),
    ("Fees reached £9,000 a year in 2024; 40 students paid them, against 35 in 2023.", "35",
     "role", "level"),
    # a name inside an adjective of another noun ("the Oslo-based group") is not an entity
    # of the sentence; the noun refers back (guards: the parse rarely splits such names)
    ("Varrolt holds 31% of the Asian market for power tools, up from 24% in 2019. The "
     "Munich-based group employs 5,200 people, half of them outside Germany.",
     "5,200 people", "subject", "Varrolt"),
    ("Pellam Foods will cut 400 jobs, about 5% of its staff, the company said on Tuesday. "
     "The Leeds-based group made a loss of £30 million in 2025.", "£30 million", "subject",
     "Pellam Foods"),
    ("The Paris-based charity raised €14 million in 2024.", "€14 million", "subject", None),
    # near twin: a name compounded into a noun of a kind of place is that place
    ("The Lyon region has 1.9 million people.", "1.9 million people", "subject", "Lyon"),
    # the length of one event has no period; a length that is a statistic keeps its own
    ("Heavy rain hit the Corran valley on Sunday, and the main road was shut for 14 hours, "
     "the police said.", "14 hours", "period", None),
    ("Dana Pike, 37, who was jailed for nine years on Tuesday, stole £2m from the club.",
     "nine years", "period", None),
    ("A 48-hour walkout by cleaners at Ridley Hospital cancelled 300 operations last "
     "weekend.", "48-hour", "period", None),
    ("A gas leak forced Tarn School to close on Friday, and it stayed shut for two days.",
     "two days", "period", None),
    ("The Kelso Cup, won by Ayr on Saturday, lasted three days.", "three days", "period",
     None),
    # near twins: an average, and the ends of a change in one
    ("Patients in Corbin waited an average of 19 weeks for surgery in 2024.",
     "an average of 19 weeks", "period", (date(2024, 1, 1), date(2024, 12, 31))),
    ("The average response time was 11 minutes in August, up from 9 minutes a year "
     "earlier.", "9 minutes", "period", (date(2024, 8, 1), date(2024, 8, 31))),
    # a verb's object that carries a number is another figure, not the metric a level is
    # moved to ("rose 22 per cent ..., to 310,000": not "per cent")
    ("Visitor numbers jumped 22 per cent in the year to March, to 310,000.", "310,000",
     "measure", "visitor"),  # "visitor numbers" measure visitors (nouns._counts_of)
    ("Ferry bookings climbed 30 per cent in the six months to June, to 44,000.", "44,000",
     "measure", "booking"),
    # near twins: a metric object is still read ("cut its budget by $2m to $40m")
    ("Bike thefts fell 15 per cent in the year to April, to 2,900.", "2,900", "measure",
     "theft"),
    ("The council cut its budget by $2m to $40m.", "$40m", "measure", "budget"),
    # a change that names nothing it counts, after a level in the same statement, measures
    # what the level counts, not the clause's doer ("Rangers counted 230 otters, twice as
    # many as in 2015": otters, not rangers)
    ("Wardens in Pellby issued 3,100 parking fines last month, up 14% on a year earlier.",
     "up 14%", "measure", "fine"),
    ("The shelter took in 410 dogs in 2024, 60 more than in 2023.", "60", "measure", "dog"),
    ("Rangers counted 230 otters on the Tave in June, twice as many as in 2015.", "twice",
     "measure", "otter"),
    ("Stewards at Fenwick Park ejected 52 fans on Saturday, a rise of 30% on the last home "
     "game.", "30%", "measure", "fan"),
    ("Volunteers planted 12,000 trees in Corley last winter, up a third on the year before.",
     "up a third", "measure", "tree"),
    # near twins: a change that names its measure, or one in a statement of its own
    ("Pork exports rose 5% to 4.1 million tonnes.", "5%", "measure", "export"),
    ("The firm sold 40,000 coats in 2024, and its profit rose 9%.", "9%", "measure",
     "profit"),
    # a period after "than" dates the unstated figure compared with, no figure of ours
    ("Kelby Fire Service has 610 firefighters, 90 fewer than in 2012.", "610 firefighters",
     "period", None),
    ("Marlow Ambulance Trust employs 1,900 paramedics, 240 more than in 2016.",
     "1,900 paramedics", "period", None),
    ("Pellham County Council runs 38 libraries, 11 fewer than in 2010.", "38 libraries",
     "period", None),
    ("Brackwater Academy has 1,240 pupils, 300 more than in 2019.", "1,240 pupils",
     "period", None),
    ("Dunholm Police has 880 officers, 120 fewer than in 2014, its chief constable said.",
     "120", "period", None),
    # near twins: a base after "from" is its figure's; a period of the statement holds
    ("Output fell to 300 tonnes, down from 410 tonnes in 2021.", "410 tonnes", "period",
     (date(2021, 1, 1), date(2021, 12, 31))),
    ("Farmers sold 4.2 billion litres of milk in 2025, 3% less than in 2024, while dairy "
     "herds shrank to 900.", "900", "period", Y2025),
    # "of those" refers to the figure stated, not to the other end of its comparison
    ("The port handled 900 ships last year, up from 840 in 2023. Of those, 120 were cruise "
     "liners.", "120", "whole", ("900 ships",)),
    ("The charity housed 640 families in 2024, against 580 in 2023; of them, 90 had "
     "children.", "90", "whole", ("640 families",)),
    ("Ferry sailings reached 3,100 in July, compared with 2,800 a year earlier. Of those, "
     "150 were cancelled.", "150", "whole", ("3,100",)),
    ("The shelter took in 410 dogs, up from a record 380. Of those, 60 were puppies.", "60",
     "whole", ("410 dogs",)),
    ("The port handled 900 ships last year, up from 840 in 2023. Of those, 120 were cruise "
     "liners.", "120", "period", Y2024),
    # near twin: with no comparison, the figure before
    ("The port handled 900 ships last year. Of those, 120 were cruise liners.", "120",
     "whole", ("900 ships",)),
]


@pytest.mark.parametrize(("text", "figure", "field", "expected"), ROWS)
def test_row(text: str, figure: str, field: str, expected: Any) -> None:
    frame, frames = frame_of(text, figure)
    assert value(frame, frames, field) == expected
