"""Round 19: FC203 on an absolute change whose levels are written in another unit of the
same dimension ("by 40 cm, from 2.1 metres to 1.9 metres"), or a percent change whose two
levels are ("by 20%, from 900 metres to 1.2 km"): the figures compared
in one unit through the pint registry, each band converted with its figure. Our own
phrasings; near twins that must stay silent (right arithmetic, other things, other
kinds of unit)."""

from __future__ import annotations

from tests.checks.rows import fires_test

ROWS = [
    ("The reservoir level dropped by 85 cm, from 4.40 metres to 3.95 metres.", True),
    ("The new bypass cuts the commute by 900 metres, from 5.2 km to 4.8 km.", True),
    ("The foal's weight rose by 350 grams over the week, from 3.1 kg to 3.65 kg.", True),
    ("Tidal range at the harbour narrowed by 8 miles, from 20 km to 12 km.", True),
    ("The lorry's permitted load was cut by 900 kg, from 3.2 tonnes to 2.8 tonnes.", True),
    # the same, right
    ("The reservoir level dropped by 45 cm, from 4.40 metres to 3.95 metres.", False),
    ("The new bypass cuts the commute by 400 metres, from 5.2 km to 4.8 km.", False),
    ("The foal's weight rose by 550 grams over the week, from 3.1 kg to 3.65 kg.", False),
    ("The lorry's permitted load was cut by 400 kg, from 3.2 tonnes to 2.8 tonnes.", False),
    # two things, or units of two kinds
    ("Snow depth fell by 30 cm on the summit while the pass road shrank from 4.2 km to "
     "3.9 km.", False),
    ("The loaf shrank by 50 grams, from 2 litres of dough to 1.5 litres.", False),
    ("Fuel fell by 12 cents, from 1.6 litres a day to 1.2 litres.", False),
]
test_change_and_levels_in_two_units_of_one_dimension = fires_test("FC203", ROWS)

# FC302: a percent set off by a comma from "from A% to B%" right after it is the change
# between them whatever its verb ("lifted", "nudged", "trimmed" are in no list)
POINTS_ROWS = [
    ("The building society's savings rate was lifted 0.5%, from 1.8% to 2.3%.", True),
    ("Turnout in the ward was nudged 3%, from 61% to 64%.", True),
    ("The council trimmed its reserve ratio 2%, from 12% to 10%.", True),
    ("Stamp duty on second homes went 3% higher, from 5% to 8%.", True),
    # points, or the relative change, or no change at all
    ("The building society's savings rate was lifted 0.5 percentage points, from 1.8% to "
     "2.3%.", False),
    ("Turnout in the ward was nudged 5%, from 61% to 64%.", False),
    ("The council trimmed its reserve ratio 17%, from 12% to 10%.", False),
    ("The tax, at 20%, from 18% to 22% in stages, was debated.", False),
]
test_a_percent_before_from_a_to_b = fires_test("FC302", POINTS_ROWS)

PERCENT_ROWS = [
    ("The runway was lengthened by 20%, from 900 metres to 1.2 km.", True),
    ("The herd's winter feed rose 10%, from 800 kg to 1.2 tonnes.", True),
    ("The coastal path shrank 10%, from 2 miles to 2.4 km.", True),
    # the same, right
    ("The runway was lengthened by 33%, from 900 metres to 1.2 km.", False),
    ("The herd's winter feed rose 50%, from 800 kg to 1.2 tonnes.", False),
    ("The coastal path shrank 25%, from 2 miles to 2.4 km.", False),
    # levels of two kinds of unit
    ("The tank's fill rose 10%, from 800 kg to 1.2 cubic metres.", False),
]
test_a_percent_change_between_levels_in_two_units = fires_test("FC203", PERCENT_ROWS)
