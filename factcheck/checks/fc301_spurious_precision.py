"""FC301 spurious-precision: an exact-looking figure under an approximation.

What it does:
    Flags "about", "around", "approximately", "some" or "roughly" before a whole
    number with four or more significant digits ending in a non-zero digit ("around
    28,824 people"), and suggests the figure rounded to two significant digits.

Why it matters:
    A figure is either counted or estimated. "Around 28,824" claims both: readers
    cannot tell whether the count is exact, and editors cannot tell which source it
    came from. Say "28,824" or "around 29,000".

Example:
    "approximately 28,824 people" -> suggestion "approximately 29,000 people" (info).
"""

from __future__ import annotations

import math
import sys
from collections.abc import Iterator

from factcheck.checks import Document
from factcheck.checks import _figures as fig
from factcheck.model import Finding

CODE = "FC301"
NAME = "spurious-precision"
SEVERITY = "info"
EXAMPLES = (
    ("As of 2024, Oracle employed approximately 28,824 people in India.", True),
    ("As of 2024, Oracle employed approximately 29,000 people in India.", False),
    ("As of 2024, Oracle employed 28,824 people in India.", False),
)
MIN_DIGITS = 4
_SELF = sys.modules[__name__]


def check(doc: Document) -> Iterator[Finding]:
    for claim in doc.claims:
        if claim.bound != "approx":
            continue
        digits = fig.written(claim)
        if digits is None or "." in digits or claim.high is not None:
            continue
        plain = digits.replace(",", "")
        if len(plain.rstrip("0")) < MIN_DIGITS or plain.endswith("0"):
            continue
        shown = float(plain)
        step = 10 ** (int(math.log10(shown)) - 1)
        rounded = round(shown / step) * step
        message = (
            f"\"{claim.text}\" pairs an approximation with a figure precise to its last digit "
            f"({digits}); give the exact figure or round it ({fig.fmt(rounded)})."
        )
        suggestion = claim.text.replace(digits, f"{rounded:,}" if "," in digits else str(rounded))
        yield fig.finding(_SELF, claim, message, suggestion)
