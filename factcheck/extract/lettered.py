"""Digits that a capital letter touching them makes a name or a label: "a 4K screen", "the
Tynedale 10K", "7-Eleven", "Form 10-K", "study 2B", "block 12M"; "$40K", "50K copies",
"2B users" stay amounts (extract/labels.py reads the other labels)."""

from __future__ import annotations

from factcheck.extract.qualifiers import currency_before
from factcheck.extract.tokens import Token
from factcheck.extract.units import unit_after
from factcheck.lexicon import Lexicon

_DASHES = "-‐–—"


def lettered_name(toks: list[Token], i: int, lex: Lexicon) -> bool:
    """Digits that letters make a name: a capital K touching them with no currency before,
    on one digit or with nothing counted after it ("a 4K screen", "the Tynedale 10K": a
    format or a race; "$40K" is money, "50K copies" a count), or a capitalised
    word that is no unit tied to them by a hyphen ("7-Eleven stores", "part 7741-B", "Form
    10-K", "filter 2210-C"; "a 12-V battery" has volts)."""
    tok = toks[i]
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if nxt is None or nxt.start != tok.end or not tok.text.isdigit():
        return False
    if nxt.text == "K":
        after = toks[i + 2] if i + 2 < len(toks) else None
        if currency_before(toks, i, lex)[0] is not None or (
                after is not None and after.kind == "word" and after.start == nxt.end):
            return False
        return len(tok.text) == 1 or not plural_follows(after, lex)  # "50K copies" counts
    if _lettered_label(toks, i, lex):
        return True
    if nxt.text not in _DASHES or i + 2 >= len(toks):
        return False
    word = toks[i + 2]
    if word.kind != "word" or word.start != nxt.end or not word.text[:1].isupper():
        return False
    unit = unit_after(toks, i + 1, lex, tok.end)  # "part 2210-C": a code, not degrees
    return unit is None or (unit.kind == "temp" and len(word.text) == 1)


def _lettered_label(toks: list[Token], i: int, lex: Lexicon) -> bool:
    """ "led study 2B", "cohort 3M", "flat 14B": a capital scale letter touching a whole number
    (scales.tsv, attached), with no currency before and nothing counted after, that follows a
    noun naming the series (a word that is no stop word, verb of change or of money, bound or
    scale, nor ends as a verb or a plural does) is a label's letter, not billions; "$2B",
    "2B users", "reached 2B", "manages 40B" stay amounts."""
    tok, nxt, prev = toks[i], toks[i + 1], toks[i - 1]
    scale = lex.scales.get(nxt.low)
    if scale is None or scale[1] != "attached" or not nxt.text.isupper() or len(
            nxt.text.rstrip("'’s")) != 1 or not tok.text.isdigit():
        return False
    after = toks[i + 2] if i + 2 < len(toks) else None
    if currency_before(toks, i, lex)[0] is not None or plural_follows(after, lex):
        return False
    low = prev.low
    return prev.kind == "word" and prev.end < tok.start and low not in lex.stopwords and not (
        low in lex.change_verbs or lex.has_role(low, "money") or low in lex.bounds
        or low in lex.scales or low in lex.numbers or low.endswith(_NOT_A_SERIES_NOUN))


# endings of a word before "2B" that make it a verb or a plural, not the series' noun
_NOT_A_SERIES_NOUN = ("ed", "ing", "s")


def plural_follows(tok: Token | None, lex: Lexicon) -> bool:
    """Is tok a plural noun in lower case ("copies", "people"), what a count counts?"""
    return tok is not None and tok.kind == "word" and tok.text.islower() and (
        tok.low not in lex.stopwords) and (tok.low.endswith("s") or tok.low in ("people",))
