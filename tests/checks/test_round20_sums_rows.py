"""FC207, round 20: the items of one list, rows in our own words (correct sums that must
stay silent, near-twins that must fire).

- a figure written definite with the value of a figure before it ("and those 9,000
  visitors", "and all 60 buses", "bringing the £30,000 total") is one the reader already
  knows, a restatement, no new item of a list (words.tsv, class "definite";
  _sums.restated), and a list before its total does not reach back over a definite
  figure ("Of the 30 staff, 20 ... and 10 ..., a total of 30");
- a list has one closing conjunction, before its last item: a figure after it ("320
  girls and 280 boys, and 45 teachers") is coordinated with the whole list, another
  thing (_sums.to_close);
- a rest ("The remaining 250 ...") whose nearest part pointing back is of another period
  than its whole ("last year 70 ..."), or whose whole is itself an item of a list or a
  part of another whole ("Of them, 180 are adults, 45 of whom ..."), is unclear: it says
  nothing (_across._readings); the words after a rest that its frame does not measure
  ("The remaining 150 fly short routes") are its verb, not a noun it counts.
"""

from __future__ import annotations

from tests.checks.rows import fires_test

RESTATED = [
    # silent: the total restated after its list, not one more item
    ("The appeal raised £30,000: £18,000 from businesses and £12,000 from individuals, "
     "bringing the £30,000 total to the target.", False),
    ("The festival drew 9,000 visitors, 5,000 on Saturday and 4,000 on Sunday, and those "
     "9,000 visitors spent £200,000.", False),
    ("The fleet has 60 buses: 35 diesel and 25 electric, and all 60 buses will be replaced "
     "by 2030.", False),
    ("The depot dispatched 480 parcels, 300 by van and 180 by bike, and these 480 parcels "
     "reached their owners by noon.", False),
    # fire: the same shapes with a wrong part
    ("The festival drew 9,000 visitors, 5,000 on Saturday and 5,500 on Sunday, and those "
     "9,000 visitors spent £200,000.", True),
    ("The depot dispatched 480 parcels, 300 by van and 220 by bike, and these 480 parcels "
     "reached their owners by noon.", True),
    ("The appeal raised £30,000: £18,000 from businesses and £15,000 from individuals. The "
     "£30,000 total met the target.", True),
    # a definite figure that restates nothing is still an item
    ("The trip cost £900: £500 for flights, £200 for hotels and the £100 deposit.", True),
    ("The trip cost £900: £500 for flights, £300 for hotels and the £100 deposit.", False),
]

CLOSED = [
    # silent: a figure after the list's closing "and" counts another thing
    ("The ferry carried 350 people: 320 passengers and 30 crew, and 12 cars.", False),
    ("The school has 600 pupils, 320 girls and 280 boys, and 45 teachers.", False),
    ("The kennel houses 70 dogs: 40 adults and 30 puppies, and nine cats.", False),
    ("The ward treated 140 patients last week, 90 adults and 50 children, and 16 nurses "
     "worked overtime.", False),
    # fire: the item before the closing "and" is still an item
    ("The ferry carried 350 people: 320 passengers, 30 crew and 12 cyclists.", True),
    ("The kennel houses 70 dogs: 40 adults, 30 puppies and nine strays.", True),
    ("The council spent £64,000: £40,000 on roads, £14,000 on parks and £20,000 on "
     "libraries.", True),
]

DEFINITE_START = [
    # silent: the whole written definite before the parts is no part of the later total
    ("Of the 30 staff, 20 work full time and 10 part time, a total of 30.", False),
    ("Of its 50 buses, 30 run on diesel and 20 on batteries, a total of 50.", False),
    ("Of the 120 rooms, 70 face the sea and 50 face the hills, 120 in all.", False),
    # fire
    ("Of the 30 staff, 20 work full time and 14 part time, a total of 30.", True),
    ("Of its 50 buses, 30 run on diesel and 25 on batteries, a total of 50.", True),
    ("The plants make 120, 150 and 200 tonnes a day, a combined 520 tonnes.", True),
]

UNCLEAR_REST = [
    # silent: the rest's whole is unclear (a part of a part; a part of another period)
    ("The council will cut 1,250 jobs. 600 go in Glasgow and 400 in Belfast, and 90 of "
     "those are managers. The remaining 250 are in Cardiff.", False),
    ("The estate employs 240 staff. Of these, 150 work on the farms and 65 in the house; "
     "last year 70 worked in the house. The remaining 25 look after the forest.", False),
    ("The club has 300 members. Of them, 180 are adults, 45 of whom are over 70. The other "
     "120 are juniors.", False),
    ("The trust employs 1,460 nurses. Of these, 1,020 work in its hospitals, 300 of them "
     "on night shifts. The remaining 440 work in clinics.", False),
    # fire: a rest after one part that points back to a whole of its own
    ("The trust employs 1,460 nurses. Of these, 1,020 work in its hospitals. The remaining "
     "540 work in clinics.", True),
    ("Of the 85 staff, 48 work full time. The other 40 are part-time.", True),
    ("The stadium sold 5,000 tickets. Of these, 3,200 went to members. The other 2,400 "
     "were sold online.", True),
]

REST_VERB = [
    # fire: the words after a rest that its frame does not measure are its verb, not
    # another thing it counts
    ("The airline employs 420 pilots. Of these, 300 fly long-haul routes. The remaining "
     "150 fly short routes.", True),
    ("The depot runs 90 trains. Of those, 60 carry freight. The remaining 45 carry "
     "passengers.", True),
    ("The library holds 8,000 maps. Of these, 5,000 are on paper. The remaining 3,900 "
     "exist as scans only.", True),
    # silent: the same with a rest that makes the whole
    ("The airline employs 420 pilots. Of these, 300 fly long-haul routes. The remaining "
     "120 fly short routes.", False),
    ("The depot runs 90 trains. Of those, 60 carry freight. The remaining 30 carry "
     "passengers.", False),
    ("The library holds 8,000 maps. Of these, 5,000 are on paper. The remaining 3,000 "
     "exist as scans only.", False),
]

test_restated = fires_test("FC207", RESTATED)
test_closed = fires_test("FC207", CLOSED)
test_definite_start = fires_test("FC207", DEFINITE_START)
test_unclear_rest = fires_test("FC207", UNCLEAR_REST)
test_rest_verb = fires_test("FC207", REST_VERB)
