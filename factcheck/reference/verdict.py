"""Verdicts: one claim, read through its frame, held against the reference tables
(judge); contradictions become FC101. The draft-level entry, which reads each claim's
sentence first, is reference.draft_verdicts.verify."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from factcheck import figures
from factcheck.config import DEFAULT, Config
from factcheck.figures import amount
from factcheck.model import Claim, Evidence, Frame, Verdict
from factcheck.reference.ambiguous import abbreviation, judge_readings
from factcheck.reference.change import measure_change, read_points
from factcheck.reference.growth import signed
from factcheck.reference.match import Hit, find_row
from factcheck.reference.per_base import BASES, rebased
from factcheck.reference.schema import ReferenceTable, Row
from factcheck.reference.span import (
    every_row,
    mean_of,
    most_rows,
    total_or_average,
    typical,
)
from factcheck.reference.unit_readings import judge_each_reading, several_readings
from factcheck.tolerance import Decision, decide, rule_text
from factcheck.units import convert, is_currency


def evidence(table: ReferenceTable, row: Row) -> Evidence:
    """The Evidence of a row; its ``row`` is the line number in the table's file (the
    header is line 1; a DataFrame's first row is line 2), so an editor can open it."""
    return Evidence(table=table.name, row=row.line, entity=row.entity, metric=row.metric,
                    period=row.period, value=row.value, unit=row.unit, source=row.source,
                    url=row.url or None, retrieved=row.retrieved or None)


def _fmt(value: float, unit: str) -> str:
    return amount(value, unit, None)


def _stated(row: Row) -> str:
    return (f"{row.entity} {row.metric} {row.period} is {_fmt(row.value, row.unit)} "
            f"({row.source})")


FAR = 100.0  # a plain count this many times off its row is about something else
FAR_UNIT = 10_000.0  # a figure in a unit this many times off its row: a level per head


def _implausible(claim: Claim, hit: Hit) -> str | None:
    """Why the matched series is likely not what a plain count measures: the count is more
    than FAR times away from the series' level ("lose 1,600 people a day" is no change of
    a population of 311 million; "one officer for every 242 citizens" is no population).
    A count matched on its noun alone can land on the wrong series; so far off, the
    mismatch is likelier than the error, and the checker does not guess. A figure in a
    unit (not a percent) may be a thousand times off when a draft slips a scale ("$3.9
    billion" for trillion), which is an error to report; FAR_UNIT times off, it is a
    figure per head held against a total ("the average Dane emitted 5 tonnes")."""
    if claim.multiplier or not claim.value or hit.kind == "total" or claim.unit in (
            "percent", "percentage_point"):
        return None
    far = FAR_UNIT if claim.unit else FAR
    level = convert(hit.first_row.value, hit.first_row.unit or "dimensionless",
                    claim.unit or "dimensionless") if claim.unit else hit.first_row.value
    ratio = abs(level / claim.value) if level else 0.0
    if ratio > far or (ratio and ratio < 1 / far):
        return (f"the figure is {figures.fmt(ratio if ratio > 1 else 1 / ratio, 0)} times "
                f"{'smaller' if ratio > 1 else 'larger'} than the matched series' level "
                f"({hit.first_row.metric}), which likely measures "
                "something else")
    return None


def _judge(claim: Claim, hit: Hit, config: Config) -> tuple[Row, float, Decision]:
    """The deciding row: the first that contradicts the claim, else the last one."""
    chosen: tuple[Row, float, Decision] | None = None
    for index in hit.rows:
        row = hit.table.records[index]
        true = convert(row.value, row.unit or "dimensionless", claim.unit or "dimensionless")
        decision = decide(claim, true, config.approx_tolerance)
        chosen = (row, true, decision)
        if not decision.holds:
            break
    assert chosen is not None
    return chosen


def judge(frame: Frame, tables: Sequence[ReferenceTable], as_of: date,
          config: Config = DEFAULT, span: str | None = None, text: str | None = None
          ) -> Verdict:
    """The verdict on one claim, read through its frame (a contradiction is reported as
    FC101 by the checks). span: how the sentence reads a span ("mean", "most":
    reference.span.reading), else the series decides. text: the draft, where a figure's
    unit may follow it; a unit abbreviation that names two amounts ("32.3 MT") is read
    both ways and decided by the table's scale (reference.ambiguous); a bare unit word that
    names several amounts ("tons", "gallons") is read in each, decided only when all agree
    (reference.unit_readings)."""
    word = abbreviation(frame.claim, text)
    if word is None and several_readings(frame):  # "21.5 million tons", "11 gallons"
        return judge_each_reading(
            frame, lambda read: _judge_frame(read, tables, as_of, config, span))
    if word is None:
        return _judge_frame(frame, tables, as_of, config, span)
    return judge_readings(frame, word,
                          lambda read: _judge_frame(read, tables, as_of, config, span))


def _judge_frame(frame: Frame, tables: Sequence[ReferenceTable], as_of: date,
                 config: Config, span: str | None) -> Verdict:
    """judge() on a claim read one way."""
    claim = frame.claim
    result = find_row(frame, tables, as_of)
    if not isinstance(result, Hit):
        for base in BASES:  # a rate per other people's base: restated per the series'
            restated = rebased(frame, base)
            if restated is not None and isinstance(find_row(restated, tables, as_of), Hit):
                return _restated(frame, restated, tables, as_of, config, span)
        return Verdict(claim, "unverifiable", None, f"Unverifiable: {result.reason}.")
    if result.others:
        return _agreed(claim, [result, *result.others], config, span)
    return _judge_hit(claim, result, config, span)


def _restated(frame: Frame, restated: Frame, tables: Sequence[ReferenceTable], as_of: date,
              config: Config, span: str | None) -> Verdict:
    """The verdict on a rate restated per the series' base (per_base.rebased), on the
    claim as written, saying how it was restated."""
    verdict = _judge_frame(restated, tables, as_of, config, span)
    note = f"'{frame.claim.text}' is {figures.fmt(restated.claim.value, 3)} {restated.measure}"
    said = verdict.explanation.removesuffix(".") + f" ({note})."
    return replace(verdict, claim=frame.claim, explanation=said)


def _agreed(claim: Claim, hits: list[Hit], config: Config, span: str | None) -> Verdict:
    """Series that fit the claim equally well with different values (two publishers of one
    indicator): the verdict when every one gives the same, else unverifiable."""
    verdicts = [_judge_hit(claim, hit, config, span) for hit in hits]
    labels = " and ".join(_label(hit) for hit in hits[:3])
    if len({v.status for v in verdicts}) > 1:
        return Verdict(claim, "unverifiable", None,
                       f"Unverifiable: series match equally well and disagree: {labels}.")
    first = verdicts[0]
    rows = tuple(ev for v in verdicts for ev in v.rows)
    said = first.explanation.removesuffix(".") + f"; every series that fits agrees ({labels})."
    return replace(first, explanation=said, rows=rows or first.rows)


def _label(hit: Hit) -> str:
    row = hit.first_row
    return f"{hit.table.name}: {row.metric}"


def _judge_hit(claim: Claim, result: Hit, config: Config, span: str | None) -> Verdict:
    """The verdict of one Hit: a level, a change or a span."""
    implausible = _implausible(claim, result)
    if implausible:
        return Verdict(claim, "unverifiable", None, f"Unverifiable: {implausible}.")
    if result.kind == "change":
        return _judge_change(claim, result, config)
    if result.kind == "growth":  # a series of changes holds the change as its level
        level = _judge_hit(signed(claim), replace(result, kind="level"), config, span)
        return replace(level, claim=claim)
    if result.kind in SPANS:
        return _judge_span(claim, replace(result, kind=span or result.kind), config)
    row, true, decision = _judge(claim, result, config)
    ev = evidence(result.table, row)
    rule = rule_text(decision.rule, config.approx_tolerance)
    converted = "" if row.unit == claim.unit else f" = {_fmt(true, claim.unit)}"
    band, unit = _band(decision, claim.unit)
    note = f" ({result.note})" if result.note else ""
    if decision.holds:
        text = (f"Supported: {_stated(row)}{converted}, within the {band} {unit} that "
                f"'{claim.text}' allows (rule: {rule}){note}.".replace("  ", " "))
        return Verdict(claim, "supported", ev, text, (ev,))
    gap = true - claim.value
    share = f", {abs(gap) / abs(claim.value):.0%} off the draft's figure" if claim.value else ""
    shown = (f"{figures.fmt(gap, 2)} percentage points" if claim.unit == "percent"
             else _fmt(gap, claim.unit))  # two percents differ by points, not by a percent
    message = (f"'{claim.text}' contradicts {row.source}: {row.entity} {row.metric} "
               f"{row.period} was {_fmt(row.value, row.unit)}{converted}, outside the "
               f"{band} {unit} the wording allows (rule: {rule}); the difference is "
               f"{shown}{share}{note}.").replace("  ", " ")
    return Verdict(claim, "contradicted", ev, f"Contradicted: {message}", (ev,))


def _band(decision: Decision, unit: str) -> tuple[str, str]:
    """The band in words and the unit word after it: money is written as money ("$95
    billion to $105 billion", not "95,000,000,000 to 105,000,000,000 USD")."""
    if is_currency(unit):
        return decision.band(figures.band_writer(unit)), ""
    return decision.band(), figures.unit_name(unit)


SPANS = {"every": every_row, "typical": typical, "total": total_or_average, "mean": mean_of,
         "most": most_rows}


def _judge_span(claim: Claim, hit: Hit, config: Config) -> Verdict:
    """A level claimed over a span, held against every row inside it (reference.span)."""
    rows = [hit.table.records[i] for i in hit.rows]
    found = SPANS[hit.kind](claim, rows, config.approx_tolerance)
    evidence_rows = tuple(evidence(hit.table, row) for row in rows)
    what = f"{rows[0].entity} {rows[0].metric} ({rows[0].source})"
    if found.status == "unsure":
        return Verdict(claim, "unverifiable", None,
                       f"Unverifiable: the rows disagree: {what}: {found.arithmetic} "
                       f"(rule: {found.rule}).", evidence_rows)
    if found.status == "supported":
        text = f"Supported: {what}: {found.arithmetic}; '{claim.text}' holds (rule: {found.rule})."
        return Verdict(claim, "supported", evidence_rows[0], text, evidence_rows)
    message = (f"'{claim.text}' contradicts {what}: {found.arithmetic} (rule: {found.rule}).")
    return Verdict(claim, "contradicted", evidence_rows[0], f"Contradicted: {message}",
                   evidence_rows)


def _judge_change(claim: Claim, hit: Hit, config: Config) -> Verdict:
    """A change held against the rows at its two ends (reference.change)."""
    start, end = (hit.table.records[i] for i in hit.rows)
    found = measure_change(read_points(claim), start, end, config.approx_tolerance)
    rows = (evidence(hit.table, start), evidence(hit.table, end))
    rule = rule_text(found.decision.rule, config.approx_tolerance)
    what = f"{start.entity} {start.metric} ({start.source})"
    said = "the factor" if claim.multiplier else "the change"
    band = found.decision.band(figures.band_writer(claim.unit))  # money as money
    if found.unsure:
        return Verdict(claim, "unverifiable", None,
                       f"Unverifiable: {what}: {found.arithmetic}; {found.unsure}.", rows)
    if found.decision.holds:
        text = (f"Supported: {what}: {found.arithmetic}, within the {band} "
                f"that '{claim.text}' allows for {said} (rule: {rule}).")
        return Verdict(claim, "supported", rows[0], text, rows)
    message = (f"'{claim.text}' contradicts {what}: {found.arithmetic}, outside the "
               f"{band} the wording allows for {said} (rule: {rule}).")
    return Verdict(claim, "contradicted", rows[0], f"Contradicted: {message}", rows)
