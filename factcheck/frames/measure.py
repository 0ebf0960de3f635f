"""A figure's measure from the parse: what is counted or measured, as lemma and modifiers.

The measure is built from two parts, either of which may be missing:

- the thing: the noun a plain count counts ("420 beds" -> "bed", "1.2 million
  households"), or what a unit measures ("4.1 million tonnes of pork" -> "pork");
- the metric: a metric noun the figure belongs to ("a population of 54 million", "the
  death toll of 300", "a 25% tariff"), the subject of the figure's clause when that is a
  common noun ("the town's population was 79,100", "copper exports rose to $4.2bn"), or the
  clause's verb when it names a metric (lexicon cues.tsv: "exported 4.1 million tonnes" ->
  "export").

The measure is the metric with the thing in front ("pork export", "rare-earth export"),
the metric alone, or the thing alone. A noun's modifiers (compounds and adjectives, not
names, numbers or determiners) come with it: "death toll", "unemployment rate".

The parts live beside this module: nouns.py (a noun's phrase, which nouns may be
measured, cue lemmas), metric.py (the thing and the metric), dimension.py ("12.3 km
long"), share.py (a share's whole and part), spent.py (what a stretch of time is
taken by: "closed for 14 months" closure), occasions.py ("launched 74 times": launching).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.frames.caption import captioned
from factcheck.frames.compared import difference
from factcheck.frames.dimension import activity, dimension_of, kinds, unit_noun
from factcheck.frames.displaced import displaced
from factcheck.frames.lifespan import lifespan
from factcheck.frames.metric import causes_of, changed_in, metric_of, moved_onto, thing_of
from factcheck.frames.nouns import (
    cue_lemma,
    is_gerund,
    is_kind,
    is_noun,
    measure_word,
    per_what,
    phrase,
    verb_cue,
)
from factcheck.frames.occasions import occasions
from factcheck.frames.share import share_measure
from factcheck.frames.spent import time_taken
from factcheck.frames.subject import GENERIC, clause_verb, verb_subject
from factcheck.lexicon import lexicon
from factcheck.model import Claim

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["bare", "cue_lemma", "measure_of", "share_measure"]


def measure_of(np: Token, claim: Claim, figure: frozenset[int]) -> str | None:
    """The measure of the figure whose phrase head is np (see the module's rules)."""
    thing = thing_of(np, claim, figure)
    metric = metric_of(np, figure, claim.unit)
    if thing is None and difference(np, figure):
        return None  # "£6m more than planned": the level's beside it (frames.__init__)
    if thing is None and (changed := changed_in(np, figure)) is not None:
        metric = changed  # "a 12% rise in the number of burglaries": burglaries
    if thing is None and claim.change is not None and (
            onto := moved_onto(np, figure)) is not None:
        metric = onto  # "adding £160 to the average bill": the bill
    dimension = dimension_of(np, figure, claim)
    if (life := lifespan(np, claim)) is not None:
        return life  # "people in Chad can expect to live 52 years"
    if dimension is not None:
        return dimension  # "12.3 km long": length
    if thing is None and (moved := displaced(np, claim, figure)) is not None:
        return moved  # "the glacier retreated 2.2 km": glacier retreat
    if not claim.unit and (occasion := occasions(thing)) is not None:
        return occasion  # "the lifeboat launched 74 times": launching
    if not claim.unit and (fate := _fate(np, figure)):
        return fate  # "12 people died of malaria": malaria deaths, not people
    if thing is None and (metric is None or _plain_subject(metric)) and (
            done := time_taken(np, claim, figure)):
        return done  # "the ferry makes the crossing in 50 minutes": the crossing
    if thing is not None and not claim.unit and isinstance(metric, str):
        metric = None  # "employed 28,824 people": what is counted is people
    if (thing is not None and metric is not None
            and not isinstance(metric, str) and metric.i != thing.i
            and (metric.dep_ in ("nsubj", "nsubjpass") or not claim.unit)
            and (not measure_word(metric) or is_gerund(metric)) and not _number_of(metric)):
        metric = None  # "the cinema has 5 screens", "a field of 9,300 runners": runners;
        # "Flooding killed 27 people": people, the activity no metric of a count
    if (thing is not None and metric is not None and not isinstance(metric, str)
            and metric.i != thing.i and _counted(metric)):
        metric = None  # "its 900 members made 40,000 visits": visits, not members
    if thing is None and (metric is None or _plain_subject(metric)) and (
            area := _area_done(np, claim)):
        return area  # "the fire burned 2,300 hectares": the burned area
    if thing is None and (metric is None or _plain_subject(metric)) and (
            measured := _measured(np, claim)):
        return _held(np, metric, measured, figure)  # "the crate weighed 4 tonnes": weight
    if thing is not None and not isinstance(metric, str) and metric is not None and (
            metric.i == thing.i and not claim.unit):
        metric = None  # "reported 41,000 cases of measles": the thing counted is the measure
    if isinstance(metric, str):
        head = metric
    elif metric is not None and (thing is None or metric.i != thing.i):
        head = phrase(metric, figure)
    else:
        head = ""
    front = (phrase(thing, figure) if thing is not None and not (
        not isinstance(metric, str) and metric is not None and metric.i == thing.i) else "")
    if thing is not None and not claim.unit:
        front = " ".join([*causes_of(np, figure), front])
    text = f"{front} {head}".strip()
    return (text or _caption(np, figure) or _clausal(np, figure)
            or unit_noun(claim, "named"))  # "hit 41.2C": temperature


def _caption(np: Token, figure: frozenset[int]) -> str | None:
    """The measure a caption's phrase names ("Lima's jobless rate in 2016: 6.8%": jobless
    rate; caption.py), or None."""
    head = captioned(np)
    return phrase(head, figure) if head is not None else None


def _clausal(np: Token, figure: frozenset[int]) -> str | None:
    """The measure a clause standing as the figure's subject names, when the parse reads
    "X emitted per resident was 6.5 tonnes" as a clause with its own subject: that
    subject's phrase with the verb and what it is per ("carbon dioxide emit per
    resident"). None for any other figure."""
    verb = clause_verb(np)
    clause = next((c for c in verb.children if c.dep_ == "csubj" and c.pos_ == "VERB"),
                  None) if verb is not None else None
    noun = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")
                 and c.i not in figure and (is_noun(c) or c.pos_ == "PROPN")),
                None) if clause is not None else None
    if clause is None or noun is None:
        return None
    return " ".join([phrase(noun, figure), clause.lemma_.lower(), *per_what(clause)])


_FATES = frozenset({"death", "injury"})  # a verb's cue that makes counted people events


def _fate(np: Token, figure: frozenset[int]) -> str | None:
    """Deaths or injuries, for people counted as the ones a verb of dying or harm befalls
    (lexicon cues.tsv: died, kills, wounded): "40 miners died in the blast" is blast
    deaths, "Cancer kills 1,500 Britons a week" cancer deaths; the cause comes in front.
    Without a cause the people stay what is counted: "nine climbers were killed" are the
    deaths of some event the parse does not name, never all of a country's deaths."""
    verb = clause_verb(np)
    if verb is None or np.dep_ not in ("nsubj", "nsubjpass", "dobj") or np.head.i != verb.i:
        return None
    fate = verb_cue(verb)
    if fate not in _FATES:
        return None
    causes = causes_of(np, figure)
    subject = verb_subject(verb)
    if np.dep_ == "dobj" and subject is not None and subject.ent_type_ == "" and (
            is_noun(subject) or subject.pos_ == "PROPN"):  # "Heatstroke" is often tagged so
        causes.insert(0, phrase(subject, figure))  # "Road crashes killed 41 people"
    if not causes:  # "nine climbers were killed": deaths of some event, not all deaths
        return None
    return " ".join([*causes, fate])


def _counted(noun: Token) -> bool:
    """A noun another figure counts ("its 900 members"): what that figure measures, not
    the metric of a figure elsewhere in its clause."""
    return any(c.dep_ == "nummod" and (c.like_num or c.pos_ == "NUM") for c in noun.children)


def _plain_subject(metric: Token | str) -> bool:
    """A clause subject that names no metric ("the cinema", "the ferry")."""
    return (not isinstance(metric, str) and metric.dep_ in ("nsubj", "nsubjpass")
            and not measure_word(metric))


def _area_done(np: Token, claim: Claim) -> str | None:
    """The area a verb does something to, for an area that is its object ("burned 2,300
    hectares": burned area); a verb of extent ("covers 40 km2": frames.tsv dimension)
    or one stating a level ("reached", "topped": frames.tsv level) says nothing of it."""
    verb = np.head
    if np.dep_ != "dobj" or verb.pos_ != "VERB" or lexicon().frame_words.get(
            verb.lemma_.lower(), frozenset()) & _EXTENT or not _is_area(claim):
        return None
    if lexicon().frame_class(verb.lemma_.lower(), "level"):
        return None  # "forest loss reached 1.3m hectares": the subject is the measure
    return f"{verb.lower_} area"


def _measured(np: Token, claim: Claim) -> str | None:
    """What a figure with a physical unit measures when it is the object of a verb that
    names no metric (lexicon cues.tsv) and counts nothing: the noun its unit's dimensions
    name (lexicon frames.tsv "measured:"): "the crate weighed four tonnes", "the press
    lifts 180 kg": weight; "the server hall draws 2.6 MW": power; "drank 9,000 litres":
    volume. The verb's subject is what holds the measure, not the measure; a verb stating
    a level (frames.tsv "level": "reached", "topped") or a change says its subject is the
    measure ("the fish catch reached 6.6 Mt")."""
    verb = np.head.head if _on_verb(np) else np.head
    lemma = verb.lemma_.lower()
    if (np.dep_ not in ("dobj", "pobj") or verb.pos_ != "VERB" or not claim.unit
            or verb_cue(verb) or lexicon().frame_class(lemma, "level")
            or verb.lower_ in lexicon().motion_words or lemma in lexicon().motion_words):
        return None  # "the catch reached 6.6 Mt", "output rose 400 t": the subject is it
    return activity(verb) or unit_noun(claim, "measured")  # "generated 410 GWh": generation


def _held(np: Token, holder: Token | str | None, measured: str, figure: frozenset[int]
          ) -> str:
    """A measure named by a unit's dimensions, with the plain common noun that holds it
    in front when a verb of extent (lexicon frames.tsv "dimension:...") says it does
    ("forest covers 4 million hectares": forest area, as a table names it); a kind of
    entity ("the island", "the firm") or a name holds it as its subject, and the subject
    of another verb is who did it ("the fleet landed 48,000 tonnes": weight)."""
    verb = np.head.head if _on_verb(np) else np.head
    if (isinstance(holder, str) or holder is None or holder.pos_ != "NOUN" or is_kind(holder)
            or not kinds(verb.lemma_.lower())):
        return measured
    return f"{phrase(holder, figure)} {measured}"


def _on_verb(np: Token) -> bool:
    """Whether a figure is the object of a preposition on its clause's verb ("stretches
    over 640 acres", "extends to 2,000 acres")."""
    return np.dep_ == "pobj" and np.head.dep_ == "prep" and np.head.head.pos_ == "VERB"


_EXTENT = frozenset({"dimension:length", "dimension:distance", "dimension:height"})


def _is_area(claim: Claim) -> bool:
    try:
        return bool(claim.quantity.check("[length] ** 2"))
    except Exception:  # pint raises several kinds; a unit it cannot read is no area
        return False


def _number_of(noun: Token) -> bool:
    """ "the number of frog species", "the total of claims": a generic noun that names what
    it counts with "of"."""
    return noun.lemma_.lower() in GENERIC and any(
        c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)


def bare(np: Token, claim: Claim, figure: frozenset[int]) -> bool:
    """Whether a figure names nothing it counts or measures ("down from 52", "organisers
    said 40,000", "the number was 1,260"): its measure is the figure's it stands beside."""
    if (claim.noun and claim.noun.lower() in claim.text.lower()) or thing_of(
            np, claim, figure) is not None:
        return False  # a noun the extractor carried over from a figure before is not its own
    if difference(np, figure):
        return True  # "£6m more than planned": the amount of the level before it
    metric = metric_of(np, figure, claim.unit)
    return (metric is None or isinstance(metric, str)
            or (metric.lemma_.lower() in GENERIC and not _number_of(metric))
            or (metric.dep_ in ("nsubj", "nsubjpass") and not measure_word(metric)
                and metric.head.lemma_ != "be"))  # "attendance was 15,800" names it



