"""A count that opens its clause, followed by a verb: "Of the 900 patients, 212 reported
headaches", "in the trial, 38 developed a rash", "and 45 tested positive". The word after the
count is the clause's verb (a past form: "-ed" or a verb of context.tsv), so it is no part of
what the count counts; the count takes the noun of the whole or figure before it, or none.

Read by shape: the count follows a clause boundary (the start, a comma, a semicolon, a colon,
a dash, "and", "but", "while", "that", or one of these and a quantifier: "another"), and the
past form is followed by more words that carry no verb of their own ("620 registered players
took part" has its verb after the noun: there "registered" describes the players)."""

from __future__ import annotations

from factcheck.extract.tokens import Token
from factcheck.lexicon import Lexicon

_BOUNDARIES = frozenset({",", ";", ":", "—", "–", "(", "and", "but", "while", "whereas",
                         "that"})
_PAST_MIN = 5  # "-ed" forms shorter than this are words of their own ("red", "bed", "shed")
_REACH = 4  # words after the past form searched for a verb of the clause


def verb_follows_count(toks: list[Token], first: int, end: int, lex: Lexicon) -> bool:
    """Is the word at tokens[end], after a count that opens its clause at tokens[first], the
    clause's verb rather than a modifier of a noun?"""
    if end + 1 >= len(toks) or not _past_form(toks[end], lex):
        return False
    k = first - 1
    if k >= 0 and lex.has_role(toks[k].low, "quantifier"):
        k -= 1  # "and another 45 tested positive"
    if k >= 0 and not (toks[k].low in _BOUNDARIES or toks[k].text in _BOUNDARIES):
        return False
    nxt = toks[end + 1]
    if nxt.kind != "word":
        return False  # "... and 96 delayed." names no object: the past form may be the noun
    for tok in toks[end + 1 : end + 1 + _REACH]:
        if tok.kind != "word":
            break
        if _past_form(tok, lex) or lex.has_role(tok.low, "verb"):
            return False  # "620 registered players took part"
    return True


def _past_form(tok: Token, lex: Lexicon) -> bool:
    low = tok.low
    return tok.kind == "word" and tok.text.islower() and (
        (low.endswith("ed") and len(low) >= _PAST_MIN) or lex.has_role(low, "verb"))
