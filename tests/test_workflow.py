"""The newsroom's workflow, driven through the console script as a user meets it (issue 13):
the README's first command, a CI run with an unreadable draft, a folder walk, the text a
CI log shows, statistics, selection, suppressions, a terminal without UTF-8, a desk's own
table, a batch with a failed record, and pre-commit itself on a committed repository.

Each case starts the real `factcheck` script (about a second each); the pre-commit case
runs this project's hook at its last commit, installing the hook's environment (about a
minute, in a pre-commit cache of its own under the test's temporary folder) and skips,
saying why, only when that install fails.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = Path(sys.executable).parent / "factcheck"
WRONG = "The river is 100 kilometres (80 miles) long.\n"
RIGHT = "The river is 100 kilometres (62 miles) long.\n"

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(not SCRIPT.exists(), reason="no factcheck console script")]


def factcheck(*args: str, cwd: Path, env: dict[str, str] | None = None
              ) -> subprocess.CompletedProcess[str]:
    environ = {**os.environ, "PYTHONPATH": str(ROOT), "NO_COLOR": "1", **(env or {})}
    environ.pop("GITHUB_STEP_SUMMARY", None)
    return subprocess.run([str(SCRIPT), *args], cwd=cwd, env=environ, capture_output=True,
                          text=True, encoding="utf-8", errors="replace", check=False)


def test_the_readme_first_command_shows_the_planted_mistakes() -> None:
    run = factcheck("check", "examples/draft.md", cwd=ROOT)
    assert run.returncode == 1  # on purpose: the example has planted mistakes
    first = "examples/draft.md:10:75: FC201 [error] 100 km is 62.1 miles, not 80 miles."
    assert first in run.stdout
    assert "    suggestion: 62 miles" in run.stdout
    assert run.stdout.splitlines()[-1].startswith("Found ")


def test_ci_run_with_an_unreadable_draft_still_writes_sarif(tmp_path: Path) -> None:
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "river.md").write_text(WRONG, encoding="utf-8")
    (tmp_path / "drafts" / "old.txt").write_bytes("Café prices rose 20%.".encode("latin-1"))
    (tmp_path / "drafts" / "empty.md").write_text("", encoding="utf-8")
    (tmp_path / "drafts" / "~$river.docx").write_bytes(b"\x05lock")
    run = factcheck("check", "drafts/", "--format", "sarif", "-o", "factcheck.sarif",
                    "--no-bundled", cwd=tmp_path)
    assert run.returncode == 2
    assert run.stderr.startswith("factcheck: error: drafts/old.txt: not valid UTF-8")
    log = json.loads((tmp_path / "factcheck.sarif").read_text(encoding="utf-8"))
    results = [(r["ruleId"], r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"])
               for r in log["runs"][0]["results"]]
    assert results == [("FC001", "drafts/old.txt"), ("FC201", "drafts/river.md")]
    rules = {rule["id"]: rule for rule in log["runs"][0]["tool"]["driver"]["rules"]}
    assert "What it does" in rules["FC001"]["help"]["text"]


def test_a_folder_walk_skips_what_ruff_skips(tmp_path: Path) -> None:
    for name in ("story.md", ".venv/lib/readme.md", "node_modules/x/README.md",
                 ".git/info/exclude", "build/out.md"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(WRONG, encoding="utf-8")
    (tmp_path / ".git" / "info" / "exclude").write_text("", encoding="utf-8")
    (tmp_path / ".gitignore").write_text("build/\n", encoding="utf-8")
    run = factcheck("check", ".", "--format", "json", "--no-bundled", cwd=tmp_path)
    assert [f["path"] for f in json.loads(run.stdout)["files"]] == ["story.md"]


@pytest.mark.parametrize(
    ("config", "args", "out"),
    [
        ("", ["--statistics", "--format", "json"],
         {"version": 1, "statistics": [{"code": "FC201", "name": "unit-conversion",
                                        "severity": "error", "count": 1}]}),
        ("ignore = ['FC201']\n", ["--select", "FC201", "--statistics", "--format", "json"],
         {"version": 1, "statistics": [{"code": "FC201", "name": "unit-conversion",
                                        "severity": "error", "count": 1}]}),
        ("select = ['FC2']\n", ["--ignore", "FC201", "--statistics", "--format", "json"],
         {"version": 1, "statistics": []}),
    ],
)
def test_statistics_and_selection(tmp_path: Path, config: str, args: list[str],
                                  out: object) -> None:
    (tmp_path / "factcheck.toml").write_text(config, encoding="utf-8")
    (tmp_path / "river.md").write_text(WRONG, encoding="utf-8")
    run = factcheck("check", "river.md", "--no-bundled", *args, cwd=tmp_path)
    assert json.loads(run.stdout) == out


def test_bundled_tables_decide_and_verbose_says_why(tmp_path: Path) -> None:
    (tmp_path / "tariff.md").write_text(
        "From August 27, 2025, the US tariff on goods from India totalled 60%.\n\n"
        "The town has 12 parks.\n", encoding="utf-8")
    run = factcheck("check", "tariff.md", "--as-of", "2025-09-01", "--verbose", cwd=tmp_path)
    assert run.returncode == 1
    lines = run.stdout.splitlines()
    assert lines[0].startswith("tariff.md:1:66: claim '60%' contradicted: ")
    assert lines[1].startswith("tariff.md:3:14: claim '12 parks' unverifiable: ")
    assert lines[2].startswith("tariff.md:1:66: FC101 [error] '60%' contradicts ")
    assert lines[3] == "    suggestion: 50%"


def test_reports_say_what_made_them_and_for_which_day(tmp_path: Path) -> None:
    (tmp_path / "river.md").write_text("---\ndate: 2025-08-27\n---\n" + WRONG, "utf-8")
    run = factcheck("check", "river.md", "--no-bundled", "--format", "json", cwd=tmp_path)
    doc = json.loads(run.stdout)
    assert doc["tool"]["name"] == "factcheck" and doc["files"][0]["as_of"] == "2025-08-27"
    run = factcheck("check", "river.md", "--no-bundled", "--format", "html", "-o", "r.html",
                    cwd=tmp_path, env={"SOURCE_DATE_EPOCH": "1756252800"})
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert "<dt>As of</dt><dd>2025-08-27</dd>" in page
    assert "<dt>Generated</dt><dd>2025-08-27 00:00 UTC</dd>" in page
    assert '<span class="card"' in page and "<script" not in page


def test_suppressions_and_fc002(tmp_path: Path) -> None:
    draft = ("<!-- factcheck: ignore FC201 -- the ministry's own conversion -->\n" + WRONG
             + "\n<!-- factcheck: ignore FC999 -- no such check -->\n" + RIGHT
             + "\n<!-- factcheck: off -->\n\n" + WRONG + "\n<!-- factcheck: on -->\n")
    (tmp_path / "river.md").write_text(draft, encoding="utf-8")
    run = factcheck("check", "river.md", "--no-bundled", cwd=tmp_path)
    assert run.returncode == 0
    assert run.stdout.startswith("river.md:4:1: FC002 [info] The suppression "
                                 "'<!-- factcheck: ignore FC999 -- no such check -->' on "
                                 "line 4 names no known check code: FC999.")


def test_a_terminal_without_utf8_gets_escapes(tmp_path: Path) -> None:
    (tmp_path / "heat.md").write_text("Delhi reached 45C (101F) on Monday.\n", "utf-8")
    run = factcheck("check", "heat.md", "--no-bundled", "--as-of", "2025-08-27",
                    cwd=tmp_path, env={"PYTHONIOENCODING": "ascii"})
    assert run.returncode == 1 and "45 \\xb0C is 113 \\xb0F" in run.stdout


def test_a_desk_table_written_by_a_spreadsheet(tmp_path: Path) -> None:
    (tmp_path / "desk.csv").write_text(
        "Entity,Metric,Value,Unit,Period,Source\nA,population,1,count,2024,S\n", "utf-8")
    (tmp_path / "river.md").write_text(RIGHT, encoding="utf-8")
    run = factcheck("check", "river.md", "--reference", "desk.csv", "--no-bundled",
                    cwd=tmp_path)
    assert (run.returncode, run.stderr) == (0, "")


def test_batch_says_when_records_failed(tmp_path: Path) -> None:
    (tmp_path / "in.jsonl").write_text(
        json.dumps({"id": 1, "text": WRONG}) + "\n{not json\n", encoding="utf-8")
    run = factcheck("batch", "in.jsonl", "-o", "out.jsonl", "--no-bundled", cwd=tmp_path)
    assert run.returncode == 2
    assert "1 document could not be checked" in run.stderr


def _git(*args: str, cwd: Path) -> None:
    subprocess.run(["git", "-c", "user.email=desk@example.org", "-c", "user.name=Desk", *args],
                   cwd=cwd, check=True, capture_output=True)


def _pre_commit(repo: Path) -> subprocess.CompletedProcess[str]:
    """pre-commit itself, as a newsroom runs it: `pre-commit run --all-files` with a
    .pre-commit-config.yaml naming this project's repository at its last commit.

    (`pre-commit try-repo` does the same but installs the hook's environment afresh on
    every call, a minute each.) The hook's environment goes in a cache folder of this
    test's own (PRE_COMMIT_HOME beside the repository), removed with pytest's temporary
    folders: pre-commit's user cache keeps one environment per commit and never prunes
    them, and at about 600 MB each it filled the disk of a machine that commits often.
    """
    head = subprocess.run(["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True,
                          text=True, check=True).stdout.strip()
    (repo / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {ROOT}\n    rev: {head}\n    hooks:\n      - id: factcheck\n",
        encoding="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "pre_commit", "run", "--all-files", "--verbose"],
        cwd=repo, capture_output=True, text=True, check=False,
        env={**os.environ, "PYTHONPATH": "", "NO_COLOR": "1",
             "PRE_COMMIT_HOME": str(repo.parent / "pre-commit-cache")})


def test_pre_commit_hook_checks_drafts_only(tmp_path: Path) -> None:
    pytest.importorskip("pre_commit", reason="pre-commit is not installed")
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("needs git and this project as a git checkout")
    docx = pytest.importorskip("docx")
    repo = tmp_path / "newsroom"
    repo.mkdir()
    _git("init", "-q", cwd=repo)
    (repo / "clean.md").write_text(RIGHT, encoding="utf-8")
    (repo / "empty.md").write_text("", encoding="utf-8")
    (repo / ".gitkeep").write_text("", encoding="utf-8")
    for name in ("tool.py", "figures.csv", "config.yaml"):  # text, but not drafts
        (repo / name).write_text(f"# {WRONG}", encoding="utf-8")
    (repo / "~$story.docx").write_bytes(b"\x05Desk")  # Word's lock file
    _git("add", "-A", cwd=repo)
    _git("commit", "-qm", "drafts", cwd=repo)
    run = _pre_commit(repo)
    if run.returncode not in (0, 1) and "Installing environment" in run.stdout:
        pytest.skip(f"pre-commit could not install the hook: {run.stdout[-300:]}")
    assert run.returncode == 0, run.stdout
    assert "No findings in 2 files." in run.stdout
    story = docx.Document()
    story.add_paragraph(WRONG.strip())
    story.save(str(repo / "story.docx"))
    (repo / "river.md").write_text(WRONG, encoding="utf-8")
    _git("add", "-A", cwd=repo)
    _git("commit", "-qm", "two stories", cwd=repo)
    run = _pre_commit(repo)
    assert run.returncode == 1, run.stdout
    assert "river.md:1:30: FC201 [error]" in run.stdout
    assert "story.docx:1:30: FC201 [error]" in run.stdout
    assert "tool.py" not in run.stdout and "~$story.docx" not in run.stdout
