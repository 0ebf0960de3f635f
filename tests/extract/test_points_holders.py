"""extract() on two classes a user's trial showed: bare "points" beside a percentage level
are percentage points, and counts listed after their holders ("Labour 29, Greens 4") count
the noun named before the list. Phrasings our own; near-twins that must not change."""

from __future__ import annotations

import pytest

from factcheck import extract
from tests.extract.rows import Row, assert_row, row_id

PP = {"unit": "percentage_point", "noun": None}

# a change or difference in points with a percentage level before, after or beside it
PERCENTAGE_POINTS = [
    Row("Unemployment climbed 1.2 points to 7.4 per cent last year.", "1.2",
        {**PP, "change": "increase", "value": 1.2}),
    Row("The party fell three points to 27% in the latest poll.", "three",
        {**PP, "change": "decrease", "value": 3.0}),
    Row("The approval rating dropped six points, from 49% to 43%.", "six",
        {**PP, "change": "decrease"}),
    Row("Voter turnout reached 71.3%, up 4.8 points on the last election.", "4.8",
        {**PP, "change": "increase"}),
    Row("Home ownership among young adults is 38%, down nine points in a decade.", "nine",
        {**PP, "change": "decrease"}),
    Row("Backing for the scheme, at 44%, slid 5 points over the summer.", "5 points",
        {**PP, "change": "decrease"}),
    Row("The Greens polled 9%, two points behind the Liberal Democrats.", "two", PP),
    Row("Approval climbed eleven points to a record 62 per cent.", "eleven", PP),
    Row("Backing for the deal fell to 38%, a drop of two points.", "two",
        {**PP, "change": "decrease"}),
    Row("Approval is at 40%, a lead of 6 points over the mayor.", "6", PP),
    Row("Inflation eased half a point to 2.9%.", "half", {**PP, "value": 0.5,
                                                           "change": "decrease"}),
    Row("The base rate rose by a quarter of a point to 4.5%.", "quarter",
        {**PP, "value": 0.25, "change": "increase"}),
    Row("The Tories are down two points on 31% in the latest poll.", "two",
        {**PP, "change": "decrease"}),
    # the level keeps its own unit
    Row("The jobless rate rose 0.3 points to 4.6%.", "4.6", {"unit": "percent",
                                                            "change": None}),
]

# index points, a percent that restates the points, scores and basis points stay
STAY_POINTS = [
    Row("The Dow slid 410 points to 37,800 on Friday.", "410",
        {"unit": "", "noun": "points", "change": "decrease"}),
    Row("The Nasdaq dropped 210 points (1.3%) to 15,900.", "210",
        {"unit": "", "noun": "points"}),
    Row("The index gained 85 points, or 1.1 per cent, to 7,720.", "85",
        {"unit": "", "noun": "points"}),
    Row("The Hang Seng added 2.3% to 17,400, a rise of 390 points.", "390",
        {"unit": "", "noun": "points"}),
    Row("The Lakers won by 12 points despite shooting 38% from the field.", "12",
        {"unit": "", "noun": "points"}),
    Row("The Celtics were 14 points ahead, shooting 55% from the field.", "14",
        {"unit": "", "noun": "points"}),
    Row("With inflation at 3%, the CAC fell 40 points.", "40", {"unit": "", "noun": "points"}),
    Row("Stocks rose 300 points on 0.5% inflation data.", "300",
        {"unit": "", "noun": "points"}),
    Row("The index rose 0.5%, a gain of 40 points.", "40", {"unit": "", "noun": "points"}),
    Row("Rates rose 25 basis points to 5.25%.", "25", {"unit": "basis_point"}),
    Row("The Dow edged up half a point in thin trade.", "half",
        {"unit": "", "noun": "point", "value": 0.5}),
]

# each count after a holder in a list led by the counted noun
HOLDER_COUNTS = [
    Row("The 650 seats split Labour 411, Conservatives 121 and others 118.", "121",
        {"noun": "seats", "value": 121.0}),
    Row("The 650 seats split Labour 411, Conservatives 121 and others 118.", "411",
        {"noun": "seats"}),
    Row("The 40 medals went to Kenya 12, Ethiopia 9, Uganda 6 and others 13.", "9",
        {"noun": "medals"}),
    Row("The 40 medals went to Kenya 12, Ethiopia 9, Uganda 6 and others 13.", "13",
        {"noun": "medals"}),
    Row("The 48 rooms are divided between North Wing 30 and South Wing 18.", "18",
        {"noun": "rooms"}),
    Row("The board's eleven votes were Smith 6 and Jones 5.", "6", {"noun": "votes"}),
    Row("The 25 councillors: Greens 11, Plaid Cymru 8 and Reform 6.", "8",
        {"noun": "councillors"}),
    Row("The trophies went to Leeds 3 and York 2.", "3", {"noun": "trophies"}),
    Row("The 200 jobs will go to Leeds 120 and Bradford 80.", "80", {"noun": "jobs"}),
    Row("The 40 new grants have been shared among Kent 25 and Essex 15.", "25",
        {"noun": "new grants"}),
    Row("The 538 electoral votes: Ohio 18, Iowa 6 and others 514.", "18",
        {"noun": "electoral votes"}),
    # the noun named with the first item, the verb understood for the others
    Row("Labour won 29 seats, the Conservatives 18 and the Lib Dems 7.", "18",
        {"noun": "seats"}),
    Row("Kenya took 12 medals, Ethiopia 9 and Uganda 6.", "6", {"noun": "medals"}),
    Row("Team Red scored 98 points, Team Blue 86.", "86", {"noun": "points"}),
    # a colon after a noun with no total leads no count list
    Row("The old ballots: Mills 306, Grant 232.", "306", {"noun": None}),
]

# names and labels with a number, lists of names, and no list shape: no claim from them
NAME_LISTS = [
    ("models after a colon", "Our 10 picks: Pixel 8, Galaxy 9 and Xperia 5.", ["10"]),
    ("part above the total", "The 3 phones were Nokia 8, Honor 24 and Oppo 5.", ["3"]),
    ("colon without a total", "The fleet: Boeing 737, Airbus 320 and Embraer 190.", []),
    ("names, no counted noun", "They toured Route 66 and visited Apollo 11.", []),
    ("a name after a verb", "The club finished Premier League 2 runners-up.", []),
    ("a name after a count", "The plant builds 300 jets a year, Boeing 737 included.",
     ["300"]),
    ("a holder with a verb after", "We counted 12 bikes, Mills 4 had none.", ["12"]),
]


@pytest.mark.parametrize("row", PERCENTAGE_POINTS + STAY_POINTS + HOLDER_COUNTS, ids=row_id)
def test_claim(row: Row) -> None:
    assert_row(row)


@pytest.mark.parametrize(("what", "sentence", "figures"), NAME_LISTS,
                         ids=[w for w, _, _ in NAME_LISTS])
def test_name_lists(what: str, sentence: str, figures: list[str]) -> None:
    assert [c.text.split()[0] for c in extract(sentence)] == figures, what
