"""Issue 15, seventh round, FC204, FC205 and FC207: relations read at the story level
(factcheck.checks._story), whatever words tie the figures. Each class has rows in our own
words that fire and near-twins that must not (same table shape as test_round3_rows.py)."""

from __future__ import annotations

from tests.checks.rows import Row, row_test

ROWS = [
    # FC205: a share that writes its whole opens a run; later percentages of other holders
    # that name nothing of their own go on with it, in the next clause or sentences
    Row("FC205", "Pensions swallow 58 per cent of the parish council's spending. Road "
        "repairs take 30 per cent and the library 17 per cent.", True),
    Row("FC205", "In the mayoral race Ruth Adebayo won 47% of first-preference votes. Her "
        "Green rival polled 36%, and the independent Tom Rees 22%.", True),
    Row("FC205", "Diesel cars made up 41% of new registrations at the dealership in "
        "October. Petrol models accounted for 44%, hybrids for 12% and electric cars for "
        "9%.", True),
    Row("FC205", "The Blues enjoyed 61% of possession in the derby. Their neighbours had "
        "45%.", True),
    Row("FC205", "Coal will supply 52.5% of the province's electricity in 2027, the plan "
        "says. Gas is to provide 29.5% and wind 21%.", True),
    Row("FC205", "Gas generated 44% of the island's power in November. Nuclear provided "
        "31%, and wind and solar together 33%, the grid operator said.", True),
    Row("FC205", "Labour took 45% of the vote in the borough, the Conservatives 38%, and "
        "the two smaller parties together 21%.", True),
    Row("FC205", "Pensions swallow 58 per cent of the parish council's spending. Road "
        "repairs take 30 per cent and the library 12 per cent.", False),
    Row("FC205", "In the mayoral race Ruth Adebayo won 47% of first-preference votes. In "
        "2022 she polled 56%.", False),
    Row("FC205", "Diesel cars made up 41% of new registrations at the dealership in "
        "October. Petrol models accounted for 44% of used-car sales and hybrids for 30% "
        "of them.", False),
    Row("FC205", "The Blues enjoyed 61% of possession in the derby. They had 65% in the "
        "cup tie.", False),
    Row("FC205", "Two-thirds of the staff work from home on Fridays. Sixty percent said "
        "they would accept a pay cut to keep doing so.", False),
    Row("FC205", "Labour won 44% of the vote in the ward. Turnout was 62%.", False),
    Row("FC205", "The party won 40% of the vote. Its leader enjoys an approval rating of "
        "65%.", False),
    Row("FC205", "The Yes side took 53% of the vote. Organisers had hoped for 70%.", False),
    Row("FC205", "Gas generated 44% of the island's power, nuclear 31% and wind 15%; "
        "together they made 90%.", False),
    Row("FC205", "Apple took 52% of US phone sales. Samsung, which leads in Asia, took 60% "
        "there.", False),
    Row("FC205", "Women hold 38% of seats on the council. Nationally the figure is 62%.",
        False),
    Row("FC205", "Mobile games earned 51% of the studio's revenue last year. Its console "
        "titles earned 62% in 2019.", False),
    # FC207: a whole broken down in the next sentence under one verb written once, tied to
    # the whole by the frames, by pointing back, or by opening its sentence; the list may
    # leave parts out, so only parts that exceed the whole are wrong
    Row("FC207", "Floods cut off 2,300 properties in the valley on Sunday. Of these, 1,450 "
        "were in Brackley and 1,100 in Stowe.", True),
    Row("FC207", "Wardens counted 412 nests on the cliffs. Of them, 250 belonged to "
        "kittiwakes, 130 to fulmars and 61 to razorbills.", True),
    Row("FC207", "The club signed 18 players over the summer. Eleven were defenders, five "
        "midfielders and four strikers.", True),
    Row("FC207", "Thieves stole 640 bicycles in the city last year. Of those, 390 were "
        "taken from stations and 300 from the campus.", True),
    Row("FC207", "Floods cut off 2,300 properties in the valley on Sunday. Of these, 1,450 "
        "were in Brackley and 700 in Stowe.", False),
    Row("FC207", "The firm employs 1,200 people. Of those, 800 work in Leeds and 600 are "
        "part-time.", False),
    Row("FC207", "The club signed 18 players over the summer. Eleven were defenders and "
        "nine came from abroad.", False),
    Row("FC207", "Thieves stole 640 bicycles in the city last year. In 2020, 390 were "
        "taken from stations and 300 from the campus.", False),
    Row("FC207", "The council will spend £9.2 million on parks next year. It spent £6.1 "
        "million on roads and £4.4 million on schools.", False),
    # FC207: such a list is complete when its labels name a whole partition (story.tsv:
    # gold, silver and bronze), so parts short of the whole are wrong too
    Row("FC207", "Kenya's athletes collected 17 medals in Doha. Six were gold, four silver "
        "and five bronze.", True),
    Row("FC207", "The cyclists brought home 14 medals. Three were gold, five silver and "
        "four bronze.", True),
    Row("FC207", "Our swimmers won 31 medals at the Games. Nine were gold, 12 silver and "
        "eight bronze.", True),
    Row("FC207", "Kenya's athletes collected 17 medals in Doha. Six were gold, four silver "
        "and seven bronze.", False),
    Row("FC207", "Kenya's athletes collected 17 medals in Doha. Six were gold and four "
        "silver.", False),
    Row("FC207", "The city has 40 schools. Twelve are academies and nine are faith "
        "schools.", False),
    # FC207: an attribution that closes the sentence (", the trust said") leaves a list
    # behind a colon complete
    Row("FC207", "The hospital will hire 310 staff next year: 180 nurses, 95 doctors and "
        "65 porters, the trust said on Wednesday.", True),
    Row("FC207", "The depot will take on 44 drivers in the spring: 20 for buses, 13 for "
        "trams and 9 for the night service, a spokesman said.", True),
    Row("FC207", "The hospital will hire 310 staff next year: 180 nurses, 95 doctors and "
        "35 porters, the trust said on Wednesday.", False),
    Row("FC207", "The depot will take on 44 drivers in the spring: 20 for buses and 13 for "
        "trams, among others, a spokesman said.", False),
    # FC204: a whole that states no period (a standing count) meets a part dated near the
    # draft's date; not a part of another year
    Row("FC204", "The choir has 42 members. On Saturday, 47 of its members sang at the "
        "cathedral.", True),
    Row("FC204", "Ridgeway Rovers have 31 players under contract. This week 36 of the "
        "players signed a letter to the board.", True),
    Row("FC204", "The surgery has 12 doctors. On Tuesday, 14 of its doctors signed the "
        "petition.", True),
    Row("FC204", "The depot has 80 drivers. On Tuesday, 95 of the drivers walked out.", True),
    Row("FC204", "The choir has 42 members. In 2019, 47 of its members sang at the "
        "cathedral.", False),
    Row("FC204", "The choir has 42 members. On Saturday, 37 of its members sang at the "
        "cathedral.", False),
    Row("FC204", "The surgery has 12 doctors. In 2015, 14 of its doctors signed a "
        "petition.", False),
]


test_row = row_test(ROWS)
