"""Numbers that name rather than measure: labels ("ftse 100", "category 3", "table 2"),
addresses ("10 Downing Street"), codes ("the 90210 zip code"), names ("the Big 12",
"Maroon 5 played") and numbers alone in brackets after a name ("Kane (9)").
The words are data: roles label, street in lexicon/context.tsv."""

from __future__ import annotations

from factcheck.extract.lettered import lettered_name, plural_follows
from factcheck.extract.nouns import ends_noun
from factcheck.extract.tokens import Token
from factcheck.extract.units import unit_after
from factcheck.lexicon import Lexicon

_DASHES = "-‐–—"


def is_label(toks: list[Token], i: int, lex: Lexicon) -> bool:
    """Is the number at tokens[i] (not the first token) a label, an address or a shirt number?"""
    return _label_before(toks, i, lex) or _is_address(toks, i, lex) or _bracketed_alone(
        toks, i) or is_code(toks, i, lex) or _in_label_list(toks, i, lex) or _dialled(
        toks, i, lex) or lettered_name(toks, i, lex) or _postcode(toks, i, lex) or _stage_of(
        toks, i, lex) or _kind_after_quantity(toks, i, lex)


def _kind_after_quantity(toks: list[Token], i: int, lex: Lexicon) -> bool:
    """ "the wards with the most 999 calls", "more 911 calls than ever": a whole number
    right after a word of quantity (role quantity_before_label in context.tsv) and before
    a word names a kind of thing; a count takes "than" there ("more than 911 calls"), a
    bound "at" ("at most 44 tonnes")."""
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    bound = i > 1 and toks[i - 2].low == "at"  # "at most 44 tonnes": a bound, not a kind
    return (toks[i].text.isdigit() and nxt is not None and nxt.kind == "word" and not bound
            and lex.has_role(toks[i - 1].low, "quantity_before_label"))


_POSTCODE_DIGITS = 5


def _postcode(toks: list[Token], i: int, lex: Lexicon) -> bool:
    """ "75007 Paris", "10115 Berlin", "Springfield, IL 62701": five digits written without
    a group separator before a place name or after a state's two capitals are a postcode (an
    amount of five digits carries its separator: "12,000 people")."""
    tok = toks[i]
    if not (tok.text.isdigit() and len(tok.text) == _POSTCODE_DIGITS):
        return False
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    prev = toks[i - 1]
    place = nxt is not None and nxt.kind == "word" and nxt.text[:1].isupper() and (
        nxt.text[1:].islower()) and not lex.has_role(nxt.low, "name") and not (
        i + 2 < len(toks) and toks[i + 2].kind == "num")  # "12000 Series 3 saloons" count
    state = prev.kind == "word" and len(prev.text) == 2 and prev.text.isupper()
    return place or state


def _stage_of(toks: list[Token], i: int, lex: Lexicon) -> bool:
    """ "the round of 16", "in the round of 32 after...": a stage word (role label_of in
    context.tsv) and "of" before a whole number with nothing counted after it."""
    if i < 2 or toks[i - 1].low != "of" or not lex.has_role(toks[i - 2].low, "label_of"):
        return False
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    return toks[i].text.isdigit() and (
        nxt is None or nxt.kind != "word" or nxt.low in lex.stopwords)


def _dialled(toks: list[Token], i: int, lex: Lexicon) -> bool:
    """ "text 88 to 60060", "call 999", "dial 111 or 0300 ...": whole numbers after a verb
    of dialling (role dial in context.tsv) are numbers to key in, not amounts; so is the
    number a "to" sends them to, and one an "or" or "and" adds a few words after a number
    keyed in ("dial 999 in an emergency, or 111 if it is not")."""
    tok, prev = toks[i], toks[i - 1]
    if not tok.text.isdigit():
        return False
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if nxt is not None and nxt.low == "of":
        return False  # "... or 12 of our staff will call": a part of a whole
    if prev.low in ("to", "or") and i > 1 and toks[i - 2].kind == "num":
        return i > 2 and _dialled(toks, i - 2, lex)
    if not (nxt is None or nxt.kind == "sym" or nxt.low in lex.stopwords):
        return False
    return _dialled_here(toks, i, lex) or (prev.low in ("or", "and") and any(
        toks[k].text.isdigit() and _dialled_here(toks, k, lex)
        for k in range(i - 2, max(0, i - 2 - _LIST_REACH), -1)))


def _dialled_here(toks: list[Token], i: int, lex: Lexicon) -> bool:
    """Is the number at tokens[i] keyed in after a verb of dialling ("call 999", "ring the
    desk on 4488")?"""
    prev = toks[i - 1] if i > 0 else None
    return prev is not None and (lex.has_role(prev.low, "dial") or (
        prev.low in ("on", "at") and any(  # "call police on 101", "ring the desk on 4488"
            lex.has_role(t.low, "dial") for t in toks[max(0, i - 1 - _DIAL_REACH) : i - 1])))


_DIAL_REACH = 4  # words between a verb of dialling and the "on" of its number
_LIST_REACH = 8  # "dial 999 in an emergency, or 111": the words between two numbers keyed in


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
    """ "ftse 100", "s&p 500", "a category 3 storm", "see table 2", "Fig. 2": a label word
    (any case, abbreviated with a dot or not) before a number with no measure after it."""
    prev = toks[i - 1]
    if prev.text == "." and i > 1 and toks[i - 2].kind == "word" and toks[i - 2].end == (
            prev.start):  # "Fig. 2", "No. 10": a label's abbreviation, its dot touching it
        prev = toks[i - 2]
    label = prev.low
    if i > 2 and toks[i - 2].text == "&":  # "s&p"
        label = f"{toks[i - 3].low}&{label}"
    if label in lex.units and prev.text.islower() and i > 1 and toks[i - 2].low in _TIME_LEADS:
        return False  # "every year 300 people", but "Year 6 pupils", "year 2 of the plan"
    if "label" not in lex.roles.get(label, ()):
        return False
    if i > 1 and toks[i - 2].low in ("a", "an") and plural_follows(
            toks[i + 1] if i + 1 < len(toks) else None, lex):
        return False  # "for a year in a row 300 firms closed": the count's noun follows
    if _label_is_verb(toks, i, lex):
        return False
    if i + 1 < len(toks) and toks[i + 1].text == "%":
        return False  # "on the question 52.4% backed it": a share, no part numbered 52.4
    if _numbered_part(toks, i, lex.has_role(label, "index")):
        return True  # "chart 4b", "paragraph 4.2", "phase 2a"; not "the Dax 15,234.5"
    return toks[i].text.isdigit() and not measure_follows(
        toks, i, lex)  # "the Nikkei 38,500" is a level


def _label_is_verb(toks: list[Token], i: int, lex: Lexicon) -> bool:
    """ "the new trains seat 550 passengers", "the hall can seat 300 guests", "MPs will
    table 40 amendments": a label word in lower case after a plural (its subject) or an
    auxiliary (context.tsv role modal), with a plural after the number, is a verb, and the
    number counts that plural. Not "Route 9 buses", "in seat 14", "table 2 shows",
    "results table 3 lists 12 firms" (a verb in -s before a number)."""
    if i < 2 or not toks[i - 1].text.islower():
        return False
    subject = toks[i - 2]
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    plural_subject = subject.kind == "word" and ends_noun(subject, lex)
    verb_next = i + 2 < len(toks) and toks[i + 2].kind == "num"  # "table 3 lists 12 firms"
    return (plural_subject or lex.has_role(subject.low, "modal")) and plural_follows(
        nxt, lex) and not verb_next


def _numbered_part(toks: list[Token], i: int, index: bool) -> bool:
    """A label's number with a letter touching it ("4b", "gate 12C": no degrees after a
    label) or a dotted part ("4.2")."""
    tok = toks[i]
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    lettered = nxt is not None and nxt.kind == "word" and len(nxt.text) == 1 and (
        nxt.text.isalpha() and nxt.start == tok.end and tok.text.isdigit())  # "seat 14C"
    dotted = not index and "." in tok.text and tok.text.replace(".", "").isdigit()
    return lettered or dotted


_MAX_STREET_WORDS = 3
_NAME_LINKS = frozenset({"de", "du", "des", "del", "della", "di", "da", "do", "dos", "la", "le"})


def _is_address(toks: list[Token], i: int, lex: Lexicon) -> bool:
    """ "10 Downing Street", "at 1600 Pennsylvania Avenue": a number, capitalised words and
    a street word."""
    k = i + 1
    if k + 1 < len(toks) and _street_word_first(toks[k], lex) and (
            toks[k + 1].text[:1].isupper() or toks[k + 1].low in _NAME_LINKS):
        return True  # "8 rue de Lille", "36 Rue Cler", "8 Via Appia": the word before the name
    while k < len(toks) and k - i <= _MAX_STREET_WORDS + 1 and toks[k].kind == "word" and (
            toks[k].text[:1].isupper()):
        if k > i + 1 and lex.has_role(toks[k].low, "street"):
            return True
        k += 1
    return False


def _street_word_first(tok: Token, lex: Lexicon) -> bool:
    """May tok be a street word written before the street's name: any street word in lower
    case ("rue", "via" is none: "sent via London"), or capitalised one of the words that
    stand first ("Rue", "Via", "Avenida": context.tsv role street_first)?"""
    if tok.text.islower():
        return lex.has_role(tok.low, "street")
    return tok.text.istitle() and lex.has_role(tok.low, "street_first")


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

    Not when the word opens a sentence ("About 70%") or is a possessive ("said Orla's 122
    buses were new"; both a label when a verb or a name follows: "Maroon 5 played",
    "Apple's 15 Pro"), is a qualifier, month, weekday ("On
    Monday 85 drivers") or currency,
    or when a unit, scale or percent sign follows the number.
    """
    prev = toks[i - 1]
    word = prev.text
    if prev.kind != "word" or word == "I" or not any(ch.isupper() for ch in word):
        return False
    low = prev.low
    if (i < 2 or toks[i - 2].text in _SENTENCE_END or word.endswith(_POSSESSIVES)) and (
            not (_verb_after(toks, i, lex) or _stands_alone(toks, i, lex))
            or low.endswith("ly") or low in _HEDGES or lex.has_role(low, "quantifier")):
        return False  # "About 70%", "Another 12 were hurt"; but "Maroon 5 played"
    if low in lex.bounds or low in lex.currencies or low in lex.change_verbs or (
        lex.has_role(low, "month") or lex.has_role(low, "weekday") or low in lex.change_adverbs
        or low in lex.stopwords
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


_POSSESSIVES = ("'s", "’s")  # "Orla's 122 buses": a possessor opens the noun phrase, as a
# sentence's first word does: its number is a count unless a verb or name follows it
_HEDGES = frozenset({"perhaps", "maybe", "possibly", "almost", "still", "even", "some"})


def _stands_alone(toks: list[Token], i: int, lex: Lexicon) -> bool:
    """ "Python 3.12 runs", "Patient 4 in the trial": a dotted number, or a number that
    nothing counted follows (a stop word, a stop or the end), after a name word that opens
    a sentence names a version or a case; a count is followed by what it counts."""
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if "." in toks[i].text:
        return True
    return nxt is None or (nxt.kind == "sym" and nxt.text in ".;:") or (
        nxt.kind == "word" and nxt.text.islower() and nxt.low in lex.stopwords
        and nxt.low not in _RANGE_LINKS)  # "Between 10,000 and 12,000 tonnes"


_RANGE_LINKS = frozenset({"and", "or", "to", "than", "through", "nor"})


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
