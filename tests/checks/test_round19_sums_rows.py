"""FC207, round 19: rows in our own words (rows that must fire, near-twins that must stay
silent).

- a count that is itself the first item of a list ("is made up of 3 mayors, 9 aldermen,
  11 councillors and 8 clerks") is no size of the list after it: _sized, a count joined
  to the next figure by a list separator, that figure counting a thing of its own; and a
  list read from after a figure joined to its first part leaves a part out, so it says
  nothing (_unread_parts.left_out);
- a dividing verb the extractor reads as the total's noun ("24 consists of") still opens
  the list: _list_opening.opening;
- a list cut short by a figure that is no part ("150 in week three and 100 in week
  four") says nothing when its sum falls short (_unread_parts.cut_short);
- a total in a unit that the frames read as restating a figure of another dimension
  ("on two days, 30 cm in all: ...") is a level: _listed._misread_conversion.
"""

from __future__ import annotations

from tests.checks.rows import fires_test

FIRST_ITEM_KEPT = [
    # silent: correct sums whose first item sits right after the list opener
    ("The council of 31 is made up of 3 mayors, 9 aldermen, 11 councillors and 8 clerks.",
     False),
    ("The council of 20 consists of 3 mayors, 9 aldermen, 8 clerks.", False),
    ("The fleet of 19 comprises 2 tankers, 9 trawlers and 8 tugs.", False),
    ("Its delegation of 15 was made up of 4 judges, 6 lawyers, 3 academics and 2 "
     "journalists.", False),
    ("The jury of 12 is composed of 3 teachers, 5 nurses, 2 drivers and 2 cooks.", False),
    # fire: the same shapes with a wrong total
    ("The council of 34 is made up of 3 mayors, 9 aldermen, 11 councillors and 8 clerks.",
     True),
    ("The council of 24 consists of 3 mayors, 9 aldermen, 8 clerks.", True),
    ("The fleet of 22 comprises 2 tankers, 9 trawlers and 8 tugs.", True),
    # a real size still sizes its list
    ("The £250,000 fund is split three ways: £160,000 for roads, £90,000 for parks and "
     "£55,000 for libraries.", True),
    ("The 26-mile walk is run in three stages of 11, 14 and 12 miles.", True),
]

CUT_SHORT = [
    # silent: a number in a label stops the list read, so a short sum says nothing
    ("Over four weeks the rig drilled 600 metres in all: 200 metres in week one, 150 in "
     "week two, 150 in week three and 100 in week four.", False),
    ("The team scored 40 goals in all: 12 in round one, 10 in round two, 9 in round "
     "three and 9 in round four.", False),
    ("The shop sold 90 bikes: 30 in stage one, 25 in stage two, 20 in stage three and "
     "15 in stage four.", False),
    # fire: a sum above its whole is wrong however the list ends
    ("The shop sold 50 bikes: 30 on Monday and 25 on Tuesday.", True),
    ("The depot sent 70 lorries: 40 on Monday and 45 on Tuesday.", True),
    ("The rig drilled 300 metres in all: 200 metres in June and 150 metres in July.", True),
]

UNITS_IN_ALL = [
    # fire: a total in a unit after a span of days, its parts after a colon
    ("Snow fell on two days, 30 cm in all: 18 cm on Friday and 9 cm on Saturday.", True),
    ("Hail fell on three afternoons, 50 mm in all: 20 mm on Monday, 12 mm on Tuesday and "
     "9 mm on Friday.", True),
    ("Storms hit on two nights, 80 mm in all: 35 mm on Saturday and 30 mm on Sunday.",
     True),
    # silent: the same with correct sums
    ("Snow fell on two days, 30 cm in all: 18 cm on Friday and 12 cm on Saturday.", False),
    ("Hail fell on three afternoons, 41 mm in all: 20 mm on Monday, 12 mm on Tuesday and "
     "9 mm on Friday.", False),
    ("Storms hit on two nights, 65 mm in all: 35 mm on Saturday and 30 mm on Sunday.",
     False),
]

test_first_item_after_the_opener = fires_test("FC207", FIRST_ITEM_KEPT)
test_list_cut_short_says_nothing = fires_test("FC207", CUT_SHORT)
test_total_in_units_after_a_span = fires_test("FC207", UNITS_IN_ALL)
