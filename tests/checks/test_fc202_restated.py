"""FC202 on a second mention written in another shape than the first: the measure under a
synonym (aircraft and planes, staff and people employed), a figure whose unit is its
measure ("the dam's 310 megawatts"), a fronted figure before "this"/"these" or before a
subject whose noun names the earlier figure's measure ("cost £9" ... "At £19, the entry
price is"), and a figure in a relative clause on a thing already told ("the blaze, which
destroyed 820 hectares"). Our own phrasings; near twins that must stay silent."""

from __future__ import annotations

from tests.checks.rows import each_test

SYNONYMS = [
    "Bluewing Airways operates 38 aircraft from Cork. Its fleet of 83 planes is the "
    "oldest in Ireland.",
    "Norther Air flies 120 jets to 40 cities. The airline's 210 aircraft are all based "
    "in Oslo.",
    "Kelso Mills employs 940 people at its Leeds site. The firm's 490 employees there will "
    "move to a four-day week.",
    "Ardent Bakeries has 1,150 workers at its ovens. The company's 1,510 staff were told "
    "of the sale by email.",
]
SYNONYM_TWINS = [
    "Bluewing Airways operates 38 aircraft from Cork. Its fleet of 38 planes is the "
    "oldest in Ireland.",
    "Norther Air flies 120 jets to 40 cities. The airline's 120 aircraft are all based "
    "in Oslo.",
    "Kelso Mills employs 940 people at its Leeds site. The firm's 940 employees there will "
    "move to a four-day week.",
    "Ardent Bakeries has 1,150 workers at its ovens. The company's 1,150 staff were told "
    "of the sale by email.",
    "Bluewing Airways operates 38 aircraft from Cork. Its 83 pilots are the oldest in "
    "Ireland.",
]

BY_UNIT = [
    "The Corrie hydro dam came on stream in 2019. The 310-megawatt Corrie dam was built "
    "by a Swiss firm. Locals say the dam's 130 megawatts light half the valley.",
    "The new Tolland reservoir holds 4.1 billion litres. Planners say the reservoir's 1.4 "
    "billion litres will see the town through August.",
    "The Brisk Fen wind farm generates 72 megawatts. Officials said the farm's 27 "
    "megawatts would power 40,000 homes.",
]
BY_UNIT_TWINS = [
    "The new Tolland reservoir holds 4.1 billion litres. Planners say the reservoir's 4.1 "
    "billion litres will see the town through August.",
    "The Brisk Fen wind farm generates 72 megawatts. Officials said the farm's 72 "
    "megawatts would power 40,000 homes.",
    "The new Tolland reservoir holds 4.1 billion litres. Planners say the Ashby "
    "reservoir's 1.4 billion litres will see the town through August.",
    "The new Tolland reservoir holds 4.1 billion litres. Planners say the reservoir's "
    "£14 million pumps will see the town through August.",
]

FRONTED = [
    "Season passes for this year's Dunmore show cost £64. At £46, this year's season "
    "passes are cheaper than most.",
    "Entry to the Lantern exhibition costs €12 at the door. At €21, the door price is too "
    "high for families, one visitor said.",
    "Adult tickets for the Corran fair cost £30. At £13, these adult tickets are a "
    "bargain, organisers said.",
]
FRONTED_TWINS = [
    "Season passes for this year's Dunmore show cost £64. At £64, this year's season "
    "passes are cheaper than most.",
    "Entry to the Lantern exhibition costs €12 at the door. At €12, the door price is too "
    "high for families, one visitor said.",
    "Adult tickets for the Corran fair cost £30. At £13, these child tickets are a "
    "bargain, organisers said.",
]

RELATIVE = [
    "The Kestrel Hill fire burned 2,300 hectares on Monday before it was contained. "
    "Monday's fire, which destroyed 3,200 hectares, began at a campsite.",
    "Eleven people died in Friday's ferry fire near Tarbert, police said. Officials say "
    "the fire, which killed 19, started in the engine room.",
    "Nine people died in Sunday's landslide above Vargas, officials said. Rescuers say "
    "the landslide, which killed 14, buried six homes.",
]
RELATIVE_TWINS = [
    "The Kestrel Hill fire burned 2,300 hectares on Monday before it was contained. "
    "Monday's fire, which destroyed 2,300 hectares, began at a campsite.",
    "Nine people died in Sunday's landslide above Vargas, officials said. Rescuers say "
    "the landslide, which killed nine, buried six homes.",
    "Nine people died in Sunday's landslide above Vargas, officials said. Rescuers say "
    "the landslide, which buried 14 homes, was the worst in years.",
]


test_a_second_mention_in_another_shape = each_test(
    "FC202", True, [*SYNONYMS, *BY_UNIT, *FRONTED, *RELATIVE])


test_near_twins_stay_silent = each_test(
    "FC202", False, [*SYNONYM_TWINS, *BY_UNIT_TWINS, *FRONTED_TWINS, *RELATIVE_TWINS])


PERIODS = [  # a rate under another name; a period that holds now, written as a possessor
    # or as the year; an earlier sentence citing "the latest" source
    "Joblessness in Carrick stood at 5.2% in March, officials said. The town's March "
    "unemployment rate of 7.9% is the worst in the region.",
    "Inflation in Portavo ran at 3.4% in June. The country's June inflation rate of 4.3% "
    "alarmed the central bank.",
    "The 2026 grape harvest at Mallow estate came to 380 tonnes. The growers said this "
    "year's harvest of 830 tonnes was a record.",
    "Family tickets for this year's Ravel Fair cost £72. Organisers said the £27 ticket "
    "includes parking.",
    "Dunlow has 8,600 residents, according to the latest census. Its population of 6,800 "
    "makes it the second town of the county.",
    "The typical flat in Brayford rented for £1,150 a month last year. That typical rent "
    "of £1,510 a month priced out most students.",
    "Six people were hurt when a bus overturned near Tain on Tuesday. Police said "
    "Tuesday's crash injured 16 people, two of them badly.",
]
PERIOD_TWINS = [
    "Joblessness in Carrick stood at 5.2% in March, officials said. The town's March "
    "youth unemployment rate of 17.9% is the worst in the region.",
    "The 2026 grape harvest at Mallow estate came to 380 tonnes. The growers said last "
    "year's harvest of 830 tonnes was a record.",
    "Family tickets for this year's Ravel Fair cost £72. Organisers said last year's £27 "
    "ticket included parking.",
    "Dunlow has 8,600 residents, according to the census. The latest figures put its "
    "population at 9,100.",
    "The typical flat in Brayford rented for £1,150 a month last year. Landlords warned "
    "that rents of £1,510 a month would follow.",
    "Six people were hurt when a bus overturned near Tain on Tuesday. Police said "
    "Wednesday's crash injured 16 people, two of them badly.",
]


test_a_rate_or_a_period_read_as_one = each_test("FC202", True, PERIODS)


test_period_twins_stay_silent = each_test("FC202", False, PERIOD_TWINS)


ACTED = [  # a count the subject of an act is a group the act defines, not the level
    "The cardiac ward at Elm General has 26 nurses. Across the trust, 62 nurses have "
    "signed a petition about pay.",
    "Rowan Mills employs 900 staff at its Derby site. On Monday 400 staff walked out over "
    "pensions.",
    "The Ossory choir has 48 singers. Last night 30 singers performed at the cathedral.",
]
ACTED_TWINS = [  # the same holder's level under "have" or a copula still conflicts
    "The cardiac ward at Elm General has 26 nurses. The ward's 62 nurses work in three "
    "shifts.",
    "The Ossory choir has 48 singers. The choir's 84 singers are all volunteers.",
    "Rowan Mills employs 900 staff in Derby. The company's 1,900 staff are paid weekly.",
]


test_a_count_that_acts_is_no_level = each_test("FC202", False, ACTED)


test_a_level_told_again_still_conflicts = each_test("FC202", True, ACTED_TWINS)
