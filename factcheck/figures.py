"""How figures, units and money are written in messages, explanations and suggestions.

The one writer: checks, verdicts and renderers all use it, and only it reads a claim's
text, for the surface style of a suggestion (its digits, separators and decimals), never
for a value or a precision. Figures are written as an editor writes them: thousands
separated, the unit as the draft wrote it, otherwise its usual abbreviation, money with
its symbol and scale word, "1 tonne" but "2 tonnes".

>>> amount(1295.0, "square_kilometer")
'1,295 km²'
>>> amount(41.2e9, "USD"), amount(2.5e6, "EUR"), amount(950, "GBP")
('$41.2 billion', '€2.5 million', '£950')
>>> amount(1, "metric_ton"), amount(62.1, "mile"), amount(45, "degree_Celsius")
('1 tonne', '62.1 miles', '45 °C')
>>> amount(20, "percent"), amount(0.4, "percentage_point")
('20%', '0.4 percentage points')
>>> amount(80, "mile", written="miles"), amount(1, "kilometer", written="kilometres")
('80 miles', '1 kilometre')
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable

from factcheck.model import Claim

_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?|\.\d+")

SHOWN: dict[str, str] = {
    "kilometer": "km", "mile": "miles", "meter": "m", "centimeter": "cm", "millimeter": "mm",
    "inch": "inches", "foot": "feet", "yard": "yards", "degree_Celsius": "°C",
    "degree_Fahrenheit": "°F", "metric_ton": "tonnes", "tonne": "tonnes", "short_ton": "short tons",
    "long_ton": "long tons", "pound": "pounds", "kilogram": "kg", "gram": "g",
    "ounce": "ounces", "hectare": "hectares", "acre": "acres", "liter": "litres",
    "gallon": "gallons", "mile / hour": "mph", "kilometer / hour": "km/h",
    "square_kilometer": "km²", "square_mile": "sq miles", "square_meter": "m²",
    "square_foot": "sq ft", "percent": "%", "percentage_point": "percentage points",
    "basis_point": "basis points", "year": "years", "oil_barrel": "barrels",
    "cubic_meter": "m³", "week": "weeks", "month": "months", "day": "days",
}
_SINGULAR = {
    "miles": "mile", "inches": "inch", "feet": "foot", "yards": "yard", "tonnes": "tonne",
    "short tons": "short ton", "long tons": "long ton", "pounds": "pound",
    "ounces": "ounce", "hectares": "hectare", "acres": "acre", "litres": "litre",
    "gallons": "gallon", "sq miles": "sq mile", "percentage points": "percentage point",
    "basis points": "basis point", "years": "year", "barrels": "barrel",
    "kilometres": "kilometre", "kilometers": "kilometer", "metres": "metre",
    "meters": "meter", "tons": "ton", "people": "person", "weeks": "week",
    "months": "month", "days": "day",
}
SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "INR": "₹", "CNY": "CN¥"}
_SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))


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


def fmt(x: float, digits: int = 1) -> str:
    """A number with thousands separators and at most ``digits`` decimals.

    >>> fmt(62.137), fmt(1500.0), fmt(0.25, 2)
    ('62.1', '1,500', '0.25')
    """
    if abs(x - round(x)) < 10**-digits / 2:
        return f"{round(x):,}"
    return f"{x:,.{digits}f}".rstrip("0").rstrip(".")


def article(number: str) -> str:
    """ "a" or "an" before a number as it is read aloud: an 8%, an 11.5%, an 18,000,
    an 11 million; a 110%, a 1,800.

    >>> [article(n) for n in ("8.2", "11.5", "18,000", "110", "1,800", "5")]
    ['an', 'an', 'an', 'a', 'a', 'a']
    """
    leading = number.lstrip("-−").split(",")[0].split(".")[0]
    return "an" if leading.startswith("8") or leading in ("11", "18") else "a"


def unit_name(unit: str) -> str:
    """A unit as a message shows it: "km", "miles", "°C", "km²"; "" for a count."""
    if unit in SHOWN:
        return SHOWN[unit]
    if not unit:
        return ""
    if unit.replace("_", "").isalpha() and len(unit) > 3:
        return unit.replace("_", " ")  # a word, as the table or pint names it ("years")
    try:
        from factcheck.units import registry

        return f"{registry().Unit(unit):~P}"
    except Exception:
        return unit.replace("_", " ")


def _figure(x: float, digits: int | None) -> str:
    return number(x) if digits is None else fmt(x, digits)


def scaled(x: float, digits: int | None = 1) -> str:
    """A figure of a million or more with its scale word, as money and news copy write it
    ("3.2 billion", not "3,170,064,628.3"); a smaller one in full.

    >>> scaled(3_170_064_628.3), scaled(-2.5e6), scaled(12_345.6)
    ('3.2 billion', '-2.5 million', '12,345.6')
    """
    sign, size = ("-" if x < 0 else ""), abs(x)
    word = ""
    for factor, name in _SCALES:
        if size >= factor:
            size, word = size / factor, f" {name}"
            break
    return f"{sign}{_figure(size, digits)}{word}"


def money(x: float, code: str, digits: int | None = 1) -> str:
    """Money with its symbol and scale word: "$41.2 billion", "€950", "-£3 million".

    >>> money(3.5e9, "USD"), money(41_234_000, "INR"), money(12.5, "CHF")
    ('$3.5 billion', '₹41.2 million', '12.5 CHF')
    """
    figure = scaled(x, digits)
    sign = "-" if figure.startswith("-") else ""
    figure = figure.removeprefix("-")
    symbol = SYMBOLS.get(code)
    return f"{sign}{symbol}{figure}" if symbol else f"{sign}{figure} {code}"


def is_money(unit: str) -> bool:
    """Whether a unit is an amount of money ("GBP"), not a rate of it ("USD / oil_barrel")."""
    from factcheck.units import is_currency

    return bool(unit) and "/" not in unit and is_currency(unit)


def amount(x: float, unit: str, digits: int | None = 1, written: str | None = None) -> str:
    """x with its unit: "62.1 miles", "45 °C", "20%", "$1.5 million", "1 tonne".

    digits: at most that many decimals (None: six significant digits, as number() writes);
    written: the unit word as the draft wrote it ("kilometres"), instead of the
    abbreviation. A unit pint reads in another spelling ("km**2") is written by its
    symbol ("km²").
    """
    if is_money(unit):
        return money(x, unit, digits)
    name = written or unit_name(unit)
    figure = _figure(x, digits) if digits is None else scaled(x, digits)
    if name == "%":
        return f"{figure}%"
    if figure.lstrip("-") == "1":
        name = _SINGULAR.get(name, name)
    return f"{figure} {name}".strip()


def band_writer(unit: str) -> Callable[[float], str] | None:
    """How a band's ends are written for a claim in unit (tolerance.Decision.band): money
    as money ("£97.25 million", never "97,250,000"), else None (plain numbers)."""
    if is_money(unit):
        return lambda x: money(x, unit, None)
    return None


def apart(x: float, y: float, unit: str, digits: int = 1) -> tuple[str, str]:
    """x and y with their unit, with the fewest decimals (at least ``digits``) that show
    them apart (places_apart): a message never reads "£1.2 billion, not £1.2 billion".

    >>> apart(1.19e9, 1.24e9, "GBP")
    ('£1.19 billion', '£1.24 billion')
    >>> apart(62.137, 80.0, "mile")
    ('62.1 miles', '80 miles')
    """
    places = places_apart(x, y, unit, digits)
    return amount(x, unit, places), amount(y, unit, places)


def places_apart(x: float, y: float, unit: str, digits: int = 1) -> int:
    """The fewest decimals, at least ``digits`` and at most five more, at which x and y
    are written differently with their unit (the terms of a sum are written with them too)."""
    for places in range(digits, digits + 5):
        if amount(x, unit, places) != amount(y, unit, places):
            return places
    return digits + 5


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
