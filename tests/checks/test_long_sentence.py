"""A list or table with no full stop is one sentence: the checks stay linear in it."""

from __future__ import annotations

import time

import pytest

from factcheck import check


@pytest.mark.parametrize(
    ("text"),
    [
        # each took seconds before the checks stopped walking the whole sentence for every
        # claim (FC203 9 s, FC207 5 s, FC206 7 s)
        "Sales rose 5% from 10 to 20 tonnes, " * 3000,
        "a total of 5 tonnes, 6 km and 7 tonnes, " * 1000,
        "The KIA, founded in 1961, " + "has fought for more than 70 years, " * 4000,
    ],
    ids=["changes", "totals", "years"],
)
def test_one_long_sentence_stays_linear(text: str) -> None:
    check("100 km (62 miles)", bundled=False)  # the unit registry loads once per process
    started = time.perf_counter()
    report = check(text, as_of="2025-01-01", bundled=False)
    assert time.perf_counter() - started < 4.0
    assert report.claims
