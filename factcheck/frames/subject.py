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
5. the one entity the sentence names outside its sources, if there is only one; several
   leave the frame unsure.

"it", "its", "the town's", "the company" are resolved to the last entity of a fitting
kind before the figure in its paragraph (lexicon frames.tsv: place, org, person).
Sources ("according to the IMF", "the statistics office said") and metric words written
like names ("GDP", "CPI") are never subjects.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from factcheck.lexicon import lexicon

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

ENTITY_LABELS = frozenset({"GPE", "ORG", "LOC", "NORP", "FAC", "PERSON"})
NOT_ENTITY = frozenset({"DATE", "TIME", "MONEY", "QUANTITY", "CARDINAL", "PERCENT",
                        "ORDINAL"})
KIND = {"GPE": "place", "LOC": "place", "FAC": "place", "NORP": "place", "ORG": "org",
        "PERSON": "person"}
_ANY_PRONOUNS = frozenset({"it", "its", "they", "their", "them", "itself"})


@dataclass(frozen=True)
class Refer:
    """A reference back to an earlier entity: kind is "place", "org", "person" or "any"."""

    kind: str


Found = str | Refer | None


def is_class(word: str, kind: str) -> bool:
    return lexicon().frame_class(word, kind)


@cache
def _cue_words() -> frozenset[str]:
    return frozenset(lexicon().cues)


def is_metric_word(tok: Token) -> bool:
    low = tok.text.lower()
    return is_class(low, "metric") or (tok.text.isupper() and low in _cue_words())


def sources(doc: Doc) -> frozenset[int]:
    """Indices of the tokens that name a figure's source: "according to X", the subject
    (and the "by" agent) of a reporting verb."""
    out: set[int] = set()
    for tok in doc:
        lemma = tok.lemma_.lower()
        if tok.dep_ == "prep" and lemma in ("accord", "according"):
            out.update(t.i for t in tok.subtree)
        elif tok.pos_ == "VERB" and is_class(lemma, "reporting"):
            for child in tok.children:
                if child.dep_ in ("nsubj", "agent"):
                    out.update(t.i for t in child.subtree)
    return frozenset(out)


def entity_name(tok: Token) -> str | None:
    """The name a token is part of: its named entity, else its run of proper nouns."""
    if is_metric_word(tok) or (tok.ent_type_ in NOT_ENTITY and (
            tok.pos_ != "PROPN" or _is_calendar_word(tok.lower_))):
        return None  # a proper noun the recogniser calls a date ("Niger") is still a name
    if tok.ent_type_ in ENTITY_LABELS and (
            tok.pos_ == "PROPN" or tok.ent_type_ == "NORP" or tok.text[:1].isupper()):
        ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
        if ent is not None:  # a recognised name, written as one ("metro" is none)
            return _clean(ent)
    if tok.pos_ != "PROPN":
        return None
    parts = [c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"
             and not is_metric_word(c)]
    if parts:
        return _clean(tok.doc[parts[0].left_edge.i : tok.i + 1])
    return _clean(tok.doc[tok.i : tok.i + 1])


@cache
def _calendar_words() -> frozenset[str]:
    days = {d.lower() for d in calendar.day_name} | {d.lower() for d in calendar.day_abbr}
    months = {w for w, roles in lexicon().roles.items() if "month" in roles}
    return frozenset(days | months | {"christmas", "easter", "ramadan", "q1", "q2", "q3", "q4"})


def _is_calendar_word(word: str) -> bool:
    return word in _calendar_words()


def _clean(span: Span) -> str | None:
    words = list(span)
    while words and words[-1].text in ("'s", "’s", "'", "’"):
        words.pop()  # "Bhamo's" -> "Bhamo"; "St Mary's Hospital" stays whole
    while words and words[0].lower_ in ("the", "a", "an"):
        words.pop(0)
    text = "".join(t.text_with_ws for t in words).strip()
    return text or None


def _attached(tok: Token, skip: frozenset[int]) -> Found:
    """An entity hanging on a figure's noun: a possessive, "of"/"in" and a name."""
    for child in tok.children:
        if child.dep_ == "poss" and (found := entity_of(child, skip)) is not None:
            return found
        if child.dep_ == "prep" and child.lower_ in ("of", "in"):
            for obj in child.children:
                if obj.dep_ == "pobj" and obj.i not in skip and (name := entity_name(obj)):
                    return name
    return None


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
        return name
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
            name = entity_name(child)
            if name:
                return name
    for child in tok.rights:
        if child.dep_ == "prep" and (child.lower_ in ("of", "in", "for") or (
                child.lower_ == "from" and is_class(tok.lemma_.lower(), "outflow"))):
            for obj in child.children:
                if obj.dep_ == "pobj" and (name := entity_name(obj)) and obj.i not in skip:
                    return name
        if child.dep_ == "prep" and child.lower_ in ("on", "to"):  # "a tariff on goods from
            for obj in child.subtree:  # India", "access to electricity in Niger"
                if (obj.i not in skip and obj.dep_ == "pobj" and obj.head.lower_ in (
                        "in", "from", "of", "on")) and (name := entity_name(obj)):
                    return name
                if obj.dep_ == "pobj" and obj.head.i == child.i and (
                        found := _definite(obj)) is not None:
                    return found  # "remittances to the country"
    return _definite(tok)


def _definite(tok: Token) -> Refer | None:
    """ "the town", "the company's": a reference back to an entity of that kind."""
    dets = [c.lower_ for c in tok.children if c.dep_ in ("det", "poss")]
    if not dets or dets[0] not in ("the", "this", "that", "its", "their"):
        return None
    for kind in ("place", "org", "person"):
        if is_class(tok.lemma_.lower(), kind):
            return Refer(kind)
    return None


def clause_verb(tok: Token) -> Token | None:
    """The verb of the clause a token is in (None when it is in no clause)."""
    t = tok
    while True:
        if t.i != tok.i and t.pos_ in ("VERB", "AUX"):
            return t
        if t.head.i == t.i:
            return t if t.pos_ in ("VERB", "AUX") else None
        t = t.head


def path_nouns(tok: Token, verb: Token | None) -> list[Token]:
    """The nouns and names between a token and its clause's verb, nearest first."""
    out: list[Token] = []
    t = tok
    while t.head.i != t.i and (verb is None or t.head.i != verb.i):
        t = t.head
        if t.pos_ in ("NOUN", "PROPN", "PRON"):
            out.append(t)
    return out


GENERIC = frozenset({"total", "sum", "level", "figure", "record", "high", "low", "amount",
                     "number", "peak", "tally"})


def verb_object(np: Token, verb: Token | None) -> Token | None:
    """The object a verb moves to or by the figure ("brought tariffs to 50%", "cut its
    budget by $2bn"), through a generic noun ("to a total of 50%")."""
    t = np
    if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lemma_.lower() in GENERIC:
        t = t.head.head
    if verb is None or t.dep_ != "pobj" or t.head.lower_ not in ("to", "by", "at"):
        return None
    if t.head.head.i != verb.i:
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")]
    return objects[0] if objects else None


def verb_subject(verb: Token) -> Token | None:
    """The subject of a verb, or of the verb it is conjoined with or controlled by; for a
    relative clause, the noun it describes."""
    v = verb
    for _ in range(6):
        for child in v.children:
            if child.dep_ in ("nsubj", "nsubjpass", "csubj", "expl"):
                if child.lower_ in ("which", "that", "who") and v.dep_ == "relcl":
                    return v.head  # "generation of Japan, which was over 290 TWh"
                return child if child.dep_ != "expl" else None
        if v.dep_ in ("relcl", "acl") and v.head.i != v.i:
            return v.head
        if v.dep_ in ("conj", "xcomp", "advcl", "pcomp", "prep") and v.head.i != v.i:
            v = v.head  # "dropped ... before recovering to 75 TWh": dropped's subject
            continue
        return None
    return None


def _first(found: Iterable[Callable[[], Found]]) -> Found:
    for read in found:
        result = read()
        if result is not None:
            return result
    return None


def subject_of(np: Token, figure: frozenset[int], skip: frozenset[int]) -> Found:
    """Steps 1-4 of the module's order for the figure whose noun phrase head is np."""
    verb = clause_verb(np)
    nouns = path_nouns(np, verb)

    def own() -> Found:
        if np.i in figure:  # the figure's own words name no entity: only what hangs on it
            return _attached(np, skip | figure)
        return entity_of(np, skip | figure)

    def along() -> Found:
        for noun in nouns:
            if noun.dep_ == "appos" and (found := entity_of(noun.head, skip)) is not None:
                return found
            if (found := entity_of(noun, skip)) is not None:
                return found
        return None

    def moved() -> Found:  # "bringing tariffs on India to 50%": what the verb moved
        obj = verb_object(np, verb)
        return entity_of(obj, skip) if obj is not None and obj.i not in figure else None

    def clause() -> Found:
        if verb is None:
            return None
        if is_class(verb.lemma_.lower(), "reporting"):
            objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
            return _first(lambda o=o: entity_of(o, skip) for o in objects)  # type: ignore[misc]
        subj = verb_subject(verb)
        if subj is None or subj.i in figure or subj.i in {n.i for n in nouns}:
            return None
        return entity_of(subj, skip)

    def place() -> Found:
        if verb is None:
            return None
        for prep in verb.children:
            if prep.dep_ == "prep" and is_class(prep.lower_, "subject_prep"):
                for obj in prep.children:
                    if obj.dep_ == "pobj" and obj.i not in skip and obj.ent_type_ in (
                            "GPE", "LOC"):
                        return entity_name(obj)
        return None

    def conjoined() -> Found:  # "Its population reached 383,000, and tourists numbered"
        if verb is None or verb.dep_ != "conj":
            return None
        first = verb_subject(verb.head)
        return entity_of(first, skip) if first is not None else None

    return _first((own, along, moved, clause, place, conjoined))


def sentence_entities(doc: Doc, skip: frozenset[int]) -> list[tuple[int, str, str]]:
    """(character offset, name, kind) of every entity the doc names outside skip."""
    out: list[tuple[int, str, str]] = []
    seen: set[int] = set()
    for ent in doc.ents:
        if ent.label_ in ENTITY_LABELS and not any(t.i in skip for t in ent):
            name = _clean(ent)
            if name and not is_metric_word(ent.root):
                out.append((ent.start_char, name, KIND[ent.label_]))
                seen.update(t.i for t in ent)
    for tok in doc:  # names the recogniser missed that the parse makes subjects
        if (tok.pos_ == "PROPN" and tok.dep_ in ("nsubj", "nsubjpass") and tok.i not in seen
                and tok.i not in skip and (name := entity_name(tok))):
            out.append((tok.idx, name, "any"))
    return sorted(out)


def described_kind(doc: Doc, at: int) -> str | None:
    """The kind the draft itself gives an entity, which outranks the recogniser's label:
    "Bhamo is a town", "Lowbridge, a port of ...", "Oracle, the software company"."""
    tok = next((t for t in doc if t.idx == at), None)
    if tok is None:
        return None
    while tok.dep_ in ("compound", "flat") and tok.head.i != tok.i:
        tok = tok.head
    nouns = [c for c in tok.children if c.dep_ == "appos"]
    if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_ == "be":
        nouns += [c for c in tok.head.children if c.dep_ == "attr"]
    for noun in nouns:
        for kind in ("place", "org", "person"):
            if is_class(noun.lemma_.lower(), kind):
                return kind
    return None
