"""Times of day written with a point ("at 9.30 tomorrow", "from 7.15 on Monday", "until 6.45
in the evening", "doors open at 10.30.", "by 11.45 the hall was full", a service named by its
time: "the 8.12 to Brighton"): British clock times, which a reader tells from a decimal by
the hour and minutes and by what surrounds them. A figure of that shape after a preposition
of time is a time unless something measured is near it: a unit, a currency or a counted
noun after it ("at 10.30 metres", "at 2.15 a share", "at 18.42 to the dollar"), or before
the preposition a verb of change or of level or a market's measure ("rose by 2.15", "stood
at 2.15", "the pound was at 1.27"; context.tsv role level_at, the index names, the currency
names). The time words are data: class when in lexicon/frames.tsv (weekdays, "tonight",
"tomorrow")."""

from __future__ import annotations

from factcheck.extract.tokens import Token
from factcheck.lexicon import Lexicon

_CLOCK_LEADS = frozenset({"at", "from", "until", "till", "by", "before", "after", "around",
                          "about", "to", "between", "and"})
_TIME_PREPOSITIONS = frozenset({"at", "by", "until", "till", "before", "after"})
# lead a time with no day word after it; not "from" or "between", which as often lead a
# range of levels ("moved from 1.13 to 1.38 births", "was between 3.40 and 4.20"): unsure,
# the figure stays a claim
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
    time, with a word of the day after it ("tomorrow", "Monday", "in the evening", "sharp")
    or, after a preposition of time, nothing measured near it ("at 10.30.", "by 11.45 the
    hall was full"; not "stood at 2.15", "at 10.30 metres")?"""
    if i == 0 or not clock_shaped(toks[i].text):
        return False
    if toks[i - 1].low == "the" and _service_named(toks, i + 1):
        return True  # "the 7.42 from York", "the 16.05 service to Penzance": a train by its time
    lead = i - 1
    if toks[lead].low not in _CLOCK_LEADS:
        return False
    if _ends_a_range(toks, i, lex):
        return True  # "from 9.15 to 11.40", "between 6.30 and 8.00": both ends are times
    if toks[lead].low in ("around", "about") and lead > 0 and (
            toks[lead - 1].low in _TIME_PREPOSITIONS):
        lead -= 1  # "at around 10.30"
    if measured_before(toks, lead, lex):
        return False  # "fell to 1.24 on Friday", "the pound stood at 1.27 on Monday"
    if day_word_at(toks, i + 1, lex):
        return True
    return toks[lead].low in _TIME_PREPOSITIONS and not measured_after(toks, i + 1, lex)


_REACH = 8  # tokens back from the preposition to the measure's subject or verb
_LEVEL_LEADS = frozenset({"at", "by", "to", "from", "between", "and"})  # lead a level too
_STOPS = frozenset(".;:!?")


def measured_before(toks: list[Token], lead: int, lex: Lexicon) -> bool:
    """Does the clause before the preposition at tokens[lead] make the figure after it a
    level or a change: a verb of level right before it ("stood at", "was trading at";
    context.tsv role level_verb), a market's measure, index or currency in the clause ("the
    pound was at", "the debt ratio ... at", "shares in Halden ... at"; roles level_noun,
    index; the currency names), or, before "to", "by" or "from", a word of change ("fell
    to", "rose by")? "at" after a change verb leads a time ("the sun rose at 6.15")."""
    prep = toks[lead].low
    if prep not in _LEVEL_LEADS:
        return False  # "until 10.30", "after 9.45": a level has no such preposition
    verb = lead - 2 if lead > 1 and toks[lead - 1].low.endswith("ly") else lead - 1
    if verb >= 0 and lex.has_role(toks[verb].low, "level_verb"):
        return True
    change = prep != "at"
    for k in range(lead - 1, max(-1, lead - 1 - _REACH), -1):
        low = toks[k].low
        if toks[k].kind == "sym" and low in _STOPS:
            return False
        if lex.has_role(low, "level_noun") or lex.has_role(low, "index") or (
                low in lex.currencies):
            return True
        if change and (low in lex.change_verbs or low in lex.change_adverbs
                       or low in lex.change_nouns):
            return True
    return False


_AFTER_A_TIME = frozenset({
    "on", "in", "and", "or", "but", "when", "while", "as", "with", "after", "before", "until",
    "till", "then", "the", "this", "that", "for", "so", "because", "amid", "local", "each",
    "every", "sharp", "tonight", "tomorrow", "today", "yesterday", "where", "into", "from",
    "during", "since", "onwards", "later", "if", "unless", "once"})
_PLACE_PREPOSITIONS = frozenset({"at", "over", "near", "outside", "inside", "across", "along",
                                 "behind", "towards", "toward", "through", "via", "beside"})


def measured_after(toks: list[Token], k: int, lex: Lexicon) -> bool:
    """Is something measured right after a figure, at tokens[k]: a unit, a currency, a
    counted noun, a symbol ("%"), "against" or "to the dollar" ("at 10.30 metres", "at
    2.15 a share", "at 1.27 against the euro")? Not a clause's end, a function word or a
    name ("at 10.30.", "at 10.30 on Monday", "at 10.30 the doors", "at 10.30 Ms Lee")."""
    if k >= len(toks):
        return False
    tok = toks[k]
    if tok.kind == "sym":
        return tok.text not in ".,;:!?)\"'’”–—-"
    if tok.kind == "num":
        return True
    low = tok.low
    if low == "to":  # "from 9.15 to 11.40", "at 3.40 to reports of"; not "to the dollar"
        nxt = k + 2 if k + 2 < len(toks) and toks[k + 1].low == "the" else k + 1
        return nxt < len(toks) and toks[nxt].low in lex.currencies
    if low in _AFTER_A_TIME or low in _PLACE_PREPOSITIONS or lex.has_role(low, "verb"):
        return False  # "at 6.15 over the bay", "due at 8.05 was cancelled"
    if low in lex.currencies or low in lex.unit_starts or low in lex.numbers or (
            low in lex.scales):
        return True
    return not tok.text[:1].isupper()  # "at 10.30 Ms Lee said"; "at 2.15 times earnings"


def clock_shaped(text: str) -> bool:
    """An hour (0 to 23; a lone "0" is no hour: "0.25" is a decimal) and two digits of
    minutes after a point: "9.30", "18.05", "00.15"."""
    hours, _, minutes = text.partition(".")
    if not (hours.isdigit() and len(minutes) == 2 and minutes.isdigit()) or hours == "0":
        return False
    return len(hours) <= 2 and int(hours) < _HOURS and int(minutes) < _MINUTES


def _ends_a_range(toks: list[Token], i: int, lex: Lexicon) -> bool:
    """The second end of a range of times: "to"/"and" after a time of day ("from 9.15 to
    11.40", "between 6.30 and 8.00", "from 9pm to 1.30")."""
    if i < 2 or toks[i - 1].low not in ("to", "and", "until", "till"):
        return False
    before = toks[i - 2]
    if before.low in ("am", "pm") and i > 2:
        return reads_as_clock(toks[i - 3].text)
    return before.kind == "num" and is_clock_time(toks, i - 2, lex)


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
    "by a quarter to eleven" a change and its level), or with "past" after any word ("by
    half past nine")."""
    low = toks[i].low
    entry = lex.numbers.get(low)
    minutes = low in ("quarter", "half") or (
        entry is not None and entry[1] in ("unit", "ten") and 0 < entry[0] < _MINUTES)
    if not minutes or i + 2 >= len(toks) or toks[i + 1].low not in ("to", "past"):
        return 0
    start = i - 1 if i > 0 and toks[i - 1].low == "a" else i
    led = start > 0 and toks[start - 1].low in _WORDED_LEADS
    if not led and toks[i + 1].low != "past":  # "by half past nine": "past" is read as no
        return 0                                # change or range, so any word may lead it
    hour = toks[i + 2].low
    said = lex.numbers.get(hour)
    if not (hour in _NOON or (said is not None and said[1] == "unit" and 1 <= said[0] <= 12)):
        return 0
    after = toks[i + 3] if i + 3 < len(toks) else None
    if after is None or (after.kind == "sym" and after.text in ".,;:!?)") or (
            after.low in _TIME_AFTER or day_word_at(toks, i + 3, lex)):
        return i + 3  # "... to eleven.", "to six in the evening"; not "to eleven percent"
    return 0
