"""An absolute change with its two levels, for FC203 (factcheck.checks._absolute,
_compared, _story_levels): the record and the test that makes one.

All three figures keep their bands (factcheck.tolerance); a change without a direction
("by 14 miles") may go either way. A change in "degrees" with no scale between two
readings of one temperature scale ("climbed 12 degrees, from minus 9C to 11C") is a
difference on that scale. Figures in different units of one dimension ("dropped by 85 cm,
from 3.15 metres to 2.62 metres"; "by 400 metres, from 5.2 km to 4.8 km") are compared in
the change's unit through the one pint registry, each band converted with its figure;
never temperatures on two scales (an offset, not a factor) nor currencies.
"""

from __future__ import annotations

from dataclasses import replace
from typing import NamedTuple

from factcheck.checks._conversion_pairs import dimension
from factcheck.lexicon import lexicon
from factcheck.model import Claim
from factcheck.units import convert, is_currency


class Absolute(NamedTuple):
    change: Claim
    before: Claim
    after: Claim
    way: str | None  # "increase", "decrease", or None: either


def checked(change: Claim, before: Claim, after: Claim, way: str | None
            ) -> Absolute | None:
    """The statement, if both levels are plain levels of the change's unit; a change in a
    hundredth whose currency the words leave open ("fell 14 cents, to €1.62 from €1.69":
    lexicon subunits.tsv, currency "-") is in the levels' currency. A rate written once
    among the three ("went up £45 to £520 a year, from £460") is read in its numerator's
    unit (_rate_once)."""
    change, before, after = _rate_once(change, before, after)
    if open_subunit(change) and before.unit == after.unit and is_currency(before.unit):
        change = replace(change, unit=before.unit)
    before, after = in_unit(before, change.unit), in_unit(after, change.unit)
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


def _rate_once(*figures: Claim) -> tuple[Claim, Claim, Claim]:
    """The change and its two levels in one unit when a rate is written on some of them
    only ("£45 to £520 a year, from £460": the "a year" once for all three): every unit
    is one numerator, alone or per one same period; else the figures as they are (two
    periods, "£45 a week to £520 a year", are no ellipsis)."""
    change, before, after = figures
    parts = [f.unit.split(" / ", 1) for f in figures]
    tops = {p[0] for p in parts}
    pers = {p[1] for p in parts if len(p) == 2}
    if len(tops) != 1 or len(pers) != 1 or not all(p[0] for p in parts):
        return change, before, after
    top = tops.pop()
    return (replace(change, unit=top), replace(before, unit=top), replace(after, unit=top))


def in_unit(level: Claim, unit: str) -> Claim:
    """level restated in unit when both are units of one length, area, volume, mass, time
    or speed ("3.15 metres" in centimeters: 315, its band 0.5 cm), else level as it is."""
    if level.unit == unit or not _scaled(level.unit) or not _scaled(unit):
        return level
    if dimension(level.unit) != dimension(unit) or dimension(unit) == "":
        return level
    factor = convert(1.0, level.unit, unit)
    return replace(level, value=level.value * factor, unit=unit,
                   high=None if level.high is None else level.high * factor,
                   precision=level.precision * factor)


def _scaled(unit: str) -> bool:
    """A unit that converts by a factor: not a count, percent, currency or temperature."""
    return (unit not in ("", "degree", "percent", "percentage_point", "basis_point")
            and unit not in _SCALES and not is_currency(unit.split()[0]))


def open_subunit(c: Claim) -> bool:
    """Whether a figure in money is written in a hundredth alone, with no currency of its
    own ("14 cents", "30 centimes"; not "$1.20" or "45p", whose currency is fixed)."""
    words = c.text.split()
    return (len(words) > 1 and is_currency(c.unit)
            and lexicon().subunits.get(words[-1].lower()) == "")


_SCALES = frozenset({"degree_Celsius", "degree_Fahrenheit", "kelvin"})


def _in_unit(change: str, level: str) -> bool:
    """Whether a change in unit change is a difference of levels in unit level: the same
    unit, or "degrees" with no scale between two readings of one temperature scale ("climbed
    12 degrees, from minus 9C to 11C": a difference of 20 on the levels' scale)."""
    return change == level or (change == "degree" and level in _SCALES)
