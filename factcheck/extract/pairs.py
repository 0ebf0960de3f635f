"""Two neighbouring figures read as one or none: a measure in two units ("6 feet 2
inches"), a score ("a 9-2 lead"), and a bare level that takes the scale of the range after
it ("from 24.2 to 33-35 billion euros")."""

from __future__ import annotations

import re
from dataclasses import replace

from factcheck.extract.found import Found, bare, gap_between
from factcheck.extract.metres import FEET_MARKS, INCH_MARKS
from factcheck.extract.numbers import scaled_value
from factcheck.lexicon import lexicon
from factcheck.model import Claim

_COMPOUND_GAP = re.compile(r"\s*(?:and\s+)?", re.IGNORECASE)


def compound(text: str, ca: Claim, cb: Claim) -> Found | None:
    """ "6 feet 2 inches", "7lb 4oz", "2 hours and 15 minutes", 6'2": one measure in the
    smaller unit (data/compounds.tsv)."""
    gap = gap_between(text, ca, cb)
    unit, end = cb.unit, cb.end
    if (ca.unit == "foot" and ca.text[-1:] in FEET_MARKS and not gap and bare(cb)
            and text[end : end + 1] in INCH_MARKS):
        unit, end = "inch", end + 1  # 6'2": the inch mark is no unit on its own
    per = lexicon().compounds.get((ca.unit, unit))
    if per is None or not _COMPOUND_GAP.fullmatch(gap):
        return None
    if (ca.high is not None or cb.high is not None or ca.multiplier or cb.multiplier
            or cb.bound != "exact" or cb.change or not ca.value.is_integer()
            or not 0 <= cb.value < per):
        return None
    return Found(replace(ca, text=text[ca.start : end], end=end, value=ca.value * per + cb.value,
                         unit=unit, noun=cb.noun), 1.0)


def scale_from(text: str, a: Found, b: Found) -> Found:
    """ "from 24.2 to 33-35 billion euros": a bare level before "to" and a scaled range
    takes the range's scale and unit."""
    ca, cb = a.claim, b.claim
    if not (bare(ca) and not a.scaled and b.scaled and cb.high is not None):
        return a
    if gap_between(text, ca, cb).strip().lower() != "to" or ca.value * b.scale > cb.high:
        return a
    value = scaled_value(ca.value, b.scale)
    return Found(replace(ca, value=value, unit=cb.unit, noun=cb.noun), b.scale)


def rate_of_move(a: Found, b: Found) -> Found:
    """ "will rise from £1.80 to £2.20 an hour", "from 2,700 kWh to 3,100 kWh a year": the
    first end of a move "from A to B per T" is a rate per T too when A's unit is the rate's
    numerator and A states no change ("fell 4p to 36p a litre": the fall stays 4p)."""
    ca, cb = a.claim, b.claim
    if not ca.unit or ca.change or ca.multiplier or not cb.unit.startswith(ca.unit + " / "):
        return a
    return Found(replace(ca, unit=cb.unit), a.scale)


def drop_scores(text: str, found: list[Found]) -> list[Found]:
    """ "a 9-2 lead", "at 2-0 down", "tied 2-2", "won 112-104", "the 747-400 jet", "the bill
    passed 52-48" (a bound word read before the first changes nothing): two bare whole
    numbers joined by a dash, the first not smaller, are a score or a model, not two
    figures (a range runs upwards)."""
    drop: set[int] = set()
    for k in range(len(found) - 1):
        a, b = found[k].claim, found[k + 1].claim
        if (
            text[a.end : b.start] in ("-", "–")
            and a.text.rsplit(None, 1)[-1].isdigit()  # "passed 52-48": a word before it
            and b.text[:1].isdigit()
            and b.unit == ""
            and a.value >= b.value
        ):
            drop.update((k, k + 1))
    return [f for k, f in enumerate(found) if k not in drop]
