"""What a series is, read from its Our World in Data title and unit (issue 16): a figure
per head held against the per-capita series, never the total; a series whose unit says it
holds yearly changes ("annual %") holding a change over one year as its level; a count's
unit naming what it counts ("warheads", "users"); "growth of X" being X's growth."""

from __future__ import annotations

import pytest

from factcheck.reference import ReferenceTable
from tests.reference.conftest import decided
from tests.reference.tables import rows_table, yearly_table

YEARS = [2010, 2020, 2021, 2022]
# (entity, metric, unit, OWID unit label): values for YEARS (illustrative, not published)
SERIES = {
    ("Norway", "Annual CO₂ emissions", "tonne", "Tonnes of CO₂"):
        [4.6e7, 4.1e7, 4.1e7, 4.0e7],
    ("Norway", "CO₂ emissions per capita", "tonne", "Tonnes per person"):
        [9.4, 7.6, 7.5, 7.3],
    ("Peru", "Annual CO₂ emissions", "tonne", "Tonnes of CO₂"):
        [5.2e7, 5.0e7, 5.6e7, 5.7e7],
    ("Peru", "CO₂ emissions per capita", "tonne", "Tonnes per person"):
        [1.8, 1.5, 1.7, 1.7],
    ("Peru", "Inflation of consumer prices", "percent", "annual %"):
        [1.5, 1.8, 4.0, 7.9],
    ("Peru", "Annual growth of exports of goods and services", "percent", "%"):
        [1.3, -19.6, 13.6, 6.0],
    ("Pakistan", "Estimated nuclear warhead stockpiles", "count", "warheads"):
        [80, 160, 165, 165],
    ("Peru", "Number of people using the Internet", "count", "users"):
        [1.0e7, 2.1e7, 2.3e7, 2.5e7],
    ("Peru", "Government health spending as a share of GDP", "percent", "% of GDP"):
        [2.9, 3.9, 3.8, 3.6],
    ("Peru", "Total natural resource rents", "percent", "% of GDP"): [9.1, 8.0, 9.9, 10.2],
    ("Peru", "Population (Total)", "count", "people"): [29.2e6, 33.3e6, 33.7e6, 34.0e6],
    ("Peru", "Copper production", "tonne", "tonnes"): [1.25e6, 2.15e6, 2.3e6, 2.44e6],
    ("Peru", "Life expectancy", "year", "years"): [74.0, 76.5, 72.4, 76.5],
    ("Peru", "Female life expectancy", "year", "years"): [77.0, 79.1, 75.0, 79.1],
    ("Chile", "Life expectancy", "year", "years"): [79.0, 80.3, 79.4, 79.5],
}


@pytest.fixture(scope="module")
def table() -> ReferenceTable:
    return yearly_table(SERIES, YEARS, "kinds")


AS_OF = "2024-06-01"


PER_CAPITA = "CO₂ emissions per capita"
CASES = [
    # one person standing for the people: the per-capita series
    ("The average Norwegian emitted 7.5 tonnes of carbon dioxide in 2021.",
     [("supported", PER_CAPITA)]),
    ("In 2022 each Peruvian emitted about 1.7 tonnes of CO2.", [("supported", PER_CAPITA)]),
    ("In 2020 the average Norwegian emitted 7.6 tonnes of carbon dioxide.",
     [("supported", PER_CAPITA)]),
    ("A typical Norwegian was responsible for 9 tonnes of CO2 emissions in 2022.",
     [("contradicted", PER_CAPITA)]),
    ("Emissions per person in Peru came to 1.5 tonnes in 2020.", [("supported", PER_CAPITA)]),
    # the country, or its people together, is the total
    ("Norway emitted 41 million tonnes of CO2 in 2021.",
     [("supported", "Annual CO₂ emissions")]),
    pytest.param("Norwegians emitted 41 million tonnes of CO2 in 2021.",
                 [("supported", "Annual CO₂ emissions")],
                 marks=pytest.mark.xfail(strict=True, reason="frames read no plural demonym "
                                         "as a subject")),
    # a figure per head the parse does not see as one is not held against the total
    ("In 2021 Norway's emissions were 7.5 tonnes of carbon dioxide.", []),
    ("Peru's carbon dioxide output reached 1.7 tonnes in 2022.", []),
    # a series of yearly changes by its unit holds a one-year change as its level
    ("Consumer prices in Peru rose 7.9% in 2022.",
     [("supported", "Inflation of consumer prices")]),
    ("Peru's consumer prices climbed 12% in 2022.",
     [("contradicted", "Inflation of consumer prices")]),
    ("Peru's inflation hit 4% in 2021.", [("supported", "Inflation of consumer prices")]),
    # a change over several years is no difference of two yearly changes
    ("Consumer prices in Peru rose 10% between 2020 and 2022.", []),
    # growth of exports is no growth of the economy
    ("Peru's growth reached 6% in 2022.", []),
    ("Peru's exports grew 6% in 2022.",
     [("supported", "Annual growth of exports of goods and services")]),
    # the unit of a count names what it counts
    ("Pakistan held about 165 nuclear warheads in 2022.",
     [("supported", "Estimated nuclear warhead stockpiles")]),
    ("In 2010 Pakistan had 120 warheads.",
     [("contradicted", "Estimated nuclear warhead stockpiles")]),
    ("Peru had roughly 25 million internet users in 2022.",
     [("supported", "Number of people using the Internet")]),
    ("Peru counted 30 million users of the internet in 2021.",
     [("contradicted", "Number of people using the Internet")]),
    # the unit alone, without what the title names, is not the series
    ("Peru had 25 million users in 2022.", []),
    # a change whose frame links its levels runs between their years, not over the last one
    ("Peru's population rose from 29.2 million in 2010 to 34.0 million in 2022, an "
     "increase of 1%.", [("supported", "Population (Total)"), ("supported",
                                                               "Population (Total)"),
                         ("contradicted", "Population (Total)")]),
    ("Peru's population rose from 29.2 million in 2010 to 34.0 million in 2022, an "
     "increase of 16%.", [("supported", "Population (Total)")] * 3),
    ("Peru's population grew 16% from 29.2 million in 2010 to 34.0 million in 2022.",
     [("supported", "Population (Total)")] * 3),
    ("Peru's population grew 0.9% in 2022, to 34.0 million.",
     [("supported", "Population (Total)")] * 2),
    # a part of a people the sentence names is the figure's: never the whole people's series
    ("Men in Peru had a life expectancy of 76.5 years in 2022.", []),
    ("Women in Peru could expect to live 79 years in 2022.",
     [("supported", "Female life expectancy")]),
    ("Peru's life expectancy for women reached 76.5 years in 2022.",
     [("contradicted", "Female life expectancy")]),
    ("Peru's life expectancy was 76.5 years in 2022.", [("supported", "Life expectancy")]),
    ("Peruvians lived 72.4 years on average in 2021.", [("supported", "Life expectancy")]),
    # a change per year over several years is no change between the span's ends
    ("Peru's population grew by an average of 1.3% a year between 2010 and 2022.", []),
    ("Between 2010 and 2022 Peru's population rose 1.3% annually.", []),
    ("Peru's population grew 16% between 2010 and 2022.",
     [("supported", "Population (Total)")]),
    # a measure held at an age is no measure at birth
    ("Life expectancy at 65 in Peru was 76.5 years in 2022.", []),
    ("In 2022 Peru's life expectancy at age 60 stood at 76.5 years.", []),
    ("Peru's life expectancy at birth was 76.5 years in 2022.",
     [("supported", "Life expectancy")]),
    # a figure after "by" between two entities is their gap, no level of either
    ("Chile's life expectancy exceeded Peru's by more than 5 years in 2022.", []),
    ("In 2022 Chile's life expectancy topped Peru's by about 3 years.", []),
    ("Peru's life expectancy rose by 4.1 years between 2021 and 2022.",
     [("supported", "Life expectancy")]),
    # a level set off by a comma before a comparison is no size of the comparison
    ("Chile's life expectancy was 79.5 years in 2022, higher than Peru's.",
     [("supported", "Life expectancy"), ("supported", "Life expectancy")]),
    ("In 2022 Chile's life expectancy reached 79.5 years; higher than Peru's 70 years.",
     [("supported", "Life expectancy"), ("contradicted", "Life expectancy"),
      ("supported", "Life expectancy")]),
    ("Chile's life expectancy was 3 years longer than Peru's in 2022.",
     [("supported", "Life expectancy")]),
    # bare tons are metric, short or long: decided only when every reading agrees
    ("Peru's copper production reached 2.44 million tons in 2022.", []),
    ("Peru's copper production reached 2.69 million tons in 2022.", []),
    ("Peru's copper production reached 3.5 million tons in 2022.",
     [("contradicted", "Copper production")]),
    ("Peru's copper production was about 2.5 million tons in 2022.",
     [("supported", "Copper production")]),
    ("Peru's copper production came to 2.44 million metric tons in 2022.",
     [("supported", "Copper production")]),
    # a share's label names no metric: "% of GDP" is said of every such series
    ("Peru's tax take came to 10% of GDP in 2022.", []),
    ("Peru's public health spending came to 3.6% of GDP in 2022.",
     [("supported", "Government health spending as a share of GDP")]),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_row(table: ReferenceTable, sentence: str, expected: list[tuple[str, str]]) -> None:
    assert decided(sentence, table, AS_OF) == expected


@pytest.fixture(scope="module")
def places() -> ReferenceTable:
    """Series of places no country index knows, keyed by their names."""
    rows = [("Arctic", "Minimum sea ice extent", value, "km**2", str(year))
            for year, value in ((2020, 3.9e6), (2021, 4.9e6))]
    rows += [("Amazon", "Forest cover loss", 1.3e6, "hectare", "2021"),
             ("Sahel", "Millet harvest", 1.2e7, "tonne", "2021")]
    return rows_table(rows, "places")


PLACE_CASES = [
    # a name no table knows whose first word is one the table keys ("Arctic sea ice")
    ("Arctic sea ice shrank to a minimum extent of 4.9 million square kilometres in 2021.",
     [("supported", "Minimum sea ice extent")]),
    ("In 2020 Arctic sea ice fell to a minimum extent of 4.9 million square kilometres.",
     [("contradicted", "Minimum sea ice extent")]),
    ("Amazon forest cover loss reached 1.3 million hectares in 2021.",
     [("supported", "Forest cover loss")]),
    ("Sahel millet harvest came to 20 million tonnes in 2021.",
     [("contradicted", "Millet harvest")]),
    # a name that is not the table's, even with the same words after it
    ("Baltic sea ice shrank to a minimum extent of 4.9 million square kilometres in 2021.", []),
    # a figure the parse tags as a place is no subject of itself
    ("Sea ice extent grew by 1.0 million square kilometres between 2020 and 2021.", []),
]


@pytest.mark.parametrize(("sentence", "expected"), PLACE_CASES)
def test_place_row(places: ReferenceTable, sentence: str,
                   expected: list[tuple[str, str]]) -> None:
    assert decided(sentence, places, AS_OF) == expected
