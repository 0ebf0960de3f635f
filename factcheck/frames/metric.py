"""The metric a figure belongs to, from its place in the parse ("a population of 54
million", "the death toll of 300", "a 25% tariff", "the town's population was 79,100",
"exported 4.1 million tonnes": export), and what a count counts or a unit measures
("420 beds", "4.1 million tonnes of pork")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.frames.names import entity_name, is_metric_word
from factcheck.frames.nominal import verb_noun
from factcheck.frames.nouns import (
    TIME_WORDS,
    is_gerund,
    is_kind,
    is_noun,
    measure_word,
    phrase,
    verb_cue,
)
from factcheck.frames.subject import GENERIC, clause_verb, verb_object, verb_subject
from factcheck.lexicon import lexicon
from factcheck.model import Claim

if TYPE_CHECKING:
    from spacy.tokens import Token


def thing_of(np: Token, claim: Claim, figure: frozenset[int]) -> Token | None:
    """What a count counts or a unit measures. The points of a change ("fell 3.2 points",
    "raised access by 34 points") are its unit, percentage or index points, not a thing
    counted; a level's points are ("scored 30 points")."""
    if np.lemma_.lower() == "point" and (claim.change is not None or (
            np.dep_ == "pobj" and np.head.lower_ == "by")):
        return None
    if not claim.unit and np.i not in figure and is_noun(np):
        return None if _stand_in(np) else np
    if not claim.unit and is_noun(np) and claim.noun:
        return np
    for prep in np.rights:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                if obj.dep_ == "pobj" and is_noun(obj) and (
                        obj.i not in figure
                        or (claim.unit and not _unit_word(obj, claim.unit))):
                    return obj  # "9,000 tonnes of paper a year", the whole one figure
    return spent_on(np, claim.unit, figure) or compared_noun(np, figure)


def _stand_in(noun: Token) -> bool:
    """A generic noun a multiple or count is set on that names nothing of its own ("3.4
    times the sum it paid in 2024", "twice the amount of 2023"): it stands for the other
    figure's measure (links and factcheck.frames give it), unless "of" says what it
    counts ("twice the number of nurses")."""
    return noun.lemma_.lower() in GENERIC and not any(
        c.dep_ == "prep" and c.lower_ == "of" and any(
            o.dep_ == "pobj" and is_noun(o) and o.ent_type_ not in ("DATE", "TIME")
            for o in c.children) for c in noun.children)


def _unit_word(tok: Token, unit: str) -> bool:
    """Whether a noun names a unit, a currency or a part of the figure's unit's name ("a
    quarter of a percentage point", "two thirds of a mile"), not a substance measured in
    one."""
    lex = lexicon()
    return any(w in lex.units or w in lex.currencies or w in TIME_WORDS
               or w in unit.lower() for w in (tok.lower_, tok.lemma_.lower()))


def compared_noun(np: Token, figure: frozenset[int]) -> Token | None:
    """The noun a figure's comparative describes ("30% less gas", "a fifth more rain",
    "12% fewer lorries"): what the figure is a change of."""
    more = np.head
    if (np.dep_ in ("npadvmod", "nummod", "advmod") and more.tag_ in ("JJR", "RBR")
            and more.dep_ == "amod" and more.head.i not in figure and is_noun(more.head)):
        return more.head
    return None


def spent_on(np: Token, unit: str, figure: frozenset[int]) -> Token | None:
    """What a sum of money is in, right after it: "$310m in grants", "£95m in claims"."""
    after = max(figure, default=np.i) + 1
    if not unit.isupper() or after >= len(np.doc) or np.doc[after].lower_ != "in":
        return None
    for obj in np.doc[after].children:
        if (obj.dep_ == "pobj" and obj.pos_ == "NOUN" and is_noun(obj) and not is_kind(obj)
                and obj.lemma_.lower() not in TIME_WORDS and obj.ent_type_ == ""):
            return obj
    return None


def owned(tok: Token) -> bool:
    """Whether a noun is some named entity's ("the strike at Tolvik Steel") or names one
    ("the Orly viaduct", "the A61 works": the entity itself, not a measure)."""
    return any((c.dep_ in ("poss", "prep") and any(entity_name(t) for t in c.subtree))
               or (c.dep_ == "compound" and entity_name(c)) for c in tok.children)


def antecedent(tok: Token) -> Token:
    """The noun a relative pronoun stands for ("a population that the census put at",
    "the population of Tessaly, which the census put at": population)."""
    verb = tok.head
    if tok.lower_ not in ("which", "that") or verb.dep_ != "relcl":
        return tok
    noun = verb.head
    if noun.pos_ == "PROPN" and noun.dep_ == "pobj" and noun.head.lower_ == "of":
        return noun.head.head
    return noun


def metric_of(np: Token, figure: frozenset[int], unit: str) -> Token | str | None:
    """The metric noun (or verb's cue lemma) a figure belongs to."""
    alone = np.pos_ == "VERB" and not any(np.doc[i].like_num for i in figure)
    verb = np if alone else clause_verb(np)  # "admissions doubled, it said": doubled
    if alone and (done := _verb_object(np, figure)) is not None:
        return done  # "the firm doubled its workforce": the workforce
    prep = np.head
    lemma = verb_cue(verb) if verb is not None else None
    if (lemma and verb is not None and np.dep_ == "pobj" and prep.lower_ == "at"
            and prep.head.i == verb.i and any(c.dep_ == "dobj" for c in verb.children)):
        return lemma  # "valuing the start-up at $600m": a valuation
    if np.dep_ == "pobj" and prep.lower_ == "for" and verb is not None and prep.head.i == (
            verb.i) and lexicon().frame_class(verb.lemma_.lower(), "sale"):
        return "price"  # "sold its arm for $2bn"
    if prep.lower_ == "worth" and is_noun(prep.head):
        return prep.head  # "a contract worth $1.1bn"
    moved = verb_object(np, verb)
    if moved is not None and is_noun(moved) and moved.i not in figure:
        return moved  # "brought tariffs to a total of 50%", "cut its budget by $2bn"
    if (np.dep_ == "pobj" and prep.lower_ == "of" and is_noun(prep.head)
            and prep.head.i not in figure and prep.head.lemma_.lower() not in GENERIC
            and not lexicon().frame_class(prep.head.lemma_.lower(), "change_noun")):
        if not is_kind(prep.head):
            return prep.head  # "a population of 54 million", "the death toll of 300"
        if not unit and lexicon().frame_class(prep.head.lemma_.lower(), "place"):
            return "population"  # "a village of 600"
    if (np.dep_ in ("compound", "amod", "nmod", "nummod") and is_noun(np.head)
            and np.head.lemma_.lower() not in TIME_WORDS):
        return np.head
    if np.i not in figure and is_noun(np) and np.dep_ != "appos":
        return np if unit else None  # "a 25% tariff"; "people" in "45,000 people" is a thing
    if verb is None:
        return None
    if lexicon().frame_class(verb.lemma_, "reporting"):  # "put Germany's GDP at $4.5tn"
        objects = [o for c in verb.children if c.dep_ == "dobj"
                   and is_noun(o := antecedent(c))]
        return objects[0] if objects else None
    if lemma and not unit and np.dep_ == "dobj" and np.i in figure and np.head.i == verb.i:
        return lemma  # "the mill employs 3,000": employees, not the mill
    subj = verb_subject(verb)
    paid = _paid(np, verb, unit, figure)
    if paid is not None:
        lemma = paid
    if (subj is not None and subj.i not in figure and not is_kind(subj)
            and not any(c.dep_ == "appos" and entity_name(c) for c in subj.rights)
            and ((is_noun(subj) and subj.pos_ == "NOUN") or is_metric_word(subj)
                 or is_gerund(subj))
            and (lemma is None or measure_word(subj)
                 or not (owned(subj) or (np.dep_ == "dobj" and unit and not unit.isupper())))):
        if paid is not None and not measure_word(subj) and not _standing_price(verb, np):
            return " ".join([*_ordinals(subj), phrase(subj, figure), paid])  # "Shoppers
            # spent £1.3bn": spending; "a library costing $4m": library cost
        return subj
    return lemma  # "the strike at Acme cost it €40m", "the Orly viaduct cost £86m": a cost;
    # "thieves stole 800 litres of oil": a quantity (not money: "tickets cost £40") that is
    # the object of a verb naming a metric


_ONTO = frozenset({"to", "onto", "off", "from"})


def moved_onto(np: Token, figure: frozenset[int]) -> Token | None:
    """The noun a change's amount is put on or taken off, when the amount is the object of
    its verb ("adding £160 to the average bill": the bill; "knocked 5% off the share
    price", "will take £40m from the schools budget"): the measure the change is of. The
    noun is a definite one (a determiner or an owner: a particular quantity); a bare noun
    is where the amount went or what took it ("lost 1,300 hectares to farming", "gave
    £5m to charity"). A verb whose subject names a metric ("exports added 4% to ...")
    keeps that subject; a noun with a number of its own, a name, a date or a kind of
    entity is no measure."""
    verb = np.head
    if np.dep_ != "dobj" or verb.pos_ != "VERB":
        return None
    subj = verb_subject(verb)
    if subj is not None and (measure_word(subj) or is_gerund(subj)):
        return None
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in _ONTO:
            continue
        for obj in prep.children:
            if (obj.dep_ == "pobj" and obj.pos_ == "NOUN" and is_noun(obj)
                    and obj.i not in figure and obj.ent_type_ == "" and not is_kind(obj)
                    and obj.lemma_.lower() not in TIME_WORDS
                    and not any(c.dep_ == "nummod" for c in obj.children)
                    and any(c.dep_ in ("det", "poss") for c in obj.children)):
                return obj
    return None


def changed_in(np: Token, figure: frozenset[int]) -> Token | None:
    """What a change noun's figure is a change in, named by "in" on that noun (lexicon
    frames.tsv "change_noun"): "a 12% rise in the number of burglaries" (the number, whose
    phrase is burglaries), "a rise of 8% in nurse numbers", "a 40% jump in tourist
    arrivals". A place, a date or a noun with a number of its own is no such thing ("a
    rise of 4% in May", "a fall in Spain")."""
    noun = np.head
    if lexicon().frame_class(np.lemma_.lower(), "change_noun"):
        noun = np  # the claim holds its noun: "a 10% rise"
    elif np.dep_ == "pobj" and noun.lower_ == "of":
        noun = noun.head
    elif np.dep_ not in ("compound", "amod", "nmod", "nummod") or noun.i in figure:
        return None
    if not lexicon().frame_class(noun.lemma_.lower(), "change_noun"):
        return None
    for prep in (*noun.children, *np.children):
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        for obj in prep.children:
            if (obj.dep_ == "pobj" and obj.pos_ == "NOUN" and is_noun(obj)
                    and obj.i not in figure and obj.ent_type_ == ""
                    and obj.lemma_.lower() not in TIME_WORDS
                    and not any(c.dep_ == "nummod" for c in obj.children)):
                return obj
    return None


def _verb_object(verb: Token, figure: frozenset[int]) -> Token | None:
    """The common noun a figure that is itself a verb ("doubled", "halved") acts on."""
    return next((c for c in verb.children if c.dep_ == "dobj" and c.i not in figure
                 and c.pos_ == "NOUN" and is_noun(c)), None)


def _paid(np: Token, verb: Token, unit: str, figure: frozenset[int]) -> str | None:
    """What a sum of money is when it is the direct object of a verb and says nothing
    of what it is in: the noun of the verb's doing (frames.nominal: "spent £1.3bn"
    spending, "raised $45m" raising, "paid £2m" payment), whoever did it; None for other
    figures ("paid £740m in claims": claims, thing_of)."""
    if not unit.isupper() or np.dep_ != "dobj" or np.head.i != verb.i:
        return None
    if spent_on(np, unit, figure) is not None or any(
            c.dep_ == "prep" and c.lower_ == "of" for c in np.children):
        return None
    return verb_noun(verb)


def _ordinals(noun: Token) -> list[str]:
    """The ordinal that tells one of several things from the others ("the second phase
    cost £65m" is not what the first phase cost), which a noun's phrase leaves out."""
    return [c.lower_ for c in noun.lefts if c.dep_ == "amod" and c.ent_type_ == "ORDINAL"]


def _standing_price(verb: Token, np: Token) -> bool:
    """Whether a verb's subject is a kind of thing its money object is the standing price
    of: a price verb (lexicon frames.tsv "price") in the simple present, with no
    auxiliary and no second object ("season tickets cost £40", "a loaf costs £1.95": the
    thing is what the table names). In another form the sum is what one thing cost, a
    cost of its own ("the library cost $4m", "a bridge costing €8m", "the road will cost
    £1bn"), as is a sum someone bore ("the inquiry cost the county £2m"). "cost" after a
    singular subject can only be the past, whatever the tagger says ("the stadium cost
    $90m to build")."""
    subject = verb_subject(verb)
    return (lexicon().frame_class(verb.lemma_.lower(), "price")
            and (verb.tag_ == "VBZ" or (verb.tag_ == "VBP" and (
                subject is None or subject.tag_ in ("NNS", "NNPS"))))
            and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
            and not any(c.dep_ in ("dobj", "dative", "iobj") and c.i != np.i
                        for c in verb.children))


_CAUSES = ("from", "due", "because", "in", "of")


def causes_of(np: Token, figure: frozenset[int]) -> list[str]:
    """What a counted thing comes from, said on its clause's verb ("recorded zero deaths
    from terrorism", "died due to terror attacks"): nouns only, no places or dates."""
    verb = clause_verb(np)
    out: list[str] = []
    for prep in verb.children if verb is not None else ():
        if not ((prep.dep_ == "prep" and prep.lower_ in _CAUSES) or prep.dep_ == "agent"):
            continue  # "died of malaria", "were killed by an avalanche"
        objs = [o for t in (prep, *prep.children) for o in t.children if o.dep_ == "pobj"]
        out += [phrase(o, figure) for o in objs if is_noun(o) and o.ent_type_ == ""
                and o.lemma_.lower() not in TIME_WORDS]
    return out


