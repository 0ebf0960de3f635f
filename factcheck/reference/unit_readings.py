"""A figure in a bare unit word that names several amounts ("21.5 million tons": metric,
short or long; "11 gallons": US or imperial), against a table: the extractor reads the word
as one unit (a short ton, a US gallon), but the writer may mean another, up to 20% apart.
The figure is read in every reading of factcheck.units.readings (readings.tsv, the one list
of such words): it is supported or contradicted only when every reading agrees, and
otherwise unverifiable, with the readings that hold and those that do not. A wrong figure
is never called right because one reading fits, and a right one is never called wrong
because the extractor's reading does not."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from factcheck.model import Frame, Verdict
from factcheck.units.readings import readings


def several_readings(frame: Frame) -> bool:
    """Whether the figure's unit word names several amounts and its text pins none."""
    return bool(readings(frame.claim))


def judge_each_reading(frame: Frame, judge: Callable[[Frame], Verdict]) -> Verdict:
    """The verdict on a figure in a bare unit word, read as each reading (module docstring)."""
    claim = frame.claim
    tried = [(r.name, judge(replace(frame, claim=replace(claim, unit=r.unit))))
             for r in readings(claim)]  # the written number, in each reading's unit
    names = [name for name, _ in tried]
    statuses = {verdict.status for _, verdict in tried}
    if len(statuses) == 1 and statuses != {"unverifiable"}:
        verdict = tried[0][1]
        note = (f" (read as {', '.join(names[:-1])} or {names[-1]} alike: '{claim.text}' is "
                f"{verdict.status} in every reading).")
        return replace(verdict, claim=claim, explanation=verdict.explanation.removesuffix(".")
                       + note)
    if statuses == {"unverifiable"}:
        return replace(tried[0][1], claim=claim)
    holds = [name for name, v in tried if v.status == "supported"]
    fails = [name for name, v in tried if v.status == "contradicted"]
    return Verdict(claim, "unverifiable", None,
                   f"Unverifiable: '{claim.text}' does not say which of {' or '.join(names)} "
                   f"it means; it holds as {' or '.join(holds) or 'none of them'} but not as "
                   f"{' or '.join(fails) or 'the others'}.")
