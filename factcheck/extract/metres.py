"""A letter m after a figure: metres or millions. "5m" is metres and "$2.5m" millions; the
words around the figure, money or a scale word nearby, and other lengths in the sentence
decide; "3 m high" and the metric side of a bracketed imperial length are metres."""

from __future__ import annotations

from factcheck.extract.tokens import Token
from factcheck.lexicon import Lexicon

_METRE_WORDS = frozenset({"tall", "high", "long", "wide", "deep", "away", "above", "below",
                          "thick", "sprint", "race", "hurdles", "freestyle", "metres", "from"})
_MILLION_WORDS = frozenset({"of", "in", "to", "for", "from", "a", "per", "worth", "more", "less"})
_IMPERIAL_LENGTHS = frozenset({"inch", "foot", "yard", "mile"})
FEET_MARKS = frozenset("'′’")  # 6'2": the marks after feet, then after inches
INCH_MARKS = frozenset('"″”')


def spaced_metres(toks: list[Token], j: int, lex: Lexicon) -> bool:
    """ "3 m high", "a 400 m race", "(1.88 m)": a letter m apart from its figure is metres
    before a measuring word or as the metric side of a bracketed imperial length."""
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    if nxt is not None and nxt.low in _METRE_WORDS:
        return True
    return bracketed_length(toks, j - 1, lex)


def bracketed_length(toks: list[Token], i: int, lex: Lexicon) -> bool:
    """Is the figure toks[i] (its unit next) alone in brackets after an imperial length,
    as in "6 feet 2 inches (1.88m)", "6'2\" (1.88 m)": its metric conversion?"""
    end = i + 2
    if i < 2 or end >= len(toks) or toks[i - 1].text != "(" or toks[end].text != ")":
        return False
    before = toks[i - 2]
    unit = lex.units.get(before.low)
    return (before.text in FEET_MARKS or before.text in INCH_MARKS  # 6'2" (1.88m)
            or (unit is not None and unit[0] in _IMPERIAL_LENGTHS))


def metre_not_million(toks: list[Token], j: int, lex: Lexicon) -> bool:
    """ "5m" is metres, "1.35m passengers" and "$2.5m" millions.

    Money or a verb of money before it ("raised 5m"), an upper-case M, a decimal figure or
    a plural noun after it make it millions; a whole number with a measuring word or
    nothing countable after it, metres, and so is any figure alone in brackets after an
    imperial length ("6ft 2in (1.88m)").
    """
    tok = toks[j]
    if tok.low != "m":
        return False
    if tok.text == "M":
        return False
    i = j - 1
    if i > 0 and (toks[i - 1].low in lex.currencies or toks[i - 1].text in "$€£¥₹"
                  or lex.has_role(toks[i - 1].low, "money")):
        return False  # "$5m", "raised 5m"
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    if (nxt is not None and nxt.low in _METRE_WORDS) or bracketed_length(toks, i, lex):
        return True
    if nxt is not None and nxt.low in _MILLION_WORDS:
        return False
    if _money_or_millions_nearby(toks, i, lex):
        return False
    if (nxt is None or nxt.kind != "word" or nxt.low in lex.stopwords) and (
            _length_in_sentence(toks, i, lex)):
        return True  # "61mm of rain, and the river rose 1.7m": the sentence measures lengths
    if "." in toks[i].text:
        return False
    if nxt is not None and nxt.kind == "word" and nxt.low not in lex.stopwords:
        if nxt.text.islower() and len(nxt.text) > 2 and nxt.low in lex.units:
            return False  # "2m tonnes", "5m barrels": a unit after it, so "m" scales it
        return not (nxt.low.endswith("s") and nxt.low not in lex.units)
    return True


_LENGTH_REACH = 25  # tokens either side searched for another length in the sentence


def _length_in_sentence(toks: list[Token], i: int, lex: Lexicon) -> bool:
    """Does the sentence around the figure at tokens[i] give another figure in a unit of
    length other than a bare "m" ("61mm", "3 km", "12 feet")?"""
    lo, hi = max(0, i - _LENGTH_REACH), min(len(toks), i + _LENGTH_REACH)
    for k in range(i - 1, lo, -1):
        if toks[k].text in ".!?":
            lo = k
            break
    for k in range(i + 2, hi):
        if toks[k].text in ".!?" and (k + 1 == len(toks) or toks[k + 1].start > toks[k].end):
            hi = k
            break
    for k in range(lo + 1, hi):
        tok = toks[k]
        if k == i + 1 or tok.low == "m" or tok.kind != "word" or toks[k - 1].kind != "num":
            continue
        entry = lex.units.get(tok.low) or lex.cased_units.get(tok.text)
        if entry is not None and entry[0] in lex.length_units:
            return True
    return False


def _money_or_millions_nearby(toks: list[Token], i: int, lex: Lexicon) -> bool:
    """ "a population of 54.5 million ... to reach 60m": a scale word or money sign shortly
    before, in the same sentence, makes a bare "m" millions."""
    for k in range(i - 1, max(-1, i - 25), -1):
        tok = toks[k]
        if tok.text in ".!?":
            return False
        if tok.low in ("million", "millions", "billion", "mn") or tok.text in "$€£¥₹":
            return True
    return False
