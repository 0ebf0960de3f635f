"""A level over a span of years: the words that say each year ("throughout", "in every
year", "stayed"), and bounds on a stock, whose total over years means nothing (issue 16).
Figures invented for the tests, sentences our own."""

from __future__ import annotations

import pandas as pd
import pytest

from factcheck import check, load_reference
from factcheck.reference import ReferenceTable
from tests.reference.tables import decided_statuses

# (entity, alias, metric, unit) -> {year: value}
SERIES = {
    ("Chile", "CHL", "Population (Total)", "count"): {2015: 17.9e6, 2016: 18.2e6, 2017: 18.5e6,
                                                 2018: 18.8e6, 2019: 19.1e6},
    ("Chile", "CHL", "Installed wind energy capacity", "gigawatts"): {
        2015: 0.9, 2016: 1.4, 2017: 1.6, 2018: 1.6, 2019: 2.1},
    ("Chile", "CHL", "Annual CO2 emissions", "tonnes"): {
        2015: 80e6, 2016: 85e6, 2017: 86e6, 2018: 87e6, 2019: 86e6},
}


@pytest.fixture(scope="module")
def table() -> ReferenceTable:
    rows = [(entity, metric, value, unit, str(year), "Illustrative series", alias, "")
            for (entity, alias, metric, unit), values in SERIES.items()
            for year, value in values.items()]
    frame = pd.DataFrame(rows, columns=["entity", "metric", "value", "unit", "period",
                                        "source", "aliases", "terms"])
    return load_reference(frame, name="spans")


def decided(sentence: str, table: ReferenceTable) -> list[str]:
    return decided_statuses(sentence, table)


ROWS = [
    # each year: the words say so, whatever the series counts
    ("Chile's population stayed above 18 million people between 2015 and 2019.", ["contradicted"]),
    ("Throughout 2015 to 2019, Chile's population was above 17 million.", ["supported"]),
    ("In every year between 2015 and 2019 Chile had more than 1 gigawatt of installed wind "
     "capacity.", ["contradicted"]),
    ("Chile's annual CO2 emissions remained under 90 million tonnes from 2015 to 2019.",
     ["supported"]),
    ("Chile's annual CO2 emissions stayed below 85 million tonnes between 2015 and 2019.",
     ["contradicted"]),
    # a bound on a stock with no such word: the total (92 million people) and each year
    # disagree, so nothing is decided; where they agree the verdict stands
    ("Chile's population was above 18 million people between 2015 and 2019.", []),
    ("Chile's population was above 17 million people between 2015 and 2019.", ["supported"]),
    ("Chile's population was below 10 million people between 2015 and 2019.", ["contradicted"]),
    # a flow's bound is on the total (424 million tonnes over the five years)
    pytest.param("Chile's CO2 emissions came to more than 400 million tonnes between 2015 "
                 "and 2019.", ["supported"], marks=pytest.mark.xfail(
                     strict=True, reason="frames: the span after 'came to' is read as 2019")),
    ("Between 2015 and 2019 Chile's annual CO2 emissions totalled under 300 million "
     "tonnes.", ["contradicted"]),
]


# a count lost or gained since a year is a change of the stock, never a level over the
# span (Chile grew by 1.2 million people from 2015 to 2019)
CHANGES = [
    ("Chile has lost more than 1 million people since 2015.", ["contradicted"]),
    ("Chile has gained more than 1 million people since 2015.", ["supported"]),
    ("Chile has added more than 3 million people since 2015.", ["contradicted"]),
]


@pytest.mark.parametrize(("sentence", "statuses"), CHANGES)
def test_a_count_lost_since_a_year_is_a_change(table: ReferenceTable, sentence: str,
                                               statuses: list[str]) -> None:
    report = check(sentence, references=[table], bundled=False, as_of="2020-03-01")
    assert [v.status for v in report.verdicts if v.status != "unverifiable"] == statuses


@pytest.mark.parametrize(("sentence", "statuses"), ROWS)
def test_a_level_over_years(table: ReferenceTable, sentence: str,
                            statuses: list[str]) -> None:
    assert decided(sentence, table) == statuses
