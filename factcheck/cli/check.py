"""`factcheck check`: read drafts, find each one's configuration, check, render, exit."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterable
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import Any

from factcheck.config import DEFAULT, Config
from factcheck.errors import InputError
from factcheck.pipeline import Checked
from factcheck.text import KINDS, SourceText, kind_of, read_bytes_as
from factcheck.text.reading import read_limited

DRAFT_SUFFIXES = frozenset(s for s in KINDS if s and s != ".text") | {".text"}


def config_for(folder: Path) -> Config:
    """The configuration that applies to drafts in folder (DEFAULT when none is found)."""
    from factcheck.config.file import find_config, load_config

    found = find_config(folder)
    return load_config(found) if found else DEFAULT


def with_flags(config: Config, args: argparse.Namespace) -> Config:
    """config with every option given on the command line put over it.

    Selection follows ruff: --select replaces the configuration's select and ignore;
    --ignore adds to the ignore list in force.
    """
    changes: dict[str, Any] = {}
    for key in ("as_of", "fail_on", "max_size_mb"):
        value = getattr(args, key, None)
        if value is not None:
            changes[key] = value
    select, ignore = getattr(args, "select", None), getattr(args, "ignore", None)
    if select is not None:
        changes.update(select=select, ignore=())
    if ignore is not None:
        changes["ignore"] = (*changes.get("ignore", config.ignore), *ignore)
    return replace(config, **changes) if changes else config


class Configs:
    """The configuration of each folder (found once per folder), flags put over it."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.found: dict[Path, Config] = {}

    def of(self, folder: Path) -> Config:
        if folder not in self.found:
            self.found[folder] = with_flags(config_for(folder), self.args)
        return self.found[folder]


def targets(paths: list[str], configs: Configs) -> list[tuple[str, Config]]:
    """Each draft named or found in a named folder, with the configuration for it.

    Folders are walked as ruff walks them (factcheck.text.walk) with the exclude patterns
    of the folder's configuration; Office lock files are skipped even when named.
    """
    from factcheck.text.walk import Walker, is_lock_file

    found: list[tuple[str, Config]] = []
    for path in paths:
        if path == "-":
            found.append((path, configs.of(Path.cwd())))
        elif os.path.isdir(path):
            config = configs.of(Path(path))
            root = Path(config.root) if config.root else None
            drafts = list(Walker(DRAFT_SUFFIXES, config.exclude, root).drafts(path))
            if not drafts:
                raise InputError(f"{path}: folder holds no drafts (.md .txt .html .docx)")
            found.extend((str(draft), configs.of(draft.parent)) for draft in drafts)
        elif not is_lock_file(path):
            found.append((path, configs.of(Path(path).parent)))
    return found


def read_stdin(name: str | None, limit: int) -> SourceText:
    label = name or "-"
    data = read_limited(sys.stdin.buffer, label, limit)
    return read_bytes_as(label, data, kind_of(name) if name else "txt", limit)


def table_cache(args: argparse.Namespace) -> bool | str:
    """Where validated tables are kept between runs: --cache-dir DIR, or with --cache the
    user's cache folder (reference.cache.cache_folder); False: no cache."""
    return getattr(args, "cache_dir", None) or bool(getattr(args, "cache", False))


def load_tables(paths: Iterable[str], loaded: dict[str, Any], cache: bool | str = False
                ) -> list[Any]:
    """Each reference table of paths (a file, or every CSV of a folder), loaded once per
    run (kept in `loaded`); with a cache (table_cache), each file's validated table is
    kept as Arrow and reloaded from there while the file is unchanged (reference.cache).

    A malformed table stops the run (ReferenceDataError, exit status 2) before any
    draft is checked, so no report is ever made against half the tables.
    """
    from factcheck.reference.load import load_references

    tables = []
    for path in paths:
        if path not in loaded:
            loaded[path] = load_references(path, cache=cache)
        tables.extend(loaded[path])
    return tables


def settle(bundled: bool) -> None:
    """Load what every check needs, then exempt it all from garbage collection.

    The hundreds of thousands of objects pandas, pint and the tables create live until
    the process ends; left in the collector's oldest generation, each full collection
    walks them again, which made a long draft's time grow faster than its length
    (1 MB of claims: 7.1 s of CPU, 4.7 s once frozen).
    """
    import gc

    from factcheck.pipeline import warm_up

    warm_up(bundled)
    gc.freeze()


def _emit(text: str, output: str | None) -> None:
    if output is None:
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    try:
        Path(output).write_text(text, encoding="utf-8")
    except OSError as exc:
        raise InputError(f"{output}: cannot write the report: {exc.strerror or exc}") from None


def _step_summary(checked: list[Checked]) -> None:
    """Append the Markdown summary to $GITHUB_STEP_SUMMARY when running in Actions."""
    target = os.environ.get("GITHUB_STEP_SUMMARY")
    if not target:
        return
    from factcheck.report.github import github_summary

    try:
        with open(target, "a", encoding="utf-8") as handle:
            handle.write(github_summary(checked))
    except OSError as exc:
        raise InputError(f"{target}: cannot write the job summary: {exc.strerror}") from None


def use_color(output: str | None) -> bool:
    if output is not None or os.environ.get("NO_COLOR"):
        return False
    return bool(os.environ.get("FORCE_COLOR")) or sys.stdout.isatty()


def check_all(args: argparse.Namespace) -> list[Checked]:
    """Every draft checked, in order; one that cannot be read carries FC001.

    Configuration files and reference tables are read first and stop the run when one is
    malformed (no report against half the tables); drafts are read one at a time.
    """
    from factcheck.pipeline import check_path, check_read

    loaded: dict[str, Any] = {}
    jobs = [(path, replace(config, references=()),
             load_tables([*config.references, *args.reference], loaded, table_cache(args)))
            for path, config in targets(args.paths, Configs(args))]
    bundled = not args.no_bundled
    settle(bundled=bundled)
    checked = []
    for path, config, tables in jobs:
        if path == "-":
            name = args.stdin_filename or "-"
            read = partial(read_stdin, args.stdin_filename, config.max_bytes)
            checked.append(check_read(name, read, config, tables, bundled, as_of=args.as_of))
        else:
            checked.append(check_path(path, config, tables, bundled, as_of=args.as_of))
    return checked


def run_check(args: argparse.Namespace) -> int:
    from factcheck.checks.catalogue import discover
    from factcheck.report import render, render_statistics

    checked = check_all(args)
    rules = discover() if args.format in ("sarif", "html") else {}
    if args.statistics:
        _emit(render_statistics(checked, args.format, rules), args.output)
    else:
        _emit(render(checked, args.format, rules, verbose=args.verbose,
                     color=args.format == "text" and use_color(args.output)), args.output)
    if args.format == "github":
        _step_summary(checked)
    unreadable = [item.unreadable for item in checked if item.unreadable]
    for reason in unreadable:
        sys.stderr.write(f"factcheck: error: {' '.join(reason.split())}\n")
    if unreadable:
        return 2
    return 1 if any(item.failing() for item in checked) else 0
