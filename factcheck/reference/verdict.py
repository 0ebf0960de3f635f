"""Verdicts: each claim held against the reference tables; contradictions become FC101."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from factcheck import figures
from factcheck.config import DEFAULT, Config
from factcheck.figures import amount
from factcheck.model import Claim, ClaimContext, Evidence, Verdict
from factcheck.reference.match import Hit, find_row
from factcheck.reference.schema import ReferenceTable, Row
from factcheck.tolerance import Decision, decide, rule_text
from factcheck.units import convert


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


def judge(ctx: ClaimContext, tables: Sequence[ReferenceTable], as_of: date,
          config: Config = DEFAULT, text: str | None = None) -> Verdict:
    """The verdict on one claim (a contradiction is reported as FC101 by the checks).

    text: the draft, whose sentence holding the claim gives more words to match metrics
    (find_row).
    """
    claim = ctx.claim
    result = find_row(ctx, tables, as_of, text)
    if not isinstance(result, Hit):
        return Verdict(claim, "unverifiable", None, f"Unverifiable: {result.reason}.")
    row, true, decision = _judge(claim, result, config)
    ev = evidence(result.table, row)
    rule = rule_text(decision.rule, config.approx_tolerance)
    unit = figures.unit_name(claim.unit)
    converted = "" if row.unit == claim.unit else f" = {_fmt(true, claim.unit)}"
    band = decision.band()
    note = f" ({result.note})" if result.note else ""
    if decision.holds:
        text = (f"Supported: {_stated(row)}{converted}, within the {band} {unit} that "
                f"'{claim.text}' allows (rule: {rule}){note}.".replace("  ", " "))
        return Verdict(claim, "supported", ev, text, (ev,))
    gap = true - claim.value
    share = f", {abs(gap) / abs(claim.value):.0%} off" if claim.value else ""
    message = (f"'{claim.text}' contradicts {row.source}: {row.entity} {row.metric} "
               f"{row.period} was {_fmt(row.value, row.unit)}{converted}, outside the "
               f"{band} {unit} the wording allows (rule: {rule}); the difference is "
               f"{_fmt(gap, claim.unit)}{share}{note}.").replace("  ", " ")
    return Verdict(claim, "contradicted", ev, f"Contradicted: {message}", (ev,))


def verify(claims: Iterable[Claim], contexts: Iterable[ClaimContext],
           tables: Iterable[ReferenceTable], as_of: date | None = None,
           config: Config = DEFAULT, text: str | None = None) -> list[Verdict]:
    """A verdict for every claim, in order (FC101 reports the contradicted ones).

    ``contexts`` are paired with ``claims`` by position when they line up, else by claim;
    a claim without a context has no subject, and so is unverifiable. Given the draft's
    ``text``, each claim's sentence is read for metric words as well as its cues (as
    check() does).
    """
    claim_list = list(claims)
    context_list = list(contexts)
    if [c.claim for c in context_list] == claim_list:
        paired = context_list
    else:
        by_claim = {ctx.claim: ctx for ctx in context_list}
        paired = [by_claim.get(claim, ClaimContext(claim)) for claim in claim_list]
    table_list = list(tables)
    day = as_of or date.today()
    return [judge(ctx, table_list, day, config, text) for ctx in paired]
