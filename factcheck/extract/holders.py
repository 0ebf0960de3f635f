"""Counts listed after their holders: "The council has 57 seats: Labour 29, Greens 4 and
independents 3", "the 100 seats split Democrats 51, Republicans 47 and independents 2".

In a list of two or more "Holder N" items, led by a verb of division (role division in
lexicon/context.tsv, optionally with "to", "between" or "among") right after a plural noun,
or by a colon or "were" (role list_lead) after a total of that noun, each N counts that
noun; auxiliaries between noun and lead (role lead_aux) are passed over, and an N above the
total is no part of it. The list shape and the counted noun decide, not the capital letter:
a name with a number outside such a list ("Boeing 737", "Route 66") stays a name, the name
and label words of the lexicon are read before this rule, and a list that holds one of them
is a list of names ("Pixel 8, Galaxy 9 and Xperia 5"). Items after a count with its noun
count that noun too, the verb understood ("Labour won 29 seats, the Greens 4 and Plaid 2").
"""

from __future__ import annotations

from factcheck.extract.labels import measure_follows
from factcheck.extract.nouns import noun_after
from factcheck.extract.tokens import Token
from factcheck.lexicon import Lexicon

LINKS = frozenset({",", ";", "and"})
AFTER_ITEM = frozenset({",", ";", "and", ".", ")"})
_LEAD_PARTICLES = frozenset({"to", "between", "among", "into"})
_MAX_HOLDER_WORDS = 3  # "Lib Dems", "Sinn Fein", "Alliance for Change"
_MAX_AUX = 3  # "have now been"
MAX_ITEMS = 12  # bounds the look back, so each number costs constant time


def holder_list_noun(toks: list[Token], i: int, lex: Lexicon) -> str | None:
    """The noun the number at tokens[i] counts when it ends a "Holder N" item of such a
    list, else None."""
    if not _item_number(toks, i, lex):
        return None
    k, items = i, 1
    while True:
        h = holder_start(toks, k, lex)
        if h is None or h == 0 or items > MAX_ITEMS or names_model(toks[h], lex):
            return None
        p = h - 1
        if toks[p].text not in LINKS and toks[p].low not in LINKS:
            break
        if toks[p].low == "and" and p > 0 and toks[p - 1].text == ",":
            p -= 1
        if p > 0 and not _item_number(toks, p - 1, lex):
            return _first_count(toks, p, lex)  # "Labour won 29 seats, the Greens 4"
        if p == 0:
            return None
        k, items = p - 1, items + 1
    counted = _counted_noun(toks, h - 1, lex)
    if counted is None or (items < 2 and not _item_follows(toks, i, lex)):
        return None
    noun, total = counted
    if total is not None and _value(toks[i]) > total:
        return None  # "the 3 phones: Pixel 8, ...": a part is never more than the whole
    return noun


_MAX_NOUN_WORDS = 3


def _first_count(toks: list[Token], link: int, lex: Lexicon) -> str | None:
    """The noun of a count that ends right before the link ("Labour won 29 seats, the
    Greens 4 and Plaid 2"): the items after it count what it counts, the verb understood."""
    for k in range(link - 2, max(-1, link - 2 - _MAX_NOUN_WORDS), -1):
        if toks[k].kind == "num" and _total(toks[k], lex) is not None:
            noun, end = noun_after(toks, k + 1, lex)
            return noun if end == link else None
    return None


def names_model(tok: Token, lex: Lexicon) -> bool:
    """ "Pixel 8, Galaxy 9 and Xperia 5": a holder that is a name or label word of the
    lexicon ("Boeing", "Nikkei") makes the list one of names."""
    return lex.has_role(tok.low, "name") or lex.has_role(tok.low, "label")


def _item_number(toks: list[Token], k: int, lex: Lexicon) -> bool:
    """A whole number in digits with no measure after it that ends a list item."""
    tok = toks[k]
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    return tok.kind == "num" and tok.text.replace(",", "").isdigit() and (
        nxt is None or nxt.text in AFTER_ITEM or nxt.low in AFTER_ITEM) and not (
        measure_follows(toks, k, lex))


def _holder_word(tok: Token, lex: Lexicon) -> bool:
    return tok.kind == "word" and tok.low not in lex.numbers and tok.low not in LINKS


def holder_start(toks: list[Token], k: int, lex: Lexicon) -> int | None:
    """The first token of the holder before the number at k: capitalised words ("Lib
    Dems"), or one word in lower case ("independents")."""
    if k == 0 or not _holder_word(toks[k - 1], lex):
        return None
    if not toks[k - 1].text[:1].isupper():
        h = k - 1 if toks[k - 1].low not in lex.stopwords else None
    else:
        h = k - 1
        while h > 0 and k - h < _MAX_HOLDER_WORDS and _holder_word(toks[h - 1], lex) and (
                toks[h - 1].text[:1].isupper()):
            h -= 1
    if h is not None and h > 0 and toks[h - 1].low == "the":
        h -= 1  # "the Greens 4"
    return h


def _item_follows(toks: list[Token], i: int, lex: Lexicon) -> bool:
    """Does another "Holder N" item follow the number at i ("Labour 29, Greens 4")?"""
    j = i + 1
    if j < len(toks) and toks[j].text == "," and j + 1 < len(toks) and toks[j + 1].low == "and":
        j += 1
    if j >= len(toks) or (toks[j].text not in LINKS and toks[j].low not in LINKS):
        return False
    k = j + 1
    while k < len(toks) and k - j <= _MAX_HOLDER_WORDS and _holder_word(toks[k], lex):
        k += 1
    return j + 1 < k < len(toks) and _item_number(toks, k, lex) and (
        holder_start(toks, k, lex) == j + 1) and not names_model(toks[j + 1], lex)


def _value(tok: Token) -> float:
    return float(tok.text.replace(",", ""))


def _counted_noun(toks: list[Token], lead: int, lex: Lexicon) -> tuple[str, float | None] | None:
    """The plural noun right before the list's lead, in lower case, and the total stated
    before it: a verb of division ("split", "went to", "are divided among") leads with or
    without a total, a colon or "were" only after one ("57 seats:")."""
    if toks[lead].low in _LEAD_PARTICLES and lead > 0:
        lead -= 1
    start = lead
    division = lex.has_role(toks[lead].low, "division")
    if toks[lead].text != ":" and not (division or lex.has_role(toks[lead].low, "list_lead")):
        return None
    if toks[lead].text != ":":
        while lead > 0 and start - lead < _MAX_AUX and lex.has_role(toks[lead - 1].low,
                                                                    "lead_aux"):
            lead -= 1  # "were split", "will go to", "have now been shared among"
    if lead == 0:
        return None
    noun = toks[lead - 1]
    low = noun.low
    if noun.kind != "word" or not noun.text.islower() or low in lex.stopwords or not (
            low.endswith("s") and not low.endswith("ss")):
        return None
    for k in (lead - 2, lead - 3):  # "57 seats:", "the 538 electoral votes:"
        total = _total(toks[k], lex) if k >= 0 else None
        if total is not None:
            phrase, end = noun_after(toks, k + 1, lex)
            return (phrase if phrase is not None and end == lead else low), total
        if k < 0 or not toks[k].text.islower() or toks[k].low in lex.stopwords:
            break
    return (low, None) if division else None


def _total(tok: Token, lex: Lexicon) -> float | None:
    """The total a whole number in digits or one number word states ("57", "eleven")."""
    if tok.kind == "num" and tok.text.replace(",", "").isdigit():
        return _value(tok)
    entry = lex.numbers.get(tok.low) if tok.kind == "word" else None
    return entry[0] if entry is not None and entry[1] in ("unit", "ten", "dozen") else None
