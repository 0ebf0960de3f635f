"""A clause subject written as a name that the parse does not read as one.

"Leeds, 10 miles from Bradford, had 546,412 residents": the recogniser may miss "Leeds"
(its tag and label flip with the digits of the sentence), and the sentence's one other
name, inside an apposition or relative clause describing the subject, would then be
taken as the figure's subject (subject.py step 6). A figure's subject is its clause's
subject, never a name inside a phrase that describes it; when that subject cannot be
read, the figure is unsure rather than another entity's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.frames.names import NOT_ENTITY, entity_name, held_noun, is_metric_word
from factcheck.frames.nlp import known_noun
from factcheck.frames.verbs import clause_verb, verb_subject

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["unread_subject"]


def unread_subject(np: Token, figure: frozenset[int]) -> Token | None:
    """The subject of the figure's clause when it is written as a name (a capitalised
    proper noun, or a capitalised noun whose lemma the pipeline does not know as a
    common noun) and entity_name reads none in it; None otherwise. A metric word written
    like a name ("PMI", "GDP") or a date ("April") is none."""
    verb = clause_verb(np)
    subj = verb_subject(verb) if verb is not None else None
    if subj is None or subj.i in figure or subj.i == np.i or subj.pos_ == "PRON":
        return None
    if not subj.text[:1].isupper() or is_metric_word(subj) or subj.ent_type_ in NOT_ENTITY:
        return None  # "PMI", "April": a metric word, a date
    if entity_name(subj) is not None:
        return None
    if (subj.pos_ != "PROPN" and known_noun(subj.vocab, subj.lemma_.lower())) or (
            held_noun(subj)):
        return None  # "Turnout, at 64% in Ruritania, ...", "Turnout in ...": a common noun
    return subj
