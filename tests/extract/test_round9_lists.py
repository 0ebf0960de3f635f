"""extract() on a small number word that goes on a list of counts (issue 15, round 9: the
exact counts of a breakdown written in words): after a list mark and at most one holder's
name, with a figure before it in its sentence ("Marsh scored six of the goals, Ito four and
Bale two"; "were rescued: nine by helicopter and seven on foot"). Near-twins: a number word
with no figure before it in its sentence, or after a determiner, stays no claim ("the two
met"). Our own sentences."""

from __future__ import annotations

import pytest

from factcheck import extract
from tests.extract.rows import Row, assert_row, row_id

CLAIMS = [
    Row("Nineteen climbers were rescued from the ridge: nine by helicopter and seven on "
        "foot.", "nine", {"value": 9.0, "unit": ""}),
    Row("Nineteen climbers were rescued from the ridge: nine by helicopter and seven on "
        "foot.", "seven", {"value": 7.0, "unit": ""}),
    Row("Marsh scored six of the goals, Ito four and Bale two.", "four", {"value": 4.0}),
    Row("Marsh scored six of the goals, Ito four and Bale two.", "two", {"value": 2.0}),
    Row("The league has 20 clubs. Six are based in the capital and eight in the north.",
        "eight", {"value": 8.0}),
]

NOT_CLAIMS = [
    ("no figure before it", "The two met in 2019, and one thing led to another."),
    ("after a determiner", "After 12 rounds, the two embraced."),
    ("one, a pronoun", "Voters chose 12 councillors. And two weeks on, one resigned."),
]


@pytest.mark.parametrize("row", CLAIMS, ids=[row_id(r) for r in CLAIMS])
def test_count_list_words(row: Row) -> None:
    assert_row(row)


@pytest.mark.parametrize(("name", "sentence"), NOT_CLAIMS, ids=[n for n, _ in NOT_CLAIMS])
def test_no_count_list_word(name: str, sentence: str) -> None:
    words = {"one", "two"}
    assert not [c.text for c in extract(sentence) if c.text.lower() in words], name
