"""A reference CSV read strictly: the file's bytes as UTF-8 text (read_text), the text as
string cells with each row's line number (parse_csv), its first line's cells (header_of). A
header that names a column twice is refused (check_header); every error is a
ReferenceDataError naming the file, the line and, where there is one, the column.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from factcheck.errors import ReferenceDataError
from factcheck.reference.validate import Cells


def read_text(path: Path) -> str:
    """The file's text; refuses empty files and any encoding but UTF-8 (BOM allowed)."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ReferenceDataError(f"cannot read the file: {exc.strerror}", path=str(path)) from None
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if not data.strip():
        raise ReferenceDataError("the file is empty", path=str(path))
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ReferenceDataError("the file is not UTF-8 (byte 0xff: it is UTF-16, by its "
                                 "byte-order mark; save it as UTF-8, e.g. 'CSV UTF-8')",
                                 path=str(path), row=1)
    if b"\x00" in data:
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        raise ReferenceDataError("a NUL byte: a binary file, not a CSV table",
                                 path=str(path), row=line)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ReferenceDataError(
            f"the file is not UTF-8 (byte 0x{data[exc.start]:02x} cannot be read; "
            "save it as UTF-8, e.g. from a spreadsheet as 'CSV UTF-8')",
            path=str(path), row=line) from None


def parse_csv(text: str, path: str) -> Cells:
    """String cells of a CSV text, with each row's line number.

    Quoting is strict: a quote left open would otherwise swallow every row after it.
    """
    reader = csv.reader(io.StringIO(text), strict=True)
    header: list[str] | None = None
    rows: list[dict[str, str]] = []
    lines: list[int] = []
    for start, record in _records(reader, path):
        if not record or not any(cell.strip() for cell in record):
            continue
        if header is None:
            header = [cell.strip() for cell in record]
            check_header(header, path)
            continue
        if len(record) != len(header):
            raise ReferenceDataError(
                f"row has {len(record)} fields, the header has {len(header)}",
                path=path, row=start)
        rows.append(dict(zip(header, record, strict=True)))
        lines.append(start)
    if header is None:
        raise ReferenceDataError("the file is empty", path=path)
    return Cells(tuple(header), rows, lines)


def _records(reader: Any, path: str) -> Iterator[tuple[int, list[str]]]:
    """(first line, cells) of each CSV record; csv.Error becomes a ReferenceDataError."""
    last = 0
    while True:
        try:
            record = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise ReferenceDataError(f"not a well-formed CSV row: {exc}", path=path,
                                     row=last + 1) from None
        start, last = last + 1, reader.line_num
        yield start, record


def check_header(header: list[str], path: str) -> None:
    """Refuses a header that names a column twice (ReferenceDataError on line 1)."""
    seen: set[str] = set()
    for name in header:
        if name and name in seen:
            raise ReferenceDataError(f"column {name!r} appears twice in the header",
                                     path=path, row=1, column=name)
        seen.add(name)


def header_of(text: str, path: str) -> list[str]:
    """The cells of the text's first line, stripped ([] if it is no CSV line)."""
    first = text.lstrip("\n").split("\n", 1)[0]
    try:
        header = [cell.strip() for cell in next(csv.reader([first]), [])]
    except csv.Error:
        return []
    check_header(header, path)
    return header
