"""Bare whole numbers that name rather than count: a figure written in digits with no unit,
no scale and nothing counted after it, told apart by its own shape and by its neighbours.

- Codes: five or more digits without a group separator ("text the word to 84433", "staff
  number 40917", "reference 552019"). News copy groups an amount of five digits or more
  ("84,433 people"), so an ungrouped one with nothing counted is a code, short number or
  reference (house styles: AP, Reuters, BBC write thousands with separators), unless the
  sentence writes another such number before a word, an amount: that writer does not group,
  or the number is a level a verb reaches or the amount "of" a noun ("rose to 10500",
  "a crowd of 48112").
- Hours: a small whole number after a word that leads a time ("at", "by", "until" ...) in a
  sentence that writes a time of day elsewhere ("doors at 6pm, on stage by 7") or before a
  day word ("kicks off at 3 on Saturday"). A level ("the toll stood at 12 on Tuesday") has
  a verb of state before its "at" and stays a figure.

- Ranks: a small number after a word of a scale of ranks and "to", "at" or "from"
  ("raised the threat level to 4").
- Models: a word in capitals after the number, then a number or a capitalised word ("the
  737 MAX 8").

Only figures with no change word before them are read here ("rose by 7 on Monday" is a
change); the caller has already found no unit and no noun.
"""

from __future__ import annotations

from collections.abc import Callable

from factcheck.extract.clock import day_word_at
from factcheck.extract.tokens import Token
from factcheck.lexicon import Lexicon

_CODE_DIGITS = 5
_HOUR_LEADS = frozenset({"at", "by", "until", "till", "before", "after", "from", "around"})
_CLOCK_MARKS = frozenset({"am", "pm", "a.m", "p.m", "o'clock", "o’clock", "noon", "midnight",
                          "midday"})
_SENTENCE_ENDS = frozenset(".!?;")
_REACH = 24  # tokens either side searched for a written time of day
_HOURS = 24


def names_no_amount(toks: list[Token], first: int, lead: int, lex: Lexicon) -> bool:
    """Is the bare whole number at tokens[first] (no unit, no noun, no change before it; its
    surface, with any bound word, starts at tokens[lead]) a code or an hour of the day rather
    than an amount?"""
    tok = toks[first]
    if not tok.text.isdigit() or tok.text.startswith("0"):
        return False
    if len(tok.text) >= _CODE_DIGITS:
        return not _sentence_has(toks, first, _ungrouped_amount) and not _level_reached(
            toks, lead, lex)
    if _capitals_after(toks, first) or _rank(toks, first, lead, lex):
        return True
    return int(tok.text) <= _HOURS and _is_hour(toks, first, lead, lex)


_RANK_LINKS = frozenset({"to", "at", "from"})
_TOP_RANK = 20  # the steps of a scale of ranks are few


def _rank(toks: list[Token], first: int, lead: int, lex: Lexicon) -> bool:
    """ "raised the terror threat level to 4", "kept the alert level at 3", "cut the
    hurricane from category 4": a small bare number right after a word of a scale of ranks
    (context.tsv role rank) and "to", "at" or "from" is a rank on that scale, as "level 4"
    is, not an amount. A verb between them leaves a level ("the river level rose to 4")."""
    return lead > 1 and int(toks[first].text) <= _TOP_RANK and (
        toks[lead - 1].low in _RANK_LINKS) and lex.has_role(toks[lead - 2].low, "rank")


_LEVEL_LINKS = frozenset({"to", "at", "by", "from", "than", "above", "below"})


def _level_reached(toks: list[Token], lead: int, lex: Lexicon) -> bool:
    """ "rose to 10500", "stood at 45000", "a crowd of 48112": a figure a verb of change,
    state or motion reaches, or the amount of a noun, is an amount however it is written."""
    if lead == 0:
        return False
    before = toks[lead - 1].low
    if before == "of" or before in lex.change_verbs or before in lex.motion_words:
        return True
    return before in _LEVEL_LINKS and _states(toks, lead - 2, lex)


def _capitals_after(toks: list[Token], i: int) -> bool:
    """ "the 737 MAX 8", "a 911 GT3 RS": a word in capitals after the number (no unit: the
    caller read none) followed by a number or another capitalised word names a model or a
    variant ("12 NHS trusts" counts trusts; "the 5 MP voted" counts members)."""
    if i + 1 >= len(toks):
        return False
    word = toks[i + 1]
    if word.kind != "word" or len(word.text) < 2 or not word.text.isupper() or (
            word.start != toks[i].end + 1):
        return False
    nxt = toks[i + 2] if i + 2 < len(toks) else None
    return nxt is not None and (nxt.kind == "num" or (
        nxt.kind == "word" and nxt.text[:1].isupper()))


def _is_hour(toks: list[Token], i: int, lead: int, lex: Lexicon) -> bool:
    """After a word that leads a time ("at", "by", "around" ...): an hour where the sentence
    writes a time of day, or before a day word unless a verb of state or change comes before
    the lead ("stood at 12 on Tuesday"); in a pair of hours "from 12 until 2", "from 9 to 5
    on weekdays" both ends are hours."""
    if lead == 0:
        return False
    pair = _hour_pair(toks, i, lead)
    if toks[lead - 1].low not in _HOUR_LEADS and pair is None:
        return False
    if _sentence_has(toks, i, _written_time):
        return True
    if pair is not None:
        link, last, opener = pair
        return not _states(toks, opener - 1, lex) and (
            link in ("until", "till") or day_word_at(toks, last + 1, lex))
    return not _states(toks, lead - 2, lex) and toks[lead - 1].low != "from" and day_word_at(
        toks, i + 1, lex)


def _states(toks: list[Token], k: int, lex: Lexicon) -> bool:
    """Is tokens[k] a verb or a figure that makes what follows a level ("stood at 12", "fell
    from 9 to 5", "went from 3 to 7")?"""
    if k < 0:
        return False
    low = toks[k].low
    return toks[k].kind == "num" or lex.has_role(low, "verb") or low in lex.motion_words or (
        low in lex.change_verbs)


_PAIR_LINKS = frozenset({"to", "until", "till"})


def _hour_pair(toks: list[Token], i: int, lead: int) -> tuple[str, int, int] | None:
    """The link, the index of the second number and that of "from" where tokens[i] is an end
    of "from A to/until B" with both ends bare small whole numbers, else None."""
    def small(k: int) -> bool:
        return 0 <= k < len(toks) and toks[k].text.isdigit() and int(toks[k].text) <= _HOURS

    if lead > 0 and toks[lead - 1].low == "from" and i + 2 < len(toks) and (
            toks[i + 1].low in _PAIR_LINKS and small(i + 2)):
        return toks[i + 1].low, i + 2, lead - 1
    if lead > 2 and toks[lead - 1].low in _PAIR_LINKS and small(lead - 2) and (
            toks[lead - 3].low == "from"):
        return toks[lead - 1].low, i, lead - 3
    return None


def _sentence_has(toks: list[Token], i: int, test: Callable[[list[Token], int], bool]) -> bool:
    """Does a token of the sentence around tokens[i] (within _REACH tokens) pass the test?"""
    k = i - 1
    while k >= 0 and i - k <= _REACH and not _ends_sentence(toks, k):
        if test(toks, k):
            return True
        k -= 1
    k = i + 1
    while k < len(toks) and k - i <= _REACH and not _ends_sentence(toks, k):
        if test(toks, k):
            return True
        k += 1
    return False


def _ungrouped_amount(toks: list[Token], k: int) -> bool:
    """Five digits or more without a separator and a word after them: the writer does not
    group ("68400 people ... and 95800 who"), so the shape says nothing about codes."""
    tok = toks[k]
    return tok.kind == "num" and tok.text.isdigit() and len(tok.text) >= _CODE_DIGITS and (
        k + 1 < len(toks) and toks[k + 1].kind == "word")


def _ends_sentence(toks: list[Token], k: int) -> bool:
    tok = toks[k]
    if tok.kind != "sym" or tok.text not in _SENTENCE_ENDS:
        return False
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    return nxt is None or (nxt.start > tok.end and not nxt.text.islower())  # "a.m. and"


def _written_time(toks: list[Token], k: int) -> bool:
    """A number with a clock mark after it ("6pm", "7 o'clock") or "hh:mm"."""
    tok = toks[k]
    if tok.kind != "num" or k + 1 >= len(toks):
        return False
    nxt = toks[k + 1]
    if nxt.low in _CLOCK_MARKS or (nxt.low in ("a", "p") and k + 2 < len(toks) and (
            toks[k + 2].text == ".")):
        return True
    return nxt.text == ":" and nxt.start == tok.end and k + 2 < len(toks) and (
        toks[k + 2].kind == "num")
