"""What the checks share: the Finding of a check module at a claim.

Precision and intervals come from factcheck.tolerance (one rule for FC2xx and FC101);
figures in messages and suggestions are written by factcheck.figures.
"""

from __future__ import annotations

from typing import NamedTuple

from factcheck.model import Claim, Finding, Severity


class CheckId(NamedTuple):
    """What a finding says of the check that raised it: code, name, severity."""

    code: str
    name: str
    severity: Severity


def finding(check: CheckId, claim: Claim, message: str, suggestion: str | None = None
            ) -> Finding:
    """A Finding of the check's code, name and severity, at the claim."""
    return Finding(
        code=check.code, name=check.name, severity=check.severity, message=message,
        start=claim.start, end=claim.end, claim=claim, suggestion=suggestion,
    )
