"""The row table extract()'s tests share: a sentence, the figure as written (to pick its
claim out) and the fields the claim must have (test_extract.py, test_unseen.py)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from factcheck import Claim, extract


@dataclass(frozen=True)
class Row:
    sentence: str
    surface: str  # the figure's number as written, to pick the claim out
    expect: dict[str, Any] = field(default_factory=dict)


def row_id(row: Row) -> str:
    return f"{row.surface}|{row.sentence[:40]}"


def claim_for(sentence: str, surface: str) -> Claim:
    claims = extract(sentence)
    hits = [c for c in claims if surface in c.text]
    assert hits, f"no claim containing {surface!r} in {[c.text for c in claims]}"
    return hits[0]


def assert_row(row: Row) -> None:
    """The claim with the row's surface has every field the row expects."""
    claim = claim_for(row.sentence, row.surface)
    for name, want in row.expect.items():
        assert getattr(claim, name) == want, (name, claim)
