"""Hyphenated compounds of words between a count and its noun ("60 intensive-care beds",
"14 so-called free schools", "300 two-bedroom flats"), read as one modifier of the noun
after them (factcheck.extract.nouns)."""

from __future__ import annotations

from factcheck.extract.tokens import Token
from factcheck.extract.units import unit_after
from factcheck.lexicon import Lexicon


def hyphen_joins(toks: list[Token], k: int) -> bool:
    """Is tokens[k] a hyphen glued between two tokens ("forty-four", "intensive-care")?"""
    return 0 < k < len(toks) - 1 and toks[k].text in "-‐" and (
        toks[k - 1].end == toks[k].start == toks[k + 1].start - 1)


def in_compound(toks: list[Token], k: int, start: int, lex: Lexicon) -> bool:
    """Is tokens[k] a part of a hyphenated compound of words that modifies the noun after
    it ("intensive-care", "well-paid", "two-bedroom"): a word glued to a hyphen and a word,
    that hyphen, or the word after it? Not a number word with a unit ("three-year"), which
    is a measure of its own."""
    tok = toks[k]
    if tok.text in "-‐":
        return k > start and hyphen_joins(toks, k) and toks[k - 1].kind == toks[
            k + 1].kind == "word"
    if tok.kind != "word":
        return False
    if k > start and hyphen_joins(toks, k - 1) and toks[k - 2].kind == "word":
        return True
    if not (k + 2 < len(toks) and hyphen_joins(toks, k + 1) and toks[k + 2].kind == "word"):
        return False
    return tok.low not in lex.numbers or unit_after(toks, k + 1, lex, tok.end) is None
