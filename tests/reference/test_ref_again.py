"""A ratio said "as much again as" (reference.compare_read, Reading.again): "half as much
again as Peru's" is Peru's and half of it again, 1.5 times Peru's, its figure the part
over the peer's; never half of Peru's. The figures are invented, the sentences our own."""

from __future__ import annotations

import pandas as pd
import pytest

from factcheck import load_reference
from factcheck.reference import ReferenceTable
from tests.reference.tables import decided_statuses

YIELDS = {"China": 6.0, "World": 4.0, "India": 4.0, "Japan": 3.0, "Peru": 2.0}  # 2020, t/ha


@pytest.fixture(scope="module")
def table() -> ReferenceTable:
    rows = [(entity, "Rice yields", value, "count", "2020", "Illustrative series")
            for entity, value in YIELDS.items()]
    frame = pd.DataFrame(rows, columns=["entity", "metric", "value", "unit", "period",
                                        "source"])
    return load_reference(frame, name="again")


@pytest.mark.parametrize(("sentence", "expected"), [
    # "as much again": the peer's and the figure's part of it again (each a ratio of 1.5,
    # once held as half of the peer's: contradicted)
    ("China's rice yield was half as much again as the world average in 2020.",
     ["supported"]),
    ("In 2020 China's rice yield was half as high again as India's.", ["supported"]),
    ("Japan's rice yield in 2020 was half as much again as Peru's.", ["supported"]),
    ("In 2020 the rice yield of Peru was half as much again as Japan's.", ["contradicted"]),
    # near-twins: no "again" (half of the peer's; a relative difference), and a multiple
    # "as much again" (three times), not read
    ("China's rice yield was half the world average in 2020.", ["contradicted"]),
    ("In 2020 Japan's rice yield was half China's.", ["supported"]),
    ("China's rice yield in 2020 was 50% higher than India's.", ["supported"]),
    ("China's rice yield in 2020 was twice as much again as Peru's.", []),
])
def test_as_much_again_is_the_peer_and_the_part_again(table: ReferenceTable, sentence: str,
                                                     expected: list[str]) -> None:
    assert decided_statuses(sentence, table, as_of="2021-06-01") == expected
