"""Figures paired in order with the entities of their clause: "respectively".

"Northtown and Southville have 52,310 and 18,400 residents respectively" gives the first
figure to the first entity and the second to the second (the word's meaning: each in the
order named). The entities are the names in the clause of the verb "respectively" hangs
on (its subtree, sources left out), in the order written; the figures are the claims
whose phrase lies in that clause. When the counts differ, or a name is read twice, the
pairing is unsure and each figure is unverifiable with that reason, never given to the
first entity for all. Without "respectively", a figure whose clause's subject is several
names joined ("Northtown and Southville have 70,710 residents": together, each, or one
apiece) belongs to none of them alone: unsure, with that reason.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from factcheck.frames.names import entity_name
from factcheck.frames.verbs import clause_verb, verb_subject

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from factcheck.frames.read import Reading

SEVERAL = "the sentence names several entities"  # reference.each_entity reads it


def pair_respectively(doc: Doc, nps: Sequence[Token | None], readings: Sequence[Reading],
                      skip: frozenset[int]) -> None:
    """Give each figure under a "respectively" its entity in order (see module), in place;
    nps[i] is the phrase head of readings[i]'s figure (None when not found)."""
    paired: set[int] = set()
    for word in doc:
        if word.lower_ != "respectively":
            continue
        verb = clause_verb(word) or word.head
        inside = {t.i for t in verb.subtree}
        figures = [i for i, np in enumerate(nps) if np is not None and np.i in inside and (
            (readings[i].unsure or SEVERAL).startswith(SEVERAL))]
        # not the base of a rate ("0.2 and 0.15 doctors per 1,000 people")
        names = _names(verb, skip)
        if not figures:
            continue
        paired.update(figures)
        if len(names) == len(figures) and len(names) > 1:
            for i, name in zip(figures, names, strict=True):
                readings[i].subject, readings[i].unsure = name, None
            continue
        reason = (f"{SEVERAL} ({', '.join(names[:4]) or 'none'}) and 'respectively' pairs "
                  f"{len(figures)} figures with them, so which figure is whose is unclear")
        for i in figures:
            readings[i].subject, readings[i].unsure = None, reason
    for i, np in enumerate(nps):
        if i not in paired and np is not None and readings[i].unsure is None and (
                joint := _joint(np)):
            if readings[i].subject in joint:
                readings[i].subject = None
                readings[i].unsure = (f"{SEVERAL} ({', '.join(joint)}) and the figure's "
                                      "clause is about them together, none of them alone")


def _joint(np: Token) -> list[str]:
    """The names of a clause's subject written as several joined ("A and B have ..."), when
    the figure is not inside that subject."""
    verb = clause_verb(np)
    subj = verb_subject(verb) if verb is not None else None
    if subj is None or subj.left_edge.i <= np.i <= subj.right_edge.i:
        return []
    first = entity_name(subj)
    others = [name for c in subj.children if c.dep_ == "conj" and (name := entity_name(c))]
    return [first, *others] if first and others and first not in others else []


def _names(verb: Token, skip: frozenset[int]) -> list[str]:
    """The distinct names in a verb's clause, in the order written, sources left out."""
    found: list[str] = []
    for tok in verb.subtree:
        if tok.i in skip or tok.like_num:
            continue
        name = entity_name(tok)
        if name and name not in found and not any(
                f" {name} " in f" {f} " or f" {f} " in f" {name} " for f in found):
            found.append(name)
    return found
