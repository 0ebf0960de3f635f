"""Frames rows for the measure of round 14 (s14-14m; our own phrasings).

- A sum of money that a price verb ("cost") takes is what one thing cost, measured as
  that thing's cost ("a footbridge costing €800,000": footbridge cost), unless the verb
  states a standing price in the simple present ("season tickets cost £540": the
  ticket, as the tables name goods).
- A change's amount that its verb puts on or takes off a definite noun measures that
  noun ("adding £90 to the typical bill": bill); a bare noun is where the amount went
  ("lost 900 hectares to farming"), and a counted noun keeps what it counts.

- A length that a verb of going some way takes is the distance gone (lexicon frames.tsv
  "dimension:distance"), not the width a preposition after it ("across") would name.
- The amount a comparative with "than" differs by, with no noun of its own, set after a
  comma right after another figure ("cost £19m, £6m more than planned"), measures what
  that level does, not its clause's subject; without such a figure the subject stays.
- A change noun's figure measures what "in" on that noun names ("a 12% rise in the
  number of burglaries": burglary), not the change noun.
- A percent of a stake is a share of the thing owned (lexicon frames.tsv "share").
- A bare whole number is an age when the parse says a person is it: the complement of
  "be" with "he" or "she" as subject, or between commas after a name with "now" or
  "aged" before it.

Rows: (text, figure, expected): the whole measure phrase; ROLE_ROWS: (text, figure,
expected role).
"""

from __future__ import annotations

import pytest

from tests.frames.period_rows import assert_field

AS_OF = "2026-06-01"

ROWS = [
    # a one-off cost: past, future, a participle, a relative clause
    ("Harwick will get a sports hall costing £12 million.", "£12 million", "sports hall cost"),
    ("A footbridge costing €800,000 will join the two villages.", "€800,000",
     "footbridge cost"),
    ("The new museum cost £40 million, £9 million more than budgeted.", "£40 million",
     "museum cost"),
    ("The ring road will cost £1.2 billion.", "£1.2 billion", "ring road cost"),
    ("The rescue boat, which cost £2.2 million, was launched on Monday.", "£2.2 million",
     "rescue boat cost"),
    ("The stadium cost $90 million to build.", "$90 million", "stadium cost"),
    # near twins: a standing price stays the thing; a name's cost is the cost alone
    ("Season tickets cost 4,200 kronor.", "4,200 kronor", "season ticket"),
    ("Tickets cost £40 for adults.", "£40", "ticket"),
    ("A loaf costs £1.95 at the bakery.", "£1.95", "loaf"),
    ("The Halden tunnel cost $2 billion.", "$2 billion", "cost"),
    # an ordinal tells one of several things apart
    ("The second bridge cost £30 million.", "£30 million", "second bridge cost"),
    ("The third stage will cost €8 million.", "€8 million", "third stage cost"),
    ("The final stage will cost €8 million.", "€8 million", "final stage cost"),
    # an amount put on or taken off a definite noun
    ("Ostby Gas will lift prices, adding about £90 to the typical annual bill.",
     "about £90", "typical annual bill"),
    ("The new levy knocked 5% off the share price.", "5%", "share price"),
    ("Ministers shaved £2 billion off the defence budget last year.", "£2 billion",
     "defence budget"),
    # near twins: a bare noun is where it went; a counted noun keeps what it counts
    ("Over the past decade the marshes have lost 900 hectares to farming.", "900 hectares",
     "lost area"),
    ("The merger added 1,200 staff to its payroll.", "1,200 staff", "staff"),
    ("Sales rose 4% to £310 million.", "4%", "sale"),
    # a change in what "in" names
    ("Officials reported a 12% rise in the number of burglaries last year.", "12%",
     "burglary"),
    ("There was a rise of 8% in the number of nurses in Wexley.", "8%", "nurse"),
    ("The city saw a 40% jump in tourist arrivals in 2024.", "40%", "tourist arrival"),
    ("A 15% fall in passenger journeys hit the operator.", "15%", "passenger journey"),
    ("Ostra recorded a 6% drop in cod landings.", "6%", "cod landing"),
    # near twins: a month or a place after "in" is no measure
    ("The data show a rise of 4% in May.", "4%", None),
    ("There was a 3% fall in Spain last year.", "3%", None),
    # the distance gone, not a width
    ("Ana Dorr drove 1,100 miles across the plains in nine days.", "1,100 miles",
     "distance"),
    ("The crew sailed 340 kilometres across the gulf.", "340 kilometres", "distance"),
    ("The pilgrims walked 200 miles over three weeks.", "200 miles", "distance"),
    ("Hikers trekked 60 km to the summit camp.", "60 km", "distance"),
    # the amount a comparative differs by: the level's measure beside it
    ("Tarn's new library is 40 metres long and cost £19 million, £5 million more than "
     "planned.", "£5 million", "cost"),
    ("The lido is 50 metres long and cost €8 million, €2 million less than budgeted.",
     "€2 million", "lido cost"),
    ("The ferry is 90 metres long and carries 600 passengers, 150 more than the old "
     "one.", "150", "passenger"),
    # near twins: a comparative with a noun of its own; a thing's own width; a length
    ("The firm sold 30% more cars than in 2023.", "30%", "car sales"),
    # near twins: no figure beside it, the clause's subject stays
    ("Sales were 20% higher than a year earlier.", "20%", "sale"),
    ("The bill was £40 more than last year.", "£40", "bill"),
    ("The crater is 3 km across.", "3 km", "width"),
    ("The lake is 9 km wide.", "9 km", "width"),
    ("The new road runs 40 km across the moor.", "40 km", "length"),
]


@pytest.mark.parametrize(("text", "figure", "expected"), ROWS)
def test_row(text: str, figure: str, expected: str | None) -> None:
    assert_field(AS_OF, text, figure, "measure", expected)


ROLE_ROWS = [
    ("Olga Hesse sold the mill last month. She is 81 and still lives above it.", "81",
     "age"),
    ("Tomas Reyl opened the bakery in 1990. He was 23 at the time.", "23", "age"),
    ("The ferryman Ivo Dace, now 90, crossed the strait for the last time.", "90", "age"),
    ("The striker Ben Ashby, aged 19, scored twice.", "19", "age"),
    # a percent of a stake is a share
    ("Ilsa Rook sold her 62% stake for $900 million.", "62%", "share"),
    ("The state holds a 30% stake in the airline.", "30%", "share"),
    ("Marrow Capital bought a 12% stake in Dunlin Foods last year.", "12%", "share"),
    # near twins: a sum paid for a stake; a percent change
    ("Kora bought a £40 million stake in the club.", "£40 million", "level"),
    ("Its stake rose 4% in value.", "4%", "change"),
    # near twins: no person is the subject, or no comma sets the number apart
    ("The total was 76 last year.", "76", "level"),
    ("It was 40 degrees at noon.", "40 degrees", "level"),
    ("Prices rose to 41, now 43, the mayor said.", "43", "level"),
]


@pytest.mark.parametrize(("text", "figure", "expected"), ROLE_ROWS)
def test_role(text: str, figure: str, expected: str) -> None:
    assert_field(AS_OF, text, figure, "role", expected)
