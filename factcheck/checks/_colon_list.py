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

Also read: a list under any lead-in whose items each open with their share and say how it
went, a preposition of means and a bare common noun ("Trips to work last week: 47% on
foot, 31% by bike and 24% by car": _answered, one whole's answers to one question).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.checks import Document, _shares
from factcheck.checks import _figures as fig
from factcheck.frames.periods import periods
from factcheck.lexicon import lexicon

_ITEM_END = re.compile(r"\s*(?:[,;).!?]|and\b|$)", re.IGNORECASE)
_HOLDER = re.compile(r"[A-Za-z][\w'’-]*\s*$")
# an item that opens with its share and says how or where it went: a preposition of means
# or category and a bare common noun ("47% on foot", "31% by bike", "12% at home")
_ANSWER = re.compile(r"\s+([a-z]+)\s+([a-z]+)(?:\s+[a-z]+)?\s*(?:[,;).!?]|and\b|$)")
_OPENS = re.compile(r"(?:[:,;]|\band)\s*$")


def groups(doc: Document) -> Iterator[list[int]]:
    """Each colon list of two or more shares of one whole, as claim indices."""
    for members in doc.groups:
        percents = [i for i in members if "percent" in doc.claims[i].unit]
        if len(percents) < 2 or not all(_shares.plain(doc.claims[i]) for i in percents):
            continue
        begin, end = doc.contexts[percents[0]].sentence
        colon = doc.text.find(":", begin, doc.claims[percents[0]].start)
        if colon < 0:
            continue
        named = _divides(doc.text[begin:colon]) and all(
            _item(doc, i, colon, end) for i in percents)  # "split the vote: Hale 48%, ..."
        if named or _answered(doc, percents, colon, end):  # "Trips: 47% on foot, ..."
            yield percents


def _divides(lead: str) -> bool:
    said = {w.lower() for w in fig.WORDS.findall(lead)}
    return bool(said & (fig.words("split") | fig.words("wins")))


def _item(doc: Document, i: int, colon: int, end: int) -> bool:
    """Whether share i stands after the colon, after its holder, and ends its item."""
    c = doc.claims[i]
    return (c.start > colon and _HOLDER.search(doc.text, colon + 1, c.start) is not None
            and _ITEM_END.match(doc.text, c.end, end) is not None)


def _answered(doc: Document, percents: list[int], colon: int, end: int) -> bool:
    """Whether every percentage after the colon opens its item and is followed by a
    preposition of means or category (words.tsv, classes "means" and "category", one of
    means at least) and a bare common noun, each item a different noun, all in one
    period: one whole's answers to how ("Trips to work: 47% on foot, 31% by bike and 24%
    by car"). Not items of scope ("in rural wards", "among adults": several wholes), of
    topic only ("61% on housing, 55% on crime": two questions), with a name, a determiner,
    a year or a time ("at Northgate", "by the river", "by 2030", "by spring": a noun the
    period reader reads after "this"), or under a lead-in with a rate (frames.tsv, class
    "rate": "Pass rates: 92% at primary, 85% at secondary")."""
    ways = fig.words("means") | fig.words("category")
    skip = fig.words("determiner") | fig.words("function")
    lead = [w.lower() for w in fig.WORDS.findall(doc.text, doc.contexts[percents[0]].sentence[0],
                                                  colon)]
    if not lead or any(lexicon().frame_class(w, "rate") for w in lead):
        return False
    if len({doc.frames[i].period for i in percents} - {None}) > 1:
        return False  # "47% by car last month, 61% in 2019": two periods
    nouns: dict[str, str] = {}
    for i in percents:
        c = doc.claims[i]
        found = _ANSWER.match(doc.text, c.end, end)
        if (c.start < colon or found is None or found.group(1) not in ways
                or found.group(2) in skip or found.group(2) in nouns
                or periods(f"this {found.group(2)}", 0, doc.as_of)  # "by spring": a time
                or not _OPENS.search(doc.text, colon, c.start)):
            return False
        nouns[found.group(2)] = found.group(1)
    return bool(set(nouns.values()) & fig.words("means"))  # not "61% on housing, 55% on
    # crime" alone: topics, answers to two questions
