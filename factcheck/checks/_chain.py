"""The draft's own chain of mentions, for FC202's re-mentions (factcheck.checks._mentions):
which subject, measure and period a later phrase carries over from the words the draft
has already written.

- one_name: two subjects the frames resolved differently are one entity when the draft
  writes both inside one proper name ("St Brendan's Hospital has 640 beds" ... "St
  Brendan's 460 beds": the frames took "Hospital" for one and "St Brendan" for the
  other). Not two names written apart ("Kelso Hospital" ... "St Brendan's").
- of_measure: the noun a definite phrase ends on before "of" ("the company's 2025
  revenue of $821 million", "Monday's price of 1.84 euros") names the figure's thing,
  not the words the frame may read from the clause around ("... beat analysts'
  forecasts", "... a disaster"); a word before that noun the earlier sentence lacks
  narrows it ("the council's roads budget of": narrows).
- time_after: the words after a figure and its noun that only date it ("the £565
  season ticket this season", "the 4,100 seats this year"): a time, not a narrowing
  scope such as "for children" or "in intensive care".

Shapes: figures are indices into the document. Nothing raises; each reading is bounded
by the sentences of the two figures, so a draft stays linear.
"""

from __future__ import annotations

import re

from factcheck.checks import Document, _measures
from factcheck.checks import _figures as fig

_NAME = re.compile(  # a run of capitalised words, possessives and "of" inside a name
    r"[A-Z][\w.-]*(?:['’]s)?(?:\s+(?:of\s+|the\s+)?[A-Z][\w.-]*(?:['’]s)?)*")
_OF_END = re.compile(r"([a-z][a-z-]*)\s+of\s*$")  # "... 2025 revenue of "
_POSSESSIVE = re.compile(r"[A-Za-z]+['’]s?(?=\s)")  # "company's", "Foods'": an owner
_DETERMINERS = frozenset({"the", "its", "their", "his", "her", "our", "this", "that", "a", "an"})
_TIME_AFTER = re.compile(  # "... season ticket this season", "... seats so far this year"
    r"(?:\s+[a-z-]+){0,3}?\s+(?:so\s+far\s+)?((?:this|last|next)\s+(?:season|year|month"
    r"|week|term|quarter|fortnight|summer|winter|spring|autumn))\b", re.IGNORECASE)


def one_name(doc: Document, j: int, i: int) -> bool:
    """Whether the subjects of figures j and i are written together inside one proper
    name in the sentences from j's to i's."""
    a, b = doc.frames[j].subject, doc.frames[i].subject
    words = [set(fig.WORDS.findall(x.lower())) for x in (a or "", b or "")]
    if not words[0] or not words[1]:
        return False
    start, end = doc.contexts[j].sentence[0], doc.contexts[i].sentence[1]
    for m in _NAME.finditer(doc.text, start, end):
        inside = set(fig.WORDS.findall(m.group(0).lower()))
        if words[0] <= inside and words[1] <= inside:
            return True
    return False


def time_after(doc: Document, i: int) -> str | None:
    """The time phrase just after figure i and at most three words of its noun ("the £565
    season ticket this season" -> "this season"), lower case, or None: a time that only
    dates the figure, no narrowing scope."""
    m = _TIME_AFTER.match(doc.text, doc.claims[i].end, doc.contexts[i].sentence[1])
    return " ".join(m.group(1).lower().split()) if m else None



def of_measure(doc: Document, i: int, phrase: str) -> tuple[str, tuple[str, ...]] | None:
    """The noun a definite phrase ends on before "of" and the common words before it, less
    possessives ("the company's 2025 revenue of " -> ("revenue", ())), when figure i has no
    noun of its own ("tally of 13,950 votes" has: the votes name it); else None. The
    phrase names the figure's thing, whatever the frame read from the clause around."""
    m = _OF_END.search(phrase)
    if m is None or doc.claims[i].noun:
        return None
    opening = phrase[: m.start()]
    words = fig.WORDS.findall(_POSSESSIVE.sub(" ", opening))  # "the company's 2025" -> "the"
    modifiers = tuple(w for w in words if w.islower() and w not in _DETERMINERS)
    return m.group(1).lower(), modifiers


def narrows(doc: Document, j: int, modifiers: tuple[str, ...]) -> bool:
    """Whether a word before the noun of a later phrase ("the council's roads budget of")
    is not written in earlier figure j's sentence, inflected or as one reading of a measure
    (factcheck.checks._measures.term: "sale" is read in "sold"): a part of the thing, not
    the thing."""
    earlier = [w.lower() for w in fig.WORDS.findall(doc.text, *doc.contexts[j].sentence)]
    read = frozenset().union(*(_measures.term(e) for e in earlier))
    return any(not any(e.startswith(w[: max(3, len(w) - 1)]) for e in earlier)
               and not _measures.term(w) & read for w in modifiers)


def noun_modifiers(doc: Document, i: int) -> tuple[str, ...]:
    """The words of figure i's own noun before its last ("2,600 visiting fans" ->
    ("visiting",)), lower case: what narrows a later figure to a part of the earlier."""
    words = (doc.claims[i].noun or "").lower().replace("-", " ").split()
    return tuple(w for w in words[:-1] if w.isalpha())
