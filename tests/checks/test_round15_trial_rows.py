"""Round 15 rows from the editor trial nu14 (issue: false alarms and suggestions), in our own
sentences; AS_OF is 2025-10-01.

- A figure something is measured against (a target, goal, threshold or forecast: frames
  relation "compared", factcheck.frames.benchmark) is never a level of a stated change
  (factcheck.checks._framed_levels.benchmark, _changes._measured_against): "short of the
  75% target and down from 71.4%, a fall of 2.5 points" does not change from 71.4% to 75%.
  "behind" is a preposition of a level crossed (lexicon changes.tsv, "threshold"). Near
  twins: the same shapes with a wrong change and no target, or a target after the levels.
- A re-mention of a named subject ("The Mill Lane scheme is typical. The 210 homes ...") is
  not the earlier figure of no subject whose sentence does not name it ("the council wants
  1,800 new homes"): one scheme's figure, not the plan's (_same_thing._narrower_scope). Near
  twins: both figures of one named subject, or of the one thing the earlier sentence names.
- A suggestion's unit word agrees with its figure ("1 mile", "2 miles") and a figure written
  in words gets its unit ("3.1 miles", not a bare "3.1"): factcheck.written_figures.like.
"""

from __future__ import annotations

from tests.checks.rows import Row, row_test

ROWS: list[object] = [
    # a target, goal or forecast is no level of the change
    Row("FC203", "In May, 68.9% of calls were answered within a minute, short of the 75% target "
        "and down from 71.4% a year earlier, a fall of 2.5 percentage points.", False),
    Row("FC302", "In May, 68.9% of calls were answered within a minute, short of the 75% target "
        "and down from 71.4% a year earlier, a fall of 2.5 percentage points.", False),
    Row("FC203", "By June, 57.5% of homes were connected to fibre, behind the 60% forecast and "
        "up from 51% in 2023, a rise of 6.5 percentage points.", False),
    Row("FC205", "By June, 57.5% of homes were connected to fibre, behind the 60% forecast and "
        "up from 51% in 2023, a rise of 6.5 percentage points.", False),
    Row("FC203", "In 2024, 40% of waste was recycled, short of the 50% target and down from 42% "
        "in 2023, a drop of 2 percentage points.", False),
    # near twins: a wrong change between the levels still fires
    Row("FC203", "The answer rate was 68.9% in May, down from 71.4% a year earlier, a fall of "
        "3.5 percentage points.", True, "2.5 percentage points"),
    Row("FC203", "Inflation rose to 3.1% from 2.7%, a rise of 0.6 points, above the 2% "
        "target.", True, "0.4 points"),
    Row("FC203", "The index closed at 5,120 on Monday, up 2.9% from 4,800.", True),
    # one scheme's figure is not the city-wide plan's
    Row("FC202", "In Dunmore, the council wants 1,800 new homes by 2031. The first, at Mill "
        "Lane, open next year.\n\nThe Mill Lane scheme is typical. The 210 homes will include "
        "60 for rent.", False),
    Row("FC202", "Across the county, the authority will plant 50,000 trees by 2030, officials "
        "said. The first went in at Ashby Woods.\n\nThe Ashby Woods project is the biggest. "
        "The 8,000 trees there are oaks.", False),
    Row("FC202", "The water company plans 1,500 new storm tanks by 2035. Work began at Redmire "
        "Reservoir this month.\n\nThe Redmire Reservoir project is the first. The 60 storm "
        "tanks there will cost £80m.", False),
    # near twins: one subject told twice still conflicts
    Row("FC202", "Hartley Park has 900 homes, most of them terraced. The Hartley Park estate is "
        "typical. The 1,400 homes were built in the 1960s.", True),
    Row("FC202", "The Millbrook bypass will cost £340 million, the council said. Work starts in "
        "May. The bypass's £430 million price has been criticised.", True),
    Row("FC202", "The trust has 1,150 beds across three hospitals. Demand is high. The trust's "
        "1,450 beds were full last week.", True),
    # a suggestion's unit agrees with its figure; a figure in words keeps its unit
    Row("FC201", "The route is 1.6km (2 miles) long.", True, "1 mile"),
    Row("FC201", "The path is 3.2km (1 mile) long.", True, "2 miles"),
    Row("FC201", "The 5km fun run, about four miles, starts at nine.", True, "3.1 miles"),
    Row("FC201", "The plot is two acres (five hectares).", True, "0.8 hectares"),
    Row("FC201", "Gusts of 100 km/h (50 mph) were recorded.", True, "62 mph"),
    Row("FC201", "The walk is 3.2km (2 miles) long.", False),
]


test_round15_trial_rows = row_test(ROWS)
