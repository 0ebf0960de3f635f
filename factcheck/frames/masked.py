"""The text the parser reads: each figure's digits written as one fixed digit, so that
the parse of a sentence does not depend on which digits its figures have.

The recogniser and tagger read a token's digits through its shape, prefix and suffix
features: "Leeds had 811,953 residents" and "Leeds had 811,954 residents" were parsed
differently (the name recognised in one and not the other), so whether a wrong figure
was checked at all depended on its digits. Every digit of a number is read as DIGIT.
Kept as written: years (1800-2099, which the recogniser reads as dates), what follows a
"/" or "-" ("2025/26", "COVID-19"), and a number right after a capitalised word inside a
sentence ("on Route 66", "the Channel 4 show": part of a name, which the frames read from
the parse's tokens). The text keeps its length, so offsets hold; the frames read the
figures themselves from the draft's text, never from the parse's tokens.
"""

from __future__ import annotations

import re

__all__ = ["DIGIT", "masked"]

DIGIT = "5"
_NUMBER = re.compile(r"(?<![\w/-])\d[\d,.]*")
_YEAR = re.compile(r"(?:1[89]|20)\d\d")


def masked(text: str) -> str:
    """text with the digits of every number but a year read as DIGIT, same length.

    >>> masked("Leeds had 811,954 residents in 2021, up 3.2% on 2020/21.")
    'Leeds had 555,555 residents in 2021, up 5.5% on 2020/21.'
    """
    return _NUMBER.sub(lambda found: _one(found, text), text)


_NAMED = re.compile(r"[\w,;:]\s+[A-Z][\w'-]*\s$")  # "on Route 66": part of a name (not
# a sentence's first word: "About 4,000 people")


def _one(found: re.Match[str], text: str) -> str:
    number = found.group()
    if _YEAR.fullmatch(number.rstrip(".,")) or _NAMED.search(
            text, max(0, found.start() - 30), found.start()):
        return number
    return re.sub(r"\d", DIGIT, number)
