"""The command line: output, options, configuration and exit statuses."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from factcheck.cli import main
from factcheck.errors import ReferenceDataError
from tests.conftest import DRAFT

WARNING_ONLY = "Oracle employed around 28,824 people in India.\n"


@pytest.fixture
def drafts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fake_pipeline: None) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "draft.md").write_text(DRAFT, encoding="utf-8")
    (tmp_path / "oracle.txt").write_text(WARNING_ONLY, encoding="utf-8")
    return tmp_path


@pytest.mark.usefixtures("drafts")
@pytest.mark.parametrize(
    ("argv", "status", "codes"),
    [
        (["check", "draft.md"], 1, ["FC201", "FC301"]),
        (["check", "oracle.txt"], 0, ["FC301"]),
        (["check", "oracle.txt", "--fail-on", "warning"], 1, ["FC301"]),
        (["check", "draft.md", "--select", "FC3"], 0, ["FC301"]),
        (["check", "draft.md", "--ignore", "fc2,FC30"], 0, []),
        (["check", "draft.md", "--select", "FC2", "--ignore", "FC201"], 0, []),
        (["check", "draft.md", "oracle.txt", "--fail-on", "info"], 1,
         ["FC201", "FC301", "FC301"]),
    ],
)
def test_check_findings_and_exit_status(capsys: pytest.CaptureFixture[str], argv: list[str],
                                        status: int, codes: list[str]) -> None:
    assert main(argv) == status
    out = capsys.readouterr().out.splitlines()
    findings = [line for line in out[:-1] if not line.startswith(" ")]
    assert [line.split(" ")[1] for line in findings] == codes
    assert out[-1].startswith("Found" if codes else "No findings")


@pytest.mark.usefixtures("drafts")
@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (["check", "missing.md"], "missing.md: no such file"),
        (["check", "draft.md", "--as-of", "yesterday"], "'yesterday' is not a date"),
        (["check", "draft.md", "--select", "E501"], "'E501' is not a check code prefix"),
        (["check", "draft.md", "--format", "pdf"], "invalid choice: 'pdf'"),
        (["check", "draft.md", "--fail-on", "fatal"], "invalid choice: 'fatal'"),
        (["check"], "the following arguments are required: PATH"),
        ([], "a command is required"),
        (["lint", "draft.md"], "invalid choice: 'lint'"),
        (["check", "draft.md", "--output", "no/such/dir/out.txt"], "cannot write the report"),
        (["rule", "FC999"], "unknown check code 'FC999'"),
        (["batch", "nothere.jsonl", "-o", "out.jsonl"], "nothere.jsonl: no such file"),
    ],
)
def test_usage_and_input_errors_are_one_line(capsys: pytest.CaptureFixture[str],
                                             argv: list[str], says: str) -> None:
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("factcheck: error: ")
    assert says in err


def test_bad_config_names_file_and_key(drafts: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (drafts / "factcheck.toml").write_text("fail-on = 'sometimes'\n", encoding="utf-8")
    assert main(["check", "draft.md"]) == 2
    err = capsys.readouterr().err
    assert "factcheck.toml: key 'fail-on'" in err and err.count("\n") == 1


def test_config_applies_and_flags_override(drafts: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    (drafts / "pyproject.toml").write_text(
        "[tool.factcheck]\nfail-on = 'warning'\nignore = ['FC201']\n", encoding="utf-8")
    assert main(["check", "draft.md"]) == 1
    assert "FC201" not in capsys.readouterr().out
    assert main(["check", "draft.md", "--fail-on", "error", "--select", "FC2"]) == 1
    assert "FC201" in capsys.readouterr().out
    assert main(["check", "oracle.txt", "--fail-on", "error"]) == 0


@pytest.mark.parametrize(
    ("config", "argv", "codes"),
    [
        ("ignore = ['FC201']", [], ["FC301"]),
        ("ignore = ['FC201']", ["--select", "FC201"], ["FC201"]),  # select replaces ignore
        ("ignore = ['FC2']", ["--select", "FC2,FC3"], ["FC201", "FC301"]),
        ("select = ['FC2']", ["--select", "FC3"], ["FC301"]),  # and replaces select
        ("select = ['FC3']", ["--ignore", "FC301"], []),  # ignore adds to the configuration
        ("ignore = ['FC301']", ["--ignore", "FC201"], []),
        ("select = ['FC2', 'FC3']\nignore = ['FC201']", ["--select", "FC2", "--ignore", "FC3"],
         ["FC201"]),
    ],
)
def test_command_line_selection_wins_as_in_ruff(drafts: Path, capsys: pytest.CaptureFixture[str],
                                                config: str, argv: list[str],
                                                codes: list[str]) -> None:
    (drafts / "factcheck.toml").write_text(config + "\n", encoding="utf-8")
    main(["check", "draft.md", "--format", "json", *argv])
    findings = json.loads(capsys.readouterr().out)["files"][0]["findings"]
    assert [f["code"] for f in findings] == codes


@pytest.mark.parametrize("flag", ["--select", "--ignore"])
def test_a_code_no_check_has_is_a_usage_error(drafts: Path, flag: str,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "draft.md", flag, "FC9"]) == 2
    err = capsys.readouterr().err
    assert "FC9" in err and err.count("\n") == 1


@pytest.mark.parametrize(
    ("error", "status", "says"),
    [
        (ReferenceDataError("value is not a number", path="desk.csv", row=4, column="value"),
         2, "factcheck: error: desk.csv:4 column 'value': value is not a number"),
        (RuntimeError("stage exploded"), 3,
         "factcheck: internal error: RuntimeError: stage exploded"),
    ],
)
def test_failures_inside_check(drafts: Path, monkeypatch: pytest.MonkeyPatch,
                               capsys: pytest.CaptureFixture[str], error: Exception,
                               status: int, says: str) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise error

    monkeypatch.setattr("factcheck.pipeline._stages", broken)
    assert main(["check", "draft.md"]) == status
    err = capsys.readouterr().err
    assert err.startswith(says) and err.count("\n") == 1 and "Traceback" not in err


def test_output_file_and_stdin(drafts: Path, monkeypatch: pytest.MonkeyPatch,
                               capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "draft.md", "--format", "json", "-o", "out.json"]) == 1
    assert capsys.readouterr().out == ""
    doc = json.loads((drafts / "out.json").read_text(encoding="utf-8"))
    assert [f["line"] for f in doc["files"][0]["findings"]] == [3, 5]
    stdin = type("In", (), {"buffer": __import__("io").BytesIO(DRAFT.encode())})()
    monkeypatch.setattr(sys, "stdin", stdin)
    assert main(["check", "-", "--stdin-filename", "desk/story.md"]) == 1
    assert capsys.readouterr().out.startswith("desk/story.md:3:33: FC201 ")


def test_folders_expand_to_drafts(drafts: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (drafts / "notes.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    assert main(["check", ".", "--statistics"]) == 1
    assert capsys.readouterr().out.splitlines() == [
        "    2  FC301  spurious-precision [warning]",
        "    1  FC201  unit-conversion [error]",
        "Found 3 findings in 2 files.",
    ]


def test_github_format_writes_the_step_summary(drafts: Path, monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(drafts / "summary.md"))
    assert main(["check", "draft.md", "--format", "github"]) == 1
    assert capsys.readouterr().out.startswith("::error file=draft.md,line=3,col=33,")
    assert "| draft.md | 5 | FC301 | warning |" in (drafts / "summary.md").read_text()


@pytest.mark.parametrize(("code", "head"), [
    ("FC001", "FC001 unreadable-draft"),
    ("fc002", "FC002 invalid-suppression"),
    ("fc201", "FC201 unit-conversion"),
    ("FC101", "FC101 contradicts-reference"),
    ("FC301", "FC301 spurious-precision"),
])
def test_rule_prints_the_check_docstring(code: str, head: str,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rule", code]) == 0
    out = capsys.readouterr().out
    assert out.startswith(head)
    assert "What it does" in out and "Why it matters" in out and "Example" in out


@pytest.mark.parametrize(("args", "codes"), [
    ([], ["FC001", "FC002", "FC101", "FC201", "FC202", "FC203", "FC204", "FC205", "FC206",
          "FC207", "FC301", "FC302", "FC303"]),
    (["FC2"], ["FC201", "FC202", "FC203", "FC204", "FC205", "FC206", "FC207"]),
    (["fc30"], ["FC301", "FC302", "FC303"]),
])
def test_rule_without_a_whole_code_lists_the_checks(args: list[str], codes: list[str],
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rule", *args]) == 0
    *lines, hint = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in lines] == codes
    assert "FC203  error    change-arithmetic: a stated change" in "\n".join(lines) or (
        "FC203" not in codes)
    assert hint.startswith("factcheck rule CODE explains one")


def test_readme_lists_every_check_code() -> None:
    from factcheck.checks.catalogue import discover

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    table = readme.split("### Check codes", 1)[1].split("\n#", 1)[0]
    for code, rule in discover().items():
        assert f"| {code} | {rule.name} | {rule.severity} |" in table, code


def test_rule_for_an_unknown_code(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rule", "FC000"]) == 2
    err = capsys.readouterr().err
    assert "unknown check code 'FC000'" in err and "FC001, FC002, FC101, FC201" in err


def test_version_and_module_entry_point(tmp_path: Path) -> None:
    root = Path(__file__).resolve().parents[1]
    run = subprocess.run([sys.executable, "-m", "factcheck", "--version"], cwd=root,
                         capture_output=True, text=True, check=False)
    assert run.returncode == 0 and run.stdout.startswith("factcheck 0.")
    run = subprocess.run([sys.executable, "-m", "factcheck", "check", str(tmp_path)], cwd=root,
                         capture_output=True, text=True, check=False)
    assert run.returncode == 2
    assert run.stderr == f"factcheck: error: {tmp_path}: folder holds no drafts " \
        "(.md .txt .html .docx)\n"


def test_reference_flags_and_dates_reach_check(drafts: Path, monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    seen: dict[str, object] = {}

    def spy(text: str, tables: Any, day: object, config: Any, path: str,
            parse: bool = True) -> object:
        # --no-bundled: the tables are the configuration's and the command line's only
        seen.update(references=[t.name for t in tables], as_of=str(day), path=path)
        from tests.conftest import fake_check

        return fake_check(text, path=path)

    table = "entity,metric,value,unit,period,source\nA,population,1,count,2024,S\n"
    (drafts / "desk.csv").write_text(table, encoding="utf-8")
    (drafts / "extra.csv").write_text(table, encoding="utf-8")
    (drafts / "factcheck.toml").write_text("references = ['desk.csv']\nas-of = 2025-01-01\n")
    monkeypatch.setattr("factcheck.pipeline._stages", spy)
    main(["check", "draft.md", "--reference", "extra.csv", "--no-bundled", "--as-of",
          "2025-08-27"])
    assert seen == {"references": ["desk", "extra"], "as_of": "2025-08-27", "path": "draft.md"}
    capsys.readouterr()


@pytest.mark.parametrize(
    ("env", "coloured"),
    [({}, False), ({"FORCE_COLOR": "1"}, True), ({"FORCE_COLOR": "1", "NO_COLOR": "1"}, False)],
)
def test_colour_only_when_wanted(drafts: Path, monkeypatch: pytest.MonkeyPatch,
                                 capsys: pytest.CaptureFixture[str], env: dict[str, str],
                                 coloured: bool) -> None:
    for key in ("FORCE_COLOR", "NO_COLOR"):
        monkeypatch.delenv(key, raising=False)
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    main(["check", "draft.md"])
    assert ("\x1b[" in capsys.readouterr().out) is coloured


HEAT = "Temperatures in Delhi reached 45C (101F) on Monday.\n"


@pytest.mark.slow
@pytest.mark.parametrize(
    "env",
    [{"PYTHONIOENCODING": "ascii"},
     {"LC_ALL": "C", "PYTHONCOERCECLOCALE": "0", "PYTHONUTF8": "0", "PYTHONIOENCODING": ""}],
    ids=["ascii", "C-locale"],
)
def test_a_terminal_that_cannot_encode_gets_escapes(tmp_path: Path, env: dict[str, str]) -> None:
    import os

    root = Path(__file__).resolve().parents[1]
    (tmp_path / "heat.md").write_text(HEAT, encoding="utf-8")
    environ = {**os.environ, "PYTHONPATH": str(root), **env}
    base = [sys.executable, "-m", "factcheck", "check", "heat.md", "--no-bundled",
            "--as-of", "2025-08-27"]
    run = subprocess.run(base, cwd=tmp_path, env=environ, capture_output=True, check=False)
    assert run.returncode == 1, run.stderr
    assert b"45 \\xb0C is 113 \\xb0F, not 101 \\xb0F" in run.stdout
    run = subprocess.run([*base, "--format", "json", "-o", "out.json"], cwd=tmp_path,
                         env=environ, capture_output=True, check=False)
    assert run.returncode == 1
    assert "45 °C is 113 °F" in (tmp_path / "out.json").read_text(encoding="utf-8")


def test_rule_loads_no_unit_registry_tables_or_parser() -> None:
    """`factcheck rule` starts fast: nothing heavy is imported (a fresh interpreter)."""
    code = ("import sys; from factcheck.cli import main; main(['rule', 'FC203']); "
            "print(sorted({m.split('.')[0] for m in sys.modules} & "
            "{'pint', 'pandas', 'numpy', 'rapidfuzz', 'markdown_it', 'spacy', 'docx'}))")
    root = Path(__file__).resolve().parents[1]
    run = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True,
                         text=True, check=False)
    assert run.stdout.splitlines()[-1] == "[]", run.stderr
