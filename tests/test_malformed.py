"""Malformed reference tables and configuration files, through the library and the CLI.

Each is refused whole: ReferenceDataError or ConfigError naming the file (and the row and
column, or the key), exit status 2 with one line on stderr, and no report written. The
cases tests/reference/test_ref_load.py and tests/test_configfile.py already hold (missing
column, "12k", empty cell, unknown unit, bad period, empty file, conflicting duplicates,
extra fields, Latin-1, unknown or mistyped keys, bad TOML) are not repeated here.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from factcheck import ReferenceDataError, load_reference
from factcheck.cli import main
from factcheck.config.file import load_config
from factcheck.errors import ConfigError

HEADER = "entity,metric,value,unit,period,source\n"
GOOD = "Myanmar,population,54500000,count,2024,CIA World Factbook\n"
DRAFT = "Myanmar has a population of 54.5 million.\n"


def text(body: str) -> bytes:
    return (HEADER + GOOD + body).encode("utf-8")


# (name, file content or None for a folder, row, column, words in the message)
TABLES: list[tuple[str, bytes | None, int | None, str | None, str]] = [
    ("nan", text("A,population,nan,count,2024,S\n"), 3, "value", "'nan' is not a number"),
    ("infinite", text("A,population,1e400,count,2024,S\n"), 3, "value", "'1e400' is not"),
    ("double minus", text("A,population,--5,count,2024,S\n"), 3, "value", "not a number"),
    ("month 13", text("A,population,1,count,2025-13,S\n"), 3, "period", "'2025-13' is not"),
    ("30 February", text("A,population,1,count,2024-02-30,S\n"), 3, "period", "is not a year"),
    ("five-digit year", text("A,population,1,count,99999,S\n"), 3, "period", "'99999'"),
    ("31 June retrieved", b"entity,metric,value,unit,period,source,retrieved\n"
     b"A,population,1,count,2024,S,2025-06-31\n", 2, "retrieved", "'2025-06-31' is not a date"),
    ("retrieved in words", b"entity,metric,value,unit,period,source,retrieved\n"
     b"A,population,1,count,2024,S,last week\n", 2, "retrieved", "'last week' is not a date"),
    ("blank entity", text("   ,population,1,count,2024,S\n"), 3, "entity", "empty entity"),
    ("blank source", text("A,population,1,count,2024,  \n"), 3, "source", "empty source"),
    ("dangling per", text("A,GDP,1,USD per,2024,S\n"), 3, "unit", "'USD per' is not one pint"),
    ("division by zero", text("A,area,1,1/0,2024,S\n"), 3, "unit", "'1/0' is not one pint"),
    ("doubled column", b"entity,metric,value,value,unit,period,source\nA,p,1,2,count,2024,S\n",
     1, "value", "column 'value' appears twice"),
    ("open quote", text('A,population,1,count,2024,"no end\nB,population,2,count,2024,S\n'),
     3, None, "not a well-formed CSV row: unexpected end of data"),
    ("stray quote", text('A,population,1,count,2024,"S"x\n'), 3, None, "',' expected"),
    ("field over 128 KB", text("A,population,1,count,2024," + "S" * 200_000 + "\n"), 3, None,
     "field larger than field limit"),
    ("NUL byte", text("A,popu\x00lation,1,count,2024,S\n"), 3, None, "a NUL byte"),
    ("short row", text("A,population,1\n"), 3, None, "row has 3 fields, the header has 6"),
    ("UTF-16", (HEADER + GOOD).encode("utf-16"), 1, None, "not UTF-8 (byte 0xff"),
    ("folder", None, None, None, "cannot read the file"),
]


def make(tmp_path: Path, content: bytes | None) -> Path:
    path = tmp_path / "desk.csv"
    if content is None:
        path.mkdir()
    else:
        path.write_bytes(content)
    return path


@pytest.mark.parametrize(("content", "row", "column", "words"),
                         [case[1:] for case in TABLES], ids=[case[0] for case in TABLES])
def test_malformed_table_is_refused_naming_file_row_and_column(
        tmp_path: Path, content: bytes | None, row: int | None, column: str | None,
        words: str) -> None:
    path = make(tmp_path, content)
    with pytest.raises(ReferenceDataError) as caught:
        load_reference(path)
    assert (caught.value.path, caught.value.row, caught.value.column) == (str(path), row, column)
    if content is None:  # load_reference reads a folder as --reference does: this has none
        words = "a folder of reference tables holds no CSV file"
    assert words in str(caught.value)


@pytest.mark.parametrize(("content", "row", "column", "words"),
                         [case[1:] for case in TABLES], ids=[case[0] for case in TABLES])
def test_cli_refuses_the_table_before_writing_any_report(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        content: bytes | None, row: int | None, column: str | None, words: str) -> None:
    monkeypatch.chdir(tmp_path)
    make(tmp_path, content)
    (tmp_path / "draft.md").write_text(DRAFT, encoding="utf-8")
    status = main(["check", "draft.md", "--reference", "desk.csv", "--no-bundled",
                   "--format", "json", "-o", "report.json"])
    err = capsys.readouterr().err
    assert status == 2
    assert err.count("\n") == 1 and err.startswith("factcheck: error: desk.csv")
    where = "desk.csv" + (f":{row}" if row else "") + (f" column '{column}'" if column else "")
    if content is None:  # a folder of tables is read (every CSV in it); this one has none
        words = "a folder of reference tables holds no CSV file"
    assert where in err and " ".join(words.split()) in err
    assert not (tmp_path / "report.json").exists()


def test_dataframe_with_a_doubled_column_is_refused() -> None:
    frame = pd.DataFrame([["A", "population", 1, 2, "count", "2024", "S"]],
                         columns=["entity", "metric", "value", "value", "unit", "period",
                                  "source"])
    with pytest.raises(ReferenceDataError, match="column 'value' appears twice"):
        load_reference(frame, name="desk")


# (name, file name, content, words in the message)
CONFIGS: list[tuple[str, str, bytes, str]] = [
    ("Latin-1 comment", "factcheck.toml", "select = ['FC2'] # café\n".encode("latin-1"),
     "factcheck.toml: not UTF-8"),
    ("reference missing", "factcheck.toml", b"references = ['tables/desk.csv']\n",
     "key 'references': 'tables/desk.csv' is not a file"),
    ("reference is a folder", "factcheck.toml", b"references = ['']\n",
     "key 'references': '' is not a file"),
    ("section not a table", "pyproject.toml", b"[tool]\nfactcheck = 5\n",
     "pyproject.toml [tool.factcheck]: must be a table of settings"),
    ("size limit zero", "factcheck.toml", b"max-size-mb = 0\n",
     "key 'max-size-mb' must be a positive number of MB"),
    ("size limit as text", "factcheck.toml", b"max-size-mb = '10'\n",
     "key 'max-size-mb' must be a positive number of MB"),
]


@pytest.mark.parametrize(("name", "content", "words"), [c[1:] for c in CONFIGS],
                         ids=[c[0] for c in CONFIGS])
def test_malformed_config_is_refused_naming_file_and_key(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        name: str, content: bytes, words: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert str(caught.value).startswith(str(path)) and words in str(caught.value)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "draft.md").write_text(DRAFT, encoding="utf-8")
    assert main(["check", "draft.md", "-o", "report.txt"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and words in err
    assert not (tmp_path / "report.txt").exists()


def test_config_datetime_as_of_means_its_date(tmp_path: Path) -> None:
    path = tmp_path / "factcheck.toml"
    path.write_text("as-of = 2025-08-27T10:30:00\nmax-size-mb = 2.5\n", encoding="utf-8")
    config = load_config(path)
    assert (config.as_of, config.max_bytes) == ("2025-08-27", 2_500_000)
