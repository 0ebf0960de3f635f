"""Children per woman: "per woman", "a mother" and "children each" in a sentence about
women are a rate per one woman, held against the fertility rate, never the birth rate per
1,000 people (reference.per_base); and the first figure of "from X to Y" over a span is
the span's first year (reference.from_to)."""

from __future__ import annotations

import pytest

from factcheck.reference import ReferenceTable
from tests.reference.conftest import decided as decided_by
from tests.reference.conftest import rate_table

YEARS = [2000, 2010, 2020]
SERIES = {  # (entity, metric, unit label): values for YEARS
    ("Chile", "Total fertility rate: births per woman", "Live births per woman"):
        [2.1, 1.8, 1.5],
    ("Peru", "Total fertility rate: births per woman", "Live births per woman"):
        [2.9, 2.5, 2.2],
    ("Chile", "Birth rate", "Births per 1,000 people"): [17.0, 14.5, 12.0],
    ("Peru", "Birth rate", "Births per 1,000 people"): [23.0, 20.0, 17.0],
}
FERTILITY = "Total fertility rate: births per woman"


@pytest.fixture(scope="module")
def table() -> ReferenceTable:
    return rate_table(SERIES, YEARS, "births")


def decided(sentence: str, table: ReferenceTable) -> list[tuple[str, str]]:
    return decided_by(sentence, table, as_of="2024-06-01")


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Women in Peru had 2.2 children each in 2020.", [("supported", FERTILITY)]),
    ("In 2010 Chilean women had 2.5 children each on average.",
     [("contradicted", FERTILITY)]),
    ("Chile's fertility stood at 1.5 births per woman in 2020.", [("supported", FERTILITY)]),
    ("Chile's fertility rate fell to 1.5 children per woman in 2020.",
     [("supported", FERTILITY)]),
    ("In 2000 Peruvian mothers had 3.5 children apiece.", [("contradicted", FERTILITY)]),
    # from X to Y over a span: X for its first year, Y for its last
    ("From 2000 to 2020, women in Chile went from having 2.1 children each to 1.5.",
     [("supported", FERTILITY), ("supported", FERTILITY)]),
    ("Between 2000 and 2020 Peruvian women went from 3.9 children each to 2.2.",
     [("contradicted", FERTILITY), ("supported", FERTILITY)]),
    # near-twins: a birth rate per 1,000 people is the birth rate; "each" with no women
    # is no rate per woman
    ("Chile's birth rate was 12 births per 1,000 people in 2020.",
     [("supported", "Birth rate")]),
    ("Peru's families had 2.2 children each in 2020.", []),
])
def test_children_per_woman_are_the_fertility_rate(table: ReferenceTable, sentence: str,
                                                    expected: list[tuple[str, str]]) -> None:
    assert decided(sentence, table) == expected
