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

from factcheck.frames.names import entity_name, is_class
from factcheck.frames.noun_entity import PART_NOUNS, Found, Refer, attached, entity_of, named
from factcheck.frames.verbs import GENERIC, clause_verb, path_nouns, verb_object, verb_subject

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["GENERIC", "PART_NOUNS", "Found", "Refer", "clause_verb", "entity_of", "named",
           "subject_of", "verb_object", "verb_subject"]


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
        found = attached(f.np, f.skip | f.figure, not (f.measured and _named_subject(f)))
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
        return attached(subj, f.skip)  # Penrith mill fell"): its phrase names the owner
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


