"""Frames rows for the measure and role of round 13 (s13-14m; our own phrasings).

- An amount in square units that nothing else names measures an area (its unit's
  dimensions), on the verb's object or a preposition of the verb; a plain common noun
  that a verb of extent says holds it comes in front ("forest area").
- A length set beside a graded adjective of its clause measures what the adjective
  grades ("the highest peak": height; "the longest tunnel": length).
- A count that is the subject of a clause with "each" counts the heads; it is no figure
  per head.
- A level whose measure is an age is an age; the value of a rate that "it" refers back
  to is a rate.
- A multiple set on a generic noun ("the sum", "the amount", "the figure") is a change of
  the level before it; an age lends no measure to a change that is not in years; a change
  after a level in its own sentence is that level's, whatever "it" refers to.
- An ordinal in a modifier stays ("first-time buyer").

Rows: (text, figure, field, expected).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.frames.period_rows import assert_field

AS_OF = "2026-06-01"

ROWS = [
    # an area from its unit
    ("Brenna Island covers 212 square kilometres.", "212 square kilometres", "measure",
     "area"),
    ("Marlo Park spans 1,400 hectares of heath.", "1,400 hectares", "measure", "heath"),
    ("The wetland now spans 9,800 acres.", "9,800 acres", "measure", "wetland area"),
    ("The old quarry stretches over 640 acres.", "640 acres", "measure", "old quarry area"),
    ("In Brell, woodland now covers 3.1 million hectares.", "3.1 million hectares",
     "measure", "woodland area"),
    ("Kelso Farm extends to 2,000 acres.", "2,000 acres", "measure", "area"),
    ("Fenwick Lake covers 96 square miles (249 square kilometres).",
     "249 square kilometres", "measure", "area"),
    # near twins: what the area is of, a burned area, a weight, a cue of the subject
    ("Growers planted 8,200 hectares of barley.", "8,200 hectares", "measure", "barley"),
    ("The blaze burned 600 hectares near Tarn.", "600 hectares", "measure", "burned area"),
    ("The crate weighed four tonnes.", "four tonnes", "measure", "weight"),
    ("Foreign reserves rose to $40 billion.", "$40 billion", "measure", "foreign reserve"),
    # a length and the graded adjective of its clause
    ("At 4,102 metres, Piz Arla is the highest summit in the canton.", "4,102 metres",
     "measure", "height"),
    ("At 27 kilometres, the Sella bore is the longest road tunnel in the country.",
     "27 kilometres", "measure", "length"),
    ("Loch Mora is the deepest loch in the region at 310 metres.", "310 metres", "measure",
     "depth"),
    # near twins: a word after the figure decides; an ungraded clause says nothing
    ("At 2,450 metres above sea level, Vell is the highest village in the valley.",
     "2,450 metres", "measure", "altitude"),
    ("At 19 km, the route is the busiest in the county.", "19 km", "measure", "route"),
    # a count that is the subject of "each" counts the heads
    ("Its 410 partners each took home an average of $2.1 million.", "410 partners",
     "measure", "partner"),
    ("The 12 finalists will each receive £5,000.", "12 finalists", "measure", "finalist"),
    ("The ward's 300 nurses each got a bonus of €500 last year.", "300 nurses", "measure",
     "nurse"),
    # near twins: a floating "each" after the figure, one of a people
    ("They emitted 7 tonnes each.", "7 tonnes", "measure", "emission per capita"),
    ("The average Dane used 5,400 kWh of power.", "5,400 kWh", "measure",
     "power per capita"),
    # a level whose measure is an age is an age
    ("The median age of Varn's residents is 44.", "44", "role", "age"),
    ("The pension age in Ostra will rise to 68.", "68", "role", "age"),
    ("The average age of a first-time buyer in Loria is now 34.", "34", "measure",
     "first-time buyer average age"),
    ("In 2020 the mean age of mothers in Brell was 31.", "31", "role", "age"),
    # near twins: no age named; an age in years as a stretch of time keeps its role
    ("The median price in Varn is 44,000 euros.", "44,000 euros", "role", "level"),
    ("The average age of the fleet rose by two years.", "two years", "role", "duration"),
    # the value of a rate that "it" refers back to
    ("Inflation in Ostra rose to 4.1% in May. It was 3.2% in April.", "3.2%", "role",
     "rate"),
    ("The jobless rate in Parn fell to 5.5% last month. A year before it had been 6.8%.",
     "6.8%", "role", "rate"),
    ("Tarvo's policy rate stands at 3.75%. Last year it stood at 4.5%.", "4.5%", "role",
     "rate"),
    # near twins: a count referred back stays a level
    ("Tolvik's mortgage rate is 5.1%. It has 40,000 borrowers.", "40,000 borrowers",
     "role", "level"),
    # a multiple set on a generic noun is a change of the level before it
    ("Corran Mutual paid out €96 million in storm claims, 3.4 times the sum it paid in "
     "2024.", "3.4 times", "measure", "storm claim"),
    ("Velt Foods sold 40,000 bikes in 2025, twice the number it sold in 2023.", "twice",
     "measure", "bike"),
    ("Harwick Council collected £3 million in fines, four times the amount of 2022.",
     "four times", "measure", "fine collection"),
    # near twin: "the number of" names what it counts
    ("The clinic treated 5,000 patients, double the number of patients it saw in 2020.",
     "double", "measure", "patient"),
    # an age lends no measure to a change that is not in years
    ("The 23-year-old cost Hexley United twice what they paid for their last forward.",
     "twice", "measure", None),
    ("Mara Holt, 44, cut the deficit by half.", "half", "measure", "deficit"),
    ("The strike lasted 19 days, twice as long as the last one.", "twice", "measure",
     "strike"),
    # a change after a level in its own sentence is that level's
    ("Zell Aviation's order book rose to 1,420 aircraft. It delivered 212 jets in the "
     "first half, 30 fewer than planned.", "30", "measure", "jet"),
    ("Orna Dairy's herd grew to 900 cows last year. It sold 4 million litres of milk, 12% "
     "more than in 2024.", "12%", "measure", "milk sales"),
    ("Kessel Rail's freight traffic rose to 9 million tonnes last year. It ran 400 trains "
     "in May, 12 more than promised.", "12", "measure", "train"),
    ("Tamsa Water's water supply fell to 80 million litres a day. It repaired 2,100 leaks "
     "in March, 300 fewer than in February.", "300", "measure", "leak"),
    # near twin: a change alone in its sentence takes the figure "it" refers to
    ("Pell Bank's deposits rose to £4bn in 2025. That was up 9%.", "up 9%", "measure",
     "deposit"),
]


@pytest.mark.parametrize(("text", "figure", "field", "expected"), ROWS)
def test_row(text: str, figure: str, field: str, expected: Any) -> None:
    assert_field(AS_OF, text, figure, field, expected)
