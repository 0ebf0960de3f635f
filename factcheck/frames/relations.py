"""A figure's links to the figures near it in its sentence (DESIGN.md, "Frames").

- restates: a conversion restates the figure right before it (role.is_conversion);
- whole: a part or share's whole, when that is a figure of the sentence;
- before / after: a change's ends, the nearest figures after "from" and "to";
- parts: a total's parts, the figures of its unit before it back to an earlier total.

Only NEAR claims either side are searched, so a sentence of thousands of figures (a
table with no full stop) costs linear time.
"""

from __future__ import annotations

from collections.abc import Sequence

from factcheck.frames.read import Reading
from factcheck.frames.role import is_conversion
from factcheck.model import Claim

NEAR = 8


def relations(text: str, claims: Sequence[Claim], readings: Sequence[Reading],
              sentence_of: dict[int, int], i: int) -> dict[str, tuple[int, ...]]:
    """The relations of claim i (indices into claims)."""
    claim, reading = claims[i], readings[i]
    if i and is_conversion(text, claims[i - 1], claim):
        return {"restates": (i - 1,)}
    out: dict[str, tuple[int, ...]] = {}
    near = [j for j in range(max(0, i - NEAR), min(len(claims), i + NEAR + 1))
            if j != i and sentence_of[j] == sentence_of[i]]
    if reading.whole and reading.role in ("part", "share"):
        out["whole"] = reading.whole[:1]
    if reading.role == "change":
        for end, key in (("from", "before"), ("to", "after")):
            ends = [j for j in near if readings[j].from_to == end]
            if ends:
                out[key] = (min(ends, key=lambda j: abs(claims[j].start - claim.start)),)
    if reading.role == "total":
        parts: list[int] = []
        for j in reversed([j for j in near if j < i]):
            if readings[j].role == "total":
                break
            if claims[j].unit == claim.unit and readings[j].role != "change":
                parts.insert(0, j)
        if parts:
            out["parts"] = tuple(parts)
    return out
