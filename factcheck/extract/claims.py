"""Assemble claims: one pass over the tokens, a bounded look left and right of each number.

The stages for each number: skip what is not a figure (filters), read the number and its
scale (numbers), a range partner, the unit or counted noun (units), then the bound,
currency and change before it (qualifiers): factcheck.extract.measured, with the noun a
figure counts read by factcheck.extract.counted.
"""

from __future__ import annotations

import math
from dataclasses import replace

from factcheck.extract import filters
from factcheck.extract.clock import worded_clock_end
from factcheck.extract.combine import combine
from factcheck.extract.dimensions import first_side
from factcheck.extract.found import Found
from factcheck.extract.gapped import with_gapped_units
from factcheck.extract.measured import measured_claim
from factcheck.extract.numbers import (
    Number,
    plus_minus,
    read_digits,
    read_fraction,
    read_multiplier,
    scaled_value,
)
from factcheck.extract.points import percentage_points
from factcheck.extract.ratios import ratio_claims
from factcheck.extract.shapes import slashed_fraction, spaced_decimal_comma
from factcheck.extract.tokens import Token, is_fraction, tokenize
from factcheck.extract.units import unit_after
from factcheck.extract.worded import (
    factor_claim,
    fraction_claim,
    multiplier_claim,
    vague_claim,
)
from factcheck.extract.words import read_words, with_fraction, word_number
from factcheck.lexicon import Lexicon, lexicon
from factcheck.model import Claim

_DASHES = "-‐–—"
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
    claims = with_gapped_units(toks, [_folds(c) for c in claims], lex)
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
    factor_of = factor_claim(toks, i, lex)
    if factor_of is not None:  # "by a factor of three"
        return _wrap(factor_of, 1.0, text), _index_after(toks, i + 1, factor_of)
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
        run = read_words(toks, i, lex)  # the whole run: "phase twenty-one", not "one" alone
        if run is None or not run.scaled:  # "seat forty-two thousand fans": a count
            return None, i + 1 if run is None else run.end  # "the number nine shirt"
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
    claim, end = measured_claim(text, toks, num, lex, currency, words=True)
    return _wrap(claim, num.scale, text), end


def _idiom_end(toks: list[Token], i: int, lex: Lexicon) -> int:
    """The index after an idiom (lexicon idioms.txt) that holds the number word at i, or 0.
    A "_" in an idiom stands for any one lower-case word that is no number ("one game at a
    time", "one crisis after another")."""
    for place, words in lex.idioms.get(toks[i].low, ()):
        first = i - place
        if first >= 0 and first + len(words) <= len(toks) and all(
                _idiom_word(toks[first + k], word, lex) for k, word in enumerate(words)):
            return first + len(words)
    return 0


def _idiom_word(tok: Token, word: str, lex: Lexicon) -> bool:
    if word != "_":
        return tok.low == word
    return tok.kind == "word" and tok.text.islower() and tok.low not in lex.numbers


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
        num = _scale_after_stated(toks, replace(num, end=stated[1]), lex)
    claim, end = measured_claim(text, toks, num, lex, currency, words=False)
    return _wrap(claim, num.scale * _subunit_factor(claim, num), text), end


def _scale_after_stated(toks: list[Token], num: Number, lex: Lexicon) -> Number:
    """ "1.8 ± 0.2 million years": a scale word after the stated tolerance scales the figure
    and its tolerance (1.8 million ± 200,000), as it does a figure it follows at once."""
    scale = lex.scales.get(toks[num.end].low) if num.end < len(toks) and not num.scaled else None
    if scale is None or scale[1] not in ("word", "both"):
        return num
    return Number(scaled_value(num.value, scale[0]), num.first, num.end + 1, num.kind, scale[0])


_CENT = 0.01


def _subunit_factor(claim: Claim | None, num: Number) -> float:
    """0.01 when the figure was written in a currency's hundredths ("57 pence", "99p": the
    claim holds 0.57 of the currency), so that the figures listed or ranged with it take
    the same factor ("53, 55 and 57 pence", "from 40 to 45p"); else 1."""
    if claim is None or not num.value or not claim.unit[:3].isupper() or (
            not claim.unit[:3].isalpha()):
        return 1.0
    return _CENT if math.isclose(claim.value, num.value * _CENT) else 1.0
