"""The earlier end of a change stated against a year: "emissions in 2023 were 29% lower
than in 1990", "life expectancy is 20 years longer than it was in 2000", "down 12% on
2015", "Compared with 1990, output has tripled". The frames give such a change the period
of its later level (DESIGN.md, Frames: the base of a change is not its period); a table
decides it on the rows at both ends, so its period runs from the base year to the end of
the later level's period (an unstated one, or "now", to the draft's date, as "since"
does: reference.change.ends).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from factcheck.model import Frame
from factcheck.written_years import YEAR

_YEAR = rf"({YEAR})\b(?!\s*[-–]\s*\d)"
_COMPARATIVE = (r"(?:(?:higher|lower|more|less|fewer|greater|bigger|smaller|larger|longer|"
                r"shorter|above|below|up|down|over|under|times)\b"
                r"(?:[^\d,;.]|\b" + YEAR + r"\b){0,30}?)?")  # "higher in 2022 than"
_AFTER = re.compile(r"\s*(?:in\s+" + YEAR + r"\s+)?"  # "up 0.4 in 2010 compared with 1995"
                    + _COMPARATIVE + r"\b(?:than|on|from|compared\s+(?:with|to)|"
                    r"relative\s+to|against|what)\s+(?:[^\W\d_]+\s+){0,4}?(?:its\s+|the\s+|"
                    r"their\s+)?" + _YEAR, re.IGNORECASE)
_LEVEL = re.compile(r"\s+(?:its|the|their)\s+" + _YEAR + r"\s*(?:level|figure|total|value)s?\b",
                    re.IGNORECASE)  # "twice its 1990 level"
_RISE = re.compile(r"\b(?:higher|more|greater|bigger|larger|longer|above|up|over)\b",
                   re.IGNORECASE)
_FALL = re.compile(r"\b(?:lower|less|fewer|smaller|shorter|below|down|under)\b", re.IGNORECASE)
_OPENING = re.compile(r"\s*(?:compared\s+(?:with|to)|relative\s+to|against)\s+(?:the\s+)?"
                      + _YEAR + r"[^,]{0,12},", re.IGNORECASE)
_SET_AGAINST = re.compile(r"\b(?:from|since|than|with|against)\s+(?:in\s+|the\s+)?"
                          r"(?:[A-Za-z]+\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?)?$",
                          re.IGNORECASE)  # "down from 2000", "higher than in 1990", "from August
# 27, 2025": the base a figure is set against or the day it holds from, not a period the
# frames missed


def from_base_year(frame: Frame, sentence: str, offset: int, as_of: date) -> Frame:
    """The frame of a change stated against a base year, with its period from that year
    and the direction its comparative word gives ("lower than": a fall); other frames as
    they are. sentence: the claim's sentence, starting at offset in the draft. The
    caller reports the verdict on the claim as written."""
    claim = frame.claim
    if not (frame.role == "change" or claim.change is not None or claim.multiplier):
        return frame
    after = claim.end - offset
    found = (_AFTER.match(sentence, after) or _LEVEL.match(sentence, after)
             or _OPENING.match(sentence))
    if found is None:
        return frame
    base = int(found.group(1))
    if claim.change is None and not claim.multiplier:  # "30% bigger than in 2015": a rise
        said = sentence[after:found.start(1)]
        rise, fall = _RISE.search(said), _FALL.search(said)
        if bool(rise) != bool(fall):
            claim = replace(claim, change="increase" if rise else "decrease")
    period = frame.period
    if period is None or period == (as_of, as_of) or period == (date(base, 1, 1),
                                                               date(base, 12, 31)):
        end = as_of  # unstated, or the base year the parse took for the period ("is 19%
        # higher than it was in 2011": the level is now's)
    elif period[0].year == period[1].year and period[0] > date(base, 12, 31):
        end = period[1]
    else:
        return frame  # a span of its own ("between 2000 and 2020"): the parse's
    return replace(frame, claim=claim, period=(date(base, 1, 1), end))


def set_against(before: str) -> bool:
    """Whether ``before``, the text up to a year, ends in the words that set the year as a
    base a figure is compared with or holds from ("down from 2000", "higher than in 1990",
    "from August 27, 2025"), not the figure's period (reference.unread_year). A change
    stated against a base year is read by from_base_year."""
    return _SET_AGAINST.search(before) is not None
