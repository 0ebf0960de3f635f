"""The measure of a length a thing moved: the noun of the verb's moving, with the thing.

"The glacier has retreated 2.2 km", "the headland is retreating by 1.5 metres a year",
"the barge drifted 300 metres": the length is how far its subject moved, so what it
measures is that moving (the glacier's retreat, the barge's drift), not the glacier.
A verb of displacement is one lexicon changes.tsv gives the role "displacement" (the
extraction reads the same verbs: factcheck.extract.changes); the noun of its moving is
frames.nominal.verb_noun ("retreated" -> retreat). The subject's phrase comes in front
when it is a common noun that is no kind of entity ("glacier retreat"); a name or a
kind ("the firm", "the town") is the frame's subject, not part of its measure.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.frames.nominal import verb_noun
from factcheck.frames.nouns import is_kind, is_noun, phrase
from factcheck.frames.subject import verb_subject
from factcheck.lexicon import lexicon
from factcheck.model import Claim

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["displaced"]


def displaced(np: Token, claim: Claim, figure: frozenset[int]) -> str | None:
    """The measure of a length that a verb of displacement moved its subject (see the
    module's rules): its object or adverb of amount ("retreated 2.2 km") or the object
    of its "by" ("retreating by 1.5 metres a year"); None for any other figure."""
    verb = np.head
    if np.dep_ == "pobj" and verb.lower_ == "by":
        verb = verb.head
    elif np.dep_ not in ("dobj", "npadvmod"):
        return None
    roles = lexicon().change_roles
    if verb.pos_ != "VERB" or not _length(claim) or not any(
            "displacement" in roles.get(w, ()) for w in (verb.lower_, verb.lemma_.lower())):
        return None
    noun = verb_noun(verb)
    if noun is None:
        return None
    subj = verb_subject(verb)
    if (subj is not None and subj.pos_ == "NOUN" and is_noun(subj) and not is_kind(subj)
            and subj.i not in figure):
        return f"{phrase(subj, figure)} {noun}"
    return noun


def _length(claim: Claim) -> bool:
    """Whether a figure is a length, or a length a stretch of time ("1.5 metres a year")."""
    try:
        quantity = claim.quantity
        return bool(quantity.check("[length]") or quantity.check("[length] / [time]"))
    except Exception:  # pint raises several kinds; a unit it cannot read is no length
        return False
