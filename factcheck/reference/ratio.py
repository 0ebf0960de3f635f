"""A ratio read as a rate: "a doctor-to-population ratio of 1:600" is one doctor per 600
people, 1/600 of a doctor per person, which a series of "Medical doctors per 1,000 people"
decides as 1.67 (reference.per_base.rebased).

The ratio's terms are the words the sentence joins into a ratio nearest the figure: "X-to-Y
ratio", "X/Y ratio", "X-Y ratio", "ratio of X to Y". The first term is what is measured; the
second is the rate's base of one (a people word, "population" included, reads as people).
A ratio whose terms the sentence does not name keeps its frame, and decides nothing.
"""

from __future__ import annotations

import re
from dataclasses import replace

from factcheck.extract.ratios import is_ratio
from factcheck.model import Frame
from factcheck.reference.per_base import PEOPLE

_WORD = r"[^\W\d_][\w']*"
_TERMS = re.compile(rf"\b(?P<a>{_WORD})(?:-to-|\s+to\s+|[-/])(?P<b>{_WORD})\s+ratios?\b"
                    rf"|\bratios?\s+of\s+(?P<a2>{_WORD})\s+to\s+(?P<b2>{_WORD})", re.IGNORECASE)


def _singular(word: str) -> str:
    low = word.lower()
    return low[:-1] if low.endswith("s") and not low.endswith("ss") else low


def as_ratio(frame: Frame, sentence: str, offset: int) -> Frame:
    """The frame of a ratio figure (extract.ratios) read as a rate per one of its second
    term ("doctor per 1 people", role "rate"); any other frame as it is."""
    if not is_ratio(frame.claim):
        return frame
    at = frame.claim.start - offset
    found = sorted(_TERMS.finditer(sentence), key=lambda m: abs(m.start() - at))
    if not found:
        return frame
    match = found[0]
    first, second = (match.group("a") or match.group("a2"), match.group("b") or match.group("b2"))
    who = "people" if second.lower() in PEOPLE else _singular(second)
    return replace(frame, role="rate", measure=f"{_singular(first)} per 1 {who}")
