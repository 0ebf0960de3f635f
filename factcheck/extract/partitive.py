"""A part whose whole is named by a pronoun: "answered 112 calls, thirty-eight of them from
the coast", "lists 1,046 schools; a map shows 93 of them", "Police held 57 people. Twelve of
those were charged".

A count with no unit or noun of its own, followed by "of them", "of those" or "of these",
counts what the nearest count before it in its paragraph counts (a figure with a noun and
no unit), when that count is at least as large: a part is no larger than its whole. The
pronoun's antecedent is read by position, the way a reader resolves it; a figure with a
unit ("40 tonnes ... 12 of them") lends nothing, and a larger part names no noun.
"""

from __future__ import annotations

import re
from dataclasses import replace

from factcheck.extract.found import Found

_OF_PRONOUN = re.compile(r"\s+of\s+(?:them|those|these)\b", re.IGNORECASE)
_PARAGRAPH = re.compile(r"\n\s*\n")
_MAX_BACK = 300  # characters from the whole to the part: its sentence or the one before


def named_by_pronoun(text: str, out: list[Found], b: Found) -> Found:
    """b with the counted noun of the whole its "of them" points back to, else b.

    out: the figures before b in the text, in order (combine's running list)."""
    cb = b.claim
    if cb.unit or cb.noun is not None or cb.multiplier or cb.high is not None or cb.change:
        return b
    if _OF_PRONOUN.match(text, cb.end) is None:
        return b
    for prev in reversed(out):
        cp = prev.claim
        if cb.start - cp.end > _MAX_BACK or _PARAGRAPH.search(text, cp.end, cb.start):
            return b
        if cp.unit or cp.noun is None or cp.multiplier:
            continue
        whole = cp.high if cp.high is not None else cp.value
        return Found(replace(cb, noun=cp.noun), b.scale) if whole >= cb.value else b
    return b
