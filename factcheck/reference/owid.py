"""Our World in Data grapher CSVs turned into validated DESIGN.md rows, column at a time.

Two shapes: long (Entity, Code, Year, then one indicator column: OWID's own chart
downloads) and wide (Date or Year, then one column per ISO 3166 alpha-3 code: TSVer's
series). One row per cell with data. The whole file is read and validated as arrays (a
series holds tens of thousands of cells; a Python object per cell cost most of the load
time); a bad cell still refuses the file whole, naming its line and column.

OWID units are free text ("%", "people", "TWh", "deaths per 100,000 people"). One pint
can read is kept; "%" is percent; US dollars are USD; any other becomes a count ("") and
is kept in notes, so a rate compares only with claims that carry no unit. Years outside
1000-9999 (OWID's long-run series reach back to -10000) are left out: a period is a
four-digit year.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from factcheck.errors import ReferenceDataError
from factcheck.reference.schema import (
    CANON,
    COLUMNS,
    END,
    LINE,
    RATE_UNIT,
    SCALED,
    START,
    parse_unit,
)

_YEAR = r"[1-9]\d{3}"


@dataclass(frozen=True)
class Series:
    """What a grapher CSV does not say about itself: its title, unit, source and date."""

    metric: str
    unit: str
    source: str
    retrieved: str
    names: dict[str, str]


def owid_unit(text: str) -> tuple[str, str]:
    """(unit for the table, note) for an OWID unit label.

    >>> owid_unit("% of GDP"), owid_unit("terawatt-hours"), owid_unit("constant 2015 US$")
    (('percent', 'unit: % of GDP'), ('terawatt_hours', ''), ('USD', 'unit: constant 2015 US$'))

    A unit of a named substance is that unit ("Tonnes of CO₂" is tonnes), but not an
    equivalent ("tonnes of oil equivalent" weighs no oil):

    >>> owid_unit("Tonnes of CO₂"), owid_unit("tonnes of oil equivalent")
    (('Tonnes', 'unit: Tonnes of CO₂'), ('count', 'unit: tonnes of oil equivalent'))

    A unit per person is that unit, the note keeping "per person" (the metric says "per
    capita", and reference.per_base reads the base from the note):

    >>> owid_unit("Tonnes per person")
    ('Tonnes', 'unit: Tonnes per person')
    """
    label = text.strip()
    note = f"unit: {label}"
    if label.startswith("%") or label.lower().startswith("annual %"):
        return "percent", "" if label == "%" else note
    if re.fullmatch(r"(constant \d{4} )?(US\$|usd)", label, re.IGNORECASE):
        return "USD", "" if label.upper() == "USD" else note
    if RATE_UNIT.fullmatch(label):  # "deaths per 100,000 people": a rate, its base noted
        return "count", note
    spelling = _readable(label)
    if spelling is not None:
        return spelling or "count", ""
    head = _PER_HEAD.fullmatch(label)  # "Tonnes per person": tonnes, for one person
    if head and (spelling := _readable(head.group(1))) and parse_unit(spelling)[1]:
        return spelling, note
    substance = _OF_SUBSTANCE.fullmatch(label)
    if substance and "equivalent" not in label.lower():
        spelling = _readable(substance.group(1))
        if spelling and parse_unit(spelling)[1]:  # a unit, not a word pint reads as a
            return spelling, note                   # plain count ("Number of deaths")
    return "count", note


_PER_HEAD = re.compile(r"(.+?)\s+per\s+(?:person|capita|head|inhabitant)", re.IGNORECASE)
_OF_SUBSTANCE = re.compile(r"([^\W\d_][\w-]*)\s+of\s+[^\d,]+")  # "Tonnes of CO₂"


def _readable(label: str) -> str | None:
    """The spelling of a unit label the unit registry reads, or None."""
    candidate = label.replace("-", "_")
    for spelling in (candidate, candidate.lower()):  # "Years", as OWID capitalises it
        try:
            parse_unit(spelling)
        except ValueError:
            continue
        return spelling
    return None


def _country_name(code: str, names: dict[str, str]) -> str:
    if code in names:
        return names[code]
    import pycountry

    country = pycountry.countries.get(alpha_3=code)
    return str(getattr(country, "common_name", None) or country.name) if country else code


def grapher_rows(cells: pd.DataFrame, lines: Any, layout: str, series: Series,
                 path: str) -> pd.DataFrame:
    """The validated rows of a grapher table read as strings (``cells``; ``lines`` holds
    each row's line number): DESIGN.md columns plus LINE, START, END, SCALED, CANON.

    Raises ReferenceDataError naming the file, line and column of the first bad cell.
    """
    if not series.unit:
        raise ReferenceDataError("an Our World in Data CSV needs its unit (unit= or metadata)",
                                 path=path, row=1, column="unit")
    if layout == "long":
        indicators = [c for c in cells.columns if c not in ("Entity", "Code", "Year")]
        if len(indicators) != 1:
            raise ReferenceDataError(f"expected one indicator column, found {len(indicators)}",
                                     path=path, row=1)
        picked = _long(cells, lines, indicators[0])
        metric = series.metric or indicators[0]
    else:
        picked = _wide(cells, lines, series.names)
        metric = series.metric or path
    return _frame(picked, metric, series, path)


def _column(frame: pd.DataFrame, column: str) -> Any:
    return np.asarray(frame[column].to_numpy(dtype=object), dtype=object)


def _years(frame: pd.DataFrame, column: str) -> tuple[Any, Any]:
    """The column's cells stripped, and which of them are four-digit years."""
    years = pd.Series(_column(frame, column)).str.strip()
    return years.to_numpy(dtype=object), np.array(years.str.fullmatch(_YEAR), dtype=bool)


def _long(cells: pd.DataFrame, lines: Any, indicator: str) -> dict[str, Any]:
    years, keep = _years(cells, "Year")
    values = _data(cells[[indicator]])[:, 0]
    keep = keep & _has_data(values)
    codes = _column(cells, "Code") if "Code" in cells.columns else np.full(len(cells), "")
    entities = pd.Series(_column(cells, "Entity")[keep]).str.strip().to_numpy(dtype=object)
    return {"entity": entities, "aliases": codes[keep], "period": years[keep],
            "value": values[keep], LINE: lines[keep],
            "column": np.full(int(keep.sum()), indicator, dtype=object)}


def _wide(cells: pd.DataFrame, lines: Any, names: dict[str, str]) -> dict[str, Any]:
    year_col, *codes = list(cells.columns)
    years, keep = _years(cells, year_col)
    grid = _data(cells.loc[keep, codes])
    row, col = np.nonzero(_has_data(grid))
    code_array = np.array(codes, dtype=object)
    entities = np.array([_country_name(c, names) for c in codes], dtype=object)
    return {"entity": entities[col], "aliases": code_array[col], "period": years[keep][row],
            "value": grid[row, col], LINE: lines[keep][row],
            "column": code_array[col]}


def _data(frame: pd.DataFrame) -> Any:
    """The cells as a 2-D array: floats when the reader parsed every column as numbers."""
    if all(kind.kind == "f" for kind in frame.dtypes):
        return frame.to_numpy(dtype=float)
    return frame.to_numpy(dtype=object)


def _has_data(values: Any) -> Any:
    """Cells that hold something other than blanks or "nan" (numbers: not NaN)."""
    if values.dtype.kind == "f":
        return ~np.isnan(values)
    filled = np.array(values != "", dtype=bool)
    if filled.any():
        flat = pd.Series(values[filled]).str.strip().str.lower()
        filled[filled] = ((flat != "") & (flat != "nan")).to_numpy(dtype=bool)
    return filled


def _numbers(picked: dict[str, Any]) -> Any:
    """The cells as numbers (NaN where a cell is not one); read as text, they are kept
    stripped as the written values."""
    values = picked["value"]
    if values.dtype.kind == "f":
        return values
    written = pd.Series(values, dtype=object).str.strip()
    plain = written.str.replace(",", "", regex=False).str.replace("_", "", regex=False)
    picked["value"] = written.to_numpy(dtype=object)
    return pd.to_numeric(plain, errors="coerce").to_numpy(dtype=float)


def _repeated(value: str, size: int) -> Any:
    """One value for every row, kept once (a series' metric, unit, source)."""
    return pd.Categorical.from_codes(np.zeros(size, dtype=np.int64),
                                     dtype=pd.CategoricalDtype([value]))


def _categories(values: Any) -> Any:
    """Few distinct values over many rows (entities, codes, years), each kept once."""
    distinct, codes = np.unique(values.astype(str), return_inverse=True)
    return pd.Categorical.from_codes(codes.ravel(), dtype=pd.CategoricalDtype(list(distinct)))


def _frame(picked: dict[str, Any], metric: str, series: Series, path: str) -> pd.DataFrame:
    table_unit, note = owid_unit(series.unit)
    scale, canon = parse_unit(table_unit)
    numbers = _numbers(picked)
    bad = ~np.isfinite(numbers)
    if bad.any():
        k = int(np.argmax(bad))
        raise ReferenceDataError(f"value {picked['value'][k]!r} is not a number", path=path,
                                 row=int(picked[LINE][k]), column=str(picked["column"][k]))
    empty = picked["entity"] == ""
    if empty.any():
        k = int(np.argmax(empty))
        raise ReferenceDataError("empty entity", path=path, row=int(picked[LINE][k]),
                                 column="Entity")
    size = len(numbers)
    constant = {"metric": metric, "unit": table_unit, "source": series.source, "url": "",
                "retrieved": series.retrieved, "notes": note, "terms": ""}
    data: dict[str, Any] = {}
    for column in COLUMNS:
        data[column] = (_categories(picked[column]) if column in ("entity", "aliases", "period")
                        else picked[column] if column in picked
                        else _repeated(constant[column], size))
    data[LINE] = picked[LINE].astype(int)
    data[SCALED] = numbers * scale
    data[CANON] = _repeated(canon, size)
    years = picked["period"].astype(int) - 1970
    data[START] = years.astype("datetime64[Y]").astype("datetime64[D]")
    data[END] = (years + 1).astype("datetime64[Y]").astype("datetime64[D]") - np.timedelta64(1, "D")
    frame = pd.DataFrame(data)
    _check_duplicates(frame, path)
    return frame


def _check_duplicates(frame: pd.DataFrame, path: str) -> None:
    """Refuse two rows for one (entity, metric, period) that disagree on the value."""
    entity, period = frame["entity"].cat, frame["period"].cat
    folded = pd.factorize(pd.Index(entity.categories.astype(str)).str.casefold())[0]
    key = folded[entity.codes.to_numpy()].astype(np.int64) * (len(period.categories) + 1) + (
        period.codes.to_numpy())
    twice = pd.Series(key).duplicated(keep=False).to_numpy(dtype=bool)
    if not twice.any():
        return
    seen: dict[int, int] = {}
    for position in np.flatnonzero(twice):
        first = seen.setdefault(int(key[position]), int(position))
        row, other = frame.iloc[position], frame.iloc[first]
        if other[SCALED] != row[SCALED]:
            raise ReferenceDataError(
                f"duplicate ({row['entity']}, {row['metric']}, {row['period']}) with a "
                f"different value: {row['value']} {row['unit']} here, {other['value']} "
                f"{other['unit']} on line {other[LINE]}",
                path=path, row=int(row[LINE]), column="value")
