"""FC206 date-arithmetic: an age or a duration disagrees with the year given and the draft's date.

What it does:
    Reads a starting year ("founded in 1961", "born in 1972", "since 1990") in a
    sentence or the one before, and a duration in years that counts from it: an age
    ("is 61 years old", "aged 61") after "born", or a span with "for" in a perfect
    tense or before "since" ("has fought for more than 70 years"). With only the year
    known, the elapsed time as of the draft's date (as_of) is one of two whole
    numbers; the stated figure must allow one of them ("more than" needs it below,
    "about" allows 10%). With several starting years in reach it stays silent.

Why it matters:
    Ages and anniversaries are checked by readers with a calendar. A wrong one is
    often a figure carried over from an older story.

Example:
    "founded in 1961 ... has fought for more than 70 years" in a draft dated 2025 ->
    1961 to 2025 is 63 or 64 years, not more than 70 years.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass

from factcheck.checks import Document
from factcheck.checks import _figures as fig
from factcheck.model import Claim, Finding

CODE = "FC206"
NAME = "date-arithmetic"
SEVERITY = "error"
EXAMPLES = (
    ("The KIA, founded in 1961, has fought for more than 70 years.", True),
    ("The KIA, founded in 1961, has fought for more than 60 years.", False),
    ("Smith, who was born in 1972, is 61 years old.", True),
    ("Smith, who was born in 1972, is 53 years old.", False),
)
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:\d{1,2},?\s+)?"
_START = re.compile(
    r"\b(?P<verb>founded|established|formed|created|set\s+up|launched|began|started|born|"
    r"built|opened|since)\s+(?:in\s+)?(?:" + _MONTH + r")?(?P<year>1[89]\d\d|20\d\d)\b",
    re.IGNORECASE,
)
_AGE_AFTER = re.compile(r"\s*(?:-\s*)?old\b", re.IGNORECASE)
_AGE_BEFORE = re.compile(r"\baged\s*$", re.IGNORECASE)
_FOR = re.compile(r"\bfor\s*$", re.IGNORECASE)
_PERFECT = re.compile(r"\b(?:has|have|had)\b|['’]s\s+been\b", re.IGNORECASE)
_SINCE_AFTER = re.compile(r"\s*since\b", re.IGNORECASE)
_SELF = sys.modules[__name__]


@dataclass(frozen=True)
class Start:
    year: int
    born: bool
    text: str


def check(doc: Document) -> Iterator[Finding]:
    previous: list[Start] = []
    last_sentence: tuple[int, int] | None = None
    for i, claim in enumerate(doc.claims):
        ctx = doc.contexts[i]
        if ctx.sentence != last_sentence:
            here = _starts(doc.text, ctx.sentence)
            previous = _previous_starts(doc, i)
            last_sentence = ctx.sentence
        if claim.unit != "year" or claim.change or claim.high is not None:
            continue
        starts = here or previous
        if len(starts) != 1:
            continue
        found = _check_one(doc, claim, starts[0], ctx.sentence)
        if found is not None:
            yield found


def _starts(text: str, sentence: tuple[int, int]) -> list[Start]:
    return [
        Start(int(m.group("year")), m.group("verb").lower() == "born", m.group(0))
        for m in _START.finditer(text, sentence[0], sentence[1])
    ]


def _previous_starts(doc: Document, i: int) -> list[Start]:
    """Starting years in the sentence before claim i's."""
    start = doc.contexts[i].sentence[0]
    cut = max(doc.text.rfind(".", 0, max(0, start - 2)), doc.text.rfind("\n\n", 0, start))
    return _starts(doc.text, (cut + 1, start))


def _counts_from(doc: Document, claim: Claim, start: Start, sentence: tuple[int, int]) -> bool:
    text = doc.text
    if start.born:
        return bool(_AGE_AFTER.match(text, claim.end)
                    or _AGE_BEFORE.search(text, max(0, claim.start - 8), claim.start))
    if _SINCE_AFTER.match(text, claim.end):
        return True
    lead = text[sentence[0] : claim.start]
    return bool(_FOR.search(lead) and _PERFECT.search(lead))


def _check_one(doc: Document, claim: Claim, start: Start, sentence: tuple[int, int]
               ) -> Finding | None:
    if not _counts_from(doc, claim, start, sentence):
        return None
    most = doc.as_of.year - start.year
    least = most - 1
    if least < 0:
        return None
    low, high = fig.interval(claim, doc.config.approx_tolerance)
    if high >= least and low <= most:
        return None
    what = "age" if start.born else "time"
    message = (f"From {start.year} to {doc.as_of.isoformat()} the {what} is {least} or "
               f"{most} years, not {claim.text} (\"{start.text}\").")
    suggestion = fig.like(claim, least) if claim.bound in ("over", "at_least") else None
    return fig.finding(_SELF, claim, message, suggestion)
