"""A thing written with its size and a list of what it holds, closed by the rest, for
FC207: "The 65-seat assembly now has 31 Labour members, 22 Conservatives and 17 others";
"a nine-member board that includes four Democrats, three Republicans and two others".

The whole is a figure fused to its noun by a hyphen ("65-seat", "48-strong",
"600-hectare": the size of the thing that noun qualifies); the parts are the list
(factcheck.checks._sums.listed) that opens after it in its sentence, past a verb of having
or of division (words.tsv, classes "has", "include", "split") and no other figure. The
list is read only when its last part is the rest (its noun or the word before it of
words.tsv class "rest": "17 others", "the other 40"), which says the list divides the
whole; a list without it may count groups that overlap ("22 women and 25 new members"),
and is not read. Parts are levels of the whole's unit that can be added.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.checks import Document, _sums
from factcheck.checks import _figures as fig

_GAP = 60  # characters between the sized thing and its first part
_FUSED = re.compile(r"\S+-[A-Za-z]+")  # "65-seat", "nine-member": one token with its noun


def owned_lists(doc: Document) -> Iterator[tuple[int, list[int], bool]]:
    """(whole, parts, complete) claim indices for each sized thing and the list it holds
    (module docstring): complete, since its last part is the rest."""
    for group in doc.groups:
        for k, w in enumerate(group[:-2]):
            whole = doc.claims[w]
            if not (_FUSED.fullmatch(whole.text) and _sums.addable(doc.frames[w])):
                continue
            if not _holds(doc.text[whole.end : doc.claims[group[k + 1]].start]):
                continue
            parts = _sums.listed(doc, group[k + 1 :])
            if (len(parts) >= 2 and _is_rest(doc, parts[-1])
                    and all(_term(doc, w, i) for i in parts)
                    and not _sums.unread(doc, [w, *parts])):
                yield w, parts, True


def _holds(gap: str) -> bool:
    """Whether the words between the sized thing and the first part say it holds what
    follows: a verb of having or of division, no stop or bracket between."""
    if len(gap) > _GAP or any(c in gap for c in ".;:()"):
        return False
    verbs = fig.words("has") | fig.words("include") | fig.words("split")
    return any(w.lower() in verbs for w in fig.WORDS.findall(gap))


def _is_rest(doc: Document, i: int) -> bool:
    """Whether a part is the rest of the whole: "17 others", "the other 40", "the
    remaining 12" (words.tsv, class "rest")."""
    claim = doc.claims[i]
    noun = (claim.noun or "").lower().split()
    before = fig.WORDS.findall(doc.text[max(0, claim.start - 12) : claim.start])
    words = ([noun[-1].removesuffix("s")] if noun else []) + [w.lower() for w in before[-1:]]
    return any(w in fig.words("rest") for w in words)


def _term(doc: Document, whole: int, i: int) -> bool:
    """Whether a part can be a term of the whole's sum: a level of its unit that can be
    added, and no part of another figure."""
    frame = doc.frames[i]
    return (_sums.addable(frame) and frame.claim.unit == doc.claims[whole].unit
            and not frame.relations.get("whole"))
