"""Issue 16, a false "supported" found by blind set 23's first score (declared tuning): a
percent or a fraction in words of another entity's figure ("less than a third the figure
for Peru", "76% of the rate in Chile", "under 80% of Peru's") is a ratio of two rows, not
a level of either; read as a level ("below 33.3%") it was called supported on almost any
rate. reference.peer_ratio leaves it unverifiable with the reason. Our own sentences,
illustrative figures: rows that must change and near twins that must not."""

from __future__ import annotations

import pytest

from factcheck import check
from factcheck.reference import ReferenceTable
from tests.reference.tables import yearly_table

YEARS = [2010, 2015, 2020]
SERIES = {  # (entity, metric, unit): illustrative values for YEARS, not published ones
    ("Chile", "Unemployment rate", "percent"): [8.0, 6.4, 10.8],
    ("Peru", "Unemployment rate", "percent"): [4.0, 3.2, 7.2],
    ("Bolivia", "Unemployment rate", "percent"): [2.5, 3.5, 8.0],
}


@pytest.fixture(scope="module")
def table() -> ReferenceTable:
    return yearly_table(SERIES, YEARS, "jobless")


def _statuses(sentence: str, table: ReferenceTable) -> list[str]:
    report = check(sentence, references=[table], bundled=False, as_of="2024-06-01")
    return [v.status for v in report.verdicts]


RATIOS = [  # a ratio to a peer's figure: decided as a level on main; nothing decided now
    "In 2015 Peru's unemployment rate was less than a third the figure for Chile.",
    "In 2020, the unemployment rate in Bolivia was under 80% of Chile's.",
    "Peru's unemployment rate in 2010 was 50% of the rate in Chile.",
    "Bolivia's unemployment rate in 2010 was about 30% of the level in Chile.",
    "In 2015, unemployment in Bolivia was below a quarter of the figure for Chile.",
]

LEVELS = [  # near twins: a level, or a ratio with no peer named, decided as before
    ("In 2015 Peru's unemployment rate was 3.2%.", ["supported"]),
    ("Chile's unemployment rate was 10.8% in 2020.", ["supported"]),
    ("In 2015 Peru's unemployment rate was 9%.", ["contradicted"]),
    ("Peru's unemployment rate was 3.2% in 2015, half the figure for Chile.",
     ["supported", "unverifiable"]),
    # a ratio the comparison reading decides from both rows (reference.compare), as before
    ("The jobless rate in Bolivia stood at less than half of that in Chile in 2010.",
     ["supported"]),
    ("The jobless rate in Peru stood at less than half of that in Chile in 2015.",
     ["contradicted"]),
]


@pytest.mark.parametrize("sentence", RATIOS)
def test_a_ratio_to_a_peer_decides_nothing(sentence: str, table: ReferenceTable) -> None:
    report = check(sentence, references=[table], bundled=False, as_of="2024-06-01")
    assert report.verdicts and all(v.status == "unverifiable" for v in report.verdicts)
    assert any("ratio to" in v.explanation for v in report.verdicts)


@pytest.mark.parametrize(("sentence", "expected"), LEVELS)
def test_a_level_is_decided_as_before(sentence: str, expected: list[str],
                                      table: ReferenceTable) -> None:
    assert _statuses(sentence, table) == expected
