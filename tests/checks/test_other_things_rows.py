"""FC204 needs a part and a whole of one kind of thing: a count that names what it counts
is no part of a whole that counts something else ("Of the firm's 50 stores, 60 employees
..."). Our own sentences; AS_OF is 2025-10-01."""

from __future__ import annotations

import pytest

from tests.checks.rows import Row, assert_row, row_ids

ROWS: list[object] = [
    Row("FC204", "Of the firm's 50 stores, 60 employees were laid off.", False),
    Row("FC204", "Of the 12 schools in the district, 30 teachers joined the strike.", False),
    Row("FC204", "Among its 8 ferries, 14 crew members tested positive.", False),
    # the same thing, counted or left unnamed: a part
    Row("FC204", "Of the firm's 50 stores, 60 were closed.", True),
    Row("FC204", "Of the 12 schools in the district, 15 schools joined the strike.", True),
    Row("FC204", "The team won 19 medals, including 22 gold medals.", True),
]


@pytest.mark.parametrize("row", ROWS, ids=row_ids(ROWS))
def test_row(row: Row) -> None:
    assert_row(row)
