"""Round 6 rows (issue 15): successive changes in percent compound (FC207); a birth in
the sentence after an age, a wait dated in a relative clause, a founded thing that
"turns" N, births as full dates (FC206); a participle restating a difference (FC203); a
change that may be the relative one near 100%, a level before named "that share"
(FC302). Our own sentences; AS_OF is 2025-10-01."""

from __future__ import annotations

from tests.checks.rows import Row, row_test

ROWS: list[object] = [
    # FC207: successive changes of one quantity compound; rates added on rates add
    Row("FC207", "Household gas tariffs rose 20% in March and a further 15% in September, "
        "leaving the average bill 35% higher than last year.", True, "38%"),
    Row("FC207", "Bus fares went up 10% in 2023 and another 10% in 2024, a combined rise of "
        "30%.", True),
    Row("FC207", "Wheat prices rose 30% in spring and another 20% in the summer, a total rise "
        "of 50%.", True),
    Row("FC207", "Council tax climbed 4% last year and a further 5% this year, taking the "
        "typical bill up 12% in two years.", True),
    Row("FC207", "Shares in Norcap fell 10% on Monday and a further 10% on Tuesday, leaving "
        "them 25% lower.", True),
    Row("FC207", "The state levied a 20% duty on imported steel and an additional 15%, "
        "bringing the total to 38%.", True, "35%"),
    Row("FC207", "Household gas tariffs rose 20% in March and a further 15% in September, "
        "leaving the average bill 38% higher than last year.", False),
    Row("FC207", "Bus fares went up 10% in 2023 and another 10% in 2024, a combined rise of "
        "21%.", False),
    Row("FC207", "Wheat prices rose 30% in spring and another 20% in the summer, a total rise "
        "of 56%.", False),
    Row("FC207", "Shares in Norcap fell 10% on Monday and a further 10% on Tuesday, leaving "
        "them 19% lower.", False),
    Row("FC207", "The state levied a 20% duty on imported steel and an additional 15%, "
        "bringing the total to 35%.", False),
    # FC206: the age first, the birth in the next sentence, of the same person
    Row("FC206", "Margarethe Lund, the sculptor, has died aged 71. She was born in Oslo in "
        "1938.", True),
    Row("FC206", "The composer Ivo Brandt has died aged 62. Born in Graz in 1951, he trained "
        "as an organist.", True),
    Row("FC206", "Former striker Lena Voss, now 58, coaches in Bremen. She was born in 1957 "
        "and first played at sixteen.", True),
    Row("FC206", "The bishop, aged 90, retired on Sunday. He was born in 1949 in Cork.", True),
    Row("FC206", "Pilot Dara Keane, aged 30, flies for the navy. She was born in 1982 in "
        "Galway.", True),
    Row("FC206", "Pilot Dara Keane is now 30. Born in 1982 in Galway, she flew for the "
        "navy.", True),
    Row("FC206", "Margarethe Lund, the sculptor, has died aged 86. She was born in Oslo in "
        "1938.", False),
    Row("FC206", "Former striker Lena Voss, now 68, coaches in Bremen. She was born in 1957 "
        "and first played at sixteen.", False),
    Row("FC206", "Tomas Vey, aged 45, runs the farm. Born in Leeds in 1951, his father was a "
        "miner.", False),
    Row("FC206", "Tomas Vey, aged 45, runs the farm. His father was born in 1951.", False),
    Row("FC206", "The sculptor has died aged 71. Her studio was founded in 1938.", False),
    # FC206: a wait dated by a relative clause, ended by the main clause's verb
    Row("FC206", "The Hornets, which last reached a final in 1998, ended a 40-year drought at "
        "Wembley.", True),
    Row("FC206", "Dunmore, who last won the shield in 2009, ended a six-year wait on Sunday.",
        True),
    Row("FC206", "Ms Hale's party, which last held the seat in 1997, ended a 40-year wait in "
        "May.", True),
    Row("FC206", "The Hornets, which last reached a final in 1998, ended a 27-year drought at "
        "Wembley.", False),
    Row("FC206", "Dunmore, who last won the shield in 2009, ended a 16-year wait on Sunday.",
        False),
    Row("FC206", "Dunmore last won the shield in 2009, ending a six-year wait.", False),
    # FC206: a thing founded in a year "turns" its age; a founder's age does not count
    Row("FC206", "Opened in 1925, the Orbis theatre turns 80 this autumn.", True),
    Row("FC206", "The library, which was built in 1901, turns 100 next month.", True),
    Row("FC206", "Founded in Bristol in 1975, the choir turns 40 this year.", True),
    Row("FC206", "Founded in Bristol in 1975, the choir turns 50 this year.", False),
    Row("FC206", "Lund, who founded the firm in 1990, turns 60 this week.", False),
    Row("FC206", "The Orbis theatre, founded in 1925, turned 80 in 2005.", False),
    # FC206: a birth written as a full date, day before or after the month
    Row("FC206", "Keane, 31, who was born on March 3, 1984, signed on Friday.", True),
    Row("FC206", "Sprinter Ama Kole, 19, born on 4 August 1996, leads the relay team.", True),
    Row("FC206", "Olsen, 19, born on 12th May 1990, won the race.", True),
    Row("FC206", "Keane, 41, who was born on March 3, 1984, signed on Friday.", False),
    Row("FC206", "Sprinter Ama Kole, 29, born on 4 August 1996, leads the relay team.", False),
    Row("FC206", "Olsen, 35, born on 12th May 1990, won the race.", False),
    # FC203: a participle after "from A to B" restates their difference
    Row("FC203", "The trail was extended from 40 miles to 65 miles, adding 12 miles.", True),
    Row("FC203", "The fleet grew from 210 buses to 265, adding 40 buses.", True),
    Row("FC203", "Payroll at the mill fell from 310 to 270 staff, shedding 60 jobs.", True),
    Row("FC203", "The firm trimmed its fleet from 48 vans to 41, cutting 12.", True),
    Row("FC203", "Output rose from 1.2 million tonnes to 1.5 million tonnes, gaining 0.6 "
        "million tonnes.", True),
    Row("FC203", "The trail was extended from 40 miles to 65 miles, adding 25 miles.", False),
    Row("FC203", "Payroll at the mill fell from 310 to 270 staff, shedding 40 jobs.", False),
    Row("FC203", "The firm trimmed its fleet from 48 vans to 41, cutting 7.", False),
    Row("FC203", "The council widened the ring road from 14 km to 22 km, adding 3 km of bus "
        "lanes.", False),
    # FC302: near 100% the relative change and the points agree within the bands
    Row("FC302", "Turnout fell 4%, from 68% to 64%.", True, "4 percentage points"),
    Row("FC302", "The share of renters rose 3 per cent, from 31 per cent to 34 per cent.",
        True),
    Row("FC302", "The jobless rate in Tarn climbed 2 percent to 9 percent from 7 percent.",
        True),
    # FC302: the level before in the sentence before, the measure named with "that"/"this"
    Row("FC302", "In 2021, 31% of the county's pensioners lived alone. By 2025 that share had "
        "risen 6%, to 37%.", True),
    Row("FC302", "Back in 2018, 12% of the city's homes were empty. By 2024 this figure had "
        "fallen 4%, to 8%.", True),
    Row("FC302", "In 2016, 40% of voters backed the plan. By 2024 that share had fallen 10%, "
        "to 30%.", True),
    Row("FC302", "In 2021, 31% of the county's pensioners lived alone. By 2025 that share had "
        "risen 6 points, to 37%.", False),
    Row("FC302", "Back in 2018, 12% of the city's homes were empty. By 2024 this figure had "
        "fallen by a third, to 8%.", False),
    Row("FC302", "In 2016, 40% of voters backed the plan. By 2024 that share had fallen 25%, "
        "to 30%.", False),
    Row("FC302", "Seat-belt use on rural roads slipped 2 percent, from 97% to 95%.", False),
    Row("FC302", "The share of homes with broadband rose 1%, from 98% to 99%.", False),
    Row("FC302", "Turnout fell 6%, from 68% to 64%.", False),
]


test_row = row_test(ROWS)
