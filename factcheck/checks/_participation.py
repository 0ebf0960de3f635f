"""A rate of participation before a list of shares, for FC207: "Turnout was 38%: 57% voted
for and 43% against"; "The survey's response rate was 24%, with 61% saying yes".

A rate of participation (turnout, a response rate, a participation rate: lexicon
frames.tsv, class "participation", the one list FC205 reads too; a word of the total's
sentence before it) is a share of everyone who could take part; shares listed after it may
be of those who took part instead (the votes cast, the replies), which a whole of 100%
holds, not the rate. So a list of percentages after such a rate in percent has two
readings: parts of the rate, or shares of those who took part. The second fails only when
the parts exceed 100% (no division of one whole does) or, for a complete list, fall short
of the rate too. A real total keeps one reading ("The 410 votes: 230 for and 220
against").
"""

from __future__ import annotations

from factcheck.checks import Document
from factcheck.checks import _figures as fig
from factcheck.lexicon import lexicon
from factcheck.model import Claim

_WHOLE = 100.0  # percent: the whole of those who took part


def rate(doc: Document, total: int) -> bool:
    """Whether claim total is a rate of participation in percent (frames.tsv "participation"
    in its sentence before it)."""
    claim = doc.claims[total]
    if "percent" not in claim.unit:
        return False
    begin = doc.contexts[total].sentence[0]
    said = fig.WORDS.findall(doc.text, begin, claim.start)
    return any(lexicon().frame_class(w, "participation") for w in said)


def of_those_taking_part(parts: list[Claim], low: float, high: float, rate_low: float,
                         complete: bool) -> bool:
    """Whether parts in percent, their sum between low and high, can be shares of those who
    took part: at most 100% in all, and, for a complete list, not below the rate
    (rate_low, percent) it follows."""
    if not all("percent" in c.unit for c in parts):
        return False
    return low <= _WHOLE and not (complete and high < rate_low)
