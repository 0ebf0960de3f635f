"""A claim as combine() passes it along: the claim and the scale word's factor; the gap
between two claims and whether a claim is a bare figure."""

from __future__ import annotations

from collections.abc import Collection
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


def bare_in_words(c: Claim, numbers: Collection[str]) -> bool:
    """A figure in number words with nothing after it ("a fifth of a million", "thirty"):
    no unit, noun or shape, its last word a number or scale word (numbers: the lexicon's
    number and scale words)."""
    words = c.text.lower().replace("-", " ").split()
    return c.unit == "" and c.noun is None and not c.multiplier and c.high is None and (
        bool(words) and words[-1] in numbers)


def gap_between(text: str, a: Claim, b: Claim) -> str:
    return text[a.end : b.start]
