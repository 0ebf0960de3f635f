"""Unit prices of goods: a sum of money per unit of a quantity ("$71.40 a barrel", "€1.70
a litre", "$3,120 an ounce") is the price of the goods its clause is about.

When the clause's subject is a common noun naming no entity ("Brent crude fell 3% to
$71.40 a barrel", "Copper climbed to $9,800 a tonne", "Diesel costs €1.70 a litre"),
those goods are the figure's subject (written as the draft writes them) and its measure
is their price; a change under the same verb ("fell 3%") is a change of that price. A
sum per stretch of time ("£3,900 a year") or per person is no unit price. Source of the
rule: market reports quote a commodity's price per unit of its trade ("a barrel", "an
ounce", "a tonne").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

from factcheck.frames.nouns import is_kind, is_noun, measure_word
from factcheck.frames.role import TIME_UNITS
from factcheck.frames.subject import Found, Refer, clause_verb, verb_subject
from factcheck.model import Claim
from factcheck.units import is_currency

if TYPE_CHECKING:
    from spacy.tokens import Token

_PER_WHO = frozenset({"person", "capita", "head", "household", "people"})


def unit_price(claim: Claim) -> bool:
    """Whether a figure is money per unit of a quantity ("USD / oil_barrel")."""
    money, _, per = claim.unit.partition(" / ")
    return (bool(per) and is_currency(money) and per not in TIME_UNITS
            and per not in _PER_WHO and " " not in per)


def goods_of(np: Token, claim: Claim) -> tuple[str, str] | None:
    """(subject, measure) of a unit price whose clause's subject is goods named by a
    common noun: ("Brent crude", "brent crude price"); None otherwise."""
    if not unit_price(claim):
        return None
    verb = clause_verb(np)
    subject = verb_subject(verb) if verb is not None else None
    if (subject is None or subject.ent_type_ or not is_noun(subject) or is_kind(subject)
            or measure_word(subject) or subject.tag_ in ("NNS", "NNPS")):
        return None  # "prices rose to ...", "the firm charged ...", "dealers": no goods
    words = [t for t in subject.subtree if (t.i <= subject.i and t.dep_ == "compound")
             or t.i == subject.i]
    name = " ".join(t.text for t in words)
    return name, f"{name.lower()} price"


def unnamed(subject: Found) -> bool:
    """No subject, or only the paragraph's (a sentence naming no entity)."""
    return subject is None or (isinstance(subject, Refer) and subject.kind == "implicit")


class _Reading(Protocol):
    role: str
    subject: Found
    measure: str | None
    verb: int | None
    unsure: str | None


def price_changes(readings: Sequence[_Reading], prices: dict[int, tuple[str, str]]) -> None:
    """A change with no subject under the verb of a unit price is a change of that price
    ("Brent crude fell 3% to $71.40 a barrel": 3% of Brent crude's price); prices holds
    (subject, measure) by the verb's text offset."""
    for reading in readings:
        if reading.role == "change" and unnamed(reading.subject) and reading.verb in prices:
            reading.subject, reading.measure = prices[reading.verb]
            reading.unsure = None
