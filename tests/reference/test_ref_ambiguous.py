"""Unit abbreviations that name two amounts ("MT": metric tons or million tonnes): the
table's scale decides, or nothing does (reference.ambiguous)."""

from __future__ import annotations

import pandas as pd
import pytest

from factcheck import check, load_reference
from factcheck.reference import ReferenceTable
from tests.reference.tables import decided_statuses

ROWS = [  # entity, metric, value, unit, period, terms
    ("Peru", "fish catch", 6.1e6, "tonne", "2019", "catch|fish|fishing"),
    ("Peru", "fish catch", 5.4e6, "tonne", "2020", "catch|fish|fishing"),
    ("Peru", "fish catch", 6.6e6, "tonne", "2021", "catch|fish|fishing"),
    ("Malta", "honey production", 48.0, "tonne", "2020", "honey"),
    ("Malta", "honey production", 52.0, "tonne", "2021", "honey"),
]


@pytest.fixture(scope="module")
def table() -> ReferenceTable:
    frame = pd.DataFrame(ROWS, columns=["entity", "metric", "value", "unit", "period",
                                        "terms"]).assign(source="Illustrative series")
    return load_reference(frame, name="harvests")


def verdicts(sentence: str, table: ReferenceTable) -> list[str]:
    return decided_statuses(sentence, table)


@pytest.mark.parametrize(("sentence", "status"), [
    # million tonnes where the rows are millions: 6.6 million tonnes in 2021
    ("Peru's fish catch was about 6.6 MT in 2021.", "supported"),
    ("In 2021 Peru's fishing fleets landed roughly 6.6 Mt of fish.", "supported"),
    ("Peru's fish catch was 9.9 MT in 2021.", "contradicted"),
    ("In 2020, Peru's fish catch dropped to 3 Mt.", "contradicted"),
    # metric tons where the rows are tens of tonnes: 52 tonnes in 2021
    ("Malta's honey production was 52 MT in 2021.", "supported"),
    ("In 2021, Malta's honey production came to 80 MTs.", "contradicted"),
    ("Peru's fish catch reached 6.6 mt in 2021.", "supported"),
    ("The fish catch of Peru fell to 3 Mt in 2020.", "contradicted"),
])
def test_the_tables_scale_decides_an_ambiguous_abbreviation(
        table: ReferenceTable, sentence: str, status: str) -> None:
    assert verdicts(sentence, table) == [status]


@pytest.mark.parametrize("sentence", [
    # a thousand times off either reading: no reading is near the table's scale
    ("Peru's fish catch was 6,600 MT in 2021."),
    ("Malta's honey production was 52,000 Mt in 2021."),
    ("In 2021 Malta's honey production reached 0.005 MT."),
])
def test_no_verdict_when_the_scale_fits_neither_reading(table: ReferenceTable,
                                                        sentence: str) -> None:
    report = check(sentence, references=[table], bundled=False, as_of="2024-06-01")
    assert {v.status for v in report.verdicts} == {"unverifiable"}
    assert any("may mean metric tons or million tonnes" in v.explanation
               for v in report.verdicts), [v.explanation for v in report.verdicts]


@pytest.mark.parametrize(("sentence", "status"), [
    # near-twins: a scale word or a unit written out leaves nothing to choose
    ("Peru's fish catch was 6.6 million tonnes in 2021.", "supported"),
    ("Peru's fish catch was 6.6 million MT in 2021.", "supported"),
    ("Malta's honey production was 52 tonnes in 2021.", "supported"),
    ("Malta's honey production was 52 metric tons in 2021.", "supported"),
])
def test_a_unit_that_says_its_amount_is_read_as_written(table: ReferenceTable,
                                                        sentence: str, status: str) -> None:
    report = check(sentence, references=[table], bundled=False, as_of="2024-06-01")
    assert [v.status for v in report.verdicts] == [status]
    assert all("may mean" not in v.explanation and "read as" not in v.explanation
               for v in report.verdicts)


def test_the_explanation_says_which_reading_the_scale_chose(table: ReferenceTable) -> None:
    report = check("Peru's fish catch was about 6.6 MT in 2021.", references=[table],
                   bundled=False, as_of="2024-06-01")
    (verdict,) = report.verdicts
    assert "'about 6.6 MT' read as million tonnes, not metric tons" in verdict.explanation


def test_the_correction_keeps_the_writers_scale(table: ReferenceTable) -> None:
    report = check("Peru's fish catch was 9.9 MT in 2021.", references=[table],
                   bundled=False, as_of="2024-06-01")
    assert [f.suggestion for f in report.findings if f.code == "FC101"] == ["6.6 MT"]
