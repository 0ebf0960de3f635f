"""An age that describes its holder: it holds for no period (DESIGN.md, "Frames": a
period is the time a figure holds for; "the 27-year-old" names a person, not a time)."""

from __future__ import annotations

import re

from factcheck.model import Claim

_AGE_WORD = re.compile(r"[\s-]*(?:years?[\s-]+)?old\b", re.IGNORECASE)
_AGED = re.compile(r"\baged\s+$|,\s*$", re.IGNORECASE)


def describes(text: str, claim: Claim) -> bool:
    """Whether an age describes its holder rather than being the value a clause states
    for a period: written as a modifier ("the 27-year-old", "a 160-year-old retailer") or
    between commas after a name ("Ms Reyes, 41,", "Tomas, aged 19,"). "She turns 40 this
    year" and "the average age rose to 34 in 2025" keep their periods."""
    if claim.text.lower().endswith("-old") or _AGE_WORD.match(text, claim.end):
        return True
    before = text[max(0, claim.start - 8):claim.start]
    return _AGED.search(before) is not None and text[claim.end:claim.end + 1] == ","
