"""The words before a figure: currency sign, bound ("more than") and change ("rose by")."""

from __future__ import annotations

from dataclasses import dataclass

from factcheck.extract.tokens import Token, joined
from factcheck.lexicon import Lexicon

_CLAUSE_END = frozenset(".,;:!?()[]\"“”")
_LEVEL_WORDS = frozenset({"to", "from", "at", "of", "than", "reach", "reached", "hit", "was",
                          "is", "totalled", "totaled", "total"})
_SKIP_TO_VERB = 6


@dataclass(frozen=True, slots=True)
class Prefix:
    first: int  # index of the first token of the claim's surface
    currency: str | None
    bound: str
    change: str | None
    negative: bool = False


def currency_before(toks: list[Token], i: int, lex: Lexicon) -> tuple[str | None, int]:
    """An ISO code for the sign or code just before tokens[i] ("$", "US$", "Rs", "USD")."""
    if i == 0 or toks[i - 1].low not in lex.currency_ends:
        return None, i
    for width in (3, 2, 1):
        j = i - width
        if j < 0:
            continue
        surface = joined(toks, j, i)
        entry = lex.currencies.get(surface)
        if entry and entry[1] in ("pre", "both") and toks[i - 1].end + 1 >= toks[i].start:
            if width > 1 or toks[j].kind != "word" or _word_is_currency(toks, j, lex):
                return entry[0], j
    return None, i


def _word_is_currency(toks: list[Token], j: int, lex: Lexicon) -> bool:
    """ "USD 5m", "Rs 450 crore": a currency word before a number (upper case or Rs)."""
    tok = toks[j]
    if tok.text in GUARDED_PREFIXES:
        return guarded_currency(toks, j + 1, lex)
    return tok.text.isupper() or tok.low in ("rs", "rm")


# Prefixes that are money only before a figure that shows a decimal point, a thousands
# comma or a scale word: "PS2.7m" (the £ of wire copy passed through ASCII, not the PS5
# console), "R5,000" (South African rand, not R2-D2).
GUARDED_PREFIXES = frozenset({"PS", "R"})


def guarded_currency(toks: list[Token], i: int, lex: Lexicon) -> bool:
    """Is tokens[i] a figure of money after a guarded prefix ("PS2.7m", "R5,000")?"""
    if i >= len(toks) or i == 0 or toks[i - 1].text not in GUARDED_PREFIXES:
        return False
    if toks[i].kind != "num" or toks[i - 1].end != toks[i].start:
        return False
    if "." in toks[i].text or "," in toks[i].text:
        return True
    return i + 1 < len(toks) and toks[i + 1].low in lex.scales


def bound_before(toks: list[Token], i: int, lex: Lexicon) -> tuple[str, int]:
    """The bound phrase ending just before tokens[i], and where it starts."""
    if i == 0 or toks[i - 1].low not in lex.bound_ends:
        return "exact", i
    for width in range(lex.max_bound_words, 0, -1):
        j = i - width
        if j < 0:
            continue
        bound = lex.bounds.get(joined(toks, j, i))
        if bound is not None:
            return bound, j
    return "exact", i


_SIGN_LEADS = frozenset({"at", "to", "of", "from", "was", "is", "be", "hit", "reached", "and",
                         "or", "by", "with", "minus", "negative", "a"})


def _negative_sign(toks: list[Token], i: int) -> int:
    """Tokens taken by a minus before tokens[i]: "minus 5", "minus-130", "$-50.8bn", "-5"."""
    if i > 0 and toks[i - 1].low in ("minus", "negative"):
        return 1
    if i > 0 and toks[i - 1].text in "-−" and toks[i - 1].end == toks[i].start:
        before = toks[i - 2] if i > 1 else None
        if before is not None and before.kind == "word" and before.end == toks[i - 1].start and (
            before.low not in ("minus", "negative")
        ):
            return 0  # a hyphen, not a minus: "0-to-60", "200,000 to-260,000"
        if before is None or before.text in "$€£¥(" or before.low in _SIGN_LEADS:
            return 2 if before is not None and before.low in ("minus", "negative") else 1
    return 0


def read_prefix(toks: list[Token], i: int, lex: Lexicon) -> Prefix:
    """Currency, bound and change for the figure starting at tokens[i]."""
    sign = _negative_sign(toks, i)
    i -= sign
    currency, first = currency_before(toks, i, lex)
    if currency is not None and not sign:
        sign = _negative_sign(toks, first)
        first -= sign
    bound, first = bound_before(toks, first, lex)
    if bound == "exact" and first > 0 and toks[first - 1].low in ("a", "an") and (
        currency is None
    ):
        b2, j = bound_before(toks, first - 1, lex)  # "about a third"
        if b2 != "exact":
            bound, first = b2, j
    change, first = change_before(toks, first, lex)
    return Prefix(first, currency, bound, change, sign > 0)


def change_before(toks: list[Token], i: int, lex: Lexicon) -> tuple[str | None, int]:
    """ "up 9%", "down half" (returned span grows), "rose 20%", "fell by 3,000" (it does not)."""
    if i == 0:
        return None, i
    prev = toks[i - 1]
    if prev.low in lex.change_adverbs and prev.low in ("up", "down"):
        if prev.low == "up" and i > 1 and toks[i - 2].low in lex.up_particle_verbs:
            return None, i  # "gave up 517 rushing yards", "make up 40% of sales"
        return lex.change_adverbs[prev.low], i - 1
    if prev.low in lex.change_verbs:
        return lex.change_verbs[prev.low], i
    if prev.low != "by":
        return None, i
    for k in range(i - 2, max(-1, i - 2 - _SKIP_TO_VERB), -1):
        tok = toks[k]
        if tok.text in _CLAUSE_END or tok.kind == "num" or tok.low in _LEVEL_WORDS:
            break
        direction = lex.change_verbs.get(tok.low) or lex.change_nouns.get(tok.low)
        if direction:
            return direction, i
    return None, i


def change_after(toks: list[Token], j: int, lex: Lexicon) -> str | None:
    """ "a 20% rise", "20% higher": a change word just after the figure's unit."""
    if j >= len(toks):
        return None
    tok = toks[j]
    if tok.low in lex.change_nouns:
        return lex.change_nouns[tok.low]
    if tok.low in ("higher", "lower", "more", "less"):
        return lex.change_adverbs[tok.low]
    return None


def change_of(toks: list[Token], i: int, lex: Lexicon) -> str | None:
    """ "a rise of 20%", "an increase of $3bn": a change noun and "of" before the figure."""
    if i >= 2 and toks[i - 1].low == "of":
        return lex.change_nouns.get(toks[i - 2].low)
    return None
