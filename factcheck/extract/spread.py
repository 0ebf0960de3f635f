""""Over" between two quantities: "168 flats over 14 floors", "140 bands over four stages",
"5,000 fish over 3 km of river". After a figure and the noun it counts, "over" spreads that
quantity across the next one, a count of places or a stretch of a stuff; it is no bound
("more than 14 floors"). A property of the counted things stays a bound: "lorries over 4.9m
tall", "2,000 voters over 65", "300 vehicles over 7.5 tonnes"."""

from __future__ import annotations

from dataclasses import replace

from factcheck.extract.nouns import noun_after
from factcheck.extract.qualifiers import Prefix
from factcheck.extract.tokens import Token
from factcheck.lexicon import Lexicon

_LOOKBACK = 4  # tokens from "over" back to the figure whose counted noun ends there


def over_as_across(toks: list[Token], prefix: Prefix, end: int, unit: str, noun: str | None,
                   lex: Lexicon) -> Prefix:
    """The prefix of the figure after "over" at prefix.first, exact and without "over" when
    the words before "over" are a figure and the noun it counts and the figure after it
    counts things (a noun, no unit) or is a length of a stuff ("3 km of river")."""
    k = prefix.first
    if prefix.bound != "over" or toks[k].low != "over" or k < 2:
        return prefix
    counted = not unit and noun is not None
    stretch = unit in lex.length_units and end < len(toks) and toks[end].low == "of"
    if not (counted or stretch) or toks[k - 1].kind != "word" or not toks[k - 1].text.islower():
        return prefix
    for j in range(k - 2, max(-1, k - 2 - _LOOKBACK), -1):
        if toks[j].kind == "num" or toks[j].low in lex.numbers:
            if noun_after(toks, j + 1, lex)[1] == k:
                return replace(prefix, first=k + 1, bound="exact")
            return prefix
    return prefix
