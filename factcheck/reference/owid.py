"""Our World in Data grapher CSVs turned into DESIGN.md rows (one row per cell with data).

OWID units are free text ("%", "people", "TWh", "deaths per 100,000 people"). One pint
can read is kept; "%" is percent; US dollars are USD; any other becomes a count ("") and
is kept in notes, so a rate compares only with claims that carry no unit. Years outside
1000-9999 (OWID's long-run series reach back to -10000) are left out: a period is a
four-digit year.
"""

from __future__ import annotations

import re

from factcheck.errors import ReferenceDataError
from factcheck.reference.schema import parse_unit
from factcheck.reference.validate import Cells

_YEAR = re.compile(r"^[1-9]\d{3}$")
FIELDS = ("entity", "metric", "value", "unit", "period", "source", "retrieved", "notes",
          "aliases")


def owid_unit(text: str) -> tuple[str, str]:
    """(unit for the table, note) for an OWID unit label.

    >>> owid_unit("% of GDP"), owid_unit("terawatt-hours"), owid_unit("constant 2015 US$")
    (('percent', 'unit: % of GDP'), ('terawatt_hours', ''), ('USD', 'unit: constant 2015 US$'))
    """
    label = text.strip()
    note = f"unit: {label}"
    if label.startswith("%") or label.lower().startswith("annual %"):
        return "percent", "" if label == "%" else note
    if re.fullmatch(r"(constant \d{4} )?(US\$|usd)", label, re.IGNORECASE):
        return "USD", "" if label.upper() == "USD" else note
    candidate = label.replace("-", "_")
    try:
        parse_unit(candidate)
    except ValueError:
        return "count", note
    return candidate or "count", ""


def _country_name(code: str, names: dict[str, str]) -> str:
    if code in names:
        return names[code]
    import pycountry

    country = pycountry.countries.get(alpha_3=code)
    return str(getattr(country, "common_name", None) or country.name) if country else code


def _need_unit(unit: str, path: str) -> None:
    if not unit:
        raise ReferenceDataError("an Our World in Data CSV needs its unit (unit= or metadata)",
                                 path=path, row=1, column="unit")


def from_long(cells: Cells, *, metric: str, unit: str, source: str, retrieved: str,
              path: str) -> Cells:
    """Rows of a long grapher CSV: Entity, Code, Year, then one indicator column."""
    indicators = [c for c in cells.columns if c not in ("Entity", "Code", "Year")]
    if len(indicators) != 1:
        raise ReferenceDataError(f"expected one indicator column, found {len(indicators)}",
                                 path=path, row=1)
    _need_unit(unit, path)
    table_unit, note = owid_unit(unit)
    rows, lines = [], []
    for rec, line in zip(cells.rows, cells.lines, strict=True):
        value = rec[indicators[0]].strip()
        if value and value.lower() != "nan" and _YEAR.match(rec["Year"].strip()):
            rows.append({"entity": rec["Entity"].strip(), "metric": metric or indicators[0],
                         "value": value, "unit": table_unit, "period": rec["Year"].strip(),
                         "source": source, "retrieved": retrieved, "notes": note,
                         "aliases": rec.get("Code", "").strip()})
            lines.append(line)
    return Cells(FIELDS, rows, lines)


def from_wide(cells: Cells, *, names: dict[str, str], metric: str, unit: str, source: str,
              retrieved: str, path: str) -> Cells:
    """Rows of a wide grapher CSV: Date (or Year), then one column per alpha-3 code."""
    _need_unit(unit, path)
    table_unit, note = owid_unit(unit)
    year_col, *codes = cells.columns
    entities = {code: _country_name(code, names) for code in codes}
    rows, lines = [], []
    for rec, line in zip(cells.rows, cells.lines, strict=True):
        year = rec[year_col].strip()
        if not _YEAR.match(year):
            continue
        for code in codes:
            value = rec[code].strip()
            if value and value.lower() != "nan":
                rows.append({"entity": entities[code], "metric": metric or path,
                             "value": value, "unit": table_unit, "period": year,
                             "source": source, "retrieved": retrieved, "notes": note,
                             "aliases": code})
                lines.append(line)
    return Cells(FIELDS, rows, lines)
