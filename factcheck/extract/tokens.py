"""Split text into number, word and symbol tokens with their offsets.

One pass of one regular expression with no nested quantifiers, so time is linear in the
text and no input can make it backtrack.
"""

from __future__ import annotations

import re
from typing import NamedTuple

# Digits: Indian grouping (4,50,000), comma thousands (12,944), thin/no-break-space
# thousands (12 944), plain digits, each with an optional decimal part; or ".5".
_SEP = "\u00a0\u2009\u202f"
_TOKEN = re.compile(
    r"(?P<num>\d{1,2}(?:,\d\d)+,\d{3}(?![\d,])(?:\.\d+)?"
    r"|\d{1,3}(?:,\d{3})+(?!\d)(?:\.\d+)?"
    rf"|\d{{1,3}}(?:[{_SEP}]\d{{3}})+(?!\d)(?:\.\d+)?"
    r"|\d+(?:\.\d+)?"
    r"|(?<![\d.])\.\d+)"
    r"|(?P<word>[^\W\d_]+(?:['’][^\W\d_]+)*)"
    r"|(?P<sym>[^\w\s]|_)"
)


class Token(NamedTuple):
    """One token. A tuple of strings and ints: the garbage collector stops tracking such
    tuples, so a long draft's tokens do not make every full collection slower."""

    kind: str  # "num", "word" or "sym"
    text: str
    start: int
    end: int
    low: str  # text in lower case, computed once


def tokenize(text: str) -> list[Token]:
    """Every token of text in order; whitespace is dropped (offsets keep the gaps)."""
    out = []
    for m in _TOKEN.finditer(text):
        word = m.group()
        out.append(Token(m.lastgroup or "sym", word, m.start(), m.end(), word.lower()))
    return out


def parse_number(text: str) -> float:
    """The value of a digits token: "12,944" -> 12944.0, "12 944" -> 12944.0, ".5" -> 0.5."""
    return float(re.sub(rf"[,{_SEP}]", "", text))


def joined(tokens: list[Token], i: int, j: int) -> str:
    """Lower-cased surface of tokens[i:j], one space where the text had any gap."""
    parts = []
    for k in range(i, j):
        if k > i and tokens[k].start > tokens[k - 1].end:
            parts.append(" ")
        parts.append(tokens[k].low)
    return "".join(parts)
