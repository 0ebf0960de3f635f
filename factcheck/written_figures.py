"""A figure written the way the claim writes it: its digits, separators and decimals.

The half of factcheck.figures that reads a claim's text, for the surface style of a
suggestion and for the place of its last written digit (rounding), never for a value or a
precision: "80 miles" with 62.137 is "62 miles", "£1,942" rounds its units.

>>> like(Claim("80 miles", 0, 8, 80, unit="mile"), 62.137)
'62 miles'
"""

from __future__ import annotations

import math
import re

from factcheck.figures import _SINGULAR, amount, fmt
from factcheck.model import Claim

_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?|\.\d+")


def as_noun(claim: Claim) -> str:
    """The claim's text as a noun phrase for a message, when the draft writes the figure
    as an adjective of its unit ("a 15-year wait", "the 70-year-old lido"): "15 years",
    "70 years old"; else the text as written.

    >>> as_noun(Claim("15-year", 0, 7, 15.0, unit="year"))
    '15 years'
    >>> as_noun(Claim("70-year-old", 0, 11, 70.0, unit="year"))
    '70 years old'
    >>> as_noun(Claim("1-year", 0, 6, 1.0, unit="year"))
    '1 year'
    """
    unit = claim.unit.split()[0] if claim.unit else ""
    found = re.fullmatch(rf"(.*?)-({re.escape(unit)})(-old)?", claim.text) if unit else None
    if found is None:
        return claim.text
    plural = "" if claim.value == 1 else "s"
    return f"{found.group(1)} {unit}{plural}" + (" old" if found.group(3) else "")


def _written(claim: Claim, last: bool = False) -> re.Match[str] | None:
    found = list(_DIGITS.finditer(claim.text))
    return (found[-1] if last else found[0]) if found else None


def is_words(claim: Claim) -> bool:
    """Is the claim's figure written in words ("half", "doubled")?"""
    return _written(claim) is None


def decimals(claim: Claim) -> int:
    """How many decimals the claim's figure is written with ("1.88 m": 2)."""
    match = _written(claim)
    token = match.group() if match else ""
    return len(token.split(".")[1]) if "." in token else 0


def like(claim: Claim, x: float) -> str:
    """x written the way the claim writes its figure (same decimals and separators), in
    the claim's text: the suggestion for a corrected figure.

    >>> like(Claim("80 miles", 0, 8, 80, unit="mile"), 62.137)
    '62 miles'
    >>> like(Claim("a 20% rise", 0, 10, 20, unit="percent"), 25)
    'a 25% rise'
    """
    match = _written(claim)
    if match is None:  # "eight miles": the figure in digits, with its unit
        return amount(x, claim.unit) if claim.unit and not claim.change else fmt(x)
    if in_two_units(claim):
        return _like_compound(claim, x)
    token = match.group()
    places = decimals(claim)
    shown = float(token.replace(",", "")) or 1.0
    scale = claim.value / shown if claim.value else 1.0
    if places == 0 and abs(x / scale) < 10 and abs(x / scale - round(x / scale)) >= 0.05:
        places = 1  # "1.5%", not "1%": keep two significant digits
    text = f"{x / scale:,.{places}f}" if "," in token else f"{x / scale:.{places}f}"
    return _replaced(claim.text, match, text)


_PLURAL = {one: many for many, one in _SINGULAR.items()}
_NEXT_WORD = re.compile(r"(\s*)([a-z]+(?: [a-z]+)?)")  # not "a 2-mile walk": an adjective


def _replaced(text: str, match: re.Match[str], figure: str) -> str:
    """text with its figure (match) replaced by figure, and the unit word right after it
    made to agree: "1 mile" for "2 miles" with 1, "3 miles" for "1 mile" with 3 (not
    an adjective: "a 2-mile walk").

    >>> _replaced("2 miles", _DIGITS.search("2 miles"), "1")
    '1 mile'
    >>> _replaced("1.6km (1 mile)", list(_DIGITS.finditer("1.6km (1 mile)"))[1], "2")
    '1.6km (2 miles)'
    """
    rest = text[match.end():]
    word = _NEXT_WORD.match(rest)
    if word is not None:
        one = figure.lstrip("-−") == "1"
        for said in (word.group(2), word.group(2).split()[0]):
            swapped = (_SINGULAR if one else _PLURAL).get(said)
            if swapped is not None:
                rest = word.group(1) + swapped + rest[word.start(2) + len(said):]
                break
    return text[: match.start()] + figure + rest


def in_two_units(claim: Claim) -> bool:
    """Is the claim written as a measure in two units ("6ft 2in", read as 74 inches)?
    Then a message shows it as the draft wrote it. The extractor's reading, from the
    lexicon's compounds (factcheck.extract.precision.is_compound)."""
    from factcheck.extract.precision import is_compound

    return is_compound(claim)


def _like_compound(claim: Claim, x: float) -> str:
    """x (in the claim's smaller unit) written in the claim's two units, as the draft
    writes them: "5lb 8oz" with 53 ounces is "3lb 5oz" (lexicon compounds.tsv).

    >>> _like_compound(Claim("5lb 8oz", 0, 7, 88.0, unit="ounce"), 52.9)
    '3lb 5oz'
    """
    from factcheck.lexicon import lexicon

    big, small = _DIGITS.finditer(claim.text)
    places = len(small.group().split(".")[1]) if "." in small.group() else 0
    per = next(p for (_, unit), p in lexicon().compounds.items() if unit == claim.unit
               and float(big.group().replace(",", "")) * p
               + float(small.group().replace(",", "")) == claim.value)
    total = round(x, places)
    larger = int(total // per)
    rest = f"{total - larger * per:.{places}f}"
    return (claim.text[: big.start()] + str(larger) + claim.text[big.end() : small.start()]
            + rest + claim.text[small.end():])


_SUGGESTED_CAP = 0.05  # a suggestion is itself within 5% of the true value (DESIGN, Tolerance)


def suggestion(claim: Claim, true: float) -> str | None:
    """The claim's text with its figure replaced by the true value, rounded to the same
    last digit (one more, up to three decimals, while that rounding is more than 5% off the
    true value), or None when the figure is a bound, a range or written in words.

    >>> suggestion(Claim("54 million people", 0, 17, 54e6, noun="people"), 57931718)
    '58 million people'
    >>> suggestion(Claim("$3.5bn", 0, 6, 3.5e9, unit="USD"), 3.913e9)
    '$3.9bn'
    >>> suggestion(Claim("12,944 metric tons", 0, 18, 12944, unit="metric_ton"), 31000)
    '31,000 metric tons'
    """
    match = _written(claim)
    if (match is None or claim.high is not None or claim.bound not in ("exact", "approx")
            or not claim.value):
        return None
    token = match.group()
    shown = float(token.replace(",", ""))
    if not shown:
        return None
    scale = claim.value / shown
    place = _place(token)
    rounded = round(true / scale / place) * place
    places = len(token.split(".")[1]) if "." in token else 0
    while abs(rounded * scale - true) > _SUGGESTED_CAP * abs(true) and places < 3:
        place /= 10  # "$3 trillion" for 2.179: "$2.2 trillion", not "$2 trillion", which is
        places = max(places, round(-math.log10(place)))  # itself 9% off
        rounded = round(true / scale / place) * place
    text = f"{rounded:,.{places}f}" if "," in token or rounded >= 10000 else (
        f"{rounded:.{places}f}")
    return _replaced(claim.text, match, text)


def rounding(claim: Claim, last: bool = False) -> float:
    """How far a level's true value may lie from its figure when it only rounds its last
    written digit, zeros included, in the claim's unit: half that digit's place ("1,942"
    0.5, "£1.2m" £0.05m, "18,100" 0.5, "120" 0.5), never more than Claim.precision. A
    figure in words gives its precision. Change arithmetic reads it: "from £1,850 to
    £1,942" is a rise of 4.92% to 5.03%, so "4.99%" is right, while "from 120 to 150"
    stays a 25% rise, not 16% to 35% (the digit rule's ±5 for "120"). For a range, last
    reads its upper end ("1,850 to 1,942": 0.5), else its lower one.

    >>> rounding(Claim("£1,942", 0, 6, 1942, unit="GBP", precision=0.5))
    0.5
    >>> rounding(Claim("120 jobs", 0, 8, 120, noun="jobs", precision=5))
    0.5
    """
    match = _written(claim, last and claim.high is not None)
    value = claim.high if last and claim.high is not None else claim.value
    if match is None or not value:
        return claim.precision
    token = match.group()
    shown = float(token.replace(",", ""))
    if not shown:
        return claim.precision
    return min(claim.precision, abs(value / shown) * _place(token, zeros=True) / 2)


def _place(token: str, zeros: bool = False) -> float:
    """The place of the token's last digit: its last decimal, else its units, else (from
    1,000 up, unless zeros counts trailing zeros as written digits) its last non-zero
    digit ("18,100": 100)."""
    digits = token.replace(",", "")
    if "." in digits:
        return 10.0 ** -len(digits.split(".")[1])
    if zeros or int(digits) < 1000:
        return 1.0
    stripped = digits.rstrip("0")
    return 10.0 ** (len(digits) - len(stripped)) if stripped else 1.0
