"""The draft's own chain of mentions, for FC202's re-mentions (factcheck.checks._mentions):
which subject, measure and period a later phrase carries over from the words the draft
has already written.

- one_name: two subjects the frames resolved differently are one entity when the draft
  writes both inside one proper name ("St Brendan's Hospital has 640 beds" ... "St
  Brendan's 460 beds": the frames took "Hospital" for one and "St Brendan" for the
  other). Not two names written apart ("Kelso Hospital" ... "St Brendan's").
- time_after: the words after a figure and its noun that only date it ("the £565
  season ticket this season", "the 4,100 seats this year"): a time, not a narrowing
  scope such as "for children" or "in intensive care".

Shapes: figures are indices into the document. Nothing raises; each reading is bounded
by the sentences of the two figures, so a draft stays linear.
"""

from __future__ import annotations

import re

from factcheck.checks import Document

_NAME = re.compile(  # a run of capitalised words, possessives and "of" inside a name
    r"[A-Z][\w.-]*(?:['’]s)?(?:\s+(?:of\s+|the\s+)?[A-Z][\w.-]*(?:['’]s)?)*")
_WORD = re.compile(r"[a-z]+", re.IGNORECASE)
_TIME_AFTER = re.compile(  # "... season ticket this season", "... seats so far this year"
    r"(?:\s+[a-z-]+){0,3}?\s+(?:so\s+far\s+)?((?:this|last|next)\s+(?:season|year|month"
    r"|week|term|summer|winter|spring|autumn))\b", re.IGNORECASE)


def one_name(doc: Document, j: int, i: int) -> bool:
    """Whether the subjects of figures j and i are written together inside one proper
    name in the sentences from j's to i's."""
    a, b = doc.frames[j].subject, doc.frames[i].subject
    words = [set(_WORD.findall(x.lower())) for x in (a or "", b or "")]
    if not words[0] or not words[1]:
        return False
    start, end = doc.contexts[j].sentence[0], doc.contexts[i].sentence[1]
    for m in _NAME.finditer(doc.text, start, end):
        inside = set(_WORD.findall(m.group(0).lower()))
        if words[0] <= inside and words[1] <= inside:
            return True
    return False


def time_after(doc: Document, i: int) -> str | None:
    """The time phrase just after figure i and at most three words of its noun ("the £565
    season ticket this season" -> "this season"), lower case, or None: a time that only
    dates the figure, no narrowing scope."""
    m = _TIME_AFTER.match(doc.text, doc.claims[i].end, doc.contexts[i].sentence[1])
    return " ".join(m.group(1).lower().split()) if m else None

