"""Round 14 rows for FC201 and FC302 (issue 15), in our own sentences; AS_OF is 2025-10-01.

- A restatement set off by commas after a word of restating may carry an "of" noun of its
  own before the comma that closes it ("a 600-acre farm, about 243 hectares of pasture,
  ..."): the same amount said again (factcheck.frames.relations._own_noun). Near twins: two
  figures each with an "of" noun are two parts listed ("400 acres of wheat, some 50
  hectares of barley"), and a figure "of it" / "of them" / "of which" is a part of the one
  before, in brackets or not ("600 acres, about 40 hectares of it woodland").
- A bare restatement between commas, closed as it opened ("300 metres, 985 feet, tall"),
  not a list's last item (", and").
- A temperature pair whose measure is the dimension's own name ("Temperatures hit 35C
  (63F)") is a reading and converts with the moved zero; an anomaly, a spread or an amount
  "by" which temperatures moved converts by the scale alone and stays silent when right.
- FC302 the reverse (points that are the relative change), and a rate "its 8.5% rate"
  cut "by 3%, bringing it to 5.5%".
"""

from __future__ import annotations

from tests.checks.rows import Row, row_test

ROWS: list[object] = [
    Row("FC201", "The trust bought a 600-acre farm, about 900 hectares of pasture, in March.",
        True),
    Row("FC201", "A 40-mile stretch, or some 20 km of coastline, was closed to walkers.", True),
    Row("FC201", "The council owns a 90-hectare site, nearly 500 acres of parkland, on the "
        "river.", True),
    Row("FC201", "They dredged a 300-acre lake, roughly 400 hectares of water, last summer.",
        True),
    # near twins: right, or a part, or two parts listed
    Row("FC201", "The trust bought a 600-acre farm, about 243 hectares of pasture, in March.",
        False),
    Row("FC201", "A 40-mile stretch, or some 64 km of coastline, was closed to walkers.", False),
    Row("FC201", "The council owns a 90-hectare site, nearly 222 acres of parkland, on the "
        "river.", False),
    Row("FC201", "The farm grows 400 acres of wheat, some 50 hectares of barley, and rye.",
        False),
    Row("FC201", "The estate covers 600 acres, about 40 hectares of it woodland.", False),
    Row("FC201", "The park spans 90 hectares (about 20 acres of it meadow).", False),
    Row("FC201", "The 5,000-acre estate, some 300 hectares of which is forest, was sold.",
        False),
    # a bare restatement set off by commas on both sides
    Row("FC201", "The tower is 300 metres, 1,500 feet, tall.", True, "984 feet"),
    Row("FC201", "The ridge climbs 900 metres, 5,000 feet, above the valley.", True),
    Row("FC201", "The lorry weighs 40 tonnes, 20,000 pounds, when loaded.", True),
    Row("FC201", "The tower is 300 metres, 984 feet, tall.", False),
    Row("FC201", "The ridge climbs 900 metres, 2,950 feet, above the valley.", False),
    Row("FC201", "The pools are 50 metres, 25 yards, and 20 metres long.", False),
    Row("FC201", "The bridge is 14 miles long, 3 km wide.", False),
    # a reading named by its dimension, converted without the 32-degree offset
    Row("FC201", "Temperatures hit 35C (63F) on Tuesday.", True, "95F"),
    Row("FC201", "The temperature in Seville reached 44C (79F) on Monday.", True),
    Row("FC201", "Daytime temperatures will top 30C (54F) this week.", True),
    Row("FC201", "Sea temperatures near the reef rose to 31C (56F).", True),
    Row("FC201", "Temperatures varied by 15C (59F) in a day.", True),
    Row("FC201", "Temperatures hit 35C (95F) on Tuesday.", False),
    Row("FC201", "The temperature in Seville reached 44C (111F) on Monday.", False),
    Row("FC201", "Temperatures swung by 15C (27F) in a day.", False),
    Row("FC201", "The spread between day and night was 15C (27F).", False),
    Row("FC201", "The temperature gap between the valleys was 8C (14F).", False),
    Row("FC201", "Temperatures were 2C (3.6F) above normal.", False),
]


test_round14_conversion_rows = row_test(ROWS)


# FC302, the reverse: a change given in points that is the relative change of its two
# percentage levels, not their difference (fc302_percent_vs_points._points_for_percent)
POINTS_ROWS: list[object] = [
    Row("FC302", "The jobless rate rose from 4% to 5%, up 25 percentage points.", True,
        "25%"),
    Row("FC302", "Turnout fell from 60% to 45%, a drop of 25 percentage points.", True, "25%"),
    Row("FC302", "The bank raised its rate from 2% to 3%, an increase of 50 percentage "
        "points.", True, "50%"),
    Row("FC302", "Support for the plan slid to 36% from 48%, down 25 points.", True, "25%"),
    # near twins: the right points, the right percent, or a wrong figure that is neither
    Row("FC302", "The jobless rate rose from 4% to 5%, up 1 percentage point.", False),
    Row("FC302", "Turnout fell from 60% to 45%, a drop of 15 percentage points.", False),
    Row("FC302", "The bank raised its rate from 2% to 3%, an increase of 50%.", False),
    Row("FC302", "Support for the plan slid to 36% from 48%, down 9 points.", False),
]


test_round14_points_rows = row_test(POINTS_ROWS)


# A figure in a determined object ("its 8.5% rate", "the 12% cap") of a verb whose
# participle takes it "to" another figure is the level the verb moved, not the amount
# (frames.parsed_role._leads_to): the change is the figure after "by", FC302 reads both ends
RATE_ROWS: list[object] = [
    Row("FC302", "The council raised its 4% levy by 2%, taking it to 6%.", True,
        "2 percentage points"),
    Row("FC302", "Lenders lifted the 3.5 percent mortgage rate by 1 percent, pushing it to "
        "4.5 percent.", True, "1 percentage point"),
    Row("FC302", "The regulator cut the 12% cap by 4%, taking it to 8%.", True,
        "4 percentage points"),
    Row("FC302", "The central bank cut its 8.5 percent rate by 3 percent, bringing it to 5.5 "
        "percent.", True, "3 percentage points"),
    # near twins: in points, or the relative change
    Row("FC302", "The council raised its 4% levy by 2 percentage points, taking it to 6%.",
        False),
    Row("FC302", "Lenders lifted the 3.5 percent mortgage rate by 1 percentage point, pushing "
        "it to 4.5 percent.", False),
    Row("FC302", "The regulator cut the 12% cap by a third, taking it to 8%.", False),
    Row("FC203", "The hospital added 350 places, lifting its capacity to 1,550.", False),
]


test_round14_rate_rows = row_test(RATE_ROWS)
