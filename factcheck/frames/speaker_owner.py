"""Whom a speaker named by a common noun speaks for: the owner of the noun.

"Brevik's harbour master said 212 cruise ships will call", "Engineers at Corran Robotics
say the arm lifts 180 kilograms", "Its owners, the Coastal Heritage Group, say repairs
will cost £9 million": the source of the figure is a person or body named by its role (a
common noun heading the reporting verb's subject), and the entity that role belongs to (a
possessive, or the name the noun is "at", "of" or "for") is what the figure is about,
not the speaker. Read only when the sentence names no entity outside its sources
(read._sentence_fallback); a speaker named by a name ("Ferrand Energy said", "said Dr
Lunde of the museum") owns nothing here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.frames.names import is_class
from factcheck.frames.noun_entity import Found, Refer, named

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["speaker_owner"]

_OWNING = frozenset({"at", "of", "for"})


def speaker_owner(doc: Doc) -> Found:
    """The owner of the first reporting verb's subject that is a common noun (a name, or
    Refer("any") for "its"/"their"), else None."""
    for verb in doc:
        if verb.pos_ != "VERB" or not is_class(verb.lemma_.lower(), "reporting"):
            continue
        for subj in verb.children:
            if subj.dep_ == "nsubj" and subj.pos_ == "NOUN" and (
                    found := _owner(subj)) is not None:
                return found
    return None


def _owner(noun: Token) -> Found:
    for child in noun.children:
        if child.dep_ == "poss":
            if child.lower_ in ("its", "their"):
                return Refer("any")
            if child.pos_ == "PROPN" and (name := named(child)):
                return name
        if child.dep_ == "prep" and child.lower_ in _OWNING:
            for obj in child.children:
                if obj.dep_ == "pobj" and (name := named(obj)):
                    return name
    return None
