"""The bundled reference data: every row sourced, dated and readable; build scripts agree."""

from __future__ import annotations

import csv
import importlib.metadata
import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

from factcheck.reference import bundled_tables
from factcheck.reference.data import GAZETTEER, data_dir
from factcheck.reference.load import load_reference
from factcheck.units import quantity

TABLES = sorted(p.name for p in data_dir().glob("*.csv") if p.name != GAZETTEER)


def test_the_expected_tables_are_bundled() -> None:
    assert TABLES == ["countries.csv", "rare_earths_usgs_mcs2025.csv",
                      "us_tariffs_india_2025.csv"]
    assert [t.name for t in bundled_tables()] == [Path(n).stem for n in TABLES]


@pytest.mark.parametrize("name", TABLES)
def test_every_bundled_row_is_sourced_dated_and_converts(name: str) -> None:
    table = load_reference(data_dir() / name)
    assert len(table) > 0
    for row in table.records:
        assert row.source and row.period and row.retrieved, row
        assert row.start <= row.end
        assert quantity(row.value, row.unit).magnitude == row.value


def test_bundled_tables_load_once_per_process_and_reload_the_same() -> None:
    first = bundled_tables()
    assert bundled_tables() is first  # check() after check() does not read the files again
    bundled_tables.cache_clear()
    again = bundled_tables()
    assert again is not first
    assert [list(t.records) for t in again] == [list(t.records) for t in first]
    assert sum(len(t) for t in again) > 600


def _script(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, data_dir() / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _committed(name: str) -> list[dict[str, str]]:
    with (data_dir() / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _built_with_installed(script: ModuleType) -> None:
    """Skip unless the data package installed is the version the CSV was built from."""
    try:
        installed = importlib.metadata.version(script.PACKAGE)
    except importlib.metadata.PackageNotFoundError:
        pytest.skip(f"{script.PACKAGE} is not installed")
    if installed != script.BUILT_WITH:
        pytest.skip(f"{script.PACKAGE} {installed} installed, CSV built from "
                    f"{script.BUILT_WITH}: rebuild it")


def test_countries_csv_is_what_its_build_script_makes() -> None:
    script = _script("build_countries")
    _built_with_installed(script)
    built = script.rows(retrieved="")
    committed = [{**row, "retrieved": ""} for row in _committed("countries.csv")]
    assert built == committed


def test_places_csv_is_what_its_build_script_makes() -> None:
    script = _script("build_places")
    _built_with_installed(script)
    assert script.rows() == _committed(GAZETTEER)


@pytest.mark.parametrize(("entity", "metric", "period", "value"), [
    ("Myanmar", "population", "2025", 57931718.0),
    ("India", "area", "2025", 3287263.0),
    ("Myanmar", "GDP (official exchange rate)", "2024", 74.08e9),
    ("Burma", "rare-earth mine production", "2024", 31000.0),
    ("World", "rare-earth mine production", "2024", 390000.0),
    ("India", "US total tariff rate", "2025-08-27/2025-12-31", 50.0),
])
def test_spot_figures(entity: str, metric: str, period: str, value: float) -> None:
    rows = [r for t in bundled_tables() for r in t.records
            if (r.entity, r.metric, r.period) == (entity, metric, period)]
    assert [r.value for r in rows] == [pytest.approx(value)]
