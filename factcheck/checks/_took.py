"""A span stated with the years it ran between, for FC206.

Three ways a sentence sets a span in years between two years it names:

- after a verb of duration ("took", "lasted": words.tsv, class "took"), ending its clause
  (a colon, comma or "from" after it; not "took 4 years to plan"), with exactly two
  years after it, the first before the second: "Building the viaduct took 15 years: work
  began in 1862 and the first train crossed in 1871";
- after "after", ending its clause, with exactly two years before it in its sentence, the
  first a start (factcheck.checks._dates: "began in", "opened in"): "Work began in 2011
  and ended in 2023, after 12 years of delays";
- before "after", with exactly one year in the clause after "after" and exactly one
  year before the span in its sentence: "The pier reopened in 2024, eleven years after
  it was shut in 2013".

The span must be the two years' difference, give or take one (the days are unknown),
the figure within its band; decades and centuries count in years.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck import tolerance
from factcheck.checks import Document, _dates
from factcheck.checks import _figures as fig
from factcheck.model import Finding
from factcheck.units import convert

_YEAR = re.compile(r"(?<!\d)(?:1[5-9]|20)\d\d(?!\d)")  # "1762" too: a span is often old
_ENDS = re.compile(r"\s*(?:[:;,(—–-]|from\b|between\b)", re.IGNORECASE)
_LEAD = re.compile(r"\b([a-z]+)\s+(?:about\s+|some\s+|nearly\s+|almost\s+|over\s+)?$",
                   re.IGNORECASE)
_AFTER_LEAD = re.compile(r"\bafter\s+(?:about\s+|some\s+|nearly\s+|almost\s+|over\s+)?$",
                         re.IGNORECASE)
_OF_WORK = re.compile(r"(?:\s+of\s+[a-z]+(?:\s+[a-z]+)?)?\s*(?:[.;]|$)", re.IGNORECASE)
_AFTER = re.compile(r"\s+after\b", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[,;:.]|\band\b|\bbut\b", re.IGNORECASE)
_IN_YEARS = {"year": 1.0, "decade_of_years": 10.0, "century": 100.0}


def check(doc: Document, check_id: fig.CheckId) -> Iterator[Finding]:
    """Each span that the two years its sentence sets it between do not allow."""
    for i, c in enumerate(doc.claims):
        if c.unit not in _IN_YEARS or c.change or c.high is not None:
            continue
        years = _took(doc, i) or _after_span(doc, i) or _span_after(doc, i)
        if years is None or years[1] <= years[0]:
            continue
        span = years[1] - years[0]
        low, high = (convert(v, c.unit, "year")
                     for v in tolerance.interval(c, doc.config.approx_tolerance))
        if high < span - 1 or low > span + 1:
            message = (f"From {years[0]} to {years[1]} is {span - 1} to {span + 1} years, "
                       f"not \"{c.text}\".")
            yield fig.finding(check_id, c, message, None)


def _years(doc: Document, lo: int, hi: int) -> list[int]:
    return [int(y.group(0)) for y in _YEAR.finditer(doc.text, lo, hi)]


def _took(doc: Document, i: int) -> tuple[int, int] | None:
    """ "took 15 years: work began in 1862 and ... in 1871": the two years after it."""
    c, sentence = doc.claims[i], doc.contexts[i].sentence
    lead = _LEAD.search(doc.text, max(sentence[0], c.start - 24), c.start)
    if lead is None or lead.group(1).lower() not in fig.words("took"):
        return None
    if not _ENDS.match(doc.text, c.end):
        return None  # "took 4 years to plan": a span of another part of the work
    years = _years(doc, c.end, sentence[1])
    return (years[0], years[1]) if len(years) == 2 else None


def _after_span(doc: Document, i: int) -> tuple[int, int] | None:
    """ "began in 2011 and ended in 2023, after 12 years of delays": two years before the
    span, the first a start; the span ends its clause."""
    c, sentence = doc.claims[i], doc.contexts[i].sentence
    if not (_AFTER_LEAD.search(doc.text, max(sentence[0], c.start - 16), c.start)
            and _OF_WORK.match(doc.text, c.end, sentence[1])):
        return None
    years = _years(doc, sentence[0], c.start)
    if len(years) != 2 or not _starts(doc, sentence[0], c.start, years[0]):
        return None
    return years[0], years[1]


def _span_after(doc: Document, i: int) -> tuple[int, int] | None:
    """ "reopened in 2024, eleven years after it was shut in 2013": one year in the clause
    after "after", one before the span."""
    c, sentence = doc.claims[i], doc.contexts[i].sentence
    after = _AFTER.match(doc.text, c.end, sentence[1])
    if after is None:
        return None
    end = _CLAUSE_END.search(doc.text, after.end(), sentence[1])
    then = _years(doc, after.end(), end.start() if end else sentence[1])
    now = _years(doc, sentence[0], c.start)
    if len(then) != 1 or len(now) != 1 or _years(doc, c.end, after.end()):
        return None
    return then[0], now[0]


def _starts(doc: Document, lo: int, hi: int, year: int) -> bool:
    """Whether year is a start (factcheck.checks._dates) between lo and hi."""
    return any(s.year == year and not s.born and not s.last
               for _, s in _dates.all_starts(doc.text, [(lo, hi)]))


