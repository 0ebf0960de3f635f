"""FC303 ambiguous-unit: "tons" without saying metric, short or long.

What it does:
    Flags a weight in "ton" or "tons" with no word that says which ton before it
    ("metric", "short", "long", "US", "imperial": the kinds column of
    units/readings.tsv, the one list the reference verdicts read too). ("Tonnes" is
    metric and passes.) The extractor reads a bare "ton" as a short ton,
    the US usage; this check tells the editor that readers may not.

Why it matters:
    A metric ton is 2,205 pounds, a short ton 2,000 and a long ton 2,240: a 10% spread
    that decides whether a figure agrees with its source, and a reader outside the
    US will assume the metric ton.

Example:
    "The mine produced 3,000 tons of ore" -> say "metric tons" or "short tons" (info).
"""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.checks import Document
from factcheck.checks import _figures as fig
from factcheck.model import Finding, Severity
from factcheck.units.readings import readings

CODE = "FC303"
NAME = "ambiguous-unit"
SEVERITY: Severity = "info"
EXAMPLES = (
    ("The mine produced 3,000 tons of ore last year.", True),
    ("The mine produced 3,000 metric tons of ore last year.", False),
    ("The mine produced 3,000 tonnes of ore last year.", False),
    ("The barge carried 1,200 US tons of grain.", False),
)
ID = fig.CheckId(CODE, NAME, SEVERITY)


def check(doc: Document) -> Iterator[Finding]:
    for claim in doc.claims:
        if claim.unit != "short_ton" or not readings(claim):  # "3,000 tons", no kind said
            continue
        message = (
            f"\"{claim.text}\" does not say which ton: a metric ton is 1,000 kg "
            f"(2,205 lb), a short ton 2,000 lb and a long ton 2,240 lb."
        )
        yield fig.finding(ID, claim, message, None)
