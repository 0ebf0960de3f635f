"""A number read with its unit or counted noun, bound, sign and change into a Claim.

The stages after the number: the bound, currency and sign before it (qualifiers), a share
("3 in 10") or a multiple ("3 times"), the unit after it or its currency before it (with
a rate, "$10 per gram", and cents of the currency last named), else the noun it counts
(factcheck.extract.counted), and the change its words state.
"""

from __future__ import annotations

from dataclasses import replace

from factcheck.extract import filters
from factcheck.extract.after import bound_after
from factcheck.extract.changes import figure_change
from factcheck.extract.counted import counted_noun
from factcheck.extract.dimensions import dimension_unit
from factcheck.extract.guarded import near_place
from factcheck.extract.numbers import Number
from factcheck.extract.prices import price_unit
from factcheck.extract.qualifiers import (
    Prefix,
    odd_approx,
    over_as_during,
    passed_by,
    read_prefix,
)
from factcheck.extract.rates import rate_after
from factcheck.extract.readings import reads_as_name
from factcheck.extract.shapes import (
    beyond_zero,
    is_age,
    out_of,
    period_to,
    quoted_currency,
    times_multiplier,
)
from factcheck.extract.spread import over_as_across
from factcheck.extract.tokens import Token
from factcheck.extract.units import Suffix, unit_after
from factcheck.extract.worded import make
from factcheck.lexicon import Lexicon
from factcheck.model import Claim

_MONEY_SCALE = 1e3  # "5 million pounds" is money, "two hundred pounds" a weight


# a comparative between a count and its noun makes the count a difference
_COMPARED = {"more": "increase", "extra": "increase", "additional": "increase",
             "fewer": "decrease"}


def measured_claim(
    text: str, toks: list[Token], num: Number, lex: Lexicon, currency: str, *, words: bool
) -> tuple[Claim | None, int]:
    num, prefix = odd_approx(toks, num, read_prefix(toks, num.first, lex))
    end, prefix = _bound_after(toks, num.end, prefix, lex)  # "20 or fewer staff", "65+"
    num = replace(num, end=end)
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
        # a comparative after the factor compares two things ("10 times more powerful than
        # its predecessor", "2.5 times higher than forecast"): no change; a verb of change
        # before it makes one ("rose 3 times")
        claim = make(toks, prefix.first, times, value, "", prefix.bound, prefix.change)
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
        counted = counted_noun(toks, num, end, prefix, lex, words=words)
        if counted is None:
            return None, end
        noun, end = counted
    if end > num.end:  # "5,000 people or more", "20 kg or less"
        end, prefix = _bound_after(toks, end, prefix, lex)
    if reads_as_name(toks, (num.first, num.end), end, unit, noun, lex):
        return None, end  # "a 747 cargo jet", "the ten-year gilt", "3 goals to 1"
    prefix = over_as_across(toks, prefix, end, unit, noun, lex)  # "168 flats over 14 floors"
    if prefix.bound == "exact" and near_place(toks, prefix.first, end, unit, lex):
        prefix = replace(prefix, first=prefix.first - 1, bound="at_most")
    change = figure_change(toks, prefix, end, unit, noun, lex)
    if change is None and num.end < len(toks):
        change = _COMPARED.get(toks[num.end].low)  # "90 fewer beds", "40 extra patients"
    first = toks[prefix.first]
    claim = Claim(text=text[first.start : toks[end - 1].end], start=first.start,
                  end=toks[end - 1].end, value=value, unit=unit, noun=noun,
                  bound=prefix.bound, change=change)  # type: ignore[arg-type]
    return claim, end


def _bound_after(toks: list[Token], k: int, prefix: Prefix,
                 lex: Lexicon) -> tuple[int, Prefix]:
    """The index after a bound written at k, after the figure ("aged 65 and over", "$500 or
    more"), and the prefix with that bound unless one was written before the figure; (k,
    prefix) when there is none."""
    after = bound_after(toks, k, lex) if k < len(toks) else None
    if after is None:
        return k, prefix
    bound = after[0] if prefix.bound == "exact" else prefix.bound
    return after[1], replace(prefix, bound=bound)


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
            return price_unit(money, rate[0]), value / 100, rate[1]
        return money, value / 100, suffix.end
    if suffix is not None and not prefix.currency:
        unit, end = _suffix_unit(suffix, num, prefix.currency), suffix.end
        if unit == "pound" and _paid(toks, prefix.first, end, lex):
            unit = "GBP"
        zero = beyond_zero(toks, end) if suffix.kind in ("temp", "unit") else None
        if zero is not None:  # "five degrees below zero" is -5
            return unit, zero[0] * value, zero[1]
        return unit, value, end
    if prefix.currency:
        rate = rate_after(toks, end, lex)
        if rate is not None:
            return price_unit(prefix.currency, rate[0]), value, rate[1]
        return prefix.currency, value, end
    side = dimension_unit(toks, end, lex)  # "30 x 40 m": 30 is metres too
    return (side.unit if side is not None else ""), value, end


def _paid(toks: list[Token], first: int, end: int, lex: Lexicon) -> bool:
    """ "raised 3,712 pounds", "tickets cost 12 pounds", "was fined 200 pounds": a verb of
    money (context.tsv role money) just before the figure makes "pounds" sterling, not a
    weight ("weighed 12 pounds", "lost 12 pounds"); pounds of a stuff weigh it ("raised
    400 pounds of steel")."""
    return first > 0 and lex.has_role(toks[first - 1].low, "money") and not (
        end < len(toks) and toks[end].low == "of")


def _suffix_unit(suffix: Suffix, num: Number, currency: str | None) -> str:
    if suffix.unit == "pound" and num.scale >= _MONEY_SCALE:
        return "GBP"  # "5 million pounds" is money; "40,000 pounds" is weight
    if currency and suffix.kind == "unit":
        return price_unit(currency, suffix.unit)
    return suffix.unit
