"""What the checks share: the Finding of a check module at a claim.

Precision and intervals come from factcheck.tolerance (one rule for FC2xx and FC101);
figures in messages and suggestions are written by factcheck.figures.
"""

from __future__ import annotations

from types import ModuleType

from factcheck.model import Claim, Finding


def finding(check: ModuleType, claim: Claim, message: str, suggestion: str | None = None
            ) -> Finding:
    """A Finding of the check module's code, name and severity, at the claim."""
    return Finding(
        code=check.CODE, name=check.NAME, severity=check.SEVERITY, message=message,
        start=claim.start, end=claim.end, claim=claim, suggestion=suggestion,
    )
