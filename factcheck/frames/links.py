"""Figures that lean on a figure before them: an elided measure, a whole written "them".

- A figure that names nothing it counts ("Kelby has 31 pubs, down from 52"; "police said
  15,000, organisers 40,000"; "The capital has 3.2 million" after "a population of 1.1
  million") measures what the nearest figure before it in the same unit measures: in its
  sentence, else (not for a percentage, whose whole may change) in the sentence before
  it, across a paragraph break but not a heading. A rate or share it stands
  beside ("410,000 barrels a day, up from 385,000") gives it its role too, and so it does
  to a level that is the other end of a comparison with it, named or not ("6.1 tonnes a
  hectare, against 7.4 tonnes in 2024"; "3.2% of GDP next year, from 4.5% this year").
- A part or share "of them", "of whom", "of that" has for its whole the nearest figure
  before it (not a change, not a percentage, not the other end of a comparison: "had
  38,450, down from 44,900. Of those, ...") in its sentence or the sentence before; it
  takes that figure's measure when it has none (read.py drops a part's own when the
  part is a preposition's object: "speeding played a part in 71 of them" counts deaths,
  not speeding; "of which 410,000 were exported" keeps its export), and its period when
  it names none. With
  no such figure, a share that is the other end of a comparison ("against 22% of those
  in 2015") is a share of what the share it is compared with is of, and takes its measure.
- A share that names none of the things it counts (frames.role_measure.elided: "against
  one in five nationally", "Police solved one in six", "About 64% were women") counts
  what the nearest share or count before it counts, in its sentence or the one before.
- A change and the level it ends at, told by one verb ("raised its tuition by 4.5% to
  $52,300", "fell by 300,000 tonnes to 2.1 million"), measure one thing: the end that
  names nothing takes the change's measure (and the change with none the end's:
  same_change, read by factcheck.frames).
- A percentage that is a level, no share of a stated whole, whose measure's head is a
  singular noun ("the load factor was 84%"; role.named_rate) is the value of a rate.
- The whole of a part or share is a total, and the parts are its relations.

Readings and periods are changed in place; only NEAR figures back are searched.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from factcheck.frames.draft import Draft
from factcheck.frames.read import Reading
from factcheck.frames.role import SHARE_UNITS, is_rate_base
from factcheck.frames.subject import GENERIC
from factcheck.lexicon import lexicon

NEAR = 8
Period = tuple[date, date]


def _before(draft: Draft, i: int, across: bool = True) -> list[int]:
    """Claims before claim i in its sentence, nearest first, then (across) those of the
    sentence before it, across a paragraph break (news copy gives each sentence a
    paragraph) but not a heading (Draft.before_in_story, as subjects are found)."""
    k = draft.sentence_of[i]
    back = draft.before_in_story(k, 1) if across else []
    return [j for j in range(i - 1, max(-1, i - 1 - NEAR), -1)
            if draft.sentence_of[j] == k or (back and draft.sentence_of[j] == back[0])]


def lean(draft: Draft, readings: Sequence[Reading]) -> None:
    """Elided measures and wholes written as pronouns (see module), in place."""
    claims = draft.claims
    for i, reading in enumerate(readings):
        if reading.named_rate and reading.role == "level" and not _compared(draft, i):
            reading.role = "rate"  # "its operating margin was 21%": the other end of a
            # comparison ("from 4.4%") takes the role of what it is compared with, below
    for i, reading in enumerate(readings):
        if reading.whole_back:
            whole = next((j for j in _before(draft, i) if readings[j].role != "change"
                          and claims[j].unit not in SHARE_UNITS
                          and not _compared(draft, j)), None)  # not "down from 44,900"
            if whole is not None and reading.kind_back and whole == i - 1:
                reading.measure = readings[whole].measure or reading.measure
                continue  # "won 4.1 million votes, or 36.4% of those cast": the share
                # restates the votes; "those" are all the votes cast, not its whole
            if whole is not None:
                reading.whole = (whole,)
                if reading.measure is None or reading.role == "share":
                    reading.measure = readings[whole].measure or reading.measure
                continue
            if _compared(draft, i):  # "28% of girls, against 22% of those in 2015": what
                reading.measure = None  # "those" are, the share it is compared with says
        if reading.elided:
            reading.measure = _counted(draft, readings, i) or reading.measure
        if reading.role in ("level", "share") and _compared(draft, i):
            _like_compared(draft, readings, i)
        if reading.whole_back:
            continue
        if reading.bare and reading.from_to == "to" and (
                ended := same_change(draft, readings, i)):
            reading.measure = ended  # "fell by 300,000 tonnes to 2.1 million": tonnage
            continue
        if not reading.bare or reading.role in ("change", "age", "duration"):
            continue
        across = claims[i].unit not in SHARE_UNITS  # a bare percentage: only its sentence's
        donor = next((j for j in _before(draft, i, across) if claims[j].unit == claims[i].unit
                      and not _base(draft, j)
                      and (readings[j].role != "change" or claims[i].unit not in SHARE_UNITS)
                      and readings[j].measure
                      and readings[j].measure not in GENERIC
                      and not (readings[j].bare and readings[j].role != "change")
                      and (draft.sentence_of[j] == draft.sentence_of[i]
                           or _names_thing(readings[j].measure, reading.thing))), None)
        if donor is None:
            continue
        reading.measure = readings[donor].measure
        reading.share_of = readings[donor].share_of  # "... of GDP, up from 1.7%": its whole
        if readings[donor].role in ("rate", "share") and reading.role == "level":
            reading.role = readings[donor].role


def _counted(draft: Draft, readings: Sequence[Reading], i: int) -> str | None:
    """What a share written as a bare ratio counts ("against one in five nationally",
    "Police solved one in six"), its clause naming none of it: the things the nearest
    figure before it counts, in its sentence or the one before (links._before), a share
    or a count (no unit), not a change nor a rate's base: "Two in five adults smoke, one
    in eight drinks" (adults); "Thefts fell to 210. Police solved one in six" (thefts),
    as every blind set's writers label it. None when there is no such figure."""
    claims = draft.claims
    donor = next((j for j in _before(draft, i) if readings[j].measure
                  and readings[j].measure not in GENERIC and not _base(draft, j)
                  and (readings[j].role == "share" or (
                      claims[j].unit == "" and readings[j].role in ("level", "total", "part"))
                  )), None)
    return readings[donor].measure if donor is not None else None


def same_change(draft: Draft, readings: Sequence[Reading], i: int) -> str | None:
    """The measure of a change and the level it ends at, told by one verb ("raised its
    tuition by 4.5% to $52,300", "grew its staff by 120 to 900"), for the one of the two
    that names none: the nearest other figure of its sentence under the same verb that is
    the change when it is the end ("to"), or the end when it is the change."""
    reading = readings[i]
    if reading.verb is None or (reading.from_to != "to" and reading.role != "change"):
        return None
    k = draft.sentence_of[i]
    window = range(max(0, i - NEAR), min(len(readings), i + NEAR + 1))
    near = sorted((abs(j - i), j) for j in window if j != i and draft.sentence_of[j] == k
                  and readings[j].verb == reading.verb and readings[j].measure
                  and not lexicon().frame_class(
                      str(readings[j].measure).split()[-1], "change_noun")  # "a 12% drop"
                  and (readings[j].role == "change" if reading.from_to == "to"
                       else readings[j].from_to == "to"))
    return readings[near[0][1]].measure if near else None


def _names_thing(measure: str | None, thing: str | None) -> bool:
    """Whether a donor's measure may be carried onto a figure whose clause is about a thing
    of its own (owner.thing_subject): only a measure that names it ("museum visitor" onto
    "the museum drew 40,000"; not "budget" onto "the bridge cost $3.5bn")."""
    return thing is None or thing in (measure or "").split()


_AGAINST = re.compile(r"\b(?:from|against|than|compared\s+(?:with|to)|versus|vs\.?|below|"
                      r"above)\s+(?:[\w'’]+\s+){0,3}$", re.IGNORECASE)


def _compared(draft: Draft, i: int) -> bool:
    """Whether a figure is the other end of a comparison ("from 4.5%", "against 7.4
    tonnes", "below last year's 3.8 tonnes")."""
    start = draft.claims[i].start
    lo = max(draft.spans[draft.sentence_of[i]][0], start - 40)
    return _AGAINST.search(draft.text, lo, start) is not None


def _base(draft: Draft, j: int) -> bool:
    """Whether a figure is the base of a rate ("7.1 per 1,000 people", "one for every
    2,300 residents"): it measures nothing a figure beside it could lean on."""
    return is_rate_base(draft.text, draft.claims[j].start)


def follows_per(text: str, start: int) -> bool:
    """Whether the figure at start is written right after "per": a rate's base."""
    return text[max(0, start - 4):start].lower().rstrip().endswith("per")


def _like_compared(draft: Draft, readings: Sequence[Reading], i: int) -> None:
    """The other end of a comparison is a figure of the same kind as the one it is
    compared with: the nearest before it in its sentence, in its unit, not a change. A
    rate or share ("6.1 tonnes a hectare, against 7.4 tonnes"; "3.2% of GDP, from 4.5%")
    gives it its role, and its measure when it names none, in place."""
    unit = draft.claims[i].unit
    donor = next((j for j in _before(draft, i, across=False)
                  if draft.claims[j].unit.split(" / ")[0] == unit
                  and readings[j].role != "change" and not _base(draft, j)), None)
    if donor is None:
        return
    if readings[donor].role in ("rate", "share"):
        readings[i].role = readings[donor].role
    if readings[i].measure is None:  # "Six in ten homes recycle, against 41% in 2020"
        readings[i].measure = readings[donor].measure
        readings[i].share_of = readings[donor].share_of


def totals(readings: Sequence[Reading], chosen: list[Period | None]) -> dict[int, list[int]]:
    """The wholes of parts and shares (made totals, in place) and their parts; a part
    with no period of its own takes its whole's."""
    parts: dict[int, list[int]] = {}
    for i, reading in enumerate(readings):
        if reading.role in ("part", "share") and reading.whole:
            whole = reading.whole[0]
            parts.setdefault(whole, []).append(i)
            if readings[whole].role == "level":
                readings[whole].role = "total"
            if chosen[i] is None:
                chosen[i] = chosen[whole]
    return parts
