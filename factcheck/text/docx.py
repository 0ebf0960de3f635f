"""Word .docx to plain text: one paragraph (and table cell) a line, via python-docx."""

from __future__ import annotations

import io
import zipfile

from factcheck.errors import InputError
from factcheck.text.reading import MAX_BYTES, too_big
from factcheck.text.source import SourceText, plain_source

UNPACK_FACTOR = 20  # Word's XML is about ten times the text it holds


def _unpacked_size(data: bytes) -> int:
    """Bytes the .docx (a zip) would unpack to, read from its directory without unpacking."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError):
        return 0  # python-docx below says what is wrong with it


def read_docx(path: str, data: bytes, limit: int = MAX_BYTES) -> SourceText:
    """The paragraphs of a .docx file; line N of the result is the document's Nth paragraph.

    A .docx has no text of its own to point into, so the plain text doubles as the
    original and line:col count paragraphs and characters within them.
    """
    try:
        import docx
    except ImportError:  # pragma: no cover - python-docx is a dependency
        raise InputError(f"{path}: reading .docx needs python-docx") from None
    if _unpacked_size(data) > UNPACK_FACTOR * limit:
        raise InputError(f"{path}: unpacks to more than {UNPACK_FACTOR} times the "
                         f"{limit / 1e6:g} MB limit for one draft (a zip bomb?)")
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises zipfile, KeyError and lxml errors
        raise InputError(f"{path}: not a readable .docx file ({type(exc).__name__})") from None
    lines = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            lines.extend(cell.text for cell in row.cells)
    text = "\n".join(lines)
    if len(text) > limit:
        raise too_big(path, limit)
    return plain_source(path, text, "docx")
