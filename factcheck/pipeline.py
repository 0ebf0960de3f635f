"""check(): the named stages in order, nothing else."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from factcheck.checks import Document, run_checks
from factcheck.config import DEFAULT, Config
from factcheck.context import contexts
from factcheck.errors import InputError, InputTypeError
from factcheck.extract import extract
from factcheck.model import ClaimContext, Finding, Report, Verdict


def parse_as_of(as_of: date | str | None) -> date:
    """The draft's date: a date, an ISO string, or None for today."""
    if as_of is None:
        return date.today()
    if isinstance(as_of, datetime):
        return as_of.date()
    if isinstance(as_of, date):
        return as_of
    if isinstance(as_of, str):
        try:
            return date.fromisoformat(as_of.strip())
        except ValueError:
            pass
    raise InputError(f"as_of {as_of!r} is not a date or an ISO date string (YYYY-MM-DD)")


def reference_verdicts(
    doc: Document, references: Iterable[Any] | None, bundled: bool
) -> tuple[tuple[Verdict, ...], list[Finding]]:
    """Stage 4, reference matching (FC101; the matching itself lives in factcheck.reference).

    The tables are the bundled ones unless bundled=False, plus `references` (paths,
    DataFrames or loaded tables); a table that cannot be loaded raises
    ReferenceDataError. No tables: no verdicts.
    """
    from factcheck.reference import bundled_tables, load_reference, verify

    tables = (*(bundled_tables() if bundled else ()),
              *(load_reference(source) for source in references or ()))
    if not tables or not doc.claims:
        return (), []
    verdicts, findings = verify(doc.claims, doc.contexts, tables, doc.as_of, doc.config,
                                text=doc.text)
    return tuple(verdicts), findings


def check(
    text: str,
    references: Iterable[Any] | None = None,
    as_of: date | str | None = None,
    bundled: bool = True,
    config: Config | None = None,
    path: str = "<string>",
) -> Report:
    """Extract the claims of text, run the checks, and hold claims against reference tables."""
    if not isinstance(text, str):
        raise InputTypeError(f"check() takes the draft as str, not {type(text).__name__}")
    config = config or DEFAULT
    if len(text) > config.max_bytes:
        raise InputError(f"{path}: {len(text):,} characters is over the limit of "
                         f"{config.max_size_mb:g} MB (max-size-mb)")
    day = parse_as_of(as_of if as_of is not None else config.as_of)
    claims = tuple(extract(text))
    ctxs: tuple[ClaimContext, ...] = contexts(text, claims, day)
    doc = Document(text=text, claims=claims, contexts=ctxs, as_of=day, config=config)
    findings = run_checks(doc)
    verdicts, reference_findings = reference_verdicts(doc, references, bundled)  # FC1xx
    findings += reference_findings
    wanted = sorted((f for f in findings if config.wants(f.code)), key=lambda f: (f.start, f.code))
    return Report(text=text, claims=claims, findings=tuple(wanted), verdicts=verdicts,
                  as_of=day, path=path)
