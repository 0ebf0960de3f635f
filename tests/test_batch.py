"""Batch runs: every document gets one line, errors included; resume skips done ids."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from factcheck.batch import Options, run_batch
from factcheck.cli import main
from tests.conftest import DRAFT

RECORDS: list[Any] = [
    {"id": "bhamo", "text": "Bhamo is fewer than 100 kilometres (80 miles) from the border."},
    {"id": 2, "text": "Oracle employed around 28,824 people in India."},
    {"id": "no-text", "body": "where is the text?"},
    "not a record",
    {"id": "tariff", "text": "A 25% tariff, then an additional 25%."},
]


def write_records(path: Path, records: list[Any], torn: str = "") -> Path:
    lines = [json.dumps(r) for r in records] + ["{not json"]
    path.write_text("\n".join(lines) + "\n" + torn, encoding="utf-8")
    return path


def read_lines(path: Path) -> dict[str, dict[str, Any]]:
    return {json.dumps(r["id"]): r for r in map(json.loads, path.read_text().splitlines())}


EXPECTED = {
    '"bhamo"': ["FC201"],
    "2": ["FC301"],
    '"tariff"': [],
    '"no-text"': 'InputError: line 3: "text" is not a string',
    '"line 4"': 'InputError: line 4: record has no "id"',
    '"line 6"': "InputError: line 6: not JSON (Expecting property name enclosed in double quotes)",
}


def summarise(lines: dict[str, dict[str, Any]]) -> dict[str, Any]:
    return {key: r.get("error") or [f["code"] for f in r["findings"]]
            for key, r in lines.items()}


@pytest.mark.usefixtures("fake_pipeline")
@pytest.mark.parametrize("workers", [1, 2])
def test_every_document_gets_a_line(tmp_path: Path, workers: int) -> None:
    source = write_records(tmp_path / "in.jsonl", RECORDS)
    output = tmp_path / "out.jsonl"
    ticks: list[int] = []
    summary = run_batch(source, output, Options(), workers=workers, progress=ticks.append)
    assert summarise(read_lines(output)) == EXPECTED
    assert (summary.total, summary.checked, summary.errors, sum(ticks)) == (6, 3, 3, 6)
    bhamo = read_lines(output)['"bhamo"']["findings"][0]
    assert (bhamo["line"], bhamo["column"], bhamo["suggestion"]) == (1, 21, "62 miles")


@pytest.mark.usefixtures("fake_pipeline")
def test_resume_skips_ids_in_the_output_and_mends_a_torn_line(tmp_path: Path) -> None:
    source = write_records(tmp_path / "in.jsonl", RECORDS)
    output = tmp_path / "out.jsonl"
    first = json.dumps({"id": "bhamo", "path": "bhamo", "claims": [], "verdicts": [],
                        "findings": []})
    output.write_text(first + '\n{"id": 2, "path": "2", "clai', encoding="utf-8")
    summary = run_batch(source, output, Options(), resume=True)
    lines = output.read_text().splitlines()
    assert lines[0] == first and len(lines) == 6
    assert (summary.skipped, summary.checked, summary.errors) == (1, 2, 3)
    assert summarise(read_lines(output))["2"] == ["FC301"]


@pytest.mark.usefixtures("fake_pipeline")
def test_resume_counts_the_errors_it_skips(tmp_path: Path) -> None:
    """A resumed run whose output already holds "error" lines still reports them: the
    counts say so, and the command exits 2 even when every new document is checked."""
    from factcheck.cli import main

    source = write_records(tmp_path / "in.jsonl", RECORDS)
    output = tmp_path / "out.jsonl"
    assert main(["batch", str(source), "-o", str(output)]) == 2
    summary = run_batch(source, output, Options(), resume=True)
    assert (summary.skipped, summary.checked, summary.errors, summary.errors_before) == (
        6, 0, 0, 3)
    assert main(["batch", str(source), "-o", str(output), "--resume"]) == 2


@pytest.mark.usefixtures("fake_pipeline")
def test_folder_of_drafts_with_one_unreadable(tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "drafts"
    (folder / "desk").mkdir(parents=True)
    (folder / "desk" / "story.md").write_text(DRAFT, encoding="utf-8")
    (folder / "old.txt").write_bytes("Caf\xe9 sales rose 20%.".encode("latin-1"))
    (folder / "notes.csv").write_text("not,a,draft\n", encoding="utf-8")
    (folder / ".hidden").mkdir()
    (folder / ".hidden" / "draft.md").write_text(DRAFT, encoding="utf-8")
    (folder / "~$story.docx").write_bytes(b"lock")
    assert main(["batch", str(folder), "-o", str(tmp_path / "out.jsonl"), "--workers", "2"]) == 2
    lines = read_lines(tmp_path / "out.jsonl")
    assert sorted(lines) == ['"desk/story.md"', '"old.txt"']
    assert [f["line"] for f in lines['"desk/story.md"']["findings"]] == [3, 5]
    assert "not valid UTF-8" in lines['"old.txt"']["error"]
    assert capsys.readouterr().err == (
        "factcheck: 1 document checked, 0 skipped (already in output), 1 not checked "
        f"(an error) -> {tmp_path / 'out.jsonl'}\n"
        "factcheck: error: 1 document could not be checked (their lines hold \"error\")\n")


@pytest.mark.parametrize(
    ("records", "status"),
    [
        ([{"id": 1, "text": "Bhamo is 100 kilometres (80 miles) away."}], 0),  # findings
        ([{"id": 1, "text": "No figures."}, {"id": 2}], 2),  # a record without text
        ([{"id": 1, "text": "x", "date": "last week"}], 2),
    ],
)
@pytest.mark.usefixtures("fake_pipeline")
def test_batch_exit_status_says_whether_every_record_was_checked(
        tmp_path: Path, records: list[Any], status: int) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    assert main(["batch", str(source), "-o", str(tmp_path / "out.jsonl")]) == status


@pytest.mark.parametrize(
    ("front", "argv", "codes"),
    [
        ("---\ndate: 2019-06-01\n---\n", [], ["FC206"]),
        ("---\ntitle: x\ndate: '2019-06-01T09:00:00Z'\n---\n", [], ["FC206"]),
        ("---\ndate: 2019-06-01\n---\n", ["--as-of", "2025-06-01"], []),  # the flag wins
        ("---\ndate: 2019-06-31\n---\n", [], []),  # not a date: today
        ("", ["--as-of", "2019-06-01"], ["FC206"]),
    ],
)
def test_a_drafts_front_matter_date_is_its_as_of_date(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        front: str, argv: list[str], codes: list[str]) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "kia.md").write_text(
        front + "The KIA, founded in 1961, has fought for more than 60 years.\n", "utf-8")
    main(["check", "drafts/kia.md", "--format", "json", "--no-bundled", *argv])
    (entry,) = json.loads(capsys.readouterr().out)["files"]
    assert [f["code"] for f in entry["findings"]] == codes
    main(["batch", "drafts", "-o", "out.jsonl", "--no-bundled", *argv])
    (line,) = read_lines(tmp_path / "out.jsonl").values()
    assert [f["code"] for f in line["findings"]] == codes


@pytest.mark.parametrize(
    ("date", "codes"),
    [("2019-06-01", ["FC206"]), ("2019-06-01T09:00:00Z", ["FC206"]), ("2025-06-01", []),
     (None, [])],
)
def test_a_record_date_is_its_as_of_date(tmp_path: Path, date: str | None,
                                         codes: list[str]) -> None:
    """Founded in 1961: 57 or 58 years by mid-2019, not "more than 60"; 64 by 2025 (and
    today). The record's date decides, not the day of the run."""
    text = "The KIA, founded in 1961, has fought for more than 60 years."
    record = {"id": "a", "text": text, **({"date": date} if date else {})}
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps(record) + "\n", encoding="utf-8")
    output = tmp_path / "out.jsonl"
    run_batch(source, output, Options(bundled=False))
    (line,) = read_lines(output).values()
    assert [f["code"] for f in line["findings"]] == codes


def test_a_repeated_id_is_an_error_record_naming_both_lines(tmp_path: Path) -> None:
    from factcheck.batch import read_jobs

    source = tmp_path / "archive.jsonl"
    source.write_text('{"id": "a1", "text": "Rents rose 5%."}\n'
                      '{"id": "a2", "text": "Fares fell."}\n'
                      '{"id": "a1", "text": "Rents fell 2%."}\n', encoding="utf-8")
    jobs = list(read_jobs(source))
    assert [(job.id, job.error) for job in jobs] == [
        ("a1", None), ("a2", None),
        ("a1", "InputError: line 3: \"id\" 'a1' repeats line 1's")]
