"""A figure that says which people are counted is no figure of the measure: "the fertility
rate among women under 25", "deaths of children under five", "adults aged 40 and over",
"drivers over 70". The bound ("under 25") is the edge of an age group, part of what is
counted (reference.ages reads it into a count's measure); held against a table's row it
would be a bound on the row's value ("1.26 births per woman is below 25": a false
"supported"). Such a figure is unverifiable, with the reason (age_group); and the other
figures of its sentence are figures of that age group, decided only by a series that
names it (with_people_ages).

The rule reads the words, not a list of sentences: a figure with no unit (or in years of
age) whose own text opens with a bound word ("under", "over", "above", "below", "younger
than", "older than") or that follows one or "aged"/"ages" (the bound words are read once,
in reference.ages: bound_before), written right after a noun for people (lexicon
frames.tsv, class "people_noun": "women", "children", "adults", "drivers").
"""

from __future__ import annotations

import re
from dataclasses import replace

from factcheck.lexicon import lexicon
from factcheck.model import Frame
from factcheck.reference.ages import (
    Ages,
    age_after,
    bound_before,
    in_measure,
    joined_before,
    written,
)

_LAST_WORD = re.compile(r"([A-Za-z]+)\W*$")


def age_group(frame: Frame, text: str) -> str | None:
    """Why ``frame``'s claim decides nothing against a table when it is the age bound of a
    group of people named right before it (see the module), or None. ``text`` is the
    draft the claim's offsets index."""
    claim = frame.claim
    if claim.unit not in ("", "year") or claim.change is not None or claim.multiplier:
        return None
    if joined_before(text[max(0, claim.start - 8):claim.start]):
        bound = text[:claim.start].rsplit(None, 1)[-1].lstrip("'\"(")  # "over-"
        return (f"'{claim.text}' is the age of the {bound}{claim.text.split()[0]} group "
                "(an age group), not a figure of the measure")
    before = bound_before(text[max(0, claim.start - 60):claim.start], claim.text)
    if before is None:
        return None
    word = _LAST_WORD.search(before.rstrip())
    if word is None or not lexicon().frame_class(word.group(1), "people_noun"):
        return None
    return (f"'{claim.text}' says which {word.group(1).lower()} are counted (an age group), "
            "not a figure of the measure")


_WORD = re.compile(r"[A-Za-z]+")


def people_ages(sentence: str) -> Ages | None:
    """The age group of people a sentence names ("women under 30": (0, 29); "drivers aged
    65 and over": (65, None)): the one written right after its first noun for people that
    has one (reference.ages.age_after), or None. Read once a sentence (draft_verdicts)."""
    for word in _WORD.finditer(sentence):
        if not lexicon().frame_class(word.group(), "people_noun"):
            continue
        ages = age_after(sentence, word.end())
        if ages is not None:
            return ages
    return None


def with_people_ages(frame: Frame, ages: Ages | None) -> Frame:
    """The frame of a figure in a sentence that counts or measures an age group of people
    ("the fertility rate among women under 30 was 1.4", "410 road deaths among drivers
    under 25"; ``ages``: people_ages of its sentence): its measure carries the age group
    (reference.ages.written), so only a series whose title names that age group decides
    it, never the figure of all ages. A figure that is itself the age bound, or whose
    measure already carries an age, is returned as it is."""
    if ages is None or frame.measure is None or in_measure(frame.measure) is not None:
        return frame
    return replace(frame, measure=f"{frame.measure} {written(ages)}")
