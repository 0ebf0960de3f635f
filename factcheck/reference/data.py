"""The bundled reference data: where it lives and the tables it holds.

In a wheel the data sits in ``factcheck/_reference_data``; in a source tree it is the
repository's ``reference_data/``. Every ``*.csv`` there in the DESIGN.md format is a
bundled table; ``places.csv`` is the town gazetteer (not a table: its populations are
undated and never decide a verdict).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from factcheck.reference.schema import ReferenceTable

GAZETTEER = "places.csv"


@cache
def data_dir() -> Path:
    """The bundled reference_data directory."""
    package = Path(__file__).resolve().parent.parent
    installed = package / "_reference_data"
    return installed if installed.is_dir() else package.parent / "reference_data"


def data_path(name: str) -> Path:
    return data_dir() / name


@cache
def bundled_tables() -> tuple[ReferenceTable, ...]:
    """Every bundled table, loaded and validated once per process."""
    from factcheck.reference.load import load_table

    paths = sorted(p for p in data_dir().glob("*.csv") if p.name != GAZETTEER)
    return tuple(load_table(p) for p in paths)
