"""Every check module keeps the contract: code, name, severity, docstring, examples."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from factcheck import check
from factcheck.checks import EXAMPLE_AS_OF, MODULE_NAME, by_code, modules
from factcheck.config import Config
from factcheck.pipeline import check_path, check_source
from factcheck.text import read_string

MODULES = modules()
IDS = [m.__name__.rsplit(".", 1)[1] for m in MODULES]


def test_checks_are_discovered() -> None:
    codes = {m.CODE for m in MODULES}
    assert {"FC001", "FC002", "FC101", "FC201", "FC202", "FC203", "FC204", "FC205", "FC206",
            "FC207", "FC301", "FC302", "FC303"} <= codes


def test_codes_are_unique() -> None:
    codes = [m.CODE for m in MODULES]
    assert len(codes) == len(set(codes))


@pytest.mark.parametrize("module", MODULES, ids=IDS)
def test_file_name_carries_code(module: ModuleType) -> None:
    name = module.__name__.rsplit(".", 1)[1]
    m = MODULE_NAME.fullmatch(name)
    assert m is not None
    assert f"FC{m.group(1)}" == module.CODE
    assert name == f"fc{m.group(1)}_{module.NAME.replace('-', '_')}"
    assert by_code(module.CODE.lower()) is module


@pytest.mark.parametrize("module", MODULES, ids=IDS)
def test_attributes(module: ModuleType) -> None:
    assert module.SEVERITY in ("error", "warning", "info")
    assert callable(module.check)
    fires = [example[-1] for example in module.EXAMPLES]
    assert True in fires and False in fires


@pytest.mark.parametrize("module", MODULES, ids=IDS)
def test_docstring_headings(module: ModuleType) -> None:
    doc = module.__doc__ or ""
    assert doc.startswith(f"{module.CODE} {module.NAME}:")
    positions = [doc.find(h) for h in ("What it does:", "Why it matters:", "Example:")]
    assert -1 not in positions and positions == sorted(positions)


def _codes_found(module: ModuleType, example: tuple[Any, ...], tmp: Path) -> list[str]:
    """The codes an example gives when run through the stage that makes the module's
    findings: check() for checks, the reading of a file for FC001, the suppression
    comments of a Markdown draft for FC002."""
    stage = getattr(module, "STAGE", "checks")
    config = Config(as_of=EXAMPLE_AS_OF.isoformat())
    if stage == "read":
        name, data, _ = example
        (tmp / name).write_bytes(data)
        report = check_path(str(tmp / name), config, bundled=False).report
    elif stage == "suppressions":
        report = check_source(read_string("example.md", example[0], "md"), config).report
    else:
        report = check(example[0], as_of=EXAMPLE_AS_OF)
    return [f.code for f in report.findings]


def test_every_stage_is_known() -> None:
    assert {getattr(m, "STAGE", "checks") for m in MODULES} == {"checks", "read",
                                                                  "suppressions"}


@pytest.mark.parametrize(
    ("module", "example"),
    [(m, example) for m in MODULES for example in m.EXAMPLES],
    ids=[f"{m.CODE}-{n}" for m in MODULES for n in range(len(m.EXAMPLES))],
)
def test_examples(module: ModuleType, example: tuple[Any, ...], tmp_path: Path) -> None:
    codes = _codes_found(module, example, tmp_path)
    assert (module.CODE in codes) is example[-1], codes


@pytest.mark.parametrize("module", [m for m in MODULES if hasattr(m, "STAGE")],
                         ids=lambda m: m.CODE)
def test_a_stage_code_is_never_made_from_a_string(module: ModuleType) -> None:
    """FC001 and FC002 come from their stages only: check() on a string never gives them."""
    texts = [e[0] for m in MODULES if not hasattr(m, "STAGE") for e in m.EXAMPLES]
    texts += [e[0] for e in module.EXAMPLES if isinstance(e[0], str)]
    assert all(module.CODE not in [f.code for f in check(t, as_of=EXAMPLE_AS_OF).findings]
               for t in texts)
