"""No false "supported": wrong figures dressed as right stay unverifiable, with the reason.

Each row is a sentence whose figure equals (or rounds to) a table value that is not its
own: a part of the table's total, a figure between two entities, a rate per head against
a count. The table is invented (as bench/traps.py's). A level reached "up to" after a verb
is exact, and a wrong one is contradicted.
"""

from __future__ import annotations

import pandas as pd
import pytest

from factcheck import check, load_reference
from factcheck.reference import ReferenceTable

ROWS = [
    ("Northland", "population", 5213000, "count", "2024", "population|people|residents"),
    ("Northland", "coal exports", 41.6, "million tonne", "2024", "export|exports|exported"),
    ("Northland", "murders", 98, "count", "2024", "murders|homicides|killings"),
    ("Northland", "wheat harvest", 8.9, "million tonne", "2024", "wheat|harvest"),
    ("Northland", "GDP", 412, "billion USD", "2024", "gdp|economy"),
]


@pytest.fixture(scope="module")
def table() -> ReferenceTable:
    frame = pd.DataFrame(ROWS, columns=["entity", "metric", "value", "unit", "period",
                                        "terms"])
    frame["source"] = "invented"
    return load_reference(frame, name="guards")


CASES = [
    # a part of the table's total
    ("Northland exported 41.6 million tonnes of thermal coal in 2024.", "narrower"),
    ("Northland's urban population was 5,213,000 in 2024.", "narrower"),
    ("Northland's female population reached 5.2 million in 2024.", "narrower"),
    ("Northland's coal exports by rail totalled 41.6 million tonnes in 2024.", "narrower"),
    # between two entities: a row for one alone does not decide it
    ("Northland's coal exports to Southland reached 41.6 million tonnes in 2024.", "between"),
    ("Coal exports from Northland to Eastland came to 41.6 million tonnes in 2024.",
     "between"),
    ("In 2024 Northland's coal exports to Westmark were 41.6 million tonnes.", "between"),
    # another measure with a shared word
    ("Northland's wheat exports were 8.9 million tonnes in 2024.", "not what"),
    ("Northland's soybean exports reached 41.6 million tonnes in 2024.", "not what"),
    ("Northland imported 41.6 million tonnes of coal in 2024.", "matches"),
    # a rate per head against a count
    ("Northland recorded 98 murders per 100,000 people in 2024.", "murder"),
    ("Northland had 98 homicides for every 100,000 residents in 2024.", "homicide"),
    ("In 2024 Northland counted 98 killings per million inhabitants.", "killing"),
]

# "up to" after a verb of motion is the level reached, exact, not a bound (the extractor's
# reading since issue 12): a figure above the row is then contradicted, never supported
UP_TO = [
    "Northland's GDP shot up to $450bn in 2024.",
    "Northland's population went up to 5.5 million in 2024.",
    "Northland's coal exports climbed up to 45 million tonnes in 2024.",
]


@pytest.mark.parametrize("text", UP_TO)
def test_up_to_after_a_verb_is_a_level_and_a_wrong_one_is_contradicted(
        table: ReferenceTable, text: str) -> None:
    report = check(text, references=[table], bundled=False, as_of="2025-10-01")
    assert [c.bound for c in report.claims] == ["exact"]
    assert [v.status for v in report.verdicts] == ["contradicted"], report.verdicts


@pytest.mark.parametrize(("text", "reason"), CASES)
def test_wrong_figures_are_not_supported(table: ReferenceTable, text: str,
                                         reason: str) -> None:
    report = check(text, references=[table], bundled=False, as_of="2025-10-01")
    assert report.verdicts
    assert all(v.status == "unverifiable" for v in report.verdicts), report.verdicts
    assert any(reason in v.explanation for v in report.verdicts), report.verdicts


@pytest.mark.parametrize("text", [
    "Northland exported 41.6 million tonnes of coal in 2024.",
    "Coal exports from Northland reached 41.6 million tonnes in 2024.",
    "Northland's population was 5,213,000 in 2024.",
    "Northland had 98 murders in 2024.",
])
def test_the_right_figure_is_still_supported(table: ReferenceTable, text: str) -> None:
    report = check(text, references=[table], bundled=False, as_of="2025-10-01")
    assert [v.status for v in report.verdicts] == ["supported"], report.verdicts
