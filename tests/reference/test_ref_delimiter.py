"""A table saved with another delimiter than commas (Excel's CSV in many locales writes
semicolons) is read as one column: the error says which delimiter and to use commas
(desk trial ci12 #10). Other missing columns get no such hint."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck import load_reference
from factcheck.errors import ReferenceDataError

NAMES = ["entity", "metric", "value", "unit", "period", "source"]


@pytest.mark.parametrize(("mark", "said"), [
    (";", "separated by semicolons"),
    ("\t", "separated by tabs"),
    ("|", "separated by bars"),
])
def test_another_delimiter_is_named(tmp_path: Path, mark: str, said: str) -> None:
    path = tmp_path / "desk.csv"
    path.write_text(mark.join([*NAMES, "notes"]) + "\n" + mark.join(
        ["Lowmere", "population", "48200", "count", "2024", "Council", ""]) + "\n",
        encoding="utf-8")
    with pytest.raises(ReferenceDataError, match=f"{said}: save it with commas"):
        load_reference(path)


@pytest.mark.parametrize("header", [
    "entity,metric,value,unit,source",  # commas, one column missing
    "entity;metric;value",  # semicolons, but not every required name
    "place metric value unit period source",  # spaces: not a delimiter a desk would use
])
def test_no_hint_without_another_delimiter(tmp_path: Path, header: str) -> None:
    path = tmp_path / "desk.csv"
    path.write_text(header + "\nLowmere,population,48200,count,2024\n", encoding="utf-8")
    with pytest.raises(ReferenceDataError) as err:
        load_reference(path)
    assert "save it with commas" not in str(err.value)
