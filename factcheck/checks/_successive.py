"""Successive levels of one measure: "fell to 38% of capacity, before recovering to 71%",
"stood at 64% in spring, then climbed to 92%".

Two percentages of one sentence are one measure at two times, not two parts of its
whole, when the second is a level the measure moves to or stands at (the word right
before it is "to", words.tsv class "end", or "at") in a clause whose verb takes no subject
of its own (ClaimContext.verb is None: the verb goes on from the first figure's subject,
"..., then rebounded to 61%", "before recovering to 71%"), and the first is a level too:
written after "to", "at" or a copula (words.tsv, class "copula": "was 38%", "stood at
64%"). The reading is by the parse (the clause's subject) and by the figures' places, not
by the words of a sentence.

Shares of one whole that each have a holder of their own stay shares, whatever verb moves
them: "Labour's share rose to 45% and the Greens' climbed to 62%" (a subject of its own),
"rose to 45% ... and the Greens' to 62%" (a gapped verb: the same verb, not no subject),
"put 60% into shares and 45% into bonds" (not levels reached). FC205 reads it.
"""

from __future__ import annotations

import re

from factcheck.checks import Document
from factcheck.checks import _figures as fig
from factcheck.model import Claim

_REACH = 24  # characters before a figure searched for the word that makes it a level
_AT = re.compile(r"\bat\s*$", re.IGNORECASE)
_LEVEL_WORD = re.compile(r"\b(?:to|at)\s*$", re.IGNORECASE)
_BREAK = re.compile(r"[,;]|\b(?:and|but)\b", re.IGNORECASE)


def later_levels_dropped(doc: Document, shares: list[Claim]) -> list[Claim]:
    """The shares less each that is a later level of the share before it in its sentence
    (successive): the first level is kept, so a list of shares that a later level joined
    is still checked."""
    return [c for k, c in enumerate(shares) if not (k and successive(doc, shares[k - 1], c))]


def successive(doc: Document, a: Claim, b: Claim) -> bool:
    """Whether b, after a in one sentence, is the same measure's level at a later point:
    b reached ("to", "at") in a clause with no subject of its own, a a level as well."""
    i, j = doc.index[a], doc.index[b]
    if doc.contexts[i].sentence != doc.contexts[j].sentence or a.start >= b.start:
        return False
    if not _reached(doc.text, b.start) or not (
            doc.contexts[j].verb is None or _gapped_alone(doc, a, b)):
        return False
    if doc.frames and doc.frames[j].subject != doc.frames[i].subject:
        return False
    return _reached(doc.text, a.start) or _after_copula(doc.text, a.start)


def _gapped_alone(doc: Document, a: Claim, b: Claim) -> bool:
    """Whether b's clause is a's verb written once (the same ClaimContext.verb) and the
    clause names nothing of its own before b's "to" or "at": nothing after its break, or
    only words that say when (words.tsv, class "then": "and later to 72%"; not "and the
    Greens' to 62%")."""
    i, j = doc.index[a], doc.index[b]
    if doc.contexts[i].verb is None or doc.contexts[j].verb != doc.contexts[i].verb:
        return False
    gap = _LEVEL_WORD.sub("", doc.text[a.end : b.start])
    clause = _BREAK.split(gap)[-1] if _BREAK.search(gap) else None
    return clause is not None and all(
        w.lower() in fig.words("then") for w in fig.WORDS.findall(clause))


def _reached(text: str, start: int) -> bool:
    """Whether the figure at start is a level a measure moves to or stands at ("to",
    words.tsv class "end"; "at")."""
    lead = text[max(0, start - _REACH) : start]
    return bool(fig.last_word("end").search(lead) or _AT.search(lead))


def _after_copula(text: str, start: int) -> bool:
    """Whether the figure at start follows a copula ("was 38%", "remained 64%")."""
    return fig.last_word("copula").search(text, max(0, start - _REACH), start) is not None
