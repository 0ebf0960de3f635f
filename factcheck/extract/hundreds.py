"""A rate over a hundred of a length: "8.4 litres per 100 km", "16 kWh/100 km", "30 kWh
per 100 miles" (fuel and energy use, as carmakers and regulators state them).

pint reads no number inside a unit, so the hundred is a unit of its own in
units/newsroom.txt ("hundred_kilometer = 100 * kilometer"); the figure stays as written
(8.4, with the precision of its digits) and the "100 km" is no claim of its own. A
restatement in miles per gallon is the reciprocal kind of quantity: FC201 leaves it alone
rather than call it another kind.
"""

from __future__ import annotations

from factcheck.extract.tokens import Token
from factcheck.lexicon import Lexicon

# the lengths a hundred of which units/newsroom.txt names ("hundred_kilometer")
_HUNDRED_OF = frozenset({"kilometer", "mile"})


def per_hundred(toks: list[Token], j: int, lex: Lexicon) -> tuple[str, int] | None:
    """ "per 100 km", "/100km", "per 100 miles": a rate over a hundred of a length (fuel
    use, "8.4 litres per 100 km"; energy use, "16 kWh/100 km"), as the newsroom unit of
    that hundred ("hundred_kilometer") and the index after it; the figure stays as
    written. None for any other count ("per 100,000 people")."""
    if j + 1 >= len(toks) or toks[j].text != "100":
        return None
    tok = toks[j + 1]
    entry = lex.cased_units.get(tok.text) or lex.units.get(tok.low)
    if entry is None or entry[0] not in _HUNDRED_OF:
        return None
    return f"hundred_{entry[0]}", j + 2

