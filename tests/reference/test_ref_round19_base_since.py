"""Round 19, issue 16: (a) a year that names a price base ("in 2021 international
dollars", "in 2015 prices,") is not the claim's period (frames.price_base); the change is
read from the years the claim states. (b) an open change ("since 2010") ends on the latest
row whose year is over by the draft's date (reference.change.ends): a draft of July 2020
has the rows to 2019. (c) a change of a metric that is not the series' ("youth
unemployment", "women's life expectancy") stays undecided. Our own sentences, illustrative
figures: rows that must change and near twins that must not."""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.frames.periods import periods
from factcheck.reference import ReferenceTable
from tests.reference.tables import decided_statuses, yearly_table

YEARS = [2000, 2010, 2019, 2020, 2021]
# (entity, metric, unit): values for YEARS (illustrative, not published)
SERIES = {
    ("Chile", "GDP per capita (International dollars, PPP)", "count"):
        [12000.0, 18000.0, 24600.0, 23000.0, 26000.0],
    ("Norway", "Medical doctors per 1,000 people", "count"): [3.0, 3.6, 4.5, 4.8, 4.9],
    ("Chile", "CO2 emissions per capita", "tonnes"): [3.5, 4.2, 4.6, 4.3, 4.5],
}


@pytest.fixture(scope="module")
def table() -> ReferenceTable:
    return yearly_table(SERIES, YEARS, "base-since")


BASES = [
    # a price base's year is not the period: the stated years decide
    ("Between 2000 and 2019, Chile's GDP per capita (in 2021 international dollars) more "
     "than doubled.", ["supported"]),
    ("Measured in 2017 international dollars, Chile's GDP per head rose by about 37% from "
     "2010 to 2019.", ["supported"]),
    ("By 2010, Chile's GDP per head (in 2015 prices) had reached around 18,000.",
     ["supported"]),
    ("Since 2010, Chile's GDP per capita (in 2011 PPP dollars) has climbed by around 37%.",
     ["supported"]),
    # near twins: a year that is the period stays the period
    ("In 2021, Chile's GDP per capita reached about 26,000.", ["supported"]),
    ("In 2021 Chile's GDP per capita was about 26,000.", ["supported"]),
    ("Between 2000 and 2019, Chile's GDP per capita (in 2021 international dollars) "
     "tripled.", ["contradicted"]),
]


@pytest.mark.parametrize(("sentence", "expected"), BASES)
def test_price_base(table: ReferenceTable, sentence: str, expected: list[str]) -> None:
    assert decided_statuses(sentence, table, as_of="2020-07-01") == expected


SINCE = [
    # an open end: the latest row whose year is over by the draft's date (2019 in July 2020)
    ("Since 2010, the number of doctors per 1,000 people in Norway has risen by 0.9.",
     "2020-07-01", ["supported"]),
    ("Norway's doctors per 1,000 residents have grown by 25% since 2010.", "2020-07-01",
     ["supported"]),
    ("Chile's per-person CO2 emissions have risen by about 31% since 2000.", "2020-05-01",
     ["supported"]),
    # near twins: a later draft has the next year's row; a stated end year keeps its row
    ("Since 2010, the number of doctors per 1,000 people in Norway has risen by 1.2.",
     "2021-03-01", ["supported"]),  # a later draft: its last full year's row (2020)
    ("Since 2010, the number of doctors per 1,000 people in Norway has risen by 1.3.",
     "2022-03-01", ["supported"]),
    ("Between 2010 and 2020, Norway's doctors per 1,000 people rose by 1.2.", "2020-07-01",
     ["supported"]),
    ("Since 2010, Norway's doctors per 1,000 people have risen by 0.5.", "2020-07-01",
     ["contradicted"]),
]


@pytest.mark.parametrize(("sentence", "as_of", "expected"), SINCE)
def test_since_end_row(table: ReferenceTable, sentence: str, as_of: str,
                       expected: list[str]) -> None:
    assert decided_statuses(sentence, table, as_of=as_of) == expected


PHRASES = [
    ("Output, in 2015 prices, grew.", []),
    ("Income (in 2010 US dollars) grew.", []),
    ("Wages in constant 2012 euros fell.", []),
    ("In 2015 prices rose by 4%.", [2015]),  # the year is the period, prices the subject
    ("In 2021 emissions fell.", [2021]),
    ("Sales reached $4 million in 2019.", [2019]),
]


@pytest.mark.parametrize(("sentence", "years"), PHRASES)
def test_price_base_phrase(sentence: str, years: list[int]) -> None:
    found = periods(sentence, 0, date(2024, 6, 1))
    assert [p[0].year for _, _, p in found if p is not None] == years


OTHER = {
    ("Spain", "Unemployment rate", "percent"): [11.0, 20.0, 14.0, 15.5, 14.8],
    ("Japan", "Life expectancy", "years"): [81.0, 82.8, 84.4, 84.6, 84.5],
}
OTHERS = [
    # (c) a change of a metric narrower than or beside the series' is never decided on it
    ("Youth unemployment in Spain fell by 6 points between 2010 and 2019.", []),
    ("Long-term unemployment in Spain nearly halved from 2010 to 2019.", []),
    ("Women's life expectancy in Japan rose by 3.4 years between 2000 and 2019.", []),
    # near twins: the series' own metric is decided
    ("Unemployment in Spain fell by 6 points between 2010 and 2019.", ["supported"]),
    ("Spain's unemployment rate nearly halved from 2010 to 2019.", ["contradicted"]),
    ("Life expectancy in Japan rose by 3.4 years between 2000 and 2019.", ["supported"]),
]


@pytest.fixture(scope="module")
def other_table() -> ReferenceTable:
    return yearly_table(OTHER, YEARS, "other-metric")


@pytest.mark.parametrize(("sentence", "expected"), OTHERS)
def test_other_metric_change(other_table: ReferenceTable, sentence: str,
                             expected: list[str]) -> None:
    assert decided_statuses(sentence, other_table, as_of="2021-06-01") == expected
