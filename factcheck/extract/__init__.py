"""Claim extraction: numbers, scale words, units, qualifiers, changes -> Claim."""

from __future__ import annotations

from factcheck.errors import InputTypeError
from factcheck.model import Claim


def extract(text: str) -> list[Claim]:
    """Every quantitative claim in text, in order of position, each with its precision.

    Raises InputTypeError when text is not a str.
    """
    if not isinstance(text, str):
        raise InputTypeError(f"extract() takes str, not {type(text).__name__}")
    from factcheck.extract.claims import find_claims
    from factcheck.extract.precision import with_precision

    return [with_precision(claim) for claim in find_claims(text)]
