"""`factcheck check`: read drafts, find each one's configuration, check, render, exit."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path
from typing import Any

from factcheck.config import DEFAULT, Config
from factcheck.errors import InputError
from factcheck.pipeline import Checked, check_source
from factcheck.text import KINDS, SourceText, kind_of, read_bytes_as, read_path
from factcheck.text.reading import read_limited

DRAFT_SUFFIXES = frozenset(s for s in KINDS if s and s != ".text") | {".text"}


def config_for(folder: Path) -> Config:
    """The configuration that applies to drafts in folder (DEFAULT when none is found)."""
    from factcheck.config.file import find_config, load_config

    found = find_config(folder)
    return load_config(found) if found else DEFAULT


def with_flags(config: Config, args: argparse.Namespace) -> Config:
    """config with every option given on the command line put over it."""
    changes: dict[str, Any] = {}
    for key in ("select", "ignore", "as_of", "fail_on", "max_size_mb"):
        value = getattr(args, key, None)
        if value is not None:
            changes[key] = value
    return replace(config, **changes) if changes else config


def expand(paths: list[str]) -> list[str]:
    """The draft files named: folders become the drafts inside them, sorted."""
    files: list[str] = []
    for path in paths:
        if path != "-" and os.path.isdir(path):
            found = sorted(str(p) for p in Path(path).rglob("*")
                           if p.suffix.lower() in DRAFT_SUFFIXES and p.is_file())
            if not found:
                raise InputError(f"{path}: folder holds no drafts (.md .txt .html .docx)")
            files.extend(found)
        else:
            files.append(path)
    return files


def read_stdin(name: str | None, limit: int) -> SourceText:
    label = name or "-"
    data = read_limited(sys.stdin.buffer, label, limit)
    return read_bytes_as(label, data, kind_of(name) if name else "txt", limit)


def read_all(args: argparse.Namespace) -> list[tuple[SourceText, Config]]:
    """Every draft read (all before any is checked, so a bad path fails fast) with its config."""
    items = []
    configs: dict[Path, Config] = {}
    for path in expand(args.paths):
        folder = Path.cwd() if path == "-" else Path(path).parent
        if folder not in configs:
            configs[folder] = with_flags(config_for(folder), args)
        config = configs[folder]
        source = (read_stdin(args.stdin_filename, config.max_bytes) if path == "-"
                  else read_path(path, limit=config.max_bytes))
        items.append((source, config))
    return items


def load_tables(paths: Iterable[str], loaded: dict[str, Any]) -> list[Any]:
    """Each reference table of paths, loaded once per run (kept in `loaded`).

    A malformed table stops the run (ReferenceDataError, exit status 2) before any
    draft is checked, so no report is ever made against half the tables.
    """
    from factcheck.reference import load_reference

    tables = []
    for path in paths:
        if path not in loaded:
            loaded[path] = load_reference(path)
        tables.append(loaded[path])
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


def run_check(args: argparse.Namespace) -> int:
    from factcheck.checks.catalogue import discover
    from factcheck.report import render
    from factcheck.report.text import render_statistics

    loaded: dict[str, Any] = {}
    items = [(source, replace(config, references=()),
              load_tables([*config.references, *args.reference], loaded))
             for source, config in read_all(args)]
    settle(bundled=not args.no_bundled)
    checked = [check_source(source, config, tables, bundled=not args.no_bundled)
               for source, config, tables in items]
    if args.statistics:
        _emit(render_statistics(checked), args.output)
    else:
        _emit(render(checked, args.format, discover() if args.format in ("sarif", "html")
                     else {}, color=args.format == "text" and use_color(args.output)),
              args.output)
    if args.format == "github":
        _step_summary(checked)
    return 1 if any(item.failing() for item in checked) else 0
