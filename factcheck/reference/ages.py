"""Counts of people of an age group: "36 million people aged 65 and over", "4 million
children under 5", "residents aged 15 to 24". The age group is part of what is counted:
only a series of that age group decides (a title that names it: "Population by age group
(Ages 65+)", "(0-4 years)", "(Under-25s)"), never the whole population.
"""

from __future__ import annotations

import re
from dataclasses import replace

from factcheck.model import Frame

Ages = tuple[int, int | None]  # first and last year of age; None: no upper end

# The words of an age bound, the one reading of them (age_after, bound_before).
_AGED = r"aged|ages?"
_OVER = r"over|older\s+than|above"
_UNDER = r"under|younger\s+than|below"
_AFTER = re.compile(
    rf"^[\w\s-]{{0,20}}?\b(?:{_AGED})\s+(?P<lo>\d+)\s*(?:(?:and|or)\s+(?:over|older|above)"
    r"|\+|(?:-|–|to)\s*(?P<hi>\d+))"
    rf"|^[\w\s-]{{0,20}}?\b(?:{_OVER})\s+(?:the\s+age\s+of\s+)?(?P<over>\d+)\b"
    rf"|^[\w\s-]{{0,20}}?\b(?:{_UNDER})\s+(?:the\s+age\s+of\s+)?(?P<under>\d+)\b",
    re.IGNORECASE)
_OPENS_WITH_BOUND = re.compile(rf"^(?:just\s+)?(?:{_UNDER}|{_OVER})\b", re.IGNORECASE)
_ENDS_WITH_BOUND = re.compile(
    rf"\b(?:(?:{_AGED})\s+(?:(?:between|from|{_UNDER}|{_OVER})\s+)?|(?:{_UNDER}|{_OVER})\s+)$",
    re.IGNORECASE)
_TITLE = re.compile(r"(?:\bage[sd]?\s+|\()(?P<lo>\d+)\s*(?:\+|-|–|to)\s*(?P<hi>\d+)?"
                    r"|\bunder-?(?P<under>\d+)s?\b", re.IGNORECASE)
REACH = 40  # characters after a figure within which its age group is read
# An age bound joined to its number by a hyphen, written before a noun as one modifier
# ("the over-65 population", "under-5 deaths", "the over-80s"): the group of that age and
# over ("over-65s" are the people aged 65 and over, as statistics offices title them), or
# under it.
_JOINED = re.compile(r"\b(?P<bound>over|under)-(?P<age>\d{1,3})s?\b", re.IGNORECASE)
_JOINED_BEFORE = re.compile(r"\b(?:over|under)-$", re.IGNORECASE)


def age_after(text: str, end: int) -> Ages | None:
    """The age group written right after a figure ending at ``end``, or None."""
    found = _AFTER.search(text[end:end + REACH])
    if found is None:
        return None
    if found.group("lo"):
        hi = found.group("hi")
        return int(found.group("lo")), int(hi) if hi else None
    if found.group("over"):
        return int(found.group("over")) + 1, None
    return 0, int(found.group("under")) - 1


def bound_before(before: str, figure: str) -> str | None:
    """The text before the age-bound words of a figure whose own text is ``figure`` and
    that follows ``before``: ``before`` cut at the words that end it ("women aged ",
    "drivers over ", "adults aged between "), or ``before`` whole when ``figure`` opens
    with a bound ("under 25", "just over 70"); None when neither (no age bound)."""
    found = _ENDS_WITH_BOUND.search(before)
    if found is not None:
        return before[:found.start()]
    return before if _OPENS_WITH_BOUND.match(figure) else None


def joined_before(before: str) -> bool:
    """Does the text before a figure end with an age bound joined to it by a hyphen
    ("the over-", "Japan's under-"): the figure is the age of a group, not a value?"""
    return _JOINED_BEFORE.search(before) is not None


def with_joined_age(frame: Frame) -> Frame:
    """The frame whose measure names its age group as a hyphenated modifier ("over-65
    population": people aged 65 and over; "under-5 deaths": aged 0-4) with the group
    written as in_measure reads it ("population aged 65+"), so that only a series of that
    age group decides it (series: in_measure against age_in), never the whole population.
    Any other frame is returned as it is."""
    measure = frame.measure
    found = _JOINED.search(measure or "")
    if measure is None or found is None or in_measure(measure) is not None:
        return frame
    age = int(found.group("age"))
    ages: Ages = (age, None) if found.group("bound").lower() == "over" else (0, age - 1)
    rest = " ".join(f"{measure[:found.start()]} {measure[found.end():]}".split())
    return replace(frame, measure=f"{rest} {written(ages)}".strip())


def age_in(title: str) -> Ages | None:
    """The age group a series' title names ("Ages 65+": (65, None); "0-4 years": (0, 4);
    "Under-25s": (0, 24)), or None."""
    if re.search(r"\bage", title, re.IGNORECASE) is None:
        return None
    found = _TITLE.search(title)
    if found is None:
        return None
    if found.group("under"):
        return 0, int(found.group("under")) - 1
    hi = found.group("hi")
    return int(found.group("lo")), int(hi) if hi else None


def written(ages: Ages) -> str:
    """How a measure carries an age group: "aged 65+", "aged 0-4"."""
    lo, hi = ages
    return f"aged {lo}+" if hi is None else f"aged {lo}-{hi}"


def in_measure(measure: str | None) -> Ages | None:
    """The age group a measure carries (written()), or None."""
    found = re.search(r"\baged (\d+)(?:\+|-(\d+))", measure or "")
    if found is None:
        return None
    return int(found.group(1)), int(found.group(2)) if found.group(2) else None


def with_age(frame: Frame, text: str) -> Frame:
    """The frame of a plain count followed by an age group, its measure carrying it."""
    claim = frame.claim
    if claim.unit or claim.multiplier:
        return frame
    ages = age_after(text, claim.end) or _age_of_measure(frame, text)
    if ages is None:
        return frame
    return replace(frame, measure=f"{frame.measure or claim.noun or ''} {written(ages)}")


def _age_of_measure(frame: Frame, text: str) -> Ages | None:
    """The age group written right after the measure's noun before the figure ("Uruguay's
    population aged 65 or older stood at 210,000", "the number of children under five
    fell to 3,100"), or None."""
    read = _before_figure(frame, text)
    if read is None:
        return None
    head, before = read
    hits = list(re.finditer(rf"\b{head}\w*", before, re.IGNORECASE))
    return age_after(before, hits[-1].end()) if hits else None  # its last mention


def _before_figure(frame: Frame, text: str) -> tuple[str, str] | None:
    """The measure's head noun, as a pattern, and the text before the figure in which its
    age may be written (_age_of_measure, held_at_age); None for a frame with no measure."""
    words = (frame.measure or "").split()
    if not words:
        return None
    return re.escape(words[-1]), text[max(0, frame.claim.start - 160):frame.claim.start]


def held_at_age(frame: Frame, text: str) -> Frame:
    """The frame of a figure whose measure is held at an age written after the measure's
    noun, before the figure ("Life expectancy at 65 in Kenya was 16.8 years", "mortality
    at age five"): its measure carries the age (written()), so only a series whose title
    names that age decides it (series: in_measure against age_in), never the measure at
    birth or of all ages. A bare number after "at" is read as the age."""
    read = _before_figure(frame, text)
    if read is None:
        return frame
    head, before = read
    found = re.search(rf"\b{head}\w*\s+at\s+(?:the\s+)?(?:age\s+(?:of\s+)?)?(\d{{1,3}})\b"
                      r"(?!\s*(?:%|percent|per|years?\s+old))", before, re.IGNORECASE)
    if found is None:
        return frame
    age = int(found.group(1))
    return replace(frame, measure=f"{frame.measure} {written((age, age))}")
