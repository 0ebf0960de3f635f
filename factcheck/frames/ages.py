"""An age that describes its holder: it holds for no period (DESIGN.md, "Frames": a
period is the time a figure holds for; "the 27-year-old" names a person, not a time)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from factcheck.model import Claim

if TYPE_CHECKING:
    from spacy.tokens import Token

_AGE_WORD = re.compile(r"[\s-]*(?:years?[\s-]+)?old\b", re.IGNORECASE)
_AGED = re.compile(r"\baged\s+$|,\s*$", re.IGNORECASE)


def describes(text: str, claim: Claim) -> bool:
    """Whether an age describes its holder rather than being the value a clause states
    for a period: written as a modifier ("the 27-year-old", "a 160-year-old retailer") or
    between commas after a name ("Ms Reyes, 41,", "Tomas, aged 19,"). "She turns 40 this
    year" and "the average age rose to 34 in 2025" keep their periods."""
    if claim.text.lower().endswith("-old") or _AGE_WORD.match(text, claim.end):
        return True
    before = text[max(0, claim.start - 8):claim.start]
    return _AGED.search(before) is not None and text[claim.end:claim.end + 1] == ","


_PERSONAL = frozenset({"he", "she", "who"})


def _personal(verb: Token) -> bool:
    """Whether a verb's subject is a person: "he", "she", "who", or a name of two words or
    more the recogniser tags a person, as the subject or set beside it ("Margit Holm is
    ...", "its chairman, Paolo Marchetti, is ..."). A one-word "person" is too often a
    noun opening the sentence ("Turnout was 61")."""
    return any(c.dep_ in ("nsubj", "nsubjpass")
               and (c.lower_ in _PERSONAL or _named(c)
                    or any(a.dep_ == "appos" and _named(a) for a in c.children))
               for c in verb.children)


def _named(tok: Token) -> bool:
    return tok.ent_type_ == "PERSON" and tok.ent_iob_ == "I" and tok.pos_ == "PROPN"


def stated_age(np: Token, claim: Claim) -> bool:
    """Whether a bare whole number (1 to 124, no unit) is a person's age by the parse: the
    complement of "be" whose subject is a person ("He is 76", "she was 31 when ...",
    "Ada Lunn, the founder, is 80", "who was 19 when ..."), the object of an "at" on a
    verb whose subject is a person ("At 97, Ada Lunn is the oldest ...", "which he
    joined at 18", "who set the record at 17"), or set between commas after a name with
    "now" or "aged" before it ("Ede Marsh, now 87, ..."). "It is 76", "the total was 76"
    and "the index closed at 76" are no ages; a name's plain apposition ("Ines Carvalho,
    58,") is read by frames.read._aged."""
    if claim.unit not in ("", "year") or not claim.text.isdigit() or not 0 < claim.value < 125:
        return False
    verb = np.head
    if np.dep_ in ("attr", "acomp") and verb.lemma_ == "be":
        return _personal(verb)
    if np.dep_ == "pobj" and verb.lower_ == "at" and verb.head.pos_ in ("VERB", "AUX"):
        return not any(t.pos_ == "NOUN" for t in np.subtree) and _personal(verb.head)
    doc = np.doc
    if np.i < 3 or np.i + 1 >= len(doc):
        return False
    return (doc[np.i - 1].lower_ in ("now", "aged") and doc[np.i - 2].text == ","
            and doc[np.i - 3].pos_ == "PROPN" and doc[np.i + 1].is_punct)
