"""References back ("its", "the town's", "the company"): the entity each refers to.

The candidates are the entities named before the figure in its sentence, then in up to
ANTECEDENT_SENTENCES sentences before it in its paragraph (parsed when they hold no
claims of their own), nearest sentence first, never across a paragraph break (DESIGN.md,
Frames: with no fitting entity in its paragraph a figure has no subject, and a reference
table cannot pair it with another paragraph's entity); sources are never candidates. In the
nearest sentence naming an entity of a fitting kind (a place for "the town", an
organisation for "the company", any for "it"), the one in a clause subject's phrase
wins, else the last. The kind is the draft's own word where it gives one ("Bhamo is a
town", "Lowbridge, a port"), else the entity recogniser's label.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.frames import nlp
from factcheck.frames.dimension import lends
from factcheck.frames.draft import Draft
from factcheck.frames.names import (
    described_kind,
    destinations,
    name_head,
    sentence_entities,
    sources,
)
from factcheck.frames.read import Reading, refers
from factcheck.frames.subject import Refer

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token

ANTECEDENT_SENTENCES = 3
_FIGURES = frozenset({"", "PERCENT", "CARDINAL", "QUANTITY", "MONEY"})  # no name
Entity = tuple[int, str, str, bool]  # offset in the text, name, kind, in a subject's phrase
AGED = "aged"  # the kind of a person the draft gives an age (_aged_people)


def entities(doc: Doc, offset: int, figures: frozenset[int] = frozenset()) -> list[Entity]:
    """The entities of a parsed sentence outside its sources, the places its goods go to
    (names.destinations) and its figures' own words (read.figure_words), in order."""
    skip = sources(doc) | destinations(doc) | figures
    out: list[Entity] = []
    for at, name, kind in sentence_entities(doc, skip):
        kind = described_kind(doc, at) or kind
        out.append((at + offset, name, kind, _in_subject(doc, at)))
    return out


def speakers(doc: Doc, offset: int, figures: frozenset[int] = frozenset()) -> list[Entity]:
    """The entities a parsed sentence names as its sources ("Acme said its ...")."""
    skip = sources(doc) | figures
    inside = {at for at, _, _ in sentence_entities(doc, skip)}
    found = [(at, name, kind) for at, name, kind in sentence_entities(doc, figures)
             if at not in inside]
    named = [e for e in found if not _describing_owner(doc, e[0])] or found
    return [(at + offset, name, described_kind(doc, at) or _unsure_person(kind), True)
            for at, name, kind in named]


def _describing_owner(doc: Doc, at: int) -> bool:
    """Whether the entity at character at owns a noun set in apposition with another name
    ("Ostrava Mills, Britain's oldest paper maker, said", "Britain's oldest paper maker,
    Ostrava Mills, said"): a description of the speaker, not the speaker."""
    t = name_head(doc, at)
    if t is None:
        return False
    noun = t.head
    return t.dep_ == "poss" and noun.i != t.i and (
        noun.dep_ == "appos" or any(c.dep_ == "appos" for c in noun.children))


def _unsure_person(kind: str) -> str:
    """A speaker the recogniser alone calls a person may be a club or a town ("Harlow
    Rovers reported"): any kind, unless the draft's words say (a title: names.described_kind)."""
    return "any" if kind == "person" else kind


def _in_subject(doc: Doc, at: int) -> bool:
    """Whether the entity at character at is (part of) a clause subject's phrase."""
    span = doc.char_span(at, at + 1, alignment_mode="expand")
    if span is None or len(span) == 0 or span[0].idx != at:
        return False
    t = span[0]
    while t.head.i != t.i and (t.dep_ in ("compound", "poss", "case", "flat")
                               or _held_by_noun(t)):
        t = t.head if t.dep_ != "pobj" else t.head.head
    return t.dep_ in ("nsubj", "nsubjpass")


def _held_by_noun(t: Token) -> bool:
    """A name in a preposition of a common noun that no one owns ("Police in Marlcombe",
    "house prices in Ambleford": the place is the phrase's entity; not "its plant in
    Brevik", whose owner is, nor "St Ilvo's Hospital in Brannock", a name itself)."""
    noun = t.head.head
    return (t.dep_ == "pobj" and t.head.dep_ == "prep" and noun.pos_ == "NOUN"
            and noun.ent_type_ in _FIGURES and not any(c.dep_ == "poss" for c in noun.children))


def resolve(draft: Draft, readings: list[Reading], known: dict[int, list[Entity]],
            pipeline: Language, said: dict[int, list[Entity]] | None = None) -> None:
    """Each reading that refers back gets the entity it refers to, or says why not.

    known: the entities of the sentences already parsed, by sentence index (added to);
    said: the sources each sentence names (added to). When no entity before it fits, a
    reference is to the source of its sentence ("Acme said its profit rose", "Its
    reservoirs were at 61%, Southwold Water said") or, for "it"/"its" and for an
    organisation (one the draft does not call a person), nearest first, of one before it
    in its paragraph ("..., Acme said on Monday. Its fleet ...", "Acme said sales rose. The
    company employs ..."): a speaker talking about itself.
    """
    _named_back(draft, readings, known, said or {})
    _figures_back(draft, readings)
    wanted = [i for i, r in enumerate(readings) if refers(r) is not None]
    if not wanted:
        return
    need = sorted({j for i in wanted
                   for j in draft.before_in_paragraph(draft.sentence_of[i],
                                                      ANTECEDENT_SENTENCES)
                   if j not in known and draft.fits(j, nlp.MAX_SENTENCE_CHARS)})
    for j, doc in zip(need, nlp.parse(pipeline, map(draft.sentence, need)), strict=True):
        known[j] = entities(doc, draft.spans[j][0])
        if said is not None:
            said[j] = speakers(doc, draft.spans[j][0])
    _aged_people(readings, known)
    ahead: list[tuple[int, Refer]] = []
    for i in wanted:
        ref = refers(readings[i])
        assert ref is not None
        k = draft.sentence_of[i]
        nearest = [[e for e in known.get(k, []) if e[0] < draft.claims[i].start]]
        nearest += [known.get(j, []) for j in draft.before_in_paragraph(
            k, ANTECEDENT_SENTENCES)]
        readings[i].subject = antecedent(ref, nearest)
        if readings[i].subject is None and ref.kind == "implicit":
            readings[i].subject = _carried(draft, readings, i)
        if readings[i].subject is None and ref.kind != "implicit" and said:
            readings[i].subject = antecedent(ref, [_speaking_as(ref, said.get(k, []))])
        if readings[i].subject is None and ref.kind in ("any", "org") and said:
            readings[i].subject = next((found for j in draft.before_in_paragraph(
                k, ANTECEDENT_SENTENCES) if (found := antecedent(
                    ref, [_speaking_as(ref, said.get(j, []))]))), None)
        if readings[i].subject is None and ref.kind != "implicit":
            ahead.append((i, ref))
    _forward(draft, readings, known, pipeline, ahead)
    for i, ref in ahead:
        if readings[i].subject is None:
            readings[i].unsure = (f"the figure's subject refers back to an entity "
                                  f"({ref.kind}) that its paragraph does not name before it")


def _speaking_as(ref: Refer, speakers: list[Entity]) -> list[Entity]:
    """The sources of a sentence that a reference may be to: any for a pronoun ("Acme said
    its profit rose"), for a noun of a place or an organisation any source the draft does
    not call a person ("Mr Ellis said the county's burglaries rose": the county is no
    speaker; "Harlow Rovers reported" the club's figure, whatever the recogniser's label)."""
    if ref.kind not in ("place", "org"):
        return speakers
    return [e for e in speakers if e[2] != "person"]


def _forward(draft: Draft, readings: list[Reading], known: dict[int, list[Entity]],
             pipeline: Language, ahead: list[tuple[int, Refer]]) -> None:
    """A reference with nothing to refer back to points forward (cataphora: "Its staff
    numbered 86 when it opened; today Larch Robotics employs ...", "The town's library
    lends ... . Kenley, home to 19,000 people, ..."): to an entity named after it in its
    sentence, else to the topic (a clause subject's entity) of the next sentence of its
    paragraph; else the figure is unsure, for want of an antecedent. Only in the draft's
    first paragraph, and when every sentence before it was read: a later one's reference
    is to a paragraph before it, unread here; "that" is a figure before it, never after."""
    ahead = [(i, ref) for i, ref in ahead if ref.kind != "figure" and draft.paragraph_of(
        k := draft.sentence_of[i]) == 0 and k <= ANTECEDENT_SENTENCES]
    need = sorted({j for i, _ in ahead if (j := draft.after_in_paragraph(
        draft.sentence_of[i])) is not None and j not in known
        and draft.fits(j, nlp.MAX_SENTENCE_CHARS)})
    for j, doc in zip(need, nlp.parse(pipeline, map(draft.sentence, need)), strict=True):
        known[j] = entities(doc, draft.spans[j][0])
    for i, ref in ahead:
        k = draft.sentence_of[i]
        later = [e for e in known.get(k, []) if e[0] >= draft.claims[i].end]
        after = draft.after_in_paragraph(k)
        topics = [e for e in known.get(after, []) if e[3]] if after is not None else []
        readings[i].subject = antecedent(ref, [later, topics])


def _named_back(draft: Draft, readings: list[Reading], known: dict[int, list[Entity]],
                said: dict[int, list[Entity]]) -> None:
    """A figure whose clause is about "the museum" with no name of its own is about the
    name in its sentence (before or after it, its source too) or, nearest first, in a
    sentence before it in its paragraph (not a source there: "The fund expects ..." is
    the fund's forecast) that holds that noun as a word ("The museum drew ..., the Halm
    Museum of Art said", "Varra Bridge opened in 1970. The bridge carries ..."): the
    draft's own word ties them, whatever kind the recogniser gave the name."""
    for i, reading in enumerate(readings):
        noun = reading.definite
        if noun is None or isinstance(reading.subject, str):
            continue
        k = draft.sentence_of[i]
        for j in (k, *draft.before_in_paragraph(k, ANTECEDENT_SENTENCES)):
            found = [*known.get(j, []), *(said.get(j, []) if j == k else [])]
            names = [e[1] for e in sorted(found) if noun in (words := e[1].lower().split())
                     and len(words) > 1 and e[1][:1].isupper()]  # a name holding the word
            if names:
                reading.subject, reading.unsure = names[-1], None
                break


def _aged_people(readings: list[Reading], known: dict[int, list[Entity]]) -> None:
    """A name the draft gives an age ("Aged 91, Elsie Marr is ...", "Jon Ek, 40,") is a
    person (kind AGED), whatever kind the recogniser gave it (an invented name is often
    taken for a place): "the village" then does not refer to it."""
    aged = {r.subject for r in readings if r.role == "age" and isinstance(r.subject, str)}
    for k, found in known.items():
        known[k] = [(at, name, AGED if name in aged else kind, subject)
                    for at, name, kind, subject in found]


def _carried(draft: Draft, readings: list[Reading], i: int) -> str | None:
    """The subject a sentence naming nobody carries on from its paragraph: that of the
    nearest figure before it (in its sentence or the ANTECEDENT_SENTENCES before it) whose
    frame has one ("Floods cut off 40 villages in Arvale province. About 2,000 people
    left their homes": Arvale), when no entity before it is a clause's subject."""
    k = draft.sentence_of[i]
    near = {k, *draft.before_in_paragraph(k, ANTECEDENT_SENTENCES)}
    for j in range(i - 1, -1, -1):
        if draft.sentence_of[j] not in near:
            return None
        subject = readings[j].subject
        if isinstance(subject, str):
            return subject
    return None


def _figures_back(draft: Draft, readings: list[Reading]) -> None:
    """ "That was down 3%", "it rose to $170bn": a figure whose subject refers back and
    that names no measure of its own is about what the figure before it is about, in the
    sentences its subject is looked for in (across paragraph breaks, not a heading:
    Draft.before_in_story) (its subject and measure); one that names its own ("That was 9% more, and
    61% of its trains ran late": trains) keeps that measure and takes the subject; an age
    or a span of time takes no count's measure. "she", "the mayor" refer to a person
    among the entities, never to the figure before."""
    for i, reading in enumerate(readings):
        ref = refers(reading)
        if ref is None or ref.kind in ("implicit", "person") or (
                reading.measure is not None and ref.kind != "figure"):
            continue  # "she", "the mayor": a person, found among the entities (resolve)
        k = draft.sentence_of[i]
        near = [k, *draft.before_in_story(k, ANTECEDENT_SENTENCES)]  # as its subject
        earlier = sorted((j for s in near for j in draft.groups.get(s, ()) if j < i),
                         reverse=True)  # nearest first
        at = next((j for j in earlier if isinstance(readings[j].subject, str)
                   and readings[j].measure), None)
        if at is not None:
            source = readings[at]
            reading.subject = source.subject
            if ((reading.bare or reading.measure is None)
                    and reading.role not in ("age", "duration")
                    and not _follows_level(draft, readings, i)
                    and lends(draft.claims[at], draft.claims[i])):  # "and 88% of its
                reading.measure = source.measure  # flights": a measure of its own stays;
                # a span of time is its own, and a length no sum's ("cost $410m. Its
                # mirror measures 6.5 metres")
                if (source.role == "rate" and reading.role == "level"
                        and draft.claims[at].unit == draft.claims[i].unit):
                    reading.role = "rate"  # "Inflation rose to 4.1%. It was 3.2% in
                    # April": the same rate's value, as links.lean gives a bare figure
        elif ref.kind == "figure":
            reading.subject = None
            reading.unsure = "the figure refers back ('that', 'this') to no figure before it"


def _follows_level(draft: Draft, readings: list[Reading], i: int) -> bool:
    """Whether a change follows, in its own sentence, a figure that names a measure: it
    is a change of that figure ("It delivered 212 jets, 30 fewer than planned"), whose
    measure factcheck.frames gives it, not of a figure in the sentence before."""
    k = draft.sentence_of[i]
    return readings[i].role == "change" and any(
        draft.sentence_of[j] == k and readings[j].measure and readings[j].role != "change"
        for j in range(i))


def antecedent(ref: Refer, nearest_first: list[list[Entity]]) -> str | None:
    """In the nearest sentence naming an entity of a fitting kind: the one in a subject's
    phrase, else the last. For a sentence that names nobody ("implicit"), only an entity
    in a subject's phrase counts: the paragraph's topic, not any name it mentions. A
    place or organisation with no fitting entity before it is the nearest sentence's
    topic, whatever kind the recogniser gave it ("Velmont Port is expanding. The port
    handled ...": an invented name is often labelled a person); so is a person's ("Ama
    Osei ran ... At 19, she is ...": an invented name is often labelled an organisation),
    unless that topic is a place; in the reference's own sentence, so is the subject's name
    before it ("Ama Osei has won 31 of her 40 races")."""
    for found in nearest_first:
        if ref.kind == "implicit":  # only a clause's subject makes a paragraph's topic
            fit = [e for e in found if e[3]]
        else:
            fit = [e for e in found if ref.kind == "any" or e[2] in (ref.kind, "any") or (
                ref.kind == "person" and e[2] == AGED)]
        if fit:
            subjects = [e for e in fit if e[3]]
            return (subjects or fit)[-1][1]
    if ref.kind in ("place", "org", "person"):
        for n, found in enumerate(nearest_first):
            able = [e for e in found if e[2] != {"place": AGED, "person": "place"}.get(
                ref.kind)]  # a person the draft gives an age is no place
            topics = [e for e in able if e[3]]
            if ref.kind != "person":  # "Ida Moss, the mayor of Tarnby, said the town
                topics = [e for e in topics if e[2] != "person"] or topics  # ...": Tarnby
            if topics:  # in its own sentence, the subject before it: "Nadia Corvel has
                return topics[0][1]  # won 31 of her 40 matches" (labelled an org)
            if n and able and len(able) < len(found) and ref.kind == "place":
                return able[-1][1]  # "Aged 90, Ida Lunn is the oldest resident of Fell.
                # The village ...": the topic is a person, so the place is the other name
    return None
