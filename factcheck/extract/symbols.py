"""Unit symbols as written: powers ("km2", "km^2", "mm²", "s-1", "km squared") and products
("N·m", "kW⋅h", "m s-1", "kg m-3") of the symbols units.py reads; units spelled otherwise
("3 square km", "℉"); and when a spaced symbol that is also a word is the unit ("a lag of
80 ms.", "the length of the blade is 7 in.", "4 g of sugar")."""

from __future__ import annotations

import unicodedata
from functools import cache

from factcheck.extract.tokens import Token
from factcheck.lexicon import Lexicon, lexicon

_SUPERSCRIPTS = {"²": 2, "³": 3}


def superscripted(text: str, lex: Lexicon) -> tuple[str, str] | None:
    """ "mm²", "cm³", "s²": a unit symbol with its power written as a superscript (one
    token), as (pint unit, kind); None for anything else."""
    power = _SUPERSCRIPTS.get(text[-1:])
    if power is None or len(text) < 2:
        return None
    entry = lex.cased_units.get(text[:-1]) or lex.units.get(text[:-1].lower())
    if entry is None or entry[1] != "unit" or not entry[0].isidentifier():
        return None
    return f"{entry[0]} ** {power}", entry[1]


_PRODUCT_DOTS = frozenset("·⋅*")


def product(toks: list[Token], k: int, unit: str, lex: Lexicon) -> tuple[str, int]:
    """ "N·m", "kW⋅h" (a centred dot touching both symbols), "m s-1", "kg m-3" (a spaced
    symbol with a negative power): the product of the units, and the index after it."""
    if k + 1 >= len(toks) or not unit.isidentifier():
        return unit, k
    tok, nxt = toks[k], toks[k + 1]
    if tok.text in _PRODUCT_DOTS and tok.start == toks[k - 1].end and nxt.start == tok.end:
        entry = _symbol(nxt.text, lex)
        if entry is not None:
            other, end = with_power(toks, k + 2, entry)
            return f"{unit} * {other}", end
        return unit, k
    if tok.text in _HYPHENS and _hyphened_unit(toks, k, lex):  # "ft-lb", "newton-metres"
        return f"{unit} * {_symbol(nxt.low, lex)}", k + 2
    entry = _symbol(tok.text, lex) if tok.kind == "word" else None
    if entry is not None and negative_power(toks, k + 1):
        other, end = with_power(toks, k + 1, entry)  # "m s-1": other is "1 / second"
        return f"{unit} / {other.removeprefix('1 / ')}", end
    return unit, k


def product_follows(toks: list[Token], k: int, lex: Lexicon) -> bool:
    """Does a product with another unit symbol start at tokens[k] ("N·m", "m s-1")?"""
    if k + 1 >= len(toks):
        return False
    tok, nxt = toks[k], toks[k + 1]
    if tok.text in _PRODUCT_DOTS:
        return tok.start == toks[k - 1].end and nxt.start == tok.end and _symbol(
            nxt.text, lex) is not None
    return tok.kind == "word" and _symbol(tok.text, lex) is not None and bool(
        negative_power(toks, k + 1))


_HYPHENS = frozenset("-‐")


def _hyphened_unit(toks: list[Token], k: int, lex: Lexicon) -> bool:
    """Is the hyphen at k, touching a unit before it, followed by a unit that ends the word
    ("40 ft-lb", "300 foot-pounds"; not "10-foot-long", "6-foot-2")?"""
    if k + 1 >= len(toks) or toks[k].start != toks[k - 1].end:
        return False
    nxt = toks[k + 1]
    after = toks[k + 2] if k + 2 < len(toks) else None
    if nxt.kind != "word" or nxt.start != toks[k].end or _symbol(nxt.low, lex) is None:
        return False
    return after is None or after.start > nxt.end or after.text not in _HYPHENS


def _symbol(text: str, lex: Lexicon) -> str | None:
    """The pint unit of a unit symbol as written ("m", "s", "kg"), or None."""
    entry = lex.cased_units.get(text) or lex.units.get(text) or superscripted(text, lex)
    return entry[0] if entry is not None and entry[1] == "unit" else None


_POWER_WORDS = {"squared": 2, "cubed": 3}
_POWER_BEFORE = {"square": 2, "sq": 2, "cubic": 3, "cu": 3}  # "3 square km", "cubic ft"


def spelled_unit(toks: list[Token], j: int, lex: Lexicon) -> tuple[str, str, int] | None:
    """A unit written in a way the lexicon's surfaces do not list, as (pint unit, kind, index
    after it): a power word before a length ("3 square km") or a compatibility sign that
    Unicode's NFKC form spells as a symbol ("℉" is "°F", "㎏" is "kg", "㎡" is "m2")."""
    powered = _powered_length(toks, j, lex)
    if powered is not None:
        return powered[0], "unit", powered[1]
    tok = toks[j]
    if tok.kind != "sym":
        return None
    spelled = unicodedata.normalize("NFKC", tok.text)
    if spelled == tok.text:
        return None
    entry = lex.cased_units.get(spelled) or lex.units.get(spelled.lower())
    return (entry[0], entry[1], j + 1) if entry is not None else None


def _powered_length(toks: list[Token], j: int, lex: Lexicon) -> tuple[str, int] | None:
    """ "square km", "sq. m", "cubic ft", "cu yd": a power word before any length the lexicon
    names (quantulum3's lengths and their symbols, in their case or not), as (pint unit,
    index after it); None otherwise."""
    power = _POWER_BEFORE.get(toks[j].low)
    k = j + 1
    if power is not None and k < len(toks) and toks[k].text == ".":
        k += 1  # "sq. km"
    if power is None or k >= len(toks) or toks[k].kind != "word":
        return None
    entry = lex.cased_units.get(toks[k].text) or lex.units.get(toks[k].low)
    if entry is None or entry[0] not in lex.length_units:
        return None
    return f"{entry[0]} ** {power}", k + 1
_SUPERSCRIPT = str.maketrans("¹²³", "123")


def with_power(toks: list[Token], end: int, unit: str) -> tuple[str, int]:
    """ "km^3", "km3", "km cubed", "s2" in "km/s2": the unit raised to its power, and the
    index after the power (the unit alone when none follows). A ratio takes no power: in
    "1.5%-2%" the "-2" opens a range's second end, not a power of percent."""
    if end >= len(toks) or not unit.isidentifier() or unit in _RATIOS:
        return unit, end
    tok, prev = toks[end], toks[end - 1]
    k = end
    if tok.text == "^" and tok.start == prev.end and end + 1 < len(toks):
        k, tok, prev = end + 1, toks[end + 1], tok
    if tok.kind == "num" and tok.start == prev.end and tok.text in ("2", "3") and (
            prev.kind == "word" or k > end):  # not 6'2": feet and inches
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if nxt is None or nxt.start > tok.end or nxt.kind == "sym":
            return f"{unit} ** {tok.text}", k + 1
    if k == end and tok.low in _POWER_WORDS:
        return f"{unit} ** {_POWER_WORDS[tok.low]}", end + 1
    power = negative_power(toks, end) if unit not in _IMPERIAL else 0
    if power:  # "s-1", "m-3": the unit divides (not "6 ft-2", feet and inches)
        return (f"1 / {unit}" if power == 1 else f"1 / {unit} ** {power}"), end + 2
    return unit, end


_NEGATIVE = frozenset("-−⁻")
_RATIOS = frozenset({"percent", "percentage_point", "basis_point"})
_IMPERIAL = frozenset({"inch", "foot", "yard", "mile"})


def negative_power(toks: list[Token], k: int) -> int:
    """ "-1", "-2", "-3" touching a unit symbol and ending there ("s-1", "m-3"): the power, or 0."""
    if k + 1 >= len(toks) or toks[k].text not in _NEGATIVE or toks[k].start != toks[k - 1].end:
        return 0
    digit = toks[k + 1]
    if digit.start != toks[k].end or digit.text.translate(_SUPERSCRIPT) not in ("1", "2", "3"):
        return 0
    nxt = toks[k + 2] if k + 2 < len(toks) else None
    if nxt is not None and nxt.start == digit.end and nxt.kind != "sym":
        return 0
    return int(digit.text.translate(_SUPERSCRIPT))


_EXTENT_LOOKBACK = 12  # tokens: "the length of the old oak beam is 9 in."


def _extent_named_before(toks: list[Token], i: int) -> bool:
    """Does the sentence of the figure at i name an extent before it ("the length of my
    pencil is 2 in.", "snow depth reached 14 in.")? The nouns are those frames.tsv's
    "dimension:NOUN" rows name (length, width, height, depth, thickness, distance)."""
    nouns = _extent_nouns()
    for k in range(i - 1, max(-1, i - _EXTENT_LOOKBACK), -1):
        if toks[k].text in ".!?;":
            return False
        if toks[k].low in nouns or toks[k].low.removesuffix("s") in nouns:
            return True
    return False


@cache
def _extent_nouns() -> frozenset[str]:
    classes = {kind for kinds in lexicon().frame_words.values() for kind in kinds}
    return frozenset(kind.split(":", 1)[1] for kind in classes
                     if kind.startswith("dimension:")) - {"age"}


def entity_named_before(toks: list[Token], i: int, surface: str, lex: Lexicon,
                        entities: frozenset[str] | None = None) -> bool:
    """Does the sentence of the figure at i name, before it, a quantity quantulum3 says the
    unit surface measures (its entities: "an angle of 30 deg", "the mass of the load was
    3 t", "the length of the track is 3 mi")? Then a spaced symbol that is also a word is
    that unit. Not "in", a word before most nouns (its own rule is spaced_before_stop), nor a
    symbol before a content word it may be the count of ("3 m people"). entities: the
    quantities to look for (default: all quantulum3 lists for the surface)."""
    nxt = toks[i + 2] if i + 2 < len(toks) else None
    if surface == "in" or (nxt is not None and nxt.kind == "word" and nxt.text.islower() and (
            nxt.low not in lex.stopwords)) or (nxt is not None and nxt.text in "-‐/" and (
            nxt.start == toks[i + 1].end)):
        return False  # "3 t-shirts", "3 m people"
    if entities is None:
        entities = lex.unit_entities.get(surface, frozenset())
    for k in range(i - 1, max(-1, i - _EXTENT_LOOKBACK), -1):
        if toks[k].text in ".!?;":
            return False
        for entity in entities:
            words = entity.split()
            if toks[k].low in (words[-1], words[-1] + "s") and k >= len(words) - 1 and all(
                    toks[k - n].low == w for n, w in enumerate(reversed(words[:-1]), 1)):
                return True
    return False


# words of a thing's own size, and with them the words of a distance away
SIZE_WORDS = frozenset({"tall", "high", "long", "wide", "deep", "thick"})
EXTENT_WORDS = SIZE_WORDS | {"away", "across", "offshore", "inland"}
_STOPS = frozenset(").,;")
_SPACED_BEFORE_STOP = frozenset({"mi", "min", "sec", "m", "ms", "g", "l", "t", "h"})


def spaced_before_stop(toks: list[Token], j: int, surface: str) -> bool:
    """ "(930,000 mi)", "after 90 min.", "a depth of 25 m.", "a lag of 80 ms.", "3 g of
    sugar", "600 t of coal", "within 48 h.": a spaced symbol that ends a phrase, or is
    followed by "of" and what it measures, is the unit;
    "a 12 in. screen", "3 in. wide": "in" with its abbreviation's point touching it and a
    word in lower case after it; at the end of a sentence the point may end it ("scored 2
    in." is no length), so there it is inches only when the sentence names an extent before
    the figure ("the length of my pencil is 2 in."), as where the text ends after "in"; "in"
    before a word of size that ends its phrase is inches ("a door 2 in thick, and", "3 in
    wide."), not before a noun ("5 in high demand", "3 in deep trouble"; "2 in away" is no
    size); what follows a sentence never decides."""
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    if surface == "in":
        after = toks[j + 2] if j + 2 < len(toks) else None
        if nxt is None or (nxt.low in SIZE_WORDS and not _content_word(after)):
            return nxt is not None or _extent_named_before(toks, j - 1)
        return nxt.text == "." and nxt.start == toks[j].end and (
            (after is not None and after.kind == "word" and after.text.islower())
            or _extent_named_before(toks, j - 1))
    if surface not in _SPACED_BEFORE_STOP:
        return False
    after = toks[j + 2] if j + 2 < len(toks) else None
    if nxt is None or nxt.text in _STOPS or (nxt.text == "(" and after is not None and (
            after.kind == "num")):  # "200 g (7 oz)": a restatement in digits
        return True
    return nxt.low == "of" and after is not None and after.kind == "word" and (
        after.text.islower() and after.low not in lexicon().stopwords)  # "3 g of sugar"


def spaced_relative(toks: list[Token], j: int, kind: str, lex: Lexicon) -> bool:
    """ "yields rose 12 bp to 2.31%", "cut rates by 25 bp", "prices are 18 pc higher": a
    lower-case symbol of a share (units.tsv kind percent: "bp", "pc") apart from its figure
    is the unit where a verb of change (changes.tsv) stands before the figure, with "by"
    or not, or a word of change right after the symbol; elsewhere a symbol in lower case
    alone may be something else ("40 pc" of a shop's stock, "BP" the company)."""
    if kind != "percent" or not toks[j].text.islower() or j < 2 or toks[j - 1].kind != "num":
        return False
    verbs = [toks[j - 2]]
    if toks[j - 2].low == "by":  # "rose by 12 bp", "cut rates by 25 bp"
        verbs = toks[max(0, j - 4) : j - 2]
    nxt = toks[j + 1].low if j + 1 < len(toks) else ""
    return any(tok.low in lex.change_verbs for tok in verbs) or nxt in lex.change_adverbs


def _content_word(tok: Token | None) -> bool:
    """Is tok a lower-case word that is no stop word (a noun an adjective may qualify)?"""
    return tok is not None and tok.kind == "word" and tok.text.islower() and (
        tok.low not in lexicon().stopwords)


_CLAUSE_ENDS = frozenset(".;)!?")


def capital_symbol_ends(toks: list[Token], j: int, lex: Lexicon) -> bool:
    """ "a force of 12 N.", "40 J of energy", "40J of energy": a one-capital SI symbol of the
    lexicon (units_cased.tsv, quantulum3) after a figure is the unit where "of" and what it
    measures follow, or, spaced from the figure, where a clause ends after it; not touching
    it at a clause end, where it is a label ("lives at 12A.", "Gate 4B."), nor before a word
    or a comma ("13 A grades", "5G network", "51 N, 3 E")."""
    tok = toks[j]
    if len(tok.text) != 1 or not tok.text.isupper() or tok.text not in lex.cased_units:
        return False
    if toks[j - 1].kind != "num":
        return False
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    if nxt is None or nxt.text in _CLAUSE_ENDS:
        return tok.start > toks[j - 1].end  # "12 N."; but "lives at 12A.", "Gate 4B.": labels
    after = toks[j + 2] if j + 2 < len(toks) else None
    return nxt.low == "of" and after is not None and after.kind == "word" and after.text.islower()


_CLOCK_UNITS = frozenset({"hour", "minute", "second"})


def spaced_clock_unit(toks: list[Token], j: int, unit: str) -> bool:
    """ "took 2 h", "8.3 min to arrive", "20 sec later": a lower-case symbol of hours,
    minutes or seconds apart from its figure is that unit (read as a counted noun, "min"
    was no unit at all); not "s" alone (a letter of a plural or a name), nor a symbol in
    capitals ("Min", "SEC"), nor one a word continues ("5 minister")."""
    tok = toks[j]
    return unit in _CLOCK_UNITS and tok.text.islower() and tok.text != "s" and (
        j > 0 and toks[j - 1].kind == "num")
