"""Counts of people who did something are not the population of their place.

"About 28,000 people attended", "18,400 Northtown residents signed the petition", "police
moved 2,000 inhabitants": a count of people (lexicon frames.tsv "populace") that is the
subject or the object of a verb is a level of the place's people only when that verb
states one: a verb of holding (frames.tsv "holding": "has", "numbers", "houses", "live
in"), a level verb ("reached", "topped"), a change verb ("grew", "fell to") or a reporting
verb ("the census counted"). Under any other verb the figure counts those who did it: the
frame is unsure, and a population row is not held against it. A definite count
("Hexham's 24,000 residents face ...", "the town's 52,000 people voted", "all 9,000
islanders") names all of the place's people: its population, whatever they did.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.frames.verbs import clause_verb
from factcheck.lexicon import lexicon
from factcheck.model import Claim

if TYPE_CHECKING:
    from spacy.tokens import Token

_ALL = frozenset({"the", "all", "its", "their", "these", "those"})
_STATING = ("holding", "level", "reporting", "motion")


def event_count(np: Token, claim: Claim, measure: str | None) -> str | None:
    """The reason a count of people is not a level of a population (see module), or None.
    np is the head of the figure's phrase; measure its measure (frames.measure)."""
    if claim.unit or not measure or not _populace(np, measure) or _definite(np):
        return None  # "Hexham's 24,000 residents face ...": all of them, the population
    verb = _doing(np)
    if verb is None:
        return None
    return (f"the figure counts the {np.lower_} in an event ('{verb.text}'), not how many "
            "people the place has")


def held_by_event(np: Token, claim: Claim, measure: str | None) -> bool:
    """A definite count of a place's people ("Northtown's 62,310 residents", "all 9,000
    islanders": its population, see module) that does something in its clause (the
    subject or object of a verb that states no level: "will vote", "will elect"): a
    level held now, in a clause of its own, while a date on the verb dates the event.
    A count with a date of its own ("the 35,000 residents of 2030") is not one. np is
    the head of the figure's phrase; measure its measure."""
    if claim.unit or not measure or not _populace(np, measure) or not _definite(np):
        return False
    if any(t.ent_type_ == "DATE" for t in np.subtree):
        return False  # "Eastbury's 35,000 residents in 2030 will ...": dated itself
    return _doing(np) is not None


def _definite(np: Token) -> bool:
    """ "Hexham's 24,000 residents", "all 9,000 islanders": all of the place's people."""
    return any(c.dep_ == "poss" or (c.dep_ in ("det", "predet") and c.lower_ in _ALL)
               for c in np.children)


def _doing(np: Token) -> Token | None:
    """The verb np is the subject or object of, when that verb states no level (a verb of
    holding, a level, reporting, motion or change verb does), else None."""
    verb = clause_verb(np)
    if verb is None or np.head.i != verb.i or np.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return None
    lemma = verb.lemma_.lower()
    words = lexicon()
    if any(words.frame_class(lemma, kind) for kind in _STATING) or lemma in words.change_verbs:
        return None
    return verb


def _populace(np: Token, measure: str) -> bool:
    words = lexicon()
    return (words.frame_class(np.lemma_.lower(), "populace")
            and words.frame_class(measure.split()[-1], "populace"))
