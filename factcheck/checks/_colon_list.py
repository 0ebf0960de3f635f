"""Shares listed after a colon under a clause that says the list divides one whole, for
FC205: "Voters in the ward split the vote: Hale 48%, Moss 39% and Reid 21%"; "The seats
were shared: Labour 41%, the Greens 33%, independents 30%".

The clause before the colon has a verb that divides a whole or wins a share of it
(words.tsv, classes "split" and "wins", the words FC207 reads a complete list by), and
after the colon every percentage of the sentence follows its holder's name and ends its
item (a comma, "and", a semicolon, a bracket or the sentence's end after it): a list of
holders of one whole. Not read: a list whose items write more after the figure ("York
48% in 2022", "Leeds 39% of its budget": wholes, periods of their own), or a lead-in
without such a verb ("Turnout by ward: North 70%, South 65%": levels of several wholes).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.checks import Document, _shares
from factcheck.checks import _figures as fig

_ITEM_END = re.compile(r"\s*(?:[,;).!?]|and\b|$)", re.IGNORECASE)
_HOLDER = re.compile(r"[A-Za-z][\w'’-]*\s*$")


def groups(doc: Document) -> Iterator[list[int]]:
    """Each colon list of two or more shares of one whole, as claim indices."""
    for members in doc.groups:
        percents = [i for i in members if "percent" in doc.claims[i].unit]
        if len(percents) < 2 or not all(_shares.plain(doc.claims[i]) for i in percents):
            continue
        begin, end = doc.contexts[percents[0]].sentence
        colon = doc.text.find(":", begin, doc.claims[percents[0]].start)
        if colon < 0 or not _divides(doc.text[begin:colon]):
            continue
        if all(_item(doc, i, colon, end) for i in percents):
            yield percents


def _divides(lead: str) -> bool:
    said = {w.lower() for w in fig.WORDS.findall(lead)}
    return bool(said & (fig.words("split") | fig.words("wins")))


def _item(doc: Document, i: int, colon: int, end: int) -> bool:
    """Whether share i stands after the colon, after its holder, and ends its item."""
    c = doc.claims[i]
    return (c.start > colon and _HOLDER.search(doc.text, colon + 1, c.start) is not None
            and _ITEM_END.match(doc.text, c.end, end) is not None)
