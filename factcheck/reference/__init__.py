"""Reference tables: schema, loading, validation, matching, verdicts."""

from __future__ import annotations

from typing import Any


def load_reference(source: Any) -> Any:
    """Load a reference table from a CSV path or a pandas DataFrame (see DESIGN.md)."""
    raise NotImplementedError("reference tables are not implemented yet")
