"""load_reference(): a CSV path, a DataFrame or a ReferenceTable -> a validated table (a
folder -> its tables).

Three layouts are read: the DESIGN.md table (entity, metric, value, unit, period,
source, ...), and Our World in Data grapher CSVs, long (Entity, Code, Year, <indicator>)
or wide (a Date or Year column and one column per ISO 3166 alpha-3 code). A grapher CSV
carries no title or unit: give them as ``metric=``/``unit=`` or in ``metadata`` (a dict
with "title" and "unit", or a path to a JSON list of such dicts with a "filename" each,
like TSVer's metadata.json).
"""

from __future__ import annotations

import csv
import io
import json
import math
from collections.abc import Iterator, Mapping
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from factcheck.errors import ReferenceDataError
from factcheck.reference.owid import Series, grapher_rows
from factcheck.reference.schema import ReferenceTable, ReferenceTables
from factcheck.reference.validate import Cells, validate

PathLike = str | Path


def read_text(path: Path) -> str:
    """The file's text; refuses empty files and any encoding but UTF-8 (BOM allowed)."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ReferenceDataError(f"cannot read the file: {exc.strerror}", path=str(path)) from None
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if not data.strip():
        raise ReferenceDataError("the file is empty", path=str(path))
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ReferenceDataError("the file is not UTF-8 (byte 0xff: it is UTF-16, by its "
                                 "byte-order mark; save it as UTF-8, e.g. 'CSV UTF-8')",
                                 path=str(path), row=1)
    if b"\x00" in data:
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        raise ReferenceDataError("a NUL byte: a binary file, not a CSV table",
                                 path=str(path), row=line)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ReferenceDataError(
            f"the file is not UTF-8 (byte 0x{data[exc.start]:02x} cannot be read; "
            "save it as UTF-8, e.g. from a spreadsheet as 'CSV UTF-8')",
            path=str(path), row=line) from None


def parse_csv(text: str, path: str) -> Cells:
    """String cells of a CSV text, with each row's line number.

    Quoting is strict: a quote left open would otherwise swallow every row after it.
    """
    reader = csv.reader(io.StringIO(text), strict=True)
    header: list[str] | None = None
    rows: list[dict[str, str]] = []
    lines: list[int] = []
    for start, record in _records(reader, path):
        if not record or not any(cell.strip() for cell in record):
            continue
        if header is None:
            header = [cell.strip() for cell in record]
            _check_header(header, path)
            continue
        if len(record) != len(header):
            raise ReferenceDataError(
                f"row has {len(record)} fields, the header has {len(header)}",
                path=path, row=start)
        rows.append(dict(zip(header, record, strict=True)))
        lines.append(start)
    if header is None:
        raise ReferenceDataError("the file is empty", path=path)
    return Cells(tuple(header), rows, lines)


def _records(reader: Any, path: str) -> Iterator[tuple[int, list[str]]]:
    """(first line, cells) of each CSV record; csv.Error becomes a ReferenceDataError."""
    last = 0
    while True:
        try:
            record = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise ReferenceDataError(f"not a well-formed CSV row: {exc}", path=path,
                                     row=last + 1) from None
        start, last = last + 1, reader.line_num
        yield start, record


def _check_header(header: list[str], path: str) -> None:
    seen: set[str] = set()
    for name in header:
        if name and name in seen:
            raise ReferenceDataError(f"column {name!r} appears twice in the header",
                                     path=path, row=1, column=name)
        seen.add(name)


def _frame_cells(frame: pd.DataFrame, label: str) -> Cells:
    columns = tuple(str(c) for c in frame.columns)
    _check_header(list(columns), label)
    rows = [{c: "" if v is None or (isinstance(v, float) and math.isnan(v)) else str(v)
             for c, v in zip(columns, values, strict=True)}
            for values in frame.itertuples(index=False, name=None)]
    return Cells(columns, rows, [i + 2 for i in range(len(rows))])


def _metadata(metadata: Mapping[str, Any] | PathLike | None, filename: str,
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


def _layout(columns: list[str]) -> str:
    lowered = {c.lower() for c in columns}
    if ("entity" in columns and "Entity" not in columns) or ("metric" in lowered and (
            "entity" in lowered)):
        return "design"
    if {"Entity", "Year"} <= set(columns):
        return "long"
    if columns and columns[0] in ("Date", "Year", "date", "year") and len(columns) > 1:
        return "wide"
    return "design"


def _header(text: str, path: str) -> list[str]:
    first = text.lstrip("\n").split("\n", 1)[0]
    try:
        header = [cell.strip() for cell in next(csv.reader([first]), [])]
    except csv.Error:
        return []
    _check_header(header, path)
    return header


def _grapher_cells(text: str, path: str, keys: list[str]
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


def _frame_strings(frame: pd.DataFrame, label: str) -> tuple[pd.DataFrame, range]:
    _check_header([str(c) for c in frame.columns], label)
    strings = frame.astype(object).where(frame.notna(), "").astype(str)
    strings.columns = [str(c) for c in frame.columns]
    return strings, range(2, len(strings) + 2)


def _file_date(file: Path | None) -> str:
    if file is None:
        return ""
    try:
        return date.fromtimestamp(file.stat().st_mtime).isoformat()
    except OSError:
        return ""


def _lowered(cells: Cells, path: str) -> Cells:
    """A DESIGN.md table's columns read case-insensitively ("Entity", "METRIC", as
    spreadsheets write them); two columns that differ only in case are refused."""
    names = tuple(c.strip().lower() for c in cells.columns)
    if names == cells.columns:
        return cells
    seen: dict[str, str] = {}
    for given, name in zip(cells.columns, names, strict=True):
        if name in seen:
            raise ReferenceDataError(f"columns {seen[name]!r} and {given!r} are the same "
                                     "column (names are read without case)",
                                     path=path, row=1, column=given)
        seen[name] = given
    rename = dict(zip(cells.columns, names, strict=True))
    rows = [{rename[k]: v for k, v in row.items()} for row in cells.rows]
    return Cells(names, rows, cells.lines)


def load_references(source: PathLike, **options: Any) -> list[ReferenceTable]:
    """The tables of a path: the one table of a file (load_table), or every CSV under
    a folder, in name order (each with its metadata found beside it: _metadata). A
    malformed file stops the load (ReferenceDataError naming it): no half set of tables.
    Raises ReferenceDataError for a folder that holds no CSV."""
    path = Path(source)
    if not path.is_dir():
        return [load_table(path, **options)]
    files = sorted(p for p in path.rglob("*.csv") if p.is_file())
    if not files:
        raise ReferenceDataError("a folder of reference tables holds no CSV file",
                                 path=str(path))
    return [load_table(p, **options) for p in files]


def load_reference(source: ReferenceTable | pd.DataFrame | PathLike, **options: Any
                   ) -> ReferenceTable | ReferenceTables:
    """A validated table from a CSV path, a DataFrame or a table (returned as is); from a
    folder, its tables (ReferenceTables: every CSV under it, as ``--reference FOLDER`` and
    ``check(references=FOLDER)`` read it, each with the same options, ``cache`` too).
    Options and errors: load_table."""
    if isinstance(source, ReferenceTables):
        return source
    if isinstance(source, ReferenceTable | pd.DataFrame) or not Path(source).is_dir():
        return load_table(source, **options)
    return ReferenceTables(load_references(source, **options))


def load_table(source: ReferenceTable | pd.DataFrame | PathLike, *, name: str | None = None,
               metric: str | None = None, unit: str | None = None,
               metadata: Mapping[str, Any] | PathLike | None = None,
               names: Mapping[str, str] | None = None,
               source_name: str | None = None, retrieved: str = "",
               cache: bool | PathLike = False) -> ReferenceTable:
    """A validated ReferenceTable from one CSV file, a DataFrame, or a table (returned as
    is).

    The table is refused whole (ReferenceDataError naming file, row and column) if any
    cell is bad. ``names`` maps ISO alpha-3 codes to entity names for wide grapher CSVs.
    Rows of a grapher CSV without a stated source name "Our World in Data" and, without
    ``retrieved``, the file's date. ``cache``: True (the user's cache folder) or a folder
    keeps each validated file as Arrow, keyed by the file's size, time and hash and the
    options, so that a later process reloads it without validating again.
    """
    if isinstance(source, ReferenceTable):
        return source
    options = {"metric": metric, "unit": unit, "names": sorted((names or {}).items()),
               "source_name": source_name, "retrieved": retrieved}
    if not isinstance(source, pd.DataFrame) and cache:
        from factcheck.reference.cache import cached_table

        return cached_table(Path(source), name, options, metadata, cache, _load)
    return _load(source, name, options, metadata)


def _load(source: pd.DataFrame | PathLike, name: str | None, options: dict[str, Any],
          metadata: Mapping[str, Any] | PathLike | None) -> ReferenceTable:
    file = None if isinstance(source, pd.DataFrame) else Path(source)
    label = str(file) if file is not None else (name or "<dataframe>")
    text = read_text(file) if file is not None else ""
    columns = ([str(c) for c in source.columns] if isinstance(source, pd.DataFrame)
               else _header(text, label))
    layout = _layout(columns)
    if layout == "design":
        cells = (_frame_cells(source, label) if isinstance(source, pd.DataFrame)
                 else parse_csv(text, label))
        rows, _ = validate(_lowered(cells, label), label)
        return ReferenceTable(name=name or Path(label).stem, rows=rows)
    meta = _metadata(metadata, file.name if file else label, file)
    title = options["metric"] or meta.get("title") or ""
    series = Series(metric=title, unit=options["unit"] or meta.get("unit", ""),
                    source=(options["source_name"] or meta.get("source")
                            or (f"Our World in Data: {title}" if title else "Our World in Data")),
                    retrieved=options["retrieved"] or meta.get("retrieved") or _file_date(file),
                    names=dict(options["names"]))
    keys = ["Entity", "Code", "Year"] if layout == "long" else columns[:1]
    strings, lines = (_frame_strings(source, label) if isinstance(source, pd.DataFrame)
                      else _grapher_cells(text, label, keys))
    rows = grapher_rows(strings, np.asarray(lines, dtype=np.int64), layout, series, label)
    if rows.empty:
        raise ReferenceDataError("the table has a header but no rows", path=label, row=2)
    return ReferenceTable(name=name or Path(label).stem, rows=rows)
