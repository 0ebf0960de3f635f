"""A series named by its title's words in another order or without some of them.

A comparison without a figure ("Germany had more wind capacity installed than France")
is decided only on a series the sentence names (reference.compare_series); the writer
names it by its head and some modifiers, in any order, not by the title's full wording
("Installed wind energy capacity"). A title is named when the sentence holds its head
(the last content word of the name before its first "of", or after it when the words
before are generic: "Share of the population with access to electricity" is of
electricity) and at least as many of its content words as it lacks, at least two; of
the titles so named, the one with most words named and fewest missing decides, and a tie names none
(two series fit the words equally: a guess, so unverifiable).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from factcheck.reference.metric import (  # one reading of a title's name and generic words
    _HEAD,
    _OF,
    _generic_stems,
    words,
)

_WORD = re.compile(r"[^\W\d_][\w-]*")


def title_head(title: str) -> frozenset[str]:
    """The stem of a title's head word (as a set of at most one stem).

    >>> sorted(title_head("Installed wind energy capacity"))
    ['capac']
    >>> sorted(title_head("Share of the population with access to electricity"))
    ['electr']
    """
    name = _HEAD.split(title, 1)[0]
    before, *after = _OF.split(name, 1)
    for part in (before, *after):
        said = [w for w in _WORD.findall(part) if words(w) - _generic_stems()]
        if said:
            return words(said[-1]) - _generic_stems()
    return frozenset()


def fit(cues: frozenset[str], title: str) -> tuple[int, int] | None:
    """(words named, words missing) of a title the cues name, or None when they do not.

    >>> fit(words("more wind capacity installed"), "Installed wind energy capacity")
    (3, 1)
    >>> fit(words("more wind capacity"), "Installed solar energy capacity") is None
    True
    """
    content = words(title) - _generic_stems()
    named, missing = len(content & cues), len(content - cues)
    head = title_head(title)
    if not head or not head <= cues or named < 2 or named < missing:
        return None
    return named, missing


def named_title(cues: frozenset[str], titles: Sequence[str]) -> str | None:
    """The one title the cues name best (fit), or None when none is named or two tie.

    >>> named_title(words("wind capacity"), ["Installed wind energy capacity",
    ...                                       "Installed solar energy capacity"])
    'Installed wind energy capacity'
    >>> named_title(words("electricity share wind"), ["Share of electricity from wind (onshore)",
    ...                                                "Share of electricity from wind (offshore)"])
    """
    scored = sorted(((f[0], -f[1]), title) for title in set(titles)
                    if (f := fit(cues, title)) is not None)
    if not scored or (len(scored) > 1 and scored[-1][0] == scored[-2][0]):
        return None
    return scored[-1][1]
