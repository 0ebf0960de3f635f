"""Roles a figure's verb and its clause give what would otherwise be a level (role.py lists
the roles; parsed_role.parse_role asks here after its own rules):

- change: the figure is the direct object of a verb that adds to or takes from its
  subject's own stock (lexicon frames.tsv "stock": "will add 60 shops", "plans to hire
  250 workers", "creating 1,800 jobs"): the count moved, not the stock's level ("has 60
  shops", "employs 250 workers" stay levels). The extractor reads the past tense ("added
  120,000 customers") as a change already; the parse reads every tense;
- rate: a sum of money spread over each member of a group, the price or pay of one ("each
  paid an average of £1,480", "Each unit costs $64,000", "sold for £1,840 each", "its 610
  partners each earned $2.1 million"); or a figure its verb repeats at a frequency the
  clause names ("Some 52,000 vehicles pass through it daily", "used it each day":
  lexicon frames.tsv "frequency", or "a/each/every/per" before a unit of time) while the
  figure itself counts no time. Blind pool, sets 1-14 part 0: 12 such sums and counts
  labelled rates (per head, per day), none levels.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.frames.role import TIME_UNITS
from factcheck.lexicon import lexicon
from factcheck.model import Claim
from factcheck.units import is_currency

if TYPE_CHECKING:
    from spacy.tokens import Token

_EACH = frozenset({"each", "apiece"})
_EVERY = frozenset({"a", "an", "each", "every", "per"})


def clause_role(np: Token, verb: Token | None, claim: Claim) -> str | None:
    """"change" or "rate" when the clause makes the level np heads one (see the module),
    else None. np is the figure's phrase head, verb its clause's verb."""
    if verb is None:
        return None
    if (np.dep_ == "dobj" and np.head.i == verb.i and not claim.unit
            and lexicon().frame_class(verb.lemma_.lower(), "stock")
            and not any(t.dep_ == "poss" or t.lower_ in ("the", "its", "their")
                        for t in np.children if t.i < np.i)
            and not any(t.dep_ == "relcl" for t in np.children) and not _summed(np)
            and not _standing(verb)):
        return "change"  # "will add 60 shops"; not "will open the 60 shops it has", nor
        # a whole its relative clause breaks down ("hired 800, of whom 120 were ..."),
        # nor a part a total after it sums ("hired 8 nurses and 5 porters, 13 in all") or
        # a whole parts after it break down ("hired 123 people, 81 of them locally")
    if is_currency(claim.unit) and _each(np, verb):
        return "rate"
    if claim.unit == "" and np.head.i == verb.i and np.dep_ in ("nsubj", "dobj") and (
            _repeated(verb)):
        return "rate"
    return None


def _standing(verb: Token) -> bool:
    """Whether the verb is in the simple present with no auxiliary ("the new wing adds 96
    beds"): it describes what a thing contributes as it stands, a level, not an event
    that moved a stock ("added", "will add", "plans to add")."""
    return verb.tag_ in ("VBZ", "VBP") and not any(
        c.dep_ in ("aux", "auxpass") for c in verb.children)


_SUMMING = frozenset({"total", "altogether", "combined", "overall"})


def _summed(np: Token) -> bool:
    """Whether a word marking a total follows the figure in its sentence ("in all",
    "altogether", "a total of"): the figures before it are its parts (role.py); or parts
    of it follow ("hired 123 people, 81 of them locally"): it is their whole."""
    doc = np.doc
    return any(t.lower_ in _SUMMING or (t.lower_ == "all" and doc[t.i - 1].lower_ == "in")
               or (t.lower_ in _BACK and doc[t.i - 1].lower_ == "of")
               for t in doc[np.i + 1 : np.sent.end])


_BACK = frozenset({"them", "whom", "which", "these", "those"})  # "81 of them": parts


def _each(np: Token, verb: Token) -> bool:
    """Whether "each" spreads the sum over the members of a group: "each" beside the
    figure or on a word between it and its verb ("£1,840 each", "an average of $7,300
    each"), on its verb ("each earned"), or on the verb's subject or other object ("Each
    unit costs", "Each paid", "will pay each £75"); not "each year", a frequency."""
    holders = [verb, *(c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dative"))]
    t = np
    while t.i != verb.i and t.head.i != t.i:
        holders.append(t)
        t = t.head
    return any(w.i != np.i and w.lower_ in _EACH and w.head.lemma_.lower() not in TIME_UNITS
               for holder in holders for w in (holder, *holder.children))


def _repeated(verb: Token) -> bool:
    """Whether the verb's clause names a frequency: an adverb of frequency ("daily",
    "annually") or a unit of time after "a", "each", "every" or "per" ("each day")."""
    for child in verb.children:
        if child.dep_ == "advmod" and lexicon().frame_class(child.lower_, "frequency"):
            return True
        if (child.dep_ == "npadvmod" and child.lemma_.lower() in TIME_UNITS
                and any(d.lower_ in _EVERY for d in child.children if d.dep_ == "det")
                and not any(c.dep_ in ("prep", "advmod") for c in child.children)):
            return True
    return False
