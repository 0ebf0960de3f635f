"""Round 10 rows (issue 15), our own sentences; AS_OF is 2025-10-01.

FC202: a possessive cut from its figure by the clause verb names the clause's holder
("Its neighbour runs 31 wards"), another entity, not the figure's thing; a later clause
whose holder is a lone pronoun (or the same words) under the same verb states the same
holder's level ("The depot runs 48 buses. It runs 84 buses."); a measure written with
more or fewer modifiers ("a budget for flood defences" ... "the defence budget") and a
level of a standing period that holds the draft's date ("this year") meet an undated one.
FC205: a holder with a plural copula ("adults were 64%") goes on with a share run.
FC203: a change told after both its levels, one a sentence ("... £305m. The 53% jump"); a
change in percent of a time has durations for levels."""

from __future__ import annotations

from tests.checks.rows import Row, miss, row_test

ROWS: list[object] = [
    # FC202: a possessor before the clause verb is the clause's holder, another entity
    Row("FC202", "The county hospital runs 14 wards. Its neighbour in Dunmore runs 31 "
        "wards.", False),
    Row("FC202", "Our school enrolled 640 pupils. Its sister academy enrols 910 pupils.",
        False),
    Row("FC202", "The harbour berths 220 boats. The city's marina berths 410 boats.", False),
    Row("FC202", "The county hospital has 14 wards. Its 31 wards were full on Sunday.", True),
    Row("FC202", "The ferry firm owns twelve vessels. The firm's 21 vessels sail from "
        "Rosslare.", True),
    Row("FC202", "The harbour berths 220 boats. Its 410 berths are let until spring.", True),
    # FC202: the same holder again, by a lone pronoun or the same words, same verb
    Row("FC202", "The night shelter offers 40 beds. It offers 64 beds.", True),
    Row("FC202", "The orchard has nine hundred trees. It has 1,400 trees.", True),
    Row("FC202", "The brigade employs 52 firefighters, the union said. The brigade employs "
        "25 firefighters, according to the council.", True),
    Row("FC202", "The night shelter offers 40 beds. It also offers 64 meals.", False),
    Row("FC202", "The night shelter offers 40 beds. Its rival offers 64 beds.", False),
    Row("FC202", "Rovers scored 30 goals. They scored 12 goals away from home.", False),
    Row("FC202", "The orchard had nine hundred trees in 2019. It has 1,400 trees.", False),
    Row("FC202", "The night shelter offers 40 beds. It now offers 64 beds.", False),
    # FC202: one measure written with more or fewer modifiers; a standing period is now
    Row("FC202", "Kelso council set a £3.1 million budget for flood defences this year. "
        "Critics said the defence budget, at £1.3 million, was too small.", True),
    Row("FC202", "Marrow Rail will pay £48 million for new signalling this year. The "
        "signalling contract of £84 million is its largest.", False),
    Row("FC202", "Tarn Water approved a €6.5 million fund for pipe repairs in 2025. "
        "Engineers called the pipe repair fund, at €5.6 million, too small.", True),
    miss(Row("FC202", "Tarn Water set aside €6.5 million for pipe repairs in 2025. Engineers "
             "called the pipe repair fund, at €5.6 million, too small.", True),
         "the frames give 'set aside €6.5 million for pipe repairs' no measure"),
    Row("FC202", "Lisk county approved a £9.2 million budget for school meals this year. "
        "The county's road budget, at £2.9 million, was cut.", False),
    Row("FC202", "Kelso council set a £3.1 million budget for flood defences this year. "
        "Critics said the budget, at £1.3 million, was too small.", False),
    Row("FC202", "Kelso council set a £3.1 million budget for flood defences this year. "
        "Critics said next year's defence budget, at £1.3 million, was too small.", False),
    # FC203: a change told after both its levels, one a sentence
    Row("FC203", "The charity raised £84,000 at this year's gala. Last year it raised "
        "£70,000. The 45% rise will pay for a minibus.", True),
    miss(Row("FC203", "The charity raised £84,000 at this year's gala. Last year it raised "
             "£70,000. The 45% rise will fund two new vans.", True),
         "the frames give the rise the measure of 'two new vans', a level beside it"),
    Row("FC203", "Visitors to the castle numbered 31,000 in 2024. In 2023 there had been "
        "40,000. That drop of 12% worried the trustees.", True),
    Row("FC203", "The reservoir held 620 million litres on Friday. A month before it had "
        "held 400 million litres. Engineers said the doubling came after a wet spell.", True),
    Row("FC203", "The charity raised £84,000 at this year's gala. Last year it raised "
        "£70,000. The 20% rise will pay for a minibus.", False),
    Row("FC203", "Visitors to the castle numbered 31,000 in 2024. In 2023 there had been "
        "40,000. That drop of 22.5% worried the trustees.", False),
    Row("FC203", "The charity raised £84,000 at this year's gala. Its shop took £70,000. "
        "Donations to the hospice rose 45% in the spring.", False),
    # FC203: a change in percent of a time, its levels durations
    Row("FC203", "Average waits at the clinic fell from 5.5 hours to 3.9 hours this year. "
        "Staff credit the 45% cut to extra nurses.", True),
    Row("FC203", "Repairs at the depot took 12 days in May and 18 days in June. The 20% "
        "rise angered hauliers.", True),
    Row("FC203", "The ferry crossing took 50 minutes in 2023 and 35 minutes in 2024. "
        "Islanders welcomed the 10% cut.", True),
    Row("FC203", "Average waits at the clinic fell from 5.5 hours to 3.9 hours this year. "
        "Staff credit the 29% cut to extra nurses.", False),
    Row("FC203", "Repairs at the depot took 12 days in May and 18 days in June. The 50% "
        "rise angered hauliers.", False),
    Row("FC203", "The ferry crossing took 50 minutes in 2023 and 35 minutes in 2024. "
        "Islanders welcomed the 30% cut.", False),
    miss(Row("FC203", "Queues at passport control lasted 70 minutes in July and 28 minutes "
             "in September. The airport hailed the 85% fall.", True),
         "the fall takes September's period from its level after, so July's level lies "
         "beyond a monthly change's reach"),
    # the cut is one in fees (frames.metric.changed_in), not in the waits
    Row("FC203", "Average waits at the clinic fell from 5.5 hours to 3.9 hours this "
        "year. The 45% cut in fees pleased patients.", False),
    # FC205: a group with a plural copula goes on with the share before it
    Row("FC205", "Pensioners make up 31% of the island's voters. Students are 48%, and "
        "workers are 36%.", True),
    Row("FC205", "Beech trees made up 45% of the wood's canopy in the survey; oaks were "
        "forty percent and ashes were 22%.", True),
    Row("FC205", "Drivers under 25 account for 27% of the firm's claims; drivers aged 25 "
        "to 60 were 69%, and older drivers were 12%.", True),
    Row("FC205", "Pensioners make up 31% of the island's voters. Students are 28%, and "
        "workers are 36%.", False),
    Row("FC205", "Beech trees made up 45% of the wood's canopy in the survey; oaks were "
        "thirty percent and ashes were 22%.", False),
    Row("FC205", "Pensioners make up 31% of the island's voters. Turnout was 64%, and "
        "support for the ferry was 80%.", False),
    # FC203: a level another change's frame links ("fell 3% to $2.1bn") is no end of a
    # change beside it (a new user's trial: two firms' results side by side)
    Row("FC203", "Acme's revenue rose 12% to $4.2bn. Beta's revenue fell 3% to $2.1bn.",
        False),
    Row("FC203", "Ticket sales at the Odeon climbed 8% to 52,000. At the Regal they dropped "
        "5% to 26,000.", False),
    Row("FC203", "The north line's ridership grew 6% to 1.9 million last year. Its sister "
        "line slipped 2% to 0.9 million.", False),
    Row("FC203", "Profit reached £412m. A year earlier it had made £305m. The 53% jump "
        "pleased investors.", True),
    # FC203: the newswire order, a level and then "down from" / "up from" the level it
    # started at (a new user's trial): the adverb's direction must be the levels'
    Row("FC203", "The waiting list fell to 6.92 million in March, down from 6.85 million in "
        "February.", True),
    Row("FC203", "Jobless claims climbed to 212,000 last week, up from 231,000 the week "
        "before.", True),
    Row("FC203", "The FTSE closed at 8,140 on Friday, down from 8,090 a week earlier.", True),
    Row("FC203", "The waiting list fell to 6.78 million in March, down from 6.85 million in "
        "February.", False),
    Row("FC203", "Jobless claims climbed to 239,000 last week, up from 231,000 the week "
        "before.", False),
    Row("FC203", "The FTSE closed at 8,140 on Friday, up from 8,090 a week earlier.", False),
    # FC202: people a verb names ("employs 12,000 people": employees) are one measure; a
    # crowd, a hiring or a visit is another (a new user's trial)
    Row("FC202", "Acme Corp employs 12,000 people. The company employs 14,000 people, its "
        "chief executive said.", True),
    Row("FC202", "Harlow Mills employs 860 people at its two sites. Harlow Mills employs "
        "1,100 people, the union says.", True),
    Row("FC202", "Vexa Foods employs 3,400 people. The group employs 4,100 people.", True),
    Row("FC202", "Acme Corp employs 12,000 people. It hired 400 people last year.", False),
    Row("FC202", "Acme Corp employs 12,000 people. Some 14,000 people visited its stand.",
        False),
    Row("FC202", "The festival drew 12,000 people on Saturday. On Sunday 14,000 people "
        "came.", False),
]


test_round10_holders_row = row_test(ROWS)
