"""The year a figure's measure is written with, for FC202: "the 2027 roads budget",
"its 2025 harvest", "the 2026-27 schools budget".

A year written inside the noun phrase of the thing measured, before its head and its
modifiers, names the period the figure holds for. It beats a day that dates the clause's
act ("set the 2027 roads budget at £4.2 million on Tuesday": the budget is 2027's, the
day is the day it was set), which the frames read as the nearest period phrase. The
noun phrase is found by the frame's measure: the year, then only words of the measure
(its modifiers, inflected or not), then the measure's head as written. A sentence that
writes the head twice with two years is unsure and gives no year.

Shapes: year_of(doc, i) -> (first day, last day) of the year, or of a span of two years
("2026-27": 1 January of the first to 31 December of the second), or None. Nothing
raises.
"""

from __future__ import annotations

import re
from datetime import date

from factcheck.checks import Document
from factcheck.written_years import MODERN_YEAR

Period = tuple[date, date]
_YEAR = re.compile(rf"\b({MODERN_YEAR})(?:\s*[-–/]\s*(\d\d(?:\d\d)?))?(?:['’]s)?\s+")
_WORD = re.compile(r"[\w£$€-]+")


def year_of(doc: Document, i: int, measure_of: str | None = None) -> Period | None:
    """The year figure i's measure (or measure_of, another figure's measure: "fixed its 2028
    roads budget at £3.1m last week" for a later "roads budget") is written with in figure i's
    sentence (see module)."""
    measure = (measure_of or doc.frames[i].measure or "").lower().replace("-", " ").split()
    if not measure:
        return None
    head, modifiers = measure[-1], set(measure[:-1])
    start, end = doc.contexts[i].sentence
    found: set[Period] = set()
    for m in _YEAR.finditer(doc.text, start, end):
        words = _WORD.findall(doc.text, m.end(), min(end, m.end() + 60))
        period = _period(m)
        for word in words[:len(modifiers) + 1]:
            low = word.lower()
            if low.startswith(head[:max(3, len(head) - 1)]):
                if period is not None:
                    found.add(period)
                break
            if not any(low.startswith(w[:max(3, len(w) - 1)]) for w in modifiers):
                break  # "In 2027 the budget ...": a word outside the measure, no phrase
    return found.pop() if len(found) == 1 else None


def _period(m: re.Match[str]) -> Period | None:
    """The year or span of years a match writes ("2027", "2026-27", "2026/2027")."""
    first = int(m.group(1))
    last = first
    if m.group(2):
        tail = int(m.group(2))
        last = tail if tail >= 1000 else first // 100 * 100 + tail
        if last != first + 1:
            return None  # "1990-95": not a year of one budget
    return date(first, 1, 1), date(last, 12, 31)
