"""Our World in Data grapher CSVs turned into DESIGN.md rows (one row per cell with data).

OWID units are free text ("%", "people", "TWh", "deaths per 100,000 people"). One pint
can read is kept; "%" is percent; any other becomes a count ("") and is kept in notes,
so a rate compares only with claims that carry no unit.
"""

from __future__ import annotations

import re

import pandas as pd

from factcheck.errors import ReferenceDataError
from factcheck.reference.schema import LINE, parse_unit


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


def _rows(frame: pd.DataFrame, entity_cols: list[tuple[str, str, str]], year_col: str,
          metric: str, unit: str, source: str, retrieved: str, *,
          named_by_column: bool) -> pd.DataFrame:
    """One row per non-empty cell; entity_cols are (value column, entity, alias), where
    entity and alias are column names if named_by_column else the literal names."""
    table_unit, note = owid_unit(unit)
    out: list[dict[str, object]] = []
    for rec in frame.to_dict("records"):
        year = str(rec[year_col]).strip()
        for column, entity, alias in entity_cols:
            value = str(rec.get(column, "")).strip()
            if not value or value.lower() == "nan":
                continue
            ent = str(rec[entity]).strip() if named_by_column else entity
            ali = str(rec.get(alias, "")).strip() if named_by_column else alias
            out.append({"entity": ent, "metric": metric, "value": value, "unit": table_unit,
                        "period": year, "source": source, "retrieved": retrieved,
                        "notes": note, "aliases": ali, LINE: rec[LINE]})
    return pd.DataFrame(out, columns=["entity", "metric", "value", "unit", "period", "source",
                                      "retrieved", "notes", "aliases", LINE])


def _need_unit(unit: str, path: str) -> None:
    if not unit:
        raise ReferenceDataError("an Our World in Data CSV needs its unit (unit= or metadata)",
                                 path=path, row=1, column="unit")


def from_long(frame: pd.DataFrame, *, metric: str, unit: str, source: str, retrieved: str,
              path: str) -> pd.DataFrame:
    """Rows of a long grapher CSV: Entity, Code, Year, then one indicator column."""
    indicators = [c for c in frame.columns if c not in ("Entity", "Code", "Year", LINE)]
    if len(indicators) != 1:
        raise ReferenceDataError(f"expected one indicator column, found {len(indicators)}",
                                 path=path, row=1)
    _need_unit(unit, path)
    code = "Code" if "Code" in frame.columns else ""
    return _rows(frame, [(indicators[0], "Entity", code)], "Year",
                 metric or indicators[0], unit, source, retrieved, named_by_column=True)


def from_wide(frame: pd.DataFrame, *, names: dict[str, str] | object, metric: str, unit: str,
              source: str, retrieved: str, path: str) -> pd.DataFrame:
    """Rows of a wide grapher CSV: Date (or Year), then one column per alpha-3 code."""
    _need_unit(unit, path)
    lookup = dict(names) if isinstance(names, dict) else {}
    year_col = str(frame.columns[0])
    codes = [str(c) for c in frame.columns[1:] if c != LINE]
    cols = [(code, _country_name(code, lookup), code) for code in codes]
    return _rows(frame, cols, year_col, metric or path, unit, source, retrieved,
                 named_by_column=False)
