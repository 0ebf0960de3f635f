"""Period phrases that name a period only against another one of their sentence.

- "a year earlier", "the year before", "a decade ago" shift the nearest other period back
  (SHIFT sentinels: (date.min, date.min + n days) reaches n years back);
- "the same period last year" is the nearest other period a year back (SAME_PERIOD);
- "a week later", "three days later" is the nearest other period, a day or a few, moved
  that many days on (later; nothing after a longer period);
- "the first half of the month" is the nearest other period's first half (month_half),
  when that is a whole month;
- "the same quarter of 2024", "the same six months in 2019" is the nearest other period
  moved into the stated year (same_in: (1 January of that year, date.max)); with no other
  period to anchor it, the stated year is the whole calendar year.

anchored(found, as_of, anchor) reads every sentinel of found against the nearest plain period
of its sentence or, when the sentence names none, against anchor: the period the sentence
before it in the paragraph named last ("Output was 7.9 TWh in 2025. Two years earlier it
was 6.4 TWh": 2023; one event told across sentences keeps its time line).
Source of the rule: a news desk's reading of comparisons with a base period ("sales in
April, 12% more than in the same month of 2024" compare April with April).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from factcheck.frames.stretches import count, months, years_back

Period = tuple[date, date]
Match = re.Match[str]

SHIFT: Period = (date.min, date.min + timedelta(days=1))  # a year back from the other period
SAME_PERIOD: Period = (date.min, date.max)  # the same stretch of the year, a year back


def shift(m: Match, as_of: date) -> Period:
    """A sentinel: (date.min, date.min + n days) shifts n years back ("a decade earlier")."""
    if m.group(0).startswith("the same"):
        return SAME_PERIOD
    n = count(m.group("back") or "one") * (10 if "decade" in m.group(0) else 1)
    return (date.min, date.min + timedelta(days=n)) if n else SHIFT


def same_in(m: Match, as_of: date) -> Period:
    """A sentinel: "the same quarter of 2024" is the other period moved into 2024."""
    return date(int(m.group("y1")), 1, 1), date.max


_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4}
_ORDINAL_YEAR = 2  # the sentinel's year


def ordinal_part(m: Match, as_of: date) -> Period:
    """A sentinel: "in the first" after "in the second quarter" is that year's first one."""
    return date(_ORDINAL_YEAR, 1, _ORDINALS[m.group("ord")]), date.max


def _part(n: int, near: Period | None) -> Period | None:
    """The n-th quarter or half of near's year, near being a quarter or a half."""
    if near is None or near[0].day != 1 or (near[0].month - 1) % 3:
        return None
    size = {2: 3, 5: 6}.get(near[1].month - near[0].month) if near[0].year == near[1].year else None
    if size is None or n * size > 12:
        return None
    return months(near[0].year, (n - 1) * size + 1, n * size)


_LATER = date(3, 1, 1)  # the sentinel of "a week later": (_LATER + n days, date.max)
_MONTH_HALF_YEAR = 4  # the sentinel of "the first half of the month": (4-1-n, date.max)


def month_half(m: Match, as_of: date) -> Period:
    """A sentinel: "the first half of the month", "the second half of that month" (and an
    elided "the second half" after it in its sentence) is the n-th half of the nearest
    other period, a whole month (days 1 to 15, 16 to its end)."""
    n = 1 if m.group("ord").lower() == "first" else 2
    return date(_MONTH_HALF_YEAR, 1, n), date.max


def _month_half(n: int, near: Period | None) -> Period | None:
    """The n-th half of near, a whole calendar month; None for any other period."""
    if near is None or near[0].day != 1 or near[0].month != near[1].month or (
            near[1] + timedelta(days=1)).day != 1:
        return None
    return (near[0], near[0].replace(day=15)) if n == 1 else (near[0].replace(day=16), near[1])


def later(m: Match, as_of: date) -> Period:
    """A sentinel: "a week later", "three days later" is the nearest other period, when that
    is a day or a few, moved that many days on."""
    days = count(m.group("n")) * (7 if m.group("unit").startswith("week") else 1)
    return _LATER + timedelta(days=days), date.max


def _back(period: Period) -> int:
    """The years a shift sentinel reaches back; 0 for a plain period."""
    if period[0] != date.min or period == SAME_PERIOD:
        return 0
    return (period[1] - date.min).days


def year_back(period: Period, years: int = 1) -> Period:
    """The same stretch of time years earlier (29 February becomes the 28th); years may be
    negative (later)."""
    return years_back(period[0], years), years_back(period[1], years)


def _plain(period: Period) -> bool:
    return period[0] != date.min and period[1] != date.max


def anchored(found: list[tuple[int, int, Period]], as_of: date, anchor: Period | None = None
             ) -> list[tuple[int, int, Period | None]]:
    """found with each sentinel read against the nearest plain period, else anchor (see
    module)."""
    plain = [(s, e, p) for s, e, p in found if _plain(p)]
    if not plain and anchor is not None:
        plain = [(-1, -1, anchor)]
    out: list[tuple[int, int, Period | None]] = []
    for start, end, period in found:
        if _plain(period):
            out.append((start, end, period))
            continue
        near = min(plain, key=lambda f: (abs(f[0] - start), f[0] > start), default=None)
        out.append((start, end, _read(period, near[2] if near else None, as_of)))
    return out


def _read(period: Period, near: Period | None, as_of: date) -> Period | None:
    """One sentinel read against near, the nearest plain period (None: there is none)."""
    if period[0].year == _ORDINAL_YEAR:
        return _part(period[0].day, near)
    if period[0].year == _MONTH_HALF_YEAR:
        return _month_half(period[0].day, near)
    if period[0].year == _LATER.year:
        days = timedelta(days=(period[0] - _LATER).days)
        if near is None or (near[1] - near[0]).days > 6:
            return None  # "a week later" than a year names no period of its own
        return near[0] + days, near[1] + days
    if period[0] != date.min:  # same_in: the stated year
        year = period[0].year
        if near is None:
            return months(year, 1, 12)
        return year_back(near, near[0].year - year)
    years = _back(period)
    if near is not None:
        return year_back(near, years or 1)
    return months(as_of.year - years, 1, 12) if years else None
