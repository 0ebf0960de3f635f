"""The sides of an area or a volume written with a times sign: "30 x 40 m", "1920x1080
pixels", "a 3×4 metre tent", "2.5 x 1.2 x 0.3 metres". Each side is a figure in the unit
written after the last side; a chain with no
unit after it ("a 4x4 vehicle", "3x3 basketball") names no measure and stays as it was."""

from __future__ import annotations

from factcheck.extract.numbers import Number
from factcheck.extract.tokens import Token, parse_number, times_sign_at
from factcheck.extract.units import Suffix, unit_after
from factcheck.lexicon import Lexicon

_MAX_SIDES = 3  # length, width and height


def dimension_unit(toks: list[Token], k: int, lex: Lexicon) -> Suffix | None:
    """The unit after the last side of a chain of sides whose first times sign is toks[k]
    ("x 40 m" -> metres), or None: no chain, or no unit (nor a currency: "3 x $5" is a sum)
    after its last side."""
    for _ in range(_MAX_SIDES):
        if not times_sign_at(toks, k):
            return None
        k += 2
        suffix = unit_after(toks, k, lex, toks[k - 1].end)
        if suffix is not None:
            return suffix if suffix.kind == "unit" else None
    return None


def later_side(toks: list[Token], i: int, lex: Lexicon) -> bool:
    """Is the figure toks[i] a later side of a chain with a unit ("x1080 pixels"), which a
    letter touching it does not make a code?"""
    if not times_sign_at(toks, i - 1):
        return False
    return unit_after(toks, i + 1, lex, toks[i].end) is not None or (
        dimension_unit(toks, i + 1, lex) is not None)


def first_side(toks: list[Token], i: int, lex: Lexicon) -> Number | None:
    """The figure toks[i] as the first side of a chain with a unit, when the letter x touches
    it ("1920x1080 pixels", "a 3x4 metre tent"; a figure with a letter glued to it is
    otherwise no figure: "4K", "a 4x4")."""
    if dimension_unit(toks, i + 1, lex) is None:
        return None
    return Number(parse_number(toks[i].text), i, i + 1, "digits")
