"""FC206: a state of disuse held since a dated closing, up to now.

"The Kerr foundry, which closed in 1984, has lain derelict for 42 years": a span in years
after "for" in the perfect, whose verb phrase holds a state the closing left (words.tsv,
class "idle": "empty", "derelict", "disused"), counts from the one closing its sentence
dates (class "closing": "closed in 1984", "Shut in 1992, the cinema", "which was
abandoned in 1971"), said of the state's subject (_said_of), to the year it counts to
(factcheck.checks._ages_now.counted_to: the draft's, or the event of a "when"/"before"
clause right after it). The state began at
the closing, so the span is the whole time since, give or take the one year the unknown
month leaves ("about" allows 10%: factcheck.checks._calendar). Not another state ("has
been a museum for 20 years": it may have begun later), nor a sentence that names another
year.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck import written_figures
from factcheck.checks import Document, _calendar, _dates
from factcheck.checks import _figures as fig
from factcheck.checks._ages_now import counted_to
from factcheck.model import Finding

_FOR = re.compile(r"\bfor\s+(?:(?:about|some|nearly|almost|over|more\s+than)\s+)?$",
                  re.IGNORECASE)
# the perfect and the state between it and "for": "has now stood empty", "has been
# boarded up", "have lain derelict", "had sat idle"; four words at most
_STATE = re.compile(r"\b(?:has|have|had)\s+((?:[a-z]+\s+){1,4}?)$", re.IGNORECASE)


def _closing() -> re.Pattern[str]:
    verbs = "|".join(sorted(fig.words("closing"), key=lambda w: (-len(w), w)))
    return re.compile(rf"\b(?:{verbs})(?:\s+(?:down|up|its\s+doors|for\s+good))?\s+"
                      rf"in\s+(?:[A-Z][a-z]+\s+)?((?:1[5-9]|20)\d\d)(?!\d)", re.IGNORECASE)


def check(doc: Document, check_id: fig.CheckId) -> Iterator[Finding]:
    closing = _closing()
    for i, claim in enumerate(doc.claims):
        if claim.unit != "year" or claim.change or claim.high is not None:
            continue
        sentence = doc.contexts[i].sentence
        if not _FOR.search(doc.text, max(sentence[0], claim.start - 24), claim.start):
            continue
        state = _STATE.search(doc.text, max(sentence[0], claim.start - 60),
                              _FOR.search(doc.text, max(sentence[0], claim.start - 24),
                                          claim.start).start())  # type: ignore[union-attr]
        if state is None or not set(state.group(1).lower().split()) & fig.words("idle"):
            continue
        closed = list(closing.finditer(doc.text, sentence[0], state.start()))
        years = {int(y.group(0)) for y in _dates.YEAR.finditer(doc.text, *sentence)}
        if len(closed) != 1 or not _said_of(doc.text, sentence[0], closed[0], state.start()):
            continue
        if years - {int(closed[0].group(1)), counted_to(doc, i)}:
            continue  # "... has stood empty for 12 years until it was sold in 2019": not read
        found = _one(doc, check_id, i, int(closed[0].group(1)), closed[0].group(0))
        if found is not None:
            yield found


_ASIDE = re.compile(r"\s*,?\s*(?:and\s+)?(?:now\s+)?")  # ", has lain", " and has stood"
_SUBJECT = re.compile(r",\s*(?:[\w'’-]+\s+){1,5}")  # "Shut in 1992, the old cinema has"


def _said_of(text: str, first: int, closed: re.Match[str], state: int) -> bool:
    """Whether the closing is said of the state's subject: an aside right before its verb
    ("The mill, which shut in 1979, has stood"; "closed in 1984 and has lain"), or a
    participle that opens the sentence before the subject ("Shut in 1992, the cinema has");
    not another clause's ("The mill shut in 1979; the warehouse next door has stood")."""
    gap = text[closed.end() : state]
    if _ASIDE.fullmatch(gap):
        return True
    return not text[first : closed.start()].strip() and bool(_SUBJECT.fullmatch(gap))


def _one(doc: Document, check_id: fig.CheckId, i: int, year: int, said: str
         ) -> Finding | None:
    claim = doc.claims[i]
    to = counted_to(doc, i)
    most = to - year
    if most < 1:
        return None
    low, high = _calendar.interval(claim, doc.config.approx_tolerance, years=True)
    if low <= most and high >= most - 1:
        return None
    until = doc.as_of.isoformat() if to == doc.as_of.year else str(to)
    message = (f"From {year} to {until} the time is {most - 1} or {most} years, not "
               f"{written_figures.as_noun(claim)} (\"{said}\").")
    return fig.finding(check_id, claim, message, None)
