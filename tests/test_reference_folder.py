"""A folder of reference tables, read the same way by load_reference(folder),
check(references=folder) and --reference FOLDER, with and without the table cache
(load_reference(..., cache=...) and the command line's --cache / --cache-dir)."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck import ReferenceDataError, check, load_reference
from factcheck.cli import build_parser, main
from factcheck.reference.schema import ReferenceTable, ReferenceTables

ROWS = {
    "towns.csv": "entity,metric,value,unit,period,source\n"
                 "Brackley Vale,population,\"18,400\",count,2024,council (illustrative)\n",
    "money/budgets.csv": "entity,metric,value,unit,period,source\n"
                         "Brackley Vale,budget,31.5,USD millions,2024,council (illustrative)\n",
}
DRAFT = ("Brackley Vale had 18,400 residents in 2024.\n\n"
         "Brackley Vale's budget was $33 million in 2024.\n")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "tables"
    for name, text in ROWS.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    return root


def _verdicts(references: object) -> list[tuple[str, str]]:
    report = check(DRAFT, references=references, bundled=False, as_of="2025-06-01")
    return [(v.claim.text, v.status) for v in report.verdicts]


EXPECTED = [("18,400 residents", "supported"), ("$33 million", "contradicted")]


@pytest.mark.parametrize("cache", [False, True])
def test_load_reference_reads_a_folder(folder: Path, tmp_path: Path, cache: bool) -> None:
    option = tmp_path / "cache" if cache else False
    tables = load_reference(folder, cache=option)
    assert isinstance(tables, ReferenceTables)
    assert [t.name for t in tables] == ["budgets", "towns"]  # every CSV under it, by path
    assert _verdicts(tables) == EXPECTED == _verdicts(str(folder))
    assert _verdicts([tables]) == EXPECTED  # inside a list, as one of several sources
    if cache:
        assert len(list((tmp_path / "cache").glob("*.arrow"))) == 2
        again = load_reference(str(folder), cache=option)  # reloaded from the cache
        assert _verdicts(again) == EXPECTED


def test_load_reference_of_one_file_is_one_table(folder: Path) -> None:
    assert isinstance(load_reference(folder / "towns.csv"), ReferenceTable)


def test_an_empty_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ReferenceDataError, match="holds no CSV"):
        load_reference(tmp_path)


@pytest.mark.parametrize("flags", [["--cache-dir", "{cache}"], ["--cache"]])
def test_the_command_line_keeps_tables_in_a_cache(
        folder: Path, tmp_path: Path, flags: list[str], monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    cache = tmp_path / "cache"
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "home-cache"))
    draft = tmp_path / "draft.md"
    draft.write_text(DRAFT, encoding="utf-8")
    argv = ["check", str(draft), "--reference", str(folder), "--no-bundled",
            "--as-of", "2025-06-01", *(f.format(cache=cache) for f in flags)]
    outputs = []
    for _ in range(2):  # the second run reads the tables from the cache
        assert main(argv) == 1
        outputs.append(capsys.readouterr().out)
    assert outputs[0] == outputs[1]
    assert "$33 million" in outputs[0]
    kept = cache if "--cache-dir" in flags else tmp_path / "home-cache" / "factcheck" / "tables"
    assert len(list(kept.glob("*.arrow"))) == 2


def test_the_command_line_keeps_no_cache_unless_asked(
        folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "home-cache"))
    draft = tmp_path / "draft.md"
    draft.write_text(DRAFT, encoding="utf-8")
    main(["check", str(draft), "--reference", str(folder), "--no-bundled"])
    capsys.readouterr()
    assert not (tmp_path / "home-cache").exists()


@pytest.mark.parametrize("command", ["check", "batch"])
def test_help_names_the_cache(command: str) -> None:
    parser = build_parser()
    sub = parser._subparsers._group_actions[0].choices[command]  # type: ignore[union-attr]
    text = sub.format_help()
    assert "--cache" in text and "--cache-dir DIR" in text
