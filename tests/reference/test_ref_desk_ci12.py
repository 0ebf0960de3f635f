"""A data desk's CI trial (round 14): a change measured in years of a series in years is
the change's size, not the length of the span the sentence names. Sentences, places and
figures are ours; the tables are illustrative."""

from __future__ import annotations

import pytest

from factcheck import check
from factcheck.reference import ReferenceTable
from tests.reference.conftest import yearly_table

AS_OF = "2025-09-01"


@pytest.fixture(scope="module")
def lives() -> ReferenceTable:
    return yearly_table("lives", "Life expectancy at birth", "year", {
        "Norland": {2018: 79.2, 2019: 79.6, 2020: 78.5, 2021: 79.9},
        "Suvia": {2018: 70.0, 2019: 71.0, 2020: 72.9, 2021: 73.1}})


def _by_text(sentence: str, table: ReferenceTable) -> dict[str, tuple[str, str]]:
    report = check(sentence, references=[table], bundled=False, as_of=AS_OF)
    return {v.claim.text: (v.status, v.explanation) for v in report.verdicts}


SPAN = "length of the span"

CHANGES_IN_YEARS = [
    # (sentence, claim, status): a verb of change governs a figure in years
    ("Norland's life expectancy fell by 1.1 years between 2019 and 2020.", "1.1 years",
     "supported"),
    ("Between 2019 and 2020, life expectancy in Norland dropped by 2 years.", "2 years",
     "contradicted"),
    ("Suvia's life expectancy rose 1.9 years from 2019 to 2020.", "1.9 years", "supported"),
    ("From 2019 to 2021 life expectancy in Suvia went up by 3 years.", "3 years",
     "contradicted"),
    ("Life expectancy in Norland climbed 1.4 years between 2020 and 2021.", "1.4 years",
     "supported"),
]


@pytest.mark.parametrize(("sentence", "text", "status"), CHANGES_IN_YEARS)
def test_a_change_in_years_is_not_a_span_length(lives: ReferenceTable, sentence: str,
                                                text: str, status: str) -> None:
    assert _by_text(sentence, lives)[text][0] == status


SPANS = [
    # near-twins: the figure is the span itself, with no verb of change on it
    ("In the 2 years to 2021, Norland's life expectancy rose 0.3 years.", "2 years"),
    ("Over the two years to 2021, life expectancy in Suvia rose by 2.1 years.", "two years"),
    ("Norland's life expectancy was above 78 years for 3 years, from 2018 to 2020.",
     "3 years"),
]


@pytest.mark.parametrize(("sentence", "text"), SPANS)
def test_a_span_length_stays_unverifiable(lives: ReferenceTable, sentence: str,
                                          text: str) -> None:
    status, why = _by_text(sentence, lives)[text]
    assert status == "unverifiable"
    assert SPAN in why


@pytest.fixture(scope="module")
def cover() -> ReferenceTable:
    return yearly_table("cover", "Share of land covered by forest", "percent", {
        "Peru": {2000: 53.0, 2020: 58.3}, "Poland": {1995: 29.0, 2021: 31.0}})


# an opening common noun that the figure measures ("Forest", a town in the place list) is
# no subject: the sentence's country decides, both ways
OPENERS = [
    ("Forest covered 58.3% of Peru's land in 2020, up 5.3 percentage points since 2000.",
     "up 5.3 percentage points", "supported"),
    ("Forest covered 58.3% of Peru's land in 2020, up 9 points since 2000.",
     "up 9 points", "contradicted"),
    ("Forest covered 31% of Poland's land in 2021, up by 2 points since 1995.",
     "2 points", "supported"),
]


@pytest.mark.parametrize(("sentence", "text", "status"), OPENERS)
def test_an_opening_measure_is_no_place(cover: ReferenceTable, sentence: str, text: str,
                                        status: str) -> None:
    assert _by_text(sentence, cover)[text][0] == status
