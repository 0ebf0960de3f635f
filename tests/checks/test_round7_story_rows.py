"""Round 7 rows (issue 15): relations found by frames across a paragraph, not by the
words that join them. FC302: a change in percent and two percentage levels of its
measure, wherever they stand (factcheck.checks._story_rates). FC206: a span between two
times its sentence names, days as well as years, the span ending its clause
(factcheck.checks._took), and two ages of one person (factcheck.checks._age_pairs).
FC203: a change and the two levels of its subject and measure in the sentences next to
it (factcheck.checks._story_levels), and a change restated in percent with its level
after later in the clause. FC201: a figure said again in the next sentence, in
apposition to a bare "the" noun (factcheck.checks._story_units). Our own sentences;
AS_OF is 2025-10-01."""

from __future__ import annotations

from tests.checks.rows import Row, miss, row_test

ROWS: list[object] = [
    # FC302: the levels in another sentence or clause, ordered by frame or period
    Row("FC302", "The base rate climbed from 3.25% in May to 4% in August. Lenders said that "
        "rise of 0.75% would be passed on to borrowers.", True),
    Row("FC302", "The council's recycling rate went up 9 percent over the decade. It is now 47 "
        "percent, compared with 38 percent in 2015.", True, "up 9 percentage points"),
    Row("FC302", "Support for the mayor fell by 6% in the latest poll, to 38%. In June the "
        "same poll put her at 44%.", True, "6 percentage points"),
    Row("FC302", "Home ownership among under-35s stood at 42% in 2010. By 2020 it had dropped "
        "6 per cent, to 36%.", True, "6 percentage points"),
    Row("FC302", "The club's win rate slipped 8% this season, to 51%, after 59% last season.",
        True, "8 percentage points"),
    Row("FC302", "Unemployment in the region reached 6.4% in March. A year earlier it had "
        "stood at 5.1%, so the jobless rate has risen by 1.3% in twelve months.", True,
        "1.3 percentage points"),  # one measure by factcheck.checks._measures (round 8)
    # near-twins: the relative change, points, another measure or subject
    Row("FC302", "Support for the mayor fell by 14% in the latest poll, to 38%. In June the "
        "same poll put her at 44%.", False),
    Row("FC302", "The council's recycling rate went up 9 percentage points over the decade. It "
        "is now 47 percent, compared with 38 percent in 2015.", False),
    Row("FC302", "The jobless rate rose from 5.1% to 6.4% last year. Wages rose 1.3% in the "
        "same period.", False),
    Row("FC302", "The base rate climbed from 3.25% in May to 4% in August. House prices rose "
        "0.75% over the summer.", False),
    Row("FC302", "In Leeds turnout rose to 61% this year, from 54% in 2022. In York, turnout "
        "fell 7%.", False),
    Row("FC302", "The club's win rate slipped 14% this season, to 51%, after 59% last season.",
        False),
    # FC206: a span between two days or years its sentence names
    Row("FC206", "The refuse strike began on 3 March and ended on 28 April after 11 weeks, "
        "leaving rubbish piled high.", True),
    Row("FC206", "The lock-in started on June 2 and was lifted on June 30, after six weeks of "
        "talks.", True),
    Row("FC206", "The siege lasted 40 days: it began on 1 May and ended on 20 May.", True),
    Row("FC206", "The walkout began on 10 October and ended on 1 November, after three "
        "months.", True),
    Row("FC206", "The ferry service launched in 1987 and was scrapped in 2020 after 21 years, "
        "islanders said.", True),
    Row("FC206", "The theatre opened in 1948 and closed in 1999 after 71 years, and a "
        "campaign to reopen it has begun.", True),
    Row("FC206", "The bus drivers' strike, which began on 3 March and ended on 28 March, "
        "lasted 40 days.", True),
    Row("FC206", "Work on the tunnel started in 1998 and finished in 2006; it took 15 years.",
        True),
    Row("FC206", "The bus drivers' strike, which began on 3 March and ended on 28 March, "
        "lasted 25 days.", False),
    Row("FC206", "Work on the tunnel started in 1998 and finished in 2006; it took eight "
        "years.", False),
    Row("FC206", "The museum opened in 1990 and was extended in 2010; the extension took two "
        "years.", False),
    miss(Row("FC206", "The bridge closed on 14 January 2024 and reopened on 2 March 2024 after "
             "nine days of repairs.", True), "'closed' is no verb of a start"),
    Row("FC206", "The refuse strike began on 3 March and ended on 28 April after eight weeks, "
        "leaving rubbish piled high.", False),
    Row("FC206", "The lock-in started on June 2 and was lifted on June 30, after four weeks of "
        "talks.", False),
    Row("FC206", "The siege lasted 19 days: it began on 1 May and ended on 20 May.", False),
    Row("FC206", "The walkout began on 10 October and ended on 1 November, after three "
        "weeks.", False),
    Row("FC206", "The theatre opened in 1948 and closed in 1999 after 51 years, and a "
        "campaign to reopen it has begun.", False),
    Row("FC206", "She was appointed on 4 May and resigned on 30 May after two weeks of rows "
        "with the board.", False),
    # FC206: the birth or founding after the age or anniversary, in a clause of a bare
    # pronoun (the sentence's subject)
    Row("FC206", "Councillor Bell turns 50 next month; she was born in 1968.", True),
    Row("FC206", "Ada Lind is 38 this year, and she was born in 1977.", True),
    Row("FC206", "The brewery celebrates its 40th anniversary this year; it was founded in "
        "1995.", True),
    Row("FC206", "The choir marks its 25th anniversary this autumn, and it was formed in "
        "1990.", True),
    Row("FC206", "Councillor Bell turns 57 next month; she was born in 1968.", False),
    Row("FC206", "Councillor Bell turns 50 next month; her mother was born in 1948.", False),
    Row("FC206", "The brewery celebrates its 30th anniversary this year; it was founded in "
        "1995.", False),
    Row("FC206", "The brewery celebrates its 40th anniversary this year; its new hall was "
        "opened in 1995.", False),
    # FC206: a thing's age from a start before 1800
    Row("FC206", "The 300-year-old church, which was built in 1790, needs a new roof.", True),
    Row("FC206", "The 250-year-old church, which was built in 1775, needs a new roof.", False),
    # FC206: two ages of one person at two dated times (factcheck.checks._age_pairs)
    Row("FC206", "Marta Solis was 24 when she won the world title in 2010. Now 51, she "
        "trains young boxers in Cadiz.", True),
    Row("FC206", "Solis, now 51, won the world title in 2010 at the age of 24.", True),
    Row("FC206", "The jockey Kieran Dunne rode his first winner at 16 in 2001. Dunne, now 25, "
        "is still riding.", True),
    Row("FC206", "Marta Solis was 24 when she won the world title in 2010. Now 39, she "
        "trains young boxers in Cadiz.", False),
    Row("FC206", "The jockey Kieran Dunne rode his first winner at 16 in 2001. Dunne, now 40, "
        "is still riding.", False),
    Row("FC206", "Marta Solis was 24 when she won the world title in 2010. Her coach, now 70, "
        "still works with her.", False),
    Row("FC206", "Solis won the world title in 2010 at the age of 24. Her father is now 60 "
        "and lives in Cadiz.", False),
    # FC203: the two levels in the next sentence, linked by frames, not by words
    Row("FC203", "Attendance at the museum rose 25% last year. Its attendance was 80,000 in "
        "2023 and 90,000 in 2024.", True),
    Row("FC203", "Average rents in the district have doubled since 2015. The average rent was "
        "£500 a month in 2015 and is £800 a month now.", True),
    Row("FC203", "The queue at the border crossing grew by 40 lorries overnight. By dawn the "
        "queue stood at 150 lorries; at midnight it had been 130 lorries.", True, "20 lorries"),
    Row("FC203", "A new timetable cut the journey to Leeds by 25 minutes. The journey used to "
        "take 95 minutes; now it takes 80.", True),
    Row("FC203", "Season ticket sales fell by a quarter this year. The club sold 12,000 season "
        "tickets last year and 10,500 this year.", True),
    miss(Row("FC203", "The harbour's catch rose 20% last year. Boats landed 5,000 tonnes of "
             "fish in 2023 and 7,000 tonnes in 2024.", True),
         "'catch' and 'fish' share no word: the measures may differ"),
    miss(Row("FC203", "The jetty was extended by 30 metres. It was 120 metres long before the "
             "work and is now 140 metres.", True),
         "the frame does not read 'extended by 30 metres' as a change"),
    Row("FC203", "Attendance at the museum rose 12.5% last year. Its attendance was 80,000 in "
        "2023 and 90,000 in 2024.", False),
    Row("FC203", "Average rents in the district have doubled since 2015. The average rent was "
        "£400 a month in 2015 and is £800 a month now.", False),
    Row("FC203", "The queue at the border crossing grew by 20 lorries overnight. By dawn the "
        "queue stood at 150 lorries; at midnight it had been 130 lorries.", False),
    Row("FC203", "Season ticket sales fell by a quarter this year. The club employs 120 "
        "stewards and 80 cleaners.", False),
    Row("FC203", "Membership of the choir has tripled since 2019. It had 40 singers then, 60 "
        "in 2022 and 120 today.", False),
    Row("FC203", "House prices in the town rose 10% last year. A terrace sold for £200,000 and "
        "a flat for £150,000.", False),
    Row("FC203", "Sales at the bakery rose 10% last year. The firm had 200 staff in 2023 and "
        "240 in 2024.", False),
    Row("FC203", "Burglaries in the borough fell 18% last year, to 1,146. In 2019, before the "
        "pandemic, there were 1,873.", False),
    Row("FC203", "Footfall in the arcade rose 30% in May from a year earlier. Counters logged "
        "52,000 visits that month, against 44,000 in April.", False),
    # FC203: an absolute change restated in percent, its level after later in the clause
    Row("FC203", "The Harlow index gained 310 points, or 0.9%, on Friday to end at 28,400.",
        True, "1.1%"),
    Row("FC203", "Shares in Marlow Foods dropped 12p, or 8%, yesterday to close at 248p.", True),
    Row("FC203", "The grain price slid 14 cents, or 5%, over the week and settled at 3.86 "
        "dollars.", True),
    Row("FC203", "The Harlow index gained 310 points, or 1.1%, on Friday to end at 28,400.",
        False),
    Row("FC203", "Shares in Marlow Foods dropped 12p, or 4.6%, yesterday to close at 248p.",
        False),
    Row("FC203", "The Harlow index gained 310 points, or 1.1%, on Friday from 28,400.", False),
    # FC201: the restatement in the next sentence, after a noun that points back
    Row("FC201", "The Carrick estate covers 3,400 acres of hill and forestry. The fund says "
        "the land, some 2,900 hectares, will be replanted.", True),
    Row("FC201", "The new bypass will run for 9 miles around the town. The route, about 22 "
        "kilometres, crosses two rivers.", True, "about 14 kilometres"),
    Row("FC201", "A crane lifted a turbine blade of 40 tonnes into place on Friday. The blade "
        "— some 120,000 pounds — was shipped from Denmark.", True),
    Row("FC201", "Rescuers found the climbers at 4,200 metres on the north face. That height, "
        "roughly 9,000 feet, is above the cloud line.", True),
    Row("FC201", "The Carrick estate covers 3,400 acres of hill and forestry. The fund says "
        "the land, some 1,380 hectares, will be replanted.", False),
    Row("FC201", "The new bypass will run for 9 miles around the town. The route, about 14 "
        "kilometres, crosses two rivers.", False),
    Row("FC201", "The Carrick estate covers 3,400 acres of hill and forestry. Its neighbour, "
        "some 900 hectares, is also for sale.", False),
    Row("FC201", "The Carrick estate covers 3,400 acres of hill and forestry. The Glenmore "
        "estate, some 900 hectares, is also for sale.", False),
    Row("FC201", "The new bypass will run for 9 miles around the town. The old road, about 5 "
        "kilometres, will close next year.", False),
    Row("FC201", "The flight took 3 hours. The delay, some 40 minutes, was blamed on fog.",
        False),
    Row("FC201", "The council bought 12 hectares for the park. The neighbouring field, some "
        "20 acres, stays in private hands.", False),
]


test_row = row_test(ROWS)
