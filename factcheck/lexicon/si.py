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
