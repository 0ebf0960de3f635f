"""`factcheck check`: read drafts, find each one's configuration, check, render, exit."""

from __future__ import annotations

import argparse
import os
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

from factcheck.config import DEFAULT, Config
from factcheck.document import Checked, check_source
from factcheck.errors import InputError
from factcheck.text import KINDS, SourceText, kind_of, read_bytes_as, read_path

DRAFT_SUFFIXES = frozenset(s for s in KINDS if s and s != ".text") | {".text"}


def config_for(folder: Path) -> Config:
    """The configuration that applies to drafts in folder (DEFAULT when none is found)."""
    from factcheck.configfile import find_config, load_config

    found = find_config(folder)
    return load_config(found) if found else DEFAULT


def with_flags(config: Config, args: argparse.Namespace) -> Config:
    """config with every option given on the command line put over it."""
    changes: dict[str, Any] = {}
    for key in ("select", "ignore", "as_of", "fail_on"):
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


def read_stdin(name: str | None) -> SourceText:
    data = sys.stdin.buffer.read()
    label = name or "-"
    return read_bytes_as(label, data, kind_of(name) if name else "txt")


def read_all(args: argparse.Namespace) -> list[tuple[SourceText, Config]]:
    """Every draft read (all before any is checked, so a bad path fails fast) with its config."""
    items = []
    configs: dict[Path, Config] = {}
    for path in expand(args.paths):
        if path == "-":
            folder = Path.cwd()
            source = read_stdin(args.stdin_filename)
        else:
            folder = Path(path).parent
            source = read_path(path)
        if folder not in configs:
            configs[folder] = with_flags(config_for(folder), args)
        items.append((source, configs[folder]))
    return items


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
    from factcheck.report import render
    from factcheck.report.text import render_statistics
    from factcheck.rules import discover

    checked = [check_source(source, config, args.reference, bundled=not args.no_bundled)
               for source, config in read_all(args)]
    if args.statistics:
        _emit(render_statistics(checked), args.output)
    else:
        _emit(render(checked, args.format, discover() if args.format in ("sarif", "html")
                     else {}, color=args.format == "text" and use_color(args.output)),
              args.output)
    if args.format == "github":
        _step_summary(checked)
    return 1 if any(item.failing() for item in checked) else 0
