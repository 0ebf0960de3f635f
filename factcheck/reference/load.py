"""load_reference(): a CSV path, a DataFrame or a ReferenceTable -> a validated table.

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
from pathlib import Path
from typing import Any

import pandas as pd

from factcheck.errors import ReferenceDataError
from factcheck.reference.owid import from_long, from_wide
from factcheck.reference.schema import ReferenceTable
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


def _metadata(metadata: Mapping[str, Any] | PathLike | None, filename: str) -> dict[str, str]:
    if metadata is None:
        return {}
    if isinstance(metadata, Mapping):
        return {str(k): str(v) for k, v in metadata.items()}
    entries = json.loads(Path(metadata).read_text("utf-8-sig"))
    for entry in entries if isinstance(entries, list) else [entries]:
        if entry.get("filename") == filename:
            return {str(k): str(v) for k, v in entry.items()}
    return {}


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


def load_reference(source: ReferenceTable | pd.DataFrame | PathLike, *, name: str | None = None,
                   metric: str | None = None, unit: str | None = None,
                   metadata: Mapping[str, Any] | PathLike | None = None,
                   names: Mapping[str, str] | None = None,
                   source_name: str | None = None, retrieved: str = "") -> ReferenceTable:
    """A validated ReferenceTable from a CSV path, a DataFrame, or a table (returned as is).

    The table is refused whole (ReferenceDataError naming file, row and column) if any
    cell is bad. ``names`` maps ISO alpha-3 codes to entity names for wide grapher CSVs.
    """
    if isinstance(source, ReferenceTable):
        return source
    if isinstance(source, pd.DataFrame):
        label = name or "<dataframe>"
        cells = _frame_cells(source, label)
        filename = label
    else:
        file = Path(source)
        label = str(file)
        cells = parse_csv(read_text(file), label)
        filename = file.name
    layout = _layout(list(cells.columns))
    if layout != "design":
        meta = _metadata(metadata, filename)
        title = metric or meta.get("title") or ""
        args = {"metric": title, "unit": unit or meta.get("unit", ""),
                "source": source_name or meta.get("source") or f"Our World in Data: {title}",
                "retrieved": retrieved, "path": label}
        cells = from_long(cells, **args) if layout == "long" else from_wide(
            cells, names=dict(names or {}), **args)
    else:
        cells = _lowered(cells, label)
    rows, records = validate(cells, label)
    return ReferenceTable(name=name or Path(label).stem, rows=rows, records=records)
