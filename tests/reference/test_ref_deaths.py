"""People counted as deaths, counts a day over a span of years, and shares written "N in
every M" (issue 16). The figures are invented for the tests, the sentences our own."""

from __future__ import annotations

import pandas as pd
import pytest

from factcheck import check, load_reference
from factcheck.reference import ReferenceTable
from tests.reference.tables import decided_statuses

YEARS = (2018, 2019, 2020, 2021, 2022, 2023)
# (entity, alias, metric, unit) -> value in each year
SERIES = {
    ("Kenya", "KEN", "Deaths from tuberculosis", "count"): 30000.0,
    ("Peru", "PER", "Total deaths from malignant neoplasms among both sexes", "count"):
        36000.0,
    ("Chile", "CHL", "Obesity in adults", "%"): 28.0,
    ("Chile", "CHL", "Obesity in children", "%"): 10.2,
    ("Kenya", "KEN", "Share of the population vaccinated", "%"): 61.0,
    ("Chile", "CHL", "Share of the population with access to electricity", "%"): 84.7,
}


@pytest.fixture(scope="module")
def table() -> ReferenceTable:
    rows = [(entity, metric, value, unit, str(year), "Illustrative series", alias, "")
            for (entity, alias, metric, unit), value in SERIES.items() for year in YEARS]
    frame = pd.DataFrame(rows, columns=["entity", "metric", "value", "unit", "period",
                                        "source", "aliases", "terms"])
    return load_reference(frame, name="deaths")


def decided(sentence: str, table: ReferenceTable) -> list[str]:
    return decided_statuses(sentence, table)


# Kenya: 30,000 tuberculosis deaths a year = 82 a day = 3.4 an hour; Peru: 36,000 cancer
# deaths a year = 99 a day
DEATHS = [
    ("About 80 people died of tuberculosis each day in Kenya in 2022.", ["supported"]),
    ("In 2021, 20 people in Kenya died from tuberculosis every hour.", ["contradicted"]),
    ("Roughly 30,000 people died of tuberculosis in Kenya in 2020.", ["supported"]),
    ("Cancer killed some 36,000 people in Peru in 2019.", ["supported"]),
    ("In Peru, about 300 people a day died of cancer in 2020.", ["contradicted"]),
    ("Tuberculosis claimed the lives of 90,000 people in Kenya in 2018.", []),
    # near twins: people counted, but not as deaths
    ("About 80 people were treated for tuberculosis each day in Kenya in 2022.", []),
    ("Roughly 30,000 people were screened for tuberculosis in Kenya in 2020.", []),
    ("Some 36,000 people in Peru were tested for cancer in 2019.", []),
]


@pytest.mark.parametrize(("sentence", "statuses"), DEATHS)
def test_people_who_died_are_counted_as_deaths(table: ReferenceTable, sentence: str,
                                               statuses: list[str]) -> None:
    assert decided(sentence, table) == statuses


SPANS = [
    # a count a day over years: each year's count, never the span's total (4 years of
    # 30,000 is 120,000, above the 36,525 a year that "100 a day" is)
    ("Since 2019, at least 100 people in Kenya have died of tuberculosis every day.",
     ["contradicted"]),
    ("Between 2019 and 2021, about 80 people a day died of tuberculosis in Kenya.",
     ["supported"]),
    ("From 2019 to 2022, fewer than 100 people in Kenya died of tuberculosis each day.",
     ["supported"]),
    ("More than 150 people died of cancer in Peru every day between 2018 and 2020.",
     ["contradicted"]),
    ("Between 2018 and 2021 roughly 100 people in Peru died of cancer each day.",
     ["supported"]),
]


@pytest.mark.parametrize(("sentence", "statuses"), SPANS)
def test_a_count_a_day_over_years_is_each_years_count(table: ReferenceTable, sentence: str,
                                                     statuses: list[str]) -> None:
    assert decided(sentence, table) == statuses


SHARES = [
    ("Obesity affects two in every five adults in Chile.", ["contradicted"]),
    ("Roughly three in every ten Chilean adults are obese.", ["supported"]),
    ("In Chile, one in every two adults is obese.", ["contradicted"]),
    ("About one in ten children in Chile is obese.", ["supported"]),
    ("Nine in every ten adults in Chile are obese.", ["contradicted"]),
    pytest.param("Six out of every ten Kenyans have been vaccinated.", ["supported"],
                 marks=pytest.mark.xfail(strict=True, reason="frames: a share whose "
                                         "predicate is a verb gets no measure")),
    # no measure the table holds: nothing decided
    ("Two in every five adults in Chile smoke.", []),
    # a share of a people who have a thing is the share with access to it; "eight out of
    # 10" is a fraction, 10% of its value (84.7 is inside 72 to 88)
    ("Eight out of 10 Chileans have electricity at home.", ["supported"]),
    ("Nine in every ten Chileans have electricity.", ["supported"]),
    ("Only half of Chileans have electricity in their homes.", ["contradicted"]),
    ("Six in ten Chileans had access to electricity in 2020.", ["contradicted"]),
    # near twins: the share without it, or another thing had
    ("Two in ten Chileans do not have electricity.", []),
    ("Eight out of 10 Chileans have a car.", []),
]


@pytest.mark.parametrize(("sentence", "statuses"), SHARES)
def test_a_share_in_every_so_many_is_of_the_people_it_counts(
        table: ReferenceTable, sentence: str, statuses: list[str]) -> None:
    assert decided(sentence, table) == statuses


@pytest.fixture(scope="module")
def emissions() -> ReferenceTable:
    frame = pd.DataFrame(
        [("Peru", "Annual CO2 emissions", 55e6, "tonnes", str(year), "Illustrative series",
          "PER", "") for year in YEARS],
        columns=["entity", "metric", "value", "unit", "period", "source", "aliases", "terms"])
    return load_reference(frame, name="emissions")


@pytest.mark.parametrize(("sentence", "suggested"), [
    # 36,000 cancer deaths a year is 98.6 a day; 55 million tonnes a year
    ("In Peru, about 300 people a day died of cancer in 2020.", 98.6),
    ("Peru's CO2 emissions were about 90 million tonnes a year in 2021.", 55e6),
    ("In 2021 Peru's CO2 emissions came to 80 million tonnes a year.", 55e6),
])
def test_a_contradicted_count_per_time_suggests_the_rows_figure_per_that_time(
        table: ReferenceTable, emissions: ReferenceTable, sentence: str,
        suggested: float) -> None:
    report = check(sentence, references=[table, emissions], bundled=False,
                   as_of="2024-06-01")
    (finding,) = [f for f in report.findings if f.code == "FC101"]
    assert finding.suggestion is not None
    from factcheck.extract import extract

    (value,) = [c.value for c in extract(finding.suggestion)] or [None]
    assert value is not None and abs(value - suggested) <= 0.06 * suggested
