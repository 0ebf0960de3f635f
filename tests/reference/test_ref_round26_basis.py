"""Round 26, issue 16: money stated on a price basis (market exchange rates or PPP; current
or constant prices) is decided only on a series of that basis (reference.basis): a
figure at market rates held against international dollars at PPP, or a nominal change
held against a series in constant prices, is unverifiable with the reason. A claim that
names no basis, or the series' own basis, is decided as before. Our own sentences,
illustrative figures: rows that must change and near twins that must not."""

from __future__ import annotations

import pytest

from factcheck import check
from factcheck.reference import ReferenceTable
from factcheck.reference.basis import Basis, claim_basis
from tests.reference.tables import yearly_table

YEARS = [2005, 2010, 2015, 2020]
# (entity, metric, unit, OWID unit label): values for YEARS (illustrative, not published);
# one table per series, as Our World in Data's are
SERIES = {
    ("Peru", "GDP per capita (International dollars, PPP)", "count",
     "international-$ in 2021 prices"): [9000.0, 11000.0, 13000.0, 12500.0],
    ("Peru", "GDP per capita (Market dollars)", "USD", "constant 2015 US$"):
        [4500.0, 5500.0, 6000.0, 5900.0],
    ("India", "Military spending", "USD", "constant 2023 US$"): [40e9, 55e9, 60e9, 72e9],
    ("Spain", "Value of exported goods and services", "USD", "constant 2015 US$"):
        [280e9, 300e9, 392e9, 380e9],
    ("Brazil", "Total health spending per person", "count", "current international $"):
        [700.0, 1100.0, 1500.0, 1600.0],
    ("Chile", "Average hourly earnings of employees", "count", "international-$ at 2021 prices"):
        [8.0, 10.0, 12.0, 12.5],
}


@pytest.fixture(scope="module")
def tables() -> list[ReferenceTable]:
    return [yearly_table({key: values}, YEARS, f"basis{i}")
            for i, (key, values) in enumerate(SERIES.items())]


def _verdicts(sentence: str, tables: list[ReferenceTable]) -> list[str]:
    report = check(sentence, references=tables, bundled=False, as_of="2024-06-01")
    return [v.status for v in report.verdicts]


OTHER_BASIS = [  # the claim's basis is not the series': nothing is decided
    "Measured at market exchange rates, Peru's GDP per head was 6,000 dollars in 2015.",
    "At purchasing-power parity, India's military spending reached $60 billion in 2015.",
    "At market exchange rates, health spending per person in Brazil came to 1,500 in 2015.",
    "In current prices, Spain's exports of goods and services grew 40% between 2005 and 2015.",
    "In nominal terms, average hourly earnings of employees in Chile rose 50 percent from "
    "2005 to 2015.",
    "Peru's GDP per capita was 13,000 in 2015, converted at market rates.",
]

SAME_OR_NO_BASIS = [  # near twins: no basis, or the series' own, decided as before
    ("Peru's GDP per head was 6,000 dollars in 2015.", "supported"),
    ("At purchasing power parity, Peru's GDP per head was about 13,000 in 2015.",
     "supported"),
    ("India's military spending reached $60 billion in 2015.", "supported"),
    ("In real terms, India's military spending rose 20% between 2015 and 2020.",
     "supported"),
    ("Spain's exports of goods and services grew 40% between 2005 and 2015.", "supported"),
    ("Adjusted for inflation, average hourly earnings of employees in Chile rose 50 percent "
     "from 2005 to 2015.", "supported"),
    ("Peru's GDP per capita was 13,000 in 2015.", "supported"),
]


@pytest.mark.parametrize("sentence", OTHER_BASIS)
def test_other_basis_is_unverifiable(sentence: str, tables: list[ReferenceTable]) -> None:
    assert set(_verdicts(sentence, tables)) == {"unverifiable"}


@pytest.mark.parametrize(("sentence", "status"), SAME_OR_NO_BASIS)
def test_same_or_no_basis_decides(sentence: str, status: str,
                                  tables: list[ReferenceTable]) -> None:
    assert status in _verdicts(sentence, tables)


def test_reason_names_both_bases(tables: list[ReferenceTable]) -> None:
    report = check(OTHER_BASIS[1], references=tables, bundled=False, as_of="2024-06-01")
    said = report.verdicts[0].explanation
    assert "at PPP" in said and "Military spending" in said and "market exchange" in said


@pytest.mark.parametrize(("sentence", "basis"), [
    ("The share stayed constant at 20% in 2015.", Basis()),
    ("Its real GDP per head was $900.", Basis(price="constant")),
    ("At PPP it was $9 in 2015.", Basis(exchange="ppp")),
    ("At PPP it was $9 and at market rates $4.", Basis(exchange="both")),
])
def test_claim_basis(sentence: str, basis: Basis) -> None:
    measure = "real gdp per head" if "real" in sentence else None
    assert claim_basis(sentence, measure) == basis
