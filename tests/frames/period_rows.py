"""Helpers for the frames tables whose rows are (as_of, text, figure, field, expected): the
periods a row expects, and the one check every such row runs."""

from __future__ import annotations

from datetime import date
from typing import Any

from factcheck import check


def year(y: int) -> tuple[date, date]:
    return date(y, 1, 1), date(y, 12, 31)


def day(y: int, m: int, d: int) -> tuple[date, date]:
    return date(y, m, d), date(y, m, d)


def months(y: int, first: int, last: int, last_day: int) -> tuple[date, date]:
    return date(y, first, 1), date(y, last, last_day)


def assert_field(as_of: str, text: str, figure: str, field: str, expected: Any) -> None:
    """The frame of the first claim holding `figure` has `expected` in `field`."""
    report = check(text, as_of=as_of, bundled=False)
    found = [f for f in report.frames if figure in f.claim.text]
    assert found, [f.claim.text for f in report.frames]
    assert getattr(found[0], field) == expected
