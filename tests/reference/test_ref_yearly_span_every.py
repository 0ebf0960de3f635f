"""A change per year over a span said of every year ("grew faster than 5% a year
throughout the 2010s") is read against each row of a series of yearly changes, not their
mean (reference.draft_verdicts: the sentence's span reading wins over "mean"); "an average
of" keeps the mean. Rows in our own words against a small table of yearly growth."""

from __future__ import annotations

import pandas as pd
import pytest

from factcheck import check
from factcheck.reference import load_reference


@pytest.fixture(scope="module")
def growth(tmp_path_factory: pytest.TempPathFactory) -> object:
    folder = tmp_path_factory.mktemp("growth")
    yearly = [8.5, 5.2, 5.5, 6.4, 7.4, 8.0, 8.3, 6.8, 6.5, 3.8]  # 2010-2019, mean 6.64
    rows = [{"entity": "Veltania", "metric": "Annual GDP growth", "period": str(2010 + k),
             "value": v, "unit": "percent", "source": "Test statistics office",
             "retrieved": "2026-12-01"} for k, v in enumerate(yearly)]
    path = folder / "growth.csv"
    pd.DataFrame(rows).to_csv(path, index=False)
    return load_reference(path)


@pytest.mark.parametrize(("claim", "status"), [
    ("Veltania grew faster than 5% a year throughout the 2010s.", "contradicted"),
    ("Veltania grew faster than 3% a year throughout the 2010s.", "supported"),
    ("Veltania grew by more than 5% a year in every year from 2011 to 2018.", "supported"),
    ("Veltania grew by an average of 6.6% a year between 2010 and 2019.", "supported"),
])
def test_every_year_is_read_row_by_row(growth: object, claim: str, status: str) -> None:
    verdicts = check(claim, references=[growth], bundled=False, as_of="2025-06-30").verdicts
    assert [v.status for v in verdicts] == [status]
