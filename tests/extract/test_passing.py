"""Verbs of passing a line are the bound "over" ("membership passed 50,000", "sales crossed
$2 billion"); passing by at a distance is a distance, exact ("passed 300,000 km from
Earth") (extract.qualifiers.passed_by)."""

from __future__ import annotations

import pytest

from factcheck import extract


@pytest.mark.parametrize(("sentence", "value", "bound"), [
    ("Club membership passed 50,000 in March.", 50_000, "over"),
    ("Annual sales crossed $2 billion for the first time.", 2e9, "over"),
    ("The city's population passes 1.5 million this year, planners say.", 1.5e6, "over"),
    ("Global wind capacity crossed 900 GW in 2023.", 900, "over"),
    # near twins: how far away something went by
    ("The probe passed 4.2 million kilometres from Earth on Tuesday.", 4.2e6, "exact"),
    ("The asteroid passed 300,000 km away, closer than the Moon.", 300_000, "exact"),
    ("The flood crest crossed 5 metres above the normal level.", 5, "exact"),
    ("The striker's shot passed 2 metres over the bar.", 2, "exact"),
])
def test_passing_a_line_or_passing_by(sentence: str, value: float, bound: str) -> None:
    claims = extract(sentence)
    assert [(c.value, c.bound) for c in claims] == [(value, bound)]
