"""Reference tables: schema, loading, validation, matching, verdicts (FC101).

``load_reference`` reads a table; ``bundled_tables`` gives the tables shipped in
reference_data/; ``verify`` holds claims against tables and returns verdicts (given the
draft's text, also on the comparisons between entities it makes: reference.compare).
"""

from __future__ import annotations

from factcheck.reference.data import bundled_tables
from factcheck.reference.load import load_reference
from factcheck.reference.schema import ReferenceTable, Row
from factcheck.reference.verdict import verify

__all__ = ["ReferenceTable", "Row", "bundled_tables", "load_reference", "verify"]
