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

import math
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from factcheck.errors import ReferenceDataError
from factcheck.reference.csv_cells import check_header, header_of, parse_csv, read_text
from factcheck.reference.grapher_csv import (
    PathLike,
    file_date,
    frame_strings,
    grapher_cells,
    layout_of,
    metadata_of,
)
from factcheck.reference.owid import Series, grapher_rows
from factcheck.reference.schema import ReferenceTable, ReferenceTables
from factcheck.reference.validate import Cells, validate


def _frame_cells(frame: pd.DataFrame, label: str) -> Cells:
    columns = tuple(str(c) for c in frame.columns)
    check_header(list(columns), label)
    rows = [{c: "" if v is None or (isinstance(v, float) and math.isnan(v)) else str(v)
             for c, v in zip(columns, values, strict=True)}
            for values in frame.itertuples(index=False, name=None)]
    return Cells(columns, rows, [i + 2 for i in range(len(rows))])


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
    a folder, in name order (each with its metadata found beside it: grapher_csv.metadata_of). A
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
               else header_of(text, label))
    layout = layout_of(columns)
    if layout == "design":
        cells = (_frame_cells(source, label) if isinstance(source, pd.DataFrame)
                 else parse_csv(text, label))
        rows, _ = validate(_lowered(cells, label), label)
        return ReferenceTable(name=name or Path(label).stem, rows=rows)
    meta = metadata_of(metadata, file.name if file else label, file)
    title = options["metric"] or meta.get("title") or ""
    series = Series(metric=title, unit=options["unit"] or meta.get("unit", ""),
                    source=(options["source_name"] or meta.get("source")
                            or (f"Our World in Data: {title}" if title else "Our World in Data")),
                    retrieved=options["retrieved"] or meta.get("retrieved") or file_date(file),
                    names=dict(options["names"]))
    keys = ["Entity", "Code", "Year"] if layout == "long" else columns[:1]
    strings, lines = (frame_strings(source, label) if isinstance(source, pd.DataFrame)
                      else grapher_cells(text, label, keys))
    rows = grapher_rows(strings, np.asarray(lines, dtype=np.int64), layout, series, label)
    if rows.empty:
        raise ReferenceDataError("the table has a header but no rows", path=label, row=2)
    return ReferenceTable(name=name or Path(label).stem, rows=rows)
