"""Whether a total's span of time counts the parts listed after it, for FC207: "210mm of
rain over three days, with 88mm on Friday, 74mm on Saturday and 31mm on Sunday" names
as many parts as the span counts, each dated in a stretch of the span's own unit, all
different, so the list is complete and a sum short of the total is wrong too."""

from __future__ import annotations

import re

from factcheck.checks import Document

_DAYS = {"day": (1, 1), "week": (7, 7), "month": (28, 31), "year": (365, 366)}
# the length in days of one stretch of each unit of time (a calendar month, a year)
_OVER = re.compile(r"\s+(?:over|across|during|in)\s+(?:the\s+|those\s+|these\s+)?",
                   re.IGNORECASE)  # "£5.3m over the two days": the span a figure sums


def span_after(doc: Document, total: int) -> int | None:
    """The claim right after figure total, in its sentence, that is a span of time led by
    a word of extent ("£5.3m over the two days", "41 in those three weeks"), else None.
    Whether it counts the parts before the figure is counted's question."""
    span = total + 1
    if span >= len(doc.claims) or doc.claims[span].unit not in _DAYS:
        return None
    if _OVER.fullmatch(doc.text, doc.claims[total].end, doc.claims[span].start) is None:
        return None
    return span


def counted(doc: Document, span: int, parts: list[int]) -> bool:
    """Whether claim span is a span of time ("three days", unit "day", value 3) whose
    count is the number of parts, and every part's frame dates it in one stretch of that
    unit ("on Friday": one day), no two the same. A span that counts other things than
    the parts' stretches ("over two weeks, with £2,000 from a raffle and £1,500 ...":
    undated parts) leaves the list open."""
    c = doc.claims[span]
    lengths = _DAYS.get(c.unit)
    if lengths is None or c.high is not None or c.value != len(parts) or len(parts) < 2:
        return False
    periods = [doc.frames[i].period for i in parts]
    if any(p is None for p in periods) or len(set(periods)) != len(periods):
        return False
    return all(p is not None and lengths[0] <= (p[1] - p[0]).days + 1 <= lengths[1]
               for p in periods)
