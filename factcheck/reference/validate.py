"""Validation of a reference table: the whole table is refused on the first bad cell.

Each error names the file, the row (its line number in the file; 1 is the header) and
the column, so an editor can open the file at the right place.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date

import pandas as pd

from factcheck.errors import ReferenceDataError
from factcheck.reference.period import parse_period
from factcheck.reference.schema import (
    CANON,
    COLUMNS,
    END,
    LINE,
    RATE_UNIT,
    REQUIRED,
    SCALED,
    START,
    Row,
    parse_unit,
)


@dataclass(frozen=True)
class Cells:
    """A table as read, before validation: column names, string cells, line numbers."""

    columns: tuple[str, ...]
    rows: list[dict[str, str]]
    lines: list[int]


def _number(cell: str) -> float | None:
    text = cell.strip().replace(",", "").replace("_", "")
    try:
        value = float(text)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def _row(index: int, line: int, rec: dict[str, str], path: str) -> Row:
    for col in REQUIRED:
        if not rec.get(col, "").strip():
            raise ReferenceDataError(f"empty {col}", path=path, row=line, column=col)
    value = _number(rec["value"])
    if value is None:
        raise ReferenceDataError(f"value {rec['value']!r} is not a number",
                                 path=path, row=line, column="value")
    try:
        scale, unit = parse_unit(rec["unit"].strip())
    except ValueError as exc:
        raise ReferenceDataError(str(exc), path=path, row=line, column="unit") from None
    period = parse_period(rec["period"].strip())
    if period is None:
        raise ReferenceDataError(
            f"period {rec['period']!r} is not a year, month, date or range "
            "(2024, 2025-01, 2014-03-29, 2025-01/2025-05)",
            path=path, row=line, column="period")
    retrieved = rec.get("retrieved", "").strip()
    if retrieved and not _is_day(retrieved):
        raise ReferenceDataError(
            f"retrieved {retrieved!r} is not a date (2025-08-27, 2025-08 or 2025)",
            path=path, row=line, column="retrieved")
    return Row(index=index, line=line, entity=rec["entity"].strip(),
               metric=rec["metric"].strip(), value=value * scale, unit=unit,
               start=period[0], end=period[1], period=rec["period"].strip(),
               source=rec["source"].strip(), url=rec.get("url", "").strip(),
               retrieved=retrieved, notes=_notes(rec),
               aliases=rec.get("aliases", "").strip(), terms=rec.get("terms", "").strip(),
               written=f"{rec['value'].strip()} {rec['unit'].strip()}")


def _notes(rec: dict[str, str]) -> str:
    """The row's notes; a rate's unit ("per 100,000 people") joins them, as the Our World
    in Data loader keeps a rate's unit label, so that its base is read (per_base.row_base)."""
    notes, unit = rec.get("notes", "").strip(), rec["unit"].strip()
    if RATE_UNIT.fullmatch(unit):
        return f"{notes}; unit: {unit}" if notes else f"unit: {unit}"
    return notes


def _is_day(text: str) -> bool:
    """Whether a retrieval date is one calendar year, month or day (reference.period reads
    it; a time after the day, as metadata writes "2024-06-20T10:00:00Z", is allowed; a
    range is no retrieval date)."""
    day = text.split("T", 1)[0].split(" ", 1)[0]
    return "/" not in day and parse_period(day) is not None


def _delimiter_hint(columns: tuple[str, ...]) -> str:
    """A hint for a header read as one column that holds the required names split by
    another delimiter ("entity;metric;value;...": Excel's CSV in many locales)."""
    if len(columns) != 1:
        return ""
    for mark, name in ((";", "semicolons"), ("\t", "tabs"), ("|", "bars")):
        if set(REQUIRED) <= {c.strip().lower() for c in columns[0].split(mark)}:
            return f"; its columns are separated by {name}: save it with commas"
    return ""


def validate(cells: Cells, path: str) -> tuple[pd.DataFrame, tuple[Row, ...]]:
    """The table as a DataFrame with derived columns, and its typed rows.

    Raises ReferenceDataError, naming file, line and column, at the first bad cell.
    """
    missing = [c for c in REQUIRED if c not in cells.columns]
    if missing:
        found = ", ".join(cells.columns) or "nothing"
        raise ReferenceDataError(f"missing required column {missing[0]!r} "
                                 f"(a table needs {', '.join(REQUIRED)}; the header has "
                                 f"{found}){_delimiter_hint(cells.columns)}",
                                 path=path, row=1, column=missing[0])
    if not cells.rows:
        raise ReferenceDataError("the table has a header but no rows", path=path, row=2)
    records = tuple(_row(i, line, rec, path)
                    for i, (rec, line) in enumerate(zip(cells.rows, cells.lines, strict=True)))
    _check_duplicates(records, path)
    extra = [c for c in cells.columns if c not in COLUMNS]
    data: dict[str, list[object]] = {
        col: [rec.get(col, "") for rec in cells.rows] for col in (*COLUMNS, *extra)}
    data["notes"] = [r.notes for r in records]  # a rate's unit joins its notes (_notes)
    data[LINE] = list(cells.lines)
    data[SCALED] = [r.value for r in records]
    data[CANON] = [r.unit for r in records]
    data[START] = [r.start for r in records]
    data[END] = [r.end for r in records]
    return pd.DataFrame(data), records


def _check_duplicates(records: tuple[Row, ...], path: str) -> None:
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
