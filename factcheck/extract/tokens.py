"""Split text into number, word and symbol tokens with their offsets.

One pass of one regular expression with no nested quantifiers, so time is linear in the
text and no input can make it backtrack.
"""

from __future__ import annotations

import re
from typing import NamedTuple

# Digits: Indian grouping (4,50,000), comma thousands (12,944), Swiss apostrophes
# (1'250'000), space, thin or no-break space thousands (2 450 000), plain digits, each
# with an optional decimal part; or ".5".
# Fractions: unicode ("¾", "3½"), slash ("3/8") and mixed ("4 1/2") with a denominator a
# measure is divided by (FRACTION_DENOMINATORS; "24/7", "9/11" and dates are no fractions).
_SEP = " \u00a0\u2009\u202f"
VULGAR = {"½": 0.5, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 0.25, "¾": 0.75, "⅕": 0.2, "⅖": 0.4,
          "⅗": 0.6, "⅘": 0.8, "⅙": 1 / 6, "⅚": 5 / 6, "⅛": 0.125, "⅜": 0.375, "⅝": 0.625,
          "⅞": 0.875}
_VULGAR = "".join(VULGAR)
_UNGROUP = str.maketrans("", "", ",'’" + _SEP)
_DENOMINATOR = r"(?:2|3|4|5|6|8|10|12|16|32|64|100)(?![\d/⁄])"
_TOKEN = re.compile(
    rf"(?P<num>(?=[\d.{_VULGAR}])"  # one look decides that no number starts here
    rf"(?:(?<![\d/.,])\d{{1,3}}(?:[ \u00a0]\d{{1,2}}[/⁄]{_DENOMINATOR}|[ \u00a0]?[{_VULGAR}])"
    rf"|[{_VULGAR}]|(?<![\d/.,])\d{{1,2}}[/⁄]{_DENOMINATOR}"
    r"|\d{1,2}(?:,\d\d)+,\d{3}(?!\d|,\d)(?:\.\d+)?"
    # the Swiss apostrophe: "1'250'000", "CHF 2’400"
    r"|\d{1,3}(?:['’]\d{3})+(?![\d'’])(?:\.\d+)?"
    r"|\d{1,3}(?:,\d{3})+(?!\d)(?:\.\d+)?"
    rf"|\d{{1,3}}(?:[{_SEP}]\d{{3}})+(?![\d/])(?:\.\d+)?"
    # a decimal comma: "3,5 %", "5,50 €", "€3,50", "3,5km" (a thousands comma has three digits)
    r"|\d+,\d{1,2}(?![\d,])(?=[ \u00a0\u202f]?[%€‰]|[^\W\d_])|(?<=€)\d+,\d{1,2}(?![\d,])"
    r"|\d+(?:\.\d+)?"
    r"|(?<![\d.])\.\d+))"
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
    """The value of a digits token: "12,944" -> 12944.0, "12 944" -> 12944.0, ".5" -> 0.5,
    "3½" -> 3.5, "4 1/2" -> 4.5, "3/8" -> 0.375, "5,50" (before "€" or "%") -> 5.5."""
    text = text.replace("⁄", "/")  # the fraction slash
    if "/" in text:
        whole, _, fraction = text.rpartition(" ") if " " in text else ("0", "", text)
        if not whole:
            whole, _, fraction = text.rpartition("\u00a0")
        top, bottom = fraction.split("/")
        return int(whole) + int(top) / int(bottom)
    if text[-1] in VULGAR:
        return float(text[:-1].strip() or 0) + VULGAR[text[-1]]
    return float(ungroup(text))


_DECIMAL_COMMA = re.compile(r"\d+,\d{1,2}")


def ungroup(text: str) -> str:
    """The digits of a number without its grouping: "12,944" -> "12944", "2 450 000" ->
    "2450000"; a comma before one or two final digits is a decimal comma: "3,5" -> "3.5"."""
    if "," in text and _DECIMAL_COMMA.fullmatch(text):
        return text.replace(",", ".")
    return text.translate(_UNGROUP)


def is_fraction(text: str) -> bool:
    """Is a digits token written as a fraction ("¾", "3½", "4 1/2", "3/8")?"""
    return text[-1] in VULGAR or "/" in text or "⁄" in text


def joined(tokens: list[Token], i: int, j: int) -> str:
    """Lower-cased surface of tokens[i:j], one space where the text had any gap."""
    parts = []
    for k in range(i, j):
        if k > i and tokens[k].start > tokens[k - 1].end:
            parts.append(" ")
        parts.append(tokens[k].low)
    return "".join(parts)


_TIMES_SIGNS = frozenset({"x", "X", "×"})


def times_sign_at(toks: list[Token], k: int) -> bool:
    """Is toks[k] a times sign between two figures? The letter x must be written as a
    sign: spaced on both sides ("30 x 40") or touching both ("1920x1080"), not "3x to 4x"."""
    if k < 1 or k + 1 >= len(toks) or toks[k].text not in _TIMES_SIGNS:
        return False
    before, after = toks[k - 1], toks[k + 1]
    if before.kind != "num" or after.kind != "num":
        return False
    return toks[k].text == "×" or (before.end == toks[k].start) == (toks[k].end == after.start)
