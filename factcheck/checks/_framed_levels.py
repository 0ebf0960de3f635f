"""A stated change's levels named by its frame, read within its sentence.

The frame (factcheck.frames) may name one of a change's levels, its "before" or "after"
relation; the other then stands apart in the sentence, found among the figures that share
a word of measure with the change or that level: "closed at 5,120 on Monday, up 2.9% from
4,800", "a 3 percent cut in the 8.5 percent rate, bringing it to 5.5 percent". Returns
the two levels as (level before, level after), indices into doc.claims, or None;
factcheck.checks._changes makes them a ChangeStatement.
"""

from __future__ import annotations

import re

from factcheck.checks import Document, _measures
from factcheck.checks._absolute_statement import in_unit
from factcheck.checks._change_ends import (
    fits,
    is_change,
    measure_words,
    plain_levels,
    points_for_percent,
    restated_level,
    same_unit,
)
from factcheck.model import Claim

_ON_BASE = re.compile(r"\s+on\s+(?:the|(?:[A-Za-z]+\s+)?[A-Za-z]+['’]s)\s+")  # "on the ",
# "on last year's "
_YEAR = re.compile(r"\d{4}")


def _on_base(doc: Document, group: tuple[int, ...], i: int) -> tuple[int, ...]:
    """The level a change is measured "on", right after it ("down by two-thirds on the
    98 mm", "up 31% on September's 1,550"), as its level before when the frame names none
    (a "by" between the change word and its figure may hide the link from the parse):
    (index,) or (). Not a year ("on the 2022 figure")."""
    k = group.index(i)
    if k + 1 >= len(group):
        return ()
    j = group[k + 1]
    c = doc.claims[j]
    if (is_change(c) or c.high is not None or _YEAR.fullmatch(c.text)
            or not _ON_BASE.fullmatch(doc.text, doc.claims[i].end, c.start)):
        return ()
    return (j,)


def framed_levels(doc: Document, group: tuple[int, ...], i: int) -> tuple[int, int] | None:
    """A change whose frame names one of its levels, the other standing apart in its
    sentence: with the level before named ("up 2.9% from 4,800"), the level after is the
    nearest level (or rate, "$260 a tonne") before the change that shares a word of
    measure with it ("closed at 5,120 on Monday, up 2.9% from 4,800"), unless another
    level before the change fits it where that one does not (_fitting_after); with the level
    after named ("bringing it to 5.5 percent"), the level before is the one figure of
    its measure before that level ("a 3 percent cut in the 8.5 percent rate"); a level
    right after the change behind "on the" is its level before (_on_base); with
    neither named, the one level of its measure on each side of it, the later one "at" or
    "to" (_either_side: "cut its savings rate of 4.5% by 1.2%, leaving it at 3.3%")."""
    frame = doc.frames[i]
    named_before = frame.relations.get("before", ()) or _on_base(doc, group, i)
    named_after = frame.relations.get("after", ())
    if named_before and named_after:
        b, a = named_before[0], named_after[0]
        if frame.measure and not _shares_measure(doc, i, b, a):
            return None  # levels of another measure ("monthly shipments rose 20%" beside
            # the year's imports): the parse linked the wrong figures
    elif named_before:
        b = named_before[0]
        near = _measured_like(doc, group, i, b, frame.measure)
        earlier = [j for j in near if j < i]
        if not earlier:
            return None
        fitting = _fitting_after(doc, group, i, b, earlier[-1])
        if fitting is None:
            return None
        a = fitting
    elif named_after:
        a = named_after[0]
        near = [j for j in _measured_like(doc, group, i, a, frame.measure) if j < a]
        if len(near) != 1 or _another_change_owns(doc, group, i, near[0], a):
            return None
        b = near[0]
    else:
        ends = _either_side(doc, group, i, frame.measure)
        if ends is None:
            return None
        b, a = ends
    old, new = doc.claims[b], doc.claims[a]
    if not plain_levels(old, new):
        return None
    if not (same_unit(old, in_unit(new, old.unit)) or _unit_once(old, new)
            or _unit_once(new, old)):  # "from 900 metres to 1.2 km": one unit by pint
        return None
    return b, a


_AT_OR_TO = re.compile(r"\b(?:at|to)\s+$", re.IGNORECASE)


def _either_side(doc: Document, group: tuple[int, ...], i: int, measure: str | None
                 ) -> tuple[int, int] | None:
    """(level before, level after) of change i whose frame names neither: "trimmed its
    savings rate of 4.5% by 1.2%, leaving it at 3.3%", "lifted the £80 standing charge by
    a fifth, to £96". The one level of the change's measure (a word of it in common) before
    the change and the one after it in its sentence, the later one right after "at" or
    "to" (where a change takes its level), no other change between them, going the
    change's way within a factor of ten of it (_change_ends.fits: words link neither to
    it, so a pairing that far off is of other things), or, between two percentages, their
    difference in points (a percent written for points, FC302's)."""
    words = measure_words(measure)
    if not words:
        return None
    near = [j for j in group if j != i and doc.frames[j].role in ("level", "rate")
            and words & measure_words(doc.frames[j].measure) and not benchmark(doc, i, j)]
    earlier, later = [j for j in near if j < i], [j for j in near if j > i]
    if len(earlier) != 1 or len(later) != 1:
        return None
    b, a = earlier[0], later[0]
    start = doc.contexts[i].sentence[0]
    if not _AT_OR_TO.search(doc.text, max(start, doc.claims[a].start - 8), doc.claims[a].start):
        return None
    if any(j != i and is_change(doc.claims[j]) for j in group if b < j < a):
        return None
    old, new, change = doc.claims[b], doc.claims[a], doc.claims[i]
    if points_for_percent(change, old, new) or fits(change, old.value, new.value):
        return b, a
    return None


def _fitting_after(doc: Document, group: tuple[int, ...], i: int, b: int, nearest: int
                   ) -> int | None:
    """The level after of change i from level before b: the nearest level of its measure
    before the change, unless that may be a figure of another thing whose measure the
    parse lent the change ("landed 8,400 salmon on the river's 35 beats, a rise of 12%
    from 7,500"): then the one level before the change that fits it
    (_change_ends.restated_level), or None."""
    earlier = [j for j in group if j < i]
    index = {id(doc.claims[j]): j for j in earlier}
    found = restated_level(doc.claims[i], doc.claims[b], doc.claims[nearest],
                           [doc.claims[j] for j in earlier])
    return None if found is None else index[id(found)]


def _another_change_owns(doc: Document, group: tuple[int, ...], i: int, b: int, a: int
                         ) -> bool:
    """Is level b another change's ("the first index fell 0.2% to 2,410, while the second
    rose 0.4% to 1,120": 2,410 ends the fall, it is no base of the rise)? So when the figure
    just before b is a change other than i, or another change stands between b and a."""
    k = group.index(b)
    if k > 0 and group[k - 1] != i and is_change(doc.claims[group[k - 1]]):
        return True
    return any(j != i and is_change(doc.claims[j]) for j in group if b < j < a)


def _measured_like(doc: Document, group: tuple[int, ...], i: int, known: int,
                   measure: str | None) -> list[int]:
    """The levels and rates of the sentence, other than the change i and its known
    level, that share a word of measure with the change or that level; when neither
    names a measure ("The All-Share closed at 5,340, up 4.8% from 5,210"), those of the
    change's subject in the known level's unit that name no measure either."""
    words = measure_words(measure) | measure_words(doc.frames[known].measure)
    levels = [j for j in group if j not in (i, known)
              and doc.frames[j].role in ("level", "rate") and not benchmark(doc, i, j)]
    if words:
        return [j for j in levels if words & measure_words(doc.frames[j].measure)]
    subject = doc.frames[i].subject
    return [j for j in levels if subject is not None and doc.frames[j].measure is None
            and doc.frames[j].subject == subject == doc.frames[known].subject
            and doc.claims[j].unit == doc.claims[known].unit]


def benchmark(doc: Document, i: int, j: int) -> bool:
    """Is figure j a level something is measured against (a target, threshold or forecast:
    frames.relations "compared", factcheck.frames.benchmark) rather than one of change i's
    own "from"/"to" ends? Such a figure is never a level of the change: "short of the 75%
    target and down from 71.4%, a fall of 2.5 points" changes from 71.4% to the level
    the sentence opened with, not to 75%."""
    if not doc.frames or "compared" not in doc.frames[j].relations:
        return False
    own = doc.frames[i].relations
    return j not in own.get("before", ()) and j not in own.get("after", ())


def _shares_measure(doc: Document, i: int, *levels: int) -> bool:
    """Does the change's measure share a word with the measure of each of its levels
    that names one, or name one measure with it (factcheck.checks._measures)? (A level
    without a measure, "from 7.2 tonnes a hectare", does not say it is another's.)"""
    said = measure_words(doc.frames[i].measure)
    named = [j for j in levels if doc.frames[j].measure]
    return bool(named) and all(said & measure_words(doc.frames[j].measure)
                               or _measures.same(doc.frames[i].measure, doc.frames[j].measure)
                               for j in named)


def _unit_once(a: Claim, b: Claim) -> bool:
    """Whether b's unit is a's rate written once ("from 7.2 tonnes a hectare to 5.4
    tonnes"): b's unit is the rate's numerator."""
    return bool(b.unit) and a.unit.split(" / ")[0] == b.unit and " / " in a.unit
