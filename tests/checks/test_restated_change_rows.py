"""A change restated in percent after its two levels ("grew from 1.2 million to 1.5 million,
a rise of 300,000, or 25%"): the percent is of the level before, the figure after "from"
(frames.read: the word before a figure says which end it is, where the parser hangs both
under "from"), and the absolute change keeps no percent of its restatement
(extract.combine: ", or" restates, it lists only after a comma-separated list). Our own
sentences; AS_OF is 2025-10-01."""

from __future__ import annotations

from tests.checks.rows import Row, row_test

ROWS: list[object] = [
    Row("FC203", "The town's population grew from 1.2 million to 1.5 million, a rise of "
        "300,000, or 20%.", True),
    Row("FC203", "Sales fell from 4,000 to 3,000 units, a drop of 1,000, or 33%.", True),
    Row("FC203", "Membership climbed from 800 to 1,000, an increase of 200, or 20%, by June.",
        True),
    Row("FC203", "Attendance slid from 52,000 to 39,000, a fall of 13,000, or a third.", True),
    # near-twins: the percent of the level before is right
    Row("FC203", "The town's population grew from 1.2 million to 1.5 million, a rise of "
        "300,000, or 25%.", False),
    Row("FC203", "Sales fell from 4,000 to 3,000 units, a drop of 1,000, or 25%.", False),
    Row("FC203", "Membership climbed from 800 to 1,000, an increase of 200, or 25%, by June.",
        False),
    Row("FC203", "Attendance slid from 52,000 to 39,000, a fall of 13,000, or a quarter.", False),
    Row("FC203", "Employment rose by 12,000, or 2%, to 612,000 in the year to March.", False),
]


test_row = row_test(ROWS)
