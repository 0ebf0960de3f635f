"""Gapped lists after a count: "Labour won 22 seats, the Conservatives 15 and the Greens 6".

The verb and the noun of the first count are understood in each later item ("Holder N"),
so each item's number is a figure, not a name with digits (factcheck.extract.filters).
"""

from __future__ import annotations

from factcheck.extract.holders import AFTER_ITEM, LINKS, MAX_ITEMS, holder_start, names_model
from factcheck.extract.tokens import Token
from factcheck.lexicon import Lexicon

_MAX_GAP_NOUN = 2  # "the Greens 14 seats", "Plaid 2 council seats"


def gapped_item(toks: list[Token], i: int, lex: Lexicon) -> bool:
    """Is the number at tokens[i] an item of a gapped list after a count: "Labour won 22,
    the Conservatives 15 and the Greens 6", "Labour won 22 seats, the Conservatives 15
    seats and the Greens 14 seats"? Each item is a capitalised holder and a whole number
    (with or without a noun) after a link; walking back item by item must reach a first
    count whose holder is no capitalised name (the verb: "won 22"). Such items are figures,
    not names with digits; the noun, if the item has none, is the first count's."""
    k = i
    for _ in range(MAX_ITEMS):
        if _item_end(toks, k, lex) is None:
            return False
        h = holder_start(toks, k, lex)
        if h is None or h == 0 or names_model(toks[h], lex):
            return False
        if not toks[h + 1 if toks[h].low == "the" else h].text[:1].isupper():
            return k != i  # the verb of the first count: "won 22"
        p = h - 1
        if toks[p].text not in LINKS and toks[p].low not in LINKS:
            return False
        if toks[p].low == "and" and p > 0 and toks[p - 1].text == ",":
            p -= 1
        before = _count_ending(toks, p, lex)
        if before is None:
            return False
        k = before
    return False


def _item_end(toks: list[Token], k: int, lex: Lexicon) -> int | None:
    """The index after a gapped item's whole number at k and its noun, if the link or end
    of the list follows; else None."""
    tok = toks[k]
    if tok.kind != "num" or not tok.text.replace(",", "").isdigit() or (
            len(tok.text) == 4 and tok.text.isdigit()):  # "in 2019," is a year
        return None
    end = k + 1
    while end < len(toks) and end - k <= _MAX_GAP_NOUN and toks[end].kind == "word" and (
            toks[end].text.islower() and toks[end].low not in LINKS
            and toks[end].low not in lex.stopwords):
        end += 1
    if end < len(toks) and toks[end].text not in AFTER_ITEM and toks[end].low not in AFTER_ITEM:
        return None
    return end


def _count_ending(toks: list[Token], link: int, lex: Lexicon) -> int | None:
    """The index of the whole number whose item ends right before the link."""
    for k in range(link - 1, max(-1, link - 2 - _MAX_GAP_NOUN), -1):
        if toks[k].kind == "num":
            return k if _item_end(toks, k, lex) == link else None
    return None
