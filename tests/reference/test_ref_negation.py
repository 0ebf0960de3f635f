"""Bounds under a negation ("has not dipped below 6%") and negated figures
(reference.negation)."""

from __future__ import annotations

import pandas as pd
import pytest

from factcheck import check, load_reference
from factcheck.reference import ReferenceTable

RATES = {2015: 6.2, 2016: 6.5, 2017: 7.0, 2018: 7.4, 2019: 7.2, 2020: 10.8}


@pytest.fixture(scope="module")
def table() -> ReferenceTable:
    frame = pd.DataFrame([("Chile", "unemployment rate", value, "%", str(year))
                          for year, value in RATES.items()],
                         columns=["entity", "metric", "value", "unit", "period"])
    return load_reference(frame.assign(source="Illustrative series"), name="jobs")


def verdicts(sentence: str, table: ReferenceTable) -> list[str]:
    report = check(sentence, references=[table], bundled=False, as_of="2021-06-01")
    return [v.explanation for v in report.verdicts]


@pytest.mark.parametrize(("sentence", "status"), [
    # 6.2 to 10.8 between 2015 and 2020; each verdict is the other one without the negation
    ("Chile's unemployment rate has not dipped below 6% since 2015.", "Supported"),
    ("Chile's unemployment rate did not fall below 6% in any year from 2015 to 2020.",
     "Supported"),
    ("Chile's unemployment rate hasn't gone under 6.1% since 2015.", "Supported"),
    ("Chile's unemployment rate has not once dipped below 11% since 2015.", "Contradicted"),
    ("Between 2015 and 2020 Chile's unemployment rate was not above 11%.", "Supported"),
    # near-twins without a negation, or with "not only": the bound as written
    ("Chile's unemployment rate dipped below 6.5% in 2015.", "Supported"),
    ("Chile's unemployment rate was above 10% in 2020.", "Supported"),
    ("Not only did Chile's unemployment rate stay above 6% from 2015 to 2020, it rose.",
     "Supported"),
])
def test_a_negation_flips_the_bound_after_it(table: ReferenceTable, sentence: str,
                                             status: str) -> None:
    assert [e.split(":")[0] for e in verdicts(sentence, table)] == [status]


@pytest.mark.parametrize("sentence", [
    # a negated figure with no bound of its own says what the value is not
    "In 2019 Chile's unemployment rate was not 9%.",
    "Chile's jobless rate in 2018 wasn't 7.4%, the minister said.",
    "Chile's unemployment rate never reached 12% between 2015 and 2020.",
])
def test_a_negated_figure_decides_nothing(table: ReferenceTable, sentence: str) -> None:
    assert all(e.startswith("Unverifiable") for e in verdicts(sentence, table))


def test_not_exceeded_is_at_most(table: ReferenceTable) -> None:
    sentence = "Chile's unemployment rate has not exceeded 11% since 2015."
    assert [e.split(":")[0] for e in verdicts(sentence, table)] == ["Supported"]
