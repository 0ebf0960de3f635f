"""Sentence boundaries in one linear pass: "U.S.", "Mr.", "3.5" and initials do not end one.

A sentence ends at ".", "!" or "?" (with any closing quotes or brackets) followed by
white space and a capital letter, digit, quote or bracket, or at a blank line; a full
stop after a lower-case word of three letters or more also ends one before a lower-case
letter (copy that lost its capitals). The word
before a full stop decides whether it is an abbreviation.
"""

from __future__ import annotations

import re
from functools import cache

_END = re.compile(  # one class first, so the regex engine can skip to candidates quickly
    r"[.!?\n](?:(?<=[.!?])[\"'”’)\]]*(?=\s+[\"'“‘(\[A-Z0-9]|\s*$)"
    r"|(?<=\.)(?=\s+[a-z])"  # "last year. thats": copy that lost its capitals (see sentences)
    r"|(?<=\n)[ \t]*\n)"
)


@cache
def _abbreviations() -> dict[str, str]:
    """Abbreviation -> "" or "number" (an abbreviation only before a number)."""
    from factcheck.lexicon import lexicon

    return lexicon().abbreviations


_OPENERS = "\"'“‘(["  # stripped from the front of the word before a full stop


def _is_abbreviation(text: str, dot: int, first_word: list[int]) -> bool:
    """Is the full stop at text[dot] part of an abbreviation ("Mr.", "U.S.", "J.")?

    The word runs from the last space or line break in the 16 characters before the dot,
    or from the start of the text if there is none (then _word_from_start reads it).
    """
    lo = max(0, dot - 16)
    space = max(text.rfind(" ", lo, dot), text.rfind("\n", lo, dot))
    if space < 0 and lo > 0:
        word = _word_from_start(text, dot, first_word)
    else:
        word = text[space + 1 : dot].lstrip(_OPENERS)
    if not word or not word[0].isalpha() or not word.replace(".", "").isalpha():
        return False  # "$5m." "2024." are not abbreviations
    if "." in word or len(word) == 1:
        return True  # "U.S." "J." (initials)
    kind = _abbreviations().get(word.lower())
    if kind == "number":
        return bool(re.match(r"\s*\d", text[dot + 1 : dot + 4]))
    return kind is not None


def _word_from_start(text: str, dot: int, first_word: list[int]) -> str:
    """text[:dot] without its leading quotes and brackets, or "" if it cannot be a word.

    Copying text[:dot] at every full stop with no space in the 16 characters before it
    (a long URL) would make the split quadratic. Only letters and dots can make a word,
    so the text's first run of them is found once (first_word caches [start, stop]);
    a full stop beyond that run has something else in its word.
    """
    if not first_word:
        start = 0
        while start < len(text) and text[start] in _OPENERS:
            start += 1
        stop = start
        while stop < len(text) and (text[stop].isalpha() or text[stop] == "."):
            stop += 1
        first_word += [start, stop]
    start, stop = first_word
    return text[start:dot] if dot <= stop else ""


def _ends_lower_case_sentence(text: str, dot: int) -> bool:
    """Before a lower-case letter a full stop ends a sentence only after a 3+ letter word."""
    before = text[max(0, dot - 3) : dot]
    return len(before) == 3 and before.isalpha() and before.islower()


def sentences(text: str) -> tuple[tuple[int, int], ...]:
    """Start and end offsets of each sentence, leading and trailing space trimmed."""
    spans: list[tuple[int, int]] = []
    start = 0
    first_word: list[int] = []  # see _word_from_start
    for m in _END.finditer(text):
        dot, end = m.span()
        if text[dot] == ".":
            if dot and text[dot - 1].isalpha() and _is_abbreviation(text, dot, first_word):
                continue
            nxt = text[end : end + 4].lstrip()[:1]
            if nxt.islower() and not _ends_lower_case_sentence(text, dot):
                continue
        while start < end and text[start].isspace():  # _add, inline: once per sentence
            start += 1
        last = end
        while last > start and text[last - 1].isspace():
            last -= 1
        if last > start:
            spans.append((start, last))
        start = end
    _add(text, start, len(text), spans)
    return tuple(spans)


def _add(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
