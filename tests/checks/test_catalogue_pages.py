"""The editor's pages of `factcheck rule CODE` (factcheck/checks/rules.toml): every check has
one, its example fires and its near-twin does not (run through factcheck, so a page cannot
say what the check does not do), and no page points into the code or the word lists."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from factcheck import check
from factcheck.checks.catalogue import EXAMPLES_AS_OF, Page, Rule, describe, discover, pages
from factcheck.pipeline import check_path

AS_OF = EXAMPLES_AS_OF  # the date rules.toml's examples are written for, which the page shows
CODES = sorted(pages())
# what an editor's page must not show: module paths, data files, private names, and the
# punctuation that leaving a pointer out used to strand ('"...":)', '):,', 'by)')
LEAKS = re.compile(r"factcheck\.\w|\w\.(?:tsv|txt)\b|\bclass(?:es)? \"|(?<![\w<])_[a-z]\w*"
                   r"|[,:;]\)|\):,|\bby\)|(?<!\w)\(\s*\)|\s[,;:]|\s\.\s")


def _found(page: Page, text: str, encoding: str, tmp_path: Path) -> dict[str, list[str]]:
    """Every finding's message by code, for text checked as check() checks a string, or as
    a file's text (page.file: the read and suppression stages run too)."""
    if page.file:
        draft = tmp_path / "draft.md"
        draft.write_bytes(text.encode(encoding))
        findings = check_path(str(draft), as_of=AS_OF).report.findings
    else:
        findings = check(text, as_of=AS_OF).findings
    found: dict[str, list[str]] = {}
    for f in findings:
        found.setdefault(f.code, []).append(f.message)
    return found


def _says(page: Page, message: str) -> bool:
    opening = page.says.removesuffix("...").strip()
    return message.startswith(opening) if page.says.endswith("...") else message == page.says


def test_every_check_has_a_page_and_every_page_a_check() -> None:
    assert sorted(discover()) == CODES


@pytest.mark.parametrize("code", CODES)
def test_the_example_fires_as_the_page_says(code: str, tmp_path: Path) -> None:
    page = pages()[code]
    messages = _found(page, page.fires, page.encoding, tmp_path).get(code, [])
    assert any(_says(page, m) for m in messages), messages


@pytest.mark.parametrize("code", CODES)
def test_the_near_twin_does_not_fire(code: str, tmp_path: Path) -> None:
    page = pages()[code]
    assert page.quiet != page.fires or page.encoding != "utf-8"
    assert code not in _found(page, page.quiet, "utf-8", tmp_path)


# what the pages' "How close counts as right" says, one row each: (code, draft, fires)
TOLERANCE_ROWS = [
    ("FC201", "The ferry crossing is 100 kilometres (60 miles) long.", False),  # + 5%
    ("FC201", "The ferry crossing is 100 kilometres (50 miles) long.", True),
    ("FC207", "Rents rose 20% in May and a further 15% in June, 35% in all.", True),
    ("FC207", "Rents rose 20% in May and a further 15% in June, 38% in all.", False),
    ("FC301", "The tank holds about 1,234.5 litres of water.", True),
    ("FC301", "The hall seats about 1,250 people.", False),
    ("FC303", "The lorry carried 20 tons of gravel.", True),
    ("FC303", "The lorry carried 20 metric tons of gravel.", False),
]


@pytest.mark.parametrize(("code", "text", "fires"), TOLERANCE_ROWS)
def test_what_the_pages_say_of_tolerance(code: str, text: str, fires: bool) -> None:
    assert (code in {f.code for f in check(text, as_of=AS_OF).findings}) is fires


@pytest.mark.parametrize("code", CODES)
def test_the_page_opens_with_code_name_severity_and_summary(code: str) -> None:
    rule = discover()[code]
    text = describe(rule)
    assert text.startswith(f"{code} {rule.name} [{rule.severity}]: {pages()[code].summary}\n")
    for heading in ("What it does:", "Why it matters:", f"Example (a draft dated {AS_OF}):",
                    "Reported",
                    "Not reported", "How close counts as right:", "What it does not catch:",
                    "To silence it:"):
        assert f"\n{heading}" in text or f"    {heading}" in text, heading
    assert len(text.splitlines()) <= 45
    assert "Developer's notes:" not in text and f"rule {code} --detail" in text


@pytest.mark.parametrize("code", CODES)
@pytest.mark.parametrize("detail", [False, True])
def test_no_page_points_into_the_code(code: str, detail: bool) -> None:
    text = describe(discover()[code], detail)
    text = re.sub(r"<!--.*?-->", "", text)  # a suppression comment is what editors type
    assert not LEAKS.search(text), LEAKS.search(text)
    assert max(len(line) for line in text.splitlines()[1:]) <= 88


@pytest.mark.parametrize("code", ["FC202", "FC205", "FC206"])
def test_detail_adds_the_docstring_after_the_page(code: str) -> None:
    rule = discover()[code]
    text = describe(rule, detail=True)
    page, notes = text.split("\nDeveloper's notes:\n")
    assert page == describe(rule).rsplit("\nDeveloper's notes (", 1)[0]
    assert notes.lstrip().startswith("What it does:")
    assert len(notes.splitlines()) > 20  # the developer's whole text, not a summary


@pytest.mark.parametrize(("toml", "error"), [
    ("[FC201\nsummary = 'x'", "not TOML"),
    ("[FC201]\nsummary = 'x'", "[FC201] lacks does, matters"),
    ("[FC201]\nsumary = 'x'", "[FC201] has unknown keys sumary"),
    ("[FC201]\nsummary = 3", "[FC201] summary has the wrong type"),
    ("FC201 = 'x'", "[FC201] is not a table"),
])
def test_a_broken_pages_file_names_file_and_code(toml: str, error: str,
                                                 tmp_path: Path) -> None:
    path = tmp_path / "rules.toml"
    path.write_text(toml, encoding="utf-8")
    with pytest.raises(ValueError, match=re.escape(str(path))) as caught:
        pages(path)
    assert error in str(caught.value) or error == "not TOML"


def test_a_check_without_a_page_prints_its_docstring() -> None:
    rule = Rule("FC399", "new-check", "info", "FC399 new-check: a new finding.\n\nWhat it "
                "does:\n    Reads the frames (factcheck.frames): ...")
    assert describe(rule) == ("FC399 new-check: a new finding. [info]\n\nWhat it does:\n"
                              "    Reads the frames: ...\n")
