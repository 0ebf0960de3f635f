"""Rates written as a count per so many people: "52 mobile subscriptions per 100 people",
"about 6.4 doctors per 1,000 residents", "hospital beds per 1,000 people quadrupled",
"landlines per 100 Americans have fallen by 60%".

The words after "per" and a number are the rate's base, not what is measured: a figure of
the sentence is read as the rate (its frame's role "rate", its measure the words before
"per" and the base), and only a series of rates with the same base decides it ("per
1,000 people" is not "per 100 people"; a series that states no base does not decide).
The base's own number ("100 people") is no figure of its own (factcheck.frames says so).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace

from factcheck.extract.precision import precision_of
from factcheck.lexicon import lexicon
from factcheck.model import Claim, Frame
from factcheck.reference.schema import Row

_SMALL = "|".join(sorted((w for w, (_, kind) in lexicon().numbers.items()
                          if kind in ("unit", "ten") and w.isalpha()), key=len, reverse=True))
_NUMBER = rf"\d[\d,]*|(?:a\s+|one\s+)?(?:hundred|thousand|million)|{_SMALL}"
_PER_WORD = r"\b(?:per|for\s+(?:every|each))\s+"  # "for every 1,000 people" is "per 1,000"
_PER = re.compile(rf"{_PER_WORD}(?P<n>{_NUMBER})\s+(?P<who>[^\W\d_][\w'-]*)", re.IGNORECASE)
_BEFORE = re.compile(r"([^\W\d_][\w'-]*(?:\s+[^\W\d_][\w'-]*){0,3})\s*$")
_STATED = re.compile(rf"{_PER_WORD}(?P<n>{_NUMBER})\b", re.IGNORECASE)
_ONE = re.compile(r"\b(?:per|a)\s+(?P<who>woman|mother)\b"
                  r"|\b(?:children|births|babies)\s+(?P<each>each|apiece)\b", re.IGNORECASE)
_WOMEN = re.compile(r"\b(?:wom[ae]n|mothers?)\b", re.IGNORECASE)
_PERSON = r"capita|persons?|head"
_PER_ONE = re.compile(rf"\bper[\s-]+(?:wom[ae]n|mothers?|{_PERSON})\b", re.IGNORECASE)
_PER_PERSON = re.compile(rf"\bper[\s-]+(?:{_PERSON})\b", re.IGNORECASE)
_PER_BASE = re.compile(r"\bper[\s-]+(?!cent\b)[a-z]", re.IGNORECASE)  # "per hectare",
# "per head", "per capita", with or without a number; not "per cent"
_WORDS = {"hundred": 100.0, "thousand": 1e3, "million": 1e6}
PEOPLE = frozenset({"people", "persons", "person", "residents", "inhabitants", "citizens",
                    "population", "individuals"})
NOT_NOUNS = frozenset({"every", "each", "in", "on", "at", "since", "from", "between", "during",
                       "a", "an", "the", "and", "or", "for", "of", "by", "to", "was", "were",
                       "is", "are", "this", "that", "last", "year", "years"})  # "per
# 100,000 every year": no noun after the number (nor a verb in -ed), which then counts people
VERBS = frozenset({"had", "has", "have", "was", "were", "is", "are", "with", "there", "saw"})


@dataclass(frozen=True)
class Base:
    """A rate's base as the sentence writes it: "per 1,000 people" -> 1000, "people"."""

    number: float
    who: str
    start: int  # offsets of the number in the draft (the base's own claim)
    end: int
    phrase: int  # offset in the sentence where the base's phrase begins ("per", "each")


def says_per_base(sentence: str) -> bool:
    """Whether the sentence says "per" and a base ("per hectare", "per head", "per capita",
    "per 1,000 people"), not "per cent": its words are of a rate, which only a series of
    rates holds (reference.compare_series)."""
    return _PER_BASE.search(sentence) is not None


def says_per_one(text: str) -> bool:
    """Whether a text says a figure per one person: "per capita", "per head", "per-person",
    "per woman"."""
    return _PER_ONE.search(text) is not None


def per_person(text: str) -> bool:
    """Whether a text (a series' title) is of a figure per person of a whole: "GDP per
    capita", "CO₂ emissions per person". "Births per woman" is a rate of its own kind, not
    a whole divided among its people."""
    return _PER_PERSON.search(text) is not None


def number(text: str) -> float:
    """ "1,000" -> 1000.0, "a thousand" -> 1000.0, "two" -> 2.0."""
    last = text.split()[-1].lower()
    if last in _WORDS:
        return _WORDS[last]
    said = lexicon().numbers.get(last)  # "for every two people"
    return said[0] if said else float(text.replace(",", ""))


def bases(sentence: str, offset: int) -> list[Base]:
    """Every "per N people" of a sentence; a capitalised word after the number is a
    demonym ("per 1,000 Britons") and reads as people. "Per woman", "a mother", and
    "children each" in a sentence about women are a base of one woman (the fertility
    rate's "births per woman")."""
    found = []
    for match in _PER.finditer(sentence):
        who = match.group("who")
        people = (who.lower() in PEOPLE or who[0].isupper() or who.lower() in NOT_NOUNS
                  or who.lower().endswith("ed"))  # "per 100,000 stayed": a verb
        found.append(Base(number(match.group("n")), "people" if people else who.lower(),
                          offset + match.start("n"), offset + match.end("who"),
                          match.start()))
    for match in _ONE.finditer(sentence):
        if match.group("each") and not _WOMEN.search(sentence):
            continue
        at = match.start("each") if match.group("each") else match.start()
        found.append(Base(1.0, "woman", offset + at, offset + at, at))
    return found


def owners(frames: list[Frame], places: list[tuple[int, str]]) -> list[str | None]:
    """For each frame, the measure of the figure its sentence's rate base follows ("13 per
    100 people": the parse's measure of "13"), which the sentence's other figures share
    ("... rose from 13 per 100 people in 2005 to 99 in 2023": 99 of the same rate)."""
    owner: dict[int, str] = {}
    for frame, (offset, sentence) in zip(frames, places, strict=True):
        found = bases(sentence, offset)
        if one_base(found) and frame.measure:
            end = frame.claim.end - offset
            if any(end <= base.phrase and not sentence[end:base.phrase].strip()
                   for base in found):
                owner[offset] = frame.measure
    return [owner.get(offset) for offset, _ in places]


def one_base(found: list[Base]) -> bool:
    """Do a sentence's bases name one rate's base: one, or the same base written again
    ("beds per 1,000 people stood at 2.9 per 1,000 people"; "from 13 per 100 people in
    2005 to 99 per 100 people in 2023")? Two different bases name two rates."""
    return len({(base.number, base.who) for base in found}) == 1


def _after(found: list[Base], end: int) -> Base:
    """The base written next after a figure ending at end (its own), else the first."""
    return min((base for base in found if base.phrase >= end),
               key=lambda base: base.phrase, default=found[0])


def as_rate(frame: Frame, sentence: str, offset: int, owner: str | None = None) -> Frame:
    """The frame of a figure in a sentence with one rate base, read as that rate; other
    frames as they are. A figure that is the base, a percent level, or a change in points
    keeps its reading. owner: the measure of the figure the base follows (owners())."""
    found = bases(sentence, offset)
    claim = frame.claim
    if not one_base(found) or any(b.start <= claim.start < b.end for b in found):
        return frame
    if claim.unit == "percentage_point" or (claim.unit and claim.change is None
                                            and not claim.multiplier):
        return frame
    base = _after(found, claim.end - offset)
    words = _BEFORE.search(sentence[:base.phrase])
    before = words.group(1).split() if words else []
    while before and (before[0].lower() in VERBS or before[0].endswith(("'s", "’s"))):
        before.pop(0)  # "had", "Japan's": not what is measured
    if "of" in before:  # "the supply of hospital beds", "the number of doctors"
        before = before[len(before) - before[::-1].index("of"):]
    between = sentence[claim.end - offset:base.phrase].split()
    if claim.noun and claim.end - offset <= base.phrase and len(between) <= 3 and not (
            VERBS & {w.lower() for w in between}):  # "one doctor for every 20,000 people"
        before = [claim.noun, *between]
    what = " ".join(before) or owner or (frame.measure or "")
    if frame.measure and "rate" in frame.measure.split():  # "0.72 children" of "the
        what = f"{what} {frame.measure}"  # fertility rate": the rate's own name is kept
    if not what or what.lower() in PEOPLE:
        return frame
    if claim.unit:  # a change or a multiplier of the rate
        return replace(frame, measure=f"{what} per {base.number:g} {base.who}")
    # a rate, not a count: the digit rule's precision, not a count's exactness; a base
    # that is no power of ten is rounded too ("one doctor for every 400 people": 400 is
    # 400 ± 5% at most, and the rate with it)
    spread = precision_of(replace(claim, noun=None))
    if math.log10(base.number) % 1:
        stated = Claim(f"{base.number:g}", 0, 0, base.number)
        spread += abs(claim.value) * precision_of(stated) / base.number
    rate = replace(claim, precision=spread)
    return replace(frame, claim=rate, role="rate",
                   measure=f"{what} per {base.number:g} {base.who}")


def stated_base(measure: str | None) -> float | None:
    """The base a measure states ("doctors per 1000 people" -> 1000), or None."""
    found = _STATED.search(measure or "")
    return number(found.group("n")) if found else None


def without_base(measure: str | None) -> str | None:
    """A rate's measure without its base ("births per 1000 people" -> "births"): what a
    row's metric must name ("Birth rate" names births; its unit says the base)."""
    if measure is None:
        return None
    return re.sub(r"\s+per\s+\d+(?:\.\d+)?\s+\S+$", "", measure) or None


def row_base(row: Row) -> float | None:
    """The base of a row of rates, from its metric or its unit label ("Hospital beds per
    1,000 people", "unit: per 100,000 adults"); 1 for "per capita", "per person"."""
    said = f"{row.metric} {row.notes}"
    found = _STATED.search(said)
    if found:
        return number(found.group("n"))
    if _PER_ONE.search(said):  # "per capita", "Live births per woman"
        return 1.0
    return None


BASES = (1.0, 10.0, 100.0, 1e3, 1e4, 1e5, 1e6)  # the bases rates per people are published per


def rebased(frame: Frame, base: float) -> Frame | None:
    """The frame of a rate per so many people restated per base people: the figure and its
    precision times base over its own base ("1 per 600 people" is 1.67 per 1,000), or
    None when the frame is no rate with a stated base of people, or has that base already."""
    own = stated_base(frame.measure) if frame.role == "rate" else None
    measure = frame.measure or ""
    if own is None or own == base or not measure.endswith(" people"):
        return None
    factor = base / own
    claim = frame.claim
    scaled = replace(claim, value=claim.value * factor, precision=claim.precision * factor,
                     high=claim.high * factor if claim.high is not None else None)
    return replace(frame, claim=scaled, measure=f"{without_base(measure)} per {base:,.0f} people")
