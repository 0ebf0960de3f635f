"""A figure in a bare unit word that names several amounts ("gallons": US or imperial;
"tons": metric, short or long) is held against a table in every reading of
units/readings.tsv and decided only when they all agree; a word that says which one ("US
gallons", "US tons") pins it (reference.unit_readings)."""

from __future__ import annotations

import pandas as pd
import pytest

from factcheck import load_reference
from factcheck.reference import ReferenceTable
from tests.reference.conftest import decided

AS_OF = "2025-06-30"


@pytest.fixture(scope="module")
def table() -> ReferenceTable:
    rows = [  # 1.0 million imperial gallons = 1.2 million US gallons = 4.546 million litres
        ("Peru", "Water withdrawals", 4_546_090.0, "liter", "2024"),
        ("Peru", "Grain exports", 1_088_622.0, "kilogram", "2024"),  # 1,200 short tons
    ]
    frame = pd.DataFrame(rows, columns=["entity", "metric", "value", "unit", "period"])
    return load_reference(frame.assign(source="Illustrative series"), name="readings")


@pytest.mark.parametrize(("sentence", "expected"), [
    # the readings disagree: one holds, the other does not
    ("Peru's water withdrawals reached 1.2 million gallons in 2024.", []),
    ("In 2024 Peru's water withdrawals came to 1 million gallons.", []),
    # every reading agrees
    ("Peru's water withdrawals reached 3 million gallons in 2024.",
     [("contradicted", "Water withdrawals")]),
    # a word pins the reading
    ("Peru's water withdrawals reached 1.2 million US gallons in 2024.",
     [("supported", "Water withdrawals")]),
    ("Peru's water withdrawals reached 1 million imperial gallons in 2024.",
     [("supported", "Water withdrawals")]),
    ("Peru's water withdrawals reached 1 million US gallons in 2024.",
     [("contradicted", "Water withdrawals")]),
    ("Peru's grain exports reached 1,200 US tons in 2024.", [("supported", "Grain exports")]),
    ("Peru's grain exports reached 1,200 tons in 2024.", []),
])
def test_each_reading_decides_together(table: ReferenceTable, sentence: str,
                                       expected: list[tuple[str, str]]) -> None:
    assert decided(sentence, table, AS_OF) == expected


@pytest.mark.parametrize(("text", "unit"), [
    ("The barge carried 1,200 US tons of grain.", "short_ton"),
    ("The barge carried 1,200 U.S. tons of grain.", "short_ton"),
    ("The crane lifts one US ton at a time.", "short_ton"),
    ("The barge carried 1,200 tons of grain.", "short_ton"),  # bare: FC303 says so
])
def test_us_tons_are_short_tons(text: str, unit: str) -> None:
    from factcheck import check

    report = check(text, bundled=False)
    assert [c.unit for c in report.claims] == [unit]
    bare = "US" not in text and "U.S." not in text
    assert any(f.code == "FC303" for f in report.findings) == bare
