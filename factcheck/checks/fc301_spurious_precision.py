"""FC301 spurious-precision: an exact-looking figure under an approximation.

What it does:
    Flags "about", "around", "approximately", "some" or "roughly" before a whole
    number with four or more significant digits ending in a non-zero digit ("around
    28,824 people"), and suggests the figure rounded to two significant digits.

Why it matters:
    A figure is either counted or estimated. "Around 28,824" claims both: readers
    cannot tell whether the count is exact, and editors cannot tell which source it
    came from. Say "28,824" or "around 29,000".

    A restatement in another unit or currency ("about €330,000 (£287,500)", the frame's
    role "conversion") is left alone: its digits come from the conversion, not from a count,
    and rounding it would move it away from the figure it restates.

Example:
    "approximately 28,824 people" -> suggestion "approximately 29,000 people" (info).
"""

from __future__ import annotations

import math
from collections.abc import Iterator

from factcheck import figures, written_figures
from factcheck.checks import Document
from factcheck.checks import _figures as fig
from factcheck.model import Claim, Finding, Severity

CODE = "FC301"
NAME = "spurious-precision"
SEVERITY: Severity = "info"
EXAMPLES = (
    ("As of 2024, Oracle employed approximately 28,824 people in India.", True),
    ("As of 2024, Oracle employed approximately 29,000 people in India.", False),
    ("As of 2024, Oracle employed 28,824 people in India.", False),
    ("The council paid about €330,000 (£287,500) for the site.", False),
)
MIN_DIGITS = 4
ID = fig.CheckId(CODE, NAME, SEVERITY)


def significant_digits(claim: Claim) -> int:
    """How many digits the claim's precision says were stated: "28,824" 5, "28,800" 3.

    An exact count (precision 0) states every digit of its value up to its trailing zeros.
    """
    value = abs(claim.value)
    if value < 1:
        return 0
    if claim.precision <= 0:
        return len(str(int(value)).rstrip("0")) if value == int(value) else 0
    return max(0, math.floor(math.log10(value / (2 * claim.precision))) + 1)


def check(doc: Document) -> Iterator[Finding]:
    restated = {frame.claim for frame in doc.frames if "restates" in frame.relations}
    for claim in doc.claims:
        if claim in restated:
            continue
        if claim.bound != "approx" or claim.high is not None or written_figures.is_words(claim):
            continue
        digits = significant_digits(claim)
        if digits < MIN_DIGITS:
            continue
        place = 10.0 ** (math.floor(math.log10(abs(claim.value))) - 1)
        rounded = round(claim.value / place) * place
        message = (
            f"\"{claim.text}\" pairs an approximation with a figure precise to its last digit "
            f"({figures.fmt(claim.value)}); give the exact figure or round it "
            f"({figures.fmt(rounded)})."
        )
        yield fig.finding(ID, claim, message, written_figures.like(claim, rounded))
