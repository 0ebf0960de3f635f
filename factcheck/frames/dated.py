"""Readings of two period phrases that name their days outright (a news desk's reading):

- a split year "2025-26", "fiscal 2026-27", "the 2024/25 financial year" is one fiscal year
  of twelve months across the two calendar years: from the month the sentence says it
  starts ("which starts on 1 July") or after the month it says it ends in ("the fiscal
  year to 30 June", "which ended in March"), else from April (the British and Indian
  public year, the commonest such year in English news); two years that do not follow
  each other ("2019-23") are not one, nor are two written in full ("2024-2025") unless
  the phrase calls them a fiscal or financial year;
- a date "on 22 September", "Monday 29 December", "December 18" is that day: in its
  stated year, else in the year whose weekday matches the one written with it, else the
  occurrence nearest the draft's date (a story names days near its own, before or after
  it); "since 1 August" runs from that day, the latest one by as_of, to as_of; "from
  August 27, 2025" opens a stretch with no end and is left unread (periods.py);
- a split year followed by the fiscal year it is ("2022-23, the operator's fiscal year to
  30 September") ends in the month that phrase names (restated()).
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from factcheck.frames.days import WEEKDAYS
from factcheck.frames.stretches import MONTHS
from factcheck.written_years import MODERN_YEAR

Period = tuple[date, date]
Match = re.Match[str]

PUBLIC_YEAR_START = 4  # April
SCHOOL_YEAR_START = 9  # "the 2024-25 school year", "academic year": September to August
_STARTS = ("start", "began", "begin")
_FISCAL = re.compile(r"\b(?:fiscal|financial)\b")


def split_year(m: Match, as_of: date) -> Period | None:
    """ "2025-26": the fiscal year from PUBLIC_YEAR_START, a school or academic year from
    SCHOOL_YEAR_START, or the year from the month the match names."""
    first, second = int(m.group("y1")), m.group("y2")
    if (first + 1) % 100 != int(second) % 100:
        return None
    if len(second) == 4 and not (m.group("m1") or _FISCAL.search(m.group(0))):
        return None  # "in 2024-2025" may be two calendar years; "2024-25" is one fiscal year
    start = SCHOOL_YEAR_START if m.group("school") else PUBLIC_YEAR_START
    if m.group("m1"):
        named = MONTHS[m.group("m1").lower()]
        start = named if m.group("verb").startswith(_STARTS) else named % 12 + 1
    if start == 1:
        return date(first + 1, 1, 1), date(first + 1, 12, 31)
    last = start - 1
    return date(first, start, 1), date(first + 1, last, calendar.monthrange(first + 1, last)[1])


def day_date(m: Match, as_of: date) -> Period | None:
    """A day named by its date (see module); None for a day the calendar lacks."""
    which, day = MONTHS[m.group("m1").lower()], int(m.group("dd"))
    years = [int(m.group("y1"))] if m.group("y1") else [as_of.year - 1, as_of.year,
                                                        as_of.year + 1]
    days = [d for d in (_day(y, which, day) for y in years) if d is not None]
    onward = m.group(0).startswith("since")
    if onward:
        days = [d for d in days if d <= as_of]
    elif m.group("d1") and not m.group("y1"):
        days = [d for d in days if WEEKDAYS[d.weekday()] == m.group("d1").lower()] or days
    if not days:
        return None
    best = min(days, key=lambda d: (abs((d - as_of).days), d > as_of))
    return (best, as_of) if onward else (best, best)


def _day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


_SPLIT = re.compile(MODERN_YEAR + r"\s*[-–/]\s*\d\d")
_APPOSED = re.compile(r"\s*,\s*(?:(?:the|its|their)\s+)?(?:[\w-]+['’]s\s+)?")


def restated(low: str, found: list[tuple[int, int, Period]]) -> None:
    """A split year's months from the twelve-month phrase set beside it by a comma (found,
    sorted by start, changed in place; low the sentence the offsets index)."""
    for k in range(len(found) - 1):
        (start, end, split), (after, _, named) = found[k], found[k + 1]
        if not (_APPOSED.fullmatch(low, end, after) and _SPLIT.search(low, start, end)):
            continue
        if named[0].day != 1 or (named[1] + timedelta(days=1)).replace(year=named[0].year) \
                != named[0] or named[1].year != named[0].year + 1:
            continue  # not twelve whole months across two years
        last_year = split[1].year
        first = date(last_year - 1, named[0].month, 1)
        found[k] = (start, end, (first, named[1].replace(year=last_year)))
