"""A list with no full stop is one sentence: choosing periods stays linear in it."""

from __future__ import annotations

import pytest

from factcheck import check
from tests.linear import assert_linear


@pytest.mark.parametrize(("unit", "size"), [
    # each took minutes when every figure weighed every period phrase of its sentence
    ("Sales rose 5% in 2024 since 2020, from 10 to 20 tonnes, ", 400),
    ("The plant, which has 40 beds, lost 3 in May; since then 20 of them closed, ", 200),
])
def test_periods_of_a_long_list_stay_linear(unit: str, size: int) -> None:
    def run(n: int) -> None:
        assert check(unit * n, as_of="2025-01-01", bundled=False).claims

    assert_linear(run, size)
