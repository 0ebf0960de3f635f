"""Placeholder: replaced by the real extractor."""

from __future__ import annotations

from factcheck.model import Claim


def find_claims(text: str) -> list[Claim]:
    return []
