"""Currency names from ISO 4217 (pycountry's `currencies`, a dependency already): what
quantulum3's lexicon and currencies.tsv lack ("20 Egyptian pounds", "45 million cedis").

Each name and its plural after the figure, and the head word of a name ("cedi" of "Ghana
Cedi") when no other ISO currency ends in it ("pound", "dollar", "franc" name several) and
it is no unit name; units_skip.tsv rows with role currency name words that are money in
news far less often than not ("mark" of "Convertible Mark"). Funds, units of account and
names with brackets ("Unidad de Fomento", "US Dollar (Next day)") and the X codes (metals,
drawing rights, test codes: "gold", "silver") are left out."""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.lexicon.quantulum import Surfaces, plural

_MIN_WORD = 4  # shorter heads ("sol", "lek", "won") are words of English as often as money


def currency_surfaces(units: Surfaces, skip: frozenset[str]) -> dict[str, tuple[str, str]]:
    """surface (lower case) -> (ISO code, "post") for every ISO 4217 name, its plural and
    its head word where that is one currency's alone."""
    names = dict(_names())
    heads: dict[str, set[str]] = {}
    for name, code in names.items():
        heads.setdefault(name.split()[-1], set()).add(code)
    found: dict[str, tuple[str, str]] = {}
    for name, code in names.items():
        forms = [name, plural(name)] if " " in name or len(name) >= _MIN_WORD else []
        head = name.split()[-1]
        if " " in name and len(heads[head]) == 1 and len(head) >= _MIN_WORD:
            forms += [head, plural(head)]
        for form in forms:
            if form not in units and form not in skip:
                found.setdefault(form, (code, "post"))
    return found


def _names() -> Iterator[tuple[str, str]]:
    import pycountry

    for currency in pycountry.currencies:
        name = " ".join(str(currency.name).lower().replace("’", "'").split())
        code = str(currency.alpha_3)
        if not any(ch in name for ch in "()") and not name.startswith(("unidad", "wir ")) and (
                not code.startswith("X")):
            yield name, code
