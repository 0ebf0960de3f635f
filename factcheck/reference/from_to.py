"""The first figure of "from X to Y" over a span: "from 1990 to 2000, women went from
having 4.9 children each to 2.0" gives 4.9 for 1990, not for the whole span (nor its
mean, which "on average" would ask for). The parse may give the first figure the span;
the first year of the span is its period. The second figure's period is the parse's.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from factcheck.model import Frame

_FROM = re.compile(r"\bfrom\s+(?:[^\W\d_][\w'-]*\s+){0,2}$", re.IGNORECASE)
_TO = re.compile(r"^[^.;:]*?\bto\b", re.IGNORECASE)
REACH = 30  # characters before the figure within which "from" is read


def first_of_span(frame: Frame, text: str, next_start: int | None) -> Frame:
    """The frame of a "from" figure whose period spans years, given the span's first year;
    other frames as they are."""
    period = frame.period
    claim = frame.claim
    if period is None or period[0].year == period[1].year or next_start is None:
        return frame
    if _FROM.search(text[max(0, claim.start - REACH):claim.start]) is None:
        return frame
    if _TO.search(text[claim.end:next_start]) is None:
        return frame
    year = period[0].year
    return replace(frame, period=(date(year, 1, 1), date(year, 12, 31)))
