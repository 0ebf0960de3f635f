"""The entity a noun (or a name, or a pronoun) stands for in a parse, or a reference back
to one (Refer): a name, a possessive ("Bhamo's"), "of"/"in" and a name ("the residents of
Bhamo"), the owner of the whole a part is "of" ("a third of German power"), a name
compounded onto a noun of a kind of place ("the Lune valley"). "it", "its", "the town's",
"the company" are references back, resolved later to the last entity of a fitting kind
before the figure in its paragraph (lexicon frames.tsv: place, org, person).
factcheck.frames.subject reads a figure's subject with these, step by step.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from factcheck.frames.names import entity_name, is_class, office_of

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["PART_NOUNS", "Found", "Refer", "attached", "entity_of", "named"]

_ANY_PRONOUNS = frozenset({"it", "its", "they", "their", "them", "itself"})


@dataclass(frozen=True)
class Refer:
    """A reference back to an earlier entity: kind is "place", "org", "person" or "any";
    "figure" for "that"/"this" (the figure before), "implicit" for a sentence that names
    no entity (its paragraph's)."""

    kind: str


Found = str | Refer | None


def attached(tok: Token, skip: frozenset[int], where: bool = True) -> Found:
    """An entity hanging on a figure's noun: a possessive, "of"/"in" (or, in a clause's
    subject, "at") and a name or a name's possession, or the owner of the whole a part is
    "of" ("less than half of Poland's electricity")."""
    for child in tok.children:
        if child.dep_ == "poss" and (found := entity_of(child, skip)) is not None:
            return found
        if child.dep_ == "prep" and (child.lower_ == "of" or (child.lower_ == "in" and where) or (
                child.lower_ == "at" and _in_subject(tok))):
            for obj in child.children:
                if obj.dep_ == "pobj" and obj.i not in skip and (
                        name := named(obj) or _owner(obj, skip)):
                    return name
                if obj.dep_ == "pobj" and child.lower_ == "of" and obj.lower_ in _WHOLE_BACK:
                    return Refer("any")  # "half of them speak Welsh": the whole's entity
    return _whole_owner(tok, skip)


_WHOLE_BACK = frozenset({"them", "those", "these"})


PART_NOUNS = frozenset({"share", "proportion", "portion", "fraction", "percentage",
                         "part", "half", "third", "quarter", "%", "percent"})


def _whole_owner(tok: Token, skip: frozenset[int]) -> Found:
    """The name owning the whole a share or part is "of": "Solar's share of Chile's
    electricity", "a third of German power", "half of the electricity in Spain" are about
    Chile, Germany and Spain; the possessor of the share (solar, coal) is the part. A whole
    that "its"/"their" owns refers back ("92% of its sailings left on time", "a tenth of
    their budget"): to whatever that pronoun refers to, the speaker included."""
    if tok.lemma_.lower() not in PART_NOUNS and tok.lower_ not in PART_NOUNS:
        return None
    for child in tok.rights:
        if child.dep_ == "prep" and child.lower_ == "of":
            for obj in child.children:
                if obj.dep_ == "pobj" and obj.i not in skip and not entity_name(obj):
                    found = entity_of(obj, skip)
                    if isinstance(found, str) or (found == Refer("any") and any(
                            c.dep_ == "poss" and c.lower_ in ("its", "their")
                            for c in obj.children)):
                        return found
    return None


def named(tok: Token) -> str | None:
    """The name a noun is, or that a noun of a kind of entity (lexicon frames.tsv place,
    org) or a noun after "the" has compounded in front ("the Lune valley", "the Vossen
    range": Lune, Vossen; "Lyme disease": none)."""
    if (name := entity_name(tok)) or not (any(
            is_class(tok.lemma_.lower(), kind) for kind in ("place", "org"))
            or any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)):
        return name
    return next((name for c in tok.lefts if c.dep_ == "compound"
                 and (name := entity_name(c))), None)


def entity_of(tok: Token, skip: frozenset[int]) -> Found:
    """The entity a noun (or name, or pronoun) stands for, or a reference back to one."""
    if tok.i in skip:
        return None
    low = tok.lower_
    if tok.pos_ == "PRON" or low in _ANY_PRONOUNS:
        if low in ("this", "that") and tok.dep_ in ("nsubj", "nsubjpass"):
            return Refer("figure")  # "That was down 3%": the figure before it
        return Refer("person" if is_class(low, "person") else "any") if low not in (
            "i", "we", "you", "this", "that", "which", "who") else None
    name = entity_name(tok)
    if name:
        return office_of(tok, name, skip) or name
    whole = _whole_owner(tok, skip)  # "coal's share of India's power": India, not coal
    if whole:
        return whole
    for child in tok.rights:  # "Northland's neighbour Southland": the name, not the noun
        if child.dep_ in ("appos", "compound", "flat") and child.i not in skip and (
                name := entity_name(child)):
            return name
    for child in tok.children:
        if child.dep_ == "poss":
            found = entity_of(child, skip)
            if found is not None:
                return found
    for child in tok.lefts:
        if child.dep_ in ("compound", "amod", "nmod") and child.i not in skip:
            name = _owner(child, skip) or entity_name(child)  # "Ravel Steel's Morden
            if name:  # works": the parser hangs the owner on the name of what it owns
                return name
    for child in tok.rights:
        if child.dep_ == "prep" and (child.lower_ in ("of", "in", "for") or (
                child.lower_ == "at" and _in_subject(tok)) or (
                child.lower_ == "from" and is_class(tok.lemma_.lower(), "outflow"))):
            for obj in child.children:  # "Snowfall at Brenner Pass totalled": where a
                # clause's subject was measured (not "ending a career at Sandby School")
                if obj.dep_ == "pobj" and obj.i not in skip and (
                        name := named(obj) or _owner(obj, skip)):
                    return name
                if obj.dep_ == "pobj" and (name := _outflow_from(tok, obj, skip)):
                    return name
        if child.dep_ == "prep" and child.lower_ in ("on", "to") and not (
                child.lower_ == "to" and is_class(tok.lemma_.lower(), "outflow")) and (
                found := _onto(child, skip)) is not None:  # "exports to Korea": a partner
            return found
    return _definite(tok)


def _in_subject(tok: Token) -> bool:
    """Whether a noun is its clause's subject or inside the subject's phrase ("a third of
    the 2,400 workers at ... will lose", "Staff at ... voted")."""
    while tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.i != tok.head.i:
        tok = tok.head.head
    return tok.dep_ in ("nsubj", "nsubjpass")


def _owner(tok: Token, skip: frozenset[int]) -> str | None:
    """The name owning a noun ("at Pellham Steel's Rotherby mill", "in Acme's new plant"):
    the possessive's name, not the owned thing's."""
    return next((name for c in tok.children if c.dep_ == "poss" and c.i not in skip
                 and (name := entity_name(c))), None)


def _outflow_from(tok: Token, goods: Token, skip: frozenset[int]) -> str | None:
    """The place goods come from when the parser hung the "from" on the goods
    ("exports of lithium from Qerana to Korea": Qerana, not Korea)."""
    if not is_class(tok.lemma_.lower(), "outflow"):
        return None
    return next((name for prep in goods.children if prep.dep_ == "prep"
                 and prep.lower_ == "from" for obj in prep.children
                 if obj.dep_ == "pobj" and obj.i not in skip and (name := named(obj))), None)


def _onto(prep: Token, skip: frozenset[int]) -> Found:
    """The entity an "on"/"to" phrase names ("a tariff on goods from India", "access to
    electricity in Niger", "a tariff on Indian goods"), a name anywhere in it before a
    reference back by its own object ("visits to the island of Saltholm": Saltholm;
    "remittances to the country": the country)."""
    for obj in prep.subtree:
        if (obj.i not in skip and ((obj.dep_ == "pobj" and obj.head.lower_ in (
                "in", "from", "of", "on")) or prep.lower_ == "on")
                and (name := entity_name(obj))):
            return name
        if obj.dep_ == "pobj" and obj.head.i == prep.i and (name := named(obj)):
            return name  # "repairs to the Hollin Street bridge"
    return next((found for obj in prep.children if obj.dep_ == "pobj"
                 and (found := _definite(obj)) is not None), None)


def _definite(tok: Token) -> Refer | None:
    """ "the town", "the company's": a reference back to an entity of that kind."""
    dets = [c.lower_ for c in tok.children if c.dep_ in ("det", "poss")]
    if not dets or dets[0] not in ("the", "this", "that", "its", "their"):
        return None
    for kind in ("place", "org", "person"):
        if is_class(tok.lemma_.lower(), kind):
            return Refer(kind)
    return None
