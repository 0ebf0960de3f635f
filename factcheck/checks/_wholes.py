"""Parts and their wholes read from the words that tie two figures, where the frames read
the part as a level: a pronoun that points back ("53 of them", "of whom 150", "Of these,
1,020", "$2.9 million of that"), a verb of inclusion ("650 hectares include 720
hectares"), and a whole that opens its sentence ("Of the 52,600 votes cast, the winner
received 61,300"). FC204 compares each pair; FC207 reads the pointing-back parts of a
total written in an earlier sentence.

The whole is always the one figure of the part's unit that the words can point to: the
only earlier figure of that unit in the part's sentence or, when there is none, the only
one in the sentence before in its paragraph. Two candidates and the pair is not read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.checks import Document
from factcheck.checks import _figures as fig
from factcheck.model import Claim

_AFTER = re.compile(r"\s+(?:out\s+)?of\s+([a-z]+)\b", re.IGNORECASE)
_BEFORE = re.compile(r"\bof\s+([a-z]+)\s*,?\s*$", re.IGNORECASE)
_OPENING = re.compile(r"^\W*of\s+(?:the|those|these|its|their|a\s+total\s+of)\s*$",
                      re.IGNORECASE)
_NEXT_WORD = re.compile(r"\s*([a-z]+)", re.IGNORECASE)
MAX_BEFORE = 8  # figures before a part in its sentence; more and no whole is read
NOT_WHOLE = frozenset({"share", "rate", "age", "duration", "conversion"})


def pairs(doc: Document) -> Iterator[tuple[int, int]]:
    """(part, whole) indices into doc.claims, one pair per part at most."""
    for i in range(len(doc.claims)):
        j = back_whole(doc, i)
        if j is None:
            j = _included_in(doc, i)
        if j is None:
            j = _opened_by(doc, i)
        if j is not None:
            yield i, j


def percent_parts(doc: Document) -> Iterator[tuple[int, int]]:
    """(part, whole) for a percentage singled out of a share before it in its sentence:
    "38% of the country's electricity, with wind alone providing 44%" (words.tsv,
    class "alone": "alone", "of which", "including" in the words just before it)."""
    for i, c in enumerate(doc.claims):
        if c.unit != "percent" or c.change or c.high is not None:
            continue
        after = _NEXT_WORD.match(doc.text, c.end)
        if after is not None and after.group(1).lower() in fig.QUALIFIERS | {"of"}:
            continue  # "including 55% in the north": a whole of its own
        start = max(doc.contexts[i].sentence[0], c.start - 30)
        words = fig.WORDS.findall(doc.text, start, c.start)
        if not any(w.lower() in fig.words("alone") for w in words):
            continue
        k, n = _place(doc, i)
        shares = [j for j in doc.groups[k][:n] if n <= MAX_BEFORE
                  and doc.frames[j].role == "share" and doc.claims[j].unit == "percent"]
        if len(shares) == 1:
            yield i, shares[0]


def points_back(doc: Document, i: int) -> bool:
    """Whether claim i is tied to an earlier whole by "of them", "of whom" and the like."""
    c = doc.claims[i]
    start = max(doc.contexts[i].sentence[0], c.start - 20)
    after = _AFTER.match(doc.text, c.end)
    before = _BEFORE.search(doc.text[start : c.start])
    return any(m is not None and m.group(1).lower() in fig.words("back")
               for m in (after, before))


def back_whole(doc: Document, i: int) -> int | None:
    """The whole of a part that points back: the only earlier figure of its unit in its
    sentence, else the only one in the sentence before (same paragraph), else None."""
    if not points_back(doc, i) or _place(doc, i)[1] > MAX_BEFORE:
        return None
    found = candidates(doc, i) or [j for j in _sentence_before(doc, i)
                                   if _can_be_whole(doc, j, doc.claims[i])]
    if len(found) != 1:
        return None
    counted = doc.frames[i].measure is not None  # the parse agrees the part names a noun
    return found[0] if not counted or same_thing(doc.claims[found[0]], doc.claims[i]) else None


def _place(doc: Document, i: int) -> tuple[int, int]:
    """Claim i's sentence (an index into doc.groups) and its place in it (computed once
    per document)."""
    if "wholes_place" not in doc.memo:
        doc.memo["wholes_place"] = {i: (k, n) for k, group in enumerate(doc.groups)
                                    for n, i in enumerate(group)}
    place: tuple[int, int] = doc.memo["wholes_place"][i]
    return place


def candidates(doc: Document, i: int) -> list[int]:
    """The figures before claim i in its sentence that can be its whole; none when more
    than MAX_BEFORE figures stand before it (a list too long to point into)."""
    k, n = _place(doc, i)
    if n > MAX_BEFORE:
        return []
    return [j for j in doc.groups[k][:n] if _can_be_whole(doc, j, doc.claims[i])]


def _included_in(doc: Document, i: int) -> int | None:
    """The whole of "W ... include(s) P": the only earlier figure of P's unit in its
    sentence, when P counts the same thing (or names nothing)."""
    c = doc.claims[i]
    start = max(doc.contexts[i].sentence[0], c.start - 40)
    lead = doc.text[start : c.start].rstrip(" ,;:\"'(\n\t").rsplit(None, 1)
    if not lead or lead[-1].lower() not in fig.words("include"):
        return None
    found = candidates(doc, i)
    if len(found) != 1 or not same_thing(doc.claims[found[0]], c):
        return None
    return found[0]


def _opened_by(doc: Document, i: int) -> int | None:
    """The whole of "Of the W ..., P": W opens its sentence, and P is the first figure of
    its unit after the comma that closes W's phrase."""
    sentence = doc.contexts[i].sentence
    k, n = _place(doc, i)
    j = doc.groups[k][0]
    w = doc.claims[j]
    if n == 0 or n > MAX_BEFORE or not _OPENING.match(doc.text[sentence[0] : w.start]):
        return None
    if candidates(doc, i) != [j]:
        return None
    comma = doc.text.find(",", w.end, doc.claims[i].start)
    if comma == -1 or any(doc.claims[k].unit == w.unit for k in range(j + 1, i)):
        return None
    return j if same_thing(w, doc.claims[i]) else None


def _sentence_before(doc: Document, i: int) -> list[int]:
    """The claims of the sentence before claim i's, in its paragraph."""
    k = _place(doc, i)[0]
    if k == 0:
        return []
    before = doc.groups[k - 1]
    if "\n\n" in doc.text[doc.contexts[before[-1]].sentence[1] : doc.contexts[i].sentence[0]]:
        return []
    return list(before) if len(before) <= MAX_BEFORE else []


def _can_be_whole(doc: Document, j: int, part: Claim) -> bool:
    w = doc.claims[j]
    return (w.unit == part.unit and doc.frames[j].role not in NOT_WHOLE
            and not w.multiplier and w.high is None)


def same_thing(whole: Claim, part: Claim) -> bool:
    """Whether a part can count what its whole counts: any unit but a plain count, or a
    count whose noun is unstated or shares a word with the whole's."""
    if whole.unit or part.noun is None or whole.noun is None:
        return True
    stems = {w.rstrip("s") for w in whole.noun.lower().split()}
    return any(w.rstrip("s") in stems for w in part.noun.lower().split())
