"""Reference periods: a year, a month, a day, or a range of them, as first and last day.

Formats (ISO 8601 subsets): ``2024``, ``2025-01``, ``2014-03-29``, and two of these joined
by ``/`` (``2025-01/2025-05``, ``2025-08-27/2025-12-31``). A range runs from the first day
of its start to the last day of its end.
"""

from __future__ import annotations

import calendar
import re
from datetime import date
from functools import lru_cache

Period = tuple[date, date]

_PART = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def _bounds(part: str) -> Period | None:
    m = _PART.match(part.strip())
    if not m:
        return None
    year = int(m.group(1))
    try:
        if m.group(3):
            day = date(year, int(m.group(2)), int(m.group(3)))
            return day, day
        if m.group(2):
            month = int(m.group(2))
            last = calendar.monthrange(year, month)[1]
            return date(year, month, 1), date(year, month, last)
    except ValueError:
        return None
    return date(year, 1, 1), date(year, 12, 31)


@lru_cache(maxsize=4096)
def parse_period(text: str) -> Period | None:
    """First and last day of a period string, or None if it is not one.

    >>> parse_period("2025-01/2025-05")
    (datetime.date(2025, 1, 1), datetime.date(2025, 5, 31))
    >>> parse_period("2024") == (date(2024, 1, 1), date(2024, 12, 31))
    True
    >>> parse_period("last year") is None
    True
    """
    parts = text.split("/")
    if len(parts) == 1:
        return _bounds(parts[0])
    if len(parts) != 2:
        return None
    first, last = _bounds(parts[0]), _bounds(parts[1])
    if first is None or last is None or last[1] < first[0]:
        return None
    return first[0], last[1]


def describe(period: Period) -> str:
    """A short human form of a period: "2024", "2025-01-01 to 2025-05-31"."""
    start, end = period
    if start == date(start.year, 1, 1) and end == date(start.year, 12, 31):
        return str(start.year)
    if start.year != end.year and start == date(start.year, 1, 1) and end == date(
            end.year, 12, 31):
        return f"{start.year}–{end.year}"
    if start == end:
        return start.isoformat()
    return f"{start.isoformat()} to {end.isoformat()}"
