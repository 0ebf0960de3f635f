"""One parsed sentence read for its figures: the first reading of each frame.

For each figure: its phrase head in the parse, its subject (or a reference back to an
earlier entity, resolved by factcheck.frames), measure, role and the phrase holding its
whole. See subject.py, measure.py and role.py for the rules.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import TYPE_CHECKING

from factcheck.frames.measure import cue_lemma, measure_of, share_measure
from factcheck.frames.names import entity_name, sentence_entities, sources
from factcheck.frames.role import claims_in, lexical_role, parse_role
from factcheck.frames.subject import Found, Refer, clause_verb, subject_of
from factcheck.lexicon import lexicon
from factcheck.model import Claim

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


@dataclass
class Reading:
    """What the parse says about one figure, before references back are resolved."""

    subject: Found = None
    measure: str | None = None
    role: str = "level"
    whole: tuple[int, ...] = ()  # indices (within the sentence's claims) of its whole
    cues: tuple[str, ...] = ()
    from_to: str | None = None  # "from" or "to" when the figure is an end of a change
    unsure: str | None = None
    other: str | None = None
    scope: tuple[int, int] | None = None  # an apposition's span: its periods only


def _head(doc: Doc, lo: int, hi: int) -> Token | None:
    """The head of the figure's phrase: its number, lifted through the words of the span
    it modifies ("5.5 million tonnes" -> "tonnes", not the "to" of "up to 5.5 million"),
    then to the noun outside the span it modifies ("a 25% tariff" -> "tariff")."""
    span = doc.char_span(lo, hi, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    words = lexicon().numbers
    numbers = [t for t in span if t.like_num or t.pos_ == "NUM" or t.lower_ in words]
    if not numbers:
        return span.root
    tok = min(numbers, key=_depth)  # "5.5 million": million; "one in five": one
    while (span.start <= tok.head.i < span.end and tok.head.i != tok.i
           and tok.head.pos_ not in ("ADP", "PART", "VERB", "AUX")):
        tok = tok.head
    if (tok.dep_ in ("nummod", "quantmod", "compound", "nmod", "amod")
            and not span.start <= tok.head.i < span.end and tok.head.pos_ == "NOUN"):
        return tok.head
    return tok


def _apposition(np: Token, offset: int) -> tuple[int, int] | None:
    """The span of the apposition a figure is in ("Mumbai, a city of about 21 million
    people, received ... in 2023": the period of the clause is not the city's)."""
    t = np
    while t.head.i != t.i and t.pos_ not in ("VERB", "AUX"):
        edge = t.left_edge.i
        set_off = edge > 0 and t.doc[edge - 1].text == "," and t.head.pos_ in ("PROPN", "NOUN")
        if t.dep_ == "appos" or (set_off and t.head.i < edge):  # "Oslo, home to 717,000"
            end = t.right_edge
            return t.left_edge.idx + offset, end.idx + len(end) + offset
        t = t.head
    return None


def _depth(tok: Token) -> int:
    depth = 0
    while tok.head.i != tok.i and depth < 64:
        tok, depth = tok.head, depth + 1
    return depth


def _cues(doc: Doc, np: Token, claim: Claim, measure: str | None) -> tuple[str, ...]:
    """Metric cue lemmas (lexicon cues.tsv) of the measure, the counted noun and the words
    of the figure's clause."""
    verb = clause_verb(np)
    words = [*(measure or "").split(), claim.noun or ""]
    scope = [t.lower_ for t in (verb.subtree if verb is not None else doc)]
    words += scope
    words += [f"{left} {right}" for left, right in pairwise(scope)]  # "home to"
    found = [lemma for w in words if w and (lemma := cue_lemma(w))]
    return tuple(dict.fromkeys(found))


def read_sentence(doc: Doc, text: str, offset: int, claims: Sequence[Claim]) -> list[Reading]:
    """A Reading per claim of the sentence doc (the text from offset)."""
    skip = sources(doc)
    spans = [(c.start, c.end) for c in claims]
    out: list[Reading] = []
    for index, claim in enumerate(claims):
        np = _head(doc, claim.start - offset, claim.end - offset)
        lexical = lexical_role(text, claim)
        if np is None:
            out.append(Reading(role=lexical))
            continue
        span = doc.char_span(claim.start - offset, claim.end - offset, alignment_mode="expand")
        figure = frozenset(t.i for t in span) if span is not None else frozenset({np.i})
        measure = measure_of(np, claim, figure)
        role, whole_phrase = parse_role(claim, np, lexical, measure)
        if role == "share":
            measure = share_measure(np, whole_phrase, figure) or measure
        elif role == "age":
            measure = "age"
        whole = tuple(k for k in (claims_in(whole_phrase, spans, offset)
                                  if whole_phrase is not None else []) if k != index)
        subject = subject_of(np, figure, skip)
        reading = Reading(subject=subject, measure=measure, role=role, whole=whole,
                          cues=_cues(doc, np, claim, measure),
                          from_to=np.head.lower_ if np.dep_ == "pobj" and np.head.lower_
                          in ("from", "to") else None)
        if subject is None:
            _sentence_fallback(doc, skip, reading)
        if _BASE.search(text, max(0, claim.start - 16), claim.start):
            reading.unsure = ("the figure is the base of a rate ('per 100,000 people'), not "
                              "a level of its own")
        if claim.bound == "at_most" and _verb_up_to(doc, claim.start - offset, claim.text):
            reading.unsure = ("'up to' follows a verb ('climbed up to'): the figure is the "
                              "level reached, not a bound, so its reading is in doubt")
        reading.other = _other(np, skip, reading.subject)
        reading.scope = _apposition(np, offset)
        out.append(reading)
    return out


def _sentence_fallback(doc: Doc, skip: frozenset[int], reading: Reading) -> None:
    """Step 5 of subject.py: the one entity the sentence names outside its sources; in a
    sentence that names no entity at all, the entity its paragraph is about (the one
    antecedents.py finds for "it")."""
    names = list(dict.fromkeys(name for _, name, _ in sentence_entities(doc, skip)))
    if len(names) == 1:
        reading.subject = names[0]
    elif len(names) > 1:
        reading.unsure = (f"the sentence names several entities ({', '.join(names[:3])}) "
                          "and its parse ties the figure to none of them")
    else:
        sourced = [name for _, name, _ in sentence_entities(doc, frozenset())]
        if sourced:
            reading.unsure = (f"the only entity the sentence names ({sourced[0]}) is the "
                              "figure's source, not its subject")
        else:  # "Exports rose 5%.": a sentence naming nobody is about its paragraph's topic
            reading.subject = Refer("implicit")


_BASE = re.compile(r"\b(?:per|for\s+(?:every|each))\s+$", re.IGNORECASE)


def _verb_up_to(doc: Doc, at: int, text: str) -> bool:
    """ "rose up to 45", "went up to 45": "up to" right after a verb of motion or change
    (lexicon frames.tsv "motion", changes.tsv), which "employs up to 500" is not."""
    if not text.lower().startswith("up to"):
        return False
    before = [t for t in doc if t.idx + len(t) <= at]
    if not before:
        return False
    verb = before[-1]
    return verb.pos_ == "VERB" and (lexicon().frame_class(verb.lemma_, "motion")
                                    or verb.lower_ in lexicon().change_verbs)


_BETWEEN = ("from", "to", "on", "into", "against", "with")


def _other(np: Token, skip: frozenset[int], subject: Found) -> str | None:
    """The second entity of a figure between two: the object of "from", "to", "on" ... of
    the figure's phrase, the nouns above it or its clause's verb and subject."""
    heads = [np]
    t = np
    while t.head.i != t.i and t.pos_ not in ("VERB", "AUX"):
        t = t.head
        heads.append(t)
    verb = clause_verb(np)
    if verb is not None:
        heads += [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    for head in heads:
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in _BETWEEN:
                continue
            for obj in prep.subtree:
                if obj.i in skip or obj.dep_ not in ("pobj", "compound"):
                    continue
                name = entity_name(obj)
                if name and name != subject:
                    return name
    return None


def refers(reading: Reading) -> Refer | None:
    return reading.subject if isinstance(reading.subject, Refer) else None
