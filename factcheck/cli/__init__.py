"""The command line: `factcheck check`, `factcheck rule`, `factcheck batch`.

Exit status: 0 nothing at or above --fail-on; 1 findings at or above it; 2 usage, input,
reference-data or configuration error (one line on stderr); 3 internal error.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Sequence
from typing import NoReturn

from factcheck.errors import ConfigError, FactcheckError, InputError

OK, FINDINGS, USAGE, INTERNAL = 0, 1, 2, 3


class UsageError(FactcheckError):
    """A command line that cannot be run."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see '{self.prog} --help')")


def _codes(text: str) -> tuple[str, ...]:
    from factcheck.checks.catalogue import known_prefix
    from factcheck.config.file import parse_codes

    try:
        codes = parse_codes(text, "option")
    except ConfigError as exc:
        raise argparse.ArgumentTypeError(str(exc).removeprefix("option: ")) from None
    unknown = [code for code in codes if not known_prefix(code)]
    if unknown:
        raise argparse.ArgumentTypeError(f"no check code starts with {unknown[0]!r}")
    return codes


def _date(text: str) -> str:
    from datetime import date

    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def _positive(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a positive whole number")
    return int(text)


def _megabytes(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = 0.0
    if not 0 < value < 1e6:
        raise argparse.ArgumentTypeError(f"{text!r} is not a positive number of MB")
    return value


def _add_check_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--reference", action="append", default=[], metavar="PATH",
                        help="a reference table (CSV) or a folder of them; repeatable; adds "
                        "to configured ones")
    parser.add_argument("--no-bundled", action="store_true",
                        help="do not use the bundled reference tables")
    parser.add_argument("--cache", action="store_true",
                        help="keep each validated reference table (Arrow, keyed by the "
                        "file's size, time and hash) in the user's cache folder "
                        "($XDG_CACHE_HOME or ~/.cache, then factcheck/tables) and reload it "
                        "from there while the file is unchanged: for large folders of tables")
    parser.add_argument("--cache-dir", metavar="DIR",
                        help="like --cache, with the cache in DIR (e.g. one a CI job keeps)")
    parser.add_argument("--as-of", type=_date, metavar="DATE",
                        help="the date of every draft of the run (YYYY-MM-DD); default a "
                        "Markdown front matter's date:, then the configuration's as-of, else "
                        "today (a .docx, .txt or .html has no date of its own)")
    parser.add_argument("--select", type=_codes, metavar="CODES",
                        help="only these code prefixes, comma-separated (FC2,FC301)")
    parser.add_argument("--ignore", type=_codes, metavar="CODES",
                        help="skip these code prefixes, comma-separated")
    parser.add_argument("--max-size-mb", type=_megabytes, metavar="MB",
                        help="refuse drafts larger than this (default 10)")


def build_parser() -> argparse.ArgumentParser:
    from factcheck import __version__
    from factcheck.report import FORMATS

    parser = _Parser(prog="factcheck", description="Check the numbers in news drafts.")
    parser.add_argument("--version", action="version", version=f"factcheck {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    check = commands.add_parser("check", help="check draft files (or - for standard input)")
    check.add_argument("paths", nargs="+", metavar="PATH",
                       help="a draft (.md, .txt, .html, .docx), a folder of drafts (walked as "
                            "ruff walks one: .gitignore files are read), or - for stdin; in a "
                            ".docx, a finding's line is its paragraph's number")
    check.add_argument("--format", choices=FORMATS, default="text",
                       help="the report's format (default text)")
    check.add_argument("--output", "-o", metavar="FILE", help="write the report to FILE")
    _add_check_options(check)
    check.add_argument("--fail-on", choices=("error", "warning", "info"),
                       help="lowest severity that makes the exit status 1 (default error)")
    check.add_argument("--verbose", "-v", action="store_true",
                       help="text format: also each claim's verdict and why (or why not)")
    check.add_argument("--statistics", action="store_true",
                       help="print a count per check code instead of each finding")
    check.add_argument("--stdin-filename", metavar="NAME",
                       help="name (and so format, by extension) for the draft read from -")
    rule = commands.add_parser(
        "rule", help="explain a check code; with a prefix (FC2) or none, list the checks")
    rule.add_argument("code", metavar="CODE", nargs="?", default="",
                      help="a code (FC203) or a prefix (FC2, FC); none lists every check")
    rule.add_argument("--detail", action="store_true",
                      help="add the developer's notes: how the check reads a draft")
    batch = commands.add_parser("batch", help="check many documents: JSONL records or a folder")
    batch.add_argument("input", metavar="INPUT", help="a .jsonl file of {id, text} or a folder")
    batch.add_argument("--output", "-o", required=True, metavar="FINDINGS.jsonl")
    batch.add_argument("--workers", type=_positive, default=1, metavar="N",
                       help="processes to check with (default 1); the output is in input "
                            "order whatever N")
    batch.add_argument("--resume", action="store_true",
                       help="skip ids already in the output and append to it")
    _add_check_options(batch)
    return parser


def _rule(code: str, detail: bool = False) -> int:
    """Explain one check (with detail, its developer's notes too), or list the checks whose
    code starts with a prefix (all of them without one), one line each: code, severity,
    what it finds."""
    from factcheck.checks.catalogue import describe, discover

    rules = discover()
    wanted = code.strip().upper()
    if (rule := rules.get(wanted)) is not None:
        sys.stdout.write(describe(rule, detail))
        return OK
    listed = [r for c, r in rules.items() if c.startswith(wanted)]
    if not listed:
        known = ", ".join(rules) or "none installed"
        raise UsageError(f"unknown check code {code!r} (known: {known})")
    for r in listed:
        sys.stdout.write(f"{r.code}  {r.severity:<7}  {r.summary.removeprefix(r.code).strip()}\n")
    sys.stdout.write("factcheck rule CODE explains one: what it finds, why, an example.\n")
    return OK


def run(argv: Sequence[str] | None = None) -> int:
    """Parse argv and run the command; FactcheckError escapes for main() to report."""
    args = build_parser().parse_args(argv)
    if args.command == "rule":
        return _rule(args.code, args.detail)
    if args.command == "check":
        from factcheck.cli.check import run_check

        return run_check(args)
    if args.command == "batch":
        from factcheck.cli.batch import run_batch_command

        return run_batch_command(args)
    raise UsageError("a command is required: check, rule or batch (see 'factcheck --help')")


def _say(message: str) -> None:
    sys.stderr.write("factcheck: " + " ".join(message.split()) + "\n")


def _escape_what_cannot_be_encoded() -> None:
    """Make standard output and error write an escape (\\xb0) for a character their encoding
    lacks (PYTHONIOENCODING=ascii, LC_ALL=C) instead of failing on a message with °, € or
    £. Files written with --output are UTF-8 whatever the terminal."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(ValueError, OSError):  # a closed or odd stream
                reconfigure(errors="backslashreplace")


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point: run, and turn every failure into one stderr line and an exit status."""
    _escape_what_cannot_be_encoded()
    try:
        return run(argv)
    except (InputError, ConfigError, UsageError, FactcheckError) as exc:
        _say(f"error: {exc}")
        return USAGE
    except KeyboardInterrupt:
        _say("interrupted")
        return 130
    except BrokenPipeError:
        return OK
    except Exception as exc:
        if os.environ.get("FACTCHECK_DEBUG"):
            raise
        _say(f"internal error: {type(exc).__name__}: {exc} "
             "(set FACTCHECK_DEBUG=1 for a traceback, and please report it)")
        return INTERNAL


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
