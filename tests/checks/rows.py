"""The row table the checks' tests share: a real sentence, the check, whether it fires and
its suggestion; known misses are strict xfails (test_rows.py, test_frames_rows.py,
test_phrasing_rows.py, test_phrasing_parts.py; bench/check_rows.py scores them)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
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


DESK_AS_OF = "2026-11-30"  # the draft date of the per-round row modules (no bundled tables)


def finds(draft: str, code: str) -> bool:
    """Whether check() on draft (dated DESK_AS_OF, against no bundled table) reports code."""
    return any(f.code == code for f in check(draft, as_of=DESK_AS_OF, bundled=False).findings)


def fires_test(code: str, rows: Sequence[object]) -> Callable[[str, bool], None]:
    """A test over (draft, fires) rows, known misses among them as strict-xfail
    pytest.param rows: code fires on each draft (finds), or not, as its row says. Bind it
    to a test_ name of the module (``test_turnout = fires_test("FC207", ROWS)``); pytest
    names the test and its rows' ids as it would a function of its own."""

    @pytest.mark.parametrize(("draft", "fires"), rows)
    def test(draft: str, fires: bool) -> None:
        assert finds(draft, code) is fires

    return test


def row_test(rows: Sequence[object]) -> Callable[[Row], None]:
    """A test over a table of Rows and known misses (miss), each id'd by row_ids and
    checked by assert_row. Bind it to a test_ name of the module (``test_row =
    row_test(ROWS)``)."""

    @pytest.mark.parametrize("row", rows, ids=row_ids(list(rows)))
    def test(row: Row) -> None:
        assert_row(row)

    return test


def each_test(code: str, fires: bool, drafts: Sequence[object]) -> Callable[[str], None]:
    """A test over drafts (known misses among them as strict-xfail pytest.param rows) on
    each of which code fires (finds), or on none of which it fires, as ``fires`` says.
    Bind it to a test_ name of the module. The parameter is named "text", so a draft that
    pytest ids by position is "text0", "text1", ..."""

    @pytest.mark.parametrize("text", drafts)
    def test(text: str) -> None:
        assert finds(text, code) is fires

    return test
