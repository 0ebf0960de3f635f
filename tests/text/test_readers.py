"""Readers: the plain text keeps prose and drops code, and every offset maps back."""

from __future__ import annotations

import pytest

from factcheck.text import read_string

MARKDOWN = """---
title: 999 reasons
tags: [5, 6]
---
# Bhamo, 2025

The junta holds *Bhamo*, home to some **166,000** people, `code 77` aside.
KIA fighters number [over 15,000](https://example.org/kia-15000) by one count.

| town | distance |
|---|---|
| Bhamo | 100 km |

> Exports rose more than 20% between April and May;
> AT&amp;T said 3 things.

```
fenced 4242
```

    indented 5353

<div>raw html 6464</div>

- a list item with 12,944 tonnes
"""

HTML = """<!DOCTYPE html><html><head><title>Tariffs 2025</title>
<style>p { width: 9999px }</style><script>var x = 8888;</script></head>
<body><h1>Trade</h1><p>A 25% tariff &amp; an additional 25%, bringing
the total to 60%.</p><p>Nearly&nbsp;10% of 28,824 staff.</p>
<script>alert(7777)</script></body></html>"""


@pytest.mark.parametrize(
    ("kind", "original", "needle", "line", "col"),
    [
        ("md", MARKDOWN, "Bhamo, 2025", 5, 3),
        ("md", MARKDOWN, "166,000", 7, 41),
        ("md", MARKDOWN, "over 15,000", 8, 22),
        ("md", MARKDOWN, "by one count", 8, 66),
        ("md", MARKDOWN, "100 km", 12, 11),
        ("md", MARKDOWN, "more than 20%", 14, 16),
        ("md", MARKDOWN, "3 things", 15, 17),
        ("md", MARKDOWN, "12,944 tonnes", 25, 20),
        ("html", HTML, "Tariffs 2025", 1, 35),
        ("html", HTML, "25% tariff", 3, 26),
        ("html", HTML, "the total to 60%", 4, 1),
        ("html", HTML, "28,824 staff", 4, 44),
        ("txt", "one\ntwo 2,000 tonnes\n", "2,000 tonnes", 2, 5),
    ],
)
def test_prose_maps_back_to_the_original(kind: str, original: str, needle: str, line: int,
                                          col: int) -> None:
    source = read_string("draft", original, kind)
    start = source.text.find(needle)
    assert start >= 0, source.text
    first = source.to_original(start)
    assert original[first:first + len(needle)] == needle
    assert source.line_col(start) == (line, col)


@pytest.mark.parametrize(
    ("kind", "original", "absent"),
    [
        ("md", MARKDOWN, "999"),  # front matter
        ("md", MARKDOWN, "77"),  # inline code
        ("md", MARKDOWN, "4242"),  # fenced code
        ("md", MARKDOWN, "5353"),  # indented code
        ("md", MARKDOWN, "6464"),  # raw HTML block
        ("md", MARKDOWN, "kia-15000"),  # link target
        ("md", MARKDOWN, "**"),
        ("html", HTML, "9999"),  # style
        ("html", HTML, "8888"),  # script in head
        ("html", HTML, "7777"),  # script in body
        ("html", HTML, "&amp;"),
    ],
)
def test_code_markup_and_hidden_text_are_skipped(kind: str, original: str, absent: str) -> None:
    assert absent not in read_string("draft", original, kind).text


def test_entities_are_decoded_and_point_at_the_entity() -> None:
    source = read_string("d.html", HTML, "html")
    at = source.text.index("&")
    assert HTML[source.to_original(at):].startswith("&amp;")
    assert "Nearly\xa010%" in source.text


def test_paragraphs_stay_apart() -> None:
    source = read_string("d.md", "First 1.\nstill first.\n\nSecond 2.\n", "md")
    assert source.text == "First 1.\nstill first.\n\nSecond 2."


def test_front_matter_only_at_the_start() -> None:
    text = "Intro 5.\n\n---\n\nAfter the rule 6.\n"
    assert "After the rule 6." in read_string("d.md", text, "md").text
