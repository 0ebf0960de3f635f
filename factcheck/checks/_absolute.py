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
  "removes"), unless it counts something else ("adding 3 km of bus lanes"), or when an
  appositive noun phrase does, its figure after "a NOUN of" ("from 58 miles to 41 miles,
  a saving of 17 miles");
- else from a comparison after it ("1,800 more than ...", "nine cents less than ..."):
  the level after is the figure just before the change, a comma between them (the
  change restates it), and the level before is the only other figure of that unit in
  the sentence after the change that writes no other noun (factcheck.checks._compared).

The record and its bands: factcheck.checks._absolute_statement.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from factcheck import tolerance
from factcheck.checks import Document
from factcheck.checks import _figures as fig
from factcheck.checks._absolute_statement import Absolute, checked
from factcheck.checks._compared import compared, compared_after
from factcheck.checks._levels_before import dated_before, level_before, previous_level
from factcheck.model import Claim

_FROM = re.compile(r"(?:\s+[a-z]+){0,3}\s*,\s*from\s+|\s*,?\s*from\s+",  # "this spring, from"
                   re.IGNORECASE)
_TO = re.compile(r"\s+to\s+", re.IGNORECASE)
_PARTICIPLE = re.compile(r",\s*([a-z]+)\s+(?:another\s+|a\s+further\s+|some\s+)?$",
                         re.IGNORECASE)
_OF_OTHER = re.compile(r"\s+of\s+(?!it\b|them\b)[a-z]", re.IGNORECASE)
_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.IGNORECASE)
_BY_BEFORE = re.compile(r"\bby\s+$", re.IGNORECASE)
_APPOSED = re.compile(  # ", a saving of ": an appositive noun phrase, its figure after "of"
    r",\s*an?\s+[a-z]+\s+of\s+(?:(?:about|some|nearly|almost|roughly|just)\s+)?$",
    re.IGNORECASE)


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
        found = (_framed(doc, i) or _from_to(doc, i) or _to_from(doc, i) or compared(doc, i)
                 or _dated(doc, i) or _participle(doc, i) or _apposed(doc, i) or _based(doc, i))
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
    return checked(doc.claims[i], doc.claims[k], after, doc.claims[i].change)


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
    after = compared_after(doc, i, before)
    if after is None:
        return None
    return checked(c, doc.claims[before], after, c.change)


def _from_to(doc: Document, i: int) -> Absolute | None:
    """ "cut the journey by 25 minutes, from 95 minutes to 80": the two figures just
    after a change (the extractor's, or the frame's: "stretches it by 25 minutes, from
    ..."), behind "from" and "to"."""
    c = doc.claims[i]
    if (c.change is None and doc.frames[i].role != "change") or i + 1 >= len(doc.claims):
        return None  # a change the frame reads has no direction of its own: either way
    pair = ends(doc.claims[i + 1])  # "from £6.80 to £7.60", read as one range
    if pair is not None and _FROM.fullmatch(doc.text, c.end, doc.claims[i + 1].start):
        return checked(c, pair[0], pair[1], c.change)
    if i + 2 >= len(doc.claims):
        return None
    before, after = doc.claims[i + 1], doc.claims[i + 2]
    if not (_FROM.fullmatch(doc.text, c.end, before.start)
            and _TO.fullmatch(doc.text, before.end, after.start)):
        return None
    return checked(c, before, after, c.change)


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
    return (checked(change, before, after, c.change)
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
    pair = _from_to_before(doc, i, m.start()) if way is not None else None
    return None if pair is None else checked(c, pair[0], pair[1], way)


def _apposed(doc: Document, i: int) -> Absolute | None:
    """ "cuts the drive from 58 miles to 41 miles, a saving of 17 miles": a noun phrase set
    off by a comma right after both levels, written "from A to B", whose figure follows
    "a NOUN of", restates their difference whatever its noun ("a saving of", "a gap of",
    "a cut of"); its way is the one the extractor read, else either way. Not a figure of
    something else ("a gain of 4 km of forest trail"), nor one that restates a level ("from
    21 km to 26 km, a length of 26 km")."""
    c = doc.claims[i]
    m = _APPOSED.search(doc.text, max(0, c.start - 40), c.start)
    if m is None or i == 0 or c.high is not None or _OF_OTHER.match(doc.text, c.end):
        return None
    pair = _from_to_before(doc, i, m.start())
    if pair is None or any(_meet(c, level) for level in pair):
        return None  # "from £14.50 to £16.20, a price of £16.20": a level restated
    return checked(c, pair[0], pair[1], c.change)


def _meet(a: Claim, b: Claim) -> bool:
    """Whether the values the two figures' wording allows meet (factcheck.tolerance)."""
    lo_a, hi_a = tolerance.interval(a, 0.0)
    lo_b, hi_b = tolerance.interval(b, 0.0)
    return a.unit == b.unit and hi_a >= lo_b and hi_b >= lo_a


def _from_to_before(doc: Document, i: int, at: int) -> tuple[Claim, Claim] | None:
    """The two levels written "from A to B" that end right before position at (only
    spaces and a comma between), figure i the next claim after them; or None."""
    prev = doc.claims[i - 1]
    if doc.text[prev.end : at].strip(" ,") != "":
        return None
    pair = ends(prev)
    if pair is None and i >= 2 and _TO.fullmatch(doc.text, doc.claims[i - 2].end, prev.start):
        pair = (doc.claims[i - 2], prev)
    if pair is None or not _FROM_BEFORE.search(doc.text, max(0, pair[0].start - 8),
                                               pair[0].start):
        return None
    return pair


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
    return checked(c, doc.claims[found[0]], doc.claims[found[1]], c.change)


