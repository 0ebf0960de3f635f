"""Bounds under a negation: "has not dipped below 22%" is at least 22%, "did not rise above
5%" at most 5%; a figure negated otherwise ("has not exceeded 5 million", "was not 5%")
says what the value is not, which a row cannot support: no verdict.

The negation is read in the words right before the figure (NEGATED: "not", "never",
"n't", with at most two words between, as in "has not once dipped below"); a negation the
extractor has already read into the figure's own text ("never rose above 3%": at most 3%)
is not read twice.
"""

from __future__ import annotations

import re
from dataclasses import replace

from factcheck.model import Bound, Frame

NEGATED = re.compile(r"(?:\bnot|\bnever|n't)\s+(?:(?!only\b|just\b|merely\b)[\w-]+\s+){0,2}$",
                     re.IGNORECASE)
FLIPPED: dict[Bound, Bound] = {"over": "at_most", "under": "at_least",
                               "at_least": "under", "at_most": "over"}
REACH = 40  # characters before a figure within which its negation is read


def negated(frame: Frame, text: str, sentence_start: int) -> Frame | str:
    """The frame with its bound flipped by a negation before it, the reason it decides
    nothing (a negated figure with no bound), or the frame as it is."""
    claim = frame.claim
    before = text[max(sentence_start, claim.start - REACH):claim.start]
    if NEGATED.search(before) is None:
        return frame
    if claim.bound in FLIPPED:
        return replace(frame, claim=replace(claim, bound=FLIPPED[claim.bound]))
    return (f"the figure is negated ('{before.strip().split()[-1]} … {claim.text}'): it "
            "says what the value is not")
