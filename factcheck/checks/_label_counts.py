"""Figures inside a part's label, for FC207: a count that scopes one item of a list ("18,750
visitors: 11,200 on the two weekend days and 7,550 on the weekdays"; "£9m: £5m for its
three depots and £4m for the rest") is part of that item's words, no item of the list.

Such a figure stands right after a part of the list (a figure of the whole's unit), behind
a scope word (factcheck.checks._figures.QUALIFIERS: "on", "in", "at", "across") and at
most one determiner, and nothing else; it counts a noun of its own, not what the whole
counts (factcheck.checks._wholes.same_thing); and the next item of the list is joined to
it ("and", a comma). The list is read without it, the part before it with its label.
"""

from __future__ import annotations

import re

from factcheck.checks import Document, _sums, _wholes
from factcheck.checks import _figures as fig

_DETERMINERS = frozenset({"the", "its", "their", "those", "these", "his", "her", "our"})
_ITEMS = 24  # the items a list is read for labels in: a bound that keeps a long sentence linear
_CLOSING = re.compile(r"\b(?:and|plus)$", re.IGNORECASE)  # "and": the list's last item
_SCOPE = re.compile(r"\s*([a-z]+)\s+(?:([a-z]+)\s+)?$", re.IGNORECASE)  # " on the "


def without_labels(doc: Document, group: tuple[int, ...], k: int
                   ) -> tuple[tuple[int, ...], list[int]]:
    """(group without the figures in a part's label after group[k], those figures)."""
    head = doc.claims[group[k]]
    dropped: list[int] = []
    for n in range(k + 2, min(len(group) - 1, k + _ITEMS)):  # up to its closing "and"
        before, j, after = group[n - 1], group[n], group[n + 1]
        gap = doc.text[doc.claims[before].end : doc.claims[j].start].strip()
        if before in dropped:  # the gap from a label to its next item joins them
            if _CLOSING.search(gap):
                break
            continue
        label = doc.claims[j]
        if _in_label(doc, head.unit, before, j, after) and not (
                label.unit == head.unit and _wholes.same_thing(head, label)):
            dropped.append(j)  # "11,200 on Friday, 900 in ...": a count of the whole's
            continue           # thing is an item
        if not _sums.joins(gap) or _CLOSING.search(gap):
            break  # the list ends here, as factcheck.checks._sums.listed reads it
    if not dropped:
        return group, dropped
    return tuple(i for i in group if i not in dropped), dropped


def _in_label(doc: Document, unit: str, before: int, j: int, after: int) -> bool:
    """Whether figure j is in the label of part `before`: the part of the whole's unit, a
    scope word and a determiner between them, a noun of j's own, and `after` joined to j."""
    part, label = doc.claims[before], doc.claims[j]
    if part.unit != unit or not label.noun:
        return False
    scope = _SCOPE.fullmatch(doc.text, part.end, label.start)
    if scope is None or scope.group(1).lower() not in fig.QUALIFIERS:
        return False
    if scope.group(2) and scope.group(2).lower() not in _DETERMINERS:
        return False
    gap = doc.text[label.end : doc.claims[after].start].strip()
    return _sums.joins(gap)
