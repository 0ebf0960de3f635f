"""check(): the named stages in order, nothing else.

One front door: a string (``check``) and a read source file (``check_source``) go through
the same stages, in this order, each a plain function over frozen records:

    read         a draft file's text and offset map; one that cannot be read is FC001
                 (check_path only: a string has been read)
    limit        refuse a draft over the size limit (InputError)
    extract      the claims (factcheck.extract)
    frames       each claim's subject, measure, role, period and relations, from a parse of
                 its sentence (factcheck.frames); the checks' contexts derived from them
    references   verdicts against the tables, read through the frames (factcheck.reference)
    checks       every selected check module, FC101 included (factcheck.checks)
    suppressions findings a source file's comments silence, and FC002 for comments that
                 are malformed or silence nothing (factcheck.text.suppress)
    selection    findings select/ignore keep, sorted by position (the one place)
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from os import PathLike
from pathlib import Path
from typing import Any

from factcheck.checks import Document, run_checks
from factcheck.config import DEFAULT, Config
from factcheck.errors import InputError, InputTypeError
from factcheck.extract import extract
from factcheck.model import SEVERITY_RANK, Claim, ClaimContext, Finding, Frame, Report, Verdict
from factcheck.text.source import SourceText, plain_source
from factcheck.text.suppress import apply_suppressions


@dataclass(frozen=True)
class Checked:
    """A draft's source text (with its offset map) and the Report on its plain text."""

    source: SourceText
    report: Report
    config: Config = DEFAULT
    unreadable: str | None = None
    """Why the draft could not be read (its FC001 finding's reason), else None."""

    @property
    def path(self) -> str:
        return self.source.path

    def span(self, start: int, end: int) -> tuple[int, int, int, int]:
        """Start line, start column, end line, end column in the original file (1-based)."""
        line, col = self.source.line_col(start)
        last = self.source.to_original(max(end - 1, start))
        end_line, end_col = self.source.original_line_col(last)
        return line, col, end_line, end_col + (1 if end > start else 0)

    def failing(self, fail_on: str | None = None) -> list[Finding]:
        """Findings at or above the fail-on severity."""
        floor = SEVERITY_RANK[fail_on or self.config.fail_on]
        return [f for f in self.report.findings if SEVERITY_RANK[f.severity] >= floor]


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


def _limit(text: str, config: Config, path: str) -> None:
    """Stage 0: refuse a draft over the size limit before any work is done."""
    if len(text) > config.max_bytes:
        raise InputError(f"{path}: {len(text):,} characters is over the limit of "
                         f"{config.max_size_mb:g} MB (max-size-mb)")


def _tables(references: Iterable[Any] | None, config: Config, bundled: bool) -> tuple[Any, ...]:
    """The tables a run holds claims against: bundled (unless bundled=False), then the
    configuration's, then the caller's (paths of files or folders, DataFrames or loaded
    tables)."""
    from factcheck.reference import bundled_tables
    from factcheck.reference.load import load_references, load_table
    from factcheck.reference.schema import ReferenceTables

    if _one_source(references):  # one path, DataFrame or table, not a list of them
        references = (references,)
    sources = (*config.references, *(references if references is not None else ()))
    return (*(bundled_tables() if bundled else ()),
            *(table for source in sources  # a path may be a folder of tables, and so
              for table in (load_references(Path(source)) if isinstance(source, str | PathLike)
                            else source if isinstance(source, ReferenceTables)  # may what
                            else [load_table(source)])))  # load_reference read from one


def _one_source(references: Any) -> bool:
    """Whether references is one source given alone: a path, a pandas DataFrame or a
    table from load_reference (none of which is to be iterated as a list of sources)."""
    if references is None:
        return False
    import pandas as pd  # loaded with the tables anyway

    from factcheck.reference import ReferenceTable

    return isinstance(references, str | PathLike | ReferenceTable | pd.DataFrame)


def _verdicts(doc: Document, tables: Sequence[Any]) -> tuple[Verdict, ...]:
    """Stage 3: every claim held against the tables (no tables, no verdicts)."""
    if not tables:
        return ()
    from factcheck.reference import verify

    return tuple(verify(doc.frames, tables, doc.as_of, doc.config, text=doc.text))


def _frames(text: str, claims: tuple[Claim, ...], day: date, config: Config
            ) -> tuple[tuple[Frame, ...], tuple[ClaimContext, ...]]:
    """Stage 2: the frames of the claims (spaCy is imported only when there are claims)."""
    if not claims:
        return (), ()
    from factcheck.frames import stage

    return stage(text, claims, day, config.spacy_model)


def _stages(text: str, tables: Sequence[Any], day: date, config: Config, path: str) -> Report:
    """Stages 1-4 on a plain text: extract, frames, references, checks."""
    claims = tuple(extract(text))
    frames, ctxs = _frames(text, claims, day, config)
    doc = Document(text=text, claims=claims, contexts=ctxs, as_of=day, config=config,
                   frames=frames)
    doc = replace(doc, verdicts=_verdicts(doc, tables))
    return Report(text=text, claims=claims, findings=tuple(run_checks(doc)),
                  verdicts=doc.verdicts, as_of=day, path=path, frames=frames)


def _run(text: str, tables: Sequence[Any], as_of: date | str | None, config: Config,
         path: str, source: SourceText | None) -> Report:
    _limit(text, config, path)
    day = parse_as_of(as_of if as_of is not None else config.as_of)
    report = _stages(text, tables, day, config, path)
    if source is not None:
        report = apply_suppressions(report, source, config.wants)
    return _selected(report, config)


def _selected(report: Report, config: Config) -> Report:
    """The findings the configuration selects and does not ignore, in order of position:
    the one place where select/ignore apply and findings are sorted."""
    wanted = sorted((f for f in report.findings if config.wants(f.code)),
                    key=lambda f: (f.start, f.code))
    return replace(report, findings=tuple(wanted))


def check(
    text: str,
    references: Iterable[Any] | None = None,
    as_of: date | str | None = None,
    bundled: bool = True,
    config: Config | None = None,
    path: str = "<string>",
) -> Report:
    """Extract the claims of text, run the checks, and hold claims against reference tables.

    references: CSV paths (or folders), DataFrames or tables from load_reference, one or a
    list of them, added to the bundled tables (unless bundled=False) and the
    configuration's. as_of: the draft's date (a date or YYYY-MM-DD; default the
    configuration's, else today). Raises InputTypeError for a
    text that is not str, InputError for one over the size limit or a bad as_of, and
    ReferenceDataError for a table that cannot be loaded.
    """
    if not isinstance(text, str):
        raise InputTypeError(f"check() takes the draft as str, not {type(text).__name__}")
    if config is not None and not isinstance(config, Config):
        raise InputTypeError(f"check() takes config as a factcheck.Config (read one with "
                             f"factcheck.load_config), not {type(config).__name__}")
    config = config or DEFAULT
    return _run(text, _tables(references, config, bundled), as_of, config, path, None)


def check_source(
    source: SourceText,
    config: Config = DEFAULT,
    references: Sequence[Any] = (),
    bundled: bool = True,
    tables: Sequence[Any] | None = None,
    as_of: date | str | None = None,
) -> Checked:
    """Check a read draft: the same stages as check(), then its suppression comments.

    tables: tables already loaded (the command line loads them once per run); otherwise
    they are resolved from bundled, the configuration and references. The draft's date
    is as_of when given (the command line's --as-of), else the draft's own (a Markdown
    front matter's `date:`), else the configuration's, else today.
    """
    resolved = tables if tables is not None else _tables(references, config, bundled)
    day = as_of if as_of is not None else source.date or config.as_of
    report = _run(source.text, resolved, day, config, source.path, source)
    return Checked(source, report, config)


def check_path(path: str, config: Config = DEFAULT, references: Sequence[Any] = (),
               bundled: bool = True, tables: Sequence[Any] | None = None,
               as_of: date | str | None = None) -> Checked:
    """Read a draft file and check it; one that cannot be read gives FC001 (not an error).

    The file is read as its extension says (.md, .html, .docx, else plain text) and
    refused when larger than config.max_size_mb.
    """
    from factcheck.text import read_path

    return check_read(path, lambda: read_path(path, limit=config.max_bytes), config,
                      references, bundled, tables, as_of)


def check_read(name: str, read: Callable[[], SourceText], config: Config = DEFAULT,
               references: Sequence[Any] = (), bundled: bool = True,
               tables: Sequence[Any] | None = None, as_of: date | str | None = None
               ) -> Checked:
    """The read stage, then check_source(): an InputError from read() (a draft that is
    missing, not UTF-8, binary, too large...) becomes the draft's one finding, FC001."""
    from factcheck.checks.fc001_unreadable_draft import unreadable

    try:
        source = read()
    except InputError as exc:
        report = Report(text="", claims=(), findings=(unreadable(name, str(exc)),),
                        path=name)
        return Checked(plain_source(name, ""), _selected(report, config), config, str(exc))
    return check_source(source, config, references, bundled, tables, as_of)


def warm_up(bundled: bool = True, parser: bool = False) -> None:
    """Load once what every draft needs: the unit registry, the word lists, the check
    modules, with bundled=True the bundled tables, and with parser=True the spaCy
    pipeline (for many documents: forked workers then share it; one draft loads it only
    if it holds a claim). The word lists are loaded by running the stages over WARM_UP, a
    sentence that reaches each of them."""
    from factcheck.checks import modules
    from factcheck.reference import bundled_tables
    from factcheck.units import registry

    registry()
    modules()
    tables = bundled_tables() if bundled else ()
    day = date(2025, 8, 27)
    if parser:
        _run(WARM_UP, tables, day, DEFAULT, "<warm-up>", None)
        return
    claims = tuple(extract(WARM_UP))  # the stages but the parse: empty frames
    doc = Document(text=WARM_UP, claims=claims, contexts=tuple(map(ClaimContext, claims)),
                   as_of=day, config=DEFAULT, frames=tuple(map(Frame, claims)))
    run_checks(replace(doc, verdicts=_verdicts(doc, tables)))


WARM_UP = "Myanmar's population rose 5% to 54 million, 20 km (12 miles) from the border."
