"""Figures said of one person standing for many: "the average American emitted 14.3
tonnes", "each Indian used 1,300 kWh", "a typical Kenyan earned $2,000", "they emitted 7
tonnes each". Such a figure is a level per head of the people named, not of their
country: its measure is read "per capita" (Our World in Data's word for per head), so
that reference matching compares it with a per-capita series and never with the total.

The reading is the parse's: the clause's subject (or its possessor, "an Indian's
footprint") is one person of a people in the singular (a demonym, spaCy's NORP, or a word
for any inhabitant: "resident", "citizen"), picked out as any one of many (the
determiner "each", "every", "a", or an adjective that makes it a representative:
"average", "typical", "median"); or the clause holds a floating "each" or "apiece" ("7
tonnes each") with no other figure between.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.frames.verbs import clause_verb

if TYPE_CHECKING:
    from spacy.tokens import Token

_ANY_ONE = frozenset({"each", "every"})
_REPRESENTATIVE = frozenset({"average", "typical", "median"})
_FLOATING = frozenset({"each", "apiece"})
_INHABITANT = frozenset({"person", "citizen", "resident", "inhabitant", "individual"})
_PER_HEAD_WORDS = frozenset({"capita", "per"})  # "co2 per person emission" says it already


def per_head(np: Token) -> Token | None:
    """The person a figure (its phrase head np) is said of one by one: the clause's
    subject, or None when the figure is no level per head. A proper noun returned ("the
    average Briton": Briton) names the figure's subject as well."""
    verb = clause_verb(np)
    if verb is None:
        return None
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if any(c.i == np.i for c in subjects):
        return None  # "its 410 partners each took home ...": the figure counts the heads
    for child in subjects:
        if _one_of_many(child):
            return child
    floating = any(t.lower_ in _FLOATING and t.pos_ in ("PRON", "ADV", "DET")
                   and t.dep_ != "det" and _own(np, t) for t in verb.subtree if t.i >= np.i)
    return subjects[0] if floating and subjects else None


def _own(np: Token, each: Token) -> bool:
    """Whether a floating "each" after a figure is that figure's: no other number stands
    between them ("94% of the claims have been paid, at an average of $7,300 each": the
    sum's, not the share's)."""
    return not any(t.like_num or t.pos_ == "NUM"
                   for t in np.doc[np.right_edge.i + 1 : each.i])


def _one_of_many(subject: Token) -> bool:
    """A subject (or its possessor) in the singular, one person of a people, picked out
    as any one of many."""
    for word in (subject, *[c for c in subject.children if c.dep_ == "poss"]):
        if "Plur" in word.morph.get("Number", []) or not _one_of_people(word):
            continue
        modifiers = {c.lower_ for c in word.children if c.dep_ in ("det", "amod")}
        if modifiers & (_ANY_ONE | _REPRESENTATIVE | {"a", "an"}):
            return True
    return False


def _one_of_people(word: Token) -> bool:
    """One of a country's people: a demonym (spaCy's NORP, "Briton", "Kenyan", or a proper
    noun picked out as one of many: nothing else is "the average Dane") or a word for any
    one inhabitant. A worker, a household or a patient is one of another whole
    ("per worker", "per household"), not per head of the people."""
    return (word.ent_type_ == "NORP" or word.pos_ == "PROPN"  # "the average Briton" is
            or word.lemma_.lower() in _INHABITANT)              # at times tagged ORG


def with_per_head(measure: str | None) -> str | None:
    """The measure read per capita ("co2 emission" -> "co2 emission per capita"), unless
    it says per head already; None stays None."""
    if measure is None or _PER_HEAD_WORDS & set(measure.replace("-", " ").split()):
        return measure
    return f"{measure} per capita"
