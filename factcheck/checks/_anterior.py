"""Figures told in the past perfect, for FC202: "Labour had held 24 seats before the
vote", "the mill had employed 900 people until the fire".

The tense places such a level before the time the story tells ("Labour won 27", "the
mill employs 410"): it is another period's level, whatever words date it, so two
figures one of which is told in the past perfect and the other not are no conflict.
Read from the clause verb the frames give (ClaimContext.verb) and the auxiliary right
before it: grammar, not a list of the story's words. When the sentence told in the past
perfect names the very period the other figure's frame holds for ("Aberdeen had 142 mm of
rain in October" ... "October's 124 mm had flooded fields"), the words date both figures
alike, and the tense tells only when the thing's effect came: no two times. Nor does
the tense date a figure that stands before its clause verb in a definite phrase, a
thing already told and now its subject ("The crowd of 14,000 had dispersed by six",
"The 450 delegates had left by noon"): the past perfect is of what the thing did, not
of the figure (factcheck.checks._possessives.phrase), unless its sentence names a period ("Its
4,800 members had voted to strike in 2023"); a figure after its verb ("had held 24
seats") is still dated by it. Nor is a past perfect after a past verb of saying in its
sentence an earlier time: reported speech shifts the past back ("The coastguard said
that 42 people had drowned" tells that they drowned; not "Reeve says the mill had
employed 900").
"""

from __future__ import annotations

import re

from factcheck.checks import Document, _possessives
from factcheck.checks import _figures as fig
from factcheck.frames.periods import periods

# "had held", "had already held", "had not held", "’d held"; "had been" (a copula)
_HAD = re.compile(r"\b(?:had|['’]d)\s+(?:[a-z]+ly\s+|not\s+|never\s+|n['’]t\s+)?$",
                  re.IGNORECASE)
_REACH = 24  # characters before the clause verb searched for its auxiliary


def anterior(doc: Document, i: int) -> bool:
    """Whether figure i's clause verb is in the past perfect ("had held", "had been"), and
    dates it: not for a figure in a definite phrase before that verb (module docstring)."""
    verb = doc.contexts[i].verb
    if verb is None:
        return False
    had = _HAD.search(doc.text, max(0, verb - _REACH), verb)
    if had is None or _backshifted(doc, i, had.start()):
        return False
    return not (doc.claims[i].end <= verb and _possessives.phrase(doc, i) is not None
                and not _timed(doc, i))


def _backshifted(doc: Document, i: int, had: int) -> bool:
    """Whether the past perfect at offset had is reported speech shifted back: a verb of
    saying in the past (words.tsv, class "saying"; not its present "says", "say") stands
    before it in figure i's sentence ("The coastguard said on Sunday that 42 people had
    drowned": they drowned, as the coastguard told it), so the tense tells no earlier
    time than the story's own past."""
    said = fig.words("saying")
    start = doc.contexts[i].sentence[0]
    return any(_past(w.lower(), said) for w in fig.WORDS.findall(doc.text, start, had))


def _past(word: str, said: frozenset[str]) -> bool:
    """Whether word is a verb of saying in a past form: listed, and neither a present in
    -s ("says", "claims") nor a base form whose present is listed ("say")."""
    return word in said and not word.endswith("s") and word + "s" not in said


def _timed(doc: Document, i: int) -> bool:
    """Whether figure i's sentence names a period ("Its 4,800 members had voted to strike
    in 2023"): then the tense may well date the thing's count to that time."""
    start, end = doc.contexts[i].sentence
    return any(True for _ in periods(doc.text[start:end], start, doc.as_of))


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
