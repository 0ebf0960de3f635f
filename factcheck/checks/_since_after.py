"""FC206: whether "since" follows a span, so that the span runs the whole time since the
start it names ("for 9 years, since 2009"; "ending a 20-year wait since their last win in
2011"). Read by factcheck.checks._counts_from."""

from __future__ import annotations

import re

from factcheck.checks import Document

SINCE_AFTER = re.compile(r"\s*,?\s*since\b", re.IGNORECASE)  # "for 9 years, since 2009"
_HEAD_SINCE = re.compile(r"\s+([a-z]+)\s+since\b", re.IGNORECASE)  # "20-year wait since"


def since_after(doc: Document, i: int, wait: bool) -> bool:
    """Whether "since" follows span i ("for 9 years, since 2009"), or, for a wait (wait:
    factcheck.checks._counts_from.is_wait), follows the noun its figure modifies, the
    frame's measure ("a 20-year wait since their last win in 2011", "a ten-year gap
    since ..."): the span runs the whole time since that start. Not a span of another
    noun ("a 25-year lease since 2019")."""
    text, claim = doc.text, doc.claims[i]
    if SINCE_AFTER.match(text, claim.end):
        return True
    if not wait or claim.noun is not None:
        return False
    head, measure = _HEAD_SINCE.match(text, claim.end), doc.frames[i].measure or ""
    return head is not None and head.group(1).lower() == measure.split()[-1].lower()
