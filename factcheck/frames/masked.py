"""The text the parser reads: each figure's digits written as one fixed digit, so that
the parse of a sentence does not depend on which digits its figures have.

The recogniser and tagger read a token's digits through its shape, prefix and suffix
features: "Leeds had 811,953 residents" and "Leeds had 811,954 residents" were parsed
differently (the name recognised in one and not the other), so whether a wrong figure
was checked at all depended on its digits. Every digit of a number is read as DIGIT;
years (1800-2099) and what follows a "/" or "-" ("2025/26") are kept, for the recogniser
reads them as dates. The text keeps its length, so offsets hold; the frames read the
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
    return _NUMBER.sub(_one, text)


def _one(found: re.Match[str]) -> str:
    number = found.group()
    if _YEAR.fullmatch(number.rstrip(".,")):
        return number
    return re.sub(r"\d", DIGIT, number)
