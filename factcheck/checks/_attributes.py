"""Shares that are overlapping attributes of one group, not one partition of it, for FC205
(factcheck.checks.fc205_shares_exceed_total).

The mechanism: a partition's shares answer one choice. Their clauses write one verb once
or again (its complements are the answers: "55% goes to schools, 30% to roads"; "44% rent
privately, 31% rent from the council"), or different verbs about one thing: the same
object, a pronoun that points back to it, a negation or none ("62% backed the plan, 45%
opposed it and 3% had no opinion"; "58% have a garage and 51% don't"). A clause whose
verb brings a thing of its own into the text, an object opened by the indefinite
article (words.tsv, class "indefinite": grammar, no topic), beside a clause of another
verb that does not name that thing, states a second attribute of the same people, a
yes-or-no question of its own: "70% drive to work and 45% own a bike" (drivers may own a
bike); "58% walk, 41% keep a car"; "64% rent and 51% have a pet". Each figure is a share
of the group, but the answers are not exclusive, so nothing is summed.

It reads a pair of shares only. A list of three or more clauses ("44% rent, 41% own
their home and 28% have a mortgage") is the writer's enumeration of one choice's
answers, and a share the writer marks as the rest or another part ("The other 25% took a
bus": class "another") says the parts are exclusive; both stay one partition.

A clause's verb is the parse's clause verb when it follows the share (the frames'
ClaimContext.verb), else the word right after the share, in lower case and no function
word, preposition, copula or negation ("70% drive"; not "44% B", a grade). A copula
("61% were women") or a negated clause decides nothing.
"""

from __future__ import annotations

import re

from factcheck.checks import Document
from factcheck.checks import _figures as fig

_CLAUSE_END = re.compile(r"[,;:()]|\b(?:and|but|while|whereas)\b", re.IGNORECASE)
_NEGATIVE = frozenset({"no", "none", "nothing", "not", "never"})
_NEGATED = re.compile(r"\b(?:no|none|nothing|not|never)\b|n['’]t\b", re.IGNORECASE)

Predicate = tuple[str, str, str]  # (verb, object kind: none | new | other, head)


def overlap(doc: Document, members: list[int]) -> bool:
    """Whether a pair of shares (claim indices, in text order) are clauses of different
    verbs, one with an indefinite object the other does not name (the module's rule)."""
    if len(members) != 2 or any(_marked(doc, i) for i in members):
        return False  # "44% rent, 41% own their home and 28% have a mortgage": a list of
        # three enumerates one choice's answers; "The other 25% took a bus": the rest
    said = [p for p in (_predicate(doc, i) for i in members) if p is not None]
    return any(a[0] != b[0] and _own_object(a, b) for a in said for b in said)


def _marked(doc: Document, i: int) -> bool:
    """Whether a word right before share i makes it another part of one whole ("another
    30%", "the remaining 24%", "the rest, 22%": words.tsv, class "another")."""
    before = fig.WORDS.findall(doc.text, max(0, doc.claims[i].start - 16), doc.claims[i].start)
    return bool(before) and before[-1].lower() in fig.words("another")


def _own_object(a: Predicate, b: Predicate) -> bool:
    """Whether clause a brings in a thing of its own (an indefinite object) that clause b,
    of another verb, does not name."""
    return a[1] == "new" and b[1:] != a[1:]


def _predicate(doc: Document, i: int) -> Predicate | None:
    """Share i's clause verb, its object's kind ("none": the clause ends or a preposition
    follows, "drive to work"; "new": an indefinite object, its head the last word before
    a preposition or the clause's end; "other") and head, or None when no verb follows
    the share in its own clause."""
    c, ctx = doc.claims[i], doc.contexts[i]
    later = [d.start for d in doc.claims[i + 1 :] if d.start > c.end]
    stop = min([ctx.sentence[1], *later[:1]])
    cut = _CLAUSE_END.search(doc.text, c.end, stop)
    end = cut.start() if cut else stop
    start = ctx.verb if ctx.verb is not None and c.end <= ctx.verb < end else c.end
    written = fig.WORDS.findall(doc.text, start, end)
    words = [w.lower() for w in written]
    if not words or (start == c.end and (words[0] in _NOT_VERB or not written[0].islower())):
        return None
    verb, rest = words[0], words[1:]
    if verb in fig.words("copula") or _NEGATED.search(doc.text, start, end):
        return None  # "61% were women": what they are; "51% don't": the answer no
    if not rest or rest[0] in _PREPOSITIONS:
        return verb, "none", ""
    if written[1] in fig.words("indefinite"):  # lower case: not the grade "A"
        head = next((k for k, w in enumerate(rest[1:], 1) if w in _PREPOSITIONS), len(rest))
        return verb, "new", rest[head - 1]
    return verb, "other", ""


_PREPOSITIONS = (fig.QUALIFIERS | fig.words("preposition") | fig.words("category")
                 | {"to", "by", "with", "for", "on", "at", "in", "from", "into"})
_NOT_VERB = (_PREPOSITIONS | fig.words("function") | fig.words("determiner")
             | fig.words("copula") | _NEGATIVE | {"of", "percent", "per", "cent"})
