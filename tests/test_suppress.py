"""Suppression comments: ignore silences a code (or family) in the paragraph after it, off/on
a stretch, in Markdown and HTML; FC002 reports the ones that are wrong or silence nothing."""

from __future__ import annotations

import pytest

from factcheck.config import Config
from factcheck.pipeline import check_source
from factcheck.text import read_string

FIRST = "The town is fewer than 100 kilometres (80 miles) from the border."
SECOND = "Elsewhere it is 100 kilometres (80 miles) away."
MD = "# Draft\n\n{comment}\n" + FIRST + "\n\n" + SECOND + "\n"
HTML = "<h1>Draft</h1>\n\n{comment}\n<p>" + FIRST + "</p>\n<p>" + SECOND + "</p>\n"
FENCE = "```\n{comment}\n```\n"


@pytest.mark.usefixtures("fake_pipeline")
@pytest.mark.parametrize("template", [MD, HTML], ids=["md", "html"])
@pytest.mark.parametrize(
    ("comment", "left", "says"),
    [
        ("<!-- factcheck: ignore FC201 -- the source gives this conversion -->", ["FC201"], ""),
        ("<!-- factcheck: ignore fc201, FC301 -- both fine here -->", ["FC201"], ""),
        ("<!--factcheck:ignore FC2--the ministry's own-->", ["FC201"], ""),
        ("<!-- factcheck: ignore FC2 -->", ["FC002", "FC201"], "gives no reason"),
        ("<!-- factcheck: ignore FC301 -- wrong code -->", ["FC002", "FC201", "FC201"],
         "silences nothing"),
        ("<!-- factcheck: ignore FC2 - one dash is not a reason -->",
         ["FC002", "FC201", "FC201"], "is malformed: '-' is not a check code"),
        ("<!-- factcheck: ignore FC999 -- checked with the ministry -->",
         ["FC002", "FC201", "FC201"], "names no known check code: FC999"),
        ("<!-- factcheck: ignore FC999, FC201 -- checked -->", ["FC002", "FC201"],
         "names no known check code: FC999"),
        ("<!-- factcheck: ignore -- why -->", ["FC002", "FC201", "FC201"],
         "'ignore' names no check code"),
        ("<!-- factcheck: skip FC201 -- x -->", ["FC002", "FC201", "FC201"], "'skip' is not"),
        ("<!-- factcheck: off -->", [], ""),
        ("<!-- factcheck: on -->", ["FC002", "FC201", "FC201"], "without an 'off'"),
        ("<!-- a plain comment FC201 -->", ["FC201", "FC201"], ""),
        # addressed to factcheck without its colon: silences nothing, and says so
        ("<!-- factcheck ignore FC201 -- no colon -->", ["FC002", "FC201", "FC201"],
         "is malformed: write 'factcheck:' with its colon"),
        ("<!-- factcheckers may disagree -->", ["FC201", "FC201"], ""),
    ],
)
def test_comments_silence_and_fc002_says_why(template: str, comment: str, left: list[str],
                                             says: str) -> None:
    kind = "md" if template is MD else "html"
    checked = check_source(read_string(f"draft.{kind}", template.format(comment=comment), kind))
    findings = checked.report.findings
    assert sorted(f.code for f in findings) == left
    problems = [f for f in findings if f.code == "FC002"]
    assert all(says in f.message and "on line 3" in f.message for f in problems)
    assert all(checked.source.line_col(f.start) == (3, 1) for f in problems)  # the comment
    assert all(f.severity == "info" for f in problems)
    if left == ["FC201"]:
        assert checked.source.line_col(findings[0].start)[0] == (6 if kind == "md" else 5)


@pytest.mark.usefixtures("fake_pipeline")
@pytest.mark.parametrize(
    ("kind", "draft", "left"),
    [
        # off ... on around the first paragraph only
        ("md", "<!-- factcheck: off -->\n\n" + FIRST + "\n\n<!-- factcheck: on -->\n\n" + SECOND,
         ["FC201"]),
        ("html", "<!-- factcheck: off --><p>" + FIRST + "</p><!-- factcheck: on --><p>"
         + SECOND + "</p>", ["FC201"]),
        # a stretch that silences nothing
        ("md", "<!-- factcheck: off -->\n\nNo figures.\n\n<!-- factcheck: on -->\n\n" + SECOND,
         ["FC002", "FC201"]),
        # off twice before an on
        ("md", "<!-- factcheck: off -->\n\n<!-- factcheck: off -->\n\n" + FIRST,
         ["FC002"]),
        # at the end of a line, or inside a paragraph: not before the paragraph
        ("md", FIRST + " <!-- factcheck: ignore FC201 -- trailing -->\n", ["FC002", "FC201"]),
        ("md", "Intro.\n\n" + FIRST + " <!-- factcheck: ignore FC201 -- trailing -->\n\n"
         + SECOND + "\n", ["FC002", "FC201", "FC201"]),  # FC002 on the comment's line 3
        ("html", "<p>" + FIRST + " <!-- factcheck: ignore FC201 -- mid --></p>",
         ["FC002", "FC201"]),
        # blank lines between comment and paragraph are allowed
        ("md", "<!-- factcheck: ignore FC201 -- x -->\n\n\n" + FIRST, []),
        # shown in a code block or a script: an example, not a suppression
        ("md", FENCE.format(comment="<!-- factcheck: ignore FC201 -- x -->") + "\n" + FIRST,
         ["FC201"]),
        ("html", "<script>// <!-- factcheck: off --></script><p>" + FIRST + "</p>", ["FC201"]),
        # plain text and Word drafts have no comments
        ("txt", "<!-- factcheck: ignore FC201 -- x -->\n" + FIRST, ["FC201"]),
    ],
)
def test_stretches_and_places(kind: str, draft: str, left: list[str]) -> None:
    checked = check_source(read_string(f"draft.{kind}", draft, kind))
    assert sorted(f.code for f in checked.report.findings) == left
    for finding in checked.report.findings:  # FC002 points at its comment's line
        if finding.code == "FC002":
            line = checked.source.line_col(finding.start)[0]
            assert f"on line {line} " in finding.message


@pytest.mark.usefixtures("fake_pipeline")
@pytest.mark.parametrize(
    ("config", "left"),
    [
        (Config(), ["FC002", "FC201", "FC201"]),
        (Config(ignore=("FC3",)), ["FC201", "FC201"]),  # FC301 not checked: not "unused"
        (Config(ignore=("FC002",)), ["FC201", "FC201"]),
        (Config(select=("FC002", "FC3")), ["FC002"]),
        (Config(select=("FC002",)), []),
    ],
)
def test_unused_is_judged_against_the_selected_codes(config: Config, left: list[str]) -> None:
    draft = MD.format(comment="<!-- factcheck: ignore FC301 -- no approximation here -->")
    checked = check_source(read_string("draft.md", draft, "md"), config)
    assert sorted(f.code for f in checked.report.findings) == left
