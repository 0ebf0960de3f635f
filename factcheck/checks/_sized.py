"""A whole, the count of its parts, then the parts, for FC207: "The £250,000 fund is split
three ways: £160,000 ..., £90,000 ... and £55,000 ..."; "The 26-mile walk is run in three
stages of 11, 14 and 12 miles". Read from the figures alone: a plain count n whose next
figures are a list (factcheck.checks._sums.listed) of exactly n figures of one unit says
how many parts there are, so it is no part itself, and the list's whole is the nearest
figure of that unit before the count in its sentence.

The list may be a part of the whole only ("three climbs of 2, 3 and 4 miles" on a
26-mile route), so a sum below the whole says nothing unless a colon or a word that
divides the whole (words.tsv, class "split") stands between the whole and the list, or
the count follows the whole with only a word of extent between ("42 km in three legs of
12, 14 and 9 km": factcheck.checks._days); a word that divides the whole makes the parts
its own whatever noun they carry ("48 entrants were split into three heats of 17, 15 and 12
runners"). A verb of having says nothing of completeness ("The 26-mile route has three
climbs of 2, 3 and 4 miles", "the 60 m² flat has three rooms of ...": the rest of the route
and the hall are not named), so "the 42-km relay has three legs of ..." is not read; a sum
above it is wrong either way. Not read: a count that names the whole's own thing ("a
26-mile run after three runs of 11, 14 and 12 miles": peers, not parts), shares in
percent (FC205's business), a whole or a part that cannot be added (a change, a range, a
bound), and a count that is itself the list's first item: joined to the next figure by a
list separator, that figure counting a thing of its own ("is made up of 3 goalkeepers,
8 defenders and 9 midfielders": 3 is a part, not the list's size).
"""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.checks import Document, _days, _sums, _wholes
from factcheck.checks import _figures as fig
from factcheck.model import Claim

MOST = 9  # the largest count of parts read: a longer list is written without its size
_GAP = 40  # characters between the count and its first part


def sized_lists(doc: Document) -> Iterator[tuple[int, list[int], bool]]:
    """(whole, parts, complete) claim indices for each sized list (module docstring)."""
    for group in doc.groups:
        for n in range(1, len(group) - 2):
            found = _sized(doc, group, n)
            if found is not None:
                yield found


def _sized(doc: Document, group: tuple[int, ...], n: int) -> tuple[int, list[int], bool] | None:
    """The whole and parts around the count group[n], if it sizes the list after it."""
    size = doc.claims[group[n]]
    if not _is_size(size):
        return None
    parts = _sums.listed(doc, group[n + 1 : n + 2 + MOST])  # bounded: linear in the text
    first = doc.claims[parts[0]]
    gap = doc.text[size.end : first.start]
    if len(parts) != int(size.value) or len(gap) > _GAP or _sums.DIGIT.search(gap):
        return None
    if _sums.joins(gap) and first.noun is not None:
        return None  # "made up of 3 mayors, 9 aldermen and 8 clerks": the count is an item
    unit = doc.claims[parts[-1]].unit
    if unit == "percent" or not all(_addable(doc, i, unit) for i in parts):
        return None
    before = [j for j in group[max(0, n - MOST) : n] if doc.claims[j].unit == unit]
    if not before or not _addable(doc, before[-1], unit):
        return None
    whole = doc.claims[before[-1]]
    between = doc.text[whole.end : first.start]
    words = {w.lower() for w in fig.WORDS.findall(between)}
    split = bool((words | {w[:-1] for w in words}) & fig.words("split"))
    if (_names_whole(doc, before[-1], size) or _sums.unread(doc, [before[-1], group[n]])
            or not (split or all(_wholes.same_thing(whole, doc.claims[i])
                                 or doc.claims[i].noun == size.noun for i in parts))):
        return None  # "90 pupils ... in three rooms, of 35, 30 and 40 desks": other things
    # a word that divides the whole makes the parts its own, whatever they are called
    # ("The 48 entrants were split into three heats of 17, 15 and 12 runners")
    complete = ":" in between or split
    complete = complete or _days.OVER.fullmatch(doc.text, whole.end, size.start) is not None
    # "covers 42 km in three legs of 12 km, ...": the whole is run in the parts it counts
    return before[-1], parts, complete


def _is_size(c: Claim) -> bool:
    """A plain count of two to MOST things, stated exactly, that names what it counts."""
    return (c.unit == "" and c.noun is not None and c.bound == "exact" and not c.change
            and not c.multiplier and c.high is None and c.value == int(c.value)
            and 2 <= c.value <= MOST)


def _addable(doc: Document, i: int, unit: str) -> bool:
    """A figure of the list's unit (a bare figure borrows it) that can be a term of a sum."""
    c = doc.claims[i]
    return (c.unit in (unit, "") and not _sums.cannot_add(c)
            and doc.frames[i].role not in ("share", "rate", "age", "change"))


def _names_whole(doc: Document, j: int, size: Claim) -> bool:
    """Whether the count names the whole's own thing ("a 26-mile run ... three runs"): the
    count's noun shares a word, singular or plural, with the whole's noun or measure."""
    whole = doc.claims[j]
    measure = (doc.frames[j].measure or "").lower().replace("-", " ").split()[-1:]
    named = [*(whole.noun or "").lower().replace("-", " ").split(), *measure]
    return bool({w.rstrip("s") for w in named}
                & {w.rstrip("s") for w in (size.noun or "").lower().split()})


def is_size(doc: Document, head: int, parts: list[int]) -> bool:
    """Whether the figure before a list is the list's size, not its total ("three tiers:
    520 seats ..., 430 ... and 390 ...")."""
    c = doc.claims[head]
    return _is_size(c) and int(c.value) == len(parts)
