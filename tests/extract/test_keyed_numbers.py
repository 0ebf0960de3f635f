"""Numbers that name a service or a kind of thing rather than count (issue 12, "not
claims"): a number keyed in after any form of a verb of dialling ("dialled 999", "phoned
101": context.tsv role dial), and a whole number right after a word of quantity with a
word after it ("the most 999 calls", "more 911 calls": role quantity_before_label,
extract/labels.py). Near-twins with a counted noun after the verb, or "than" after the
quantity word, stay counts. Sentences in our own words."""

from __future__ import annotations

import pytest

from factcheck import extract
from tests.extract.rows import Row, assert_row, row_id

NOT_CLAIMS = [
    ("The wards with the most 999 calls are shaded on the map.", "999"),
    ("Dispatchers handled more 911 calls than ever this summer.", "911"),
    ("Fewer 111 callers were put on hold in March.", "111"),
    ("She dialled 999 at 2am after the fire started.", "999"),
    ("They phoned 101 to report the stolen bikes.", "101"),
    ("He rang 111 at dawn when the fever rose.", "111"),
]


@pytest.mark.parametrize(("sentence", "number"), NOT_CLAIMS)
def test_keyed_or_kind_number_is_no_claim(sentence: str, number: str) -> None:
    assert not [c.text for c in extract(sentence) if number in c.text]


COUNTS = [
    Row("Police received 999 calls on Saturday alone.", "999", {"value": 999, "noun": "calls"}),
    Row("Dispatchers handled more than 911 calls this summer.", "911",
        {"value": 911, "bound": "over"}),
    Row("He rang 111 customers to apologise for the outage.", "111", {"value": 111}),
    Row("The inquiry called 40 witnesses over six weeks.", "40", {"value": 40}),
    Row("All 14 wards on the map are shaded.", "14", {"value": 14}),
    Row("The ferry ramp takes at most 38 tonnes.", "38", {"value": 38, "bound": "at_most"}),
]


@pytest.mark.parametrize("row", COUNTS, ids=row_id)
def test_counts_beside_them_stay(row: Row) -> None:
    assert_row(row)
