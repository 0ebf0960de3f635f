"""Drafts the command line cannot read: FC001 in the report, the others checked, the report
written, exit status 2 at the end, and one line naming the file on standard error.

tests/text/test_files.py holds the readers' errors; this table runs them through
`factcheck check` (and adds the size limit, empty files, devices and zip bombs).
"""

from __future__ import annotations

import io
import json
import os
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from factcheck.cli import main

TEXT = "Bhamo is fewer than 100 kilometres (62 miles) from the border.\n"


def latin1(tmp: Path) -> str:
    (tmp / "old.txt").write_bytes("Caf\xe9 prices rose 20%.".encode("latin-1"))
    return "old.txt"


def utf16(tmp: Path) -> str:
    (tmp / "wide.md").write_bytes(TEXT.encode("utf-16"))
    return "wide.md"


def binary(tmp: Path) -> str:
    (tmp / "photo.md").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    return "photo.md"


def empty(tmp: Path) -> str:
    (tmp / "empty.md").write_bytes(b"")
    return "empty.md"


def blank(tmp: Path) -> str:
    (tmp / "blank.txt").write_bytes(b"\xef\xbb\xbf \n\n\t\n")
    return "blank.txt"


def loop(tmp: Path) -> str:
    (tmp / "a.md").symlink_to(tmp / "b.md")
    (tmp / "b.md").symlink_to(tmp / "a.md")
    return "a.md"


def dangling(tmp: Path) -> str:
    (tmp / "gone.md").symlink_to(tmp / "deleted.md")
    return "gone.md"


def fifty_mb(tmp: Path) -> str:
    with open(tmp / "export.txt", "wb") as handle:  # sparse: costs no disk
        handle.truncate(50_000_000)
    return "export.txt"


def device(tmp: Path) -> str:
    return "/dev/zero"  # endless: read up to the limit, then refused


def zip_bomb(tmp: Path) -> str:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"0" * 3_000_000)
    (tmp / "bomb.docx").write_bytes(buffer.getvalue())
    return "bomb.docx"


LIMIT = "larger than the 10 MB limit for one draft (raise it with --max-size-mb"


@pytest.mark.parametrize(
    ("make", "says"),
    [
        (latin1, "old.txt: not valid UTF-8 (tried UTF-8, with or without BOM; bad byte 0xe9"),
        (utf16, "wide.md: not valid UTF-8 (tried UTF-8; the byte-order mark says UTF-16)"),
        (binary, "photo.md: binary file (contains NUL bytes)"),
        (loop, "a.md: symbolic link loop"),
        (dangling, "gone.md: broken symbolic link"),
        (fifty_mb, "export.txt: " + LIMIT),
        (device, "/dev/zero: " + LIMIT),
        (zip_bomb, "bomb.docx: unpacks to more than 20 times the 0.1 MB limit"),
        (lambda tmp: "missing.md", "missing.md: no such file"),
    ],
    ids=lambda v: v.__name__ if callable(v) else "",
)
@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "github", "html"])
def test_unreadable_draft_is_fc001_and_the_rest_is_checked(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        make: Callable[[Path], str], says: str, fmt: str) -> None:
    monkeypatch.chdir(tmp_path)
    name = make(tmp_path)
    if name.startswith("/dev/") and not os.path.exists(name):
        pytest.skip(f"no {name} here")
    (tmp_path / "good.md").write_text(TEXT.replace("62 miles", "80 miles"), encoding="utf-8")
    limit = ["--max-size-mb", "0.1"] if name.endswith(".docx") else []  # a smaller bomb
    argv = ["check", name, "good.md", "--no-bundled", "--format", fmt, "-o", "report", *limit]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"factcheck: error: {says}")
    assert err.count("\n") == 1
    report = (tmp_path / "report").read_text(encoding="utf-8")
    reason = says.split(": ", 1)[1][:30]
    if fmt == "json":
        files = json.loads(report)["files"]
        assert [f["path"] for f in files] == [name, "good.md"]
        assert [f["code"] for f in files[0]["findings"]] == ["FC001"]
        assert files[0]["findings"][0]["message"].startswith(reason[0].upper() + reason[1:])
        assert [f["code"] for f in files[1]["findings"]] == ["FC201"]
    else:
        assert "FC001" in report and "FC201" in report
        assert "unreadable-draft" in report or fmt == "text"
    if fmt == "text":
        assert report.startswith(f"{name}:1:1: FC001 [error] ")


@pytest.mark.parametrize("make", [empty, blank], ids=lambda v: v.__name__)
def test_an_empty_draft_is_no_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                    capsys: pytest.CaptureFixture[str],
                                    make: Callable[[Path], str]) -> None:
    monkeypatch.chdir(tmp_path)
    name = make(tmp_path)
    assert main(["check", name, "--no-bundled"]) == 0
    captured = capsys.readouterr()
    assert captured.out == "No findings in 1 file.\n" and captured.err == ""


def test_unreadable_permissions_via_the_cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    """As root every file is readable, so the refusal is simulated (as in tests/text)."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "locked.md").write_text(TEXT, encoding="utf-8")
    real_open = open

    def refuse(file: object, *args: object, **kwargs: object) -> object:
        if str(file).endswith("locked.md"):
            raise PermissionError(13, "Permission denied")
        return real_open(file, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr("builtins.open", refuse)
    assert main(["check", "locked.md"]) == 2
    captured = capsys.readouterr()
    assert captured.err == (
        "factcheck: error: locked.md: permission denied (cannot read the file)\n")
    assert captured.out.startswith("locked.md:1:1: FC001 [error] Permission denied")


@pytest.mark.parametrize(
    ("argv", "size", "status", "says"),
    [
        (["--max-size-mb", "0.001"], 2_000, 2, "-: larger than the 0.001 MB limit"),
        (["--max-size-mb", "0.001", "--stdin-filename", "desk/a.md"], 2_000, 2,
         "desk/a.md: larger than the 0.001 MB limit"),
        (["--max-size-mb", "0.01"], 2_000, 0, ""),
        (["--max-size-mb", "-1"], 10, 2, "'-1' is not a positive number of MB"),
        (["--max-size-mb", "ten"], 10, 2, "'ten' is not a positive number of MB"),
    ],
)
def test_size_limit_on_standard_input(monkeypatch: pytest.MonkeyPatch,
                                      capsys: pytest.CaptureFixture[str], argv: list[str],
                                      size: int, status: int, says: str) -> None:
    data = ("The town is home to 166,000 people. " * (size // 36 + 1)).encode()[:size]
    monkeypatch.setattr(sys, "stdin", type("In", (), {"buffer": io.BytesIO(data)})())
    assert main(["check", "-", "--no-bundled", *argv]) == status
    assert says in capsys.readouterr().err


def test_size_limit_from_the_configuration(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "factcheck.toml").write_text("max-size-mb = 0.001\n", encoding="utf-8")
    (tmp_path / "long.md").write_text(TEXT * 20, encoding="utf-8")
    assert main(["check", "long.md", "--no-bundled"]) == 2
    assert "long.md: larger than the 0.001 MB limit" in capsys.readouterr().err
    assert main(["check", "long.md", "--no-bundled", "--max-size-mb", "1"]) in (0, 1)


@pytest.mark.parametrize(("make", "says"), [(loop, "symbolic link loop"),
                                            (dangling, "broken symbolic link")],
                         ids=["loop", "dangling"])
def test_a_broken_link_in_a_folder_is_reported(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        make: Callable[[Path], str], says: str) -> None:
    """A folder walk passes no draft over in silence: a broken or looping link with a
    draft's suffix is FC001, as when it is named; a link to a draft is read."""
    (tmp_path / "desk").mkdir()
    monkeypatch.chdir(tmp_path / "desk")
    name = make(tmp_path / "desk")
    (tmp_path / "desk" / "good.md").write_text(TEXT, encoding="utf-8")
    (tmp_path / "desk" / "same.md").symlink_to(tmp_path / "desk" / "good.md")
    assert main(["check", ".", "--no-bundled", "--format", "json", "-o", "report.json"]) == 2
    files = json.loads((tmp_path / "desk" / "report.json").read_text("utf-8"))["files"]
    found = {f["path"]: [x["code"] for x in f["findings"]] for f in files}
    assert found[name] == ["FC001"] and found["good.md"] == found["same.md"] == []
    assert says in capsys.readouterr().err


@pytest.mark.parametrize(("select", "shown"), [
    ("FC2", ["FC001"]),  # a selection of checks never hides an unread draft
    ("FC1,FC2,FC301", ["FC001"]),
    ("FC0", ["FC001"]),
])
def test_an_unreadable_draft_is_reported_whatever_is_selected(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        select: str, shown: list[str]) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "latin.md").write_bytes("Caf\xe9 prices rose 5%.\n".encode("latin-1"))
    argv = ["check", "latin.md", "--no-bundled", "--select", select, "--format", "json"]
    assert main(argv) == 2
    files = json.loads(capsys.readouterr().out)["files"]
    assert [f["code"] for f in files[0]["findings"]] == shown


def test_an_ignore_that_names_fc001_drops_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "latin.md").write_bytes("Caf\xe9 prices rose 5%.\n".encode("latin-1"))
    assert main(["check", "latin.md", "--no-bundled", "--ignore", "FC001",
                 "--format", "json"]) == 2  # the run still failed to read it
    files = json.loads(capsys.readouterr().out)["files"]
    assert files[0]["findings"] == []
