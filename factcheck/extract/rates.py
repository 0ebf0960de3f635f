"""The denominator of a rate after a unit or a sum of money ("per day", "a year", "/h"), and
"a year" as a time, not a rate ("a year earlier"). Moved from units.py unchanged."""

from __future__ import annotations

from factcheck.extract.hundreds import per_hundred
from factcheck.extract.symbols import superscripted, with_power
from factcheck.extract.tokens import Token, joined
from factcheck.lexicon import Lexicon

_RATE_WORDS = frozenset({"per", "a", "an", "/", "each"})
_TIME_SPANS = frozenset({"year", "month", "week", "day", "decade", "quarter", "fortnight",
                         "hour", "minute", "season", "century"})
_NOT_RATE_AFTER = frozenset({"earlier", "ago", "later", "before", "after", "on", "from",
                             "previously", "prior"})

_MAX_OF_WORDS = 3  # "21,000 litres of skimmed milk a day": the words of what is measured


def rate_after(toks: list[Token], k: int, lex: Lexicon) -> tuple[str, int] | None:
    """ "per day", "a year", "/h": the denominator of a rate after a unit or a sum of
    money ("$10 per gram", "$3,500 a month"), also past what the unit measures
    ("21,000 litres of milk a day", "3,000 tonnes of coal per day")."""
    if k + 2 < len(toks) and toks[k].low == "of":
        for width in range(1, _MAX_OF_WORDS + 1):
            if k + width >= len(toks) or not _measured_word(toks[k + width], lex):
                return None
            rate = _rate_at(toks, k + width + 1, lex)
            if rate is not None:
                return rate
        return None
    return _rate_at(toks, k, lex)


def _measured_word(tok: Token, lex: Lexicon) -> bool:
    """A lower-case word of what a unit measures ("milk", "crude oil"), not a number,
    a unit or a function word."""
    return tok.kind == "word" and tok.text.islower() and tok.low not in lex.stopwords and (
        tok.low not in lex.numbers and tok.low not in lex.units)


_TIME_AFTER = frozenset({"now", "today", "then", "that", "the", "this", "its", "their"})


def time_reference_at(toks: list[Token], k: int) -> bool:
    """ "$6.78 billion a year earlier", "a year ago", "a year on, prices ...", "a year from
    now": a time, not a rate ("£31 a year from April", "£1,950 a year on school costs" are
    rates)."""
    if toks[k].low not in ("a", "an") or k + 2 >= len(toks) or toks[k + 1].low not in _TIME_SPANS:
        return False
    after = toks[k + 2]
    if after.low in ("on", "from"):
        nxt = toks[k + 3] if k + 3 < len(toks) else None
        return nxt is None or nxt.kind == "sym" or nxt.low in _TIME_AFTER
    return after.low in _NOT_RATE_AFTER


def _rate_at(toks: list[Token], k: int, lex: Lexicon) -> tuple[str, int] | None:
    """The rate word at tokens[k] and its unit ("per day", "a year", "/h")."""
    if k + 1 >= len(toks) or toks[k].low not in _RATE_WORDS or time_reference_at(toks, k):
        return None  # "142.9p a litre on Monday" is a rate
    if toks[k].low in ("/", "per"):
        hundred = per_hundred(toks, k + 1, lex)
        if hundred is not None:
            return hundred
    for width in (3, 2, 1):  # "per kilowatt-hour" is three tokens
        if k + 1 + width > len(toks):
            continue
        surface = joined(toks, k + 1, k + 1 + width)
        entry = lex.units.get(surface)
        if entry is None and toks[k].text == "/" and width == 1:
            entry = lex.cased_units.get(toks[k + 1].text) or superscripted(
                toks[k + 1].text, lex)  # "m/s", "L/min", "g/cm³"
        if entry is not None and entry[1] == "unit" and (
                len(surface) > 2 or toks[k].low in ("/", "per")):  # "per kg"; not "a m"
            return with_power(toks, k + 1 + width, entry[0])
    return None
