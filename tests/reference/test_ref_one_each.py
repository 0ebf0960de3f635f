"""A comparison between one typical person of each of two peoples ("a Qatari emitted 18
times as much as an Indian", "the average Briton ... the average German") is one of
figures per person (compare_read._one_each; compare_series takes the frames' per-head
measure as a figure per person). A whole against a person decides nothing. The figures
are invented, the sentences our own."""

from __future__ import annotations

import pandas as pd
import pytest

from factcheck import load_reference
from factcheck.reference import ReferenceTable
from tests.reference.tables import decided_statuses

SERIES = {  # metric -> {entity: value in 2020}
    "CO2 emissions per capita": {"Qatar": 36.0, "India": 2.0, "Canada": 14.0, "Mexico": 3.5},
    "Annual CO2 emissions": {"Qatar": 1.0e8, "India": 2.5e9, "Canada": 5.5e8, "Mexico": 4.5e8},
}
TERMS = {"CO2 emissions per capita": "co2|emissions|emitted|emits",
         "Annual CO2 emissions": "co2|emissions|emitted|emits"}


@pytest.fixture(scope="module")
def table() -> ReferenceTable:
    rows = [(entity, metric, value, "tonne", "2020", "Illustrative series", TERMS[metric])
            for metric, values in SERIES.items() for entity, value in values.items()]
    frame = pd.DataFrame(rows, columns=["entity", "metric", "value", "unit", "period",
                                        "source", "terms"])
    return load_reference(frame, name="one-each")


@pytest.mark.parametrize(("sentence", "expected"), [
    # one person of each people: the series per capita (36 / 2 = 18; 14 / 3.5 = 4)
    ("In 2020 the average Qatari emitted about 18 times as much CO2 as the average Indian.",
     ["supported"]),
    ("The average Canadian emitted more than 8 times as much CO2 as the average Mexican "
     "in 2020.", ["contradicted"]),
    ("A Canadian emitted four times as much CO2 as a Mexican in 2020.", ["supported"]),
    ("In 2020 a typical Qatari emitted roughly 9 times as much CO2 as a typical Canadian.",
     ["contradicted"]),
    # without a figure: the rows per person too (the totals say the reverse)
    ("The average Qatari emitted less CO2 than the average Indian in 2020.",
     ["contradicted"]),
    # near-twins: a whole against a person decides nothing; wholes are compared as
    # wholes (1e8 / 2.5e9), and "per person" said outright as before
    ("Qatar's emissions were 18 times those of the average Indian in 2020.", []),
    ("In 2020 Qatar emitted about 18 times as much CO2 as India.", ["contradicted"]),
    ("Per person, Qatar emitted about 18 times as much CO2 as India in 2020.",
     ["supported"]),
])
def test_one_person_of_each_people_compares_figures_per_person(
        table: ReferenceTable, sentence: str, expected: list[str]) -> None:
    assert decided_statuses(sentence, table, as_of="2021-06-01") == expected
