"""Shares of a sentence's list whose clause leaves out its verb or writes its whole at
length, for FC205 (factcheck.checks.fc205_shares_exceed_total, its listed reading):
"Of the 1,200 claims, 64% were paid in full, 21% in part and 33% refused" (the
preposition after "21%" goes on the verb left out, "paid"); "Four in five of the club's
members are men, ..." (the parse's clause verb ends the whole, however many words it
has); "The firm said 46% of its sales were in Europe, 33% in Asia": the verb and its
copula left out, the first share's whole between it and its verb; not "... and 64% in
2019", another time)."""

from __future__ import annotations

import re

from factcheck.checks import Document
from factcheck.checks import _figures as fig
from factcheck.frames.periods import periods
from factcheck.model import Claim

_WORD_AFTER = re.compile(r"\s*(\w+)")
_CLAUSE_END = re.compile(r"[,;:]|\b(?:and|but|while|whereas)\b", re.IGNORECASE)


def verb_after_whole(doc: Document, c: Claim, start: int) -> int | None:
    """The offset of the clause verb of share c when c opens its sentence's list (no figure
    before it: "Bren Steel said 46% of its sales were ...", the share and its whole the
    subject of the verb after them) and writes the whole after it, "of", a determiner and
    a noun phrase up to that verb ("of the", "of its"; not "59% of staff said": a bare
    group), with no clause break between
    ("Four in five of the club's members are men, ...": the parse's verb ends the whole,
    however many words it has), else None."""
    verb = doc.contexts[doc.index[c]].verb
    if verb is None or verb <= c.end or (doc.text[start : c.start].strip() and any(
            start <= f.start < c.start for f in doc.claims)):
        return None  # a figure before it: its sentence's list opens there
    between = doc.text[c.end : verb]
    return verb if _OF_DETERMINED.match(between) and not re.search(r"[,;:()]", between) else None


def gapped(doc: Document, before: Claim, c: Claim) -> bool:
    """Whether share c's clause is the clause of the list's first share with its verb
    left out (gapping): c is followed by a preposition, as the first share's verb is
    right after it, the verb right after the share or its copula ("64% were paid in full,
    21% in part": "in part" goes on the verb "paid", no scope of a whole of its own; "60%
    work in the office, 35% in the field and 15% at home"; not "62% in York"), in a list
    whose whole is written once before it, fronted ("Of the 1,200 claims, ...") or after
    the first share ("of the claims"). The prepositions: factcheck.checks._figures.
    QUALIFIERS."""
    verb = doc.contexts[doc.index[before]].verb  # past the whole written after the share
    begin = verb if verb is not None and before.end < verb < c.start else before.end
    clause = doc.text[begin : c.start].split(",")[0]
    words = [w.lower() for w in fig.WORDS.findall(clause)]
    mine = _WORD_AFTER.match(doc.text, c.end)
    at = 2 if words[1:] and words[0] in fig.words("copula") and words[1] not in fig.QUALIFIERS \
        else 1  # "were paid in", "were in"
    if (len(words) <= at or words[0] in fig.QUALIFIERS or mine is None
            or mine.group(1).lower() not in fig.QUALIFIERS or words[at] not in fig.QUALIFIERS):
        return False
    end = doc.contexts[doc.index[c]].sentence[1]
    own = _CLAUSE_END.search(doc.text, c.end, end)
    if periods(doc.text[c.end : own.start() if own else end], 0, doc.as_of):
        return False  # "46% work in Leeds, and 64% in 2019": another time, no gapped clause
    begin = doc.contexts[doc.index[before]].sentence[0]
    return _WHOLE_FRONTED.match(doc.text, begin) is not None or any(
        _OF_AFTER.match(doc.text, f.end) for f in doc.claims
        if "percent" in f.unit and begin <= f.start < before.start + 1)


_WHOLE_FRONTED = re.compile(r"\s*(?:out\s+)?of\s+[^,;:]{2,60},", re.IGNORECASE)
_OF_AFTER = re.compile(r"\s+of\s+", re.IGNORECASE)
_OF_DETERMINED = re.compile(r"\s+of\s+(?:the|its|their|our|all)\s", re.IGNORECASE)
