"""The role of a figure the parse reads (the roles are listed in role.py, whose lexical
role, read from the words alone, this refines): the whole of a part or share, a change
"by" a verb or the gap of a comparative, a named rate; and the figures inside a phrase."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from factcheck.frames.clause_role import clause_role
from factcheck.frames.nouns import of_objects
from factcheck.frames.role import SHARE_UNITS
from factcheck.frames.subject import GENERIC, clause_verb, verb_object, verb_subject
from factcheck.frames.verbs import swallowed
from factcheck.lexicon import lexicon
from factcheck.model import Claim
from factcheck.written_years import CENTURY, YEAR

if TYPE_CHECKING:
    from spacy.tokens import Token


def _held_at(np: Token) -> bool:
    """A figure in years "at" which a verb of level holds its subject (lexicon frames.tsv
    "level": stand, peak, remain ...): "life expectancy stood at 65 years", "the median
    age peaked at 41 years" are levels in years; "she retired at 65", "died at 84 years"
    are ages."""
    if not _under(np, "at"):
        return False
    verb = np.head.head
    return verb.pos_ in ("VERB", "AUX") and lexicon().frame_class(verb.lemma_.lower(), "level")


def _under(tok: Token, word: str) -> bool:
    """Whether the figure's phrase is the object of the preposition word."""
    return tok.dep_ == "pobj" and tok.head.lower_ == word


def _of_phrase(np: Token) -> Token | None:
    """The object of an "of" attached to the figure's phrase or, for a figure that
    is a clause's subject, to its verb, written before it ("Of the 420 beds, 510 were
    ..."); an "of" after the verb is its complement, the parts of the subject ("the
    600-hectare reserve is made up of 280 hectares ...", "consists of")."""
    holders = [np]
    holders += [o for p in np.children if p.dep_ == "prep" and p.lower_ == "per"
                for o in p.children if o.dep_ == "pobj"]  # "Ninety per cent of the staff":
    # the parse hangs "of" on "cent", a word of the figure's unit
    verb = np.head if np.dep_ in ("nsubj", "nsubjpass") else None
    if verb is not None:
        holders.append(verb)
    for holder in holders:
        for prep in holder.children:
            if verb is not None and holder.i == verb.i and prep.i > holder.i:
                continue
            objects = of_objects(prep)
            if objects:
                return objects[0]
    return None


_BACK = frozenset({"that", "it", "them", "this", "these", "those"})


def _back(whole: Token) -> bool:
    """Whether an "of" after a figure in a unit points back to a figure named before it:
    a pronoun ("of that", "of it", "of them") or the total ("of the total", "of last
    year's total"), not a noun that names what the figure counts ("of funding")."""
    return whole.lower_ in _BACK or whole.lemma_.lower() in ("total", "sum")


def _numeral_back(np: Token) -> Token | None:
    """The word pointing back ("them", "whom", "these", "those") that an "of" hung on the
    figure's numeral, not on its noun, governs: the parse of "22 medals, eight of them
    gold" makes "gold" the noun and "eight of them" its numeral's phrase."""
    for num in np.children:
        if num.dep_ != "nummod":
            continue
        for prep in num.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for obj in prep.children:
                    if obj.dep_ == "pobj" and obj.lower_ in ("them", "whom", "these", "those"):
                        return obj
    return None


def _counted(np: Token) -> Token | None:
    """The noun a share's base counts, written right after it, when the parse hangs it
    outside the figure's phrase ("affects two in five Kenyan adults": adults, while "two" is
    the verb's object; "nine in ten Chileans")."""
    doc = np.doc
    numbers = [t.i for t in doc[np.i : np.i + 5] if t.like_num]
    for tok in doc[numbers[-1] + 1 : numbers[-1] + 5] if numbers else ():
        if tok.pos_ not in ("NOUN", "PROPN", "ADJ"):
            return None
        if tok.pos_ != "ADJ" and tok.dep_ not in ("compound", "amod"):
            return tok  # "eight out of 10 South Africans": Africans
    return None


def parse_role(claim: Claim, np: Token, lexical: str, measure: str | None
               ) -> tuple[str, Token | None]:
    """The role of a parsed figure, and the phrase holding its whole (for a part/share)."""
    if lexical == "share":  # "nine out of ten homes": the homes are the whole
        nouns = [t for t in np.subtree if t.pos_ == "NOUN" and t.i >= np.i]
        return lexical, nouns[0] if nouns else (_counted(np) or _of_phrase(np))
    if lexical == "part" and claim.unit in SHARE_UNITS:
        return "share", _of_phrase(np)  # "of which 38% were let": a percent is a share
    if (lexical == "duration" and claim.unit == "year" and _names_age(measure)
            and not _under(np, "by") and claim.change is None):
        return "age", None  # "the median age in the town is 46.2 years"; not "the average
        # age rose by two years", a stretch of time
    if lexical == "age" and _held_at(np):
        return "level", None  # "life expectancy stood at 65 years": a level in years
    if lexical in ("age", "duration", "total", "part", "rate"):
        return lexical, _of_phrase(np) if lexical == "part" else None
    moved = verb_object(np, clause_verb(np))
    if lexical == "level" and moved is not None and moved.lemma_.lower() in ("total", "sum"):
        return "total", None  # "bringing the total to 60%"
    if lexical == "change":
        if (_under(np, "to") or _under(np, "from")) and not claim.multiplier:
            return "level", None
        whole = _of_phrase(np) if not claim.unit and not claim.multiplier else None
        if whole is not None and any(t.like_num for t in whole.subtree):
            return "part", whole  # "cut 1,100 of its 9,800 jobs": the jobs cut are a part
        return "change", None
    if ((_under(np, "by") and not _range_end(np) and not _tally(np, claim.value)
            and ((np.head.dep_ == "prep" and np.head.head.pos_ == "VERB") or _moved_by(np)))
            or _gap(np)):
        return "change", None  # "lift output by 40,000 tonnes" (not a passive's agent);
        # "cut the risk of a stroke by 27%" ("by" parsed on the object's noun)
    verb = clause_verb(np)
    if verb is not None and np.dep_ == "dobj" and np.head.i == verb.i and _leads_to(verb, np):
        return "change", None  # "added 350 places, lifting its capacity to 1,550"
    if lexical == "level" and (moved_role := clause_role(np, verb, claim)) is not None:
        return moved_role, None  # "will add 60 shops", "each paid £1,480": clause_role.py
    relative = _of_which(verb) if verb is not None and np.head.i == verb.i and np.dep_ in (
        "nsubj", "nsubjpass", "dobj", "attr") else None
    if relative is not None:
        return ("share" if claim.unit in SHARE_UNITS else "part"), relative  # "of which
        # its wind farms supplied 3.1 TWh": the whole is the figure "which" stands for
    whole = _of_phrase(np)
    if not claim.unit and whole is not None and np.like_num and (
            whole.tag_ in ("NNS", "NNPS") or whole.lower_ in ("them", "whom", "these", "those")):
        return "part", whole  # "5.2 million of Northland's people", "340 of them"
    if whole is not None and claim.unit and claim.unit not in SHARE_UNITS and _back(whole):
        return "part", whole  # "online orders made up €21 million of that", "storms took
        # £240 million of the total", "China bought 1.9 million tonnes of them"
    back = None if claim.unit or whole is not None else _numeral_back(np)
    if back is not None:
        return "part", back  # "22 medals, eight of them gold": "of them" on the numeral
    if claim.unit in SHARE_UNITS:
        if measure and any(lexicon().frame_class(w, "rate") for w in measure.split()):
            return "rate", None
        if measure and lexicon().frame_class(measure.split()[-1], "share"):
            return "share", whole  # "wind's share of electricity rose to 32%"
        if whole is not None:
            return "share", whole
        return "level", None
    if whole is not None and any(t.like_num for t in whole.subtree):
        return "part", whole
    return "level", None


def _names_age(measure: str | None) -> bool:
    """Whether a measure's head is the noun "age" ("median age", "average age")."""
    return measure is not None and measure.replace("-", " ").split()[-1] == "age"


def named_rate(np: Token, measure: str | None) -> bool:
    """Whether a percent that is no change and no share of a stated whole is the value of
    a named rate or ratio: its measure's head is a singular common noun that the parse
    ties to the figure as its value, the subject of a verb of being, of a level or of a
    change ("the operating margin was 21%", "its load factor stood at 84%", "the approval
    rating fell to 29%") or the noun it is "of" ("a margin of 21%"). A plural noun's
    percent is a share of those things ("reservoirs were 38% full"), and so is one a verb
    of giving or making ties to its subject ("nuclear provided 31%", "wind 33%")."""
    if not measure or measure.split()[-1] in GENERIC:
        return False  # "among the over-75s the figure is 88%": a stand-in, no rate
    head = measure.split()[-1]
    found = [t for t in np.doc if t.lemma_.lower() == head and t.pos_ == "NOUN"]
    if not found:
        return False
    noun = min(found, key=lambda t: abs(t.i - np.i))
    if noun.tag_ != "NN" or noun.i == np.i:
        return False
    if np.dep_ == "pobj" and np.head.lower_ == "of" and np.head.head.i == noun.i:
        return True  # "a cost-to-income ratio of 58%"
    verb = clause_verb(np)
    subject = verb_subject(verb) if verb is not None else None
    if verb is None or subject is None or subject.i != noun.i:
        return False
    lemma = verb.lemma_.lower()
    return (lemma == "be" or lexicon().frame_class(lemma, "level")
            or lemma in lexicon().change_verbs)


def _moved_by(np: Token) -> bool:
    """Whether a figure under "by" is what a verb of change moved something by: "by" hangs
    on the verb, or on a noun inside the verb's object ("cut the risk of a stroke by 27%")."""
    verb = clause_verb(np)
    if np.head.head.pos_ == "VERB":
        return _changes(np.head.head)
    return verb is not None and verb.pos_ == "VERB" and _changes(verb) and swallowed(
        np.head, verb)


def _changes(verb: Token) -> bool:
    return verb.lemma_.lower() in lexicon().change_verbs or verb.lower_ in (
        lexicon().change_verbs)


def _leads_to(verb: Token, np: Token) -> bool:
    """Whether the figure is the object of a verb whose participle clause after it takes
    something "to" another figure ("hired 200 staff, taking its workforce to 1,400"):
    the figure is the change, the other the level it reached."""
    if any(t.dep_ == "poss" or (t.dep_ == "det" and t.lower_ in ("the", "this", "that"))
           for t in np.children if t.i < np.i):
        return False  # "cut its 8.5% rate, bringing it to 5.5%": a thing that was there,
        # at its level, not the amount the verb moved
    return any(c.dep_ == "advcl" and c.tag_ == "VBG" and c.i > np.i
               and any(p.dep_ == "prep" and p.lower_ == "to"
                       and any(t.like_num for t in p.subtree) for p in c.children)
               and not any(o.dep_ == "dobj" and o.lemma_.lower() in _SUMS for o in c.children)
               for c in verb.children)  # "bringing the total to 60%": the figures are parts


_SUMS = ("total", "sum")


def _of_which(verb: Token) -> Token | None:
    """The "which"/"whom" of an "of which"/"of whom" clause the figure's verb heads ("...,
    of which its wind farms supplied 3.1 TWh", "of whom 40 were children")."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "of" and prep.i < verb.i:
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.lower_ in ("which", "whom"):
                    return obj
    return None


_GAP_PREPOSITIONS = ("above", "below")


def _gap(np: Token) -> bool:
    """Whether the figure is the gap between two values: a measure of a comparative ("4%
    fuller than", "12% higher in May") or of "above"/"below" something that is no figure
    ("2.3 metres below normal", "6 cm above her previous best")."""
    if np.dep_ in ("npadvmod", "compound") and np.head.tag_ in ("JJR", "RBR"):
        return True
    preps = [np.head] if np.dep_ == "npadvmod" else [p for p in np.children if p.dep_ == "prep"]
    return any(prep.lower_ in _GAP_PREPOSITIONS and not _datum(prep) for prep in preps)


def _datum(prep: Token) -> bool:
    """Whether "above"/"below" measures from a fixed datum or another figure, not from a
    value: a figure ("above 30C"; a year is none: "above 2024's level") or a compound
    level ("above sea level", "below ground level": a height, not a gap)."""
    return any((t.like_num and not _YEARS.fullmatch(t.text))
               or (t.lemma_ == "level" and any(c.dep_ == "compound" for c in t.children))
               for o in prep.children if o.dep_ == "pobj" for t in o.subtree)


_YEARS = re.compile(rf"{YEAR}(?:[-–/]{CENTURY}?\d\d)?")  # "2024's level",
# "the 1991-2020 average": a year names a time, not a value


def _tally(np: Token, value: float) -> bool:
    """Whether a figure after "by" is the larger side of a tally, a smaller figure after
    "to" ("passed by 31 votes to 12", "approved by 61% to 39%") under a verb that names no
    change: a score, no change ("raised by 12p to £1.45" reaches a level)."""
    doc = np.doc
    after = np.right_edge.i + 1
    if after + 1 >= len(doc) or doc[after].lower_ != "to":
        return False
    try:
        other = float(doc[after + 1].text.replace(",", ""))
    except ValueError:
        return False
    return other < value and np.head.head.lemma_.lower() not in lexicon().change_verbs


def _range_end(np: Token) -> bool:
    """Whether the parse read "by 1,200 to 11,900" as one range under "by": the figure
    after "to" is the level the change reached, not the change."""
    return any(c.lower_ == "to" and c.dep_ == "quantmod" and c.i < np.i for c in np.children)


def claims_in(phrase: Token, spans: Sequence[tuple[int, int]], offset: int) -> list[int]:
    """Indices (into spans) of the figures inside a phrase's subtree."""
    lo = phrase.left_edge.idx + offset
    hi = phrase.right_edge.idx + len(phrase.right_edge) + offset
    return [k for k, (s, e) in enumerate(spans) if lo <= s and e <= hi]
