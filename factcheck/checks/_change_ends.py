"""Which figures a stated change and its two levels may be.

A change is a percent, points or basis-points figure with a direction, or a multiple
("doubled"); a level is a single figure with no direction ("4,800", "5.5%"). The two
levels a change runs between are both plain levels of one unit and noun. Read by the
sentence readings (factcheck.checks._changes) and the readings of the sentence before
(factcheck.checks._levels_before) alike.
"""

from __future__ import annotations

import math

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


FAR = 10  # a pairing whose change is this factor off the stated one is of other things


def fits(change: Claim, old: float, new: float) -> bool:
    """Whether levels old and new may be the ends of the stated change: they go the way
    it states (either way for a change without a direction) and the change they give is
    within a factor FAR of the stated one: a multiple, a percent as the logarithm of its
    factor (a 20% fall is 0.8 times the level before; 65,000 to 6 is 0.0001 times), or a
    difference in the levels' unit ("3,000 more than"). Levels that give a 99.9% fall
    for "up 6%", or a rise of 115,000 for "3,000 more", are more likely two other things
    than a slip."""
    if old <= 0 or change.value <= 0:
        return False
    if change.multiplier:
        implied = new / old
        stated = change.value
        return implied > 0 and stated / FAR <= implied <= stated * FAR
    if change.unit in CHANGE_UNITS and change.unit != "percent":
        return True  # points: a difference of percentages, read by FC302 and FC203 as such
    implied = new - old
    if change.change is not None and (implied > 0) != (change.change == "increase"):
        return False
    if change.unit != "percent":
        return change.value / FAR <= abs(implied) <= change.value * FAR
    # percents as factors, in logs: a 20% fall is 0.8 times, a 99.99% fall 0.0001 times
    stated = 1 + (-1 if change.change == "decrease" else 1) * change.value / 100
    if stated <= 0 or new <= 0:
        return stated <= 0 and new <= 0
    said, got = abs(math.log(stated)), abs(math.log(new / old))
    return said / FAR <= got <= said * FAR


def points_for_percent(change: Claim, old: Claim, new: Claim) -> bool:
    """Whether a change in percent between two percentages is their difference in points
    ("grew by 4%, reaching 11% against 7%"): FC302's reading, which a factor test (fits)
    would take for levels of other things."""
    return (change.unit == old.unit == new.unit == "percent" and not change.multiplier
            and abs(abs(new.value - old.value) - change.value) <= change.precision)


def restated_level(change: Claim, old: Claim, nearest: Claim, earlier: list[Claim]
                   ) -> Claim | None:
    """The level after a change restates, when the figure just before it (nearest) may be
    of another thing: "caught speeding 38,200 times by the county's 24 fixed cameras, up 6%
    from 36,000". Among the plain levels of old's unit and noun before the change in its
    sentence (earlier, nearest among them), the nearest is taken when it is the only one
    or fits the change (fits); else the one other level that fits; else none (two readings,
    neither sure: the check says nothing)."""
    candidates = [c for c in earlier if c is not old and is_level(c) and c.high is None
                  and same_unit(old, c)]
    if len(candidates) <= 1 or fits(change, old.value, nearest.value):
        return nearest
    others = [c for c in candidates if c is not nearest and fits(change, old.value, c.value)]
    return others[0] if len(others) == 1 else None
