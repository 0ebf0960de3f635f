"""Issue 15, third round, FC201, FC203, FC206 and FC302: the classes blind set 3 showed
missing, by mechanism. Each class has five or more rows in our own words that fire and
three or more near-twins that must not (same table shape as test_phrasing_rows.py)."""

from __future__ import annotations

import pytest

from tests.checks.rows import Row, assert_row, row_ids

ROWS = [
    # A figure "by" a verb with the ends of the change after it in its clause is a change,
    # whatever the verb (factcheck.frames.role): the levels give its direction
    Row("FC203", "The bypass cuts the school run by 12 minutes, from 47 minutes to 41 "
        "minutes.", True),
    Row("FC203", "The new timetable stretches the last ferry's crossing by 25 minutes, from "
        "70 minutes to 80 minutes.", True),
    Row("FC203", "Widening the lane trims the queue at the lights by 140 metres, from 600 "
        "metres to 520 metres.", True),
    Row("FC302", "The council nudged its reserve ratio by 2%, from 9% to 11%, last spring.",
        True),
    Row("FC302", "Turnout among first-time voters moved by 4.5% this time, going from 31% "
        "to 35.5%.", True),
    Row("FC302", "Their graduate retention rate slipped by 3 per cent, from 71 per cent to "
        "68 per cent.", True),
    Row("FC203", "The bypass cuts the school run by 6 minutes, from 47 minutes to 41 "
        "minutes.", False),
    Row("FC302", "The council nudged its reserve ratio by 2 percentage points, from 9% to "
        "11%, last spring.", False),
    Row("FC302", "Turnout among first-time voters moved by 14.5% this time, going from 31% "
        "to 35.5%.", False),
    Row("FC203", "Widening the lane trims the queue at the lights by 80 metres, from 600 "
        "metres to 520 metres.", False),
    Row("FC203", "The route was walked by 300 people, from Leeds to York.", False),
    # A change in basis points between two percentages is their difference times 100
    Row("FC203", "The bank lifted its deposit rate by 25 basis points, from 4.5% to 5%.",
        True),
    Row("FC203", "Mortgage rates eased 40 basis points in a month, from 6.1% to 5.9%.", True),
    Row("FC203", "The ten-year yield jumped 60 basis points to 4.2% from 3.8% over the "
        "quarter.", True),
    Row("FC203", "Regulators cut the capital buffer by 150 basis points, from 2.5% to 1.5%.",
        True),
    Row("FC203", "The spread narrowed by 15 basis points, from 1.35% to 1.3%, on Friday.",
        True),
    Row("FC203", "The bank lifted its deposit rate by 50 basis points, from 4.5% to 5%.",
        False),
    Row("FC203", "Mortgage rates eased 20 basis points in a month, from 6.1% to 5.9%.", False),
    Row("FC203", "Regulators cut the capital buffer by 100 basis points, from 2.5% to 1.5%.",
        False),
]


@pytest.mark.parametrize("row", ROWS, ids=row_ids(ROWS))
def test_row(row: Row) -> None:
    assert_row(row)
