"""FC101 contradicts-reference: a claim disagrees with a matching reference row.

What it does:
    Reports each claim whose verdict is "contradicted": a row of a reference table (the
    bundled ones and the newsroom's own) matches the claim's entity, metric, unit
    dimension and period, and the row's value lies outside what the claim's wording
    allows. The tolerance is the claim's own precision (DESIGN.md, "Tolerance"): half a
    unit of its last stated digit, capped at 5% of the figure ("166,000" is ±500), 10% more
    for "about", one side only for "over"/"under", inside the range for ranges. The
    verdicts themselves are made by the reference stage (factcheck.reference.verdict).

Why it matters:
    A figure that disagrees with the source a reader can look up is the error that costs a
    newsroom a correction. The finding names the table, row, period and source that
    decided, and says which tolerance rule applied, so an editor can judge it in seconds.

Example:
    "From August 27, 2025, the US tariff on goods from India totalled 60%." against the
    bundled table of executive orders (25% reciprocal plus 25% additional: 50%) is FC101;
    "50%" is supported. Town populations from the gazetteer never contradict (they carry
    no date); a claim about a period the table lacks is unverifiable, never contradicted.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from factcheck.model import Finding, Severity, Verdict

if TYPE_CHECKING:
    from factcheck.checks import Document

CODE = "FC101"
NAME = "contradicts-reference"
SEVERITY: Severity = "error"
EXAMPLES = [
    ("From August 27, 2025, the US tariff on goods from India totalled 60%.", True),
    ("From August 27, 2025, the US tariff on goods from India totalled 50%.", False),
]
PREFIX = "Contradicted: "


def finding(verdict: Verdict) -> Finding | None:
    """The FC101 finding of a contradicted verdict (with its evidence and, for a level, a
    corrected figure at the claim's precision), else None. A verdict on several rows (a
    change, a span) suggests no figure: which end is wrong is not the table's to say."""
    from factcheck.figures import suggestion
    from factcheck.units import convert

    if verdict.status != "contradicted" or verdict.evidence is None:
        return None
    claim, row = verdict.claim, verdict.evidence
    corrected = None
    if len(verdict.rows) <= 1:
        true = convert(row.value, row.unit or "dimensionless", claim.unit or "dimensionless")
        corrected = suggestion(claim, true)
    return Finding(CODE, NAME, SEVERITY, verdict.explanation.removeprefix(PREFIX),
                   claim.start, claim.end, claim=claim, evidence=row, suggestion=corrected)


def check(doc: Document) -> Iterator[Finding]:
    """One finding per contradicted verdict of the reference stage."""
    for verdict in doc.verdicts:
        if (found := finding(verdict)) is not None:
            yield found
