"""Round 15, issue 16: a comparison of how figures changed ("grew faster than",
"rose more than", "grew more slowly than") is decided on a series of changes in percent,
never on levels (reference.compare_change). Our own sentences and illustrative figures:
rows that must change and near twins that must not."""

from __future__ import annotations

import pytest

from factcheck.reference import ReferenceTable
from tests.reference.tables import decided_statuses, yearly_table

SERIES = {  # illustrative figures, not published ones: (entity, metric, unit) -> 2018, 2019
    ("Chile", "Gross domestic product", "USD"): [300e9, 310e9],
    ("Peru", "Gross domestic product", "USD"): [200e9, 215e9],
    ("Chile", "Annual GDP growth", "%"): [3.0, 1.0],
    ("Peru", "Annual GDP growth", "%"): [4.0, 2.5],
    ("Chile", "Population", "count"): [18.0e6, 18.5e6],
    ("Peru", "Population", "count"): [32.0e6, 32.2e6],
}


@pytest.fixture(scope="module")
def table() -> ReferenceTable:
    return yearly_table(SERIES, (2018, 2019), "round15-compare-change")


def decided(table: ReferenceTable, sentence: str) -> list[str]:
    return decided_statuses(sentence, table)


CASES = [
    # a change compared: the rows of changes decide, not the larger level
    ("Peru's economy grew faster than Chile's in 2019.", ["supported"]),
    ("Chile's economy grew faster than Peru's in 2019.", ["contradicted"]),
    ("In 2018, the Chilean economy expanded more slowly than Peru's.", ["supported"]),
    ("Peru's economy grew more slowly than Chile's in 2019.", ["contradicted"]),
    # a change compared with no series of changes in percent: undecided, not the levels
    ("Chile's population grew faster than Peru's in 2019.", []),
    ("Peru's population rose more than Chile's in 2019.", []),
    # a fall compared, an adverb with no comparative, a figure on the changes: unread
    ("Chile's economy shrank faster than Peru's in 2019.", []),
    ("Chile's economy grew more modestly than Peru's in 2019.", []),
    ("Peru's economy grew 1.5 points faster than Chile's in 2019.", []),
    # near twins: levels compared as before
    ("Chile's GDP was larger than Peru's in 2019.", ["supported"]),
    ("Chile's population was larger than Peru's in 2019.", ["contradicted"]),
    ("In 2019, Peru's GDP growth was higher than Chile's.", ["supported"]),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_compared_change(table: ReferenceTable, sentence: str, expected: list[str]) -> None:
    assert decided(table, sentence) == expected
