"""The measure as a figure's role reads it: a share's, an age's, a bare part's (moved out of
read.py, which reads everything else about a figure)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.frames.measure import share_measure
from factcheck.lexicon import lexicon

if TYPE_CHECKING:
    from spacy.tokens import Token

    from factcheck.model import Claim


def is_share_word(measure: str) -> bool:
    """Whether a measure's head names a share itself ("share", "proportion": lexicon
    frames.tsv "share")."""
    return lexicon().frame_class(measure.split()[-1], "share")


def role_measure(np: Token, measure: str | None, role: str, whole: Token | None,
                 figure: frozenset[int]) -> str | None:
    """The measure as the role reads it: a share's (share.py), an age, or for a bare number
    that is a part its whole's noun ("Of the 64 schools, 71 reported ...": schools)."""
    if role == "share" and not (measure and is_share_word(measure)):
        return share_measure(np, whole, figure) or measure
    if role == "age":  # "the pension age will rise to 68": the age the parse names
        return measure if measure and measure.replace("-", " ").split()[-1] == "age" else "age"
    if role == "part" and np.like_num and whole is not None and whole.pos_ == "NOUN":
        return whole.lemma_.lower()
    return measure


def age_valued(measure: str | None, role: str, claim: Claim) -> bool:
    """Whether a level is the value of an age its measure names ("the median age of its
    residents is 44", "the average age of the fleet rose to 14 years"): a bare number or
    years, whose measure's head is the noun "age"."""
    return (role == "level" and claim.unit in ("", "year") and measure is not None
            and measure.replace("-", " ").split()[-1] == "age")
