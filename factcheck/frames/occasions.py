"""The measure of a count of occasions: "launched 74 times", "the council meets 22 times
a year", "was fined three times". The noun "times" counts nothing of its own; what is
counted is the verb's doing, named by the noun of that doing (frames.nominal.verb_noun:
launching, meeting). Only a "times" that hangs on a verb counts occasions; one on an
adjective or a noun is a multiple ("three times higher", "four times the height")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.frames.nominal import verb_noun

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["occasions"]


def occasions(thing: Token | None) -> str | None:
    """The noun of the doing a counted "times" (the figure's counted noun, thing) counts
    the occasions of, or None for any other count."""
    if (thing is None or thing.lemma_.lower() != "time" or thing.tag_ != "NNS"
            or thing.dep_ not in ("npadvmod", "dobj") or thing.head.pos_ != "VERB"):
        return None
    return verb_noun(thing.head)
