"""Series that differ only in which estimate they give: a figure said plainly is held
against the best (central) estimate, not left unverifiable between them
(reference.match._central)."""

from __future__ import annotations

import pandas as pd
import pytest

from factcheck import check, load_reference
from factcheck.reference import ReferenceTable

ROWS = [  # illustrative figures, not published ones
    ("Tarvia", "Deaths in armed conflicts (best estimate)", 12_400, "2021"),
    ("Tarvia", "Deaths in armed conflicts (high estimate)", 19_800, "2021"),
    ("Tarvia", "Deaths in armed conflicts (low estimate)", 9_100, "2021"),
    ("Tarvia", "Deaths in armed conflicts (best estimate)", 30_500, "2022"),
    ("Tarvia", "Deaths in armed conflicts (high estimate)", 41_000, "2022"),
    ("Tarvia", "Deaths in armed conflicts (low estimate)", 22_000, "2022"),
    ("Tarvia", "Refugees (UNHCR)", 51_000, "2022"),
    ("Tarvia", "Refugees (IOM)", 64_000, "2022"),
]


@pytest.fixture(scope="module")
def table() -> ReferenceTable:
    frame = pd.DataFrame([(e, m, v, "count", p, "Illustrative series", "death|deaths|killed")
                          for e, m, v, p in ROWS],
                         columns=["entity", "metric", "value", "unit", "period", "source",
                                  "terms"])
    return load_reference(frame, name="conflict")


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Armed conflict killed about 30,000 people in Tarvia in 2022.", ["supported"]),
    ("In 2022, some 41,000 people died in armed conflict in Tarvia.", ["contradicted"]),
    ("Deaths in armed conflicts in Tarvia topped 12,000 in 2021.", ["supported"]),
    ("Tarvia's conflict death toll was 20,000 in 2021.", ["contradicted"]),
])
def test_the_best_estimate_decides(table: ReferenceTable, sentence: str,
                                   expected: list[str]) -> None:
    report = check(sentence, references=[table], bundled=False, as_of="2024-06-01")
    decided = [v for v in report.verdicts if v.status != "unverifiable"]
    assert [v.status for v in decided] == expected, [v.explanation for v in report.verdicts]
    assert "best estimate" in decided[0].explanation


def test_two_publishers_that_disagree_still_decide_nothing(table: ReferenceTable) -> None:
    report = check("Tarvia hosted 51,000 refugees in 2022.", references=[table],
                   bundled=False, as_of="2024-06-01")
    assert [v.status for v in report.verdicts] == ["unverifiable"]
