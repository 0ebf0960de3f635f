"""Readings of the period phrases that name years ("in 2024", "2012-13", "since 2015",
"the 1990s", "the decade before 2020", "prior to 2010", "March 2024", "last year"): each
takes a regex match of factcheck.frames.periods and the draft's date and gives the
(first day, last day) the phrase covers."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from factcheck.frames.stretches import MONTHS, count, months

Period = tuple[date, date]
Match = re.Match[str]


def _year(m: Match, as_of: date, n: int = 1) -> int:
    y = m.groupdict().get(f"y{n}")
    return int(y) if y else as_of.year


def between(m: Match, as_of: date) -> Period | None:
    first, last = MONTHS[m.group("m1").lower()], MONTHS[m.group("m2").lower()]
    return months(_year(m, as_of), first, last) if first <= last else None


def whole_year(m: Match, as_of: date) -> Period:
    return months(_year(m, as_of), 1, 12)


def edge_of_year(m: Match, as_of: date) -> Period:
    """ "at the end of 2025", "by the start of 2030": the year's last or first day (a
    stock read on that day, as "at the end of June" is the month's last)."""
    first, last = months(_year(m, as_of), 1, 12)
    day = last if m.group("edge") == "end" else first
    return day, day


def span(m: Match, as_of: date) -> Period | None:
    first, last = int(m.group("y1")), int(m.group("y2"))
    if last < 100:  # "2012-13"
        last += first // 100 * 100
    return (date(first, 1, 1), date(last, 12, 31)) if first < last else None


def since(m: Match, as_of: date) -> Period | None:
    first = date(int(m.group("y1")), 1, 1)
    return (first, as_of) if first <= as_of else None


def decade(m: Match, as_of: date) -> Period:
    start = int(m.group("y1"))
    first, last = {"early": (0, 3), "mid": (3, 6), "late": (6, 9)}.get(
        (m.group("part") or "").lower(), (0, 9))
    return date(start + first, 1, 1), date(start + last, 12, 31)


_BEFORE = re.compile(r"\b(?:before|prior\s+to)\s", re.IGNORECASE)


def decade_before(m: Match, as_of: date) -> Period:
    """A decade named by the year it ends at or before, as ten calendar years (one
    reading, as "the 2010s" is 2010 to 2019): "the decade to 2018" and "the decade leading
    up to 2018" hold 2018, 2009 to 2018 (a change over it runs from the 2009 row to the
    2018 row); "the decade before 2018" and "prior to" do not, 2008 to 2017. A count of
    years is read otherwise: "the ten years to 2018" is ten years of change, from the
    2008 row to the 2018 row (years_to)."""
    year = int(m.group("y1"))
    if not _BEFORE.search(m.group(0)):
        return date(year - 9, 1, 1), date(year, 12, 31)
    return date(year - 10, 1, 1), date(year - 1, 12, 31)


def years_to(m: Match, as_of: date) -> Period:
    """ "in the 25 years to 2010", "over the past 12 years to 2020": the span that many
    years long ending with the year named (a change over it runs from 1985 to 2010)."""
    year, back = int(m.group("y1")), count(m.group("count"))
    return date(year - back, 1, 1), date(year, 12, 31)


def years_from(m: Match, as_of: date) -> Period | None:
    """ "in the 20 years after 1995", "over the ten years following 2004": the span that
    many years long starting with the year named (a change over it runs from 1995 to 2015);
    None when it would end after the draft's date."""
    year, ahead = int(m.group("y1")), count(m.group("count"))
    last = date(year + ahead, 12, 31)
    return (date(year, 1, 1), last) if ahead and year + ahead <= as_of.year else None


def before(m: Match, as_of: date) -> Period:
    """ "prior to 2010": every year before it that a table may hold."""
    return date(1900, 1, 1), date(int(m.group("y1")) - 1, 12, 31)


def month_year(m: Match, as_of: date) -> Period:
    month = MONTHS[m.group("m1").lower()]
    return months(int(m.group("y1")), month, month)


def relative(shift: int) -> Callable[[Match, date], Period]:
    def rule(m: Match, as_of: date) -> Period:
        return months(as_of.year + shift, 1, 12)

    return rule
