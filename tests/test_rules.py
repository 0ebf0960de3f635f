"""What `factcheck rule` prints for a check's docstring."""

from __future__ import annotations

import pytest

from factcheck.checks.catalogue import Rule, describe


@pytest.mark.parametrize(
    ("doc", "printed"),
    [
        ("FC301 spurious-precision: an exact figure under 'about'.\n\nWhat it does:\n  ...",
         "FC301 spurious-precision: an exact figure under 'about'. [info]\n\nWhat it does:\n"
         "  ...\n"),
        ("An exact figure under 'about'.\n\nWhy it matters:\n  ...",
         "FC301 spurious-precision (info)\n===============================\n\n"
         "An exact figure under 'about'.\n\nWhy it matters:\n  ...\n"),
    ],
)
def test_describe(doc: str, printed: str) -> None:
    rule = Rule("FC301", "spurious-precision", "info", doc)
    assert describe(rule) == printed
    assert rule.summary == doc.splitlines()[0]
