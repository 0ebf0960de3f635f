"""A first part written with its whole, then the other parts under the same verb written
once, for FC207: "Labour won 22 of the 45 seats, the Greens 14 and independents 11";
"Reyes took 9,950 of the 18,400 ballots, Moss 7,100 and Ortiz 2,600".

No word is read but the list's joins: the frames make the first figure a part of the
figure right after it (its whole, "of the 45 seats"), and the figures listed after the
whole (factcheck.checks._sums.listed, joined to the whole by a comma or "and") have the
first part's clause verb (the parse gives the gapped clauses the verb written once), the
whole's unit, no change, period or relation of their own, and no whole after them. The
list may leave parts out (other parties, spoiled ballots), so it is never complete: only
parts above the whole are wrong.

The whole may instead be fronted by "Of" and come first, the first part the object of the
main clause's verb, after a subject of its own ("Of the 45 seats, Labour won 22, the Greens
14 and independents 11"; "Of its 60 trucks, the depot sent 35 north and the garage 31"):
the fronted phrase makes every figure of the clause under that verb a part of it, and the
later parts leave the verb out as before (factcheck.checks._list_opening.of_fronted; the
parse gives each gapped clause the verb written once).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.checks import Document, _sums
from factcheck.checks import _figures as fig
from factcheck.checks._list_opening import of_fronted

_OWN_WHOLE = frozenset({"of", "out"})  # a later figure with a whole of its own: "14 of 30"
_NEXT = re.compile(r"\s*([a-z]+)", re.IGNORECASE)
_FRONTED = re.compile(r"[^,.;:()\d]*,([^,.;:()\d]+)")  # " on the council, Labour won "


def gapped_parts(doc: Document) -> Iterator[tuple[int, list[int], bool]]:
    """(whole, parts, complete) claim indices for each such list (module docstring)."""
    for group in doc.groups:
        for n, first in enumerate(group[:-2]):
            whole = doc.frames[first].relations.get("whole", ())
            if whole != (group[n + 1],) or n + 2 >= len(group):
                continue
            w = whole[0]
            if not _counts_whole(doc, first, w):
                continue  # "four teams of 15, 14, 12 and 11": teams, not their members
            gap = doc.text[doc.claims[w].end : doc.claims[group[n + 2]].start]
            if not _sums.joins(gap):
                continue
            rest = _sums.listed(doc, group[n + 2 :])
            if rest and all(_gapped(doc, first, w, j) for j in rest):
                yield w, [first, *rest], False


def fronted_parts(doc: Document) -> Iterator[tuple[int, list[int], bool]]:
    """(whole, parts, False) for a whole fronted by "Of" and its parts under the main
    clause's verb, each after a holder of its own (module docstring)."""
    for group in doc.groups:
        for n, w in enumerate(group[:-2]):
            first = group[n + 1]
            gap = _FRONTED.fullmatch(doc.text, doc.claims[w].end, doc.claims[first].start)
            verb = doc.contexts[first].verb
            if gap is None or verb is None or not of_fronted(doc, w) or not (
                    gap.start(1) < verb < doc.claims[first].start):
                continue
            if not fig.WORDS.search(doc.text, gap.start(1), verb) or fig.written_noun(
                    doc.claims[first]) not in (None, doc.claims[w].noun):
                continue  # no subject before the verb, or a part counting a noun of its own
            rest = _sums.listed(doc, group[n + 2 :])
            if (len(rest) > 0 and _sums.joins(doc.text[doc.claims[first].end :
                                                     doc.claims[rest[0]].start])
                    and all(_held(doc, j) and _gapped(doc, first, w, j) for j in rest)):
                yield w, [first, *rest], False


def _held(doc: Document, j: int) -> bool:
    """Whether a later part stands after a holder of its own, words between the list's
    join and the figure ("the Greens 14"), as the first part's subject stands before it."""
    before = doc.text[doc.contexts[j].sentence[0] : doc.claims[j].start]
    cut = max(before.rfind(","), before.rfind(" and "))
    return cut >= 0 and fig.WORDS.search(before, cut + 4 if before[cut] == " " else cut + 1
                                         ) is not None


def _gapped(doc: Document, first: int, whole: int, j: int) -> bool:
    """Whether figure j is a part under the first part's verb, written once: the same
    clause verb, the whole's unit, a level with no period, change or relation of its own,
    and no whole named after it."""
    frame, c = doc.frames[j], doc.claims[j]
    verb = doc.contexts[first].verb
    if verb is None or doc.contexts[j].verb != verb or verb > doc.claims[first].start:
        return False
    after = _NEXT.match(doc.text, c.end)
    return (frame.role == "level" and not frame.relations and _sums.addable(frame)
            and c.unit == doc.claims[whole].unit == doc.claims[first].unit
            and not _sums.cannot_add(doc.claims[first])
            and frame.period in (None, doc.frames[first].period)
            and (after is None or after.group(1).lower() not in _OWN_WHOLE))


def _counts_whole(doc: Document, first: int, whole: int) -> bool:
    """Whether the first part counts what its whole counts, as the words write it: the
    whole writes its noun ("of the 45 seats") and the first part writes none of its own
    before the "of" ("22 of the 45 seats"; not "four teams of 15")."""
    part, w = doc.claims[first], doc.claims[whole]
    return (w.noun is not None and fig.written_noun(w) is not None
            and fig.written_noun(part) is None)
