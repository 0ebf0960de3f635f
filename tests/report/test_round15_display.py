"""Round 15 (editor trial nu14): what an editor sees stays one line per item, and a .docx
gets no text-replacement fix in SARIF (a binary file: factcheck.report.sarif.BINARY_KINDS).
Suggestions agree in number with their figure (factcheck.written_figures._replaced)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factcheck import check
from factcheck.pipeline import check_path, check_source
from factcheck.report import render
from factcheck.text import read_string
from factcheck.written_figures import _DIGITS, _replaced


@pytest.mark.parametrize(("text", "figure", "want"), [
    ("2 miles", "1", "1 mile"),
    ("1 acre", "3", "3 acres"),
    ("4 years", "1", "1 year"),
    ("a 2-mile walk", "1", "a 1-mile walk"),  # near twins: an adjective stays singular
    ("a 1-mile walk", "3", "a 3-mile walk"),
    ("1 in 5", "2", "2 in 5"),
    ("1.5 miles", "1.0", "1.0 miles"),
])
def test_unit_word_agrees_with_the_figure(text: str, figure: str, want: str) -> None:
    match = _DIGITS.search(text)
    assert match is not None
    assert _replaced(text, match, figure) == want


@pytest.mark.parametrize("text", [
    "Rain at Kew\nGardens reached 41mm, the Met Office said.",
    "The bridge at Port\nTalbot is 2 km (3 miles) long.",
    "Visitors to Hampton\nCourt rose from 200 to 300, a rise of 20%.",
])
def test_verbose_lines_keep_a_wrapped_name_on_one_line(text: str) -> None:
    item = check_source(read_string("d.md", text, "md"))
    lines = render([item], "text", {}, verbose=True).splitlines()
    assert all(line.startswith(("d.md:", "    suggestion:", "Found", "No findings"))
               for line in lines), lines


def test_finding_message_is_one_line_suggestion_keeps_the_draft() -> None:
    text = "The pier is 1.6km (2\nmiles) long."
    finding = next(f for f in check(text, bundled=False).findings if f.code == "FC201")
    assert "\n" not in finding.message
    assert finding.suggestion == "1\nmile"


def _docx(tmp_path: Path) -> Path:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_heading("Marathon", level=1)
    document.add_paragraph("The race covers 42km (30 miles).")
    path = tmp_path / "race.docx"
    document.save(str(path))
    return path


def test_sarif_has_no_text_fix_for_a_docx_but_has_one_for_text(tmp_path: Path) -> None:
    md = tmp_path / "race.md"
    md.write_text("The race covers 42km (30 miles).\n", encoding="utf-8")
    items = [check_path(str(_docx(tmp_path)), bundled=False),
             check_path(str(md), bundled=False)]
    results = json.loads(render(items, "sarif", {}))["runs"][0]["results"]
    by_file = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].rsplit(
        "/", 1)[-1]: r for r in results if r["ruleId"] == "FC201"}
    assert "fixes" not in by_file["race.docx"]
    assert by_file["race.md"]["fixes"][0]["artifactChanges"][0]["replacements"][0][
        "insertedContent"]["text"] == "26 miles"
