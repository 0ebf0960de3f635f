"""FC206: a thing's age in a sentence that names the thing again, founded in the one before.

"Walkers crossed the Marlow bridge, opened in 1931, on Sunday. Engineers say the bridge
is 80 years old": the age of "the bridge" ("the NOUN is N years old", "is now", any
place in its sentence, a quote too) counts from the one founding (words.tsv, class
"founding") in the sentence before whose thing ends with the same noun, the founding
right after it ("the Marlow bridge, opened in 1931", "The school, which was built in
1960", "Kell Street school was built in 1960"). As with a thing's age in one sentence
(factcheck.checks._counts_from), it is the whole time since, give or take the one year
the unknown month leaves; "about" allows 10% (factcheck.checks._calendar). Not when the
age's sentence names a year (that reading is factcheck.checks._since_years'), nor
another noun ("the tower next to it is 30 years old"), nor the past tense.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck import written_figures
from factcheck.checks import Document, _calendar, _dates
from factcheck.checks import _figures as fig
from factcheck.model import Finding

# "the bridge is 80 years old", "this church is now 200 years old"
_NAMED = re.compile(r"\b(?:the|this|our)\s+([a-z]+)\s+is\s+(?:now\s+)?(?:(?:about|some|"
                    r"nearly|almost|more\s+than|over)\s+)?$", re.IGNORECASE)
_OLD = re.compile(r"\s*(?:-\s*)?old\b", re.IGNORECASE)


def check(doc: Document, check_id: fig.CheckId) -> Iterator[Finding]:
    for i, claim in enumerate(doc.claims):
        if claim.unit != "year" or claim.change or claim.high is not None:
            continue
        sentence = doc.contexts[i].sentence
        named = _NAMED.search(doc.text, max(sentence[0], claim.start - 40), claim.start)
        if named is None or not _OLD.match(doc.text, claim.end):
            continue
        if _dates.YEAR.search(doc.text, *sentence):
            continue
        start = _founded_before(doc.text, sentence[0], named.group(1))
        if start is not None:
            found = _one(doc, check_id, i, start)
            if found is not None:
                yield found


def _founded_before(text: str, first: int, noun: str) -> _dates.Start | None:
    """The one founding of the sentence before (its one year) whose thing ends with noun,
    right before the founding ("the Hillside estate, built in 1968"), else None."""
    before = _dates.previous(text, first)
    starts = [(at, s) for at, s in _dates.all_starts(text, [before])
              if at >= before[0] and not s.born and not s.last]
    if len(starts) != 1 or len(_dates.YEAR.findall(text, *before)) != 1:
        return None  # "built in 1912 and rebuilt in 1976": which one the age counts from
    at, start = starts[0]
    if start.text.split()[0].lower() not in fig.words("founding"):
        return None
    thing = re.compile(rf"\b{re.escape(noun)}\s*(?:,\s*)?(?:(?:which|that)\s+)?"
                       r"(?:(?:was|were|is)\s+)?(?:first\s+)?$", re.IGNORECASE)
    return start if thing.search(text, max(before[0], at - 40), at) else None


def _one(doc: Document, check_id: fig.CheckId, i: int, start: _dates.Start
         ) -> Finding | None:
    claim = doc.claims[i]
    most = doc.as_of.year - start.year
    if most < 1:
        return None
    low, high = _calendar.interval(claim, doc.config.approx_tolerance, years=True)
    if low <= most and high >= most - 1:
        return None
    message = (f"From {start.year} to {doc.as_of.isoformat()} the time is {most - 1} or "
               f"{most} years, not {written_figures.as_noun(claim)} (\"{start.text}\").")
    return fig.finding(check_id, claim, message, None)
