"""A figure's subject from the parse of its sentence: the entity the figure describes.

Read in this order, the first that names an entity wins:

1. the figure's own noun phrase: a possessive ("Bhamo's 240,000 residents"), a name
   compounded into it, "of"/"in" and a name ("the 166,000 residents of Bhamo");
2. the nouns between the figure and its clause's verb: an apposition ("Lowbridge, a port
   of 45,000 people"), or a metric noun's possessive ("Myanmar's population of 54 million");
3. the subject of the clause's verb (a conjoined or controlled verb shares its first
   verb's subject; a relative clause's is the noun it describes), read the same way
   ("Chile's copper exports to Japan rose to ..." is Chile; "Denmark exported ..." is
   Denmark). A reporting verb's subject is the source, not the subject: the entity is then
   read from its object ("The IMF put Denmark's GDP at ...");
4. a place the clause is "in", "across" or "for" ("In Uruguay, wind's share rose ...");
5. for a figure that is its clause's subject, the name its verb's object is ("4,000
   people attended the Brindle Folk Festival");
6. the one entity the sentence names outside its sources, if there is only one; several
   leave the frame unsure.

"it", "its", "the town's", "the company" are resolved to the last entity of a fitting
kind before the figure in its paragraph (lexicon frames.tsv: place, org, person).
Sources ("according to the IMF", "the statistics office said") and metric words written
like names ("GDP", "CPI") are never subjects.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from factcheck.frames.names import entity_name, is_class, office_of
from factcheck.frames.verbs import GENERIC, clause_verb, path_nouns, verb_object, verb_subject

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["GENERIC", "Found", "Refer", "clause_verb", "entity_of", "named", "subject_of",
           "verb_object", "verb_subject"]

_ANY_PRONOUNS = frozenset({"it", "its", "they", "their", "them", "itself"})


@dataclass(frozen=True)
class Refer:
    """A reference back to an earlier entity: kind is "place", "org", "person" or "any";
    "figure" for "that"/"this" (the figure before), "implicit" for a sentence that names
    no entity (its paragraph's)."""

    kind: str


Found = str | Refer | None


def _attached(tok: Token, skip: frozenset[int], where: bool = True) -> Found:
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


@dataclass(frozen=True)
class _Figure:
    """What the steps of subject_of read: the figure's phrase head, its tokens, its
    clause's verb, the nouns between them, and the tokens that name sources."""

    np: Token
    figure: frozenset[int]
    skip: frozenset[int]
    verb: Token | None
    nouns: tuple[Token, ...]
    measured: bool = False  # in a unit of measurement (not a count, share or currency)


def _own(f: _Figure) -> Found:
    """Step 1: the figure's own phrase (its own words name no entity). A measurement's
    "in" is where it was taken when its clause's subject is a name ("Lena Vos finished in
    2 hours 25 minutes in Rotterdam": Lena Vos's time, whatever the "in" hangs on)."""
    if f.np.i in f.figure:
        found = _attached(f.np, f.skip | f.figure, not (f.measured and _named_subject(f)))
        if found == Refer("any") and _owned_whole(f.np) and _named_subject(f):
            return None  # "Kenya and Uganda got 9% of their power": the clause's subject
        return found
    return entity_of(f.np, f.skip | f.figure)


def _owned_whole(tok: Token) -> bool:
    """Whether a share or part is "of" a whole that "its"/"their" owns ("9% of their
    electricity"; not "35% of them")."""
    return (tok.lemma_.lower() in PART_NOUNS or tok.lower_ in PART_NOUNS) and any(
        c.dep_ == "poss" and c.lower_ in ("its", "their") for prep in tok.rights
        if prep.dep_ == "prep" and prep.lower_ == "of" for obj in prep.children
        if obj.dep_ == "pobj" for c in obj.children)


def _named_subject(f: _Figure) -> bool:
    """Whether the figure's clause has a subject that names an entity ("the Orvik ferry")."""
    subj = verb_subject(f.verb) if f.verb is not None else None
    return (subj is not None and subj.i not in f.skip and subj.i not in f.figure
            and isinstance(entity_of(subj, f.skip | f.figure), str))


def _along(f: _Figure) -> Found:
    """Step 2: an apposition or an attached name on the way to the verb."""
    skip = f.skip | f.figure  # "a speed of 89 km/h": the figure's own words name nothing
    for noun in f.nouns:
        if noun.dep_ == "appos" and (found := entity_of(noun.head, skip)) is not None:
            return found
        if (found := entity_of(noun, skip)) is not None:
            return found
    return None


def _moved(f: _Figure) -> Found:
    """ "bringing tariffs on India to 50%": what the verb moved to the figure."""
    obj = verb_object(f.np, f.verb)
    if obj is None or obj.i in f.figure:
        return None
    return _bound(entity_of(obj, f.skip), f)


def _bound(found: Found, f: _Figure) -> Found:
    """ "its" in a clause whose own subject is a name is that name's (binding): "as the
    Ostmark central bank held its key rate at 3%" is the central bank's rate, whoever
    the sentence was about before."""
    if not isinstance(found, Refer) or found.kind != "any" or f.verb is None:
        return found
    subj = verb_subject(f.verb)
    if subj is None or subj.i in f.skip or subj.i in f.figure:
        return found
    name = entity_name(subj)
    return name if name is not None else found


def _traded(f: _Figure) -> Found:
    """A price "for" which a verb of buying or selling (lexicon frames.tsv "sale") trades
    its object is that object's: "is buying Glenmoor Freight for $86m" is Glenmoor
    Freight's price, not the buyer's; "sold its arm for $2bn": its arm's owner."""
    prep = f.np.head
    if (f.verb is None or f.np.dep_ != "pobj" or prep.lower_ != "for"
            or prep.head.i != f.verb.i or not is_class(f.verb.lemma_.lower(), "sale")):
        return None
    return next((found for obj in f.verb.children if obj.dep_ == "dobj"
                 and (found := entity_of(obj, f.skip)) is not None), None)


def _clause(f: _Figure) -> Found:
    """Step 3: the clause's subject; a reporting verb's object instead of its subject."""
    if f.verb is None:
        return None
    if is_class(f.verb.lemma_.lower(), "reporting"):
        for obj in f.verb.children:
            if obj.dep_ in ("dobj", "dative") and (found := entity_of(obj, f.skip)):
                return found
        return None
    subj = verb_subject(f.verb)
    if subj is None or subj.i in f.figure or subj.i in {n.i for n in f.nouns}:
        return None
    if subj.i in f.skip:  # an opener read as the measure ("Output at Harlow Steel's
        return _attached(subj, f.skip)  # Penrith mill fell"): its phrase names the owner
    return entity_of(subj, f.skip)


def _object(f: _Figure) -> Found:
    """A figure that is its clause's subject ("4,000 people attended the Brindle Folk
    Festival", "2,000 runners took part in the Ardmore half-marathon"): the name the
    verb's object is, or is part of."""
    if f.verb is None:
        return None
    subj = verb_subject(f.verb)
    if subj is None or (subj.i not in f.figure and subj.i != f.np.i):
        return None
    objects = [c for c in f.verb.children if c.dep_ == "dobj" or (
        c.dep_ == "prep" and c.lower_ in ("in", "at"))]
    for obj in objects:
        if obj.i in f.skip:
            continue
        for tok in (obj, *(o for p in (obj, *obj.children) if p.dep_ == "prep"
                           for o in p.children if o.dep_ == "pobj")):
            found = entity_of(tok, f.skip)
            if isinstance(found, str):
                return found
    return None


def _place(f: _Figure) -> Found:
    """Step 4: a place the clause is in ("In Uruguay, ..."), also one written as a noun of
    a kind of place with its name compounded in front ("lost 3,100 sheep in Galloway
    region", "in the Lune valley": lexicon frames.tsv place, read by named)."""
    for prep in f.verb.children if f.verb is not None else ():
        if prep.dep_ == "prep" and is_class(prep.lower_, "subject_prep"):
            for obj in prep.children:
                if obj.dep_ != "pobj" or obj.i in f.skip:
                    continue
                if obj.ent_type_ in ("GPE", "LOC"):
                    return entity_name(obj)
                if is_class(obj.lemma_.lower(), "place") and (name := named(obj)):
                    return name
    return None


def _conjoined(f: _Figure) -> Found:
    """ "Its population reached 383,000, and tourists numbered 2.2 million"."""
    if f.verb is None or f.verb.dep_ != "conj":
        return None
    first = verb_subject(f.verb.head)
    return entity_of(first, f.skip) if first is not None else None


def _participle(f: _Figure) -> Found:
    """A figure in a participle phrase on a noun ("will close for repairs costing £3.6m",
    "has ordered trains worth ..., adding 40 seats"): what the clause holding that noun
    is about, when the noun names nothing."""
    if f.verb is None or f.verb.dep_ != "acl" or f.verb.tag_ not in ("VBG", "VBN"):
        return None
    outer = clause_verb(f.verb.head)
    subj = verb_subject(outer) if outer is not None else None
    if subj is None or subj.i in f.figure:
        return None
    return entity_of(subj, f.skip)


_STEPS: tuple[Callable[[_Figure], Found], ...] = (_own, _along, _moved, _traded, _clause,
                                                  _place, _conjoined, _participle, _object)


def subject_of(np: Token, figure: frozenset[int], skip: frozenset[int],
               measured: bool = False) -> Found:
    """Steps 1-4 of the module's order for the figure whose noun phrase head is np;
    measured: the figure is in a unit of measurement (a length, a time, a mass ...)."""
    verb = clause_verb(np)
    found = _Figure(np, figure, skip, verb, tuple(path_nouns(np, verb)), measured)
    for step in _STEPS:
        result = step(found)
        if result is not None:
            return result
    return None


