"""Round 18 rows from the editor trial nu18 (two false alarms and a suggestion), in our own
sentences; AS_OF is 2025-10-01.

- Successive levels of one measure are not parts of its whole: a second percentage
  reached ("to", "at") in a clause with no subject of its own, after a first that is a
  level too ("fell to 44% of capacity, then recovered to 78%"), is the same share at
  another time (factcheck.checks._successive). Near twins: levels reached by holders of
  their own ("Ortiz climbed to 52% ... and Lind to 51%") still add up past 100%.
- A figure that is the difference or the sum of an earlier figure and a third of its unit
  written around them (a remainder, a shortfall: "worth £9,500 ... settled for £7,000,
  leaving him £2,500 out of pocket") is another measure, not the earlier one told again
  (factcheck.checks._derived). Near twins: a later figure no third figure accounts for.
- FC302's suggestion keeps the words around the figure and, where the figure modifies a
  noun, is the compound adjective ("a 6-percentage-point increase"):
  factcheck.checks._points_wording.
- "N years ago" counts back to the year of its own clause: a year in a clause joined after
  the span ("and its deck was rebuilt in 2008") is another event's (factcheck.checks._ago).
"""

from __future__ import annotations

import pytest

from tests.checks.rows import Row, assert_row, row_ids

ROWS: list[object] = [
    # successive levels of one share: silent
    Row("FC205", "Storage at the Brayford dam fell to 44% of capacity, then recovered to 78% by "
        "spring.", False),
    Row("FC205", "The aquifer sank to 30% of its capacity during the drought and then recovered "
        "to 75% after the rains.", False),
    Row("FC205", "Grain stores dropped to 40% of capacity in March, then were restocked to 88% "
        "by harvest.", False),
    Row("FC205", "Vaccine coverage dipped to 58% of children in 2021 before recovering to 64% "
        "two years on.", False),
    Row("FC205", "Reservoir levels at Ashford stood at 52% of capacity in June, then climbed to "
        "85%.", False),
    Row("FC205", "The stadium was filled to 62% of its capacity for the opener and to 91% for "
        "the final.", False),
    Row("FC205", "The tank was filled to 55% of its volume, and later to 72%.", False),
    # near twins: levels of holders of their own, shares of one whole past 100%
    Row("FC205", "In the run-off, Ortiz climbed to 52% of the vote and Lind to 51%.", True),
    Row("FC205", "The mayor's share of the vote rose to 58%, and her rival's came to 47%.", True),
    Row("FC205", "Diesel cars fell to 55% of the fleet, while petrol cars rose to 49%.", True),
    Row("FC205", "Labour's share rose to 45% of the vote and the Greens' to 62%.", True),
    # a remainder or shortfall is another measure: silent
    Row("FC202", "The caravan was worth £9,500 when it was stolen. The insurer settled for "
        "£7,000, leaving him £2,500 out of pocket.", False),
    Row("FC202", "The van was worth £22,000 before the crash. The insurer offered £16,500, "
        "leaving her £5,500 out of pocket.", False),
    Row("FC202", "The bike was worth £2,400 when it was taken. The insurer paid £1,650, which "
        "left her £750 out of pocket.", False),
    Row("FC202", "Ms Hale's car was worth £31,000 when it was written off. Her insurer paid "
        "£26,500. That left her £4,500 out of pocket.", False),
    # near twins: a second value no third figure accounts for
    Row("FC202", "The van was worth £22,000 before the crash. The insurer offered £16,500, and "
        "her £25,000 van was scrapped.", True),
    Row("FC202", "The bike was worth £2,400 when it was taken. The insurer paid £1,650 for the "
        "£2,900 bike.", True),
    Row("FC202", "The caravan was worth £9,500 when it was stolen. The insurer settled for "
        "£7,000, and his £12,000 caravan was never found.", True),
    Row("FC202", "The boat was worth $64,000 when it sank. His insurer paid $51,000 for the "
        "$70,000 boat.", True),
    # FC302: a figure that modifies a noun takes the compound adjective
    Row("FC302", "The share of late trains rose from 12% to 18%, a 6% increase.", True,
        "6-percentage-point"),
    Row("FC302", "Support for the mayor climbed from 42.1% to 48.8%, a 6.7% gain on the last "
        "poll.", True, "6.7-percentage-point"),
    Row("FC302", "Turnout fell from 64% to 56%, an eight per cent drop.", True,
        "8-percentage-point"),
    Row("FC302", "The jobless rate went from 5% to 7%, the 2% rise being the largest on "
        "record.", True, "2-percentage-point"),
    # near twins: not before a noun, the plural points; the claim's own words stay
    Row("FC302", "The jobless rate rose 2% to 7% from 5%.", True, "2 percentage points"),
    Row("FC302", "Unemployment rose from 5% to 7%, up 2% on the year.", True,
        "up 2 percentage points"),
    Row("FC302", "The share of late trains rose from 12% to 18%, an increase of 6%.", True,
        "6 percentage points"),
    # FC206: "N years ago" counts back to its own clause's year, not a later clause's
    Row("FC206", "The pier opened in 1979, 31 years ago, and its deck was rebuilt in 2008.",
        True),
    Row("FC206", "The library was founded in 1962, 50 years ago, and moved to a new site in "
        "1999.", True),
    Row("FC206", "The chapel was consecrated in 1890, 45 years ago, but its tower was added in "
        "1921.", True),
    Row("FC206", "Ms Hart's first conviction came in 2004, 9 years ago; a second followed in "
        "2018.", True),
    # near twins: the right span, and an apposition after a comma that names a second year
    Row("FC206", "The pier opened in 1979, 46 years ago, and its deck was rebuilt in 2008.",
        False),
    Row("FC206", "The library was founded in 1962, 63 years ago, and moved to a new site in "
        "1999.", False),
    Row("FC206", "She joined the board in 2001 and left it 14 years ago, in 2011.", False),
]


@pytest.mark.parametrize("row", ROWS, ids=row_ids(ROWS))
def test_row(row: Row) -> None:
    assert_row(row)
