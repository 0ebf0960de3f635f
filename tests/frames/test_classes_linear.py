"""A list with no full stop is one sentence: choosing periods stays linear in it."""

from __future__ import annotations

import time

import pytest

from factcheck import check


@pytest.mark.parametrize("text", [
    # each took minutes when every figure weighed every period phrase of its sentence
    "Sales rose 5% in 2024 since 2020, from 10 to 20 tonnes, " * 3000,
    "The plant, which has 40 beds, lost 3 in May; since then 20 of them closed, " * 1500,
])
def test_periods_of_a_long_list_stay_linear(text: str) -> None:
    check("100 km (62 miles)", bundled=False)  # the unit registry loads once per process
    started = time.perf_counter()
    report = check(text, as_of="2025-01-01", bundled=False)
    assert time.perf_counter() - started < 8.0
    assert report.claims
