"""A change whose base is named as a time, for FC203 and FC302: "closed at 6,240 on
Friday, up 4.8% from a week earlier, when it stood at 6,110"; "The index closed at 8,340
on Friday. That was 6.1% higher than a week earlier, when it stood at 8,160"; "ended
Monday at 5,120, up 6.1% on the week. It had closed the previous Monday at 4,985".

A change that names its base as a time ("from a week earlier", "than a year ago", "on the
month": a base word, then a time and nothing else) and whose frame names neither level
states the change from the level of that time to the level it restates. The level after
is the nearest level before the change in its sentence (or, when its sentence opens with
"That", "It" or "This" and holds no level before it, the last figure of the sentence
before); the level before is the only other figure of that unit after the change in its
sentence (the level of that time, "when it stood at"), or else the only figure of that
unit in the next sentence when that one opens with a pronoun. Both levels are plain
levels of one unit; with any doubt there is no statement.

A change dated over a period that states no level in its sentence ("Home sales jumped
40% in September.", "has halved its fleet since 2015.") may have both in the next
sentence: exactly two plain figures of one unit there, of its measure, one dated to the
change's start or before it, the other within the later half of its period (or
undated: "that month"), read as the level before and the level after (next_levels);
not when the change names a base of its own ("jumped 40% in September from a year
earlier": the base is not August). Two figures there of its measure dated one wholly
before the other, the change's period (when it has one) running from the first's to the
second's, are its ends when the change goes their way and is within a factor of ten of
theirs (_levels_before.plausible): "Applications fell by a quarter. The college
received 1,600 applications in 2024 and 1,450 this year"; the change need not be dated.
"""

from __future__ import annotations

import re
from datetime import date

from factcheck.checks import Document
from factcheck.checks._levels_before import plausible
from factcheck.model import Claim

_TIME = r"(?:day|week|month|quarter|year|session)"
_BASE_TIME = re.compile(  # " from a week earlier", " than a year ago", " on the month"
    rf"(?:\s+(?:higher|lower|more|less|up|down|above|below))?"  # "6.1% higher than a ..."
    rf"\s+(?:from|than|on|against|compared\s+(?:with|to))\s+(?:the\s+|a\s+|one\s+)?"
    rf"(?:previous\s+|prior\s+|same\s+)?{_TIME}(?:\s+(?:earlier|ago|before))?\b(?!\s+\d)",
    re.IGNORECASE)
_OWN_BASE = re.compile(r"\b(?:from|than|against|compared|versus|vs|on\s+(?:the|a)\s+[a-z]+)\b",
                       re.IGNORECASE)  # "jumped 40% from a year earlier": a base of its own
_BACK = re.compile(r"\s*(?:That|It|This|They)\b")


def levels(doc: Document, g: int, i: int) -> tuple[int, int] | None:
    """(level before, level after), indices into doc.claims, for change i of sentence
    group g whose base is a time (see module), or None."""
    frame, change = doc.frames[i], doc.claims[i]
    if "before" in frame.relations or "after" in frame.relations:
        return None
    if not _BASE_TIME.match(doc.text, change.end):
        return None
    group = doc.groups[g]
    after = _after(doc, g, i)
    if after is None:
        return None
    unit = doc.claims[after].unit
    later = [j for j in group if j > i and doc.claims[j].unit == unit]
    if not later and g + 1 < len(doc.groups) and _opens_back(doc, doc.groups[g + 1][0]):
        later = [j for j in doc.groups[g + 1] if doc.claims[j].unit == unit]
        if "\n\n" in doc.text[change.end : doc.claims[later[0]].start if later else 0]:
            return None
    if len(later) != 1 or not _plain(doc.claims[later[0]]):
        return None
    return later[0], after


def next_levels(doc: Document, g: int, i: int) -> tuple[int, int] | None:
    """(level before, level after) in the sentence after change i's (group g), dated
    against the change's period (see module), or None."""
    frame, change = doc.frames[i], doc.claims[i]
    period = frame.period
    if frame.relations or g + 1 >= len(doc.groups) or len(doc.groups[g]) != 1:
        return None
    if _OWN_BASE.search(doc.text, change.end, doc.contexts[i].sentence[1]):
        return None  # "jumped 40% in September from a year earlier": not from August
    nxt = doc.groups[g + 1]
    if len(nxt) != 2 or "\n\n" in doc.text[change.end : doc.claims[nxt[0]].start]:
        return None
    a, b = (doc.claims[j] for j in nxt)
    if a.unit != b.unit or not (_plain(a) and _plain(b)) or not all(
            _same_measure(frame.measure, doc.frames[j].measure) for j in nxt):
        return None  # "Sales rose 10%. The firm had 200 staff in 2023 and 240 in 2024"
    ordered = _dated_in_order(doc, nxt, period)
    if ordered is not None and plausible(change, a.value, b.value):
        return ordered  # "Crime fell 25% last year. Police logged 880 crimes in 2024
        # and 790 in 2025": two dates in order, the change goes their way
    if period is None:
        return None
    starts = [j for j in nxt if (p := doc.frames[j].period) is not None
              and p[0] <= period[0] and p[1] < period[1]]
    ends = [j for j in nxt if (p := doc.frames[j].period) is None
            or (p[0] > period[0] and p[1] >= period[1] - (period[1] - period[0]) / 2)]
    if len(starts) != 1 or len(ends) != 1 or starts == ends:
        return None
    return starts[0], ends[0]


def _dated_in_order(doc: Document, nxt: tuple[int, ...], period: tuple[date, date] | None
                    ) -> tuple[int, int] | None:
    """The two figures of the next sentence as (before, after) when both are dated, the
    first starting and ending before the second (two spans may share their seam year:
    "in 2011-14 and in 2014-17"), and the change's period (if any) starts no earlier
    than the first's and ends with the second's ("fell 25% last year ... in 2024 and in
    2025"; "fell by a quarter ... in 2024 and this year")."""
    first, second = (doc.frames[j].period for j in nxt)
    if first is None or second is None or not (first[0] < second[0] and first[1] < second[1]):
        return None  # in order, or sharing a year at the seam ("in 2011-14 and in 2014-17")
    if period is not None and not (first[0] <= period[0] and second[1] >= period[1]):
        return None
    return nxt[0], nxt[1]


def _same_measure(said: str | None, other: str | None) -> bool:
    """Whether two measures may be one: either unnamed, or sharing a word."""
    words = [set((m or "").lower().replace("-", " ").split()) for m in (said, other)]
    return not words[0] or not words[1] or bool(words[0] & words[1])


def _after(doc: Document, g: int, i: int) -> int | None:
    """The level the change restates: the nearest plain level before it in its sentence,
    else the last figure of the sentence before when the change's opens with a pronoun."""
    change = doc.claims[i]
    before = [j for j in doc.groups[g] if j < i]
    if before:
        j = before[-1]
        return j if _plain(doc.claims[j]) and doc.frames[j].role != "change" else None
    if g == 0 or not _opens_back(doc, i):
        return None
    j = doc.groups[g - 1][-1]
    if "\n\n" in doc.text[doc.claims[j].end : change.start]:
        return None
    return j if _plain(doc.claims[j]) and doc.frames[j].role != "change" else None


def _opens_back(doc: Document, i: int) -> bool:
    """Whether claim i's sentence opens with a pronoun that points back ("That was ...")."""
    return _BACK.match(doc.text, doc.contexts[i].sentence[0]) is not None


def _plain(c: Claim) -> bool:
    return (c.change is None and not c.multiplier and c.high is None
            and c.bound in ("exact", "approx") and c.unit not in ("percent",
                                                                   "percentage_point"))
