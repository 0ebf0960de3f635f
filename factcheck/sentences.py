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
from importlib.resources import files

_END = re.compile(
    r"[.!?][\"'”’)\]]*(?=\s+[\"'“‘(\[A-Z0-9]|\s*$)"
    r"|\.(?=\s+[a-z])"  # "last year. thats": copy that lost its capitals (see sentences)
    r"|\n[ \t]*\n"
)


@cache
def _abbreviations() -> dict[str, str]:
    """Abbreviation -> "" or "number" (an abbreviation only before a number)."""
    text = files("factcheck").joinpath("data", "abbreviations.txt").read_text("utf-8")
    rows = [w.split("\t") for w in text.splitlines() if w.strip() and not w.startswith("#")]
    return {r[0].strip().lower(): (r[1].strip() if len(r) > 1 else "") for r in rows}


def _is_abbreviation(text: str, dot: int) -> bool:
    """Is the full stop at text[dot] part of an abbreviation ("Mr.", "U.S.", "J.")?"""
    space = max(text.rfind(" ", max(0, dot - 16), dot), text.rfind("\n", max(0, dot - 16), dot))
    word = text[space + 1 : dot].lstrip("\"'“‘([")
    if not word or not word[0].isalpha() or not word.replace(".", "").isalpha():
        return False  # "$5m." "2024." are not abbreviations
    if "." in word or len(word) == 1:
        return True  # "U.S." "J." (initials)
    kind = _abbreviations().get(word.lower())
    if kind == "number":
        return bool(re.match(r"\s*\d", text[dot + 1 : dot + 4]))
    return kind is not None


def _ends_lower_case_sentence(text: str, dot: int) -> bool:
    """Before a lower-case letter a full stop ends a sentence only after a 3+ letter word."""
    before = text[max(0, dot - 3) : dot]
    return len(before) == 3 and before.isalpha() and before.islower()


def sentences(text: str) -> tuple[tuple[int, int], ...]:
    """Start and end offsets of each sentence, leading and trailing space trimmed."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _END.finditer(text):
        dot = m.start()
        if text[dot] == ".":
            if dot and text[dot - 1].isalpha() and _is_abbreviation(text, dot):
                continue
            nxt = text[m.end() : m.end() + 4].lstrip()[:1]
            if nxt.islower() and not _ends_lower_case_sentence(text, dot):
                continue
        _add(text, start, m.end(), spans)
        start = m.end()
    _add(text, start, len(text), spans)
    return tuple(spans)


def _add(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
