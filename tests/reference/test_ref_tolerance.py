"""Tolerance: one row per DESIGN.md rule, each with a true value that holds and one that fails."""

from __future__ import annotations

import pytest

from factcheck.model import Bound, Claim
from factcheck.reference.tolerance import decide, number, precision


def claim(text: str, value: float, bound: Bound = "exact", high: float | None = None,
          unit: str = "") -> Claim:
    return Claim(text=text, start=0, end=len(text), value=value, high=high, unit=unit,
                 bound=bound)


@pytest.mark.parametrize(("text", "value", "expected"), [
    ("12,944 metric tons", 12944, 0.5),
    ("some 166,000 people", 166000, 500),
    ("$3.5bn", 3.5e9, 0.05e9),
    ("$500 billion", 500e9, 0.5e9),
    ("2.75%", 2.75, 0.005),
    ("fewer than 100 kilometres", 100, 0.5),
    ("10,000", 10000, 5000),
    ("a quarter", 25, 0.5),
    ("less than one percent", 1, 0.5),
    ("a million", 1e6, 5e5),
    ("1.2m", 1.2e6, 0.05e6),
    ("0", 0, 0.5),
])
def test_precision_is_half_a_unit_of_the_last_stated_digit(
        text: str, value: float, expected: float) -> None:
    assert precision(text, value) == pytest.approx(expected)


# (claim, true value in the claim's unit, holds, rule)
CASES = [
    # precision: "12,944" ±0.5
    (claim("12,944 metric tons", 12944), 12944.4, True, "precision"),
    (claim("12,944 metric tons", 12944), 12945, False, "precision"),
    # precision: "166,000" ±500
    (claim("166,000 people", 166000), 165600, True, "precision"),
    (claim("166,000 people", 166000), 165400, False, "precision"),
    # precision with a scale word: "$3.5bn" ±$0.05bn
    (claim("$3.5bn", 3.5e9, unit="USD"), 3.54e9, True, "precision"),
    (claim("$3.5bn", 3.5e9, unit="USD"), 3.56e9, False, "precision"),
    # approx: 10% on top of the precision: 166,000 ± (500 + 16,600)
    (claim("some 166,000 people", 166000, "approx"), 182000, True, "approx"),
    (claim("some 166,000 people", 166000, "approx"), 54721, False, "approx"),
    (claim("about 28,824 people", 28824, "approx"), 31700, True, "approx"),
    # over: the true value must be above the figure (less its precision)
    (claim("over 15,000 personnel", 15000, "over"), 16000, True, "over"),
    (claim("over 15,000 personnel", 15000, "over"), 14000, False, "over"),
    (claim("more than 150 positions", 150, "over"), 144, False, "over"),
    # under: below the figure (plus its precision)
    (claim("fewer than 100 kilometres", 100, "under"), 97, True, "under"),
    (claim("fewer than 100 kilometres", 100, "under"), 100.6, False, "under"),
    (claim("less than 0.1%", 0.1, "under"), 0.16, False, "under"),
    # at_least / at_most: equality allowed
    (claim("at least 8.5%", 8.5, "at_least"), 8.45, True, "at_least"),
    (claim("at least 8.5%", 8.5, "at_least"), 8.3, False, "at_least"),
    (claim("up to 5,000 personnel", 5000, "at_most"), 5000, True, "at_most"),
    (claim("up to 5,000 personnel", 5000, "at_most"), 5600, False, "at_most"),
    # range: inside holds, outside fails
    (claim("between 10,000 and 12,000 tonnes", 10000, high=12000), 11200, True, "range"),
    (claim("between 10,000 and 12,000 tonnes", 10000, high=12000), 12600, False, "range"),
    (claim("between 10,000 and 12,000 tonnes", 10000, high=12000), 9400, False, "range"),
    (claim("about 10-12 million", 10e6, "approx", high=12e6), 13e6, True, "range+approx"),
]


@pytest.mark.parametrize(("c", "true", "holds", "rule"), CASES)
def test_decide(c: Claim, true: float, holds: bool, rule: str) -> None:
    decision = decide(c, true, approx_tolerance=0.10)
    assert (decision.holds, decision.rule) == (holds, rule)


def test_approx_tolerance_is_configurable() -> None:
    c = claim("about 100 people", 100, "approx")
    assert decide(c, 118, approx_tolerance=0.10).holds is False
    assert decide(c, 118, approx_tolerance=0.20).holds is True


@pytest.mark.parametrize(("c", "band"), [
    (claim("12,944 metric tons", 12944), "12,943.5 to 12,944.5"),
    (claim("over 15,000 personnel", 15000, "over"), "above 14,500"),
    (claim("at most 20%", 20, "at_most"), "at most 20.5"),
    (claim("between 10,000 and 12,000 tonnes", 10000, high=12000), "9,500 to 12,500"),
])
def test_band_wording(c: Claim, band: str) -> None:
    assert decide(c, 0).band() == band


@pytest.mark.parametrize(("x", "text"), [
    (57931718.0, "57,931,718"), (0.005, "0.005"), (12943.5, "12,943.5"), (-25.0, "-25"),
    (3.913e12, "3,913,000,000,000"),
])
def test_number(x: float, text: str) -> None:
    assert number(x) == text
