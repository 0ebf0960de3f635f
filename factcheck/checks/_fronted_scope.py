"""A change scoped by a fronted name to another subject than an earlier level's, for FC203:
"Visits to the Kelso museum hit 9,000 last summer. In Hawick they were up a third, at
7,100": the rise is Hawick's, and Kelso's 9,000 is no level of it.

A sentence that opens with a phrase of scope (a preposition, "in", "at", "for", "among",
"across", "outside", then "the" or not) naming something by a capitalised word that is
no word of lexicon not_entities.txt (months, days, pronouns, articles: "In March" dates,
it does not name) sets everything it says in that place or thing. A level in another
sentence that writes none of those names is another subject's, never an end of a change
of the scoped sentence; a level whose sentence writes the name ("the Hawick museum"), or
one of the change's own sentence, may be. The name is read from the words alone, so a
subject the frames carried over from the sentence before ("they") does not hide it.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from factcheck.checks import Document
from factcheck.lexicon import lexicon
from factcheck.model import Claim

_FRONTED = re.compile(  # "In Hawick", "At the Bradford branch", "For United,"
    r"\s*(?i:in|at|for|among|across|outside)\s+(?i:the\s+)?((?:[A-Z][\w'’-]*\s*)+)")


def scope_names(doc: Document, change: Claim) -> frozenset[str]:
    """The names (lower case, a possessive's "'s" dropped) the sentence of the change is
    fronted by, or none: "In Hawick they were up" -> {"hawick"}; "In March sales" -> {}."""
    start, end = _sentence(doc, change)
    m = _FRONTED.match(doc.text, start, end)
    if m is None or m.start(1) >= change.start:
        return frozenset()
    skip = lexicon().not_entities
    words = (re.sub(r"['’]s$", "", w).lower() for w in m.group(1).split())
    return frozenset(w for w in words if w and w not in skip)


def other_scope(doc: Document, change: Claim, level: Claim) -> bool:
    """Whether level stands in a sentence other than the change's that writes none of the
    names the change's sentence is fronted by: another subject's level. Both are claims
    of doc, or parts of one (a range's end)."""
    names = scope_names(doc, change)
    here = _sentence(doc, change)
    if not names or here[0] <= level.start < here[1]:
        return False
    there = _sentence(doc, level)
    written = {re.sub(r"['’]s$", "", w).lower() for w in re.findall(
        r"[A-Za-z][\w'’-]*", doc.text[there[0] : there[1]])}
    return names.isdisjoint(written)


def _sentence(doc: Document, c: Claim) -> tuple[int, int]:
    """The sentence span of claim c: that of the last claim of doc starting at or before
    it (claims in text order; a range's end shares its range's sentence)."""
    k = max(0, bisect_right(doc.claims, c.start, key=lambda d: d.start) - 1)
    return doc.contexts[k].sentence
