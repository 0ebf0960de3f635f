"""How a year is written in a draft: the one place the year patterns are spelled.

Two readings, kept apart because the modules that use them were tested with each:

- ``YEAR``: four digits from 1800 to 2099 ("1989", "2024"): a year that names a time in
  any reading (a base year, a dated level, a figure that is a year and not a value).
- ``MODERN_YEAR``: four digits from 1900 to 2099: the period phrases ("in 2024",
  "2012-13", "since 2015") and the readings built on them, where "1850" is more often a
  count than a time.

Each is a regex fragment with no group and no boundary, for modules to build their own
patterns from (``rf"\\bsince\\s+({MODERN_YEAR})\\b"``); ``CENTURY`` and ``MODERN_CENTURY``
are the first two digits alone, for the second year of a span ("2012-13" or "2012-2013").

>>> has_year("rose to 3,200 in 2024"), has_year("rose to 20245"), has_year("in 1850")
(True, False, True)
>>> years_in("from 1998 to 2024, then 2,031 more")
['1998', '2024']
"""

from __future__ import annotations

import re

__all__ = ["CENTURY", "MODERN_CENTURY", "MODERN_YEAR", "YEAR", "YEAR_WORD", "has_year",
           "years_in"]

CENTURY = r"(?:1[89]|20)"  # 18xx, 19xx, 20xx
MODERN_CENTURY = r"(?:19|20)"  # 19xx, 20xx
YEAR = CENTURY + r"\d\d"  # 1800 to 2099
MODERN_YEAR = MODERN_CENTURY + r"\d\d"  # 1900 to 2099
YEAR_WORD = re.compile(rf"\b{YEAR}\b")  # a year standing as a word: not "20245"


def has_year(text: str) -> bool:
    """Whether text has a year (1800 to 2099) standing as a word."""
    return YEAR_WORD.search(text) is not None


def years_in(text: str) -> list[str]:
    """The years (1800 to 2099) standing as words in text, as written, in order."""
    return YEAR_WORD.findall(text)
