"""The dimension a figure measures, named by an adjective after it ("12.3 km long":
length) or, for a length, by its clause's verb ("runs for 33 km"): lexicon frames.tsv
"dimension:..."."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from factcheck.frames.subject import GENERIC, clause_verb, verb_subject
from factcheck.lexicon import lexicon
from factcheck.model import Claim
from factcheck.units import quantity

if TYPE_CHECKING:
    from spacy.tokens import Token


def kinds(word: str) -> list[str]:
    kinds = lexicon().frame_words.get(word, frozenset())
    return [k.split(":", 1)[1] for k in kinds if k.startswith("dimension:")]


def unit_noun(claim: Claim, tag: str) -> str | None:
    """The noun a claim's unit's dimensions (pint's notation, "[mass]") carry under tag
    in lexicon frames.tsv ("measured" -> "weight", "named" -> "temperature"); None for a
    count, a unit pint cannot read or dimensions the lexicon names nothing for."""
    if not claim.unit:
        return None
    try:
        dims = str(claim.quantity.dimensionality)
    except Exception:  # pint raises several kinds; a unit it cannot read measures nothing
        return None
    found = sorted(k for k in lexicon().frame_words.get(dims, frozenset())
                   if k.startswith(f"{tag}:"))
    return found[0].split(":", 1)[1] if found else None


def dimension_of(np: Token, figure: frozenset[int], claim: Claim) -> str | None:
    """The dimension an adjective right after the figure names (lexicon frames.tsv
    "dimension:..."): "12.3 km long" -> "length", "3,000 metres high" -> "height"; for a
    length, also the dimension its clause's verb gives ("runs for 33 km": length), and a
    length a thing is "at", or that is set off by a comma, is its height ("the
    observatory, at 2,400 metres, ..."). A
    plain count or a percentage has no dimension ("1.1 million customers across the
    county": customers, not a width)."""
    if (named := _in_dimension(np, figure, claim)) is not None:
        return named  # "measures 6.5 metres in diameter", "50 metres in length"
    said = _adjective_after(np, figure, claim)
    if said is not None and said[1].pos_ != "ADP":
        return said[0]  # "snow lay 40 cm deep": the adjective names it, not the verb
        # ("stands 60 m above the town": a preposition yields to the verb's height)
    verb = clause_verb(np)
    if (verb is not None and kinds(verb.lemma_.lower()) and is_length(claim)
            and not _measured_subject(verb)):
        return kinds(verb.lemma_.lower())[0]
    if (said is None and is_length(claim) and verb is not None
            and (graded := _graded(verb)) is not None):
        return graded  # "At 3,212 metres, Mount Ossary is the highest peak": height
    at = np.head
    if (np.dep_ == "pobj" and at.lower_ == "at" and is_length(claim) and (
            at.head.pos_ in ("NOUN", "PROPN") or (at.i and np.doc[at.i - 1].text == ","))):
        return "height"  # "the Halvard telescope, at 4,120 metres": where it stands
    return said[0] if said is not None else None


def _graded(verb: Token) -> str | None:
    """The dimension a graded adjective on a figure's clause names, whatever the order
    of the words: the verb's complement ("stands taller than any other at 330 metres")
    or an adjective on its attribute ("At 19.6 km, the tunnel is the longest in the
    Alps", "Lake Varn is the deepest lake in the country at 310 metres"): the figure is
    the extent the comparison is made in."""
    graded = [c for c in verb.children if c.dep_ == "acomp"] + [
        a for c in verb.children if c.dep_ == "attr" for a in c.children if a.dep_ == "amod"]
    found = [k for a in graded if a.tag_ in ("JJR", "JJS") for k in kinds(a.lemma_.lower())]
    return found[0] if found else None


@cache
def _names() -> frozenset[str]:
    """The dimensions the lexicon names ("depth", "height"): nouns that are a measure."""
    return frozenset(k.split(":", 1)[1] for found in lexicon().frame_words.values()
                     for k in found if k.startswith("dimension:"))


def _measured_subject(verb: Token) -> bool:
    """Whether a verb's subject is itself what is measured ("the water level stood 2.3 m
    below normal", "the snow depth stands at 40 cm"): a dimension, or a generic noun with a
    common noun before it ("water level"), whose value the verb states; not a thing that
    stands or moves ("the tower stands 90 m", "the peak of Ben Carra stands at", "its
    7,300 residents must travel 19 miles")."""
    subject = verb_subject(verb)
    return subject is not None and subject.pos_ == "NOUN" and (
        subject.lemma_.lower() in _names() or (subject.lemma_.lower() in GENERIC and any(
            c.dep_ == "compound" and c.pos_ == "NOUN" for c in subject.children)))


def _in_dimension(np: Token, figure: frozenset[int], claim: Claim) -> str | None:
    """The dimension a figure in a unit names by "in" and a dimension's noun (lexicon
    frames.tsv "dimension:NOUN") right after it: "6.5 metres in diameter": diameter."""
    if not claim.unit or claim.unit == "percent":
        return None
    after = max(figure, default=np.i) + 1
    doc = np.doc
    if after + 1 >= len(doc) or doc[after].lower_ != "in":
        return None
    noun = doc[after + 1]
    lemma = noun.lemma_.lower()
    return lemma if noun.pos_ == "NOUN" and lemma in _names() else None


def _adjective_after(np: Token, figure: frozenset[int], claim: Claim
                     ) -> tuple[str, Token] | None:
    """The dimension a word within five words after the figure names, and that word."""
    if not claim.unit or claim.unit == "percent":
        return None
    doc = np.doc
    last = max(figure) if figure else np.i
    for tok in doc[last + 1 : last + 6]:
        if tok.is_punct or tok.like_num or tok.pos_ in ("NOUN", "PROPN", "SYM"):
            continue  # "12.3 km (7.6 miles) long": past the restatement
        found = [k for k in kinds(tok.lower_) if _fits(k, claim)]
        return (found[0], tok) if found else None
    return None


def _fits(kind: str, claim: Claim) -> bool:
    """Whether a dimension can be what a figure in the claim's unit measures: an age a
    time ("70 years old"), any other a length ("12.3 km long"); "1.6C above the
    record" is no altitude, "39.8 years across the country" no width."""
    if kind == "age":
        return not is_length(claim)
    return is_length(claim)


def is_length(claim: Claim) -> bool:
    try:
        return bool(claim.quantity.check("[length]"))
    except Exception:  # pint raises several kinds; a unit it cannot read is no length
        return False




_FREE = ("", "percent", "percentage_point")  # a count, or a part of a whole


def lends(lender: Claim, borrower: Claim) -> bool:
    """Whether a figure may measure what another does, by their units: a count, a
    percentage or a multiple borrows from any figure, and a percentage or a multiple
    lends to any (it names no amount of its own); an amount in a unit borrows from one
    whose unit, rate or not, is of the same dimensions (a length never measures what a
    sum of money did; "1,412 mm in 2024" lends to "about 1,150 mm a year")."""
    if borrower.unit in _FREE or borrower.multiplier or lender.unit == borrower.unit:
        return True
    if lender.unit in _FREE[1:] or lender.multiplier:
        return True  # "milk output rose 14%. It was 34.1 MT": a change's measure lends
    return _amount(lender.unit) == _amount(borrower.unit) != ""


@cache
def _amount(unit: str) -> str:
    """The dimensions of a unit's amount, without a rate's base ("millimeter / year":
    a length); "" when pint cannot read it."""
    try:
        return str(quantity(1.0, unit.split(" / ")[0]).dimensionality)
    except Exception:  # pint raises several kinds; a unit it cannot read lends nothing
        return ""


def activity(verb: Token) -> str | None:
    """The noun naming the act a verb performs on an amount in a physical unit, its
    object (lexicon frames.tsv "activity:..."): "the wind farm generated 1,460 GWh":
    generation; "the batteries can store 240 MWh": storage. An editor names such a figure
    by the act, not by the unit's dimension ("energy")."""
    found = sorted(k for k in lexicon().frame_words.get(verb.lemma_.lower(), frozenset())
                   if k.startswith("activity:"))
    return found[0].split(":", 1)[1] if found else None
