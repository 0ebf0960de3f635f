"""Frames of real sentences, one field per row, for the classes the second frames pass
fixed (our own phrasings; each class has rows that fire and near twins that must not).

A row is (text, figure, field, expected); field is "subject", "measure" (a word the
measure ends with, or None), "role", "period" or a relation name ("whole", "parts":
the texts of the figures it links to).
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from factcheck import Frame, check

AS_OF = date(2025, 10, 1)
Y2024 = (date(2024, 1, 1), date(2024, 12, 31))
Y2025 = (date(2025, 1, 1), date(2025, 12, 31))


def frame_of(text: str, figure: str) -> tuple[Frame, tuple[Frame, ...]]:
    report = check(text, as_of=AS_OF, bundled=False)
    found = [f for f in report.frames if f.claim.text == figure]
    assert found, [f.claim.text for f in report.frames]
    return found[0], report.frames


def value(frame: Frame, frames: tuple[Frame, ...], field: str) -> Any:
    if field in ("whole", "parts", "before", "after", "restates"):
        return tuple(frames[j].claim.text for j in frame.relations.get(field, ()))
    if field == "measure":
        return frame.measure.split()[-1] if frame.measure else None
    if field == "whole_noun":  # a share's measure ends with its whole (FC205 reads it)
        return frame.measure.split()[-1] if frame.measure else None
    return getattr(frame, field)


def known_miss(*row: Any, why: str) -> Any:
    return pytest.param(*row, marks=pytest.mark.xfail(strict=True, reason=why))


ROWS = [
    # a count that names nothing it counts measures what the figure beside it measures
    ("The village had 14 shops in 1990 and has 6 today.", "6", "measure", "shop"),
    ("Police counted 9,000 marchers; organisers claimed 25,000.", "25,000", "measure",
     "marcher"),
    ("Arden has a population of 61,000. Its neighbour, Bray, has 48,000.", "48,000",
     "measure", "population"),
    ("The mill employs 40 weavers, down from 95 in 1980.", "95", "measure", "weaver"),
    ("The plant makes 300,000 tonnes of steel a year, up from 250,000.", "250,000", "role",
     "rate"),
    # near twins: a figure with a noun of its own keeps it
    ("The village had 14 shops in 1990 and has 6 pubs today.", "6 pubs", "measure", "pub"),
    ("Police counted 9,000 marchers and 40 arrests.", "40 arrests", "measure", "arrest"),
    # "the number of X", "the figure": X, or the figure's before it
    ("The number of nurses at the clinic rose to 410.", "410", "measure", "nurse"),
    ("In 2020 the shelter took in 230 stray dogs. Last year the number was 310.", "310",
     "measure", "dog"),
    ("The agency counts 5,000 empty homes in Tarn. The mayor puts the figure at 3,800.",
     "3,800", "measure", "home"),
    # a kind of place "of" a bare number is its population
    ("Osk, a hamlet of 120, lost its school.", "120", "measure", "population"),
    ("In Varne, a city of nearly two million, rents rose.", "nearly two million", "measure",
     "population"),
    ("Ludd, a town of 8,000 people, voted.", "8,000 people", "measure", "people"),
    # money "in" a thing, "worth", a price "for" a sale, a valuation "at"
    ("The fund paid out $40m in flood claims last year.", "$40m", "measure", "claim"),
    ("The trust handed out £2m in bursaries.", "£2m", "measure", "bursary"),
    ("The firm won an order worth €300m.", "€300m", "measure", "order"),
    ("Kelso Group sold its bus arm for £90m.", "£90m", "measure", "price"),
    ("Investors valued the app at $2bn.", "$2bn", "measure", "valuation"),
    ("The port spent $5m in 2024.", "$5m", "measure", "spending"),  # "in 2024" is a date
    # a length's dimension from its verb
    ("The Tarn Way runs for 84 kilometres.", "84 kilometres", "measure", "length"),
    ("The ferry route covers 12 miles.", "12 miles", "measure", "distance"),
    ("The estate covers 40 square kilometres.", "40 square kilometres", "measure", "area"),
    # (an area in square units: the area; a kind of place, "the estate", holds it)
    # a change noun names no measure: the level beside it does
    ("The council set its rent at £410 a month, an increase of 6%.", "6%", "measure", "rent"),
    ("Thefts in Orla reached 900 last year, a drop of 12%.", "12%", "measure", "theft"),
    # a clause's subject that names no metric is not what a count counts
    ("The stadium has 31,000 seats.", "31,000 seats", "measure", "seat"),
    ("The ward's three clinics saw 8,000 patients.", "8,000 patients", "measure", "patient"),
    ("The hospital's waiting list grew by 900 patients.", "900 patients", "measure", "list"),
    # roles: comparisons and gaps from an average, forecast or budget are changes
    ("Kelt recorded 412 burglaries in 2024, 9% fewer than in 2023.", "9%", "role", "change"),
    ("Rainfall was 25% below average in May.", "25%", "role", "change"),
    ("Tax receipts came in $2bn short of forecasts.", "$2bn", "role", "change"),
    ("More than 60 trains were late.", "More than 60 trains", "role", "level"),
    # ages: beside a person's name, "founded N years ago", "N years old"
    ("Judge Mara Voss, 63, retired on Friday.", "63", "role", "age"),
    ("The brewery, founded 210 years ago, employs 80 people.", "210 years", "role", "age"),
    ("Half the town's bridges are over 90 years old.", "over 90 years", "role", "age"),
    ("The works took 90 years to finish.", "90 years", "role", "duration"),
    ("The strike lasted 12 days.", "12 days", "role", "duration"),
    # "two in five", "nine out of ten": shares
    ("Three in four voters backed the plan.", "Three in four", "role", "share"),
    ("Nine out of ten homes in Orla have a meter.", "Nine out of ten", "role", "share"),
    ("Nine out of ten homes in Orla have a meter.", "Nine out of ten", "whole_noun", "home"),
    # a part "of them", "of whom", "of that": its whole is the figure before it
    ("The choir has 60 singers, a third of them tenors.", "a third", "whole", ("60 singers",)),
    ("The firm hired 800 graduates, of whom 120 were engineers.", "120", "whole",
     ("800 graduates",)),
    ("The mine produced 2 million tonnes of coal. Half of that was exported.", "Half",
     "whole", ("2 million tonnes",)),
    ("The club's 400 members met; 350 of them voted.", "350", "role", "part"),
    # the whole of a part or share is a total, with its parts
    ("The choir has 60 singers, a third of them tenors.", "60 singers", "role", "total"),
    ("Of the 90 flats, 12 are empty.", "90 flats", "parts", ("12",)),
    ("The choir has 60 singers and 12 dancers.", "60 singers", "role", "level"),
    # references back to a speaker, and to a name the recogniser mislabels
    ("Trenton Energy said its profit rose to $80m in 2024.", "$80m", "subject",
     "Trenton Energy"),
    ("Its trains ran 91% on time in May, Westline Rail said.", "91%", "subject",
     "Westline Rail"),
    ("According to the IMF, Osland's debt was $9bn in 2024.", "$9bn", "subject", "Osland"),
    ("Harrow Quay is busy. The port handled 2,400 ships in 2024.", "2,400 ships", "subject",
     "Harrow Quay"),
    ("Castor Mills is closing. The company employs 300 people.", "300 people", "subject",
     "Castor Mills"),
    ("Leeds council said the city's libraries lend 40,000 books a year.", "40,000 books",
     "subject", "Leeds"),
    ("Orton Foods reported a loss of $12m for the quarter.", "$12m", "subject", "Orton Foods"),
    # a figure that is its clause's subject: the name its verb's object is
    ("About 9,000 fans watched the Corran Cup final.", "About 9,000 fans", "subject",
     "Corran Cup"),
    ("About 900 delegates met at the Orsa Forum.", "About 900 delegates", "subject",
     "Orsa Forum"),
    ("Some 3,000 people attended the Lund Jazz Week.", "Some 3,000 people", "subject",
     "Lund Jazz Week"),
    ("About 900 delegates met at the forum.", "About 900 delegates", "subject", None),
    ("About 9,000 fans watched the final.", "About 9,000 fans", "subject", None),
    # periods: a relative clause or apposition keeps its own; a base keeps its date
    ("The school, which has 400 pupils, lost 20 teachers in 2024.", "400 pupils", "period",
     None),
    ("The school, which has 400 pupils, lost 20 teachers in 2024.", "20 teachers", "period",
     Y2024),
    ("Only 80 people live on Sark Rock, an islet that had 900 in 1900.", "80 people",
     "period", None),
    ("The town has 12 banks, down from 30 in 1995.", "12 banks", "period", None),
    ("The town has 12 banks, down from 30 in 1995.", "30", "period",
     (date(1995, 1, 1), date(1995, 12, 31))),
    ("In 2024, Arlo Air flew 9 million passengers.", "9 million passengers", "period", Y2024),
    ("The fleet is twice as big as in 2015, when it had 20 ships.", "twice", "period", None),
    ("Sales rose 5% this year, after 3% in 2024.", "5%", "period", Y2025),
    # "has since", "since then": from the period before to as_of
    ("The population of Arlo, which the 2011 census put at 5,200, has since grown by "
     "about 300.", "about 300", "period", (date(2011, 1, 1), AS_OF)),
    ("Dunn Rovers was sold in 2018. Since then, its crowds have grown by a third.",
     "a third", "period", (date(2018, 1, 1), AS_OF)),
    ("The fleet had 40 ships in 2010 and has since lost 12.", "12", "period",
     (date(2010, 1, 1), AS_OF)),
    ("The fleet had 40 ships in 2010 and lost 12 in 2015.", "12", "period",
     (date(2015, 1, 1), date(2015, 12, 31))),
    ("The population of Arlo, which the 2011 census put at 5,200, has since grown by "
     "about 300.", "5,200", "period", (date(2011, 1, 1), date(2011, 12, 31))),
    # a base dated in a clause of its own; a level reached since a date is as_of's day
    ("The bill has risen to £90m from £60m when it was agreed in 2020.", "£90m", "period",
     None),
    ("The bill has risen to £90m from £60m when it was agreed in 2020.", "£60m", "period",
     (date(2020, 1, 1), date(2020, 12, 31))),
    ("The list has grown by 300 since May, to 4,100.", "4,100", "period", (AS_OF, AS_OF)),
    ("The list has grown by 300 since May, to 4,100.", "300", "period",
     (date(2025, 5, 1), AS_OF)),
    known_miss("The line, closed in 1964, reopens in May; the 9-mile track cost £40m.",
               "£40m", "period", None,
               why="a semicolon is a clause break, not a sentence break, so 'in May' "
                   "still reaches the figure after it"),
]


@pytest.mark.parametrize(("text", "figure", "field", "expected"), ROWS)
def test_row(text: str, figure: str, field: str, expected: Any) -> None:
    frame, frames = frame_of(text, figure)
    assert value(frame, frames, field) == expected
