"""One figure said of each entity of a list is checked for each (reference.each_entity):
wrong for any one is contradicted, right for all is supported; a figure shared out among
them ("combined", "in total") decides nothing; figures that go one by one with the list
("respectively") are each its entity's."""

from __future__ import annotations

import pytest

from factcheck.reference import ReferenceTable
from tests.reference.conftest import decided as decided_by
from tests.reference.conftest import rate_table

YEARS = [2000, 2010, 2020]
DOCTORS = "Medical doctors per 1,000 people"
SERIES = {  # (entity, metric, unit): values for YEARS
    ("Kenya", DOCTORS, "per 1,000 people"): [0.14, 0.18, 0.2],
    ("Uganda", DOCTORS, "per 1,000 people"): [0.08, 0.12, 0.15],
    ("Chile", DOCTORS, "per 1,000 people"): [1.1, 1.7, 2.5],
    ("Peru", DOCTORS, "per 1,000 people"): [1.2, 1.5, 1.9],
}


@pytest.fixture(scope="module")
def table() -> ReferenceTable:
    return rate_table(SERIES, YEARS, "doctors")


def decided(sentence: str, table: ReferenceTable) -> list[str]:
    return [status for status, _ in decided_by(sentence, table, as_of="2024-06-01")]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Kenya and Uganda each had fewer than 0.3 doctors per 1,000 people in 2020.",
     ["supported"]),
    ("Chile, Peru and Kenya each had more than one doctor per 1,000 people in 2020.",
     ["contradicted"]),  # Kenya's 0.2
    ("In 2010, Chile and Peru had more than 1.4 doctors per 1,000 people.", ["supported"]),
    ("In several countries, including Kenya, Uganda and Chile, there were fewer than 0.5 "
     "doctors per 1,000 people in 2020.", ["contradicted"]),  # Chile's 2.5
    ("Peru, Chile and Uganda each counted at least 0.1 doctors per 1,000 people in 2000.",
     ["contradicted"]),  # Uganda's 0.08
    # each entity its own figure, in order ("respectively")
    ("Kenya and Uganda had 0.2 and 0.15 doctors per 1,000 people respectively in 2020.",
     ["supported", "supported"]),
    ("Kenya and Uganda had 0.15 and 0.2 doctors per 1,000 people respectively in 2020.",
     ["contradicted", "contradicted"]),
])
def test_a_figure_said_of_each_is_checked_for_each(table: ReferenceTable, sentence: str,
                                                   expected: list[str]) -> None:
    assert decided(sentence, table) == expected


@pytest.mark.parametrize("sentence", [
    # near-twin: the figure is shared out
    "Kenya and Uganda had a combined 0.35 doctors per 1,000 people in 2020.",
])
def test_a_figure_shared_out_is_not_said_of_each(table: ReferenceTable, sentence: str) -> None:
    assert "supported" not in decided(sentence, table)
