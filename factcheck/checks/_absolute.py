"""Absolute changes with their levels, for FC203: "14,250 parcels this year, 1,800 more
than last year's 11,650"; "cuts the drive by 14 miles, from 52 miles to 45 miles"; "now
costs €1.58, nine cents less than a week ago, when it sold for €1.73".

A change in the levels' own unit (not percent, points or a multiplier) takes its levels

- from its frame, when the frame names both ("by 14 miles, from 52 miles to 45"), or
  from "from" and "to" just after it ("by 25 minutes, from 95 minutes to 80"; "by
  £2.40, from £6.80 to £7.60", which the extractor reads as one range);
- from "to A" right after it and "from B" after that ("fell by 57 to 1,046 pupils this
  term, from 1,121"; "by 2,200 to 8,300, from 9,100", which the extractor reads as a
  range whose upper end is the level after);
- from "from A to B" just before it, when a participle restates their difference
  ("extended from 40 miles to 65 miles, adding 25 miles"; words.tsv, classes "adds",
  "removes"), unless it counts something else ("adding 3 km of bus lanes");
- else from a comparison after it ("1,800 more than ...", "nine cents less than ..."):
  the level after is the figure just before the change, a comma between them (the
  change restates it), and the level before is the only other figure of that unit in
  the sentence after the change that writes no other noun.

All three figures keep their bands (factcheck.tolerance); a change without a direction
("by 14 miles") may go either way. A change in "degrees" with no scale between two
readings of one temperature scale ("climbed 12 degrees, from minus 9C to 11C") is a
difference on that scale.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from functools import cache
from typing import NamedTuple

from factcheck.checks import Document
from factcheck.checks import _figures as fig
from factcheck.checks._change_ends import restated_level
from factcheck.checks._levels_before import dated_before, level_before, previous_level
from factcheck.lexicon import lexicon
from factcheck.model import Claim

_THAN = re.compile(r"\s+([a-z]+)\s+than\b", re.IGNORECASE)
_FROM = re.compile(r"(?:\s+[a-z]+){0,3}\s*,\s*from\s+|\s*,?\s*from\s+",  # "this spring, from"
                   re.IGNORECASE)
_TO = re.compile(r"\s+to\s+", re.IGNORECASE)
_THAN_ONLY = re.compile(r"\s+than\b", re.IGNORECASE)
_OPENS_BACK = re.compile(r"\s*(?:it|that|this|which)\b(?!['’]s)", re.IGNORECASE)
# a comparative by its form ("taller", "heavier", "further"), not "other" or "rather"
_COMPARATIVE = re.compile(r"(?!(?:oth|rath)er$)[a-z]{2,}[^e]er", re.IGNORECASE)
_PARTICIPLE = re.compile(r",\s*([a-z]+)\s+(?:another\s+|a\s+further\s+|some\s+)?$",
                         re.IGNORECASE)
_OF_OTHER = re.compile(r"\s+of\s+(?!it\b|them\b)[a-z]", re.IGNORECASE)
_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.IGNORECASE)
_BY_BEFORE = re.compile(r"\bby\s+$", re.IGNORECASE)
_RESTATES = re.compile(r"[^,.;:]{0,30},\s*")
MAX_AFTER = 6  # figures after a change in its sentence that its level before is looked for in


class Absolute(NamedTuple):
    change: Claim
    before: Claim
    after: Claim
    way: str | None  # "increase", "decrease", or None: either


def changes(doc: Document) -> Iterator[Absolute]:
    """Each absolute change whose two levels the draft states beside it."""
    for i, c in enumerate(doc.claims):
        if c.unit in ("percent", "percentage_point", "basis_point") or c.multiplier:
            continue
        if c.high is not None:  # "fell by 2,200 to 8,300, from 9,100": the change and its
            found = _to_from(doc, i)  # level after read as one range
            if found is not None:
                yield found
            continue
        found = (_framed(doc, i) or _from_to(doc, i) or _to_from(doc, i) or _compared(doc, i) or _dated(doc, i)
                 or _participle(doc, i) or _based(doc, i))
        if found is not None:
            yield found


def _framed(doc: Document, i: int) -> Absolute | None:
    if doc.frames[i].role != "change" and not doc.claims[i].change:
        return None
    relations = doc.frames[i].relations
    if "before" not in relations:
        return None
    k = relations["before"][0]
    if "after" in relations:
        after = doc.claims[relations["after"][0]]
    elif k > i and k + 1 < len(doc.claims) and _TO.fullmatch(
            doc.text, doc.claims[k].end, doc.claims[k + 1].start):
        after = doc.claims[k + 1]  # "fell 30 degrees in a day, from 40F to minus 2F": the
        # figure "to" joins to the level before is the level after
    else:
        return None
    return _checked(doc.claims[i], doc.claims[k], after, doc.claims[i].change)


def _based(doc: Document, i: int) -> Absolute | None:
    """ "was 64 mm, down 30 mm on September's 124 mm": a change whose frame names its base
    after it and no level after; the level after is the figure the change restates, just
    before it with a comma between (_compared_after)."""
    c = doc.claims[i]
    relations = doc.frames[i].relations if doc.frames else {}
    if c.change is None or "before" not in relations or "after" in relations:
        return None
    before = relations["before"][0]
    if before <= i or i == 0:
        return None
    after = _compared_after(doc, i, before)
    if after is None:
        return None
    return _checked(c, doc.claims[before], after, c.change)


def _from_to(doc: Document, i: int) -> Absolute | None:
    """ "cut the journey by 25 minutes, from 95 minutes to 80": the two figures just
    after a change (the extractor's, or the frame's: "stretches it by 25 minutes, from
    ..."), behind "from" and "to"."""
    c = doc.claims[i]
    if (c.change is None and doc.frames[i].role != "change") or i + 1 >= len(doc.claims):
        return None  # a change the frame reads has no direction of its own: either way
    pair = ends(doc.claims[i + 1])  # "from £6.80 to £7.60", read as one range
    if pair is not None and _FROM.fullmatch(doc.text, c.end, doc.claims[i + 1].start):
        return _checked(c, pair[0], pair[1], c.change)
    if i + 2 >= len(doc.claims):
        return None
    before, after = doc.claims[i + 1], doc.claims[i + 2]
    if not (_FROM.fullmatch(doc.text, c.end, before.start)
            and _TO.fullmatch(doc.text, before.end, after.start)):
        return None
    return _checked(c, before, after, c.change)


def _to_from(doc: Document, i: int) -> Absolute | None:
    """ "fell by 57 to 1,046 pupils this term, from 1,121": the level after "to" right after
    the change (or the range's upper end, "by 2,200 to 8,300"), the level before "from"
    right after that."""
    c = doc.claims[i]
    if c.change is None or i + 1 >= len(doc.claims):
        return None
    pair = ends(c) if _BY_BEFORE.search(doc.text, max(0, c.start - 4), c.start) else None
    change, after, k = ((pair[0], replace(pair[1], change=None), i + 1) if pair
                        else (c, doc.claims[i + 1], i + 2))
    if k >= len(doc.claims) or (pair is None and not _TO.fullmatch(doc.text, c.end, after.start)):
        return None
    before = doc.claims[k]
    return (_checked(change, before, after, c.change)
            if _FROM.fullmatch(doc.text, after.end, before.start) else None)


def _participle(doc: Document, i: int) -> Absolute | None:
    """ "extended from 40 miles to 65 miles, adding 25 miles": a participle of class "adds"
    or "removes" (words.tsv) after both levels, written "from A to B", restates their
    difference; not a figure of something else ("adding 3 km of bus lanes")."""
    c = doc.claims[i]
    m = _PARTICIPLE.search(doc.text, max(0, c.start - 30), c.start)
    if m is None or i == 0 or _OF_OTHER.match(doc.text, c.end):
        return None
    word = m.group(1).lower()
    way = ("increase" if word in fig.words("adds")
           else "decrease" if word in fig.words("removes") else None)
    prev = doc.claims[i - 1]
    if way is None or doc.text[prev.end : m.start()].strip(" ,") != "":
        return None
    pair = ends(prev)
    if pair is None and i >= 2 and _TO.fullmatch(doc.text, doc.claims[i - 2].end, prev.start):
        pair = (doc.claims[i - 2], prev)
    if pair is None or not _FROM_BEFORE.search(doc.text, max(0, pair[0].start - 8),
                                               pair[0].start):
        return None
    return _checked(c, pair[0], pair[1], way)


def ends(c: Claim) -> tuple[Claim, Claim] | None:
    """The two ends of a range written "A to B" ("£6.80 to £7.60"), each a level with its
    own precision, or None for no such range."""
    parts = re.fullmatch(r"(.+?)\s+to\s+(.+)", c.text)
    if c.high is None or parts is None or c.bound != "exact":
        return None
    low = replace(c, text=parts.group(1), end=c.start + len(parts.group(1)), high=None)
    high = replace(c, text=parts.group(2), start=c.end - len(parts.group(2)), value=c.high,
                   high=None)
    return low, high


def _dated(doc: Document, i: int) -> Absolute | None:
    """The level before in the sentence before, read as a percent change's is
    (factcheck.checks._levels_before): dated earlier ("Diesel cost €1.62 in January. Since
    then it has dropped by nine cents, to €1.41": dated_before); or restated by the one
    level of the change's sentence ("had 52,000 visitors in 2024. This year it drew
    61,000, an increase of 9,000": previous_level); or referred back to ("This winter the
    figure is down 1,030, at 2,060": level_before)."""
    c = doc.claims[i]
    if c.change is None or not doc.frames:
        return None
    if "group_of" not in doc.memo:
        doc.memo["group_of"] = {j: k for k, group in enumerate(doc.groups) for j in group}
    g = doc.memo["group_of"][i]
    found = (dated_before(doc, g, i) or previous_level(doc, g, i) or level_before(doc, g, i))
    if found is None:
        return None
    return _checked(c, doc.claims[found[0]], doc.claims[found[1]], c.change)


def _compared(doc: Document, i: int) -> Absolute | None:
    """ "1,800 more than last year's 11,650", "30 metres taller than the 172-metre spire":
    the level after restated just before the change (a comma between) or, when no figure
    of its unit stands before the change in its sentence, the one figure of that unit in
    the sentence before whose frame may be of the same thing ("runs 318 miles. That
    makes it 40 miles longer than the 298-mile route"); the level before the only other
    figure of that unit in the sentence after the change."""
    c = doc.claims[i]
    way = _comparison(doc.text, c)
    if i == 0 or way is None:
        return None
    sentence = doc.contexts[i].sentence
    later = [j for j in range(i + 1, min(len(doc.claims), i + 1 + MAX_AFTER))
             if doc.contexts[j].sentence == sentence and doc.claims[j].unit == c.unit]
    if len(later) > 1:
        later = _of_the_same(doc, i, later)
    if len(later) != 1:
        return None
    after = _compared_after(doc, i, later[0])
    if after is None:
        return None
    before = doc.claims[later[0]]
    return _checked(c, replace(before, noun=fig.written_noun(before)), after,
                    None if way == "either" else way)


def _of_the_same(doc: Document, i: int, later: list[int]) -> list[int]:
    """Those of the figures after the change i that count no other thing: a figure that
    writes a noun of its own other than the noun of the change or of the level just
    before it is another count ("has 1,850 officers, 240 fewer than in 2010, when it had
    2,190, and 640 civilian staff": the staff are not the level before)."""
    c, prev = doc.claims[i], doc.claims[i - 1]
    same = doc.contexts[i - 1].sentence == doc.contexts[i].sentence
    nouns = {fig.written_noun(c), fig.written_noun(prev) if same else None}
    nouns.discard(None)
    if not nouns:
        return later
    return [j for j in later if fig.written_noun(doc.claims[j]) in nouns | {None}]


def _compared_after(doc: Document, i: int, before: int) -> Claim | None:
    """The level a comparison's change restates: just before it, a comma between (or,
    when that may be a figure of another thing, the one earlier level of its unit that
    fits the change: _change_ends.restated_level), else
    the one figure of its unit in the sentence before, when no figure of that unit
    stands before the change in its own sentence, and the comparison opens with a pronoun
    that points back to it ("That makes it 40 miles longer than ...") or its frame names
    the change's subject with a measure the level before's may share
    (factcheck.checks._story_rates.agree)."""
    from factcheck.checks._story_rates import agree

    c, sentence = doc.claims[i], doc.contexts[i].sentence
    prev = doc.claims[i - 1]
    if doc.contexts[i - 1].sentence == sentence:
        if not _RESTATES.fullmatch(doc.text, prev.end, c.start):
            return None
        earlier = [doc.claims[j] for j in doc.by_sentence[sentence] if j < i]
        return restated_level(c, doc.claims[before], prev, earlier)
    if not doc.frames:
        return None
    g = next(k for k, group in enumerate(doc.groups) if i in group)
    told = [j for j in doc.groups[g - 1] if doc.claims[j].unit == c.unit] if g else []
    if len(told) != 1 or "\n\n" in doc.text[doc.claims[told[0]].end : c.start]:
        return None
    j = told[0]
    then, other = doc.frames[j], doc.frames[before]
    if then.role != "level":
        return None
    if _OPENS_BACK.match(doc.text, sentence[0]):
        return doc.claims[j]  # "It is 1,500 tonnes heavier than ...": the thing told before
    if then.subject is None or then.subject != doc.frames[i].subject:
        return None  # "The new bypass is 12 miles longer than ...": another thing compared
    if not (agree(replace(then, subject=None), other) or _dimension(then.measure)):
        return None  # "runs 318 miles" (a length) ... "than the 298-mile route"; the
        # level compared with may be another thing's ("more than Brack, which holds 140")
    return doc.claims[j]


def _dimension(measure: str | None) -> bool:
    """Whether a frame's measure is only the dimension its unit or verb gives ("length",
    "height": lexicon frames.tsv, "dimension:..."), which names no thing of its own."""
    return measure in _dimensions()


@cache
def _dimensions() -> frozenset[str]:
    return frozenset(k.split(":", 1)[1] for kinds in lexicon().frame_words.values()
                     for k in kinds if k.startswith("dimension:"))


def _comparison(text: str, c: Claim) -> str | None:
    """The direction a comparative after the figure (or ending it) gives: "1,800 more
    than" an increase, "150 fewer than" a decrease (words.tsv, classes "more", "less");
    "either" for another comparative, by its form ("taller", "heavier", "further"), which
    says a difference but not which way the writer counts it."""
    m = _THAN.match(text, c.end)
    word = m.group(1) if m else None
    if word is None and _THAN_ONLY.match(text, c.end):
        word = c.text.split()[-1]
    if word is None:
        return None
    if word.lower() in fig.words("more"):
        return "increase"
    if word.lower() in fig.words("less"):
        return "decrease"
    return "either" if _COMPARATIVE.fullmatch(word) else None


def _checked(change: Claim, before: Claim, after: Claim, way: str | None
             ) -> Absolute | None:
    """The statement, if both levels are plain levels of the change's unit."""
    for level in (before, after):
        if (not _in_unit(change.unit, level.unit) or level.change or level.multiplier
                or level.high is not None or level.bound not in ("exact", "approx")):
            return None
    if before.unit != after.unit:
        return None
    nouns = {n for n in (before.noun, after.noun) if n}
    if change.unit == "" and len(nouns) > 1:
        return None  # "300 nurses, 120 more than the 180 doctors": other things counted
    return Absolute(change, before, after, way)


_SCALES = frozenset({"degree_Celsius", "degree_Fahrenheit", "kelvin"})


def _in_unit(change: str, level: str) -> bool:
    """Whether a change in unit change is a difference of levels in unit level: the same
    unit, or "degrees" with no scale between two readings of one temperature scale ("climbed
    12 degrees, from minus 9C to 11C": a difference of 20 on the levels' scale)."""
    return change == level or (change == "degree" and level in _SCALES)
