"""Readings of the period phrases that name days relative to as_of (a news desk's
reading, as in stretches.py):

- a weekday ("on Monday", "last Tuesday", "Monday's"; not a bare "Sunday", which may be
  part of a name: "the Sunday Times") is the latest such day on or before
  as_of: a story dated Thursday means by "on Monday" the Monday three days before;
- "between Friday and Monday" runs from the first day to the second, both so read;
  "since Friday" from that day to as_of; "yesterday" is the day before as_of;
- "last night" is the day before as_of, as "yesterday"; a feast on a fixed date ("New
  Year's Day", "Christmas Day", "Boxing Day") is the latest such day on or before as_of;
- "now", "today", "currently", "at present" are as_of itself: the figure holds on the
  day the draft speaks for (a phrase that reaches a year back from it, "up from 1,610 a
  year earlier", is the same day a year before).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

Period = tuple[date, date]
Match = re.Match[str]

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
DAY = r"(?P<d{n}>" + "|".join(WEEKDAYS) + r")\b"


def latest(name: str, as_of: date) -> date:
    """The latest day named name ("monday") on or before as_of."""
    return as_of - timedelta(days=(as_of.weekday() - WEEKDAYS.index(name)) % 7)


def weekday(m: Match, as_of: date) -> Period:
    """ "on Monday", "last Tuesday", "Sunday's": that day (a weekday alone may be part of
    a name: "the Sunday Times")."""
    day = latest(m.group("d1") or m.group("d2"), as_of)
    return day, day


def weekdays(m: Match, as_of: date) -> Period | None:
    """ "between Friday and Monday": the first day to the second (the second the latest
    on or before as_of, the first the latest on or before the second)."""
    last = latest(m.group("d2"), as_of)
    return latest(m.group("d1"), last), last


def since_weekday(m: Match, as_of: date) -> Period:
    """ "since Friday": from that day to as_of."""
    return latest(m.group("d1"), as_of), as_of


def yesterday(m: Match, as_of: date) -> Period:
    day = as_of - timedelta(days=1)
    return day, day


# The feasts a calendar fixes to one date: (month, day), read by feast().
FEASTS = {"new year": (1, 1), "christmas": (12, 25), "boxing": (12, 26)}
FEAST = r"(?P<feast>new\s+year|christmas|boxing)(?:['’]s)?\s+day\b"


def feast(m: Match, as_of: date) -> Period:
    """ "on New Year's Day", "Christmas Day's": the latest such day on or before as_of."""
    month, day = FEASTS[" ".join(m.group("feast").split())]
    year = as_of.year if (month, day) <= (as_of.month, as_of.day) else as_of.year - 1
    return date(year, month, day), date(year, month, day)


def today(m: Match, as_of: date) -> Period:
    """ "now", "today", "currently": as_of itself."""
    return as_of, as_of
