"""FC002 invalid-suppression: a suppression comment that is wrong or silences nothing.

What it does:
    Reports a Markdown or HTML comment that starts "factcheck:" but is not a working
    suppression: malformed (neither "ignore CODES -- reason", "off" nor "on"; a code that
    is not FC followed by digits), naming a code no check has, giving no reason after
    "--" (it still silences: the finding says so), standing inside a paragraph instead of
    on its own line before it, an "on" without an "off", or silencing no finding of the
    selected checks. The finding is made by the suppression stage
    (factcheck.text.suppress), which reads the comments of a read draft: a plain string
    has none, so check() never reports FC002. It points at the comment (for one inside a
    paragraph, at the text just after it) and names the comment's line; FC002 itself
    cannot be silenced.

Why it matters:
    A suppression that silently does nothing leaves a finding the writer thinks was
    reviewed; one that outlives the figure it excused hides the next mistake in that
    paragraph; one without a reason cannot be reviewed. ruff (RUF100) and Vale report
    theirs for the same reasons.

Example:
    "<!-- factcheck: ignore FC999 -- checked -->" before a paragraph is FC002 (no check
    FC999); "<!-- factcheck: ignore FC201 -- the ministry's own conversion -->" before
    "The border is 100 kilometres (80 miles) away." silences the FC201 there and is fine.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from factcheck.model import Finding, Severity

if TYPE_CHECKING:
    from factcheck.checks import Document

CODE = "FC002"
NAME = "invalid-suppression"
SEVERITY: Severity = "info"
STAGE = "suppressions"
"""The stage that makes these findings: the suppression comments of a read draft."""
_CONVERSION = "The border is 100 kilometres (80 miles) away, the ministry said.\n"
EXAMPLES = (
    # Markdown drafts, run through pipeline.check_source by the meta-test
    ("<!-- factcheck: ignore FC999 -- checked -->\n" + _CONVERSION, True),
    ("<!-- factcheck: ignore FC201 -->\n" + _CONVERSION, True),
    ("<!-- factcheck: ignore FC301 -- no approximation here -->\n" + _CONVERSION, True),
    ("<!-- factcheck: ignore FC201 - one dash -->\n" + _CONVERSION, True),
    (_CONVERSION.rstrip() + " <!-- factcheck: ignore FC201 -- trailing -->\n", True),
    ("<!-- factcheck: on -->\n" + _CONVERSION, True),
    ("<!-- factcheck: ignore FC201 -- the ministry's own conversion -->\n" + _CONVERSION,
     False),
    ("<!-- factcheck: off -->\n" + _CONVERSION + "<!-- factcheck: on -->\n", False),
    ("<!-- an editor's note about 100 kilometres -->\n" + _CONVERSION, False),
)


def invalid(message: str, at: int) -> Finding:
    """The FC002 finding for a suppression comment sitting at plain-text offset at."""
    return Finding(CODE, NAME, SEVERITY, message, at, at)


def check(doc: Document) -> Iterator[Finding]:
    """Nothing: a Document holds no comments. FC002 comes from the suppression stage."""
    del doc
    yield from ()
