"""Every check module keeps the contract: code, name, severity, docstring, examples."""

from __future__ import annotations

from types import ModuleType

import pytest

from factcheck import check
from factcheck.checks import EXAMPLE_AS_OF, MODULE_NAME, by_code, modules

MODULES = modules()
IDS = [m.__name__.rsplit(".", 1)[1] for m in MODULES]


def test_checks_are_discovered() -> None:
    codes = {m.CODE for m in MODULES}
    assert {"FC201", "FC202", "FC203", "FC204", "FC205", "FC206", "FC207",
            "FC301", "FC302", "FC303"} <= codes


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
    fires = [fire for _, fire in module.EXAMPLES]
    assert True in fires and False in fires


@pytest.mark.parametrize("module", MODULES, ids=IDS)
def test_docstring_headings(module: ModuleType) -> None:
    doc = module.__doc__ or ""
    assert doc.startswith(f"{module.CODE} {module.NAME}:")
    positions = [doc.find(h) for h in ("What it does:", "Why it matters:", "Example:")]
    assert -1 not in positions and positions == sorted(positions)


@pytest.mark.parametrize(
    ("code", "text", "fires"),
    [(m.CODE, text, fire) for m in MODULES for text, fire in m.EXAMPLES],
)
def test_examples(code: str, text: str, fires: bool) -> None:
    codes = [f.code for f in check(text, as_of=EXAMPLE_AS_OF).findings]
    assert (code in codes) is fires, codes
