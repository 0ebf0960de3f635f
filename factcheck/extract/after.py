"""A bound written after the figure: "aged 65 and over", "$500 or more", "20 or fewer
staff", "5,000 people or more", "65+", "20 or so" (lexicon bounds_after.tsv).

The phrase stands right after the number ("20 or fewer staff": the noun comes after it) or
after the figure's unit or counted noun ("5,000 people or more"). It bounds the figure only
where it closes it: a phrase whose last word is a preposition ("and over", "or under") is
no bound when a figure or a noun phrase's article follows ("$2m and over the next decade",
"or under a new rule"); "+" only touching the digits and with no figure after it ("65+",
not "3+2"). A bound already written before the figure ("about 20 or so") stays.
"""

from __future__ import annotations

from factcheck.extract.tokens import Token, joined
from factcheck.lexicon import Lexicon

_MAX_WORDS = 2
_OPENS_PHRASE = frozenset({"the", "a", "an", "its", "their", "his", "her", "this", "that",
                           "these", "those", "our", "next", "last", "each", "every"})


def bound_after(toks: list[Token], k: int, lex: Lexicon) -> tuple[str, int] | None:
    """The bound written by the phrase at tokens[k] and the index after it, or None."""
    for width in range(_MAX_WORDS, 0, -1):
        end = k + width
        if end > len(toks):
            continue
        bound = lex.bounds_after.get(joined(toks, k, end))
        if bound is None or not _closes(toks, k, end, lex):
            continue
        return bound, end
    return None


def _closes(toks: list[Token], k: int, end: int, lex: Lexicon) -> bool:
    """Does the phrase tokens[k:end] close the figure before it?"""
    nxt = toks[end] if end < len(toks) else None
    if toks[k].text == "+":
        return k > 0 and toks[k - 1].end == toks[k].start and not (
            nxt is not None and nxt.kind == "num" and nxt.start == toks[k].end)
    if nxt is None or nxt.kind == "sym":
        return True
    return nxt.kind != "num" and nxt.low not in lex.numbers and nxt.low not in _OPENS_PHRASE
