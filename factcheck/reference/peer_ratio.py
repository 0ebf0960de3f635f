"""A percent or a fraction in words of another entity's figure: "South Korea's jobless
rate was 76% of the figure for Ecuador", "less than a quarter the rate in Chile", "under
80% of Peru's". The figure is the ratio of two entities' rows, not a level of either: read
as a level it is held against the wrong row ("less than a quarter" is then "below 25%",
which almost any rate is). reference.world_share decides a share of a whole it can name;
any other such figure decides nothing here.

The figure's clause after it opens with "of", "the", "that" or "those" and names an entity
the sentence does not name before the figure, while the words before the figure name
another (reference.compare_read.mentions: countries by name, alias or demonym, and the
world)."""

from __future__ import annotations

import re

from factcheck.model import Frame
from factcheck.reference.compare_read import mentions
from factcheck.reference.world_share import REACH, clause_after

_OPENS = re.compile(r"\s*(?:of|the|that|those)\b", re.IGNORECASE)


def ratio_to_peer(frame: Frame, sentence: str, offset: int) -> str | None:
    """Why a percent figure of another entity's figure decides nothing, or None.
    offset: where the sentence starts in the draft.

    >>> from factcheck.model import Claim
    >>> s = "In 2023 Chile's jobless rate was less than half the figure for Peru."
    >>> c = Claim(text="less than half", start=33, end=47, value=50.0, unit="percent",
    ...           bound="under")
    >>> ratio_to_peer(Frame(claim=c, subject="Chile", role="share"), s, 0) is not None
    True
    """
    claim = frame.claim
    if (claim.unit != "percent" or claim.change is not None or claim.multiplier
            or frame.role == "change"):
        return None
    after = sentence[claim.end - offset:claim.end - offset + REACH]
    if not _OPENS.match(after):
        return None
    clause = clause_after(after)
    peers = {m.key: m.text for m in mentions(clause, 0, len(clause))}
    before = sentence[:max(0, claim.start - offset)]
    owners = {m.key for m in mentions(before, 0, len(before))}
    others = [text for key, text in peers.items() if key not in owners]
    if not others or not owners - set(peers):
        return None
    return (f"'{claim.text}' is a ratio to {others[0].removesuffix(chr(39) + 's')}'s "
            "figure, not a level of either, and no table here decides that ratio")
