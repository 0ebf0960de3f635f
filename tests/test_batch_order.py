"""Batch output is in input order whatever the workers (a desk diffs or commits it), even
when a later chunk finishes first (desk trial ci12 #5); a source batch cannot read (one
draft, a folder without drafts) is a usage error before anything is written (#8)."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import pytest

from factcheck import batch
from factcheck.batch import Job, Options, run_batch
from factcheck.cli import main


def slow_first(job: Job, options: Options) -> dict[str, Any]:
    """A record whose id is small takes longer: chunks finish in reverse order."""
    time.sleep(0.05 * max(0, 6 - int(job.id)))
    return {"id": job.id, "claims": [], "verdicts": [], "findings": []}


@pytest.mark.parametrize("workers", [1, 2, 3])
def test_lines_come_in_input_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                   workers: int) -> None:
    monkeypatch.setattr(batch, "CHUNK", 1)
    monkeypatch.setattr(batch, "check_job", slow_first)  # forked workers share it
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps({"id": n, "text": f"draft {n}"}) + "\n"
                              for n in range(1, 8)), encoding="utf-8")
    output = tmp_path / "out.jsonl"
    run_batch(source, output, Options(), workers=workers)
    assert [json.loads(line)["id"] for line in output.read_text().splitlines()] == list(
        range(1, 8))


@pytest.mark.parametrize(("name", "said"), [
    ("empty", "folder holds no drafts"),
    ("story.md", "not one draft"),
    ("notes.txt", "not one draft"),
    ("Report.DOCX", "not one draft"),
])
def test_a_source_batch_cannot_read_is_a_usage_error(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, said: str) -> None:
    source = tmp_path / name
    if name == "empty":
        source.mkdir()
        (source / "data.csv").write_text("a,b\n", encoding="utf-8")  # no draft in it
    else:
        source.write_text("Northtown has 52,310 residents.\n", encoding="utf-8")
    output = tmp_path / "out.jsonl"
    assert main(["batch", str(source), "-o", str(output)]) == 2
    assert said in capsys.readouterr().err
    assert not output.exists()


@pytest.mark.usefixtures("fake_pipeline")
@pytest.mark.parametrize("name", ["in.jsonl", "in.json", "archive"])
def test_a_jsonl_file_or_a_folder_of_drafts_is_read(tmp_path: Path, name: str) -> None:
    source = tmp_path / name
    if name == "archive":
        source.mkdir()
        (source / "a.md").write_text("Northtown has 52,310 residents.\n", encoding="utf-8")
    else:
        source.write_text(json.dumps({"id": 1, "text": "x"}) + "\n", encoding="utf-8")
    assert main(["batch", str(source), "-o", str(tmp_path / "out.jsonl")]) == 0
