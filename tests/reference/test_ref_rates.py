"""A rate whose unit the table gives only as a label ("births per woman"), named by the
claim's unit or by the metric itself (issue 16). Invented figures, our own sentences."""

from __future__ import annotations

import pandas as pd
import pytest

from factcheck import check, load_reference
from factcheck.reference import ReferenceTable


@pytest.fixture(scope="module")
def table() -> ReferenceTable:
    rows = [("Chad", "Total fertility rate: births per woman", v, "count", str(y), "S",
             "unit: Live births per woman") for y, v in ((2000, 7.2), (2020, 6.1))]
    frame = pd.DataFrame(rows, columns=["entity", "metric", "value", "unit", "period",
                                        "source", "notes"])
    return load_reference(frame, name="rates")


@pytest.mark.parametrize(("sentence", "status"), [
    ("Chad's fertility rate fell to 6.1 in 2020.", "supported"),
    ("In 2020 the fertility rate in Chad was 5.4.", "contradicted"),
    ("Chad's fertility rate was 6.1 children per woman in 2020.", "supported"),
    ("Chad's fertility rate stood at 7 births per woman in 2020.", "contradicted"),
])
def test_a_rate_is_matched_by_its_unit_or_its_metric(table: ReferenceTable, sentence: str,
                                                     status: str) -> None:
    report = check(sentence, references=[table], bundled=False, as_of="2024-06-01")
    assert [v.status for v in report.verdicts if v.status != "unverifiable"] == [status]


@pytest.mark.parametrize("sentence", [
    "Chad recorded 6.1 in 2020.",                       # a bare number, nothing named
    "Chad had 6.1 million children in 2020.",           # a count of children, no rate
])
def test_a_figure_that_names_neither_is_not_decided(table: ReferenceTable,
                                                    sentence: str) -> None:
    report = check(sentence, references=[table], bundled=False, as_of="2024-06-01")
    assert {v.status for v in report.verdicts} <= {"unverifiable"}
