"""factcheck: checks the numbers in news drafts before they are published."""

from factcheck.errors import FactcheckError, InputError, ReferenceDataError
from factcheck.extract import extract
from factcheck.model import Claim, ClaimContext, Evidence, Finding, Report, Verdict
from factcheck.pipeline import check
from factcheck.reference import load_reference

__all__ = [
    "Claim",
    "ClaimContext",
    "Evidence",
    "FactcheckError",
    "Finding",
    "InputError",
    "ReferenceDataError",
    "Report",
    "Verdict",
    "check",
    "extract",
    "load_reference",
]
__version__ = "0.1.0"
