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


@pytest.mark.parametrize(
    ("doc", "printed_doc"),
    [
        ("Reads wholes from the frames (factcheck.frames): a part ...",
         "Reads wholes from the frames: a part ..."),
        ("Story-wide (factcheck.checks._kinds: a kind of its thing) ...",
         "Story-wide (a kind of its thing) ..."),
        ("compares their bands, factcheck.tolerance.sum_spread.",
         "compares their bands."),
        ("reads the frames' measure (no module named)", "reads the frames' measure (no module "
         "named)"),
    ],
)
def test_describe_leaves_out_pointers_into_the_code(doc: str, printed_doc: str) -> None:
    """`factcheck rule` is read by editors: the docstring's pointers to modules go."""
    rule = Rule("FC301", "spurious-precision", "info", doc)
    assert printed_doc in describe(rule)
    assert "factcheck." not in describe(rule)
