"""Figures told in the past perfect, for FC202: "Labour had held 24 seats before the
vote", "the mill had employed 900 people until the fire".

The tense places such a level before the time the story tells ("Labour won 27", "the
mill employs 410"): it is another period's level, whatever words date it, so two
figures one of which is told in the past perfect and the other not are no conflict.
Read from the clause verb the frames give (ClaimContext.verb) and the auxiliary right
before it: grammar, not a list of the story's words.
"""

from __future__ import annotations

import re

from factcheck.checks import Document

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
    return anterior(doc, j) != anterior(doc, i)
