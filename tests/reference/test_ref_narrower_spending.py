"""Issue 16, a claim about a narrower measure decided on a broader series: spending on one
kind of care or schooling ("public spending on dental care", "outlays on hospital care",
"spending on university education") was held against all health or all education
spending, or, its object dropped, against whichever spending series scored best. The
frames now read what a noun is spent "on" into its measure (frames.nouns.COMPLEMENTS), and
a share whose measure holds the row's whole name plus a word before one of the row's own
words ("mental healthcare public spending") names a part of what the row counts
(reference.qualified). Our own sentences, illustrative figures: rows that must change
and near twins that must not."""

from __future__ import annotations

import pytest

from factcheck import check
from factcheck.reference import ReferenceTable
from tests.reference.tables import yearly_table

YEARS = [2010, 2015, 2020]
SERIES = {  # (entity, metric, unit): illustrative values for YEARS, not published ones
    ("Norway", "Public healthcare spending as a share of GDP", "percent"): [7.0, 7.9, 8.4],
    ("Norway", "Government health spending as a share of GDP", "percent"): [7.2, 8.1, 8.6],
    ("Norway", "Government spending on education as a share of GDP", "percent"):
        [6.6, 5.9, 5.4],
    ("Norway", "Share of deaths from mental health disorders", "percent"): [1.1, 1.2, 1.3],
}


@pytest.fixture(scope="module")
def table() -> ReferenceTable:
    return yearly_table(SERIES, YEARS, "spending")


def _statuses(sentence: str, table: ReferenceTable) -> list[str]:
    report = check(sentence, references=[table], bundled=False, as_of="2024-06-01")
    return [v.status for v in report.verdicts]


NARROWER = [  # a kind of care or schooling: decided on all of it on main, nothing now
    "In 2015, public spending on mental health care in Norway was 1.2% of GDP.",
    "Norway's public outlays on hospital care amounted to 3.9% of GDP in 2015.",
    "In 2010, Norway devoted 1.5% of GDP to public spending on preventive care.",
    "Norway's government spending on university education was 1.2% of GDP in 2020.",
    "In 2010, Norway's public spending on dental care came to 0.3% of GDP.",
]

WHOLE = [  # near twins: the whole named, decided as before (or now on its own series)
    ("In 2015, public spending on health care in Norway was 7.9% of GDP.", "supported"),
    ("In 2010, Norway's public spending on healthcare came to 7% of GDP.", "supported"),
    ("Government spending on education in Norway reached 5.4% of GDP in 2020.",
     "supported"),
    ("Norway's public healthcare spending was 9.5% of GDP in 2020.", "contradicted"),
]


@pytest.mark.parametrize("sentence", NARROWER)
def test_a_narrower_kind_of_spending_decides_nothing(sentence: str,
                                                     table: ReferenceTable) -> None:
    assert _statuses(sentence, table) == ["unverifiable"]


@pytest.mark.parametrize(("sentence", "status"), WHOLE)
def test_the_whole_is_decided(sentence: str, status: str, table: ReferenceTable) -> None:
    assert _statuses(sentence, table) == [status]


@pytest.mark.xfail(strict=True, reason="a row naming a kind (health) the sentence never "
                   "says is still held against spending on another kind (schools)")
def test_spending_on_another_kind_is_not_decided(table: ReferenceTable) -> None:
    sentence = "Government spending on primary schools in Norway reached 2.1% of GDP in 2010."
    assert _statuses(sentence, table) == ["unverifiable"]
