"""Round 23, FC203 false alarms. A rate's base is no level of a change: "N per 1,000
people, down from M" runs from M to N (factcheck.checks._rate_bases), unless the rate is
of one, written by its base ("one nurse for every 40 beds, up from 35"). A change whose
sentence is fronted by a name ("In Selby ...", "For the Rangers, ...") is that subject's,
and a level in another sentence that writes none of the names is no end of it
(factcheck.checks._fronted_scope). Our own phrasings; near twins with the wrong
arithmetic or direction must still fire."""

from __future__ import annotations

from tests.checks.rows import fires_test

RATE_BASE_ROWS = [
    # the base of a rate after "per" / "for every" read as the level after: silent
    ("The district logged 5.4 road deaths per 100,000 people, down from 6.1.", False),
    ("Staffing works out at 12.3 nurses per 10,000 patients, up from 11.8 last year.",
     False),
    ("Stillbirths stood at 3.9 per 1,000 births, down from 4.6 in 2020.", False),
    ("Arable farms averaged 7.9 tonnes per 100 hectares, up from 7.1 a decade ago.", False),
    ("Police counted 310 break-ins per 100,000 homes, down from 355.", False),
    ("Claims fell to 18.4 per 1,000 workers, down from 21.7.", False),
    ("The practice now has one doctor for every 1,800 residents, up from 1,650.", False),
    # near twins: the rate's own figure goes the wrong way, or the change is wrong
    ("The district logged 5.4 road deaths per 100,000 people, up from 6.1.", True),
    ("Stillbirths stood at 3.9 per 1,000 births, up from 4.6 in 2020.", True),
    ("Police counted 310 break-ins per 100,000 homes, up from 355.", True),
    ("Road deaths fell to 5.4 per 100,000 people from 6.1, a drop of 25%.", True),
    ("The practice now has one doctor for every 1,800 residents, down from 1,650.", True),
]

test_rate_base_is_no_level = fires_test("FC203", RATE_BASE_ROWS)

FRONTED_ROWS = [
    # the change is fronted by another place or thing than the earlier level's: silent
    ("Footfall at the Selby market reached 9,000 in May. In Goole it was up a third, at "
     "7,100.", False),
    ("The Harrogate library lent 42,000 books in 2024. At the Ripon library loans were "
     "down 15%, at 30,500.", False),
    ("Rangers drew a crowd of 18,200 on Saturday. For the Rovers, attendance was up 12%, "
     "at 16,900.", False),
    ("Norway's turbines produced 14 TWh last year. In Denmark output rose 8%, to 19 TWh.",
     False),
    ("Tenants in Lisburn paid £640 a month last year. Across Newry rents climbed a fifth, "
     "to £610 a month.", False),
    # near twins: the scope is the level's own, or a month that names no one: fire
    ("Footfall at the Goole market reached 9,000 in May. In Goole this month it was up a "
     "third, at 10,100.", True),
    ("Orders reached 5,600 in February. In March they rose a quarter, to 6,100.", True),
    ("The Rovers drew crowds of 18,200 last season. For the Rovers this season attendance "
     "was up 12%, at 22,900.", True),
    ("Loans at the Ripon library reached 42,000 in 2024. At the Ripon library this year "
     "loans fell by half, to 30,500.", True),
]

test_fronted_scope_is_another_subject = fires_test("FC203", FRONTED_ROWS)

ON_BASE_ROWS = [
    # a level after the change behind "on the" / "on May's" is its level before, with
    # "by" between the change word and a fraction in words or a percent
    ("Only 64 mm of rain fell in July, down by two-thirds on the 98 mm.", True),
    ("The clinic saw 1,860 patients this year, up by 31% on last year's 1,550.", True),
    ("Growers picked 5.1 tonnes an acre, down by half on the 6.8 tonnes of 2022.", True),
    ("The shop sold 410 bikes in spring, up by a third on the 240 it sold a year before.",
     True),
    # near twins: the arithmetic holds; a year after "on the" is no level
    ("Only 33 mm of rain fell in July, down by two-thirds on the 98 mm.", False),
    ("The clinic saw 1,860 patients this year, up by 20% on last year's 1,550.", False),
    ("The shop sold 320 bikes in spring, up by a third on the 240 it sold a year before.",
     False),
    ("Orders reached 4,400 in June, up by a tenth on the 2023 figure.", False),
]

test_on_base_is_level_before = fires_test("FC203", ON_BASE_ROWS)
