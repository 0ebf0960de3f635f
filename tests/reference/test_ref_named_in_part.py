"""A level or a change whose measure names a series' title by its head and most of its
words, in any order ("solar capacity" for "Installed solar energy capacity"), is held
against that series when it is the one so named in the claim's unit and no title is named
fully (reference.series._named_in_part, title_match.named_title). Two titles named alike
name none. The figures are invented, the sentences our own."""

from __future__ import annotations

import pandas as pd
import pytest

from factcheck import load_reference
from factcheck.reference import ReferenceTable
from tests.reference.tables import decided_statuses

SERIES = {  # (metric, unit) -> Chile's value in 2019 and 2020
    ("Installed solar energy capacity", "gigawatts"): (6.0, 9.0),
    ("Installed wind energy capacity", "gigawatts"): (2.5, 3.8),
    ("Population (Total)", "count"): (19.0e6, 19.3e6),
}


@pytest.fixture(scope="module")
def table() -> ReferenceTable:
    rows = [("Chile", metric, value, unit, str(year), "Illustrative series")
            for (metric, unit), values in SERIES.items()
            for year, value in zip((2019, 2020), values, strict=True)]
    frame = pd.DataFrame(rows, columns=["entity", "metric", "value", "unit", "period",
                                        "source"])
    return load_reference(frame, name="named-in-part")


@pytest.mark.parametrize(("sentence", "expected"), [
    # the title named by its head and most of its words, in the claim's unit
    ("Chile's solar capacity reached 9 gigawatts in 2020.", ["supported"]),
    ("In 2020 Chile's wind capacity stood at about 4 GW.", ["supported"]),
    ("Chile's solar capacity was 20 gigawatts in 2020.", ["contradicted"]),
    ("Chile had 12 gigawatts of wind capacity in 2020.", ["contradicted"]),
    # near-twins: two titles named alike, too few words named, and the full title
    ("Chile's energy capacity was 9 gigawatts in 2020.", []),
    ("Chile's capacity reached 9 gigawatts in 2020.", []),
    ("Chile's installed solar energy capacity reached 9 gigawatts in 2020.",
     ["supported"]),
])
def test_a_title_named_in_part_decides_in_the_claims_unit(table: ReferenceTable,
                                                          sentence: str,
                                                          expected: list[str]) -> None:
    assert decided_statuses(sentence, table, as_of="2021-06-01") == expected
