"""The direction of change the words around a figure give: a verb or adverb before it ("rose
20%", "up 9%", "fell by 3,000"), a change noun and "of" before it ("a rise of 20%"), a change
word or comparative after it ("a 20% rise", "20% higher"). The words are data: changes.tsv
(verb, noun, adverb). Moved from qualifiers.py unchanged."""

from __future__ import annotations

from factcheck.extract.tokens import Token
from factcheck.lexicon import Lexicon

_CLAUSE_END = frozenset(".,;:!?()[]\"“”")
# words before a figure that make it a level, not the size of a change
LEVEL_WORDS = frozenset({"to", "from", "at", "of", "than", "reach", "reached", "hit", "was",
                         "is", "were", "are", "be", "been", "stood", "remained", "totalled",
                         "totaled", "total"})
_SKIP_TO_VERB = 7


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
    if prev.low != "by" and not (prev.low == "in" and toks[i].low == "half"):
        return None, i  # "cut in half" reads as "cut by half"
    return _by_verb(toks, i, lex), i


_NOUN_LEADS = frozenset({"a", "an", "the", "its", "their", "his", "her", "our", "this"})


def _by_verb(toks: list[Token], i: int, lex: Lexicon) -> str | None:
    """The direction of a change "by" a figure (at tokens[i]): the verb of change before
    "by" ("fell by 3,000", "cut the risk of stroke by a quarter", "will go up by 4%"), which
    governs a change noun in its object ("cut tumour growth by 37%", "slashed the rise in
    rents by half": decreases); else that noun ("a rise in fares by 4%"). A change word
    after a determiner is a noun ("the rise"), as is a word changes.tsv has only as a noun
    ("growth")."""
    noun = None
    for k in range(i - 2, max(-1, i - 2 - _SKIP_TO_VERB), -1):
        tok = toks[k]
        if tok.text in _CLAUSE_END or tok.kind == "num" or tok.low in _BY_STOPS:
            break
        if tok.low in ("up", "down"):  # "will go up by 4%", "put the price up by 10p"
            return lex.change_adverbs.get(tok.low)
        verb = lex.change_verbs.get(tok.low)
        if verb and not (k > 0 and toks[k - 1].low in _NOUN_LEADS):
            return verb
        noun = noun or verb or lex.change_nouns.get(tok.low)
    return noun


# words that end the look back from "by" to its verb: the prepositions inside the verb's
# object ("cut the risk of stroke by", "the journey time to Leeds by") do not
_BY_STOPS = LEVEL_WORDS - {"of", "to", "from"}


def change_after(toks: list[Token], j: int, lex: Lexicon, unit: str = "") -> str | None:
    """ "a 20% rise", "20% higher", "90 fewer beds": a change word just after the figure's
    unit; a comparative of size, length, speed or price (changes.tsv role adverb) before no
    noun ("11 minutes longer than in 2022", "runs 11% faster"); "3.9% down on the month",
    "2.1% up": "up" or "down" after a share or a sum of money, unless "to" or "from" makes
    it a level reached ("20% up from"); "above" or "below" after a share ("36% above the
    109 mm recorded a year earlier", "12% below last year's"): a percent above or below
    something is a gap from it (changes.tsv role comparative), not a threshold as a bare
    "above 30C" is."""
    if j >= len(toks):
        return None
    tok = toks[j]
    if tok.low in lex.change_nouns:
        return lex.change_nouns[tok.low]
    if tok.low in ("higher", "lower", "more", "less", "fewer"):
        return lex.change_adverbs[tok.low]
    if tok.low in lex.change_adverbs and tok.low not in ("up", "down") and not _modifies(
            toks, j + 1, lex):
        return lex.change_adverbs[tok.low]  # "11 minutes longer than", "runs 11% faster"
    if tok.low in ("above", "below") and unit in _RELATIVE_UNITS:
        return "increase" if tok.low == "above" else "decrease"  # "63% above the 109 mm"
    if tok.low in ("up", "down") and (unit in _RELATIVE_UNITS or unit[:3].isupper()):
        nxt = toks[j + 1].low if j + 1 < len(toks) else ""
        return None if nxt in ("to", "until", "till") else lex.change_adverbs[tok.low]
    return None


_RELATIVE_UNITS = frozenset({"percent", "percentage_point", "basis_point"})


def _modifies(toks: list[Token], k: int, lex: Lexicon) -> bool:
    """Is the word at k a noun a comparative before it modifies ("12 longer routes"), so the
    comparative is an adjective of it and no difference of the figure?"""
    return k < len(toks) and toks[k].kind == "word" and toks[k].text.islower() and (
        toks[k].low not in lex.stopwords)


def change_of(toks: list[Token], i: int, lex: Lexicon, unit: str = "") -> str | None:
    """ "a rise of 20%", "an increase of $3bn": a change noun and "of" before the figure;
    not "a loss of 2.1 billion francs", an amount of money (changes.tsv, role amount), nor
    "a surge of 12 feet", a height of water (role height)."""
    if i >= 2 and toks[i - 1].low == "of":
        noun = toks[i - 2].low
        if unit[:3].isupper() and "amount" in lex.change_roles.get(noun, ()):
            return None
        if unit in lex.length_units and "height" in lex.change_roles.get(noun, ()):
            return None  # "a storm surge of 12 feet" is a height of water
        return lex.change_nouns.get(noun) or _plural_change_noun(noun, lex)
    return None


def _plural_change_noun(noun: str, lex: Lexicon) -> str | None:
    """ "two cuts of a quarter point", "rises of 3% a year": a plural of a change noun."""
    if not noun.endswith("s"):
        return None
    return lex.change_nouns.get(noun[:-1]) or (
        lex.change_nouns.get(noun[:-2]) if noun.endswith("es") else None)
