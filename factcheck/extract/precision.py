"""The precision a figure's writing states (Claim.precision): the extractor's last stage.

DESIGN.md, "Tolerance", is the rule, read here once for every check and verdict:

- In digits: half a unit of the last non-zero digit ("12,944" ±0.5, "166,000" ±500,
  "$3.5bn" ±$0.05bn, "100" ±50), never more than 5% of the figure ("100 km" ±5, "20%" ±1,
  "80,000" ±4,000). Decimals carry half a unit of their last decimal ("3.50" ±0.005).
- A plain count (unit "", a noun) written without trailing zeros, in digits or in words
  ("19 medals", "six gold"), is exact: precision 0. Other whole numbers in words follow the
  digit rule ("a million" ±50,000).
- Fractions and multipliers in words ("half", "a third", "doubled", "halved") carry 10% of
  their value, and so do fractions in figures ("¾ of a mile", "4 1/2 feet", "a 3/8-inch
  gap") and shares written as one fraction ("eight out of 10", "two in every five"): one
  fraction, one tolerance, however it is written. "180 ± 5 cm" carries its
  stated ±5. A range's ends take the finer of the two.

The precision is in the claim's unit, fully scaled, like Claim.value.
"""

from __future__ import annotations

import math
import re
from functools import cache

from factcheck.extract.ratios import RATIO, is_ratio
from factcheck.extract.tokens import ungroup
from factcheck.lexicon import lexicon
from factcheck.model import Claim

_DIGITS = re.compile(r"\d{1,3}(?:[ \u2009\u202f\u00a0]\d{3})+(?![\d.])|\d[\d,]*(?:\.\d+)?|\.\d+")
_PLUS_MINUS = re.compile(r"(?:±|\+/-|\+-|plus\s*(?:or|/)\s*minus)\s*(\d[\d,]*(?:\.\d+)?)",
                         re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+")
_FRACTION = re.compile(r"[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞]|\d[/⁄]\d"  # "¾", "3½", "4 1/2", "3⁄4"
                       r"|\S\s+(?:in|out\s+of)(?:\s+(?:every|each))?\s+(?:an?\s+)?\S+$",
                       re.IGNORECASE)  # a share as a fraction: "eight out of 10", "one in five"
CAP = 0.05  # never more than 5% of the figure
WORDS = 0.10  # fractions and multipliers in words


def with_precision(claim: Claim) -> Claim:
    """The claim with its precision set: the extractor's last stage, on claims it has just
    made and no other stage has seen. The field is set in place, as dataclasses do in a
    frozen record's __post_init__: a copy cost more than reading the precision itself."""
    object.__setattr__(claim, "precision", precision_of(claim))
    return claim


def precision_of(claim: Claim) -> float:
    """The precision the claim's writing states, in its unit (DESIGN.md, "Tolerance").

    >>> from factcheck.model import Claim as C
    >>> precision_of(C("12,944 metric tons", 0, 0, 12944, unit="metric_ton"))
    0.5
    >>> precision_of(C("166,000", 0, 0, 166000)), precision_of(C("100 km", 0, 0, 100, unit="km"))
    (500.0, 5.0)
    >>> precision_of(C("$3.5bn", 0, 0, 3.5e9, unit="USD"))
    50000000.0
    >>> precision_of(C("$300,000", 0, 0, 3e5, unit="USD")), precision_of(C("20%", 0, 0, 20))
    (15000.0, 1.0)
    >>> precision_of(C("19 medals", 0, 0, 19, noun="medals"))
    0.0
    >>> precision_of(C("down half", 0, 0, 50, unit="percent", change="decrease"))
    5.0
    >>> precision_of(C("doubled", 0, 0, 2, multiplier=True))
    0.2
    >>> precision_of(C("halved", 0, 0, 50, unit="percent", change="decrease"))
    5.0
    >>> round(precision_of(C("¾ of a mile", 0, 0, 0.75, unit="mile")), 6)
    0.075
    >>> precision_of(C("eight out of 10", 0, 0, 80, unit="percent"))
    8.0
    >>> precision_of(C("a million", 0, 0, 1e6)), precision_of(C("3.50 m", 0, 0, 3.5, unit="m"))
    (50000.0, 0.005)
    """
    if is_ratio(claim):
        return _ratio_precision(claim)
    tokens = _tokens(claim)
    if claim.multiplier or _FRACTION.search(claim.text) or (
            not tokens and _has_fraction_word(claim.text)):
        return WORDS * max(abs(claim.value), abs(claim.high or 0.0))
    if not tokens:
        return _words_precision(claim)
    stated = _PLUS_MINUS.search(claim.text) if len(tokens) > 1 else None
    if stated is not None:
        return float(stated.group(1).replace(",", "")) * _scale(claim.value, tokens[0])
    if _is_compound(claim, tokens):
        return _capped(claim.value, 0.5 * _place(tokens[-1]))
    low = _digits_precision(claim, claim.value, tokens[0], _scale(claim.value, tokens[0]))
    if claim.high is None or len(tokens) < 2:
        return low
    scale = _scale(claim.high, tokens[-1])
    return min(low, _digits_precision(claim, claim.high, tokens[-1], scale))


_GROUPING = str.maketrans("", "", ", \u00a0\u2009\u202f")


def _clean(token: str) -> str:
    """The digits of a token, without grouping commas and spaces ("2 450 000"); a decimal
    comma as a point ("5,50 €")."""
    return ungroup(token) if "," in token else token.translate(_GROUPING)


def _scale(value: float, token: str) -> float:
    """The factor between the written digits and the value ("$3.5bn": 1e9, "45 cents": 0.01)."""
    shown = float(token)
    return abs(value / shown) if shown and value else 1.0


def _place(token: str) -> float:
    """One unit of the last non-zero digit ("12,944" 1, "166,000" 1000, "3.50" 0.01)."""
    if "." in token:
        return 10.0 ** -len(token.split(".")[1])
    stripped = token.rstrip("0")
    return 10.0 ** (len(token) - len(stripped)) if stripped else 1.0


def _ratio_precision(claim: Claim) -> float:
    """A ratio's precision ("1:600", extract.ratios): its second term's, relative (half a
    unit of its last non-zero digit, at most CAP of it), times the ratio's value."""
    match = RATIO.fullmatch(claim.text)
    assert match is not None
    term = (match.group("c") or match.group("b")).replace(",", "")
    relative = min(0.5 * _place(term) / float(term), CAP)
    return relative * max(abs(claim.value), abs(claim.high or 0.0))


def _capped(value: float, half_unit: float) -> float:
    return min(half_unit, CAP * abs(value))


def _is_count(claim: Claim) -> bool:
    return claim.unit == "" and claim.noun is not None and not claim.multiplier


def _digits_precision(claim: Claim, value: float, token: str, scale: float) -> float:
    if _is_count(claim) and "." not in token and not token.endswith("0") and scale == 1.0:
        return 0.0  # "19 medals": a count is exact
    return _capped(value, 0.5 * _place(token) * scale)


def _words_precision(claim: Claim) -> float:
    """A whole number in words: exact for a count without trailing zeros ("six gold"), else
    the digit rule on its value ("a million" ±50,000)."""
    value = claim.value
    if not math.isfinite(value):
        return 0.0
    whole = abs(value) == int(abs(value))
    if _is_count(claim) and whole and int(abs(value)) % 10:
        return 0.0
    token = str(int(abs(value))) if whole else repr(abs(value))
    return _capped(value, 0.5 * _place(token))


def _has_fraction_word(text: str) -> bool:
    """A fraction or a multiplier in words ("a third", "halved": 50 percent)."""
    kinds = _number_kinds()
    return any(kinds.get(word.lower()) in ("fraction", "multiplier")
               for word in _WORD.findall(text))


@cache
def _number_kinds() -> dict[str, str]:
    return {word: kind for word, (_, kind) in lexicon().numbers.items()}


def _tokens(claim: Claim) -> list[str]:
    """The digit groups written in the claim, without grouping characters."""
    return [t for t in (_clean(m.group()) for m in _DIGITS.finditer(claim.text)) if t]


def is_compound(claim: Claim) -> bool:
    """Is the claim a measure written in two units ("6ft 2in", read as 74 inches)?"""
    return _is_compound(claim, _tokens(claim))


def _is_compound(claim: Claim, tokens: list[str]) -> bool:
    """A measure in two units ("6 feet 2 inches" is 74 inches; lexicon compounds.tsv)."""
    if claim.high is not None or len(tokens) != 2:
        return False
    big, small = float(tokens[0]), float(tokens[1])
    return any(unit == claim.unit and big * per + small == claim.value
               for (_, unit), per in lexicon().compounds.items())
