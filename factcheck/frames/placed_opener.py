"""A common noun that opens its sentence and is measured in a named place: no name.

"Quarry output in Stonemoor reached ...", "Listeria infections in Drannock rose ...",
"Trams in Belmont carried ...": the capitalised first word is a common noun (the
pipeline's lemmatizer knows it), which the tagger may call a proper noun and the
recogniser a person or an organisation because it is capitalised. When it, or the common
noun it modifies, has a preposition of its own whose object is a name ("in Stonemoor",
"across Hallenby", "on cars in Dellow"), the phrase says what is measured where: the name in the
preposition is the entity, the opener none. A word the recogniser calls a place
("Reading in Berkshire") or that is part of a name of several words ("Frost Bank in
Dallas") stays a name; so does an opener with no such preposition ("Turnout reached
64%": an unknown name is possible, names.unknown_opener).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.frames.nlp import known_noun

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["placed_opener"]

_PLACES = frozenset({"GPE", "LOC", "FAC"})
_MODIFYING = frozenset({"compound", "amod", "nmod"})


def placed_opener(tok: Token) -> bool:
    """Whether tok is a common noun opening its sentence, measured in a named place (see
    the module)."""
    if not (tok.is_sent_start and tok.text[:1].isupper() and tok.text[1:2].islower()
            and tok.ent_type_ not in _PLACES and _common(tok) and _alone(tok)):
        return False
    holder = tok
    if tok.dep_ in _MODIFYING and tok.head.i > tok.i and tok.head.pos_ == "NOUN":
        holder = tok.head  # "Quarry output in Stonemoor": the noun it modifies
    return any(prep.dep_ == "prep" and any(
        obj.dep_ == "pobj" and obj.head.dep_ == "prep" and _names(obj)
        for obj in prep.subtree)  # "Arson attacks on cars in Dellow"
        for prep in holder.rights)


def _common(tok: Token) -> bool:
    """A word the lemmatizer knows as a common noun, or the regular plural of one the
    recogniser gives no label ("Trams", "Ferries", tagged a proper noun with itself as
    lemma)."""
    low = tok.lower_
    if known_noun(tok.vocab, low):
        return True
    singulars = [low[:-3] + "y"] if low.endswith("ies") else [low[:-1], low[:-2]]
    return not tok.ent_type_ and low.endswith("s") and any(
        known_noun(tok.vocab, s) for s in singulars)


def _alone(tok: Token) -> bool:
    """No part of a name of several words (the recogniser's, or a run of proper nouns)."""
    if any(e.start <= tok.i < e.end and len(e) > 1 for e in tok.doc.ents):
        return False
    return not (tok.dep_ in ("compound", "flat") and tok.head.pos_ == "PROPN")


def _names(obj: Token) -> bool:
    """Whether a preposition's object is a name or a noun with a name compounded on it
    ("in Drannock", "in Tenkoro province")."""
    return obj.pos_ == "PROPN" or any(
        c.dep_ == "compound" and c.pos_ == "PROPN" for c in obj.lefts)
