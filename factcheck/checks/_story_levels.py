"""A change and the two levels of its subject and measure, wherever they stand, for FC203.

The sentence readings (factcheck.checks._changes, _absolute) find a change's levels by
the words that join them ("from", "to", "than"). Written naturally, the levels often
stand in the next sentence or clause, joined by no such word ("have doubled since 2020.
A tenant paid £640 a month then; the same flat now goes for £840"; "shortened the drive
by 14 miles. The trip used to be 61 miles; it is now 53"). Here they are found by their
frames: the plain levels (frame role level or rate) of the change's sentence and of the
sentences next to it in its paragraph (factcheck.checks._story_rates.near), in the unit
the change needs (its own for a change in a unit, any one unit but percent for a change
in percent or a multiplier; two percentages, written with their sign, for a change in
points: "was 8% in January and 6% in June, a drop of 4 points"), whose subject and
measure do not differ from the change's nor from each other's (_story_rates.agree). Only
when exactly two such levels stand there are they the change's ends (when the sentence
right before the change's holds one and no nearer one the other, the second sentence
before may hold it: "Profit reached £412m. A year earlier it had made £305m. The 53%
jump ..."): the one the change's frame names as its before or after, else the earlier by
their periods, else the one the change's direction makes the start (a rise starts from
the lower). Not read: a change that names a base of its own ("from a year earlier"; a
base word right before a figure, "from 31,000", introduces a level; "since 2019" that
the change's frame holds for is its span, whose start dates the level before), levels
that both stand in the change's sentence unless the frames date them to two periods
("tripled after the series aired, from 31,000 in 2023 to 47,000 last year": the sentence
readings link the others), a level before dated out of the change's reach ("fell 18%
last year ... In 2019 there were 1,873"). A bare number beside a level in a unit, in its
sentence ("used to be 61 miles; it is now 53"), is in that unit.

A change in percent restated in the level's unit with one level ("shed 142 points, or
1.1%, on Wednesday to close at 5,960") is factcheck.checks._restated; here it gets that
level when the frames link none: the one level of its unit in the sentence, after the
changes (a level before is written "from" and read by the sentence readings).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import timedelta
from itertools import pairwise

from factcheck.checks import Document
from factcheck.checks import _figures as fig
from factcheck.checks._absolute_statement import Absolute
from factcheck.checks._changes import ChangeStatement
from factcheck.checks._framed_levels import benchmark
from factcheck.checks._story_counts import goes_with, subject_levels
from factcheck.checks._story_rates import agree, in_order, near
from factcheck.frames.periods import periods
from factcheck.model import Claim, Frame

_YEAR_DAYS = 366
_SPAN_CHARS = 40  # "since the start of September 2024": the longest span phrase read
NEAR_CHARS = 2_000  # how far apart (in characters) two sentences' starts may be, at most
_RATIOS = ("percent", "percentage_point", "basis_point")


def story_changes(doc: Document, skip: set[int]) -> Iterator[ChangeStatement | Absolute]:
    """For each change not in skip (indices of changes read already), its statement with
    the two levels found by their frames: a ChangeStatement for a change in percent or a
    multiplier, an Absolute for a change in the levels' unit."""
    if not doc.frames:
        return
    for g, group in enumerate(doc.groups):
        for i in group:
            if i in skip or not _is_change(doc, i):
                continue
            if _names_base(doc, i):
                continue  # "up 40% from a year earlier": its base is a time of its own
            levels = [j for j in near(doc, g)
                      if j != i and _fits(doc, i, j) and not _taken(doc, i, j)]
            if len(levels) == 1 and levels[0] in doc.groups[g - 1]:
                levels = [*_before(doc, g, i), *levels]  # "... made £305m. The 53% jump"
            ends = _two(doc, i, levels)
            counted = False
            if ends is None:  # "Enrolment ... up a quarter. It had 320 pupils ...": its
                # subject's levels, counted under another noun (_story_counts)
                levels = [j for j in subject_levels(doc, g, i) if not _taken(doc, i, j)]
                ends, counted = _two(doc, i, levels, measured=False), True
            if ends is None or not _one_clause(doc, i, levels):
                continue
            first, last = _ordered(doc, i, levels, ends)
            if not (_reaches(doc, i, first) and in_order(doc, first, last)):
                continue
            old, new = ends[levels.index(first)], ends[levels.index(last)]
            change = doc.claims[i]
            if counted and not goes_with(change, old, new):
                continue
            if _relative(change):
                yield ChangeStatement(change, old, new, old.value, new.value)
            else:
                yield Absolute(change, old, new, change.change)


def _one_clause(doc: Document, i: int, levels: list[int]) -> bool:
    """Whether levels that both stand in change i's sentence, unlinked by the sentence
    readings, are its ends by their frames: dated to two different periods ("tripled
    after the series aired, from 31,000 in 2023 to 47,000 last year"), as a change's two
    ends are; not two levels of one time ("rose 12% to £4.1 million last year, while its
    airport shop took £2.6 million": another holder's). Levels in other sentences are
    read as before."""
    here = doc.contexts[i].sentence
    if any(doc.contexts[j].sentence != here for j in levels):
        return True
    periods = [doc.frames[j].period for j in levels]
    return None not in periods and periods[0] != periods[1]


def _before(doc: Document, g: int, i: int) -> list[int]:
    """The levels that fit change i in the second sentence before its own (g), in its
    paragraph: a change told after both its levels, one a sentence ("Profit reached
    £412m. A year earlier it had made £305m. The 53% jump ..."), when the sentence right
    before holds one of them and no sentence nearer holds the other."""
    if g < 2:
        return []
    here, there = doc.contexts[i].sentence, doc.contexts[doc.groups[g - 2][0]].sentence
    if "\n\n" in doc.text[there[1] : here[0]]:
        return []
    return [j for j in doc.groups[g - 2] if _fits(doc, i, j)]


def _taken(doc: Document, i: int, j: int) -> bool:
    """Whether level j is an end of another change, as that change's frame links it ("fell
    3% to $2.1bn": the $2.1bn is the fall's), and not one change i's frame names: a
    level two changes share is read by the sentence readings, not guessed here."""
    own = doc.frames[i].relations
    if j in own.get("before", ()) or j in own.get("after", ()):
        return False
    return any(j in frame.relations.get("before", ()) or j in frame.relations.get("after", ())
               for k, frame in _changes_near(doc, i) if k != i)


def _changes_near(doc: Document, i: int) -> Iterator[tuple[int, Frame]]:
    """The changes of the paragraph sentences next to change i's, with their frames."""
    here = doc.contexts[i].sentence
    for k in _within(doc, here[0] - NEAR_CHARS, here[0] + NEAR_CHARS):
        frame, there = doc.frames[k], doc.contexts[k].sentence
        if frame.role == "change" and abs(there[0] - here[0]) < NEAR_CHARS and (
                "\n\n" not in doc.text[min(here[1], there[1]) : max(here[0], there[0])]):
            yield k, frame


def _within(doc: Document, low: int, high: int) -> Iterable[int]:
    """The claims whose sentences start between low and high (both excluded), in order:
    found by bisection when the sentences' starts run in claim order (as the frames
    give them), else by a scan."""
    memo = doc.memo.get("story_levels_starts")
    if memo is None:  # once per document
        starts = [ctx.sentence[0] for ctx in doc.contexts]
        memo = doc.memo["story_levels_starts"] = (starts, all(
            a <= b for a, b in pairwise(starts)))
    starts, ordered = memo
    if not ordered:
        return [k for k, start in enumerate(starts) if low < start < high]
    return range(bisect_right(starts, low), bisect_left(starts, high))


def _is_change(doc: Document, i: int) -> bool:
    c = doc.claims[i]
    if c.high is not None or (c.unit in ("percentage_point", "basis_point") and not _points(c)):
        return False
    if c.multiplier:
        return c.change is not None
    return c.change is not None or (doc.frames[i].role == "change" and c.unit != "percent")


_POINTS_WORD = re.compile(r"\bpoints?$", re.IGNORECASE)


def _points(c: Claim) -> bool:
    """Whether a change is a difference of percentages in points ("a drop of 28
    percentage points", or "of 28 points" with the unit left to its levels): its levels
    are percentages written with their sign, not counts."""
    return c.change is not None and (c.unit == "percentage_point" or (
        c.unit == "" and bool(_POINTS_WORD.search(c.text))))


def _relative(c: Claim) -> bool:
    return c.multiplier or c.unit == "percent"


def _is_level(c: Claim) -> bool:
    return (c.change is None and not c.multiplier and c.high is None
            and c.bound in ("exact", "approx") and c.unit not in _RATIOS)


def _fits(doc: Document, i: int, j: int) -> bool:
    """A plain level that may be an end of change i: its frame a level or rate of the
    change's subject and measure; in the change's unit for an absolute change."""
    c, level = doc.claims[i], doc.claims[j]
    timed = doc.frames[j].role == "duration" and (level.unit == c.unit or _relative(c))
    # "cut the trip by 25 minutes ... used to take 95 minutes", "waits fell from 6.5 to
    # 4.2 hours ... the 55% cut": a change of a time has times for levels
    if _points(c):  # "at 82% in May and at 54% in August, a drop of 28 points"
        return (level.unit == "percent" and "%" in level.text and level.change is None
                and level.high is None and doc.frames[j].role in ("level", "rate")
                and not benchmark(doc, i, j) and agree(doc.frames[i], doc.frames[j]))
    if not _is_level(level) or (doc.frames[j].role not in ("level", "rate") and not timed):
        return False
    if not _relative(c) and level.unit not in (c.unit, ""):
        return False
    return agree(doc.frames[i], doc.frames[j])


def _two(doc: Document, i: int, levels: list[int], measured: bool = True
         ) -> tuple[Claim, Claim] | None:
    """The two levels, when exactly two stand there, of one thing and one unit (a bare
    number beside a level in a unit, in its sentence, takes that unit); of one measure
    unless not measured (the levels of a subject, each counted under its own noun:
    _story_counts)."""
    if len(levels) != 2:
        return None
    a, b = levels
    if measured and not agree(doc.frames[a], doc.frames[b]):
        return None
    first, second = doc.claims[a], doc.claims[b]
    change = doc.claims[i]
    if first.unit != second.unit:
        same_sentence = doc.contexts[a].sentence == doc.contexts[b].sentence
        if first.unit == "" and first.noun is None and same_sentence:
            first = replace(first, unit=second.unit)
        elif second.unit == "" and second.noun is None and same_sentence:
            second = replace(second, unit=first.unit)
        elif not _unit_once(first, second) and not _unit_once(second, first):
            return None
    if _points(change):
        return (first, second) if first.unit == second.unit == "percent" else None
    if not _relative(change) and (first.unit != change.unit or second.unit != change.unit):
        return None
    nouns = {n for n in (first.noun, second.noun, change.noun) if n}
    if len(nouns) > 1:
        return None  # other things counted
    return first, second


def _unit_once(a: Claim, b: Claim) -> bool:
    """Whether b's unit is a's rate written once ("£640 a month ... £840")."""
    return bool(b.unit) and " / " in a.unit and a.unit.split(" / ")[0] == b.unit


def _ordered(doc: Document, i: int, levels: list[int], ends: tuple[Claim, Claim]
             ) -> tuple[int, int]:
    """(before, after) of the levels (indices; ends: their claims as read): as the
    change's frame names them, else by their periods, else by the change's direction (a
    rise starts from the lower), else in text order."""
    a, b = levels
    named = doc.frames[i].relations
    if b in named.get("after", ()) or a in named.get("before", ()):
        return a, b
    if a in named.get("after", ()) or b in named.get("before", ()):
        return b, a
    pa, pb = doc.frames[a].period, doc.frames[b].period
    if pa is not None and pb is not None and pa != pb:
        return (a, b) if pa < pb else (b, a)
    change = doc.claims[i]
    if change.change is None:
        return a, b
    rising = change.multiplier or change.change == "increase"
    low, high = (a, b) if ends[0].value <= ends[1].value else (b, a)
    return (low, high) if rising else (high, low)


def _names_base(doc: Document, i: int) -> bool:
    """Whether the rest of the change's sentence names a base of its own ("from a year
    earlier", "than", "on the week": words.tsv, classes "base", "base:change"); a base
    word right before a figure ("tripled, from 31,000 in 2023 to 47,000") introduces a
    level, no base of its own."""
    end = doc.contexts[i].sentence[1]
    starts = {c.start for c in doc.claims[i + 1 : i + 6]}
    for m in fig.any_word("base", "base:change").finditer(doc.text, doc.claims[i].end, end):
        if not starts & set(range(m.end(), m.end() + 3)) and not _own_span(doc, i, m.start()):
            if _record_span(doc.text, doc.claims[i].end, m):
                continue  # "The 2.5% gain was its biggest since March": the record's span
            return True  # "from a year earlier", "on the week": a time of its own
    return False  # "tripled, from 31,000 in 2023 to 47,000": a level, not a time


def _record_span(text: str, begin: int, m: re.Match[str]) -> bool:
    """Whether the base word m is "since" after a superlative between the change (its end,
    begin) and it ("The 2.5% gain was its biggest since March": words.tsv, class
    "superlative"): the span is the record's the change sets, no base of the change (as
    factcheck.checks._same_thing.record_since reads a figure's)."""
    return m.group().lower() == "since" and any(
        w.lower() in fig.words("superlative") for w in fig.WORDS.findall(text, begin, m.start()))


def _own_span(doc: Document, i: int, at: int) -> bool:
    """Whether the period phrase that opens at `at` is the span change i's frame holds
    for ("has grown by 150 pupils since 2019": from 2019 to now), no base of its own: its
    level before is the one dated to the span's start (_reaches)."""
    period = doc.frames[i].period
    if period is None:
        return False
    end = min(doc.contexts[i].sentence[1], at + _SPAN_CHARS)  # one phrase: linear time
    return any(start == at and found == period
               for start, _, found in periods(doc.text[at:end], at, doc.as_of))


def _reaches(doc: Document, i: int, before: int) -> bool:
    """Whether the level before lies within the change's reach: for a dated change, a
    dated level that starts no later than the change's period and ends no earlier than
    that start set back by the period's length ("fell 18% last year": the year before
    last, not 2019; "since 2019": not 2024); for a span of over a year that runs to the
    draft's date ("since 2019", "over the past five years"), a level dated to its start
    (not 2015's); for an undated change, any."""
    change, then = doc.frames[i].period, doc.frames[before].period
    if change is None or doc.contexts[before].sentence == doc.contexts[i].sentence:
        return True  # "tripled, from 31,000 in 2023 to 47,000 last year": the sentence
        # dates its own span, and the change's period is its end's
    if then is None:
        return False  # "had 200 staff at its peak. It has 150, a cut of 10% this year": a
        # dated change counts from a time, and an undated level is not known to be it
    if change[1] == doc.as_of and (change[1] - change[0]).days > _YEAR_DAYS:
        return then[0] <= change[0] <= then[1]  # "grown by 150 since 2019": 2019's level,
        # not 2015's: a span that runs to now starts at its level before
    return (then[0] <= change[0]  # not "was 120 in 2024. Since 2019 it has grown 40%"
            and then[1] >= change[0] - (change[1] - change[0]) - timedelta(days=1))
