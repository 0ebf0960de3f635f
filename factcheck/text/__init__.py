"""Reading drafts: .txt, .md, .html and .docx become plain text plus an offset map.

Line and column numbers computed through the map refer to the original file, so an
editor can jump to them even when Markdown markup or HTML tags were dropped.
"""

from __future__ import annotations

import os
from pathlib import PurePath

from factcheck.text.reading import MAX_BYTES, decode, read_bytes, too_big
from factcheck.text.source import MapBuilder, SourceText, plain_source

__all__ = [
    "KINDS", "MAX_BYTES", "MapBuilder", "SourceText", "kind_of", "plain_source", "read_bytes_as",
    "read_path", "read_string", "too_big",
]

KINDS: dict[str, str] = {
    ".txt": "txt", ".text": "txt", "": "txt",
    ".md": "md", ".markdown": "md", ".mdown": "md",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".docx": "docx",
}


def kind_of(path: str) -> str:
    """The reader for a file name, by extension; unknown extensions are read as plain text."""
    return KINDS.get(PurePath(path).suffix.lower(), "txt")


def read_string(path: str, original: str, kind: str = "txt") -> SourceText:
    """Plain text and offset map for a draft already in memory."""
    if kind == "md":
        from factcheck.text.markdown import read_markdown

        return read_markdown(path, original)
    if kind == "html":
        from factcheck.text.html import read_html

        return read_html(path, original)
    return plain_source(path, original, kind)


def read_path(path: str | os.PathLike[str], kind: str | None = None,
              limit: int = MAX_BYTES) -> SourceText:
    """Read a draft file; InputError (naming the file) when it cannot be read as text
    or is larger than `limit` bytes."""
    name = os.fspath(path)
    data = read_bytes(name, limit)
    return read_bytes_as(name, data, kind or kind_of(name), limit)


def read_bytes_as(name: str, data: bytes, kind: str, limit: int = MAX_BYTES) -> SourceText:
    """A draft from bytes (standard input), read as `kind`; at most `limit` bytes of text.

    An empty draft (nothing but blanks and a byte-order mark) reads as an empty text: it
    has nothing to check, and is no error.
    """
    if len(data) > limit:
        raise too_big(name, limit)
    if not data.removeprefix(b"\xef\xbb\xbf").strip():
        return plain_source(name, "", kind)
    if kind == "docx":
        from factcheck.text.docx import read_docx

        return read_docx(name, data, limit)
    return read_string(name, decode(data, name), kind)
