"""The reference table format of DESIGN.md and the loaded table record.

Unit column: a pint unit ("tonne", "km**2", "square_mile"), an ISO 4217 code ("USD"),
"percent" (or "%"), or "count" (a plain number of things; also "" or "number"). A scale
word may stand before or after it: "million USD", "USD millions", "thousand tonne",
"billion" (a count in billions). The scale is folded into the value when a table loads,
so a row "1,200 | million USD" compares as 1.2e9 USD.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import Any, overload

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


_ROW_COLUMNS = ("entity", "metric", "period", "source", "url", "retrieved", "notes",
                "aliases", "terms")


class Records(Sequence[Row]):
    """The typed rows of a table, made on demand from its DataFrame.

    A series of Our World in Data holds tens of thousands of rows; making a Row for each
    when the table loads cost most of the load time, and most are never read.
    """

    def __init__(self, frame: pd.DataFrame) -> None:
        self._frame = frame
        self._columns: dict[str, Any] = {}

    def _column(self, name: str) -> Any:
        if name not in self._columns:
            self._columns[name] = self._frame[name].to_numpy()
        return self._columns[name]

    def __len__(self) -> int:
        return len(self._frame)

    @overload
    def __getitem__(self, index: int) -> Row: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[Row]: ...

    def __getitem__(self, index: int | slice) -> Row | Sequence[Row]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        cell = {name: str(self._column(name)[index]) for name in _ROW_COLUMNS}
        return Row(index=index, line=int(self._column(LINE)[index]),
                   value=float(self._column(SCALED)[index]),
                   unit=str(self._column(CANON)[index]),
                   start=_day(self._column(START)[index]), end=_day(self._column(END)[index]),
                   written=f"{self._column('value')[index]} {self._column('unit')[index]}",
                   **cell)

    def __iter__(self) -> Iterator[Row]:
        return (self[i] for i in range(len(self)))


def _day(value: Any) -> date:
    """A date kept as a date or as numpy's datetime64 (the cache and the series loader)."""
    if isinstance(value, date) and not hasattr(value, "hour"):
        return value
    return date.fromisoformat(str(value)[:10])


@dataclass(frozen=True, eq=False)
class ReferenceTable:
    """A validated reference table: one fact per row of ``rows``, named ``name``.

    ``rows`` holds the DESIGN.md columns (strings, "" when absent) and the derived
    columns LINE, START, END, SCALED and CANON; ``records`` the same rows typed, made on
    demand. Never mutate either. Tables compare by identity.
    """

    name: str
    rows: pd.DataFrame
    _memo: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @property
    def records(self) -> Records:
        """The typed rows, in order (index i is the row of ``rows`` at position i)."""
        if "records" not in self._memo:
            self._memo["records"] = Records(self.rows)
        found: Records = self._memo["records"]
        return found

    def __len__(self) -> int:
        return len(self.rows)

    def entity_names(self) -> set[tuple[str, str]]:
        """Every distinct (entity, aliases) pair of the table."""
        if "names" not in self._memo:
            pairs = self.rows[["entity", "aliases"]].drop_duplicates()
            self._memo["names"] = set(zip(pairs["entity"].astype(str),
                                          pairs["aliases"].astype(str), strict=True))
        names: set[tuple[str, str]] = self._memo["names"]
        return names

    def metrics(self) -> set[str]:
        """Every distinct metric of the table."""
        if "metrics" not in self._memo:
            self._memo["metrics"] = set(self.rows["metric"].astype(str).unique())
        metrics: set[str] = self._memo["metrics"]
        return metrics

    def rows_of(self, entity: str) -> list[Row]:
        """The typed rows of one entity, in order."""
        if "by_entity" not in self._memo:
            groups = self.rows.groupby("entity", sort=False).indices
            self._memo["by_entity"] = {str(k): v for k, v in groups.items()}
        positions = self._memo["by_entity"].get(entity, ())
        return [self.records[int(i)] for i in positions]


class ReferenceTables(tuple[ReferenceTable, ...]):
    """The tables of a folder, one per CSV file in name order, as load_reference(folder)
    returns them: check(references=...) takes them as one source or inside a list."""

    __slots__ = ()


RATE_UNIT = re.compile(r"(?:[^\W\d_][\w\s-]*\s)?per\s+(?:\d[\d,]*|(?:a\s+|one\s+)?"
                       r"(?:hundred|thousand|million))(?:\s+[^\W\d_][\w-]*){0,3}", re.IGNORECASE)
# a rate's unit as a desk writes it: "per 100,000 people", "deaths per 1,000 births"


@cache
def parse_unit(text: str) -> tuple[float, str]:
    """(scale, canonical unit) for a table's unit cell; raises ValueError if unreadable.

    >>> parse_unit("USD millions")
    (1000000.0, 'USD')
    >>> parse_unit("count")
    (1.0, '')
    >>> parse_unit("sq km")
    (1.0, 'km**2')
    >>> parse_unit("per 100,000 people")
    (1.0, '')
    """
    if RATE_UNIT.fullmatch(text.strip()):  # "per 100,000 people": a rate, read with its
        return 1.0, ""                     # base from the row's notes (reference.per_base)
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
