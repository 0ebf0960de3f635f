"""Round 22, issue 16: a series of the wrong dimension decides nothing. (a) A sentence that
speaks per head ("per person", "per capita") is never decided on a series of totals: the
series per capita decides it, or nothing does (reference.per_head). (b) A comparison of
levels ("GDP per head was less than half Kenya's") is never decided on a series of growth
rates its words do not name (reference.compare_series). Our own sentences, illustrative
figures: rows that must change and near twins that must not."""

from __future__ import annotations

import pytest

from factcheck.reference import ReferenceTable
from tests.reference.tables import decided_statuses, yearly_table

YEARS = [1995, 2005, 2015, 2020]
PPP = "GDP per capita (international dollars, PPP)"
# (entity, metric, unit): values for YEARS (illustrative, not published)
SERIES = {
    ("Norway", "Annual CO₂ emissions", "tonne"): [40e6, 42e6, 40e6, 38e6],
    ("Norway", "CO₂ emissions per capita", "tonne"): [9.2, 9.1, 7.7, 7.0],
    ("Ghana", "Annual CO₂ emissions", "tonne"): [4e6, 7e6, 14e6, 20e6],
    ("Uganda", PPP, "USD"): [1000.0, 1500.0, 2200.0, 2400.0],
    ("Kenya", PPP, "USD"): [2500.0, 3200.0, 4500.0, 5000.0],
    ("Uganda", "GDP per capita (market dollars)", "USD"): [300.0, 450.0, 700.0, 800.0],
    ("Kenya", "GDP per capita (market dollars)", "USD"): [700.0, 950.0, 1500.0, 1800.0],
    ("World", PPP, "USD"):
        [9000.0, 11000.0, 15000.0, 17000.0],
    ("World", "GDP per capita (market dollars)", "USD"): [5000.0, 7000.0, 10000.0, 11000.0],
    ("World", "Annual growth of GDP per capita", "percent"): [2.0, 2.5, 1.9, -4.0],
    ("Uganda", "Annual growth of GDP per capita", "percent"): [6.0, 5.0, 2.0, -1.0],
    ("Kenya", "Annual growth of GDP per capita", "percent"): [1.0, 3.0, 3.0, -2.0],
    ("Uganda", "Inflation of consumer prices", "percent"): [7.0, 8.0, 5.0, 3.8],
    ("Kenya", "Inflation of consumer prices", "percent"): [1.5, 10.0, 6.6, 5.4],
}


@pytest.fixture(scope="module")
def table() -> ReferenceTable:
    return yearly_table(SERIES, YEARS, "dimension")


DIMENSION = [
    # per head: the series per capita decides, the totals never
    ("Per person, Norway's CO2 emissions fell by almost a quarter between 1995 and 2020.",
     ["supported"]),
    ("Per head, Norway's carbon dioxide emissions were cut by about 5% from 1995 to 2020.",
     ["contradicted"]),
    ("Norway's CO2 emissions per person fell by around 5 percent between 1995 and 2020.",
     ["contradicted"]),
    ("Per person, Ghana's CO2 emissions rose fivefold between 1995 and 2020.", []),
    # levels compared: the levels decide, a series of growth rates never
    ("Uganda's GDP per capita was less than half Kenya's in 2020.", ["supported"]),
    ("Uganda's GDP per capita was less than half the world average in 2015.",
     ["supported"]),
    ("In 2005, GDP per capita in Kenya was more than half the world average.",
     ["contradicted"]),
    ("In 2015, GDP per capita in Uganda was more than twice that of Kenya.",
     ["contradicted"]),
    # near twins: totals said as totals, growth named, a rate of change its title does not
    # name as one (inflation)
    ("Norway's CO2 emissions fell by about 5% between 1995 and 2020.", ["supported"]),
    ("Ghana's CO2 emissions rose fivefold between 1995 and 2020.", ["supported"]),
    ("Uganda's GDP per capita growth was twice Kenya's in 1995.", ["contradicted"]),
    ("Uganda's inflation was lower than Kenya's in 2020.", ["supported"]),
    # (c) a whole compared ("the economy grew faster") is never decided on a series per
    # head (compare_series: the people may grow faster than the whole)
    ("Uganda's economy grew faster than Kenya's in 1995.", []),
    ("In 2005 the Kenyan economy grew faster than the world average.", []),
    ("Kenya's economy expanded more slowly than Uganda's in 2015.", []),
    ("Uganda's economy grew more slowly than the world average in 2020.", []),
    # near twins: the sentence speaks per head
    ("Uganda's GDP per capita grew faster than Kenya's in 1995.", ["supported"]),
    ("Per person, Uganda's economy grew faster than Kenya's in 1995.", ["supported"]),
    ("Kenya's GDP per head grew faster than the world average in 2005.", ["supported"]),
]


@pytest.mark.parametrize(("sentence", "expected"), DIMENSION)
def test_wrong_dimension_decides_nothing(table: ReferenceTable, sentence: str,
                                         expected: list[str]) -> None:
    assert decided_statuses(sentence, table) == expected
