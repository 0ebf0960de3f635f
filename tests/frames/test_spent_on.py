"""Issue 16 (frames side): what a noun is spent or levied "on" names a kind of it
("spending on roads" -> "road spending", "a levy on fuel" -> "fuel levy"), so that a
series of all spending is not held against spending on one thing
(tests/reference/test_ref_narrower_spending.py); what a share's whole is spent "on" ("40%
of its budget on roads") stays the verb's, so shares of one budget keep one whole (FC205).
Our own sentences."""

from __future__ import annotations

import pytest

from factcheck import check

KINDS = [  # the object of "on" joins the measure, before its head
    ("Spending on bridges came to $4 million last year.", "bridge spending"),
    ("The levy on petrol raised $3 billion in 2019.", "petrol levy"),
    ("Outlays on prisons reached £2 billion in 2021.", "prison outlay"),
]

WHOLES = [  # near twins: a share's whole keeps its measure
    "The town spends 40% of its budget on roads and 70% on schools.",
    "The charity put 65% of its income on grants and 50% on staff.",
    "The school spends 45% of its budget on teachers and 60% on buildings.",
]


@pytest.mark.parametrize(("sentence", "measure"), KINDS)
def test_what_is_spent_on_names_the_kind(sentence: str, measure: str) -> None:
    report = check(sentence, bundled=False, as_of="2024-06-01")
    assert len(report.frames) == 1
    assert f" {measure} " in f" {report.frames[0].measure} "


@pytest.mark.parametrize("sentence", WHOLES)
def test_shares_of_one_budget_keep_one_whole(sentence: str) -> None:
    report = check(sentence, bundled=False, as_of="2024-06-01")
    assert len({f.measure for f in report.frames}) == 1
    assert "FC205" in {f.code for f in report.findings}
