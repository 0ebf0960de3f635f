"""Times of day written with a point ("at 9.30 tomorrow", "from 7.15 on Monday", "until 6.45
in the evening", a service named by its time: "the 8.12 to Brighton"): British clock times,
which a reader tells from a decimal by the hour and minutes and by the time words around
them. The time words are data: class when in
lexicon/frames.tsv (weekdays, "tonight", "tomorrow")."""

from __future__ import annotations

from factcheck.extract.tokens import Token
from factcheck.lexicon import Lexicon

_CLOCK_LEADS = frozenset({"at", "from", "until", "till", "by", "before", "after", "around",
                          "about", "to", "between", "and"})
_PARTS_OF_DAY = frozenset({"morning", "afternoon", "evening", "night"})
_LEVEL_DAYS = frozenset({"today", "yesterday"})  # "closed at 9.45 yesterday": a price too
_HOURS, _MINUTES = 24, 60


def reads_as_clock(text: str) -> bool:
    """Can a figure before "am" or "pm" be a time of day: an hour (up to 23: "18.30pm" is
    written too), with minutes in two digits after a point ("9", "9.30", "12.05")? "2.1 pm"
    and "74 pm" are no times (a length in picometres)."""
    hours, point, minutes = text.partition(".")
    if not hours.isdigit() or int(hours) >= _HOURS:
        return False
    return not point or (len(minutes) == 2 and minutes.isdigit() and int(minutes) < _MINUTES)


def is_clock_time(toks: list[Token], i: int, lex: Lexicon) -> bool:
    """Is the number at tokens[i] an hour and minutes ("9.30") after a word that leads a
    time and before a word of the day ("tomorrow", "Monday", "in the evening", "sharp")?"""
    tok = toks[i]
    hours, _, minutes = tok.text.partition(".")
    if not (hours.isdigit() and len(minutes) == 2 and minutes.isdigit()):
        return False
    if int(hours) >= _HOURS or int(minutes) >= _MINUTES or i == 0:
        return False
    if toks[i - 1].low == "the" and _service_named(toks, i + 1):
        return True  # "the 7.42 from York", "the 16.05 service to Penzance": a train by its time
    if toks[i - 1].low not in _CLOCK_LEADS:
        return False
    return day_word_at(toks, i + 1, lex)


def _service_named(toks: list[Token], k: int) -> bool:
    """ "from York", "service to Penzance", "express from Leeds": "from" or "to" and a place
    (a capitalised word) at tokens[k], or after one lower-case word there."""
    if k < len(toks) and toks[k].kind == "word" and toks[k].text.islower() and (
            toks[k].low not in ("from", "to")):
        k += 1
    return k + 1 < len(toks) and toks[k].low in ("from", "to") and (
        toks[k + 1].text[:1].isupper())


def day_word_at(toks: list[Token], k: int, lex: Lexicon) -> bool:
    """Does a word of the day start at tokens[k] ("tomorrow", "Monday", "on Friday", "this
    morning", "in the evening", "sharp"; not "today" or "yesterday", which a price has too)?"""
    if k >= len(toks):
        return False
    low = toks[k].low
    if low == "sharp" or (lex.frame_class(low, "when") and low not in _LEVEL_DAYS):
        return True
    if low in ("on", "this", "every", "each") and k + 1 < len(toks):
        nxt = toks[k + 1].low
        return nxt in _PARTS_OF_DAY or (lex.frame_class(nxt, "when") and nxt not in _LEVEL_DAYS)
    return low == "in" and k + 2 < len(toks) and toks[k + 2].low in _PARTS_OF_DAY


_WORDED_LEADS = frozenset({"at", "until", "till", "before", "after", "around"})  # not "by":
# "rose by a quarter to eleven in March" is a change and a level
_NOON = frozenset({"midnight", "noon", "midday"})
_TIME_AFTER = frozenset({"o'clock", "am", "pm", "and", "when", "that", "the", "on", "in"})


def worded_clock_end(toks: list[Token], i: int, lex: Lexicon) -> int:
    """The index after a time of day in words starting at tokens[i] ("at a quarter to
    eleven", "until half past nine", "at twenty to six", "after ten past midnight"), or 0: a
    quarter, a half or a count of minutes, "to" or "past", and an hour in words (then the
    clause's end or a word of the day: not "to eleven percent"), after a word that leads a
    time ("at", "until" ...; not "from" or "by", where "from twenty to six" is a range and
    "by a quarter to eleven" a change and its level)."""
    low = toks[i].low
    entry = lex.numbers.get(low)
    minutes = low in ("quarter", "half") or (
        entry is not None and entry[1] in ("unit", "ten") and 0 < entry[0] < _MINUTES)
    if not minutes or i + 2 >= len(toks) or toks[i + 1].low not in ("to", "past"):
        return 0
    start = i - 1 if i > 0 and toks[i - 1].low == "a" else i
    if start == 0 or toks[start - 1].low not in _WORDED_LEADS:
        return 0
    hour = toks[i + 2].low
    said = lex.numbers.get(hour)
    if not (hour in _NOON or (said is not None and said[1] == "unit" and 1 <= said[0] <= 12)):
        return 0
    after = toks[i + 3] if i + 3 < len(toks) else None
    if after is None or (after.kind == "sym" and after.text in ".,;:!?)") or (
            after.low in _TIME_AFTER or day_word_at(toks, i + 3, lex)):
        return i + 3  # "... to eleven.", "to six in the evening"; not "to eleven percent"
    return 0
