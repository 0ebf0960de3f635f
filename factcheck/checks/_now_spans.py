"""A span in the perfect that "now" (or "since then", "ever since") carries from a thing's
start to today, for FC206: "The Hollins bridge, opened in 1902, has now carried cars for
124 years" is the whole time since its opening, not a part of it.

A span "for N years" after a start may be shorter than the time since ("has led it for
12 years": from a later event; factcheck.checks._counts_from._exact_span), never longer.
An editor reads a shorter one as wrong only where the words run it from the start: the
perfect with "now" (or "since then", "ever since") right after its auxiliary, in the
clause of the thing the start dates. The start is a founding or an entry (words.tsv,
classes "founding" and "entry") set off before that clause, as an apposition or a
relative clause ("The choir, formed in 1950, has now sung ..."), joined to it by "and"
("was formed in 1950 and has now sung ..."), or fronted with the subject after it
("Formed in 1950, the choir has now sung ..."). Without "now" the span stays a part that
may be shorter ("has carried traffic for 84 years": the road may have opened to it
later). Source: DESIGN.md (FC206; "no false supported": a span the words do not tie to
the start is not read as the whole).
"""

from __future__ import annotations

import re

from factcheck.checks import Document, _dates
from factcheck.checks import _figures as fig

_NOW_PERFECT = re.compile(
    r"\b(?:has|have)\s+(?:now|since\s+then|ever\s+since)\s+(?:[a-z]+\s+){1,6}?for\s+$",
    re.IGNORECASE)  # "has now carried trains for ", "have since then played there for "
_JOINED = re.compile(r"\s*(?:,\s*|\s+and\s+|,\s*and\s+)$", re.IGNORECASE)  # ", " or " and "
_FRONTED_SUBJECT = re.compile(r",\s*[A-Za-z'’ -]{1,40}?\s+$")  # ", the choir ": no figure


def from_start(doc: Document, i: int, start: _dates.Start) -> bool:
    """Whether span i ("125 years") runs from the start to now: a founding or entry start
    before it in its sentence, then (after ", ", " and ", or a fronted start's subject)
    "has now VERB ... for" right before the figure."""
    if start.born or start.last or start.text.split()[0].lower() not in (
            fig.words("founding") | fig.words("entry")):
        return False
    claim, (lo, _) = doc.claims[i], doc.contexts[i].sentence
    at = doc.text.rfind(start.text, lo, claim.start)
    if at < 0:
        return False
    between = doc.text[at + len(start.text) : claim.start]
    perfect = _NOW_PERFECT.search(between)
    if perfect is None or re.search(r"[,;:()]", perfect.group(0)):
        return False
    head = between[: perfect.start()]
    if _JOINED.fullmatch(head) or head == "":
        return True
    return not doc.text[lo:at].strip() and bool(_FRONTED_SUBJECT.fullmatch(head))
