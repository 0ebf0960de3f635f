"""A finding's message is one line even when the figure it quotes crosses a line break in the
draft (Markdown wraps lines anywhere): text output and GitHub annotations show one finding
per line (editor trial nu12: "38⏎libraries")."""

from __future__ import annotations

import pytest

from factcheck import check

WRAPPED = [
    ("The county runs 30 libraries. Of those, 38\nlibraries open on Sundays.", "FC204"),
    ("The trail is 40 miles (90\nkm) long.", "FC201"),
    ("Sales fell from 200 units to 150 units, a drop of\n40 percent.", "FC203"),
]


@pytest.mark.parametrize(("text", "code"), WRAPPED)
def test_message_of_a_wrapped_figure_is_one_line(text: str, code: str) -> None:
    findings = [f for f in check(text, bundled=False).findings if f.code == code]
    assert findings, [f.code for f in check(text, bundled=False).findings]
    assert all("\n" not in f.message and "  " not in f.message for f in findings)


def test_the_span_still_points_into_the_draft() -> None:
    text = WRAPPED[0][0]
    finding = next(f for f in check(text, bundled=False).findings if f.code == "FC204")
    assert text[finding.start:finding.end] == "38\nlibraries"
