"""A change in percent and two percentage levels of its measure, wherever they stand.

FC302's sentence reading (factcheck.checks._changes) finds the levels of a change by the
words around it. Written naturally, the old and new rates often stand in another
sentence or clause ("The rate fell from 5.9% to 4.7% this year. That drop of 1.2% ...";
"Turnout rose by 7% to 61%. At the last vote it was 54%"). Here they are found by their
frames instead: the percentage levels of the change's sentence and of the sentences
next to it in its paragraph whose subject and measure do not differ from the change's,
ordered as the change's frame names them ("fell 6%, to 38%": its "after"), else by
their periods (the earlier is the level before), else by the text.

Only a pair whose difference in points is the stated change (within the change's band)
counts: that coincidence is what ties a change to levels found by no words, so a change
that may be relative to them, or points to no pair, says nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from factcheck.checks import Document, _measures
from factcheck.checks import _figures as fig
from factcheck.model import Claim, Frame

_PERCENT_SIGN = re.compile(r"%|per\s*cent", re.IGNORECASE)
REACH = 1  # sentences before and after the change's that may hold its levels
MOST = 24  # figures in those sentences beyond which they are a list, not a story: not read
# (and each change costs a bounded scan: the check stays linear in a long sentence)


@dataclass(frozen=True)
class RatePair:
    """A change (index into doc.claims) and its level before and after (indices)."""

    change: int
    before: int
    after: int


def rate_pairs(doc: Document, skip: set[int]) -> Iterator[RatePair]:
    """For each percent change not in skip (indices of changes read already), the one
    pair of percentage levels near it, of its subject and measure, whose difference in
    points equals the change in the direction it states."""
    if not doc.frames:
        return
    for g, group in enumerate(doc.groups):
        for i in group:
            if i in skip or not _percent_change(doc.claims[i]):
                continue
            levels = [j for j in near(doc, g) if j != i and _fits(doc, i, j)]
            found = [p for p in _pairs(doc, i, levels) if _is_points(doc, p)]
            if len(found) == 1:
                yield found[0]


def _percent_change(c: Claim) -> bool:
    return (c.change is not None and c.unit == "percent" and not c.multiplier
            and c.high is None and _PERCENT_SIGN.search(c.text) is not None)


def _level(c: Claim) -> bool:
    return (c.change is None and c.unit == "percent" and not c.multiplier and c.high is None
            and c.bound in ("exact", "approx") and _PERCENT_SIGN.search(c.text) is not None)


def near(doc: Document, g: int) -> Iterator[int]:
    """The claims of sentence g and of the REACH sentences either side in its paragraph;
    none when they hold more than MOST."""
    lo, hi = max(0, g - REACH), min(len(doc.groups), g + REACH + 1)
    if sum(len(doc.groups[k]) for k in range(lo, hi)) > MOST:
        return
    here = doc.contexts[doc.groups[g][0]].sentence
    for k in range(lo, hi):
        there = doc.contexts[doc.groups[k][0]].sentence
        between = doc.text[min(here[1], there[1]) : max(here[0], there[0])]
        if "\n\n" not in between:
            yield from doc.groups[k]


def _fits(doc: Document, i: int, j: int) -> bool:
    """A percentage level whose frame does not name another subject or measure than the
    change's."""
    return _level(doc.claims[j]) and agree(doc.frames[i], doc.frames[j])


def agree(a: Frame, b: Frame) -> bool:
    """Whether two frames may be of one thing: no two different subjects, no two measures
    that do not name one measure (an unnamed one, or one of words that name no thing,
    "the level", "the rate", says nothing against: names_thing): a word in common,
    or one reading of the measure (factcheck.checks._measures: "pay" and "salary",
    "unemployment" and "jobless rate")."""
    if a.subject is not None and b.subject is not None and not same_name(a.subject, b.subject):
        return False
    said_a, said_b = _words(a.measure), _words(b.measure)
    return (not (names_thing(said_a) and names_thing(said_b)) or bool(said_a & said_b)
            or _measures.meet(a, b))


def same_name(a: str, b: str) -> bool:
    """Whether two subjects name one entity: the same, or one the other's leading words, as a
    short name is ("Lorvik" for "Lorvik Mining"; not "Mining")."""
    short, full = sorted((a.split(), b.split()), key=len)
    return full[: len(short)] == short


def names_thing(words: set[str]) -> bool:
    """Whether a measure's words name a thing: not only words that name none ("level",
    "rate", "the figure", "total": words.tsv, classes "unnamed" and "figure", and the
    generic words of metric names), which a writer uses to refer back."""
    from factcheck.reference import metric  # not at import: `factcheck rule` loads no tables

    bare = fig.words("unnamed") | fig.words("figure") | metric.GENERIC
    return bool(words - bare)


def _words(measure: str | None) -> set[str]:
    return {w for w in (measure or "").lower().replace("-", " ").split() if len(w) > 1}


def _pairs(doc: Document, i: int, levels: list[int]) -> Iterator[RatePair]:
    """Each two levels of one thing as (before, after): the change's frame may name
    either ("fell 6%, to 38%": its "after"); else by their periods when both are dated
    and differ, else in the order of the text."""
    named = doc.frames[i].relations
    for n, a in enumerate(levels):
        for b in levels[n + 1 :]:
            if not agree(doc.frames[a], doc.frames[b]):
                continue
            pair = _ordered(doc, i, a, b)
            if all(getattr(pair, side) in named.get(side, (getattr(pair, side),))
                   for side in ("before", "after")) and in_order(doc, pair.before,
                                                                  pair.after):
                yield pair


def in_order(doc: Document, before: int, after: int) -> bool:
    """Whether the periods of the two levels, when both are dated, allow the first to
    come before the second ("was 6.2% in July. By June it had fallen ..., to 4.8%": the
    level the change names as its after is dated before the other)."""
    pa, pb = doc.frames[before].period, doc.frames[after].period
    return pa is None or pb is None or pa[0] <= pb[0]


def _ordered(doc: Document, i: int, a: int, b: int) -> RatePair:
    """Levels a < b as (before, after): the one the change's frame names (as its before
    or after), else by their periods when both are dated and differ, else by the text."""
    named = doc.frames[i].relations
    if b in named.get("after", ()) or a in named.get("before", ()):
        return RatePair(i, a, b)
    if a in named.get("after", ()) or b in named.get("before", ()):
        return RatePair(i, b, a)
    pa, pb = doc.frames[a].period, doc.frames[b].period
    if pa is not None and pb is not None and pa != pb:
        return RatePair(i, a, b) if pa < pb else RatePair(i, b, a)
    return RatePair(i, a, b)


def _is_points(doc: Document, p: RatePair) -> bool:
    """Whether the change is the difference of the levels in points, in its direction."""
    change = doc.claims[p.change]
    points = doc.claims[p.after].value - doc.claims[p.before].value
    rising = change.change == "increase"
    if points == 0 or (points > 0) != rising:
        return False
    return abs(abs(points) - change.value) <= change.precision
