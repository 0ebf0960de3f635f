"""Bare whole numbers that name rather than count: a figure written in digits with no unit,
no scale and nothing counted after it, told apart by its own shape and by its neighbours.

- Codes: five or more digits without a group separator ("text the word to 84433", "staff
  number 40917", "reference 552019"). News copy groups an amount of five digits or more
  ("84,433 people"), so an ungrouped one with nothing counted is a code, short number or
  reference (house styles: AP, Reuters, BBC write thousands with separators), unless the
  sentence writes another such number before a word, an amount: that writer does not group.
- Hours: a small whole number after a word that leads a time ("at", "by", "until" ...) in a
  sentence that writes a time of day elsewhere ("doors at 6pm, on stage by 7") or before a
  day word ("kicks off at 3 on Saturday"). A level ("the toll stood at 12 on Tuesday") has
  a verb of state before its "at" and stays a figure.

Only figures with no change word before them are read here ("rose by 7 on Monday" is a
change); the caller has already found no unit and no noun.
"""

from __future__ import annotations

from collections.abc import Callable

from factcheck.extract.clock import day_word_at
from factcheck.extract.tokens import Token
from factcheck.lexicon import Lexicon

_CODE_DIGITS = 5
_HOUR_LEADS = frozenset({"at", "by", "until", "till", "before", "after", "from"})
_CLOCK_MARKS = frozenset({"am", "pm", "a.m", "p.m", "o'clock", "o’clock", "noon", "midnight",
                          "midday"})
_SENTENCE_ENDS = frozenset(".!?;")
_REACH = 24  # tokens either side searched for a written time of day
_HOURS = 24


def names_no_amount(toks: list[Token], first: int, lex: Lexicon) -> bool:
    """Is the bare whole number at tokens[first] (no unit, no noun, no change before it) a
    code or an hour of the day rather than an amount?"""
    tok = toks[first]
    if not tok.text.isdigit() or tok.text.startswith("0"):
        return False
    if len(tok.text) >= _CODE_DIGITS:
        return not _sentence_has(toks, first, _ungrouped_amount)
    return int(tok.text) <= _HOURS and _is_hour(toks, first, lex)


def _is_hour(toks: list[Token], i: int, lex: Lexicon) -> bool:
    if i == 0 or toks[i - 1].low not in _HOUR_LEADS:
        return False
    if _sentence_has(toks, i, _written_time):
        return True
    before = toks[i - 2] if i > 1 else None
    state = before is not None and (lex.has_role(before.low, "verb") or before.low in (
        lex.change_verbs) or before.kind == "num")
    return not state and toks[i - 1].low != "from" and day_word_at(toks, i + 1, lex)


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
