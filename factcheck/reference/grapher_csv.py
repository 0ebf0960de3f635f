"""Our World in Data grapher CSVs: which layout a header is (layout_of: "design" for a
DESIGN.md table, "long" for Entity, Code, Year, <indicator>, "wide" for a Date or Year
column and one column per ISO 3166 alpha-3 code), the title, unit and source found in or
beside the file's metadata (metadata_of), and the cells read in one pandas pass where
they can be (grapher_cells, frame_strings).
"""

from __future__ import annotations

import io
import json
from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import Any

import pandas as pd

from factcheck.reference.csv_cells import check_header, parse_csv

PathLike = str | Path


def metadata_of(metadata: Mapping[str, Any] | PathLike | None, filename: str,
              file: Path | None) -> dict[str, str]:
    """title, unit, source and retrieved for a grapher CSV, from ``metadata``: a dict, a
    JSON list with a "filename" each (TSVer's metadata.json), or OWID's per-chart
    ``<name>.metadata.json``. When ``metadata`` is None it is found beside the CSV: its
    own ``<name>.metadata.json``, else a ``metadata.json`` in its folder or the folder
    above (TSVer's layout: ``time_series/metadata.json`` over ``time_series/csv/``)."""
    if metadata is None and file is not None:
        metadata = next((found for found in (file.with_name(f"{file.stem}.metadata.json"),
                                             file.with_name("metadata.json"),
                                             file.parent.parent / "metadata.json")
                         if found.is_file()), None)
    if metadata is None:
        return {}
    if isinstance(metadata, Mapping):
        return {str(k): str(v) for k, v in metadata.items()}
    entries = json.loads(Path(metadata).read_text("utf-8-sig"))
    if isinstance(entries, dict) and isinstance(entries.get("columns"), dict):
        return _chart_metadata(entries)
    for entry in entries if isinstance(entries, list) else [entries]:
        if entry.get("filename") == filename:
            return {str(k): str(v) for k, v in entry.items()}
    return {}


def _chart_metadata(chart: dict[str, Any]) -> dict[str, str]:
    """OWID's per-chart metadata: {"chart": {"title"}, "columns": {indicator: {...}}}."""
    column: dict[str, Any] = next(iter(chart["columns"].values()), {}) or {}
    found = {
        "title": column.get("titleShort") or column.get("title")
        or (chart.get("chart") or {}).get("title") or "",
        "unit": column.get("unit") or column.get("shortUnit") or "",
        "source": column.get("citationShort") or column.get("citationLong") or "",
        "retrieved": str(column.get("lastUpdated") or ""),
    }
    return {k: str(v) for k, v in found.items() if v}


def layout_of(columns: list[str]) -> str:
    """The layout a header's column names say: "design", "long" or "wide" (module doc)."""
    lowered = {c.lower() for c in columns}
    if ("entity" in columns and "Entity" not in columns) or ("metric" in lowered and (
            "entity" in lowered)):
        return "design"
    if {"Entity", "Year"} <= set(columns):
        return "long"
    if columns and columns[0] in ("Date", "Year", "date", "year") and len(columns) > 1:
        return "wide"
    return "design"


def grapher_cells(text: str, path: str, keys: list[str]
                   ) -> tuple[pd.DataFrame, list[int] | range]:
    """A grapher CSV as cells, and each row's line number.

    pandas reads it in one pass when every record is one line (the usual case): the data
    columns as numbers when every cell is one, else every column as text (the validation
    then names the cell that is not a number); anything else goes through the strict
    reader, which names the line of a malformed record. ``keys``: the columns that are
    never numbers (Entity, Code, Year; a wide file's first column).
    """
    lines = text.count("\n") + (0 if text.endswith("\n") else 1)
    frame = _read_numbers(text, keys)
    if frame is None:
        try:
            frame = pd.read_csv(io.StringIO(text), dtype=object, keep_default_na=False,
                                na_filter=False, skip_blank_lines=False, engine="c")
        except (ValueError, pd.errors.ParserError):
            frame = None
    if frame is None or len(frame) + 1 != lines or frame.columns.duplicated().any():
        cells = parse_csv(text, path)
        frame = pd.DataFrame(cells.rows, columns=list(cells.columns)).fillna("")
        return frame, cells.lines
    frame.columns = [str(c).strip() for c in frame.columns]
    return frame, range(2, len(frame) + 2)


def _read_numbers(text: str, keys: list[str]) -> pd.DataFrame | None:
    """The CSV with every column but ``keys`` parsed as numbers, or None if one is not."""
    try:
        frame = pd.read_csv(io.StringIO(text), dtype=dict.fromkeys(keys, object),
                            keep_default_na=False, na_values=["", "nan", "NaN"],
                            skip_blank_lines=False, engine="c")
    except (ValueError, pd.errors.ParserError):
        return None
    kinds = {str(column): kind.kind for column, kind in frame.dtypes.items()}
    if any(kind not in "fi" for column, kind in kinds.items() if column not in keys):
        return None
    whole = [c for c, kind in kinds.items() if kind == "i" and c not in keys]
    if whole:
        frame = frame.astype(dict.fromkeys(whole, float))
    for column in keys:
        if column in frame.columns:
            frame[column] = frame[column].fillna("")
    return frame


def frame_strings(frame: pd.DataFrame, label: str) -> tuple[pd.DataFrame, range]:
    """A DataFrame's cells as strings ("" for a missing one), and each row's line."""
    check_header([str(c) for c in frame.columns], label)
    strings = frame.astype(object).where(frame.notna(), "").astype(str)
    strings.columns = [str(c) for c in frame.columns]
    return strings, range(2, len(strings) + 2)


def file_date(file: Path | None) -> str:
    """The file's modification day, ISO 8601 ("" without a file or a readable one)."""
    if file is None:
        return ""
    try:
        return date.fromtimestamp(file.stat().st_mtime).isoformat()
    except OSError:
        return ""
