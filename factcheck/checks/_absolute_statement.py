"""An absolute change with its two levels, for FC203 (factcheck.checks._absolute,
_compared, _story_levels): the record and the test that makes one.

All three figures keep their bands (factcheck.tolerance); a change without a direction
("by 14 miles") may go either way. A change in "degrees" with no scale between two
readings of one temperature scale ("climbed 12 degrees, from minus 9C to 11C") is a
difference on that scale.
"""

from __future__ import annotations

from typing import NamedTuple

from factcheck.model import Claim


class Absolute(NamedTuple):
    change: Claim
    before: Claim
    after: Claim
    way: str | None  # "increase", "decrease", or None: either


def checked(change: Claim, before: Claim, after: Claim, way: str | None
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
