"""Renderers on a real draft with two findings: positions are the original file's."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

import pytest

from factcheck.checks.catalogue import Rule
from factcheck.pipeline import Checked, check_source
from factcheck.report import render
from factcheck.report.github import github_summary
from factcheck.report.text import render_statistics
from factcheck.text import read_string
from tests.conftest import DRAFT

RULES = {"FC201": Rule("FC201", "unit-conversion", "error",
                       "Unit conversions that disagree.\n\nWhat it does\n...")}


@pytest.fixture
def checked(fake_pipeline: None) -> list[Checked]:
    return [check_source(read_string("news/draft.md", DRAFT, "md"))]


def test_text_lines_point_into_the_markdown_file(checked: list[Checked]) -> None:
    assert render(checked, "text", {}).splitlines() == [
        "news/draft.md:3:33: FC201 [error] 100 km is 62.1 miles, not 80 miles",
        "    suggestion: 62 miles",
        "news/draft.md:5:17: FC301 [warning] 'around 28,824' pairs an exact figure with an "
        "approximation",
        "Found 2 findings (1 error, 1 warning) in 1 file, as of 2025-09-01.",
    ]


def test_verbose_text_says_why_each_claim_was_or_was_not_checked(
        checked: list[Checked]) -> None:
    from dataclasses import replace

    from factcheck.model import Verdict

    item = checked[0]
    claim = item.report.claims[2]
    said = Verdict(claim, "unverifiable", None, "Unverifiable: no table has 'Oracle'.")
    item = replace(item, report=replace(item.report, verdicts=(said,)))
    lines = render([item], "text", {}, verbose=True).splitlines()
    assert lines[:4] == [
        "news/draft.md:3:33: claim '100' not checked: no reference tables",
        "news/draft.md:3:49: claim '80' not checked: no reference tables",
        "news/draft.md:5:24: claim '28,824' unverifiable: no table has 'Oracle'.",
        "news/draft.md:5:53: claim '2024' not checked: no reference tables",
    ]
    assert lines[4].startswith("news/draft.md:3:33: FC201 [error]")


def test_text_colour_only_when_asked(checked: list[Checked]) -> None:
    assert "\x1b[" not in render(checked, "text", {})
    assert "\x1b[31m\x1b[1mFC201" in render(checked, "text", {}, color=True)


def test_statistics(checked: list[Checked]) -> None:
    assert render_statistics(checked).splitlines() == [
        "    1  FC201  unit-conversion [error]",
        "    1  FC301  spurious-precision [warning]",
        "Found 2 findings in 1 file.",
    ]


COUNTS = [{"code": "FC201", "name": "unit-conversion", "severity": "error", "count": 1},
          {"code": "FC301", "name": "spurious-precision", "severity": "warning", "count": 1}]


@pytest.mark.parametrize(
    ("fmt", "counts"),
    [
        ("json", lambda out: json.loads(out)),
        ("sarif", lambda out: {"version": 1, "statistics":
                               json.loads(out)["runs"][0]["properties"]["statistics"]}),
        ("github", lambda out: {"version": 1, "statistics": [
            dict(zip(("count", "code", "name", "severity"),
                     (int((p := line.split("::")[2].split())[0]), p[1], p[2], p[3][1:-1]),
                     strict=True)) for line in out.splitlines()]}),
        ("html", lambda out: {"version": 1, "statistics": [
            dict(zip(("count", "code", "name", "severity"),
                     (int(c[0]), *c[1:]), strict=True))
            for c in (re.findall(r"<td>([^<]*)</td>", row) for row in re.findall(
                r"<tr>(.*?)</tr>", out.split('class="statistics"')[1])) if c]}),
    ],
)
def test_statistics_in_every_format(checked: list[Checked], fmt: str,
                                    counts: Callable[[str], object]) -> None:
    from factcheck.report import render_statistics as counts_in

    out = counts_in(checked, fmt, {})
    assert counts(out) == {"version": 1, "statistics": COUNTS}
    assert 'class="draft"' not in out


def test_json_document(checked: list[Checked]) -> None:
    doc = json.loads(render(checked, "json", {}))
    assert doc["version"] == 1
    (entry,) = doc["files"]
    assert entry["path"] == "news/draft.md"
    assert [c["text"] for c in entry["claims"]] == ["100", "80", "28,824", "2024"]
    fc201 = entry["findings"][0]
    assert (fc201["line"], fc201["column"], fc201["end_line"], fc201["end_column"]) == (
        3, 33, 3, 58)
    assert DRAFT[fc201["source_start"]:fc201["source_end"]] == "100 kilometres (80 miles)"
    text = checked[0].report.text
    assert text[fc201["start"]:fc201["end"]] == "100 kilometres (80 miles)"
    assert fc201["evidence"]["url"] == "https://example.org/geo?a=1&b=2"
    assert fc201["suggestion"] == "62 miles"


@pytest.mark.parametrize(
    ("fmt", "provenance"),
    [
        ("json", lambda doc: (doc["tool"]["name"], doc["tool"]["version"],
                              [f["as_of"] for f in doc["files"]])),
        ("sarif", lambda log: (log["runs"][0]["tool"]["driver"]["name"],
                               log["runs"][0]["tool"]["driver"]["version"],
                               log["runs"][0]["properties"]["asOf"])),
    ],
)
def test_documents_name_the_tool_version_and_as_of_date(
        checked: list[Checked], fmt: str, provenance: Callable[[Any], object]) -> None:
    from factcheck import __version__

    assert provenance(json.loads(render(checked, fmt, {}))) == (
        "factcheck", __version__, ["2025-09-01"])


def test_the_api_document_names_the_tool_and_as_of_as_the_cli_does(
        checked: list[Checked]) -> None:
    """Report.to_dict() (the Python API) and the command line's JSON agree on the
    document's head and each file's as_of."""
    api = checked[0].report.to_dict()
    cli = json.loads(render(checked, "json", {}))
    assert (api["version"], api["tool"]) == (cli["version"], cli["tool"])
    assert api["files"][0]["as_of"] == cli["files"][0]["as_of"] == "2025-09-01"


def test_github_commands_and_summary(checked: list[Checked]) -> None:
    lines = render(checked, "github", {}).splitlines()
    assert lines == [
        "::error file=news/draft.md,line=3,col=33,endLine=3,endColumn=58,"
        "title=FC201 unit-conversion::FC201 100 km is 62.1 miles, not 80 miles",
        "::warning file=news/draft.md,line=5,col=17,endLine=5,endColumn=30,"
        "title=FC301 spurious-precision::FC301 'around 28,824' pairs an exact figure "
        "with an approximation",
    ]
    summary = github_summary(checked)
    assert "| news/draft.md | 3 | FC201 | error | 100 km is 62.1 miles, not 80 miles | 62 miles |" \
        in summary


def test_github_escapes_newlines_and_property_separators(fake_pipeline: None) -> None:
    item = check_source(read_string("a,b:c.txt", "Around 5,000 or\n100 kilometres (80 miles)"))
    line = render([item], "github", {}).splitlines()[0]
    assert line.startswith("::error file=a%2Cb%3Ac.txt,line=2,col=1,")


def _sarif(checked: list[Checked]) -> dict[str, Any]:
    return json.loads(render(checked, "sarif", RULES))  # type: ignore[no-any-return]


def test_sarif_results_regions_rules_and_fixes(checked: list[Checked]) -> None:
    run = _sarif(checked)["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == ["FC201", "FC301"]
    help_text = rules[0]["help"]["text"]  # a catalogued code: its editor's page
    assert help_text.startswith("FC201") and "What it does" in help_text
    assert "factcheck." not in help_text and "_kinds" not in help_text  # no code pointers
    first = run["results"][0]
    assert rules[first["ruleIndex"]]["id"] == first["ruleId"] == "FC201"
    region = first["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"], region["endColumn"]) == (3, 33, 58)
    assert region["snippet"]["text"] == "100 kilometres (80 miles)"
    replacement = first["fixes"][0]["artifactChanges"][0]["replacements"][0]
    deleted = replacement["deletedRegion"]
    assert DRAFT[deleted["charOffset"]:deleted["charOffset"] + deleted["charLength"]] == \
        "80 miles"
    assert replacement["insertedContent"]["text"] == "62 miles"
    assert run["results"][1]["level"] == "warning" and "fixes" not in run["results"][1]


def test_sarif_is_valid_against_the_schema(checked: list[Checked]) -> None:
    model = pytest.importorskip("pydantic_sarif.model")
    schema = model.StaticAnalysisResultsFormatSarifVersion210JsonSchema
    schema.model_validate(_sarif(checked))
    broken = _sarif(checked)
    broken["runs"][0]["results"][0]["level"] = "fatal"
    with pytest.raises(ValueError, match="level"):
        schema.model_validate(broken)


def test_the_summary_names_the_dates_the_drafts_were_checked_against(
        checked: list[Checked]) -> None:
    from dataclasses import replace
    from datetime import date

    from factcheck.report.text import dated

    def on(*days: str) -> list[Checked]:
        return [replace(checked[0], report=replace(checked[0].report,
                                                   as_of=date.fromisoformat(d)))
                for d in days]

    assert dated(on("2026-03-01", "2025-01-31", "2026-03-01")) == ", as of 2025-01-31, 2026-03-01"
    assert dated(on("2024-05-05", "2025-06-06", "2023-01-02", "2026-07-07")) == (
        ", as of 4 dates from 2023-01-02 to 2026-07-07")
    assert dated([replace(checked[0], report=replace(checked[0].report, as_of=None))]) == ""
    assert dated([]) == ""
