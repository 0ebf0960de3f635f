"""What a stretch of time is taken by: the measure of a duration ("closed for 14 months",
"took nine years to build", "mayor for 12 years", "24 years in office").

The event is read from the parse, in this order:

- a phrase on the figure itself: "24 years in office", "nine months of talks";
- what the duration is "in", "for" or "within": a noun ("mayor of Trossvik for 12
  years"), or a verb's event: its object ("makes the crossing in 50 minutes"), with the
  noun of the verb's own event after it for a time the event lasts ("for") when the
  verb has one (frames.nominal.event_noun: "closed the road for nine hours" -> road
  closure), else the verb's event alone ("will close for 18 months" -> closure, "has
  worked there for 19 years" -> work); a time "in" which something is done names no
  event of its verb ("delivered 118 million packages in the first eight months");
- the clause a verb's object of time is spent on ("took nine years to build" ->
  construction, "took volunteers 11 years to restore the canal" -> restoration): the
  noun of the infinitive's event (frames.nominal.event_noun; "needed nine hours to
  bring the blaze under control" names none);
- a person's own time: a time "in" which a person did something ("finished in 2 hours
  21 minutes", "ran the course in 31 minutes", "won the stage in 5 hours") or that a
  person took ("the winner, Ada Moss, took 2 hours 9 minutes") is that person's time,
  whatever the verb's object (the course, the line, the race: no event of the time),
  when it is clocked in hours, minutes or seconds; days or more that a person spends
  doing a thing are that doing ("drove 1,300 miles across the desert in 19 days").
  A person is who the parse says: a name the recogniser calls a person, a pronoun of
  gender ("she", "he"), or a noun set beside such a name ("the winner, Ada Moss").

The blind frames sets label such durations by the event, not by the thing it befell
("closure", "construction", "restoration"): sets 1, 2, 3, 10, 11, 12, 13, 14, 16.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.frames.names import is_class
from factcheck.frames.nlp import known_noun
from factcheck.frames.nominal import event_noun
from factcheck.frames.nouns import is_noun, phrase
from factcheck.frames.subject import verb_subject
from factcheck.model import Claim

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["TIME_UNITS", "time_taken"]

TIME_UNITS = frozenset({"second", "minute", "hour", "day", "week", "month", "year"})
_CLOCKED = frozenset({"second", "minute", "hour"})  # a performance is timed in these; days
# or more a person spends doing a thing are the doing ("drove 1,300 miles in 19 days": drive)


def time_taken(np: Token, claim: Claim, figure: frozenset[int]) -> str | None:
    """The event a stretch of time (a claim in TIME_UNITS whose phrase head is np) is
    taken by (see the module's rules), or None."""
    if claim.unit not in TIME_UNITS:
        return None
    if (spent := _spent_in(np, figure)) is not None:
        return spent  # "after 24 years in office", "ended nine months of talks"
    if (doing := _spent_on(np)) is not None:
        return doing  # "took nine years to build": construction
    if claim.unit in _CLOCKED and _own_time(np):
        return "time"  # "Ada Moss finished in 2 hours 9 minutes": her time
    prep = np.head
    if np.dep_ != "pobj" or prep.lower_ not in ("in", "for", "within"):
        return None
    held = prep.head
    if held.pos_ == "PROPN":  # "Ada Moss, mayor since ..., for 12 years": the apposition
        held = next((c for c in held.children if c.dep_ == "appos"), held)
    if held.pos_ == "NOUN" and is_noun(held) and held.i not in figure:
        return phrase(held, figure)  # "mayor of Trossvik for the past 12 years": mayor
    if prep.head.pos_ not in ("VERB", "AUX"):
        return None
    done = [c for c in prep.head.children if c.dep_ in ("dobj", "attr") and c.i not in figure
            and c.pos_ == "NOUN" and is_noun(c) and not c.like_num]
    lasting = prep.lower_ == "for"  # "closed the road for nine hours", not "delivered
    # 118 million packages in the first eight months": a time to do it names no event
    if done:
        event = event_noun(prep.head) if lasting and prep.head.pos_ == "VERB" else None
        return " ".join([phrase(done[0], figure), *([event] if event else [])])
    return _event(prep.head, figure, lasting)


def _own_time(np: Token) -> bool:
    """Whether a stretch of time is a person's own time at doing something (see the
    module's rules): the object of "in" on a verb, or the object of a light verb
    (spaCy's stop words: "took"), whose subject is a person; a time with no determiner
    or adjective of its own ("in the first six months" is a period, not a time taken).
    A time a person spends "for" ("worked there for 19 years": work) or the object of a
    verb of its own doing ("waited six hours": a wait) is another measure."""
    verb = np.head
    if any(c.dep_ in ("det", "amod", "poss") for c in np.children):
        return False  # "in the first six months": a period the figure's deeds fall in
    if np.dep_ == "pobj" and verb.lower_ == "in":
        verb = verb.head
        if verb.dep_ == "dobj" and verb.pos_ == "NOUN":
            verb = verb.head  # "crossed the line in 68 minutes", "in" hung on the line
        if verb.vocab[verb.lemma_.lower()].is_stop and any(
                c.dep_ == "dobj" for c in verb.children):
            return False  # "makes the crossing in 50 minutes": a light verb's object is
            # the event timed (the crossing), whoever makes it
    elif not (np.dep_ in ("dobj", "npadvmod") and verb.vocab[verb.lemma_.lower()].is_stop
              and not _purpose(verb, np)):
        return False  # "took nine years to write the novel": the writing (or none)
    if verb.pos_ != "VERB":
        return False
    subj = verb_subject(verb)
    return subj is not None and subj.i < verb.i and _person(subj)


def _person(tok: Token) -> bool:
    """A person, as the parse says: a name the recogniser calls one, a pronoun of gender
    ("she", "he"), or a noun set beside such a name ("the winner, Ada Moss")."""
    return (tok.ent_type_ == "PERSON" or (tok.pos_ == "PRON" and bool(tok.morph.get("Gender", [])))
            or any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in tok.children))


def _spent_on(np: Token) -> str | None:
    """The noun of the doing a verb's object of time is spent on, when that verb has an
    infinitive clause of purpose ("the dam took eleven years to build": construction;
    "it took volunteers 11 years to restore the canal": restoration); None when the
    infinitive's verb names no event of its own ("need six hours to reach the top",
    "to bring the blaze under control").
    The parser hangs the infinitive on the verb or, as a relative clause, on the time
    itself ("which took eleven years to build")."""
    verb = np.head
    if np.dep_ not in ("dobj", "npadvmod") or verb.pos_ not in ("VERB", "AUX"):
        return None
    clause = _purpose(verb, np)
    return event_noun(clause) if clause is not None else None


def _purpose(verb: Token, np: Token) -> Token | None:
    """The infinitive of purpose a verb's object of time is spent on ("took nine years
    to build"), hung on the verb or on the time itself; None when there is none."""
    for clause in (*verb.children, *np.children):
        if (clause.dep_ in ("xcomp", "advcl", "relcl", "acl") and clause.pos_ == "VERB"
                and clause.i > np.i and any(c.dep_ == "aux" and c.lower_ == "to"
                                            for c in clause.children)):
            return clause
    return None


def _spent_in(np: Token, figure: frozenset[int]) -> str | None:
    """The state or activity a stretch of time is spent in, named by a phrase on the
    figure itself: "24 years in office", "nine months of talks", "three years in prison"
    (not "four years in a row": an indefinite noun there is a manner, no state)."""
    for prep in np.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "of"):
            continue
        for obj in prep.children:
            if (obj.dep_ == "pobj" and obj.pos_ == "NOUN" and is_noun(obj)
                    and obj.i not in figure
                    and not any(c.dep_ == "det" and c.lower_ in ("a", "an")
                                for c in obj.children)):
                return phrase(obj, figure)
    return None


def _named_thing(noun: Token) -> bool:
    """A noun that is a name's description: "the resort of Altgries", "the Gresford
    plant" (a thing, where "a fire at the Gresford plant" is an event)."""
    return any((c.dep_ == "compound" and c.pos_ == "PROPN") or (
        c.dep_ == "prep" and c.lower_ == "of"
        and any(o.dep_ == "pobj" and o.pos_ == "PROPN" for o in c.children))
        for c in noun.children)


def _event(verb: Token, figure: frozenset[int], lasting: bool) -> str | None:
    """The event a verb with no object goes on for: its subject, when that is a singular
    common noun naming no entity's kind nor describing a name, not a passive's ("a blaze
    at the mill burned for 14 hours": blaze; not "the firm traded for 40 years", "the
    harbour of Velden opened for 90 days", "the mill was shut for a week"); else the noun
    of the verb's own event for a time it lasts ("for": nominal.event_noun, "will close
    for 18 months": closure);
    else the verb, with its particle ("was cut off for five days": cut-off), when the
    pipeline's lemmatizer knows it as a noun ("has worked there for 19 years": work)."""
    subj = verb_subject(verb)
    if (subj is not None and subj.dep_ == "nsubj" and subj.i not in figure
            and subj.tag_ == "NN" and is_noun(subj)
            and not any(is_class(subj.lemma_.lower(), k) for k in ("person", "org", "place"))
            and not _named_thing(subj)):
        return phrase(subj, figure)
    if lasting and verb.pos_ == "VERB" and (event := event_noun(verb)) is not None:
        return event  # "the theatre will close for 18 months": closure
    lemma = verb.lemma_.lower()  # "has worked there for 19 years": work
    if verb.pos_ != "VERB" or not known_noun(verb.vocab, lemma):
        return None
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    return f"{lemma}-{particle}" if particle else lemma
