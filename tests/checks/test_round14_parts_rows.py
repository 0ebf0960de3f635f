"""FC204, FC205, FC207, round 14: parts, shares and totals, rows in our own words (firing
rows, then near-twins that must stay silent).

- FC205: an election list under one verb written once, the first share with a scope or
  whole the later ones leave out ("won 38% in the ward, the Greens 27% ..."):
  checks._shares.gapped;
- FC204: a whole in an earlier sentence that states no period (a standing count) holds
  for a part dated in a stretch that reaches the draft's date ("last month", "since
  June"), not for one of another year or a stretch of years: checks._story.holds_at;
- FC207: a total, a comma and "with" before its list ("fell over three days, with 62 mm
  on Friday, ..."), the total's own verb of change before the comma and the period of
  its first part the list's stretch: checks._list_opening.opening, checks._listed._spanned;
- FC207: a list after a comma that names every member of a partition (men and women,
  gold, silver and bronze) is complete, and may follow the total's whole clause
  ("Nineteen students ... won places this year, eight women and thirteen men"):
  checks._listed.listed_after, checks._breakdown.names_partition;
- FC204: what a verb of inclusion includes is among the members its subject's size counts,
  whatever its noun ("The fleet of 140 gritters includes 185 machines", "The 22-strong
  squad includes 25 players"): checks._included.includes_members;
- FC204: a body's members counted by a name made from the body's ("The council has
  eleven members. Fourteen of its councillors ..."): checks._members.named;
- FC204: a whole that opens its sentence with a possessive ("Of the firm's £12m profit,
  £14m ..."): checks._wholes._opened_by;
- FC207: a partition's first label after "of them" ("31 teachers, 18 of them women and
  15 men"): checks._breakdown.names_partition;
- FC207: an election list whose first part is written with its whole and the others under
  the verb written once ("Labour won 22 of the 45 seats, the Greens 14 and independents
  11"): checks._gapped_parts;
"""

from __future__ import annotations

from tests.checks.rows import fires_test

GAPPED_SCOPE = [
    ("The Liberal Democrats won 44.5% in Hexley ward, Labour 30.2%, Reform 17.8% and the "
     "Greens 11.6%.", True),
    ("Ms Adeyemi took 52% across the constituency, Mr Ross 33% and Ms Patel 19%.", True),
    ("The incumbent polled 61 per cent in the first round, his rival 28 per cent and the "
     "rest 14 per cent.", True),
    ("Labour won forty-five per cent in the borough, the Conservatives thirty-one per cent "
     "and the Greens twenty-nine per cent.", True),
    # near-twins: within 100%, each share with a scope of its own, or a comparison
    ("The Liberal Democrats won 44.5% in Hexley ward, Labour 30.2%, Reform 14.8% and the "
     "Greens 10.5%.", False),
    ("Labour won 48% in Hexley, the Greens 31% in Ashby and Reform 26% in Colne.", False),
    ("Labour won 38% in the ward, 47% in the city and 53% in the county.", False),
    ("Ms Adeyemi took 52% more than in 2019, Mr Ross 33% and Ms Patel 19%.", False),
]


test_gapped_list_with_a_scope = fires_test("FC205", GAPPED_SCOPE)


RECENT_PART = [
    ("The Pellow lifeboat station has 23 volunteers. Last month, 31 of its volunteers "
     "took part in a night exercise.", True),
    ("Hartfield library owns 4,100 rare books. Since September, 5,600 of its rare books "
     "have been scanned.", True),
    ("The Ashdown orchestra has nineteen violinists. Earlier this month, twenty-two of its "
     "violinists played at the festival.", True),
    ("Brennock council runs 41 buses. In October, 47 of its buses failed an emissions "
     "test.", True),
    # near-twins: the part within the whole, or dated in another year or over years
    ("The Pellow lifeboat station has 23 volunteers. Last month, 13 of its volunteers took "
     "part in a night exercise.", False),
    ("Hartfield library owns 4,100 rare books. In 2011, 5,600 of its rare books were "
     "scanned.", False),
    ("The Ashdown orchestra has nineteen violinists. Since 2004, twenty-two of its "
     "violinists have left for other orchestras.", False),
    ("Brennock council runs 41 buses. Last year, 47 of its buses failed an emissions "
     "test.", False),
]


test_part_dated_near_a_standing_whole = fires_test("FC204", RECENT_PART)


WITH_LIST = [
    ("Tyndrum had 86 cm of snow over the weekend, with 51 cm on Saturday and 47 cm on "
     "Sunday.", True),
    ("Lifeguards rescued 47 swimmers on Sunday, with 30 at Porthcawl and 22 at Rest Bay.",
     True),
    ("Sales reached £4.2bn last year, with £2.1bn from cloud and £2.5bn from adverts.", True),
    ("The river rose 140 mm over three days, with 62 mm on Friday, 51 mm on Saturday and "
     "58 mm on Sunday.", True),
    ("The fair drew 48,000 visitors over three days, 15,000 on Friday, 17,000 on Saturday "
     "and 19,000 on Sunday.", True),
    # near-twins: parts within the total (a "with" list may leave parts out), or peers
    ("Lifeguards rescued 47 swimmers on Sunday, with 20 at Porthcawl and 22 at Rest Bay.",
     False),
    ("Sales reached £4.2bn last year, with £2.1bn from cloud and £1.5bn from adverts.", False),
    # round 16: three days named for "over three days" make the list complete, so a
    # shortfall beyond the band fires (test_round16_sums_dates_rows); within it, silent
    ("The river rose 140 mm over three days, with 42 mm on Friday, 51 mm on Saturday and "
     "38 mm on Sunday.", True),
    ("The river rose 140 mm over three days, with 42 mm on Friday, 51 mm on Saturday and "
     "45 mm on Sunday.", False),
    ("Lifeguards rescued 47 swimmers at Porthcawl, with 30 at Rest Bay and 22 at Ogmore.",
     False),
]

PARTITION_LIST = [
    ("Twenty-three apprentices from the Kelso works finished their training in the spring, "
     "nine women and sixteen men.", True),
    ("Forty-one pupils at Dunmore Academy passed the new engineering diploma this summer, "
     "eighteen girls and twenty boys.", True),
    ("The ferry carried 212 passengers on its first sailing after the storm, 153 adults "
     "and 67 children.", True),
    ("Team Scotland brought home 31 medals, twelve gold, ten silvers and eight bronzes.",
     True),
    # near-twins: the partition adds up, or the labels are classes that may overlap
    ("Twenty-three apprentices from the Kelso works finished their training in the spring, "
     "nine women and fourteen men.", False),
    ("Forty-one pupils at Dunmore Academy passed the new engineering diploma this summer, "
     "eighteen girls and twenty-five boarders.", False),
    ("The ferry carried 212 passengers on its first sailing after the storm, 153 adults "
     "and 59 children.", False),
    ("Team Scotland brought home 31 medals, twelve gold, eleven silvers and eight bronzes.",
     False),
]


test_total_then_its_list = fires_test("FC207", WITH_LIST + PARTITION_LIST)


INCLUDED_MEMBERS = [
    ("The trust's fleet of 64 ambulances includes 71 vehicles bought since 2022.", True),
    ("The 18-strong choir that sang on Sunday includes 23 sopranos.", True),
    ("A crew of twelve firefighters includes fifteen volunteers from nearby villages.", True),
    ("The county's collection of 230 paintings includes 310 watercolours.", True),
    # near-twins: the part within the size, or a size in other things than members
    ("The trust's fleet of 64 ambulances includes 31 vehicles bought since 2022.", False),
    ("The 18-room guesthouse includes 23 beds.", False),
    ("The 40-page report includes 120 recommendations.", False),
    ("A crew of twelve firefighters, drawn from three stations, includes fifteen "
     "volunteers.", False),
]

NAMED_MEMBERS = [
    ("Ashby parish council has nine members. Twelve of its councillors backed the plan "
     "last week.", True),
    ("The state senate has 39 members. On Friday, 44 of its senators signed the letter.",
     True),
    ("Kirkby district council has 33 members. Since May, 41 of its councillors have "
     "declared an interest.", True),
    # near-twins: within the body, another kind of people, or another year
    ("Ashby parish council has nine members. Seven of its councillors backed the plan "
     "last week.", False),
    ("The state senate has 39 members. On Friday, 44 of its staff signed the letter.",
     False),
    ("Kirkby district council has 33 members. In 2009, 41 of its councillors declared an "
     "interest.", False),
]


test_members_of_a_whole = fires_test("FC204", INCLUDED_MEMBERS + NAMED_MEMBERS)


GAPPED_PARTS = [
    ("The Liberal Democrats won 31 of the 56 seats, Labour 17 and the Greens 9.", True),
    ("Okoro took 5,412 of the 9,870 votes, Lund 3,908 and Vey 1,203.", True),
    ("Norway's skiers won 13 of the 24 races, Sweden's 8 and Austria's 5.", True),
    # an adjunct after the first count (extract/gapped.py, round 27)
    ("The Liberal Democrats won 31 of the 56 seats on Hexley council, Labour 17 and the "
     "Greens 9.", True),
    # near-twins: within the whole, a later whole of its own, or other years
    ("The Liberal Democrats won 31 of the 56 seats, Labour 17 and the Greens 8.", False),
    ("Ms Okoro took 5,412 of the 9,870 votes cast, and Mr Lund took 3,908 of the 6,100 "
     "postal votes and 2,203 in person.", False),
    ("The Liberal Democrats won 31 of the 56 seats in 2019, 36 in 2023 and 41 in 2025.",
     False),
    ("The club's 48 volunteers work in four teams of 15, 12, 11 and 10.", False),
]

# FC207: the rest of a whole whose first part stands before it ("won 41 of the 76
# matches, the visitors 27 and the rest 8"): every part named counts (checks._across)
REST_AFTER_FIRST_PART = [
    ("The home side won 41 of the 76 matches, the visitors 29 and the rest 8 were drawn.",
     True),
    ("Crews saved 310 of the 520 homes, fire damaged 150 and the remaining 90 were lost.",
     True),
    ("Volunteers planted 1,243 of the 2,016 saplings, pupils 531 and the remaining 292 "
     "went to the council.", True),
    ("The home side won 41 of the 76 matches, the visitors 27 and the rest 8 were drawn.",
     False),
    ("Crews saved 310 of the 520 homes, fire damaged 150 and the remaining 60 were lost.",
     False),
    ("Volunteers planted 1,243 of the 2,016 saplings, pupils 531 and the remaining 242 "
     "went to the council.", False),
]


test_rest_after_a_part_before_its_whole = fires_test("FC207", REST_AFTER_FIRST_PART)


test_first_part_with_its_whole_then_a_gapped_list = fires_test("FC207", GAPPED_PARTS)


OPENED_BY_OWNER = [
    ("Of the firm's £12m profit, £14m came from its Asian arm.", True),
    ("Of Oxfam's £8.5 million appeal, £9.2 million went to flood relief.", True),
    ("Of the town's 4,200 homes, 5,100 lost power on Monday.", True),
    ("Of the council's £8.5m roads fund, £9.1m was spent on potholes.", True),
    # near-twins: the part within the whole, or a part counting another thing
    ("Of the firm's £12m profit, £4m came from its Asian arm.", False),
    ("Of Oxfam's £8.5 million appeal, £2.9 million went to flood relief.", False),
    ("Of the town's 4,200 homes, 5,100 people lost power on Monday.", False),
    ("Of the council's £8.5m roads fund, £6.1m was spent on potholes.", False),
]


test_whole_opening_with_an_owner = fires_test("FC204", OPENED_BY_OWNER)


PARTITION_AFTER_BACK = [
    ("The school has 31 teachers, 18 of them women and 15 men.", True),
    ("The clinic treated 47 patients, 29 of them adults and 21 children.", True),
    ("Marlow won 23 medals, nine of them gold, eight silver and four bronze.", True),
    # near-twins: the partition adds up, or classes that may overlap
    ("The school has 31 teachers, 18 of them women and 13 men.", False),
    ("The clinic treated 47 patients, 29 of them adults and 21 smokers.", False),
    ("Marlow won 23 medals, nine of them gold, eight silver and six bronze.", False),
]


test_partition_after_pointing_back = fires_test("FC207", PARTITION_AFTER_BACK)
