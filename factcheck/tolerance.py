"""The one tolerance rule: what values a claim's wording allows, for FC2xx and FC101 alike.

A claim carries its precision (Claim.precision, set by the extractor under DESIGN.md's
"Tolerance"); this module turns that precision, the claim's bound and the configured
approx tolerance into an interval and a decision. It never reads the claim's text.

- precision: the true value lies within the figure's precision ("12,944" ±0.5).
- approx: "about" allows ``approx`` (10%, configurable) of the figure on top of it.
- over / under: the true value must lie above / below the figure itself (DESIGN.md:
  "'over' needs the true value above the figure, 'under' below it"): the precision does
  not widen a bound, or "over 60 million" would be supported by 57.9 million.
- at_least / at_most: as over / under, equality allowed.
- range: the true value must lie between the low and high figure (with their precision).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from factcheck.model import Claim

APPROX = 0.10  # DESIGN.md: "approx" allows 10% (configurable: approx-tolerance)


@dataclass(frozen=True)
class Decision:
    """Whether a claim holds for a true value, the rule that decided, and the interval."""

    holds: bool
    rule: str
    low: float
    high: float
    low_open: bool = False
    high_open: bool = False

    def band(self, write: Callable[[float], str] | None = None) -> str:
        """The accepted interval in words: "149,400 to 182,600", "above 14,500"; write
        turns a figure into words (default figures.number; "$95 billion" for money)."""
        from factcheck.figures import number

        write = write or number
        if math.isinf(self.high):
            return ("above " if self.low_open else "at least ") + write(self.low)
        if math.isinf(self.low):
            return ("below " if self.high_open else "at most ") + write(self.high)
        if self.low == self.high:
            return f"exactly {write(self.low)}"
        return f"{write(self.low)} to {write(self.high)}"


def spread(claim: Claim, approx: float = APPROX) -> tuple[float, float]:
    """How far below its low figure and above its high figure a claim allows the true
    value, before its bound: the precision, and under "about" ``approx`` of the figure on
    top of it.

    >>> spread(Claim("about 5,000", 0, 11, 5000, bound="approx", precision=250))
    (750.0, 750.0)
    """
    high = claim.high if claim.high is not None else claim.value
    if claim.bound != "approx":
        return claim.precision, claim.precision
    return (claim.precision + abs(claim.value) * approx,
            claim.precision + abs(high) * approx)


def interval(claim: Claim, approx: float = APPROX) -> tuple[float, float]:
    """The values the claim's wording allows, from its precision and its bound.

    >>> interval(Claim("100 km", 0, 6, 100.0, unit="kilometer", precision=5.0))
    (95.0, 105.0)
    >>> interval(Claim("over 15,000", 0, 11, 15000.0, bound="over", precision=500.0))
    (15000.0, inf)
    """
    decision = decide(claim, 0.0, approx)
    return decision.low, decision.high


def decide(claim: Claim, true: float, approx: float = APPROX) -> Decision:
    """Whether ``claim`` holds when the true value, in the claim's unit, is ``true``.

    >>> decide(Claim("$300,000", 0, 8, 3e5, unit="USD", precision=15000), 250000).holds
    False
    >>> decide(Claim("about 52 million", 0, 16, 52e6, bound="approx", precision=5e5),
    ...        57e6).rule
    'approx'
    """
    v = claim.value
    if claim.high is not None:
        below, above = spread(claim, approx)
        low, high = v - below, claim.high + above
        rule = "range+approx" if claim.bound == "approx" else "range"
        return Decision(low <= true <= high, rule, low, high)
    if claim.bound == "over":
        return Decision(true > v, "over", v, math.inf, low_open=True)
    if claim.bound == "at_least":
        return Decision(true >= v, "at_least", v, math.inf)
    if claim.bound == "under":
        return Decision(true < v, "under", -math.inf, v, high_open=True)
    if claim.bound == "at_most":
        return Decision(true <= v, "at_most", -math.inf, v)
    below, above = spread(claim, approx)
    rule = "approx" if claim.bound == "approx" else "precision"
    return Decision(v - below <= true <= v + above, rule, v - below, v + above)


def sum_spread(claims: list[Claim] | tuple[Claim, ...], approx: float = APPROX) -> float:
    """The band of a sum of stated figures: the sum of their bands (DESIGN.md: parts
    against a whole, shares against 100%, parts against a total)."""
    return sum(max(spread(c, approx)) for c in claims)


RULE_TEXT: dict[str, str] = {
    "precision": "a stated figure carries half a unit of its last stated digit, at most 5% of it",
    "approx": "'about' allows {tol:.0%} on top of the figure's precision",
    "over": "'over' needs the true value above the figure",
    "under": "'under' needs the true value below the figure",
    "at_least": "'at least' needs the true value at or above the figure",
    "at_most": "'at most' needs the true value at or below the figure",
    "range": "a range holds when the true value lies inside it",
    "range+approx": "an approximate range allows {tol:.0%} beyond its ends",
}


def rule_text(rule: str, approx: float = APPROX) -> str:
    """The rule's wording for an explanation."""
    return RULE_TEXT[rule].format(tol=approx)
