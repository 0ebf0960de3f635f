"""The base of a rate is never a level of a change, for FC203: in "36.8 crimes per 1,000
residents, down from 40.2" the figure after "per" (or "for every", "in every") says what
the rate counts per, and the level the change ends at is the rate's own figure, 36.8.

A reading that took a rate's base for a level takes the rate's figure in its place, the
figure just before the base with only the words of the rate between ("36.8 crimes
per"); a base with no such figure leaves the reading without that level. A rate of one
("one doctor for every 1,800 residents") is the inverse rate, written by its base: there
the base is the level. The test for a base is the frames' own
(factcheck.frames.role.is_rate_base), so a figure counted as a rate's base there is one
here.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from factcheck.checks import Document
from factcheck.frames.role import is_rate_base
from factcheck.model import Claim

_RATE_GAP = re.compile(r"[^\d.,;:()%]{0,30}?\b(?:per|for\s+(?:every|each)|in\s+every)\s+",
                       re.IGNORECASE)  # " crimes per ", "-ins per ": the rate's words only


def is_base(doc: Document, c: Claim) -> bool:
    """Whether claim c is written as the base of a rate ("per 1,000 residents")."""
    return is_rate_base(doc.text, c.start)


def rate_of(doc: Document, c: Claim) -> Claim | None:
    """The level claim c stands for in a change: c itself, unless it is a rate's base;
    then the rate's figure just before it ("36.8 crimes per 1,000": 36.8), or None when
    the base has none; a rate of one is written by its base, which is then the level
    ("one doctor for every 1,800 residents, up from 1,650")."""
    if not is_base(doc, c):
        return c
    k = bisect_left(doc.claims, c.start, key=lambda d: d.start)  # claims in text order
    if k == 0:
        return None
    rate = doc.claims[k - 1]
    if _RATE_GAP.fullmatch(doc.text, rate.end, c.start) is None:
        return None
    return c if rate.value == 1 else rate  # "one doctor for every 1,800 residents, up
    # from 1,650": a rate per one is written as its base, the level
