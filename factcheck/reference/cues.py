"""The words reference matching reads around a claim.

The context stage gives each claim a few metric cue words from a closed list, which is
what the internal checks need to call two figures "the same thing". A reference table's
metric names are open-ended ("Deaths from terrorism", "Share of electricity from
renewables"), so matching reads the claim's whole sentence as well; metric.score weighs
rare words up, and a row still needs its entity, unit dimension and period to match.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from factcheck.model import ClaimContext


def widen(text: str, contexts: Sequence[ClaimContext]) -> tuple[ClaimContext, ...]:
    """Each context with its sentence's text added to its cues (matching splits and stems)."""
    out = []
    for ctx in contexts:
        start, end = ctx.sentence
        sentence = text[start:end] if end > start else ""
        out.append(replace(ctx, cues=(*ctx.cues, sentence)) if sentence else ctx)
    return tuple(out)
