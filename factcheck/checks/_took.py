"""A span stated with the years it ran between, for FC206: "Building the viaduct took 15
years: work began in 1862 and the first train crossed in 1871".

A span in years after a verb of duration ("took", "lasted": words.tsv, class "took"),
that ends its clause (a colon, comma or "from" after it; not "took 4 years to plan"),
whose sentence names, after it, exactly two years, the first before the second, runs
from the first to the second: it must be their difference, give or take one (the days
are unknown), the figure within its band.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck import tolerance
from factcheck.checks import Document
from factcheck.checks import _figures as fig
from factcheck.model import Finding

_YEAR = re.compile(r"(?<!\d)(?:1[5-9]|20)\d\d(?!\d)")  # "1762" too: a span is often old
_ENDS = re.compile(r"\s*(?:[:;,(—–-]|from\b|between\b)", re.IGNORECASE)
_LEAD = re.compile(r"\b([a-z]+)\s+(?:about\s+|some\s+|nearly\s+|almost\s+|over\s+)?$",
                   re.IGNORECASE)


def check(doc: Document, check_id: fig.CheckId) -> Iterator[Finding]:
    """Each span after "took" or "lasted" that the two years after it do not allow."""
    for i, c in enumerate(doc.claims):
        if c.unit != "year" or c.change or c.high is not None:
            continue
        sentence = doc.contexts[i].sentence
        lead = _LEAD.search(doc.text, max(sentence[0], c.start - 24), c.start)
        if lead is None or lead.group(1).lower() not in fig.words("took"):
            continue
        if not _ENDS.match(doc.text, c.end):
            continue  # "took 4 years to plan": a span of another part of the work
        years = [int(y.group(0)) for y in _YEAR.finditer(doc.text, c.end, sentence[1])]
        if len(years) != 2 or years[1] <= years[0]:
            continue
        span = years[1] - years[0]
        low, high = tolerance.interval(c, doc.config.approx_tolerance)
        if high < span - 1 or low > span + 1:
            message = (f"From {years[0]} to {years[1]} is {span - 1} to {span + 1} years, "
                       f"not \"{c.text}\".")
            yield fig.finding(check_id, c, message, None)
