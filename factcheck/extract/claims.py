"""Assemble claims: one pass over the tokens, a bounded look left and right of each number.

The stages for each number: skip what is not a figure (filters), read the number and its
scale (numbers), a range partner, the unit or counted noun (units), then the bound,
currency and change before it (qualifiers).
"""

from __future__ import annotations

import math
from dataclasses import replace

from factcheck.extract import filters
from factcheck.extract.bare import names_no_amount
from factcheck.extract.changes import figure_change
from factcheck.extract.clause import verb_follows_count
from factcheck.extract.clock import worded_clock_end
from factcheck.extract.combine import combine
from factcheck.extract.dimensions import dimension_unit, first_side
from factcheck.extract.found import Found
from factcheck.extract.holders import holder_list_noun
from factcheck.extract.nouns import noun_after, noun_after_measure, subject_noun, whole_noun_at
from factcheck.extract.numbers import (
    Number,
    plus_minus,
    read_digits,
    read_fraction,
    read_multiplier,
)
from factcheck.extract.points import percentage_points
from factcheck.extract.qualifiers import (
    Prefix,
    change_after,
    odd_approx,
    over_as_during,
    passed_by,
    read_prefix,
)
from factcheck.extract.ratios import ratio_claims
from factcheck.extract.readings import reads_as_name
from factcheck.extract.shapes import (
    beyond_zero,
    is_age,
    out_of,
    period_to,
    quoted_currency,
    slashed_fraction,
    spaced_decimal_comma,
    times_multiplier,
)
from factcheck.extract.tokens import Token, is_fraction, tokenize
from factcheck.extract.units import Suffix, rate_after, unit_after
from factcheck.extract.worded import fraction_claim, make, multiplier_claim, vague_claim
from factcheck.extract.words import with_fraction, word_number
from factcheck.lexicon import Lexicon, lexicon
from factcheck.model import Claim

_DASHES = "-‐–—"
_DETERMINERS = frozenset({"the", "its", "their", "his", "her", "our", "those", "these", "your"})
_STANDING_WORDS = 100  # a number word this large is a figure on its own
_MONEY_SCALE = 1e3  # "5 million pounds" is money, "two hundred pounds" a weight
_VAGUE_STARTS = frozenset(phrase.split()[0] for phrase in lexicon().vague)


def find_claims(text: str) -> list[Claim]:
    toks = tokenize(text)
    lex = lexicon()
    found: list[Found] = []
    currency = "USD"
    i = 0
    numbers = lex.numbers
    while i < len(toks):
        tok = toks[i]
        if tok.kind == "sym" or (
            tok.kind == "word" and tok.low not in numbers and tok.low not in _VAGUE_STARTS
        ):
            i += 1  # most tokens cannot start a figure
            continue
        result = _claim_at(text, toks, i, lex, currency)
        if result is None:
            i += 1
            continue
        item, i = result
        if item is None:
            continue
        unit = item.claim.unit
        if unit[:3].isupper() and unit[:3].isalpha():
            currency = unit[:3]
        found.append(item)
    claims = percentage_points(text, combine(text, found))
    claims = [_folds(c) for c in claims]
    ratios = ratio_claims(text) if ":" in text else []
    if ratios:  # a ratio's terms are no figures of their own (filters: colon between numbers)
        claims = sorted([*claims, *ratios], key=lambda c: c.start)
    return claims


def _folds(claim: Claim) -> Claim:
    """ "17-fold", "fifteen-fold": a number whose noun is "fold" is a factor (a multiplier,
    as "threefold" is), not a count of folds."""
    if claim.noun != "fold" or claim.unit:
        return claim
    return replace(claim, noun=None, multiplier=True)


# a comparative between a count and its noun makes the count a difference
_COMPARED = {"more": "increase", "extra": "increase", "additional": "increase",
             "fewer": "decrease"}


def _wrap(claim: Claim | None, scale: float, text: str) -> Found | None:
    if claim is None or not math.isfinite(claim.value) or (
        claim.high is not None and not math.isfinite(claim.high)
    ):
        return None  # 400 nines are beyond any float: no figure a reader could check
    if not claim.text:
        claim = replace(claim, text=text[claim.start : claim.end])
    return Found(claim, scale)


def _claim_at(
    text: str, toks: list[Token], i: int, lex: Lexicon, currency: str
) -> tuple[Found | None, int] | None:
    """The claim whose number starts at tokens[i], and the index to go on from.

    None: no number here. (None, k): a number that is not a claim, skip to k.
    """
    tok = toks[i]
    if tok.kind == "num":
        return _digits_claim(text, toks, i, lex, currency)
    if tok.kind != "word":
        return None
    entry = lex.numbers.get(tok.low)
    idiom = _idiom_end(toks, i, lex) or worded_clock_end(toks, i, lex)
    if idiom:
        return None, idiom  # "at one point", "in two minds", "at a quarter to eleven": no count
    if entry is None:
        vague = vague_claim(text, toks, i, lex)
        if vague is None:
            return None
        return _wrap(vague[0], 1.0, text), vague[1]  # no scale word multiplied a figure
    kind = entry[1]
    if kind in ("unit", "ten") and i > 0 and lex.has_role(toks[i - 1].low, "label") and (
            toks[i - 1].low not in lex.units):
        return None, i + 1  # "the number nine shirt", "level three", "phase two"
    if kind == "fraction":
        num = read_fraction(toks, i, lex)
        if num is None:
            return None
        claim = fraction_claim(toks, num, lex)
        return _wrap(claim, 1.0, text), _index_after(toks, num.end, claim)
    if kind == "multiplier":
        num = read_multiplier(toks, i, lex)
        if num is None:
            return None
        return _wrap(multiplier_claim(toks, num, lex), 1.0, text), num.end
    num = word_number(toks, i, lex, entry)
    if num is None:
        return None
    if num.end + 1 < len(toks) and toks[num.end].text in _DASHES and (
            toks[num.end + 1].low == "fold"):  # "fifteen-fold", "forty-five-fold": a factor
        factor = Number(num.value, num.first, num.end + 2, "multiplier")
        return _wrap(multiplier_claim(toks, factor, lex), 1.0, text), factor.end
    if num.end < len(toks) and toks[num.end].low in filters.OCLOCK:
        return None, num.end + 1  # "eleven o'clock": a time of day
    claim, end = _measured_claim(text, toks, num, lex, currency, words=True)
    return _wrap(claim, num.scale, text), end


def _idiom_end(toks: list[Token], i: int, lex: Lexicon) -> int:
    """The index after an idiom (lexicon idioms.txt) that holds the number word at i, or 0."""
    for place, words in lex.idioms.get(toks[i].low, ()):
        first = i - place
        if first >= 0 and first + len(words) <= len(toks) and all(
                toks[first + k].low == word for k, word in enumerate(words)):
            return first + len(words)
    return 0


def _index_after(toks: list[Token], k: int, claim: Claim | None) -> int:
    """The index of the first token from k on that lies after the claim's surface."""
    while claim is not None and k < len(toks) and toks[k].start < claim.end:
        k += 1
    return k


def _digits_claim(
    text: str, toks: list[Token], i: int, lex: Lexicon, currency: str
) -> tuple[Found | None, int]:
    if filters.is_year_span(toks, i):
        return None, i + 3
    if filters.is_era_year(toks, i):
        return None, i + 1
    slashed = slashed_fraction(toks, i)
    if slashed is not None:  # "1/40 of the wavelength": 2.5 percent
        claim = fraction_claim(toks, slashed, lex)
        return _wrap(claim, 1.0, text), _index_after(toks, slashed.end, claim)
    phone = filters.phone_span(toks, i)
    if phone:
        return None, i + phone
    if (
        filters.is_name_or_code(toks, i, lex)
        or filters.is_date_or_time(toks, i, lex)
        or filters.is_list_number(toks, i, text)
    ):
        if i + 2 < len(toks) and toks[i + 1].text in _DASHES and toks[i + 2].kind == "num" and (
            toks[i + 1].start == toks[i].end and toks[i + 2].start == toks[i + 1].end
        ):
            return None, i + 3  # "Charlton 2-1", "Boeing 737-800": the pair goes together
        return None, i + 1
    num = spaced_decimal_comma(toks, i, lex) or read_digits(toks, i, lex) or first_side(
        toks, i, lex)
    if num is None:
        return None, i + 2
    if is_fraction(toks[i].text) and num.value < 1 and unit_after(
            toks, i + 1, lex, toks[i].end) is None:
        fraction = Number(num.value * 100, i, i + 1, "fraction")  # "¾ of voters"
        claim = fraction_claim(toks, fraction, lex)
        return _wrap(claim, 1.0, text), _index_after(toks, i + 1, claim)
    num = with_fraction(toks, num, lex)
    stated = plus_minus(toks, num.end)
    if stated is not None:  # "180 ± 5 cm": one figure; precision.py reads the ± from its text
        num = replace(num, end=stated[1])
    claim, end = _measured_claim(text, toks, num, lex, currency, words=False)
    return _wrap(claim, num.scale, text), end


def _measured_claim(
    text: str, toks: list[Token], num: Number, lex: Lexicon, currency: str, *, words: bool
) -> tuple[Claim | None, int]:
    num, prefix = odd_approx(toks, num, read_prefix(toks, num.first, lex))
    value, end = num.value, num.end
    if prefix.sign == "-":
        value = -value
    share = out_of(toks, end, lex)
    if share is not None and share[0] > value > 0:
        claim = make(toks, prefix.first, share[1], 100 * value / share[0], "percent",
                      prefix.bound, prefix.change)
        return claim, share[1]
    times = times_multiplier(toks, end, value, lex)
    if times:
        change = prefix.change or change_after(toks, times, lex)  # "3 times more"; not "as many"
        claim = make(toks, prefix.first, times, value, "", prefix.bound, change)
        return replace(claim, multiplier=True), times
    unit, value, end = _unit_of(toks, num, value, prefix, lex, currency)
    if period_to(toks, prefix.first, end, unit, lex):
        return None, end  # "in the twelve months to May": when, not how long
    prefix = passed_by(toks, over_as_during(toks, prefix, unit, lex), end)
    noun: str | None = None
    if not unit and not num.scaled:
        if not words and filters.is_year(toks, num.first, lex, prefix.bound != "exact"):
            return None, end
    if not unit and not words and is_age(toks, num, end):
        unit = "year"
    if not unit and not words:
        unit = quoted_currency(toks, num.first, end, lex) or ""  # "18.42 to the dollar"
    if not unit:
        counted = _counted_noun(toks, num, end, prefix, lex, words=words)
        if counted is None:
            return None, end
        noun, end = counted
    if reads_as_name(toks, (num.first, num.end), end, unit, noun, lex):
        return None, end  # "a 747 cargo jet", "the ten-year gilt", "3 goals to 1"
    change = figure_change(toks, prefix, end, unit, noun, lex)
    if change is None and num.end < len(toks):
        change = _COMPARED.get(toks[num.end].low)  # "90 fewer beds", "40 extra patients"
    first = toks[prefix.first]
    claim = Claim(text=text[first.start : toks[end - 1].end], start=first.start,
                  end=toks[end - 1].end, value=value, unit=unit, noun=noun,
                  bound=prefix.bound, change=change)  # type: ignore[arg-type]
    return claim, end


def _counted_noun(toks: list[Token], num: Number, end: int, prefix: Prefix, lex: Lexicon, *,
                  words: bool) -> tuple[str | None, int] | None:
    """What a figure with no unit counts, and the index after it; None when the number is
    no claim ("one of the few", a small number word standing alone)."""
    noun, end_noun = None, end
    if not verb_follows_count(toks, prefix.first, end, lex):  # "..., 212 reported headaches"
        noun, end_noun = noun_after(toks, end, lex)
    if noun is None and not words:
        noun = holder_list_noun(toks, num.first, lex)  # "57 seats: Labour 29, Greens 4"
    if noun is None and end < len(toks) and toks[end].kind == "num":
        noun = noun_after_measure(toks, end, lex)  # "four 20-litre drums": drums
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


def _unit_of(toks: list[Token], num: Number, value: float, prefix: Prefix, lex: Lexicon,
             currency: str) -> tuple[str, float, int]:
    """The unit after the figure (or its currency before it), the value in that unit, and
    the index after the unit: "45 cents" is 0.45 of the currency last named, "five degrees
    below zero" is -5, "$10 per gram" a rate."""
    end = num.end
    suffix = unit_after(toks, end, lex, toks[end - 1].end)
    if suffix is not None and suffix.kind == "cents":
        money = suffix.unit or currency
        rate = rate_after(toks, suffix.end, lex)  # "142.9p a litre"
        if rate is not None:
            return f"{money} / {rate[0]}", value / 100, rate[1]
        return money, value / 100, suffix.end
    if suffix is not None and not prefix.currency:
        unit, end = _suffix_unit(suffix, num, prefix.currency), suffix.end
        zero = beyond_zero(toks, end) if suffix.kind in ("temp", "unit") else None
        if zero is not None:  # "five degrees below zero" is -5
            return unit, zero[0] * value, zero[1]
        return unit, value, end
    if prefix.currency:
        rate = rate_after(toks, end, lex)
        if rate is not None:
            return f"{prefix.currency} / {rate[0]}", value, rate[1]
        return prefix.currency, value, end
    side = dimension_unit(toks, end, lex)  # "30 x 40 m": 30 is metres too
    return (side.unit if side is not None else ""), value, end


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


def _suffix_unit(suffix: Suffix, num: Number, currency: str | None) -> str:
    if suffix.unit == "pound" and num.scale >= _MONEY_SCALE:
        return "GBP"  # "5 million pounds" is money; "40,000 pounds" is weight
    if currency and suffix.kind == "unit":
        return f"{currency} / {suffix.unit}"
    return suffix.unit


def _word_number_stands(
    toks: list[Token], num: Number, end: int, bound: str, lex: Lexicon
) -> bool:
    """A bare number word is a claim when bounded, followed by "of" ("one of the") or a
    cardinal of a hundred or more in several words ("a waiting list of two hundred", "the
    crowd numbered three thousand"): the small ones and a scale word alone ("a hundred",
    "a thousand") are pronouns and idioms far more often ("the two met")."""
    if bound != "exact" or (num.value >= _STANDING_WORDS and num.end - num.first > 1):
        return True
    if _in_count_list(toks, num, lex):
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
