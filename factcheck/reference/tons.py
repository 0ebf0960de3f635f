"""A weight in "tons" with no "metric", "short" or "long" (FC303's ambiguous unit): the
extractor reads it as a short ton, the US usage, but the writer may mean a metric or a long
ton, 10% apart. Against a table it is read all three ways: it is supported or contradicted
only when every reading agrees, and otherwise unverifiable, with the readings that hold
and those that do not. A wrong figure is never called right because one reading fits, and a
right one is never called wrong because the extractor's reading does not."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from factcheck.model import Frame, Verdict
from factcheck.units import BARE_TON

TONS = (("metric_ton", "metric tons"), ("short_ton", "short tons"), ("long_ton", "long tons"))


def bare_tons(frame: Frame) -> bool:
    """Whether the figure is in tons that say no kind of ton ("21.5 million tons")."""
    claim = frame.claim
    return claim.unit == "short_ton" and BARE_TON.search(claim.text) is not None


def judge_tons(frame: Frame, judge: Callable[[Frame], Verdict]) -> Verdict:
    """The verdict on a figure in bare tons, read as each kind of ton (module docstring)."""
    claim = frame.claim
    tried = []
    for unit, name in TONS:  # the written number, in each kind of ton
        tried.append((name, judge(replace(frame, claim=replace(claim, unit=unit)))))
    statuses = {verdict.status for _, verdict in tried}
    if len(statuses) == 1 and statuses != {"unverifiable"}:
        verdict = tried[0][1]
        note = f" (read as metric, short or long tons alike: '{claim.text}' is {verdict.status} "
        note += "in every reading)."
        return replace(verdict, claim=claim, explanation=verdict.explanation.removesuffix(".")
                       + note)
    if statuses == {"unverifiable"}:
        return replace(tried[0][1], claim=claim)
    holds = [name for name, v in tried if v.status == "supported"]
    fails = [name for name, v in tried if v.status == "contradicted"]
    return Verdict(claim, "unverifiable", None,
                   f"Unverifiable: '{claim.text}' does not say which ton; it holds as "
                   f"{' or '.join(holds) or 'no kind of ton'} but not as "
                   f"{' or '.join(fails) or 'the others'}.")
