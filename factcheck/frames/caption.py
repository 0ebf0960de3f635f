"""A figure that completes a noun phrase after a colon: the headline or caption form
"Lisbon's jobless rate in 2017: 6.2%", "Average rent for a flat, 2021: about £900".

The parser reads the figure as an apposition to the phrase's head noun ("rate"), the root
of a sentence with no verb. That noun names what the figure measures, and the period
phrases of its own phrase ("in 2017") date the figure: the colon ties them as "the rate
in 2017 was 6.2%" would. A figure set off by a comma ("Lisbon's jobless rate, 6.2%,
...") or in a sentence with a verb before the colon ("The mayor said this: 400 homes")
is no caption. A phrase that names a base ("since 2015", "from 2010", "than in 2012")
dates no caption's figure.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.frames.nouns import is_noun

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["caption_span", "captioned"]

_BASES = frozenset({"since", "from", "than"})


def captioned(np: Token) -> Token | None:
    """The head noun of the phrase the figure's phrase np completes after a colon, or
    None when np is no caption's figure (see module)."""
    t = np
    while t.dep_ != "appos" and t.head.i != t.i and t.head.pos_ not in ("VERB", "AUX"):
        t = t.head  # the figure's own phrase, up to its apposition
    head = t.head
    edge = t.left_edge.i
    if (t.dep_ != "appos" or head.i >= edge or head.dep_ != "ROOT" or not is_noun(head)
            or edge == 0 or t.doc[edge - 1].text != ":"):
        return None
    if any(tok.pos_ in ("VERB", "AUX") for tok in t.doc[:edge]):
        return None
    return head


def caption_span(np: Token, offset: int) -> tuple[int, int] | None:
    """The characters from the start of the captioned phrase to the end of the figure's
    phrase, where the figure's periods may be read (None when np is no caption's)."""
    head = captioned(np)
    if head is None or any(tok.lower_ in _BASES for tok in head.subtree if tok.i < np.i):
        return None  # "Lisbon's jobless rate since 2015: 6.2%": a base, not its period
    t = np
    while t.head.i != head.i:
        t = t.head
    end = t.right_edge
    return head.left_edge.idx + offset, end.idx + len(end) + offset
