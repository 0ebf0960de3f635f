"""How far a true value may lie from a stated figure before the figure is wrong.

Pure functions over a Claim and a true value in the claim's own unit. The rules, in the
order DESIGN.md gives them:

- precision: a figure carries half a unit of its last stated digit ("12,944" ±0.5,
  "166,000" ±500, "$3.5bn" ±$0.05bn); trailing zeros of a whole number from 1,000 up are
  not stated digits, below 1,000 they are ("20%" ±0.5, "100 km" ±0.5, "$500 billion"
  ±$0.5bn: a unit or scale word already carries the rounding). Both ends of a range carry
  the finer of their two precisions ("10,000 to 12,000" ±500). A figure written in words
  carries half a unit ("a quarter" 25 ±0.5, "one percent" ±0.5), and from a thousand up
  half a unit of its leading digit ("a million" ±500,000).
- approx: "about" allows ``approx_tolerance`` (10%) of the figure on top of its precision.
- over / under: the true value must lie above / below the figure (less its precision).
- at_least / at_most: as over / under, equality allowed.
- range: the true value must lie between the low and high figure (with their precision).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from factcheck.model import Claim

_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?|\.\d+")


@dataclass(frozen=True)
class Decision:
    """Whether a claim holds for a true value, the rule that decided, and the band."""

    holds: bool
    rule: str
    low: float
    high: float
    low_open: bool = False
    high_open: bool = False

    def band(self) -> str:
        """The accepted interval in words: "149,400 to 182,600", "above 14,500"."""
        if math.isinf(self.high):
            return ("above " if self.low_open else "at least ") + number(self.low)
        if math.isinf(self.low):
            return ("below " if self.high_open else "at most ") + number(self.high)
        return f"{number(self.low)} to {number(self.high)}"


def number(x: float) -> str:
    """A figure for a message: thousands separated, six significant digits, no exponent.

    >>> number(50800000.0), number(12943.5), number(0.05), number(-3931718)
    ('50,800,000', '12,943.5', '0.05', '-3,931,718')
    """
    if x == 0 or not math.isfinite(x):
        return str(x if x else 0)
    decimals = min(6, max(0, 5 - math.floor(math.log10(abs(x)))))
    text = f"{x:,.{decimals}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def _place(token: str) -> float:
    """The value of one unit in the token's last stated digit: "12,944" 1, "166,000" 1000,
    "100" 1."""
    digits = token.replace(",", "")
    if "." in digits:
        return 10.0 ** -len(digits.split(".")[1])
    if int(digits) < 1000:
        return 1.0
    stripped = digits.rstrip("0")
    return 10.0 ** (len(digits) - len(stripped)) if stripped else 1.0


def precision(text: str, value: float) -> float:
    """Half a unit of the last stated digit of the figure in text, scaled like value.

    >>> precision("12,944 metric tons", 12944), precision("some 166,000", 166000)
    (0.5, 500.0)
    >>> precision("$3.5bn", 3.5e9)
    50000000.0
    >>> precision("down half", 50), precision("a million", 1e6)
    (0.5, 500000.0)
    """
    match = _NUMBER.search(text)
    if match is None or float(match.group().replace(",", "")) == 0:
        if abs(value) < 1000:
            return 0.5
        return 0.5 * 10.0 ** math.floor(math.log10(abs(value)))
    token = match.group()
    scale = value / float(token.replace(",", "")) if value else 1.0
    return 0.5 * _place(token) * abs(scale)


def _range_precision(claim: Claim, low: float) -> float:
    """The finer of the precisions of a range's two ends."""
    tokens = _NUMBER.findall(claim.text)
    high = claim.high if claim.high is not None else claim.value
    if len(tokens) >= 2:
        scale = claim.value / float(tokens[0].replace(",", "")) if claim.value else 1.0
        return min(low, precision(tokens[-1], high / scale if scale else high) * abs(scale))
    return low


def decide(claim: Claim, true: float, approx_tolerance: float = 0.10) -> Decision:
    """Whether ``claim`` holds when the true value (in the claim's unit) is ``true``."""
    v = claim.value
    p = precision(claim.text, v)
    slack = approx_tolerance * abs(v) if claim.bound == "approx" else 0.0
    if claim.high is not None:
        p = _range_precision(claim, p)
        hi_slack = approx_tolerance * abs(claim.high) if slack else 0.0
        low, high = v - p - slack, claim.high + p + hi_slack
        rule = "range" + ("+approx" if slack else "")
        return Decision(low <= true <= high, rule, low, high)
    if claim.bound == "over":
        return Decision(true > v - p, "over", v - p, math.inf, low_open=True)
    if claim.bound == "at_least":
        return Decision(true >= v - p, "at_least", v - p, math.inf)
    if claim.bound == "under":
        return Decision(true < v + p, "under", -math.inf, v + p, high_open=True)
    if claim.bound == "at_most":
        return Decision(true <= v + p, "at_most", -math.inf, v + p)
    low, high = v - p - slack, v + p + slack
    rule = "approx" if claim.bound == "approx" else "precision"
    return Decision(low <= true <= high, rule, low, high)


RULE_TEXT: dict[str, str] = {
    "precision": "a stated figure carries half a unit of its last stated digit",
    "approx": "'about' allows {tol:.0%} on top of the figure's precision",
    "over": "'over' needs the true value above the figure",
    "under": "'under' needs the true value below the figure",
    "at_least": "'at least' needs the true value at or above the figure",
    "at_most": "'at most' needs the true value at or below the figure",
    "range": "a range holds when the true value lies inside it",
    "range+approx": "an approximate range allows {tol:.0%} beyond its ends",
}


def rule_text(rule: str, approx_tolerance: float = 0.10) -> str:
    """The rule's wording for an explanation."""
    return RULE_TEXT[rule].format(tol=approx_tolerance)


def suggestion(claim: Claim, true: float) -> str | None:
    """The claim's text with its figure replaced by the true value, rounded to the same
    last digit, or None when the figure is a bound, a range or written in words.

    >>> c = Claim("54 million people", 0, 17, 54e6, noun="people")
    >>> suggestion(c, 57931718)
    '58 million people'
    >>> suggestion(Claim("$3.5bn", 0, 6, 3.5e9, unit="USD"), 3.913e9)
    '$3.9bn'
    >>> suggestion(Claim("12,944 metric tons", 0, 18, 12944, unit="metric_ton"), 31000)
    '31,000 metric tons'
    """
    match = _NUMBER.search(claim.text)
    if (match is None or claim.high is not None or claim.bound not in ("exact", "approx")
            or not claim.value):
        return None
    token = match.group()
    written = float(token.replace(",", ""))
    if not written:
        return None
    scale = claim.value / written
    place = _place(token)
    rounded = round(true / scale / place) * place
    decimals = len(token.split(".")[1]) if "." in token else 0
    text = f"{rounded:,.{decimals}f}" if "," in token or rounded >= 10000 else (
        f"{rounded:.{decimals}f}")
    return claim.text[: match.start()] + text + claim.text[match.end():]
