"""FC204 part-exceeds-whole: a part is larger than the whole it is a part of.

What it does:
    Reads a part and its whole in one phrase: "5,000 of its 15,000 personnel", "6,200
    out of 5,000" or "Of those 5,000 fighters, 6,200 were new recruits", and fires when
    the least the part can be exceeds the most the whole can be (each figure keeps
    half a unit of its last digit; "about" allows 10%; "over 15,000" has no upper end).
    Counts only: a percentage part is FC205's business.

Why it matters:
    A part larger than its whole is impossible, so one of the two figures is wrong,
    or the sentence joins figures that do not belong together.

Example:
    "Of those 5,000 fighters, 6,200 were new recruits" -> 6,200 is more than the
    whole of 5,000.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck import figures, tolerance
from factcheck.checks import Document
from factcheck.checks import _figures as fig
from factcheck.model import Claim, Finding, Severity

CODE = "FC204"
NAME = "part-exceeds-whole"
SEVERITY: Severity = "error"
EXAMPLES = (
    ("Of those 5,000 fighters, 6,200 were new recruits.", True),
    ("Some 5,000 of its over 15,000 personnel joined the offensive.", False),
)
_OF_BETWEEN = re.compile(
    r"\s+(?:out\s+)?of\s+(?:the|its|their|his|her|our|those|these|them|a\s+total\s+of)?\s*",
    re.IGNORECASE,
)
_OF_BEFORE = re.compile(r"(?:^|[.;:]\s*|,\s*)of\s+(?:the|those|these|its|their|a\s+total\s+of)\s*$",
                        re.IGNORECASE)
MAX_GAP = 40  # characters between a part and its whole
ID = fig.CheckId(CODE, NAME, SEVERITY)


def check(doc: Document) -> Iterator[Finding]:
    counts = [_is_count(c) for c in doc.claims]
    for k in range(1, len(counts)):
        if not (counts[k - 1] and counts[k]):
            continue  # _part_and_whole needs two counts
        a, b = doc.claims[k - 1], doc.claims[k]
        pair = _part_and_whole(doc.text, a, b)
        if pair is None:
            continue
        part, whole = pair
        approx = doc.config.approx_tolerance
        part_low = tolerance.interval(part, approx)[0]
        whole_high = tolerance.interval(whole, approx)[1]
        if part_low > whole_high:
            message = (f"The part, {part.text}, is more than the whole it belongs to, "
                       f"{whole.text}: {figures.fmt(part.value)} > {figures.fmt(whole.value)}.")
            yield fig.finding(ID, part, message, None)


def _part_and_whole(text: str, a: Claim, b: Claim) -> tuple[Claim, Claim] | None:
    if not (_is_count(a) and _is_count(b)):
        return None
    if b.start - a.end > MAX_GAP:
        return None
    gap = text[a.end : b.start]
    if _OF_BETWEEN.fullmatch(gap) and a.noun is None:
        return a, b  # "5,000 of its 15,000 personnel"
    if re.fullmatch(r",\s*", gap):
        lead = text[max(0, a.start - 40) : a.start]
        if _OF_BEFORE.search(lead[lead.rfind("\n") + 1 :]):
            return b, a  # "Of those 5,000 fighters, 6,200 ..."
    return None


def _is_count(c: Claim) -> bool:
    return (c.unit == "" and not c.multiplier and c.change is None and c.high is None
            and c.bound != "under")
