"""Readings of the words around a figure that hold only in a shape of the sentence.

Currency names that are ordinary words too ("won", "dong", "try"): a lower-case one after a
figure is its currency when the figure is priced (a verb of money, context.tsv role money,
before it: "costs 1,500 won", "pay about 3,500 dong"), a rate follows ("3,500 dong per
kilowatt hour"), or the same word closes both ends of a range or a pair ("rise by 150 won
to 1,550 won"), a shape a verb after a figure never takes. Else it stays a word ("the
side that won"). And "within" a length "of" a place bounds a distance (near_place).
"""

from __future__ import annotations

from factcheck.extract.tokens import Token
from factcheck.lexicon import Lexicon

_PAIR_LINKS = frozenset({"to", "and", "or", "-", "–"})
_RATE_LINKS = frozenset({"per", "a", "an", "each"})
_LOOK_BACK = 3  # tokens of bound and scale words between the verb of money and the figure


def money_word_fits(toks: list[Token], j: int, lex: Lexicon) -> bool:
    """Is the guarded currency word at tokens[j] (after its figure) the currency here?"""
    word = toks[j].low
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    if nxt is not None and nxt.low in _RATE_LINKS and j + 2 < len(toks) and (
            toks[j + 2].kind == "word") and (nxt.low == "per" or toks[j + 2].low in lex.units):
        return True  # "dong per kilowatt hour", "60 won a litre"
    if _paired(toks, j, word):
        return True
    first = _figure_start(toks, j, lex)
    return any(lex.has_role(tok.low, "money")
               for tok in toks[max(0, first - 1 - _LOOK_BACK) : first])


def _paired(toks: list[Token], j: int, word: str) -> bool:
    """ "150 won to 1,550 won": the word after both ends of a range or pair."""
    ahead = toks[j + 1 : j + 5]
    if len(ahead) >= 3 and ahead[0].low in _PAIR_LINKS and ahead[1].kind == "num" and (
            any(tok.low == word for tok in ahead[2:4])):
        return True
    back = toks[max(0, j - 5) : j]
    return any(tok.low in _PAIR_LINKS for tok in back[-3:]) and any(
        tok.low == word for tok in back[:-2])


def _figure_start(toks: list[Token], j: int, lex: Lexicon) -> int:
    """The index of the first token of the figure that ends before tokens[j]: its digits and
    the scale word written after them ("45 million")."""
    k = j
    if k > 0 and toks[k - 1].low in lex.scales:
        k -= 1
    while k > 0 and toks[k - 1].kind == "num":
        k -= 1
    return k


def near_place(toks: list[Token], first: int, end: int, unit: str, lex: Lexicon) -> bool:
    """ "passed within 1,200 kilometres of the moon", "came within 30 metres of the
    runway": "within" before a length and "of" after it bound the distance from a place
    from above (at_most). A duration stays a deadline ("repay within 28 days"), and a
    length without "of" is no distance from anything ("within 5 km")."""
    return first > 0 and toks[first - 1].low == "within" and unit in lex.length_units and (
        end < len(toks) and toks[end].low == "of")
