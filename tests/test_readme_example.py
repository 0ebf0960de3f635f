"""The README's first command: the bundled example draft prints the findings the README
shows, five of them (the "60%" total twice: against the bundled tariff table, FC101, and
against its own parts, FC207), and the command exits 1."""

from __future__ import annotations

import re
from pathlib import Path

from factcheck.cli import main

ROOT = Path(__file__).resolve().parent.parent


def test_the_example_prints_the_readmes_findings(capsys: object) -> None:
    status = main(["check", str(ROOT / "examples" / "draft.md")])
    out = capsys.readouterr().out  # type: ignore[attr-defined]
    codes = re.findall(r"\b(FC\d{3}) \[", out)
    assert status == 1
    assert sorted(codes) == ["FC101", "FC201", "FC203", "FC207", "FC301"], out
    readme = (ROOT / "README.md").read_text("utf-8")
    assert "prints five findings" in readme and "Found 5 findings (4 errors, 1 info)" in out
