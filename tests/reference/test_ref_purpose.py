"""Money set aside for a purpose is a part of the budget, not the budget (reference.purpose):
the desk's row of the whole budget decides the whole and not its parts."""

from __future__ import annotations

import pandas as pd
import pytest

from factcheck import check, load_reference
from factcheck.reference import ReferenceTable


@pytest.fixture(scope="module")
def table() -> ReferenceTable:
    rows = pd.DataFrame([("Millbrook", "budget", 12e6, "USD", "2025", "Millbrook council budget",
                          "2025-08-27")],
                        columns=["entity", "metric", "value", "unit", "period", "source",
                                 "retrieved"])
    return load_reference(rows, name="desk")


def statuses(sentence: str, table: ReferenceTable) -> list[str]:
    report = check(sentence, references=[table], bundled=False, as_of="2025-10-01")
    return [v.status for v in report.verdicts]


@pytest.mark.parametrize(("sentence", "expected"), [
    # the whole budget: decided
    ("Millbrook's budget for 2025 is $12 million.", ["supported"]),
    ("In 2025 Millbrook set a budget of $15 million.", ["contradicted"]),
    # parts of it, each with what it pays for: not the budget
    ("Millbrook's 2025 budget sets aside $5 million for roads.", ["unverifiable"]),
    ("In 2025 Millbrook's budget put $4 million towards new schools.", ["unverifiable"]),
    ("Millbrook's 2025 budget spends $2.5 million on parks and $1 million on libraries.",
     ["unverifiable", "unverifiable"]),
])
def test_money_for_a_purpose_is_no_whole_budget(table: ReferenceTable, sentence: str,
                                                expected: list[str]) -> None:
    assert statuses(sentence, table) == expected
