"""Many documents at once: JSONL records {"id", "text"} or a folder of drafts.

Results are JSONL, one line per document, in input order whatever the workers: the
document's entry of the JSON document (path, claims, verdicts, findings) plus its "id", or
{"id", "error"} when that one document could not be checked. A record's "date"
(YYYY-MM-DD) is its as-of date. A folder is walked as `factcheck check` walks one
(factcheck.text.walk). Nothing here prints; the caller passes a progress callback.
"""

from __future__ import annotations

import contextlib
import json
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from itertools import chain
from pathlib import Path
from typing import Any

from factcheck.config import DEFAULT, Config
from factcheck.errors import FactcheckError, InputError

CHUNK = 32
DRAFT_SUFFIXES = (".md", ".markdown", ".txt", ".html", ".htm", ".docx")


@dataclass(frozen=True)
class Options:
    """How every document of a batch is checked."""

    config: Config = DEFAULT
    references: tuple[Any, ...] = ()  # paths, or tables from load_reference (loaded once)
    bundled: bool = True
    as_of: str | None = None  # the command line's --as-of: over every document's own date


DEFAULT_OPTIONS = Options()


@dataclass(frozen=True)
class Job:
    """One document: its id and either its text (a record) or a file to read."""

    id: Any
    text: str | None = None
    path: str | None = None
    error: str | None = None
    as_of: str | None = None


@dataclass
class Summary:
    """Counts of one batch run: documents read, skipped (their id already in the output),
    checked (a report line written), errors (an "error" line written instead) and
    errors_before (skipped on --resume, their earlier line an "error" one: the output
    still holds a document that could not be checked)."""

    total: int = 0
    skipped: int = 0
    checked: int = 0
    errors: int = 0
    errors_before: int = 0  # skipped documents whose earlier record is an "error" line


def check_job(job: Job, options: Options) -> dict[str, Any]:
    """The output record for one document; problems become an "error" record."""
    from factcheck.pipeline import check_source
    from factcheck.report.jsondoc import file_entry
    from factcheck.text import plain_source, read_path, too_big

    if job.error:
        return {"id": job.id, "error": job.error}
    limit = options.config.max_bytes
    try:
        if job.text is not None and len(job.text) > limit:
            raise too_big(f"record {job.id}", limit)
        source = (read_path(job.path, limit=limit) if job.path is not None
                  else plain_source(str(job.id), job.text or ""))
        checked = check_source(source, options.config, options.references, options.bundled,
                               as_of=options.as_of or job.as_of)
        return {"id": job.id, **file_entry(checked)}
    except FactcheckError as exc:
        return {"id": job.id, "error": f"{type(exc).__name__}: {exc}"}
    except Exception as exc:
        return {"id": job.id, "error": f"internal error: {type(exc).__name__}: {exc}"}


Line = tuple[str, bool]


def check_chunk(jobs: list[Job], options: Options) -> list[Line]:
    """Output lines, each with whether it is an error, for a chunk (runs in a worker).

    The chunk's records are parsed together first (frames.prefetch: the parser costs
    much more per call than per sentence), then checked one by one."""
    from factcheck import frames

    limit = options.config.max_bytes
    with contextlib.suppress(Exception):  # each record then meets and reports its error
        frames.prefetch([job.text for job in jobs if job.text is not None and not job.error
                         and len(job.text) <= limit], options.config.spacy_model)
    try:
        records = [check_job(job, options) for job in jobs]
    finally:
        frames.forget()
    from factcheck.report.jsondoc import dumps

    return [(dumps(r), "error" in r) for r in records]


def _record_job(number: int, line: str) -> Job:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        return Job(f"line {number}", error=f"InputError: line {number}: not JSON ({exc.msg})")
    if not isinstance(record, dict) or "id" not in record:
        return Job(f"line {number}", error=f"InputError: line {number}: record has no \"id\"")
    return record_job(record, f"line {number}")


def record_job(record: dict[str, Any], where: str, id_key: str = "id",
               text_key: str = "text", date_key: str = "date") -> Job:
    """The Job of one {"id", "text", "date"} record (from a JSONL line or a dask Bag): its
    text, and its "date" as the document's as_of (YYYY-MM-DD, or an ISO timestamp that
    starts with one); an error Job naming where the record is when either is wrong."""
    ident = record.get(id_key)
    text = record.get(text_key)
    if not isinstance(text, str):
        return Job(ident, error=f"InputError: {where}: \"{text_key}\" is not a string")
    day = record.get(date_key)
    if day is not None and not _is_date(day):
        return Job(ident, error=f"InputError: {where}: \"{date_key}\" {day!r} is not "
                   "a date (YYYY-MM-DD)")
    return Job(ident, text=text, as_of=day[:10] if day else None)


def _is_date(value: Any) -> bool:
    """A record's "date": YYYY-MM-DD, or an ISO timestamp that starts with one."""
    from datetime import date

    try:
        return isinstance(value, str) and bool(date.fromisoformat(value[:10]))
    except ValueError:
        return False


def read_jobs(source: Path, config: Config = DEFAULT) -> Iterator[Job]:
    """The documents of a JSONL file or a folder, in order; a folder is walked with the
    configuration's exclude patterns. A record whose id an earlier line gave is reported
    as an error record, unchecked."""
    if source.is_dir():
        from factcheck.text.walk import Walker

        root = Path(config.root) if config.root else None
        for path in Walker(DRAFT_SUFFIXES, config.exclude, root).drafts(source):
            yield Job(path.relative_to(source).as_posix(), path=str(path))
        return
    seen: dict[str, int] = {}  # id -> the line it was first given on
    try:
        with open(source, encoding="utf-8-sig") as handle:
            for number, line in enumerate(handle, 1):
                if line.strip():
                    job = _record_job(number, line)
                    key = json.dumps(job.id)
                    if key in seen and not job.error:  # --resume could not tell them apart
                        job = Job(job.id, error=f"InputError: line {number}: \"id\" "
                                  f"{job.id!r} repeats line {seen[key]}'s")
                    seen.setdefault(key, number)
                    yield job
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{source}: cannot read the batch input: {exc}") from None


def done_ids(output: Path) -> dict[str, bool]:
    """Ids already in an output file (as JSON text), each with whether its record is an
    "error" line; drops a torn last line."""
    if not output.exists():
        return {}
    data = output.read_text(encoding="utf-8")
    if data and not data.endswith("\n"):
        data = data[: data.rfind("\n") + 1]
        output.write_text(data, encoding="utf-8")
    ids: dict[str, bool] = {}
    for line in data.splitlines():
        try:
            record = json.loads(line)
            ids[json.dumps(record["id"])] = "error" in record
        except (json.JSONDecodeError, KeyError, TypeError):
            continue
    return ids


def _chunks(jobs: Iterator[Job], skip: dict[str, bool], summary: Summary,
            progress: Callable[[int], None] | None) -> Iterator[list[Job]]:
    chunk: list[Job] = []
    for job in jobs:
        summary.total += 1
        key = json.dumps(job.id)
        if key in skip:
            summary.skipped += 1
            summary.errors_before += skip[key]
            if progress:
                progress(1)
            continue
        chunk.append(job)
        if len(chunk) == CHUNK:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def count_jobs(source: Path, config: Config = DEFAULT) -> int:
    """How many documents source holds (for a progress bar's total)."""
    return sum(1 for _ in read_jobs(source, config))


def run_batch(source: Path, output: Path, options: Options = DEFAULT_OPTIONS, workers: int = 1,
              resume: bool = False, progress: Callable[[int], None] | None = None) -> Summary:
    """Check every document of source into output; returns the counts. InputError, before
    anything is written, for a source that is missing, one draft (not a .jsonl file) or a
    folder holding no drafts, as `factcheck check` says of such a folder."""
    if not source.exists():
        raise InputError(f"{source}: no such file or folder")
    if not source.is_dir() and source.suffix.lower() in DRAFT_SUFFIXES:
        raise InputError(f"{source}: batch reads a .jsonl file of {{id, text}} records or a "
                         f"folder of drafts, not one draft (check it with `factcheck check "
                         f"{source}`)")
    options = options or DEFAULT_OPTIONS
    summary = Summary()
    skip = done_ids(output) if resume else {}
    jobs = read_jobs(source, options.config)
    first = next(jobs, None)
    if first is None and source.is_dir():
        raise InputError(f"{source}: folder holds no drafts ({' '.join(DRAFT_SUFFIXES)})")
    chunks = _chunks(chain([first] if first else [], jobs), skip, summary, progress)
    try:
        # a lone surrogate (a record may carry "\\ud800") is written as its JSON escape
        handle = open(output, "a" if resume else "w", encoding="utf-8",  # noqa: SIM115
                      errors="backslashreplace")
    except OSError as exc:
        raise InputError(f"{output}: cannot write: {exc.strerror or exc}") from None

    def write(lines: list[Line]) -> None:
        for line, failed in lines:
            handle.write(line + "\n")
            summary.errors += failed
            summary.checked += not failed
        handle.flush()
        if progress:
            progress(len(lines))

    with handle:
        if workers == 1:
            for chunk in chunks:
                write(check_chunk(chunk, options))
        else:
            _run_pool(chunks, options, workers, write)
    return summary


def _run_pool(chunks: Iterator[list[Job]], options: Options, workers: int,
              write: Callable[[list[Line]], None]) -> None:
    """Keep a few chunks per worker in flight; write them in input order, each once it
    and every chunk before it are done, so that the output is the same whatever the
    workers (a desk diffs or commits it). The oldest chunk is waited for: at most
    workers * 4 are held."""
    pending: deque[tuple[Future[list[Line]], list[Job]]] = deque()
    from factcheck.pipeline import warm_up

    warm_up(parser=True)  # load word lists, modules, the parser once; workers share them
    with ProcessPoolExecutor(max_workers=workers) as pool:
        for chunk in chunks:
            pending.append((pool.submit(check_chunk, chunk, options), chunk))
            if len(pending) >= workers * 4:
                _write_oldest(pending, write)
        while pending:
            _write_oldest(pending, write)


def _write_oldest(pending: deque[tuple[Future[list[Line]], list[Job]]],
                  write: Callable[[list[Line]], None]) -> None:
    future, chunk = pending.popleft()
    try:
        write(future.result())
    except BrokenProcessPool as exc:
        write([(json.dumps({"id": job.id, "error": f"internal error: worker died: {exc}"},
                           default=str), True) for job in chunk])
