"""Validation of a reference table: the whole table is refused on the first bad cell.

Each error names the file, the row (its line number in the file; 1 is the header) and
the column, so an editor can open the file at the right place.
"""

from __future__ import annotations

import math
from datetime import date

import pandas as pd

from factcheck.errors import ReferenceDataError
from factcheck.reference.period import parse_period
from factcheck.reference.schema import (
    CANON,
    COLUMNS,
    END,
    LINE,
    REQUIRED,
    SCALED,
    START,
    Row,
    parse_unit,
)


def _number(cell: str) -> float | None:
    text = cell.strip().replace(",", "").replace("_", "")
    try:
        value = float(text)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def validate(frame: pd.DataFrame, path: str) -> tuple[pd.DataFrame, tuple[Row, ...]]:
    """The table with derived columns, and its typed rows; ReferenceDataError if a cell is bad.

    ``frame`` holds string cells and a LINE column with each row's line number.
    """
    missing = [c for c in REQUIRED if c not in frame.columns]
    if missing:
        raise ReferenceDataError(f"missing required column {missing[0]!r} "
                                 f"(a table needs {', '.join(REQUIRED)})",
                                 path=path, row=1, column=missing[0])
    if frame.empty:
        raise ReferenceDataError("the table has a header but no rows", path=path, row=2)
    out = frame.copy()
    for col in COLUMNS:
        if col not in out.columns:
            out[col] = ""
    values: list[float] = []
    units: list[str] = []
    starts, ends = [], []
    records: list[Row] = []
    for index, rec in enumerate(out.to_dict("records")):
        line = int(rec[LINE])
        for col in REQUIRED:
            if not str(rec[col]).strip():
                raise ReferenceDataError(f"empty {col}", path=path, row=line, column=col)
        value = _number(str(rec["value"]))
        if value is None:
            raise ReferenceDataError(f"value {rec['value']!r} is not a number",
                                     path=path, row=line, column="value")
        try:
            scale, unit = parse_unit(str(rec["unit"]))
        except ValueError as exc:
            raise ReferenceDataError(str(exc), path=path, row=line, column="unit") from None
        period = parse_period(str(rec["period"]))
        if period is None:
            raise ReferenceDataError(
                f"period {rec['period']!r} is not a year, month, date or range "
                "(2024, 2025-01, 2014-03-29, 2025-01/2025-05)",
                path=path, row=line, column="period")
        records.append(Row(
            index=index, line=line, entity=str(rec["entity"]).strip(),
            metric=str(rec["metric"]).strip(), value=value * scale, unit=unit,
            start=period[0], end=period[1], period=str(rec["period"]).strip(),
            source=str(rec["source"]).strip(), url=str(rec["url"]).strip(),
            retrieved=str(rec["retrieved"]).strip(), notes=str(rec["notes"]).strip(),
            aliases=str(rec["aliases"]).strip(), terms=str(rec["terms"]).strip(),
            written=f"{str(rec['value']).strip()} {str(rec['unit']).strip()}"))
        values.append(value * scale)
        units.append(unit)
        starts.append(period[0])
        ends.append(period[1])
    out[SCALED] = values
    out[CANON] = units
    out[START] = starts
    out[END] = ends
    _check_duplicates(records, path)
    return out.reset_index(drop=True), tuple(records)


def _check_duplicates(records: list[Row], path: str) -> None:
    """Refuse two rows for one (entity, metric, period) that disagree on the value."""
    seen: dict[tuple[str, str, date, date], Row] = {}
    for row in records:
        key = (row.entity.casefold(), row.metric.casefold(), row.start, row.end)
        first = seen.setdefault(key, row)
        if (first.value, first.unit) != (row.value, row.unit):
            raise ReferenceDataError(
                f"duplicate ({row.entity}, {row.metric}, {row.period}) with a different "
                f"value: {row.written} here, {first.written} on line {first.line}",
                path=path, row=row.line, column="value")
