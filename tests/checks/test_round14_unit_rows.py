"""Round 14 rows for FC201 and FC302 (issue 15), in our own sentences; AS_OF is 2025-10-01.

- A restatement set off by commas after a word of restating may carry an "of" noun of its
  own before the comma that closes it ("a 600-acre farm, about 243 hectares of pasture,
  ..."): the same amount said again (factcheck.frames.relations._own_noun). Near twins: two
  figures each with an "of" noun are two parts listed ("400 acres of wheat, some 50
  hectares of barley"), and a figure "of it" / "of them" / "of which" is a part of the one
  before, in brackets or not ("600 acres, about 40 hectares of it woodland").
"""

from __future__ import annotations

import pytest

from tests.checks.rows import Row, assert_row, row_ids

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
]


@pytest.mark.parametrize("row", ROWS, ids=row_ids(ROWS))
def test_round14_conversion_rows(row: Row) -> None:
    assert_row(row)


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


@pytest.mark.parametrize("row", POINTS_ROWS, ids=row_ids(POINTS_ROWS))
def test_round14_points_rows(row: Row) -> None:
    assert_row(row)
