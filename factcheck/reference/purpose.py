"""Money set aside for a purpose: "$5 million for roads", "£2bn on defence", "€40m towards
new schools". An amount followed by what it pays for is a part of a budget or of spending,
not the whole: its measure takes the purpose's noun ("budget road"), which makes it
narrower than a row of the whole (reference.metric.narrower), and so undecided by it.
The purpose is a lower-case noun after "for", "on" or "towards", not a time ("for the year",
"on Tuesday") or a base ("for every 1,000 people").
"""

from __future__ import annotations

import re
from dataclasses import replace

from factcheck.model import Frame
from factcheck.units import is_currency

_PURPOSE = re.compile(r"\s+(?:for|on|towards|toward)\s+(?:the\s+|its\s+|their\s+|new\s+)*"
                      r"(?P<what>[a-z][a-z-]{2,})\b")
_NOT_PURPOSE = frozenset({"every", "each", "year", "years", "month", "months", "quarter",
                          "season", "period", "day", "days", "week", "weeks", "decade",
                          "average", "top", "record", "sale", "offer", "course", "time",
                          "first", "second", "last", "next", "whole", "entire"})


def as_purpose(frame: Frame, sentence: str, offset: int) -> Frame:
    """The frame of an amount of money followed by its purpose, with the purpose in its
    measure; any other frame as it is."""
    claim = frame.claim
    if not is_currency(claim.unit) or claim.change is not None or claim.multiplier:
        return frame
    found = _PURPOSE.match(sentence, claim.end - offset)
    if found is None or found.group("what") in _NOT_PURPOSE:
        return frame
    return replace(frame, measure=f"{frame.measure or ''} {found.group('what')}".strip())
