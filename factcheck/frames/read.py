"""One parsed sentence read for its figures: the first reading of each frame.

For each figure: its phrase head in the parse, its subject (or a reference back to an
earlier entity, resolved by factcheck.frames), measure, role and the phrase holding its
whole. See subject.py, measure.py and role.py for the rules.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import TYPE_CHECKING

from factcheck.frames.ages import stated_age
from factcheck.frames.benchmark import benchmark
from factcheck.frames.caption import caption_span
from factcheck.frames.clauses import clause_heads, clause_of, events, statements
from factcheck.frames.compared import compared_span
from factcheck.frames.event_count import event_count, held_by_event
from factcheck.frames.goods import goods_of, price_changes, unit_price, unnamed
from factcheck.frames.measure import bare, cue_lemma, measure_of
from factcheck.frames.names import (
    clause_names,
    destinations,
    entity_name,
    measured_opener,
    sentence_entities,
    sources,
)
from factcheck.frames.owner import aged_back, bound_its, placed_owner, thing_subject
from factcheck.frames.parsed_role import claims_in, named_rate, parse_role
from factcheck.frames.per_head import per_head, with_per_head
from factcheck.frames.respective import pair_respectively
from factcheck.frames.role import lexical_role
from factcheck.frames.role_measure import age_valued, elided, role_measure
from factcheck.frames.speaker_owner import speaker_owner
from factcheck.frames.subject import Found, Refer, clause_verb, subject_of
from factcheck.frames.unread import unread_subject
from factcheck.frames.verbs import definite_subject, reported_by, tense
from factcheck.lexicon import lexicon
from factcheck.model import Claim
from factcheck.units import is_currency

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
    shut: tuple[tuple[int, int], ...] = ()  # the sentence's appositions and relative clauses
    told: tuple[tuple[int, int], ...] = ()  # relative clauses of its own noun ("the 68 mm
    # that fell on Tuesday"): their periods are the figure's
    clause: tuple[int, int] | None = None  # its clause of its own tense: clauses.py
    clauses: tuple[tuple[int, int], ...] = ()  # the sentence's clauses so found
    events: tuple[tuple[int, int], ...] = ()  # its clauses of another event: clauses.events
    statement: tuple[int, int] | None = None  # its part between semicolons: statements
    bare: bool = False  # names nothing it counts ("down from 52", "up 9%"): measure.bare
    verb: int | None = None  # where its clause's verb is, when that verb has its own subject
    whole_back: bool = False  # a part "of them", "of whom": its whole is a figure before it
    kind_back: bool = False  # "4.1m votes, or 36% of those cast": of all of that kind
    appos: bool = False  # its phrase is an apposition to the figure's just before it
    tense: str | None = None  # its clause's tense: verbs.tense
    base: tuple[int, int] | None = None  # what a comparison compares it with: compared.py
    named_rate: bool = False  # a percent level whose measure names a rate: role.named_rate
    definite: str | None = None  # "the museum" its clause is about: verbs.definite_subject
    thing: str | None = None  # the thing its clause is about ("the bridge cost"): owner.py
    by_event: bool = False  # a definite count of people doing something: held_by_event
    benchmark: bool = False  # a target or someone else's figure it is compared with
    share_of: str | None = None  # a share's whole when its measure is its part: Frame
    elided: bool = False  # a ratio share naming no things it counts ("one in five"): links


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
           and (tok.head.pos_ not in ("ADP", "PART", "VERB", "AUX")
                or tok.head.dep_ in ("attr", "dobj", "pobj", "nsubj"))):
        tok = tok.head  # "£610m" with "m" tagged a verb: still the figure's own word
    if (tok.dep_ in ("nummod", "quantmod", "compound", "nmod", "amod")
            and not span.start <= tok.head.i < span.end and tok.head.pos_ == "NOUN"):
        return tok.head
    return tok


def _apposition(np: Token, offset: int) -> tuple[int, int] | None:
    """The span of the apposition or relative clause a figure is in ("Mumbai, a city of
    about 21 million people, received ... in 2023": the period of the clause is not the
    city's; nor is it the beds' in "the hospital, which has 540 beds, turned away ...")."""
    t = np
    while t.head.i != t.i and t.pos_ not in ("VERB", "AUX"):
        edge = t.left_edge.i
        set_off = edge > 0 and t.doc[edge - 1].text == "," and t.head.pos_ in ("PROPN", "NOUN")
        if t.dep_ == "appos" or (set_off and t.head.i < edge):  # "Oslo, home to 717,000"
            return _span(t, offset)
        t = t.head
    comma = t.left_edge.i > 0 and t.doc[t.left_edge.i - 1].text == ","  # "the jail, built for"
    return _span(t, offset) if t.dep_ == "relcl" or (t.dep_ == "acl" and comma) else None


def _set_beside(np: Token, prior: Token | None) -> bool:
    """Whether a figure's phrase np is set beside the phrase of the figure before it: an
    apposition to it ("5,000 acres of moor and pasture, some 2,000 hectares, ..."), or a
    second object of its verb after a comma with no conjunction ("bought 2,000 acres of
    bog and heath, some 800 hectares, ...": the parser's other reading of the same)."""
    if prior is None or np.i <= prior.i:
        return False
    if np.dep_ == "appos" and np.head.i == prior.i:
        return True
    if np.dep_ == "conj" and np.head.i == prior.i and any(
            c.dep_ == "cc" and c.lower_ == "or" for c in prior.children):
        return True  # "won 4.1 million votes, or 36.4% of those cast": the same, restated
    edge = np.left_edge.i
    return (np.dep_ == prior.dep_ in ("dobj", "attr") and np.head.i == prior.head.i
            and edge > 0 and np.doc[edge - 1].text == ",")


def _span(t: Token, offset: int) -> tuple[int, int]:
    end = t.right_edge
    return t.left_edge.idx + offset, end.idx + len(end) + offset


def _enclosed(doc: Doc, offset: int) -> tuple[tuple[int, int], ...]:
    """The spans of a sentence's appositions and relative clauses, and of the participle
    phrases set off by a comma after a noun ("The dam, finished in 1974, holds ...")."""
    return tuple(_span(t, offset) for t in doc if t.dep_ in ("appos", "relcl") or (
        t.dep_ == "acl" and t.left_edge.i > 0 and doc[t.left_edge.i - 1].text == ","
        and t.head.i < t.left_edge.i))


def _own_relatives(np: Token, offset: int) -> tuple[tuple[int, int], ...]:
    """The spans of the relative clauses and participle phrases that modify the figure's
    own noun ("the 68 mm that fell on Tuesday night", "the £24m budget, which was agreed
    on Monday"): they tell when the figure's thing happened, so their periods are its."""
    return tuple(_span(t, offset) for t in np.children if t.dep_ in ("relcl", "acl"))


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


def _subject_verb(np: Token, offset: int) -> int | None:
    """Where the verb of the figure's clause is (a text offset), when that verb has a
    subject of its own ("wages rose 4.8%": rose); None otherwise ("climbing from 100 to
    105"). Two figures under two such verbs belong to two statements. A figure that is
    itself a verb ("Reform more than doubled its vote", "fell to 90 and then doubled")
    heads a clause of its own, with or without a subject."""
    if np.pos_ == "VERB":
        return np.idx + offset
    verb = clause_verb(np)
    if verb is None or not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    return verb.idx + offset


def figure_words(doc: Doc, offset: int, claims: Sequence[Claim]) -> frozenset[int]:
    """The proper nouns inside the sentence's figures, less the nationalities they count
    ("EUR" of "EUR 2.4 billion", "CHF" of "CHF 4.8 billion": a unit the tagger calls a
    proper noun and the recogniser a name or an organisation; "2,000 Danes" still names
    Denmark's people): no figure's own unit is an entity (Claim.unit reads it)."""
    out: set[int] = set()
    for claim in claims:
        span = doc.char_span(claim.start - offset, claim.end - offset,
                             alignment_mode="expand")
        out.update(t.i for t in span or () if t.pos_ == "PROPN" and t.ent_type_ != "NORP")
    return frozenset(out)


def read_sentence(doc: Doc, text: str, offset: int, claims: Sequence[Claim]) -> list[Reading]:
    """A Reading per claim of the sentence doc (the text from offset)."""
    skip = sources(doc) | destinations(doc) | figure_words(doc, offset, claims)
    clauses = clause_heads(doc)
    shut = _enclosed(doc, offset)
    parts = statements(doc, offset)
    apart = events(clauses, offset)
    clause_spans = tuple(_span(h, offset) for h in clauses)
    spans = [(c.start, c.end) for c in claims]
    out: list[Reading] = []
    before_np: Token | None = None  # the phrase of the figure before
    prices: dict[int, tuple[str, str]] = {}  # goods and price of a unit price, by its verb
    nps: list[Token | None] = []
    opened: frozenset[int] = frozenset()  # openers read as a figure's measure
    for index, claim in enumerate(claims):
        np = _head(doc, claim.start - offset, claim.end - offset)
        nps.append(np)
        lexical = lexical_role(text, claim)
        prior, before_np = before_np, np
        if np is None:
            out.append(Reading(role=lexical))
            continue
        span = doc.char_span(claim.start - offset, claim.end - offset, alignment_mode="expand")
        figure = frozenset(t.i for t in span) if span is not None else frozenset({np.i})
        measure = measure_of(np, claim, figure)
        role, whole_phrase = parse_role(claim, np, lexical, measure)
        person = _aged(np, claim)
        if person is not None or age_valued(measure, role, claim) or stated_age(np, claim):
            role = "age"
        measure, share_of = role_measure(np, measure, role, whole_phrase, figure)
        one = per_head(np)  # "the average Briton emitted 5.1 tonnes": per capita, of
        if one is not None:   # the Britons
            measure = with_per_head(measure)
        whole = tuple(k for k in (claims_in(whole_phrase, spans, offset)
                                  if whole_phrase is not None else []) if k != index)
        aged = aged_back(np, figure, skip) if role == "age" and person is None else None
        opened |= measured_opener(doc, measure)  # "Forest covered 30.5% of Ghana's
        held = skip | opened  # land, up by a fifth": forest is measured, no place, for
        # this figure and those after it in the sentence
        subject = person or aged or placed_owner(np, held) or subject_of(
            np, figure, held - _own_source(doc, np) if np.i in held else held,
            _measured(claim))
        subject = bound_its(np, subject, held)
        if one is not None and (one.ent_type_ == "NORP" or one.pos_ == "PROPN"):
            subject = one.text
        goods = goods_of(np, claim) if unnamed(subject) else None
        if goods is not None:
            subject, measure = goods  # "Brent crude fell to $71.40 a barrel"
        elif measure is None and unit_price(claim):
            measure = "price"  # "Butter fell to £5,200 a tonne": a price, whoever's
        reading = Reading(subject=subject, measure=measure, role=role, whole=whole,
                          cues=_cues(doc, np, claim, measure),
                          from_to=_end_word(text, claim, np) or _base_of_change(
                              np, offset, claims),
                          verb=_subject_verb(np, offset))
        reading.bare = bare(np, claim, figure)
        reading.share_of = share_of if goods is None else None
        kind = whole_phrase is not None and _demonstrative(whole_phrase)
        reading.thing = thing_subject(np) if reading.bare else None
        reading.elided = elided(np, claim, role, whole_phrase, measure)
        reading.whole_back = role in ("part", "share") and not whole and (
            whole_phrase is not None and (whole_phrase.lower_ in _BACK_WORDS or kind))
        if reading.whole_back and role == "part" and np.dep_ == "pobj":
            reading.measure = None  # "speeding played a part in 71 of them": what "them"
            # are, as the clause counts none of its own (links.lean)
        if subject is None:
            _sentence_fallback(doc, held, reading, np)
        if isinstance(reading.subject, str) and reading.subject in claim.text and any(
                ch.isdigit() for ch in reading.subject):  # "jumped by 0.3C", tagged a
            reading.subject = None  # place, is no subject of itself ("10 Nigerians" is)
        if based := _BASE.search(text, max(0, claim.start - 16), claim.start):
            reading.unsure = (f"the figure is the base of a rate "
                              f"('{text[based.start():claim.end]}'), not a level of its own")
        if claim.bound == "at_most" and _verb_up_to(doc, claim.start - offset, claim.text):
            reading.unsure = ("'up to' follows a verb ('climbed up to'): the figure is the "
                              "level reached, not a bound, so its reading is in doubt")
        if reading.unsure is None and role == "level" and (
                counted := event_count(np, claim, measure)):
            reading.unsure = counted  # "28,000 people attended": not the population
        reading.other = _other(np, sources(doc), reading.subject)  # a destination too
        reading.scope = caption_span(np, offset) or _apposition(np, offset)
        reading.shut = shut
        reading.told = _own_relatives(np, offset)
        reading.clause = clause_of(np, clauses, offset)
        reading.clauses = clause_spans
        reading.events = apart
        reading.statement = next((p for p in parts if p[0] <= np.idx + offset < p[1]), None)
        reading.appos = _set_beside(np, prior)
        reading.kind_back = reading.whole_back and kind and reading.appos
        reading.tense = tense(clause_verb(np))
        reading.by_event = role == "level" and held_by_event(np, claim, measure)
        if role == "change":
            reading.base = compared_span(np, figure, claim.multiplier, offset)
        reading.named_rate = (role == "level" and claim.unit == "percent"
                              and any(c.isdigit() for c in claim.text)  # not "a fifth"
                              and named_rate(np, measure))
        reading.definite = definite_subject(np)
        reading.benchmark = benchmark(np)
        out.append(reading)
        if goods is not None and reading.verb is not None:
            prices[reading.verb] = goods
    price_changes(out, prices)
    pair_respectively(doc, nps, out, skip)
    return out


def _measured(claim: Claim) -> bool:
    """A figure in a unit of measurement: a length, a time, a mass (not a count, a share
    or money)."""
    return claim.unit not in ("", "percent", "percentage_point", "basis_point") and (
        not is_currency(claim.unit))


def _demonstrative(whole: Token) -> bool:
    """Whether a whole is a plural demonstrative standing alone ("22% of those cast",
    "of those polled"): the parser makes the participle after it a singular noun that
    "those" cannot determine (they disagree in number), so the whole is the pronoun and
    it stands for the figure before."""
    return any(c.dep_ == "det" and "Dem" in c.morph.get("PronType", [])
               and "Plur" in c.morph.get("Number", []) for c in whole.children) and (
        "Sing" in whole.morph.get("Number", []))


_BACK_WORDS = frozenset({"them", "whom", "that", "which", "these", "those", "it", "this"})


_PLACES = frozenset({"GPE", "LOC", "FAC", "NORP"})


def _aged(np: Token, claim: Claim) -> str | None:
    """The person a bare number is set beside as an age ("Ines Carvalho, 58, said"): a
    name the recogniser does not call a place (an invented name may be called an
    organisation)."""
    head = np.head
    if (claim.unit not in ("", "year") or not claim.text.isdigit()
            or np.dep_ not in ("appos", "npadvmod", "amod", "nummod")
            or head.pos_ != "PROPN" or head.ent_type_ in _PLACES or not 0 < claim.value < 125):
        return None
    doc = np.doc
    if not (np.i > 0 and doc[np.i - 1].text == "," and np.i + 1 < len(doc)
            and doc[np.i + 1].is_punct):
        return None
    return entity_name(head)


def _own_source(doc: Doc, np: Token) -> frozenset[int]:
    """A source phrase the figure is inside ("Galeforce, which runs 14 wind farms, said"):
    the figure is the source's own, so the source is no source for it."""
    for tok in doc:
        if tok.dep_ in ("nsubj", "agent") and tok.head.pos_ == "VERB" and (
                tok.left_edge.i <= np.i <= tok.right_edge.i) and tok.i != np.i:
            return frozenset(t.i for t in tok.subtree)
    return frozenset()


def _sentence_fallback(doc: Doc, skip: frozenset[int], reading: Reading, np: Token) -> None:
    """Step 5 of subject.py: the one entity the sentence names outside its sources; in a
    sentence that names no entity at all, the entity its paragraph is about (the one
    antecedents.py finds for "it")."""
    names = _whole_names(dict.fromkeys(name for _, name, _ in sentence_entities(doc, skip)))
    verb = clause_verb(np)
    if len(names) > 1 and verb is not None and definite_subject(np) is None and len(
            own := _whole_names(clause_names(doc, skip, verb))) == 1:
        names = own  # the one name of the figure's own clause, not of a clause beside it
        # (one about "the quarry" is about the name holding that word: antecedents.py)
    if names and (unread := unread_subject(np, frozenset({np.i}))) is not None:
        reading.unsure = (f"the figure's clause is about '{unread.text}', which the parse "
                          "does not read as a name; no other name is its subject")
    elif len(names) == 1:
        reading.subject = names[0]
    elif len(names) > 1:
        reading.unsure = (f"the sentence names several entities ({', '.join(names[:3])}) "
                          "and its parse ties the figure to none of them")
    else:
        away = destinations(doc)  # a source may own its figure; a destination never
        sourced = [name for _, name, _ in sentence_entities(doc, away)]
        if sourced and _known_owner(np):  # "Ward said the force's 1,580 officers ...":
            reading.subject = Refer("implicit")  # the force, not the speaker
        elif sourced and reported_by(np) is not None:
            reading.subject = sourced[0]  # "Acme reported a loss of $83m, against $12m":
            # its own figures
        elif places := [name for _, name, kind in sentence_entities(doc, away)
                        if kind == "place"]:
            reading.subject = places[0]  # "Halden council said ...": the council's place
        elif sourced and (owner := speaker_owner(doc)) is not None:
            reading.subject = owner  # "Brevik's harbour master said": Brevik's figure
        elif sourced:
            reading.unsure = (f"the only entity the sentence names ({sourced[0]}) is the "
                              "figure's source, not its subject")
        else:  # "Exports rose 5%.": a sentence naming nobody is about its paragraph's topic
            reading.subject = Refer("implicit")


def _known_owner(np: Token) -> bool:
    """Whether the figure's noun is owned by a common noun written as a known thing ("the
    force's 1,580 officers", "this museum's objects"): a thing of the paragraph, never the
    sentence's speaker."""
    return any(c.dep_ == "poss" and c.pos_ == "NOUN" and any(
        d.dep_ == "det" and d.lower_ in ("the", "this") for d in c.children)
        for c in np.children)


def _whole_names(names: Iterable[str]) -> list[str]:
    """The names, less those that are a whole-word part of another ("River" beside "River
    Tamber", "Tamber" beside "Tamber Trust"): one entity read twice names no second."""
    found = list(names)
    return [n for n in found if not any(
        o != n and f" {n.lower()} " in f" {o.lower()} " for o in found)]


_END_WORD = re.compile(r"\b(from|to)\s+$", re.IGNORECASE)


def _end_word(text: str, claim: Claim, np: Token) -> str | None:
    """ "from" or "to" when the parse hangs the figure on either as an end of a change;
    which end, the word right before it says (the parser takes "from 1.2 million to 1.5
    million" as one phrase under "from", with "to" a modifier of the second figure)."""
    parsed = np.head.lower_ if np.dep_ == "pobj" and np.head.lower_ in ("from", "to") else None
    said = _END_WORD.search(text, max(0, claim.start - 6), claim.start)
    return said.group(1).lower() if parsed and said else parsed  # the words name which end


_BASE_PREPOSITIONS = frozenset({"on", "against", "over"})


def _base_of_change(np: Token, offset: int, claims: Sequence[Claim]) -> str | None:
    """ "from" for a figure the parse hangs, by "on", "against" or "over", on a word of a
    change figure itself ("down 30 mm on September's 124 mm", "up 2,100 on last year's
    7,300", "up 4% against 1,180 a year before"): what a change is measured against is
    its base, whatever the preposition. Not a phrase of the verb ("spent £30m on 124
    buses", "rose 12% on the 4.1 million"): its preposition hangs on no change figure."""
    prep = np.head
    if np.dep_ != "pobj" or prep.lower_ not in _BASE_PREPOSITIONS:
        return None
    at = prep.head.idx + offset
    return "from" if any(c.change and c.start <= at < c.end for c in claims) else None


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
