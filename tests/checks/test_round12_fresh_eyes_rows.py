"""Round 12 rows: false alarms and misses a news editor's fresh-eyes trial found, as
classes in our own sentences; AS_OF is 2025-10-01.

FC203: a change restates the level of its own measure, not the figure of another thing
that stands between ("sold 52,000 loaves from its 6 shops, down 20% from 65,000");
an absolute change's level before is no figure that writes another noun ("..., when
it had 720, and 45 operating theatres").
FC201: a temperature pair nothing marks as a change may be a reading or a difference
("the spread was 14C (25F)"): it fires only when neither conversion fits.
FC206: a bare age before an active founding ("Costa, 58, who opened the bakery in
2001") is the founder's, not the bakery's.
FC207: a part's label ("22 away", "410 abroad", "20 withdrawn") counts no other thing;
the whole a next sentence breaks down is the one the frames tie its first part to."""

from __future__ import annotations

from tests.checks.rows import Row, row_test

ROWS: list[object] = [
    # FC203: the level after is a figure of the change's own measure, not the one between
    Row("FC203", "Inspectors logged 12,600 complaints through the council's 9 offices, up 5% "
        "from 12,000.", False),
    Row("FC203", "The ferry made 3,150 crossings with its 4 vessels, up 5% from 3,000.", False),
    Row("FC203", "Anglers landed 8,400 salmon on the river's 35 beats this season, a rise of "
        "12% from 7,500.", False),
    Row("FC203", "The bakery sold 52,000 loaves from its 6 shops last year, down 20% from "
        "65,000.", False),
    Row("FC203", "Volunteers planted 21,000 trees across the park's twelve woods, up 5% from "
        "20,000.", False),
    Row("FC203", "4,520 of the town's 30,000 households recycle food waste, 510 more than in "
        "2021, when 4,010 did.", False),
    Row("FC203", "Inspectors logged 12,600 complaints through the council's 9 offices, up 15% "
        "from 12,000.", True),
    Row("FC203", "The ferry made 3,150 crossings with its 4 vessels, up 15% from 3,000.", True),
    Row("FC203", "The bakery sold 52,000 loaves from its 6 shops last year, down 35% from "
        "65,000.", True),
    Row("FC203", "4,520 of the town's 30,000 households recycle food waste, 900 more than in "
        "2021, when 4,010 did.", True),
    Row("FC203", "Output reached 12,944 tonnes, down half from 18,100 tonnes.", True),
    # FC203: the level before writes no other noun than the change's level
    Row("FC203", "The library lent 48,000 books last year, 3,000 more than in 2023, when it "
        "lent 41,000, and 9,500 films.", True),
    Row("FC203", "The hospital has 620 beds, 80 fewer than in 2015, when it had 720, and 45 "
        "operating theatres.", True),
    Row("FC203", "The airline now flies 140 routes, 25 more than in 2019, when it flew 105, "
        "and 88 aircraft.", True),
    Row("FC203", "The county employs 1,850 teachers, 240 fewer than in 2012, when it had "
        "2,190, and 430 teaching assistants.", True),
    Row("FC203", "The library lent 48,000 books last year, 7,000 more than in 2023, when it "
        "lent 41,000, and 9,500 films.", False),
    Row("FC203", "The hospital has 620 beds, 100 fewer than in 2015, when it had 720, and 45 "
        "operating theatres.", False),
    Row("FC203", "The airline now flies 140 routes, 35 more than in 2019, when it flew 105, "
        "and 88 aircraft.", False),
    # FC201: an unmarked temperature pair may be a difference of readings
    Row("FC201", "The spread between the coldest and warmest nights was 14C (25F).", False),
    Row("FC201", "Last month's departure from the long-term mean was 2.3C (4.1F).", False),
    Row("FC201", "That gap of 3C (5.4F) is the widest on record.", False),
    Row("FC201", "Scientists put the anomaly at 0.6C (1.1F).", False),
    Row("FC201", "The margin over the old record was 1.5C (2.7F).", False),
    Row("FC201", "The spread between the coldest and warmest nights was 14C (35F).", True),
    Row("FC201", "Scientists put the anomaly at 0.6C (3F).", True),
    Row("FC201", "The pool is kept at 28C (72F) all year.", True),
    Row("FC201", "The pool is kept at 28C (82F) all year.", False),
    # FC206: a bare age before an active founding is the founder's
    Row("FC206", "Maria Costa, 58, who opened the bakery in 2001, is selling up.", False),
    Row("FC206", "The chef, 44, who launched the restaurant in 2015, won a star.", False),
    Row("FC206", "Tom Reyes, 67, who built the boatyard in 1989, has retired.", False),
    Row("FC206", "Its founder, 72, who established the trust in 1979, said it would close.",
        False),
    Row("FC206", "Dr Ana Silva, 51, who formed the choir in 2004, conducts it still.", False),
    Row("FC206", "The bakery, which opened in 2001, is 30 years old.", True),
    Row("FC206", "Founded in 1989, the boatyard is 40 years old.", True),
    # FC207: a part's label counts no other thing
    Row("FC207", "The striker has 47 goals for the club, 30 of them at home and 22 away.", True),
    Row("FC207", "Of the 60 motions, 31 were carried, 20 withdrawn and 14 lost.", True),
    Row("FC207", "The charity employs 880 people, 520 in Scotland and 410 abroad.", True),
    Row("FC207", "Police recorded 340 thefts, 150 of them from cars, 120 from shops and 95 "
        "elsewhere.", True),
    Row("FC207", "The museum holds 12,400 objects, 7,900 on display and 5,100 in storage.", True),
    Row("FC207", "The striker has 47 goals for the club, 30 of them at home and 17 away.", False),
    Row("FC207", "Of the 60 motions, 31 were carried, 20 withdrawn and 9 lost.", False),
    Row("FC207", "The charity employs 880 people, 520 in Scotland and 360 abroad.", False),
    Row("FC207", "The firm has 300 staff, 200 women and 150 graduates.", False),
    Row("FC207", "The club has 900 members, 500 adults and 450 children.", False),
    # FC207: the whole a next sentence breaks down is the one its first part is tied to
    Row("FC207", "The orchestra has 96 players from 11 countries. Of those, 54 are from "
        "Britain, 30 from Germany and 19 from France.", True),
    Row("FC207", "The survey reached 2,400 farms in 40 districts. Of those, 1,500 were in "
        "the north and 1,100 in the south.", True),
    Row("FC207", "The orchestra has 96 players from 11 countries. Of those, 54 are from "
        "Britain, 30 from Germany and 12 from France.", False),
]


test_row = row_test(ROWS)
