"""Round 15, issue 16: a change of a rate that a series of changes holds ("inflation
halved", "GDP growth fell by 2 points", "the inflation rate tripled since 2015") is read
from two of its rows, as a change of any level is (reference.growth.names_rate); a
change of the level the rate is a change of ("GDP rose 20%", "consumer prices rose 10%
over two years") still decides nothing on those rows. Our own sentences, illustrative
figures: rows that must change and near twins that must not."""

from __future__ import annotations

import pytest

from factcheck.reference import ReferenceTable
from tests.reference.tables import decided_statuses, yearly_table

YEARS = [2015, 2018, 2020, 2022]
# (entity, metric, unit, OWID unit label): values for YEARS (illustrative, not published)
SERIES = {
    ("Ghana", "Inflation of consumer prices", "percent", "annual %"): [17.0, 9.8, 10.0, 31.0],
    ("Ghana", "Annual GDP growth", "percent", "%"): [2.1, 6.2, 0.5, 3.1],
}


@pytest.fixture(scope="module")
def table() -> ReferenceTable:
    return yearly_table(SERIES, YEARS, "rate-change")


def decided(table: ReferenceTable, sentence: str) -> list[str]:
    return decided_statuses(sentence, table)


CASES = [
    # the rate itself changed over several years: two of its rows decide
    ("Ghana's inflation rate roughly tripled between 2020 and 2022.", ["supported"]),
    ("Inflation in Ghana nearly halved between 2015 and 2018.", ["supported"]),
    ("Ghana's inflation doubled between 2015 and 2018.", ["contradicted"]),
    ("Between 2018 and 2022, Ghanaian inflation rose by 21 percentage points.",
     ["supported"]),
    ("Ghana's GDP growth fell by more than 5 points between 2018 and 2020.", ["supported"]),
    ("Ghana's economic growth slowed by 2 points between 2015 and 2020.", ["contradicted"]),
    # near twins: a change of the level a rate of change is of decides nothing here
    ("Consumer prices in Ghana rose 40% between 2018 and 2022.", []),
    ("Ghana's GDP rose by a fifth between 2015 and 2022.", []),
    ("Ghana's economy doubled in size between 2015 and 2022.", []),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_rate_change(table: ReferenceTable, sentence: str, expected: list[str]) -> None:
    assert decided(table, sentence) == expected
