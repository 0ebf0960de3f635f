"""The period of a level before a change that is written after the level it led to
("the budget for 2025/26 is £626.5m, up from £600m"; "unemployment rose to 4.7% in the
three months to May, from 4.5%"; "admissions fell to 1,210 in March, down from 1,380").

Such a figure held before the level written first: it is that level's predecessor, not
a second figure for the same period. The frames give it the sentence's period (the
phrase dates the level after); a row for that period then decides it, and a band of
±5% around an earlier level often takes in the newer row. The rule a careful editor
reads by: a level before with no period phrase of its own held the period just before
the one of the level it led to, of the same length, when that period is a run of whole
months (a year, a fiscal year, a quarter, a month: "up from £600m" beside 2025/26 is
2024/25's). A level before whose period cannot be read so (a day, a span of days, no
period at all) decides nothing: unverifiable, with the reason.

Read from the frames alone: a figure right after "from" (the word the parse hangs a
change's first end on) that follows, in its sentence, a figure of the same subject and
unit with the same period; the phrase after the figure dating it otherwise ("from £600m
in 2024/25", "from 4.5% a year earlier") leaves it as the frames read it.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import replace
from datetime import date, timedelta

from factcheck.frames.links import follows_per
from factcheck.model import Frame
from factcheck.written_years import YEAR

__all__ = ["earlier_levels"]

_FROM = re.compile(r"\bfrom\s+(?:[a-z]+\s+){0,2}$", re.IGNORECASE)  # "from", "from about"
_OWN_DATE = re.compile(r"^[^,;:.]*?(?:\b" + YEAR + r"\b|\b(?:a|one|the)\s+(?:year|"
                       r"month|quarter)\b|\b(?:last|previous|prior)\b|\bearlier\b|\bago\b|"
                       r"\bbefore\b|\b(?:" + "|".join(calendar.month_name[1:]) + r")\b)",
                       re.IGNORECASE)
REACH = 20  # characters before the figure within which "from" is read
Period = tuple[date, date]


def earlier_levels(frames: list[Frame], places: list[tuple[int, str]], text: str) -> list[Frame]:
    """The frames, each level before a change written after its level given the period
    before that level's (or left unsure when none can be read); the others as they are.

    places: (offset, sentence) of each frame's sentence, in the frames' order."""
    out = list(frames)
    for i, frame in enumerate(frames):
        j = _led_to(frames, places, text, i)
        if j is None:
            continue
        before = _period_before(frames[j].period)
        out[i] = (replace(frame, period=before) if before is not None else replace(
            frame, unsure=frame.unsure or (
                f"'{frame.claim.text}' is the level before '{frames[j].claim.text}', and "
                "the draft does not say for which period it held")))
    return out


def _led_to(frames: list[Frame], places: list[tuple[int, str]], text: str,
            i: int) -> int | None:
    """The figure before i in its sentence that i is the level before, if i is one."""
    frame = frames[i]
    claim = frame.claim
    if frame.role == "change" or claim.change is not None or claim.multiplier:
        return None
    if not _FROM.search(text[max(places[i][0], claim.start - REACH):claim.start]):
        return None
    nxt = next((f.claim.start for f in frames[i + 1:]  # a rate's base ("per 1,000
                if not follows_per(text, f.claim.start)), len(text))  # people") is no figure
    if _OWN_DATE.match(text[claim.end:min(nxt, claim.end + 60)]):
        return None  # "from £600m in 2024/25": dated by its own phrase
    for j in range(i - 1, -1, -1):
        other = frames[j]
        if places[j][0] != places[i][0]:
            return None
        if (other.role != "change" and other.claim.change is None
                and not follows_per(text, other.claim.start)
                and other.claim.unit == claim.unit and other.subject == frame.subject
                and other.period == frame.period):
            return j
    return None


def _period_before(period: Period | None) -> Period | None:
    """The period of the same length just before one that is a run of whole months (a
    year from any month, a quarter, a month); None for any other."""
    if period is None:
        return None
    first, last = period
    if first.day != 1 or (last + timedelta(days=1)).day != 1:
        return None
    months = (last.year - first.year) * 12 + last.month - first.month + 1
    if months not in (1, 3, 6, 12):
        return None
    start = _months_back(first, months)
    return start, first - timedelta(days=1)


def _months_back(day: date, months: int) -> date:
    """The first of the month `months` months before day's month."""
    index = day.year * 12 + day.month - 1 - months
    return date(index // 12, index % 12 + 1, 1)
