"""A gap between two places whose noun is a unit the extractor left unread ("almost 15
fewer years than": a comparative between the figure and its noun) is a gap in that unit
(reference.compare_decide._noun_unit): a row in a unit of time holds it, a count never
does. The figures are invented, the sentences our own."""

from __future__ import annotations

import pandas as pd
import pytest

from factcheck import load_reference
from factcheck.reference import ReferenceTable
from tests.reference.tables import decided_statuses

SERIES = {  # (entity, metric, unit, notes) -> value in 2020
    ("Bolivia", "Life expectancy", "years", ""): 64.5,
    ("Chile", "Life expectancy", "years", ""): 79.4,
    ("Peru", "Life expectancy", "years", ""): 73.0,
    ("World", "Life expectancy", "years", ""): 72.0,
    ("World", "Birth rate", "count", "unit: births per 1,000 people"): 17.0,
    ("Bolivia", "Birth rate", "count", "unit: births per 1,000 people"): 21.0,
    ("Chile", "Birth rate", "count", "unit: births per 1,000 people"): 11.5,
}
TERMS = {"Birth rate": "birth|births|born", "Life expectancy": ""
}


@pytest.fixture(scope="module")
def table() -> ReferenceTable:
    rows = [(entity, metric, value, unit, "2020", "Illustrative series", notes, TERMS[metric])
            for (entity, metric, unit, notes), value in SERIES.items()]
    frame = pd.DataFrame(rows, columns=["entity", "metric", "value", "unit", "period",
                                        "source", "notes", "terms"])
    return load_reference(frame, name="gap-units")


@pytest.mark.parametrize(("sentence", "expected"), [
    # a gap in years is never one of a count of births (each once held against the birth
    # rate, 21 and 11.5 against the world's 17: a wrong "contradicted")
    ("A child born in Bolivia in 2020 could expect to live almost 8 fewer years than the "
     "world average.", []),
    ("Babies born in Chile in 2020 could expect to live some 7 more years than the world "
     "average.", []),
    ("A girl born in Bolivia in 2020 would live about 4 fewer years than the global "
     "average.", []),
    # near-twins: the unit read by the extractor (rows in years: 79.4 - 64.5 = 14.9), and a
    # count's gap, as before
    ("Life expectancy in Bolivia was almost 15 fewer years than in Chile in 2020.",
     ["supported"]),
    ("Bolivia's life expectancy was 15 years lower than Chile's in 2020.", ["supported"]),
    ("In 2020 Peru's life expectancy was 8.5 years higher than Bolivia's.", ["supported"]),
    ("Bolivia's birth rate was 9.5 higher than Chile's in 2020.", ["supported"]),
])
def test_a_gap_in_a_unit_is_held_by_a_row_in_that_unit(table: ReferenceTable, sentence: str,
                                                       expected: list[str]) -> None:
    assert decided_statuses(sentence, table, as_of="2021-06-01") == expected
