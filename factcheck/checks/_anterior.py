"""Figures told in the past perfect, for FC202: "Labour had held 24 seats before the
vote", "the mill had employed 900 people until the fire".

The tense places such a level before the time the story tells ("Labour won 27", "the
mill employs 410"): it is another period's level, whatever words date it, so two
figures one of which is told in the past perfect and the other not are no conflict.
Read from the clause verb the frames give (ClaimContext.verb) and the auxiliary right
before it: grammar, not a list of the story's words. When the sentence told in the past
perfect names the very period the other figure's frame holds for ("Aberdeen had 142 mm of
rain in October" ... "October's 124 mm had flooded fields"), the words date both figures
alike, and the tense tells only when the thing's effect came: no two times.
"""

from __future__ import annotations

import re

from factcheck.checks import Document
from factcheck.frames.periods import periods

# "had held", "had already held", "had not held", "’d held"; "had been" (a copula)
_HAD = re.compile(r"\b(?:had|['’]d)\s+(?:[a-z]+ly\s+|not\s+|never\s+|n['’]t\s+)?$",
                  re.IGNORECASE)
_REACH = 24  # characters before the clause verb searched for its auxiliary


def anterior(doc: Document, i: int) -> bool:
    """Whether figure i's clause verb is in the past perfect ("had held", "had been")."""
    verb = doc.contexts[i].verb
    return verb is not None and _HAD.search(doc.text, max(0, verb - _REACH), verb) is not None


def apart(doc: Document, j: int, i: int) -> bool:
    """Whether one of figures j and i is told in the past perfect and the other is not:
    two times, not two figures for one (module docstring)."""
    if anterior(doc, j) == anterior(doc, i):
        return False
    return not _dated_alike(doc, j, i)


def _dated_alike(doc: Document, j: int, i: int) -> bool:
    """Whether figures j and i hold for one period by their frames and the figure told in
    the past perfect names that period in its own sentence (module docstring)."""
    period = doc.frames[i].period
    if period is None or doc.frames[j].period != period:
        return False
    k = i if anterior(doc, i) else j
    start, end = doc.contexts[k].sentence
    return any(found == period for _, _, found in periods(doc.text[start:end], start, doc.as_of))
