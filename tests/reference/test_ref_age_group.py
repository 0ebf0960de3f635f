"""An age bound that names the group of people counted ("women under 25", "children aged
under five", "drivers over 70") is no figure of the measure: held against a row it would be
a bound on the row's value, and a fertility rate of 1.3 is "under 25" (a false
"supported"). Such a figure is unverifiable with the reason (reference.age_group). Our own
sentences and illustrative figures: rows whose age bound must decide nothing, and near
twins whose bound is a figure of the measure and must still decide."""

from __future__ import annotations

import pytest

from factcheck import check
from factcheck.reference import ReferenceTable
from tests.reference.tables import yearly_table

YEARS = [2018, 2019, 2020]
SERIES = {  # illustrative figures, not published ones
    ("Ruritania", "Total fertility rate: births per woman", "count"): [1.6, 1.5, 1.4],
    ("Ruritania", "Number of road deaths", "count"): [410.0, 395.0, 380.0],
    ("Ruritania", "Population (Total)", "count"): [5_200_000.0, 5_250_000.0, 5_300_000.0],
}


@pytest.fixture(scope="module")
def table() -> ReferenceTable:
    return yearly_table(SERIES, YEARS, "age-group")


def verdicts(table: ReferenceTable, sentence: str) -> dict[str, str]:
    report = check(sentence, references=[table], bundled=False, as_of="2024-06-01")
    return {v.claim.text: v.status for v in report.verdicts}


AGE_GROUPS = [  # (sentence, the age bound's surface): it must be unverifiable
    ("In Ruritania, the fertility rate among women under 25 was 1.5 in 2019.", "under 25"),
    ("In Ruritania, the fertility rate for women under 30 was 1.4 in 2020.", "under 30"),
    ("Ruritania's fertility rate among women younger than 20 fell to 1.4 in 2020.", "20"),
    ("Road deaths among drivers under 25 in Ruritania reached 410 in 2018.", "under 25"),
    ("The fertility rate of women aged over 40 in Ruritania stood at 1.6 in 2018.",
     "over 40"),
    ("In 2019 the fertility rate of Ruritanian women over 35 was 1.5.", "over 35"),
    # already undecided for other reasons; kept so that they stay so
    ("Road deaths of children aged under 5 in Ruritania numbered 380 in 2020.", "under 5"),
    ("In 2019, Ruritania recorded 395 road deaths of drivers over 70.", "over 70"),
]


@pytest.mark.parametrize(("sentence", "bound"), AGE_GROUPS)
def test_age_group_decides_nothing(table: ReferenceTable, sentence: str, bound: str) -> None:
    found = verdicts(table, sentence)
    assert found.get(bound) in (None, "unverifiable"), found


NEAR_TWINS = [  # (sentence, surface, status): a bound on the measure itself still decides
    ("Ruritania's fertility rate stayed under 2 in 2019.", "under 2", "supported"),
    ("Ruritania's fertility rate was over 2 in 2019.", "over 2", "contradicted"),
    ("Road deaths in Ruritania were under 400 in 2020.", "under 400", "supported"),
    ("Ruritania had over 5 million people in 2019.", "over 5 million people", "supported"),
]


@pytest.mark.parametrize(("sentence", "surface", "status"), NEAR_TWINS)
def test_bound_on_the_measure_decides(table: ReferenceTable, sentence: str, surface: str,
                                      status: str) -> None:
    assert verdicts(table, sentence).get(surface) == status


OF_AN_AGE_GROUP = [  # (sentence, surface): a figure of an age group is no figure of all ages
    ("In Ruritania, the fertility rate among women under 30 was 1.4 births per woman in "
     "2020.", "1.4 births"),
    ("Ruritania's fertility rate for women over 35 was 1.5 births per woman in 2019.",
     "1.5 births"),
    ("For mothers aged over 40, the fertility rate in Ruritania was 1.6 births per woman "
     "in 2018.", "1.6 births"),
    ("Ruritania recorded 410 road deaths among drivers under 25 in 2018.",
     "410 road deaths"),
]


@pytest.mark.parametrize(("sentence", "surface"), OF_AN_AGE_GROUP)
def test_figure_of_an_age_group(table: ReferenceTable, sentence: str, surface: str) -> None:
    assert verdicts(table, sentence).get(surface) == "unverifiable"


OF_ALL_AGES = [  # near twins: the same figures of everyone still decide
    ("In Ruritania, the fertility rate was 1.4 births per woman in 2020.", "1.4 births"),
    ("Ruritania's fertility rate was 1.5 births per woman in 2019.", "1.5 births"),
    ("For mothers, the fertility rate in Ruritania was 1.6 births per woman in 2018.",
     "1.6 births"),
    ("Ruritania recorded 410 road deaths in 2018.", "410 road deaths"),
]


@pytest.mark.parametrize(("sentence", "surface"), OF_ALL_AGES)
def test_figure_of_all_ages(table: ReferenceTable, sentence: str, surface: str) -> None:
    assert verdicts(table, sentence).get(surface) == "supported"
