"""Claims about change over time, decided on the two rows at the ends of their period.

"fell by more than 30% between 2000 and 2020", "tripled since 1990", "dropped by over 5
points between 2010 and 2015", "rose 4% in 2021": the change is computed from the rows at
both ends as the claim states it, and held to the tolerance of its wording
(factcheck.tolerance: "30%" ±1.5, "tripled" ±10%, "more than" strict):

- a multiplier ("doubled", "threefold") is the ratio of the later level to the earlier;
- a change in percent is relative to the earlier level, also for a series of shares
  (DESIGN.md: percent of a percentage is relative; points are the difference);
- a change in percentage points, or in the series' own unit ("by 3,000 people", "by 5
  years"), is the difference of the two levels.

A change whose direction the extractor did not read ("cut by half") is wrong when its
size fits neither a rise nor a fall, and decides nothing when it fits one of them.

The ends: a period of several years runs from its first year's row to its last year's row
(an open end, "since 1990", to the latest row not after the draft's date); a single year
compares that year's row with the year before. A missing end row decides nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from factcheck import figures
from factcheck.model import Claim
from factcheck.reference.schema import Row
from factcheck.tolerance import Decision, decide
from factcheck.units import convert

RELATIVE_UNITS = frozenset({"percent"})


@dataclass(frozen=True)
class Change:
    """The change the rows show, in the claim's terms, and how the claim fares."""

    decision: Decision
    actual: float          # the change as the claim measures it (signed its way)
    arithmetic: str        # "1990: 794 Mt; 2022: 420 Mt; a fall of 47.1%"
    unsure: str | None = None  # why the change decides nothing though its size fits


def read_points(claim: Claim) -> Claim:
    """A change counted in "points" ("climbed by over 20 points") is a change in
    percentage points when held against a series of shares, with the precision of a
    figure in that unit (DESIGN.md, "Tolerance")."""
    if claim.unit or (claim.noun or "").lower() not in ("point", "points"):
        return claim
    from factcheck.extract.precision import precision_of

    points = replace(claim, unit="percentage_point", noun=None)
    return replace(points, precision=precision_of(points))  # "6 points" carries ±0.3,
    # not the exactness of a count of six things


def is_relative(claim: Claim) -> bool:
    """A change read against the earlier level (percent, or a multiplier)."""
    return claim.multiplier or claim.unit in RELATIVE_UNITS


def ends(rows: list[Row], period: tuple[date, date], as_of: date) -> tuple[Row, Row] | str:
    """The rows at the two ends of the claim's period, or why there are none.

    rows: one series (one entity and metric), any order. A period that is one row's own
    span ("in 2021", "in the first five months of 2025") compares that row with the row
    for the same span a year earlier; a period of several years runs from the row of its
    first year to the row of its last (an open end, one the frames end on as_of: the
    latest row whose year has ended by as_of).
    """
    spans = {(row.start, row.end): row for row in rows}
    if period in spans:
        earlier = (_year_before(period[0]), _year_before(period[1]))
        if earlier not in spans:
            return f"the table has no row for {earlier[0].year}, a year before the change"
        return spans[earlier], spans[period]
    years = {row.start.year: row for row in rows
             if (row.start.month, row.start.day, row.end.month, row.end.day) == (1, 1, 12, 31)
             and row.start.year == row.end.year}
    first, last = period[0].year, period[1].year
    if first == last:
        first -= 1  # a calendar year against the year before
    if last >= as_of.year and period[1] <= as_of:  # an open end ("since 1990", "in the
        # past decade": the frames end it on the draft's date); a stated last year ("from
        # 2000 to 2021") needs that year's row, never an earlier one in its place
        known = [year for year, row in years.items() if first < year and row.end <= as_of]
        # a year's row is known once the year is over: a draft of May 2020 says "since
        # 2004" of the rows to 2019, the year 2020's figure being not yet out
        if not known:
            return f"the table has no row after {first} to compare with"
        last = max(known)
    start, end = years.get(first), years.get(last)
    if start is None or end is None:
        missing = first if start is None else last
        return f"the table has no row for {missing}, an end of the change"
    return start, end


def _year_before(day: date) -> date:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year - 1, day=28)


def measure_change(claim: Claim, start: Row, end: Row, approx: float) -> Change:
    """The change from start to end as the claim states it, and the decision on it."""
    unit = "percent" if claim.unit == "percentage_point" else (claim.unit or "")
    was, now = start.value, end.value
    if not claim.multiplier and claim.unit not in RELATIVE_UNITS:
        was = convert(was, start.unit or "dimensionless", unit or "dimensionless")
        now = convert(now, end.unit or "dimensionless", unit or "dimensionless")
    levels = (f"{start.period}: {figures.amount(start.value, start.unit, None)}; "
              f"{end.period}: {figures.amount(end.value, end.unit, None)}")
    if not was and (claim.multiplier or claim.unit in RELATIVE_UNITS):
        return Change(decide(claim, 0.0, approx), 0.0, levels,  # "up 50% since 2000" from 0
                      f"the level in {start.period} is zero, of which no percent or factor "
                      "is a change")
    if claim.multiplier:
        ratio = now / was
        return Change(decide(claim, ratio, approx), ratio,
                      f"{levels}; a factor of {figures.fmt(ratio, 2)}")
    if claim.unit in RELATIVE_UNITS:
        moved = (now - was) / abs(was) * 100
        shown = f"{figures.fmt(abs(moved))}%"
    else:
        moved = now - was
        shown = (f"{figures.fmt(abs(moved), 2)} percentage points"
                 if claim.unit == "percentage_point" else figures.amount(abs(moved), unit, 2))
    way = "rise" if moved >= 0 else "fall"
    actual = -moved if claim.change == "decrease" else moved
    said = ""
    if claim.change and moved and (moved > 0) != (claim.change == "increase"):
        said = f", where the claim says a {'rise' if claim.change == 'increase' else 'fall'}"
    unsure = None
    if claim.change is None and decide(claim, abs(moved), approx).holds:
        unsure = ("the size fits but the wording's direction (a rise or a fall) was not "
                  "read")  # "cut by half": wrong either way is wrong, right needs the way
        actual = abs(moved)
    return Change(decide(claim, actual, approx), actual,
                  f"{levels}; a {way} of {shown}{said}", unsure)
