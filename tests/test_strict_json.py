"""JSON output is strict JSON (RFC 8259) even when a figure overflows a float."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from factcheck.batch import Options, run_batch
from factcheck.cli import main

HUGE = "The border is " + "9" * 400 + " km away, and 5 km from the river.\n"


def strict(text: str) -> object:
    def refuse(constant: str) -> None:
        raise ValueError(f"not JSON: {constant}")

    return json.loads(text, parse_constant=refuse)


@pytest.mark.parametrize("fmt", ["json", "sarif"])
def test_cli_json_formats_are_strict(monkeypatch: pytest.MonkeyPatch,
                                     capsys: pytest.CaptureFixture[str], fmt: str) -> None:
    monkeypatch.setattr(sys, "stdin", type("In", (), {"buffer": io.BytesIO(HUGE.encode())})())
    assert main(["check", "-", "--no-bundled", "--format", fmt]) in (0, 1)
    out = capsys.readouterr().out
    strict(out)
    if fmt == "json":
        assert "Infinity" not in out and '"value": 5.0' in out


def test_batch_lines_are_strict(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"id": 1, "text": HUGE}) + "\n", encoding="utf-8")
    run_batch(source, tmp_path / "out.jsonl", Options(), workers=1)
    for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines():
        assert "error" not in strict(line)  # type: ignore[operator]


def test_batch_record_with_a_lone_surrogate_round_trips(tmp_path: Path) -> None:
    """JSON may escape a lone surrogate ("\\ud800"); UTF-8 cannot hold one. The run used
    to die (exit 3) writing it; now it is written as the same JSON escape, and resumes."""
    source = tmp_path / "in.jsonl"
    source.write_text('{"id": "s\\ud800", "text": "5 km \\ud800 away"}\n'
                      '{"id": 2, "text": "3 km"}\n', encoding="utf-8")
    output = tmp_path / "out.jsonl"
    assert main(["batch", str(source), "-o", str(output), "--no-bundled"]) == 0
    records = [strict(line) for line in output.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in records] == ["s\ud800", 2]  # type: ignore[index]
    assert [c["text"] for c in records[0]["claims"]] == ["5 km"]  # type: ignore[index]
    assert main(["batch", str(source), "-o", str(output), "--no-bundled", "--resume"]) == 0
    assert len(output.read_text(encoding="utf-8").splitlines()) == 2
