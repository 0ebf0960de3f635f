"""A claim as combine() passes it along: the claim and the scale word's factor; the gap
between two claims and whether a claim is a bare figure."""

from __future__ import annotations

from dataclasses import dataclass

from factcheck.model import Claim


@dataclass(frozen=True, slots=True)
class Found:
    claim: Claim
    scale: float  # the factor a scale word applied to the figure (1.0: none)

    @property
    def scaled(self) -> bool:
        return self.scale != 1.0


def bare(c: Claim) -> bool:
    """A figure in digits with nothing after it: no unit, noun, scale word or shape."""
    return c.unit == "" and c.noun is None and not c.multiplier and c.high is None and (
        c.text[-1:].isdigit()
    )


def gap_between(text: str, a: Claim, b: Claim) -> str:
    return text[a.end : b.start]
