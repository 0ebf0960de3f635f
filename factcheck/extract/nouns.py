"""The noun a plain count counts: "166,000 people", "25 crew members", "four FA Cup finals",
"63,000 Model 3 sedans"; the words that end such a noun (verbs, stopwords, adverbs)."""

from __future__ import annotations

from factcheck.extract.compounds import hyphen_joins, in_compound
from factcheck.extract.tokens import Token, joined
from factcheck.extract.units import designation_at, unit_after
from factcheck.lexicon import Lexicon

_MAX_NOUN_WORDS = 3


def ends_noun(tok: Token, lex: Lexicon) -> bool:
    """Is tok a plural noun ("people", "PCs", "jets"), the end of what a count counts? A
    noun in -s that is no plural (context.tsv role singular_s: "measles", "cannabis") is not:
    the plural after it is ("63 measles cases")."""
    low = tok.low
    if lex.has_role(low, "singular_s"):
        return False
    if len(tok.text) > 2 and tok.text[-1] == "s" and tok.text[:-1].isupper():
        return True  # "PCs", "SUVs", "MPs": an acronym in the plural
    return lex.has_role(low, "plural") or (low.endswith("s") and len(low) > 3 and not (
        low.endswith("ss") or low.endswith("ous") or low.endswith("us")))


def _stops_noun(toks: list[Token], k: int, lex: Lexicon) -> bool:
    tok = toks[k]
    low = tok.low
    if (
        tok.kind != "word"
        or low in lex.stopwords
        or low in lex.numbers
        or (low in lex.change_verbs and not _plural_after_count(toks, k, lex))
        or low in lex.change_adverbs
        or (low.endswith("ly") and len(low) > 4 and not _plural_next(toks, k + 1, lex))
        or (lex.has_role(low, "verb") and not (  # "41 went home"; not "12 left-handed"
            k + 1 < len(toks) and toks[k + 1].text in "-‐" and toks[k + 1].start == tok.end))
    ):
        return True
    if (low.endswith("ed") or low.endswith("ing")) and len(low) > 4:
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        # "were killed", "200 gathered outside"; but "40 injured people", "3 armed men"
        return nxt is None or nxt.kind != "word" or nxt.low in lex.stopwords or not (
            _noun_follows(toks, k + 1, lex))
    return False


def _plural_next(toks: list[Token], k: int, lex: Lexicon) -> bool:
    """Is the word at k a lower-case plural that a word in -ly before it modifies ("1,480
    daily flights", "40 elderly residents"), so that word is an adjective, not an adverb of
    a verb ("12 quickly left")?"""
    if k >= len(toks):
        return False
    tok = toks[k]
    return tok.kind == "word" and tok.text.islower() and tok.low not in lex.stopwords and (
        tok.low.endswith("s") and not tok.low.endswith("ss")) and not lex.has_role(
        tok.low, "verb")


def _plural_after_count(toks: list[Token], k: int, lex: Lexicon) -> bool:
    """ "two cuts", "three rises", "four falls": a change verb's -s form right after a count
    is a plural noun (a verb after a plural count takes no -s: "two firms cut")."""
    low = toks[k].low
    count = k > 0 and (toks[k - 1].kind == "num" or toks[k - 1].low in lex.numbers)
    return count and low.endswith("s") and not low.endswith("ss")


def _noun_follows(toks: list[Token], k: int, lex: Lexicon) -> bool:
    """Can the word at k be the noun a word in -ed or -ing before it modifies ("40 remaining
    staff", "skilled farm workers"), not an adverb of that verb ("gathered outside")?"""
    tok = toks[k]
    return tok.text.islower() and tok.low not in lex.stopwords and not (
        lex.has_role(tok.low, "adverb") or tok.low.endswith("ly") or lex.has_role(
            tok.low, "verb"))


def _noun_words(words: list[Token], lex: Lexicon) -> list[Token]:
    """The counted noun among the words after a figure.

    A phrase ending in a lower-case plural is taken whole ("four FA Cup finals"); else a
    capitalised plural ("3m Syrians live" -> "Syrians"); a run of capitalised names is no
    noun ("5,000 KIA"); other lower-case words are kept, at most two ("3 course meal").
    """
    if not words:
        return words
    if ends_noun(words[-1], lex) and not words[-1].text[:1].isupper():
        return words
    for n in range(len(words), 0, -1):
        last = words[n - 1]
        if last.text[:1].isupper() and ends_noun(last, lex) and not last.text.isupper():
            return words[:n]
    if any(w.text[:1].isupper() for w in words):
        return []
    return words[:2]


_MAX_PHRASE_TOKENS = 6


def _plural_phrase_end(toks: list[Token], start: int, lex: Lexicon) -> int:
    """The end of a noun phrase that reaches a lower-case plural through "and" or a model
    number: "460 Kia and Hyundai vehicles", "63,000 Model 3 sedans", "5,000 KIA and allied
    personnel". 0 if there is none within six tokens."""
    for k in range(start, min(len(toks), start + _MAX_PHRASE_TOKENS)):
        tok = toks[k]
        if k > start and tok.start > toks[k - 1].end + 1:
            return 0
        if tok.kind == "num":
            if k == start or toks[k - 1].text.islower():  # "Model 3", "iPhone 15"
                return 0
            continue
        if tok.low in ("and", "&") and k > start and toks[k - 1].kind == "word":
            continue
        if in_compound(toks, k, start, lex):
            if k > start and toks[k - 1].text in "-‐" and ends_noun(tok, lex):
                return k + 1  # "three follow-ups"
            continue  # "intensive-care beds", "so-called experts", "two-bedroom homes"
        if tok.text.isupper() and k > start and toks[k - 1].text[:1].isupper():
            continue  # "Model S", "Model X"
        if _stops_noun(toks, k, lex):
            return 0
        if ends_noun(tok, lex) and not tok.text[:1].isupper():
            return k + 1
    return 0


def noun_after(toks: list[Token], j: int, lex: Lexicon) -> tuple[str | None, int]:
    """What a plain count counts: "166,000 people", "25 crew members", "seven European countries".

    Up to three words, ending at the first plural; capitalised words only as modifiers of a
    lower-case plural ("four FA Cup finals").
    """
    k = j
    if k < len(toks) and toks[k].text in "-‐" and k + 1 < len(toks):
        word = toks[k + 1]  # "a 12-member team", "the 2,650-seat theatre": members, seats
        if word.kind == "word" and word.start == toks[k].end and not _stops_noun(toks, k + 1,
                                                                                  lex):
            return word.low, k + 2
        k += 1
    if k + 1 < len(toks) and toks[k].low in _COUNT_COMPARATIVES:
        # "90 fewer beds", "40 extra nurses": the comparative is the change, not the noun;
        # "120 fewer than in 2014": the claim is the figure, as "1,100 more than" is
        noun, end = noun_after(toks, k + 1, lex)
        return noun, (end if noun is not None else j)
    model_end = _past_model(toks, k)
    if model_end > k:  # "14 Airbus A321neo jets": the claim is "14", the model not its text
        head = noun_after(toks, model_end, lex)[0]
        model = " ".join(t.low for t in toks[k:model_end]).replace(" - ", "-")  # "f-35"
        return (f"{model} {head}" if head else None), j
    start = k
    long_end = _plural_phrase_end(toks, start, lex)
    if long_end:
        return joined(toks, start, long_end), long_end
    compound = _compound_head_end(toks, start, lex)
    if compound:  # "600 part-time staff": the compound and the word it modifies
        return joined(toks, start, compound), compound
    while k < len(toks) and k - start < _MAX_NOUN_WORDS:
        tok = toks[k]
        if _stops_noun(toks, k, lex) or (k > start and tok.start > toks[k - 1].end + 1):
            break
        k += 1
        if ends_noun(tok, lex) and not tok.text[:1].isupper():
            break
    words = _noun_words(toks[start:k], lex)
    if not words:
        return None, j
    return " ".join(w.low for w in words), start + len(words)


_COUNT_COMPARATIVES = frozenset({"fewer", "more", "extra", "additional"})
_MAX_MODEL_TOKENS = 5  # "A 321 neo": the pieces of a model code


def _past_model(toks: list[Token], k: int) -> int:
    """The index after a maker and its model code ("ATR 72", "Airbus A321neo") that stand
    before what a count counts ("three ATR 72 turboprops": turboprops), or k."""
    if k + 2 >= len(toks) or toks[k].kind != "word" or not toks[k].text[:1].isupper():
        return k
    m = k + 1
    if designation_at(toks, k):  # "two F-35 fighters": fighters
        m = k + 2
    elif not (toks[m].kind == "num" or (toks[m].text.isupper() and toks[m + 1].kind == "num"
                                        and toks[m + 1].start == toks[m].end)):
        return k
    m += 1
    while m < len(toks) and m - k <= _MAX_MODEL_TOKENS and toks[m].start == toks[m - 1].end:
        m += 1
    nxt = toks[m] if m < len(toks) else None
    return m if nxt is not None and nxt.kind == "word" and nxt.text.islower() else k


def noun_after_measure(toks: list[Token], k: int, lex: Lexicon) -> str | None:
    """The noun after a measure at k that touches its unit ("20-litre drums", "500ml
    bottles", "500-page reports"), counted by the figure before it; that measure is a claim
    of its own."""
    if k + 1 >= len(toks) or toks[k + 1].start != toks[k].end:
        return None
    suffix = unit_after(toks, k + 1, lex, toks[k].end)
    if suffix is None and toks[k + 1].text not in "-‐–—":
        return None
    after = suffix.end if suffix is not None else k + 3  # "500-page": a noun as the unit
    noun, _ = noun_after(toks, after, lex)
    return noun


_MAX_WHOLE_WORDS = 8  # "of the hundred and twenty-two lots": the whole's number tokens
_ORDERING = frozenset({"last", "first", "next", "past", "final", "previous", "remaining"})


def whole_noun_at(toks: list[Token], k: int, lex: Lexicon) -> int:
    """The index of the noun a part's whole counts, from the word after "of the": past a
    possessive ("the town's") and the whole's number in digits or words ("43", "hundred
    and twelve")."""
    if k < len(toks) and toks[k].low.endswith(("'s", "’s")):
        k += 1
    if k < len(toks) and toks[k].low in _ORDERING:
        k += 1  # "9 of their last 12 games"
    start = k
    while k < len(toks) and k - start < _MAX_WHOLE_WORDS and (
            toks[k].kind == "num" or toks[k].low in lex.numbers
            or (k > start and k + 1 < len(toks) and toks[k + 1].low in lex.numbers and (
                toks[k].low == "and" or hyphen_joins(toks, k)))):
        k += 1
    return k


def _compound_head_end(toks: list[Token], start: int, lex: Lexicon) -> int:
    """The index after a hyphenated compound that opens a noun ("part-time", "so-called")
    and the lower-case word it modifies ("staff", "personnel"), or 0: a compound with no
    such word after it ("12 left-handed went home") is left to the word-by-word reading."""
    k = start
    while k < len(toks) and k - start < _MAX_PHRASE_TOKENS and in_compound(
            toks, k, start, lex):
        k += 1
    if k - start < 3 or k >= len(toks) or toks[k].start != toks[k - 1].end + 1:
        return 0
    head = toks[k]
    if not head.text.islower() or _stops_noun(toks, k, lex):
        return 0
    return k + 1


_LEADS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "this", "these"})
_CLAUSE_STOPS = frozenset(".!?;:")


def _glued(toks: list[Token], k: int) -> bool:
    """Does tokens[k] touch the token before it ("19" in "COVID-19", "25" in "M25")?"""
    return k > 0 and toks[k - 1].end == toks[k].start


def subject_noun(toks: list[Token], first: int, lex: Lexicon) -> str | None:
    """ "Knife offences rose to 1,487", "Cases of measles climbed to 318, up from 96", "Dairy
    herds have shrunk by 130": a bare count right after a word of change (and "to", "by" or
    "from") counts the plural noun that heads the subject opening its sentence (the words
    before the first stop word, preposition or verb); None when that head is no plural
    ("Membership fell by 2,300") or a figure comes before (its noun is shared)."""
    k = first - 1
    if k >= 0 and toks[k].low in ("to", "by", "from"):
        k -= 1
    if k < 0 or not (toks[k].low in lex.change_verbs or toks[k].low in ("up", "down")):
        return None
    start = k
    while start > 0 and toks[start - 1].text not in _CLAUSE_STOPS:
        start -= 1
    if any(t.kind == "num" and not _glued(toks, m) for m, t in enumerate(toks[start:k], start)):
        return None  # "saw 820 patients, up from 640": the figure before lends its noun
    while start < k and toks[start].low in _LEADS:
        start += 1
    end = start
    while end < k and ((end > start and _glued(toks, end)) or (
            toks[end].kind == "word" and not _stops_noun(toks, end, lex))):
        end += 1  # "COVID-19 cases", "M25 closures": a name's digits are part of its word
    words = sum(1 for m in range(start, end) if m == start or not _glued(toks, m))
    if end == start or words > _MAX_NOUN_WORDS:
        return None
    head = toks[end - 1]
    return head.low if ends_noun(head, lex) else None
