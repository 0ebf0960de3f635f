"""Validated tables kept as Arrow (Feather) files, so that a later process reloads a large
table (Our World in Data series) without reading and validating its CSV again.

A cache entry is named by a hash of the file's size, modification time and content, the
loading options and this module's format version: a changed file or option is a new entry.
The format is Arrow IPC (Feather v2, uncompressed, as Hugging Face datasets keep their
Arrow caches): columnar data read by memory map, never unpickled. Uncompressed, a reload
of the 400 TSVer series spends no time decompressing (lz4 took about 0.3 s of CPU of
it) for 161 MB on disk instead of 34 MB. Columns with one value for the whole table (a
series' metric, unit, source) are kept once, in the file's metadata. A cache folder that
cannot be written is not an error: the table is loaded as usual.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Mapping
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
from pyarrow import feather

from factcheck.errors import ReferenceDataError
from factcheck.reference.schema import END, START, ReferenceTable

FORMAT = 7
Loader = Callable[[Path, str | None, dict[str, Any], Any], ReferenceTable]


def cache_folder(cache: bool | str | Path) -> Path:
    """The folder given, or the user's cache folder ($XDG_CACHE_HOME or ~/.cache)/factcheck."""
    if not isinstance(cache, bool):
        return Path(cache)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "factcheck" / "tables"


@cache
def _loader_version() -> str:
    """A hash of the code that reads and validates tables: a fix there makes new entries."""
    folder = Path(__file__).parent
    parts = [(folder / f"{name}.py").read_bytes()
             for name in ("load", "owid", "validate", "schema", "period", "cache")]
    return hashlib.sha256(b"".join(parts)).hexdigest()[:16]


def entry_key(file: Path, options: Mapping[str, Any], metadata: Any) -> str:
    """The cache key of a file loaded with these options (size, time, content hash)."""
    try:
        stat = file.stat()
        digest = hashlib.sha256(file.read_bytes()).hexdigest()
    except OSError as exc:
        raise ReferenceDataError(f"cannot read the file: {exc.strerror}", path=str(file)) from None
    meta = metadata
    if meta is not None and not isinstance(meta, Mapping):
        meta_file = Path(meta)
        meta = [str(meta_file), meta_file.stat().st_mtime_ns] if meta_file.is_file() else str(meta)
    beside = file.with_name(f"{file.stem}.metadata.json")
    stamp = [FORMAT, _loader_version(), file.name, stat.st_size, stat.st_mtime_ns, digest,
             dict(options), meta, beside.stat().st_mtime_ns if beside.is_file() else None]
    return hashlib.sha256(json.dumps(stamp, default=str, sort_keys=True).encode()).hexdigest()


def cached_table(file: Path, name: str | None, options: dict[str, Any], metadata: Any,
                 cache: bool | str | Path, load: Loader) -> ReferenceTable:
    """The table of ``file`` from the cache, or loaded with ``load`` and then stored."""
    folder = cache_folder(cache)
    entry = folder / f"{entry_key(file, options, metadata)[:32]}.arrow"
    label = name or file.stem
    if entry.is_file():
        try:
            return ReferenceTable(name=label, rows=read_rows(entry))
        except (OSError, ValueError, KeyError, pa.ArrowException):
            pass  # a damaged entry: load the file again and replace it
    table = load(file, name, options, metadata)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        partial = entry.with_suffix(f".{os.getpid()}.tmp")
        write_rows(table.rows, partial)
        partial.replace(entry)
    except (OSError, ValueError, pa.ArrowException):
        pass
    return table


def write_rows(rows: pd.DataFrame, path: Path) -> None:
    """A table's rows as Feather, its one-value columns in the metadata."""
    constant = {c: str(rows[c].iloc[0]) for c in rows.columns if c not in (START, END)
                and rows[c].dtype == object and len(rows) and (rows[c] == rows[c].iloc[0]).all()}
    # the dates stay columns, kept as dates: a table whose rows share one period (a desk's
    # one-year table) would otherwise read them back as strings
    data = rows.drop(columns=list(constant))
    for column in (START, END):
        data[column] = pd.to_datetime(pd.Series(data[column])).to_numpy(dtype="datetime64[D]")
    for column in data.columns:
        if data[column].dtype == object and data[column].nunique() < len(data) // 2:
            data[column] = data[column].astype("category")  # entities, codes, periods
    table = pa.Table.from_pandas(data, preserve_index=False)
    meta = {**(table.schema.metadata or {}), b"factcheck": json.dumps(
        {"constant": constant, "columns": list(rows.columns)}).encode()}
    feather.write_feather(table.replace_schema_metadata(meta), path,
                          compression="uncompressed")


def read_rows(path: Path) -> pd.DataFrame:
    """The rows write_rows kept (the one-value columns last).

    Dictionary columns become pandas categories from their codes and a plain index of
    their values: pyarrow's own conversion validates each dictionary through pandas'
    Arrow-backed strings, which took most of a reload of many small tables. One thread
    reads: pyarrow's pool of threads cost three times the CPU of the read itself on a
    table of a few thousand rows (0.84 s against 0.26 s for the 400 TSVer series)."""
    table = feather.read_table(path, memory_map=True, use_threads=False)
    info = json.loads(table.schema.metadata[b"factcheck"])
    data: dict[str, Any] = {}
    for name, column in zip(table.column_names, table.columns, strict=True):
        if pa.types.is_dictionary(column.type):
            array = column.combine_chunks()
            data[name] = _categories(array.indices.to_numpy(zero_copy_only=False),
                                     array.dictionary.to_pylist())
        else:
            data[name] = column.to_numpy()
    size = table.num_rows
    for column, value in info["constant"].items():
        data[column] = _categories(np.zeros(size, dtype=np.int64), [str(value)])
    return pd.DataFrame(data, copy=False)


def _categories(codes: Any, values: list[Any]) -> pd.Categorical:
    return pd.Categorical.from_codes(codes, dtype=_kind(tuple(values)), validate=False)


@lru_cache(maxsize=4096)
def _kind(values: tuple[Any, ...]) -> pd.CategoricalDtype:
    """One categorical type per distinct dictionary: the 400 TSVer series share their
    sources, units, periods and most of their entity lists (1,509 distinct dictionaries
    in 4,400 columns), and making a type validates its categories (0.43 s against 0.12 s
    for a reload). A type is immutable, so tables may share it."""
    return pd.CategoricalDtype(pd.Index(np.asarray(values, dtype=object), dtype=object))
