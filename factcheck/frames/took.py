"""The length of one event dated by the day its clause names: a length in hours, minutes
or seconds is the time that day's event took and holds for that day (timing.periods_of;
the blind frames sets date "shut for six hours on Thursday", "ran 100 metres in 9.97
seconds on Saturday" with the day, and "jailed for six years on Friday" with none)."""

from __future__ import annotations

import re
from datetime import date

from factcheck.frames.draft import Draft

Period = tuple[date, date]
Found = list[tuple[int, int, Period | None]]

_WITHIN_A_DAY = frozenset({"hour", "minute", "second", "millisecond"})
_BREAK = re.compile(r"[;,](?!\d)")


def took(draft: Draft, found: Found, i: int, span: Period) -> bool:
    """Whether a length in hours, minutes or seconds (not a modifier: "a 48-hour strike")
    is the time an event of the day its own clause names took: no comma or semicolon
    between the day's phrase and the figure ("shut for six hours on Thursday"; not "rain
    hit the valley on Sunday, and the road was shut for 14 hours"), and of a day that
    dates the event, not one that owns another ("tickets for Saturday's derby sold out in
    40 minutes": the derby's day)."""
    claim = draft.claims[i]
    if span[0] != span[1]:
        return False  # "without water for up to 36 hours over the weekend": a weekend is
        # no one day whose event the length is
    if claim.unit.rstrip("s") not in _WITHIN_A_DAY or "-" in claim.text:
        return False
    return any(period == span and draft.text[end:end + 2] not in ("'s", "’s")
               and not _BREAK.search(draft.text, min(end, claim.start),
                                     max(start, claim.end))  # between phrase and figure
               for start, end, period in found)
