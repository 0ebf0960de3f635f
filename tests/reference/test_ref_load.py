"""Loading reference tables: the DESIGN.md CSV, DataFrames, Our World in Data CSVs, and
refusal of a bad table, whole, with file, line and column."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from factcheck import load_reference
from factcheck.errors import ReferenceDataError
from factcheck.reference.schema import parse_unit

HEADER = "entity,metric,value,unit,period,source\n"
GOOD = HEADER + 'Myanmar,population,"57,931,718",count,2025,CIA World Factbook\n'


def write(tmp_path: Path, content: str | bytes, name: str = "table.csv") -> Path:
    path = tmp_path / name
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


def test_design_csv_loads_with_derived_values(tmp_path: Path) -> None:
    text = (HEADER.strip() + ",aliases,terms\n"
            'Myanmar,population,"57,931,718",count,2025,CIA World Factbook,Burma,people\n'
            "India,GDP,3913,USD billions,2024,CIA World Factbook,,gdp\n")
    table = load_reference(write(tmp_path, text))
    assert table.name == "table"
    first, second = table.records
    assert (first.entity, first.value, first.unit, first.line) == (
        "Myanmar", 57931718.0, "", 2)
    assert (first.start, first.end) == (date(2025, 1, 1), date(2025, 12, 31))
    assert (first.aliases, first.terms) == ("Burma", "people")
    assert (second.value, second.unit, second.line) == (3.913e12, "USD", 3)
    assert list(table.rows["entity"]) == ["Myanmar", "India"]


@pytest.mark.parametrize("header", [
    "Entity,Metric,Value,Unit,Period,Source",  # as spreadsheets write them
    "ENTITY,METRIC,VALUE,UNIT,PERIOD,SOURCE",
    " Entity , metric,Value,unit ,Period,Source",
    "Entity,Metric,Value,Unit,Period,Source,URL,Aliases,Terms",
])
def test_headers_are_read_without_case(tmp_path: Path, header: str) -> None:
    extra = ",https://example.org,Burma,people" if "URL" in header else ""
    table = load_reference(write(tmp_path, header + "\n"
                                 + 'Myanmar,population,"57,931,718",count,2025,CIA' + extra + "\n"))
    (row,) = table.records
    assert (row.entity, row.metric, row.value, row.period) == (
        "Myanmar", "population", 57931718.0, "2025")
    assert row.aliases == ("Burma" if extra else "")


def test_utf8_with_bom_is_accepted(tmp_path: Path) -> None:
    table = load_reference(write(tmp_path, b"\xef\xbb\xbf" + GOOD.encode()))
    assert table.records[0].entity == "Myanmar"


def test_dataframe_loads_and_line_numbers_count_the_header() -> None:
    frame = pd.DataFrame({"entity": ["Myanmar", "India"], "metric": ["area", "area"],
                          "value": [676578, 3287263], "unit": ["km**2", "km**2"],
                          "period": ["2025", "2025"], "source": ["Factbook", "Factbook"]})
    table = load_reference(frame, name="areas")
    assert table.name == "areas"
    assert [r.line for r in table.records] == [2, 3]
    assert load_reference(table) is table


def test_quoted_newline_keeps_line_numbers_true(tmp_path: Path) -> None:
    text = (HEADER.strip() + ",notes\n"
            'A,population,10,count,2024,S,"two\nlines"\n'
            "B,population,x,count,2024,S,\n")
    with pytest.raises(ReferenceDataError) as err:
        load_reference(write(tmp_path, text))
    assert err.value.row == 4


@pytest.mark.parametrize(("content", "row", "column", "words"), [
    ("entity,metric,value,unit,source\nA,population,1,count,S\n", 1, "period",
     "missing required column 'period'"),
    ("Entity,Metric,Value,Unit,Year,Source\nA,population,1,count,2024,S\n", 1, "period",
     "the header has entity, metric, value, unit, year, source"),
    ("entity,Entity,metric,value,unit,period,source\nA,A,population,1,count,2024,S\n", 1,
     "Entity", "columns 'entity' and 'Entity' are the same column"),
    (HEADER + "A,population,12k,count,2024,S\n", 2, "value", "'12k' is not a number"),
    (HEADER + "A,population,1,count,2024,S\nB,population,,count,2024,S\n", 3, "value",
     "empty value"),
    (HEADER + "A,area,1,bananas,2024,S\n", 2, "unit", "not one pint can read"),
    (HEADER + "A,population,1,count,2024,S\nA,population,1,count,last year,S\n", 3,
     "period", "not a year, month, date or range"),
    (HEADER + "A,population,1,count,2025-05/2025-01,S\n", 2, "period", "not a year"),
    ("", None, None, "the file is empty"),
    ("\n\n", None, None, "the file is empty"),
    (HEADER, 2, None, "no rows"),
    (HEADER + "A,population,10,count,2024,S\nB,area,5,km**2,2024,S\n"
     "A,population,11,count,2024,T\n", 4, "value", "duplicate (A, population, 2024)"),
    (HEADER + "A,population,10,count,2024,S,extra\n", 2, None, "7 fields, the header has 6"),
    (HEADER.encode() + "Côte d'Ivoire,population,1,count,2024,S\n".encode("latin-1"), 2,
     None, "not UTF-8"),
])
def test_bad_table_is_refused_whole(tmp_path: Path, content: str | bytes, row: int | None,
                                    column: str | None, words: str) -> None:
    path = write(tmp_path, content)
    with pytest.raises(ReferenceDataError) as err:
        load_reference(path)
    assert (err.value.row, err.value.column) == (row, column)
    assert err.value.path == str(path)
    assert words in str(err.value)
    assert str(path) in str(err.value)


def test_duplicate_with_the_same_value_is_allowed(tmp_path: Path) -> None:
    table = load_reference(write(tmp_path, GOOD + GOOD.splitlines()[1] + "\n"))
    assert len(table) == 2


def test_missing_file_is_a_reference_error(tmp_path: Path) -> None:
    with pytest.raises(ReferenceDataError, match="cannot read"):
        load_reference(tmp_path / "absent.csv")


@pytest.mark.parametrize(("unit", "expected"), [
    ("count", (1.0, "")),
    ("", (1.0, "")),
    ("percent", (1.0, "percent")),
    ("%", (1.0, "percent")),
    ("USD", (1.0, "USD")),
    ("million USD", (1e6, "USD")),
    ("USD millions", (1e6, "USD")),
    ("billion", (1e9, "")),
    ("thousand tonne", (1e3, "tonne")),
    ("km**2", (1.0, "km**2")),
    ("sq km", (1.0, "km**2")),
    ("square_mile", (1.0, "square_mile")),
    ("m", (1.0, "m")),
])
def test_table_units(unit: str, expected: tuple[float, str]) -> None:
    assert parse_unit(unit) == expected


def test_owid_long_csv_with_unit_argument(tmp_path: Path) -> None:
    text = ("Entity,Code,Year,Share of electricity from wind\n"
            "Ireland,IRL,2018,28.1\nIreland,IRL,2019,\nFrance,FRA,2018,5.1\n")
    table = load_reference(write(tmp_path, text, "wind.csv"), unit="%")
    assert [(r.entity, r.period, r.value, r.unit, r.aliases) for r in table.records] == [
        ("Ireland", "2018", 28.1, "percent", "IRL"), ("France", "2018", 5.1, "percent", "FRA")]
    assert table.records[0].metric == "Share of electricity from wind"
    assert table.records[1].line == 4


def test_owid_wide_csv_with_metadata_file(tmp_path: Path) -> None:
    write(tmp_path, "Date,MMR,OWID_WRL,IND\n2020,72.5,,95.2\n2021,73.7,91.4,\n",
          "access-to-electricity.csv")
    meta = write(tmp_path, '[{"filename": "access-to-electricity.csv", "title": '
                 '"Share of the population with access to electricity", "unit": "%"}]',
                 "metadata.json")
    table = load_reference(tmp_path / "access-to-electricity.csv", metadata=meta,
                           names={"OWID_WRL": "World"})
    got = [(r.entity, r.period, r.value, r.unit) for r in table.records]
    assert got == [("Myanmar", "2020", 72.5, "percent"), ("India", "2020", 95.2, "percent"),
                   ("Myanmar", "2021", 73.7, "percent"), ("World", "2021", 91.4, "percent")]
    assert table.records[0].metric == "Share of the population with access to electricity"
    assert table.records[0].source.startswith("Our World in Data")


def test_owid_csv_without_unit_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ReferenceDataError, match="needs its unit"):
        load_reference(write(tmp_path, "Date,MMR\n2020,1\n"))


@pytest.mark.parametrize(("label", "unit"), [
    ("%", "percent"), ("% of GDP", "percent"), ("terawatt-hours", "terawatt_hours"),
    ("constant 2015 US$", "USD"), ("deaths per 100,000 people", "count"),
    ("tonnes", "tonnes"), ("People", "People"),
])
def test_owid_units(label: str, unit: str) -> None:
    from factcheck.reference.owid import owid_unit

    assert owid_unit(label)[0] == unit


def test_owid_years_before_1000_are_left_out(tmp_path: Path) -> None:
    path = write(tmp_path, "Year,MMR\n-10000,0.1\n2020,83.4\n")
    table = load_reference(path, metric="Population density", unit="people per km²")
    assert [(r.period, r.value) for r in table.records] == [("2020", 83.4)]


# --- Our World in Data series: both shapes, the per-chart metadata, the cache ----------

CHART_META = ('{"chart": {"title": "Life expectancy at birth"}, "columns": {"Period life '
              'expectancy at birth": {"titleShort": "Life expectancy", "unit": "years", '
              '"citationShort": "UN WPP (2024)", "lastUpdated": "2024-07-11"}}}')
LONG = ("Entity,Code,Year,Period life expectancy at birth\n"
        "Kenya,KEN,1990,57.1\nKenya,KEN,2020,62.7\n\"Korea, South\",KOR,2020,83.5\n")


def test_owid_chart_download_reads_its_metadata_beside_it(tmp_path: Path) -> None:
    write(tmp_path, CHART_META, "life-expectancy.metadata.json")
    table = load_reference(write(tmp_path, LONG, "life-expectancy.csv"))
    got = [(r.entity, r.period, r.value, r.unit, r.metric, r.source, r.retrieved, r.line)
           for r in table.records]
    assert got == [
        ("Kenya", "1990", 57.1, "years", "Life expectancy", "UN WPP (2024)", "2024-07-11", 2),
        ("Kenya", "2020", 62.7, "years", "Life expectancy", "UN WPP (2024)", "2024-07-11", 3),
        ("Korea, South", "2020", 83.5, "years", "Life expectancy", "UN WPP (2024)",
         "2024-07-11", 4)]


def test_owid_rows_without_a_source_name_owid_and_the_file_date(tmp_path: Path) -> None:
    import datetime as dt
    import os

    path = write(tmp_path, "Year,KEN\n2019,5.2\n", "unemployment.csv")
    os.utime(path, (0, dt.datetime(2024, 3, 5, 12).timestamp()))
    (row,) = load_reference(path, unit="%").records
    assert (row.source, row.retrieved) == ("Our World in Data", "2024-03-05")


@pytest.mark.parametrize(("text", "line", "column", "says"), [
    ("Year,KEN,UGA\n2019,5.2,4.1\n2020,5.9,n/a\n", 3, "UGA", "is not a number"),
    ("Year,KEN\n2019,inf\n", 2, "KEN", "is not a number"),
    ("Entity,Code,Year,Share\nKenya,KEN,2019,5\n,UGA,2019,4\n", 3, "Entity", "empty entity"),
    ("Entity,Code,Year,Share\nKenya,KEN,2019,5\nKenya,KEN,2019,6\n", 3, "value", "duplicate"),
    ('Year,KEN\n2019,"5.2\n2020,6\n', 2, None, "not a well-formed CSV row"),
])
def test_a_malformed_series_is_refused_whole(tmp_path: Path, text: str, line: int,
                                             column: str | None, says: str) -> None:
    with pytest.raises(ReferenceDataError, match=says) as caught:
        load_reference(write(tmp_path, text, "series.csv"), unit="%")
    assert caught.value.row == line
    if column is not None:
        assert caught.value.column == column


def test_the_cache_gives_the_same_table_and_follows_the_file(tmp_path: Path) -> None:
    path = write(tmp_path, "Year,KEN,UGA\n2019,5.2,4.1\n2020,5.9,\n", "jobless.csv")
    cache = tmp_path / "cache"
    first = load_reference(path, unit="%", cache=cache)
    again = load_reference(path, unit="%", cache=cache)
    assert list(cache.glob("*.arrow")) and list(again.records) == list(first.records)
    path.write_text("Year,KEN,UGA\n2019,5.2,4.1\n2020,6.1,\n", encoding="utf-8")
    changed = load_reference(path, unit="%", cache=cache)
    assert [r.value for r in changed.records] == [5.2, 4.1, 6.1]


def test_a_cache_folder_that_cannot_be_written_is_no_error(tmp_path: Path) -> None:
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("x", encoding="utf-8")
    path = write(tmp_path, "Year,KEN\n2019,5.2\n", "jobless.csv")
    assert len(load_reference(path, unit="%", cache=blocked / "sub")) == 1


def _wide(folder: Path, name: str, rows: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text("Date,KEN,PER\n" + rows, encoding="utf-8")


def test_a_folder_of_wide_series_with_one_metadata_file(tmp_path: Path) -> None:
    """TSVer's layout: csv/*.csv under one metadata.json; a folder loads every CSV, each
    with its entry (a data desk's trial: neither a folder nor the shared file was read)."""
    import json

    from factcheck import check
    from factcheck.reference.load import load_references

    _wide(tmp_path / "csv", "life.csv", "2022,62.1,76.5\n2023,63.6,76.9\n")
    _wide(tmp_path / "csv", "births.csv", "2022,3.3,2.1\n2023,3.2,2.0\n")
    (tmp_path / "metadata.json").write_text(json.dumps([
        {"filename": "life.csv", "title": "Life expectancy", "unit": "years"},
        {"filename": "births.csv", "title": "Total fertility rate: births per woman",
         "unit": "Live births per woman"}]), encoding="utf-8")
    tables = load_references(tmp_path)
    assert sorted(t.name for t in tables) == ["births", "life"]
    report = check("Kenya's life expectancy was 63.6 years in 2023.", references=[tmp_path],
                   bundled=False, as_of="2024-06-01")
    assert [v.status for v in report.verdicts] == ["supported"]
    one = load_references(tmp_path / "csv" / "life.csv")
    assert [t.metrics() for t in one] == [{"Life expectancy"}]


def test_a_folder_without_tables_is_refused(tmp_path: Path) -> None:
    from factcheck.reference.load import load_references

    with pytest.raises(ReferenceDataError, match="holds no CSV"):
        load_references(tmp_path)
