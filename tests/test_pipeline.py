from __future__ import annotations

from datetime import date, datetime

import pytest

from factcheck import InputError, Report, check
from factcheck.config import Config

DRAFT = (
    "The town is fewer than 100 kilometres (80 miles) from the border. "
    "Oracle employed approximately 28,824 people. "
    "Revenue rose from $120m to $150m, a 20% increase."
)


def test_report_has_claims_findings_and_date() -> None:
    report = check(DRAFT, as_of="2025-10-01", path="draft.md")
    assert isinstance(report, Report)
    assert report.as_of == date(2025, 10, 1) and report.path == "draft.md"
    assert [f.code for f in report.findings] == ["FC201", "FC301", "FC203"]
    assert [f.start for f in report.findings] == sorted(f.start for f in report.findings)
    assert len(report.claims) == 6
    assert [v.claim for v in report.verdicts] == list(report.claims)  # bundled tables
    assert check(DRAFT, as_of="2025-10-01", bundled=False).verdicts == ()


@pytest.mark.parametrize("as_of", ["2025-13-01", "yesterday", 20251001, ""])
def test_bad_as_of_names_the_value(as_of: object) -> None:
    with pytest.raises(ValueError, match=repr(as_of).replace("(", r"\(")) as err:
        check("It is 5 km away.", as_of=as_of)  # type: ignore[arg-type]
    assert isinstance(err.value, InputError)


def test_as_of_date_and_config_default() -> None:
    assert check("x", as_of=date(2024, 1, 2)).as_of == date(2024, 1, 2)
    assert check("x", as_of=datetime(2024, 1, 2, 9, 30)).as_of == date(2024, 1, 2)
    assert check("x", as_of=" 2024-01-02 ").as_of == date(2024, 1, 2)
    assert check("x", config=Config(as_of="2023-05-06")).as_of == date(2023, 5, 6)


@pytest.mark.parametrize(
    ("config", "codes"),
    [
        (Config(select=("FC2",)), ["FC201", "FC203"]),
        (Config(ignore=("FC201",)), ["FC301", "FC203"]),
        (Config(select=("FC301",)), ["FC301"]),
    ],
)
def test_select_and_ignore(config: Config, codes: list[str]) -> None:
    assert [f.code for f in check(DRAFT, as_of="2025-10-01", config=config).findings] == codes


def test_reference_stage_holds_claims_against_a_table() -> None:
    import pandas as pd

    table = pd.DataFrame([{"entity": "Bhamo", "metric": "population", "value": 100000,
                           "unit": "count", "period": "2024", "source": "test table",
                           "terms": "population|people|residents"}])
    text = "Bhamo is home to 166,000 people."
    report = check(text, references=[table], as_of="2025-10-01", bundled=False)
    assert [v.status for v in report.verdicts] in (["contradicted"], ["unverifiable"])
    assert all(f.code == "FC101" for f in report.findings)


def test_text_must_be_str() -> None:
    with pytest.raises(InputError):
        check(b"bytes")  # type: ignore[arg-type]


def test_age_follows_as_of() -> None:
    text = "Smith, who was born in 1972, is 53 years old."
    assert check(text, as_of="2025-10-01").findings == ()
    assert [f.code for f in check(text, as_of="2030-10-01").findings] == ["FC206"]


def test_a_draft_over_the_size_limit_is_refused() -> None:
    from factcheck import InputError, check
    from factcheck.config import Config

    small = Config(max_size_mb=0.001)  # 1,000 characters
    assert check("Exports rose 12% to $3.5bn.", config=small, bundled=False).claims
    with pytest.raises(InputError, match=r"draft\.md: 2,000 characters is over the limit"):
        check("x" * 2000, config=small, bundled=False, path="draft.md")


@pytest.mark.parametrize("bad", [b"12 km", 12, None])
def test_a_draft_that_is_not_str_is_a_type_error_of_the_library(bad: object) -> None:
    from factcheck import FactcheckError, check, extract

    for fn in (check, extract):
        with pytest.raises(TypeError) as info:
            fn(bad)  # type: ignore[operator]
        assert isinstance(info.value, FactcheckError)
