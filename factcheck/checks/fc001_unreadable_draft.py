"""FC001 unreadable-draft: a draft could not be read, so nothing in it was checked.

What it does:
    Reports a draft that the reading stage refused: a file that is missing, not UTF-8
    (UTF-16 is recognised and named), binary (NUL bytes), unreadable, a broken or looping
    symbolic link, a .docx that is not one (or unpacks to more than 20 times the size
    limit), or larger than the size limit. The finding is made by the reading stage
    (factcheck.pipeline.check_path), not from a text's claims: a text given as a string
    has been read, so check() never reports FC001. The command line reports it like any
    finding, checks the other drafts, writes the report, and exits with status 2.

Why it matters:
    A CI job that stops at the first bad file checks nothing else and, with --output,
    writes no report for code scanning to upload; one that skips it silently lets an
    unchecked draft through. An empty draft has nothing to check and is no error.

Example:
    A draft saved as Latin-1 ("Caf\\xe9 prices rose 20%.") is FC001 "not valid UTF-8 (tried
    UTF-8, with or without BOM; bad byte 0xe9 at offset 3)"; the same draft saved as UTF-8
    is checked.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from factcheck.model import Finding, Severity

if TYPE_CHECKING:
    from factcheck.checks import Document

CODE = "FC001"
NAME = "unreadable-draft"
SEVERITY: Severity = "error"
STAGE = "read"
"""The stage that makes these findings: the reading of a draft file."""
EXAMPLES = (
    # (file name, the file's bytes, fires): run through pipeline.check_path by the meta-test
    ("old.txt", "Café prices rose 20%.".encode("latin-1"), True),
    ("photo.md", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", True),
    ("fake.docx", b"The town of Bhamo is 100 kilometres from the border.", True),
    ("cafe.txt", "Café prices rose 20%.".encode(), False),
    ("empty.md", b"", False),
)


def unreadable(path: str, reason: str) -> Finding:
    """The FC001 finding for a draft that could not be read; reason is the reading error's
    message (its leading "path: " is dropped, since the report names the file)."""
    message = reason.removeprefix(f"{path}: ")
    return Finding(CODE, NAME, SEVERITY, message[:1].upper() + message[1:] + ".", 0, 0)


def check(doc: Document) -> Iterator[Finding]:
    """Nothing: a Document's text has been read. FC001 comes from pipeline.check_path."""
    del doc
    yield from ()
