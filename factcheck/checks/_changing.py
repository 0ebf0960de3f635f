"""The figures of a draft that describe a change or one of its ends, for FC202: the level
before or after a change is another period's than a plain level of the same thing, so
FC202 compares none of them by key.
"""

from __future__ import annotations

import bisect

from factcheck.checks import Document, _story_rates
from factcheck.checks import _figures as fig
from factcheck.lexicon import lexicon


def changing(doc: Document) -> set[int]:
    """The figures that describe a change or one of its ends (indices into doc.claims):
    a figure read as a change or named as a change's level, a figure whose clause verb is
    a change verb ("had risen to 75"), one beside a change of its own measure in its
    sentence ("300 members, up 20% on last year": the level after is another period's
    than the one before); when the parse gives a figure no verb with a subject of its
    own, any change verb or change in its sentence. A figure under a verb of its own
    that is no change verb, in a sentence whose changes are of other measures ("The
    town, whose rents rose 8%, has 166,000 residents"), is a plain level."""
    verbs = lexicon().change_verbs
    changes: dict[tuple[int, int], list[int]] = {}
    named: set[int] = set()
    worded: set[tuple[int, int]] = set()
    read: set[tuple[int, int]] = set()  # each sentence's words are read once
    for i, (ctx, frame) in enumerate(zip(doc.contexts, doc.frames, strict=True)):
        if frame.role == "change" or frame.claim.change:
            changes.setdefault(ctx.sentence, []).append(i)
        for side in ("before", "after"):
            named.update(frame.relations.get(side, ()))
        if ctx.sentence not in read:
            read.add(ctx.sentence)
            if any(w.lower() in verbs for w in fig.WORDS.findall(doc.text[slice(*ctx.sentence)])):
                worded.add(ctx.sentence)
    out: set[int] = set()
    for i, ctx in enumerate(doc.contexts):
        own = changes.get(ctx.sentence, [])
        if i in own or i in named:
            out.add(i)
        elif ctx.verb is None:
            if own or ctx.sentence in worded:
                out.add(i)
        elif _word_at(doc.text, ctx.verb) in verbs or any(
                _story_rates.agree(doc.frames[i], doc.frames[k]) for k in _beside(own, i)):
            out.add(i)
    return out


def _beside(changes: list[int], i: int) -> list[int]:
    """The changes of a sentence (indices in order) next to figure i: the nearest before
    it and the nearest after it (a bounded look, so a long list stays linear)."""
    k = bisect.bisect_left(changes, i)
    return changes[max(0, k - 1) : k + 1]


def _word_at(text: str, at: int) -> str:
    """The word that starts at offset at, lower-cased ("" for none)."""
    m = fig.WORDS.match(text, at)
    return m.group(0).lower() if m else ""
