"""Word .docx to plain text: one paragraph (and table cell) a line, via python-docx."""

from __future__ import annotations

import io

from factcheck.errors import InputError
from factcheck.text.source import SourceText, plain_source


def read_docx(path: str, data: bytes) -> SourceText:
    """The paragraphs of a .docx file; line N of the result is the document's Nth paragraph.

    A .docx has no text of its own to point into, so the plain text doubles as the
    original and line:col count paragraphs and characters within them.
    """
    try:
        import docx
    except ImportError:  # pragma: no cover - python-docx is a dependency
        raise InputError(f"{path}: reading .docx needs python-docx") from None
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises zipfile, KeyError and lxml errors
        raise InputError(f"{path}: not a readable .docx file ({type(exc).__name__})") from None
    lines = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            lines.extend(cell.text for cell in row.cells)
    return plain_source(path, "\n".join(lines), "docx")
