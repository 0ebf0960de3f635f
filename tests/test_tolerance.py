"""Tolerance: one row per DESIGN.md rule, each with a true value that holds and one that fails.

The precision is the extractor's (factcheck.extract.precision); the interval and the decision
are factcheck.tolerance's, for FC2xx and FC101 alike.
"""

from __future__ import annotations

import pytest

from factcheck.extract.precision import with_precision
from factcheck.figures import number
from factcheck.model import Bound, Claim
from factcheck.tolerance import decide


def claim(text: str, value: float, bound: Bound = "exact", high: float | None = None,
          unit: str = "", noun: str | None = None) -> Claim:
    return with_precision(Claim(text=text, start=0, end=len(text), value=value, high=high,
                                unit=unit, noun=noun, bound=bound))


def precision(text: str, value: float, unit: str = "", noun: str | None = None,
              multiplier: bool = False) -> float:
    return with_precision(Claim(text, 0, len(text), value, unit=unit, noun=noun,
                                multiplier=multiplier)).precision


@pytest.mark.parametrize(("text", "value", "expected"), [
    ("12,944 metric tons", 12944, 0.5),
    ("some 166,000 people", 166000, 500),
    ("$3.5bn", 3.5e9, 0.05e9),
    ("$500 billion", 500e9, 25e9),
    ("2.75%", 2.75, 0.005),
    ("fewer than 100 kilometres", 100, 5),
    ("10,000", 10000, 500),
    ("a quarter", 25, 2.5),
    ("less than one percent", 1, 0.05),
    ("a million", 1e6, 5e4),
    ("1.2m", 1.2e6, 0.05e6),
    ("0", 0, 0),
    # the rows for the one rule
    ("80,000", 80000, 4000),
    ("$300,000", 3e5, 15000),
    ("half", 50, 5),
    ("100 km", 100, 5),
    ("20%", 20, 1),
    ("3.50", 3.5, 0.005),
])
def test_precision_is_half_a_unit_of_the_last_stated_digit(
        text: str, value: float, expected: float) -> None:
    assert precision(text, value) == pytest.approx(expected)


@pytest.mark.parametrize(("text", "value", "noun", "multiplier", "expected"), [
    ("19 medals", 19, "medals", False, 0.0),      # a plain count is exact
    ("six gold", 6, "gold", False, 0.0),
    ("12,944 people", 12944, "people", False, 0.0),
    ("80,000 troops", 80000, "troops", False, 4000),  # trailing zeros: the digit rule
    ("doubled", 2, None, True, 0.2),               # multipliers in words: 10%
    ("tripled", 3, None, True, 0.3),
])
def test_counts_and_multipliers(text: str, value: float, noun: str | None, multiplier: bool,
                                expected: float) -> None:
    assert precision(text, value, noun=noun, multiplier=multiplier) == pytest.approx(expected)


def test_a_300000_prize_is_wrong_for_a_250000_row() -> None:
    assert decide(claim("$300,000", 3e5, unit="USD"), 250000).holds is False


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
    # over: the true value must be above the figure itself
    (claim("over 15,000 personnel", 15000, "over"), 16000, True, "over"),
    (claim("over 15,000 personnel", 15000, "over"), 14000, False, "over"),
    (claim("more than 150 positions", 150, "over"), 144, False, "over"),
    # under: below the figure itself
    (claim("fewer than 100 kilometres", 100, "under"), 97, True, "under"),
    (claim("fewer than 100 kilometres", 100, "under"), 100.6, False, "under"),
    (claim("less than 0.1%", 0.1, "under"), 0.16, False, "under"),
    # at_least / at_most: equality allowed
    (claim("at least 8.5%", 8.5, "at_least"), 8.5, True, "at_least"),
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
    decision = decide(c, true, approx=0.10)
    assert (decision.holds, decision.rule) == (holds, rule)


def test_approx_tolerance_is_configurable() -> None:
    c = claim("about 100 people", 100, "approx")
    assert decide(c, 118, approx=0.10).holds is False
    assert decide(c, 118, approx=0.20).holds is True


@pytest.mark.parametrize(("c", "band"), [
    (claim("12,944 metric tons", 12944), "12,943.5 to 12,944.5"),
    (claim("over 15,000 personnel", 15000, "over"), "above 15,000"),
    (claim("at most 20%", 20, "at_most"), "at most 20"),
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


@pytest.mark.parametrize("module", ["factcheck.tolerance", "factcheck.figures",
                                    "factcheck.written_figures", "factcheck.extract.precision",
                                    "factcheck.written_years"])
def test_doctests_are_the_spec(module: str) -> None:
    import doctest
    import importlib

    result = doctest.testmod(importlib.import_module(module))
    assert result.attempted > 0 and result.failed == 0
