"""Issue 15, second round, FC201 to FC203 (FC204 to FC207: test_phrasing_parts.py):
everyday phrasing the blind seeded-error set showed the checks missing, by class. Each
class has three or more rows in our own words that fire and near-twins that must not;
known misses are strict xfails naming their cause. Same table shape as
test_frames_rows.py (bench/check_rows.py scores all three files)."""

from __future__ import annotations

from tests.checks.rows import Row, row_test

ROWS = [
    # FC202: a copula's subject names its figure's measure ("attendance was 15,800"), so
    # the figure is not the owner's earlier measure; the same measure still fires
    Row("FC202", "Elm Park stadium has a capacity of 18,500. The ground's average "
        "attendance last season was 15,800.", False),
    Row("FC202", "The Lyric seats 1,200 people. Its average audience this year was 950.",
        False),
    Row("FC202", "Northgate has a population of 52,000. The town's electorate is 39,000.",
        False),
    Row("FC202", "Elm Park stadium has a capacity of 18,500. The ground's capacity is "
        "15,800.", True),
    # FC202: two unnamed things of one kind of measure (a dimension, a count in a clause
    # "The clinic has 30 beds") are two things, not one thing twice
    Row("FC202", "The old road is 10 km long. The new pier is 5 km long.", False),
    Row("FC202", "The dam stands 120 metres high. The tower stands 45 metres high.", False),
    Row("FC202", "The hospital has 420 beds. The clinic has 30 beds.", False),
    Row("FC202", "The school has 640 pupils. The academy has 410 pupils.", False),
    Row("FC202", "Surveyors put the bridge at 2.4 km long. The bridge's length of 4.2 km "
        "makes it the region's longest.", True),
    Row("FC202", "St Bede's Hospital has 420 beds. The hospital's 240 beds are all full.",
        True),
    # FC202, a figure written as a thing already named: a possessive or "the" before it
    Row("FC202", "Harlow Museum charges an entry fee of £14. Visitors said the museum's £41 "
        "fee was too steep.", True),
    Row("FC202", "The council was fined £80,000 for the spill. It will not contest the "
        "£800,000 fine, a spokesman said.", True),
    Row("FC202", "The ferry Aurora can carry 620 passengers. Wednesday's sailing used the "
        "Aurora's capacity of 260 passengers in full.", True),
    Row("FC202", "The new library will cost €14 million. Its €41 million price tag worries the "
        "opposition.", True),
    Row("FC202", "Rescuers put the death toll at 57 on Tuesday. Tuesday's toll of 75 was "
        "the worst in a decade.", True),
    Row("FC202", "Harlow Museum charges an entry fee of £14. Visitors said the zoo's £41 fee "
        "was too steep.", False),
    Row("FC202", "The council was fined £80,000 for the spill. It will not contest the "
        "£80,000 fine, a spokesman said.", False),
    Row("FC202", "The ferry Aurora can carry 620 passengers. Wednesday's sailing carried the "
        "remaining 260 passengers.", False),
    Row("FC202", "The new library will cost €14 million. Its €4 million extension was "
        "approved separately.", False),
    Row("FC202", "Rescuers put the death toll at 57 on Tuesday. By Thursday the toll had "
        "risen to 75.", False),
    Row("FC202", "Rescuers put the death toll at 57 on Tuesday. Thursday's toll of 75 "
        "included the missing.", False),
    # FC202, a rate written once per period and once with an adjective ("monthly")
    Row("FC202", "The gym charges £30 a month. Members said the gym's £39 monthly fee was "
        "fair.", True),
    Row("FC202", "Parking costs $12 a day at the station. Commuters resent the station's $21 "
        "daily charge.", True),
    Row("FC202", "The nursery charges £1,200 a month. Parents said the nursery's £2,100 "
        "monthly fee was hard to meet.", True),
    Row("FC202", "The gym charges £30 a month. Members said the gym's £360 annual fee was "
        "fair.", False),
    Row("FC202", "Parking costs $12 a day at the station. Commuters resent the station's $12 "
        "daily charge.", False),
    Row("FC202", "The nursery charges £1,200 a month. Parents said the nursery's £2,100 "
        "weekly fee for twins was hard to meet.", False),
    # FC203: in a market list each change ends at its own level; another change's level
    # is no base ("A fell 0.2% to 2,410.5, while B rose 0.4% to 1,120.7")
    Row("FC203", "The Alpha index slipped 0.2% to 2,410.5, while the Beta index rose 0.4% "
        "to 1,120.7.", False),
    Row("FC203", "Wheat fell 1.2% to $5.80 a bushel and corn gained 0.8% to $4.10 a "
        "bushel.", False),
    Row("FC203", "Shipping stocks lost 0.05% to end at 2,118.40 points, and the tech gauge "
        "added 0.2% to 1,905.22.", False),
    Row("FC203", "The bank made a 1 percent cut in the 8.5 percent rate, bringing it to 5.5 "
        "percent.", True),
    # FC203, absolute changes beside both levels
    Row("FC203", "The clinic saw 8,400 patients in 2024, 1,100 more than the 6,800 it saw in "
        "2023.", True, "1,600"),
    Row("FC203", "A pint now costs £5.20, 40p less than a month ago, when it cost £5.90.", True),
    Row("FC203", "The bypass shortens the trip by 9 kilometres, from 31 kilometres to 26 "
        "kilometres.", True),
    Row("FC203", "The new line cuts the journey by 25 minutes, from 95 minutes to 80 minutes.",
        True),
    Row("FC203", "Membership reached 2,950 this spring, 150 fewer than last spring's 3,400.",
        True),
    Row("FC203", "The clinic saw 8,400 patients in 2024, 1,600 more than the 6,800 it saw in "
        "2023.", False),
    Row("FC203", "A pint now costs £5.20, 70p less than a month ago, when it cost £5.90.", False),
    Row("FC203", "The bypass shortens the trip by 5 kilometres, from 31 kilometres to 26 "
        "kilometres.", False),
    Row("FC203", "The clinic saw 8,400 patients in 2024, 1,100 more than the hospital, which "
        "saw 6,800 visitors.", False),
    # FC203, a change in points beside both percentages
    Row("FC203", "The jobless rate climbed from 3.8% to 4.4%, up 1.6 percentage points.", True),
    Row("FC203", "Turnout fell from 61% to 52%, down 4 percentage points on the last vote.",
        True),
    Row("FC203", "The savings rate went from 9.5% to 7.2%, a drop of 0.5 percentage points.",
        True),
    Row("FC203", "The jobless rate climbed from 3.8% to 4.4%, up 0.6 percentage points.", False),
    Row("FC203", "Turnout fell from 61% to 52%, down 9 percentage points on the last vote.",
        False),
    Row("FC302", "The jobless rate climbed from 3.8% to 4.4%, up 0.6 percentage points.", False),
    # FC203, a rate written once: "from 7.2 tonnes a hectare to 5.4 tonnes"
    Row("FC203", "Milk yields halved, from 30 litres a cow to 24 litres.", True),
    Row("FC203", "Rents doubled from £400 a week to £600.", True),
    Row("FC203", "The catch fell by a third, from 90 kilos a boat to 40 kilos.", True),
    Row("FC203", "Milk yields fell by a fifth, from 30 litres a cow to 24 litres.", False),
    Row("FC203", "Rents doubled from £400 a week to £800.", False),
    Row("FC203", "The catch fell by a third, from 90 kilos a boat to 60 kilos.", False),
    # FC201, a restatement after "or", outside brackets
    Row("FC201", "The wave reached 9 metres, or roughly 45 feet, off the headland.", True),
    Row("FC201", "The lake covers 20 square kilometres, or about 14 square miles.", True),
    Row("FC201", "The runner covered 42 kilometres, or some 40 miles, in a day.", True),
    Row("FC201", "The wave reached 9 metres, or roughly 30 feet, off the headland.", False),
    Row("FC201", "The lake covers 20 square kilometres, or about 7.7 square miles.", False),
    Row("FC201", "The flight took 11 hours, 40 minutes and 12 seconds.", False),
    # FC201, units of power and torque, in brackets
    Row("FC201", "The engine makes 300 hp (150 kW) at full throttle.", True),
    Row("FC201", "The hatchback's motor gives 250 Nm (310 lb-ft) of torque.", True),
    Row("FC201", "The pump draws 75 kW (180 hp) at peak load.", True),
    Row("FC201", "The engine makes 300 hp (224 kW) at full throttle.", False),
    Row("FC201", "The hatchback's motor gives 250 Nm (184 lb-ft) of torque.", False),
    Row("FC201", "The pump draws 75 kW (100 hp) at peak load.", False),
    # FC201, a restatement in another kind of quantity
    Row("FC201", "The scooter tops out at 30 mph (25 km per litre).", True),
    Row("FC201", "The van returns 40 miles per gallon (65 km per hour) on the motorway.", True),
    Row("FC201", "The pipeline moves 900 litres per second (40 litres per kilometre).", True),
    Row("FC201", "The scooter tops out at 30 mph (48 km/h).", False),
    Row("FC201", "The van returns 40 miles per gallon (17 km per litre) on the motorway.", False),
    Row("FC201", "The scooter tops out at 30 mph (it does 25 km per litre).", False),
    # FC203, the level before in the sentence before, the change referring back to it
    Row("FC203", "In 2023 the port handled 800 cruise calls. This year the number is up a "
        "half, at 1,500.", True),
    Row("FC203", "Last season the club sold 12,000 season tickets. This season the total has "
        "fallen 10% to 9,000.", True),
    Row("FC203", "The charity served 3,000 meals in May. In June the tally rose by a third, to "
        "3,100.", True),
    Row("FC203", "In 2023 the port handled 800 cruise calls. This year the number is up a "
        "half, at 1,200.", False),
    Row("FC203", "Last season the club sold 12,000 season tickets. This season the total has "
        "fallen 25% to 9,000.", False),
    Row("FC203", "The charity served 3,000 meals in May. In June the tally rose by a third "
        "from a year earlier, to 3,100.", False),
    Row("FC203", "The charity served 3,000 meals and 500 parcels in May. In June the tally "
        "rose by a third, to 3,100.", False),
    # FC202, "since" as a preposition is no update; an owner written with a hyphen
    Row("FC202", "The Tamar ferry can carry 620 cars. The ferry's capacity of 260 cars is the "
        "smallest on the river since the war.", True),
    Row("FC202", "Turnout in the Arden re-run was 41%. The re-run's 14% turnout was the lowest "
        "since the war.", True),
    Row("FC202", "The toll in the quake stood at 312. The quake's toll of 213 is the worst "
        "since records began.", True),
    Row("FC202", "The Castleford mine produced 2.4 million tonnes in 2024. The mine's output "
        "has since risen to 4.2 million tonnes.", False),
    Row("FC202", "Turnout in the Arden re-run was 41%. The re-run's 41% turnout was the lowest "
        "since the war.", False),
    Row("FC202", "The toll in the quake stood at 312. The quake's toll has since been revised "
        "to 213.", False),
    Row("FC202", "The bridge cost £40m to build. The bridge's £60m upgrade was approved on "
        "Monday.", False),
    Row("FC202", "The stadium holds 30,000 fans. The stadium's 45,000-seat rival opened in "
        "May.", False),
    # FC202, a place "of N people" and its residents named again
    Row("FC202", "Orla, a fishing village of 3,200 people, voted to close its school. The "
        "village's 2,300 residents were split.", True),
    Row("FC202", "Kessel, home to 58,000 people, lost its mill in May. The town's 85,000 "
        "inhabitants fear more closures.", True),
    Row("FC202", "Pellham, a city of 410,000 people, elects a mayor today. The city's 140,000 "
        "residents are a small electorate.", True),
    Row("FC202", "Pellham, a city of 410,000 people, elects a mayor today. The city's 140,000 "
        "residents who rent are a key bloc.", False),
    Row("FC202", "Orla, a fishing village of 3,200 people, voted to close its school. The "
        "village's 3,200 residents were split.", False),
    Row("FC202", "In Kessel, 5,800 people marched in May. The town's 85,000 inhabitants fear "
        "more closures.", False),
    Row("FC202", "Orla, a fishing village of 3,200 people, voted to close its school. Ardee's "
        "2,300 residents were split.", False),
    Row("FC202", "The council's budget is £45m. The council's £60m pension deficit worries "
        "auditors.", False),
    Row("FC202", "The hospital has 640 beds. The hospital's 70 beds in intensive care are "
        "full.", False),
    Row("FC202", "The museum charges £12 for adults. The museum's £6 fee for children is new.",
        False),
]


test_row = row_test(ROWS)
