"""A region's people ("Africans", "Europeans", "South Americans") name the region's rows
(reference.entities._people_of), after the countries' demonyms ("Americans": the US)."""

from __future__ import annotations

import pandas as pd
import pytest

from factcheck import check, load_reference
from factcheck.reference import ReferenceTable

ROWS = [  # illustrative figures, not published ones
    ("Africa", 57.0), ("Europe", 100.0), ("South America", 97.0), ("Asia", 96.0),
    ("United States", 100.0),
]


@pytest.fixture(scope="module")
def table() -> ReferenceTable:
    frame = pd.DataFrame([(entity, "Access to electricity (share of people)", value,
                           "%", "2021", "Illustrative series", "electricity|access")
                          for entity, value in ROWS],
                         columns=["entity", "metric", "value", "unit", "period", "source",
                                  "terms"])
    return load_reference(frame, name="access")


@pytest.mark.parametrize(("sentence", "status"), [
    ("In 2021, 57% of Africans had access to electricity.", "supported"),
    ("Only a third of Africans had access to electricity in 2021.", "contradicted"),
    ("In 2021 some 97% of South Americans had access to electricity.", "supported"),
    ("Just 80% of Asians had access to electricity in 2021.", "contradicted"),
])
def test_a_regions_people(table: ReferenceTable, sentence: str, status: str) -> None:
    report = check(sentence, references=[table], bundled=False, as_of="2024-06-01")
    assert [v.status for v in report.verdicts] == [status], [
        v.explanation for v in report.verdicts]


def test_a_countrys_people_stay_the_country(table: ReferenceTable) -> None:
    report = check("In 2021, 100% of Americans had access to electricity.",
                   references=[table], bundled=False, as_of="2024-06-01")
    assert [v.evidence.entity for v in report.verdicts if v.evidence] == ["United States"]
