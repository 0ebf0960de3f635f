"""Reference periods: every format DESIGN.md lists, and what is not a period."""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.reference.period import describe, parse_period

D = date


@pytest.mark.parametrize(("text", "expected"), [
    ("2024", (D(2024, 1, 1), D(2024, 12, 31))),
    ("2025-01", (D(2025, 1, 1), D(2025, 1, 31))),
    ("2024-02", (D(2024, 2, 1), D(2024, 2, 29))),
    ("2014-03-29", (D(2014, 3, 29), D(2014, 3, 29))),
    ("2025-01/2025-05", (D(2025, 1, 1), D(2025, 5, 31))),
    ("2025-08-27/2025-12-31", (D(2025, 8, 27), D(2025, 12, 31))),
    ("2019/2021", (D(2019, 1, 1), D(2021, 12, 31))),
    (" 2024 ", (D(2024, 1, 1), D(2024, 12, 31))),
    ("last year", None),
    ("2025-13", None),
    ("2025-02-30", None),
    ("2025-05/2025-01", None),
    ("2024/2025/2026", None),
    ("FY2024", None),
    ("", None),
])
def test_parse_period(text: str, expected: tuple[date, date] | None) -> None:
    assert parse_period(text) == expected


@pytest.mark.parametrize(("period", "text"), [
    ((D(2024, 1, 1), D(2024, 12, 31)), "2024"),
    ((D(2019, 1, 1), D(2021, 12, 31)), "2019–2021"),
    ((D(2014, 3, 29), D(2014, 3, 29)), "2014-03-29"),
    ((D(2025, 1, 1), D(2025, 5, 31)), "2025-01-01 to 2025-05-31"),
])
def test_describe(period: tuple[date, date], text: str) -> None:
    assert describe(period) == text
