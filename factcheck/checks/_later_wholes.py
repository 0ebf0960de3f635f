"""A whole written after its part, for FC204: "Volunteers planted 300 of the park's trees.
In all, the park has 250 trees."

A part whose whole phrase holds no figure ("of the park's trees", "of the ward's nurses")
names its whole's holder by a possessive and its thing by its measure. The whole is the
first later figure of the part's unit in its paragraph, at most AHEAD sentences on, that
is a total of a measure sharing a word with the part's ("in all", "in total": the frames'
role), or a level dated as the part is, written in a clause that names that holder
before it ("the ward has 36 nurses in total") and no other possessive; any other
figure of the unit between them, another holder ("the council's other park") or a
level of no stated period ("so far this season" after "last season": the frames read no
season) and the pair is not read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.checks import Document
from factcheck.checks._story import holds_at, section_break, sentence_index
from factcheck.model import Frame

AHEAD = 2  # sentences after the part's own that its whole is looked for in
_POSSESSIVE = re.compile(r"[A-Za-z]['’]s?\s")
_HOLDER = re.compile(  # "300 of the park's trees": park
    r"\s+of\s+(?:the\s+)?(?P<holder>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*)?)['’]s?\s+[a-z]")


def pairs(doc: Document) -> Iterator[tuple[int, int]]:
    """(part, whole) claim indices for parts whose whole is written after them."""
    for i, frame in enumerate(doc.frames):
        if frame.role != "part" or frame.relations.get("whole") or frame.measure is None:
            continue
        found = _HOLDER.match(doc.text, frame.claim.end)
        if found is None:
            continue
        j = _later_whole(doc, i, found.group("holder").lower())
        if j is not None:
            yield i, j


def _later_whole(doc: Document, i: int, holder: str) -> int | None:
    part = doc.frames[i]
    for j in range(i + 1, len(doc.claims)):
        if (sentence_index(doc, j) > sentence_index(doc, i) + AHEAD
                or section_break(doc, i, j)):
            return None
        other = doc.frames[j]
        if other.claim.unit != part.claim.unit:
            continue
        if sentence_index(doc, j) == sentence_index(doc, i) or not _whole_like(other, part):
            return None  # another figure of the unit first: unsure
        sentence = doc.contexts[j].sentence
        before = doc.text[sentence[0] : other.claim.start]
        named = re.search(r"\bthe\s+" + re.escape(holder) + r"\b", before, re.IGNORECASE)
        if named is None or _POSSESSIVE.search(before):
            return None  # "The council's other park has 250 trees": another holder
        dated = other.role == "total" or (other.period is not None
                                          and other.period == part.period)
        return j if dated and holds_at(other.period, part.period, doc.as_of) else None
    return None


def _whole_like(whole: Frame, part: Frame) -> bool:
    """A level or total that can be a whole of the part's measure."""
    c = whole.claim
    if whole.role not in ("level", "total") or c.change or c.multiplier or c.high is not None:
        return False
    if c.bound not in ("exact", "approx") or whole.measure is None or part.measure is None:
        return False
    words = set(whole.measure.lower().replace("-", " ").split())
    return bool(words & set(part.measure.lower().replace("-", " ").split()))
