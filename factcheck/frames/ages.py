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


_PERSONAL = frozenset({"he", "she"})


def stated_age(np: Token, claim: Claim) -> bool:
    """Whether a bare whole number (1 to 124, no unit) is a person's age by the parse: the
    complement of "be" whose subject is "he" or "she" ("He is 76", "she was 31 when
    ..."), or set between commas after a name with "now" or "aged" before it ("Ede
    Marsh, now 87, ..."). "It is 76" and "the total was 76" are no ages; a name's plain
    apposition ("Ines Carvalho, 58,") is read by frames.read._aged."""
    if claim.unit not in ("", "year") or not claim.text.isdigit() or not 0 < claim.value < 125:
        return False
    verb = np.head
    if np.dep_ in ("attr", "acomp") and verb.lemma_ == "be":
        return any(c.dep_ == "nsubj" and c.lower_ in _PERSONAL for c in verb.children)
    doc = np.doc
    if np.i < 3 or np.i + 1 >= len(doc):
        return False
    return (doc[np.i - 1].lower_ in ("now", "aged") and doc[np.i - 2].text == ","
            and doc[np.i - 3].pos_ == "PROPN" and doc[np.i + 1].is_punct)
