"""Arithmetic shared by the checks: stated precision, intervals a wording allows, formatting.

A figure carries half a unit of its last written digit ("12,944" +-0.5, "$3.5bn"
+-$0.05bn). loose=True reads trailing zeros of a whole number as rounding ("166,000"
+-500), for figures stated independently of each other. A number written in words
("half", "doubled") allows 10%, like "about".
"""

from __future__ import annotations

import math
import re
from functools import cache
from types import ModuleType

from factcheck.lexicon import lexicon
from factcheck.model import Claim, Finding

_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
WORD_TOLERANCE = 0.10
INF = math.inf


def written(claim: Claim, last: bool = False) -> str | None:
    """The digits of the claim's figure as written ("12,944"), or None for words."""
    found = _NUMBER.findall(claim.text)
    if not found:
        return None
    return str(found[-1] if last else found[0])


def band(claim: Claim, loose: bool = False, last: bool = False) -> float:
    """Half a unit of the last written digit, in the claim's scaled units."""
    digits = written(claim, last)
    value = claim.high if last and claim.high is not None else claim.value
    if digits is None:
        return abs(value) * WORD_TOLERANCE
    if is_compound(claim):  # "6 feet 2 inches" is 74 inches to half an inch
        digits = written(claim, last=True) or digits
        value, loose = float(digits.replace(",", "")), False
    plain = digits.replace(",", "")
    shown = float(plain)
    if "." in plain:
        step = 10.0 ** -len(plain.split(".")[1])
    else:
        zeros = len(plain) - len(plain.rstrip("0")) if loose and shown else 0
        step = 10.0**zeros
    scale = abs(value) / shown if shown else 1.0
    return step / 2 * scale


def is_compound(claim: Claim) -> bool:
    """Is the claim a measure in two units ("6 feet 2 inches", 74 inches; combine.py)?"""
    if claim.unit not in _smaller_units() or claim.high is not None:
        return False  # most claims: band() asks for every figure a check compares
    found = _NUMBER.findall(claim.text)
    if len(found) != 2:
        return False
    big, small = (float(f.replace(",", "")) for f in found)
    return any(unit == claim.unit and big * per + small == claim.value
               for (_, unit), per in lexicon().compounds.items())


@cache
def _smaller_units() -> frozenset[str]:
    """The units a measure in two units is read in (inch, ounce, minute ...)."""
    return frozenset(unit for _, unit in lexicon().compounds)


def interval(claim: Claim, approx: float, loose: bool = False) -> tuple[float, float]:
    """The values the claim's wording allows, from its precision and its bound."""
    low = claim.value
    high = claim.high if claim.high is not None else claim.value
    b_low, b_high = band(claim, loose), band(claim, loose, last=True)
    if claim.bound == "approx":
        b_low, b_high = max(b_low, abs(low) * approx), max(b_high, abs(high) * approx)
    lo, hi = low - b_low, high + b_high
    if claim.bound in ("over", "at_least"):
        hi = INF
    elif claim.bound in ("under", "at_most"):
        lo = -INF
    return lo, hi


def is_word(claim: Claim) -> bool:
    return written(claim) is None


def fmt(x: float, digits: int = 1) -> str:
    """A number for a message: thousands separators, at most `digits` decimals."""
    if abs(x - round(x)) < 10**-digits / 2:
        return f"{round(x):,}"
    return f"{x:,.{digits}f}".rstrip("0").rstrip(".")


def decimals(claim: Claim) -> int:
    """How many decimals the claim's figure is written with ("1.88 m": 2)."""
    digits = written(claim) or ""
    return len(digits.split(".")[1]) if "." in digits else 0


def like(claim: Claim, x: float) -> str:
    """x written the way the claim writes its figure (same decimals and separators)."""
    digits = written(claim)
    if digits is None:
        return fmt(x)
    places = decimals(claim)
    shown = float(digits.replace(",", "")) or 1.0
    scale = claim.value / shown if claim.value else 1.0
    if places == 0 and abs(x / scale) < 10 and abs(x / scale - round(x / scale)) >= 0.05:
        places = 1  # "1.5%", not "1%": keep two significant digits
    text = f"{x / scale:,.{places}f}" if "," in digits else f"{x / scale:.{places}f}"
    return claim.text.replace(digits, text, 1)


def finding(check: ModuleType, claim: Claim, message: str, suggestion: str | None = None
            ) -> Finding:
    """A Finding of the check module's code, name and severity, at the claim."""
    return Finding(
        code=check.CODE, name=check.NAME, severity=check.SEVERITY, message=message,
        start=claim.start, end=claim.end, claim=claim, suggestion=suggestion,
    )


_SHOWN = {
    "kilometer": "km", "mile": "miles", "meter": "m", "centimeter": "cm", "millimeter": "mm",
    "inch": "inches", "foot": "feet", "yard": "yards", "degree_Celsius": "°C",
    "degree_Fahrenheit": "°F", "metric_ton": "tonnes", "short_ton": "short tons",
    "long_ton": "long tons", "pound": "pounds", "kilogram": "kg", "gram": "g",
    "ounce": "ounces", "hectare": "hectares", "acre": "acres", "liter": "litres",
    "gallon": "gallons", "mile / hour": "mph", "kilometer / hour": "km/h",
    "square_kilometer": "sq km", "square_mile": "sq miles", "percent": "%",
    "percentage_point": "percentage points", "year": "years",
}
_ONE = {  # the names above for exactly one: "1 tonne", not "1 tonnes"
    "miles": "mile", "inches": "inch", "feet": "foot", "yards": "yard", "tonnes": "tonne",
    "short tons": "short ton", "long tons": "long ton", "pounds": "pound",
    "ounces": "ounce", "hectares": "hectare", "acres": "acre", "litres": "litre",
    "gallons": "gallon", "sq miles": "sq mile", "percentage points": "percentage point",
    "years": "year",
}


def unit_name(unit: str) -> str:
    """A unit as a message shows it: "km", "miles", "°C"."""
    if unit in _SHOWN:
        return _SHOWN[unit]
    try:
        from factcheck.units import registry

        return f"{registry().Unit(unit):~}"
    except Exception:
        return unit.replace("_", " ")


def amount(x: float, unit: str, digits: int = 1) -> str:
    """x with its unit for a message: "62.1 miles", "45 °C", "20%", "$1.5m"."""
    name = unit_name(unit)
    if name == "%":
        return f"{fmt(x, digits)}%"
    if unit == "USD":
        return f"${fmt(x, digits)}"
    number = fmt(x, digits)
    return f"{number} {_ONE.get(name, name) if number.lstrip('-') == '1' else name}".strip()
