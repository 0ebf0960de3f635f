"""Round 11 rows (issue 15), our own sentences; AS_OF is 2025-10-01.

FC205: shares that say where each part comes from ("35% from cancer") are categories of
one whole when "from" follows the verb they share; not when it follows the whole before
the verb ("62% of voters from York backed it": a whole of its own), nor before a period
or a figure ("40% from last year"). A share set off by commas after another before their
common verb restates it ("Nearly half of its income, 48%, comes ...").
FC203: a change whose two levels stand in its own sentence, dated to two periods, and
which no sentence reading links ("tripled after the series aired, from 31,000 in 2023 to
47,000 last year"); not two levels of one time.
FC202: a figure fronted before a definite subject of a copula ("At £21, the fair's ticket
is ...") restates the earlier figure whose sentence names that subject; the message names
the subject's possessive and the measure as written. A thing named again ("the £240
ticket") after a sentence that gave its level beside a base ("cost £420, up from £380")
restates that level; not when it meets the base (another time's)."""

from __future__ import annotations

import pytest

from factcheck import check
from tests.checks.rows import AS_OF, Row, miss, row_test

ROWS: list[object] = [
    # FC205: parts introduced by "from", after the verb they share
    Row("FC205", "Last winter 40% of the hospital's admissions came from falls, 35% from "
        "chest infections and 31% from strokes.", True),
    miss(Row("FC205", "The trust raises 58% of its income from rents, 27% from grants and 22% "
             "from its cafés.", True),
         "the frames read '58% of its income from rents' as a rate, not a share"),
    Row("FC205", "Of the 2,400 letters, 46% came from pensioners, 33% from parents and 28% "
        "from shop owners.", True),
    Row("FC205", "The mill drew 45% of its wool from Wales, 38% from Scotland and 29% from "
        "Ireland.", True),
    Row("FC205", "Two-thirds of the town's water is pumped from the river, a quarter from "
        "wells and a fifth from the reservoir.", True),
    Row("FC205", "Last winter 40% of the hospital's admissions came from falls, 35% from "
        "chest infections and 22% from strokes.", False),
    Row("FC205", "The trust raises 58% of its income from rents, 27% from grants and 15% "
        "from its cafés.", False),
    Row("FC205", "Some 62% of teachers from Leeds backed the strike, 58% from York and 55% "
        "from Hull.", False),
    Row("FC205", "Fares went up 40% from last year and 35% from 2022.", False),
    Row("FC205", "Turnout was 45% from March, 48% from April and 50% from May.", False),
    # FC205: a share restated between commas before the common verb
    Row("FC205", "Roughly a third of the valley's homes, 34%, are warmed by wood stoves, 40% "
        "by gas and 36% by oil.", True),
    Row("FC205", "Roughly a third of the valley's homes, 34%, are warmed by wood stoves, 40% "
        "by gas and 26% by oil.", False),
    Row("FC205", "Nearly half of the charity's income, 52%, comes from legacies, with 33% "
        "from shops and 27% from events.", True),
    Row("FC205", "Nearly half of the charity's income, 48%, comes from legacies, with 33% "
        "from shops and 19% from events.", False),
    # FC202: a figure fronted before the definite subject it describes
    Row("FC202", "Day passes for the Ardmore fair cost £12 this year. At £21, the fair's "
        "pass is still the cheapest in the county.", True),
    Row("FC202", "The landslide killed 23 people in the valley on Monday. With 32 deaths, "
        "the landslide is the worst there since 1952.", True),
    Row("FC202", "Kelso is a town of 9,800 people on the Tweed. With a population of "
        "8,900, the town is the smallest ever to host the games.", True),
    Row("FC202", "The choir has forty singers. With fourteen singers, the choir is the "
        "smallest at the festival.", True),
    Row("FC202", "Day passes for the Ardmore fair cost £12 this year. At £12, the fair's "
        "pass is still the cheapest in the county.", False),
    Row("FC202", "Day passes for the Ardmore fair cost £12 this year. At £21, the fair's "
        "family pass is still the cheapest in the county.", False),
    Row("FC202", "The ward has 28 beds. With 24 beds, the children's ward is the smallest "
        "in the hospital.", False),
    Row("FC202", "The ward has 28 beds. With 24 beds filled, the ward is nearly full.", False),
    Row("FC202", "The ferry carries 620 passengers. With 260 passengers, the ferry left "
        "port an hour late.", False),
    Row("FC202", "Kelso is a town of 9,800 people. With 8,900 people, the neighbouring town "
        "of Melrose is smaller.", False),
    # FC202: a thing named again after a sentence that gave its level beside an earlier
    # one ("cost £420, up from £380"): the base is another time's, not a second figure
    Row("FC202", "Season tickets at Rovers cost £420, up from £380 last season. Fans said "
        "the £240 ticket was still good value.", True),
    Row("FC202", "A loaf at the Crumb bakery now costs £2.40, against £2.10 a year ago. "
        "Regulars grumble that the £4.20 loaf is a luxury.", True),
    Row("FC202", "Day passes to the lido cost £7, compared with £5 before the refit. "
        "Swimmers say the £9 pass is too dear.", True),
    Row("FC202", "Season tickets at Rovers cost £420, up from £380 last season. Fans "
        "recalled that the £380 ticket had been good value.", False),
    Row("FC202", "Season tickets at Rovers cost £420, up from £380 last season. The club's "
        "£240 junior ticket sold out.", False),
    Row("FC202", "A loaf at the Crumb bakery now costs £2.40, against £2.10 a year ago. "
        "Regulars grumble that the £4.20 sourdough loaf is a luxury.", False),
    Row("FC202", "The council's budget is £45m, up from £41m. The council's £60m pension "
        "deficit worries auditors.", False),
    # FC203: both levels in the change's sentence, dated apart, linked by no word the
    # sentence readings know ("after the series aired, from ... to ...")
    Row("FC203", "Visitor numbers at the castle tripled after the series aired, from 31,000 "
        "in 2023 to 47,000 last year.", True),
    Row("FC203", "The price of a pint at the Swan has risen by a third, from £3.60 in 2019 "
        "to £5.40 now.", True),
    miss(Row("FC203", "The price of a pint at the Swan has risen by a third since the brewery "
             "sold it, from £3.60 in 2019 to £5.40 now.", True),
         "'since' before an event is read as a base of the change's own, so its levels are "
         "left unread"),
    Row("FC203", "Passenger numbers at the airport halved during the strike, to 41,000 in "
        "May from 62,000 in April.", True),
    Row("FC203", "Visitor numbers at the castle tripled after the series aired, from 31,000 "
        "in 2023 to 95,000 last year.", False),
    Row("FC203", "Passenger numbers at the airport halved during the strike, to 31,000 in "
        "May from 62,000 in April.", False),
    Row("FC203", "Sales at the city-centre store rose 12% to £4.1 million last year, while "
        "its airport shop took £2.6 million.", False),
    Row("FC203", "Ticket sales at the lido rose by a quarter last summer, when it sold "
        "18,000 tickets, while the indoor pool sold 12,000.", False),
]


test_round11_row = row_test(ROWS)


MESSAGES = [
    ("Brackwell Foods employs 2,300 staff at its Hull plant. The company's 3,200 staff "
     "will get a pay rise.", "Brackwell Foods' staff"),
    ("Skylark Air has 86 planes. The carrier's 68 planes are old.", "Skylark Air's planes"),
    ("Bhamo, a logistics hub, is home to some 166,000 people. Bhamo's 240,000 residents "
     "face shortages.", "Bhamo's population"),
    ("Acme employs 400 people in Leeds. Acme employs 600 people in Leeds, its boss said.",
     "employees"),
]


@pytest.mark.parametrize(("text", "named"), MESSAGES, ids=[m[1] for m in MESSAGES])
def test_fc202_message_names_subject_and_measure(text: str, named: str) -> None:
    """The message says what disagrees in plain words: the subject's possessive and the
    measure as the draft writes it, never "the staff of" a lemma ("the employee of")."""
    found = [f for f in check(text, as_of=AS_OF).findings if f.code == "FC202"]
    assert len(found) == 1
    assert f"earlier for {named}" in found[0].message or named in found[0].message
    assert " of " not in found[0].message.split("earlier for ")[1].split(":")[0]
