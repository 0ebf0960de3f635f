"""The versioned JSON document of DESIGN.md, with positions in the original files.

start/end stay offsets into the plain text that was checked (the Report's text);
line/column (and end_line/end_column, one past the last character) point into the
original file, and source_start/source_end are the matching offsets there.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from typing import Any

from factcheck.model import frame_dict, tool
from factcheck.pipeline import Checked

VERSION = 1


def _located(item: Checked, entry: dict[str, Any], start: int, end: int) -> dict[str, Any]:
    line, col, end_line, end_col = item.span(start, end)
    return {
        **entry, "line": line, "column": col, "end_line": end_line, "end_column": end_col,
        "source_start": item.source.to_original(start),
        "source_end": item.source.to_original(max(end - 1, start)) + (1 if end > start else 0),
    }


def file_entry(item: Checked) -> dict[str, Any]:
    """One entry of the document's "files" list; as_of is the date the draft was checked
    against (ISO), null for a draft that could not be read."""
    report = item.report
    return {
        "path": item.path,
        "as_of": report.as_of.isoformat() if report.as_of else None,
        "claims": [_located(item, c.to_dict(), c.start, c.end) for c in report.claims],
        "frames": [_located(item, frame_dict(k, f), f.claim.start, f.claim.end)
                   for k, f in enumerate(report.frames)],
        "verdicts": [_located(item, v.to_dict(), v.claim.start, v.claim.end)
                     for v in report.verdicts],
        "findings": [_located(item, f.to_dict(), f.start, f.end) for f in report.findings],
    }


def document(checked: Sequence[Checked]) -> dict[str, Any]:
    return {"version": VERSION, "tool": tool(), "files": [file_entry(item) for item in checked]}


def finite(obj: Any) -> Any:
    """obj with every NaN or infinite float made None: JSON (RFC 8259) has neither."""
    if isinstance(obj, float):
        return obj if math.isfinite(obj) else None
    if isinstance(obj, dict):
        return {k: finite(v) for k, v in obj.items()}
    if isinstance(obj, list | tuple):
        return [finite(v) for v in obj]
    return obj


def dumps(obj: Any, indent: int | None = None) -> str:
    """Strict JSON text of obj (non-finite numbers become null; dates become strings)."""
    return json.dumps(finite(obj), indent=indent, ensure_ascii=False, default=str,
                      allow_nan=False)


def render_json(checked: Sequence[Checked]) -> str:
    return dumps(document(checked), indent=2) + "\n"
