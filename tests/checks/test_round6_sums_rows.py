"""Issue 15, sixth round, FC202, FC204 and FC207: the classes blind set 4 and a new user's trial
showed missing, by mechanism. Each class has five or more rows in our own words that fire
and three or more near-twins that must not (same table shape as test_round3_rows.py)."""

from __future__ import annotations

from tests.checks.rows import Row, row_test

ROWS = [
    # FC207: a part must be a quantity of the total's kind; a count of things ("nights",
    # "shifts") beside a total in money is no term of its sum (factcheck.checks._sums)
    Row("FC207", "The typical guest stayed four nights and spent €450, bringing total hotel "
        "revenue to €3.1m.", False),
    Row("FC207", "Each crew worked 12 shifts and earned £2,400, taking the wage bill to "
        "about £1.9m.", False),
    Row("FC207", "Volunteers planted 40 trees and raised $640, bringing the total raised to "
        "$51,000.", False),
    Row("FC207", "The average fan spent €300 on tickets and €150 on travel, bringing the "
        "total to €520.", True),
    Row("FC207", "Each crew earned £2,400 in wages and £600 in bonuses, taking the total to "
        "£3,400.", True),
    Row("FC207", "Visitors stayed four nights, spending £210 on rooms and £95 on food, a "
        "combined £390.", True),
    Row("FC207", "The farm sold 120 tonnes of wheat and 80 tonnes of barley, bringing the "
        "total to 260 tonnes.", True),
    Row("FC207", "Pilgrims walked 40 km on day one and 35 km on day two, a total of 90 km.",
        True),
    # FC207: a whole split in brackets after labels, in its sentence or the next one (the
    # next sentence opens with a word of division and no figure: "The money is split ...")
    Row("FC207", "The trust approved a £12.4m capital plan on Monday. It is divided between "
        "new scanners (£5.1m), ward repairs (£4.2m) and IT (£4.6m).", True),
    Row("FC207", "Last year the charity raised $2.3 million. The money was split among "
        "hospices ($1.1 million), food banks ($0.9 million) and shelters ($0.6 million).",
        True),
    Row("FC207", "The festival's €95,000 grant is split between music (€52,000), theatre "
        "(€31,000) and film (€24,000).", True),
    Row("FC207", "Westbury's road budget of £7.5m will be divided among resurfacing (£3.9m), "
        "bridges (£2.2m) and lighting (£2.1m).", True),
    Row("FC207", "Ministers set aside £640m for flood defences in 2025. That sum was shared "
        "by the north (£310m), the south (£240m) and Wales (£150m).", True),
    Row("FC207", "The trust approved a £12.4m capital plan on Monday. It is divided between "
        "new scanners (£5.1m), ward repairs (£4.2m) and IT (£3.1m).", False),
    Row("FC207", "The festival's €95,000 grant is split between music (€52,000), theatre "
        "(€31,000) and film (€12,000).", False),
    Row("FC207", "The trust employs 4,000 staff. Its budget is split between wages (£50m) "
        "and supplies (£20m).", False),
    Row("FC207", "Last year the charity raised $2.3 million. The money was split among "
        "hospices ($1.1 million) and food banks ($0.9 million), among others.", False),
    # FC207: a total marked after its figure ("14% in all", "altogether"); changes in
    # percent may add or compound, so a total is wrong only outside both readings
    Row("FC207", "Water rates went up 6% in April and a further 4% in October, 14% in all.",
        True),
    Row("FC207", "Tolls rose 3% in 2024 and another 3% in 2025, 9% in all.", True),
    Row("FC207", "The two mills produced 4,200 tonnes and 3,100 tonnes of flour, 8,300 "
        "tonnes altogether.", True),
    Row("FC207", "Rents climbed 5% in spring and another 5% in autumn, 15% in total.", True),
    Row("FC207", "The quarry shipped 640 tonnes by rail and 210 tonnes by road, 950 tonnes "
        "in all.", True),
    Row("FC207", "Water rates went up 6% in April and a further 4% in October, 10% in all.",
        False),
    Row("FC207", "Rents climbed 5% in spring and another 5% in autumn, 10.25% in total.",
        False),
    Row("FC207", "The two mills produced 4,200 tonnes and 3,100 tonnes of flour, 7,300 "
        "tonnes altogether.", False),
    # FC207: "Of N, a, b and c" or "N ..., a of them ... and b ...": the first part the
    # frame links to its whole, the others listed after it
    Row("FC207", "Of 2,400 tickets sold, 1,350 went to home fans, 900 to away fans and 400 "
        "to sponsors.", True),
    Row("FC207", "Of the 930 cars inspected in the county, 610 passed, 250 failed and 120 "
        "were withdrawn.", True),
    Row("FC207", "Of 18,000 questionnaires returned, 9,400 came by post, 6,100 by email and "
        "3,300 by phone.", True),
    Row("FC207", "Of 2,400 tickets sold, 1,350 went to home fans, 700 to away fans and 350 "
        "to sponsors.", False),
    Row("FC207", "Of the 930 cars inspected in the county, 610 passed and 250 failed.", False),
    Row("FC207", "Of the 1,200 flats let this year, 700 went to families, 450 to couples and 150 "
        "to single tenants.",
        True),
    Row("FC207", "City scored 74 goals this season, 41 of them at home and 39 on the road.",
        True),
    Row("FC207", "City scored 74 goals this season, 41 of them at home and 33 on the road.",
        False),
    # FC207: the remaining part after all the parts named since the whole
    Row("FC207", "The bridge will cost £90 million. Of that, £50 million is for steel. "
        "Labour takes another £25 million, and design the remaining £15 million.", False),
    Row("FC207", "The bridge will cost £90 million. Of that, £50 million is for steel. "
        "Labour takes another £25 million, and design the remaining £25 million.", True),
    # FC202: a figure its possessor names as a thing the story told: a general noun for
    # the event ("the tragedy's toll"), a subject named in part ("Brandt's"), the counted
    # noun beside another head ("tally of 8,214 votes"), a date after it ("in March")
    Row("FC202", "A gas blast in Lorton killed 9 people on Sunday. The tragedy's death toll "
        "of 14 is the worst in the town for decades.", True),
    Row("FC202", "Mayor Ida Brandt was re-elected with 8,412 votes. Brandt's tally of 8,214 "
        "votes was a record for the ward.", True),
    Row("FC202", "The Arden bridge will cost £340 million, officials said. Councillors "
        "approved the bridge's £430 million price in March.", True),
    Row("FC202", "Sixty-two passengers died when the ferry capsized. The accident's toll of "
        "71 makes it the worst on the lake.", True),
    Row("FC202", "The Lyme health board will spend £2.4 billion on clinics in 2027. Its 2027 "
        "clinic budget of £3.1 billion is a record.", True),
    Row("FC202", "A gas blast in Lorton killed 9 people on Sunday. The flood's death toll of "
        "14 is the worst in the town for decades.", False),
    Row("FC202", "Mayor Ida Brandt was re-elected with 8,412 votes. Lena Holm's tally of "
        "8,214 votes was a record for the ward.", False),
    Row("FC202", "The Arden bridge will cost £340 million, officials said. Councillors "
        "approved the bridge's £340 million price in March.", False),
    Row("FC202", "The Lyme health board will spend £2.4 billion on clinics in 2027. Its 2026 "
        "clinic budget was £2.1 billion.", False),
    # FC202: a later mention with no period of its own restates the level a dated change
    # reached ("rose to 860 in the year to March"), across paragraphs; not the level before
    Row("FC202", "Thefts from cars in Dunmore rose to 860 in the year to March, up from 700 "
        "a year before.\n\nPolice added two patrols.\n\nThe town's 680 car thefts were the "
        "most since records began.", True),
    Row("FC202", "Hospital admissions in Kelso fell to 4,310 in 2024, down from 4,900 in "
        "2023. The town's 4,130 admissions were the fewest since 2010.", True),
    Row("FC202", "Thefts from cars in Dunmore rose to 860 in the year to March, up from 700 "
        "a year before.\n\nPolice added two patrols.\n\nThe town's 860 car thefts were the "
        "most since records began.", False),
    Row("FC202", "Registered voters in Marsden rose to 31,500 in 2025 from 30,200 in 2024. "
        "The town's 35,100 voters elect three councillors.", True),
    Row("FC202", "Pupil numbers at Fenwick rose to 1,240 in 2025 from 1,100 in 2024. The "
        "school's 1,420 pupils share one canteen.", True),
    Row("FC202", "Bookings at the Ravel hotel climbed to 9,800 in 2024. The hotel's 8,900 "
        "bookings came mostly from abroad.", True),
    Row("FC202", "Registered voters in Marsden rose to 31,500 in 2025 from 30,200 in 2024. "
        "The town's 31,500 voters elect three councillors.", False),
    Row("FC202", "Pupil numbers at Fenwick rose to 1,240 in 2025 from 1,100 in 2024. The "
        "school's 1,240 pupils share one canteen.", False),
    # FC202: a figure of a thing the subject owns ("Its nursing school, with 410
    # students") is that thing's, not the subject's own
    Row("FC202", "Hillside College has 2,300 students. Its nursing school, with 410 "
        "students, is the largest in the region.", False),
    Row("FC202", "Carrow Rovers have 540 members. The club's youth section has 130 members "
        "this season.", False),
    Row("FC202", "Hillside College has 2,300 students. Its roll of 3,200 students is the "
        "largest in the region.", True),
    # FC202: a salary is a yearly pay, compared with a figure "a year"
    Row("FC202", "The chief executive of Holt council is paid £142,000 a year. The chief "
        "executive's £124,000 salary is set by councillors.", True),
    Row("FC202", "Ms Ryle earns $210,000 a year as head coach. Her $260,000 salary is the "
        "league's highest.", True),
    Row("FC202", "The bishop receives €48,000 a year. The bishop's €84,000 salary is paid "
        "by the diocese.", True),
    Row("FC202", "The governor is paid $95,000 a year. The governor's $59,000 salary has not "
        "changed since 2019.", True),
    Row("FC202", "The chief executive of Holt council is paid £142,000 a year. The chief "
        "executive's £142,000 salary is set by councillors.", False),
    Row("FC202", "The chief executive of Holt council is paid £142,000 a year. The deputy's "
        "£124,000 salary is set by councillors.", False),
    Row("FC202", "The bishop receives €48,000 a year. The bishop's €4,000 monthly salary is "
        "paid by the diocese.", False),
    # FC204: the count of a thing the subject owns is a part of the subject's own count
    Row("FC204", "Hillside College has 2,300 students. Its nursing school, with 2,410 "
        "students, is the largest in the region.", True),
    Row("FC204", "Carrow Rovers have 540 members. The club's youth section has 610 members "
        "this season.", True),
    Row("FC204", "The Ashdown trust employs 3,100 staff. Its care division, with 3,400 "
        "staff, runs nine homes.", True),
    Row("FC204", "Norland council owns 8,200 homes. Its northern estate has 9,100 homes.",
        True),
    Row("FC204", "The orchestra has 96 players. Its string section, with 104 players, "
        "rehearses on Mondays.", True),
    Row("FC204", "Hillside College has 2,300 students. Its nursing school, with 410 "
        "students, is the largest in the region.", False),
    Row("FC204", "The Ashdown trust employs 3,100 staff. Its care division, with 1,400 "
        "staff, runs nine homes.", False),
    Row("FC204", "Norland council owns 8,200 homes. Its northern estate has 2,100 homes.",
        False),
    Row("FC204", "The orchestra has 96 players. Its home city, with 140,000 residents, "
        "funds it.", False),
]


test_row = row_test(ROWS)
