"""The HTML report: escaped draft text, highlights, cards; no browser needed here."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from factcheck.pipeline import Checked, check_source
from factcheck.report import render
from factcheck.text import read_string

HOSTILE = (
    "<script>alert('draft')</script> The town is 100 kilometres (80 miles) away & "
    "around 28,824 people <b>live</b> there.\n"
)


class _Collect(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.marked: dict[str, str] = {}
        self._open: list[list[str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        ids = (dict(attrs).get("data-findings") or "").split()
        self._open.append(ids if tag == "span" else [])

    def handle_endtag(self, tag: str) -> None:
        if self._open:
            self._open.pop()

    def handle_data(self, data: str) -> None:
        for ids in self._open:
            for key in ids:
                self.marked[key] = self.marked.get(key, "") + data


@pytest.fixture
def page(fake_pipeline: None) -> tuple[Checked, str]:
    item = check_source(read_string("<b>draft</b>.txt", HOSTILE))
    return item, render([item], "html", {})


def test_draft_markup_is_shown_as_text(page: tuple[Checked, str]) -> None:
    _, html = page
    collect = _Collect()
    collect.feed(html)
    assert "script" not in collect.tags
    assert collect.tags.count("b") == 0
    assert "&lt;script&gt;alert(&#x27;draft&#x27;)&lt;/script&gt;" in html
    assert "&lt;b&gt;draft&lt;/b&gt;.txt" in html
    assert "default-src 'none'" in html


def test_each_finding_highlights_exactly_its_characters(page: tuple[Checked, str]) -> None:
    item, html = page
    collect = _Collect()
    collect.feed(html)
    for n, finding in enumerate(item.report.findings):
        assert collect.marked[f"0-{n}"] == item.report.text[finding.start:finding.end]


def test_cards_carry_message_evidence_and_a_safe_source_link(
        page: tuple[Checked, str]) -> None:
    _, html = page
    card = re.search(r'<span class="card" id="card-0-0".*?</span></span>', html)
    assert card is not None
    assert "100 km is 62.1 miles, not 80 miles" in card.group(0)
    assert "Suggestion: 62 miles" in card.group(0)
    assert "Survey &lt;of&gt; Myanmar" in card.group(0)
    assert 'href="https://example.org/geo?a=1&amp;b=2"' in card.group(0)
    assert 'tabindex="0"' in card.group(0)


def test_summary_table_links_each_finding(page: tuple[Checked, str]) -> None:
    _, html = page
    assert re.search(r'<a href="#card-0-0">FC201</a></td><td>error</td>', html)
    assert re.search(r'<a href="#card-0-1">FC301</a></td><td>warning</td>', html)


@pytest.mark.parametrize(
    ("url", "linked"),
    [
        ("https://www.usgs.gov/centers/national-minerals-information-center", True),
        ("http://example.org/a", True),
        ("javascript:alert(1)", False),
        ("data:text/html,<script>alert(1)</script>", False),
    ],
)
def test_only_web_addresses_become_links(url: str, linked: bool) -> None:
    from factcheck.report.html_parts import _link

    assert _link(url).startswith("<a ") is linked
    assert "<script>" not in _link(url)


def _verdict(status: str) -> Checked:
    """A draft whose first claim a table decided (the verdict made here: this tests how the
    page shows verdicts, tests/reference how they are made)."""
    from dataclasses import replace

    from factcheck.model import Evidence, Finding, Verdict

    figure = "52,310" if status == "supported" else "61,000"
    text = f"Northtown had a population of {figure} in 2024, and 12 parks.\n"
    item = check_source(read_string("north.md", text, "md"))
    claim = item.report.claims[0]
    row = Evidence("desk", 2, "Northtown", "population", "2024", 52310, "count", "Council")
    verdict = Verdict(claim, status, row, "the table says 52,310")  # type: ignore[arg-type]
    findings = () if status == "supported" else (
        Finding("FC101", "contradicts-reference", "error", "52,310, not 61,000",
                claim.start, claim.end, claim, row),)
    return replace(item, report=replace(item.report, verdicts=(verdict,), findings=findings))


@pytest.mark.parametrize(
    ("status", "classes"),
    [
        ("supported", {"52,310": "claim verdict-supported", "12 parks": "claim quiet"}),
        ("contradicted", {"61,000": "claim verdict-contradicted flagged sev-error",
                          "12 parks": "claim quiet"}),
    ],
)
def test_only_findings_and_decided_verdicts_are_marked(status: str,
                                                       classes: dict[str, str]) -> None:
    html = render([_verdict(status)], "html", {})
    for figure, wanted in classes.items():
        assert re.search(rf'<span class="{wanted}"[^>]*>{figure}</span>', html), figure


def test_header_legend_and_toggle(page: tuple[Checked, str],
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from factcheck import __version__

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1756252800")
    item, _ = page
    html = render([item], "html", {})
    assert ("<dt>As of</dt><dd>2025-09-01</dd><dt>factcheck</dt>"
            f"<dd>{__version__}</dd><dt>Generated</dt><dd>2025-08-27 00:00 UTC</dd>") in html
    assert '<p class="legend">' in html and "contradicts a reference table" in html
    legend = html[html.index('<p class="legend">'):].split("</p>")[0]
    keys = re.findall(r'class="key sev-(\w+)">(\w+)<', legend)
    assert keys == [("error", "error"), ("warning", "warning"), ("info", "info")]  # the
    # severities' names as the text, JSON and SARIF outputs write them
    assert '<input type="checkbox" class="show-all" id="show-all">' in html
    assert html.index('id="show-all"') < html.index('<section class="file"')
    assert "<script" not in html.lower()
