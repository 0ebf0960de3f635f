"""Round 11 rows: false alarms an editor's trial found, as classes in our own sentences
(factcheck.checks._statements); AS_OF is 2025-10-01.

FC207: a figure the frames make a part of an earlier one is no total of the figures
before it; a list whose figures each head a clause under one predicate written again
("20 drive buses and 35 drive trams") may overlap and is no breakdown.
FC203: a change that is itself a verb heads its own clause, so another clause's levels
are not its; a definite change with a scope of its own ("the 2% fall for the county") is
another holder's, set beside the levels for comparison.
FC202: objects of two different verbs are two measures; a second figure of a key in
its sentence is a part of the first; an amount moved from or into a thing is no level."""

from __future__ import annotations

from tests.checks.rows import Row, row_test

ROWS: list[object] = [
    # FC207: a part of an earlier figure ("30 of them") is not the total of what precedes
    Row("FC207", "The winger, 29, has made 41 appearances in all, 30 of them as a starter.",
        False),
    Row("FC207", "Aged 34, the keeper kept 15 clean sheets altogether, 11 of them at home.",
        False),
    Row("FC207", "The forward, who is 25, netted 27 times in all games, 22 of them in the "
        "league.", False),
    Row("FC207", "The two depots hold 120 buses and 95 buses, a combined 225 buses.", True),
    Row("FC207", "Washington imposed a 25% tariff and an additional 25%, bringing the total "
        "to 60%.", True),
    # FC207: one predicate repeated for each figure: groups that may overlap
    Row("FC207", "Of the 36 nurses on the ward, 12 work nights and 30 work weekends.", False),
    Row("FC207", "Of the 48 drivers at the depot, 20 drive buses and 35 drive trams.", False),
    Row("FC207", "Of the 40 pupils in the class, 25 speak Polish and 22 speak Urdu.", False),
    Row("FC207", "Of the 200 members of the club, 120 swim weekly and 110 swim daily.", False),
    Row("FC207", "Of the 200 members of the club, 120 from the city and 110 from the county.",
        True),
    Row("FC207", "The club scored 31 goals this season, 18 in the league and 16 in the cup.",
        True),
    # FC203: a change that is itself a verb heads its own clause
    Row("FC203", "Diesel car sales fell from 40,000 to 31,000, while electric sales tripled, "
        "from 9,000 to 27,500.", False),
    Row("FC203", "Our rival's share slipped from 22 stores to 19 stores as ours almost "
        "doubled, from 11 stores to 21 stores.", False),
    Row("FC203", "Bus fares rose from £1.20 to £1.50 as rail fares roughly halved.", False),
    Row("FC203", "The vote fell from 16,000 to 12,000 and then more than doubled.", False),
    Row("FC203", "Ticket sales doubled from 4,000 to 6,000.", True),
    Row("FC203", "Membership more than tripled, from 800 to 2,000.", True),
    Row("FC203", "Visitor numbers halved from 12,000 to 9,000 this year.", True),
    # FC203: a definite change with a scope of its own belongs to another holder
    Row("FC203", "Rents in Bristol rose 6.1% over the year to £1,650 a month, from £1,555, "
        "well above the 4.2% increase for the South West.", False),
    Row("FC203", "Wages in Wales rose from £610 to £640 a week, behind the 6.2% increase "
        "across the UK.", False),
    Row("FC203", "The club's attendance climbed to 24,300 from 22,500, outpacing the 5% "
        "growth for the league as a whole.", False),
    Row("FC203", "Hull's jobless count fell from 9,800 to 9,100, a steeper drop than the 2% "
        "fall for the wider county.", False),
    Row("FC203", "Rents in Bristol rose 4.2% over the year to £1,650 a month, from £1,555.",
        True),
    Row("FC203", "Wages in Wales rose from £610 to £640 a week, a 6.2% increase.", True),
    Row("FC203", "Hull's jobless count fell from 9,800 to 9,100, a 2% fall for the city.",
        True),
    Row("FC203", "Revenue rose from $120m to $150m. The 20% increase in revenue pleased "
        "investors.", True),
    # FC202: two verbs, two measures; a second figure of a key in its sentence is a part
    Row("FC202", "Acme hired 420 engineers. Acme dismissed 130 engineers.", False),
    Row("FC202", "United scored 70 goals, 41 at home and 29 away. They let in 35 goals, 15 "
        "at home and 20 away.", False),
    Row("FC202", "Harwich exported 3.2 million tonnes of wheat. Harwich imported 1.1 million "
        "tonnes of wheat.", False),
    Row("FC202", "The county exported 3.2 million tonnes of wheat. It exported 1.1 million "
        "tonnes of wheat.", True),
    Row("FC202", "The theatre sold 12,000 tickets. The theatre sold 8,000 tickets, the "
        "manager said.", True),
    Row("FC202", "The county hospital has 14 wards. Its 31 wards were full on Sunday.", True),
    # FC202: an amount moved out of or into a thing is not its level
    Row("FC202", "The borough's general reserves stand at £9.1 million. Its treasurer said "
        "it had taken £2.4 million from reserves in each of the last three years.", False),
    Row("FC202", "The rainy-day fund stands at £12 million. The mayor has taken £3 million "
        "from the fund this year.", False),
    Row("FC202", "The county's emergency reserve is £5 million. Leaders moved £1.5 million "
        "into the emergency reserve.", False),
    Row("FC202", "The borough's general reserves stand at £9.1 million. Its treasurer said "
        "the borough's £6.1 million reserves were too thin.", True),
]


test_row = row_test(ROWS)
