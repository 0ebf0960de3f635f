"""Unit names with an SI prefix written as a word: "millisieverts", "megajoule", "gigawatt
hours", "kilobecquerels". quantulum3 lists few prefixed names; the prefixes themselves are
SI's (si_prefixes.tsv, as pint names) and the units that take them are si_units.tsv's, so
every such name is built, not listed. tests/test_lexicon.py checks that pint reads each."""

from __future__ import annotations

_IRREGULAR_PLURALS = frozenset({"hertz", "siemens", "lux"})


def prefixed_names(units: list[list[str]], prefixes: list[str]) -> dict[str, tuple[str, str]]:
    """Surface (lower case, singular and plural) -> (pint name, "unit") for every prefix word
    and unit name: "kilo" + "watt hour" -> "kilowatt hour(s)": "kilowatt_hour"."""
    found: dict[str, tuple[str, str]] = {}
    for name, pint_name in units:
        for prefix in prefixes:
            surface = prefix + name
            entry = (prefix + pint_name, "unit")
            found.setdefault(surface, entry)
            if name.split()[-1] not in _IRREGULAR_PLURALS:
                found.setdefault(surface + "s", entry)
    return found


MICRO_SIGNS = ("\u00b5", "\u03bc")  # the micro sign and the Greek mu


def micro_symbols(units: list[list[str]], symbols: dict[str, list[str]]
                  ) -> dict[str, tuple[str, str]]:
    """Case-sensitive symbol -> (pint name, "unit") for the micro prefix on the symbols
    quantulum3 gives each unit of si_units.tsv ("µs", "µJ", "µSv", "μT"): a micro sign is
    never part of a word, so no such symbol can be misread; symbols with other prefixes
    ("PS", "TV", "Ms") are words and names in news and are not built."""
    found: dict[str, tuple[str, str]] = {}
    for _name, pint_name in units:
        for symbol in symbols.get(pint_name, []):
            if symbol.isalpha() and symbol.isascii():
                for sign in MICRO_SIGNS:
                    found.setdefault(sign + symbol, ("micro" + pint_name, "unit"))
    return found


_MIN_PREFIXED = 2  # letters of a symbol that takes every SI prefix ("mol" -> "nmol", "Gy" -> "mGy")
_WORD_PREFIXES = frozenset({"E", "P"})  # "Elm", "Pamp": with these, symbols spell names


def prefixed_symbols(units: list[list[str]], symbols: dict[str, list[str]],
                     prefixes: dict[str, str], skip: frozenset[str]
                     ) -> dict[str, tuple[str, str]]:
    """Case-sensitive symbol -> (pint name, "unit") for the SI prefixes (si_prefixes.tsv) on
    the symbols of two letters or more that quantulum3 gives the units of si_units.tsv
    ("nmol", "mmol", "kBq", "mGy"); quantulum3 lists prefixes for few of them. Left out:
    one-letter symbols (with a prefix they spell words and names: "Ms", "PS", "TV"), the
    symbols skip names (units_skip.tsv: "amp", "sec", "gm") and the prefixes E and P
    ("12 Elm Street" is no exalumen)."""
    found: dict[str, tuple[str, str]] = {}
    for _name, pint_name in units:
        for symbol in symbols.get(pint_name, []):
            if len(symbol) < _MIN_PREFIXED or not (symbol.isalpha() and symbol.isascii()) or (
                    symbol in skip):
                continue
            for sign, prefix in prefixes.items():
                if sign not in _WORD_PREFIXES:
                    found.setdefault(sign + symbol, (prefix + pint_name, "unit"))
    return found
