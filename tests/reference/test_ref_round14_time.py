"""Round 14, issue 16: the period of a figure a verb of saying reports, a change compared
with a named earlier year, a ratio's change held against counts, and the decade that
leads up to a year. Our own sentences and illustrative figures, each class with rows that
must change and near twins that must not."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from factcheck import load_reference
from factcheck.frames.periods import periods
from factcheck.reference import ReferenceTable
from tests.reference.tables import decided_statuses

YEARS = [2010, 2014, 2015, 2019, 2020]
SERIES = {  # illustrative figures, not published ones
    ("Chile", "Unemployment rate", "%"): [8.0, 6.4, 6.2, 7.2, 10.8],
    ("Chile", "Population", "count"): [17.0e6, 17.6e6, 17.8e6, 19.0e6, 19.3e6],
    ("Ruritania", "Homicides", "count"): [900, 800, 760, 610, 600],
    ("Ruritania", "Female population", "count"): [2.0e6, 2.1e6, 2.2e6, 4.3e6, 4.4e6],
    ("Osterlich", "Share of women in parliament", "%"): [10.0, 12.0, 14.0, 20.5, 21.0],
}


def _table() -> ReferenceTable:
    rows = [(entity, metric, value, unit, str(year), "Illustrative series")
            for (entity, metric, unit), values in SERIES.items()
            for year, value in zip(YEARS, values, strict=True)]
    frame = pd.DataFrame(rows, columns=["entity", "metric", "value", "unit", "period",
                                        "source"])
    return load_reference(frame, name="round14")


@pytest.fixture(scope="module")
def table() -> ReferenceTable:
    return _table()


def decided(table: ReferenceTable, sentence: str) -> list[str]:
    return decided_statuses(sentence, table)


CASES = [
    # a year or a span right after a verb of saying dates what is reported, not the saying
    ("The ministry says in 2019, Chile's jobless rate was 7.2%.", ["supported"]),
    ("The ministry says in 2019, Chile's jobless rate was 10.8%.", ["contradicted"]),
    ("At a briefing on Monday, the minister said in 2015 Chile's unemployment rate stood "
     "at 6.2%.", ["supported"]),
    ("The bureau reported between 2010 and 2015 Chile's jobless rate fell by 1.8 points.",
     ["supported"]),
    ("Officials announced in 2014, Chile's population was 17.6 million; by 2019 it was "
     "19.0 million.", ["supported", "supported"]),
    # near twins: a year said with no verb of saying before it reads as before
    ("In 2019, Chile's jobless rate was 7.2%, the ministry says.", ["supported"]),
    ("Chile's jobless rate was 6.2% in 2015.", ["supported"]),
    # a change in one year compared with an earlier named year runs between the two
    ("Chile's jobless rate was up 2.8 points in 2020 compared with 2010.", ["supported"]),
    ("Chile's population was up about 12% in 2019 compared with 2010.", ["supported"]),
    ("Chile's population was up 30% in 2019 compared to 2010.", ["contradicted"]),
    ("In 2020 Chile's jobless rate was 2.8 points higher compared with 2010.",
     ["supported"]),
    # near twins, read so before: "than in" names the base
    ("Chile's population was about 12% higher in 2019 than in 2010.", ["supported"]),
    ("Compared with 2014, Chile's jobless rate was 0.8 points higher in 2019.",
     ["supported"]),
    # near twins: a change in one year with no base runs from the year before
    ("Chile's jobless rate rose 3.6 points in 2020.", ["supported"]),
    ("Chile's population grew by about 1.6% in 2020.", ["supported"]),
    # a measure whose head names a ratio is not held against a count's series
    ("Ruritania's murder rate fell by a third between 2010 and 2019.", []),
    ("The proportion of women in Ruritania more than doubled between 2010 and 2019.", []),
    ("Ruritania's homicide rate dropped by about 33% between 2010 and 2019.", []),
    ("The murder rate in Ruritania fell by roughly a third from 2010 to 2019.", []),
    ("The percentage of Ruritanians who are women doubled between 2015 and 2020.", []),
    # near twins: a count's change, or a ratio with a share's series, is still decided
    ("Ruritania's homicides fell by a third between 2010 and 2019.", ["supported"]),
    ("Ruritania's female population more than doubled between 2010 and 2019.",
     ["supported"]),
    ("The proportion of women in Osterlich's parliament doubled between 2010 and 2019.",
     ["supported"]),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_round14_time(table: ReferenceTable, sentence: str, expected: list[str]) -> None:
    assert decided(table, sentence) == expected


AS_OF = date(2025, 10, 1)
PERIODS = [
    # "the decade to / leading up to Y" is ten calendar years ending with Y
    ("in the decade leading up to 2016 wind", (date(2007, 1, 1), date(2016, 12, 31))),
    ("over the decade to 2016 wind", (date(2007, 1, 1), date(2016, 12, 31))),
    ("In the decade leading up to 1990, coal", (date(1981, 1, 1), date(1990, 12, 31))),
    # near twins: "before" / "prior to" end the year before; a count of years runs N back
    ("in the decade before 2016 wind", (date(2006, 1, 1), date(2015, 12, 31))),
    ("in the decade prior to 2016 wind", (date(2006, 1, 1), date(2015, 12, 31))),
    ("in the ten years to 2016 wind", (date(2006, 1, 1), date(2016, 12, 31))),
    # a saying's own date: a day, or a phrase that ends the saying's clause
    ("the minister said on Tuesday that output", None),
    ("the minister said in 2019 that output", None),
    ("output was 5 tonnes, the report said in 2019.", None),
    # a year or span opening the reported clause dates what is reported
    ("the agency says in 2019, output", (date(2019, 1, 1), date(2019, 12, 31))),
    ("the agency said from 2001 to 2009 output", (date(2001, 1, 1), date(2009, 12, 31))),
    ("the agency reported over the 1990s output", (date(1990, 1, 1), date(1999, 12, 31))),
]


@pytest.mark.parametrize(("text", "expected"), PERIODS)
def test_round14_periods(text: str, expected: tuple[date, date] | None) -> None:
    found = [p for _, _, p in periods(text, 0, AS_OF) if p is not None]
    assert found == ([expected] if expected else [])
