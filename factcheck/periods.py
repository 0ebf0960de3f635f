"""Periods named in a sentence: "in 2024", "in the first five months of 2025", "last year".

Each match gives the first and last day it covers; relative phrases resolve against the
draft's date (as_of). periods(sentence, offset, as_of) lists them with their offsets.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from datetime import date

Period = tuple[date, date]
Match = re.Match[str]

_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
           "nine": 9, "ten": 10, "eleven": 11}
_MONTH = r"(?P<m{n}>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\b\.?"
_YEAR = r"(?P<y{n}>(?:19|20)\d\d)\b"


def _months(year: int, first: int, last: int) -> Period:
    return date(year, first, 1), date(year, last, calendar.monthrange(year, last)[1])


def _year(m: Match, as_of: date, n: int = 1) -> int:
    y = m.groupdict().get(f"y{n}")
    return int(y) if y else as_of.year


def _first_months(m: Match, as_of: date) -> Period | None:
    word = m.group("count").lower()
    count = int(word) if word.isdigit() else _COUNTS.get(word, 0)
    return _months(_year(m, as_of), 1, count) if 1 <= count <= 12 else None


def _part(m: Match, as_of: date) -> Period:
    first, last = {"half": (1, 6), "quarter": (1, 3)}[m.group("part").lower()]
    return _months(_year(m, as_of), first, last)


def _between(m: Match, as_of: date) -> Period | None:
    first, last = _MONTHS[m.group("m1").lower()], _MONTHS[m.group("m2").lower()]
    return _months(_year(m, as_of), first, last) if first <= last else None


def _month(m: Match, as_of: date) -> Period:
    month = _MONTHS[m.group("m1").lower()]
    return _months(_year(m, as_of), month, month)


def _whole_year(m: Match, as_of: date) -> Period:
    return _months(_year(m, as_of), 1, 12)


def _relative(shift: int) -> Callable[[Match, date], Period]:
    def rule(m: Match, as_of: date) -> Period:
        return _months(as_of.year + shift, 1, 12)

    return rule


_EVENT = re.compile(
    r"\b(?:founded|established|formed|created|born|built|launched|started|began)\s+$",
    re.IGNORECASE,
)
_RULES: tuple[tuple[re.Pattern[str], Callable[[Match, date], Period | None]], ...] = tuple(
    (re.compile(p, re.IGNORECASE), f)
    for p, f in (
        (r"\bfirst\s+(?P<count>\w+)\s+months\s+of\s+" + _YEAR.format(n=1), _first_months),
        (r"\bfirst\s+(?P<part>half|quarter)\s+of\s+" + _YEAR.format(n=1), _part),
        (r"\bbetween\s+" + _MONTH.format(n=1) + r"\s+and\s+" + _MONTH.format(n=2)
         + r"(?:\s+" + _YEAR.format(n=1) + ")?", _between),
        (r"\b(?:in|during|since|as\s+of|by|for|of|until)\s+" + _MONTH.format(n=1)
         + r"(?:\s+" + _YEAR.format(n=1) + ")?", _month),
        (r"\b(?:in|during|as\s+of|by|for|of|at\s+the\s+end\s+of)\s+(?:fiscal\s+)?"
         + _YEAR.format(n=1), _whole_year),
        (r"\b(?:last|the\s+previous|the\s+past)\s+year\b|\ba\s+year\s+(?:earlier|ago|before)\b"
         r"|\bthe\s+year\s+before\b", _relative(-1)),
        (r"\bthis\s+year\b", _relative(0)),
    )
)


def periods(sentence: str, offset: int, as_of: date) -> list[tuple[int, int, Period]]:
    """(start, end, period) of each period phrase in sentence; offsets shifted by offset."""
    found: list[tuple[int, int, Period]] = []
    taken: list[tuple[int, int]] = []
    for pattern, rule in _RULES:
        for m in pattern.finditer(sentence):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue  # a longer rule already read this phrase
            if _EVENT.search(sentence, max(0, m.start() - 16), m.start()):
                continue  # "founded in 1961" dates an event, not the period of a figure
            period = rule(m, as_of)
            if period is not None:
                taken.append((m.start(), m.end()))
                found.append((m.start() + offset, m.end() + offset, period))
    return sorted(found)
