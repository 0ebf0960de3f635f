"""The band of a count of years between two dates the draft gives, for FC206.

DESIGN.md's Tolerance gives a figure in digits half a unit of its last non-zero digit
("140" +-5, at most 5%) because a writer rounds a measured or estimated amount. A count
of years since a founding, a birth or an event dated to its year ("founded in 1884, 140
years ago", "celebrating 60 years" since 1968, "a 15-year wait" since 2009) is no
measurement: it is calendar arithmetic on two figures the draft states, exact to the
year, and the checks allow only the one year the unknown month leaves (least/most). A
writer who rounds it says so ("about 140 years": 10%, DESIGN.md), as the rule says for
every figure; ages are already exact as plain counts. So a count in years is read with
no rounding band, and its bound ("about", "more than") as written.
"""

from __future__ import annotations

from dataclasses import replace

from factcheck import tolerance
from factcheck.model import Claim


def interval(claim: Claim, approx: float, years: bool = False) -> tuple[float, float]:
    """tolerance.interval of the claim, with no rounding band when it counts years: its
    unit is the year, or (years) the caller knows a bare number counts them ("the lido
    turns 90", an age read by factcheck.checks._ages_now.bare_age).

    >>> interval(Claim("140 years", 0, 9, 140.0, unit="year", precision=5.0), 0.1)
    (140.0, 140.0)
    >>> interval(Claim("140 km", 0, 6, 140.0, unit="kilometer", precision=5.0), 0.1)
    (135.0, 145.0)
    """
    if years or claim.unit == "year":
        claim = replace(claim, precision=0.0)
    return tolerance.interval(claim, approx)
