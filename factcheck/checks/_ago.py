"""Spans counted back from the draft's date, for FC206: "the flood of 1953, which struck
60 years ago"; "it is 35 years since the mill shut in 2001" (the year after "since",
in a sentence in the present tense that names no year before the span).

The year an "ago" counts back to is the one year its sentence names up to the clause
joined after the span ("and", "but", ";"): "opened in 1987, 38 years ago, and its trains
were replaced in 2015" counts back to 1987; an apposition after a comma stays in ("left
14 years ago, in 2015").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.checks import Document, _calendar, _dates
from factcheck.checks import _figures as fig
from factcheck.model import Finding

_AGO = re.compile(r"\s+ago\b|\s+since\s+(?![\d(])(?P<since>)", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[,;:]|\band\b|\bbut\b")
_NEXT_CLAUSE = re.compile(r"[;:]|\band\b|\bbut\b")  # a clause joined after the span, not
# an apposition after a comma ("left 14 years ago, in 2015")
_PAST = re.compile(r"\b(?:was|were|had)\b", re.IGNORECASE)


def check(doc: Document, check_id: fig.CheckId) -> Iterator[Finding]:
    """ "the flood of 1953, which struck 60 years ago", "it is 35 years since the mill shut
    in 2001": N years ago (or since an event dated after "since") from the draft's date
    must reach the one year its sentence names (give or take one: the day is unknown)."""
    for i, c in enumerate(doc.claims):
        ago = _AGO.match(doc.text, c.end)
        if c.unit != "year" or c.change or c.high is not None or ago is None:
            continue
        sentence = doc.contexts[i].sentence
        since = ago.group("since") is not None
        after = ago.end() if since else sentence[0]
        ends = _CLAUSE_END if since else _NEXT_CLAUSE  # "since she moved, and ... in 1990";
        clause = ends.search(doc.text, ago.end(), sentence[1])  # "opened in 1987, 38 years
        stop = clause.start() if clause else sentence[1]  # ago, and ... in 2015": another's
        years = {int(y.group(0)) for y in _dates.YEAR.finditer(doc.text, after, stop)}
        if ago.group("since") is not None and (
                any(_dates.YEAR.finditer(doc.text, sentence[0], c.start))
                or _PAST.search(doc.text, sentence[0], c.start)):
            continue  # "In 2020 it was 35 years since ...": counted to another day
        if len(years) != 1 or (year := years.pop()) >= doc.as_of.year:
            continue
        most = doc.as_of.year - year
        low, high = _calendar.interval(c, doc.config.approx_tolerance)
        if high < most - 1 or low > most:
            said = doc.text[c.start:ago.end()].strip()
            message = (f"From {year} to {doc.as_of.isoformat()} is {most - 1} or {most} years, "
                       f"not \"{said}\".")
            yield fig.finding(check_id, c, message, None)
