"""The measure as a figure's role reads it: a share's, an age's, a bare part's (moved out of
read.py, which reads everything else about a figure)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.frames.measure import share_measure
from factcheck.frames.nouns import phrase
from factcheck.frames.role import one_in
from factcheck.frames.share import stated_share
from factcheck.lexicon import lexicon

if TYPE_CHECKING:
    from spacy.tokens import Token

    from factcheck.model import Claim


def is_share_word(measure: str) -> bool:
    """Whether a measure's head names a share itself ("share", "proportion": lexicon
    frames.tsv "share")."""
    return lexicon().frame_class(measure.split()[-1], "share")


def role_measure(np: Token, measure: str | None, role: str, whole: Token | None,
                 figure: frozenset[int]) -> tuple[str | None, str | None]:
    """The measure as the role reads it, and for a share stated against its whole the
    whole's words (Frame.share_of, else None): a share's (share.py: "public debt reached
    78% of GDP" -> ("public debt", "gdp"); "coal supplied 53% of the power" -> ("coal
    power", None)), an age, or for a bare number that is a part its whole's noun ("Of
    the 64 schools, 71 reported ...": schools)."""
    if role == "share" and not (measure and is_share_word(measure)):
        stated = stated_share(np, whole, figure)
        if stated is not None and whole is not None:
            return stated, phrase(whole, figure)
        return share_measure(np, whole, figure) or measure, None
    if role == "age":  # "the pension age will rise to 68": the age the parse names
        return (measure if measure and measure.replace("-", " ").split()[-1] == "age"
                else "age"), None
    if role == "part" and np.like_num and whole is not None and whole.pos_ == "NOUN":
        return whole.lemma_.lower(), None
    return measure, None


def age_valued(measure: str | None, role: str, claim: Claim) -> bool:
    """Whether a level is the value of an age its measure names ("the median age of its
    residents is 44", "the average age of the fleet rose to 14 years"): a bare number or
    years, whose measure's head is the noun "age"."""
    return (role == "level" and claim.unit in ("", "year") and measure is not None
            and measure.replace("-", " ").split()[-1] == "age")


def elided(np: Token, claim: Claim, role: str, whole: Token | None,
           measure: str | None) -> bool:
    """Whether a share names none of the things it counts, so that they are those the
    figure before it counts (links._counted): a ratio ending in its second number ("one
    in five", no noun, no "of" after it), or a percentage with no whole and no measure
    that is its clause's subject ("About 64% were women", "nearly half involved a
    driver under 25")."""
    if whole is not None or role not in ("share", "level"):
        return False
    if role == "share" and one_in(claim.text):
        return True
    return (measure is None and claim.unit == "percent" and claim.change is None
            and not claim.multiplier and np.dep_ in ("nsubj", "nsubjpass"))
