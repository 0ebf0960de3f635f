"""What a figure with no unit counts, and when a number word alone is a figure.

After a number with no unit, the counted noun is read from the words after it ("212
patients"), a list's holder ("57 seats: Labour 29"), a measure between ("four 20-litre
drums"), "of" and a whole ("45 of its 310 stores") or the subject ("Knife offences rose
to 1,487"). A bare number word is a figure only where its place says so (bounded, "of",
a list of counts, a range's end, a sentence it opens as the subject: "Twelve died"); the
small ones are pronouns and idioms far more often ("the two met", "one of the few").
"""

from __future__ import annotations

from factcheck.extract.bare import names_no_amount
from factcheck.extract.clause import verb_follows_count
from factcheck.extract.holders import holder_list_noun
from factcheck.extract.nouns import noun_after, noun_after_measure, subject_noun, whole_noun_at
from factcheck.extract.numbers import Number
from factcheck.extract.qualifiers import Prefix
from factcheck.extract.tokens import Token
from factcheck.lexicon import Lexicon

_DETERMINERS = frozenset({"the", "its", "their", "his", "her", "our", "those", "these", "your"})
_STANDING_WORDS = 100  # a number word this large is a figure on its own


def counted_noun(toks: list[Token], num: Number, end: int, prefix: Prefix, lex: Lexicon, *,
                 words: bool) -> tuple[str | None, int] | None:
    """What a figure with no unit counts, and the index after it; None when the number is
    no claim ("one of the few", a small number word standing alone)."""
    noun, end_noun = None, end
    if not verb_follows_count(toks, prefix.first, end, lex):  # "..., 212 reported headaches"
        noun, end_noun = noun_after(toks, end, lex)
    if noun is None and not words:
        noun = holder_list_noun(toks, num.first, lex)  # "57 seats: Labour 29, Greens 4"
    if noun is None and end < len(toks) and (toks[end].kind == "num" or (
            toks[end].low in lex.numbers and end + 1 < len(toks) and toks[end + 1].text in "-‐")):
        noun = noun_after_measure(toks, end, lex)  # "four 20-litre drums", "120 two-tonne
        # bins": drums, bins
    if noun is None and end + 2 < len(toks) and toks[end].low == "of" and (
        words or toks[end + 1].low in _DETERMINERS
    ):
        if words and num.value == 1 and _idiom_of(toks, end, lex):
            return None
        noun, _ = noun_after(toks, whole_noun_at(toks, end + 2, lex), lex)
        # "one of the best screens", "45 of its 310 stores", "12 of the city's 40 pubs"
    if words and noun is None and not _word_number_stands(toks, num, end, prefix.bound, lex):
        return None
    if noun is None and not _list_goes_on(toks, end, lex):
        noun = subject_noun(toks, prefix.first, lex)  # "Knife offences rose to 1,487"
    if noun is None and not words and not num.scaled and prefix.change is None and (
            prefix.bound in ("exact", "approx") and names_no_amount(
                toks, num.first, prefix.first, lex)):
        return None  # "text VOTE to 84433", "on stage by 7" after "doors at 6pm"
    return noun, end_noun


_WHOLE_WORDS = 4  # "one of the most senior judges", "one of Airbnb's earliest rounds"


def _idiom_of(toks: list[Token], k: int, lex: Lexicon) -> bool:
    """ "one of the few", "one of many" (context.tsv, role quantifier), and "one of" a
    superlative or "a kind" ("one of the last butchers", "one of its oldest mills", "one of
    a kind"): membership of a class, no count, unless a figure for the whole comes first
    ("one of the 12 best teams")."""
    if lex.has_role(toks[k + 1].low, "quantifier") or lex.has_role(toks[k + 2].low,
                                                                    "quantifier"):
        return True
    for tok in toks[k + 1 : k + 1 + _WHOLE_WORDS]:
        if tok.kind != "word" or tok.low in lex.numbers:
            return False
        if _superlative(tok.low, lex):
            return True
    return False


def _superlative(word: str, lex: Lexicon) -> bool:
    """ "busiest", "biggest" by their spelling; "oldest", "last", "most" and "a kind" by
    role superlative in context.tsv."""
    if lex.has_role(word, "superlative"):
        return True
    return word.endswith("iest") or (word.endswith("est") and len(word) > 5
                                     and word[-4] == word[-5] and word[-4] not in "aeious")


def _word_number_stands(
    toks: list[Token], num: Number, end: int, bound: str, lex: Lexicon
) -> bool:
    """A bare number word is a claim when bounded, followed by "of" ("one of the") or a
    cardinal of a hundred or more in several words ("a waiting list of two hundred", "the
    crowd numbered three thousand"): the small ones and a scale word alone ("a hundred",
    "a thousand") are pronouns and idioms far more often ("the two met")."""
    if bound != "exact" or (num.value >= _STANDING_WORDS and num.end - num.first > 1):
        return True
    if _in_count_list(toks, num, lex) or _closes_after_count(toks, num, end, lex):
        return True
    if num.first > 1 and toks[num.first - 1].low in ("from", "to") and (
            toks[num.first - 2].low in lex.change_verbs
            or toks[num.first - 2].low in lex.change_adverbs):
        return True  # "14 seats, up from six", "the toll rose to nine": the other end
    if num.first > 2 and toks[num.first - 1].low == "to" and toks[num.first - 3].low == "from":
        before = toks[num.first - 2]
        return before.kind == "num" or before.low in lex.numbers  # "from twelve to seven"
    if end + 1 < len(toks) and toks[end].low in ("to", "or", "-", "and"):
        nxt = toks[end + 1]
        return nxt.kind == "num" or nxt.low in lex.numbers
    return end < len(toks) and (toks[end].low == "of" or _opens_as_subject(toks, num, end, lex))


_LIST_MARKS = frozenset({"and", ",", ":", ";"})
_SENTENCE_ENDS = frozenset(".!?")
_REST = frozenset({"other", "remaining"})


def _in_count_list(toks: list[Token], num: Number, lex: Lexicon) -> bool:
    """ "Osei got four of them, Tran three and Lund two"; "were hurt: eleven seriously
    and six slightly": a small number word that goes on a list of counts, after a list
    mark (and, a comma, a colon) and at most one holder's name or "the other", with a
    figure before it in its sentence that the list goes on from; not "one" (a pronoun as
    often: "and two weeks on, one resigned")."""
    if num.value < 2:
        return False
    k = num.first - 1
    if k > 1 and toks[k].low in _REST and toks[k - 1].low == "the":
        k -= 2  # "... and the other five": the rest of the list
    elif k > 0 and toks[k].kind == "word" and toks[k].text[:1].isupper():
        k -= 1  # "..., Tran three": the holder of the count
    if k < 1 or toks[k].low not in _LIST_MARKS:
        return False
    for tok in reversed(toks[:k]):
        if tok.text in _SENTENCE_ENDS:
            return False
        if tok.kind == "num" or tok.low in lex.numbers:
            return True
    return False


_CLAUSE_CLOSES = frozenset(".!?;,")


def _closes_after_count(toks: list[Token], num: Number, end: int, lex: Lexicon) -> bool:
    """ "scored 41 points and conceded only nine.", "won 41 of the 57 seats, a gain of nine",
    "sixty-one players and a choir of eighty": a number word of two or more that closes its
    clause (a stop, a comma or the end after it) with a figure before it in its sentence
    counts as that figure does, after a function word or a verb; after a noun it labels
    ("turbine two"), after a word that leads a time (context.tsv role year: "after six",
    "by ten") it is the hour, and alone in a sentence a pronoun as often ("the two met")."""
    if num.value < 2 or num.first == 0 or (
            end < len(toks) and toks[end].text not in _CLAUSE_CLOSES):
        return False
    prev = toks[num.first - 1].low
    if not (prev in lex.stopwords or prev.endswith("ed") or lex.has_role(prev, "verb")
            or prev in lex.change_verbs) or lex.has_role(prev, "year"):
        return False  # "in turbine two": a label after its noun; "after six": a time
    for tok in reversed(toks[: num.first]):
        if tok.text in _SENTENCE_ENDS:
            return False
        if tok.kind == "num" or tok.low in lex.numbers:
            return True
    return False


def _list_goes_on(toks: list[Token], end: int, lex: Lexicon) -> bool:
    """Does a range or list carry on after the figure ("by 2 to 3 per cent", "4, 5 or 6%"),
    whose unit or noun the last figure gives?"""
    return end + 1 < len(toks) and toks[end].low in ("to", "and", "or", ",", "-", "–") and (
        toks[end + 1].kind == "num" or toks[end + 1].low in lex.numbers)


_MODALS = frozenset({"will", "would", "could", "can", "may", "might", "must", "should"})
_CLAUSE_STARTS = frozenset(".!?;:\"“”")


def _opens_as_subject(toks: list[Token], num: Number, end: int, lex: Lexicon) -> bool:
    """ "Sixty will be laid off", "Thirty-two were arrested", "Twelve died": a number word
    of two or more that opens a sentence before its verb counts the people it stands for."""
    if num.value < 2 or (num.first > 0 and toks[num.first - 1].text not in _CLAUSE_STARTS):
        return False
    verb = toks[end]
    low = verb.low
    return verb.kind == "word" and verb.text.islower() and (
        low in _MODALS or lex.has_role(low, "verb") or (low.endswith("ed") and len(low) > 3))
