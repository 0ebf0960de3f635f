"""Reference matching of a share stated against its whole (round 27): the frame's measure
names the part ("government health spending"), Frame.share_of the whole ("gdp"), and the
reference stage reads both (Frame.with_whole), so that "... as a share of GDP" is the
series that decides it, and a series of the same spending in money never does. Sentences
and figures are ours; the tables are illustrative yearly series."""

from __future__ import annotations

import pytest

from tests.reference.conftest import decided
from tests.reference.conftest import yearly_table as _table

AS_OF = "2026-06-30"
HEALTH = "Government health spending as a share of GDP"
SCHOOLS = "Government spending on education as a share of GDP"
TABLES = [
    _table("health", HEALTH, "percent", {"Chile": {2019: 4.0}}),  # no 2020 row
    _table("education", SCHOOLS, "percent", {"Chile": {2019: 5.4, 2020: 5.6}}),
]


@pytest.mark.parametrize(("sentence", "expected"), [
    # stated against GDP by a copula, a level verb, a verb of change
    ("Chile's government health spending reached 4.0% of GDP in 2019.",
     [("supported", HEALTH)]),
    ("Chile's government health spending rose to 4.0% of GDP in 2019.",
     [("supported", HEALTH)]),
    ("Chile's government spending on education stood at 5.6% of GDP in 2020.",
     [("supported", SCHOOLS)]),
    ("Chile's government spending on education was 7.9% of GDP in 2020.",
     [("contradicted", SCHOOLS)]),
    # near twins: a year the series lacks is decided by no other series
    ("Chile's government health spending reached 4.1% of GDP in 2020.", []),
    ("Chile's government health spending stood at 4.1% of GDP in 2020.", []),
])
def test_a_share_of_gdp_is_read_with_its_whole(sentence: str,
                                               expected: list[tuple[str, str]]) -> None:
    assert decided(sentence, TABLES, AS_OF) == expected
