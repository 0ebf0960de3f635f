"""A figure that names a norm the subject's own figure is set against: "Austria's ratio
falls far short of the WHO's recommended ratio of 1:600", "unemployment stayed below the
government's target of 5%", "its emissions now exceed the legal limit of 40 micrograms",
"higher than the treaty's ceiling of 3%".

The figure is the norm's (a target, a limit, a recommendation);
what the sentence claims is the subject's figure above or below it. So the verdict holds
the subject's row to the figure with the comparison's bound: "over" for a word of
comparisons.tsv that says above (exceeds, surpassed, above, higher than), "under" for one
that says below (below, short of, lower than). The comparison word is read with its
inflections ("exceed", "exceeds", "exceeding" as "exceeded") and must stand before a noun
phrase of at most MAX_WORDS words that ends in "of" or "at" right before the figure, with
no figure of its own. The subject is the country named before the comparison word in the
clause when the parse tied the figure to no entity or to the norm's owner ("the WHO
recommendation": no subject); several named there leave the figure to
reference.each_entity. A threshold that is itself a figure of some population is no norm and no
figure of the subject's: it decides nothing, with that reason ("the regional average of
12", "the 2015 level of 40,000", "Kenya's rate of 9%", a place's "figure" or "total").
A changed figure keeps its reading.
"""

from __future__ import annotations

import re
from dataclasses import replace

from factcheck.model import Frame
from factcheck.reference.compare_read import mentions, words_of
from factcheck.reference.each_entity import SEVERAL
from factcheck.written_years import has_year

MAX_WORDS = 6
_PHRASE = re.compile(rf"\b(?P<word>[a-z]+)(?:\s+than)?(?:\s+(?:far|well|just|way|still))?"
                     rf"(?:\s+short)?(?:\s+of)?\s+(?:the|a|an|its|their|this|[\w-]+['’]s?)"
                     rf"(?P<np>(?:\s+[^\s\d.,;:!?]+){{0,{MAX_WORDS}}}?)\s+(?:of|at)\s+$")
_CLAUSE = re.compile(r"[.;:!?]\s|,\s(?:but|while|and)\s")
_FORMS = ("", "s", "es", "ing")
_AVERAGE = re.compile(r"\b(?:average|mean|median|level|rate|figure|total)\b", re.IGNORECASE)


def _direction(word: str, short: bool) -> str | None:
    """The direction a comparison word gives ("exceeds" -> "over"), or None."""
    if short:
        return "under"
    known = words_of()
    if word in known:
        return known[word]
    for key, direction in known.items():
        if key.endswith("ed") and any(word == key[:-2] + f or word == key[:-1] + f
                                      for f in _FORMS):
            return direction
    return None


def as_threshold(frame: Frame, sentence: str, offset: int) -> Frame:
    """The frame of a threshold's figure read as the subject's figure bounded by it; any
    other frame as it is."""
    claim = frame.claim
    if claim.change is not None or claim.multiplier:
        return frame
    at = claim.start - offset
    clause_start = max((m.end() for m in _CLAUSE.finditer(sentence, 0, at)), default=0)
    match = _PHRASE.search(sentence[clause_start:at])
    if match is None:
        return frame
    said = match.group()
    direction = _direction(match.group("word").lower(), " short" in said)
    if direction is None:
        return frame
    if has_year(said) or _AVERAGE.search(said) or mentions(
            sentence, clause_start + match.start("np"), clause_start + match.end("np")):
        return replace(frame, unsure=(f"the figure is that of '{said.strip()}', which the "
                                      "subject's figure is set against, not the subject's"))
    subject = frame.subject
    unsure = None
    if subject is None or subject in said:  # "the WHO recommendation of": the norm's owner
        named = mentions(sentence, clause_start, clause_start + match.start())
        if not named:
            return frame
        subject = named[0].text if len(named) == 1 else None
        unsure = None if subject else (f"{SEVERAL} ({', '.join(m.text for m in named[:3])}) "
                                       "before the norm the figure names")
    measure = frame.measure
    if measure and all(word in said.lower() for word in measure.lower().split()):
        measure = None  # "the target", "the recommended ratio": the norm's noun is not
        # what the subject's figure measures (reference.ratio reads a ratio's terms)
    return replace(frame, claim=replace(claim, bound="over" if direction == "over" else "under"),
                   subject=subject, measure=measure, unsure=unsure)
