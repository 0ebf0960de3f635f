"""Figures whose number is a word shape: fractions ("down half", "a third of a million
people"), multipliers ("doubled", "halved") and orders of magnitude ("thousands of jobs")."""

from __future__ import annotations

from dataclasses import replace

from factcheck.extract.changes import figure_change, moved_distance
from factcheck.extract.directions import change_after, change_of
from factcheck.extract.filters import is_year
from factcheck.extract.nouns import noun_after
from factcheck.extract.numbers import Number, possessed, read_digits
from factcheck.extract.qualifiers import read_prefix
from factcheck.extract.rates import time_reference_at
from factcheck.extract.shapes import vague_plural
from factcheck.extract.tokens import Token
from factcheck.extract.units import unit_after
from factcheck.extract.words import scale_after_of, word_number
from factcheck.lexicon import Lexicon
from factcheck.model import Claim

_MONEY_LOW = 1e3  # pounds by the thousand are money ("5 million pounds" in claims.py too)


def vague_claim(text: str, toks: list[Token], i: int, lex: Lexicon) -> tuple[Claim, int] | None:
    """ "thousands of jobs": the range 1,000 to 10,000 jobs; "hundreds of miles" in miles."""
    shape = vague_plural(toks, i, lex)
    if shape is None:
        return None
    low, k = shape
    prefix = read_prefix(toks, i, lex)
    unit, noun = prefix.currency or "", None
    end = k - 1 if toks[k - 1].low == "of" else k  # "thousands of jobs"; "tens of thousands"
    suffix = unit_after(toks, k, lex, toks[k - 1].end) if k < len(toks) else None
    if suffix is not None and suffix.kind in ("unit", "currency"):
        unit, end = suffix.unit, suffix.end
        if unit == "pound" and low >= _MONEY_LOW:
            unit = "GBP"  # "thousands of pounds", "a few million pounds" are money
    else:
        noun, end_noun = noun_after(toks, k, lex)
        if noun is not None:
            end = end_noun
    first = toks[prefix.first]
    claim = Claim(text=text[first.start : toks[end - 1].end], start=first.start,
                  end=toks[end - 1].end, value=low, high=low * 10, unit=unit, noun=noun,
                  bound=prefix.bound, change=prefix.change)  # type: ignore[arg-type]
    return claim, end


_ONE = frozenset({"a", "an"})  # "one metre and a half": "one" is read as a number


def unit_and_fraction(toks: list[Token], num: Number, lex: Lexicon) -> Claim | None:
    """ "a mile and a half" is 1.5 miles, "an hour and a quarter" 1.25 hours: one unit, "and",
    and the fraction at num."""
    k = num.first - 3  # the "a" of "a mile and a half"
    if k < 0 or toks[k].low not in _ONE or toks[num.first - 1].low != "and":
        return None
    suffix = unit_after(toks, k + 1, lex, toks[k].end)
    if suffix is None or suffix.end != num.first - 1 or suffix.kind not in ("unit", "temp"):
        return None
    prefix = read_prefix(toks, k, lex)
    return make(toks, prefix.first, num.end, 1 + num.value / 100, suffix.unit, prefix.bound,
                prefix.change)


def fraction_claim(toks: list[Token], num: Number, lex: Lexicon) -> Claim | None:
    """ "down half" is 50 percent; "a quarter of a percentage point" is 0.25 points. Its
    change is read as a figure in digits has it (changes.figure_change): "shaved a tenth
    off the budget" is a decrease, "added a third of a hectare of floor space" an amount."""
    claim = _fraction_claim(toks, num, lex)
    if claim is None or claim.multiplier:
        return claim
    prefix = read_prefix(toks, num.first, lex)
    end = num.end
    while end < len(toks) and toks[end].start < claim.end:
        end += 1
    first = prefix.first
    while first < len(toks) and toks[first].start < claim.start:
        first += 1
    prefix = replace(prefix, first=first, change=claim.change)
    change = figure_change(toks, prefix, end, claim.unit, claim.noun, lex)
    return replace(claim, change=change)  # type: ignore[arg-type]


def _fraction_claim(toks: list[Token], num: Number, lex: Lexicon) -> Claim | None:
    whole = unit_and_fraction(toks, num, lex)
    if whole is not None:
        return whole
    prefix = read_prefix(toks, num.first, lex)
    change = prefix.change or change_of(toks, prefix.first, lex) or (
        change_after(toks, num.end, lex))  # "a third less than usual", "a quarter higher"
    scale = scale_after_of(toks, num.end, lex)
    if scale is not None:  # "a third of a million people": 333,333 people
        return _scaled_fraction(toks, prefix.first, num.value / 100 * scale[0], scale[1], lex,
                                prefix.bound, change)
    k = num.end
    hyphened = _hyphened_unit(toks, k, lex)
    if hyphened is not None:  # "a quarter-point rise", "a half-mile walk"
        return make(toks, prefix.first, hyphened[1], num.value / 100, hyphened[0],
                    prefix.bound, change)
    if k < len(toks) and toks[k].low == "point" and toks[k].start == toks[k - 1].end + 1:
        return make(toks, prefix.first, k + 1, num.value / 100, "percentage_point",
                    prefix.bound, change or change_after(toks, k + 1, lex))
        # "a quarter point cut", as "a quarter-point cut"
    direct = _unit_word_after(toks, num, lex)
    if direct is not None:  # "one-half miles east", "a quarter mile", "two-thirds inches"
        return make(toks, prefix.first, direct[1], num.value / 100, direct[0], prefix.bound,
                    change)
    if k < len(toks) and toks[k].low == "of":
        k += 1
    if k + 1 < len(toks) and toks[k].low in ("a", "an") and toks[k + 1].low == "point":
        # "half a point": points, which a percentage level beside them makes percentage
        # points (points.py)
        claim = make(toks, prefix.first, k + 2, num.value / 100, "", prefix.bound, change)
        return replace(claim, noun="point")
    if k < len(toks) and toks[k].low in ("a", "an") and not time_reference_at(toks, k):
        unit = unit_after(toks, k + 1, lex, toks[k].end)  # not "two-fifths a decade ago"
        if unit is not None and unit.kind in ("unit", "percent", "temp"):
            if moved_distance(toks, prefix.first, unit.unit, lex):
                change = None  # "the glacier retreated half a mile": a distance moved
            return make(toks, prefix.first, unit.end, num.value / 100, unit.unit, prefix.bound,
                         change)
    return make(toks, prefix.first, num.end, num.value, "percent", prefix.bound, change)


_NO_ORDINAL = frozenset({"half", "halves", "quarter", "quarters"})


def _unit_word_after(toks: list[Token], num: Number, lex: Lexicon) -> tuple[str, int] | None:
    """The unit word right after a fraction in words ("one-half miles", "a quarter mile",
    "two-thirds inches") and the index after it: a plural unit, or any after "half" or
    "quarter" (not "a third day", "a fifth year": ordinals; a plural after "half" alone is
    counted halves). Symbols stay apart ("half m")."""
    k = num.end
    if k >= len(toks) or toks[k].kind != "word" or len(toks[k].text) < 3:
        return None
    plural, half = toks[k].low.endswith("s"), toks[num.end - 1].low in _NO_ORDINAL
    if not (plural or half) or (plural and half and num.end - num.first < 2):
        return None  # "half days", "two half years": a unit of half a day, counted
    suffix = unit_after(toks, k, lex, toks[k - 1].end)
    if suffix is None or suffix.kind not in ("unit", "temp") or suffix.end != k + 1:
        return None
    return suffix.unit, suffix.end


def _hyphened_unit(toks: list[Token], k: int, lex: Lexicon) -> tuple[str, int] | None:
    """The unit a hyphen ties to a fraction at k ("quarter-mile": mile; "half-point", said
    of rates: a percentage point), and the index after it."""
    if k + 1 >= len(toks) or toks[k].text not in "-‐" or toks[k].start != toks[k - 1].end:
        return None
    if toks[k + 1].low == "point":
        return "percentage_point", k + 2
    suffix = unit_after(toks, k, lex, toks[k - 1].end)
    if suffix is None or suffix.kind not in ("unit", "temp", "percent"):
        return None
    return suffix.unit, suffix.end


def _scaled_fraction(toks: list[Token], first: int, value: float, k: int, lex: Lexicon,
                     bound: str, change: str | None) -> Claim:
    """ "a third of a million people", "three quarters of a billion dollars"."""
    suffix = unit_after(toks, k, lex, toks[k - 1].end)
    if suffix is not None and suffix.kind in ("unit", "currency", "temp"):
        unit = "GBP" if suffix.unit == "pound" else suffix.unit
        return make(toks, first, suffix.end, value, unit, bound, change)
    noun, end = noun_after(toks, k, lex)
    claim = make(toks, first, end, float(round(value)), "", bound, change)
    return replace(claim, noun=noun)


def multiplier_claim(toks: list[Token], num: Number, lex: Lexicon) -> Claim | None:
    """ "doubled" is the factor 2; "halved" is 50 percent, a decrease (fractions are percent)."""
    prefix = read_prefix(toks, num.first, lex)
    if num.value < 1:
        return make(toks, prefix.first, num.end, (1 - num.value) * 100, "percent",
                     prefix.bound, "decrease")
    change = prefix.change or change_after(toks, num.end, lex)
    if change is None and changes_itself(toks, num.first):
        change = "increase"
    claim = make(toks, prefix.first, num.end, num.value, "", prefix.bound, change)
    return replace(claim, multiplier=True)


def factor_claim(toks: list[Token], i: int, lex: Lexicon) -> Claim | None:
    """ "rose by a factor of three", "a factor of 10 higher": the number after "factor of" is
    a multiplier, read as "threefold" is; None where no "factor of" comes before tokens[i]."""
    if i < 2 or toks[i - 1].low != "of" or toks[i - 2].low != "factor":
        return None
    entry = lex.numbers.get(toks[i].low)
    if toks[i].kind == "num":
        num = None if is_year(toks, i, lex, has_measure=False) else read_digits(toks, i, lex)
    elif entry is not None and entry[1] in ("unit", "ten"):
        num = word_number(toks, i, lex, entry)
    else:
        return None
    if num is None or num.scaled or num.value <= 1:
        return None
    first = i - 3 if i > 2 and toks[i - 3].low in ("a", "an") else i - 2
    return multiplier_claim(toks, Number(num.value, first, num.end, "multiplier"), lex)


_COMPARED = frozenset({"the", "its", "their", "his", "her", "our", "that", "those", "this",
                       "what", "as", "last"})


def changes_itself(toks: list[Token], i: int) -> bool:
    """ "doubled", "tripling", "will double": a verb of multiplying is a change; "twice the
    estimate", "threefold", "double the capacity" compare two figures (a change only with a
    change word: "rose threefold", "a threefold rise")."""
    low = toks[i].low
    if low.endswith(("ed", "es", "ing")):
        return True
    if i + 1 < len(toks) and possessed(toks[i + 1]):
        return False  # "triple Northtown's": another's figure, compared with
    nxt = toks[i + 1].low if i + 1 < len(toks) else ""
    return low in ("double", "triple", "quadruple") and nxt not in _COMPARED


def make(toks: list[Token], first: int, end: int, value: float, unit: str, bound: str,
          change: str | None) -> Claim:
    start, stop = toks[first].start, toks[end - 1].end
    return Claim(text="", start=start, end=stop, value=value, unit=unit, bound=bound,  # type: ignore[arg-type]
                 change=change)  # type: ignore[arg-type]
