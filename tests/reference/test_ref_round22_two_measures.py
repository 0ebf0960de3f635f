"""Round 22, issue 16: a comparison of two measures of one entity ("in Chile, solar
overtook gas", "hydro made more power than coal in Peru"), decided on two series whose
titles are parallel (reference.compare_metrics). Our own sentences, illustrative figures:
rows that must change and near twins that must not."""

from __future__ import annotations

import pytest

from factcheck.reference import ReferenceTable
from tests.reference.tables import decided_statuses, yearly_table

YEARS = [2016, 2017, 2018, 2019, 2020, 2021]
SHARE = "Share of electricity production from {}"
# (entity, metric, unit): values for YEARS (illustrative, not published)
SERIES = {
    ("Chile", SHARE.format("solar"), "percent"): [4.0, 6.0, 8.0, 10.0, 13.0, 17.0],
    ("Chile", SHARE.format("gas"), "percent"): [19.0, 17.0, 15.0, 14.0, 12.0, 11.0],
    ("Chile", SHARE.format("coal"), "percent"): [38.0, 36.0, 34.0, 30.0, 29.0, 25.0],
    ("Peru", SHARE.format("hydropower"), "percent"): [40.0, 50.0, 52.0, 55.0, 56.0, 57.0],
    ("Peru", SHARE.format("gas"), "percent"): [45.0, 44.0, 41.0, 39.0, 37.0, 36.0],
    ("Peru", SHARE.format("coal"), "percent"): [1.0, 1.0, 1.0, 0.5, 0.4, 0.2],
    ("Chile", "Installed solar energy capacity", "gigawatt"): [1.0, 2.0, 2.5, 3.0, 4.0, 5.0],
}


@pytest.fixture(scope="module")
def table() -> ReferenceTable:
    return yearly_table(SERIES, YEARS, "two-measures")


TWO_MEASURES = [
    # a verb of passing: above at the year, not above the row before
    ("In Chile, solar overtook gas as a source of electricity in 2020.", ["supported"]),
    ("Chile's solar power surpassed its gas plants in 2018.", ["contradicted"]),
    ("Peru's hydropower has overtaken gas in its electricity mix.", ["supported"]),
    # "than": the levels of one year, either way round, with the peer's words after "than"
    ("Hydropower generated more of Peru's electricity than gas in 2017.", ["supported"]),
    ("In Peru, gas produced more electricity than hydropower did in 2019.", ["contradicted"]),
    ("Coal supplied less electricity than solar in Chile in 2016.", ["contradicted"]),
    # near twins: above all along (no passing), negated, a figure of its own (its level
    # alone decided), two entities, a title word the sentence does not say (capacity), no
    # word of what the two are shares of, a span of several years with "than"
    ("In Chile, coal overtook gas as a source of electricity in 2019.", []),
    ("Chile's solar power has not overtaken its coal plants.", []),
    ("In Chile, solar produced 13% of electricity in 2020, more than gas.", ["supported"]),
    ("Chile's solar overtook Peru's gas in 2020.", []),
    ("In Chile, solar capacity overtook gas in 2020.", []),
    ("Peru's hydropower has overtaken gas.", []),
    ("In the 2010s, Peru's hydropower generated more electricity than gas.", []),
]


@pytest.mark.parametrize(("sentence", "expected"), TWO_MEASURES)
def test_two_measures_of_one_entity(table: ReferenceTable, sentence: str,
                                    expected: list[str]) -> None:
    assert decided_statuses(sentence, table) == expected
