"""Ratios and norms held against rates per people: "a doctor-to-population ratio of 1:600"
is a rate per one person, restated per the series' base (reference.ratio,
reference.per_base.rebased); "falls short of the recommended ratio of 1:1,000" holds the
subject's rate below the norm's figure (reference.threshold)."""

from __future__ import annotations

import pytest

from factcheck.reference import ReferenceTable
from tests.reference.conftest import decided as decided_by
from tests.reference.conftest import rate_table

YEARS = [2000, 2010, 2020]
DOCTORS = "Medical doctors per 1,000 people"
POLICE = "Police officers per 1,000 people"
JOBLESS = "Unemployment rate"
SERIES = {  # (entity, metric, unit): values for YEARS
    ("Kenya", DOCTORS, "per 1,000 people"): [0.14, 0.18, 0.2],
    ("Chile", DOCTORS, "per 1,000 people"): [1.1, 1.7, 2.5],
    ("Peru", POLICE, "per 1,000 people"): [3.1, 2.0, 3.0],
    ("Chile", JOBLESS, "%"): [9.7, 8.4, 10.8],
    ("Kenya", "Population", "people"): [31e6, 42e6, 52e6],
}


@pytest.fixture(scope="module")
def table() -> ReferenceTable:
    return rate_table(SERIES, YEARS, "ratios")


def decided(sentence: str, table: ReferenceTable) -> list[tuple[str, str]]:
    return decided_by(sentence, table, as_of="2024-06-01")


@pytest.mark.parametrize(("sentence", "expected"), [
    # a ratio of two named terms: a rate of the first per one of the second
    ("Kenya had a doctor-to-population ratio of about 1:5,000 in 2020.",
     [("supported", DOCTORS)]),
    ("In 2020, Chile's ratio of doctors to people stood at 1:400.", [("supported", DOCTORS)]),
    ("Peru's police-to-population ratio was 1:250 in 2010.", [("contradicted", POLICE)]),
    ("Back in 2000 the doctor/population ratio in Kenya was roughly 1:7,000.",
     [("supported", DOCTORS)]),
    ("Chile's doctor-population ratio was 1:200 in 2010.", [("contradicted", DOCTORS)]),
    # a range of ratios: 1/6,000 to 1/5,000 of a doctor per person
    ("Kenya's doctor-to-population ratio was about 1:5,000-6,000 in 2010.",
     [("supported", DOCTORS)]),
    # a norm: the subject's rate above or below the norm's figure
    ("Kenya's doctor-to-population ratio still falls short of the WHO recommended ratio "
     "of 1:1,000.", [("supported", DOCTORS)]),
    ("Chile's doctor-to-population ratio now exceeds the recommended ratio of 1:1,000.",
     [("supported", DOCTORS)]),
    ("Peru's police-to-population ratio remains below the suggested ratio of 1:450.",
     [("contradicted", POLICE)]),
    pytest.param("Chile's unemployment stayed below the government's target of 5% in 2020.",
                 [("contradicted", JOBLESS)], marks=pytest.mark.xfail(
                     strict=True, reason="the measure of a norm's subject ('unemployment') "
                     "is not read; the norm's noun ('target') is dropped and none is left")),
    ("In 2010 Kenya's ratio of doctors to people fell far short of the minimum ratio of "
     "1:1,000.", [("supported", DOCTORS)]),
])
def test_a_ratio_or_a_norm_is_held_against_the_rates(table: ReferenceTable, sentence: str,
                                                     expected: list[tuple[str, str]]) -> None:
    assert decided(sentence, table) == expected


@pytest.mark.parametrize("sentence", [
    # near-twins: a ratio whose terms the sentence does not name; a clock time and a score
    "The ratio in Kenya was 1:5,000 in 2020.",
    "In Kenya the clinic opened at 8:30 in 2020 and the team won 3:1.",
    # a threshold that is a figure of a population, to be checked, not a norm to hold
    # the subject to: the regional average is no row of Kenya's
    "Kenya's doctor-to-population ratio is below the regional average of 1:1,000.",
])
def test_no_verdict_without_the_ratio_terms_or_a_norm(table: ReferenceTable,
                                                      sentence: str) -> None:
    assert decided(sentence, table) == []
