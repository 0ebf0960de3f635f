"""Readings of the period phrases that name a stretch of the calendar relative to as_of.

Each function takes a regex match of factcheck.frames.periods and the draft's date and
gives the (first day, last day) the phrase covers. The rules (a news desk's reading):

- a part of a year named without its year ("in the first half", "the first nine months",
  "the fourth quarter") is the most recent such part that has begun by as_of;
- a month without a year is the most recent such month that has begun by as_of;
- "in the year to April", "the twelve months to September", "the financial year to 31
  March 2026", "fiscal 2026, which ended in March": the twelve months ending on the last
  day of that month; "the half-year to June": the six; "the July-September quarter":
  those months; "by the end of June": that single day;
- "last weekend" is the Saturday and Sunday before as_of; "this summer" June to August
  of as_of's year, "last summer" the year before's (weekdays and "now": days.py);
- "since April" runs from the first of that month to as_of; "over the past five years"
  and "in the last decade" from as_of that many years back to as_of;
- "next year", "last month": the calendar year after as_of's, the month before.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from factcheck.lexicon import lexicon

Period = tuple[date, date]
Match = re.Match[str]

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
# counts in words, from the lexicon's number words (numberwords.tsv: "one" to "nineteen" and
# the tens); "twenty-five" and "twenty five" are a ten and a unit (count() below)
_UNITS = {w: int(v) for w, (v, kind) in lexicon().numbers.items() if kind == "unit" and v > 0}
_TENS = {w: int(v) for w, (v, kind) in lexicon().numbers.items() if kind == "ten"}
COUNTS = {**_UNITS, **_TENS, "a": 1, "an": 1}
# a count as a pattern: digits, a ten with its unit, a ten, a unit ("the past fifteen years",
# "the last twenty-five years")
COUNT_WORDS = (r"\d{1,2}|(?:" + "|".join(_TENS) + r")(?:[-\s](?:"
               + "|".join(w for w in _UNITS if _UNITS[w] < 10) + r"))?|"
               + "|".join(sorted(_UNITS, key=len, reverse=True)))
_ORDINAL = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": 0, "final": 0}
_SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11)}


def months(year: int, first: int, last: int) -> Period:
    return date(year, first, 1), date(year, last, calendar.monthrange(year, last)[1])


def count(word: str) -> int:
    """A count written in digits or words ("nine", "12"), 0 when it is neither."""
    word = word.lower()
    if word.isdigit():
        return int(word)
    ten, _, unit = re.sub(r"\s+", " ", word).replace("-", " ").partition(" ")
    if unit:
        return _TENS.get(ten, 0) + _UNITS.get(unit, 0) if ten in _TENS else 0
    return COUNTS.get(word, 0)


def begun(first_month: int, stated: str | None, as_of: date) -> int:
    """The year of a part of a year that starts in first_month: the stated year, else the
    latest year in which that part has begun by as_of."""
    if stated:
        return int(stated)
    return as_of.year if first_month <= as_of.month else as_of.year - 1


def year_part(m: Match, as_of: date) -> Period | None:
    """ "the first half", "the second quarter of 2024", "the last quarter of the year";
    "last quarter" with no article and no year is the calendar quarter before as_of's."""
    part = m.group("part").lower()
    size = 3 if part == "quarter" else 6
    if m.group("ord").lower() == "last" and not re.match(r"the\s|.*\sof\s", m.group(0),
                                                         re.IGNORECASE):
        return _previous(size, as_of)  # "sales fell last quarter": the one before as_of's
    index = _ORDINAL[m.group("ord").lower()] or 12 // size
    if index * size > 12:
        return None
    first = (index - 1) * size + 1
    return months(begun(first, m.group("y1"), as_of), first, first + size - 1)


def _previous(size: int, as_of: date) -> Period:
    """The calendar quarter (size 3) or half-year (6) before the one as_of is in."""
    first = (as_of.month - 1) // size * size + 1 - size
    year = as_of.year if first > 0 else as_of.year - 1
    first = first if first > 0 else first + 12
    return months(year, first, first + size - 1)


def first_months(m: Match, as_of: date) -> Period | None:
    """ "the first five months of 2025", "the first nine months (of the year)"."""
    n = count(m.group("count"))
    return months(begun(1, m.group("y1"), as_of), 1, n) if 1 <= n <= 12 else None


def month(m: Match, as_of: date) -> Period:
    """A month, in its stated year or the most recent one begun by as_of."""
    which = MONTHS[m.group("m1").lower()]
    return months(begun(which, m.group("y1"), as_of), which, which)


def month_of_year(m: Match, as_of: date) -> Period:
    """ "in May last year", "in March this year", "June next year": that month of the
    calendar year before, of or after as_of's."""
    which = MONTHS[m.group("m1").lower()]
    shift = {"last": -1, "this": 0, "next": 1}[m.group("rel").lower()]
    return months(as_of.year + shift, which, which)


def year_to(m: Match, as_of: date) -> Period:
    """ "in the year to April": the twelve months ending with that month."""
    which = MONTHS[m.group("m1").lower()]
    last = months(begun(which, m.group("y1"), as_of), which, which)[1]
    start = date(last.year - 1, which, 1) + timedelta(days=calendar.monthrange(
        last.year - 1, which)[1])
    return start, last


def half_year_to(m: Match, as_of: date) -> Period:
    """ "the half-year to June", "the six months ended 30 September": six months ending with
    that month."""
    which = MONTHS[m.group("m1").lower()]
    year = begun(which, m.group("y1"), as_of)
    first = which - 5 if which > 5 else which + 7
    return date(year if which > 5 else year - 1, first, 1), months(year, which, which)[1]


def fiscal_year(m: Match, as_of: date) -> Period:
    """ "fiscal 2026, which ended on 31 March": the twelve months ending with that month of
    the named year."""
    which = MONTHS[m.group("m1").lower()]
    year = int(m.group("y1"))
    last = months(year, which, which)[1]
    return last.replace(year=year - 1, day=1) + timedelta(days=calendar.monthrange(
        year - 1, which)[1]), last


def month_range(m: Match, as_of: date) -> Period | None:
    """ "the July-September quarter", "in March-May 2025": those months, in the stated
    year or the latest in which the first has begun by as_of."""
    first, last = MONTHS[m.group("m1").lower()], MONTHS[m.group("m2").lower()]
    return months(begun(first, m.group("y1"), as_of), first, last) if first < last else None


def end_of(m: Match, as_of: date) -> Period:
    """ "by the end of June": the month's last day."""
    day = month(m, as_of)[1]
    return day, day


def since_month(m: Match, as_of: date) -> Period | None:
    first = month(m, as_of)[0]
    return (first, as_of) if first <= as_of else None


def years_back(as_of: date, years: int) -> date:
    year = as_of.year - years
    return date(year, as_of.month, min(as_of.day, calendar.monthrange(year, as_of.month)[1]))


def past(m: Match, as_of: date) -> Period | None:
    """ "over the past five years", "in the last decade", "the past 12 months"."""
    n = count(m.group("count") or "one")
    unit = m.group("unit").lower()
    if n < 1:
        return None
    if unit.startswith("month"):
        back = as_of.month - 1 - n
        year, mon = as_of.year + back // 12, back % 12 + 1
        day = min(as_of.day, calendar.monthrange(year, mon)[1])
        return date(year, mon, day), as_of
    return years_back(as_of, n * (10 if unit.startswith("decade") else 1)), as_of


def weekend(m: Match, as_of: date) -> Period:
    back = (as_of.weekday() - 5) % 7 or 7
    saturday = as_of - timedelta(days=back)
    return saturday, saturday + timedelta(days=1)


def season(m: Match, as_of: date) -> Period:
    """ "this summer", "last spring"; "this winter" is the December to February most
    recently begun by as_of, "last winter" the one before it while a winter runs, else
    that one (meteorological seasons)."""
    name = m.group("season").lower()
    if name == "winter":
        year = as_of.year if as_of.month == 12 else as_of.year - 1
        if m.group("which").lower() == "last" and as_of.month in (12, 1, 2):
            year -= 1
        return _winter(year)
    first, last = _SEASONS[name]
    year = as_of.year - (1 if m.group("which").lower() == "last" else 0)
    return months(year, first, last)


def _winter(year: int) -> Period:
    return date(year, 12, 1), date(year + 1, 2, calendar.monthrange(year + 1, 2)[1])


def since_season(m: Match, as_of: date) -> Period | None:
    """ "since the summer", "since last spring": from the first day of the season most
    recently begun by as_of (the one before it after "last" while it runs) to as_of."""
    name = m.group("season").lower()
    first = 12 if name == "winter" else _SEASONS[name][0]
    year = as_of.year if (as_of.month, first) >= (first, first) else as_of.year - 1
    start = date(year, first, 1)
    if m.group("last") and as_of <= (_winter(year)[1] if name == "winter"
                                     else months(year, *_SEASONS[name])[1]):
        start = date(year - 1, first, 1)
    return (start, as_of) if start <= as_of else None


def next_year(m: Match, as_of: date) -> Period:
    return months(as_of.year + 1, 1, 12)


def last_month(m: Match, as_of: date) -> Period:
    year, mon = (as_of.year, as_of.month - 1) if as_of.month > 1 else (as_of.year - 1, 12)
    return months(year, mon, mon)


_SHIFTS = {"last": -1, "previous": -1, "this": 0, "the": 0, "next": 1, "coming": 1}


def _month_on(as_of: date, n: int) -> Period:
    """The calendar month n months from as_of's (n may be negative)."""
    back = as_of.year * 12 + as_of.month - 1 + n
    return months(back // 12, back % 12 + 1, back % 12 + 1)


def calendar_unit(m: Match, as_of: date) -> Period:
    """ "last week", "this week", "next month": the calendar week (Monday to Sunday) or
    month before, of or after as_of's, as "last year" is the calendar year before."""
    n = _SHIFTS[m.group("which").lower().split()[-1]]
    if m.group("unit").lower() == "month":
        return _month_on(as_of, n)
    monday = as_of - timedelta(days=as_of.weekday()) + timedelta(weeks=n)
    return monday, monday + timedelta(days=6)


def end_of_unit(m: Match, as_of: date) -> Period:
    """ "by the end of the year", "at the end of next month": the last day of that
    calendar year or month (the calendar year or month before, of or after as_of's)."""
    n = _SHIFTS[m.group("which").lower().split()[-1]]
    if m.group("unit").lower() == "month":
        day = _month_on(as_of, n)[1]
    else:
        day = date(as_of.year + n, 12, 31)
    return day, day


def this_month(m: Match, as_of: date) -> Period:
    """ "this month": as_of's calendar month."""
    return months(as_of.year, as_of.month, as_of.month)


def so_far(m: Match, as_of: date) -> Period:
    """ "so far this year", "the year to date": from 1 January to as_of."""
    return date(as_of.year, 1, 1), as_of


_SIZES = {"week": 7, "weeks": 7, "quarter": 3, "months": 1, "month": 1}


def stretch_to(m: Match, as_of: date) -> Period | None:
    """ "the quarter to September", "the three months to June", "the ten weeks to 22
    November": that many weeks (days ending on the day named, else the month's last) or
    months (ending with the month named), in the stated year or the latest such end on or
    before as_of."""
    which = MONTHS[m.group("m1").lower()]
    unit = m.group("unit").lower()
    n = count(m.group("count") or "one") * (_SIZES[unit] if unit != "weeks" else 1)
    day = m.group("da") or m.group("db")
    year = begun(which, m.group("y1"), as_of)
    last = months(year, which, which)[1]
    if day:
        if not 1 <= int(day) <= last.day:
            return None
        last = last.replace(day=int(day))
    if unit.startswith("week"):
        return (last - timedelta(days=7 * n - 1), last) if 1 <= n <= 52 else None
    if not 1 <= n <= 12:
        return None
    back = which - n  # months back from the named month's, as a month index from 0
    return date(year + back // 12, back % 12 + 1, 1), last
