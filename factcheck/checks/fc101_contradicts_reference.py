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
    from factcheck.reference.per_time import PerTime

CODE = "FC101"
NAME = "contradicts-reference"
SEVERITY: Severity = "error"
EXAMPLES = [
    ("From August 27, 2025, the US tariff on goods from India totalled 60%.", True),
    ("From August 27, 2025, the US tariff on goods from India totalled 50%.", False),
]
PREFIX = "Contradicted: "


def finding(verdict: Verdict, per: PerTime | None = None) -> Finding | None:
    """The FC101 finding of a contradicted verdict (with its evidence and, for a level, a
    corrected figure at the claim's precision), else None. A verdict on several rows (a
    change, a span) suggests no figure: which end is wrong is not the table's to say. A
    count per day, hour, week or month was held as the yearly count it implies (per:
    reference.per_time), so its corrected figure is the row's per that time; a row in a
    unit the claim's figure does not convert to suggests nothing."""
    from pint.errors import PintError

    from factcheck.reference.per_time import PER_YEAR
    from factcheck.units import convert
    from factcheck.written_figures import suggestion

    if verdict.status != "contradicted" or verdict.evidence is None:
        return None
    claim, row = verdict.claim, verdict.evidence
    corrected = None
    if len(verdict.rows) <= 1:
        unit = per.claim.unit if per is not None else claim.unit
        try:
            true = convert(row.value, row.unit or "dimensionless", unit or "dimensionless")
        except PintError:
            true = None
        if true is not None:
            corrected = suggestion(claim, true / (PER_YEAR[per.time] if per else 1.0))
    return Finding(CODE, NAME, SEVERITY, verdict.explanation.removeprefix(PREFIX),
                   claim.start, claim.end, claim=claim, evidence=row, suggestion=corrected)


def check(doc: Document) -> Iterator[Finding]:
    """One finding per contradicted verdict of the reference stage (verdicts[i] is
    frames[i]'s claim's; the figure-less comparisons after them have no frame)."""
    from factcheck.reference.per_time import per_time

    frames = doc.frames
    for i, verdict in enumerate(doc.verdicts):
        per = None
        if verdict.status == "contradicted" and i < len(frames):
            following = frames[i + 1].claim.start if i + 1 < len(frames) else None
            per = per_time(frames[i], doc.text, following)
        if (found := finding(verdict, per)) is not None:
            yield found
