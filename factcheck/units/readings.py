"""Bare unit words that name several amounts: "tons" (metric, short or long), "gallons"
(US or imperial), "pints", "quarts", "fluid ounces", "bushels".

The extractor reads such a word as one pint unit (a short ton, a US gallon). A figure
whose text says no kind ("11 gallons", not "11 imperial gallons") may mean any of the
readings in readings.tsv, and a check that compares it decides only when every reading
agrees: a right figure is never called wrong because the extractor's reading does not fit
(DESIGN.md: a comparison "never calls a figure wrong inside its band"; FC303 names the
ambiguity). The same readings decide against tables (factcheck.reference.unit_readings).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache
from importlib.resources import files

from factcheck.model import Claim


@dataclass(frozen=True)
class Reading:
    """One way to read a bare unit word: a pint unit and its name for a message."""

    unit: str
    name: str


@cache
def _table() -> dict[str, tuple[tuple[Reading, ...], re.Pattern[str]]]:
    """Extracted unit -> (its readings, the words that pin its kind), from readings.tsv."""
    text = files(__name__.rsplit(".", 1)[0]).joinpath("readings.tsv").read_text("utf-8")
    found: dict[str, tuple[tuple[Reading, ...], re.Pattern[str]]] = {}
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        unit, readings, kinds = line.split("\t")
        words = "|".join(re.escape(k) for k in kinds.split("|"))
        found[unit] = (tuple(Reading(*item.split("=", 1)) for item in readings.split("|")),
                       re.compile(rf"(?<![\w.])(?:{words})(?![\w])", re.IGNORECASE))
    return found


def readings(claim: Claim) -> tuple[Reading, ...]:
    """The readings of the claim's unit when its text names no kind of it ("40 tons":
    short, metric and long tons; "11 gallons": US and imperial); () when the unit has one
    reading or the text pins it ("40 metric tons", "11 US gallons").

    >>> [r.unit for r in readings(Claim("11 gallons", 0, 10, 11.0, unit="gallon"))]
    ['gallon', 'imperial_gallon']
    >>> readings(Claim("11 imperial gallons", 0, 19, 11.0, unit="gallon"))
    ()
    """
    entry = _table().get(claim.unit)
    if entry is None or entry[1].search(claim.text):
        return ()
    return entry[0]


def as_read(claim: Claim) -> list[Claim]:
    """The claim in each of its readings (the claim alone when it has one): the written
    number in each unit, its precision unchanged (it is in the written number's units)."""
    return [replace(claim, unit=r.unit) for r in readings(claim)] or [claim]
