"""FC206: a run of whole years, and its length named again in the clause or sentence after.

"The strike lasted from 2021 to 2024; the nine-year strike cost the firm dearly": a span
in years written before its noun ("N-year", the frames' role "duration") behind a definite
or possessive determiner names a thing the reader already knows, so it is the length of
the one run of whole years ("from Y1 to Y2", "between Y1 and Y2",
factcheck.checks._life_spans) in the clause before it (after a semicolon or ", and") or in
the sentence right before: the years between, give or take one. The span's noun must be
written in the run's clause too ("The strike lasted from 2019 to 2023. The four-year strike
..."): a different noun may be another thing with its own length ("ran from 2022 to 2025.
The 10-year plan ...", "Her 40-year career", "the 25-year lease"), and naming the run's
thing by another noun ("chaired ... Her 21-year tenure") is a known miss, so the check says
nothing. The sentence before the span names no other year and no other span in years; the
span's own words up to it name no year and no other span ("The 2019 strike ...", "two
five-year terms"); with a heading between them, a noun followed by "-old" (an age) or
"after"/"before" (the time between two events), the pair is not read. The run's own clause
with a length of its own ("from 2001 to 2019, a 12-year tenure") is
factcheck.checks._life_spans' reading.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck import written_figures
from factcheck.checks import Document, _calendar, _dates
from factcheck.checks import _figures as fig
from factcheck.checks._life_spans import _RUN, _several
from factcheck.checks._sections import section_between
from factcheck.model import Finding

# a definite or possessive determiner right before the span: the thing is known already
_KNOWN = re.compile(r"\b(?:the|this|that|its|his|her|their|our)\s+$", re.IGNORECASE)
_CLAUSE = re.compile(r";|,\s*and\b", re.IGNORECASE)  # a clause after the run's own
_YEARS = re.compile(r"(?<!\d)(?:1[6-9]|20)\d\d(?!\d)")
_NOUN = re.compile(r"-year\s+([a-z]+)", re.IGNORECASE)  # before a noun: "nine-year dispute"


def check(doc: Document, check_id: fig.CheckId) -> Iterator[Finding]:
    for i, frame in enumerate(doc.frames):
        c = frame.claim
        if (frame.role != "duration" or c.unit != "year" or c.change or c.high is not None
                or c.multiplier or not c.text.lower().endswith("-year")
                or _several(doc.text, c)):
            continue
        noun = _NOUN.match(doc.text, c.end - 5)
        if noun is None or not _KNOWN.search(doc.text, max(0, c.start - 8), c.start):
            continue
        ends = _run_before(doc, i, noun.group(1))
        if ends is None:
            continue
        years = ends[1] - ends[0]
        low, high = _calendar.interval(c, doc.config.approx_tolerance)
        if high < years - 1 or low > years + 1:
            yield fig.finding(check_id, c, (
                f"From {ends[0]} to {ends[1]} is {years - 1} to {years + 1} years, "
                f"not \"{written_figures.as_noun(c)}\"."), None)


def _run_before(doc: Document, i: int, noun: str) -> tuple[int, int] | None:
    """The first and last year of the one run in the clause before span i (after a
    semicolon or ", and" in its sentence) or in the sentence right before, which writes
    the span's noun too (singular or plural), else None."""
    word = noun.lower().removesuffix("s")
    said = re.compile(rf"\b{re.escape(word)}(?:s|es)?\b", re.IGNORECASE)
    c, (lo, _hi) = doc.claims[i], doc.contexts[i].sentence
    own = doc.text[lo : c.start]
    cuts = list(_CLAUSE.finditer(own))
    if cuts:  # "ran from 2021 to 2024; the nine-year dispute"
        cut = lo + cuts[-1].start()
        if _YEARS.search(doc.text, cut, c.start):
            return None
        return _one_run(doc, i, (lo, cut)) if said.search(doc.text, lo, cut) else None
    if _YEARS.search(own):
        return None  # "The 2019 eight-year plan": a year of its own
    before = _dates.previous(doc.text, lo)
    if before[1] <= before[0] or section_between(doc, before[0], lo):
        return None
    return _one_run(doc, i, before) if said.search(doc.text, *before) else None


def _one_run(doc: Document, i: int, span: tuple[int, int]) -> tuple[int, int] | None:
    """The years of the one run in span when span names no other year, holds no other
    span in years and none lies between it and figure i."""
    runs = list(_RUN.finditer(doc.text, *span))
    if len(runs) != 1 or len(_YEARS.findall(doc.text, *span)) != 2:
        return None
    j = i - 1
    while j >= 0 and doc.claims[j].start >= span[0]:
        if doc.claims[j].unit == "year":
            return None  # "ran from 2001 to 2019, a 12-year tenure": its own length
        j -= 1
    run = runs[0]
    first, last = int(run.group(1)), int(run.group(2))
    return (first, last) if last > first else None
