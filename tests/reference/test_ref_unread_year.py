"""A figure whose frame names no period, in a sentence that names a year or a decade, is
not held against the latest row (reference.unread_year; the lead's fix after blind set 17,
where "As far back as 1989, ... was already 3.5" was called wrong against the 2022 row).
The table is invented: 1995 holds 9.0%, the latest row (2023) 4.0%, so a figure of 1995
read against 2023 is called wrong when right and right when wrong.
"""

from __future__ import annotations

import pytest

from factcheck.reference import ReferenceTable
from tests.reference.tables import decided_statuses, yearly_table

YEARS = (1995, 2000, 2010, 2023)


@pytest.fixture(scope="module")
def table() -> ReferenceTable:
    return yearly_table({("Arland", "Unemployment rate", "percent"): (9.0, 7.5, 6.0, 4.0)},
                        YEARS, name="jobless")


@pytest.mark.parametrize("sentence", [
    # right for 1995, wrong for 2023: never "contradicted" against the latest row
    "As far back as 1995, Arland's jobless rate was already 9%.",
    "Arland's unemployment rate, already 9% as far back as 1995, worried economists.",
    "Even as early as 1995 the unemployment rate in Arland stood at 9 per cent.",
    # wrong for 1995, right for 2023: never "supported" against the latest row
    "As far back as 1995, Arland's jobless rate was already 4%.",
    "Arland's unemployment rate, already 4% as far back as 1995, worried economists.",
    "Even as early as 1995 the unemployment rate in Arland stood at 4 per cent.",
])
def test_a_year_the_frames_miss_is_never_the_latest_row(sentence: str,
                                                         table: ReferenceTable) -> None:
    statuses = decided_statuses(sentence, table, as_of="2024-06-01")
    wrong_for_1995 = "4%" in sentence or "4 per cent" in sentence
    assert ("supported" if wrong_for_1995 else "contradicted") not in statuses


@pytest.mark.parametrize(("sentence", "status"), [
    ("Arland's jobless rate is 4%.", "supported"),            # no year: the latest row
    ("Arland's unemployment rate now stands at 7%.", "contradicted"),
    ("In 1995 Arland's jobless rate was 9%.", "supported"),   # the year read as the period
    ("Arland's unemployment rate was 6% in 2010.", "supported"),
    ("Arland's jobless rate is now 4%, lower than in 1995.", "supported"),  # a base year
])
def test_a_figure_with_its_period_or_none_is_still_decided(sentence: str, status: str,
                                                           table: ReferenceTable) -> None:
    assert decided_statuses(sentence, table, as_of="2024-06-01") == [status]
