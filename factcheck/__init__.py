"""factcheck: checks the numbers in news drafts before they are published."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from factcheck.config import Config
from factcheck.errors import FactcheckError, InputError, ReferenceDataError
from factcheck.extract import extract
from factcheck.model import Claim, ClaimContext, Evidence, Finding, Frame, Report, Verdict
from factcheck.pipeline import check

if TYPE_CHECKING:
    from factcheck.reference import ReferenceTable
    from factcheck.reference.schema import ReferenceTables


def load_reference(source: Any, **options: Any) -> ReferenceTable | ReferenceTables:
    """A validated reference table from a CSV path or a DataFrame (see DESIGN.md); from a
    folder, its tables (every CSV under it, as ``--reference FOLDER`` reads it), which
    check(references=...) takes alone or in a list.

    Imported on first use: pandas costs start-up time that extract() does not need.
    Options are those of factcheck.reference.load.load_table (name, metric, unit,
    metadata, names, source_name, retrieved, cache).
    """
    from factcheck.reference import load_reference as load

    return load(source, **options)

def load_config(path: Any) -> Config:
    """The configuration in a factcheck.toml or pyproject.toml ([tool.factcheck]) file, for
    check(..., config=...). Raises ConfigError naming the file and key when it is invalid."""
    from pathlib import Path

    from factcheck.config.file import load_config as load

    return load(Path(path))


__all__ = [
    "Claim",
    "ClaimContext",
    "Config",
    "Evidence",
    "FactcheckError",
    "Finding",
    "Frame",
    "InputError",
    "ReferenceDataError",
    "Report",
    "Verdict",
    "check",
    "extract",
    "load_config",
    "load_reference",
]
__version__ = "0.1.0"
