"""A year that names a price base, not a period: "GDP per head (in 2021 international
dollars)", "spending in 2015 dollars", "income, in 2010 prices, rose ...". Such a year says
whose prices the money is counted in (the base of a constant-price or PPP series); the
figure's period is elsewhere in the sentence, or unstated (DESIGN.md, Frames: the period is
the time the figure holds for).

The reading is structural: the year is followed, within two qualifying words ("constant",
"international", "US", "PPP"), by a currency (lexicon currencies.tsv, "dollars", "euros")
or by a word of the context.tsv role price_base ("prices", "terms") that closes its phrase
(a comma, bracket or stop: "In 2015 prices rose 3%" keeps its period).
"""

from __future__ import annotations

import re
from functools import cache

from factcheck.lexicon import lexicon

_WORD = re.compile(r"\s+([a-z$.]+?)(?=(\s*(?:[,;:)\]]|\.(?:\s|$)|$))|\s)")
_REACH = 3  # the base word and at most two qualifiers before it


@cache
def _words() -> tuple[frozenset[str], frozenset[str]]:
    """(currency words, price-base words), lower case, single words only."""
    lex = lexicon()
    money = frozenset(word for word in lex.currencies if word.isalpha() and len(word) > 3)
    return money, lex.with_role("price_base")


def names_price_base(low: str, end: int) -> bool:
    """Whether the year phrase ending at end in low (ascii lower case) is a price base:
    "in 2021 international dollars", "in 2015 prices," (True); "in 2015 prices rose",
    "in 2021 emissions" (False)."""
    money, bases = _words()
    for _ in range(_REACH):
        found = _WORD.match(low, end)
        if found is None:
            return False
        word = found.group(1)
        if word in money or (word in bases and found.group(2)):
            return True
        end = found.end(1)
    return False
