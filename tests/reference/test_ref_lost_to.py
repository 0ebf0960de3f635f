"""People lost to a cause are deaths from it (reference.lost_to); a count per day or week
is read as the yearly count it implies, the time after the figure or before it in its
clause (reference.per_time); a relative change of a daily count is the change of the
yearly series (reference.match)."""

from __future__ import annotations

import pytest

from factcheck.reference import ReferenceTable
from tests.reference.conftest import decided as decided_by
from tests.reference.conftest import rate_table

YEARS = [2000, 2010, 2020]
MALARIA = "Deaths from malaria"
TB = "Deaths from tuberculosis"
SERIES = {  # (entity, metric, unit): values for YEARS
    ("Kenya", MALARIA, "deaths"): [21000, 14600, 10950],
    ("Peru", TB, "deaths"): [3100, 2400, 2200],
    ("Kenya", "Population", "people"): [31e6, 42e6, 52e6],
    ("Peru", "Population", "people"): [26e6, 29e6, 33e6],
}


@pytest.fixture(scope="module")
def table() -> ReferenceTable:
    return rate_table(SERIES, YEARS, "deaths")


def decided(sentence: str, table: ReferenceTable) -> list[tuple[str, str]]:
    return decided_by(sentence, table, as_of="2024-06-01")


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Kenya loses about 30 people a day to malaria.", [("supported", MALARIA)]),
    ("In 2010 Peru lost 2,400 lives to tuberculosis.", [("supported", TB)]),
    ("Every week Kenya loses more than 400 of its citizens to malaria.",
     [("contradicted", MALARIA)]),
    ("Peru was losing roughly 8 people a day to tuberculosis in 2000.", [("supported", TB)]),
    ("Every day, about 40 people die of malaria in Kenya, down from 2000.",
     [("contradicted", MALARIA)]),
    ("In Kenya the daily toll from malaria fell by about half between 2000 and 2020.",
     [("supported", MALARIA)]),
])
def test_people_lost_to_a_cause_are_its_deaths(table: ReferenceTable, sentence: str,
                                               expected: list[tuple[str, str]]) -> None:
    assert decided(sentence, table) == expected


@pytest.mark.parametrize("sentence", [
    # near-twins: a loss that is a change of a level, or a loss with no cause
    "Kenya lost 2,000 hospital jobs to budget cuts in 2010.",
    "Peru's population lost 40,000 people in 2010.",
])
def test_a_loss_that_is_no_death_toll_decides_no_deaths(table: ReferenceTable,
                                                        sentence: str) -> None:
    assert all(metric not in (MALARIA, TB) for _, metric in decided(sentence, table))
