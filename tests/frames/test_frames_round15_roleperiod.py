"""Frames of our own sentences for the role and period classes round 15 fixed (issue 14):

- a running total: "taking its total to N" after one figure of its unit is the level the
  stock reached and that figure the change (frames.stock.running_totals); after two or
  more figures of its unit it stays their total;
- the stock a cut is taken from ("has cut 600 of its 4,100 jobs since March", "will shed
  400 of its 5,200 staff next year") holds for no period: the phrase dates the cut
  (frames.stock.standing_wholes); a count within the period keeps it;
- a figure in a unit "of that", "of it", "of them", "of the total" is a part of the figure
  named before it ("exports made up £31 million of that"; role.parse_role); "of" a noun
  that names what it counts ("£2 million of reserve funds") is no part;
- a length in hours, minutes or seconds dated by a day is the time that day's event took
  and keeps the day ("closed the tunnel for seven hours on Tuesday"); a longer length
  ("jailed for eight years on Friday") or a modifier ("a 48-hour strike ended on Monday")
  does not (frames.timing);
- a year that dates the base of a gap ("1.4 metres above its 2019 record", "short of the
  town's 2022 record") dates that base alone, not the gap nor the sentence's other figures
  (frames.when.choose), but the figure the base is "of" ("its 2007 record of 5.4 metres");
- a clause joined to another that looks ahead through an infinitive ("has 812 stores and
  plans to open 45 more by the end of 2026") is a clause of its own: its deadline dates
  no figure of the first (frames.clauses);
- a bare number that is a person's age by the parse: "At 88, <name> is ...", "<name>, the
  chairman, is 81", "who joined at 16" (frames.ages.stated_age).
Rows: (text, figure, expected role, expected period or None; ANY for not asserted)."""

from __future__ import annotations

from datetime import date

import pytest

from factcheck import check

AS_OF = "2025-12-03"
ANY = object()
Q1 = (date(2025, 1, 1), date(2025, 3, 31))
SPRING = (date(2025, 3, 1), date(2025, 5, 31))
OCTOBER = (date(2025, 10, 1), date(2025, 10, 31))
SINCE_MAY = (date(2025, 5, 1), date(2025, 12, 3))

RUNNING = [
    ("Harbor Telecom signed up 85,000 subscribers in the first quarter, taking its total "
     "to 3.1 million.", "3.1 million", "level", Q1),
    ("Harbor Telecom signed up 85,000 subscribers in the first quarter, taking its total "
     "to 3.1 million.", "85,000 subscribers", "change", Q1),
    ("Kelso Farms planted 12 hectares of orchards this spring, bringing its total to 140 "
     "hectares.", "140 hectares", "level", SPRING),
    ("The chain will open nine stores in Chile next year, taking their total there to 60.",
     "60", "level", ANY),
    ("The state has promised to cut the total to 90 million tonnes by 2030.",
     "90 million tonnes", "level", ANY),
    # near-twins: two parts before it make a sum
    ("Each crew earned £2,400 in wages and £600 in bonuses, taking the total to £3,000.",
     "£3,000", "total", ANY),
    ("The fund gave $4m in March and $2m in May, bringing the total to $6m.", "$6m", "total",
     ANY),
    ("A 10% levy plus a further 15%, bringing the total to 25%.", "25%", "total", ANY),
    ("Fees went up by 6% in May, plus a further 4% from June, taking the total to 10%.",
     "10%", "total", ANY),
]

STOCKS = [
    ("Dunbar Mills has cut 600 of its 4,100 jobs since March.", "4,100 jobs", ANY, None),
    ("Milo Foods will shed 400 of its 5,200 staff next year.", "5,200 staff", ANY, None),
    ("Halden Bank will close 12 of its 85 branches by March.", "85 branches", ANY, None),
    ("Ostra Rail lost 30 of its 410 drivers in October.", "410 drivers", ANY, None),
    # near-twins: a count within the period keeps it for its whole
    ("Torvik Air cancelled 300 of its 9,400 flights in October.", "9,400 flights", ANY,
     OCTOBER),
    ("Since May, the club has won 11 of its 16 matches.", "16 matches", ANY, SINCE_MAY),
    ("Of the 2,300 homes built in Ferrow in October, 410 were flats.", "2,300 homes", ANY,
     OCTOBER),
]

AGES = [
    ("At 88, Rosa Delaney is the oldest woman to row the Tamsin Sound.", "88", "age", None),
    ("At 19, Lena Ortiz became the youngest mayor in Tarrow.", "19", "age", None),
    ("Piet Vorster, who was 23 when he founded Kestrel Foods, has retired.", "23", "age",
     None),
    ("The keeper, who joined the club at 16, has played 410 games.", "16", "age", None),
    ("Its founder, Harold Benn, is 81.", "81", "age", None),
    # near-twins: no person holds the number
    ("Shares in Corbel closed at 88 on Friday.", "88", "level", ANY),
    ("Turnout was 61 in the small ward.", "61", "level", ANY),
    ("The Ferrow tortoise is 112.", "112", "level", ANY),
    ("The index stood at 97 in May.", "97", "level", ANY),
]


PARTS = [
    ("Kelby Foods sold £90 million of goods in 2024; exports made up £31 million of that.",
     "£31 million", "part", ANY),
    ("Harrow Water supplied 410 million litres last year, and farms took 120 million litres "
     "of it.", "120 million litres", "part", ANY),
    ("Norland shipped 3.2 million tonnes of wheat in 2024, and Egypt bought 1.1 million "
     "tonnes of them.", "1.1 million tonnes", "part", ANY),
    ("Dorran Port handled 8.4 million tonnes in 2024; coal accounted for 2.9 million tonnes "
     "of the total.", "2.9 million tonnes", "part", ANY),
    # near-twins: "of" names what the figure counts
    ("The council spent £2 million of reserve funds on roads.", "£2 million", "level", ANY),
    ("The city received £5 million of funding in May.", "£5 million", "level", ANY),
    ("The mill produced 40,000 tonnes of paper.", "40,000 tonnes", "level", ANY),
    # "it" and "them" name a thing, not a figure of the unit
    ("Bristow's new cycle lanes, 19 kilometres of them, cost £11 million.", "19 kilometres",
     "level", ANY),
    ("The Corbel family, which has owned Lanthorne Estate since 1702, sold 2,300 acres of it "
     "in May.", "2,300 acres", "level", ANY),
]

TUESDAY = (date(2025, 12, 2), date(2025, 12, 2))
SATURDAY = (date(2025, 11, 29), date(2025, 11, 29))
LENGTHS = [
    ("A gas leak closed the Harrow tunnel for seven hours on Tuesday.", "seven hours",
     "duration", TUESDAY),
    ("Ines Bako swam 400 metres in 4 minutes 12 seconds on Saturday.",
     "4 minutes 12 seconds", ANY, SATURDAY),
    ("The quake on Tuesday lasted about 25 seconds.", "about 25 seconds", "duration", TUESDAY),
    # near-twins: a length longer than a day, or a modifier, holds for no period
    ("Carla Moen was jailed for eight years on Friday.", "eight years", "duration", None),
    ("A 48-hour strike by bus drivers ended on Monday.", "48-hour", "duration", None),
    ("The ferry was cancelled for three days last weekend.", "three days", "duration", None),
    ("Rain hit the Corran valley on Sunday, and the road was shut for 14 hours.", "14 hours",
     "duration", None),
    ("Tickets for Saturday's derby sold out in 40 minutes.", "40 minutes", "duration", None),
]


NOV30 = (date(2025, 11, 30), date(2025, 11, 30))
Y2007 = (date(2007, 1, 1), date(2007, 12, 31))
Y2024 = (date(2024, 1, 1), date(2024, 12, 31))
BASES = [
    ("The Tarn river peaked at 6.2 metres in Holby on Sunday, 0.8 metres above its 2007 "
     "record of 5.4 metres, and 210 homes were flooded.", "0.8 metres", ANY, NOV30),
    ("The Tarn river peaked at 6.2 metres in Holby on Sunday, 0.8 metres above its 2007 "
     "record of 5.4 metres, and 210 homes were flooded.", "210 homes", ANY, NOV30),
    ("Marsh End hit 39.1C on Tuesday, 0.3C short of the town's 2022 record.", "0.3C", ANY,
     TUESDAY),
    ("The Ure peaked at 5.1 metres on Sunday, 0.4 metres above the 1968 record, and 90 homes "
     "flooded.", "90 homes", ANY, NOV30),
    # near-twins: the base's own figure keeps its year; a year not after "above" dates
    ("The Tarn river peaked at 6.2 metres in Holby on Sunday, 0.8 metres above its 2007 "
     "record of 5.4 metres, and 210 homes were flooded.", "5.4 metres", ANY, Y2007),
    ("Sales reached £40 million in 2024, £2 million below the 2023 level.", "£2 million", ANY,
     Y2024),
    ("Growers harvested 6.1 tonnes of barley per hectare this autumn, below last year's 6.9 "
     "tonnes.", "6.9 tonnes", ANY, Y2024),
    ("Nepal's 2015 earthquake destroyed 600,000 homes.", "600,000 homes", ANY,
     (date(2015, 1, 1), date(2015, 12, 31))),
]

AHEAD_AS_OF = "2025-06-04"
AHEAD = [
    ("The Brisk chain has 812 stores and plans to open 45 more by the end of 2026.",
     "812 stores", None),
    ("Crisp Valley Drinks produces 42,000 litres of juice a day and plans to double that by "
     "2028.", "42,000 litres of juice a day", None),
    ("The Kavan refinery processes 240,000 barrels of crude a day, and its owner plans to cut "
     "that by a quarter in 2026.", "240,000 barrels of crude a day", None),
    # near-twins: a period of the figure's own clause, or a clause in the same tense
    ("The 2027 budget is £4 billion.", "£4 billion", (date(2027, 1, 1), date(2027, 12, 31))),
    ("In 2024 the firm had 300 staff and hired 40 more.", "300 staff", Y2024),
    ("The Brisk chain will open 45 stores by the end of 2026.", "45 stores",
     (date(2026, 12, 31), date(2026, 12, 31))),
]


@pytest.mark.parametrize(("text", "figure", "period"), AHEAD)
def test_ahead(text: str, figure: str, period: object) -> None:
    report = check(text, as_of=AHEAD_AS_OF, bundled=False)
    found = [f for f in report.frames if f.claim.text == figure]
    assert found, [f.claim.text for f in report.frames]
    assert found[0].period == period


@pytest.mark.parametrize(("text", "figure", "role", "period"),
                         RUNNING + STOCKS + AGES + PARTS + LENGTHS + BASES)
def test_row(text: str, figure: str, role: object, period: object) -> None:
    report = check(text, as_of=AS_OF, bundled=False)
    found = [f for f in report.frames if f.claim.text == figure]
    assert found, [f.claim.text for f in report.frames]
    if role is not ANY:
        assert found[0].role == role
    if period is not ANY:
        assert found[0].period == period
