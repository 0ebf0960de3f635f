"""The reference table format of DESIGN.md and the loaded table record.

Unit column: a pint unit ("tonne", "km**2", "square_mile"), an ISO 4217 code ("USD"),
"percent" (or "%"), or "count" (a plain number of things; also "" or "number"). A scale
word may stand before or after it: "million USD", "USD millions", "thousand tonne",
"billion" (a count in billions). The scale is folded into the value when a table loads,
so a row "1,200 | million USD" compares as 1.2e9 USD.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cache

import pandas as pd

from factcheck.units import CURRENCIES, quantity

REQUIRED: tuple[str, ...] = ("entity", "metric", "value", "unit", "period", "source")
OPTIONAL: tuple[str, ...] = ("url", "retrieved", "notes", "aliases", "terms")
COLUMNS: tuple[str, ...] = REQUIRED + OPTIONAL

# Columns the loader derives from the written ones (never read from a file).
LINE = "_line"        # line number of the row in its file (1 is the header)
START = "_start"      # first day of the period (datetime.date)
END = "_end"          # last day of the period
SCALED = "_value"     # value with the unit's scale folded in
CANON = "_unit"       # canonical unit of SCALED ("" for counts)

SCALES: dict[str, float] = {
    "thousand": 1e3, "thousands": 1e3, "k": 1e3,
    "million": 1e6, "millions": 1e6, "mn": 1e6, "m": 1e6,
    "billion": 1e9, "billions": 1e9, "bn": 1e9,
    "trillion": 1e12, "trillions": 1e12, "tn": 1e12,
    "lakh": 1e5, "crore": 1e7,
}
COUNT_WORDS: frozenset[str] = frozenset({"", "count", "number", "people", "persons"})
ALIASES: dict[str, str] = {"%": "percent", "per cent": "percent", "pct": "percent",
                           "sq km": "km**2", "km2": "km**2", "sq mi": "mile**2",
                           "tonnes": "tonne", "metric tons": "metric_ton", "t": "tonne"}


@dataclass(frozen=True)
class Row:
    """One validated row: the written cells and the values derived from them."""

    index: int
    line: int
    entity: str
    metric: str
    value: float          # scaled: "1,200" in "USD millions" is 1.2e9
    unit: str             # canonical: "USD", "tonne", "" for counts
    start: date
    end: date
    period: str
    source: str
    url: str
    retrieved: str
    notes: str
    aliases: str
    terms: str
    written: str          # the value and unit cells as written: "1,200 USD millions"


@dataclass(frozen=True, eq=False)
class ReferenceTable:
    """A validated reference table: one fact per row of ``rows``, named ``name``.

    ``rows`` holds the DESIGN.md columns (strings, "" when absent) and the derived
    columns LINE, START, END, SCALED and CANON; ``records`` the same rows typed.
    Never mutate either. Tables compare by identity.
    """

    name: str
    rows: pd.DataFrame
    records: tuple[Row, ...] = ()

    def __len__(self) -> int:
        return len(self.records)


@cache
def parse_unit(text: str) -> tuple[float, str]:
    """(scale, canonical unit) for a table's unit cell; raises ValueError if unreadable.

    >>> parse_unit("USD millions")
    (1000000.0, 'USD')
    >>> parse_unit("count")
    (1.0, '')
    >>> parse_unit("sq km")
    (1.0, 'km**2')
    """
    words = text.strip().split()
    scale = 1.0
    rest = []
    for word in words:
        # "m", "k" and "t" alone are metre, kelvin and tonne, not scales
        if word.lower() in SCALES and (len(words) > 1 or len(word) > 1):
            scale *= SCALES[word.lower()]
        else:
            rest.append(word)
    unit = " ".join(rest)
    unit = ALIASES.get(unit.lower(), unit)
    if unit.lower() in COUNT_WORDS:
        return scale, ""
    if unit.upper() in CURRENCIES:
        return scale, unit.upper()
    try:
        q = quantity(1.0, unit)
    except Exception as exc:  # pint raises several kinds; all mean "cannot read"
        raise ValueError(f"unit {text!r} is not one pint can read") from exc
    if not hasattr(q, "units") or (str(q.units) == "dimensionless" and unit != "dimensionless"):
        raise ValueError(f"unit {text!r} is not one pint can read")
    return scale * float(q.magnitude), unit
