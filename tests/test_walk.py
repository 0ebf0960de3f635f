"""Folders are walked as ruff walks them: what is skipped and what is checked."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factcheck.cli import main
from factcheck.cli.check import DRAFT_SUFFIXES
from factcheck.text.walk import Walker

TREE = {
    ".git/info/exclude": "scratch.md\n",
    ".gitignore": "build/\n*.tmp.md\n!keep.tmp.md\n/top-only.md\n",
    "desk/.gitignore": "private.md\n",
    "factcheck.toml": 'exclude = ["archive/"]\nextend-exclude = ["*.wire.md"]\n',
    "env/pyvenv.cfg": "home = /usr/bin\n",
}
ROWS = [
    ("desk/story.md", True),
    ("desk/page.HTML", True),
    ("desk/notes.txt", True),
    ("desk/report.docx", True),
    ("desk/data.csv", False),  # not a draft
    (".hidden/story.md", False),  # hidden folder
    ("desk/.draft.md", False),  # hidden file
    (".venv/lib/site.md", False),  # virtual environment by name (hidden)
    ("env/lib/site.md", False),  # virtual environment by its pyvenv.cfg
    ("node_modules/pkg/README.md", False),
    ("desk/~$report.docx", False),  # Word's lock file
    ("build/out.md", False),  # .gitignore: a folder
    ("desk/build/out.md", False),  # ... at any depth
    ("desk/draft.tmp.md", False),  # .gitignore: a pattern
    ("desk/keep.tmp.md", True),  # ... and its negation
    ("top-only.md", False),  # .gitignore: anchored
    ("desk/top-only.md", True),
    ("desk/private.md", False),  # a nested .gitignore
    ("other/private.md", True),  # ... covers its own folder only
    ("scratch.md", False),  # .git/info/exclude
    ("archive/2019.md", False),  # exclude
    ("desk/reuters.wire.md", False),  # extend-exclude
]


def build(root: Path) -> None:
    for name, text in TREE.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    for name, _ in ROWS:
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text("A draft.\n", encoding="utf-8")


@pytest.mark.parametrize(("name", "checked"), ROWS, ids=[name for name, _ in ROWS])
def test_walk_skips_as_ruff_does(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str,
                                 checked: bool) -> None:
    build(tmp_path)
    monkeypatch.chdir(tmp_path)
    walker = Walker(DRAFT_SUFFIXES, ("archive/", "*.wire.md"), tmp_path)
    found = {path.as_posix() for path in walker.drafts(".")}
    assert (name in found) is checked


@pytest.mark.usefixtures("fake_pipeline")
def test_check_walks_with_the_configuration(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    build(tmp_path)
    (tmp_path / "desk" / "report.docx").unlink()  # "A draft." is no Word file
    monkeypatch.chdir(tmp_path)
    assert main(["check", ".", "--format", "json", "--no-bundled"]) == 0
    paths = [f["path"] for f in json.loads(capsys.readouterr().out)["files"]]
    assert paths == sorted(name for name, checked in ROWS if checked
                           and name != "desk/report.docx")
    # a file named on the command line is checked even where a walk would skip it
    assert main(["check", "build/out.md", "--no-bundled"]) == 0
    assert capsys.readouterr().out == "No findings in 1 file.\n"
    # except a lock file, which is never a draft
    assert main(["check", "desk/~$report.docx", "desk/story.md", "--no-bundled"]) == 0
    assert capsys.readouterr().out == "No findings in 1 file.\n"


@pytest.mark.parametrize(
    ("body", "says"),
    [
        ("exclude = 'archive/'", "key 'exclude' must be a list of gitignore-style patterns"),
        ("extend-exclude = ['']", "key 'extend-exclude' must be a list"),
    ],
)
def test_bad_exclude_is_a_configuration_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture[str], body: str,
                                              says: str) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "factcheck.toml").write_text(body + "\n", encoding="utf-8")
    (tmp_path / "a.md").write_text("A draft.\n", encoding="utf-8")
    assert main(["check", "."]) == 2
    assert says in capsys.readouterr().err
