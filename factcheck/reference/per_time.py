"""Counts per day, hour, week or month held against yearly series.

"about 90 people die of tuberculosis each day", "at least 10 deaths every hour", "roughly
500 a week", "averaged about 15,000 a year": the series counts a year; the claim counts a
shorter time. The claim is read as the yearly count it implies (the figure and its
precision times the number of such times in a year: 365.25 days, 8,766 hours, 52.18
weeks, 12 months), and its verdict says so. "A year" keeps the figure: it only says the
count is yearly, which is no rate per person ("per 100,000 people") either; and a figure
"2.5% a year" held against a yearly series is 2.5% in each year's row.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from factcheck import figures
from factcheck.model import Claim, Frame

PER_YEAR = {"hour": 24 * 365.25, "day": 365.25, "week": 365.25 / 7, "month": 12.0,
            "year": 1.0}
_PER = re.compile(r"^[^.;:]*?\b(?:a|an|per|every|each)\s+(hour|day|week|month|year)\b"
                  r"|^[^.;:]*?\b(daily|weekly|monthly|annually|yearly)\b", re.IGNORECASE)
_ADVERBS = {"daily": "day", "weekly": "week", "monthly": "month", "annually": "year",
            "yearly": "year"}
_BEFORE = re.compile(r"\b(?:every|each|per)\s+(hour|day|week|month)\b"
                     r"|\b(daily|weekly|monthly)\b(?!\s+(?:average|mean))", re.IGNORECASE)  # "Every
# week, 40 people ...": the time before the figure, in its clause
_CLAUSE = re.compile(r"[.;:!?]\s")
REACH = 60  # characters after a figure within which its time unit is read


@dataclass(frozen=True)
class PerTime:
    """How a count per some time was read: the time, and the yearly claim it implies."""

    time: str
    claim: Claim

    def note(self, original: Claim) -> str:
        if self.time == "year":
            return ""
        article = "an" if self.time == "hour" else "a"
        return (f"'{original.text}' {article} {self.time} is {figures.fmt(self.claim.value, 0)} a "
                f"year ({figures.fmt(PER_YEAR[self.time], 2)} {self.time}s a year)")


def per_time(frame: Frame, text: str, next_start: int | None) -> PerTime | None:
    """The time a plain count is per, read after it up to the next claim or the sentence's
    end (within REACH characters), else before it in its clause ("every week", "daily"),
    or None. Only counts: a percent or a unit keeps its
    own reading."""
    claim = frame.claim
    if claim.unit.endswith(" / year") and not claim.multiplier:  # "2.5% a year"
        return PerTime("year", replace(claim, unit=claim.unit.removesuffix(" / year")))
    if claim.unit or claim.multiplier or claim.change:
        return None
    stop = min(claim.end + REACH, next_start if next_start is not None else len(text))
    match = _PER.match(text[claim.end:stop]) or _BEFORE.search(
        _CLAUSE.split(text[max(0, claim.start - REACH):claim.start])[-1])
    if match is None:
        return None
    time = (match.group(1) or _ADVERBS[match.group(2).lower()]).lower()
    factor = PER_YEAR[time]
    yearly = replace(claim, value=claim.value * factor, precision=claim.precision * factor,
                     high=claim.high * factor if claim.high is not None else None)
    return PerTime(time, yearly)


def yearly_over_years(frame: Frame, text: str, next_start: int | None) -> str | None:
    """Why a change said per year over a span of years decides nothing ("grew by an
    average of 2.3% a year between 2010 and 2020", "fell 4% annually since 2015"): the
    rows at the span's ends give the whole change, and a rate per year is its compound or
    its mean of yearly changes, which the wording does not choose between; None for any
    other figure."""
    claim, period = frame.claim, frame.period
    if claim.multiplier or not (claim.change or frame.role == "change") or period is None:
        return None
    if period[1].year - period[0].year < 1:
        return None
    per_year = claim.unit.endswith(" / year")
    if not per_year and claim.unit == "percent":
        stop = min(claim.end + REACH, next_start if next_start is not None else len(text))
        found = _PER.match(text[claim.end:stop])
        per_year = found is not None and "year" in {(found.group(1) or "").lower(),
                                                    _ADVERBS.get((found.group(2) or "").lower())}
    if not per_year:
        return None
    return (f"'{claim.text}' is a change per year from {period[0].year} to "
            f"{period[1].year}, which the rows at the span's ends give only as a whole; "
            "read as a compound rate or as the mean of the yearly changes, it is not checked")


def as_yearly(frame: Frame, found: PerTime) -> Frame:
    """The frame of the yearly count: a count per time is no rate per person."""
    role = "level" if frame.role == "rate" else frame.role
    return replace(frame, claim=found.claim, role=role)


def without_times(measure: str | None) -> str | None:
    """A measure without the adverbs of time that make a count per day, week, month or
    year ("daily death toll" -> "death toll"): what a relative change of it compares."""
    if measure is None:
        return None
    kept = [w for w in measure.split() if w.lower() not in _ADVERBS and w.lower() != "annual"]
    return " ".join(kept) or None
