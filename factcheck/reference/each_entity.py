"""One figure said of each entity of a list: "In several countries, including Chad, Burundi
and South Sudan, fewer than 20% of people had electricity in 2017", "Germany, Spain and
Italy each have more than four doctors per 1,000 people".

The frames leave such a figure without a subject (the sentence names several entities and
the parse ties it to none). When the sentence holds that one figure, and its entities are
one coordinated list ("A, B and C", "A and B"), the figure is a claim about each of them:
it holds when it holds for every one and is wrong when it is wrong for any one. A figure
the list shares out ("combined", "together", "in total", "between them", "respectively",
"than") is no claim about each, and decides nothing.
"""

from __future__ import annotations

import re
from itertools import pairwise

from factcheck.reference.compare_read import mentions

SEVERAL = "the sentence names several entities"
MAX_ENTITIES = 8
_LINK = re.compile(r"\s*(?:,\s*(?:and|or)?|and|or|&)\s*", re.IGNORECASE)
_SHARED = re.compile(r"\b(?:combined|together|in\s+total|total\s+of|between\s+them|jointly|"
                     r"respectively|than(?!\s+(?:about\s+|around\s+)?(?:[\d$£€]|(?:one|two|"
                     r"three|four|five|six|seven|eight|nine|ten|a|an|half|twice)\b))|compared|"
                     r"versus|vs\.?|while|whereas|unlike)\b",
                     re.IGNORECASE)


def listed(sentence: str) -> list[str] | None:
    """The entities of the one coordinated list the sentence names, in order, or None when
    it names no such list, names others beside it, or shares the figure out."""
    if _SHARED.search(sentence):
        return None
    named = [m for m in mentions(sentence, 0, len(sentence)) if m.key != "World"]
    if not 2 <= len(named) <= MAX_ENTITIES:
        return None
    for left, right in pairwise(named):
        if not _LINK.fullmatch(sentence[left.end:right.start]):
            return None
    names = [m.text.removesuffix("'s").removesuffix("’s") for m in named]
    return list(dict.fromkeys(names))


_RESPECTIVELY = re.compile(r"\brespectively\b", re.IGNORECASE)


def respective(sentence: str, figures: int) -> list[str] | None:
    """The entities of a list the sentence's figures go with one by one ("Kenya and Uganda
    had 0.2 and 0.15 ... respectively"), in order, when the sentence says "respectively"
    and holds as many figures as the list names; else None."""
    if not _RESPECTIVELY.search(sentence):
        return None
    names = listed(_RESPECTIVELY.sub("", sentence))
    return names if names and len(names) == figures else None
