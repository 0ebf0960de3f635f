"""Round 7 rows (issue 15): relations found by frames across a paragraph, not by the
words that join them. FC302: a change in percent and two percentage levels of its
measure, wherever they stand (factcheck.checks._story_rates). Our own sentences; AS_OF
is 2025-10-01."""

from __future__ import annotations

import pytest

from tests.checks.rows import Row, assert_row, miss, row_ids

ROWS: list[object] = [
    # FC302: the levels in another sentence or clause, ordered by frame or period
    Row("FC302", "The base rate climbed from 3.25% in May to 4% in August. Lenders said that "
        "rise of 0.75% would be passed on to borrowers.", True),
    Row("FC302", "The council's recycling rate went up 9 percent over the decade. It is now 47 "
        "percent, compared with 38 percent in 2015.", True, "9 percentage points"),
    Row("FC302", "Support for the mayor fell by 6% in the latest poll, to 38%. In June the "
        "same poll put her at 44%.", True, "6 percentage points"),
    Row("FC302", "Home ownership among under-35s stood at 42% in 2010. By 2020 it had dropped "
        "6 per cent, to 36%.", True, "6 percentage points"),
    Row("FC302", "The club's win rate slipped 8% this season, to 51%, after 59% last season.",
        True, "8 percentage points"),
    miss(Row("FC302", "Unemployment in the region reached 6.4% in March. A year earlier it had "
             "stood at 5.1%, so the jobless rate has risen by 1.3% in twelve months.", True),
         "'unemployment' and 'jobless rate' share no word: the measures may differ"),
    # near-twins: the relative change, points, another measure or subject
    Row("FC302", "Support for the mayor fell by 14% in the latest poll, to 38%. In June the "
        "same poll put her at 44%.", False),
    Row("FC302", "The council's recycling rate went up 9 percentage points over the decade. It "
        "is now 47 percent, compared with 38 percent in 2015.", False),
    Row("FC302", "The jobless rate rose from 5.1% to 6.4% last year. Wages rose 1.3% in the "
        "same period.", False),
    Row("FC302", "The base rate climbed from 3.25% in May to 4% in August. House prices rose "
        "0.75% over the summer.", False),
    Row("FC302", "In Leeds turnout rose to 61% this year, from 54% in 2022. In York, turnout "
        "fell 7%.", False),
    Row("FC302", "The club's win rate slipped 14% this season, to 51%, after 59% last season.",
        False),
]


@pytest.mark.parametrize("row", ROWS, ids=row_ids(ROWS))
def test_row(row: Row) -> None:
    assert_row(row)
