"""Names in a parsed sentence: which tokens name an entity, which are sources, and the
kind the draft gives an entity.

A name is a named entity the recogniser found that is written as one (a proper noun, a
nationality, a capitalised word: "metro" is none), or a run of proper nouns; a proper
noun the recogniser calls a date ("Niger") is still a name, a month is not. Metric words
written like names ("GDP", "CPI": lexicon frames.tsv "metric", and cue words in capitals)
are never names. A source is the object of "according to" or the subject (or "by"
agent) of a reporting verb (frames.tsv "reporting": "the statistics office said").
"""

from __future__ import annotations

import calendar
import re
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from factcheck.frames.nlp import known_noun
from factcheck.frames.placed_opener import placed_opener
from factcheck.lexicon import lexicon

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

ENTITY_LABELS = frozenset({"GPE", "ORG", "LOC", "NORP", "FAC", "PERSON"})
NOT_ENTITY = frozenset({"DATE", "TIME", "MONEY", "QUANTITY", "CARDINAL", "PERCENT",
                        "ORDINAL"})
KIND = {"GPE": "place", "LOC": "place", "FAC": "place", "NORP": "place", "ORG": "org",
        "PERSON": "person"}


def is_class(word: str, kind: str) -> bool:
    return lexicon().frame_class(word, kind)


@cache
def _cue_words() -> frozenset[str]:
    return frozenset(lexicon().cues)


_FORMULA = re.compile(r"(?:[A-Z][a-z]?[0-9₀-₉.]*)+")


def is_metric_word(tok: Token) -> bool:
    """A word written like a name that names a measure: a listed one ("GDP"), a cue word in
    capitals, or a chemical formula (_formula)."""
    low = tok.text.lower()
    return (is_class(low, "metric") or (tok.text.isupper() and low in _cue_words())
            or _formula(tok.text))


def _formula(word: str) -> bool:
    """A chemical formula: two or more element symbols, a digit among them ("CO2", "NO2",
    "CH₄", "PM2.5"); a single letter with digits is a model or a group ("A320", "G20")."""
    return (bool(_FORMULA.fullmatch(word)) and any(c.isdigit() for c in word)
            and sum(c.isupper() for c in word) >= 2)


@lru_cache(maxsize=256)  # a doc is read for its subjects and for its entities: once
def sources(doc: Doc) -> frozenset[int]:
    """Indices of the tokens that name a figure's source: "according to X", the subject
    (and the "by" agent) of a reporting verb (lexicon frames.tsv "reporting") or of any
    verb that ends its sentence with the clause it reports ("..., the institute found")."""
    out: set[int] = set()
    for tok in doc:
        lemma = tok.lemma_.lower()
        if tok.dep_ == "prep" and lemma in ("accord", "according"):
            out.update(t.i for t in tok.subtree)
        elif tok.pos_ == "VERB" and (is_class(lemma, "reporting") or _tells_clause(tok)):
            for child in tok.children:
                if child.dep_ in ("nsubj", "agent"):
                    out.update(t.i for t in child.subtree)
    return frozenset(out)


@lru_cache(maxsize=256)
def destinations(doc: Doc) -> frozenset[int]:
    """Indices of the tokens naming where an outflow goes (lexicon frames.tsv "outflow"):
    the "to" phrase of "exports to Korea", "shipments to Japan", "its sales to Chile".
    The partner is never the subject: the goods are the sender's (subject.py's "from")."""
    return frozenset(t.i for tok in doc if tok.dep_ == "prep" and tok.lower_ == "to"
                     and is_class(tok.head.lemma_.lower(), "outflow") for t in tok.subtree)


def _tells_clause(verb: Token) -> bool:
    """A verb whose complement is a clause before it, set off by a comma: the sentence's
    statement, with the verb and its subject after it as its source ("One in six adults
    now smoke, a survey by the institute found"; "Sales rose 4%, the firm's figures
    showed")."""
    doc = verb.doc
    return any(c.dep_ == "ccomp" and c.i < verb.i and "," in (
        doc[c.right_edge.i].text, doc[min(c.right_edge.i + 1, len(doc) - 1)].text)
        for c in verb.children)


def entity_name(tok: Token) -> str | None:
    """The name a token is part of: its named entity, else its run of proper nouns; a
    language ("speak Welsh") names no entity, as sentence_entities reads it."""
    if is_metric_word(tok) or tok.ent_type_ == "LANGUAGE" or placed_opener(tok) or (
            tok.ent_type_ in NOT_ENTITY and (tok.pos_ != "PROPN" or _is_calendar_word(
                tok.lower_))):  # "Quarry output in Stonemoor": placed_opener
        return None  # a proper noun the recogniser calls a date ("Niger") is still a name
    written_as_name = tok.text[:1].isupper() and not opening_noun(tok) and not (
        tok.is_sent_start and tok.tag_ == "NN" and known_noun(tok.vocab, tok.lower_))
    # "Rainfall reached 40 mm": a singular common noun opening its sentence ("Leeds",
    # tagged a plural, is read by opening_noun)
    if tok.ent_type_ in ENTITY_LABELS and (
            tok.pos_ == "PROPN" or tok.ent_type_ == "NORP" or written_as_name):
        ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
        if ent is not None:  # a recognised name, written as one ("metro" is none)
            return _clean(next(p for p in owned_parts(ent) if p.start <= tok.i < p.end))
    if unknown_opener(tok):
        return _clean(tok.doc[tok.i : tok.i + 1])  # "Airbrisk flew 4.3 million passengers"
    if tok.pos_ != "PROPN" or _common_word(tok):
        return None
    parts = [c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"
             and not is_metric_word(c) and not _common_word(c)]
    if parts:
        return _clean(tok.doc[parts[0].left_edge.i : tok.i + 1])
    return _clean(tok.doc[tok.i : tok.i + 1])


def office_of(tok: Token, name: str, skip: frozenset[int]) -> str | None:
    """The place an office acts for, when its name is one word the pipeline knows as a
    common noun, capitalised as a title, and "of" a name that is no common noun ("The
    Treasury of Ostavia borrowed", "the Police of Marlby recorded"): the place (set 1's
    convention); a name the recogniser reads whole ("Bank of England") is its own."""
    if " " in name or not known_noun(tok.vocab, tok.lower_):
        return None
    for prep in tok.rights:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                if (obj.dep_ == "pobj" and obj.i not in skip and obj.pos_ == "PROPN"
                        and not known_noun(obj.vocab, obj.lower_) and (found := entity_name(obj))):
                    return found
    return None


def _common_word(tok: Token) -> bool:
    """A word the tagger calls a proper noun that is no name: written in lower case
    ("12,300 tonnes of mackerel") or a common noun opening its sentence (opening_noun),
    the recogniser finding no name in it either way."""
    return not tok.ent_type_ and (tok.text[:1].islower() or opening_noun(tok))


def unknown_opener(tok: Token) -> bool:
    """A capitalised word that the tagger misreads (a common noun, an adverb: no proper
    noun) and the recogniser calls no name, in a place of the parse that a name holds:
    its clause's subject standing alone, tagged a singular noun ("Airbrisk flew ...",
    "Eastbury is growing"), the head of an apposition that names a kind of entity
    (lexicon frames.tsv place, org, person, title: "Eastbury, a market town, has ...",
    "Sallowmere, a rugby club, sold ..."; not "Ticketing, a new system,") or a possessive
    owner ("Coldbrook's hospital"): an unknown name (issue 14, a data desk's trial). A
    word the pipeline's lemmatizer knows as a common noun ("Truancy fell", "Rainfall's
    total"), a day, month or feast, a title ("Councillor") or a word of lexicon
    not_entities.txt is none, nor one with words of its own other than an apposition
    ("Ridership on the tram", "The Eastbury")."""
    low = tok.lower_
    if not (tok.text[:1].isupper() and tok.text[1:2].islower() and tok.pos_ in _MISREAD
            and not tok.ent_type_ and not known_noun(tok.vocab, low)
            and not _is_calendar_word(low) and not is_class(low, "title")
            and low not in lexicon().not_entities):
        return False
    kids = [c.dep_ for c in tok.children]
    if tok.dep_ == "poss":
        return all(d == "case" for d in kids) and bool(kids)
    if not all(d in _APPOSITION for d in kids):
        return False
    if "appos" in kids:  # "Eastbury, a market town,"; not "Ticketing, a new system,"
        return any(c.dep_ == "appos" and any(is_class(c.lemma_.lower(), kind) for kind in (
            "place", "org", "person", "title")) for c in tok.children)
    return tok.dep_ in ("nsubj", "nsubjpass") and tok.tag_ == "NN"


_APPOSITION = frozenset({"appos", "punct"})  # "Eastbury, a market town,": the name's own
_MISREAD = frozenset({"NOUN", "ADJ", "ADV", "VERB", "X"})  # tags an unknown name is given


def measured_opener(doc: Doc, measure: str | None) -> frozenset[int]:
    """The index of a capitalised word opening the sentence that is the figure's measure:
    one the pipeline's lemmatizer knows as a common noun, standing alone (no name of
    several words the recogniser reads, as "Forest Hills"), whose word is a word of the
    measure ("Forest covered 30.5% of Ghana's land, up by a fifth": forest is what is
    measured, not a place called Forest; "Woodland", which the recogniser may call a
    place). A word cannot be both what is measured and whose it is; empty when the
    opener is no such word."""
    if not measure or not len(doc):
        return frozenset()
    words = set(measure.lower().split())
    return frozenset(t.i for t in doc if t.is_sent_start and t.text[:1].isupper()
                     and t.tag_ in ("NN", "NNP") and _alone(t)
                     and known_noun(t.vocab, t.lower_)
                     and (t.lower_ in words or t.lemma_.lower() in words))


def _alone(tok: Token) -> bool:
    """Whether a token is no part of a name of several words the recogniser reads."""
    return not tok.ent_type_ or not any(
        e.start <= tok.i < e.end and len(e) > 1 for e in tok.doc.ents)


def opening_noun(tok: Token) -> bool:
    """A common noun capitalised because it opens its sentence: a plural ("Wildfires
    burned"), or one the parse gives a noun to modify ("House prices", "Customs officers",
    "Knife crime" even when tagged a proper noun, if the pipeline's lemmatizer knows it as
    a common noun and the recogniser finds no name in it) or a preposition of its own
    ("Turnout in ..."), is no name, whatever the recogniser says; a singular noun standing
    alone may be an unknown name the tagger misread."""
    if placed_opener(tok):
        return True  # "Listeria infections in Drannock", "Trams in Belmont"
    if not tok.is_sent_start or tok.tag_ not in ("NN", "NNS", "NNP"):
        return False
    if tok.tag_ == "NNP" and (tok.ent_type_ or not known_noun(tok.vocab, tok.lower_)):
        return held_noun(tok)  # an unknown word, or one the recogniser calls a name: a
        # name, unless a known common noun called a person holds a phrase of its own
    return (tok.tag_ == "NNS" and not plural_name(tok)) or (
        tok.dep_ == "compound" and tok.head.pos_ == "NOUN") or any(
        c.dep_ == "prep" for c in tok.children)  # "Iceland is", "Northland exported": names


def held_noun(tok: Token) -> bool:
    """A known common noun the recogniser calls a person that opens its sentence with a
    preposition of its own ("Turnout in Sunday's election", "Rainfall at the airport",
    "Attendance at the fair"): what is measured somewhere, not someone (a place called
    "Reading" is labelled a place; "Turnout" alone stays a possible name)."""
    return (tok.ent_type_ == "PERSON" and known_noun(tok.vocab, tok.lower_)
            and any(c.dep_ == "prep" for c in tok.children))


def plural_name(tok: Token) -> bool:
    """A capitalised word tagged a plural noun that the recogniser calls a name and whose
    singular the pipeline's lemmatizer does not know as a common noun ("Leeds", lemma
    "leed"; "Hastings"): a name ending in s, whatever digits its sentence holds (the tag
    and the recogniser's label of "Leeds" flip with them). "Wildfires", "Exports" have
    known singulars."""
    return (bool(tok.ent_type_) and tok.ent_type_ not in NOT_ENTITY
            and tok.text[:1].isupper() and not known_noun(tok.vocab, tok.lemma_.lower()))


@cache
def _calendar_words() -> frozenset[str]:
    days = {d.lower() for d in calendar.day_name} | {d.lower() for d in calendar.day_abbr}
    months = {w for w, roles in lexicon().roles.items() if "month" in roles}
    return frozenset(days | months | {"christmas", "easter", "ramadan", "q1", "q2", "q3", "q4"})


def _is_calendar_word(word: str) -> bool:
    """A day, month or feast, also in the plural ("on Sundays", "Mondays")."""
    words = _calendar_words()
    return word in words or (word.endswith("s") and word[:-1] in words)


def owned_parts(ent: Span) -> list[Span]:
    """A recognised name cut where it crosses a possessive into the name of what its owner
    owns ("Alpine Rail's Gotthelf tunnel", "Pellham Steel's Rotherby mill", read as one
    name: Alpine Rail and Gotthelf; Pellham Steel and Rotherby): the owner's "'s" hangs
    on a noun outside the name, or on one inside it that is not written as a name
    ("Ardent Trust's Moorside academy"). "St Mary's Hospital", whose "'s" hangs on a word
    of the name, stays whole."""
    cuts = [t.i for t in ent[:-1] if t.tag_ == "POS" and t.head.dep_ == "poss"
            and not (ent.start <= t.head.head.i < ent.end and t.head.head.text[:1].isupper())]
    if not cuts:
        return [ent]
    edges, ends = [ent.start, *(c + 1 for c in cuts)], [*cuts, ent.end]
    return [ent.doc[lo:hi] for lo, hi in zip(edges, ends, strict=True) if hi > lo]


def _clean(span: Span) -> str | None:
    words = list(span)
    while words and words[-1].text in ("'s", "’s", "'", "’"):
        words.pop()  # "Bhamo's" -> "Bhamo"; "St Mary's Hospital" stays whole
    while words and words[0].lower_ in ("the", "a", "an"):
        words.pop(0)
    if words and opening_noun(words[0]):  # "Queues at Dovercourt" read as one name
        while words and (opening_noun(words[0]) or words[0].text[:1].islower()):
            words.pop(0)
    text = "".join(t.text_with_ws for t in words).strip()
    return text if any(ch.isalpha() for ch in text) else None  # "880" is no name


_NAMED_ROLES = frozenset({"nsubj", "nsubjpass", "poss", "pobj", "compound", "dobj"})


def _naming(head: Token) -> bool:
    """Whether a common noun takes the name compounded in front of it as its own: a noun
    of a kind of entity (lexicon frames.tsv place, org: "the Sava basin") or any after
    "the" ("the Avon Creek fire", "the Sarn dam": a named thing, as subject.named reads
    it; "Lyme disease" is none)."""
    return head.pos_ != "PROPN" and (any(
        is_class(head.lemma_.lower(), k) for k in ("place", "org")) or any(
        c.dep_ == "det" and c.lower_ == "the" for c in head.children))


@lru_cache(maxsize=256)
def sentence_entities(doc: Doc, skip: frozenset[int]) -> tuple[tuple[int, str, str], ...]:
    """(character offset, name, kind) of every entity the doc names outside skip."""
    out: list[tuple[int, str, str]] = []
    seen: set[int] = set()
    for label, ent in ((w.label_, p) for w in doc.ents for p in owned_parts(w)):
        if (label in ENTITY_LABELS and not any(t.i in skip for t in ent)
                and not (len(ent) == 1 and opening_noun(ent[0])) and not _describing(ent.root)):
            name = _clean(ent)
            name = office_of(ent.root, name, skip) or name if name else None
            if name and not is_metric_word(ent.root):
                out.append((ent.start_char, name, KIND[label]))
                seen.update(t.i for t in ent)
    for tok in doc:  # names the recogniser missed ("Elbany's parliament", "the Sava basin")
        if (((tok.pos_ == "PROPN" and tok.dep_ in _NAMED_ROLES) or unknown_opener(tok))
                and tok.i not in seen
                and tok.ent_type_ != "LANGUAGE"  # "passed English and maths": no entity
                and not (tok.dep_ == "compound" and not _naming(tok.head))
                and tok.i not in skip and not _describing(tok) and (name := entity_name(tok))):
            out.append((tok.idx, name, "any"))
    return tuple(sorted(out))


_OWN_CLAUSE = frozenset({"conj", "relcl", "advcl", "ccomp", "acl", "parataxis"})


def clause_names(doc: Doc, skip: frozenset[int], verb: Token) -> list[str]:
    """The names sentence_entities finds in verb's own clause: its subtree less the
    clauses under it that have a subject of their own ("300 seals were counted on the
    Hesk sandbanks, and scientists at the Tarn Lab blame a virus": Hesk; "a harvest
    which beekeeper Ruth Amsel blames on ...": not Ruth Amsel)."""
    inside = {t.i for t in verb.subtree}
    subject = {t.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
               for t in c.subtree}  # "A gang that stole cars across Pell Vale was jailed
    for tok in verb.subtree:  # at ...": what describes the subject stays the clause's
        if (tok.i != verb.i and tok.i not in subject and tok.dep_ in _OWN_CLAUSE
                and tok.pos_ in ("VERB", "AUX")
                and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in tok.children)):
            inside -= {t.i for t in tok.subtree}
    out: list[str] = []
    for at, name, _ in sentence_entities(doc, skip):
        span = doc.char_span(at, at + 1, alignment_mode="expand")
        if span is not None and len(span) and span[0].i in inside and name not in out:
            out.append(name)
    return out


def _describing(tok: Token) -> bool:
    """A name inside an adjective of another noun ("the Lyon-based group", "a
    Texas-born singer"): it says where that noun is from; the noun is the entity."""
    head = tok.head
    return (tok.dep_ in ("npadvmod", "compound", "nmod", "advmod") and head.i != tok.i
            and head.dep_ == "amod" and head.pos_ in ("VERB", "ADJ"))


def name_head(doc: Doc, at: int) -> Token | None:
    """The head token of the name that starts at character at: the last word of
    "Ostrava Mills" (past its compound and flat parts), or None off the parse."""
    span = doc.char_span(at, at + 1, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    tok = span[0]
    while tok.dep_ in ("compound", "flat") and tok.head.i != tok.i:
        tok = tok.head
    return tok


def described_kind(doc: Doc, at: int) -> str | None:
    """The kind the draft itself gives an entity, which outranks the recogniser's label:
    "Bhamo is a town", "Lowbridge, a port of ...", "Oracle, the software company"; a name
    "in" which something is, a place, when the recogniser calls it a person."""
    tok = name_head(doc, at)
    if tok is None:
        return None
    if tok.ent_type_ == "PERSON" and tok.dep_ == "pobj" and tok.head.lower_ == "in":
        return "place"  # "parking in central Odell": one is in a place, not in a person
    if any((c.dep_ == "compound" and c.i < tok.i and is_class(c.lower_.rstrip("."), "title"))
           or (c.dep_ == "appos" and is_class(c.lemma_.lower(), "title"))
           or (c.dep_ == "relcl" and any(w.lower_ == "who" for w in c.children))
           for c in tok.children):
        return "person"  # "Ms Rowe", "Mara Lind, the mayor of ...", "Oskar Vell, who chairs"
    nouns = [c for c in tok.children if c.dep_ == "appos"]
    if tok.pos_ == "PROPN":
        nouns.append(tok)  # "Velmont Port", "Corran Council": the name's own last word
    if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_ == "be":
        nouns += [c for c in tok.head.children if c.dep_ == "attr"]
    for noun in nouns:
        for kind in ("place", "org", "person"):
            if is_class(noun.lemma_.lower(), kind):
                return kind
    return None
