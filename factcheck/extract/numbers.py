"""Read the number at a token: digits with scale words, number words, fractions, multipliers."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from factcheck.extract.clock import reads_as_clock
from factcheck.extract.metres import metre_not_million
from factcheck.extract.powers import caret_power, exponent, power_of_ten, times_power
from factcheck.extract.symbols import capital_symbol_ends
from factcheck.extract.tokens import Token, parse_number
from factcheck.lexicon import Lexicon

# One-letter symbols count only in their own case: "5m", "5g", "5t", "41C", "230V", "60W",
# "2h" (hours: "took 2h", "a 24h strike").
SINGLE_LETTER_UNITS = frozenset({"m", "g", "t", "l", "L", "W", "V", "C", "F", "h", "%", "°",
                                 "\u03a9", "\u2126", "\u00c5"})  # omega, ohm sign, Å

_SUBUNITS = frozenset({"p"})  # "212.4p": pence
_ONE_LETTER = SINGLE_LETTER_UNITS | _SUBUNITS
ORDINAL_SUFFIXES = frozenset({"st", "nd", "rd", "th"})
TIME_SUFFIXES = frozenset({"am", "pm"})
_FRACTION_LEAD = frozenset({"a", "an", "one"})


@dataclass(frozen=True, slots=True)
class Number:
    """A number read from tokens[first:end]."""

    value: float
    first: int
    end: int
    kind: str  # "digits", "words", "fraction" (value in percent), "multiplier"
    scale: float = 1.0  # the factor a scale word (million, bn, crore) applied

    @property
    def scaled(self) -> bool:
        return self.scale != 1.0


def scaled_value(value: float, factor: float) -> float:
    """value * factor without binary noise: 4.1 * 1e9 is 4100000000.0, not 4099999999.9999995."""
    return float(Decimal(repr(value)) * Decimal(repr(factor)))


def read_digits(toks: list[Token], i: int, lex: Lexicon) -> Number | None:
    """Digits at i with an attached or following scale word; None if not a figure."""
    tok = toks[i]
    value = parse_number(tok.text)
    end = i + 1
    factor = 1.0
    if end + 1 < len(toks) and toks[end].text in "'’" and toks[end + 1].text == "s" and (
        toks[end].start == tok.end and toks[end + 1].start == toks[end].end
    ):
        return None  # "the 90's": a decade
    power = exponent(toks, end) or power_of_ten(toks, i)
    if power is not None:
        value = float(Decimal(repr(value)).scaleb(power[0]))
        end = power[1]
    elif (raised := caret_power(toks, i)) is not None:
        value, end = float(raised[0]), raised[1]  # "2^10 bytes"
    elif (times := times_power(toks, end)) is not None:
        value, end = value * times[0], times[1]  # "8 x 2^10 bits"
    if end < len(toks) and toks[end].kind == "word" and toks[end].start == tok.end:
        suffix = toks[end].low
        scale = lex.scales.get(suffix)
        kelvin = is_kelvin(toks, i, end, lex)  # "573.15K"
        if scale and not kelvin and _attached_scale(toks, i, end, scale[1], lex):
            return Number(scaled_value(value, scale[0]), i, end + 1, "digits", scale[0])
        if suffix in ORDINAL_SUFFIXES or suffix == "s" or (
                (suffix in TIME_SUFFIXES or (suffix == "h" and i > 0 and toks[i - 1].low == "at"))
                and reads_as_clock(tok.text)):
            return None  # "9pm", "at 14h": a time of day
        if suffix not in lex.units and suffix not in lex.currencies and (
                toks[end].text not in lex.cased_units and suffix not in _SUBUNITS):
            return None  # "4K", "3D": a name, not a figure
        if len(suffix) == 1 and toks[end].text not in _ONE_LETTER and not kelvin and not (
                capital_symbol_ends(toks, end, lex)):
            return None  # "5G" is no amount of grams; "stores 40J." is joules
    end = _hyphened_scale(toks, end, lex)  # "$5.4-billion"
    if end < len(toks) and toks[end].kind == "word":
        scale = lex.scales.get(toks[end].low)
        if scale and (scale[1] in ("word", "both") or (
                scale[1] == "attached" and _after_money_sign(toks, i, lex))):
            value = scaled_value(value, scale[0])  # "$5 million"; "£25 m" apart from a sign
            end += 1
            factor = scale[0]
            # "1.2 million" may be followed by another scale: "Rs 4 lakh crore"
            nxt = lex.scales.get(toks[end].low) if end < len(toks) else None
            if nxt and nxt[1] in ("word", "both") and toks[end].kind == "word":
                value = scaled_value(value, nxt[0])
                factor *= nxt[0]
                end += 1
    return Number(value, i, end, "digits", factor)


def _after_money_sign(toks: list[Token], i: int, lex: Lexicon) -> bool:
    """Does a currency sign touch the figure at i ("£25 m", "$3 k"): a letter scale apart
    from the figure is then its scale, not a unit?"""
    return i > 0 and toks[i - 1].kind == "sym" and toks[i - 1].end == toks[i].start and (
        toks[i - 1].low in lex.currency_ends)


def _hyphened_scale(toks: list[Token], k: int, lex: Lexicon) -> int:
    """The index of a scale word a hyphen ties to the figure ("$5.4-billion"), else k."""
    if k + 1 < len(toks) and toks[k].text in "-‐" and toks[k].start == toks[k - 1].end and (
            toks[k + 1].start == toks[k].end):
        scale = lex.scales.get(toks[k + 1].low)
        if scale is not None and scale[1] in ("word", "both"):
            return k + 1
    return k


def _attached_scale(toks: list[Token], i: int, end: int, kind: str, lex: Lexicon) -> bool:
    """Is the scale word at end touching the figure at i (kind as in scales.tsv) a scale:
    "3.5bn", "£1.5billion";
    "$2.17T" only after a currency sign or code ("5t" is tonnes); "5m" not metres?"""
    if kind == "word":  # "£1.5billion", "3million"; not "2dozen"
        return len(toks[end].text) > 4
    if kind == "money":
        return i > 0 and toks[i - 1].end == toks[i].start and toks[i - 1].low in (
            lex.currency_ends)
    return kind in ("attached", "both") and not metre_not_million(toks, end, lex)


_TEMPERATURE_LOOKBACK = 12  # tokens before a figure where a temperature makes K kelvin


def temperature_near(toks: list[Token], i: int, lex: Lexicon) -> bool:
    """Does a temperature (a degree sign or a word of context.tsv role temperature) come in
    the dozen tokens before the figure at i, in its sentence? Then a K after the figure is
    kelvin ("300 °C (572 °F, 573.15K)", "cooled to 4 K"), not a thousand ("a $300K salary")."""
    for k in range(i - 1, max(-1, i - _TEMPERATURE_LOOKBACK), -1):
        tok = toks[k]
        if tok.text in ".!?;":
            return False
        if tok.text == "°" or lex.has_role(tok.low, "temperature"):
            return True
    return False


def is_kelvin(toks: list[Token], i: int, k: int, lex: Lexicon) -> bool:
    """Is the K at k after the figure at i kelvin: a temperature just before, and no noun
    after it that the K would count by the thousand ("40C and 50K people")?"""
    if toks[k].text != "K" or not temperature_near(toks, i, lex):
        return False
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    return nxt is None or nxt.kind != "word" or nxt.low in lex.stopwords


_MINUS = frozenset({"-", "−", "–", "⁻"})


def read_fraction(toks: list[Token], i: int, lex: Lexicon) -> Number | None:
    """ "half", "a third", "two-thirds", "three quarters" -> percent; None for ordinals."""
    tok = toks[i]
    entry = lex.numbers.get(tok.low)
    if entry is None or entry[1] != "fraction":
        return None
    prev = toks[i - 1] if i > 0 else None
    numerator = 1.0
    first = i
    if prev is not None and prev.text in "-‐" and i > 1 and toks[i - 2].end == prev.start:
        word = lex.numbers.get(toks[i - 2].low)
        if word and word[1] == "unit":
            numerator, first = word[0], i - 2
    elif prev is not None and prev.kind == "word":
        word = lex.numbers.get(prev.low)
        if prev.low in _FRACTION_LEAD:
            first = i - 1
        elif word and word[1] == "unit":
            numerator, first = word[0], i - 1
    if tok.low in ("half", "halves"):
        if not _half_is_fraction(toks, i, lex):
            return None
    elif first == i:
        return None  # "third quarter", "the fifth": an ordinal
    if not _hyphened_to_measure(toks, i, lex):
        return None  # "a quarter-final", "a third-party claim": a compound word
    if _followed_by_noun_ordinal(toks, i, lex) or numerator * entry[0] >= _WHOLE:
        return None  # "a game of two halves", "all four quarters": parts counted, no share
    return Number(numerator * entry[0], first, i + 1, "fraction")


_WHOLE = 100.0 - 1e-9  # percent: as many parts as make the whole, or more


def _hyphened_to_measure(toks: list[Token], i: int, lex: Lexicon) -> bool:
    """A fraction word hyphened to the word after it is a fraction only where that word is
    a unit or "point" ("a quarter-mile", "a third-point cut"); else the two make one word
    ("a quarter-final", "a third-party claim", "half-time"). True when no hyphen follows."""
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if nxt is None or nxt.text not in "-‐" or nxt.start != toks[i].end:
        return True
    after = toks[i + 2].low if i + 2 < len(toks) else ""
    return after in lex.units or after == "point"


_NOT_HALF_BEFORE = frozenset(
    {"first", "second", "the", "other", "latter", "last", "next", "this", "that", "and"}
)


def _half_is_fraction(toks: list[Token], i: int, lex: Lexicon) -> bool:
    if i > 0 and toks[i - 1].low in _NOT_HALF_BEFORE and not _joins_clause(toks, i, lex):
        return False
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if nxt is None:
        return True
    if nxt.text in "-‐" and nxt.start == toks[i].end:
        return _hyphened_to_measure(toks, i, lex)  # "a half-point cut", "half-mile";
        # not "half-time", "half-brother"
    if nxt.low in ("a", "an"):
        after = toks[i + 2].low if i + 2 < len(toks) else ""
        # "half a mile", "half a percentage point", "half a point", not "half a loaf"
        # ("half a million" is read at "million")
        return (after in lex.unit_starts or after == "point") and after != "dozen" and (
            after not in lex.scales)
    if nxt.low in ("hour", "hours", "day", "mile", "dozen", "century", "time"):
        return False
    return not _compound_modifier(toks, i, lex)


def _joins_clause(toks: list[Token], i: int, lex: Lexicon) -> bool:
    """Whether "and" before "half" joins a clause ("backed the plan and half opposed it",
    "on salaries and half on buildings"): a word before it that is no number or unit,
    not a number's half ("two and half", "a mile and half")."""
    if i < 2 or toks[i - 1].low != "and":
        return False
    before = toks[i - 2]
    return before.kind == "word" and before.low not in lex.numbers and (
        before.low not in lex.unit_starts and before.low not in lex.scales)


def _compound_modifier(toks: list[Token], i: int, lex: Lexicon) -> bool:
    """ "a half marathon", "the Haldon half marathon": "half" between an article or a name
    and a noun that is no unit, number or function word names a kind of thing, not a
    fraction of a whole ("half of", "half the", "half its", "fell by half during")."""
    prev, nxt = toks[i - 1] if i > 0 else None, toks[i + 1]
    if prev is None or not (prev.low in ("a", "an") or (
            prev.kind == "word" and prev.text[:1].isupper() and i > 1
            and toks[i - 2].kind == "word")):
        return False
    low = nxt.low
    return nxt.kind == "word" and nxt.text.islower() and low not in lex.stopwords and (
        low != "point") and (  # "a half point cut": of a percentage point
        low not in lex.unit_starts and low not in lex.numbers and low not in lex.scales
        and low not in lex.bounds and not low.endswith("ly"))


# words after "a third", "a sixth" that make it an ordinal ("a sixth straight win", "a
# third term", "a quarter century", a calendar period: "a third quarter running", "a second
# decade") or a time ("half past seven")
_ORDINAL_NEXT = frozenset({"party", "parties", "century", "world", "term", "way", "past",
                           "straight", "consecutive", "successive", "time", "round", "place",
                           "generation", "season", "day", "week", "fortnight", "month",
                           "quarter", "year", "decade", "game", "match", "seed", "attempt",
                           "victory", "win", "title", "wave"})


_NO_ORDINAL = frozenset({"half", "halves", "quarter", "quarters"})  # "a quarter complete"


def _followed_by_noun_ordinal(toks: list[Token], i: int, lex: Lexicon) -> bool:
    """ "a quarter century", "a third party", "quarter past six": the word after makes it
    no fraction. After "a"/"an" alone, a content word that follows ("a fourth meeting", "a
    fifth consecutive loss", "an eighth title") makes it an ordinal too: a fraction is
    followed by "of", a unit or scale ("a third mile"), a comparative, a participle or an
    adverb ("a third more", "a fifth compared with"), a function word (lexicon
    stopwords.txt: "fell by a fifth last year", "a third once") or the end of the phrase.
    "half" and "quarter" are no ordinals ("a quarter complete")."""
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if nxt is None:
        return False
    if nxt.low in _ORDINAL_NEXT:
        return True
    if i == 0 or toks[i - 1].low not in ("a", "an") or toks[i].low in _NO_ORDINAL:
        return False
    low = nxt.low
    return nxt.kind == "word" and nxt.text.islower() and low not in lex.stopwords and (
        low not in lex.units and low not in lex.scales and low not in lex.numbers
        and not low.endswith(("er", "ed", "ly")))  # "a third more", "a fifth compared"


# what a multiple of a figure names after "double" or "triple" ("double its estimate")
_OF_A_WHOLE = frozenset({"its", "their", "his", "her", "our", "the", "what", "last"})


def possessed(tok: Token) -> bool:
    """Is the token a name in the possessive ("Kenya's", "Eastbury’s"): another's figure
    after a multiplier word ("twice Kenya's", "triple Northtown's")?"""
    return tok.text[:1].isupper() and tok.low.endswith(("'s", "’s"))


def read_multiplier(toks: list[Token], i: int, lex: Lexicon) -> Number | None:
    """ "doubled", "more than double", "twice as", "threefold" -> the factor."""
    tok = toks[i]
    entry = lex.numbers.get(tok.low)
    if entry is None or entry[1] != "multiplier":
        return None
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    prev = toks[i - 1].low if i > 0 else ""
    if nxt is not None and nxt.text in "-‐" and nxt.start == tok.end:
        return None  # "double-digit", "triple-A"
    if nxt is not None and nxt.low == "down":
        return None  # "doubled down on its demands": an idiom
    if tok.low in ("double", "triple", "quadruple"):
        leads = {"to", "will", "would", "could", "than", "nearly", "almost", "roughly", "about",
                 "more", "may", "might", "can", "set", "expected", "should"}
        if prev not in leads and not (prev not in ("a", "an", "the") and nxt is not None
                                      and (nxt.low in _OF_A_WHOLE or possessed(nxt))):
            return None  # "a double room"; but "sold for $2m, double its estimate"
    if tok.low == "twice":
        follows = {"as", "the", "that", "those", "its", "their", "his", "her", "what", "more",
                   "than", "our", "this"}
        if nxt is None or (nxt.low not in follows and not possessed(nxt)):
            return None  # "twice Kenya's": another's figure, as "twice that of Kenya"
    return Number(entry[0], i, i + 1, "multiplier")


_PLUS_MINUS_3 = frozenset({"+/-", "plusorminus", "plus/minus"})


def plus_minus(toks: list[Token], k: int) -> tuple[float, int] | None:
    """ "± 5", "+/- 0.01", "+-3", "plus or minus 5", "plus/minus 2" after a figure: the
    stated tolerance, and the index after it."""
    if k + 1 < len(toks) and toks[k].text == "±":
        j = k + 1
    elif k + 3 < len(toks) and "".join(t.low for t in toks[k : k + 3]) in _PLUS_MINUS_3:
        j = k + 3
    elif k + 2 < len(toks) and toks[k].text == "+" and toks[k + 1].text in _MINUS:
        j = k + 2
    else:
        return None
    if toks[j].kind != "num":
        return None
    value = parse_number(toks[j].text)
    power = exponent(toks, j + 1)
    if power is not None:
        return float(Decimal(repr(value)).scaleb(power[0])), power[1]
    return value, j + 1
