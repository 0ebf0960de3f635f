"""The period a month named without its year holds for in a clause in the future tense,
and the deadline of a change ("by 2030"): read after timing.py has chosen a figure's
period phrase."""

from __future__ import annotations

import calendar
import re
from datetime import date

from factcheck.frames.stretches import MONTHS

Period = tuple[date, date]


_MONTH_NAME = re.compile(r"\b(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b",
                         re.IGNORECASE)
_BY = re.compile(r"by\s+(?!the\s+end\b)", re.IGNORECASE)
_YEAR_DIGITS = re.compile(r"\d{4}|\d\d\s*[-–/]\s*\d\d")


def ahead(phrase: str, span: Period, as_of: date, change: bool = False) -> Period:
    """The period a month named without its year holds for in a clause in the future tense
    ("will cut 200 jobs by December", "is due to open in March", said in October): the
    coming such month, not the last one (periods.py reads a bare month as the most recent
    begun by as_of). A span that has not ended by as_of, or whose phrase names its year or
    no month ("next year"), is kept. The deadline of a change (change True: "will double
    by 2030", "will cut 1,100 jobs by June") runs from as_of to its last day; a level's
    ("will reach 2.5% of GDP by 2027") is the deadline's own period, and "by the end of
    March" that day."""
    if span[1] < as_of and not _YEAR_DIGITS.search(phrase) and _MONTH_NAME.search(phrase):
        span = _year_on(span[0]), _year_on(span[1])
    if change and _BY.match(phrase) and span[0] > as_of:
        return as_of, span[1]  # "will double by 2030": the change runs until then
    return span


def _year_on(day: date) -> date:
    """The same day a year on; a month's last day goes to that month's last day."""
    last = calendar.monthrange(day.year + 1, day.month)[1]
    if day.day == calendar.monthrange(day.year, day.month)[1]:
        return date(day.year + 1, day.month, last)
    return date(day.year + 1, day.month, min(day.day, last))
