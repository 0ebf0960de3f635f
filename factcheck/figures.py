"""How figures, units and money are written in messages, explanations and suggestions.

The one writer: checks, verdicts and renderers all use it, and only it (with
factcheck.written_figures) reads a claim's text, for the surface style of a suggestion (its
digits, separators and decimals), never for a value or a precision. Figures are written as
an editor writes them: thousands separated, the unit as the draft wrote it, otherwise its
usual abbreviation, money with its symbol and scale word, "1 tonne" but "2 tonnes".

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
from collections.abc import Callable

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
