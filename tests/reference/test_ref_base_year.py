"""A change stated against a base year runs from that year (reference.base_year): "30%
bigger than in 2015", "ten times what it was in 2015", "down 1.2% on 2015", "Compared with
2015, ...". Before, such a change was held against the year before its later level."""

from __future__ import annotations

import pytest

from factcheck import check
from factcheck.reference import ReferenceTable
from tests.reference.test_ref_growth import series_table


@pytest.fixture(scope="module")
def table() -> ReferenceTable:
    return series_table()


CASES = [
    # GDP 2015 $200bn -> 2022 $260bn: +30%
    ("Portugal's GDP in 2022 was 30% bigger than in 2015.", ["supported"]),
    ("In 2022, Portugal's GDP was 30% smaller than in 2015.", ["contradicted"]),
    ("Portugal's GDP was 50% higher in 2022 than in 2015.", ["contradicted"]),
    # solar generation 1.3 -> 14.2 TWh: a factor of 10.9
    ("Chile's solar generation in 2022 was ten times what it was in 2015.", ["supported"]),
    ("In 2022 Chile's solar output was eleven times its 2015 level.", ["supported"]),
    ("Chile's solar generation in 2022 was four times its 2015 level.", ["contradicted"]),
    ("Compared with 2015, Chile's solar generation has risen tenfold.", ["supported"]),
    # CO2 8.5e7 -> 8.4e7 tonnes: -1.2%
    ("Chile's CO2 emissions in 2022 were down 1.2% on 2015.", ["supported"]),
    ("Chile's CO2 emissions in 2022 were up 12% on 2015.", ["contradicted"]),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_a_change_against_a_base_year(table: ReferenceTable, sentence: str,
                                      expected: list[str]) -> None:
    report = check(sentence, references=[table], bundled=False, as_of="2024-06-01")
    decided = [v for v in report.verdicts if v.status != "unverifiable"]
    assert [v.status for v in decided] == expected, [v.explanation for v in report.verdicts]
    assert {row.period for row in decided[0].rows} >= {"2015"}  # the base year's row decides
    assert decided[0].claim in report.claims  # the verdict keeps the claim as written


@pytest.mark.parametrize("sentence", [
    # the comparison is of the growth, not a change from 2015's level
    "Portugal's GDP grew 6.8% in 2022, faster than in 2015.",
    # a span of its own keeps its ends
    "Portugal's GDP rose 30% between 2019 and 2022, more than in 2015.",
])
def test_a_year_that_is_no_base(table: ReferenceTable, sentence: str) -> None:
    report = check(sentence, references=[table], bundled=False, as_of="2024-06-01")
    for verdict in report.verdicts:
        assert all(row.period != "2015" for row in verdict.rows), verdict.explanation


# a present level against a year ("is 30% bigger than it was in 2015"): the parse dates the
# change by the base year; the later end is the latest row before the draft's date
NOW_CASES = [
    ("Portugal's GDP is 30% bigger than it was in 2015.", ["supported"]),
    ("Portugal's GDP is now about 30% higher than in 2015.", ["supported"]),
    ("Portugal's economy is 60% bigger than it was in 2015.", ["contradicted"]),
    ("Chile's solar generation is ten times what it was in 2015.", ["supported"]),
    ("Chile's solar generation is three times what it was in 2015.", ["contradicted"]),
]


@pytest.mark.parametrize(("sentence", "expected"), NOW_CASES)
def test_a_present_level_against_a_base_year(table: ReferenceTable, sentence: str,
                                             expected: list[str]) -> None:
    report = check(sentence, references=[table], bundled=False, as_of="2024-06-01")
    decided = [v for v in report.verdicts if v.status != "unverifiable"]
    assert [v.status for v in decided] == expected, [v.explanation for v in report.verdicts]
