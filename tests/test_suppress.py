"""Suppression comments silence a code (or family) in the paragraph after them only."""

from __future__ import annotations

import pytest

from factcheck.pipeline import check_source
from factcheck.text import read_string

SUPPRESSED = """# Draft

<!-- factcheck: ignore FC201 -- the source gives this conversion -->
The town is fewer than 100 kilometres (80 miles) from the border.

Elsewhere it is 100 kilometres (80 miles) away.
"""


@pytest.mark.usefixtures("fake_pipeline")
@pytest.mark.parametrize(
    ("comment", "left"),
    [
        ("<!-- factcheck: ignore FC201 -- the source gives this conversion -->", ["FC201"]),
        ("<!-- factcheck: ignore FC2 -->", ["FC201"]),
        ("<!-- factcheck: ignore fc201, FC301 -- both fine here -->", ["FC201"]),
        ("<!-- factcheck: ignore FC301 -->", ["FC201", "FC201"]),
        ("<!-- factcheck: ignore FC2 - one dash is not a reason -->", ["FC201", "FC201"]),
        ("<!-- a plain comment FC201 -->", ["FC201", "FC201"]),
    ],
)
def test_comment_silences_the_next_paragraph_only(comment: str, left: list[str]) -> None:
    text = SUPPRESSED.replace(
        "<!-- factcheck: ignore FC201 -- the source gives this conversion -->", comment)
    checked = check_source(read_string("draft.md", text, "md"))
    assert [f.code for f in checked.report.findings] == left
    if len(left) == 1:
        assert checked.source.line_col(checked.report.findings[0].start)[0] == 6


@pytest.mark.usefixtures("fake_pipeline")
def test_blank_line_between_comment_and_paragraph_is_allowed() -> None:
    text = SUPPRESSED.replace("-->\nThe town", "-->\n\nThe town")
    assert len(check_source(read_string("d.md", text, "md")).report.findings) == 1


@pytest.mark.usefixtures("fake_pipeline")
def test_comments_only_count_in_markdown() -> None:
    assert len(check_source(read_string("d.txt", SUPPRESSED, "txt")).report.findings) == 2
