"""Which figures a stated change and its two levels may be.

A change is a percent, points or basis-points figure with a direction, or a multiple
("doubled"); a level is a single figure with no direction ("4,800", "5.5%"). The two
levels a change runs between are both plain levels of one unit and noun. Read by the
sentence readings (factcheck.checks._changes) and the readings of the sentence before
(factcheck.checks._levels_before) alike.
"""

from __future__ import annotations

from factcheck.model import Claim

CHANGE_UNITS = ("percent", "percentage_point", "basis_point")


def is_change(c: Claim) -> bool:
    return c.change is not None and c.high is None and (
        c.multiplier or c.unit in CHANGE_UNITS)


def is_level(c: Claim) -> bool:
    return c.change is None and not c.multiplier and c.bound in ("exact", "approx")


def plain_levels(old: Claim, new: Claim) -> bool:
    """Both figures are single levels (no change, bound or range): ends a change runs
    between."""
    return is_level(old) and is_level(new) and old.high is None and new.high is None


def same_unit(a: Claim, b: Claim) -> bool:
    return a.unit == b.unit and (a.noun == b.noun or a.noun is None or b.noun is None)


def measure_words(measure: str | None) -> set[str]:
    """The words of a frame's measure, lowercased, hyphens as spaces."""
    return set((measure or "").lower().replace("-", " ").split())
