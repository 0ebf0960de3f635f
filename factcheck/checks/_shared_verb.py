"""Shares that are the subjects of one verb written once, for FC205: "52% went to Hale
and 51% to Moss"; "Of its grant, 55% goes to schools, 30% to roads and 20% to parks";
"61% were women and 44% men".

The parse gives a share and the shares after it in its sentence one clause verb (the
verb has a subject of its own): the first share stands before that verb, its subject,
and the later ones after it, the verb left out before each (gapping). One predicate
written once over several subjects, each with its own complement, answers one question
of one whole: where the vote went, what the grant is spent on. Whatever the verb's
words: the reading is the parse's and the figures' order, not a list of verbs.

A later share is not read when it names a whole, scope or period of its own ("51% of
the votes in Leeds", "51% in 2023": factcheck.checks._shares.bare reads these), when a
scope stands before it ("and in Leeds 51% ..."), or when its complement is the first
share's ("52% went to Hale and 51% to Hale": one holder, two counts), or when the
verb is written again after it (a parse that hangs "and 58% use the pool" on the first
"use": factcheck.checks._shares reads a verb written twice).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.checks import Document, _shares
from factcheck.checks import _figures as fig
from factcheck.frames.periods import periods

_CLAUSE_BREAK = re.compile(r"[,;]|\b(?:and|but|while|whereas)\b", re.IGNORECASE)


def groups(doc: Document) -> Iterator[list[int]]:
    """Each run of two or more shares under one verb written once, as claim indices."""
    for group in doc.groups:
        members = [i for i in group if _shares.plain(doc.claims[i])]
        k = 0
        while k < len(members):
            run = _run(doc, members[k:])
            if len(run) > 1:
                yield run
            k += max(len(run), 1)


def _run(doc: Document, members: list[int]) -> list[int]:
    """The first member and the shares after it that its verb, written once, governs."""
    first = members[0]
    verb = doc.contexts[first].verb
    if verb is None or verb < doc.claims[first].end or doc.frames[first].relations:
        return []
    run = [first]
    seen = {complement(doc, first, verb)}
    for i in members[1:]:
        c = doc.claims[i]
        if doc.contexts[i].verb != verb or c.start < verb or not _shares.bare(doc, i):
            break
        period = doc.frames[i].period
        if period is not None and period != doc.frames[first].period:
            break
        gap = doc.text[doc.claims[run[-1]].end : c.start]
        lead = fig.WORDS.findall(_CLAUSE_BREAK.split(gap)[-1])  # the share's own clause
        if {w.lower() for w in lead} & fig.QUALIFIERS or periods(gap, 0, doc.as_of):
            break  # "... and in Leeds 51% to Moss": a scope of its own; "went to Hale in
            # 2019 and 51% ...": a period; not "chose the kit in green, 33% the white":
            # the first clause's own complement
        said = complement(doc, i, c.end)
        if not said or said in seen or said == _word_at(doc, verb):
            break  # "and 58% use the pool": the verb written again, no gapping
        seen.add(said)
        run.append(i)
    return run


def _word_at(doc: Document, offset: int) -> str:
    found = fig.WORDS.match(doc.text, offset)
    return found.group(0).lower() if found else ""


def complement(doc: Document, i: int, start: int) -> str:
    """The first word from start (the verb's end, or the share's) that is no function
    word, determiner or the verb itself: what the share's clause says of it ("went to
    Hale" -> hale)."""
    end = doc.contexts[i].sentence[1]
    words = [w.lower() for w in fig.WORDS.findall(doc.text, start, end)]
    if start == doc.contexts[i].verb:
        words = words[1:]
    skip = fig.words("function") | fig.words("determiner")
    return next((w for w in words if w not in skip), "")

