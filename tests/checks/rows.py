"""The row table the checks' tests share: a real sentence, the check, whether it fires and
its suggestion; known misses are strict xfails (test_rows.py, test_frames_rows.py,
test_phrasing_rows.py, test_phrasing_parts.py; bench/check_rows.py scores them)."""

from __future__ import annotations

from typing import NamedTuple

import pytest

from factcheck import check

AS_OF = "2025-10-01"


class Row(NamedTuple):
    code: str
    text: str
    fires: bool
    suggestion: str | None = None


def miss(row: Row, why: str) -> object:
    """A known miss: fails today, and the suite turns red when it starts to pass."""
    return pytest.param(row, marks=pytest.mark.xfail(strict=True, reason=why))


def row_ids(rows: list[object]) -> list[str]:
    """Test ids for rows and known misses: the code and the sentence's first 40 characters."""
    inners = [r.values[0] if hasattr(r, "values") else r for r in rows]
    assert all(isinstance(r, Row) for r in inners)
    return [f"{r.code}-{r.text[:40]}" for r in inners]


def assert_row(row: Row) -> None:
    """The row's check fires once (with the row's suggestion, when it names one) or not at
    all, as the row says."""
    findings = [f for f in check(row.text, as_of=AS_OF).findings if f.code == row.code]
    assert bool(findings) is row.fires, [f.message for f in findings]
    if row.fires:
        assert len(findings) == 1, [f.message for f in findings]
        if row.suggestion is not None:
            assert findings[0].suggestion == row.suggestion
