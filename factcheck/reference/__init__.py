"""Reference tables: schema, loading, validation, matching, verdicts (FC101).

``load_reference`` reads a table; ``bundled_tables`` gives the tables shipped in
reference_data/; ``verify`` holds claims against tables and returns verdicts (given the
draft's text, also on the comparisons between entities it makes: reference.compare).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from factcheck.reference.data import bundled_tables
from factcheck.reference.load import load_reference
from factcheck.reference.schema import ReferenceTable, Row

if TYPE_CHECKING:
    from factcheck.reference.draft_verdicts import verify


def __getattr__(name: str) -> Any:
    """``verify``, imported on first use: loading tables (a reload from the cache in a new
    process) needs none of the matching, and its imports cost a tenth of a second or more."""
    if name == "verify":
        from factcheck.reference.draft_verdicts import verify

        return verify
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["ReferenceTable", "Row", "bundled_tables", "load_reference", "verify"]
