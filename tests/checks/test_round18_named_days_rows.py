"""FC207, round 18: a total whose clause names its days or months ("over the weekend", "on
Monday and Tuesday", "in June and July") and a list after it that names them, one a part
(checks._days.named; "weekend" is story.tsv class "days:saturday+sunday"). Such a list is
complete, so a sum short of the total is wrong too. Rows in our own words: sums that
now fire, then near-twins that must stay silent (another stretch, an "including" list, a
name left out or added, a part cut by another noun or a part of a day, an open list).
"""

from __future__ import annotations

from tests.checks.rows import fires_test

ROWS = [
    # fire: the named days or months are covered, one part each, and the sum falls short
    ("The clinic saw 210 patients over the weekend, 120 on Saturday and 70 on Sunday.", True),
    ("Over the weekend, the fair drew 12,400 visitors, 6,500 on Saturday and 3,900 on "
     "Sunday.", True),
    ("The reservoir lost 410 million litres in July and August, 260 million in July and "
     "110 million in August.", True),
    ("Wildfires burned 3,150 hectares in June and July, 1,700 in June and 1,200 in July.",
     True),
    ("Snow on Tuesday and Wednesday added up to 31 cm at the pass, 17 cm on Tuesday and "
     "9 cm on Wednesday.", True),
    # silent: the parts add up, or the list need not cover the total
    ("The clinic saw 210 patients over the weekend, 120 on Saturday and 90 on Sunday.", False),
    ("The clinic saw 210 patients over the week, 120 on Saturday and 70 on Sunday.", False),
    ("The clinic saw 210 patients over the weekend, including 120 on Saturday and 70 on "
     "Sunday.", False),
    ("Ticket sales on Friday, Saturday and Sunday came to 9,400, with 5,100 on Friday and "
     "3,600 on Saturday.", False),
    ("The clinic saw 210 patients over the weekend, 120 on Saturday and 70 of them "
     "children.", False),
    ("Wildfires burned 3,150 hectares in June and July, 1,700 in June and 1,200 in "
     "August.", False),
    ("The clinic saw 210 patients over the weekend, 120 on Saturday morning and 70 on "
     "Saturday evening.", False),
    ("The clinic saw 210 patients over the weekend, 120 on Saturday and 70 children on "
     "Sunday.", False),
    ("The clinic saw 210 patients over the weekend, 120 on Saturday and 70 on Sunday, "
     "among others.", False),
]


test_named_days = fires_test("FC207", ROWS)
