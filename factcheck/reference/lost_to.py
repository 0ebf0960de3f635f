"""People lost to a cause: "we lose more than 1,600 people a day to cancer", "the country
loses about 30,000 lives a year to malaria", "lost 400 of its citizens to the virus".

The verb "lose" makes the figure a decrease (extract.changes), but with people and "to" a
cause after it, it is no change of a level: it counts deaths from that cause. The frame is
read as a level of deaths, its measure "deaths" with the cause's words, so that a series of
deaths from the cause decides it (a count per day or year: reference.per_time).
"""

from __future__ import annotations

import re
from dataclasses import replace

from factcheck.model import Frame
from factcheck.reference.per_base import PEOPLE

_LOSE = re.compile(r"\b(?:lose|loses|losing|lost)\b(?:\s+\S+){0,3}\s*$", re.IGNORECASE)
_TO = re.compile(r"^(?:\s+(?:of\s+)?(?:its|their|our|the)\s+\w+|\s+(?P<who>lives|souls))?"
                 r"(?:\s+(?:a|an|per|every|each)\s+(?:day|week|month|year))?"
                 r"\s+to\s+(?:the\s+|a\s+)?(?P<cause>[^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*){0,2}?)"
                 r"(?=\s*(?:[.,;:!?]|$|\s(?:in|since|between|from|during|each|every|a|an)\b))",
                 re.IGNORECASE)
_LIVES = frozenset({"lives", "life", "souls"})


def as_deaths(frame: Frame, sentence: str, offset: int) -> Frame:
    """The frame of people lost to a cause, read as deaths from it; any other as it is."""
    claim = frame.claim
    if claim.change != "decrease" or claim.unit or claim.multiplier:
        return frame
    noun = (claim.noun or "").lower()
    if noun and noun not in PEOPLE and noun not in _LIVES and not (claim.noun or " ")[0].isupper():
        return frame
    start, end = claim.start - offset, claim.end - offset
    after = _TO.match(sentence[end:end + 80])
    if after is None or not _LOSE.search(sentence[max(0, start - 40):start]):
        return frame
    return replace(frame, claim=replace(claim, change=None), role="level",
                   measure=f"deaths {after.group('cause').lower()}")
