"""Hostile markup: the readers and suppression comments neither crash nor backtrack.

Found by probing the readers with repeated markup: the standard HTML parser raised
AssertionError on unknown marked sections and searched the rest of the text for the end
of every unclosed construct (100,000 "<!--" took minutes); the suppression pattern took
74 s on a comment line with 5,000 spaces. Time bounds are generous (a shared machine):
each case now takes milliseconds, and took from seconds to hours before.
"""

from __future__ import annotations

import pytest

from factcheck.pipeline import check_source
from factcheck.text import read_string
from factcheck.text.suppress import parse
from tests.linear import assert_linear


@pytest.mark.parametrize(
    ("html", "text"),
    [
        ("a <![foo x]> 5 km", "a <![foo x]> 5 km"),  # was AssertionError: unknown keyword
        ("a <![ x ]]> 5 km", "a <![ x ]]> 5 km"),  # was AssertionError: expected name
        ("a <![if !x]> 5 km <![endif]> b", "a  5 km  b"),  # Word's conditionals stay hidden
        ("a <![CDATA[ hidden ]]> 5 km", "a  5 km"),
        ("5 km <!-- never closed", "5 km <!-- never closed"),
        ("a < b and 5 km > 3 km", "a < b and 5 km > 3 km"),
        ("<p>5 km<!-- x --> away</p>", "5 km away\n\n"),
    ],
)
def test_html_marked_sections_and_unclosed_markup(html: str, text: str) -> None:
    source = read_string("d.html", html, "html")
    assert source.text == text
    for offset, char in enumerate(source.text):
        if char != "\n":
            assert html[source.to_original(offset)] == char


UNCLOSED = ["<!--", "<?", "</", "<![CDATA[", "<!", "<", "<!-- >", "<a b=\""]


@pytest.mark.parametrize("unit", UNCLOSED)
def test_html_unclosed_markup_reads_in_linear_time(unit: str) -> None:
    def run(n: int) -> None:
        source = read_string("d.html", unit * (n // len(unit)) + " 5 km", "html")
        assert source.text.endswith("5 km") or unit == "<a b=\""  # an open quote hides the rest

    assert_linear(run, 50_000)


@pytest.mark.parametrize(("head", "unit", "tail"), [
    ("<!-- factcheck: ignore FC2 -- ", " ", "x"),
    ("<!-- factcheck: ignore FC2 --", " --", ""),
    ("<!-- factcheck: ignore FC2", " ,FC2", " x"),
    ("<!-- factcheck: ignore ", "\t", "FC2 -->"),
])
def test_suppression_comment_lines_parse_in_linear_time(head: str, unit: str, tail: str) -> None:
    def run(n: int) -> None:
        line = head + unit * (n // len(unit)) + tail
        parse(line.removeprefix("<!-- factcheck:"))
        check_source(read_string("d.md", line + "\n\n5 km\n", "md"))

    assert_linear(run, 50_000)


@pytest.mark.parametrize(("unit", "tail", "size"), [
    ("<!-- factcheck: ignore FC2 -- x -->\n", "5 km (9 miles)\n", 1_250),
    ("<!-- factcheck: off -->\n", "5 km (9 miles)\n", 1_250),
    ("5 km (9 miles) <!-- factcheck: ignore FC2 -- x -->", "", 1_250),
    ("<p>5 km (9 miles)</p><!-- factcheck: ignore FC2 -- x -->\n", "", 1_250),
    ("<!-- factcheck: ignore FC2 -- ", "", 5_000),  # never closed: was a search per "<!--"
])
def test_many_suppression_comments_take_linear_time(unit: str, tail: str, size: int) -> None:
    # the reading and the suppression stage only: 5,000 figures cost the parser seconds of
    # their own, which say nothing of the comments (bench/pathological.py times it all)
    from factcheck.model import Report
    from factcheck.text.suppress import apply_suppressions

    kind = "html" if unit.startswith("<p>") else "md"

    def run(n: int) -> None:
        source = read_string(f"d.{kind}", unit * n + tail, kind)
        apply_suppressions(Report(source.text, (), ()), source)

    assert_linear(run, size)


@pytest.mark.parametrize(("body", "parsed"), [
    (" ignore FC201 -- quoted ", ("ignore", ("FC201",), "quoted")),
    (" ignore FC2", ("ignore", ("FC2",), "")),
    ("ignore fc2 ,FC301 --  two  ", ("ignore", ("FC2", "FC301"), "two")),
    (" ignore FC2 -- a -- b ", ("ignore", ("FC2",), "a -- b")),
    (" OFF -- quoting the ministry ", ("off", (), "quoting the ministry")),
    (" on ", ("on", (), "")),
    (" ignore FC2 - one dash ", "'-' is not a check code"),
    (" ignore E501 ", "'E501' is not a check code"),
    (" ignore -- why ", "'ignore' names no check code"),
    (" skip FC201 ", "'skip' is not a suppression; write 'ignore CODES -- reason', 'off' or 'on'"),
    (" off FC201 ", "'off' takes no codes"),
    ("  ", "nothing said; write 'ignore CODES -- reason', 'off' or 'on'"),
])
def test_suppression_comment_reading(body: str, parsed: object) -> None:
    assert parse(body) == parsed
