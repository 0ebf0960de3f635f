"""Unit surfaces from quantulum3's unit and entity lexicon, read from its package data.

quantulum3 is a run-time dependency for its data only: its parser (slow, and quadratic on
documents) is never called. From each unit of `units.json` (and the English additions in
`_lang/en_US/units.json`) we take its full names with their plurals, its symbols (in their
own case), and its SI-prefixed symbols where it lists prefixes ("GHz", "kW"), under a pint
name built from the unit's dimensions or its name ("square yard" -> "yard ** 2",
"megabit per second" -> "megabit / second", "light-year" -> "light_year"). Our own files
override it: units.tsv and units_cased.tsv win, and units_skip.tsv names what is never taken
(ordinary words such as "second" or "pound", symbols such as "at", names pint does not read).
tests/test_lexicon.py checks that these parts still load and that every name taken parses.
"""

from __future__ import annotations

import json
from importlib.resources import files
from typing import Any

# The parts of quantulum3's package data that are read.
UNIT_FILES = ("units.json", "_lang/en_US/units.json")
ENTITY_FILE = "entities.json"
_KINDS = {"temperature": "temp", "currency": "", "dimensionless": ""}  # "": not taken
_MIN_WORD = 4  # shorter names are symbols in all but name ("bar", "mil")

Surfaces = dict[str, tuple[str, str]]  # surface -> (pint unit, kind)


def read_units() -> dict[str, dict[str, Any]]:
    """quantulum3's units by name, the English additions last."""
    units: dict[str, dict[str, Any]] = {}
    for name in UNIT_FILES:
        for unit, entry in json.loads(
                files("quantulum3").joinpath(name).read_text("utf-8")).items():
            units.setdefault(unit, {}).update(entry)
    return units


def symbols_by_pint() -> dict[str, list[str]]:
    """quantulum3's symbols of each unit without dimensions, by the unit's pint name
    ("second": ["s", "sec"], "sievert": ["Sv"])."""
    found: dict[str, list[str]] = {}
    for name, unit in read_units().items():
        if not unit.get("dimensions"):
            found.setdefault(pint_name(name, unit), []).extend(unit.get("symbols", []))
    return found


def read_entities() -> dict[str, Any]:
    """quantulum3's entities (the kinds of quantity its units measure) by name."""
    data: dict[str, Any] = json.loads(
        files("quantulum3").joinpath(ENTITY_FILE).read_text("utf-8"))
    return data


def pint_name(name: str, unit: dict[str, Any]) -> str:
    """The pint expression for a quantulum3 unit: its dimensions, else its name."""
    dims = unit.get("dimensions") or []
    if len(dims) > 1 or (dims and dims[0]["power"] != 1):
        up = [_part(d) for d in dims if d["power"] > 0]
        down = [_part({**d, "power": -d["power"]}) for d in dims if d["power"] < 0]
        return " / ".join([" * ".join(up) or "1", *down])
    return _pint_word(name)


def _part(dim: dict[str, Any]) -> str:
    word = _pint_word(dim["base"])
    return word if dim["power"] == 1 else f"{word} ** {dim['power']}"


def _pint_word(name: str) -> str:
    """ "light-year" -> "light_year"; "kilometre" -> "kilometer", pint's canonical spelling."""
    word = name.replace(" ", "_").replace("-", "_")
    return word.replace("metre", "meter").replace("litre", "liter")


def surfaces(skip: dict[str, frozenset[str]], prefixes: dict[str, str],
             renamed: dict[str, str] | None = None) -> tuple[Surfaces, Surfaces, Surfaces]:
    """(names in lower case, symbols in their own case) with their pint unit and kind, and
    the names of one word that skip keeps out as ordinary words ("bar", "knots") with their
    pint unit and quantulum3 entity ("pressure"); a name of one word with an SI prefix's
    name before it, where quantulum3 lists that prefix for it ("millibar", "kilopascals"),
    is a unit name too, whether or not the bare name is skipped; skip
    holds what is never taken, by kind ("word", "symbol", "pint"); renamed gives pint's
    name for a unit whose quantulum3 name pint does not read ("mibibyte" -> "mebibyte",
    units_renamed.tsv)."""
    renamed = renamed or {}
    guarded: Surfaces = {}
    words_skip, symbols_skip = skip.get("word", frozenset()), skip.get("symbol", frozenset())
    words: Surfaces = {}
    symbols: Surfaces = {}
    for name, unit in read_units().items():
        kind = _KINDS.get(unit.get("entity", ""), "unit")
        target = pint_name(name, unit)
        target = renamed.get(target, target)
        if not kind or target in skip.get("pint", ()):
            continue  # a currency, a count, or a unit pint does not read
        for surface in {name, *unit.get("surfaces", [])}:
            low = " ".join(surface.lower().split())
            if not low.replace(" ", "").replace("-", "").isalpha():
                continue
            for form in (low, plural(low)):
                if form not in words_skip and len(low) >= _MIN_WORD:
                    words.setdefault(form, (target, kind))
                elif " " not in form:  # "bar", "knots": ours to read where named
                    guarded.setdefault(form, (target, unit.get("entity", "")))
        for prefix, pname in prefixes.items():  # "millibars", "kilopascal": unmistakable
            if prefix in unit.get("prefixes", []) and name.isalpha() and target.isidentifier():
                for form in (pname + name.lower(), plural(pname + name.lower())):
                    words.setdefault(form, (pname + target, kind))
        for symbol in unit.get("symbols", []):
            _add_symbol(symbols, words, symbol, target, kind, symbols_skip)
            if len(symbol) > 1 or symbol.isupper():
                for prefix, pname in prefixes.items():
                    if prefix in unit.get("prefixes", []):
                        _add_symbol(symbols, words, prefix + symbol, pname + target, kind,
                                    symbols_skip)
    return words, symbols, guarded


_IRREGULAR = {"foot": "feet", "inch": "inches", "century": "centuries", "henry": "henries"}


def plural(name: str) -> str:
    """ "cubic yards", "megabits per second", "light-years", "acre feet", "cubic feet per
    second"; "hertz" stays."""
    words = name.split(" ")
    k = words.index("per") - 1 if "per" in words[1:] else len(words) - 1
    if words[k] in _IRREGULAR:
        words[k] = _IRREGULAR[words[k]]
    elif not words[k].endswith(("s", "z")):
        words[k] += "s"
    return " ".join(words)


def _add_symbol(symbols: Surfaces, words: Surfaces, symbol: str, target: str, kind: str,
                skip: frozenset[str]) -> None:
    """A symbol of two letters or more; a spaced one ("sq yd") goes with the names."""
    if len(symbol) < 2 or symbol in skip:
        return
    if " " in symbol:
        words.setdefault(" ".join(symbol.lower().split()), (target, kind))
    elif symbol.isalpha():  # one token as the tokenizer splits ("km/h" is three)
        symbols.setdefault(symbol, (target, kind))


def entities_by_surface() -> dict[str, frozenset[str]]:
    """The quantities a unit surface measures, by the surface in lower case (quantulum3's
    entities of the units that list it as a name or a symbol: "t" -> {"mass"}, "deg" ->
    {"angle"}, "b" -> {"area", "data storage"}); currencies and counts are left out."""
    found: dict[str, set[str]] = {}
    for name, unit in read_units().items():
        entity = unit.get("entity", "")
        if not _KINDS.get(entity, "unit"):
            continue
        for surface in {name, *unit.get("surfaces", []), *unit.get("symbols", [])}:
            low = " ".join(surface.lower().split())
            for form in {low, plural(low)}:
                found.setdefault(form, set()).add(entity)
    return {surface: frozenset(entities) for surface, entities in found.items()}


def currency_surfaces(units: Surfaces, skip: frozenset[str]) -> dict[str, tuple[str, str]]:
    """quantulum3's currencies with an ISO code, surface -> (code, position): names and their
    plurals after the figure ("swiss francs", "south korean won", "reais"), its three-letter
    codes on either side ("CHF 12", "12 CHF") and its signs ("R$5" before the figure, "₽" on
    either side). Names that are unit names too ("pound") and signs that are letters only
    ("Fr", "R") are not taken: what such a surface means is ours to decide (currencies.tsv);
    skip names words that are money in news far less often than not ("real")."""
    found: dict[str, tuple[str, str]] = {}
    for unit in read_units().values():
        code = unit.get("currency_code")
        if unit.get("entity") != "currency" or not code:
            continue
        for surface in unit.get("surfaces", []):
            low = " ".join(surface.lower().split())
            for form in (low, plural(low)):
                if form not in units and form not in skip and len(form) >= _MIN_WORD:
                    found.setdefault(form, (code, "post"))
        for symbol in unit.get("symbols", []):
            if symbol == code:
                found.setdefault(symbol.lower(), (code, "both"))
            elif not symbol.isalpha() and not symbol.isspace():  # "R$5", "₽900", "900₽"
                found.setdefault(symbol.lower(), (code, "pre" if "$" in symbol else "both"))
    return found


def length_units(prefixes: dict[str, str]) -> frozenset[str]:
    """The pint names of quantulum3's lengths and their SI-prefixed forms ("meter",
    "kilometer", "light_year")."""
    names: set[str] = set()
    for name, unit in read_units().items():
        if unit.get("entity") == "length" and not unit.get("dimensions"):
            base = pint_name(name, unit)
            names.add(base)
            names.update(p + base for s, p in prefixes.items() if s in unit.get("prefixes", []))
    return frozenset(names)
