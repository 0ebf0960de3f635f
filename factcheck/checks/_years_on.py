"""FC206 spans "N years on" or "N years later" after a start its sentence names.

"The treaty was signed in 1990 and, 30 years on, the border is still open": a span
written "N years on" (or "later") after a start in its sentence counts from that start
to an event; the event lies between the start and the draft's date, so the span is never
longer than the time since the start, and when the clause after it is in the present
tense ("is", "are", "has", "have"; else the verb before it, after the start) and the
sentence names no other year, the event is now: the span is the whole time since, exact
to the year. Not a span in the past ("30
years later, it was torn up": any time up to now), nor one a later year dates ("30
years on, is to be renewed in 2030").
"""

from __future__ import annotations

import re

from factcheck.checks import Document, _dates

# "30 years on," (set off: not "after 20 years on the council"), "30 years later"
_ON = re.compile(r"\s+(?:later\b|on\s*(?:[,;:.)]|$))", re.IGNORECASE)
# the tense of the clause after the span: a present auxiliary before any past one
_TENSE = re.compile(r"\b(?:(is|are|has|have)|was|were|had|will|would)\b", re.IGNORECASE)


def years_on(doc: Document, i: int, start: _dates.Start) -> bool:
    """Whether figure i is a span in years written "N years on" or "N years later" after
    the start's phrase in its sentence (not a birth, nor a last time)."""
    claim, sentence = doc.claims[i], doc.contexts[i].sentence
    if start.born or start.last or claim.unit != "year" or doc.frames[i].role != "duration":
        return False
    return (_ON.match(doc.text, claim.end) is not None
            and doc.text.rfind(start.text, sentence[0], claim.start) >= 0)


def to_now(doc: Document, i: int, start: _dates.Start) -> bool:
    """Whether a span "N years on" (years_on) ends now: the clause after it is in the
    present tense and the sentence names no year but the start's."""
    if not years_on(doc, i, start):
        return False
    claim, sentence = doc.claims[i], doc.contexts[i].sentence
    years = {int(y.group(0)) for y in _dates.YEAR.finditer(doc.text, *sentence)}
    tense = _TENSE.search(doc.text, claim.end, sentence[1])
    if tense is None:  # "Opened in 1981, the bridge is, forty years on, the city's ...":
        # the verb before the span, after the start
        at = doc.text.rfind(start.text, sentence[0], claim.start) + len(start.text)
        before = list(_TENSE.finditer(doc.text, at, claim.start))
        tense = before[-1] if before else None
    return years <= {start.year} and tense is not None and tense.group(1) is not None
