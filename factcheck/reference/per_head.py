"""A figure said per head held against a series of totals: no verdict.

"Per person, Britain's emissions have fallen by more than half since 1990", "emissions
per capita rose 20%": the sentence says its figures are per person ("per capita", "per
head", "per person", "per woman"), so a series of totals ("Annual CO₂ emissions") decides
nothing about them: the total may fall by less than the figure per head when the people
grow in number, or by more when they shrink. A verdict decided on rows none of which is of
a rate (series.names_rate: "per", "rate", "yield" in the metric or unit) is judged again
with "per capita" in the measure, and kept only if a series of rates decides it; else it
becomes unverifiable, with the reason. The frames do not always carry the words into the measure
(an opening "Per person," stands apart from its clause), so the sentence is read.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from factcheck.model import Frame, Verdict
from factcheck.reference.per_base import says_per_one
from factcheck.reference.series import names_rate


def per_head_of_total(verdict: Verdict, sentence: str, frame: Frame,
                      again: Callable[[Frame], Verdict]) -> Verdict:
    """The verdict, or when the sentence speaks per head and every row that decided it is a
    total, the verdict on the frame whose measure says "per capita" (again: the judging of a
    frame) if a series of rates decides it, else an unverifiable one."""
    if not _of_totals(verdict) or not says_per_one(sentence):
        return verdict
    if frame.measure and not says_per_one(frame.measure):
        per = again(replace(frame, measure=f"{frame.measure} per capita"))
        if per.status != "unverifiable" and not _of_totals(per):
            return replace(per, claim=verdict.claim)
    rows = verdict.rows or ((verdict.evidence,) if verdict.evidence else ())
    return Verdict(verdict.claim, "unverifiable", None,
                   f"Unverifiable: the sentence speaks of a figure per head, and the series "
                   f"that would decide it, {rows[0].metric}, is of totals.")


def _of_totals(verdict: Verdict) -> bool:
    """Is the verdict decided on rows none of which is of a rate?"""
    rows = verdict.rows or ((verdict.evidence,) if verdict.evidence else ())
    return verdict.status != "unverifiable" and bool(rows) and not any(
        names_rate(f"{row.metric} {row.unit or ''}") for row in rows)
