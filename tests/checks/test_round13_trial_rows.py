"""Round 13 rows: false alarms and messages a news editor's fresh-eyes trial found, as
classes in our own sentences; AS_OF is 2025-10-01.

FC201: a bare unit word that names several amounts ("gallons": US or imperial; "tons":
short, metric or long; factcheck.units.readings) is held in every reading, and fires only
when none fits; a restatement in two units ("7lb 2oz") is one figure, and the message and
suggestion are written in those two units.
FC207: a list after a colon may write its verb once, after the first part, whatever the
verb; its parts' own days make the total's period.
Messages: two figures are printed with the decimals that show them apart; figures of a
million or more with their scale word; "an 18.6% increase"."""

from __future__ import annotations

import pytest

from factcheck import check
from tests.checks.rows import AS_OF, Row, row_test

ROWS: list[object] = [
    # FC201: a bare gallon, pint or ton may be either kind: right in one reading is right
    Row("FC201", "The new boiler tank stores 90 litres (20 gallons) of hot water.", False),
    Row("FC201", "Each cow gives about 28 litres (six gallons) of milk a day.", False),
    Row("FC201", "The brewery pours 3,400 pints (1,930 litres) a week.", False),
    Row("FC201", "The lake was topped up with 4 million gallons (18 million litres) of water.",
        False),
    Row("FC201", "The crane lifted 60 tonnes (66 tons) of steel beams.", False),
    Row("FC201", "The crane lifted 60 tonnes (59 tons) of steel beams.", False),
    Row("FC201", "The new boiler tank stores 90 litres (30 gallons) of hot water.", True),
    Row("FC201", "The brewery pours 3,400 pints (2,600 litres) a week.", True),
    Row("FC201", "The crane lifted 60 tonnes (50 tons) of steel beams.", True),
    Row("FC201", "The lake was topped up with 4 million gallons (9 million litres) of water.",
        True),
    # a pinned kind reads one way only
    Row("FC201", "The new boiler tank stores 90 litres (20 US gallons) of hot water.", True,
        "24 US gallons"),
    Row("FC201", "The new boiler tank stores 90 litres (24 US gallons) of hot water.", False),
    Row("FC201", "The new boiler tank stores 90 litres (24 imperial gallons) of hot water.",
        True),
    # FC207: the level a change or comparison starts from ("up from £198m") is the whole's
    # level at another time: no part of the sum, and no second whole
    Row("FC207", "The county set a £96m roads budget, up from £90m. The money is split "
        "between repairs (£51m), lighting (£22m) and bridges (£17m).", True, "£90m"),
    Row("FC207", "The county set a £96m roads budget, up from £90m. The money is split "
        "between repairs (£51m), lighting (£22m) and bridges (£23m).", False),
    Row("FC207", "The festival sold 48,000 tickets, against 41,000. Weekend passes made up "
        "30,000 and the remaining 12,000 were day tickets.", True),
    Row("FC207", "The festival sold 48,000 tickets, against 41,000. Weekend passes made up "
        "30,000 and the remaining 18,000 were day tickets.", False),
    Row("FC207", "The trust will spend £64m, compared with £58m. The money is divided "
        "between wards (£30m), clinics (£21m) and repairs (£9m).", True),
    Row("FC207", "The trust will spend £64m, compared with £58m. The money is divided "
        "between wards (£30m), clinics (£21m) and repairs (£13m).", False),
    Row("FC207", "The college enrolled 2,450 students, down from 2,610.\n\nThey are split "
        "between sciences (1,120), arts (760) and trades (570).", False),
    Row("FC207", "The college enrolled 2,450 students, down from 2,610.\n\nThey are split "
        "between sciences (1,120), arts (760) and trades (470).", True),
    Row("FC204", "Gritters spread 2,300 tonnes of salt, up from 1,900. Of that, 2,600 tonnes "
        "went on trunk roads.", True),
    Row("FC204", "Gritters spread 2,300 tonnes of salt, up from 1,900. Of that, 2,100 tonnes "
        "went on trunk roads.", False),
    # FC202: a level told in the past perfect is another time's than one told in the
    # present or simple past; two in the past perfect still conflict
    Row("FC202", "Ashby Library holds 52,000 books. Ashby Library had held 61,000 books "
        "until the flood.", False),
    Row("FC202", "Ashby Library holds 52,000 books. Ashby Library holds 61,000 books.", True),
    Row("FC202", "The Tarn mill employs 410 people. The Tarn mill had employed 900 people "
        "before the closure.", False),
    Row("FC202", "Vale Dairy milks 2,300 cows. Vale Dairy had milked 1,700 cows until the "
        "herd was culled.", False),
    Row("FC202", "Vale Dairy milks 2,300 cows. Vale Dairy milks 1,700 cows.", True),
    Row("FC202", "Ashby Library had held 52,000 books. Ashby Library had held 61,000 books.",
        True),
    # FC206: years counted since a stated year are calendar arithmetic, exact to the year
    # (one more either way for the unknown month), with no rounding band (checks._calendar)
    Row("FC206", "The bakery opened in 1957, 70 years ago.", True),
    Row("FC206", "The bakery opened in 1957, 68 years ago.", False),
    Row("FC206", "The bakery opened in 1957, about 70 years ago.", False),
    Row("FC206", "The theatre, built in 1908, is celebrating 120 years.", True),
    Row("FC206", "The theatre, built in 1905, is celebrating 120 years.", False),
    Row("FC206", "The rowing club, founded in 1888, is now 140 years old.", True),
    Row("FC206", "The rowing club, founded in 1885, is now 140 years old.", False),
    Row("FC206", "Founded in 1977, the charity has worked for 50 years.", True),
    Row("FC206", "Founded in 1975, the charity has worked for 50 years.", False),
    Row("FC206", "Records began in 1866, 160 years ago.", True),
    Row("FC206", "Records began in 1865, 160 years ago.", False),
    Row("FC206", "Opened in 1931, the lido turns 90 this week.", True),
    Row("FC206", "Opened in 1931, the lido turns 94 this week.", False),
    # FC207: a complete list after a colon whose first part has the list's verb written
    # once ("41mm fell on Friday, 38mm on Saturday") and whose parts name days of their
    # own: the total covers the days they name (the nearest day is the first part's)
    Row("FC207", "Police made 31 arrests over the weekend: 14 were held on Friday, 9 on "
        "Saturday and 5 on Sunday.", True),
    Row("FC207", "Police made 28 arrests over the weekend: 14 were held on Friday, 9 on "
        "Saturday and 5 on Sunday.", False),
    Row("FC207", "The storm dumped 74mm of snow: 30mm fell on Monday, 25mm on Tuesday and "
        "12mm on Wednesday.", True),
    Row("FC207", "The storm dumped 67mm of snow: 30mm fell on Monday, 25mm on Tuesday and "
        "12mm on Wednesday.", False),
    Row("FC207", "The museum welcomed 5,600 visitors over the holiday: 2,300 came on "
        "Saturday, 1,800 on Sunday and 1,100 on Monday.", True),
    Row("FC207", "The museum welcomed 5,200 visitors over the holiday: 2,300 came on "
        "Saturday, 1,800 on Sunday and 1,100 on Monday.", False),
    # FC207: the span of time a total is counted over, before the colon, is neither a part
    # nor a total of the list ("112mm of rain over three days: 41mm on Friday, ...")
    Row("FC207", "The gale dumped 96mm of rain on the valley over three days: 40mm on "
        "Friday, 31mm on Saturday and 19mm on Sunday.", True),
    Row("FC207", "The gale dumped 90mm of rain on the valley over three days: 40mm on "
        "Friday, 31mm on Saturday and 19mm on Sunday.", False),
    Row("FC207", "Volunteers collected 2.4 tonnes of litter in six hours: 1.1 tonnes from "
        "the beach and 0.9 tonnes from the dunes.", True),
    Row("FC207", "Volunteers collected 2 tonnes of litter in six hours: 1.1 tonnes from "
        "the beach and 0.9 tonnes from the dunes.", False),
    Row("FC207", "The helpline took 1,500 calls in 48 hours: 800 on Monday and 700 on "
        "Tuesday.", False),
    # a measure in two units is one figure; the suggestion keeps both units
    Row("FC201", "The foal weighed 40kg (68lb 3oz) at birth.", True, "88lb 3oz"),
    Row("FC201", "The foal weighed 40kg (88lb 3oz) at birth.", False),
    Row("FC201", "Their daughter was born at 3.2kg (6lb 1oz).", True, "7lb 1oz"),
    Row("FC201", "The keeper stands 1.93m (5ft 9in) tall.", True, "6ft 4in"),
    Row("FC201", "The keeper stands 1.93m (6ft 4in) tall.", False),
]


test_row = row_test(ROWS)


MESSAGES = [
    # (draft, code, words the message must hold, words it must not)
    ("Turnover reached £2.44bn: £1.63bn from shops and £780m online.", "FC207",
     ("£1.63 billion + £780 million = £2.41 billion", "not £2.44 billion"), ()),
    ("The charity raised $3.86m: $2.41m from donors and $1.42m from events.", "FC207",
     ("= $3.83 million", "not $3.86 million"), ()),
    ("The dam holds 40 billion litres (3 billion gallons).", "FC201",
     ("10.6 billion US gallons", "8.8 billion imperial gallons"), ("000",)),
    ("Support rose from 41.3% to 49.1%, a rise of 7.8%.", "FC302", ("an 18.9% increase",), ()),
    ("Harriers, who last won the shield in 2008, ended a 15-year wait.", "FC206",
     ("not 15 years",), ("15-year",)),
    ("The calf weighed 30kg (46lb 2oz).", "FC201", ("66lb 2oz", "not 46lb 2oz"), ("ounces,",)),
]


@pytest.mark.parametrize(("text", "code", "holds", "lacks"), MESSAGES)
def test_message(text: str, code: str, holds: tuple[str, ...], lacks: tuple[str, ...]) -> None:
    found = [f.message for f in check(text, as_of=AS_OF).findings if f.code == code]
    assert len(found) == 1, found
    assert all(h in found[0] for h in holds), found
    assert not any(x in found[0] for x in lacks), found
