"""Reading files: every way a draft can be unreadable is one clear InputError."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from factcheck.errors import InputError
from factcheck.text import read_path

TEXT = "Bhamo is fewer than 100 kilometres (62 miles) from the border.\n"


def missing(tmp: Path) -> Path:
    return tmp / "nothere.md"


def folder(tmp: Path) -> Path:
    (tmp / "drafts").mkdir()
    return tmp / "drafts"


def latin1(tmp: Path) -> Path:
    (tmp / "old.txt").write_bytes("Caf\xe9 prices rose 20%.".encode("latin-1"))
    return tmp / "old.txt"


def utf16(tmp: Path) -> Path:
    (tmp / "wide.txt").write_bytes(TEXT.encode("utf-16"))
    return tmp / "wide.txt"


def binary(tmp: Path) -> Path:
    (tmp / "photo.md").write_bytes(b"PK\x03\x04\x00\x00binary")
    return tmp / "photo.md"


def loop(tmp: Path) -> Path:
    (tmp / "a.md").symlink_to(tmp / "b.md")
    (tmp / "b.md").symlink_to(tmp / "a.md")
    return tmp / "a.md"


def dangling(tmp: Path) -> Path:
    (tmp / "gone.md").symlink_to(tmp / "deleted.md")
    return tmp / "gone.md"


def bad_docx(tmp: Path) -> Path:
    (tmp / "report.docx").write_bytes(b"not a zip file at all")
    return tmp / "report.docx"


@pytest.mark.parametrize(
    ("make", "says"),
    [
        (missing, "no such file"),
        (folder, "is a directory"),
        (latin1, "not valid UTF-8 (tried UTF-8, with or without BOM; bad byte 0xe9"),
        (utf16, "binary file"),  # UTF-16 text is full of NUL bytes
        (binary, "binary file (contains NUL bytes)"),
        (loop, "symbolic link loop"),
        (dangling, "broken symbolic link"),
        (bad_docx, "not a readable .docx file"),
    ],
)
def test_unreadable_drafts_are_named_and_explained(
        tmp_path: Path, make: Callable[[Path], Path], says: str) -> None:
    path = make(tmp_path)
    with pytest.raises(InputError) as caught:
        read_path(path)
    assert str(caught.value).startswith(f"{path}: ")
    assert says in str(caught.value)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_unreadable_permissions(tmp_path: Path) -> None:
    path = tmp_path / "secret.md"
    path.write_text(TEXT, encoding="utf-8")
    path.chmod(0)
    with pytest.raises(InputError, match="permission denied"):
        read_path(path)


@pytest.mark.parametrize("bom", [b"", b"\xef\xbb\xbf"])
def test_utf8_with_or_without_bom(tmp_path: Path, bom: bytes) -> None:
    path = tmp_path / "draft.txt"
    path.write_bytes(bom + TEXT.encode("utf-8"))
    source = read_path(path)
    assert source.text == TEXT
    assert source.line_col(source.text.index("100")) == (1, 21)


def test_docx_paragraphs_become_lines(tmp_path: Path) -> None:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_heading("Tariffs", level=1)
    document.add_paragraph("A 25% tariff, then an additional 25%.")
    document.add_paragraph("The total is 60%.")
    path = tmp_path / "draft.docx"
    document.save(str(path))
    source = read_path(path)
    assert source.text == "Tariffs\nA 25% tariff, then an additional 25%.\nThe total is 60%."
    assert source.line_col(source.text.index("60%")) == (3, 14)
    assert source.kind == "docx"


def test_permission_denied_is_explained(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "locked.md"
    path.write_text(TEXT, encoding="utf-8")

    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("builtins.open", refuse)
    with pytest.raises(InputError, match=r"locked.md: permission denied \(cannot read"):
        read_path(path)
