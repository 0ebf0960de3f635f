"""A thing written with its amount before its noun, whose clause lists parts of that amount,
for FC207: "The club's £4.8m stand appeal raised £2.9m from members and £2.6m from the
council"; "The city's £12m road budget went £7m on resurfacing and £6.5m on bridges".

The whole is a figure that opens its sentence's subject: at the sentence's start or after
one determiner or a possessive ("The", "Its", "The charity's"), its noun at most three words
after it, headed by a noun that names an amount of money itself (words.tsv, class "fund":
appeal, fund, budget; not "The £3m stadium earned £2m from tickets and £1.5m from sponsors",
a cost and earnings), and then the clause's verb (doc.contexts: the part's clause verb, one
for all the parts). The parts are the list after that verb (factcheck.checks._sums.listed),
no other figure between, levels of the whole's unit, each followed by one scope word, the
same for every part ("from ... and ... from", "on ... and ... on":
factcheck.checks._figures.QUALIFIERS), with a label of its own after it: shares of one
amount by where it came from or went. The list may leave parts out, so only parts that
exceed the whole are wrong; parts under two verbs ("raised £2.9m and spent £2.6m on ...")
are not read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.checks import Document, _sums
from factcheck.checks import _figures as fig

_OPENING = re.compile(r"\s*(?:[A-Za-z]+\s+)?(?:[\w.]+(?:\s+[\w.]+){0,2}'s?\s+)?$")
# "The ", "Its ", "The charity's ", "Verrick Systems' ": a determiner, a possessive
_NOUN = re.compile(r"\s+(?:[a-z][a-z-]*\s+){1,3}$")  # " flood appeal ": the whole's noun
_SCOPE = re.compile(r"\s+([a-z]+)\s+\w")  # " from donors": the scope word after a part


def sized_subjects(doc: Document) -> Iterator[tuple[int, list[int], bool]]:
    """(whole, parts, complete) claim indices for each sized subject and the list its verb
    governs (module docstring); complete is always False."""
    for group in doc.groups:
        for k, w in enumerate(group[:-2]):
            parts = _parts(doc, w, group[k + 1 :])
            if parts:
                yield w, parts, False


def _parts(doc: Document, w: int, after: tuple[int, ...]) -> list[int]:
    """The parts of whole w among the figures after it, or []."""
    whole, first = doc.claims[w], doc.claims[after[0]]
    start = doc.contexts[w].sentence[0]
    verb = doc.contexts[after[0]].verb
    if (verb is None or not whole.end < verb < first.start or whole.noun
            or not _sums.addable(doc.frames[w])
            or _OPENING.fullmatch(doc.text, start, whole.start) is None
            or (noun := _NOUN.fullmatch(doc.text, whole.end, verb)) is None
            or noun.group(0).split()[-1].lower() not in fig.words("fund")):
        return []
    verb_end = fig.WORDS.match(doc.text, verb)
    if verb_end is None or doc.text[verb_end.end() : first.start].strip():
        return []  # "raised £1.4m": the verb, then the first part at once
    parts = _sums.listed(doc, after)
    if len(parts) < 2 or any(doc.contexts[i].verb != verb for i in parts):
        return []
    scopes = {_scope(doc, i) for i in parts}
    if len(scopes) != 1 or None in scopes:
        return []
    if not all(_term(doc, w, i) for i in parts) or _sums.unread(doc, [w, *parts]):
        return []
    return parts


def _scope(doc: Document, i: int) -> str | None:
    """The scope word right after part i ("from" in "£1.4m from donors"), or None."""
    m = _SCOPE.match(doc.text, doc.claims[i].end)
    word = m.group(1).lower() if m else None
    return word if word in fig.QUALIFIERS else None


def _term(doc: Document, whole: int, i: int) -> bool:
    """Whether part i can be a term of the whole's sum: a level of its unit that can be
    added, with no noun of its own, and no part of another figure."""
    frame = doc.frames[i]
    return (_sums.addable(frame) and frame.claim.unit == doc.claims[whole].unit
            and not frame.claim.noun and not frame.relations.get("whole"))
