"""A change and two levels its sentence sets against each other, for FC203: "membership
stands at 640, compared with 815 a decade ago, a drop of 30%"; "Down 30% on the year,
shipments reached 412,000 tonnes, against 505,000 tonnes a year earlier".

Two plain levels of one unit written "A against B" ("compared with", "versus") state A as
the level now and B as the level it is measured from. When they are the only two levels of
that unit in the sentence and the change is its only change, they are the change's ends,
wherever the change stands; as with every pairing the words do not tie to the change
itself, the change must go their way and lie within a factor of ten of theirs
(factcheck.checks._levels_before.plausible) or, between percentages, be their difference
in points (FC302's: "grew by 4%, reaching 11% against 7%"), and not a level of another
place or group ("against 3.9% in France"), nor an expected figure: a level B followed,
before any punctuation, by a word that marks it as no fact stated (story.tsv, class
"unstated": "compared with 48,000 expected", "against 2.1% forecast") is a forecast or a
target the change is measured against, not its level before (expected).
"""

from __future__ import annotations

import re
from datetime import date
from itertools import pairwise

from factcheck.checks import Document
from factcheck.checks import _figures as fig
from factcheck.checks._change_ends import (
    is_change,
    plain_levels,
    points_for_percent,
    same_unit,
)
from factcheck.checks._levels_before import plausible
from factcheck.checks._story import story_words
from factcheck.model import Claim
from factcheck.units import is_currency

_SET_AGAINST = re.compile(r"\s*,?\s*(?:against|compared\s+(?:with|to)|versus|vs\.?)\s+",
                          re.IGNORECASE)
_ELSEWHERE = re.compile(r"\s+(?:in|for|among|at|across)\s+(?:the\s+)?[A-Z]")
_QUALIFIER = re.compile(r"(?:\s+[A-Za-z]+){1,4}")  # the words right after a figure, to a mark


def expected(text: str, level: Claim) -> bool:
    """Whether the level set against another is qualified, in the words right after it
    and before any punctuation, as expected, forecast, targeted or needed (story.tsv,
    class "unstated"): "compared with 48,000 expected" is no level before."""
    after = _QUALIFIER.match(text, level.end)
    stretch = text[level.start : after.end() if after else level.end]  # the noun read with
    # the figure counts too ("900,000 forecast")
    return bool(story_words("unstated") & {w.lower() for w in fig.WORDS.findall(stretch)})


def set_against(doc: Document, group: tuple[int, ...], i: int) -> tuple[int, int] | None:
    """(level before, level after), indices into doc.claims, for the change i of the
    sentence whose claims are group, or None."""
    if sum(1 for j in group if is_change(doc.claims[j])) != 1:
        return None
    found = _set_pair(doc, [j for j in group if j != i])
    if found is None:
        return None
    before, after = found
    new, old = doc.claims[after], doc.claims[before]
    if not (plausible(doc.claims[i], old.value, new.value)
            or points_for_percent(doc.claims[i], old, new)):
        return None  # levels of other things, unless the percent is their points (FC302)
    return before, after


def set_against_next(doc: Document, g: int, i: int) -> tuple[int, int] | None:
    """(level before, level after) for a relative change i that its own sentence (group g)
    gives no level, from the sentence right after in its paragraph when that sentence
    states no change and sets exactly two levels against each other ("Ridership grew by a
    quarter last year. Buses carried 6.3 million passengers, compared with 5.9 million
    the year before"): as set_against, the only two of their unit there, the change their way
    within a factor of ten, the level before not dated to the change's own period."""
    change = doc.claims[i]
    if change.unit not in ("percent", "") or (change.unit == "" and not change.multiplier):
        return None  # a change in a unit is an absolute one: factcheck.checks._absolute
    if g + 1 >= len(doc.groups) or any(doc.frames[j].role in ("level", "rate", "total")
                                       for j in doc.groups[g] if j != i):
        return None
    nxt = doc.groups[g + 1]
    if "\n\n" in doc.text[change.end : doc.claims[nxt[0]].start] or any(
            doc.claims[j].change is not None for j in nxt):
        return None
    found = _set_pair(doc, list(nxt))
    if found is None:
        return None
    before, after = found
    new, old = doc.claims[after], doc.claims[before]
    dated, own = doc.frames[before].period, doc.frames[i].period
    if dated is not None and dated == own:
        return None  # the change's own time is no level before
    if dated is not None and own is not None and not _same_length(dated, own):
        return None  # "rose 3% in October ... against £1.10 in 2019": another span's base
    if not (plausible(change, old.value, new.value) or points_for_percent(change, old, new)):
        return None
    return before, after


def _set_pair(doc: Document, members: list[int]) -> tuple[int, int] | None:
    """(level before, level after): the one pair of adjacent figures among members written
    "A against B" ("compared with", "versus"), plain levels of one unit, B of no other
    place or group and no forecast, and no third figure of that unit among members (which
    two are the ends would be unclear); else None."""
    pairs = [(a, b) for a, b in pairwise(members) if _SET_AGAINST.fullmatch(
        doc.text, doc.claims[a].end, doc.claims[b].start)]
    if len(pairs) != 1:
        return None
    after, before = pairs[0]
    new, old = doc.claims[after], doc.claims[before]
    if not (plain_levels(old, new) and same_unit(old, new)) or _ELSEWHERE.match(
            doc.text, old.end) or expected(doc.text, old):
        return None
    if any(doc.claims[j].unit == new.unit for j in members if j not in (after, before)):
        return None
    return before, after


def money_of_another_measure(doc: Document, i: int, before: int, after: int) -> bool:
    """True when change i's two levels, both paired with it from another sentence, are money
    the frames give one measure of their own, not the change's ("Sales rose 12% this
    year. Profit was £4m, against £3m a year ago": sales and profit are different sums of
    one firm). Levels the frames measure apart ("A tenant paid £700 ... the flat now lets
    for £910") or counts named by another noun ("Footfall rose 30%. Shoppers made 2.1
    million visits") stay paired."""
    change, old, new = (doc.frames[k].measure for k in (i, before, after))
    return (is_currency(doc.claims[after].unit) and change is not None and old is not None
            and old == new and new != change and doc.contexts[i].sentence not in (
                doc.contexts[before].sentence, doc.contexts[after].sentence))


def _same_length(a: tuple[date, date], b: tuple[date, date]) -> bool:
    """Two periods of one length (a year and a year, a month and a month), give or take
    the days months and leap years differ by."""
    return abs((a[1] - a[0]).days - (b[1] - b[0]).days) <= 3
