"""Configuration files: nearest one wins, keys are checked, errors name file and key."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.config import Config
from factcheck.config.file import find_config, load_config
from factcheck.errors import ConfigError


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_nearest_file_wins_and_pyproject_needs_the_section(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", "[tool.factcheck]\nselect = ['FC2']\n")
    write(tmp_path / "desk" / "pyproject.toml", "[tool.ruff]\nline-length = 90\n")
    own = write(tmp_path / "desk" / "politics" / "factcheck.toml", "ignore = ['FC3']\n")
    write(tmp_path / "desk" / "politics" / "pyproject.toml", "[tool.factcheck]\n")
    draft = write(tmp_path / "desk" / "politics" / "draft.md", "x")
    assert find_config(draft) == own
    assert find_config(tmp_path / "desk") == tmp_path / "pyproject.toml"


def test_every_key(tmp_path: Path) -> None:
    write(tmp_path / "tables" / "desk.csv", "entity,metric,value,unit,period,source\n")
    path = write(tmp_path / "pyproject.toml", """
[tool.factcheck]
select = ["fc2", "FC301"]
ignore = "FC205,FC206"
fail-on = "warning"
references = ["tables/desk.csv"]
approx-tolerance = 0.05
as-of = 2025-09-01
exclude = ["archive/"]
extend-exclude = ["*.draft.md", "wire/"]
""")
    assert load_config(path) == Config(
        select=("FC2", "FC301"), ignore=("FC205", "FC206"), fail_on="warning",
        approx_tolerance=0.05, references=(str(tmp_path / "tables" / "desk.csv"),),
        as_of="2025-09-01", exclude=("archive/", "*.draft.md", "wire/"),
        root=str(tmp_path.resolve()))


@pytest.mark.parametrize(
    ("body", "says"),
    [
        ("fail_on = 'error'", "unknown key 'fail_on'"),
        ("fail-on = 'fatal'", "key 'fail-on' must be one of error, warning, info"),
        ("select = [201]", "key 'select' must be a list of code prefixes"),
        ("ignore = ['E501']", "key 'ignore': 'E501' is not a check code prefix"),
        ("approx-tolerance = 10", "key 'approx-tolerance' must be a number in [0, 1)"),
        ("approx-tolerance = true", "key 'approx-tolerance' must be a number"),
        ("as-of = 'last week'", "key 'as-of' 'last week' is not an ISO date"),
        ("references = 'desk.csv'", "key 'references' must be a list of CSV paths"),
        ("select = [", "not valid TOML"),
        # a prefix no check code has would switch every check off: refused, as on the
        # command line
        ("select = ['FC9']", "key 'select': no check code starts with 'FC9'"),
        ("ignore = ['FC2', 'FC77']", "key 'ignore': no check code starts with 'FC77'"),
    ],
)
def test_bad_settings_name_file_and_key(tmp_path: Path, body: str, says: str) -> None:
    path = write(tmp_path / "factcheck.toml", body + "\n")
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert str(caught.value).startswith(str(path))
    assert says in str(caught.value)


def test_pyproject_errors_name_the_section(tmp_path: Path) -> None:
    path = write(tmp_path / "pyproject.toml", "[tool.factcheck]\nfail-on = 3\n")
    with pytest.raises(ConfigError, match=r"pyproject.toml \[tool.factcheck\]: key 'fail-on'"):
        load_config(path)
