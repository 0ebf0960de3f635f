"""factcheck never touches the network: every entry point runs with sockets refused."""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from factcheck import check, extract, load_reference
from factcheck.batch import Options, run_batch
from factcheck.checks.catalogue import discover
from factcheck.cli import main
from factcheck.pipeline import check_source
from factcheck.reference import bundled_tables
from factcheck.reference.data import data_dir
from factcheck.report import FORMATS, render
from factcheck.text import read_string

DRAFT = (
    "# Rare earths\n\nMyanmar exported 12,944 metric tons to China, down half from 25,900.\n"
    "Bhamo is fewer than 100 kilometres (80 miles) from the border, home to about 166,000 "
    "people.\n"
)


class NetworkUsed(AssertionError):
    pass


@pytest.fixture
def offline(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Every way to open a connection or resolve a name raises (and is recorded)."""
    attempts: list[str] = []

    def refuse(name: str):  # type: ignore[no-untyped-def]
        def blocked(*args: object, **kwargs: object) -> None:
            attempts.append(name)
            raise NetworkUsed(f"factcheck tried the network: socket.{name}{args!r}")
        return blocked

    for name in ("socket", "create_connection", "getaddrinfo", "gethostbyname"):
        monkeypatch.setattr(socket, name, refuse(name))
    yield attempts
    assert attempts == []


def test_library_entry_points_stay_offline(offline: list[str]) -> None:
    assert extract(DRAFT)
    report = check(DRAFT, as_of="2025-08-27", bundled=True)
    assert report.claims
    fresh = bundled_tables.__wrapped__()  # load the bundled CSVs again, under the block
    assert [t.name for t in fresh] == [t.name for t in bundled_tables()]
    table = load_reference(sorted(p for p in data_dir().glob("*.csv")
                                  if p.name != "places.csv")[0])
    assert len(table) > 0
    check(DRAFT, references=[table], as_of="2025-08-27")


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_report_format_stays_offline(offline: list[str], fmt: str) -> None:
    checked = [check_source(read_string("draft.md", DRAFT, "md"))]
    assert render(checked, fmt, discover()) or fmt == "github"  # no findings, no annotations


@pytest.mark.parametrize("fmt", FORMATS)
def test_cli_stays_offline(offline: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                           capsys: pytest.CaptureFixture[str], fmt: str) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    (tmp_path / "draft.md").write_text(DRAFT, encoding="utf-8")
    assert main(["check", "draft.md", "--format", fmt, "--as-of", "2025-08-27"]) in (0, 1)
    assert capsys.readouterr().out or fmt == "github"
    assert main(["rule", next(iter(discover()), "FC201")]) in (0, 2)


def test_batch_stays_offline(offline: list[str], tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps({"id": n, "text": DRAFT}) + "\n" for n in range(3)),
                      encoding="utf-8")
    summary = run_batch(source, tmp_path / "out.jsonl", Options(), workers=1)
    assert (summary.checked, summary.errors) == (3, 0)
