"""What the Python API takes: a configuration read from a file (never a dict, which is
refused with the reason), one reference path, DataFrame or table as well as a list of
them; and the draft's
date from its front matter in the forms content systems write it."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck import Config, check, load_config
from factcheck.errors import InputTypeError
from factcheck.text.markdown import front_matter_date

TABLE = ("entity,metric,value,unit,period,source,retrieved\n"
         "Millbrook,population,12000,people,2025,Millbrook town hall,2026-01-05\n")


def test_a_config_is_read_from_its_file_and_a_dict_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "factcheck.toml"
    path.write_text("select = ['FC2']\n", encoding="utf-8")
    config = load_config(path)
    assert isinstance(config, Config) and config.select == ("FC2",)
    with pytest.raises(InputTypeError, match=r"factcheck\.Config"):
        check("Rents rose 5%.", config={"select": ["FC2"]})  # type: ignore[arg-type]


@pytest.mark.parametrize("as_path", [str, Path])
def test_one_reference_path_is_one_table(tmp_path: Path, as_path: type) -> None:
    csv = tmp_path / "desk.csv"
    csv.write_text(TABLE, encoding="utf-8")
    report = check("Millbrook has 15,000 people.", references=as_path(csv), bundled=False,
                   as_of="2026-02-01")
    assert [v.status for v in report.verdicts] == ["contradicted"]


@pytest.mark.parametrize("form", ["dataframe", "table", "list"])
def test_one_dataframe_or_table_is_one_source(tmp_path: Path, form: str) -> None:
    import pandas as pd

    from factcheck.reference import load_reference

    csv = tmp_path / "desk.csv"
    csv.write_text(TABLE, encoding="utf-8")
    frame = pd.read_csv(csv)
    given = {"dataframe": frame, "table": load_reference(frame, name="desk"),
             "list": [frame]}[form]
    report = check("Millbrook has 15,000 people.", references=given, bundled=False,
                   as_of="2026-02-01")
    assert [v.status for v in report.verdicts] == ["contradicted"]


@pytest.mark.parametrize(("said", "day"), [
    ("2025-03-01", "2025-03-01"),
    ("2025-03-01T10:00:00Z", "2025-03-01"),
    ("March 1, 2025", "2025-03-01"),
    ("'1 Mar 2025'", "2025-03-01"),
    ("2025/03/01", "2025-03-01"),
    # no date: a day and a month in digits read two ways, no day, or no date at all
    ("01/03/2025", None),
    ("March 2025", None),
    ("tomorrow", None),
    ("February 30, 2025", None),
])
def test_the_front_matter_date_in_the_forms_editors_write(said: str, day: str | None) -> None:
    assert front_matter_date(f"---\ntitle: Budget\ndate: {said}\n---\nText") == day
