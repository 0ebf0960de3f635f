"""The HTML report escapes what comes from reference tables, not only from the draft.

A table's entity, source, url and name, and a draft's text, each carrying markup or a
script URL, reach the page through a real FC101 verdict (factcheck.reference.judge);
the page must hold no element, attribute or link that any of them made.
"""

from __future__ import annotations

from datetime import date
from html.parser import HTMLParser

import pandas as pd
import pytest

from factcheck.checks import fc101_contradicts_reference as fc101
from factcheck.checks.catalogue import discover
from factcheck.model import Report
from factcheck.pipeline import Checked
from factcheck.reference import load_reference
from factcheck.reference.verdict import judge
from factcheck.report import render
from factcheck.text import read_string
from tests.reference.conftest import ctx

ENTITY = "Bhamo<script>alert(1)</script>"
SOURCE = "<script>alert('src')</script> & <img src=x onerror=alert(2)>"
DRAFT = "<img src=x onerror=alert(5)> Bhamo is home to 212,345 people, the 2014 census found."


class Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs += [(k, v or "") for k, v in attrs]


def page_for(url: str) -> str:
    row = (ENTITY, "population", 166000, "count", "2014", SOURCE, url, "Bhamo",
           "population|people|home")
    table = load_reference(pd.DataFrame([row], columns=[
        "entity", "metric", "value", "unit", "period", "source", "url", "aliases", "terms"]),
        name="<script>desk</script>")
    claim_frame = ctx(DRAFT, "212,345 people", 212345, noun="people", subject="Bhamo",
                    cues=("home", "people"), period=(date(2014, 1, 1), date(2014, 12, 31)))
    verdict = judge(claim_frame, [table], date(2025, 8, 27))
    finding = fc101.finding(verdict)
    assert verdict.status == "contradicted" and finding is not None
    source = read_string("<i>draft</i>.txt", DRAFT)
    report = Report(DRAFT, (claim_frame.claim,), (finding,), (verdict,), date(2025, 8, 27),
                    source.path)
    return render([Checked(source, report)], "html", discover())


@pytest.mark.parametrize("url", [
    "javascript:alert(3)",
    "JavaScript:alert(3)",
    " javascript:alert(3)",
    "data:text/html,<script>alert(3)</script>",
    'https://example.org/"><script>alert(3)</script>',
    "https://example.org/?a=1&b=<2>",
])
def test_table_cells_and_draft_text_never_become_markup(url: str) -> None:
    html = page_for(url)
    page = Page()
    page.feed(html)
    assert "script" not in page.tags and "img" not in page.tags and "i" not in page.tags
    assert not [k for k, _ in page.attrs if k.startswith("on")]
    hrefs = [v for k, v in page.attrs if k == "href"]
    assert all(h.startswith(("#", "https://", "http://")) for h in hrefs)
    assert all("<" not in h and '"' not in h for h in hrefs)
    assert "Bhamo&lt;script&gt;alert(1)&lt;/script&gt;" in html  # evidence and message
    assert "&lt;img src=x onerror=alert(2)&gt;" in html  # source
    assert "&lt;img src=x onerror=alert(5)&gt;" in html  # draft
    assert "&lt;script&gt;desk&lt;/script&gt;" in html  # table name
    assert "default-src 'none'" in html
