"""The examples in the reference modules' docstrings are part of their specification."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = ["compare_change", "growth", "metric", "names", "owid", "period", "qualified", "schema"]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    module = importlib.import_module(f"factcheck.reference.{name}")
    result = doctest.testmod(module)
    assert result.attempted > 0
    assert result.failed == 0
