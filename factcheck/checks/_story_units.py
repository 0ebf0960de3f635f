"""A figure said again in another unit in the sentence after, set off after a noun that
points back, for FC201.

"covers 3,400 acres of hill. The fund says the land, some 2,900 hectares, will be
replanted" (or "some 2,900 hectares of upland,"); "will resurface 5,600 square yards of
the square. The area, roughly 8,100 square metres, will be closed": the second figure
stands in apposition (between commas or dashes) to a bare noun after "the", "this" or
"that" (no modifier, no capital), so it restates a thing already named, not a new one
("Its neighbour, some 900 hectares," is another thing, and so are "the old road, about 5
km," and "the Glen estate, 900 hectares,"). The pair is read only when it is the only
pair of figures of that dimension in the two sentences (one in each, in the same
paragraph), in two different units, and their frames do not name two different subjects
(factcheck.checks._story_rates.agree for subjects). FC201 then converts the first and
compares.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from factcheck.checks import Document

_HOST = re.compile(  # "the land, some ", "The area, roughly ", "this stretch — about "
    r"\b(?:the|this|that)\s+[a-z][a-z-]*\s*[,—–-]\s*"
    r"(?:about|around|roughly|some|nearly|almost|approximately|just\s+over|just\s+under|"
    r"more\s+than|over|under)?\s*$", re.IGNORECASE)
# the apposition closes, after an "of" phrase of what the amount is of ("The land, some
# 1,400 hectares of upland and bog, ..."; not "of it", a part)
_SET_OFF = re.compile(r"(?:\s+of\s+(?!(?:it|which|them|these|those|that)\b)[a-z]+"
                      r"(?:\s+(?:and\s+)?[a-z]+){0,3})?\s*[,—–-]")
_NAMED = re.compile(r"[A-Z]")


def next_sentence_pairs(doc: Document, same_kind: Callable[[int, int], bool]
                        ) -> Iterator[tuple[int, int]]:
    """(figure, restatement) pairs as described above; same_kind(j, k) says whether two
    figures are of one dimension in two units (FC201's _convertible)."""
    for g in range(1, len(doc.groups)):
        first, second = doc.groups[g - 1], doc.groups[g]
        between = doc.text[doc.claims[first[-1]].end : doc.claims[second[0]].start]
        if "\n\n" in between:
            continue
        for k in second:
            pair = _one_pair(doc, first, second, k, same_kind)
            if pair is not None:
                yield pair


def _one_pair(doc: Document, first: tuple[int, ...], second: tuple[int, ...], k: int,
              same_kind: Callable[[int, int], bool]) -> tuple[int, int] | None:
    """The one figure of the sentence before that claim k may restate, or None."""
    if not _apposed(doc, k):
        return None
    before = [j for j in first if same_kind(j, k)]
    if len(before) != 1:
        return None
    j = before[0]
    others = [n for n in (*first, *second) if n not in (j, k)
              and (same_kind(j, n) or doc.claims[n].unit == doc.claims[j].unit
                   or doc.claims[n].unit == doc.claims[k].unit)]
    if others:
        return None  # more figures of that dimension: which is said again is unclear
    a, b = doc.frames[j].subject, doc.frames[k].subject
    if a is not None and b is not None and a != b:
        return None
    return j, k


def _apposed(doc: Document, k: int) -> bool:
    """Whether claim k stands in apposition to a bare "the" noun."""
    c = doc.claims[k]
    start = doc.contexts[k].sentence[0]
    host = _HOST.search(doc.text, max(start, c.start - 48), c.start)
    if host is None or _NAMED.search(host.group(0)[1:]):
        return False
    return _SET_OFF.match(doc.text, c.end) is not None
