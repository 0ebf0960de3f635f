"""A figure whose frame has no period, in a sentence that names a year or a decade: the
year was not read as the figure's period ("As far back as 1989, the rate was already
3.5", "Only 5% of rural homes had power in 2000" when the frames miss it), so the latest
row is not the figure's row. Held against it, a right figure of 1989 would be called
wrong, or a wrong one right: such a figure decides nothing, with the reason (DESIGN.md:
when unsure, unverifiable). A figure with no year or decade in its sentence is still held
against the latest row (reference.rows), as the contract says for a claim that names no
period; a change reads its years as its ends, and a span ("throughout 2015 to 2019") is
read by reference.span, so neither is held here.
"""

from __future__ import annotations

import re

from factcheck.model import Frame
from factcheck.reference.base_year import set_against
from factcheck.written_years import YEAR

_YEAR = re.compile(rf"(?<![\d.,]){YEAR}(?:s\b|\b)(?![.,]\d)")  # "1989", "the
# 2010s"; not "1,989" nor "2010.5"


def unread_year(frame: Frame, sentence: str, offset: int) -> str | None:
    """Why ``frame``'s claim decides nothing: its frame names no period though its sentence
    (``sentence``, starting at ``offset`` in the draft) names a year or a decade outside
    the claim's own text; else None."""
    claim = frame.claim
    if frame.period is not None or frame.role == "change" or claim.change or claim.multiplier:
        return None  # a change's years are its ends (reference.change, base_year)
    own = range(claim.start - offset, claim.end - offset)
    for found in _YEAR.finditer(sentence):
        if found.start() not in own and not set_against(sentence[:found.start()]):
            return (f"the sentence names {found.group(0)}, which was not read as the "
                    f"period of '{claim.text}', so no row can be chosen for it")
    return None
