"""Years lived: "people in Chad can expect to live 52 years", "Rwandans now live nearly 20
years longer than in 2000" measure life expectancy, the years a people lives; a person who
"has lived in Paris for 12 years" tells a stay, not a lifespan."""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.lexicon import lexicon
from factcheck.model import Claim

if TYPE_CHECKING:
    from spacy.tokens import Token

LIFE_EXPECTANCY = "life expectancy"
_LONGER = frozenset({"long", "longer", "short", "shorter", "more", "fewer", "less"})


def lifespan(np: Token, claim: Claim) -> str | None:
    """"life expectancy" for a figure in years that says how long a people lives (the
    duration of the verb "live" itself, or how much longer it lives), else None."""
    if claim.unit not in ("year", "years"):
        return None
    head = np.head if np.dep_ == "npadvmod" else None
    if head is not None and head.lemma_.lower() in _LONGER and head.dep_ == "advmod":
        head = head.head  # "live 20 years longer"
    if head is None or head.lemma_.lower() != "live" or head.pos_ != "VERB":
        return None
    people = _a_people(head)
    if people is None:
        return None
    group = people.lemma_.lower()
    return (f"{group} {LIFE_EXPECTANCY}" if lexicon().frame_class(group, "group")
            else LIFE_EXPECTANCY)  # a part of a people: "Japanese women live 87 years"


def _a_people(verb: Token) -> Token | None:
    """The verb's subject (or, for "expect to live", its governor's) when it is a people:
    a plural noun or a nationality, not a person or a pronoun for one."""
    while verb.dep_ in ("xcomp", "ccomp") and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        verb = verb.head
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects:
        return None
    subject = subjects[0]
    if subject.pos_ == "PRON" and subject.lower_ not in ("they", "we"):
        return None
    if subject.tag_ in ("NNS", "NNPS") or subject.ent_type_ == "NORP" or (
            subject.lemma_.lower() in ("people", "population")):
        return subject
    return None
