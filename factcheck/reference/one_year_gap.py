"""A gap or a multiple stated within one period against something other than an earlier
time: "three times as much CO2 as the average person on Earth in 2023", "80 points below
the global average in 2023", "double the eurozone rate in 2015". Such a figure states no
direction of change (no "rose", "fell", "up", "doubled"), and what follows it names what
it is compared with: reference.compare decides it when a table holds that, and nothing
else may read it as a change over the subject's own year before."""

from __future__ import annotations

import re

from factcheck.model import Frame

# what follows a figure compared with something: "as much/many ... as", "the <rate of>",
# "that of", "above/below/behind/ahead of/short of"
_COMPARED_AFTER = re.compile(
    r"\s*(?:as\s+\w+\b[^.;:]{0,60}?\bas\b|the\b|that\s+of\b|those\s+of\b|"
    r"above\b|below\b|under\b|over\b|behind\b|ahead\s+of\b|short\s+of\b)",
    re.IGNORECASE)


def compared_within(frame: Frame, sentence: str, offset: int) -> str | None:
    """Why a change frame within one calendar year decides nothing as a change over time,
    or None. offset: where the sentence starts in the draft.

    >>> from datetime import date
    >>> from factcheck.model import Claim
    >>> s = "Greece's jobless rate was double the eurozone rate in 2015."
    >>> c = Claim(text="double", start=26, end=32, value=2.0, multiplier=True)
    >>> f = Frame(claim=c, subject="Greece", role="change",
    ...           period=(date(2015, 1, 1), date(2015, 12, 31)))
    >>> compared_within(f, s, 0) is not None
    True
    """
    claim, period = frame.claim, frame.period
    if claim.change is not None or period is None or period[0].year != period[1].year:
        return None
    if frame.role != "change" and not claim.multiplier:
        return None
    if not _COMPARED_AFTER.match(sentence, claim.end - offset):
        return None
    return (f"'{claim.text}' compares with what follows it, not with an earlier time, and "
            "no table here holds that")
