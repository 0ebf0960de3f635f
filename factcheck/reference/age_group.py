"""A figure that says which people are counted is no figure of the measure: "the fertility
rate among women under 25", "deaths of children under five", "adults aged 40 and over",
"drivers over 70". The bound ("under 25") is the edge of an age group, part of what is
counted (reference.ages reads it into a count's measure); held against a table's row it
would be a bound on the row's value ("1.26 births per woman is below 25": a false
"supported"). Such a figure is unverifiable, with the reason.

The rule reads the words, not a list of sentences: a figure with no unit (or in years of
age) whose own text opens with a bound word ("under", "over", "above", "below", "younger
than", "older than") or that follows one or "aged"/"ages", written right after a noun for people
(lexicon frames.tsv, class "people_noun": "women", "children", "adults", "drivers").
"""

from __future__ import annotations

import re

from factcheck.lexicon import lexicon
from factcheck.model import Frame

_BOUND = re.compile(r"^(?:just\s+)?(?:under|over|above|below|younger\s+than|older\s+than)\b",
                    re.IGNORECASE)
_AGED = re.compile(r"\b(?:(?:aged|ages?)\s+(?:(?:between|from|under|over|above|below)\s+)?"
                   r"|(?:under|over|above|below|younger\s+than|older\s+than)\s+)$",
                   re.IGNORECASE)
_LAST_WORD = re.compile(r"([A-Za-z]+)\W*$")


def age_group(frame: Frame, text: str) -> str | None:
    """Why ``frame``'s claim decides nothing against a table when it is the age bound of a
    group of people named right before it (see the module), or None. ``text`` is the
    draft the claim's offsets index."""
    claim = frame.claim
    if claim.unit not in ("", "year") or claim.change is not None or claim.multiplier:
        return None
    before = text[max(0, claim.start - 60):claim.start]
    aged = _AGED.search(before)
    if aged is not None:
        before = before[:aged.start()]
    elif not _BOUND.match(claim.text):
        return None
    word = _LAST_WORD.search(before.rstrip())
    if word is None or not lexicon().frame_class(word.group(1), "people_noun"):
        return None
    return (f"'{claim.text}' says which {word.group(1).lower()} are counted (an age group), "
            "not a figure of the measure")
