"""A change said per year over a span, held by a series of yearly changes: "the economy
grew by an average of 6.6% a year between 2010 and 2019" is the mean of the rows of
"Annual GDP growth" from 2010 to 2019. Against levels such a figure decides nothing
(reference.per_time.yearly_over_years: compound rate or mean of yearly changes, the
wording does not say); a series that holds the yearly changes themselves leaves one
reading, the mean of its rows (DESIGN.md, spans: "averaged ... between").

And a bare "growth" (no thing named: "India's growth averaged 6.6%") is economic
growth, as news copy uses the word; its series is the economy's (GDP) growth."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from factcheck.model import Frame
from factcheck.reference.growth import of_changes, signed
from factcheck.reference.schema import ReferenceTable

_BARE = frozenset({"growth", "growth rate", "rate of growth"})


def economic(frame: Frame) -> Frame:
    """The frame with a bare "growth" measure read as the economy's growth."""
    if frame.measure is not None and frame.measure.lower() in _BARE:
        return replace(frame, measure="gdp growth")
    return frame


def as_mean_of_changes(frame: Frame) -> Frame:
    """The frame of a change per year over a span read as the mean level of a series of
    yearly changes: a rate in percent, signed by its direction ("shrank by an average of
    1% a year" is a mean of -1%), whose measure names the change ("economy" -> "economy
    growth")."""
    claim = signed(frame.claim)
    claim = replace(claim, unit="percent", change=None)
    measure = " ".join(w for w in (frame.measure or "").split() if w != "growth")
    return replace(frame, claim=claim, role="rate", measure=f"{measure} growth".strip())


def change_tables(tables: Sequence[ReferenceTable]) -> list[ReferenceTable]:
    """The tables of one series whose rows are yearly changes (growth.of_changes)."""
    return [t for t in tables
            if len(t.metrics()) == 1 and len(t) and of_changes(t.records[0])]
