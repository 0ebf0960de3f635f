"""The Dask adapters take the desk's tables and date as check() does (references=,
as_of=, bundled=, config=), and a row without text is an error of its own (desk trial
ci12 #7). check_pandas runs in this process; check_dataframe on dask's synchronous
scheduler."""

from __future__ import annotations

from typing import Any

import pytest

from factcheck.dask_adapter import batch_options, check_dataframe, check_pandas
from factcheck.errors import InputError

pd = pytest.importorskip("pandas")

DESK = pd.DataFrame(
    [("Lowmere", "population", 48200, "count", "2024", "Illustrative council report")],
    columns=["entity", "metric", "value", "unit", "period", "source"],
).assign(terms="population|people|residents")
ROWS = ["Lowmere has 48,200 residents.", "Lowmere has 58,200 residents.",
        "Lowmere has about 48,000 residents."]


def _codes(result: Any) -> list[str]:
    return list(result["codes"])


def test_the_desks_table_decides_each_row() -> None:
    frame = pd.DataFrame({"body": ROWS})
    result = check_pandas(frame, text_column="body", references=[DESK], bundled=False,
                          as_of="2025-09-01")
    assert _codes(result) == ["", "FC101", ""]
    assert list(check_pandas(frame, text_column="body", bundled=False)["codes"]) == [
        "", "", ""]  # without it, nothing to hold the figures against


def test_check_dataframe_takes_the_same_keywords() -> None:
    dd = pytest.importorskip("dask.dataframe")
    dask = pytest.importorskip("dask")
    frame = dd.from_pandas(pd.DataFrame({"body": ROWS}), npartitions=2)
    with dask.config.set(scheduler="synchronous"):
        result = check_dataframe(frame, text_column="body", references=DESK,
                                 bundled=False, as_of="2025-09-01").compute()
    assert _codes(result) == ["", "FC101", ""]


@pytest.mark.parametrize(("text", "said"), [
    (None, "the row has no text (None)"),
    (float("nan"), "the row has no text (None)"),
    (42, "text is not a string (int)"),
])
def test_a_row_without_text_is_an_error_of_its_own(text: Any, said: str) -> None:
    frame = pd.DataFrame({"body": pd.Series([ROWS[1], text], dtype=object)})
    result = check_pandas(frame, text_column="body", references=[DESK], bundled=False)
    assert list(result["error"]) == [None, f"InputError: {said}"]
    assert list(result["findings"]) == [1, 0]


def test_a_bad_date_is_refused_before_any_row() -> None:
    with pytest.raises(InputError, match="not a date"):
        batch_options(as_of="yesterday")
