"""Numbers that name rather than measure: labels ("ftse 100", "category 3", "table 2"),
addresses ("10 Downing Street"), codes ("the 90210 zip code"), names ("the Big 12",
"Maroon 5 played") and numbers alone in brackets after a name ("Kane (9)").
The words are data: roles label, street in lexicon/context.tsv."""

from __future__ import annotations

from factcheck.extract.qualifiers import currency_before
from factcheck.extract.tokens import Token
from factcheck.extract.units import unit_after
from factcheck.lexicon import Lexicon

_DASHES = "-‐–—"


def is_label(toks: list[Token], i: int, lex: Lexicon) -> bool:
    """Is the number at tokens[i] (not the first token) a label, an address or a shirt number?"""
    return _label_before(toks, i, lex) or _is_address(toks, i, lex) or _bracketed_alone(
        toks, i) or is_code(toks, i, lex) or _in_label_list(toks, i, lex) or _dialled(
        toks, i, lex) or lettered_name(toks, i, lex)


def _dialled(toks: list[Token], i: int, lex: Lexicon) -> bool:
    """ "text 88 to 60060", "call 999", "dial 111 or 0300 ...": whole numbers after a verb
    of dialling (role dial in context.tsv) are numbers to key in, not amounts; so is the
    number a "to" sends them to."""
    tok, prev = toks[i], toks[i - 1]
    if not tok.text.isdigit():
        return False
    if prev.low in ("to", "or") and i > 1 and toks[i - 2].kind == "num":
        return i > 2 and _dialled(toks, i - 2, lex)
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    return lex.has_role(prev.low, "dial") and (
        nxt is None or nxt.kind == "sym" or nxt.low in lex.stopwords)


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
        return len(tok.text) == 1 or not _plural_follows(after, lex)  # "50K copies" counts
    if nxt.text not in _DASHES or i + 2 >= len(toks):
        return False
    word = toks[i + 2]
    if word.kind != "word" or word.start != nxt.end or not word.text[:1].isupper():
        return False
    unit = unit_after(toks, i + 1, lex, tok.end)  # "part 2210-C": a code, not degrees
    return unit is None or (unit.kind == "temp" and len(word.text) == 1)


_LIST_LINKS = frozenset({",", "and", "or", "to", "&", "-", "–"})
_MAX_LIST = 9  # tokens of a list such as "junctions 4, 5 and 6"


def _in_label_list(toks: list[Token], i: int, lex: Lexicon) -> bool:
    """ "between junctions 4 and 6", "chapters 3 to 5", "platforms 9, 10 and 11": whole
    numbers listed after the plural of a label word (role label in context.tsv) name
    several things, not amounts; a lone number after a plural ("junctions 40") is left to
    the other readings."""
    first = i
    while first > 0 and i - first < _MAX_LIST and (
            toks[first - 1].kind == "num" or toks[first - 1].low in _LIST_LINKS):
        first -= 1
    label = toks[first - 1].low if first > 0 else ""
    singular = label[:-2] if label.endswith("es") and label[:-2] in lex.roles else label[:-1]
    if not label.endswith("s") or "label" not in lex.roles.get(singular, ()):
        return False
    last = i
    while last + 1 < len(toks) and last - first < _MAX_LIST and (
            toks[last + 1].kind == "num" or toks[last + 1].low in _LIST_LINKS):
        last += 1
    numbers = [t for t in toks[first : last + 1] if t.kind == "num"]
    return toks[first].kind == "num" and len(numbers) > 1 and all(
        t.text.isdigit() for t in numbers) and not measure_follows(toks, i, lex)


_CODE_WIDTH = 2  # "the 90210 zip code": the code word within two words after the number
_NOT_CODE_BETWEEN = frozenset({"digit", "character", "letter", "number"})


def is_code(toks: list[Token], i: int, lex: Lexicon) -> bool:
    """ "the 90210 zip code", "in the 212 area code", "the 2000 postcode": a whole number
    before a singular code word (role code in lexicon/context.tsv) names a code."""
    if i + 1 >= len(toks) or toks[i + 1].kind != "word" or not toks[i].text.isdigit():
        return False  # most figures: a unit sign or no word after them
    for k in range(i + 1, min(len(toks), i + 1 + _CODE_WIDTH)):
        tok = toks[k]
        if tok.kind != "word" or tok.low in _NOT_CODE_BETWEEN:
            return False
        if lex.has_role(tok.low, "code"):
            nxt = toks[k + 1] if k + 1 < len(toks) else None
            return nxt is None or nxt.low != "codes"  # "5 zip codes" are counted
    return False


# words before a label word that is also a unit of time that make it a time ("each year 40")
_TIME_LEADS = frozenset({"a", "an", "every", "each", "per", "last", "this", "next", "that",
                         "one", "same", "the", "previous", "following", "whole"})


def _label_before(toks: list[Token], i: int, lex: Lexicon) -> bool:
    """ "ftse 100", "s&p 500", "a category 3 storm", "see table 2": a label word (any case)
    before a number with no measure after it."""
    prev = toks[i - 1]
    label = prev.low
    if i > 2 and toks[i - 2].text == "&":  # "s&p"
        label = f"{toks[i - 3].low}&{label}"
    if label in lex.units and prev.text.islower() and i > 1 and toks[i - 2].low in _TIME_LEADS:
        return False  # "every year 300 people", but "Year 6 pupils", "year 2 of the plan"
    return ("label" in lex.roles.get(label, ()) and toks[i].text.isdigit()
            and not measure_follows(toks, i, lex))  # "the Nikkei 38,500" is a level


_MAX_STREET_WORDS = 3


def _is_address(toks: list[Token], i: int, lex: Lexicon) -> bool:
    """ "10 Downing Street", "at 1600 Pennsylvania Avenue": a number, capitalised words and
    a street word."""
    k = i + 1
    while k < len(toks) and k - i <= _MAX_STREET_WORDS + 1 and toks[k].kind == "word" and (
            toks[k].text[:1].isupper()):
        if k > i + 1 and lex.has_role(toks[k].low, "street"):
            return True
        k += 1
    return False


def _bracketed_alone(toks: list[Token], i: int) -> bool:
    """ "Rashford (10) scored": a small whole number alone in brackets after a name, such as a
    shirt number or a footnote."""
    tok = toks[i]
    return (0 < i < len(toks) - 1 and toks[i - 1].text == "(" and toks[i + 1].text == ")"
            and tok.text.isdigit() and len(tok.text) <= 2 and i > 1
            and toks[i - 2].kind == "word" and toks[i - 2].text[:1].isupper())


def measure_follows(toks: list[Token], i: int, lex: Lexicon) -> bool:
    """Does a unit, scale word, currency or percent sign follow the number at tokens[i]?"""
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if nxt is None:
        return False
    if nxt.text in _DASHES and toks[i].end == nxt.start and i + 2 < len(toks):
        nxt = toks[i + 2]  # "a 9-inch screen"
    follow = nxt.low
    if follow in lex.scales or follow in lex.currencies or follow == "%":
        return True
    # a unit as the unit reader takes it: "Chapter 11 in 2020" has no inches
    return follow in lex.unit_starts and unit_after(toks, i + 1, lex, toks[i].end) is not None


_SENTENCE_END = frozenset(".!?:;\"“”'‘’(")


def after_proper_name(toks: list[Token], i: int, lex: Lexicon) -> bool:
    """ "the Big 12", "S&P 500", "iPhone 14", "Game 6": a name word just before a bare number.

    Not when the word opens a sentence ("About 70%"), is a qualifier, month or currency,
    or when a unit, scale or percent sign follows the number.
    """
    prev = toks[i - 1]
    word = prev.text
    if prev.kind != "word" or word == "I" or not any(ch.isupper() for ch in word):
        return False
    low = prev.low
    if (i < 2 or toks[i - 2].text in _SENTENCE_END) and (
            not _verb_after(toks, i, lex) or low.endswith("ly")
            or lex.has_role(low, "quantifier")):
        return False  # "About 70%", "Another 12 were hurt"; but "Maroon 5 played"
    if low in lex.bounds or low in lex.currencies or low in lex.change_verbs or (
        lex.has_role(low, "month") or low in lex.change_adverbs or low in lex.stopwords
    ):
        return False
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if nxt is None:
        return True
    if nxt.text == "," and i + 2 < len(toks) and toks[i + 2].kind == "num":
        return False  # "July 31, 2025" is a date, handled elsewhere
    if measure_follows(toks, i, lex):
        return False  # "Studio 54 in its heyday" has no inches; "the Nikkei 38,500 points"
    return not (nxt.kind == "word" and nxt.start == toks[i].end)


def _verb_after(toks: list[Token], i: int, lex: Lexicon) -> bool:
    """ "Maroon 5 played", "Sum 41 are", "Bahco 9031 Ergo": a verb or another name word
    right after the number of a name that opens a sentence (a count there is followed by
    what it counts: "Some 40 boats sank")."""
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if nxt is None or nxt.kind != "word":
        return False
    if nxt.text[:1].isupper() and nxt.text[1:].islower() and nxt.start == toks[i].end + 1:
        return True
    if not nxt.text.islower():
        return False
    low = nxt.low
    return (low.endswith("ed") and len(low) > 3) or lex.has_role(low, "verb") or (
        low in lex.change_verbs)


def _plural_follows(tok: Token | None, lex: Lexicon) -> bool:
    """Is tok a plural noun in lower case ("copies", "people"), what a count counts?"""
    return tok is not None and tok.kind == "word" and tok.text.islower() and (
        tok.low not in lex.stopwords) and (tok.low.endswith("s") or tok.low in ("people",))
