"""Issue 15: the internal checks read frames. One row per behaviour, grouped by the class of
phrasing each check must reach (three that fire, three near-twins that must not); rows the
frames or the extractor do not yet read are strict xfails, named with the reason."""

from __future__ import annotations

from tests.checks.rows import Row, miss, row_test

EXTRACT_DOUBLE = "extract: 'double the 1.2 million' is not read as a multiplier"
SINGLE_ONLY = ("FC202: without a subject only a measure of one thing ('toll', 'budget') is "
               "compared; 'the reservoir will hold' is not one")

ROWS = [
    # FC202, any measure (tolls, budgets, capacities, prices), not only populations
    Row("FC202", "Officials put the death toll at 540 on Tuesday. Rescuers said the death toll "
        "of 460 included children.", True),
    Row("FC202", "Leeds has approved a £2.1 billion tram scheme. Leeds's tram scheme will cost "
        "£2.1 million, the council says.", True),
    Row("FC202", "The Tay bridge cost £48 million. Critics said the Tay bridge cost £84 million.",
        True),
    Row("FC202", "Officials put the death toll at 540 on Tuesday. Rescuers said the death toll "
        "of 545 included children.", False),
    Row("FC202", "Officials put the death toll at 540 on Tuesday. By Friday the death toll had "
        "risen to 600.", False),
    Row("FC202", "The Tay bridge cost £48 million. The Forth bridge cost £84 million.", False),
    Row("FC202", "About 400 people attended the vigil. Later, 600 people marched to the square.",
        False),
    Row("FC202", "The museum's entry fee is $25. Visitors pay the museum's entry fee of $52 at "
        "the door.", True),
    Row("FC202", "The museum's entry fee is $25. Visitors pay the zoo's entry fee of $52 at "
        "the door.", False),
    miss(Row("FC202", "The new reservoir will hold 3.2 million cubic metres of water. Engineers "
             "say the reservoir will hold 2.3 million cubic metres of water once full.", True),
         SINGLE_ONLY),
    Row("FC202", "The first phase cost £40m. The second phase cost £65m.", False),
    Row("FC202", "Tickets cost £40 for adults. Tickets cost £25 for children.", False),
    # FC202, subjects of two words, or referred to by "its", "the city's"
    Row("FC202", "The Millennium Stadium holds 74,500 spectators. Cardiff officials say the "
        "Millennium Stadium holds 60,000 spectators.", True),
    Row("FC202", "New Haven has 135,000 residents. Its population of 150,000 makes it the "
        "second city of the state.", True),
    Row("FC202", "San Marino has 34,000 inhabitants. The republic's population of 41,000 "
        "is ageing.", True),
    Row("FC202", "Lyon has 520,000 residents. The city's population of 580,000 makes it "
        "France's third city.", True),
    Row("FC202", "New Haven has 135,000 residents. Hartford's population of 150,000 makes it "
        "the second city of the state.", False),
    Row("FC202", "San Marino had 34,000 inhabitants in 2015. Its population in 2024 was "
        "41,000.", False),
    Row("FC202", "The Millennium Stadium holds 74,500 spectators. Cardiff officials say "
        "Wembley Stadium holds 90,000 spectators.", False),
    # FC203, the change and its levels apart: the level after stands before the change
    Row("FC203", "The index closed at 5,120 on Monday, up 2.9% from 4,800 a week earlier.",
        True, "up 6.7%"),
    Row("FC203", "Wheat traded at $260 a tonne in June, up 12% from $210 in May.", True,
        "up 24%"),
    Row("FC203", "The museum drew 48,000 visitors last year, an increase of 9% from 40,000 the "
        "year before.", True, "20%"),
    miss(Row("FC203", "Ridership hit 3.1 million in 2024, double the 1.2 million of 2019.",
             True), EXTRACT_DOUBLE),
    Row("FC203", "The index closed at 5,120 on Monday, up 6.7% from 4,800 a week earlier.",
        False),
    Row("FC203", "Wheat traded at $260 a tonne in June, up 24% from $210 in May.", False),
    Row("FC203", "The museum drew 48,000 visitors last year, an increase of 20% from 40,000 "
        "the year before.", False),
    Row("FC203", "The museum drew 48,000 visitors last year; the zoo drew 9% more than the "
        "40,000 of the aquarium.", False),
    # FC206, ages as appositions; a year after a place; life spans; tenures from and to
    Row("FC206", "Marsh, 41, who was born in 1977, took over in May.", True),
    Row("FC206", "Okafor, 30, who was born in 1979, joined the board last year.", True),
    Row("FC206", "Marsh, 48, who was born in 1977, took over in May.", False),
    Row("FC206", "She was born in Hull in 1969 and is 61 years old.", True),
    Row("FC206", "The engineer, born at Gdansk in 1981, is 29 years old.", True),
    Row("FC206", "She was born in Hull in 1969 and is 56 years old.", False),
    Row("FC206", "He was born in Leeds in 1950, and died in 2020 aged 70.", False),
    Row("FC206", "The painter Ruth Ames (1928-2019) died aged 83.", True),
    Row("FC206", "The poet Idris Vale (1901-1977) was buried in Cardiff, aged 64.", True),
    Row("FC206", "The painter Ruth Ames (1928-2019) died aged 91.", False),
    Row("FC206", "Her 12-year tenure ran from 2004 to 2012.", True),
    Row("FC206", "He served a four-year term as mayor from 2001 to 2013.", True),
    Row("FC206", "Her eight-year tenure ran from 2004 to 2012.", False),
    Row("FC206", "He served a 12-year term as mayor from 2001 to 2013.", False),
    Row("FC206", "The 20-year bond issued between 2001 and 2003 matures in 2021.", False),
    Row("FC206", "She was born in Hull in 1969 and is now 61.", True),
    Row("FC206", "The bakery, founded in 1990, marks its 25th anniversary this year.", True),
    Row("FC206", "The bakery, founded in 2000, marks its 25th anniversary this year.", False),
    # FC203, a change restated in percent beside one level: the other level follows
    Row("FC203", "The Dow fell 85 points, or 2.4%, to 3,000.", True, "2.8%"),
    Row("FC203", "Shares in Acme rose $12, or 20%, from $150.", True, "8%"),
    Row("FC203", "The FTSE 100 slid 160 points, or 4.5%, to 7,840 on Friday.", True, "2.0%"),
    Row("FC203", "The Dow fell 85 points, or 2.4%, to 3,420.", False),
    Row("FC203", "Shares in Acme rose $12, or 8%, from $150.", False),
    Row("FC203", "The FTSE 100 slid 160 points, or 2%, to 7,840 on Friday.", False),
    Row("FC203", "The Dow fell 85 points on Monday, or 2.4% over the week, to 3,420.", False),
    # FC302, the level before named apart from the change ("a cut in the 8.5 percent rate")
    Row("FC302", "The bank announced a 3 percent cut in the 8.5 percent rate, bringing it to "
        "5.5 percent.", True, "3-percentage-point"),  # round 18: before a noun
    Row("FC302", "Ministers approved a 2% rise in the 17.5% VAT rate, taking it to 19.5%.",
        True, "2-percentage-point"),
    Row("FC302", "The board agreed a 1.5% increase in its 4% dividend yield target, lifting "
        "it to 5.5%.", True, "1.5-percentage-point"),
    Row("FC302", "The bank announced a 35 percent cut in the 8.5 percent rate, bringing it to "
        "5.5 percent.", False),
    Row("FC302", "Ministers approved a 2 percentage point rise in the 17.5% VAT rate, taking "
        "it to 19.5%.", False),
    Row("FC302", "Unemployment rose 0.5% to 4.2%, against 3.9% in France.", False),
    Row("FC203", "Unemployment rose 0.5% to 4.2%, against 3.9% in France.", False),
    Row("FC203", "The bank announced a 20 percent cut in the 8.5 percent rate, bringing it to "
        "5.5 percent.", True, "35 percent"),
    # FC204, the whole in an earlier sentence
    Row("FC204", "The maternity ward employs 36 midwives. Last week 41 of the midwives walked "
        "out.", True),
    Row("FC204", "The union counts 2,400 members in the city. Some 3,100 of its members voted "
        "to strike.", True),
    Row("FC204", "The maternity ward employs 36 midwives. Last week 21 of the midwives walked "
        "out.", False),
    Row("FC204", "The union counts 2,400 members in the city. Some 1,100 of its members voted "
        "to strike.", False),
    Row("FC204", "The maternity ward employs 36 midwives. Across the region, 41 midwives "
        "walked out.", False),
    Row("FC204", "The fund holds $2bn in assets. Some $2.6bn of its assets are in bonds.",
        True),  # "of its" after the figure: a part whatever role the parse gave (round 18)
    Row("FC204", "Of the 64 schools in the district, 71 reported outbreaks.", True),
    # FC204, "of whom", "of which", "of them"; parts in money
    Row("FC204", "The shelter housed 85 dogs in March, of which 97 were later adopted.", True),
    Row("FC204", "The hospital treated 120 patients, of whom 150 were children.", True),
    Row("FC204", "The charity raised £50,000, of which £62,000 went to the hospice.", True),
    Row("FC204", "Of the £5m budget, £6m went on salaries.", True),
    Row("FC204", "The club's 300 members met on Friday; 340 of them backed the plan.", True),
    Row("FC204", "The school has 300 pupils, 340 of whom sat the exam.", True),
    Row("FC204", "The shelter housed 85 dogs in March, of which 57 were later adopted.", False),
    Row("FC204", "The hospital treated 120 patients, of whom 50 were children.", False),
    Row("FC204", "The charity raised £50,000, of which £42,000 went to the hospice.", False),
    Row("FC204", "Of the £5m budget, £2m went on salaries.", False),
    Row("FC204", "The club's 300 members met on Friday; 240 of them backed the plan.", False),
    Row("FC204", "The company has 5,000 staff in Europe and 300 in Asia, including 1,200 "
        "engineers.", False),
    Row("FC204", "Police arrested 40 people on Friday and 12 on Saturday, including 30 "
        "teenagers.", False),
    Row("FC204", "The city had 120 homicides in 2023, of which 45 were unsolved, and 150 in "
        "2024, of which 60 were unsolved.", False),
    # FC205, shares after their holder
    Row("FC205", "Ortiz took 51% of the vote, Lind 33% and Vance 21%.", True),
    Row("FC205", "In the mayoral race, Haddad won 47% of the ballots, Brennan 38% and Osei 19%.",
        True),
    Row("FC205", "Labour secured 44% of the vote, the Conservatives 41% and the Greens 22%.",
        True),
    Row("FC205", "The Greens polled 34% of the vote, Reform 29%, Labour 27% and the Liberals "
        "15%.", True),
    Row("FC205", "Ortiz took 51% of the vote, Lind 33% and Vance 16%.", False),
    Row("FC205", "In the mayoral race, Haddad won 47% of the ballots, Brennan 38% and Osei 15%.",
        False),
    Row("FC205", "Labour secured 44% of the vote in Leeds and 41% of the vote in York.", False),
    # FC205, "X% of voters"
    Row("FC205", "Of those asked, 62% of voters backed the plan, 45% of voters opposed it and "
        "3% of voters were unsure.", True),
    Row("FC205", "Some 58% of tenants favour the rent cap, while 49% of tenants reject it.",
        True),
    Row("FC205", "In a survey, 70% of voters said prices were too high and 65% of voters said "
        "wages were too low.", False),
    Row("FC205", "Some 58% of tenants favour the rent cap, while 59% of landlords reject it.",
        False),
    Row("FC205", "Debt stood at 90% of GDP and spending at 45% of GDP.", False),
    # "around" allows 10% of each share: 60% and 48% can be 54% and 43%
    Row("FC205", "Around 60% of parents support the change, whereas 48% of parents oppose it.",
        False),
    # FC205, shares over several sentences, held by different holders
    Row("FC205", "In the runoff, Ortiz took 51% of the vote. Lind took 33% of the vote and "
        "Vance won 21% of the vote.", True),
    Row("FC205", "Haddad won 47% of the ballots. Brennan won 38% of the ballots. Osei won 19% "
        "of the ballots.", True),
    Row("FC205", "In the runoff, Ortiz took 51% of the vote. Ortiz took 53% of the vote in "
        "2019.", False),
    Row("FC205", "Haddad won 47% of the ballots. Brennan won 38% of the ballots. Osei won 14% "
        "of the ballots.", False),
    # FC205, shares in words (fractions carry 10% of their value)
    Row("FC205", "Three-quarters of members backed the deal, while half of members opposed it.",
        True),
    Row("FC205", "Two-thirds of staff voted yes and half of staff voted no.", True),
    Row("FC205", "Three-quarters of members backed the deal, while a fifth of members opposed "
        "it.", False),
    Row("FC205", "Two-thirds of staff voted yes and a third of staff voted no.", False),
    # FC207, the total first, its parts after a colon or in brackets; exact counts add exactly
    Row("FC207", "The council spent £64,000 last year: £40,000 on roads and £30,000 on parks.",
        True, "£70,000"),
    Row("FC207", "Kenya won 19 medals: six gold, seven silver and four bronze.", True,
        "17 medals"),
    Row("FC207", "The clinic saw 230 patients (120 adults, 90 teenagers and 40 infants).", True,
        "250 patients"),
    Row("FC207", "The airline cancelled 48 flights on Sunday: 20 to Spain, 15 to Italy and 9 to "
        "Greece.", True, "44 flights"),
    Row("FC207", "The trust will invest $9.5 million: $4 million in housing, $3 million in "
        "transport and $1.5 million in parks.", True, "$8.5 million"),
    Row("FC207", "Police made 27 arrests over the weekend: 12 on Friday, 9 on Saturday and 4 on "
        "Sunday.", True, "25 arrests"),
    Row("FC207", "The county lost 1,300 jobs (600 in retail, 450 in hospitality and 350 in "
        "farming).", True, "1,400 jobs"),
    Row("FC207", "The council spent £70,000 last year: £40,000 on roads and £30,000 on parks.",
        False),
    Row("FC207", "Police made 25 arrests over the weekend: 12 on Friday, 9 on Saturday and 4 on "
        "Sunday.", False),
    Row("FC207", "The county lost 1,400 jobs (600 in retail, 450 in hospitality and 350 in "
        "farming).", False),
    Row("FC207", "Kenya won 17 medals: six gold, seven silver and four bronze.", False),
    Row("FC207", "The clinic saw 250 patients (120 adults, 90 teenagers and 40 infants).", False),
    Row("FC207", "The airline cancelled 44 flights on Sunday: 20 to Spain, 15 to Italy and 9 to "
        "Greece.", False),
    Row("FC207", "The council spent £64,000 last year, up from £40,000 in 2020 and £30,000 in "
        "2015.", False),
    Row("FC207", "Kenya won 19 medals in Paris: six more than in Tokyo and four more than in "
        "Rio.", False),
    Row("FC207", "The squad has 23 players: 11 starters and 12 substitutes.", False),
    # near-twins from other stories: a figure updated, a scope of its own, an open list
    Row("FC202", "The council's budget is £45m this year. Last year's budget was £40m.", False),
    Row("FC202", "The death toll stood at 120 on Monday. On Wednesday officials put the death toll "
        "at 180.", False),
    Row("FC202", "The city has a population of 2.1 million. The wider metropolitan area has a "
        "population of 5.4 million.", False),
    Row("FC202", "Acme's budget for research is $4m. Acme's budget for marketing is $9m.", False),
    Row("FC204", "The ward has 36 nurses. Nationally, 41,000 of the nurses in the union went on "
        "strike.", False),
    Row("FC204", "Of the 1,200 workers, 800 were women. Of those women, 300 were over 50.", False),
    Row("FC205", "Ortiz won 51% of the vote in Leeds. Lind won 62% of the vote in York.", False),
    Row("FC205", "In 2023, Ortiz took 51% of the vote. In 2019, Lind took 53% of the vote.", False),
    Row("FC207", "The trust spent $9.5 million: $4 million in housing and $3 million in transport, "
        "among other things.", False),
    Row("FC207", "Attendance reached 19,000: 6,000 more than last year.", False),
]


test_row = row_test(ROWS)
