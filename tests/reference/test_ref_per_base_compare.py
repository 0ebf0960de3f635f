"""A comparison between places that says "per" and a base ("per hectare", "per head") is
a comparison of rates: only a series of rates decides it, never a series of totals whose
ratio happens to fit (reference.compare_series; the lead's fix after blind set 17, where a
yield comparison was "supported" by the ratio of two harvests). The tables are invented:
the totals' ratio is 3.0 and the yields' ratio 1.5, so a total read for a rate would be
called right.
"""

from __future__ import annotations

import pytest

from factcheck.reference import ReferenceTable
from tests.reference.tables import decided_statuses, rows_table

TOTALS = [  # (entity, metric, value, unit, period)
    ("Arland", "Wheat production", 9_000_000, "tonnes", "2020"),
    ("Borvia", "Wheat production", 3_000_000, "tonnes", "2020"),
    ("Arland", "Rice production", 4_000_000, "tonnes", "2020"),
    ("Borvia", "Rice production", 2_000_000, "tonnes", "2020"),
]
YIELDS = [
    ("Arland", "Wheat yield (tonnes per hectare)", 6.0, "tonnes per hectare", "2020"),
    ("Borvia", "Wheat yield (tonnes per hectare)", 4.0, "tonnes per hectare", "2020"),
]


@pytest.fixture(scope="module")
def totals() -> ReferenceTable:
    return rows_table(TOTALS, name="totals")


@pytest.fixture(scope="module")
def both() -> ReferenceTable:
    return rows_table(TOTALS + YIELDS, name="totals and yields")


@pytest.mark.parametrize("sentence", [
    "Wheat harvested per hectare in Arland was about three times that of Borvia in 2020.",
    "In 2020 Arland's rice output per hectare was roughly double Borvia's.",
    "Per-head wheat production in Arland was about three times Borvia's in 2020.",
])
def test_a_rate_is_not_decided_by_totals(sentence: str, totals: ReferenceTable) -> None:
    assert decided_statuses(sentence, totals, as_of="2024-06-01") == []


@pytest.mark.parametrize(("sentence", "status"), [
    ("Arland's wheat harvest was about three times that of Borvia in 2020.", "supported"),
    ("In 2020 Arland produced roughly double Borvia's rice.", "supported"),
    ("Arland's wheat harvest was about three times that of Borvia in 2020, some 80 per "
     "cent of the region's.", "supported"),
])
def test_totals_still_decide_totals(sentence: str, status: str, totals: ReferenceTable
                                    ) -> None:
    assert status in decided_statuses(sentence, totals, as_of="2024-06-01")


@pytest.mark.parametrize(("sentence", "status"), [
    ("Wheat yield per hectare in Arland was about 1.5 times that of Borvia in 2020.",
     "supported"),
    ("Wheat yield per hectare in Arland was about three times that of Borvia in 2020.",
     "contradicted"),
])
def test_a_series_of_rates_decides_a_rate(sentence: str, status: str, both: ReferenceTable
                                          ) -> None:
    assert decided_statuses(sentence, both, as_of="2024-06-01") == [status]
